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
    call __tskc_init                     ; 10003b: e8 83 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a0 02 00 00
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
    mov esi, [ebp+8]                     ; 10008a: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 10008d: bb 00 00 00 00
    mov eax, [esi]                       ; 100092: 8b 06
    cmp ebx, eax                         ; 100094: 39 c3
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100098: 0f b6 44 1e 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add ebx, 1                           ; 1000a9: 83 c3 01
    mov eax, [esi]                       ; 1000ac: 8b 06
    cmp ebx, eax                         ; 1000ae: 39 c3
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
    jge short .L2                        ; 100118: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011a: 6a 2d
    call putc                            ; 10011c: e8 2a ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100124: f7 db
    push ebx                             ; 100126: 53
    call printU32                        ; 100127: e8 a5 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012f: 5b
    pop ebp                              ; 100130: 5d
    ret                                  ; 100131: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100132: 53
    call printU32                        ; 100133: e8 99 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013b: 5b
    pop ebp                              ; 10013c: 5d
    ret                                  ; 10013d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013e: 55
    mov ebp, esp                         ; 10013f: 89 e5
    mov eax, [ebp+8]                     ; 100141: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100144: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100146: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100147: f4
    jmp short .L2                        ; 100148: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014a: 55
    mov ebp, esp                         ; 10014b: 89 e5
    mov eax, [ebp+8]                     ; 10014d: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100150: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100155: 5d
    ret                                  ; 100156: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100157: 55
    mov ebp, esp                         ; 100158: 89 e5
    push ebx                             ; 10015a: 53
    push esi                             ; 10015b: 56
    mov esi, [ebp+8]                     ; 10015c: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 10015f: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100162: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100165: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100168: a1 00 20 10 00
    push ecx                             ; 10016d: 51
    push edx                             ; 10016e: 52
    push ebx                             ; 10016f: 53
    push esi                             ; 100170: 56
    call eax                             ; 100171: ff d0
    add esp, 0x10                        ; 100173: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100176: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100177: f4
    jmp short .L2                        ; 100178: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017a: 55
    mov ebp, esp                         ; 10017b: 89 e5
    sub esp, 4                           ; 10017d: 83 ec 04
    push ebx                             ; 100180: 53
    push esi                             ; 100181: 56
    push edi                             ; 100182: 57
    mov eax, [ebp+8]                     ; 100183: 8b 45 08
    mov [ebp-4], eax                     ; 100186: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100189: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10018c: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10018f: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100192: b8 40 10 10 00
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 e8 fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1001a0: 57
    call printU32                        ; 1001a1: e8 2b ff ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001a9: b8 60 10 10 00
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 d1 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1001b7: 56
    call printU32                        ; 1001b8: e8 14 ff ff ff
    add esp, 4                           ; 1001bd: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001c0: b8 80 10 10 00
    push eax                             ; 1001c5: 50
    call print                           ; 1001c6: e8 ba fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1001ce: ff 75 fc
    call print                           ; 1001d1: e8 af fe ff ff
    add esp, 4                           ; 1001d6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001d9: b8 88 10 10 00
    push eax                             ; 1001de: 50
    call print                           ; 1001df: e8 a1 fe ff ff
    add esp, 4                           ; 1001e4: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001e7: 53
    call printU32                        ; 1001e8: e8 e4 fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001f0: b8 90 10 10 00
    push eax                             ; 1001f5: 50
    call println                         ; 1001f6: e8 bb fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001fe: 5f
    pop esi                              ; 1001ff: 5e
    pop ebx                              ; 100200: 5b
    leave                                ; 100201: c9
    ret                                  ; 100202: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebp                             ; 100203: 55
    mov ebp, esp                         ; 100204: 89 e5
    push ebx                             ; 100206: 53
    push esi                             ; 100207: 56
    mov esi, [ebp+8]                     ; 100208: 8b 75 08
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    mov eax, 0                           ; 10020b: b8 00 00 00 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov ebx, [esi-4]                     ; 100210: 8b 5e fc
    mov ecx, 0                           ; 100213: b9 00 00 00 00
    cmp ecx, ebx                         ; 100218: 39 d9
    jae short .L4                        ; 10021a: 73 0c
.L2:
    mov edx, [esi+ecx*4]                 ; 10021c: 8b 14 8e
    add eax, edx                         ; 10021f: 01 d0
    add ecx, 1                           ; 100221: 83 c1 01
    cmp ecx, ebx                         ; 100224: 39 d9
    jb short .L2                         ; 100226: 72 f4
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop esi                              ; 100228: 5e
    pop ebx                              ; 100229: 5b
    pop ebp                              ; 10022a: 5d
    ret                                  ; 10022b: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    push ebp                             ; 10022c: 55
    mov ebp, esp                         ; 10022d: 89 e5
    mov eax, [ebp+8]                     ; 10022f: 8b 45 08
    mov edx, [ebp+0xc]                   ; 100232: 8b 55 0c
    ; test/golden/arrays.ts:19: return values[index];
    mov ecx, [eax-4]                     ; 100235: 8b 48 fc
    cmp edx, ecx                         ; 100238: 39 ca
    jae short .L1                        ; 10023a: 73 06
    movzx eax, byte [eax+edx]            ; 10023c: 0f b6 04 10
    pop ebp                              ; 100240: 5d
    ret                                  ; 100241: c3
.L1:
    mov eax, str_11                      ; 100242: b8 94 10 10 00
    push ecx                             ; 100247: 51
    push edx                             ; 100248: 52
    push 0x13                            ; 100249: 6a 13
    push eax                             ; 10024b: 50
    call boundsTrap                      ; 10024c: e8 06 ff ff ff
    add esp, 0x10                        ; 100251: 83 c4 10

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100254: 55
    mov ebp, esp                         ; 100255: 89 e5
    sub esp, 4                           ; 100257: 83 ec 04
    push ebx                             ; 10025a: 53
    push esi                             ; 10025b: 56
    push edi                             ; 10025c: 57
    mov eax, [ebp+8]                     ; 10025d: 8b 45 08
    mov [ebp-4], eax                     ; 100260: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100263: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100266: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100269: 8b 75 14
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 10026c: b8 b0 10 10 00
    push eax                             ; 100271: 50
    call print                           ; 100272: e8 0e fe ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 10027a: 57
    call printU32                        ; 10027b: e8 51 fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100283: b8 c0 10 10 00
    push eax                             ; 100288: 50
    call print                           ; 100289: e8 f7 fd ff ff
    add esp, 4                           ; 10028e: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 100291: 56
    call printU32                        ; 100292: e8 3a fe ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 10029a: b8 80 10 10 00
    push eax                             ; 10029f: 50
    call print                           ; 1002a0: e8 e0 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [ebp-4]                   ; 1002a8: ff 75 fc
    call print                           ; 1002ab: e8 d5 fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 1002b3: b8 88 10 10 00
    push eax                             ; 1002b8: 50
    call print                           ; 1002b9: e8 c7 fd ff ff
    add esp, 4                           ; 1002be: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 1002c1: 53
    call printU32                        ; 1002c2: e8 0a fe ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002ca: b8 90 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 e1 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002d8: 6a 03
    call exit                            ; 1002da: e8 5f fe ff ff
    add esp, 4                           ; 1002df: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002e2: 5f
    pop esi                              ; 1002e3: 5e
    pop ebx                              ; 1002e4: 5b
    leave                                ; 1002e5: c9
    ret                                  ; 1002e6: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebp                             ; 1002e7: 55
    mov ebp, esp                         ; 1002e8: 89 e5
    push ebx                             ; 1002ea: 53
    mov eax, 0                           ; 1002eb: b8 00 00 00 00
    cmp eax, 0xa                         ; 1002f0: 83 f8 0a
    jge short .L4                        ; 1002f3: 7d 14
.L2:
    mov ecx, eax                         ; 1002f5: 89 c1
    imul ecx, eax                        ; 1002f7: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002fa: 89 0c 85 04 30 10 00
    add eax, 1                           ; 100301: 83 c0 01
    cmp eax, 0xa                         ; 100304: 83 f8 0a
    jl short .L2                         ; 100307: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 100309: b8 cc 10 10 00
    push eax                             ; 10030e: 50
    call print                           ; 10030f: e8 71 fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 100317: b8 04 30 10 00
    push eax                             ; 10031c: 50
    call sum                             ; 10031d: e8 e1 fe ff ff
    add esp, 4                           ; 100322: 83 c4 04
    push eax                             ; 100325: 50
    call printU32                        ; 100326: e8 a6 fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 10032e: b8 90 10 10 00
    push eax                             ; 100333: 50
    call println                         ; 100334: e8 7d fd ff ff
    add esp, 4                           ; 100339: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 10033c: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100345: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 10034e: 0f bf 05 36 30 10 00
    add eax, 1                           ; 100355: 83 c0 01
    movsx eax, ax                        ; 100358: 0f bf c0
    mov [words+10], ax                   ; 10035b: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 100361: 0f bf 05 30 30 10 00
    push eax                             ; 100368: 50
    call printI32                        ; 100369: e8 a0 fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 100371: b8 e0 10 10 00
    push eax                             ; 100376: 50
    call print                           ; 100377: e8 09 fd ff ff
    add esp, 4                           ; 10037c: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 10037f: 0f bf 05 36 30 10 00
    push eax                             ; 100386: 50
    call printI32                        ; 100387: e8 82 fd ff ff
    add esp, 4                           ; 10038c: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 10038f: b8 90 10 10 00
    push eax                             ; 100394: 50
    call println                         ; 100395: e8 1c fd ff ff
    add esp, 4                           ; 10039a: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    mov ebx, 0                           ; 10039d: bb 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    mov eax, 0                           ; 1003a2: b8 00 00 00 00
    cmp eax, 6                           ; 1003a7: 83 f8 06
    jae short .L13                       ; 1003aa: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 1003ac: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 1003b3: 01 cb
    add eax, 1                           ; 1003b5: 83 c0 01
    cmp eax, 6                           ; 1003b8: 83 f8 06
    jb short .L11                        ; 1003bb: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 1003bd: b8 e8 10 10 00
    push eax                             ; 1003c2: 50
    call print                           ; 1003c3: e8 bd fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003cb: 6a 06
    call printI32                        ; 1003cd: e8 3c fd ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003d5: b8 f4 10 10 00
    push eax                             ; 1003da: 50
    call print                           ; 1003db: e8 a5 fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003e3: 53
    call printU32                        ; 1003e4: e8 e8 fc ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003ec: b8 90 10 10 00
    push eax                             ; 1003f1: 50
    call println                         ; 1003f2: e8 bf fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov ebx, 0                           ; 1003fa: bb 00 00 00 00
    cmp ebx, 3                           ; 1003ff: 83 fb 03
    jae short .L18                       ; 100402: 73 26
.L16:
    mov eax, [ebx*4+greetings+4]         ; 100404: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 10040b: 50
    call print                           ; 10040c: e8 74 fc ff ff
    add esp, 4                           ; 100411: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 100414: b8 e0 10 10 00
    push eax                             ; 100419: 50
    call print                           ; 10041a: e8 66 fc ff ff
    add esp, 4                           ; 10041f: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 100422: 83 c3 01
    cmp ebx, 3                           ; 100425: 83 fb 03
    jb short .L16                        ; 100428: 72 da
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 10042a: b8 90 10 10 00
    push eax                             ; 10042f: 50
    call println                         ; 100430: e8 81 fc ff ff
    add esp, 4                           ; 100435: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 100438: b8 00 11 10 00
    push eax                             ; 10043d: 50
    call print                           ; 10043e: e8 42 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 100446: 0f b6 05 0d 20 10 00
    push eax                             ; 10044d: 50
    call printU32                        ; 10044e: e8 7e fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 100456: b8 90 10 10 00
    push eax                             ; 10045b: 50
    call println                         ; 10045c: e8 55 fc ff ff
    add esp, 4                           ; 100461: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100464: b8 54 02 10 00
    push eax                             ; 100469: 50
    call onBoundsError                   ; 10046a: e8 db fc ff ff
    add esp, 4                           ; 10046f: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 100472: b8 08 20 10 00
    push 5                               ; 100477: 6a 05
    push eax                             ; 100479: 50
    call pick                            ; 10047a: e8 ad fd ff ff
    add esp, 8                           ; 10047f: 83 c4 08
    push eax                             ; 100482: 50
    call printU32                        ; 100483: e8 49 fc ff ff
    add esp, 4                           ; 100488: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 10048b: b8 90 10 10 00
    push eax                             ; 100490: 50
    call println                         ; 100491: e8 20 fc ff ff
    add esp, 4                           ; 100496: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 100499: b8 08 20 10 00
    push 6                               ; 10049e: 6a 06
    push eax                             ; 1004a0: 50
    call pick                            ; 1004a1: e8 86 fd ff ff
    add esp, 8                           ; 1004a6: 83 c4 08
    push eax                             ; 1004a9: 50
    call printU32                        ; 1004aa: e8 22 fc ff ff
    add esp, 4                           ; 1004af: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 1004b2: b8 10 11 10 00
    push eax                             ; 1004b7: 50
    call println                         ; 1004b8: e8 f9 fb ff ff
    add esp, 4                           ; 1004bd: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 1004c0: 5b
    pop ebp                              ; 1004c1: 5d
    ret                                  ; 1004c2: c3

__tskc_init:
    push ebp                             ; 1004c3: 55
    mov ebp, esp                         ; 1004c4: 89 e5
    mov dword [squares], 0xa             ; 1004c6: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004d0: c7 05 2c 30 10 00 04 00 00 00
    pop ebp                              ; 1004da: 5d
    ret                                  ; 1004db: c3

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
