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
    call main                            ; 10003d: e8 46 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 100124: 53
    push esi                             ; 100125: 56
    mov eax, [esp+0xc]                   ; 100126: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10012a: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 10012e: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100132: 50
    call print                           ; 100133: e8 3d ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 10013b: b8 1c 10 10 00
    push eax                             ; 100140: 50
    call print                           ; 100141: e8 2f ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 100149: 56
    call printI32                        ; 10014a: e8 a0 ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100152: b8 24 10 10 00
    push eax                             ; 100157: 50
    call print                           ; 100158: e8 18 ff ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 100160: 53
    call printI32                        ; 100161: e8 89 ff ff ff
    add esp, 4                           ; 100166: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 100169: b8 2c 10 10 00
    push eax                             ; 10016e: 50
    call println                         ; 10016f: e8 29 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100177: 5e
    pop ebx                              ; 100178: 5b
    ret                                  ; 100179: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 10017a: 53
    push esi                             ; 10017b: 56
    mov eax, [esp+0xc]                   ; 10017c: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100180: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100184: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100188: 50
    call print                           ; 100189: e8 e7 fe ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 100191: b8 1c 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 d9 fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 10019f: 56
    call printU32                        ; 1001a0: e8 10 ff ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001a8: b8 24 10 10 00
    push eax                             ; 1001ad: 50
    call print                           ; 1001ae: e8 c2 fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001b6: 53
    call printU32                        ; 1001b7: e8 f9 fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001bf: b8 2c 10 10 00
    push eax                             ; 1001c4: 50
    call println                         ; 1001c5: e8 d3 fe ff ff
    add esp, 4                           ; 1001ca: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001cd: 5e
    pop ebx                              ; 1001ce: 5b
    ret                                  ; 1001cf: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001d0: 53
    push esi                             ; 1001d1: 56
    push edi                             ; 1001d2: 57
    mov eax, [esp+0x10]                  ; 1001d3: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001d7: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001db: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001df: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001e3: b9 30 10 10 00
    shr eax, 0xa                         ; 1001e8: c1 e8 0a
    movsx eax, ax                        ; 1001eb: 0f bf c0
    push eax                             ; 1001ee: 50
    push 0xffffffff                      ; 1001ef: 6a ff
    push ecx                             ; 1001f1: 51
    call pairI                           ; 1001f2: e8 2d ff ff ff
    add esp, 0xc                         ; 1001f7: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 1001fa: b9 44 10 10 00
    mov eax, edi                         ; 1001ff: 89 f8
    shr eax, 1                           ; 100201: d1 e8
    movsx eax, al                        ; 100203: 0f be c0
    push eax                             ; 100206: 50
    push 0xffffffc0                      ; 100207: 6a c0
    push ecx                             ; 100209: 51
    call pairI                           ; 10020a: e8 15 ff ff ff
    add esp, 0xc                         ; 10020f: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 100212: b9 58 10 10 00
    mov eax, edi                         ; 100217: 89 f8
    sar eax, 1                           ; 100219: d1 f8
    movsx eax, al                        ; 10021b: 0f be c0
    push eax                             ; 10021e: 50
    push 0xffffffc0                      ; 10021f: 6a c0
    push ecx                             ; 100221: 51
    call pairI                           ; 100222: e8 fd fe ff ff
    add esp, 0xc                         ; 100227: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 10022a: b9 68 10 10 00
    mov eax, edi                         ; 10022f: 89 f8
    shl eax, 1                           ; 100231: d1 e0
    movsx eax, al                        ; 100233: 0f be c0
    push eax                             ; 100236: 50
    push 0                               ; 100237: 6a 00
    push ecx                             ; 100239: 51
    call pairI                           ; 10023a: e8 e5 fe ff ff
    add esp, 0xc                         ; 10023f: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 100242: b9 78 10 10 00
    mov eax, esi                         ; 100247: 89 f0
    shl eax, 0x1f                        ; 100249: c1 e0 1f
    shr eax, 0                           ; 10024c: c1 e8 00
    push eax                             ; 10024f: 50
    push 0x80000000                      ; 100250: 68 00 00 00 80
    push ecx                             ; 100255: 51
    call pairU                           ; 100256: e8 1f ff ff ff
    add esp, 0xc                         ; 10025b: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 10025e: b9 88 10 10 00
    mov eax, [esp+0x1c]                  ; 100263: 8b 44 24 1c
    shr eax, 1                           ; 100267: d1 e8
    push eax                             ; 100269: 50
    push 2                               ; 10026a: 6a 02
    push ecx                             ; 10026c: 51
    call pairU                           ; 10026d: e8 08 ff ff ff
    add esp, 0xc                         ; 100272: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 100275: b8 94 10 10 00
    shr ebx, 0x1c                        ; 10027a: c1 eb 1c
    push ebx                             ; 10027d: 53
    push 0xf                             ; 10027e: 6a 0f
    push eax                             ; 100280: 50
    call pairU                           ; 100281: e8 f4 fe ff ff
    add esp, 0xc                         ; 100286: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100289: b8 a4 10 10 00
    shl esi, 1                           ; 10028e: d1 e6
    push esi                             ; 100290: 56
    push 2                               ; 100291: 6a 02
    push eax                             ; 100293: 50
    call pairU                           ; 100294: e8 e1 fe ff ff
    add esp, 0xc                         ; 100299: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 10029c: 5f
    pop esi                              ; 10029d: 5e
    pop ebx                              ; 10029e: 5b
    ret                                  ; 10029f: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 1002a0: 53
    push esi                             ; 1002a1: 56
    push edi                             ; 1002a2: 57
    mov ebx, [esp+0x14]                  ; 1002a3: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 1002a7: 8b 74 24 18
    mov edi, [esp+0x20]                  ; 1002ab: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002af: b9 c4 10 10 00
    mov eax, ebx                         ; 1002b4: 89 d8
    cdq                                  ; 1002b6: 99
    idiv esi                             ; 1002b7: f7 fe
    movsx eax, al                        ; 1002b9: 0f be c0
    push eax                             ; 1002bc: 50
    push 0xffffff80                      ; 1002bd: 6a 80
    push ecx                             ; 1002bf: 51
    call pairI                           ; 1002c0: e8 5f fe ff ff
    add esp, 0xc                         ; 1002c5: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002c8: b9 d4 10 10 00
    mov eax, ebx                         ; 1002cd: 89 d8
    cdq                                  ; 1002cf: 99
    idiv esi                             ; 1002d0: f7 fe
    movsx eax, dl                        ; 1002d2: 0f be c2
    push eax                             ; 1002d5: 50
    push 0                               ; 1002d6: 6a 00
    push ecx                             ; 1002d8: 51
    call pairI                           ; 1002d9: e8 46 fe ff ff
    add esp, 0xc                         ; 1002de: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002e1: b9 e4 10 10 00
    mov ebx, [esp+0x1c]                  ; 1002e6: 8b 5c 24 1c
    neg ebx                              ; 1002ea: f7 db
    mov eax, ebx                         ; 1002ec: 89 d8
    cdq                                  ; 1002ee: 99
    idiv edi                             ; 1002ef: f7 ff
    push eax                             ; 1002f1: 50
    push 0xfffffffd                      ; 1002f2: 6a fd
    push ecx                             ; 1002f4: 51
    call pairI                           ; 1002f5: e8 2a fe ff ff
    add esp, 0xc                         ; 1002fa: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 1002fd: b9 f0 10 10 00
    mov eax, ebx                         ; 100302: 89 d8
    cdq                                  ; 100304: 99
    idiv edi                             ; 100305: f7 ff
    push edx                             ; 100307: 52
    push 0xffffffff                      ; 100308: 6a ff
    push ecx                             ; 10030a: 51
    call pairI                           ; 10030b: e8 14 fe ff ff
    add esp, 0xc                         ; 100310: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 100313: b9 fc 10 10 00
    mov eax, [esp+0x10]                  ; 100318: 8b 44 24 10
    cdq                                  ; 10031c: 99
    idiv edi                             ; 10031d: f7 ff
    push eax                             ; 10031f: 50
    push 0xc0000000                      ; 100320: 68 00 00 00 c0
    push ecx                             ; 100325: 51
    call pairI                           ; 100326: e8 f9 fd ff ff
    add esp, 0xc                         ; 10032b: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10032e: 5f
    pop esi                              ; 10032f: 5e
    pop ebx                              ; 100330: 5b
    ret                                  ; 100331: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 100332: 53
    push esi                             ; 100333: 56
    mov ebx, [esp+0xc]                   ; 100334: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100338: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov ecx, str_18                      ; 10033c: b9 08 11 10 00
    test ebx, ebx                        ; 100341: 85 db
    jne short .L8                        ; 100343: 75 23
.L6:
    xor eax, eax                         ; 100345: 31 c0
.L7:
    push eax                             ; 100347: 50
    push 1                               ; 100348: 6a 01
    push ecx                             ; 10034a: 51
    call pairI                           ; 10034b: e8 d4 fd ff ff
    add esp, 0xc                         ; 100350: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 100353: b8 1c 11 10 00
    sub ebx, ebx                         ; 100358: 29 db
    movzx ecx, bl                        ; 10035a: 0f b6 cb
    test ecx, ecx                        ; 10035d: 85 c9
    je short .L18                        ; 10035f: 74 12
.L15:
    mov ecx, 1                           ; 100361: b9 01 00 00 00
    jmp short .L17                       ; 100366: eb 11
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100368: 85 f6
    je short .L6                         ; 10036a: 74 d9
    mov eax, 1                           ; 10036c: b8 01 00 00 00
    jmp short .L7                        ; 100371: eb d4
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 100373: 85 f6
    jne short .L15                       ; 100375: 75 ea
    xor ecx, ecx                         ; 100377: 31 c9
.L17:
    push ecx                             ; 100379: 51
    push 1                               ; 10037a: 6a 01
    push eax                             ; 10037c: 50
    call pairI                           ; 10037d: e8 a2 fd ff ff
    add esp, 0xc                         ; 100382: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 100385: 5e
    pop ebx                              ; 100386: 5b
    ret                                  ; 100387: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 100388: 6a ff
    push 5                               ; 10038a: 6a 05
    push 1                               ; 10038c: 6a 01
    push 0xffffff80                      ; 10038e: 6a 80
    push 0xffffffa8                      ; 100390: 6a a8
    call shifts                          ; 100392: e8 39 fe ff ff
    add esp, 0x14                        ; 100397: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 10039a: 6a 02
    push 7                               ; 10039c: 6a 07
    push 0xffffffff                      ; 10039e: 6a ff
    push 0xffffff80                      ; 1003a0: 6a 80
    push 0x80000000                      ; 1003a2: 68 00 00 00 80
    call division                        ; 1003a7: e8 f4 fe ff ff
    add esp, 0x14                        ; 1003ac: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003af: 6a fe
    push 4                               ; 1003b1: 6a 04
    call conditions                      ; 1003b3: e8 7a ff ff ff
    add esp, 8                           ; 1003b8: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003bb: 6a 00
    call exit                            ; 1003bd: e8 58 fd ff ff
    add esp, 4                           ; 1003c2: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003c5: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c6: 53
    push esi                             ; 1003c7: 56
    mov esi, [esp+0xc]                   ; 1003c8: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003cc: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003d0: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003d4: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003d8: a1 00 20 10 00
    push ecx                             ; 1003dd: 51
    push edx                             ; 1003de: 52
    push ebx                             ; 1003df: 53
    push esi                             ; 1003e0: 56
    call eax                             ; 1003e1: ff d0
    add esp, 0x10                        ; 1003e3: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003e6: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003e7: f4
    jmp short .L2                        ; 1003e8: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003ea: 53
    push esi                             ; 1003eb: 56
    push edi                             ; 1003ec: 57
    mov ebx, [esp+0x14]                  ; 1003ed: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003f1: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003f5: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_20                      ; 1003f9: b8 30 11 10 00
    push eax                             ; 1003fe: 50
    call print                           ; 1003ff: e8 71 fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100407: 57
    call printU32                        ; 100408: e8 a8 fc ff ff
    add esp, 4                           ; 10040d: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_21                      ; 100410: b8 50 11 10 00
    push eax                             ; 100415: 50
    call print                           ; 100416: e8 5a fc ff ff
    add esp, 4                           ; 10041b: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10041e: 56
    call printU32                        ; 10041f: e8 91 fc ff ff
    add esp, 4                           ; 100424: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_22                      ; 100427: b8 70 11 10 00
    push eax                             ; 10042c: 50
    call print                           ; 10042d: e8 43 fc ff ff
    add esp, 4                           ; 100432: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100435: ff 74 24 10
    call print                           ; 100439: e8 37 fc ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_23                      ; 100441: b8 78 11 10 00
    push eax                             ; 100446: 50
    call print                           ; 100447: e8 29 fc ff ff
    add esp, 4                           ; 10044c: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10044f: 53
    call printU32                        ; 100450: e8 60 fc ff ff
    add esp, 4                           ; 100455: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 100458: b8 2c 10 10 00
    push eax                             ; 10045d: 50
    call println                         ; 10045e: e8 3a fc ff ff
    add esp, 4                           ; 100463: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100466: 6a 65
    call exit                            ; 100468: e8 ad fc ff ff
    add esp, 4                           ; 10046d: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100470: 5f
    pop esi                              ; 100471: 5e
    pop ebx                              ; 100472: 5b
    ret                                  ; 100473: c3

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
