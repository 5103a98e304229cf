; tskc 0.1.0 listing of test/golden/loop-versioning.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 10 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 10 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 47 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 f6 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000df: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000e0: f4
    jmp short .L2                        ; 1000e1: eb fd

mark:
    ; test/golden/loop-versioning.ts:11: function mark(first: i32, last: i32, step: i32, shift: i32): void {
    push ebx                             ; 1000e3: 53
    push esi                             ; 1000e4: 56
    push edi                             ; 1000e5: 57
    mov ebx, [esp+0x10]                  ; 1000e6: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 1000ea: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 1000ee: 8b 7c 24 18
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    mov eax, 0x7fffffff                  ; 1000f2: b8 ff ff ff 7f
    sub eax, edi                         ; 1000f7: 29 f8
    mov edx, [esp+0x1c]                  ; 1000f9: 8b 54 24 1c
    lea ecx, [ebx+edx]                   ; 1000fd: 8d 0c 13
    lea edx, [esi+edx]                   ; 100100: 8d 14 16
    test edi, edi                        ; 100103: 85 ff
    jle short .L1                        ; 100105: 7e 11
    cmp esi, eax                         ; 100107: 39 c6
    jg short .L1                         ; 100109: 7f 0d
    test ecx, ecx                        ; 10010b: 85 c9
    jl short .L1                         ; 10010d: 7c 09
    cmp ecx, edx                         ; 10010f: 39 d1
    jg short .L1                         ; 100111: 7f 05
    cmp edx, 0xa                         ; 100113: 83 fa 0a
    jl short .L20                        ; 100116: 7c 6d
.L1:
    cmp ebx, esi                         ; 100118: 39 f3
    jg short .L4                         ; 10011a: 7f 4d
.L12:
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 10011c: 85 db
    jge short .L14                       ; 10011e: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100120: 6a 2d
    call putc                            ; 100122: e8 24 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10012a: 89 d8
    neg eax                              ; 10012c: f7 d8
    push eax                             ; 10012e: 50
    call printU32                        ; 10012f: e8 6b ff ff ff
    add esp, 4                           ; 100134: 83 c4 04
    jmp short .L11                       ; 100137: eb 09
.L14:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100139: 53
    call printU32                        ; 10013a: e8 60 ff ff ff
    add esp, 4                           ; 10013f: 83 c4 04
.L11:
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 100142: b8 00 10 10 00
    push eax                             ; 100147: 50
    call print                           ; 100148: e8 2d ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov edx, [esp+0x1c]                  ; 100150: 8b 54 24 1c
    lea eax, [ebx+edx]                   ; 100154: 8d 04 13
    cmp eax, 0xa                         ; 100157: 83 f8 0a
    jae short .L36                       ; 10015a: 73 75
    mov byte [eax+a+4], 1                ; 10015c: c6 80 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, edi                         ; 100163: 01 fb
    cmp ebx, esi                         ; 100165: 39 f3
    jle short .L12                       ; 100167: 7e b3
.L4:
    ; test/golden/loop-versioning.ts:17: println("");
    mov eax, str_4                       ; 100169: b8 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10016e: 50
    call print                           ; 10016f: e8 06 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100177: 6a 0a
    call putc                            ; 100179: e8 cd fe ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/loop-versioning.ts:18: }
    pop edi                              ; 100181: 5f
    pop esi                              ; 100182: 5e
    pop ebx                              ; 100183: 5b
    ret                                  ; 100184: c3
.L20:
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    cmp ebx, esi                         ; 100185: 39 f3
    jg short .L4                         ; 100187: 7f e0
.L26:
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100189: 85 db
    jge short .L25                       ; 10018b: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10018d: 6a 2d
    call putc                            ; 10018f: e8 b7 fe ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100197: 89 d8
    neg eax                              ; 100199: f7 d8
    push eax                             ; 10019b: 50
    call printU32                        ; 10019c: e8 fe fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    jmp short .L23                       ; 1001a4: eb 09
.L25:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1001a6: 53
    call printU32                        ; 1001a7: e8 f3 fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
.L23:
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 1001af: b8 00 10 10 00
    push eax                             ; 1001b4: 50
    call print                           ; 1001b5: e8 c0 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov edx, [esp+0x1c]                  ; 1001bd: 8b 54 24 1c
    mov byte [ebx+edx+a+4], 1            ; 1001c1: c6 84 13 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, edi                         ; 1001c9: 01 fb
    cmp ebx, esi                         ; 1001cb: 39 f3
    jle short .L26                       ; 1001cd: 7e ba
    jmp short .L4                        ; 1001cf: eb 98
.L36:
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    push 0xa                             ; 1001d1: 6a 0a
    push eax                             ; 1001d3: 50
    push 0xf                             ; 1001d4: 6a 0f
    push str_3                           ; 1001d6: 68 08 10 10 00
    call boundsTrap                      ; 1001db: e8 ef 00 00 00

count:
    ; test/golden/loop-versioning.ts:21: function count(top: i32, bottom: i32): u32 {
    push ebx                             ; 1001e0: 53
    mov ecx, [esp+8]                     ; 1001e1: 8b 4c 24 08
    mov edx, [esp+0xc]                   ; 1001e5: 8b 54 24 0c
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    lea eax, [edx+1]                     ; 1001e9: 8d 42 01
    test eax, eax                        ; 1001ec: 85 c0
    jl short .L14                        ; 1001ee: 7c 09
    cmp eax, ecx                         ; 1001f0: 39 c8
    jg short .L14                        ; 1001f2: 7f 05
    cmp ecx, 0xa                         ; 1001f4: 83 f9 0a
    jl short .L15                        ; 1001f7: 7c 1d
.L14:
    xor eax, eax                         ; 1001f9: 31 c0
    cmp ecx, edx                         ; 1001fb: 39 d1
    jle short .L4                        ; 1001fd: 7e 15
.L2:
    cmp ecx, 0xa                         ; 1001ff: 83 f9 0a
    jae short .L18                       ; 100202: 73 2a
    movzx ebx, byte [ecx+a+4]            ; 100204: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 10020b: 01 d8
    sub ecx, 1                           ; 10020d: 83 e9 01
    cmp ecx, edx                         ; 100210: 39 d1
    jg short .L2                         ; 100212: 7f eb
.L4:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 100214: 5b
    ret                                  ; 100215: c3
.L15:
    xor eax, eax                         ; 100216: 31 c0
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    cmp ecx, edx                         ; 100218: 39 d1
    jle short .L12                       ; 10021a: 7e 10
.L10:
    movzx ebx, byte [ecx+a+4]            ; 10021c: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 100223: 01 d8
    sub ecx, 1                           ; 100225: 83 e9 01
    cmp ecx, edx                         ; 100228: 39 d1
    jg short .L10                        ; 10022a: 7f f0
.L12:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 10022c: 5b
    ret                                  ; 10022d: c3
.L18:
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    push 0xa                             ; 10022e: 6a 0a
    push ecx                             ; 100230: 51
    push 0x17                            ; 100231: 6a 17
    push str_3                           ; 100233: 68 08 10 10 00
    call boundsTrap                      ; 100238: e8 92 00 00 00

main:
    ; test/golden/loop-versioning.ts:28: mark(0, 9, 3, 0); // 0 3 6 9: in bounds, the copy without checks
    push ebx                             ; 10023d: 53
    push 0                               ; 10023e: 6a 00
    push 3                               ; 100240: 6a 03
    push 9                               ; 100242: 6a 09
    push 0                               ; 100244: 6a 00
    call mark                            ; 100246: e8 98 fe ff ff
    add esp, 0x10                        ; 10024b: 83 c4 10
    ; test/golden/loop-versioning.ts:29: mark(-3, 4, 2, 3); // -3 -1 1 3 at a[0], a[2], a[4], a[6]
    push 3                               ; 10024e: 6a 03
    push 2                               ; 100250: 6a 02
    push 4                               ; 100252: 6a 04
    push 0xfffffffd                      ; 100254: 6a fd
    call mark                            ; 100256: e8 88 fe ff ff
    add esp, 0x10                        ; 10025b: 83 c4 10
    ; test/golden/loop-versioning.ts:30: printU32(count(9, -1));
    push 0xffffffff                      ; 10025e: 6a ff
    push 9                               ; 100260: 6a 09
    call count                           ; 100262: e8 79 ff ff ff
    add esp, 8                           ; 100267: 83 c4 08
    push eax                             ; 10026a: 50
    call printU32                        ; 10026b: e8 2f fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; test/golden/loop-versioning.ts:31: println("");
    mov ebx, str_4                       ; 100273: bb 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100278: 53
    call print                           ; 100279: e8 fc fd ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100281: 6a 0a
    call putc                            ; 100283: e8 c3 fd ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/loop-versioning.ts:32: printU32(count(10, 10)); // no iteration: a[10] is never read
    push 0xa                             ; 10028b: 6a 0a
    push 0xa                             ; 10028d: 6a 0a
    call count                           ; 10028f: e8 4c ff ff ff
    add esp, 8                           ; 100294: 83 c4 08
    push eax                             ; 100297: 50
    call printU32                        ; 100298: e8 02 fe ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002a0: 53
    call print                           ; 1002a1: e8 d4 fd ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002a9: 6a 0a
    call putc                            ; 1002ab: e8 9b fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; test/golden/loop-versioning.ts:34: mark(2, 11, 4, 0); // 2 6 10: a[10] traps on the third iteration, after printing 10
    push 0                               ; 1002b3: 6a 00
    push 4                               ; 1002b5: 6a 04
    push 0xb                             ; 1002b7: 6a 0b
    push 2                               ; 1002b9: 6a 02
    call mark                            ; 1002bb: e8 23 fe ff ff
    add esp, 0x10                        ; 1002c0: 83 c4 10
    ; test/golden/loop-versioning.ts:35: exit(0);
    push 0                               ; 1002c3: 6a 00
    call exit                            ; 1002c5: e8 0f fe ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/loop-versioning.ts:36: }
    pop ebx                              ; 1002cd: 5b
    ret                                  ; 1002ce: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002cf: 53
    push esi                             ; 1002d0: 56
    mov esi, [esp+0xc]                   ; 1002d1: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002d5: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002d9: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002dd: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002e1: a1 00 20 10 00
    push ecx                             ; 1002e6: 51
    push edx                             ; 1002e7: 52
    push ebx                             ; 1002e8: 53
    push esi                             ; 1002e9: 56
    call eax                             ; 1002ea: ff d0
    add esp, 0x10                        ; 1002ec: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002ef: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002f0: f4
    jmp short .L2                        ; 1002f1: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002f3: 53
    push esi                             ; 1002f4: 56
    push edi                             ; 1002f5: 57
    mov ebx, [esp+0x14]                  ; 1002f6: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1002fa: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1002fe: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 100302: b8 30 10 10 00
    push eax                             ; 100307: 50
    call print                           ; 100308: e8 6d fd ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100310: 57
    call printU32                        ; 100311: e8 89 fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100319: b8 50 10 10 00
    push eax                             ; 10031e: 50
    call print                           ; 10031f: e8 56 fd ff ff
    add esp, 4                           ; 100324: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100327: 56
    call printU32                        ; 100328: e8 72 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100330: b8 70 10 10 00
    push eax                             ; 100335: 50
    call print                           ; 100336: e8 3f fd ff ff
    add esp, 4                           ; 10033b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10033e: ff 74 24 10
    call print                           ; 100342: e8 33 fd ff ff
    add esp, 4                           ; 100347: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 10034a: b8 78 10 10 00
    push eax                             ; 10034f: 50
    call print                           ; 100350: e8 25 fd ff ff
    add esp, 4                           ; 100355: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100358: 53
    call printU32                        ; 100359: e8 41 fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 100361: b8 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100366: 50
    call print                           ; 100367: e8 0e fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10036f: 6a 0a
    call putc                            ; 100371: e8 d5 fc ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100379: 6a 65
    call exit                            ; 10037b: e8 59 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100383: 5f
    pop esi                              ; 100384: 5e
    pop ebx                              ; 100385: 5b
    ret                                  ; 100386: c3

__tskc_init:
    mov dword [a], 0xa                   ; 100387: c7 05 00 30 10 00 0a 00 00 00
    ret                                  ; 100391: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; "test/golden/loop-versioning.ts"
    db 0x1e, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6c, 0x6f, 0x6f, 0x70, 0x2d, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x69, 0x6e, 0x67, 0x2e
    db 0x74, 0x73
    times 0x102c - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1030 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1050 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1070 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1078 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
a equ 0x103000  ; StaticArray<u8>(10), 14 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
