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
    call main                            ; 10003d: e8 4f 02 00 00
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
    push ebx                             ; 1000d4: 53
    mov ebx, [esp+8]                     ; 1000d5: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d9: 85 db
    jge short .L2                        ; 1000db: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dd: 6a 2d
    call putc                            ; 1000df: e8 62 ff ff ff
    add esp, 4                           ; 1000e4: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e7: f7 db
    push ebx                             ; 1000e9: 53
    call printU32                        ; 1000ea: e8 ab ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f4: 53
    call printU32                        ; 1000f5: e8 a0 ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fd: 5b
    ret                                  ; 1000fe: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ff: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100103: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100105: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100106: f4
    jmp short .L2                        ; 100107: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 100109: 53
    push esi                             ; 10010a: 56
    mov ebx, [esp+0xc]                   ; 10010b: 8b 5c 24 0c
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10010f: 83 fb 02
    jb short .L3                         ; 100112: 72 22
    lea eax, [ebx-1]                     ; 100114: 8d 43 ff
    push eax                             ; 100117: 50
    call fib                             ; 100118: e8 ec ff ff ff
    add esp, 4                           ; 10011d: 83 c4 04
    mov esi, eax                         ; 100120: 89 c6
    lea eax, [ebx-2]                     ; 100122: 8d 43 fe
    push eax                             ; 100125: 50
    call fib                             ; 100126: e8 de ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    lea ebx, [esi+eax]                   ; 10012e: 8d 1c 06
    mov eax, ebx                         ; 100131: 89 d8
    pop esi                              ; 100133: 5e
    pop ebx                              ; 100134: 5b
    ret                                  ; 100135: c3
.L3:
    mov eax, ebx                         ; 100136: 89 d8
    pop esi                              ; 100138: 5e
    pop ebx                              ; 100139: 5b
    ret                                  ; 10013a: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebx                             ; 10013b: 53
    mov ecx, [esp+8]                     ; 10013c: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 100140: 8b 44 24 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100144: 85 c9
    jne short .L2                        ; 100146: 75 05
    lea eax, [eax+1]                     ; 100148: 8d 40 01
    pop ebx                              ; 10014b: 5b
    ret                                  ; 10014c: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    test eax, eax                        ; 10014d: 85 c0
    jne short .L6                        ; 10014f: 75 10
    lea eax, [ecx-1]                     ; 100151: 8d 41 ff
    push 1                               ; 100154: 6a 01
    push eax                             ; 100156: 50
    call ackermann                       ; 100157: e8 df ff ff ff
    add esp, 8                           ; 10015c: 83 c4 08
    pop ebx                              ; 10015f: 5b
    ret                                  ; 100160: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 100161: 8d 59 ff
    lea eax, [eax-1]                     ; 100164: 8d 40 ff
    push eax                             ; 100167: 50
    push ecx                             ; 100168: 51
    call ackermann                       ; 100169: e8 cd ff ff ff
    add esp, 8                           ; 10016e: 83 c4 08
    push eax                             ; 100171: 50
    push ebx                             ; 100172: 53
    call ackermann                       ; 100173: e8 c3 ff ff ff
    add esp, 8                           ; 100178: 83 c4 08
    pop ebx                              ; 10017b: 5b
    ret                                  ; 10017c: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 10017d: 53
    push esi                             ; 10017e: 56
    push edi                             ; 10017f: 57
    mov esi, [esp+0x10]                  ; 100180: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 100184: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 100188: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 10018c: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 100190: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 100194: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 100198: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 10019e: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 1001a4: 8d 34 3e
    imul ebx, 0x3e8                      ; 1001a7: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001ad: 8d 1c 1e
    imul edx, 0x64                       ; 1001b0: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001b3: 8d 14 13
    imul ecx, 0xa                        ; 1001b6: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001b9: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001bc: 8d 04 01
    pop edi                              ; 1001bf: 5f
    pop esi                              ; 1001c0: 5e
    pop ebx                              ; 1001c1: 5b
    ret                                  ; 1001c2: c3

pressure:
    ; test/golden/calls.ts:21: /** @noinline */ function pressure(x: i32): i32 {
    push ebx                             ; 1001c3: 53
    push esi                             ; 1001c4: 56
    push edi                             ; 1001c5: 57
    sub esp, 0x24                        ; 1001c6: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001c9: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001cd: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001d0: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001d4: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001d7: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001db: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001de: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001e2: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001e5: 89 4c 24 10
    lea ecx, [eax+5]                     ; 1001e9: 8d 48 05
    mov [esp+0xc], ecx                   ; 1001ec: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 1001f0: 8d 48 06
    mov [esp+4], ecx                     ; 1001f3: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 1001f7: 6b c8 07
    mov [esp], ecx                       ; 1001fa: 89 0c 24
    imul ecx, eax, 8                     ; 1001fd: 6b c8 08
    mov [esp+8], ecx                     ; 100200: 89 4c 24 08
    imul ecx, eax, 9                     ; 100204: 6b c8 09
    mov [esp+0x20], ecx                  ; 100207: 89 4c 24 20
    imul esi, eax, 0xa                   ; 10020b: 6b f0 0a
    imul ebx, eax, 0xb                   ; 10020e: 6b d8 0b
    imul edi, eax, 0xc                   ; 100211: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 100214: ff 74 24 04
    push dword [esp+0x10]                ; 100218: ff 74 24 10
    push dword [esp+0x18]                ; 10021c: ff 74 24 18
    push dword [esp+0x20]                ; 100220: ff 74 24 20
    push dword [esp+0x28]                ; 100224: ff 74 24 28
    push dword [esp+0x30]                ; 100228: ff 74 24 30
    call weigh                           ; 10022c: e8 4c ff ff ff
    add esp, 0x18                        ; 100231: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 100234: 8b 0c 24
    xor ecx, [esp+8]                     ; 100237: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 10023b: 8d 14 08
    mov ecx, [esp+0x20]                  ; 10023e: 8b 4c 24 20
    or ecx, esi                          ; 100242: 09 f1
    mov eax, ebx                         ; 100244: 89 d8
    and eax, edi                         ; 100246: 21 f8
    lea ecx, [edx+ecx]                   ; 100248: 8d 0c 0a
    sub ecx, eax                         ; 10024b: 29 c1
    mov eax, [esp+0x1c]                  ; 10024d: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 100251: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 100256: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 10025b: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 100260: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 100265: 0f af 44 24 04
    lea ecx, [ecx+eax]                   ; 10026a: 8d 0c 01
    mov eax, [esp]                       ; 10026d: 8b 04 24
    lea ecx, [ecx+eax]                   ; 100270: 8d 0c 01
    mov eax, [esp+8]                     ; 100273: 8b 44 24 08
    lea ecx, [ecx+eax]                   ; 100277: 8d 0c 01
    mov eax, [esp+0x20]                  ; 10027a: 8b 44 24 20
    lea eax, [ecx+eax]                   ; 10027e: 8d 04 01
    lea eax, [eax+esi]                   ; 100281: 8d 04 30
    lea eax, [eax+ebx]                   ; 100284: 8d 04 18
    lea eax, [eax+edi]                   ; 100287: 8d 04 38
    add esp, 0x24                        ; 10028a: 83 c4 24
    pop edi                              ; 10028d: 5f
    pop esi                              ; 10028e: 5e
    pop ebx                              ; 10028f: 5b
    ret                                  ; 100290: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 100291: 53
    push 0x14                            ; 100292: 6a 14
    call fib                             ; 100294: e8 70 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    push eax                             ; 10029c: 50
    call printU32                        ; 10029d: e8 f8 fd ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 1002a5: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002aa: 53
    call print                           ; 1002ab: e8 c5 fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b3: 6a 0a
    call putc                            ; 1002b5: e8 8c fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002bd: 6a 03
    push 2                               ; 1002bf: 6a 02
    call ackermann                       ; 1002c1: e8 75 fe ff ff
    add esp, 8                           ; 1002c6: 83 c4 08
    push eax                             ; 1002c9: 50
    call printU32                        ; 1002ca: e8 cb fd ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002d2: 53
    call print                           ; 1002d3: e8 9d fd ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002db: 6a 0a
    call putc                            ; 1002dd: e8 64 fd ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002e5: 6a 06
    push 5                               ; 1002e7: 6a 05
    push 4                               ; 1002e9: 6a 04
    push 3                               ; 1002eb: 6a 03
    push 2                               ; 1002ed: 6a 02
    push 1                               ; 1002ef: 6a 01
    call weigh                           ; 1002f1: e8 87 fe ff ff
    add esp, 0x18                        ; 1002f6: 83 c4 18
    push eax                             ; 1002f9: 50
    call printI32                        ; 1002fa: e8 d5 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100302: 53
    call print                           ; 100303: e8 6d fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10030b: 6a 0a
    call putc                            ; 10030d: e8 34 fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100315: 6a 03
    call pressure                        ; 100317: e8 a7 fe ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    push eax                             ; 10031f: 50
    call printI32                        ; 100320: e8 af fd ff ff
    add esp, 4                           ; 100325: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100328: 53
    call print                           ; 100329: e8 47 fd ff ff
    add esp, 4                           ; 10032e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100331: 6a 0a
    call putc                            ; 100333: e8 0e fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 10033b: 6a 00
    call exit                            ; 10033d: e8 bd fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 100345: 5b
    ret                                  ; 100346: c3

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
