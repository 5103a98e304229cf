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
    call __tskc_init                     ; 10003b: e8 90 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a9 02 00 00
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
    push edi                             ; 10008a: 57
    mov ebx, [ebp+8]                     ; 10008b: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 10008e: 8b 33
    mov edi, 0                           ; 100090: bf 00 00 00 00
    cmp edi, esi                         ; 100095: 39 f7
    jl short .L7                         ; 100097: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 10009e: 0f b6 44 3b 04
    movzx eax, al                        ; 1000a3: 0f b6 c0
    push eax                             ; 1000a6: 50
    call putc                            ; 1000a7: e8 9f ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    add edi, 1                           ; 1000af: 83 c7 01
    cmp edi, esi                         ; 1000b2: 39 f7
    jl short .L7                         ; 1000b4: 7c e8
    jmp short .L4                        ; 1000b6: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b8: 55
    mov ebp, esp                         ; 1000b9: 89 e5
    mov eax, [ebp+8]                     ; 1000bb: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000be: 50
    call print                           ; 1000bf: e8 c1 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c7: 6a 0a
    call putc                            ; 1000c9: e8 7d ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000d1: 5d
    ret                                  ; 1000d2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d3: 55
    mov ebp, esp                         ; 1000d4: 89 e5
    push ebx                             ; 1000d6: 53
    mov ebx, [ebp+8]                     ; 1000d7: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000da: 83 fb 0a
    jb short .L2                         ; 1000dd: 72 14
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    push eax                             ; 1000ea: 50
    call printU32                        ; 1000eb: e8 e3 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f8: 89 d8
    xor edx, edx                         ; 1000fa: 31 d2
    div ecx                              ; 1000fc: f7 f1
    add edx, 0x30                        ; 1000fe: 83 c2 30
    movzx eax, dl                        ; 100101: 0f b6 c2
    push eax                             ; 100104: 50
    call putc                            ; 100105: e8 41 ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010d: 5b
    pop ebp                              ; 10010e: 5d
    ret                                  ; 10010f: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100110: 55
    mov ebp, esp                         ; 100111: 89 e5
    push ebx                             ; 100113: 53
    mov ebx, [ebp+8]                     ; 100114: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100117: 83 fb 00
    jge short .L2                        ; 10011a: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011c: 6a 2d
    call putc                            ; 10011e: e8 28 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100126: 89 d8
    neg eax                              ; 100128: f7 d8
    push eax                             ; 10012a: 50
    call printU32                        ; 10012b: e8 a3 ff ff ff
    add esp, 4                           ; 100130: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100133: 5b
    pop ebp                              ; 100134: 5d
    ret                                  ; 100135: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100136: 53
    call printU32                        ; 100137: e8 97 ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013f: 5b
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100142: 55
    mov ebp, esp                         ; 100143: 89 e5
    mov eax, [ebp+8]                     ; 100145: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100148: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10014b: f4
    jmp short .L2                        ; 10014c: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014e: 55
    mov ebp, esp                         ; 10014f: 89 e5
    mov eax, [ebp+8]                     ; 100151: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100154: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10015b: 55
    mov ebp, esp                         ; 10015c: 89 e5
    push ebx                             ; 10015e: 53
    push esi                             ; 10015f: 56
    mov eax, [ebp+8]                     ; 100160: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100163: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100166: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100169: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10016c: 8b 35 00 20 10 00
    push ebx                             ; 100172: 53
    push edx                             ; 100173: 52
    push ecx                             ; 100174: 51
    push eax                             ; 100175: 50
    call esi                             ; 100176: ff d6
    add esp, 0x10                        ; 100178: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10017b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10017c: f4
    jmp short .L2                        ; 10017d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017f: 55
    mov ebp, esp                         ; 100180: 89 e5
    sub esp, 4                           ; 100182: 83 ec 04
    push ebx                             ; 100185: 53
    push esi                             ; 100186: 56
    push edi                             ; 100187: 57
    mov ebx, [ebp+8]                     ; 100188: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10018b: 8b 45 0c
    mov [ebp-4], eax                     ; 10018e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100191: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100194: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100197: b8 40 10 10 00
    push eax                             ; 10019c: 50
    call print                           ; 10019d: e8 e3 fe ff ff
    add esp, 4                           ; 1001a2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001a5: 56
    call printU32                        ; 1001a6: e8 28 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001ae: b8 60 10 10 00
    push eax                             ; 1001b3: 50
    call print                           ; 1001b4: e8 cc fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001bc: 57
    call printU32                        ; 1001bd: e8 11 ff ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001c5: b8 80 10 10 00
    push eax                             ; 1001ca: 50
    call print                           ; 1001cb: e8 b5 fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001d3: 53
    call print                           ; 1001d4: e8 ac fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001dc: b8 88 10 10 00
    push eax                             ; 1001e1: 50
    call print                           ; 1001e2: e8 9e fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001ea: 8b 45 fc
    push eax                             ; 1001ed: 50
    call printU32                        ; 1001ee: e8 e0 fe ff ff
    add esp, 4                           ; 1001f3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001f6: b8 90 10 10 00
    push eax                             ; 1001fb: 50
    call println                         ; 1001fc: e8 b7 fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100204: 5f
    pop esi                              ; 100205: 5e
    pop ebx                              ; 100206: 5b
    leave                                ; 100207: c9
    ret                                  ; 100208: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebp                             ; 100209: 55
    mov ebp, esp                         ; 10020a: 89 e5
    push ebx                             ; 10020c: 53
    push esi                             ; 10020d: 56
    mov eax, [ebp+8]                     ; 10020e: 8b 45 08
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov ecx, [eax-4]                     ; 100211: 8b 48 fc
    mov edx, 0                           ; 100214: ba 00 00 00 00
    mov ebx, 0                           ; 100219: bb 00 00 00 00
    cmp ebx, ecx                         ; 10021e: 39 cb
    jae short .L4                        ; 100220: 73 0c
.L2:
    mov esi, [eax+ebx*4]                 ; 100222: 8b 34 98
    add edx, esi                         ; 100225: 01 f2
    add ebx, 1                           ; 100227: 83 c3 01
    cmp ebx, ecx                         ; 10022a: 39 cb
    jb short .L2                         ; 10022c: 72 f4
.L4:
    ; test/golden/arrays.ts:15: return total;
    mov eax, edx                         ; 10022e: 89 d0
    pop esi                              ; 100230: 5e
    pop ebx                              ; 100231: 5b
    pop ebp                              ; 100232: 5d
    ret                                  ; 100233: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    push ebp                             ; 100234: 55
    mov ebp, esp                         ; 100235: 89 e5
    mov eax, [ebp+8]                     ; 100237: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10023a: 8b 4d 0c
    ; test/golden/arrays.ts:19: return values[index];
    mov edx, [eax-4]                     ; 10023d: 8b 50 fc
    cmp ecx, edx                         ; 100240: 39 d1
    jae short .L1                        ; 100242: 73 06
    movzx eax, byte [eax+ecx]            ; 100244: 0f b6 04 08
    pop ebp                              ; 100248: 5d
    ret                                  ; 100249: c3
.L1:
    mov eax, str_11                      ; 10024a: b8 94 10 10 00
    push edx                             ; 10024f: 52
    push ecx                             ; 100250: 51
    push 0x13                            ; 100251: 6a 13
    push eax                             ; 100253: 50
    call boundsTrap                      ; 100254: e8 02 ff ff ff
    add esp, 0x10                        ; 100259: 83 c4 10

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10025c: 55
    mov ebp, esp                         ; 10025d: 89 e5
    sub esp, 4                           ; 10025f: 83 ec 04
    push ebx                             ; 100262: 53
    push esi                             ; 100263: 56
    push edi                             ; 100264: 57
    mov ebx, [ebp+8]                     ; 100265: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100268: 8b 45 0c
    mov [ebp-4], eax                     ; 10026b: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10026e: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100271: 8b 7d 14
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 100274: b8 b0 10 10 00
    push eax                             ; 100279: 50
    call print                           ; 10027a: e8 06 fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push esi                             ; 100282: 56
    call printU32                        ; 100283: e8 4b fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 10028b: b8 c0 10 10 00
    push eax                             ; 100290: 50
    call print                           ; 100291: e8 ef fd ff ff
    add esp, 4                           ; 100296: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push edi                             ; 100299: 57
    call printU32                        ; 10029a: e8 34 fe ff ff
    add esp, 4                           ; 10029f: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 1002a2: b8 80 10 10 00
    push eax                             ; 1002a7: 50
    call print                           ; 1002a8: e8 d8 fd ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push ebx                             ; 1002b0: 53
    call print                           ; 1002b1: e8 cf fd ff ff
    add esp, 4                           ; 1002b6: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 1002b9: b8 88 10 10 00
    push eax                             ; 1002be: 50
    call print                           ; 1002bf: e8 c1 fd ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    mov eax, [ebp-4]                     ; 1002c7: 8b 45 fc
    push eax                             ; 1002ca: 50
    call printU32                        ; 1002cb: e8 03 fe ff ff
    add esp, 4                           ; 1002d0: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002d3: b8 90 10 10 00
    push eax                             ; 1002d8: 50
    call println                         ; 1002d9: e8 da fd ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002e1: 6a 03
    call exit                            ; 1002e3: e8 5a fe ff ff
    add esp, 4                           ; 1002e8: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002eb: 5f
    pop esi                              ; 1002ec: 5e
    pop ebx                              ; 1002ed: 5b
    leave                                ; 1002ee: c9
    ret                                  ; 1002ef: c3

main:
    push ebp                             ; 1002f0: 55
    mov ebp, esp                         ; 1002f1: 89 e5
    sub esp, 4                           ; 1002f3: 83 ec 04
    push ebx                             ; 1002f6: 53
    push esi                             ; 1002f7: 56
    push edi                             ; 1002f8: 57
    mov ebx, 0                           ; 1002f9: bb 00 00 00 00
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    cmp ebx, 0xa                         ; 1002fe: 83 fb 0a
    jl near .L7                          ; 100301: 0f 8c a9 00 00 00
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 100307: b8 cc 10 10 00
    push eax                             ; 10030c: 50
    call print                           ; 10030d: e8 73 fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 100315: b8 04 30 10 00
    push eax                             ; 10031a: 50
    call sum                             ; 10031b: e8 e9 fe ff ff
    add esp, 4                           ; 100320: 83 c4 04
    push eax                             ; 100323: 50
    call printU32                        ; 100324: e8 aa fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 10032c: b8 90 10 10 00
    mov [ebp-4], eax                     ; 100331: 89 45 fc
    mov eax, [ebp-4]                     ; 100334: 8b 45 fc
    push eax                             ; 100337: 50
    call println                         ; 100338: e8 7b fd ff ff
    add esp, 4                           ; 10033d: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 100340: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100349: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100352: 0f bf 05 36 30 10 00
    add eax, 1                           ; 100359: 83 c0 01
    movsx eax, ax                        ; 10035c: 0f bf c0
    mov [words+10], ax                   ; 10035f: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 100365: 0f bf 05 30 30 10 00
    push eax                             ; 10036c: 50
    call printI32                        ; 10036d: e8 9e fd ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov esi, str_15                      ; 100375: be e0 10 10 00
    push esi                             ; 10037a: 56
    call print                           ; 10037b: e8 05 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100383: 0f bf 05 36 30 10 00
    push eax                             ; 10038a: 50
    call printI32                        ; 10038b: e8 80 fd ff ff
    add esp, 4                           ; 100390: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, [ebp-4]                     ; 100393: 8b 45 fc
    push eax                             ; 100396: 50
    call println                         ; 100397: e8 1c fd ff ff
    add esp, 4                           ; 10039c: 83 c4 04
    mov edi, 0                           ; 10039f: bf 00 00 00 00
    mov eax, 0                           ; 1003a4: b8 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    cmp eax, 6                           ; 1003a9: 83 f8 06
    jb short .L11                        ; 1003ac: 72 1b
    jmp short .L13                       ; 1003ae: eb 2a
.L7:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    mov ecx, ebx                         ; 1003b0: 89 d9
    imul ecx, ebx                        ; 1003b2: 0f af cb
    mov [ebx*4+squares+4], ecx           ; 1003b5: 89 0c 9d 04 30 10 00
    add ebx, 1                           ; 1003bc: 83 c3 01
    cmp ebx, 0xa                         ; 1003bf: 83 fb 0a
    jl short .L7                         ; 1003c2: 7c ec
    jmp .L4                              ; 1003c4: e9 3e ff ff ff
.L11:
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    movzx ecx, byte [eax+primes+4]       ; 1003c9: 0f b6 88 08 20 10 00
    add edi, ecx                         ; 1003d0: 01 cf
    add eax, 1                           ; 1003d2: 83 c0 01
    cmp eax, 6                           ; 1003d5: 83 f8 06
    jb short .L11                        ; 1003d8: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 1003da: b8 e8 10 10 00
    push eax                             ; 1003df: 50
    call print                           ; 1003e0: e8 a0 fc ff ff
    add esp, 4                           ; 1003e5: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003e8: 6a 06
    call printI32                        ; 1003ea: e8 21 fd ff ff
    add esp, 4                           ; 1003ef: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003f2: b8 f4 10 10 00
    push eax                             ; 1003f7: 50
    call print                           ; 1003f8: e8 88 fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push edi                             ; 100400: 57
    call printU32                        ; 100401: e8 cd fc ff ff
    add esp, 4                           ; 100406: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, [ebp-4]                     ; 100409: 8b 45 fc
    push eax                             ; 10040c: 50
    call println                         ; 10040d: e8 a6 fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    mov ebx, 0                           ; 100415: bb 00 00 00 00
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    cmp ebx, 3                           ; 10041a: 83 fb 03
    jae short .L18                       ; 10041d: 73 21
.L16:
    mov eax, [ebx*4+greetings+4]         ; 10041f: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 100426: 50
    call print                           ; 100427: e8 59 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push esi                             ; 10042f: 56
    call print                           ; 100430: e8 50 fc ff ff
    add esp, 4                           ; 100435: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 100438: 83 c3 01
    cmp ebx, 3                           ; 10043b: 83 fb 03
    jb short .L16                        ; 10043e: 72 df
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, [ebp-4]                     ; 100440: 8b 45 fc
    push eax                             ; 100443: 50
    call println                         ; 100444: e8 6f fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 10044c: b8 00 11 10 00
    push eax                             ; 100451: 50
    call print                           ; 100452: e8 2e fc ff ff
    add esp, 4                           ; 100457: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 10045a: 0f b6 05 0d 20 10 00
    push eax                             ; 100461: 50
    call printU32                        ; 100462: e8 6c fc ff ff
    add esp, 4                           ; 100467: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, [ebp-4]                     ; 10046a: 8b 45 fc
    push eax                             ; 10046d: 50
    call println                         ; 10046e: e8 45 fc ff ff
    add esp, 4                           ; 100473: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100476: b8 5c 02 10 00
    push eax                             ; 10047b: 50
    call onBoundsError                   ; 10047c: e8 cd fc ff ff
    add esp, 4                           ; 100481: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 100484: bb 08 20 10 00
    push 5                               ; 100489: 6a 05
    push ebx                             ; 10048b: 53
    call pick                            ; 10048c: e8 a3 fd ff ff
    add esp, 8                           ; 100491: 83 c4 08
    push eax                             ; 100494: 50
    call printU32                        ; 100495: e8 39 fc ff ff
    add esp, 4                           ; 10049a: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, [ebp-4]                     ; 10049d: 8b 45 fc
    push eax                             ; 1004a0: 50
    call println                         ; 1004a1: e8 12 fc ff ff
    add esp, 4                           ; 1004a6: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push 6                               ; 1004a9: 6a 06
    push ebx                             ; 1004ab: 53
    call pick                            ; 1004ac: e8 83 fd ff ff
    add esp, 8                           ; 1004b1: 83 c4 08
    push eax                             ; 1004b4: 50
    call printU32                        ; 1004b5: e8 19 fc ff ff
    add esp, 4                           ; 1004ba: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 1004bd: b8 10 11 10 00
    push eax                             ; 1004c2: 50
    call println                         ; 1004c3: e8 f0 fb ff ff
    add esp, 4                           ; 1004c8: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 1004cb: 5f
    pop esi                              ; 1004cc: 5e
    pop ebx                              ; 1004cd: 5b
    leave                                ; 1004ce: c9
    ret                                  ; 1004cf: c3

__tskc_init:
    push ebp                             ; 1004d0: 55
    mov ebp, esp                         ; 1004d1: 89 e5
    mov dword [squares], 0xa             ; 1004d3: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004dd: c7 05 2c 30 10 00 04 00 00 00
    pop ebp                              ; 1004e7: 5d
    ret                                  ; 1004e8: c3

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
