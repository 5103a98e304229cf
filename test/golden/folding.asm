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
    call main                            ; 10003d: e8 6d 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    mov eax, [esp+0xc]                   ; 100135: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 100139: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 10013d: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100141: 50
    call print                           ; 100142: e8 36 ff ff ff
    add esp, 4                           ; 100147: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 10014a: b8 1c 10 10 00
    push eax                             ; 10014f: 50
    call print                           ; 100150: e8 28 ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 100158: 56
    call printI32                        ; 100159: e8 9f ff ff ff
    add esp, 4                           ; 10015e: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100161: b8 24 10 10 00
    push eax                             ; 100166: 50
    call print                           ; 100167: e8 11 ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 10016f: 53
    call printI32                        ; 100170: e8 88 ff ff ff
    add esp, 4                           ; 100175: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 100178: b8 2c 10 10 00
    push eax                             ; 10017d: 50
    call println                         ; 10017e: e8 28 ff ff ff
    add esp, 4                           ; 100183: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100186: 5e
    pop ebx                              ; 100187: 5b
    ret                                  ; 100188: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 100189: 53
    push esi                             ; 10018a: 56
    mov eax, [esp+0xc]                   ; 10018b: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10018f: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100193: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 e0 fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 1001a0: b8 1c 10 10 00
    push eax                             ; 1001a5: 50
    call print                           ; 1001a6: e8 d2 fe ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 1001ae: 56
    call printU32                        ; 1001af: e8 0f ff ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001b7: b8 24 10 10 00
    push eax                             ; 1001bc: 50
    call print                           ; 1001bd: e8 bb fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001c5: 53
    call printU32                        ; 1001c6: e8 f8 fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001ce: b8 2c 10 10 00
    push eax                             ; 1001d3: 50
    call println                         ; 1001d4: e8 d2 fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001dc: 5e
    pop ebx                              ; 1001dd: 5b
    ret                                  ; 1001de: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001df: 53
    push esi                             ; 1001e0: 56
    push edi                             ; 1001e1: 57
    mov eax, [esp+0x10]                  ; 1001e2: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001e6: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001ea: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001ee: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001f2: b9 30 10 10 00
    shr eax, 0xa                         ; 1001f7: c1 e8 0a
    movsx eax, ax                        ; 1001fa: 0f bf c0
    push eax                             ; 1001fd: 50
    push 0xffffffff                      ; 1001fe: 6a ff
    push ecx                             ; 100200: 51
    call pairI                           ; 100201: e8 2d ff ff ff
    add esp, 0xc                         ; 100206: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 100209: b9 44 10 10 00
    mov eax, edi                         ; 10020e: 89 f8
    shr eax, 1                           ; 100210: d1 e8
    movsx eax, al                        ; 100212: 0f be c0
    push eax                             ; 100215: 50
    push 0xffffffc0                      ; 100216: 6a c0
    push ecx                             ; 100218: 51
    call pairI                           ; 100219: e8 15 ff ff ff
    add esp, 0xc                         ; 10021e: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 100221: b9 58 10 10 00
    mov eax, edi                         ; 100226: 89 f8
    sar eax, 1                           ; 100228: d1 f8
    movsx eax, al                        ; 10022a: 0f be c0
    push eax                             ; 10022d: 50
    push 0xffffffc0                      ; 10022e: 6a c0
    push ecx                             ; 100230: 51
    call pairI                           ; 100231: e8 fd fe ff ff
    add esp, 0xc                         ; 100236: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100239: b9 68 10 10 00
    mov eax, edi                         ; 10023e: 89 f8
    shl eax, 1                           ; 100240: d1 e0
    movsx eax, al                        ; 100242: 0f be c0
    push eax                             ; 100245: 50
    push 0                               ; 100246: 6a 00
    push ecx                             ; 100248: 51
    call pairI                           ; 100249: e8 e5 fe ff ff
    add esp, 0xc                         ; 10024e: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 100251: b9 78 10 10 00
    mov eax, esi                         ; 100256: 89 f0
    shl eax, 0x1f                        ; 100258: c1 e0 1f
    shr eax, 0                           ; 10025b: c1 e8 00
    push eax                             ; 10025e: 50
    push 0x80000000                      ; 10025f: 68 00 00 00 80
    push ecx                             ; 100264: 51
    call pairU                           ; 100265: e8 1f ff ff ff
    add esp, 0xc                         ; 10026a: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 10026d: b9 88 10 10 00
    mov eax, [esp+0x1c]                  ; 100272: 8b 44 24 1c
    shr eax, 1                           ; 100276: d1 e8
    push eax                             ; 100278: 50
    push 2                               ; 100279: 6a 02
    push ecx                             ; 10027b: 51
    call pairU                           ; 10027c: e8 08 ff ff ff
    add esp, 0xc                         ; 100281: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 100284: b8 94 10 10 00
    shr ebx, 0x1c                        ; 100289: c1 eb 1c
    push ebx                             ; 10028c: 53
    push 0xf                             ; 10028d: 6a 0f
    push eax                             ; 10028f: 50
    call pairU                           ; 100290: e8 f4 fe ff ff
    add esp, 0xc                         ; 100295: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100298: b8 a4 10 10 00
    shl esi, 1                           ; 10029d: d1 e6
    push esi                             ; 10029f: 56
    push 2                               ; 1002a0: 6a 02
    push eax                             ; 1002a2: 50
    call pairU                           ; 1002a3: e8 e1 fe ff ff
    add esp, 0xc                         ; 1002a8: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 1002ab: 5f
    pop esi                              ; 1002ac: 5e
    pop ebx                              ; 1002ad: 5b
    ret                                  ; 1002ae: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 1002af: 53
    push esi                             ; 1002b0: 56
    push edi                             ; 1002b1: 57
    mov ebx, [esp+0x18]                  ; 1002b2: 8b 5c 24 18
    mov esi, [esp+0x1c]                  ; 1002b6: 8b 74 24 1c
    mov edi, [esp+0x20]                  ; 1002ba: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002be: b9 c4 10 10 00
    mov eax, [esp+0x14]                  ; 1002c3: 8b 44 24 14
    cdq                                  ; 1002c7: 99
    idiv ebx                             ; 1002c8: f7 fb
    movsx eax, al                        ; 1002ca: 0f be c0
    push eax                             ; 1002cd: 50
    push 0xffffff80                      ; 1002ce: 6a 80
    push ecx                             ; 1002d0: 51
    call pairI                           ; 1002d1: e8 5d fe ff ff
    add esp, 0xc                         ; 1002d6: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002d9: b9 d4 10 10 00
    mov eax, [esp+0x14]                  ; 1002de: 8b 44 24 14
    cdq                                  ; 1002e2: 99
    idiv ebx                             ; 1002e3: f7 fb
    movsx eax, dl                        ; 1002e5: 0f be c2
    push eax                             ; 1002e8: 50
    push 0                               ; 1002e9: 6a 00
    push ecx                             ; 1002eb: 51
    call pairI                           ; 1002ec: e8 42 fe ff ff
    add esp, 0xc                         ; 1002f1: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002f4: b9 e4 10 10 00
    mov eax, esi                         ; 1002f9: 89 f0
    neg eax                              ; 1002fb: f7 d8
    cdq                                  ; 1002fd: 99
    idiv edi                             ; 1002fe: f7 ff
    push eax                             ; 100300: 50
    push 0xfffffffd                      ; 100301: 6a fd
    push ecx                             ; 100303: 51
    call pairI                           ; 100304: e8 2a fe ff ff
    add esp, 0xc                         ; 100309: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 10030c: b9 f0 10 10 00
    mov eax, esi                         ; 100311: 89 f0
    neg eax                              ; 100313: f7 d8
    cdq                                  ; 100315: 99
    idiv edi                             ; 100316: f7 ff
    push edx                             ; 100318: 52
    push 0xffffffff                      ; 100319: 6a ff
    push ecx                             ; 10031b: 51
    call pairI                           ; 10031c: e8 12 fe ff ff
    add esp, 0xc                         ; 100321: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 100324: b9 fc 10 10 00
    mov eax, [esp+0x10]                  ; 100329: 8b 44 24 10
    cdq                                  ; 10032d: 99
    idiv edi                             ; 10032e: f7 ff
    push eax                             ; 100330: 50
    push 0xc0000000                      ; 100331: 68 00 00 00 c0
    push ecx                             ; 100336: 51
    call pairI                           ; 100337: e8 f7 fd ff ff
    add esp, 0xc                         ; 10033c: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10033f: 5f
    pop esi                              ; 100340: 5e
    pop ebx                              ; 100341: 5b
    ret                                  ; 100342: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 100343: 53
    push esi                             ; 100344: 56
    mov ebx, [esp+0xc]                   ; 100345: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100349: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov edx, str_18                      ; 10034d: ba 08 11 10 00
    mov ecx, 1                           ; 100352: b9 01 00 00 00
    test ebx, ebx                        ; 100357: 85 db
    jne short .L8                        ; 100359: 75 2e
    jmp short .L6                        ; 10035b: eb 07
.L5:
    mov eax, 1                           ; 10035d: b8 01 00 00 00
    jmp short .L7                        ; 100362: eb 05
.L6:
    mov eax, 0                           ; 100364: b8 00 00 00 00
.L7:
    push eax                             ; 100369: 50
    push ecx                             ; 10036a: 51
    push edx                             ; 10036b: 52
    call pairI                           ; 10036c: e8 c2 fd ff ff
    add esp, 0xc                         ; 100371: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 100374: b8 1c 11 10 00
    mov ecx, 1                           ; 100379: b9 01 00 00 00
    sub ebx, ebx                         ; 10037e: 29 db
    movzx edx, bl                        ; 100380: 0f b6 d3
    test edx, edx                        ; 100383: 85 d2
    jne short .L15                       ; 100385: 75 08
    jmp short .L18                       ; 100387: eb 20
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100389: 85 f6
    jne short .L5                        ; 10038b: 75 d0
    jmp short .L6                        ; 10038d: eb d5
.L15:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov edx, 1                           ; 10038f: ba 01 00 00 00
    jmp short .L17                       ; 100394: eb 05
.L16:
    mov edx, 0                           ; 100396: ba 00 00 00 00
.L17:
    push edx                             ; 10039b: 52
    push ecx                             ; 10039c: 51
    push eax                             ; 10039d: 50
    call pairI                           ; 10039e: e8 90 fd ff ff
    add esp, 0xc                         ; 1003a3: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 1003a6: 5e
    pop ebx                              ; 1003a7: 5b
    ret                                  ; 1003a8: c3
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 1003a9: 85 f6
    jne short .L15                       ; 1003ab: 75 e2
    jmp short .L16                       ; 1003ad: eb e7

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 1003af: 6a ff
    push 5                               ; 1003b1: 6a 05
    push 1                               ; 1003b3: 6a 01
    push 0xffffff80                      ; 1003b5: 6a 80
    push 0xffffffa8                      ; 1003b7: 6a a8
    call shifts                          ; 1003b9: e8 21 fe ff ff
    add esp, 0x14                        ; 1003be: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 1003c1: 6a 02
    push 7                               ; 1003c3: 6a 07
    push 0xffffffff                      ; 1003c5: 6a ff
    push 0xffffff80                      ; 1003c7: 6a 80
    push 0x80000000                      ; 1003c9: 68 00 00 00 80
    call division                        ; 1003ce: e8 dc fe ff ff
    add esp, 0x14                        ; 1003d3: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003d6: 6a fe
    push 4                               ; 1003d8: 6a 04
    call conditions                      ; 1003da: e8 64 ff ff ff
    add esp, 8                           ; 1003df: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003e2: 6a 00
    call exit                            ; 1003e4: e8 40 fd ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003ec: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003ed: 53
    push esi                             ; 1003ee: 56
    mov esi, [esp+0xc]                   ; 1003ef: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003f3: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003f7: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003fb: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003ff: a1 00 20 10 00
    push ecx                             ; 100404: 51
    push edx                             ; 100405: 52
    push ebx                             ; 100406: 53
    push esi                             ; 100407: 56
    call eax                             ; 100408: ff d0
    add esp, 0x10                        ; 10040a: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10040d: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10040e: f4
    jmp short .L2                        ; 10040f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100411: 53
    push esi                             ; 100412: 56
    push edi                             ; 100413: 57
    mov ebx, [esp+0x14]                  ; 100414: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100418: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10041c: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_20                      ; 100420: b8 30 11 10 00
    push eax                             ; 100425: 50
    call print                           ; 100426: e8 52 fc ff ff
    add esp, 4                           ; 10042b: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10042e: 57
    call printU32                        ; 10042f: e8 8f fc ff ff
    add esp, 4                           ; 100434: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_21                      ; 100437: b8 50 11 10 00
    push eax                             ; 10043c: 50
    call print                           ; 10043d: e8 3b fc ff ff
    add esp, 4                           ; 100442: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100445: 56
    call printU32                        ; 100446: e8 78 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_22                      ; 10044e: b8 70 11 10 00
    push eax                             ; 100453: 50
    call print                           ; 100454: e8 24 fc ff ff
    add esp, 4                           ; 100459: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 10045c: ff 74 24 10
    call print                           ; 100460: e8 18 fc ff ff
    add esp, 4                           ; 100465: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_23                      ; 100468: b8 78 11 10 00
    push eax                             ; 10046d: 50
    call print                           ; 10046e: e8 0a fc ff ff
    add esp, 4                           ; 100473: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100476: 53
    call printU32                        ; 100477: e8 47 fc ff ff
    add esp, 4                           ; 10047c: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_4                       ; 10047f: b8 2c 10 10 00
    push eax                             ; 100484: 50
    call println                         ; 100485: e8 21 fc ff ff
    add esp, 4                           ; 10048a: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10048d: 5f
    pop esi                              ; 10048e: 5e
    pop ebx                              ; 10048f: 5b
    ret                                  ; 100490: c3

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
