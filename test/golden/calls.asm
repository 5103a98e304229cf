; tskc 0.1.0 listing of test/golden/calls.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x106000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 4e 02 00 00
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

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 100099: 53
    mov ebx, [esp+8]                     ; 10009a: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009e: 83 fb 0a
    jb short .L2                         ; 1000a1: 72 14
    mov ecx, 0xa                         ; 1000a3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a8: 89 d8
    xor edx, edx                         ; 1000aa: 31 d2
    div ecx                              ; 1000ac: f7 f1
    push eax                             ; 1000ae: 50
    call printU32                        ; 1000af: e8 e5 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bc: 89 d8
    xor edx, edx                         ; 1000be: 31 d2
    div ecx                              ; 1000c0: f7 f1
    lea eax, [edx+0x30]                  ; 1000c2: 8d 42 30
    movzx eax, al                        ; 1000c5: 0f b6 c0
    push eax                             ; 1000c8: 50
    call putc                            ; 1000c9: e8 78 ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d1: 5b
    ret                                  ; 1000d2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d3: 53
    mov ebx, [esp+8]                     ; 1000d4: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d8: 85 db
    jge short .L2                        ; 1000da: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dc: 6a 2d
    call putc                            ; 1000de: e8 63 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e6: f7 db
    push ebx                             ; 1000e8: 53
    call printU32                        ; 1000e9: e8 ab ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f1: 5b
    ret                                  ; 1000f2: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f3: 53
    call printU32                        ; 1000f4: e8 a0 ff ff ff
    add esp, 4                           ; 1000f9: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fc: 5b
    ret                                  ; 1000fd: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000fe: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100102: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100104: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100105: f4
    jmp short .L2                        ; 100106: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 100108: 53
    push esi                             ; 100109: 56
    mov ebx, [esp+0xc]                   ; 10010a: 8b 5c 24 0c
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10010e: 83 fb 02
    jb short .L3                         ; 100111: 72 22
    lea eax, [ebx-1]                     ; 100113: 8d 43 ff
    push eax                             ; 100116: 50
    call fib                             ; 100117: e8 ec ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    mov esi, eax                         ; 10011f: 89 c6
    lea eax, [ebx-2]                     ; 100121: 8d 43 fe
    push eax                             ; 100124: 50
    call fib                             ; 100125: e8 de ff ff ff
    add esp, 4                           ; 10012a: 83 c4 04
    lea ebx, [esi+eax]                   ; 10012d: 8d 1c 06
    mov eax, ebx                         ; 100130: 89 d8
    pop esi                              ; 100132: 5e
    pop ebx                              ; 100133: 5b
    ret                                  ; 100134: c3
.L3:
    mov eax, ebx                         ; 100135: 89 d8
    pop esi                              ; 100137: 5e
    pop ebx                              ; 100138: 5b
    ret                                  ; 100139: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebx                             ; 10013a: 53
    mov ecx, [esp+8]                     ; 10013b: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 10013f: 8b 44 24 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100143: 85 c9
    jne short .L2                        ; 100145: 75 05
    lea eax, [eax+1]                     ; 100147: 8d 40 01
    pop ebx                              ; 10014a: 5b
    ret                                  ; 10014b: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    test eax, eax                        ; 10014c: 85 c0
    jne short .L6                        ; 10014e: 75 10
    lea eax, [ecx-1]                     ; 100150: 8d 41 ff
    push 1                               ; 100153: 6a 01
    push eax                             ; 100155: 50
    call ackermann                       ; 100156: e8 df ff ff ff
    add esp, 8                           ; 10015b: 83 c4 08
    pop ebx                              ; 10015e: 5b
    ret                                  ; 10015f: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 100160: 8d 59 ff
    lea eax, [eax-1]                     ; 100163: 8d 40 ff
    push eax                             ; 100166: 50
    push ecx                             ; 100167: 51
    call ackermann                       ; 100168: e8 cd ff ff ff
    add esp, 8                           ; 10016d: 83 c4 08
    push eax                             ; 100170: 50
    push ebx                             ; 100171: 53
    call ackermann                       ; 100172: e8 c3 ff ff ff
    add esp, 8                           ; 100177: 83 c4 08
    pop ebx                              ; 10017a: 5b
    ret                                  ; 10017b: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 10017c: 53
    push esi                             ; 10017d: 56
    push edi                             ; 10017e: 57
    mov esi, [esp+0x10]                  ; 10017f: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 100183: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 100187: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 10018b: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 10018f: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 100193: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 100197: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 10019d: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 1001a3: 8d 34 3e
    imul ebx, 0x3e8                      ; 1001a6: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001ac: 8d 1c 1e
    imul edx, 0x64                       ; 1001af: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001b2: 8d 14 13
    imul ecx, 0xa                        ; 1001b5: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001b8: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001bb: 8d 04 01
    pop edi                              ; 1001be: 5f
    pop esi                              ; 1001bf: 5e
    pop ebx                              ; 1001c0: 5b
    ret                                  ; 1001c1: c3

pressure:
    ; test/golden/calls.ts:21: /** @noinline */ function pressure(x: i32): i32 {
    push ebx                             ; 1001c2: 53
    push esi                             ; 1001c3: 56
    push edi                             ; 1001c4: 57
    sub esp, 0x24                        ; 1001c5: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001c8: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001cc: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001cf: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001d3: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001d6: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001da: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001dd: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001e1: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001e4: 89 4c 24 10
    lea ecx, [eax+5]                     ; 1001e8: 8d 48 05
    mov [esp+0xc], ecx                   ; 1001eb: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 1001ef: 8d 48 06
    mov [esp+4], ecx                     ; 1001f2: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 1001f6: 6b c8 07
    mov [esp], ecx                       ; 1001f9: 89 0c 24
    imul ecx, eax, 8                     ; 1001fc: 6b c8 08
    mov [esp+8], ecx                     ; 1001ff: 89 4c 24 08
    imul ecx, eax, 9                     ; 100203: 6b c8 09
    mov [esp+0x20], ecx                  ; 100206: 89 4c 24 20
    imul esi, eax, 0xa                   ; 10020a: 6b f0 0a
    imul ebx, eax, 0xb                   ; 10020d: 6b d8 0b
    imul edi, eax, 0xc                   ; 100210: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 100213: ff 74 24 04
    push dword [esp+0x10]                ; 100217: ff 74 24 10
    push dword [esp+0x18]                ; 10021b: ff 74 24 18
    push dword [esp+0x20]                ; 10021f: ff 74 24 20
    push dword [esp+0x28]                ; 100223: ff 74 24 28
    push dword [esp+0x30]                ; 100227: ff 74 24 30
    call weigh                           ; 10022b: e8 4c ff ff ff
    add esp, 0x18                        ; 100230: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 100233: 8b 0c 24
    xor ecx, [esp+8]                     ; 100236: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 10023a: 8d 14 08
    mov ecx, [esp+0x20]                  ; 10023d: 8b 4c 24 20
    or ecx, esi                          ; 100241: 09 f1
    mov eax, ebx                         ; 100243: 89 d8
    and eax, edi                         ; 100245: 21 f8
    lea ecx, [edx+ecx]                   ; 100247: 8d 0c 0a
    sub ecx, eax                         ; 10024a: 29 c1
    mov eax, [esp+0x1c]                  ; 10024c: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 100250: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 100255: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 10025a: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 10025f: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 100264: 0f af 44 24 04
    lea ecx, [ecx+eax]                   ; 100269: 8d 0c 01
    mov eax, [esp]                       ; 10026c: 8b 04 24
    lea ecx, [ecx+eax]                   ; 10026f: 8d 0c 01
    mov eax, [esp+8]                     ; 100272: 8b 44 24 08
    lea ecx, [ecx+eax]                   ; 100276: 8d 0c 01
    mov eax, [esp+0x20]                  ; 100279: 8b 44 24 20
    lea eax, [ecx+eax]                   ; 10027d: 8d 04 01
    lea eax, [eax+esi]                   ; 100280: 8d 04 30
    lea eax, [eax+ebx]                   ; 100283: 8d 04 18
    lea eax, [eax+edi]                   ; 100286: 8d 04 38
    add esp, 0x24                        ; 100289: 83 c4 24
    pop edi                              ; 10028c: 5f
    pop esi                              ; 10028d: 5e
    pop ebx                              ; 10028e: 5b
    ret                                  ; 10028f: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 100290: 53
    push 0x14                            ; 100291: 6a 14
    call fib                             ; 100293: e8 70 fe ff ff
    add esp, 4                           ; 100298: 83 c4 04
    push eax                             ; 10029b: 50
    call printU32                        ; 10029c: e8 f8 fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 1002a4: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002a9: 53
    call print                           ; 1002aa: e8 c6 fd ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b2: 6a 0a
    call putc                            ; 1002b4: e8 8d fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002bc: 6a 03
    push 2                               ; 1002be: 6a 02
    call ackermann                       ; 1002c0: e8 75 fe ff ff
    add esp, 8                           ; 1002c5: 83 c4 08
    push eax                             ; 1002c8: 50
    call printU32                        ; 1002c9: e8 cb fd ff ff
    add esp, 4                           ; 1002ce: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002d1: 53
    call print                           ; 1002d2: e8 9e fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002da: 6a 0a
    call putc                            ; 1002dc: e8 65 fd ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002e4: 6a 06
    push 5                               ; 1002e6: 6a 05
    push 4                               ; 1002e8: 6a 04
    push 3                               ; 1002ea: 6a 03
    push 2                               ; 1002ec: 6a 02
    push 1                               ; 1002ee: 6a 01
    call weigh                           ; 1002f0: e8 87 fe ff ff
    add esp, 0x18                        ; 1002f5: 83 c4 18
    push eax                             ; 1002f8: 50
    call printI32                        ; 1002f9: e8 d5 fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100301: 53
    call print                           ; 100302: e8 6e fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10030a: 6a 0a
    call putc                            ; 10030c: e8 35 fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100314: 6a 03
    call pressure                        ; 100316: e8 a7 fe ff ff
    add esp, 4                           ; 10031b: 83 c4 04
    push eax                             ; 10031e: 50
    call printI32                        ; 10031f: e8 af fd ff ff
    add esp, 4                           ; 100324: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100327: 53
    call print                           ; 100328: e8 48 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100330: 6a 0a
    call putc                            ; 100332: e8 0f fd ff ff
    add esp, 4                           ; 100337: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 10033a: 6a 00
    call exit                            ; 10033c: e8 bd fd ff ff
    add esp, 4                           ; 100341: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 100344: 5b
    ret                                  ; 100345: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
