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
    call main                            ; 10003d: e8 24 03 00 00
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

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 100124: 53
    mov eax, [esp+8]                     ; 100125: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100129: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10012d: 50
    call print                           ; 10012e: e8 42 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100136: b8 1c 10 10 00
    push eax                             ; 10013b: 50
    call print                           ; 10013c: e8 34 ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100144: 53
    call printI32                        ; 100145: e8 a5 ff ff ff
    add esp, 4                           ; 10014a: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10014d: b8 24 10 10 00
    push eax                             ; 100152: 50
    call println                         ; 100153: e8 45 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10015b: 5b
    ret                                  ; 10015c: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 10015d: 53
    mov eax, [esp+8]                     ; 10015e: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100162: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100166: 50
    call print                           ; 100167: e8 09 ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10016f: b8 1c 10 10 00
    push eax                             ; 100174: 50
    call print                           ; 100175: e8 fb fe ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10017d: 53
    call printU32                        ; 10017e: e8 32 ff ff ff
    add esp, 4                           ; 100183: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100186: b8 24 10 10 00
    push eax                             ; 10018b: 50
    call println                         ; 10018c: e8 0c ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 100194: 5b
    ret                                  ; 100195: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebx                             ; 100196: 53
    push esi                             ; 100197: 56
    push edi                             ; 100198: 57
    mov ebx, [esp+0x10]                  ; 100199: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 10019d: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 1001a1: b9 28 10 10 00
    lea eax, [ebx+esi]                   ; 1001a6: 8d 04 33
    push eax                             ; 1001a9: 50
    push ecx                             ; 1001aa: 51
    call show                            ; 1001ab: e8 74 ff ff ff
    add esp, 8                           ; 1001b0: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 1001b3: b9 34 10 10 00
    mov eax, ebx                         ; 1001b8: 89 d8
    sub eax, esi                         ; 1001ba: 29 f0
    push eax                             ; 1001bc: 50
    push ecx                             ; 1001bd: 51
    call show                            ; 1001be: e8 61 ff ff ff
    add esp, 8                           ; 1001c3: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001c6: b9 40 10 10 00
    mov eax, ebx                         ; 1001cb: 89 d8
    imul eax, esi                        ; 1001cd: 0f af c6
    push eax                             ; 1001d0: 50
    push ecx                             ; 1001d1: 51
    call show                            ; 1001d2: e8 4d ff ff ff
    add esp, 8                           ; 1001d7: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001da: b9 4c 10 10 00
    mov eax, ebx                         ; 1001df: 89 d8
    cdq                                  ; 1001e1: 99
    idiv esi                             ; 1001e2: f7 fe
    push eax                             ; 1001e4: 50
    push ecx                             ; 1001e5: 51
    call show                            ; 1001e6: e8 39 ff ff ff
    add esp, 8                           ; 1001eb: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001ee: b9 58 10 10 00
    mov eax, ebx                         ; 1001f3: 89 d8
    cdq                                  ; 1001f5: 99
    idiv esi                             ; 1001f6: f7 fe
    push edx                             ; 1001f8: 52
    push ecx                             ; 1001f9: 51
    call show                            ; 1001fa: e8 25 ff ff ff
    add esp, 8                           ; 1001ff: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 100202: b9 64 10 10 00
    mov eax, esi                         ; 100207: 89 f0
    shr eax, 0x1f                        ; 100209: c1 e8 1f
    add eax, esi                         ; 10020c: 01 f0
    sar eax, 1                           ; 10020e: d1 f8
    push eax                             ; 100210: 50
    push ecx                             ; 100211: 51
    call show                            ; 100212: e8 0d ff ff ff
    add esp, 8                           ; 100217: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 10021a: b9 70 10 10 00
    mov edi, 2                           ; 10021f: bf 02 00 00 00
    mov eax, esi                         ; 100224: 89 f0
    cdq                                  ; 100226: 99
    idiv edi                             ; 100227: f7 ff
    push edx                             ; 100229: 52
    push ecx                             ; 10022a: 51
    call show                            ; 10022b: e8 f4 fe ff ff
    add esp, 8                           ; 100230: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 100233: b9 7c 10 10 00
    mov eax, esi                         ; 100238: 89 f0
    sar eax, 1                           ; 10023a: d1 f8
    push eax                             ; 10023c: 50
    push ecx                             ; 10023d: 51
    call show                            ; 10023e: e8 e1 fe ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 100246: b9 88 10 10 00
    mov eax, esi                         ; 10024b: 89 f0
    shl eax, 3                           ; 10024d: c1 e0 03
    push eax                             ; 100250: 50
    push ecx                             ; 100251: 51
    call show                            ; 100252: e8 cd fe ff ff
    add esp, 8                           ; 100257: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 10025a: b9 94 10 10 00
    mov eax, esi                         ; 10025f: 89 f0
    shr eax, 0x1c                        ; 100261: c1 e8 1c
    push eax                             ; 100264: 50
    push ecx                             ; 100265: 51
    call show                            ; 100266: e8 b9 fe ff ff
    add esp, 8                           ; 10026b: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 10026e: b9 a0 10 10 00
    mov eax, ebx                         ; 100273: 89 d8
    neg eax                              ; 100275: f7 d8
    push eax                             ; 100277: 50
    push ecx                             ; 100278: 51
    call show                            ; 100279: e8 a6 fe ff ff
    add esp, 8                           ; 10027e: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 100281: b9 a8 10 10 00
    mov eax, ebx                         ; 100286: 89 d8
    not eax                              ; 100288: f7 d0
    push eax                             ; 10028a: 50
    push ecx                             ; 10028b: 51
    call show                            ; 10028c: e8 93 fe ff ff
    add esp, 8                           ; 100291: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 100294: b9 b0 10 10 00
    xor esi, 3                           ; 100299: 83 f6 03
    mov eax, ebx                         ; 10029c: 89 d8
    and eax, 0xff                        ; 10029e: 25 ff 00 00 00
    or eax, esi                          ; 1002a3: 09 f0
    push eax                             ; 1002a5: 50
    push ecx                             ; 1002a6: 51
    call show                            ; 1002a7: e8 78 fe ff ff
    add esp, 8                           ; 1002ac: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov ecx, str_17                      ; 1002af: b9 c4 10 10 00
    sub ebx, ebx                         ; 1002b4: 29 db
    lea eax, [ebx-0x80000000]            ; 1002b6: 8d 83 00 00 00 80
    push eax                             ; 1002bc: 50
    push ecx                             ; 1002bd: 51
    call show                            ; 1002be: e8 61 fe ff ff
    add esp, 8                           ; 1002c3: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002c6: 5f
    pop esi                              ; 1002c7: 5e
    pop ebx                              ; 1002c8: 5b
    ret                                  ; 1002c9: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002ca: 53
    push esi                             ; 1002cb: 56
    mov ebx, [esp+0xc]                   ; 1002cc: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002d0: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002d4: b9 d0 10 10 00
    mov eax, ebx                         ; 1002d9: 89 d8
    xor edx, edx                         ; 1002db: 31 d2
    div esi                              ; 1002dd: f7 f6
    push eax                             ; 1002df: 50
    push ecx                             ; 1002e0: 51
    call showU                           ; 1002e1: e8 77 fe ff ff
    add esp, 8                           ; 1002e6: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002e9: b9 dc 10 10 00
    mov eax, ebx                         ; 1002ee: 89 d8
    xor edx, edx                         ; 1002f0: 31 d2
    div esi                              ; 1002f2: f7 f6
    push edx                             ; 1002f4: 52
    push ecx                             ; 1002f5: 51
    call showU                           ; 1002f6: e8 62 fe ff ff
    add esp, 8                           ; 1002fb: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 1002fe: b9 e8 10 10 00
    mov eax, ebx                         ; 100303: 89 d8
    shr eax, 4                           ; 100305: c1 e8 04
    push eax                             ; 100308: 50
    push ecx                             ; 100309: 51
    call showU                           ; 10030a: e8 4e fe ff ff
    add esp, 8                           ; 10030f: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 100312: b9 f4 10 10 00
    lea eax, [ebx+0xa]                   ; 100317: 8d 43 0a
    push eax                             ; 10031a: 50
    push ecx                             ; 10031b: 51
    call showU                           ; 10031c: e8 3c fe ff ff
    add esp, 8                           ; 100321: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 100324: b9 00 11 10 00
    lea eax, [esi-0xb]                   ; 100329: 8d 46 f5
    push eax                             ; 10032c: 50
    push ecx                             ; 10032d: 51
    call showU                           ; 10032e: e8 2a fe ff ff
    add esp, 8                           ; 100333: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 100336: b9 0c 11 10 00
    mov eax, esi                         ; 10033b: 89 f0
    imul eax, esi                        ; 10033d: 0f af c6
    imul eax, esi                        ; 100340: 0f af c6
    imul eax, esi                        ; 100343: 0f af c6
    push eax                             ; 100346: 50
    push ecx                             ; 100347: 51
    call showU                           ; 100348: e8 10 fe ff ff
    add esp, 8                           ; 10034d: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100350: b8 20 11 10 00
    mov ecx, esi                         ; 100355: 89 f1
    shl ebx, cl                          ; 100357: d3 e3
    push ebx                             ; 100359: 53
    push eax                             ; 10035a: 50
    call showU                           ; 10035b: e8 fd fd ff ff
    add esp, 8                           ; 100360: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 100363: 5e
    pop ebx                              ; 100364: 5b
    ret                                  ; 100365: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 100366: 6a f9
    push 0x3e8                           ; 100368: 68 e8 03 00 00
    call signed                          ; 10036d: e8 24 fe ff ff
    add esp, 8                           ; 100372: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 100375: 6a 0a
    push 0xfffffff9                      ; 100377: 6a f9
    call unsigned                        ; 100379: e8 4c ff ff ff
    add esp, 8                           ; 10037e: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 100381: 6a 00
    call exit                            ; 100383: e8 92 fd ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 10038b: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10038c: 53
    push esi                             ; 10038d: 56
    mov esi, [esp+0xc]                   ; 10038e: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100392: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100396: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10039a: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10039e: a1 00 20 10 00
    push ecx                             ; 1003a3: 51
    push edx                             ; 1003a4: 52
    push ebx                             ; 1003a5: 53
    push esi                             ; 1003a6: 56
    call eax                             ; 1003a7: ff d0
    add esp, 0x10                        ; 1003a9: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003ac: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003ad: f4
    jmp short .L2                        ; 1003ae: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003b0: 53
    push esi                             ; 1003b1: 56
    push edi                             ; 1003b2: 57
    mov ebx, [esp+0x14]                  ; 1003b3: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003b7: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003bb: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003bf: b8 2c 11 10 00
    push eax                             ; 1003c4: 50
    call print                           ; 1003c5: e8 ab fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003cd: 57
    call printU32                        ; 1003ce: e8 e2 fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_26                      ; 1003d6: b8 4c 11 10 00
    push eax                             ; 1003db: 50
    call print                           ; 1003dc: e8 94 fc ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003e4: 56
    call printU32                        ; 1003e5: e8 cb fc ff ff
    add esp, 4                           ; 1003ea: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_27                      ; 1003ed: b8 6c 11 10 00
    push eax                             ; 1003f2: 50
    call print                           ; 1003f3: e8 7d fc ff ff
    add esp, 4                           ; 1003f8: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003fb: ff 74 24 10
    call print                           ; 1003ff: e8 71 fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_28                      ; 100407: b8 74 11 10 00
    push eax                             ; 10040c: 50
    call print                           ; 10040d: e8 63 fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100415: 53
    call printU32                        ; 100416: e8 9a fc ff ff
    add esp, 4                           ; 10041b: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 10041e: b8 24 10 10 00
    push eax                             ; 100423: 50
    call println                         ; 100424: e8 74 fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10042c: 6a 65
    call exit                            ; 10042e: e8 e7 fc ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100436: 5f
    pop esi                              ; 100437: 5e
    pop ebx                              ; 100438: 5b
    ret                                  ; 100439: c3

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
