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
    call main                            ; 10003d: e8 46 02 00 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100100: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100104: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100106: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100107: f4
    jmp short .L2                        ; 100108: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    mov eax, [esp+4]                     ; 10010a: 8b 44 24 04
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp eax, 2                           ; 10010e: 83 f8 02
    jb short .L5                         ; 100111: 72 22
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 100113: 53
    push esi                             ; 100114: 56
    mov ebx, eax                         ; 100115: 89 c3
    xor esi, esi                         ; 100117: 31 f6
.L2:
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    lea eax, [ebx-1]                     ; 100119: 8d 43 ff
    push eax                             ; 10011c: 50
    call fib                             ; 10011d: e8 e8 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    sub ebx, 2                           ; 100125: 83 eb 02
    add esi, eax                         ; 100128: 01 c6
    cmp ebx, 2                           ; 10012a: 83 fb 02
    jae short .L2                        ; 10012d: 73 ea
    lea eax, [esi+ebx]                   ; 10012f: 8d 04 1e
    pop esi                              ; 100132: 5e
    pop ebx                              ; 100133: 5b
    ret                                  ; 100134: c3
.L5:
    ret                                  ; 100135: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    mov ecx, [esp+4]                     ; 100136: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10013a: 8b 44 24 08
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 10013e: 85 c9
    je short .L8                         ; 100140: 74 2e
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    push ebx                             ; 100142: 53
.L2:
    test eax, eax                        ; 100143: 85 c0
    jne short .L6                        ; 100145: 75 11
    sub ecx, 1                           ; 100147: 83 e9 01
    mov eax, 1                           ; 10014a: b8 01 00 00 00
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 10014f: 85 c9
    jne short .L2                        ; 100151: 75 f0
.L1:
    lea eax, [eax+1]                     ; 100153: 8d 40 01
    pop ebx                              ; 100156: 5b
    ret                                  ; 100157: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 100158: 8d 59 ff
    lea eax, [eax-1]                     ; 10015b: 8d 40 ff
    push eax                             ; 10015e: 50
    push ecx                             ; 10015f: 51
    call ackermann                       ; 100160: e8 d1 ff ff ff
    add esp, 8                           ; 100165: 83 c4 08
    mov ecx, ebx                         ; 100168: 89 d9
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 10016a: 85 c9
    je short .L1                         ; 10016c: 74 e5
    jmp short .L2                        ; 10016e: eb d3
.L8:
    lea eax, [eax+1]                     ; 100170: 8d 40 01
    ret                                  ; 100173: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 100174: 53
    push esi                             ; 100175: 56
    push edi                             ; 100176: 57
    mov esi, [esp+0x10]                  ; 100177: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 10017b: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 10017f: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 100183: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 100187: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 10018b: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 10018f: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 100195: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 10019b: 8d 34 3e
    imul ebx, 0x3e8                      ; 10019e: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001a4: 8d 1c 1e
    imul edx, 0x64                       ; 1001a7: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001aa: 8d 14 13
    imul ecx, 0xa                        ; 1001ad: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001b0: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001b3: 8d 04 01
    pop edi                              ; 1001b6: 5f
    pop esi                              ; 1001b7: 5e
    pop ebx                              ; 1001b8: 5b
    ret                                  ; 1001b9: c3

pressure:
    ; test/golden/calls.ts:21: /** @noinline */ function pressure(x: i32): i32 {
    push ebx                             ; 1001ba: 53
    push esi                             ; 1001bb: 56
    push edi                             ; 1001bc: 57
    sub esp, 0x24                        ; 1001bd: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001c0: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001c4: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001c7: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001cb: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001ce: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001d2: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001d5: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001d9: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001dc: 89 4c 24 10
    lea ecx, [eax+5]                     ; 1001e0: 8d 48 05
    mov [esp+0xc], ecx                   ; 1001e3: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 1001e7: 8d 48 06
    mov [esp+4], ecx                     ; 1001ea: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 1001ee: 6b c8 07
    mov [esp], ecx                       ; 1001f1: 89 0c 24
    imul ecx, eax, 8                     ; 1001f4: 6b c8 08
    mov [esp+8], ecx                     ; 1001f7: 89 4c 24 08
    imul ecx, eax, 9                     ; 1001fb: 6b c8 09
    mov [esp+0x20], ecx                  ; 1001fe: 89 4c 24 20
    imul esi, eax, 0xa                   ; 100202: 6b f0 0a
    imul ebx, eax, 0xb                   ; 100205: 6b d8 0b
    imul edi, eax, 0xc                   ; 100208: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 10020b: ff 74 24 04
    push dword [esp+0x10]                ; 10020f: ff 74 24 10
    push dword [esp+0x18]                ; 100213: ff 74 24 18
    push dword [esp+0x20]                ; 100217: ff 74 24 20
    push dword [esp+0x28]                ; 10021b: ff 74 24 28
    push dword [esp+0x30]                ; 10021f: ff 74 24 30
    call weigh                           ; 100223: e8 4c ff ff ff
    add esp, 0x18                        ; 100228: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 10022b: 8b 0c 24
    xor ecx, [esp+8]                     ; 10022e: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 100232: 8d 14 08
    mov ecx, [esp+0x20]                  ; 100235: 8b 4c 24 20
    or ecx, esi                          ; 100239: 09 f1
    mov eax, ebx                         ; 10023b: 89 d8
    and eax, edi                         ; 10023d: 21 f8
    lea ecx, [edx+ecx]                   ; 10023f: 8d 0c 0a
    sub ecx, eax                         ; 100242: 29 c1
    mov eax, [esp+0x1c]                  ; 100244: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 100248: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 10024d: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 100252: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 100257: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 10025c: 0f af 44 24 04
    lea eax, [ecx+eax]                   ; 100261: 8d 04 01
    mov ecx, [esp]                       ; 100264: 8b 0c 24
    lea eax, [eax+ecx]                   ; 100267: 8d 04 08
    mov ecx, [esp+8]                     ; 10026a: 8b 4c 24 08
    lea eax, [eax+ecx]                   ; 10026e: 8d 04 08
    mov ecx, [esp+0x20]                  ; 100271: 8b 4c 24 20
    lea eax, [eax+ecx]                   ; 100275: 8d 04 08
    lea eax, [eax+esi]                   ; 100278: 8d 04 30
    lea eax, [eax+ebx]                   ; 10027b: 8d 04 18
    lea eax, [eax+edi]                   ; 10027e: 8d 04 38
    add esp, 0x24                        ; 100281: 83 c4 24
    pop edi                              ; 100284: 5f
    pop esi                              ; 100285: 5e
    pop ebx                              ; 100286: 5b
    ret                                  ; 100287: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 100288: 53
    push 0x14                            ; 100289: 6a 14
    call fib                             ; 10028b: e8 7a fe ff ff
    add esp, 4                           ; 100290: 83 c4 04
    push eax                             ; 100293: 50
    call printU32                        ; 100294: e8 01 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 10029c: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002a1: 53
    call print                           ; 1002a2: e8 ce fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002aa: 6a 0a
    call putc                            ; 1002ac: e8 95 fd ff ff
    add esp, 4                           ; 1002b1: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002b4: 6a 03
    push 2                               ; 1002b6: 6a 02
    call ackermann                       ; 1002b8: e8 79 fe ff ff
    add esp, 8                           ; 1002bd: 83 c4 08
    push eax                             ; 1002c0: 50
    call printU32                        ; 1002c1: e8 d4 fd ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002c9: 53
    call print                           ; 1002ca: e8 a6 fd ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002d2: 6a 0a
    call putc                            ; 1002d4: e8 6d fd ff ff
    add esp, 4                           ; 1002d9: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002dc: 6a 06
    push 5                               ; 1002de: 6a 05
    push 4                               ; 1002e0: 6a 04
    push 3                               ; 1002e2: 6a 03
    push 2                               ; 1002e4: 6a 02
    push 1                               ; 1002e6: 6a 01
    call weigh                           ; 1002e8: e8 87 fe ff ff
    add esp, 0x18                        ; 1002ed: 83 c4 18
    push eax                             ; 1002f0: 50
    call printI32                        ; 1002f1: e8 de fd ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002f9: 53
    call print                           ; 1002fa: e8 76 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100302: 6a 0a
    call putc                            ; 100304: e8 3d fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 10030c: 6a 03
    call pressure                        ; 10030e: e8 a7 fe ff ff
    add esp, 4                           ; 100313: 83 c4 04
    push eax                             ; 100316: 50
    call printI32                        ; 100317: e8 b8 fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10031f: 53
    call print                           ; 100320: e8 50 fd ff ff
    add esp, 4                           ; 100325: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100328: 6a 0a
    call putc                            ; 10032a: e8 17 fd ff ff
    add esp, 4                           ; 10032f: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100332: 6a 00
    call exit                            ; 100334: e8 c7 fd ff ff
    add esp, 4                           ; 100339: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 10033c: 5b
    ret                                  ; 10033d: c3

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
