; tskc 0.1.0 listing of test/golden/arith.ts
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
    call main                            ; 10003d: e8 3c 03 00 00
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
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 100133: 53
    mov eax, [esp+8]                     ; 100134: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100138: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10013c: 50
    call print                           ; 10013d: e8 3b ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100145: b8 1c 10 10 00
    push eax                             ; 10014a: 50
    call print                           ; 10014b: e8 2d ff ff ff
    add esp, 4                           ; 100150: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100153: 53
    call printI32                        ; 100154: e8 a4 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10015c: b8 24 10 10 00
    push eax                             ; 100161: 50
    call println                         ; 100162: e8 44 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10016a: 5b
    ret                                  ; 10016b: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 10016c: 53
    mov eax, [esp+8]                     ; 10016d: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100171: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 02 ff ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10017e: b8 1c 10 10 00
    push eax                             ; 100183: 50
    call print                           ; 100184: e8 f4 fe ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10018c: 53
    call printU32                        ; 10018d: e8 31 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100195: b8 24 10 10 00
    push eax                             ; 10019a: 50
    call println                         ; 10019b: e8 0b ff ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001a3: 5b
    ret                                  ; 1001a4: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebx                             ; 1001a5: 53
    push esi                             ; 1001a6: 56
    push edi                             ; 1001a7: 57
    mov ebx, [esp+0x10]                  ; 1001a8: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 1001ac: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 1001b0: b9 28 10 10 00
    mov eax, ebx                         ; 1001b5: 89 d8
    add eax, esi                         ; 1001b7: 01 f0
    push eax                             ; 1001b9: 50
    push ecx                             ; 1001ba: 51
    call show                            ; 1001bb: e8 73 ff ff ff
    add esp, 8                           ; 1001c0: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 1001c3: b9 34 10 10 00
    mov eax, ebx                         ; 1001c8: 89 d8
    sub eax, esi                         ; 1001ca: 29 f0
    push eax                             ; 1001cc: 50
    push ecx                             ; 1001cd: 51
    call show                            ; 1001ce: e8 60 ff ff ff
    add esp, 8                           ; 1001d3: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001d6: b9 40 10 10 00
    mov eax, ebx                         ; 1001db: 89 d8
    imul eax, esi                        ; 1001dd: 0f af c6
    push eax                             ; 1001e0: 50
    push ecx                             ; 1001e1: 51
    call show                            ; 1001e2: e8 4c ff ff ff
    add esp, 8                           ; 1001e7: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001ea: b9 4c 10 10 00
    mov eax, ebx                         ; 1001ef: 89 d8
    cdq                                  ; 1001f1: 99
    idiv esi                             ; 1001f2: f7 fe
    push eax                             ; 1001f4: 50
    push ecx                             ; 1001f5: 51
    call show                            ; 1001f6: e8 38 ff ff ff
    add esp, 8                           ; 1001fb: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001fe: b9 58 10 10 00
    mov eax, ebx                         ; 100203: 89 d8
    cdq                                  ; 100205: 99
    idiv esi                             ; 100206: f7 fe
    push edx                             ; 100208: 52
    push ecx                             ; 100209: 51
    call show                            ; 10020a: e8 24 ff ff ff
    add esp, 8                           ; 10020f: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 100212: b9 64 10 10 00
    mov edi, 2                           ; 100217: bf 02 00 00 00
    mov eax, esi                         ; 10021c: 89 f0
    cdq                                  ; 10021e: 99
    idiv edi                             ; 10021f: f7 ff
    push eax                             ; 100221: 50
    push ecx                             ; 100222: 51
    call show                            ; 100223: e8 0b ff ff ff
    add esp, 8                           ; 100228: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 10022b: b9 70 10 10 00
    mov edi, 2                           ; 100230: bf 02 00 00 00
    mov eax, esi                         ; 100235: 89 f0
    cdq                                  ; 100237: 99
    idiv edi                             ; 100238: f7 ff
    push edx                             ; 10023a: 52
    push ecx                             ; 10023b: 51
    call show                            ; 10023c: e8 f2 fe ff ff
    add esp, 8                           ; 100241: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 100244: b9 7c 10 10 00
    mov eax, esi                         ; 100249: 89 f0
    sar eax, 1                           ; 10024b: d1 f8
    push eax                             ; 10024d: 50
    push ecx                             ; 10024e: 51
    call show                            ; 10024f: e8 df fe ff ff
    add esp, 8                           ; 100254: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 100257: b9 88 10 10 00
    mov eax, esi                         ; 10025c: 89 f0
    shl eax, 3                           ; 10025e: c1 e0 03
    push eax                             ; 100261: 50
    push ecx                             ; 100262: 51
    call show                            ; 100263: e8 cb fe ff ff
    add esp, 8                           ; 100268: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 10026b: b9 94 10 10 00
    mov eax, esi                         ; 100270: 89 f0
    shr eax, 0x1c                        ; 100272: c1 e8 1c
    push eax                             ; 100275: 50
    push ecx                             ; 100276: 51
    call show                            ; 100277: e8 b7 fe ff ff
    add esp, 8                           ; 10027c: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 10027f: b9 a0 10 10 00
    mov eax, ebx                         ; 100284: 89 d8
    neg eax                              ; 100286: f7 d8
    push eax                             ; 100288: 50
    push ecx                             ; 100289: 51
    call show                            ; 10028a: e8 a4 fe ff ff
    add esp, 8                           ; 10028f: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 100292: b9 a8 10 10 00
    mov eax, ebx                         ; 100297: 89 d8
    not eax                              ; 100299: f7 d0
    push eax                             ; 10029b: 50
    push ecx                             ; 10029c: 51
    call show                            ; 10029d: e8 91 fe ff ff
    add esp, 8                           ; 1002a2: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 1002a5: b9 b0 10 10 00
    mov eax, ebx                         ; 1002aa: 89 d8
    and eax, 0xff                        ; 1002ac: 25 ff 00 00 00
    xor esi, 3                           ; 1002b1: 83 f6 03
    or eax, esi                          ; 1002b4: 09 f0
    push eax                             ; 1002b6: 50
    push ecx                             ; 1002b7: 51
    call show                            ; 1002b8: e8 76 fe ff ff
    add esp, 8                           ; 1002bd: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002c0: b8 c4 10 10 00
    sub ebx, ebx                         ; 1002c5: 29 db
    add ebx, 0x7fffffff                  ; 1002c7: 81 c3 ff ff ff 7f
    add ebx, 1                           ; 1002cd: 83 c3 01
    push ebx                             ; 1002d0: 53
    push eax                             ; 1002d1: 50
    call show                            ; 1002d2: e8 5c fe ff ff
    add esp, 8                           ; 1002d7: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002da: 5f
    pop esi                              ; 1002db: 5e
    pop ebx                              ; 1002dc: 5b
    ret                                  ; 1002dd: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002de: 53
    push esi                             ; 1002df: 56
    mov ebx, [esp+0xc]                   ; 1002e0: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002e4: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002e8: b9 d0 10 10 00
    mov eax, ebx                         ; 1002ed: 89 d8
    xor edx, edx                         ; 1002ef: 31 d2
    div esi                              ; 1002f1: f7 f6
    push eax                             ; 1002f3: 50
    push ecx                             ; 1002f4: 51
    call showU                           ; 1002f5: e8 72 fe ff ff
    add esp, 8                           ; 1002fa: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002fd: b9 dc 10 10 00
    mov eax, ebx                         ; 100302: 89 d8
    xor edx, edx                         ; 100304: 31 d2
    div esi                              ; 100306: f7 f6
    push edx                             ; 100308: 52
    push ecx                             ; 100309: 51
    call showU                           ; 10030a: e8 5d fe ff ff
    add esp, 8                           ; 10030f: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 100312: b9 e8 10 10 00
    mov eax, ebx                         ; 100317: 89 d8
    shr eax, 4                           ; 100319: c1 e8 04
    push eax                             ; 10031c: 50
    push ecx                             ; 10031d: 51
    call showU                           ; 10031e: e8 49 fe ff ff
    add esp, 8                           ; 100323: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 100326: b9 f4 10 10 00
    mov eax, ebx                         ; 10032b: 89 d8
    add eax, 0xa                         ; 10032d: 83 c0 0a
    push eax                             ; 100330: 50
    push ecx                             ; 100331: 51
    call showU                           ; 100332: e8 35 fe ff ff
    add esp, 8                           ; 100337: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 10033a: b9 00 11 10 00
    mov eax, esi                         ; 10033f: 89 f0
    sub eax, 0xb                         ; 100341: 83 e8 0b
    push eax                             ; 100344: 50
    push ecx                             ; 100345: 51
    call showU                           ; 100346: e8 21 fe ff ff
    add esp, 8                           ; 10034b: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 10034e: b9 0c 11 10 00
    mov eax, esi                         ; 100353: 89 f0
    imul eax, esi                        ; 100355: 0f af c6
    imul eax, esi                        ; 100358: 0f af c6
    imul eax, esi                        ; 10035b: 0f af c6
    push eax                             ; 10035e: 50
    push ecx                             ; 10035f: 51
    call showU                           ; 100360: e8 07 fe ff ff
    add esp, 8                           ; 100365: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100368: b8 20 11 10 00
    mov ecx, esi                         ; 10036d: 89 f1
    shl ebx, cl                          ; 10036f: d3 e3
    push ebx                             ; 100371: 53
    push eax                             ; 100372: 50
    call showU                           ; 100373: e8 f4 fd ff ff
    add esp, 8                           ; 100378: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10037b: 5e
    pop ebx                              ; 10037c: 5b
    ret                                  ; 10037d: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 10037e: 6a f9
    push 0x3e8                           ; 100380: 68 e8 03 00 00
    call signed                          ; 100385: e8 1b fe ff ff
    add esp, 8                           ; 10038a: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 10038d: 6a 0a
    push 0xfffffff9                      ; 10038f: 6a f9
    call unsigned                        ; 100391: e8 48 ff ff ff
    add esp, 8                           ; 100396: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 100399: 6a 00
    call exit                            ; 10039b: e8 89 fd ff ff
    add esp, 4                           ; 1003a0: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 1003a3: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003a4: 53
    push esi                             ; 1003a5: 56
    mov esi, [esp+0xc]                   ; 1003a6: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003aa: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003ae: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003b2: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003b6: a1 00 20 10 00
    push ecx                             ; 1003bb: 51
    push edx                             ; 1003bc: 52
    push ebx                             ; 1003bd: 53
    push esi                             ; 1003be: 56
    call eax                             ; 1003bf: ff d0
    add esp, 0x10                        ; 1003c1: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003c4: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003c5: f4
    jmp short .L2                        ; 1003c6: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c8: 53
    push esi                             ; 1003c9: 56
    push edi                             ; 1003ca: 57
    mov ebx, [esp+0x14]                  ; 1003cb: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003cf: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003d3: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003d7: b8 2c 11 10 00
    push eax                             ; 1003dc: 50
    call print                           ; 1003dd: e8 9b fc ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1003e5: 57
    call printU32                        ; 1003e6: e8 d8 fc ff ff
    add esp, 4                           ; 1003eb: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 1003ee: b8 4c 11 10 00
    push eax                             ; 1003f3: 50
    call print                           ; 1003f4: e8 84 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003fc: 56
    call printU32                        ; 1003fd: e8 c1 fc ff ff
    add esp, 4                           ; 100402: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 100405: b8 6c 11 10 00
    push eax                             ; 10040a: 50
    call print                           ; 10040b: e8 6d fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100413: ff 74 24 10
    call print                           ; 100417: e8 61 fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 10041f: b8 74 11 10 00
    push eax                             ; 100424: 50
    call print                           ; 100425: e8 53 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10042d: 53
    call printU32                        ; 10042e: e8 90 fc ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100436: b8 24 10 10 00
    push eax                             ; 10043b: 50
    call println                         ; 10043c: e8 6a fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100444: 5f
    pop esi                              ; 100445: 5e
    pop ebx                              ; 100446: 5b
    ret                                  ; 100447: c3

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
str_4:  ; "a + b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2b, 0x20, 0x62
    times 0x1034 - ($ - $$) db 0
str_5:  ; "a - b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2d, 0x20, 0x62
    times 0x1040 - ($ - $$) db 0
str_6:  ; "a * b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2a, 0x20, 0x62
    times 0x104c - ($ - $$) db 0
str_7:  ; "a / b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2f, 0x20, 0x62
    times 0x1058 - ($ - $$) db 0
str_8:  ; "a % b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x25, 0x20, 0x62
    times 0x1064 - ($ - $$) db 0
str_9:  ; "b / 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x2f, 0x20, 0x32
    times 0x1070 - ($ - $$) db 0
str_10:  ; "b % 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x25, 0x20, 0x32
    times 0x107c - ($ - $$) db 0
str_11:  ; "b >> 1"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x1088 - ($ - $$) db 0
str_12:  ; "b << 3"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3c, 0x3c, 0x20, 0x33
    times 0x1094 - ($ - $$) db 0
str_13:  ; "b >>> 28"
    db 0x8, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x10a0 - ($ - $$) db 0
str_14:  ; "-a"
    db 0x2, 0x0, 0x0, 0x0, 0x2d, 0x61
    times 0x10a8 - ($ - $$) db 0
str_15:  ; "~a"
    db 0x2, 0x0, 0x0, 0x0, 0x7e, 0x61
    times 0x10b0 - ($ - $$) db 0
str_16:  ; "a & 0xff | b ^ 3"
    db 0x10, 0x0, 0x0, 0x0, 0x61, 0x20, 0x26, 0x20, 0x30, 0x78, 0x66, 0x66, 0x20, 0x7c, 0x20, 0x62
    db 0x20, 0x5e, 0x20, 0x33
    times 0x10c4 - ($ - $$) db 0
str_17:  ; "max + 1"
    db 0x7, 0x0, 0x0, 0x0, 0x6d, 0x61, 0x78, 0x20, 0x2b, 0x20, 0x31
    times 0x10d0 - ($ - $$) db 0
str_18:  ; "x / y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2f, 0x20, 0x79
    times 0x10dc - ($ - $$) db 0
str_19:  ; "x % y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x25, 0x20, 0x79
    times 0x10e8 - ($ - $$) db 0
str_20:  ; "x >> 4"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3e, 0x3e, 0x20, 0x34
    times 0x10f4 - ($ - $$) db 0
str_21:  ; "x + 10"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x31, 0x30
    times 0x1100 - ($ - $$) db 0
str_22:  ; "y - 11"
    db 0x6, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2d, 0x20, 0x31, 0x31
    times 0x110c - ($ - $$) db 0
str_23:  ; "y * y * y * y"
    db 0xd, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20
    db 0x79
    times 0x1120 - ($ - $$) db 0
str_24:  ; "x << y"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x79
    times 0x112c - ($ - $$) db 0
str_25:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x114c - ($ - $$) db 0
str_26:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x116c - ($ - $$) db 0
str_27:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1174 - ($ - $$) db 0
str_28:  ; ":"
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
