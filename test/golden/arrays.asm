; tskc 0.1.0 listing of test/golden/arrays.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102020, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 40 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 40 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 86 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a3 02 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    movzx eax, al                        ; 10005d: 0f b6 c0
    cmp eax, 0                           ; 100060: 83 f8 00
    jne short .L3                        ; 100063: 75 16
.L2:
    pause                                ; 100065: f3 90
    mov edx, 0x3fd                       ; 100067: ba fd 03 00 00
    in al, dx                            ; 10006c: ec
    movzx eax, al                        ; 10006d: 0f b6 c0
    and eax, 0x20                        ; 100070: 83 e0 20
    movzx eax, al                        ; 100073: 0f b6 c0
    cmp eax, 0                           ; 100076: 83 f8 00
    je short .L2                         ; 100079: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10007b: 89 c8
    mov edx, 0x3f8                       ; 10007d: ba f8 03 00 00
    out dx, al                           ; 100082: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100083: 5d
    ret                                  ; 100084: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100085: 55
    mov ebp, esp                         ; 100086: 89 e5
    push ebx                             ; 100088: 53
    push esi                             ; 100089: 56
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
    jl short .L2                         ; 1000b0: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000b2: 5e
    pop ebx                              ; 1000b3: 5b
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    mov eax, [ebp+8]                     ; 1000b9: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000bc: 50
    call print                           ; 1000bd: e8 c3 ff ff ff
    add esp, 4                           ; 1000c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c5: 6a 0a
    call putc                            ; 1000c7: e8 7f ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cf: 5d
    ret                                  ; 1000d0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d1: 55
    mov ebp, esp                         ; 1000d2: 89 e5
    push ebx                             ; 1000d4: 53
    mov ebx, [ebp+8]                     ; 1000d5: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d8: 83 fb 0a
    jb short .L2                         ; 1000db: 72 14
    mov ecx, 0xa                         ; 1000dd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e2: 89 d8
    xor edx, edx                         ; 1000e4: 31 d2
    div ecx                              ; 1000e6: f7 f1
    push eax                             ; 1000e8: 50
    call printU32                        ; 1000e9: e8 e3 ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f6: 89 d8
    xor edx, edx                         ; 1000f8: 31 d2
    div ecx                              ; 1000fa: f7 f1
    add edx, 0x30                        ; 1000fc: 83 c2 30
    movzx eax, dl                        ; 1000ff: 0f b6 c2
    push eax                             ; 100102: 50
    call putc                            ; 100103: e8 43 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010b: 5b
    pop ebp                              ; 10010c: 5d
    ret                                  ; 10010d: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    push ebx                             ; 100111: 53
    mov ebx, [ebp+8]                     ; 100112: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100115: 83 fb 00
    jge short .L2                        ; 100118: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011a: 6a 2d
    call putc                            ; 10011c: e8 2a ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100124: 89 d8
    neg eax                              ; 100126: f7 d8
    push eax                             ; 100128: 50
    call printU32                        ; 100129: e8 a3 ff ff ff
    add esp, 4                           ; 10012e: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100131: 5b
    pop ebp                              ; 100132: 5d
    ret                                  ; 100133: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100134: 53
    call printU32                        ; 100135: e8 97 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013d: 5b
    pop ebp                              ; 10013e: 5d
    ret                                  ; 10013f: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100140: 55
    mov ebp, esp                         ; 100141: 89 e5
    mov eax, [ebp+8]                     ; 100143: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100146: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100148: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100149: f4
    jmp short .L2                        ; 10014a: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014c: 55
    mov ebp, esp                         ; 10014d: 89 e5
    mov eax, [ebp+8]                     ; 10014f: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100152: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100157: 5d
    ret                                  ; 100158: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100159: 55
    mov ebp, esp                         ; 10015a: 89 e5
    push ebx                             ; 10015c: 53
    push esi                             ; 10015d: 56
    mov eax, [ebp+8]                     ; 10015e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100161: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100164: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100167: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10016a: 8b 35 00 20 10 00
    push ebx                             ; 100170: 53
    push edx                             ; 100171: 52
    push ecx                             ; 100172: 51
    push eax                             ; 100173: 50
    call esi                             ; 100174: ff d6
    add esp, 0x10                        ; 100176: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100179: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10017a: f4
    jmp short .L2                        ; 10017b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    sub esp, 4                           ; 100180: 83 ec 04
    push ebx                             ; 100183: 53
    push esi                             ; 100184: 56
    push edi                             ; 100185: 57
    mov ebx, [ebp+8]                     ; 100186: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100189: 8b 45 0c
    mov [ebp-4], eax                     ; 10018c: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10018f: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100192: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100195: b8 40 10 10 00
    push eax                             ; 10019a: 50
    call print                           ; 10019b: e8 e5 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001a3: 56
    call printU32                        ; 1001a4: e8 28 ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001ac: b8 60 10 10 00
    push eax                             ; 1001b1: 50
    call print                           ; 1001b2: e8 ce fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001ba: 57
    call printU32                        ; 1001bb: e8 11 ff ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001c3: b8 80 10 10 00
    push eax                             ; 1001c8: 50
    call print                           ; 1001c9: e8 b7 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001d1: 53
    call print                           ; 1001d2: e8 ae fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001da: b8 88 10 10 00
    push eax                             ; 1001df: 50
    call print                           ; 1001e0: e8 a0 fe ff ff
    add esp, 4                           ; 1001e5: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001e8: 8b 45 fc
    push eax                             ; 1001eb: 50
    call printU32                        ; 1001ec: e8 e0 fe ff ff
    add esp, 4                           ; 1001f1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001f4: b8 90 10 10 00
    push eax                             ; 1001f9: 50
    call println                         ; 1001fa: e8 b7 fe ff ff
    add esp, 4                           ; 1001ff: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100202: 5f
    pop esi                              ; 100203: 5e
    pop ebx                              ; 100204: 5b
    leave                                ; 100205: c9
    ret                                  ; 100206: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebp                             ; 100207: 55
    mov ebp, esp                         ; 100208: 89 e5
    push ebx                             ; 10020a: 53
    push esi                             ; 10020b: 56
    mov eax, [ebp+8]                     ; 10020c: 8b 45 08
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    mov ecx, 0                           ; 10020f: b9 00 00 00 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [eax-4]                     ; 100214: 8b 50 fc
    mov ebx, 0                           ; 100217: bb 00 00 00 00
    cmp ebx, edx                         ; 10021c: 39 d3
    jae short .L4                        ; 10021e: 73 0c
.L2:
    mov esi, [eax+ebx*4]                 ; 100220: 8b 34 98
    add ecx, esi                         ; 100223: 01 f1
    add ebx, 1                           ; 100225: 83 c3 01
    cmp ebx, edx                         ; 100228: 39 d3
    jb short .L2                         ; 10022a: 72 f4
.L4:
    ; test/golden/arrays.ts:15: return total;
    mov eax, ecx                         ; 10022c: 89 c8
    pop esi                              ; 10022e: 5e
    pop ebx                              ; 10022f: 5b
    pop ebp                              ; 100230: 5d
    ret                                  ; 100231: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    push ebp                             ; 100232: 55
    mov ebp, esp                         ; 100233: 89 e5
    mov eax, [ebp+8]                     ; 100235: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100238: 8b 4d 0c
    ; test/golden/arrays.ts:19: return values[index];
    mov edx, [eax-4]                     ; 10023b: 8b 50 fc
    cmp ecx, edx                         ; 10023e: 39 d1
    jae short .L3                        ; 100240: 73 06
    movzx eax, byte [eax+ecx]            ; 100242: 0f b6 04 08
    pop ebp                              ; 100246: 5d
    ret                                  ; 100247: c3
.L3:
    push edx                             ; 100248: 52
    push ecx                             ; 100249: 51
    push 0x13                            ; 10024a: 6a 13
    push str_11                          ; 10024c: 68 94 10 10 00
    call boundsTrap                      ; 100251: e8 03 ff ff ff

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100256: 55
    mov ebp, esp                         ; 100257: 89 e5
    sub esp, 4                           ; 100259: 83 ec 04
    push ebx                             ; 10025c: 53
    push esi                             ; 10025d: 56
    push edi                             ; 10025e: 57
    mov ebx, [ebp+8]                     ; 10025f: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100262: 8b 45 0c
    mov [ebp-4], eax                     ; 100265: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100268: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10026b: 8b 7d 14
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 10026e: b8 b0 10 10 00
    push eax                             ; 100273: 50
    call print                           ; 100274: e8 0c fe ff ff
    add esp, 4                           ; 100279: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push esi                             ; 10027c: 56
    call printU32                        ; 10027d: e8 4f fe ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100285: b8 c0 10 10 00
    push eax                             ; 10028a: 50
    call print                           ; 10028b: e8 f5 fd ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push edi                             ; 100293: 57
    call printU32                        ; 100294: e8 38 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 10029c: b8 80 10 10 00
    push eax                             ; 1002a1: 50
    call print                           ; 1002a2: e8 de fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push ebx                             ; 1002aa: 53
    call print                           ; 1002ab: e8 d5 fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 1002b3: b8 88 10 10 00
    push eax                             ; 1002b8: 50
    call print                           ; 1002b9: e8 c7 fd ff ff
    add esp, 4                           ; 1002be: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    mov eax, [ebp-4]                     ; 1002c1: 8b 45 fc
    push eax                             ; 1002c4: 50
    call printU32                        ; 1002c5: e8 07 fe ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002cd: b8 90 10 10 00
    push eax                             ; 1002d2: 50
    call println                         ; 1002d3: e8 de fd ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002db: 6a 03
    call exit                            ; 1002dd: e8 5e fe ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002e5: 5f
    pop esi                              ; 1002e6: 5e
    pop ebx                              ; 1002e7: 5b
    leave                                ; 1002e8: c9
    ret                                  ; 1002e9: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebp                             ; 1002ea: 55
    mov ebp, esp                         ; 1002eb: 89 e5
    push ebx                             ; 1002ed: 53
    mov eax, 0                           ; 1002ee: b8 00 00 00 00
    cmp eax, 0xa                         ; 1002f3: 83 f8 0a
    jge short .L4                        ; 1002f6: 7d 14
.L2:
    mov ecx, eax                         ; 1002f8: 89 c1
    imul ecx, eax                        ; 1002fa: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002fd: 89 0c 85 04 30 10 00
    add eax, 1                           ; 100304: 83 c0 01
    cmp eax, 0xa                         ; 100307: 83 f8 0a
    jl short .L2                         ; 10030a: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 10030c: b8 cc 10 10 00
    push eax                             ; 100311: 50
    call print                           ; 100312: e8 6e fd ff ff
    add esp, 4                           ; 100317: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 10031a: b8 04 30 10 00
    push eax                             ; 10031f: 50
    call sum                             ; 100320: e8 e2 fe ff ff
    add esp, 4                           ; 100325: 83 c4 04
    push eax                             ; 100328: 50
    call printU32                        ; 100329: e8 a3 fd ff ff
    add esp, 4                           ; 10032e: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 100331: b8 90 10 10 00
    push eax                             ; 100336: 50
    call println                         ; 100337: e8 7a fd ff ff
    add esp, 4                           ; 10033c: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 10033f: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100348: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100351: 0f bf 05 36 30 10 00
    add eax, 1                           ; 100358: 83 c0 01
    movsx eax, ax                        ; 10035b: 0f bf c0
    mov [words+10], ax                   ; 10035e: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 100364: 0f bf 05 30 30 10 00
    push eax                             ; 10036b: 50
    call printI32                        ; 10036c: e8 9d fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 100374: b8 e0 10 10 00
    push eax                             ; 100379: 50
    call print                           ; 10037a: e8 06 fd ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100382: 0f bf 05 36 30 10 00
    push eax                             ; 100389: 50
    call printI32                        ; 10038a: e8 7f fd ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 100392: b8 90 10 10 00
    push eax                             ; 100397: 50
    call println                         ; 100398: e8 19 fd ff ff
    add esp, 4                           ; 10039d: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    mov ebx, 0                           ; 1003a0: bb 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    mov eax, 0                           ; 1003a5: b8 00 00 00 00
    cmp eax, 6                           ; 1003aa: 83 f8 06
    jae short .L13                       ; 1003ad: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 1003af: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 1003b6: 01 cb
    add eax, 1                           ; 1003b8: 83 c0 01
    cmp eax, 6                           ; 1003bb: 83 f8 06
    jb short .L11                        ; 1003be: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 1003c0: b8 e8 10 10 00
    push eax                             ; 1003c5: 50
    call print                           ; 1003c6: e8 ba fc ff ff
    add esp, 4                           ; 1003cb: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003ce: 6a 06
    call printI32                        ; 1003d0: e8 39 fd ff ff
    add esp, 4                           ; 1003d5: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003d8: b8 f4 10 10 00
    push eax                             ; 1003dd: 50
    call print                           ; 1003de: e8 a2 fc ff ff
    add esp, 4                           ; 1003e3: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003e6: 53
    call printU32                        ; 1003e7: e8 e5 fc ff ff
    add esp, 4                           ; 1003ec: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003ef: b8 90 10 10 00
    push eax                             ; 1003f4: 50
    call println                         ; 1003f5: e8 bc fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov ebx, 0                           ; 1003fd: bb 00 00 00 00
    cmp ebx, 3                           ; 100402: 83 fb 03
    jae short .L18                       ; 100405: 73 26
.L16:
    mov eax, [ebx*4+greetings+4]         ; 100407: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 10040e: 50
    call print                           ; 10040f: e8 71 fc ff ff
    add esp, 4                           ; 100414: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 100417: b8 e0 10 10 00
    push eax                             ; 10041c: 50
    call print                           ; 10041d: e8 63 fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 100425: 83 c3 01
    cmp ebx, 3                           ; 100428: 83 fb 03
    jb short .L16                        ; 10042b: 72 da
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 10042d: b8 90 10 10 00
    push eax                             ; 100432: 50
    call println                         ; 100433: e8 7e fc ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 10043b: b8 00 11 10 00
    push eax                             ; 100440: 50
    call print                           ; 100441: e8 3f fc ff ff
    add esp, 4                           ; 100446: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 100449: 0f b6 05 0d 20 10 00
    push eax                             ; 100450: 50
    call printU32                        ; 100451: e8 7b fc ff ff
    add esp, 4                           ; 100456: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 100459: b8 90 10 10 00
    push eax                             ; 10045e: 50
    call println                         ; 10045f: e8 52 fc ff ff
    add esp, 4                           ; 100464: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100467: b8 56 02 10 00
    push eax                             ; 10046c: 50
    call onBoundsError                   ; 10046d: e8 da fc ff ff
    add esp, 4                           ; 100472: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 100475: b8 08 20 10 00
    push 5                               ; 10047a: 6a 05
    push eax                             ; 10047c: 50
    call pick                            ; 10047d: e8 b0 fd ff ff
    add esp, 8                           ; 100482: 83 c4 08
    push eax                             ; 100485: 50
    call printU32                        ; 100486: e8 46 fc ff ff
    add esp, 4                           ; 10048b: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 10048e: b8 90 10 10 00
    push eax                             ; 100493: 50
    call println                         ; 100494: e8 1d fc ff ff
    add esp, 4                           ; 100499: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 10049c: b8 08 20 10 00
    push 6                               ; 1004a1: 6a 06
    push eax                             ; 1004a3: 50
    call pick                            ; 1004a4: e8 89 fd ff ff
    add esp, 8                           ; 1004a9: 83 c4 08
    push eax                             ; 1004ac: 50
    call printU32                        ; 1004ad: e8 1f fc ff ff
    add esp, 4                           ; 1004b2: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 1004b5: b8 10 11 10 00
    push eax                             ; 1004ba: 50
    call println                         ; 1004bb: e8 f6 fb ff ff
    add esp, 4                           ; 1004c0: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 1004c3: 5b
    pop ebp                              ; 1004c4: 5d
    ret                                  ; 1004c5: c3

__tskc_init:
    push ebp                             ; 1004c6: 55
    mov ebp, esp                         ; 1004c7: 89 e5
    mov dword [squares], 0xa             ; 1004c9: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004d3: c7 05 2c 30 10 00 04 00 00 00
    pop ebp                              ; 1004dd: 5d
    ret                                  ; 1004de: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "hello"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x65, 0x6c, 0x6c, 0x6f
    times 0x100c - ($ - $$) db 0
str_1:  ; "bonjour"
    db 0x7, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x6e, 0x6a, 0x6f, 0x75, 0x72
    times 0x1018 - ($ - $$) db 0
str_2:  ; "hallo"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x61, 0x6c, 0x6c, 0x6f
    times 0x1024 - ($ - $$) db 0
str_3:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x1040 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1060 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1080 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1088 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1090 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1094 - ($ - $$) db 0
str_11:  ; "test/golden/arrays.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x10b0 - ($ - $$) db 0
str_12:  ; "trap: index "
    db 0xc, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10c0 - ($ - $$) db 0
str_13:  ; " length "
    db 0x8, 0x0, 0x0, 0x0, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10cc - ($ - $$) db 0
str_14:  ; "sum of squares "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6d, 0x20, 0x6f, 0x66, 0x20, 0x73, 0x71, 0x75, 0x61, 0x72
    db 0x65, 0x73, 0x20
    times 0x10e0 - ($ - $$) db 0
str_15:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10e8 - ($ - $$) db 0
str_16:  ; "primes "
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x72, 0x69, 0x6d, 0x65, 0x73, 0x20
    times 0x10f4 - ($ - $$) db 0
str_17:  ; " sum "
    db 0x5, 0x0, 0x0, 0x0, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1100 - ($ - $$) db 0
str_18:  ; "unchecked "
    db 0xa, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x63, 0x68, 0x65, 0x63, 0x6b, 0x65, 0x64, 0x20
    times 0x1110 - ($ - $$) db 0
str_19:  ; "not reached"
    db 0xb, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x72, 0x65, 0x61, 0x63, 0x68, 0x65, 0x64

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds
    times 0x2004 - ($ - $$) db 0
primes:  ; StaticArray<u8>(6)
    db 0x6, 0x0, 0x0, 0x0, 0x2, 0x3, 0x5, 0x7, 0xb, 0xd
    times 0x2010 - ($ - $$) db 0
greetings:  ; StaticArray<string>(3)
    db 0x3, 0x0, 0x0, 0x0
    dd str_0
    dd str_1
    dd str_2

    times 0x2020 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107040
squares equ 0x103000  ; StaticArray<u32>(10), 44 bytes
words equ 0x10302c  ; StaticArray<i16>(4), 12 bytes
__stack equ 0x103040  ; boot stack, 16384 bytes
