; tskc 0.1.0 listing of test/golden/folding.ts
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
    call main                            ; 10003d: e8 43 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 100121: 53
    push esi                             ; 100122: 56
    mov eax, [esp+0xc]                   ; 100123: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100127: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 10012b: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 10012f: 50
    call print                           ; 100130: e8 40 ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 100138: b8 1c 10 10 00
    push eax                             ; 10013d: 50
    call print                           ; 10013e: e8 32 ff ff ff
    add esp, 4                           ; 100143: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 100146: 56
    call printI32                        ; 100147: e8 9f ff ff ff
    add esp, 4                           ; 10014c: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 10014f: b8 24 10 10 00
    push eax                             ; 100154: 50
    call print                           ; 100155: e8 1b ff ff ff
    add esp, 4                           ; 10015a: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 10015d: 53
    call printI32                        ; 10015e: e8 88 ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 100166: b8 2c 10 10 00
    push eax                             ; 10016b: 50
    call println                         ; 10016c: e8 28 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100174: 5e
    pop ebx                              ; 100175: 5b
    ret                                  ; 100176: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 100177: 53
    push esi                             ; 100178: 56
    mov eax, [esp+0xc]                   ; 100179: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10017d: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100181: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100185: 50
    call print                           ; 100186: e8 ea fe ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 10018e: b8 1c 10 10 00
    push eax                             ; 100193: 50
    call print                           ; 100194: e8 dc fe ff ff
    add esp, 4                           ; 100199: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 10019c: 56
    call printU32                        ; 10019d: e8 0f ff ff ff
    add esp, 4                           ; 1001a2: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001a5: b8 24 10 10 00
    push eax                             ; 1001aa: 50
    call print                           ; 1001ab: e8 c5 fe ff ff
    add esp, 4                           ; 1001b0: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001b3: 53
    call printU32                        ; 1001b4: e8 f8 fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001bc: b8 2c 10 10 00
    push eax                             ; 1001c1: 50
    call println                         ; 1001c2: e8 d2 fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001ca: 5e
    pop ebx                              ; 1001cb: 5b
    ret                                  ; 1001cc: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001cd: 53
    push esi                             ; 1001ce: 56
    push edi                             ; 1001cf: 57
    mov eax, [esp+0x10]                  ; 1001d0: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001d4: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001d8: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001dc: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001e0: b9 30 10 10 00
    shr eax, 0xa                         ; 1001e5: c1 e8 0a
    movsx eax, ax                        ; 1001e8: 0f bf c0
    push eax                             ; 1001eb: 50
    push 0xffffffff                      ; 1001ec: 6a ff
    push ecx                             ; 1001ee: 51
    call pairI                           ; 1001ef: e8 2d ff ff ff
    add esp, 0xc                         ; 1001f4: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 1001f7: b9 44 10 10 00
    mov eax, edi                         ; 1001fc: 89 f8
    shr eax, 1                           ; 1001fe: d1 e8
    movsx eax, al                        ; 100200: 0f be c0
    push eax                             ; 100203: 50
    push 0xffffffc0                      ; 100204: 6a c0
    push ecx                             ; 100206: 51
    call pairI                           ; 100207: e8 15 ff ff ff
    add esp, 0xc                         ; 10020c: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 10020f: b9 58 10 10 00
    mov eax, edi                         ; 100214: 89 f8
    sar eax, 1                           ; 100216: d1 f8
    movsx eax, al                        ; 100218: 0f be c0
    push eax                             ; 10021b: 50
    push 0xffffffc0                      ; 10021c: 6a c0
    push ecx                             ; 10021e: 51
    call pairI                           ; 10021f: e8 fd fe ff ff
    add esp, 0xc                         ; 100224: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100227: b9 68 10 10 00
    mov eax, edi                         ; 10022c: 89 f8
    shl eax, 1                           ; 10022e: d1 e0
    movsx eax, al                        ; 100230: 0f be c0
    push eax                             ; 100233: 50
    push 0                               ; 100234: 6a 00
    push ecx                             ; 100236: 51
    call pairI                           ; 100237: e8 e5 fe ff ff
    add esp, 0xc                         ; 10023c: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 10023f: b9 78 10 10 00
    mov eax, esi                         ; 100244: 89 f0
    shl eax, 0x1f                        ; 100246: c1 e0 1f
    shr eax, 0                           ; 100249: c1 e8 00
    push eax                             ; 10024c: 50
    push 0x80000000                      ; 10024d: 68 00 00 00 80
    push ecx                             ; 100252: 51
    call pairU                           ; 100253: e8 1f ff ff ff
    add esp, 0xc                         ; 100258: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 10025b: b9 88 10 10 00
    mov eax, [esp+0x1c]                  ; 100260: 8b 44 24 1c
    shr eax, 1                           ; 100264: d1 e8
    push eax                             ; 100266: 50
    push 2                               ; 100267: 6a 02
    push ecx                             ; 100269: 51
    call pairU                           ; 10026a: e8 08 ff ff ff
    add esp, 0xc                         ; 10026f: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 100272: b8 94 10 10 00
    shr ebx, 0x1c                        ; 100277: c1 eb 1c
    push ebx                             ; 10027a: 53
    push 0xf                             ; 10027b: 6a 0f
    push eax                             ; 10027d: 50
    call pairU                           ; 10027e: e8 f4 fe ff ff
    add esp, 0xc                         ; 100283: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100286: b8 a4 10 10 00
    shl esi, 1                           ; 10028b: d1 e6
    push esi                             ; 10028d: 56
    push 2                               ; 10028e: 6a 02
    push eax                             ; 100290: 50
    call pairU                           ; 100291: e8 e1 fe ff ff
    add esp, 0xc                         ; 100296: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 100299: 5f
    pop esi                              ; 10029a: 5e
    pop ebx                              ; 10029b: 5b
    ret                                  ; 10029c: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 10029d: 53
    push esi                             ; 10029e: 56
    push edi                             ; 10029f: 57
    mov ebx, [esp+0x14]                  ; 1002a0: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 1002a4: 8b 74 24 18
    mov edi, [esp+0x20]                  ; 1002a8: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002ac: b9 c4 10 10 00
    mov eax, ebx                         ; 1002b1: 89 d8
    cdq                                  ; 1002b3: 99
    idiv esi                             ; 1002b4: f7 fe
    movsx eax, al                        ; 1002b6: 0f be c0
    push eax                             ; 1002b9: 50
    push 0xffffff80                      ; 1002ba: 6a 80
    push ecx                             ; 1002bc: 51
    call pairI                           ; 1002bd: e8 5f fe ff ff
    add esp, 0xc                         ; 1002c2: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002c5: b9 d4 10 10 00
    mov eax, ebx                         ; 1002ca: 89 d8
    cdq                                  ; 1002cc: 99
    idiv esi                             ; 1002cd: f7 fe
    movsx eax, dl                        ; 1002cf: 0f be c2
    push eax                             ; 1002d2: 50
    push 0                               ; 1002d3: 6a 00
    push ecx                             ; 1002d5: 51
    call pairI                           ; 1002d6: e8 46 fe ff ff
    add esp, 0xc                         ; 1002db: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002de: b9 e4 10 10 00
    mov ebx, [esp+0x1c]                  ; 1002e3: 8b 5c 24 1c
    neg ebx                              ; 1002e7: f7 db
    mov eax, ebx                         ; 1002e9: 89 d8
    cdq                                  ; 1002eb: 99
    idiv edi                             ; 1002ec: f7 ff
    push eax                             ; 1002ee: 50
    push 0xfffffffd                      ; 1002ef: 6a fd
    push ecx                             ; 1002f1: 51
    call pairI                           ; 1002f2: e8 2a fe ff ff
    add esp, 0xc                         ; 1002f7: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 1002fa: b9 f0 10 10 00
    mov eax, ebx                         ; 1002ff: 89 d8
    cdq                                  ; 100301: 99
    idiv edi                             ; 100302: f7 ff
    push edx                             ; 100304: 52
    push 0xffffffff                      ; 100305: 6a ff
    push ecx                             ; 100307: 51
    call pairI                           ; 100308: e8 14 fe ff ff
    add esp, 0xc                         ; 10030d: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 100310: b9 fc 10 10 00
    mov eax, [esp+0x10]                  ; 100315: 8b 44 24 10
    cdq                                  ; 100319: 99
    idiv edi                             ; 10031a: f7 ff
    push eax                             ; 10031c: 50
    push 0xc0000000                      ; 10031d: 68 00 00 00 c0
    push ecx                             ; 100322: 51
    call pairI                           ; 100323: e8 f9 fd ff ff
    add esp, 0xc                         ; 100328: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10032b: 5f
    pop esi                              ; 10032c: 5e
    pop ebx                              ; 10032d: 5b
    ret                                  ; 10032e: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 10032f: 53
    push esi                             ; 100330: 56
    mov ebx, [esp+0xc]                   ; 100331: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100335: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov ecx, str_18                      ; 100339: b9 08 11 10 00
    test ebx, ebx                        ; 10033e: 85 db
    jne short .L8                        ; 100340: 75 23
.L6:
    xor eax, eax                         ; 100342: 31 c0
.L7:
    push eax                             ; 100344: 50
    push 1                               ; 100345: 6a 01
    push ecx                             ; 100347: 51
    call pairI                           ; 100348: e8 d4 fd ff ff
    add esp, 0xc                         ; 10034d: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 100350: b8 1c 11 10 00
    sub ebx, ebx                         ; 100355: 29 db
    movzx ecx, bl                        ; 100357: 0f b6 cb
    test ecx, ecx                        ; 10035a: 85 c9
    je short .L18                        ; 10035c: 74 12
.L15:
    mov ecx, 1                           ; 10035e: b9 01 00 00 00
    jmp short .L17                       ; 100363: eb 11
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100365: 85 f6
    je short .L6                         ; 100367: 74 d9
    mov eax, 1                           ; 100369: b8 01 00 00 00
    jmp short .L7                        ; 10036e: eb d4
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 100370: 85 f6
    jne short .L15                       ; 100372: 75 ea
    xor ecx, ecx                         ; 100374: 31 c9
.L17:
    push ecx                             ; 100376: 51
    push 1                               ; 100377: 6a 01
    push eax                             ; 100379: 50
    call pairI                           ; 10037a: e8 a2 fd ff ff
    add esp, 0xc                         ; 10037f: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 100382: 5e
    pop ebx                              ; 100383: 5b
    ret                                  ; 100384: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 100385: 6a ff
    push 5                               ; 100387: 6a 05
    push 1                               ; 100389: 6a 01
    push 0xffffff80                      ; 10038b: 6a 80
    push 0xffffffa8                      ; 10038d: 6a a8
    call shifts                          ; 10038f: e8 39 fe ff ff
    add esp, 0x14                        ; 100394: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 100397: 6a 02
    push 7                               ; 100399: 6a 07
    push 0xffffffff                      ; 10039b: 6a ff
    push 0xffffff80                      ; 10039d: 6a 80
    push 0x80000000                      ; 10039f: 68 00 00 00 80
    call division                        ; 1003a4: e8 f4 fe ff ff
    add esp, 0x14                        ; 1003a9: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003ac: 6a fe
    push 4                               ; 1003ae: 6a 04
    call conditions                      ; 1003b0: e8 7a ff ff ff
    add esp, 8                           ; 1003b5: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003b8: 6a 00
    call exit                            ; 1003ba: e8 58 fd ff ff
    add esp, 4                           ; 1003bf: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003c2: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c3: 53
    push esi                             ; 1003c4: 56
    mov esi, [esp+0xc]                   ; 1003c5: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003c9: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003cd: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003d1: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003d5: a1 00 20 10 00
    push ecx                             ; 1003da: 51
    push edx                             ; 1003db: 52
    push ebx                             ; 1003dc: 53
    push esi                             ; 1003dd: 56
    call eax                             ; 1003de: ff d0
    add esp, 0x10                        ; 1003e0: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003e3: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003e4: f4
    jmp short .L2                        ; 1003e5: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003e7: 53
    push esi                             ; 1003e8: 56
    push edi                             ; 1003e9: 57
    mov ebx, [esp+0x14]                  ; 1003ea: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003ee: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003f2: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_20                      ; 1003f6: b8 30 11 10 00
    push eax                             ; 1003fb: 50
    call print                           ; 1003fc: e8 74 fc ff ff
    add esp, 4                           ; 100401: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100404: 57
    call printU32                        ; 100405: e8 a7 fc ff ff
    add esp, 4                           ; 10040a: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_21                      ; 10040d: b8 50 11 10 00
    push eax                             ; 100412: 50
    call print                           ; 100413: e8 5d fc ff ff
    add esp, 4                           ; 100418: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10041b: 56
    call printU32                        ; 10041c: e8 90 fc ff ff
    add esp, 4                           ; 100421: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_22                      ; 100424: b8 70 11 10 00
    push eax                             ; 100429: 50
    call print                           ; 10042a: e8 46 fc ff ff
    add esp, 4                           ; 10042f: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100432: ff 74 24 10
    call print                           ; 100436: e8 3a fc ff ff
    add esp, 4                           ; 10043b: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_23                      ; 10043e: b8 78 11 10 00
    push eax                             ; 100443: 50
    call print                           ; 100444: e8 2c fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10044c: 53
    call printU32                        ; 10044d: e8 5f fc ff ff
    add esp, 4                           ; 100452: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 100455: b8 2c 10 10 00
    push eax                             ; 10045a: 50
    call println                         ; 10045b: e8 39 fc ff ff
    add esp, 4                           ; 100460: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100463: 6a 65
    call exit                            ; 100465: e8 ad fc ff ff
    add esp, 4                           ; 10046a: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10046d: 5f
    pop esi                              ; 10046e: 5e
    pop ebx                              ; 10046f: 5b
    ret                                  ; 100470: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ": "
    db 0x2, 0x0, 0x0, 0x0, 0x3a, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x102c - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1030 - ($ - $$) db 0
str_5:  ; "i16 -88 >>> 10"
    db 0xe, 0x0, 0x0, 0x0, 0x69, 0x31, 0x36, 0x20, 0x2d, 0x38, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31, 0x30
    times 0x1044 - ($ - $$) db 0
str_6:  ; "i8 -128 >>> 1"
    db 0xd, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31
    times 0x1058 - ($ - $$) db 0
str_7:  ; "i8 -128 >> 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x1068 - ($ - $$) db 0
str_8:  ; "i8 -128 << 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3c, 0x3c, 0x20, 0x31
    times 0x1078 - ($ - $$) db 0
str_9:  ; "1 << 33 >> 2"
    db 0xc, 0x0, 0x0, 0x0, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20, 0x3e, 0x3e, 0x20, 0x32
    times 0x1088 - ($ - $$) db 0
str_10:  ; "5 >>> 1"
    db 0x7, 0x0, 0x0, 0x0, 0x35, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x31
    times 0x1094 - ($ - $$) db 0
str_11:  ; "-1 >>> 28"
    db 0x9, 0x0, 0x0, 0x0, 0x2d, 0x31, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x10a4 - ($ - $$) db 0
str_12:  ; "u32 1 << 33 (count mod 32)"
    db 0x1a, 0x0, 0x0, 0x0, 0x75, 0x33, 0x32, 0x20, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20
    db 0x28, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x20, 0x6d, 0x6f, 0x64, 0x20, 0x33, 0x32, 0x29
    times 0x10c4 - ($ - $$) db 0
str_13:  ; "i8 -128 / -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x2f, 0x20, 0x2d, 0x31
    times 0x10d4 - ($ - $$) db 0
str_14:  ; "i8 -128 % -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x25, 0x20, 0x2d, 0x31
    times 0x10e4 - ($ - $$) db 0
str_15:  ; "-7 / 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x2f, 0x20, 0x32
    times 0x10f0 - ($ - $$) db 0
str_16:  ; "-7 % 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x25, 0x20, 0x32
    times 0x10fc - ($ - $$) db 0
str_17:  ; "MIN / 2"
    db 0x7, 0x0, 0x0, 0x0, 0x4d, 0x49, 0x4e, 0x20, 0x2f, 0x20, 0x32
    times 0x1108 - ($ - $$) db 0
str_18:  ; "u8 4 && i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x34, 0x20, 0x26, 0x26, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x111c - ($ - $$) db 0
str_19:  ; "u8 0 || i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x30, 0x20, 0x7c, 0x7c, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x1130 - ($ - $$) db 0
str_20:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1150 - ($ - $$) db 0
str_21:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1170 - ($ - $$) db 0
str_22:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1178 - ($ - $$) db 0
str_23:  ; ":"
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
