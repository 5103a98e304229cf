; tskc 0.1.0 listing of test/golden/order.ts
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
    call main                            ; 10003d: e8 b1 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d3: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000d7: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000d9: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000da: f4
    jmp short .L2                        ; 1000db: eb fd

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 1000dd: 53
    mov eax, [esp+8]                     ; 1000de: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000e2: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 1000e6: 50
    call print                           ; 1000e7: e8 89 ff ff ff
    add esp, 4                           ; 1000ec: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 1000ef: b8 00 10 10 00
    push eax                             ; 1000f4: 50
    call print                           ; 1000f5: e8 7b ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fd: 85 db
    jge short .L5                        ; 1000ff: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100101: 6a 2d
    call putc                            ; 100103: e8 3e ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10010b: f7 db
    push ebx                             ; 10010d: 53
    call printU32                        ; 10010e: e8 86 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L2                        ; 100116: eb 09
.L5:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 7b ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L2:
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 100121: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100126: 50
    call print                           ; 100127: e8 49 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10012f: 6a 0a
    call putc                            ; 100131: e8 10 ff ff ff
    add esp, 4                           ; 100136: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 100139: 5b
    ret                                  ; 10013a: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10013b: 8b 44 24 04
    mov ecx, [esp+8]                     ; 10013f: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100143: 6b c0 0a
    lea eax, [eax+ecx]                   ; 100146: 8d 04 08
    ret                                  ; 100149: c3

triple:
    ; test/golden/order.ts:19: /** @noinline */ function triple(a: i32, b: i32, c: i32): i32 {
    mov ecx, [esp+4]                     ; 10014a: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10014e: 8b 44 24 08
    mov edx, [esp+0xc]                   ; 100152: 8b 54 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul ecx, 0x64                       ; 100156: 6b c9 64
    imul eax, 0xa                        ; 100159: 6b c0 0a
    lea eax, [ecx+eax]                   ; 10015c: 8d 04 01
    lea eax, [eax+edx]                   ; 10015f: 8d 04 10
    ret                                  ; 100162: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100163: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100167: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 10016b: 29 c8
    ret                                  ; 10016d: c3

operands:
    ; test/golden/order.ts:28: /** @noinline */ function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 10016e: 53
    push esi                             ; 10016f: 56
    push edi                             ; 100170: 57
    mov eax, [esp+0x10]                  ; 100171: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100175: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100179: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10017d: 8b 7c 24 1c
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 100181: b9 0c 10 10 00
    lea eax, [eax+5]                     ; 100186: 8d 40 05
    push eax                             ; 100189: 50
    push ecx                             ; 10018a: 51
    call show                            ; 10018b: e8 4d ff ff ff
    add esp, 8                           ; 100190: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov ecx, str_5                       ; 100193: b9 1c 10 10 00
    lea eax, [esi+esi]                   ; 100198: 8d 04 36
    push eax                             ; 10019b: 50
    push ecx                             ; 10019c: 51
    call show                            ; 10019d: e8 3b ff ff ff
    add esp, 8                           ; 1001a2: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001a5: b8 28 10 10 00
    lea esi, [ebx+1]                     ; 1001aa: 8d 73 01
    imul ebx, ebx                        ; 1001ad: 0f af db
    push ebx                             ; 1001b0: 53
    push eax                             ; 1001b1: 50
    call show                            ; 1001b2: e8 26 ff ff ff
    add esp, 8                           ; 1001b7: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001ba: b9 34 10 10 00
    lea eax, [esi-1]                     ; 1001bf: 8d 46 ff
    sub esi, eax                         ; 1001c2: 29 c6
    push esi                             ; 1001c4: 56
    push ecx                             ; 1001c5: 51
    call show                            ; 1001c6: e8 12 ff ff ff
    add esp, 8                           ; 1001cb: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 1001ce: b9 40 10 10 00
    lea eax, [edi-1]                     ; 1001d3: 8d 47 ff
    movsx eax, al                        ; 1001d6: 0f be c0
    cmp edi, eax                         ; 1001d9: 39 c7
    jle short .L2                        ; 1001db: 7e 07
    mov eax, 1                           ; 1001dd: b8 01 00 00 00
    jmp short .L3                        ; 1001e2: eb 02
.L2:
    xor eax, eax                         ; 1001e4: 31 c0
.L3:
    push eax                             ; 1001e6: 50
    push ecx                             ; 1001e7: 51
    call show                            ; 1001e8: e8 f0 fe ff ff
    add esp, 8                           ; 1001ed: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 1001f0: b8 4c 10 10 00
    push 0xa                             ; 1001f5: 6a 0a
    push eax                             ; 1001f7: 50
    call show                            ; 1001f8: e8 e0 fe ff ff
    add esp, 8                           ; 1001fd: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100200: 5f
    pop esi                              ; 100201: 5e
    pop ebx                              ; 100202: 5b
    ret                                  ; 100203: c3

assignments:
    ; test/golden/order.ts:37: /** @noinline */ function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100204: 53
    push esi                             ; 100205: 56
    push edi                             ; 100206: 57
    mov eax, [esp+0x10]                  ; 100207: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 10020b: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 10020f: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100213: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 100217: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 10021a: b9 60 10 10 00
    push eax                             ; 10021f: 50
    push ecx                             ; 100220: 51
    call show                            ; 100221: e8 b7 fe ff ff
    add esp, 8                           ; 100226: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    lea eax, [esi-1]                     ; 100229: 8d 46 ff
    or esi, eax                          ; 10022c: 09 c6
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 10022e: b8 70 10 10 00
    push esi                             ; 100233: 56
    push eax                             ; 100234: 50
    call show                            ; 100235: e8 a3 fe ff ff
    add esp, 8                           ; 10023a: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    lea eax, [edi+1]                     ; 10023d: 8d 47 01
    add edi, eax                         ; 100240: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 100242: b8 7c 10 10 00
    push edi                             ; 100247: 57
    push eax                             ; 100248: 50
    call show                            ; 100249: e8 8f fe ff ff
    add esp, 8                           ; 10024e: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    sub ebx, ebx                         ; 100251: 29 db
    movzx eax, bl                        ; 100253: 0f b6 c3
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 100256: b9 8c 10 10 00
    push eax                             ; 10025b: 50
    push ecx                             ; 10025c: 51
    call show                            ; 10025d: e8 7b fe ff ff
    add esp, 8                           ; 100262: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100265: 5f
    pop esi                              ; 100266: 5e
    pop ebx                              ; 100267: 5b
    ret                                  ; 100268: c3

argumentsInOrder:
    ; test/golden/order.ts:48: /** @noinline */ function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 100269: 53
    push esi                             ; 10026a: 56
    mov eax, [esp+0xc]                   ; 10026b: 8b 44 24 0c
    mov ebx, [esp+0x10]                  ; 10026f: 8b 5c 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov edx, str_14                      ; 100273: ba 98 10 10 00
    lea ecx, [eax+1]                     ; 100278: 8d 48 01
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 10027b: 6b c0 0a
    lea eax, [eax+ecx]                   ; 10027e: 8d 04 08
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    push eax                             ; 100281: 50
    push edx                             ; 100282: 52
    call show                            ; 100283: e8 55 fe ff ff
    add esp, 8                           ; 100288: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 10028b: be a8 10 10 00
    push 2                               ; 100290: 6a 02
    push 2                               ; 100292: 6a 02
    push ebx                             ; 100294: 53
    call triple                          ; 100295: e8 b0 fe ff ff
    add esp, 0xc                         ; 10029a: 83 c4 0c
    push eax                             ; 10029d: 50
    push esi                             ; 10029e: 56
    call show                            ; 10029f: e8 39 fe ff ff
    add esp, 8                           ; 1002a4: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ecx, pair                        ; 1002a7: b9 3b 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 1002ac: be c0 10 10 00
    mov ebx, diff                        ; 1002b1: bb 63 01 10 00
    cmp ebx, ebx                         ; 1002b6: 39 db
    jne short .L2                        ; 1002b8: 75 07
    mov eax, 2                           ; 1002ba: b8 02 00 00 00
    jmp short .L3                        ; 1002bf: eb 05
.L2:
    mov eax, 3                           ; 1002c1: b8 03 00 00 00
.L3:
    push eax                             ; 1002c6: 50
    push 1                               ; 1002c7: 6a 01
    call ecx                             ; 1002c9: ff d1
    add esp, 8                           ; 1002cb: 83 c4 08
    push eax                             ; 1002ce: 50
    push esi                             ; 1002cf: 56
    call show                            ; 1002d0: e8 08 fe ff ff
    add esp, 8                           ; 1002d5: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 1002d8: be e4 10 10 00
    push 2                               ; 1002dd: 6a 02
    push 1                               ; 1002df: 6a 01
    call ebx                             ; 1002e1: ff d3
    add esp, 8                           ; 1002e3: 83 c4 08
    push eax                             ; 1002e6: 50
    push esi                             ; 1002e7: 56
    call show                            ; 1002e8: e8 f0 fd ff ff
    add esp, 8                           ; 1002ed: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 1002f0: 5e
    pop ebx                              ; 1002f1: 5b
    ret                                  ; 1002f2: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 1002f3: 6a 00
    push 7                               ; 1002f5: 6a 07
    push 1                               ; 1002f7: 6a 01
    push 3                               ; 1002f9: 6a 03
    call operands                        ; 1002fb: e8 6e fe ff ff
    add esp, 0x10                        ; 100300: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100303: 6a 01
    push 5                               ; 100305: 6a 05
    push 6                               ; 100307: 6a 06
    push 3                               ; 100309: 6a 03
    call assignments                     ; 10030b: e8 f4 fe ff ff
    add esp, 0x10                        ; 100310: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100313: 6a 09
    push 0                               ; 100315: 6a 00
    call argumentsInOrder                ; 100317: e8 4d ff ff ff
    add esp, 8                           ; 10031c: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 10031f: 6a 00
    call exit                            ; 100321: e8 ad fd ff ff
    add esp, 4                           ; 100326: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 100329: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_4:  ; "x + (x = 5)"
    db 0xb, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x101c - ($ - $$) db 0
str_5:  ; "i + i++"
    db 0x7, 0x0, 0x0, 0x0, 0x69, 0x20, 0x2b, 0x20, 0x69, 0x2b, 0x2b
    times 0x1028 - ($ - $$) db 0
str_6:  ; "k * k++"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2a, 0x20, 0x6b, 0x2b, 0x2b
    times 0x1034 - ($ - $$) db 0
str_7:  ; "k - --k"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2d, 0x20, 0x2d, 0x2d, 0x6b
    times 0x1040 - ($ - $$) db 0
str_8:  ; "p > --p"
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x20, 0x3e, 0x20, 0x2d, 0x2d, 0x70
    times 0x104c - ($ - $$) db 0
str_9:  ; "(x << (x = 1))"
    db 0xe, 0x0, 0x0, 0x0, 0x28, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x31
    db 0x29, 0x29
    times 0x1060 - ($ - $$) db 0
str_10:  ; "y += (y = 5)"
    db 0xc, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2b, 0x3d, 0x20, 0x28, 0x79, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x1070 - ($ - $$) db 0
str_11:  ; "w |= --w"
    db 0x8, 0x0, 0x0, 0x0, 0x77, 0x20, 0x7c, 0x3d, 0x20, 0x2d, 0x2d, 0x77
    times 0x107c - ($ - $$) db 0
str_12:  ; "s = s++ + s"
    db 0xb, 0x0, 0x0, 0x0, 0x73, 0x20, 0x3d, 0x20, 0x73, 0x2b, 0x2b, 0x20, 0x2b, 0x20, 0x73
    times 0x108c - ($ - $$) db 0
str_13:  ; "v -= v++"
    db 0x8, 0x0, 0x0, 0x0, 0x76, 0x20, 0x2d, 0x3d, 0x20, 0x76, 0x2b, 0x2b
    times 0x1098 - ($ - $$) db 0
str_14:  ; "pair(n, ++n)"
    db 0xc, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x28, 0x6e, 0x2c, 0x20, 0x2b, 0x2b, 0x6e, 0x29
    times 0x10a8 - ($ - $$) db 0
str_15:  ; "triple(m, m = 2, m)"
    db 0x13, 0x0, 0x0, 0x0, 0x74, 0x72, 0x69, 0x70, 0x6c, 0x65, 0x28, 0x6d, 0x2c, 0x20, 0x6d, 0x20
    db 0x3d, 0x20, 0x32, 0x2c, 0x20, 0x6d, 0x29
    times 0x10c0 - ($ - $$) db 0
str_16:  ; "f(1, (f = diff) == diff ? 2 : 3)"
    db 0x20, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x28, 0x66, 0x20, 0x3d, 0x20, 0x64, 0x69
    db 0x66, 0x66, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x64, 0x69, 0x66, 0x66, 0x20, 0x3f, 0x20, 0x32, 0x20
    db 0x3a, 0x20, 0x33, 0x29
    times 0x10e4 - ($ - $$) db 0
str_17:  ; "f(1, 2)"
    db 0x7, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x32, 0x29

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
