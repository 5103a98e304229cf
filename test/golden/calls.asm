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
    call main                            ; 10003d: e8 75 02 00 00
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
    movzx eax, al                        ; 100056: 0f b6 c0
    cmp eax, 0                           ; 100059: 83 f8 00
    jne short .L3                        ; 10005c: 75 16
.L2:
    pause                                ; 10005e: f3 90
    mov edx, 0x3fd                       ; 100060: ba fd 03 00 00
    in al, dx                            ; 100065: ec
    movzx eax, al                        ; 100066: 0f b6 c0
    and eax, 0x20                        ; 100069: 83 e0 20
    movzx eax, al                        ; 10006c: 0f b6 c0
    cmp eax, 0                           ; 10006f: 83 f8 00
    je short .L2                         ; 100072: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100074: 89 c8
    mov edx, 0x3f8                       ; 100076: ba f8 03 00 00
    out dx, al                           ; 10007b: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007d: 53
    push esi                             ; 10007e: 56
    mov esi, [esp+0xc]                   ; 10007f: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100083: bb 00 00 00 00
    mov eax, [esi]                       ; 100088: 8b 06
    cmp ebx, eax                         ; 10008a: 39 c3
    jge short .L4                        ; 10008c: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 10008e: 0f b6 44 1e 04
    movzx eax, al                        ; 100093: 0f b6 c0
    push eax                             ; 100096: 50
    call putc                            ; 100097: e8 aa ff ff ff
    add esp, 4                           ; 10009c: 83 c4 04
    add ebx, 1                           ; 10009f: 83 c3 01
    mov eax, [esi]                       ; 1000a2: 8b 06
    cmp ebx, eax                         ; 1000a4: 39 c3
    jl short .L2                         ; 1000a6: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a8: 5e
    pop ebx                              ; 1000a9: 5b
    ret                                  ; 1000aa: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000ab: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000af: 50
    call print                           ; 1000b0: e8 c8 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b8: 6a 0a
    call putc                            ; 1000ba: e8 87 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c3: 53
    mov ebx, [esp+8]                     ; 1000c4: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c8: 83 fb 0a
    jb short .L2                         ; 1000cb: 72 14
    mov ecx, 0xa                         ; 1000cd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d2: 89 d8
    xor edx, edx                         ; 1000d4: 31 d2
    div ecx                              ; 1000d6: f7 f1
    push eax                             ; 1000d8: 50
    call printU32                        ; 1000d9: e8 e5 ff ff ff
    add esp, 4                           ; 1000de: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e6: 89 d8
    xor edx, edx                         ; 1000e8: 31 d2
    div ecx                              ; 1000ea: f7 f1
    add edx, 0x30                        ; 1000ec: 83 c2 30
    movzx eax, dl                        ; 1000ef: 0f b6 c2
    push eax                             ; 1000f2: 50
    call putc                            ; 1000f3: e8 4e ff ff ff
    add esp, 4                           ; 1000f8: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000fb: 5b
    ret                                  ; 1000fc: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000fd: 53
    mov ebx, [esp+8]                     ; 1000fe: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100102: 83 fb 00
    jge short .L2                        ; 100105: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 38 ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100111: f7 db
    push ebx                             ; 100113: 53
    call printU32                        ; 100114: e8 aa ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011c: 5b
    ret                                  ; 10011d: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 9f ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100127: 5b
    ret                                  ; 100128: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100129: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100130: f4
    jmp short .L2                        ; 100131: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    mov ebx, [esp+0xc]                   ; 100135: 8b 5c 24 0c
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 100139: 83 fb 02
    jae short .L2                        ; 10013c: 73 05
    mov eax, ebx                         ; 10013e: 89 d8
    pop esi                              ; 100140: 5e
    pop ebx                              ; 100141: 5b
    ret                                  ; 100142: c3
.L2:
    mov eax, ebx                         ; 100143: 89 d8
    sub eax, 1                           ; 100145: 83 e8 01
    push eax                             ; 100148: 50
    call fib                             ; 100149: e8 e5 ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    mov esi, eax                         ; 100151: 89 c6
    sub ebx, 2                           ; 100153: 83 eb 02
    push ebx                             ; 100156: 53
    call fib                             ; 100157: e8 d7 ff ff ff
    add esp, 4                           ; 10015c: 83 c4 04
    mov ecx, eax                         ; 10015f: 89 c1
    mov eax, esi                         ; 100161: 89 f0
    add eax, ecx                         ; 100163: 01 c8
    pop esi                              ; 100165: 5e
    pop ebx                              ; 100166: 5b
    ret                                  ; 100167: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebx                             ; 100168: 53
    mov ecx, [esp+8]                     ; 100169: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 10016d: 8b 44 24 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ecx, 0                           ; 100171: 83 f9 00
    jne short .L2                        ; 100174: 75 05
    add eax, 1                           ; 100176: 83 c0 01
    pop ebx                              ; 100179: 5b
    ret                                  ; 10017a: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp eax, 0                           ; 10017b: 83 f8 00
    jne short .L6                        ; 10017e: 75 10
    sub ecx, 1                           ; 100180: 83 e9 01
    push 1                               ; 100183: 6a 01
    push ecx                             ; 100185: 51
    call ackermann                       ; 100186: e8 dd ff ff ff
    add esp, 8                           ; 10018b: 83 c4 08
    pop ebx                              ; 10018e: 5b
    ret                                  ; 10018f: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov ebx, ecx                         ; 100190: 89 cb
    sub ebx, 1                           ; 100192: 83 eb 01
    sub eax, 1                           ; 100195: 83 e8 01
    push eax                             ; 100198: 50
    push ecx                             ; 100199: 51
    call ackermann                       ; 10019a: e8 c9 ff ff ff
    add esp, 8                           ; 10019f: 83 c4 08
    push eax                             ; 1001a2: 50
    push ebx                             ; 1001a3: 53
    call ackermann                       ; 1001a4: e8 bf ff ff ff
    add esp, 8                           ; 1001a9: 83 c4 08
    pop ebx                              ; 1001ac: 5b
    ret                                  ; 1001ad: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 1001ae: 53
    push esi                             ; 1001af: 56
    push edi                             ; 1001b0: 57
    mov eax, [esp+0x10]                  ; 1001b1: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001b5: 8b 7c 24 14
    mov ecx, [esp+0x18]                  ; 1001b9: 8b 4c 24 18
    mov edx, [esp+0x1c]                  ; 1001bd: 8b 54 24 1c
    mov ebx, [esp+0x20]                  ; 1001c1: 8b 5c 24 20
    mov esi, [esp+0x24]                  ; 1001c5: 8b 74 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001c9: 69 c0 a0 86 01 00
    imul edi, 0x2710                     ; 1001cf: 69 ff 10 27 00 00
    add eax, edi                         ; 1001d5: 01 f8
    imul ecx, 0x3e8                      ; 1001d7: 69 c9 e8 03 00 00
    add eax, ecx                         ; 1001dd: 01 c8
    imul ecx, edx, 0x64                  ; 1001df: 6b ca 64
    add eax, ecx                         ; 1001e2: 01 c8
    imul ecx, ebx, 0xa                   ; 1001e4: 6b cb 0a
    add eax, ecx                         ; 1001e7: 01 c8
    add eax, esi                         ; 1001e9: 01 f0
    pop edi                              ; 1001eb: 5f
    pop esi                              ; 1001ec: 5e
    pop ebx                              ; 1001ed: 5b
    ret                                  ; 1001ee: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebx                             ; 1001ef: 53
    push esi                             ; 1001f0: 56
    push edi                             ; 1001f1: 57
    sub esp, 0x24                        ; 1001f2: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001f5: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov [esp+0x1c], eax                  ; 1001f9: 89 44 24 1c
    add dword [esp+0x1c], 1              ; 1001fd: 83 44 24 1c 01
    mov [esp+0x18], eax                  ; 100202: 89 44 24 18
    add dword [esp+0x18], 2              ; 100206: 83 44 24 18 02
    mov [esp+0x20], eax                  ; 10020b: 89 44 24 20
    add dword [esp+0x20], 3              ; 10020f: 83 44 24 20 03
    mov ebx, eax                         ; 100214: 89 c3
    add ebx, 4                           ; 100216: 83 c3 04
    mov esi, eax                         ; 100219: 89 c6
    add esi, 5                           ; 10021b: 83 c6 05
    mov edi, eax                         ; 10021e: 89 c7
    add edi, 6                           ; 100220: 83 c7 06
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100223: 6b c8 07
    mov [esp], ecx                       ; 100226: 89 0c 24
    imul ecx, eax, 8                     ; 100229: 6b c8 08
    mov [esp+4], ecx                     ; 10022c: 89 4c 24 04
    imul ecx, eax, 9                     ; 100230: 6b c8 09
    mov [esp+8], ecx                     ; 100233: 89 4c 24 08
    imul ecx, eax, 0xa                   ; 100237: 6b c8 0a
    mov [esp+0xc], ecx                   ; 10023a: 89 4c 24 0c
    imul ecx, eax, 0xb                   ; 10023e: 6b c8 0b
    mov [esp+0x10], ecx                  ; 100241: 89 4c 24 10
    imul eax, 0xc                        ; 100245: 6b c0 0c
    mov [esp+0x14], eax                  ; 100248: 89 44 24 14
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push edi                             ; 10024c: 57
    push esi                             ; 10024d: 56
    push ebx                             ; 10024e: 53
    push dword [esp+0x2c]                ; 10024f: ff 74 24 2c
    push dword [esp+0x28]                ; 100253: ff 74 24 28
    push dword [esp+0x30]                ; 100257: ff 74 24 30
    call weigh                           ; 10025b: e8 4e ff ff ff
    add esp, 0x18                        ; 100260: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 100263: 8b 0c 24
    xor ecx, [esp+4]                     ; 100266: 33 4c 24 04
    add eax, ecx                         ; 10026a: 01 c8
    mov ecx, [esp+8]                     ; 10026c: 8b 4c 24 08
    or ecx, [esp+0xc]                    ; 100270: 0b 4c 24 0c
    add eax, ecx                         ; 100274: 01 c8
    mov ecx, [esp+0x10]                  ; 100276: 8b 4c 24 10
    and ecx, [esp+0x14]                  ; 10027a: 23 4c 24 14
    sub eax, ecx                         ; 10027e: 29 c8
    mov ecx, [esp+0x1c]                  ; 100280: 8b 4c 24 1c
    imul ecx, [esp+0x18]                 ; 100284: 0f af 4c 24 18
    imul ecx, [esp+0x20]                 ; 100289: 0f af 4c 24 20
    imul ecx, ebx                        ; 10028e: 0f af cb
    imul ecx, esi                        ; 100291: 0f af ce
    imul ecx, edi                        ; 100294: 0f af cf
    add eax, ecx                         ; 100297: 01 c8
    add eax, [esp]                       ; 100299: 03 04 24
    add eax, [esp+4]                     ; 10029c: 03 44 24 04
    add eax, [esp+8]                     ; 1002a0: 03 44 24 08
    add eax, [esp+0xc]                   ; 1002a4: 03 44 24 0c
    add eax, [esp+0x10]                  ; 1002a8: 03 44 24 10
    add eax, [esp+0x14]                  ; 1002ac: 03 44 24 14
    add esp, 0x24                        ; 1002b0: 83 c4 24
    pop edi                              ; 1002b3: 5f
    pop esi                              ; 1002b4: 5e
    pop ebx                              ; 1002b5: 5b
    ret                                  ; 1002b6: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push 0x14                            ; 1002b7: 6a 14
    call fib                             ; 1002b9: e8 75 fe ff ff
    add esp, 4                           ; 1002be: 83 c4 04
    push eax                             ; 1002c1: 50
    call printU32                        ; 1002c2: e8 fc fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_2                       ; 1002ca: b8 1c 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 d6 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002d8: 6a 03
    push 2                               ; 1002da: 6a 02
    call ackermann                       ; 1002dc: e8 87 fe ff ff
    add esp, 8                           ; 1002e1: 83 c4 08
    push eax                             ; 1002e4: 50
    call printU32                        ; 1002e5: e8 d9 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_2                       ; 1002ed: b8 1c 10 10 00
    push eax                             ; 1002f2: 50
    call println                         ; 1002f3: e8 b3 fd ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002fb: 6a 06
    push 5                               ; 1002fd: 6a 05
    push 4                               ; 1002ff: 6a 04
    push 3                               ; 100301: 6a 03
    push 2                               ; 100303: 6a 02
    push 1                               ; 100305: 6a 01
    call weigh                           ; 100307: e8 a2 fe ff ff
    add esp, 0x18                        ; 10030c: 83 c4 18
    push eax                             ; 10030f: 50
    call printI32                        ; 100310: e8 e8 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_2                       ; 100318: b8 1c 10 10 00
    push eax                             ; 10031d: 50
    call println                         ; 10031e: e8 88 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100326: 6a 03
    call pressure                        ; 100328: e8 c2 fe ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    push eax                             ; 100330: 50
    call printI32                        ; 100331: e8 c7 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_2                       ; 100339: b8 1c 10 10 00
    push eax                             ; 10033e: 50
    call println                         ; 10033f: e8 67 fd ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100347: 6a 00
    call exit                            ; 100349: e8 db fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/calls.ts:38: }
    ret                                  ; 100351: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100352: 53
    push esi                             ; 100353: 56
    mov esi, [esp+0xc]                   ; 100354: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100358: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10035c: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100360: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100364: a1 00 20 10 00
    push ecx                             ; 100369: 51
    push edx                             ; 10036a: 52
    push ebx                             ; 10036b: 53
    push esi                             ; 10036c: 56
    call eax                             ; 10036d: ff d0
    add esp, 0x10                        ; 10036f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100372: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100373: f4
    jmp short .L2                        ; 100374: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100376: 53
    push esi                             ; 100377: 56
    push edi                             ; 100378: 57
    mov ebx, [esp+0x14]                  ; 100379: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10037d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100381: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100385: b8 20 10 10 00
    push eax                             ; 10038a: 50
    call print                           ; 10038b: e8 ed fc ff ff
    add esp, 4                           ; 100390: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100393: 57
    call printU32                        ; 100394: e8 2a fd ff ff
    add esp, 4                           ; 100399: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 10039c: b8 40 10 10 00
    push eax                             ; 1003a1: 50
    call print                           ; 1003a2: e8 d6 fc ff ff
    add esp, 4                           ; 1003a7: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003aa: 56
    call printU32                        ; 1003ab: e8 13 fd ff ff
    add esp, 4                           ; 1003b0: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003b3: b8 60 10 10 00
    push eax                             ; 1003b8: 50
    call print                           ; 1003b9: e8 bf fc ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1003c1: ff 74 24 10
    call print                           ; 1003c5: e8 b3 fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1003cd: b8 68 10 10 00
    push eax                             ; 1003d2: 50
    call print                           ; 1003d3: e8 a5 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003db: 53
    call printU32                        ; 1003dc: e8 e2 fc ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1003e4: b8 1c 10 10 00
    push eax                             ; 1003e9: 50
    call println                         ; 1003ea: e8 bc fc ff ff
    add esp, 4                           ; 1003ef: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003f2: 5f
    pop esi                              ; 1003f3: 5e
    pop ebx                              ; 1003f4: 5b
    ret                                  ; 1003f5: c3

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
