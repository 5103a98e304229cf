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
    call main                            ; 10003d: e8 d7 02 00 00
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
    push edi                             ; 100077: 57
    mov edi, [esp+0x10]                  ; 100078: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 10007c: 8b 37
    xor ebx, ebx                         ; 10007e: 31 db
    cmp ebx, esi                         ; 100080: 39 f3
    jge short .L4                        ; 100082: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100084: 0f b6 44 1f 04
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add ebx, 1                           ; 100092: 83 c3 01
    cmp ebx, esi                         ; 100095: 39 f3
    jl short .L7                         ; 100097: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    ret                                  ; 10009c: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009d: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 ce ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b4: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b5: 53
    mov ebx, [esp+8]                     ; 1000b6: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000ba: 83 fb 0a
    jb short .L2                         ; 1000bd: 72 14
    mov ecx, 0xa                         ; 1000bf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c4: 89 d8
    xor edx, edx                         ; 1000c6: 31 d2
    div ecx                              ; 1000c8: f7 f1
    push eax                             ; 1000ca: 50
    call printU32                        ; 1000cb: e8 e5 ff ff ff
    add esp, 4                           ; 1000d0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d8: 89 d8
    xor edx, edx                         ; 1000da: 31 d2
    div ecx                              ; 1000dc: f7 f1
    lea eax, [edx+0x30]                  ; 1000de: 8d 42 30
    movzx eax, al                        ; 1000e1: 0f b6 c0
    push eax                             ; 1000e4: 50
    call putc                            ; 1000e5: e8 5c ff ff ff
    add esp, 4                           ; 1000ea: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ed: 5b
    ret                                  ; 1000ee: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000ef: 53
    mov ebx, [esp+8]                     ; 1000f0: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f4: 85 db
    jge short .L2                        ; 1000f6: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f8: 6a 2d
    call putc                            ; 1000fa: e8 47 ff ff ff
    add esp, 4                           ; 1000ff: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100102: f7 db
    push ebx                             ; 100104: 53
    call printU32                        ; 100105: e8 ab ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010d: 5b
    ret                                  ; 10010e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010f: 53
    call printU32                        ; 100110: e8 a0 ff ff ff
    add esp, 4                           ; 100115: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100118: 5b
    ret                                  ; 100119: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011a: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100120: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100121: f4
    jmp short .L2                        ; 100122: eb fd

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 100124: 53
    mov eax, [esp+8]                     ; 100125: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100129: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 10012d: 50
    call print                           ; 10012e: e8 42 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100136: b8 1c 10 10 00
    push eax                             ; 10013b: 50
    call print                           ; 10013c: e8 34 ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100144: 53
    call printI32                        ; 100145: e8 a5 ff ff ff
    add esp, 4                           ; 10014a: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 10014d: b8 24 10 10 00
    push eax                             ; 100152: 50
    call println                         ; 100153: e8 45 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10015b: 5b
    ret                                  ; 10015c: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10015d: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100161: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100165: 6b c0 0a
    lea eax, [eax+ecx]                   ; 100168: 8d 04 08
    ret                                  ; 10016b: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    mov ecx, [esp+4]                     ; 10016c: 8b 4c 24 04
    mov eax, [esp+8]                     ; 100170: 8b 44 24 08
    mov edx, [esp+0xc]                   ; 100174: 8b 54 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul ecx, 0x64                       ; 100178: 6b c9 64
    imul eax, 0xa                        ; 10017b: 6b c0 0a
    lea eax, [ecx+eax]                   ; 10017e: 8d 04 01
    lea eax, [eax+edx]                   ; 100181: 8d 04 10
    ret                                  ; 100184: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100185: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100189: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 10018d: 29 c8
    ret                                  ; 10018f: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 100190: 53
    push esi                             ; 100191: 56
    push edi                             ; 100192: 57
    mov eax, [esp+0x10]                  ; 100193: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100197: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 10019b: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10019f: 8b 7c 24 1c
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001a3: b9 28 10 10 00
    lea eax, [eax+5]                     ; 1001a8: 8d 40 05
    push eax                             ; 1001ab: 50
    push ecx                             ; 1001ac: 51
    call show                            ; 1001ad: e8 72 ff ff ff
    add esp, 8                           ; 1001b2: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov ecx, str_5                       ; 1001b5: b9 38 10 10 00
    lea eax, [esi+esi]                   ; 1001ba: 8d 04 36
    push eax                             ; 1001bd: 50
    push ecx                             ; 1001be: 51
    call show                            ; 1001bf: e8 60 ff ff ff
    add esp, 8                           ; 1001c4: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001c7: b8 44 10 10 00
    lea esi, [ebx+1]                     ; 1001cc: 8d 73 01
    imul ebx, ebx                        ; 1001cf: 0f af db
    push ebx                             ; 1001d2: 53
    push eax                             ; 1001d3: 50
    call show                            ; 1001d4: e8 4b ff ff ff
    add esp, 8                           ; 1001d9: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001dc: b9 50 10 10 00
    lea eax, [esi-1]                     ; 1001e1: 8d 46 ff
    sub esi, eax                         ; 1001e4: 29 c6
    push esi                             ; 1001e6: 56
    push ecx                             ; 1001e7: 51
    call show                            ; 1001e8: e8 37 ff ff ff
    add esp, 8                           ; 1001ed: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 1001f0: b9 5c 10 10 00
    lea eax, [edi-1]                     ; 1001f5: 8d 47 ff
    movsx eax, al                        ; 1001f8: 0f be c0
    cmp edi, eax                         ; 1001fb: 39 c7
    jle short .L2                        ; 1001fd: 7e 07
    mov eax, 1                           ; 1001ff: b8 01 00 00 00
    jmp short .L3                        ; 100204: eb 02
.L2:
    xor eax, eax                         ; 100206: 31 c0
.L3:
    push eax                             ; 100208: 50
    push ecx                             ; 100209: 51
    call show                            ; 10020a: e8 15 ff ff ff
    add esp, 8                           ; 10020f: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 100212: b8 68 10 10 00
    push 0xa                             ; 100217: 6a 0a
    push eax                             ; 100219: 50
    call show                            ; 10021a: e8 05 ff ff ff
    add esp, 8                           ; 10021f: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100222: 5f
    pop esi                              ; 100223: 5e
    pop ebx                              ; 100224: 5b
    ret                                  ; 100225: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100226: 53
    push esi                             ; 100227: 56
    push edi                             ; 100228: 57
    mov eax, [esp+0x10]                  ; 100229: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 10022d: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 100231: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100235: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 100239: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 10023c: b9 7c 10 10 00
    push eax                             ; 100241: 50
    push ecx                             ; 100242: 51
    call show                            ; 100243: e8 dc fe ff ff
    add esp, 8                           ; 100248: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    lea eax, [esi-1]                     ; 10024b: 8d 46 ff
    or esi, eax                          ; 10024e: 09 c6
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 100250: b8 8c 10 10 00
    push esi                             ; 100255: 56
    push eax                             ; 100256: 50
    call show                            ; 100257: e8 c8 fe ff ff
    add esp, 8                           ; 10025c: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    lea eax, [edi+1]                     ; 10025f: 8d 47 01
    add edi, eax                         ; 100262: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 100264: b8 98 10 10 00
    push edi                             ; 100269: 57
    push eax                             ; 10026a: 50
    call show                            ; 10026b: e8 b4 fe ff ff
    add esp, 8                           ; 100270: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    sub ebx, ebx                         ; 100273: 29 db
    movzx eax, bl                        ; 100275: 0f b6 c3
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 100278: b9 a8 10 10 00
    push eax                             ; 10027d: 50
    push ecx                             ; 10027e: 51
    call show                            ; 10027f: e8 a0 fe ff ff
    add esp, 8                           ; 100284: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100287: 5f
    pop esi                              ; 100288: 5e
    pop ebx                              ; 100289: 5b
    ret                                  ; 10028a: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 10028b: 53
    push esi                             ; 10028c: 56
    mov ecx, [esp+0xc]                   ; 10028d: 8b 4c 24 0c
    mov ebx, [esp+0x10]                  ; 100291: 8b 5c 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 100295: be b4 10 10 00
    lea eax, [ecx+1]                     ; 10029a: 8d 41 01
    push eax                             ; 10029d: 50
    push ecx                             ; 10029e: 51
    call pair                            ; 10029f: e8 b9 fe ff ff
    add esp, 8                           ; 1002a4: 83 c4 08
    push eax                             ; 1002a7: 50
    push esi                             ; 1002a8: 56
    call show                            ; 1002a9: e8 76 fe ff ff
    add esp, 8                           ; 1002ae: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 1002b1: be c4 10 10 00
    push 2                               ; 1002b6: 6a 02
    push 2                               ; 1002b8: 6a 02
    push ebx                             ; 1002ba: 53
    call triple                          ; 1002bb: e8 ac fe ff ff
    add esp, 0xc                         ; 1002c0: 83 c4 0c
    push eax                             ; 1002c3: 50
    push esi                             ; 1002c4: 56
    call show                            ; 1002c5: e8 5a fe ff ff
    add esp, 8                           ; 1002ca: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ecx, pair                        ; 1002cd: b9 5d 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 1002d2: be dc 10 10 00
    mov ebx, diff                        ; 1002d7: bb 85 01 10 00
    cmp ebx, ebx                         ; 1002dc: 39 db
    jne short .L2                        ; 1002de: 75 07
    mov eax, 2                           ; 1002e0: b8 02 00 00 00
    jmp short .L3                        ; 1002e5: eb 05
.L2:
    mov eax, 3                           ; 1002e7: b8 03 00 00 00
.L3:
    push eax                             ; 1002ec: 50
    push 1                               ; 1002ed: 6a 01
    call ecx                             ; 1002ef: ff d1
    add esp, 8                           ; 1002f1: 83 c4 08
    push eax                             ; 1002f4: 50
    push esi                             ; 1002f5: 56
    call show                            ; 1002f6: e8 29 fe ff ff
    add esp, 8                           ; 1002fb: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 1002fe: be 00 11 10 00
    push 2                               ; 100303: 6a 02
    push 1                               ; 100305: 6a 01
    call ebx                             ; 100307: ff d3
    add esp, 8                           ; 100309: 83 c4 08
    push eax                             ; 10030c: 50
    push esi                             ; 10030d: 56
    call show                            ; 10030e: e8 11 fe ff ff
    add esp, 8                           ; 100313: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 100316: 5e
    pop ebx                              ; 100317: 5b
    ret                                  ; 100318: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 100319: 6a 00
    push 7                               ; 10031b: 6a 07
    push 1                               ; 10031d: 6a 01
    push 3                               ; 10031f: 6a 03
    call operands                        ; 100321: e8 6a fe ff ff
    add esp, 0x10                        ; 100326: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100329: 6a 01
    push 5                               ; 10032b: 6a 05
    push 6                               ; 10032d: 6a 06
    push 3                               ; 10032f: 6a 03
    call assignments                     ; 100331: e8 f0 fe ff ff
    add esp, 0x10                        ; 100336: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100339: 6a 09
    push 0                               ; 10033b: 6a 00
    call argumentsInOrder                ; 10033d: e8 49 ff ff ff
    add esp, 8                           ; 100342: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 100345: 6a 00
    call exit                            ; 100347: e8 ce fd ff ff
    add esp, 4                           ; 10034c: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 10034f: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100350: 53
    push esi                             ; 100351: 56
    mov esi, [esp+0xc]                   ; 100352: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100356: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10035a: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10035e: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100362: a1 00 20 10 00
    push ecx                             ; 100367: 51
    push edx                             ; 100368: 52
    push ebx                             ; 100369: 53
    push esi                             ; 10036a: 56
    call eax                             ; 10036b: ff d0
    add esp, 0x10                        ; 10036d: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100370: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100371: f4
    jmp short .L2                        ; 100372: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100374: 53
    push esi                             ; 100375: 56
    push edi                             ; 100376: 57
    mov ebx, [esp+0x14]                  ; 100377: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10037b: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10037f: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_18                      ; 100383: b8 0c 11 10 00
    push eax                             ; 100388: 50
    call print                           ; 100389: e8 e7 fc ff ff
    add esp, 4                           ; 10038e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100391: 57
    call printU32                        ; 100392: e8 1e fd ff ff
    add esp, 4                           ; 100397: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_19                      ; 10039a: b8 2c 11 10 00
    push eax                             ; 10039f: 50
    call print                           ; 1003a0: e8 d0 fc ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003a8: 56
    call printU32                        ; 1003a9: e8 07 fd ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_20                      ; 1003b1: b8 4c 11 10 00
    push eax                             ; 1003b6: 50
    call print                           ; 1003b7: e8 b9 fc ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003bf: ff 74 24 10
    call print                           ; 1003c3: e8 ad fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_21                      ; 1003cb: b8 54 11 10 00
    push eax                             ; 1003d0: 50
    call print                           ; 1003d1: e8 9f fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003d9: 53
    call printU32                        ; 1003da: e8 d6 fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003e2: b8 24 10 10 00
    push eax                             ; 1003e7: 50
    call println                         ; 1003e8: e8 b0 fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003f0: 6a 65
    call exit                            ; 1003f2: e8 23 fd ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003fa: 5f
    pop esi                              ; 1003fb: 5e
    pop ebx                              ; 1003fc: 5b
    ret                                  ; 1003fd: c3

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
