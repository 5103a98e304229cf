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
    call main                            ; 10003d: e8 21 03 00 00
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
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 100121: 53
    mov eax, [esp+8]                     ; 100122: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100126: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10012a: 50
    call print                           ; 10012b: e8 45 ff ff ff
    add esp, 4                           ; 100130: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100133: b8 1c 10 10 00
    push eax                             ; 100138: 50
    call print                           ; 100139: e8 37 ff ff ff
    add esp, 4                           ; 10013e: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100141: 53
    call printI32                        ; 100142: e8 a4 ff ff ff
    add esp, 4                           ; 100147: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10014a: b8 24 10 10 00
    push eax                             ; 10014f: 50
    call println                         ; 100150: e8 44 ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 100158: 5b
    ret                                  ; 100159: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 10015a: 53
    mov eax, [esp+8]                     ; 10015b: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 10015f: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 0c ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10016c: b8 1c 10 10 00
    push eax                             ; 100171: 50
    call print                           ; 100172: e8 fe fe ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10017a: 53
    call printU32                        ; 10017b: e8 31 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100183: b8 24 10 10 00
    push eax                             ; 100188: 50
    call println                         ; 100189: e8 0b ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 100191: 5b
    ret                                  ; 100192: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebx                             ; 100193: 53
    push esi                             ; 100194: 56
    push edi                             ; 100195: 57
    mov ebx, [esp+0x10]                  ; 100196: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 10019a: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 10019e: b9 28 10 10 00
    lea eax, [ebx+esi]                   ; 1001a3: 8d 04 33
    push eax                             ; 1001a6: 50
    push ecx                             ; 1001a7: 51
    call show                            ; 1001a8: e8 74 ff ff ff
    add esp, 8                           ; 1001ad: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 1001b0: b9 34 10 10 00
    mov eax, ebx                         ; 1001b5: 89 d8
    sub eax, esi                         ; 1001b7: 29 f0
    push eax                             ; 1001b9: 50
    push ecx                             ; 1001ba: 51
    call show                            ; 1001bb: e8 61 ff ff ff
    add esp, 8                           ; 1001c0: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001c3: b9 40 10 10 00
    mov eax, ebx                         ; 1001c8: 89 d8
    imul eax, esi                        ; 1001ca: 0f af c6
    push eax                             ; 1001cd: 50
    push ecx                             ; 1001ce: 51
    call show                            ; 1001cf: e8 4d ff ff ff
    add esp, 8                           ; 1001d4: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001d7: b9 4c 10 10 00
    mov eax, ebx                         ; 1001dc: 89 d8
    cdq                                  ; 1001de: 99
    idiv esi                             ; 1001df: f7 fe
    push eax                             ; 1001e1: 50
    push ecx                             ; 1001e2: 51
    call show                            ; 1001e3: e8 39 ff ff ff
    add esp, 8                           ; 1001e8: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001eb: b9 58 10 10 00
    mov eax, ebx                         ; 1001f0: 89 d8
    cdq                                  ; 1001f2: 99
    idiv esi                             ; 1001f3: f7 fe
    push edx                             ; 1001f5: 52
    push ecx                             ; 1001f6: 51
    call show                            ; 1001f7: e8 25 ff ff ff
    add esp, 8                           ; 1001fc: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 1001ff: b9 64 10 10 00
    mov eax, esi                         ; 100204: 89 f0
    shr eax, 0x1f                        ; 100206: c1 e8 1f
    add eax, esi                         ; 100209: 01 f0
    sar eax, 1                           ; 10020b: d1 f8
    push eax                             ; 10020d: 50
    push ecx                             ; 10020e: 51
    call show                            ; 10020f: e8 0d ff ff ff
    add esp, 8                           ; 100214: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100217: b9 70 10 10 00
    mov edi, 2                           ; 10021c: bf 02 00 00 00
    mov eax, esi                         ; 100221: 89 f0
    cdq                                  ; 100223: 99
    idiv edi                             ; 100224: f7 ff
    push edx                             ; 100226: 52
    push ecx                             ; 100227: 51
    call show                            ; 100228: e8 f4 fe ff ff
    add esp, 8                           ; 10022d: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 100230: b9 7c 10 10 00
    mov eax, esi                         ; 100235: 89 f0
    sar eax, 1                           ; 100237: d1 f8
    push eax                             ; 100239: 50
    push ecx                             ; 10023a: 51
    call show                            ; 10023b: e8 e1 fe ff ff
    add esp, 8                           ; 100240: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 100243: b9 88 10 10 00
    mov eax, esi                         ; 100248: 89 f0
    shl eax, 3                           ; 10024a: c1 e0 03
    push eax                             ; 10024d: 50
    push ecx                             ; 10024e: 51
    call show                            ; 10024f: e8 cd fe ff ff
    add esp, 8                           ; 100254: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 100257: b9 94 10 10 00
    mov eax, esi                         ; 10025c: 89 f0
    shr eax, 0x1c                        ; 10025e: c1 e8 1c
    push eax                             ; 100261: 50
    push ecx                             ; 100262: 51
    call show                            ; 100263: e8 b9 fe ff ff
    add esp, 8                           ; 100268: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 10026b: b9 a0 10 10 00
    mov eax, ebx                         ; 100270: 89 d8
    neg eax                              ; 100272: f7 d8
    push eax                             ; 100274: 50
    push ecx                             ; 100275: 51
    call show                            ; 100276: e8 a6 fe ff ff
    add esp, 8                           ; 10027b: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 10027e: b9 a8 10 10 00
    mov eax, ebx                         ; 100283: 89 d8
    not eax                              ; 100285: f7 d0
    push eax                             ; 100287: 50
    push ecx                             ; 100288: 51
    call show                            ; 100289: e8 93 fe ff ff
    add esp, 8                           ; 10028e: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 100291: b9 b0 10 10 00
    xor esi, 3                           ; 100296: 83 f6 03
    mov eax, ebx                         ; 100299: 89 d8
    and eax, 0xff                        ; 10029b: 25 ff 00 00 00
    or eax, esi                          ; 1002a0: 09 f0
    push eax                             ; 1002a2: 50
    push ecx                             ; 1002a3: 51
    call show                            ; 1002a4: e8 78 fe ff ff
    add esp, 8                           ; 1002a9: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov ecx, str_17                      ; 1002ac: b9 c4 10 10 00
    sub ebx, ebx                         ; 1002b1: 29 db
    lea eax, [ebx-0x80000000]            ; 1002b3: 8d 83 00 00 00 80
    push eax                             ; 1002b9: 50
    push ecx                             ; 1002ba: 51
    call show                            ; 1002bb: e8 61 fe ff ff
    add esp, 8                           ; 1002c0: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002c3: 5f
    pop esi                              ; 1002c4: 5e
    pop ebx                              ; 1002c5: 5b
    ret                                  ; 1002c6: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002c7: 53
    push esi                             ; 1002c8: 56
    mov ebx, [esp+0xc]                   ; 1002c9: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002cd: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002d1: b9 d0 10 10 00
    mov eax, ebx                         ; 1002d6: 89 d8
    xor edx, edx                         ; 1002d8: 31 d2
    div esi                              ; 1002da: f7 f6
    push eax                             ; 1002dc: 50
    push ecx                             ; 1002dd: 51
    call showU                           ; 1002de: e8 77 fe ff ff
    add esp, 8                           ; 1002e3: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002e6: b9 dc 10 10 00
    mov eax, ebx                         ; 1002eb: 89 d8
    xor edx, edx                         ; 1002ed: 31 d2
    div esi                              ; 1002ef: f7 f6
    push edx                             ; 1002f1: 52
    push ecx                             ; 1002f2: 51
    call showU                           ; 1002f3: e8 62 fe ff ff
    add esp, 8                           ; 1002f8: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 1002fb: b9 e8 10 10 00
    mov eax, ebx                         ; 100300: 89 d8
    shr eax, 4                           ; 100302: c1 e8 04
    push eax                             ; 100305: 50
    push ecx                             ; 100306: 51
    call showU                           ; 100307: e8 4e fe ff ff
    add esp, 8                           ; 10030c: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 10030f: b9 f4 10 10 00
    lea eax, [ebx+0xa]                   ; 100314: 8d 43 0a
    push eax                             ; 100317: 50
    push ecx                             ; 100318: 51
    call showU                           ; 100319: e8 3c fe ff ff
    add esp, 8                           ; 10031e: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 100321: b9 00 11 10 00
    lea eax, [esi-0xb]                   ; 100326: 8d 46 f5
    push eax                             ; 100329: 50
    push ecx                             ; 10032a: 51
    call showU                           ; 10032b: e8 2a fe ff ff
    add esp, 8                           ; 100330: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 100333: b9 0c 11 10 00
    mov eax, esi                         ; 100338: 89 f0
    imul eax, esi                        ; 10033a: 0f af c6
    imul eax, esi                        ; 10033d: 0f af c6
    imul eax, esi                        ; 100340: 0f af c6
    push eax                             ; 100343: 50
    push ecx                             ; 100344: 51
    call showU                           ; 100345: e8 10 fe ff ff
    add esp, 8                           ; 10034a: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 10034d: b8 20 11 10 00
    mov ecx, esi                         ; 100352: 89 f1
    shl ebx, cl                          ; 100354: d3 e3
    push ebx                             ; 100356: 53
    push eax                             ; 100357: 50
    call showU                           ; 100358: e8 fd fd ff ff
    add esp, 8                           ; 10035d: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 100360: 5e
    pop ebx                              ; 100361: 5b
    ret                                  ; 100362: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 100363: 6a f9
    push 0x3e8                           ; 100365: 68 e8 03 00 00
    call signed                          ; 10036a: e8 24 fe ff ff
    add esp, 8                           ; 10036f: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 100372: 6a 0a
    push 0xfffffff9                      ; 100374: 6a f9
    call unsigned                        ; 100376: e8 4c ff ff ff
    add esp, 8                           ; 10037b: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 10037e: 6a 00
    call exit                            ; 100380: e8 92 fd ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 100388: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100389: 53
    push esi                             ; 10038a: 56
    mov esi, [esp+0xc]                   ; 10038b: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10038f: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100393: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100397: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10039b: a1 00 20 10 00
    push ecx                             ; 1003a0: 51
    push edx                             ; 1003a1: 52
    push ebx                             ; 1003a2: 53
    push esi                             ; 1003a3: 56
    call eax                             ; 1003a4: ff d0
    add esp, 0x10                        ; 1003a6: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003a9: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003aa: f4
    jmp short .L2                        ; 1003ab: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003ad: 53
    push esi                             ; 1003ae: 56
    push edi                             ; 1003af: 57
    mov ebx, [esp+0x14]                  ; 1003b0: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003b4: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003b8: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003bc: b8 2c 11 10 00
    push eax                             ; 1003c1: 50
    call print                           ; 1003c2: e8 ae fc ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003ca: 57
    call printU32                        ; 1003cb: e8 e1 fc ff ff
    add esp, 4                           ; 1003d0: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_26                      ; 1003d3: b8 4c 11 10 00
    push eax                             ; 1003d8: 50
    call print                           ; 1003d9: e8 97 fc ff ff
    add esp, 4                           ; 1003de: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003e1: 56
    call printU32                        ; 1003e2: e8 ca fc ff ff
    add esp, 4                           ; 1003e7: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_27                      ; 1003ea: b8 6c 11 10 00
    push eax                             ; 1003ef: 50
    call print                           ; 1003f0: e8 80 fc ff ff
    add esp, 4                           ; 1003f5: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003f8: ff 74 24 10
    call print                           ; 1003fc: e8 74 fc ff ff
    add esp, 4                           ; 100401: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_28                      ; 100404: b8 74 11 10 00
    push eax                             ; 100409: 50
    call print                           ; 10040a: e8 66 fc ff ff
    add esp, 4                           ; 10040f: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100412: 53
    call printU32                        ; 100413: e8 99 fc ff ff
    add esp, 4                           ; 100418: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 10041b: b8 24 10 10 00
    push eax                             ; 100420: 50
    call println                         ; 100421: e8 73 fc ff ff
    add esp, 4                           ; 100426: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100429: 6a 65
    call exit                            ; 10042b: e8 e7 fc ff ff
    add esp, 4                           ; 100430: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100433: 5f
    pop esi                              ; 100434: 5e
    pop ebx                              ; 100435: 5b
    ret                                  ; 100436: c3

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
