; tskc 0.1.0 listing of test/golden/folding.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x106000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 60 10 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100100: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100104: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100106: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100107: f4
    jmp short .L2                        ; 100108: eb fd

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 10010a: 53
    push esi                             ; 10010b: 56
    mov eax, [esp+0xc]                   ; 10010c: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100110: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100114: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100118: 50
    call print                           ; 100119: e8 57 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 100121: b8 00 10 10 00
    push eax                             ; 100126: 50
    call print                           ; 100127: e8 49 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 10012f: 56
    call printI32                        ; 100130: e8 9f ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100138: b8 08 10 10 00
    push eax                             ; 10013d: 50
    call print                           ; 10013e: e8 32 ff ff ff
    add esp, 4                           ; 100143: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 100146: 53
    call printI32                        ; 100147: e8 88 ff ff ff
    add esp, 4                           ; 10014c: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 10014f: b8 10 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100154: 50
    call print                           ; 100155: e8 1b ff ff ff
    add esp, 4                           ; 10015a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10015d: 6a 0a
    call putc                            ; 10015f: e8 e2 fe ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100167: 5e
    pop ebx                              ; 100168: 5b
    ret                                  ; 100169: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 10016a: 53
    push esi                             ; 10016b: 56
    mov eax, [esp+0xc]                   ; 10016c: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100170: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100174: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100178: 50
    call print                           ; 100179: e8 f7 fe ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 100181: b8 00 10 10 00
    push eax                             ; 100186: 50
    call print                           ; 100187: e8 e9 fe ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 10018f: 56
    call printU32                        ; 100190: e8 05 ff ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 100198: b8 08 10 10 00
    push eax                             ; 10019d: 50
    call print                           ; 10019e: e8 d2 fe ff ff
    add esp, 4                           ; 1001a3: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001a6: 53
    call printU32                        ; 1001a7: e8 ee fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001af: b8 10 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001b4: 50
    call print                           ; 1001b5: e8 bb fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001bd: 6a 0a
    call putc                            ; 1001bf: e8 82 fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001c7: 5e
    pop ebx                              ; 1001c8: 5b
    ret                                  ; 1001c9: c3

shifts:
    ; test/golden/folding.ts:32: /** @noinline */ function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001ca: 53
    push esi                             ; 1001cb: 56
    push edi                             ; 1001cc: 57
    mov eax, [esp+0x10]                  ; 1001cd: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001d1: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001d5: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001d9: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001dd: b9 14 10 10 00
    shr eax, 0xa                         ; 1001e2: c1 e8 0a
    movsx eax, ax                        ; 1001e5: 0f bf c0
    push eax                             ; 1001e8: 50
    push 0xffffffff                      ; 1001e9: 6a ff
    push ecx                             ; 1001eb: 51
    call pairI                           ; 1001ec: e8 19 ff ff ff
    add esp, 0xc                         ; 1001f1: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 1001f4: b9 28 10 10 00
    mov eax, edi                         ; 1001f9: 89 f8
    shr eax, 1                           ; 1001fb: d1 e8
    movsx eax, al                        ; 1001fd: 0f be c0
    push eax                             ; 100200: 50
    push 0xffffffc0                      ; 100201: 6a c0
    push ecx                             ; 100203: 51
    call pairI                           ; 100204: e8 01 ff ff ff
    add esp, 0xc                         ; 100209: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 10020c: b9 3c 10 10 00
    mov eax, edi                         ; 100211: 89 f8
    sar eax, 1                           ; 100213: d1 f8
    movsx eax, al                        ; 100215: 0f be c0
    push eax                             ; 100218: 50
    push 0xffffffc0                      ; 100219: 6a c0
    push ecx                             ; 10021b: 51
    call pairI                           ; 10021c: e8 e9 fe ff ff
    add esp, 0xc                         ; 100221: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100224: b9 4c 10 10 00
    mov eax, edi                         ; 100229: 89 f8
    shl eax, 1                           ; 10022b: d1 e0
    movsx eax, al                        ; 10022d: 0f be c0
    push eax                             ; 100230: 50
    push 0                               ; 100231: 6a 00
    push ecx                             ; 100233: 51
    call pairI                           ; 100234: e8 d1 fe ff ff
    add esp, 0xc                         ; 100239: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 10023c: b9 5c 10 10 00
    mov eax, esi                         ; 100241: 89 f0
    shl eax, 0x1f                        ; 100243: c1 e0 1f
    shr eax, 0                           ; 100246: c1 e8 00
    push eax                             ; 100249: 50
    push 0x80000000                      ; 10024a: 68 00 00 00 80
    push ecx                             ; 10024f: 51
    call pairU                           ; 100250: e8 15 ff ff ff
    add esp, 0xc                         ; 100255: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 100258: b9 6c 10 10 00
    mov eax, [esp+0x1c]                  ; 10025d: 8b 44 24 1c
    shr eax, 1                           ; 100261: d1 e8
    push eax                             ; 100263: 50
    push 2                               ; 100264: 6a 02
    push ecx                             ; 100266: 51
    call pairU                           ; 100267: e8 fe fe ff ff
    add esp, 0xc                         ; 10026c: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10026f: b8 78 10 10 00
    shr ebx, 0x1c                        ; 100274: c1 eb 1c
    push ebx                             ; 100277: 53
    push 0xf                             ; 100278: 6a 0f
    push eax                             ; 10027a: 50
    call pairU                           ; 10027b: e8 ea fe ff ff
    add esp, 0xc                         ; 100280: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100283: b8 88 10 10 00
    shl esi, 1                           ; 100288: d1 e6
    push esi                             ; 10028a: 56
    push 2                               ; 10028b: 6a 02
    push eax                             ; 10028d: 50
    call pairU                           ; 10028e: e8 d7 fe ff ff
    add esp, 0xc                         ; 100293: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 100296: 5f
    pop esi                              ; 100297: 5e
    pop ebx                              ; 100298: 5b
    ret                                  ; 100299: c3

division:
    ; test/golden/folding.ts:43: /** @noinline */ function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 10029a: 53
    push esi                             ; 10029b: 56
    push edi                             ; 10029c: 57
    mov ebx, [esp+0x14]                  ; 10029d: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 1002a1: 8b 74 24 18
    mov edi, [esp+0x20]                  ; 1002a5: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002a9: b9 a8 10 10 00
    mov eax, ebx                         ; 1002ae: 89 d8
    cdq                                  ; 1002b0: 99
    idiv esi                             ; 1002b1: f7 fe
    movsx eax, al                        ; 1002b3: 0f be c0
    push eax                             ; 1002b6: 50
    push 0xffffff80                      ; 1002b7: 6a 80
    push ecx                             ; 1002b9: 51
    call pairI                           ; 1002ba: e8 4b fe ff ff
    add esp, 0xc                         ; 1002bf: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002c2: b9 b8 10 10 00
    mov eax, ebx                         ; 1002c7: 89 d8
    cdq                                  ; 1002c9: 99
    idiv esi                             ; 1002ca: f7 fe
    movsx eax, dl                        ; 1002cc: 0f be c2
    push eax                             ; 1002cf: 50
    push 0                               ; 1002d0: 6a 00
    push ecx                             ; 1002d2: 51
    call pairI                           ; 1002d3: e8 32 fe ff ff
    add esp, 0xc                         ; 1002d8: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002db: b9 c8 10 10 00
    mov ebx, [esp+0x1c]                  ; 1002e0: 8b 5c 24 1c
    neg ebx                              ; 1002e4: f7 db
    mov eax, ebx                         ; 1002e6: 89 d8
    cdq                                  ; 1002e8: 99
    idiv edi                             ; 1002e9: f7 ff
    push eax                             ; 1002eb: 50
    push 0xfffffffd                      ; 1002ec: 6a fd
    push ecx                             ; 1002ee: 51
    call pairI                           ; 1002ef: e8 16 fe ff ff
    add esp, 0xc                         ; 1002f4: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 1002f7: b9 d4 10 10 00
    mov eax, ebx                         ; 1002fc: 89 d8
    cdq                                  ; 1002fe: 99
    idiv edi                             ; 1002ff: f7 ff
    push edx                             ; 100301: 52
    push 0xffffffff                      ; 100302: 6a ff
    push ecx                             ; 100304: 51
    call pairI                           ; 100305: e8 00 fe ff ff
    add esp, 0xc                         ; 10030a: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 10030d: b9 e0 10 10 00
    mov eax, [esp+0x10]                  ; 100312: 8b 44 24 10
    cdq                                  ; 100316: 99
    idiv edi                             ; 100317: f7 ff
    push eax                             ; 100319: 50
    push 0xc0000000                      ; 10031a: 68 00 00 00 c0
    push ecx                             ; 10031f: 51
    call pairI                           ; 100320: e8 e5 fd ff ff
    add esp, 0xc                         ; 100325: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 100328: 5f
    pop esi                              ; 100329: 5e
    pop ebx                              ; 10032a: 5b
    ret                                  ; 10032b: c3

conditions:
    ; test/golden/folding.ts:51: /** @noinline */ function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 10032c: 53
    push esi                             ; 10032d: 56
    mov ebx, [esp+0xc]                   ; 10032e: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100332: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov ecx, str_18                      ; 100336: b9 ec 10 10 00
    test ebx, ebx                        ; 10033b: 85 db
    jne short .L8                        ; 10033d: 75 23
.L6:
    xor eax, eax                         ; 10033f: 31 c0
.L7:
    push eax                             ; 100341: 50
    push 1                               ; 100342: 6a 01
    push ecx                             ; 100344: 51
    call pairI                           ; 100345: e8 c0 fd ff ff
    add esp, 0xc                         ; 10034a: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 10034d: b8 00 11 10 00
    sub ebx, ebx                         ; 100352: 29 db
    movzx ecx, bl                        ; 100354: 0f b6 cb
    test ecx, ecx                        ; 100357: 85 c9
    je short .L18                        ; 100359: 74 12
.L15:
    mov ecx, 1                           ; 10035b: b9 01 00 00 00
    jmp short .L17                       ; 100360: eb 11
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100362: 85 f6
    je short .L6                         ; 100364: 74 d9
    mov eax, 1                           ; 100366: b8 01 00 00 00
    jmp short .L7                        ; 10036b: eb d4
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 10036d: 85 f6
    jne short .L15                       ; 10036f: 75 ea
    xor ecx, ecx                         ; 100371: 31 c9
.L17:
    push ecx                             ; 100373: 51
    push 1                               ; 100374: 6a 01
    push eax                             ; 100376: 50
    call pairI                           ; 100377: e8 8e fd ff ff
    add esp, 0xc                         ; 10037c: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 10037f: 5e
    pop ebx                              ; 100380: 5b
    ret                                  ; 100381: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 100382: 6a ff
    push 5                               ; 100384: 6a 05
    push 1                               ; 100386: 6a 01
    push 0xffffff80                      ; 100388: 6a 80
    push 0xffffffa8                      ; 10038a: 6a a8
    call shifts                          ; 10038c: e8 39 fe ff ff
    add esp, 0x14                        ; 100391: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 100394: 6a 02
    push 7                               ; 100396: 6a 07
    push 0xffffffff                      ; 100398: 6a ff
    push 0xffffff80                      ; 10039a: 6a 80
    push 0x80000000                      ; 10039c: 68 00 00 00 80
    call division                        ; 1003a1: e8 f4 fe ff ff
    add esp, 0x14                        ; 1003a6: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003a9: 6a fe
    push 4                               ; 1003ab: 6a 04
    call conditions                      ; 1003ad: e8 7a ff ff ff
    add esp, 8                           ; 1003b2: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003b5: 6a 00
    call exit                            ; 1003b7: e8 44 fd ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003bf: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; ": "
    db 0x2, 0x0, 0x0, 0x0, 0x3a, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1010 - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1014 - ($ - $$) db 0
str_5:  ; "i16 -88 >>> 10"
    db 0xe, 0x0, 0x0, 0x0, 0x69, 0x31, 0x36, 0x20, 0x2d, 0x38, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31, 0x30
    times 0x1028 - ($ - $$) db 0
str_6:  ; "i8 -128 >>> 1"
    db 0xd, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31
    times 0x103c - ($ - $$) db 0
str_7:  ; "i8 -128 >> 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x104c - ($ - $$) db 0
str_8:  ; "i8 -128 << 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3c, 0x3c, 0x20, 0x31
    times 0x105c - ($ - $$) db 0
str_9:  ; "1 << 33 >> 2"
    db 0xc, 0x0, 0x0, 0x0, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20, 0x3e, 0x3e, 0x20, 0x32
    times 0x106c - ($ - $$) db 0
str_10:  ; "5 >>> 1"
    db 0x7, 0x0, 0x0, 0x0, 0x35, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x31
    times 0x1078 - ($ - $$) db 0
str_11:  ; "-1 >>> 28"
    db 0x9, 0x0, 0x0, 0x0, 0x2d, 0x31, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x1088 - ($ - $$) db 0
str_12:  ; "u32 1 << 33 (count mod 32)"
    db 0x1a, 0x0, 0x0, 0x0, 0x75, 0x33, 0x32, 0x20, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20
    db 0x28, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x20, 0x6d, 0x6f, 0x64, 0x20, 0x33, 0x32, 0x29
    times 0x10a8 - ($ - $$) db 0
str_13:  ; "i8 -128 / -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x2f, 0x20, 0x2d, 0x31
    times 0x10b8 - ($ - $$) db 0
str_14:  ; "i8 -128 % -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x25, 0x20, 0x2d, 0x31
    times 0x10c8 - ($ - $$) db 0
str_15:  ; "-7 / 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x2f, 0x20, 0x32
    times 0x10d4 - ($ - $$) db 0
str_16:  ; "-7 % 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x25, 0x20, 0x32
    times 0x10e0 - ($ - $$) db 0
str_17:  ; "MIN / 2"
    db 0x7, 0x0, 0x0, 0x0, 0x4d, 0x49, 0x4e, 0x20, 0x2f, 0x20, 0x32
    times 0x10ec - ($ - $$) db 0
str_18:  ; "u8 4 && i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x34, 0x20, 0x26, 0x26, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x1100 - ($ - $$) db 0
str_19:  ; "u8 0 || i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x30, 0x20, 0x7c, 0x7c, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
