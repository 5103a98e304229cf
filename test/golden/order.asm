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
    call main                            ; 10003d: e8 16 03 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    push ebx                             ; 10010e: 53
    mov ebx, [ebp+8]                     ; 10010f: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100112: 83 fb 00
    jge short .L2                        ; 100115: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100117: 6a 2d
    call putc                            ; 100119: e8 28 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100121: 89 d8
    neg eax                              ; 100123: f7 d8
    push eax                             ; 100125: 50
    call printU32                        ; 100126: e8 a3 ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012e: 5b
    pop ebp                              ; 10012f: 5d
    ret                                  ; 100130: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100131: 53
    call printU32                        ; 100132: e8 97 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013a: 5b
    pop ebp                              ; 10013b: 5d
    ret                                  ; 10013c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    mov eax, [ebp+8]                     ; 100140: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100143: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100145: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100146: f4
    jmp short .L2                        ; 100147: eb fd

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    push ebx                             ; 10014c: 53
    mov eax, [ebp+8]                     ; 10014d: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100150: 8b 5d 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 27 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 10015c: b8 1c 10 10 00
    push eax                             ; 100161: 50
    call print                           ; 100162: e8 19 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 10016a: 53
    call printI32                        ; 10016b: e8 9b ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 100173: b8 24 10 10 00
    push eax                             ; 100178: 50
    call println                         ; 100179: e8 35 ff ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 100181: 5b
    pop ebp                              ; 100182: 5d
    ret                                  ; 100183: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    push ebp                             ; 100184: 55
    mov ebp, esp                         ; 100185: 89 e5
    mov eax, [ebp+8]                     ; 100187: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10018a: 8b 4d 0c
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 10018d: 6b c0 0a
    add eax, ecx                         ; 100190: 01 c8
    pop ebp                              ; 100192: 5d
    ret                                  ; 100193: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    push ebp                             ; 100194: 55
    mov ebp, esp                         ; 100195: 89 e5
    mov eax, [ebp+8]                     ; 100197: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10019a: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10019d: 8b 55 10
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul eax, 0x64                       ; 1001a0: 6b c0 64
    imul ecx, 0xa                        ; 1001a3: 6b c9 0a
    add eax, ecx                         ; 1001a6: 01 c8
    add eax, edx                         ; 1001a8: 01 d0
    pop ebp                              ; 1001aa: 5d
    ret                                  ; 1001ab: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    push ebp                             ; 1001ac: 55
    mov ebp, esp                         ; 1001ad: 89 e5
    mov eax, [ebp+8]                     ; 1001af: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b2: 8b 4d 0c
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 1001b5: 29 c8
    pop ebp                              ; 1001b7: 5d
    ret                                  ; 1001b8: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebp                             ; 1001b9: 55
    mov ebp, esp                         ; 1001ba: 89 e5
    push ebx                             ; 1001bc: 53
    push esi                             ; 1001bd: 56
    push edi                             ; 1001be: 57
    mov eax, [ebp+8]                     ; 1001bf: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001c2: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001c5: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001c8: 8b 7d 14
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001cb: b9 28 10 10 00
    add eax, 5                           ; 1001d0: 83 c0 05
    push eax                             ; 1001d3: 50
    push ecx                             ; 1001d4: 51
    call show                            ; 1001d5: e8 6f ff ff ff
    add esp, 8                           ; 1001da: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov eax, str_5                       ; 1001dd: b8 38 10 10 00
    mov ecx, ebx                         ; 1001e2: 89 d9
    add ecx, ebx                         ; 1001e4: 01 d9
    push ecx                             ; 1001e6: 51
    push eax                             ; 1001e7: 50
    call show                            ; 1001e8: e8 5c ff ff ff
    add esp, 8                           ; 1001ed: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001f0: b8 44 10 10 00
    mov ebx, esi                         ; 1001f5: 89 f3
    add ebx, 1                           ; 1001f7: 83 c3 01
    mov ecx, esi                         ; 1001fa: 89 f1
    imul ecx, esi                        ; 1001fc: 0f af ce
    push ecx                             ; 1001ff: 51
    push eax                             ; 100200: 50
    call show                            ; 100201: e8 43 ff ff ff
    add esp, 8                           ; 100206: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov eax, str_7                       ; 100209: b8 50 10 10 00
    mov ecx, ebx                         ; 10020e: 89 d9
    sub ecx, 1                           ; 100210: 83 e9 01
    sub ebx, ecx                         ; 100213: 29 cb
    push ebx                             ; 100215: 53
    push eax                             ; 100216: 50
    call show                            ; 100217: e8 2d ff ff ff
    add esp, 8                           ; 10021c: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov eax, str_8                       ; 10021f: b8 5c 10 10 00
    mov ecx, edi                         ; 100224: 89 f9
    sub ecx, 1                           ; 100226: 83 e9 01
    movsx ecx, cl                        ; 100229: 0f be c9
    cmp edi, ecx                         ; 10022c: 39 cf
    jle short .L2                        ; 10022e: 7e 07
    mov ecx, 1                           ; 100230: b9 01 00 00 00
    jmp short .L3                        ; 100235: eb 05
.L2:
    mov ecx, 0                           ; 100237: b9 00 00 00 00
.L3:
    push ecx                             ; 10023c: 51
    push eax                             ; 10023d: 50
    call show                            ; 10023e: e8 06 ff ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 100246: b8 68 10 10 00
    push 0xa                             ; 10024b: 6a 0a
    push eax                             ; 10024d: 50
    call show                            ; 10024e: e8 f6 fe ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100256: 5f
    pop esi                              ; 100257: 5e
    pop ebx                              ; 100258: 5b
    pop ebp                              ; 100259: 5d
    ret                                  ; 10025a: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebp                             ; 10025b: 55
    mov ebp, esp                         ; 10025c: 89 e5
    push ebx                             ; 10025e: 53
    push esi                             ; 10025f: 56
    push edi                             ; 100260: 57
    mov eax, [ebp+8]                     ; 100261: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100264: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100267: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10026a: 8b 7d 14
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 10026d: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100270: b9 7c 10 10 00
    push eax                             ; 100275: 50
    push ecx                             ; 100276: 51
    call show                            ; 100277: e8 cd fe ff ff
    add esp, 8                           ; 10027c: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, ebx                         ; 10027f: 89 d8
    sub eax, 1                           ; 100281: 83 e8 01
    or ebx, eax                          ; 100284: 09 c3
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 100286: b8 8c 10 10 00
    push ebx                             ; 10028b: 53
    push eax                             ; 10028c: 50
    call show                            ; 10028d: e8 b7 fe ff ff
    add esp, 8                           ; 100292: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, esi                         ; 100295: 89 f0
    add eax, 1                           ; 100297: 83 c0 01
    add esi, eax                         ; 10029a: 01 c6
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 10029c: b8 98 10 10 00
    push esi                             ; 1002a1: 56
    push eax                             ; 1002a2: 50
    call show                            ; 1002a3: e8 a1 fe ff ff
    add esp, 8                           ; 1002a8: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, edi                         ; 1002ab: 89 f8
    sub eax, edi                         ; 1002ad: 29 f8
    movzx eax, al                        ; 1002af: 0f b6 c0
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 1002b2: b9 a8 10 10 00
    push eax                             ; 1002b7: 50
    push ecx                             ; 1002b8: 51
    call show                            ; 1002b9: e8 8b fe ff ff
    add esp, 8                           ; 1002be: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 1002c1: 5f
    pop esi                              ; 1002c2: 5e
    pop ebx                              ; 1002c3: 5b
    pop ebp                              ; 1002c4: 5d
    ret                                  ; 1002c5: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebp                             ; 1002c6: 55
    mov ebp, esp                         ; 1002c7: 89 e5
    push ebx                             ; 1002c9: 53
    push esi                             ; 1002ca: 56
    mov eax, [ebp+8]                     ; 1002cb: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1002ce: 8b 5d 0c
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 1002d1: be b4 10 10 00
    mov ecx, eax                         ; 1002d6: 89 c1
    add ecx, 1                           ; 1002d8: 83 c1 01
    push ecx                             ; 1002db: 51
    push eax                             ; 1002dc: 50
    call pair                            ; 1002dd: e8 a2 fe ff ff
    add esp, 8                           ; 1002e2: 83 c4 08
    push eax                             ; 1002e5: 50
    push esi                             ; 1002e6: 56
    call show                            ; 1002e7: e8 5d fe ff ff
    add esp, 8                           ; 1002ec: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 1002ef: be c4 10 10 00
    push 2                               ; 1002f4: 6a 02
    push 2                               ; 1002f6: 6a 02
    push ebx                             ; 1002f8: 53
    call triple                          ; 1002f9: e8 96 fe ff ff
    add esp, 0xc                         ; 1002fe: 83 c4 0c
    push eax                             ; 100301: 50
    push esi                             ; 100302: 56
    call show                            ; 100303: e8 41 fe ff ff
    add esp, 8                           ; 100308: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov eax, pair                        ; 10030b: b8 84 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov ebx, str_16                      ; 100310: bb dc 10 10 00
    mov esi, diff                        ; 100315: be ac 01 10 00
    cmp esi, esi                         ; 10031a: 39 f6
    jne short .L2                        ; 10031c: 75 07
    mov ecx, 2                           ; 10031e: b9 02 00 00 00
    jmp short .L3                        ; 100323: eb 05
.L2:
    mov ecx, 3                           ; 100325: b9 03 00 00 00
.L3:
    push ecx                             ; 10032a: 51
    push 1                               ; 10032b: 6a 01
    call eax                             ; 10032d: ff d0
    add esp, 8                           ; 10032f: 83 c4 08
    push eax                             ; 100332: 50
    push ebx                             ; 100333: 53
    call show                            ; 100334: e8 10 fe ff ff
    add esp, 8                           ; 100339: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov ebx, str_17                      ; 10033c: bb 00 11 10 00
    push 2                               ; 100341: 6a 02
    push 1                               ; 100343: 6a 01
    call esi                             ; 100345: ff d6
    add esp, 8                           ; 100347: 83 c4 08
    push eax                             ; 10034a: 50
    push ebx                             ; 10034b: 53
    call show                            ; 10034c: e8 f8 fd ff ff
    add esp, 8                           ; 100351: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 100354: 5e
    pop ebx                              ; 100355: 5b
    pop ebp                              ; 100356: 5d
    ret                                  ; 100357: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push ebp                             ; 100358: 55
    mov ebp, esp                         ; 100359: 89 e5
    push 0                               ; 10035b: 6a 00
    push 7                               ; 10035d: 6a 07
    push 1                               ; 10035f: 6a 01
    push 3                               ; 100361: 6a 03
    call operands                        ; 100363: e8 51 fe ff ff
    add esp, 0x10                        ; 100368: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 10036b: 6a 01
    push 5                               ; 10036d: 6a 05
    push 6                               ; 10036f: 6a 06
    push 3                               ; 100371: 6a 03
    call assignments                     ; 100373: e8 e3 fe ff ff
    add esp, 0x10                        ; 100378: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 10037b: 6a 09
    push 0                               ; 10037d: 6a 00
    call argumentsInOrder                ; 10037f: e8 42 ff ff ff
    add esp, 8                           ; 100384: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 100387: 6a 00
    call exit                            ; 100389: e8 af fd ff ff
    add esp, 4                           ; 10038e: 83 c4 04
    ; test/golden/order.ts:61: }
    pop ebp                              ; 100391: 5d
    ret                                  ; 100392: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100393: 55
    mov ebp, esp                         ; 100394: 89 e5
    push ebx                             ; 100396: 53
    push esi                             ; 100397: 56
    mov eax, [ebp+8]                     ; 100398: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10039b: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10039e: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003a1: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003a4: 8b 35 00 20 10 00
    push ebx                             ; 1003aa: 53
    push edx                             ; 1003ab: 52
    push ecx                             ; 1003ac: 51
    push eax                             ; 1003ad: 50
    call esi                             ; 1003ae: ff d6
    add esp, 0x10                        ; 1003b0: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003b3: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003b4: f4
    jmp short .L2                        ; 1003b5: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003b7: 55
    mov ebp, esp                         ; 1003b8: 89 e5
    sub esp, 4                           ; 1003ba: 83 ec 04
    push ebx                             ; 1003bd: 53
    push esi                             ; 1003be: 56
    push edi                             ; 1003bf: 57
    mov ebx, [ebp+8]                     ; 1003c0: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003c3: 8b 45 0c
    mov [ebp-4], eax                     ; 1003c6: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003c9: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003cc: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_18                      ; 1003cf: b8 0c 11 10 00
    push eax                             ; 1003d4: 50
    call print                           ; 1003d5: e8 a6 fc ff ff
    add esp, 4                           ; 1003da: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003dd: 56
    call printU32                        ; 1003de: e8 eb fc ff ff
    add esp, 4                           ; 1003e3: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_19                      ; 1003e6: b8 2c 11 10 00
    push eax                             ; 1003eb: 50
    call print                           ; 1003ec: e8 8f fc ff ff
    add esp, 4                           ; 1003f1: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003f4: 57
    call printU32                        ; 1003f5: e8 d4 fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_20                      ; 1003fd: b8 4c 11 10 00
    push eax                             ; 100402: 50
    call print                           ; 100403: e8 78 fc ff ff
    add esp, 4                           ; 100408: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10040b: 53
    call print                           ; 10040c: e8 6f fc ff ff
    add esp, 4                           ; 100411: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_21                      ; 100414: b8 54 11 10 00
    push eax                             ; 100419: 50
    call print                           ; 10041a: e8 61 fc ff ff
    add esp, 4                           ; 10041f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100422: 8b 45 fc
    push eax                             ; 100425: 50
    call printU32                        ; 100426: e8 a3 fc ff ff
    add esp, 4                           ; 10042b: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10042e: b8 24 10 10 00
    push eax                             ; 100433: 50
    call println                         ; 100434: e8 7a fc ff ff
    add esp, 4                           ; 100439: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10043c: 5f
    pop esi                              ; 10043d: 5e
    pop ebx                              ; 10043e: 5b
    leave                                ; 10043f: c9
    ret                                  ; 100440: c3

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
