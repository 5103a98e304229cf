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
    call main                            ; 10003d: e8 42 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 100120: 53
    push esi                             ; 100121: 56
    mov eax, [esp+0xc]                   ; 100122: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100126: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 10012a: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 10012e: 50
    call print                           ; 10012f: e8 41 ff ff ff
    add esp, 4                           ; 100134: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 100137: b8 1c 10 10 00
    push eax                             ; 10013c: 50
    call print                           ; 10013d: e8 33 ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 100145: 56
    call printI32                        ; 100146: e8 a0 ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 10014e: b8 24 10 10 00
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 1c ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 10015c: 53
    call printI32                        ; 10015d: e8 89 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 100165: b8 2c 10 10 00
    push eax                             ; 10016a: 50
    call println                         ; 10016b: e8 29 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100173: 5e
    pop ebx                              ; 100174: 5b
    ret                                  ; 100175: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 100176: 53
    push esi                             ; 100177: 56
    mov eax, [esp+0xc]                   ; 100178: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10017c: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100180: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100184: 50
    call print                           ; 100185: e8 eb fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 10018d: b8 1c 10 10 00
    push eax                             ; 100192: 50
    call print                           ; 100193: e8 dd fe ff ff
    add esp, 4                           ; 100198: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 10019b: 56
    call printU32                        ; 10019c: e8 10 ff ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001a4: b8 24 10 10 00
    push eax                             ; 1001a9: 50
    call print                           ; 1001aa: e8 c6 fe ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001b2: 53
    call printU32                        ; 1001b3: e8 f9 fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001bb: b8 2c 10 10 00
    push eax                             ; 1001c0: 50
    call println                         ; 1001c1: e8 d3 fe ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001c9: 5e
    pop ebx                              ; 1001ca: 5b
    ret                                  ; 1001cb: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001cc: 53
    push esi                             ; 1001cd: 56
    push edi                             ; 1001ce: 57
    mov eax, [esp+0x10]                  ; 1001cf: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001d3: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001d7: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001db: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001df: b9 30 10 10 00
    shr eax, 0xa                         ; 1001e4: c1 e8 0a
    movsx eax, ax                        ; 1001e7: 0f bf c0
    push eax                             ; 1001ea: 50
    push 0xffffffff                      ; 1001eb: 6a ff
    push ecx                             ; 1001ed: 51
    call pairI                           ; 1001ee: e8 2d ff ff ff
    add esp, 0xc                         ; 1001f3: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 1001f6: b9 44 10 10 00
    mov eax, edi                         ; 1001fb: 89 f8
    shr eax, 1                           ; 1001fd: d1 e8
    movsx eax, al                        ; 1001ff: 0f be c0
    push eax                             ; 100202: 50
    push 0xffffffc0                      ; 100203: 6a c0
    push ecx                             ; 100205: 51
    call pairI                           ; 100206: e8 15 ff ff ff
    add esp, 0xc                         ; 10020b: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 10020e: b9 58 10 10 00
    mov eax, edi                         ; 100213: 89 f8
    sar eax, 1                           ; 100215: d1 f8
    movsx eax, al                        ; 100217: 0f be c0
    push eax                             ; 10021a: 50
    push 0xffffffc0                      ; 10021b: 6a c0
    push ecx                             ; 10021d: 51
    call pairI                           ; 10021e: e8 fd fe ff ff
    add esp, 0xc                         ; 100223: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100226: b9 68 10 10 00
    mov eax, edi                         ; 10022b: 89 f8
    shl eax, 1                           ; 10022d: d1 e0
    movsx eax, al                        ; 10022f: 0f be c0
    push eax                             ; 100232: 50
    push 0                               ; 100233: 6a 00
    push ecx                             ; 100235: 51
    call pairI                           ; 100236: e8 e5 fe ff ff
    add esp, 0xc                         ; 10023b: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 10023e: b9 78 10 10 00
    mov eax, esi                         ; 100243: 89 f0
    shl eax, 0x1f                        ; 100245: c1 e0 1f
    shr eax, 0                           ; 100248: c1 e8 00
    push eax                             ; 10024b: 50
    push 0x80000000                      ; 10024c: 68 00 00 00 80
    push ecx                             ; 100251: 51
    call pairU                           ; 100252: e8 1f ff ff ff
    add esp, 0xc                         ; 100257: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 10025a: b9 88 10 10 00
    mov eax, [esp+0x1c]                  ; 10025f: 8b 44 24 1c
    shr eax, 1                           ; 100263: d1 e8
    push eax                             ; 100265: 50
    push 2                               ; 100266: 6a 02
    push ecx                             ; 100268: 51
    call pairU                           ; 100269: e8 08 ff ff ff
    add esp, 0xc                         ; 10026e: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 100271: b8 94 10 10 00
    shr ebx, 0x1c                        ; 100276: c1 eb 1c
    push ebx                             ; 100279: 53
    push 0xf                             ; 10027a: 6a 0f
    push eax                             ; 10027c: 50
    call pairU                           ; 10027d: e8 f4 fe ff ff
    add esp, 0xc                         ; 100282: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100285: b8 a4 10 10 00
    shl esi, 1                           ; 10028a: d1 e6
    push esi                             ; 10028c: 56
    push 2                               ; 10028d: 6a 02
    push eax                             ; 10028f: 50
    call pairU                           ; 100290: e8 e1 fe ff ff
    add esp, 0xc                         ; 100295: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 100298: 5f
    pop esi                              ; 100299: 5e
    pop ebx                              ; 10029a: 5b
    ret                                  ; 10029b: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 10029c: 53
    push esi                             ; 10029d: 56
    push edi                             ; 10029e: 57
    mov ebx, [esp+0x14]                  ; 10029f: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 1002a3: 8b 74 24 18
    mov edi, [esp+0x20]                  ; 1002a7: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002ab: b9 c4 10 10 00
    mov eax, ebx                         ; 1002b0: 89 d8
    cdq                                  ; 1002b2: 99
    idiv esi                             ; 1002b3: f7 fe
    movsx eax, al                        ; 1002b5: 0f be c0
    push eax                             ; 1002b8: 50
    push 0xffffff80                      ; 1002b9: 6a 80
    push ecx                             ; 1002bb: 51
    call pairI                           ; 1002bc: e8 5f fe ff ff
    add esp, 0xc                         ; 1002c1: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002c4: b9 d4 10 10 00
    mov eax, ebx                         ; 1002c9: 89 d8
    cdq                                  ; 1002cb: 99
    idiv esi                             ; 1002cc: f7 fe
    movsx eax, dl                        ; 1002ce: 0f be c2
    push eax                             ; 1002d1: 50
    push 0                               ; 1002d2: 6a 00
    push ecx                             ; 1002d4: 51
    call pairI                           ; 1002d5: e8 46 fe ff ff
    add esp, 0xc                         ; 1002da: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002dd: b9 e4 10 10 00
    mov ebx, [esp+0x1c]                  ; 1002e2: 8b 5c 24 1c
    neg ebx                              ; 1002e6: f7 db
    mov eax, ebx                         ; 1002e8: 89 d8
    cdq                                  ; 1002ea: 99
    idiv edi                             ; 1002eb: f7 ff
    push eax                             ; 1002ed: 50
    push 0xfffffffd                      ; 1002ee: 6a fd
    push ecx                             ; 1002f0: 51
    call pairI                           ; 1002f1: e8 2a fe ff ff
    add esp, 0xc                         ; 1002f6: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 1002f9: b9 f0 10 10 00
    mov eax, ebx                         ; 1002fe: 89 d8
    cdq                                  ; 100300: 99
    idiv edi                             ; 100301: f7 ff
    push edx                             ; 100303: 52
    push 0xffffffff                      ; 100304: 6a ff
    push ecx                             ; 100306: 51
    call pairI                           ; 100307: e8 14 fe ff ff
    add esp, 0xc                         ; 10030c: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 10030f: b9 fc 10 10 00
    mov eax, [esp+0x10]                  ; 100314: 8b 44 24 10
    cdq                                  ; 100318: 99
    idiv edi                             ; 100319: f7 ff
    push eax                             ; 10031b: 50
    push 0xc0000000                      ; 10031c: 68 00 00 00 c0
    push ecx                             ; 100321: 51
    call pairI                           ; 100322: e8 f9 fd ff ff
    add esp, 0xc                         ; 100327: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10032a: 5f
    pop esi                              ; 10032b: 5e
    pop ebx                              ; 10032c: 5b
    ret                                  ; 10032d: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 10032e: 53
    push esi                             ; 10032f: 56
    mov ebx, [esp+0xc]                   ; 100330: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100334: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov ecx, str_18                      ; 100338: b9 08 11 10 00
    test ebx, ebx                        ; 10033d: 85 db
    jne short .L8                        ; 10033f: 75 23
.L6:
    xor eax, eax                         ; 100341: 31 c0
.L7:
    push eax                             ; 100343: 50
    push 1                               ; 100344: 6a 01
    push ecx                             ; 100346: 51
    call pairI                           ; 100347: e8 d4 fd ff ff
    add esp, 0xc                         ; 10034c: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 10034f: b8 1c 11 10 00
    sub ebx, ebx                         ; 100354: 29 db
    movzx ecx, bl                        ; 100356: 0f b6 cb
    test ecx, ecx                        ; 100359: 85 c9
    je short .L18                        ; 10035b: 74 12
.L15:
    mov ecx, 1                           ; 10035d: b9 01 00 00 00
    jmp short .L17                       ; 100362: eb 11
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100364: 85 f6
    je short .L6                         ; 100366: 74 d9
    mov eax, 1                           ; 100368: b8 01 00 00 00
    jmp short .L7                        ; 10036d: eb d4
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 10036f: 85 f6
    jne short .L15                       ; 100371: 75 ea
    xor ecx, ecx                         ; 100373: 31 c9
.L17:
    push ecx                             ; 100375: 51
    push 1                               ; 100376: 6a 01
    push eax                             ; 100378: 50
    call pairI                           ; 100379: e8 a2 fd ff ff
    add esp, 0xc                         ; 10037e: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 100381: 5e
    pop ebx                              ; 100382: 5b
    ret                                  ; 100383: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 100384: 6a ff
    push 5                               ; 100386: 6a 05
    push 1                               ; 100388: 6a 01
    push 0xffffff80                      ; 10038a: 6a 80
    push 0xffffffa8                      ; 10038c: 6a a8
    call shifts                          ; 10038e: e8 39 fe ff ff
    add esp, 0x14                        ; 100393: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 100396: 6a 02
    push 7                               ; 100398: 6a 07
    push 0xffffffff                      ; 10039a: 6a ff
    push 0xffffff80                      ; 10039c: 6a 80
    push 0x80000000                      ; 10039e: 68 00 00 00 80
    call division                        ; 1003a3: e8 f4 fe ff ff
    add esp, 0x14                        ; 1003a8: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003ab: 6a fe
    push 4                               ; 1003ad: 6a 04
    call conditions                      ; 1003af: e8 7a ff ff ff
    add esp, 8                           ; 1003b4: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003b7: 6a 00
    call exit                            ; 1003b9: e8 58 fd ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003c1: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c2: 53
    push esi                             ; 1003c3: 56
    mov esi, [esp+0xc]                   ; 1003c4: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003c8: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003cc: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003d0: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003d4: a1 00 20 10 00
    push ecx                             ; 1003d9: 51
    push edx                             ; 1003da: 52
    push ebx                             ; 1003db: 53
    push esi                             ; 1003dc: 56
    call eax                             ; 1003dd: ff d0
    add esp, 0x10                        ; 1003df: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003e2: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003e3: f4
    jmp short .L2                        ; 1003e4: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003e6: 53
    push esi                             ; 1003e7: 56
    push edi                             ; 1003e8: 57
    mov ebx, [esp+0x14]                  ; 1003e9: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003ed: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003f1: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_20                      ; 1003f5: b8 30 11 10 00
    push eax                             ; 1003fa: 50
    call print                           ; 1003fb: e8 75 fc ff ff
    add esp, 4                           ; 100400: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100403: 57
    call printU32                        ; 100404: e8 a8 fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_21                      ; 10040c: b8 50 11 10 00
    push eax                             ; 100411: 50
    call print                           ; 100412: e8 5e fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10041a: 56
    call printU32                        ; 10041b: e8 91 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_22                      ; 100423: b8 70 11 10 00
    push eax                             ; 100428: 50
    call print                           ; 100429: e8 47 fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100431: ff 74 24 10
    call print                           ; 100435: e8 3b fc ff ff
    add esp, 4                           ; 10043a: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_23                      ; 10043d: b8 78 11 10 00
    push eax                             ; 100442: 50
    call print                           ; 100443: e8 2d fc ff ff
    add esp, 4                           ; 100448: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10044b: 53
    call printU32                        ; 10044c: e8 60 fc ff ff
    add esp, 4                           ; 100451: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 100454: b8 2c 10 10 00
    push eax                             ; 100459: 50
    call println                         ; 10045a: e8 3a fc ff ff
    add esp, 4                           ; 10045f: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100462: 6a 65
    call exit                            ; 100464: e8 ad fc ff ff
    add esp, 4                           ; 100469: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10046c: 5f
    pop esi                              ; 10046d: 5e
    pop ebx                              ; 10046e: 5b
    ret                                  ; 10046f: c3

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
