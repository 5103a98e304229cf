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
    call main                            ; 10003d: e8 40 03 00 00
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

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 100133: 53
    mov eax, [esp+8]                     ; 100134: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100138: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 10013c: 50
    call print                           ; 10013d: e8 3b ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100145: b8 1c 10 10 00
    push eax                             ; 10014a: 50
    call print                           ; 10014b: e8 2d ff ff ff
    add esp, 4                           ; 100150: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100153: 53
    call printI32                        ; 100154: e8 a4 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 10015c: b8 24 10 10 00
    push eax                             ; 100161: 50
    call println                         ; 100162: e8 44 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10016a: 5b
    ret                                  ; 10016b: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10016c: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100170: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100174: 6b c0 0a
    add eax, ecx                         ; 100177: 01 c8
    ret                                  ; 100179: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    mov eax, [esp+4]                     ; 10017a: 8b 44 24 04
    mov edx, [esp+8]                     ; 10017e: 8b 54 24 08
    mov ecx, [esp+0xc]                   ; 100182: 8b 4c 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul eax, 0x64                       ; 100186: 6b c0 64
    imul edx, 0xa                        ; 100189: 6b d2 0a
    add eax, edx                         ; 10018c: 01 d0
    add eax, ecx                         ; 10018e: 01 c8
    ret                                  ; 100190: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100191: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100195: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 100199: 29 c8
    ret                                  ; 10019b: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 10019c: 53
    push esi                             ; 10019d: 56
    push edi                             ; 10019e: 57
    sub esp, 4                           ; 10019f: 83 ec 04
    mov esi, [esp+0x14]                  ; 1001a2: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 1001a6: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 1001aa: 8b 5c 24 1c
    mov eax, [esp+0x20]                  ; 1001ae: 8b 44 24 20
    mov [esp], eax                       ; 1001b2: 89 04 24
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001b5: b9 28 10 10 00
    mov eax, esi                         ; 1001ba: 89 f0
    mov esi, 5                           ; 1001bc: be 05 00 00 00
    add eax, 5                           ; 1001c1: 83 c0 05
    push eax                             ; 1001c4: 50
    push ecx                             ; 1001c5: 51
    call show                            ; 1001c6: e8 68 ff ff ff
    add esp, 8                           ; 1001cb: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov edx, str_5                       ; 1001ce: ba 38 10 10 00
    mov eax, edi                         ; 1001d3: 89 f8
    mov ecx, edi                         ; 1001d5: 89 f9
    add edi, 1                           ; 1001d7: 83 c7 01
    add eax, ecx                         ; 1001da: 01 c8
    push eax                             ; 1001dc: 50
    push edx                             ; 1001dd: 52
    call show                            ; 1001de: e8 50 ff ff ff
    add esp, 8                           ; 1001e3: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov edx, str_6                       ; 1001e6: ba 44 10 10 00
    mov eax, ebx                         ; 1001eb: 89 d8
    mov ecx, ebx                         ; 1001ed: 89 d9
    add ebx, 1                           ; 1001ef: 83 c3 01
    imul eax, ecx                        ; 1001f2: 0f af c1
    push eax                             ; 1001f5: 50
    push edx                             ; 1001f6: 52
    call show                            ; 1001f7: e8 37 ff ff ff
    add esp, 8                           ; 1001fc: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001ff: b9 50 10 10 00
    mov eax, ebx                         ; 100204: 89 d8
    sub ebx, 1                           ; 100206: 83 eb 01
    sub eax, ebx                         ; 100209: 29 d8
    push eax                             ; 10020b: 50
    push ecx                             ; 10020c: 51
    call show                            ; 10020d: e8 21 ff ff ff
    add esp, 8                           ; 100212: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 100215: b9 5c 10 10 00
    mov edx, [esp]                       ; 10021a: 8b 14 24
    mov eax, [esp]                       ; 10021d: 8b 04 24
    sub eax, 1                           ; 100220: 83 e8 01
    movsx eax, al                        ; 100223: 0f be c0
    mov [esp], eax                       ; 100226: 89 04 24
    cmp edx, eax                         ; 100229: 39 c2
    jle short .L2                        ; 10022b: 7e 07
    mov eax, 1                           ; 10022d: b8 01 00 00 00
    jmp short .L3                        ; 100232: eb 05
.L2:
    mov eax, 0                           ; 100234: b8 00 00 00 00
.L3:
    push eax                             ; 100239: 50
    push ecx                             ; 10023a: 51
    call show                            ; 10023b: e8 f3 fe ff ff
    add esp, 8                           ; 100240: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov ecx, str_9                       ; 100243: b9 68 10 10 00
    mov eax, esi                         ; 100248: 89 f0
    mov esi, 1                           ; 10024a: be 01 00 00 00
    shl eax, 1                           ; 10024f: d1 e0
    push eax                             ; 100251: 50
    push ecx                             ; 100252: 51
    call show                            ; 100253: e8 db fe ff ff
    add esp, 8                           ; 100258: 83 c4 08
    ; test/golden/order.ts:35: }
    add esp, 4                           ; 10025b: 83 c4 04
    pop edi                              ; 10025e: 5f
    pop esi                              ; 10025f: 5e
    pop ebx                              ; 100260: 5b
    ret                                  ; 100261: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100262: 53
    push esi                             ; 100263: 56
    push edi                             ; 100264: 57
    mov eax, [esp+0x10]                  ; 100265: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100269: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 10026d: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100271: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    mov ecx, eax                         ; 100275: 89 c1
    mov eax, 5                           ; 100277: b8 05 00 00 00
    mov eax, ecx                         ; 10027c: 89 c8
    add eax, 5                           ; 10027e: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100281: b9 7c 10 10 00
    push eax                             ; 100286: 50
    push ecx                             ; 100287: 51
    call show                            ; 100288: e8 a6 fe ff ff
    add esp, 8                           ; 10028d: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, esi                         ; 100290: 89 f0
    mov ecx, esi                         ; 100292: 89 f1
    sub ecx, 1                           ; 100294: 83 e9 01
    mov esi, ecx                         ; 100297: 89 ce
    mov esi, eax                         ; 100299: 89 c6
    or esi, ecx                          ; 10029b: 09 ce
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 10029d: b8 8c 10 10 00
    push esi                             ; 1002a2: 56
    push eax                             ; 1002a3: 50
    call show                            ; 1002a4: e8 8a fe ff ff
    add esp, 8                           ; 1002a9: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, edi                         ; 1002ac: 89 f8
    add edi, 1                           ; 1002ae: 83 c7 01
    add edi, eax                         ; 1002b1: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 1002b3: b8 98 10 10 00
    push edi                             ; 1002b8: 57
    push eax                             ; 1002b9: 50
    call show                            ; 1002ba: e8 74 fe ff ff
    add esp, 8                           ; 1002bf: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, ebx                         ; 1002c2: 89 d8
    mov ecx, ebx                         ; 1002c4: 89 d9
    add ebx, 1                           ; 1002c6: 83 c3 01
    movzx ebx, bl                        ; 1002c9: 0f b6 db
    sub eax, ecx                         ; 1002cc: 29 c8
    movzx ebx, al                        ; 1002ce: 0f b6 d8
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov eax, str_13                      ; 1002d1: b8 a8 10 10 00
    push ebx                             ; 1002d6: 53
    push eax                             ; 1002d7: 50
    call show                            ; 1002d8: e8 56 fe ff ff
    add esp, 8                           ; 1002dd: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 1002e0: 5f
    pop esi                              ; 1002e1: 5e
    pop ebx                              ; 1002e2: 5b
    ret                                  ; 1002e3: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 1002e4: 53
    push esi                             ; 1002e5: 56
    mov eax, [esp+0xc]                   ; 1002e6: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 1002ea: 8b 74 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov ebx, str_14                      ; 1002ee: bb b4 10 10 00
    mov ecx, eax                         ; 1002f3: 89 c1
    add eax, 1                           ; 1002f5: 83 c0 01
    push eax                             ; 1002f8: 50
    push ecx                             ; 1002f9: 51
    call pair                            ; 1002fa: e8 6d fe ff ff
    add esp, 8                           ; 1002ff: 83 c4 08
    push eax                             ; 100302: 50
    push ebx                             ; 100303: 53
    call show                            ; 100304: e8 2a fe ff ff
    add esp, 8                           ; 100309: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov ebx, str_15                      ; 10030c: bb c4 10 10 00
    mov eax, esi                         ; 100311: 89 f0
    mov esi, 2                           ; 100313: be 02 00 00 00
    push 2                               ; 100318: 6a 02
    push 2                               ; 10031a: 6a 02
    push eax                             ; 10031c: 50
    call triple                          ; 10031d: e8 58 fe ff ff
    add esp, 0xc                         ; 100322: 83 c4 0c
    push eax                             ; 100325: 50
    push ebx                             ; 100326: 53
    call show                            ; 100327: e8 07 fe ff ff
    add esp, 8                           ; 10032c: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov esi, pair                        ; 10032f: be 6c 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov ebx, str_16                      ; 100334: bb dc 10 10 00
    mov eax, esi                         ; 100339: 89 f0
    mov esi, diff                        ; 10033b: be 91 01 10 00
    mov ecx, diff                        ; 100340: b9 91 01 10 00
    cmp esi, ecx                         ; 100345: 39 ce
    jne short .L2                        ; 100347: 75 07
    mov ecx, 2                           ; 100349: b9 02 00 00 00
    jmp short .L3                        ; 10034e: eb 05
.L2:
    mov ecx, 3                           ; 100350: b9 03 00 00 00
.L3:
    push ecx                             ; 100355: 51
    push 1                               ; 100356: 6a 01
    call eax                             ; 100358: ff d0
    add esp, 8                           ; 10035a: 83 c4 08
    push eax                             ; 10035d: 50
    push ebx                             ; 10035e: 53
    call show                            ; 10035f: e8 cf fd ff ff
    add esp, 8                           ; 100364: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov ebx, str_17                      ; 100367: bb 00 11 10 00
    push 2                               ; 10036c: 6a 02
    push 1                               ; 10036e: 6a 01
    call esi                             ; 100370: ff d6
    add esp, 8                           ; 100372: 83 c4 08
    push eax                             ; 100375: 50
    push ebx                             ; 100376: 53
    call show                            ; 100377: e8 b7 fd ff ff
    add esp, 8                           ; 10037c: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 10037f: 5e
    pop ebx                              ; 100380: 5b
    ret                                  ; 100381: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 100382: 6a 00
    push 7                               ; 100384: 6a 07
    push 1                               ; 100386: 6a 01
    push 3                               ; 100388: 6a 03
    call operands                        ; 10038a: e8 0d fe ff ff
    add esp, 0x10                        ; 10038f: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100392: 6a 01
    push 5                               ; 100394: 6a 05
    push 6                               ; 100396: 6a 06
    push 3                               ; 100398: 6a 03
    call assignments                     ; 10039a: e8 c3 fe ff ff
    add esp, 0x10                        ; 10039f: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 1003a2: 6a 09
    push 0                               ; 1003a4: 6a 00
    call argumentsInOrder                ; 1003a6: e8 39 ff ff ff
    add esp, 8                           ; 1003ab: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 1003ae: 6a 00
    call exit                            ; 1003b0: e8 74 fd ff ff
    add esp, 4                           ; 1003b5: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 1003b8: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003b9: 53
    push esi                             ; 1003ba: 56
    mov esi, [esp+0xc]                   ; 1003bb: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003bf: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003c3: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003c7: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003cb: a1 00 20 10 00
    push ecx                             ; 1003d0: 51
    push edx                             ; 1003d1: 52
    push ebx                             ; 1003d2: 53
    push esi                             ; 1003d3: 56
    call eax                             ; 1003d4: ff d0
    add esp, 0x10                        ; 1003d6: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003d9: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003da: f4
    jmp short .L2                        ; 1003db: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003dd: 53
    push esi                             ; 1003de: 56
    push edi                             ; 1003df: 57
    mov ebx, [esp+0x14]                  ; 1003e0: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003e4: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003e8: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_18                      ; 1003ec: b8 0c 11 10 00
    push eax                             ; 1003f1: 50
    call print                           ; 1003f2: e8 86 fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1003fa: 57
    call printU32                        ; 1003fb: e8 c3 fc ff ff
    add esp, 4                           ; 100400: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_19                      ; 100403: b8 2c 11 10 00
    push eax                             ; 100408: 50
    call print                           ; 100409: e8 6f fc ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100411: 56
    call printU32                        ; 100412: e8 ac fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_20                      ; 10041a: b8 4c 11 10 00
    push eax                             ; 10041f: 50
    call print                           ; 100420: e8 58 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100428: ff 74 24 10
    call print                           ; 10042c: e8 4c fc ff ff
    add esp, 4                           ; 100431: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_21                      ; 100434: b8 54 11 10 00
    push eax                             ; 100439: 50
    call print                           ; 10043a: e8 3e fc ff ff
    add esp, 4                           ; 10043f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100442: 53
    call printU32                        ; 100443: e8 7b fc ff ff
    add esp, 4                           ; 100448: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10044b: b8 24 10 10 00
    push eax                             ; 100450: 50
    call println                         ; 100451: e8 55 fc ff ff
    add esp, 4                           ; 100456: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100459: 5f
    pop esi                              ; 10045a: 5e
    pop ebx                              ; 10045b: 5b
    ret                                  ; 10045c: c3

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
