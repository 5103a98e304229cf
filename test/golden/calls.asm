; tskc 0.1.0 listing of test/golden/calls.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 5d 02 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000ef: 85 c0
    jge short .L2                        ; 1000f1: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f3: 53
    mov ebx, eax                         ; 1000f4: 89 c3
    push 0x2d                            ; 1000f6: 6a 2d
    call putc                            ; 1000f8: e8 49 ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100100: f7 db
    push ebx                             ; 100102: 53
    call printU32                        ; 100103: e8 a9 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010b: 5b
    ret                                  ; 10010c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 9e ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100116: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100117: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011b: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011d: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011e: f4
    jmp short .L2                        ; 10011f: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    mov eax, [esp+4]                     ; 100121: 8b 44 24 04
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp eax, 2                           ; 100125: 83 f8 02
    jb short .L5                         ; 100128: 72 22
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 10012a: 53
    push esi                             ; 10012b: 56
    mov ebx, eax                         ; 10012c: 89 c3
    xor esi, esi                         ; 10012e: 31 f6
.L2:
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    lea eax, [ebx-1]                     ; 100130: 8d 43 ff
    push eax                             ; 100133: 50
    call fib                             ; 100134: e8 e8 ff ff ff
    add esp, 4                           ; 100139: 83 c4 04
    sub ebx, 2                           ; 10013c: 83 eb 02
    add esi, eax                         ; 10013f: 01 c6
    cmp ebx, 2                           ; 100141: 83 fb 02
    jae short .L2                        ; 100144: 73 ea
    lea eax, [esi+ebx]                   ; 100146: 8d 04 1e
    pop esi                              ; 100149: 5e
    pop ebx                              ; 10014a: 5b
    ret                                  ; 10014b: c3
.L5:
    ret                                  ; 10014c: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    mov ecx, [esp+4]                     ; 10014d: 8b 4c 24 04
    mov eax, [esp+8]                     ; 100151: 8b 44 24 08
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100155: 85 c9
    je short .L8                         ; 100157: 74 2e
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    push ebx                             ; 100159: 53
.L2:
    test eax, eax                        ; 10015a: 85 c0
    jne short .L6                        ; 10015c: 75 11
    sub ecx, 1                           ; 10015e: 83 e9 01
    mov eax, 1                           ; 100161: b8 01 00 00 00
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100166: 85 c9
    jne short .L2                        ; 100168: 75 f0
.L1:
    lea eax, [eax+1]                     ; 10016a: 8d 40 01
    pop ebx                              ; 10016d: 5b
    ret                                  ; 10016e: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 10016f: 8d 59 ff
    lea eax, [eax-1]                     ; 100172: 8d 40 ff
    push eax                             ; 100175: 50
    push ecx                             ; 100176: 51
    call ackermann                       ; 100177: e8 d1 ff ff ff
    add esp, 8                           ; 10017c: 83 c4 08
    mov ecx, ebx                         ; 10017f: 89 d9
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100181: 85 c9
    je short .L1                         ; 100183: 74 e5
    jmp short .L2                        ; 100185: eb d3
.L8:
    lea eax, [eax+1]                     ; 100187: 8d 40 01
    ret                                  ; 10018a: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 10018b: 53
    push esi                             ; 10018c: 56
    push edi                             ; 10018d: 57
    mov esi, [esp+0x10]                  ; 10018e: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 100192: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 100196: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 10019a: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 10019e: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 1001a2: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 1001a6: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 1001ac: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 1001b2: 8d 34 3e
    imul ebx, 0x3e8                      ; 1001b5: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001bb: 8d 1c 1e
    imul edx, 0x64                       ; 1001be: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001c1: 8d 14 13
    imul ecx, 0xa                        ; 1001c4: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001c7: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001ca: 8d 04 01
    pop edi                              ; 1001cd: 5f
    pop esi                              ; 1001ce: 5e
    pop ebx                              ; 1001cf: 5b
    ret                                  ; 1001d0: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebx                             ; 1001d1: 53
    push esi                             ; 1001d2: 56
    push edi                             ; 1001d3: 57
    sub esp, 0x24                        ; 1001d4: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001d7: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001db: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001de: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001e2: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001e5: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001e9: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001ec: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001f0: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001f3: 89 4c 24 10
    lea ecx, [eax+5]                     ; 1001f7: 8d 48 05
    mov [esp+0xc], ecx                   ; 1001fa: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 1001fe: 8d 48 06
    mov [esp+4], ecx                     ; 100201: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100205: 6b c8 07
    mov [esp], ecx                       ; 100208: 89 0c 24
    imul ecx, eax, 8                     ; 10020b: 6b c8 08
    mov [esp+8], ecx                     ; 10020e: 89 4c 24 08
    imul ecx, eax, 9                     ; 100212: 6b c8 09
    mov [esp+0x20], ecx                  ; 100215: 89 4c 24 20
    imul esi, eax, 0xa                   ; 100219: 6b f0 0a
    imul ebx, eax, 0xb                   ; 10021c: 6b d8 0b
    imul edi, eax, 0xc                   ; 10021f: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 100222: ff 74 24 04
    push dword [esp+0x10]                ; 100226: ff 74 24 10
    push dword [esp+0x18]                ; 10022a: ff 74 24 18
    push dword [esp+0x20]                ; 10022e: ff 74 24 20
    push dword [esp+0x28]                ; 100232: ff 74 24 28
    push dword [esp+0x30]                ; 100236: ff 74 24 30
    call weigh                           ; 10023a: e8 4c ff ff ff
    add esp, 0x18                        ; 10023f: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 100242: 8b 0c 24
    xor ecx, [esp+8]                     ; 100245: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 100249: 8d 14 08
    mov ecx, [esp+0x20]                  ; 10024c: 8b 4c 24 20
    or ecx, esi                          ; 100250: 09 f1
    mov eax, ebx                         ; 100252: 89 d8
    and eax, edi                         ; 100254: 21 f8
    lea ecx, [edx+ecx]                   ; 100256: 8d 0c 0a
    sub ecx, eax                         ; 100259: 29 c1
    mov eax, [esp+0x1c]                  ; 10025b: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 10025f: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 100264: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 100269: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 10026e: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 100273: 0f af 44 24 04
    lea eax, [ecx+eax]                   ; 100278: 8d 04 01
    mov ecx, [esp]                       ; 10027b: 8b 0c 24
    lea eax, [eax+ecx]                   ; 10027e: 8d 04 08
    mov ecx, [esp+8]                     ; 100281: 8b 4c 24 08
    lea eax, [eax+ecx]                   ; 100285: 8d 04 08
    mov ecx, [esp+0x20]                  ; 100288: 8b 4c 24 20
    lea eax, [eax+ecx]                   ; 10028c: 8d 04 08
    lea eax, [eax+esi]                   ; 10028f: 8d 04 30
    lea eax, [eax+ebx]                   ; 100292: 8d 04 18
    lea eax, [eax+edi]                   ; 100295: 8d 04 38
    add esp, 0x24                        ; 100298: 83 c4 24
    pop edi                              ; 10029b: 5f
    pop esi                              ; 10029c: 5e
    pop ebx                              ; 10029d: 5b
    ret                                  ; 10029e: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 10029f: 53
    push 0x14                            ; 1002a0: 6a 14
    call fib                             ; 1002a2: e8 7a fe ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    push eax                             ; 1002aa: 50
    call printU32                        ; 1002ab: e8 01 fe ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 1002b3: bb 1c 10 10 00
    push ebx                             ; 1002b8: 53
    call println                         ; 1002b9: e8 db fd ff ff
    add esp, 4                           ; 1002be: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002c1: 6a 03
    push 2                               ; 1002c3: 6a 02
    call ackermann                       ; 1002c5: e8 83 fe ff ff
    add esp, 8                           ; 1002ca: 83 c4 08
    push eax                             ; 1002cd: 50
    call printU32                        ; 1002ce: e8 de fd ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    push ebx                             ; 1002d6: 53
    call println                         ; 1002d7: e8 bd fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002df: 6a 06
    push 5                               ; 1002e1: 6a 05
    push 4                               ; 1002e3: 6a 04
    push 3                               ; 1002e5: 6a 03
    push 2                               ; 1002e7: 6a 02
    push 1                               ; 1002e9: 6a 01
    call weigh                           ; 1002eb: e8 9b fe ff ff
    add esp, 0x18                        ; 1002f0: 83 c4 18
    push eax                             ; 1002f3: 50
    call printI32                        ; 1002f4: e8 f2 fd ff ff
    add esp, 4                           ; 1002f9: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    push ebx                             ; 1002fc: 53
    call println                         ; 1002fd: e8 97 fd ff ff
    add esp, 4                           ; 100302: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100305: 6a 03
    call pressure                        ; 100307: e8 c5 fe ff ff
    add esp, 4                           ; 10030c: 83 c4 04
    push eax                             ; 10030f: 50
    call printI32                        ; 100310: e8 d6 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    push ebx                             ; 100318: 53
    call println                         ; 100319: e8 7b fd ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100321: 6a 00
    call exit                            ; 100323: e8 ef fd ff ff
    add esp, 4                           ; 100328: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 10032b: 5b
    ret                                  ; 10032c: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10032d: 53
    push esi                             ; 10032e: 56
    mov esi, [esp+0xc]                   ; 10032f: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100333: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100337: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10033b: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10033f: a1 00 20 10 00
    push ecx                             ; 100344: 51
    push edx                             ; 100345: 52
    push ebx                             ; 100346: 53
    push esi                             ; 100347: 56
    call eax                             ; 100348: ff d0
    add esp, 0x10                        ; 10034a: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10034d: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10034e: f4
    jmp short .L2                        ; 10034f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100351: 53
    push esi                             ; 100352: 56
    push edi                             ; 100353: 57
    mov ebx, [esp+0x14]                  ; 100354: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100358: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10035c: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100360: b8 20 10 10 00
    push eax                             ; 100365: 50
    call print                           ; 100366: e8 0a fd ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10036e: 57
    call printU32                        ; 10036f: e8 3d fd ff ff
    add esp, 4                           ; 100374: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 100377: b8 40 10 10 00
    push eax                             ; 10037c: 50
    call print                           ; 10037d: e8 f3 fc ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100385: 56
    call printU32                        ; 100386: e8 26 fd ff ff
    add esp, 4                           ; 10038b: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 10038e: b8 60 10 10 00
    push eax                             ; 100393: 50
    call print                           ; 100394: e8 dc fc ff ff
    add esp, 4                           ; 100399: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10039c: ff 74 24 10
    call print                           ; 1003a0: e8 d0 fc ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 1003a8: b8 68 10 10 00
    push eax                             ; 1003ad: 50
    call print                           ; 1003ae: e8 c2 fc ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003b6: 53
    call printU32                        ; 1003b7: e8 f5 fc ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 1003bf: b8 1c 10 10 00
    push eax                             ; 1003c4: 50
    call println                         ; 1003c5: e8 cf fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003cd: 6a 65
    call exit                            ; 1003cf: e8 43 fd ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003d7: 5f
    pop esi                              ; 1003d8: 5e
    pop ebx                              ; 1003d9: 5b
    ret                                  ; 1003da: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1020 - ($ - $$) db 0
str_3:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1060 - ($ - $$) db 0
str_5:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1068 - ($ - $$) db 0
str_6:  ; ":"
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
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
