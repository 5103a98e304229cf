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
    call main                            ; 10003d: e8 20 03 00 00
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
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 100120: 53
    mov eax, [esp+8]                     ; 100121: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100125: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 100129: 50
    call print                           ; 10012a: e8 46 ff ff ff
    add esp, 4                           ; 10012f: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100132: b8 1c 10 10 00
    push eax                             ; 100137: 50
    call print                           ; 100138: e8 38 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100140: 53
    call printI32                        ; 100141: e8 a5 ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 100149: b8 24 10 10 00
    push eax                             ; 10014e: 50
    call println                         ; 10014f: e8 45 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 100157: 5b
    ret                                  ; 100158: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 100159: 53
    mov eax, [esp+8]                     ; 10015a: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 10015e: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100162: 50
    call print                           ; 100163: e8 0d ff ff ff
    add esp, 4                           ; 100168: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10016b: b8 1c 10 10 00
    push eax                             ; 100170: 50
    call print                           ; 100171: e8 ff fe ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 100179: 53
    call printU32                        ; 10017a: e8 32 ff ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100182: b8 24 10 10 00
    push eax                             ; 100187: 50
    call println                         ; 100188: e8 0c ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 100190: 5b
    ret                                  ; 100191: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebx                             ; 100192: 53
    push esi                             ; 100193: 56
    push edi                             ; 100194: 57
    mov ebx, [esp+0x10]                  ; 100195: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 100199: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 10019d: b9 28 10 10 00
    lea eax, [ebx+esi]                   ; 1001a2: 8d 04 33
    push eax                             ; 1001a5: 50
    push ecx                             ; 1001a6: 51
    call show                            ; 1001a7: e8 74 ff ff ff
    add esp, 8                           ; 1001ac: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 1001af: b9 34 10 10 00
    mov eax, ebx                         ; 1001b4: 89 d8
    sub eax, esi                         ; 1001b6: 29 f0
    push eax                             ; 1001b8: 50
    push ecx                             ; 1001b9: 51
    call show                            ; 1001ba: e8 61 ff ff ff
    add esp, 8                           ; 1001bf: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001c2: b9 40 10 10 00
    mov eax, ebx                         ; 1001c7: 89 d8
    imul eax, esi                        ; 1001c9: 0f af c6
    push eax                             ; 1001cc: 50
    push ecx                             ; 1001cd: 51
    call show                            ; 1001ce: e8 4d ff ff ff
    add esp, 8                           ; 1001d3: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001d6: b9 4c 10 10 00
    mov eax, ebx                         ; 1001db: 89 d8
    cdq                                  ; 1001dd: 99
    idiv esi                             ; 1001de: f7 fe
    push eax                             ; 1001e0: 50
    push ecx                             ; 1001e1: 51
    call show                            ; 1001e2: e8 39 ff ff ff
    add esp, 8                           ; 1001e7: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001ea: b9 58 10 10 00
    mov eax, ebx                         ; 1001ef: 89 d8
    cdq                                  ; 1001f1: 99
    idiv esi                             ; 1001f2: f7 fe
    push edx                             ; 1001f4: 52
    push ecx                             ; 1001f5: 51
    call show                            ; 1001f6: e8 25 ff ff ff
    add esp, 8                           ; 1001fb: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 1001fe: b9 64 10 10 00
    mov eax, esi                         ; 100203: 89 f0
    shr eax, 0x1f                        ; 100205: c1 e8 1f
    add eax, esi                         ; 100208: 01 f0
    sar eax, 1                           ; 10020a: d1 f8
    push eax                             ; 10020c: 50
    push ecx                             ; 10020d: 51
    call show                            ; 10020e: e8 0d ff ff ff
    add esp, 8                           ; 100213: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100216: b9 70 10 10 00
    mov edi, 2                           ; 10021b: bf 02 00 00 00
    mov eax, esi                         ; 100220: 89 f0
    cdq                                  ; 100222: 99
    idiv edi                             ; 100223: f7 ff
    push edx                             ; 100225: 52
    push ecx                             ; 100226: 51
    call show                            ; 100227: e8 f4 fe ff ff
    add esp, 8                           ; 10022c: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 10022f: b9 7c 10 10 00
    mov eax, esi                         ; 100234: 89 f0
    sar eax, 1                           ; 100236: d1 f8
    push eax                             ; 100238: 50
    push ecx                             ; 100239: 51
    call show                            ; 10023a: e8 e1 fe ff ff
    add esp, 8                           ; 10023f: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 100242: b9 88 10 10 00
    mov eax, esi                         ; 100247: 89 f0
    shl eax, 3                           ; 100249: c1 e0 03
    push eax                             ; 10024c: 50
    push ecx                             ; 10024d: 51
    call show                            ; 10024e: e8 cd fe ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 100256: b9 94 10 10 00
    mov eax, esi                         ; 10025b: 89 f0
    shr eax, 0x1c                        ; 10025d: c1 e8 1c
    push eax                             ; 100260: 50
    push ecx                             ; 100261: 51
    call show                            ; 100262: e8 b9 fe ff ff
    add esp, 8                           ; 100267: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 10026a: b9 a0 10 10 00
    mov eax, ebx                         ; 10026f: 89 d8
    neg eax                              ; 100271: f7 d8
    push eax                             ; 100273: 50
    push ecx                             ; 100274: 51
    call show                            ; 100275: e8 a6 fe ff ff
    add esp, 8                           ; 10027a: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 10027d: b9 a8 10 10 00
    mov eax, ebx                         ; 100282: 89 d8
    not eax                              ; 100284: f7 d0
    push eax                             ; 100286: 50
    push ecx                             ; 100287: 51
    call show                            ; 100288: e8 93 fe ff ff
    add esp, 8                           ; 10028d: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 100290: b9 b0 10 10 00
    xor esi, 3                           ; 100295: 83 f6 03
    mov eax, ebx                         ; 100298: 89 d8
    and eax, 0xff                        ; 10029a: 25 ff 00 00 00
    or eax, esi                          ; 10029f: 09 f0
    push eax                             ; 1002a1: 50
    push ecx                             ; 1002a2: 51
    call show                            ; 1002a3: e8 78 fe ff ff
    add esp, 8                           ; 1002a8: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov ecx, str_17                      ; 1002ab: b9 c4 10 10 00
    sub ebx, ebx                         ; 1002b0: 29 db
    lea eax, [ebx-0x80000000]            ; 1002b2: 8d 83 00 00 00 80
    push eax                             ; 1002b8: 50
    push ecx                             ; 1002b9: 51
    call show                            ; 1002ba: e8 61 fe ff ff
    add esp, 8                           ; 1002bf: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002c2: 5f
    pop esi                              ; 1002c3: 5e
    pop ebx                              ; 1002c4: 5b
    ret                                  ; 1002c5: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002c6: 53
    push esi                             ; 1002c7: 56
    mov ebx, [esp+0xc]                   ; 1002c8: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002cc: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002d0: b9 d0 10 10 00
    mov eax, ebx                         ; 1002d5: 89 d8
    xor edx, edx                         ; 1002d7: 31 d2
    div esi                              ; 1002d9: f7 f6
    push eax                             ; 1002db: 50
    push ecx                             ; 1002dc: 51
    call showU                           ; 1002dd: e8 77 fe ff ff
    add esp, 8                           ; 1002e2: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002e5: b9 dc 10 10 00
    mov eax, ebx                         ; 1002ea: 89 d8
    xor edx, edx                         ; 1002ec: 31 d2
    div esi                              ; 1002ee: f7 f6
    push edx                             ; 1002f0: 52
    push ecx                             ; 1002f1: 51
    call showU                           ; 1002f2: e8 62 fe ff ff
    add esp, 8                           ; 1002f7: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 1002fa: b9 e8 10 10 00
    mov eax, ebx                         ; 1002ff: 89 d8
    shr eax, 4                           ; 100301: c1 e8 04
    push eax                             ; 100304: 50
    push ecx                             ; 100305: 51
    call showU                           ; 100306: e8 4e fe ff ff
    add esp, 8                           ; 10030b: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 10030e: b9 f4 10 10 00
    lea eax, [ebx+0xa]                   ; 100313: 8d 43 0a
    push eax                             ; 100316: 50
    push ecx                             ; 100317: 51
    call showU                           ; 100318: e8 3c fe ff ff
    add esp, 8                           ; 10031d: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 100320: b9 00 11 10 00
    lea eax, [esi-0xb]                   ; 100325: 8d 46 f5
    push eax                             ; 100328: 50
    push ecx                             ; 100329: 51
    call showU                           ; 10032a: e8 2a fe ff ff
    add esp, 8                           ; 10032f: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 100332: b9 0c 11 10 00
    mov eax, esi                         ; 100337: 89 f0
    imul eax, esi                        ; 100339: 0f af c6
    imul eax, esi                        ; 10033c: 0f af c6
    imul eax, esi                        ; 10033f: 0f af c6
    push eax                             ; 100342: 50
    push ecx                             ; 100343: 51
    call showU                           ; 100344: e8 10 fe ff ff
    add esp, 8                           ; 100349: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 10034c: b8 20 11 10 00
    mov ecx, esi                         ; 100351: 89 f1
    shl ebx, cl                          ; 100353: d3 e3
    push ebx                             ; 100355: 53
    push eax                             ; 100356: 50
    call showU                           ; 100357: e8 fd fd ff ff
    add esp, 8                           ; 10035c: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10035f: 5e
    pop ebx                              ; 100360: 5b
    ret                                  ; 100361: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 100362: 6a f9
    push 0x3e8                           ; 100364: 68 e8 03 00 00
    call signed                          ; 100369: e8 24 fe ff ff
    add esp, 8                           ; 10036e: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 100371: 6a 0a
    push 0xfffffff9                      ; 100373: 6a f9
    call unsigned                        ; 100375: e8 4c ff ff ff
    add esp, 8                           ; 10037a: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 10037d: 6a 00
    call exit                            ; 10037f: e8 92 fd ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 100387: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100388: 53
    push esi                             ; 100389: 56
    mov esi, [esp+0xc]                   ; 10038a: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10038e: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100392: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100396: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10039a: a1 00 20 10 00
    push ecx                             ; 10039f: 51
    push edx                             ; 1003a0: 52
    push ebx                             ; 1003a1: 53
    push esi                             ; 1003a2: 56
    call eax                             ; 1003a3: ff d0
    add esp, 0x10                        ; 1003a5: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003a8: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003a9: f4
    jmp short .L2                        ; 1003aa: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003ac: 53
    push esi                             ; 1003ad: 56
    push edi                             ; 1003ae: 57
    mov ebx, [esp+0x14]                  ; 1003af: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003b3: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003b7: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003bb: b8 2c 11 10 00
    push eax                             ; 1003c0: 50
    call print                           ; 1003c1: e8 af fc ff ff
    add esp, 4                           ; 1003c6: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003c9: 57
    call printU32                        ; 1003ca: e8 e2 fc ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_26                      ; 1003d2: b8 4c 11 10 00
    push eax                             ; 1003d7: 50
    call print                           ; 1003d8: e8 98 fc ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003e0: 56
    call printU32                        ; 1003e1: e8 cb fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_27                      ; 1003e9: b8 6c 11 10 00
    push eax                             ; 1003ee: 50
    call print                           ; 1003ef: e8 81 fc ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003f7: ff 74 24 10
    call print                           ; 1003fb: e8 75 fc ff ff
    add esp, 4                           ; 100400: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_28                      ; 100403: b8 74 11 10 00
    push eax                             ; 100408: 50
    call print                           ; 100409: e8 67 fc ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100411: 53
    call printU32                        ; 100412: e8 9a fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 10041a: b8 24 10 10 00
    push eax                             ; 10041f: 50
    call println                         ; 100420: e8 74 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100428: 6a 65
    call exit                            ; 10042a: e8 e7 fc ff ff
    add esp, 4                           ; 10042f: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100432: 5f
    pop esi                              ; 100433: 5e
    pop ebx                              ; 100434: 5b
    ret                                  ; 100435: c3

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
