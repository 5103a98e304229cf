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
    call main                            ; 10003d: e8 44 03 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 04
    pause                                ; 100060: f3 90
    jmp short .L1                        ; 100062: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100064: 89 c8
    mov edx, 0x3f8                       ; 100066: ba f8 03 00 00
    out dx, al                           ; 10006b: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10006c: 5d
    ret                                  ; 10006d: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10006e: 55
    mov ebp, esp                         ; 10006f: 89 e5
    push ebx                             ; 100071: 53
    push esi                             ; 100072: 56
    mov ebx, [ebp+8]                     ; 100073: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100076: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 10007b: 8b 03
    cmp esi, eax                         ; 10007d: 39 c6
    jge short .L4                        ; 10007f: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100081: 0f b6 44 33 04
    movzx eax, al                        ; 100086: 0f b6 c0
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add esi, 1                           ; 100092: 83 c6 01
    jmp short .L1                        ; 100095: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    pop ebp                              ; 100099: 5d
    ret                                  ; 10009a: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009b: 55
    mov ebp, esp                         ; 10009c: 89 e5
    mov eax, [ebp+8]                     ; 10009e: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 c7 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    push ebx                             ; 1000b9: 53
    mov ebx, [ebp+8]                     ; 1000ba: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bd: 83 fb 0a
    jb short .L2                         ; 1000c0: 72 14
    mov ecx, 0xa                         ; 1000c2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c7: 89 d8
    xor edx, edx                         ; 1000c9: 31 d2
    div ecx                              ; 1000cb: f7 f1
    push eax                             ; 1000cd: 50
    call printU32                        ; 1000ce: e8 e3 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000db: 89 d8
    xor edx, edx                         ; 1000dd: 31 d2
    div ecx                              ; 1000df: f7 f1
    add edx, 0x30                        ; 1000e1: 83 c2 30
    movzx eax, dl                        ; 1000e4: 0f b6 c2
    push eax                             ; 1000e7: 50
    call putc                            ; 1000e8: e8 59 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f0: 5b
    pop ebp                              ; 1000f1: 5d
    ret                                  ; 1000f2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f3: 55
    mov ebp, esp                         ; 1000f4: 89 e5
    push ebx                             ; 1000f6: 53
    mov ebx, [ebp+8]                     ; 1000f7: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fa: 83 fb 00
    jge short .L2                        ; 1000fd: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000ff: 6a 2d
    call putc                            ; 100101: e8 40 ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100109: 89 d8
    neg eax                              ; 10010b: f7 d8
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 a3 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L3                        ; 100116: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 98 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    pop ebp                              ; 100122: 5d
    ret                                  ; 100123: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100124: 55
    mov ebp, esp                         ; 100125: 89 e5
    mov eax, [ebp+8]                     ; 100127: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012a: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012c: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10012d: f4
    jmp short .L2                        ; 10012e: eb fd

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100130: 55
    mov ebp, esp                         ; 100131: 89 e5
    push ebx                             ; 100133: 53
    mov eax, [ebp+8]                     ; 100134: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100137: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10013a: 50
    call print                           ; 10013b: e8 2e ff ff ff
    add esp, 4                           ; 100140: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100143: b8 1c 10 10 00
    push eax                             ; 100148: 50
    call print                           ; 100149: e8 20 ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100151: 53
    call printI32                        ; 100152: e8 9c ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10015a: b8 24 10 10 00
    push eax                             ; 10015f: 50
    call println                         ; 100160: e8 36 ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 100168: 5b
    pop ebp                              ; 100169: 5d
    ret                                  ; 10016a: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 10016b: 55
    mov ebp, esp                         ; 10016c: 89 e5
    push ebx                             ; 10016e: 53
    mov eax, [ebp+8]                     ; 10016f: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100172: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 f3 fe ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10017e: b8 1c 10 10 00
    push eax                             ; 100183: 50
    call print                           ; 100184: e8 e5 fe ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10018c: 53
    call printU32                        ; 10018d: e8 24 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100195: b8 24 10 10 00
    push eax                             ; 10019a: 50
    call println                         ; 10019b: e8 fb fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001a3: 5b
    pop ebp                              ; 1001a4: 5d
    ret                                  ; 1001a5: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001a6: 55
    mov ebp, esp                         ; 1001a7: 89 e5
    push ebx                             ; 1001a9: 53
    push esi                             ; 1001aa: 56
    push edi                             ; 1001ab: 57
    mov ebx, [ebp+8]                     ; 1001ac: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001af: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov eax, str_4                       ; 1001b2: b8 28 10 10 00
    mov ecx, ebx                         ; 1001b7: 89 d9
    add ecx, esi                         ; 1001b9: 01 f1
    push ecx                             ; 1001bb: 51
    push eax                             ; 1001bc: 50
    call show                            ; 1001bd: e8 6e ff ff ff
    add esp, 8                           ; 1001c2: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov eax, str_5                       ; 1001c5: b8 34 10 10 00
    mov ecx, ebx                         ; 1001ca: 89 d9
    sub ecx, esi                         ; 1001cc: 29 f1
    push ecx                             ; 1001ce: 51
    push eax                             ; 1001cf: 50
    call show                            ; 1001d0: e8 5b ff ff ff
    add esp, 8                           ; 1001d5: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov eax, str_6                       ; 1001d8: b8 40 10 10 00
    mov ecx, ebx                         ; 1001dd: 89 d9
    imul ecx, esi                        ; 1001df: 0f af ce
    push ecx                             ; 1001e2: 51
    push eax                             ; 1001e3: 50
    call show                            ; 1001e4: e8 47 ff ff ff
    add esp, 8                           ; 1001e9: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001ec: b9 4c 10 10 00
    mov eax, ebx                         ; 1001f1: 89 d8
    cdq                                  ; 1001f3: 99
    idiv esi                             ; 1001f4: f7 fe
    push eax                             ; 1001f6: 50
    push ecx                             ; 1001f7: 51
    call show                            ; 1001f8: e8 33 ff ff ff
    add esp, 8                           ; 1001fd: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 100200: b9 58 10 10 00
    mov eax, ebx                         ; 100205: 89 d8
    cdq                                  ; 100207: 99
    idiv esi                             ; 100208: f7 fe
    push edx                             ; 10020a: 52
    push ecx                             ; 10020b: 51
    call show                            ; 10020c: e8 1f ff ff ff
    add esp, 8                           ; 100211: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 100214: b9 64 10 10 00
    mov edi, 2                           ; 100219: bf 02 00 00 00
    mov eax, esi                         ; 10021e: 89 f0
    cdq                                  ; 100220: 99
    idiv edi                             ; 100221: f7 ff
    push eax                             ; 100223: 50
    push ecx                             ; 100224: 51
    call show                            ; 100225: e8 06 ff ff ff
    add esp, 8                           ; 10022a: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 10022d: b9 70 10 10 00
    mov edi, 2                           ; 100232: bf 02 00 00 00
    mov eax, esi                         ; 100237: 89 f0
    cdq                                  ; 100239: 99
    idiv edi                             ; 10023a: f7 ff
    push edx                             ; 10023c: 52
    push ecx                             ; 10023d: 51
    call show                            ; 10023e: e8 ed fe ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov eax, str_11                      ; 100246: b8 7c 10 10 00
    mov ecx, esi                         ; 10024b: 89 f1
    sar ecx, 1                           ; 10024d: d1 f9
    push ecx                             ; 10024f: 51
    push eax                             ; 100250: 50
    call show                            ; 100251: e8 da fe ff ff
    add esp, 8                           ; 100256: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov eax, str_12                      ; 100259: b8 88 10 10 00
    mov ecx, esi                         ; 10025e: 89 f1
    shl ecx, 3                           ; 100260: c1 e1 03
    push ecx                             ; 100263: 51
    push eax                             ; 100264: 50
    call show                            ; 100265: e8 c6 fe ff ff
    add esp, 8                           ; 10026a: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov eax, str_13                      ; 10026d: b8 94 10 10 00
    mov ecx, esi                         ; 100272: 89 f1
    shr ecx, 0x1c                        ; 100274: c1 e9 1c
    push ecx                             ; 100277: 51
    push eax                             ; 100278: 50
    call show                            ; 100279: e8 b2 fe ff ff
    add esp, 8                           ; 10027e: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov eax, str_14                      ; 100281: b8 a0 10 10 00
    mov ecx, ebx                         ; 100286: 89 d9
    neg ecx                              ; 100288: f7 d9
    push ecx                             ; 10028a: 51
    push eax                             ; 10028b: 50
    call show                            ; 10028c: e8 9f fe ff ff
    add esp, 8                           ; 100291: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov eax, str_15                      ; 100294: b8 a8 10 10 00
    mov ecx, ebx                         ; 100299: 89 d9
    not ecx                              ; 10029b: f7 d1
    push ecx                             ; 10029d: 51
    push eax                             ; 10029e: 50
    call show                            ; 10029f: e8 8c fe ff ff
    add esp, 8                           ; 1002a4: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov eax, str_16                      ; 1002a7: b8 b0 10 10 00
    mov ecx, ebx                         ; 1002ac: 89 d9
    and ecx, 0xff                        ; 1002ae: 81 e1 ff 00 00 00
    xor esi, 3                           ; 1002b4: 83 f6 03
    or ecx, esi                          ; 1002b7: 09 f1
    push ecx                             ; 1002b9: 51
    push eax                             ; 1002ba: 50
    call show                            ; 1002bb: e8 70 fe ff ff
    add esp, 8                           ; 1002c0: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002c3: b8 c4 10 10 00
    mov ecx, ebx                         ; 1002c8: 89 d9
    sub ecx, ebx                         ; 1002ca: 29 d9
    add ecx, 0x7fffffff                  ; 1002cc: 81 c1 ff ff ff 7f
    add ecx, 1                           ; 1002d2: 83 c1 01
    push ecx                             ; 1002d5: 51
    push eax                             ; 1002d6: 50
    call show                            ; 1002d7: e8 54 fe ff ff
    add esp, 8                           ; 1002dc: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002df: 5f
    pop esi                              ; 1002e0: 5e
    pop ebx                              ; 1002e1: 5b
    pop ebp                              ; 1002e2: 5d
    ret                                  ; 1002e3: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 1002e4: 55
    mov ebp, esp                         ; 1002e5: 89 e5
    push ebx                             ; 1002e7: 53
    push esi                             ; 1002e8: 56
    mov ebx, [ebp+8]                     ; 1002e9: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002ec: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002ef: b9 d0 10 10 00
    mov eax, ebx                         ; 1002f4: 89 d8
    xor edx, edx                         ; 1002f6: 31 d2
    div esi                              ; 1002f8: f7 f6
    push eax                             ; 1002fa: 50
    push ecx                             ; 1002fb: 51
    call showU                           ; 1002fc: e8 6a fe ff ff
    add esp, 8                           ; 100301: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 100304: b9 dc 10 10 00
    mov eax, ebx                         ; 100309: 89 d8
    xor edx, edx                         ; 10030b: 31 d2
    div esi                              ; 10030d: f7 f6
    push edx                             ; 10030f: 52
    push ecx                             ; 100310: 51
    call showU                           ; 100311: e8 55 fe ff ff
    add esp, 8                           ; 100316: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov eax, str_20                      ; 100319: b8 e8 10 10 00
    mov ecx, ebx                         ; 10031e: 89 d9
    shr ecx, 4                           ; 100320: c1 e9 04
    push ecx                             ; 100323: 51
    push eax                             ; 100324: 50
    call showU                           ; 100325: e8 41 fe ff ff
    add esp, 8                           ; 10032a: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov eax, str_21                      ; 10032d: b8 f4 10 10 00
    mov ecx, ebx                         ; 100332: 89 d9
    add ecx, 0xa                         ; 100334: 83 c1 0a
    push ecx                             ; 100337: 51
    push eax                             ; 100338: 50
    call showU                           ; 100339: e8 2d fe ff ff
    add esp, 8                           ; 10033e: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov eax, str_22                      ; 100341: b8 00 11 10 00
    mov ecx, esi                         ; 100346: 89 f1
    sub ecx, 0xb                         ; 100348: 83 e9 0b
    push ecx                             ; 10034b: 51
    push eax                             ; 10034c: 50
    call showU                           ; 10034d: e8 19 fe ff ff
    add esp, 8                           ; 100352: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov eax, str_23                      ; 100355: b8 0c 11 10 00
    mov ecx, esi                         ; 10035a: 89 f1
    imul ecx, esi                        ; 10035c: 0f af ce
    imul ecx, esi                        ; 10035f: 0f af ce
    imul ecx, esi                        ; 100362: 0f af ce
    push ecx                             ; 100365: 51
    push eax                             ; 100366: 50
    call showU                           ; 100367: e8 ff fd ff ff
    add esp, 8                           ; 10036c: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 10036f: b8 20 11 10 00
    mov ecx, esi                         ; 100374: 89 f1
    shl ebx, cl                          ; 100376: d3 e3
    push ebx                             ; 100378: 53
    push eax                             ; 100379: 50
    call showU                           ; 10037a: e8 ec fd ff ff
    add esp, 8                           ; 10037f: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 100382: 5e
    pop ebx                              ; 100383: 5b
    pop ebp                              ; 100384: 5d
    ret                                  ; 100385: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 100386: 55
    mov ebp, esp                         ; 100387: 89 e5
    push 0xfffffff9                      ; 100389: 6a f9
    push 0x3e8                           ; 10038b: 68 e8 03 00 00
    call signed                          ; 100390: e8 11 fe ff ff
    add esp, 8                           ; 100395: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 100398: 6a 0a
    push 0xfffffff9                      ; 10039a: 6a f9
    call unsigned                        ; 10039c: e8 43 ff ff ff
    add esp, 8                           ; 1003a1: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 1003a4: 6a 00
    call exit                            ; 1003a6: e8 79 fd ff ff
    add esp, 4                           ; 1003ab: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 1003ae: 5d
    ret                                  ; 1003af: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003b0: 55
    mov ebp, esp                         ; 1003b1: 89 e5
    push ebx                             ; 1003b3: 53
    push esi                             ; 1003b4: 56
    mov eax, [ebp+8]                     ; 1003b5: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003b8: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003bb: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003be: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003c1: 8b 35 00 20 10 00
    push ebx                             ; 1003c7: 53
    push edx                             ; 1003c8: 52
    push ecx                             ; 1003c9: 51
    push eax                             ; 1003ca: 50
    call esi                             ; 1003cb: ff d6
    add esp, 0x10                        ; 1003cd: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003d0: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003d1: f4
    jmp short .L2                        ; 1003d2: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003d4: 55
    mov ebp, esp                         ; 1003d5: 89 e5
    sub esp, 4                           ; 1003d7: 83 ec 04
    push ebx                             ; 1003da: 53
    push esi                             ; 1003db: 56
    push edi                             ; 1003dc: 57
    mov ebx, [ebp+8]                     ; 1003dd: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003e0: 8b 45 0c
    mov [ebp-4], eax                     ; 1003e3: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003e6: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003e9: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003ec: b8 2c 11 10 00
    push eax                             ; 1003f1: 50
    call print                           ; 1003f2: e8 77 fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003fa: 56
    call printU32                        ; 1003fb: e8 b6 fc ff ff
    add esp, 4                           ; 100400: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 100403: b8 4c 11 10 00
    push eax                             ; 100408: 50
    call print                           ; 100409: e8 60 fc ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100411: 57
    call printU32                        ; 100412: e8 9f fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 10041a: b8 6c 11 10 00
    push eax                             ; 10041f: 50
    call print                           ; 100420: e8 49 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100428: 53
    call print                           ; 100429: e8 40 fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 100431: b8 74 11 10 00
    push eax                             ; 100436: 50
    call print                           ; 100437: e8 32 fc ff ff
    add esp, 4                           ; 10043c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10043f: 8b 45 fc
    push eax                             ; 100442: 50
    call printU32                        ; 100443: e8 6e fc ff ff
    add esp, 4                           ; 100448: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10044b: b8 24 10 10 00
    push eax                             ; 100450: 50
    call println                         ; 100451: e8 45 fc ff ff
    add esp, 4                           ; 100456: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100459: 5f
    pop esi                              ; 10045a: 5e
    pop ebx                              ; 10045b: 5b
    leave                                ; 10045c: c9
    ret                                  ; 10045d: c3

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
