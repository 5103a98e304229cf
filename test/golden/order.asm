; tskc 0.1.0 listing of test/golden/order.ts
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
    call main                            ; 10003d: e8 d4 02 00 00
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

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 100121: 53
    mov eax, [esp+8]                     ; 100122: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100126: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 10012a: 50
    call print                           ; 10012b: e8 45 ff ff ff
    add esp, 4                           ; 100130: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100133: b8 1c 10 10 00
    push eax                             ; 100138: 50
    call print                           ; 100139: e8 37 ff ff ff
    add esp, 4                           ; 10013e: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100141: 53
    call printI32                        ; 100142: e8 a4 ff ff ff
    add esp, 4                           ; 100147: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 10014a: b8 24 10 10 00
    push eax                             ; 10014f: 50
    call println                         ; 100150: e8 44 ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 100158: 5b
    ret                                  ; 100159: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10015a: 8b 44 24 04
    mov ecx, [esp+8]                     ; 10015e: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100162: 6b c0 0a
    lea eax, [eax+ecx]                   ; 100165: 8d 04 08
    ret                                  ; 100168: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    mov ecx, [esp+4]                     ; 100169: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10016d: 8b 44 24 08
    mov edx, [esp+0xc]                   ; 100171: 8b 54 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul ecx, 0x64                       ; 100175: 6b c9 64
    imul eax, 0xa                        ; 100178: 6b c0 0a
    lea eax, [ecx+eax]                   ; 10017b: 8d 04 01
    lea eax, [eax+edx]                   ; 10017e: 8d 04 10
    ret                                  ; 100181: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100182: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100186: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 10018a: 29 c8
    ret                                  ; 10018c: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 10018d: 53
    push esi                             ; 10018e: 56
    push edi                             ; 10018f: 57
    mov eax, [esp+0x10]                  ; 100190: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100194: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100198: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10019c: 8b 7c 24 1c
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001a0: b9 28 10 10 00
    lea eax, [eax+5]                     ; 1001a5: 8d 40 05
    push eax                             ; 1001a8: 50
    push ecx                             ; 1001a9: 51
    call show                            ; 1001aa: e8 72 ff ff ff
    add esp, 8                           ; 1001af: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov ecx, str_5                       ; 1001b2: b9 38 10 10 00
    lea eax, [esi+esi]                   ; 1001b7: 8d 04 36
    push eax                             ; 1001ba: 50
    push ecx                             ; 1001bb: 51
    call show                            ; 1001bc: e8 60 ff ff ff
    add esp, 8                           ; 1001c1: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001c4: b8 44 10 10 00
    lea esi, [ebx+1]                     ; 1001c9: 8d 73 01
    imul ebx, ebx                        ; 1001cc: 0f af db
    push ebx                             ; 1001cf: 53
    push eax                             ; 1001d0: 50
    call show                            ; 1001d1: e8 4b ff ff ff
    add esp, 8                           ; 1001d6: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001d9: b9 50 10 10 00
    lea eax, [esi-1]                     ; 1001de: 8d 46 ff
    sub esi, eax                         ; 1001e1: 29 c6
    push esi                             ; 1001e3: 56
    push ecx                             ; 1001e4: 51
    call show                            ; 1001e5: e8 37 ff ff ff
    add esp, 8                           ; 1001ea: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 1001ed: b9 5c 10 10 00
    lea eax, [edi-1]                     ; 1001f2: 8d 47 ff
    movsx eax, al                        ; 1001f5: 0f be c0
    cmp edi, eax                         ; 1001f8: 39 c7
    jle short .L2                        ; 1001fa: 7e 07
    mov eax, 1                           ; 1001fc: b8 01 00 00 00
    jmp short .L3                        ; 100201: eb 02
.L2:
    xor eax, eax                         ; 100203: 31 c0
.L3:
    push eax                             ; 100205: 50
    push ecx                             ; 100206: 51
    call show                            ; 100207: e8 15 ff ff ff
    add esp, 8                           ; 10020c: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 10020f: b8 68 10 10 00
    push 0xa                             ; 100214: 6a 0a
    push eax                             ; 100216: 50
    call show                            ; 100217: e8 05 ff ff ff
    add esp, 8                           ; 10021c: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 10021f: 5f
    pop esi                              ; 100220: 5e
    pop ebx                              ; 100221: 5b
    ret                                  ; 100222: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100223: 53
    push esi                             ; 100224: 56
    push edi                             ; 100225: 57
    mov eax, [esp+0x10]                  ; 100226: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 10022a: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 10022e: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100232: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 100236: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100239: b9 7c 10 10 00
    push eax                             ; 10023e: 50
    push ecx                             ; 10023f: 51
    call show                            ; 100240: e8 dc fe ff ff
    add esp, 8                           ; 100245: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    lea eax, [esi-1]                     ; 100248: 8d 46 ff
    or esi, eax                          ; 10024b: 09 c6
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 10024d: b8 8c 10 10 00
    push esi                             ; 100252: 56
    push eax                             ; 100253: 50
    call show                            ; 100254: e8 c8 fe ff ff
    add esp, 8                           ; 100259: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    lea eax, [edi+1]                     ; 10025c: 8d 47 01
    add edi, eax                         ; 10025f: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 100261: b8 98 10 10 00
    push edi                             ; 100266: 57
    push eax                             ; 100267: 50
    call show                            ; 100268: e8 b4 fe ff ff
    add esp, 8                           ; 10026d: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    sub ebx, ebx                         ; 100270: 29 db
    movzx eax, bl                        ; 100272: 0f b6 c3
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 100275: b9 a8 10 10 00
    push eax                             ; 10027a: 50
    push ecx                             ; 10027b: 51
    call show                            ; 10027c: e8 a0 fe ff ff
    add esp, 8                           ; 100281: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100284: 5f
    pop esi                              ; 100285: 5e
    pop ebx                              ; 100286: 5b
    ret                                  ; 100287: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 100288: 53
    push esi                             ; 100289: 56
    mov ecx, [esp+0xc]                   ; 10028a: 8b 4c 24 0c
    mov ebx, [esp+0x10]                  ; 10028e: 8b 5c 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 100292: be b4 10 10 00
    lea eax, [ecx+1]                     ; 100297: 8d 41 01
    push eax                             ; 10029a: 50
    push ecx                             ; 10029b: 51
    call pair                            ; 10029c: e8 b9 fe ff ff
    add esp, 8                           ; 1002a1: 83 c4 08
    push eax                             ; 1002a4: 50
    push esi                             ; 1002a5: 56
    call show                            ; 1002a6: e8 76 fe ff ff
    add esp, 8                           ; 1002ab: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 1002ae: be c4 10 10 00
    push 2                               ; 1002b3: 6a 02
    push 2                               ; 1002b5: 6a 02
    push ebx                             ; 1002b7: 53
    call triple                          ; 1002b8: e8 ac fe ff ff
    add esp, 0xc                         ; 1002bd: 83 c4 0c
    push eax                             ; 1002c0: 50
    push esi                             ; 1002c1: 56
    call show                            ; 1002c2: e8 5a fe ff ff
    add esp, 8                           ; 1002c7: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ecx, pair                        ; 1002ca: b9 5a 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 1002cf: be dc 10 10 00
    mov ebx, diff                        ; 1002d4: bb 82 01 10 00
    cmp ebx, ebx                         ; 1002d9: 39 db
    jne short .L2                        ; 1002db: 75 07
    mov eax, 2                           ; 1002dd: b8 02 00 00 00
    jmp short .L3                        ; 1002e2: eb 05
.L2:
    mov eax, 3                           ; 1002e4: b8 03 00 00 00
.L3:
    push eax                             ; 1002e9: 50
    push 1                               ; 1002ea: 6a 01
    call ecx                             ; 1002ec: ff d1
    add esp, 8                           ; 1002ee: 83 c4 08
    push eax                             ; 1002f1: 50
    push esi                             ; 1002f2: 56
    call show                            ; 1002f3: e8 29 fe ff ff
    add esp, 8                           ; 1002f8: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 1002fb: be 00 11 10 00
    push 2                               ; 100300: 6a 02
    push 1                               ; 100302: 6a 01
    call ebx                             ; 100304: ff d3
    add esp, 8                           ; 100306: 83 c4 08
    push eax                             ; 100309: 50
    push esi                             ; 10030a: 56
    call show                            ; 10030b: e8 11 fe ff ff
    add esp, 8                           ; 100310: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 100313: 5e
    pop ebx                              ; 100314: 5b
    ret                                  ; 100315: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 100316: 6a 00
    push 7                               ; 100318: 6a 07
    push 1                               ; 10031a: 6a 01
    push 3                               ; 10031c: 6a 03
    call operands                        ; 10031e: e8 6a fe ff ff
    add esp, 0x10                        ; 100323: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100326: 6a 01
    push 5                               ; 100328: 6a 05
    push 6                               ; 10032a: 6a 06
    push 3                               ; 10032c: 6a 03
    call assignments                     ; 10032e: e8 f0 fe ff ff
    add esp, 0x10                        ; 100333: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100336: 6a 09
    push 0                               ; 100338: 6a 00
    call argumentsInOrder                ; 10033a: e8 49 ff ff ff
    add esp, 8                           ; 10033f: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 100342: 6a 00
    call exit                            ; 100344: e8 ce fd ff ff
    add esp, 4                           ; 100349: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 10034c: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10034d: 53
    push esi                             ; 10034e: 56
    mov esi, [esp+0xc]                   ; 10034f: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100353: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100357: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10035b: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10035f: a1 00 20 10 00
    push ecx                             ; 100364: 51
    push edx                             ; 100365: 52
    push ebx                             ; 100366: 53
    push esi                             ; 100367: 56
    call eax                             ; 100368: ff d0
    add esp, 0x10                        ; 10036a: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10036d: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10036e: f4
    jmp short .L2                        ; 10036f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100371: 53
    push esi                             ; 100372: 56
    push edi                             ; 100373: 57
    mov ebx, [esp+0x14]                  ; 100374: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100378: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10037c: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_18                      ; 100380: b8 0c 11 10 00
    push eax                             ; 100385: 50
    call print                           ; 100386: e8 ea fc ff ff
    add esp, 4                           ; 10038b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10038e: 57
    call printU32                        ; 10038f: e8 1d fd ff ff
    add esp, 4                           ; 100394: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_19                      ; 100397: b8 2c 11 10 00
    push eax                             ; 10039c: 50
    call print                           ; 10039d: e8 d3 fc ff ff
    add esp, 4                           ; 1003a2: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003a5: 56
    call printU32                        ; 1003a6: e8 06 fd ff ff
    add esp, 4                           ; 1003ab: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_20                      ; 1003ae: b8 4c 11 10 00
    push eax                             ; 1003b3: 50
    call print                           ; 1003b4: e8 bc fc ff ff
    add esp, 4                           ; 1003b9: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003bc: ff 74 24 10
    call print                           ; 1003c0: e8 b0 fc ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_21                      ; 1003c8: b8 54 11 10 00
    push eax                             ; 1003cd: 50
    call print                           ; 1003ce: e8 a2 fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003d6: 53
    call printU32                        ; 1003d7: e8 d5 fc ff ff
    add esp, 4                           ; 1003dc: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003df: b8 24 10 10 00
    push eax                             ; 1003e4: 50
    call println                         ; 1003e5: e8 af fc ff ff
    add esp, 4                           ; 1003ea: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003ed: 6a 65
    call exit                            ; 1003ef: e8 23 fd ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003f7: 5f
    pop esi                              ; 1003f8: 5e
    pop ebx                              ; 1003f9: 5b
    ret                                  ; 1003fa: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1028 - ($ - $$) db 0
str_4:  ; "x + (x = 5)"
    db 0xb, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x1038 - ($ - $$) db 0
str_5:  ; "i + i++"
    db 0x7, 0x0, 0x0, 0x0, 0x69, 0x20, 0x2b, 0x20, 0x69, 0x2b, 0x2b
    times 0x1044 - ($ - $$) db 0
str_6:  ; "k * k++"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2a, 0x20, 0x6b, 0x2b, 0x2b
    times 0x1050 - ($ - $$) db 0
str_7:  ; "k - --k"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2d, 0x20, 0x2d, 0x2d, 0x6b
    times 0x105c - ($ - $$) db 0
str_8:  ; "p > --p"
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x20, 0x3e, 0x20, 0x2d, 0x2d, 0x70
    times 0x1068 - ($ - $$) db 0
str_9:  ; "(x << (x = 1))"
    db 0xe, 0x0, 0x0, 0x0, 0x28, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x31
    db 0x29, 0x29
    times 0x107c - ($ - $$) db 0
str_10:  ; "y += (y = 5)"
    db 0xc, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2b, 0x3d, 0x20, 0x28, 0x79, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x108c - ($ - $$) db 0
str_11:  ; "w |= --w"
    db 0x8, 0x0, 0x0, 0x0, 0x77, 0x20, 0x7c, 0x3d, 0x20, 0x2d, 0x2d, 0x77
    times 0x1098 - ($ - $$) db 0
str_12:  ; "s = s++ + s"
    db 0xb, 0x0, 0x0, 0x0, 0x73, 0x20, 0x3d, 0x20, 0x73, 0x2b, 0x2b, 0x20, 0x2b, 0x20, 0x73
    times 0x10a8 - ($ - $$) db 0
str_13:  ; "v -= v++"
    db 0x8, 0x0, 0x0, 0x0, 0x76, 0x20, 0x2d, 0x3d, 0x20, 0x76, 0x2b, 0x2b
    times 0x10b4 - ($ - $$) db 0
str_14:  ; "pair(n, ++n)"
    db 0xc, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x28, 0x6e, 0x2c, 0x20, 0x2b, 0x2b, 0x6e, 0x29
    times 0x10c4 - ($ - $$) db 0
str_15:  ; "triple(m, m = 2, m)"
    db 0x13, 0x0, 0x0, 0x0, 0x74, 0x72, 0x69, 0x70, 0x6c, 0x65, 0x28, 0x6d, 0x2c, 0x20, 0x6d, 0x20
    db 0x3d, 0x20, 0x32, 0x2c, 0x20, 0x6d, 0x29
    times 0x10dc - ($ - $$) db 0
str_16:  ; "f(1, (f = diff) == diff ? 2 : 3)"
    db 0x20, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x28, 0x66, 0x20, 0x3d, 0x20, 0x64, 0x69
    db 0x66, 0x66, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x64, 0x69, 0x66, 0x66, 0x20, 0x3f, 0x20, 0x32, 0x20
    db 0x3a, 0x20, 0x33, 0x29
    times 0x1100 - ($ - $$) db 0
str_17:  ; "f(1, 2)"
    db 0x7, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x32, 0x29
    times 0x110c - ($ - $$) db 0
str_18:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x112c - ($ - $$) db 0
str_19:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x114c - ($ - $$) db 0
str_20:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1154 - ($ - $$) db 0
str_21:  ; ":"
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
