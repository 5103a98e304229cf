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
    call main                            ; 10003d: e8 d3 02 00 00
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
    push ebx                             ; 1000eb: 53
    mov ebx, [esp+8]                     ; 1000ec: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f0: 85 db
    jge short .L2                        ; 1000f2: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f4: 6a 2d
    call putc                            ; 1000f6: e8 4b ff ff ff
    add esp, 4                           ; 1000fb: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000fe: f7 db
    push ebx                             ; 100100: 53
    call printU32                        ; 100101: e8 ab ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100109: 5b
    ret                                  ; 10010a: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010b: 53
    call printU32                        ; 10010c: e8 a0 ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100114: 5b
    ret                                  ; 100115: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100116: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011a: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011c: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011d: f4
    jmp short .L2                        ; 10011e: eb fd

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 100120: 53
    mov eax, [esp+8]                     ; 100121: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100125: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 100129: 50
    call print                           ; 10012a: e8 46 ff ff ff
    add esp, 4                           ; 10012f: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100132: b8 1c 10 10 00
    push eax                             ; 100137: 50
    call print                           ; 100138: e8 38 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100140: 53
    call printI32                        ; 100141: e8 a5 ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 100149: b8 24 10 10 00
    push eax                             ; 10014e: 50
    call println                         ; 10014f: e8 45 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 100157: 5b
    ret                                  ; 100158: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100159: 8b 44 24 04
    mov ecx, [esp+8]                     ; 10015d: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100161: 6b c0 0a
    lea eax, [eax+ecx]                   ; 100164: 8d 04 08
    ret                                  ; 100167: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    mov ecx, [esp+4]                     ; 100168: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10016c: 8b 44 24 08
    mov edx, [esp+0xc]                   ; 100170: 8b 54 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul ecx, 0x64                       ; 100174: 6b c9 64
    imul eax, 0xa                        ; 100177: 6b c0 0a
    lea eax, [ecx+eax]                   ; 10017a: 8d 04 01
    lea eax, [eax+edx]                   ; 10017d: 8d 04 10
    ret                                  ; 100180: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100181: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100185: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 100189: 29 c8
    ret                                  ; 10018b: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 10018c: 53
    push esi                             ; 10018d: 56
    push edi                             ; 10018e: 57
    mov eax, [esp+0x10]                  ; 10018f: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100193: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100197: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10019b: 8b 7c 24 1c
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 10019f: b9 28 10 10 00
    lea eax, [eax+5]                     ; 1001a4: 8d 40 05
    push eax                             ; 1001a7: 50
    push ecx                             ; 1001a8: 51
    call show                            ; 1001a9: e8 72 ff ff ff
    add esp, 8                           ; 1001ae: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov ecx, str_5                       ; 1001b1: b9 38 10 10 00
    lea eax, [esi+esi]                   ; 1001b6: 8d 04 36
    push eax                             ; 1001b9: 50
    push ecx                             ; 1001ba: 51
    call show                            ; 1001bb: e8 60 ff ff ff
    add esp, 8                           ; 1001c0: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001c3: b8 44 10 10 00
    lea esi, [ebx+1]                     ; 1001c8: 8d 73 01
    imul ebx, ebx                        ; 1001cb: 0f af db
    push ebx                             ; 1001ce: 53
    push eax                             ; 1001cf: 50
    call show                            ; 1001d0: e8 4b ff ff ff
    add esp, 8                           ; 1001d5: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001d8: b9 50 10 10 00
    lea eax, [esi-1]                     ; 1001dd: 8d 46 ff
    sub esi, eax                         ; 1001e0: 29 c6
    push esi                             ; 1001e2: 56
    push ecx                             ; 1001e3: 51
    call show                            ; 1001e4: e8 37 ff ff ff
    add esp, 8                           ; 1001e9: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 1001ec: b9 5c 10 10 00
    lea eax, [edi-1]                     ; 1001f1: 8d 47 ff
    movsx eax, al                        ; 1001f4: 0f be c0
    cmp edi, eax                         ; 1001f7: 39 c7
    jle short .L2                        ; 1001f9: 7e 07
    mov eax, 1                           ; 1001fb: b8 01 00 00 00
    jmp short .L3                        ; 100200: eb 02
.L2:
    xor eax, eax                         ; 100202: 31 c0
.L3:
    push eax                             ; 100204: 50
    push ecx                             ; 100205: 51
    call show                            ; 100206: e8 15 ff ff ff
    add esp, 8                           ; 10020b: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 10020e: b8 68 10 10 00
    push 0xa                             ; 100213: 6a 0a
    push eax                             ; 100215: 50
    call show                            ; 100216: e8 05 ff ff ff
    add esp, 8                           ; 10021b: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 10021e: 5f
    pop esi                              ; 10021f: 5e
    pop ebx                              ; 100220: 5b
    ret                                  ; 100221: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100222: 53
    push esi                             ; 100223: 56
    push edi                             ; 100224: 57
    mov eax, [esp+0x10]                  ; 100225: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100229: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 10022d: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100231: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 100235: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100238: b9 7c 10 10 00
    push eax                             ; 10023d: 50
    push ecx                             ; 10023e: 51
    call show                            ; 10023f: e8 dc fe ff ff
    add esp, 8                           ; 100244: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    lea eax, [esi-1]                     ; 100247: 8d 46 ff
    or esi, eax                          ; 10024a: 09 c6
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 10024c: b8 8c 10 10 00
    push esi                             ; 100251: 56
    push eax                             ; 100252: 50
    call show                            ; 100253: e8 c8 fe ff ff
    add esp, 8                           ; 100258: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    lea eax, [edi+1]                     ; 10025b: 8d 47 01
    add edi, eax                         ; 10025e: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 100260: b8 98 10 10 00
    push edi                             ; 100265: 57
    push eax                             ; 100266: 50
    call show                            ; 100267: e8 b4 fe ff ff
    add esp, 8                           ; 10026c: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    sub ebx, ebx                         ; 10026f: 29 db
    movzx eax, bl                        ; 100271: 0f b6 c3
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 100274: b9 a8 10 10 00
    push eax                             ; 100279: 50
    push ecx                             ; 10027a: 51
    call show                            ; 10027b: e8 a0 fe ff ff
    add esp, 8                           ; 100280: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100283: 5f
    pop esi                              ; 100284: 5e
    pop ebx                              ; 100285: 5b
    ret                                  ; 100286: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 100287: 53
    push esi                             ; 100288: 56
    mov ecx, [esp+0xc]                   ; 100289: 8b 4c 24 0c
    mov ebx, [esp+0x10]                  ; 10028d: 8b 5c 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 100291: be b4 10 10 00
    lea eax, [ecx+1]                     ; 100296: 8d 41 01
    push eax                             ; 100299: 50
    push ecx                             ; 10029a: 51
    call pair                            ; 10029b: e8 b9 fe ff ff
    add esp, 8                           ; 1002a0: 83 c4 08
    push eax                             ; 1002a3: 50
    push esi                             ; 1002a4: 56
    call show                            ; 1002a5: e8 76 fe ff ff
    add esp, 8                           ; 1002aa: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 1002ad: be c4 10 10 00
    push 2                               ; 1002b2: 6a 02
    push 2                               ; 1002b4: 6a 02
    push ebx                             ; 1002b6: 53
    call triple                          ; 1002b7: e8 ac fe ff ff
    add esp, 0xc                         ; 1002bc: 83 c4 0c
    push eax                             ; 1002bf: 50
    push esi                             ; 1002c0: 56
    call show                            ; 1002c1: e8 5a fe ff ff
    add esp, 8                           ; 1002c6: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ecx, pair                        ; 1002c9: b9 59 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 1002ce: be dc 10 10 00
    mov ebx, diff                        ; 1002d3: bb 81 01 10 00
    cmp ebx, ebx                         ; 1002d8: 39 db
    jne short .L2                        ; 1002da: 75 07
    mov eax, 2                           ; 1002dc: b8 02 00 00 00
    jmp short .L3                        ; 1002e1: eb 05
.L2:
    mov eax, 3                           ; 1002e3: b8 03 00 00 00
.L3:
    push eax                             ; 1002e8: 50
    push 1                               ; 1002e9: 6a 01
    call ecx                             ; 1002eb: ff d1
    add esp, 8                           ; 1002ed: 83 c4 08
    push eax                             ; 1002f0: 50
    push esi                             ; 1002f1: 56
    call show                            ; 1002f2: e8 29 fe ff ff
    add esp, 8                           ; 1002f7: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 1002fa: be 00 11 10 00
    push 2                               ; 1002ff: 6a 02
    push 1                               ; 100301: 6a 01
    call ebx                             ; 100303: ff d3
    add esp, 8                           ; 100305: 83 c4 08
    push eax                             ; 100308: 50
    push esi                             ; 100309: 56
    call show                            ; 10030a: e8 11 fe ff ff
    add esp, 8                           ; 10030f: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 100312: 5e
    pop ebx                              ; 100313: 5b
    ret                                  ; 100314: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 100315: 6a 00
    push 7                               ; 100317: 6a 07
    push 1                               ; 100319: 6a 01
    push 3                               ; 10031b: 6a 03
    call operands                        ; 10031d: e8 6a fe ff ff
    add esp, 0x10                        ; 100322: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100325: 6a 01
    push 5                               ; 100327: 6a 05
    push 6                               ; 100329: 6a 06
    push 3                               ; 10032b: 6a 03
    call assignments                     ; 10032d: e8 f0 fe ff ff
    add esp, 0x10                        ; 100332: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100335: 6a 09
    push 0                               ; 100337: 6a 00
    call argumentsInOrder                ; 100339: e8 49 ff ff ff
    add esp, 8                           ; 10033e: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 100341: 6a 00
    call exit                            ; 100343: e8 ce fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 10034b: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10034c: 53
    push esi                             ; 10034d: 56
    mov esi, [esp+0xc]                   ; 10034e: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100352: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100356: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10035a: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10035e: a1 00 20 10 00
    push ecx                             ; 100363: 51
    push edx                             ; 100364: 52
    push ebx                             ; 100365: 53
    push esi                             ; 100366: 56
    call eax                             ; 100367: ff d0
    add esp, 0x10                        ; 100369: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10036c: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10036d: f4
    jmp short .L2                        ; 10036e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100370: 53
    push esi                             ; 100371: 56
    push edi                             ; 100372: 57
    mov ebx, [esp+0x14]                  ; 100373: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100377: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10037b: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_18                      ; 10037f: b8 0c 11 10 00
    push eax                             ; 100384: 50
    call print                           ; 100385: e8 eb fc ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10038d: 57
    call printU32                        ; 10038e: e8 1e fd ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_19                      ; 100396: b8 2c 11 10 00
    push eax                             ; 10039b: 50
    call print                           ; 10039c: e8 d4 fc ff ff
    add esp, 4                           ; 1003a1: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003a4: 56
    call printU32                        ; 1003a5: e8 07 fd ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_20                      ; 1003ad: b8 4c 11 10 00
    push eax                             ; 1003b2: 50
    call print                           ; 1003b3: e8 bd fc ff ff
    add esp, 4                           ; 1003b8: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003bb: ff 74 24 10
    call print                           ; 1003bf: e8 b1 fc ff ff
    add esp, 4                           ; 1003c4: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_21                      ; 1003c7: b8 54 11 10 00
    push eax                             ; 1003cc: 50
    call print                           ; 1003cd: e8 a3 fc ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003d5: 53
    call printU32                        ; 1003d6: e8 d6 fc ff ff
    add esp, 4                           ; 1003db: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003de: b8 24 10 10 00
    push eax                             ; 1003e3: 50
    call println                         ; 1003e4: e8 b0 fc ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003ec: 6a 65
    call exit                            ; 1003ee: e8 23 fd ff ff
    add esp, 4                           ; 1003f3: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003f6: 5f
    pop esi                              ; 1003f7: 5e
    pop ebx                              ; 1003f8: 5b
    ret                                  ; 1003f9: c3

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
