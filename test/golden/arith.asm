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
    call main                            ; 10003d: e8 5b 03 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jge short .L4                        ; 100092: 7d 18
.L2:
    movzx eax, byte [ebx+edi+4]          ; 100094: 0f b6 44 3b 04
    movzx eax, al                        ; 100099: 0f b6 c0
    push eax                             ; 10009c: 50
    call putc                            ; 10009d: e8 a4 ff ff ff
    add esp, 4                           ; 1000a2: 83 c4 04
    add edi, 1                           ; 1000a5: 83 c7 01
    cmp edi, esi                         ; 1000a8: 39 f7
    jl short .L2                         ; 1000aa: 7c e8
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 1000ac: 5f
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    pop ebp                              ; 1000af: 5d
    ret                                  ; 1000b0: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b1: 55
    mov ebp, esp                         ; 1000b2: 89 e5
    mov eax, [ebp+8]                     ; 1000b4: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b7: 50
    call print                           ; 1000b8: e8 c3 ff ff ff
    add esp, 4                           ; 1000bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c0: 6a 0a
    call putc                            ; 1000c2: e8 7f ff ff ff
    add esp, 4                           ; 1000c7: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000ca: 5d
    ret                                  ; 1000cb: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000cc: 55
    mov ebp, esp                         ; 1000cd: 89 e5
    push ebx                             ; 1000cf: 53
    mov ebx, [ebp+8]                     ; 1000d0: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d3: 83 fb 0a
    jb short .L2                         ; 1000d6: 72 14
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    push eax                             ; 1000e3: 50
    call printU32                        ; 1000e4: e8 e3 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ec: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f1: 89 d8
    xor edx, edx                         ; 1000f3: 31 d2
    div ecx                              ; 1000f5: f7 f1
    add edx, 0x30                        ; 1000f7: 83 c2 30
    movzx eax, dl                        ; 1000fa: 0f b6 c2
    push eax                             ; 1000fd: 50
    call putc                            ; 1000fe: e8 43 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100106: 5b
    pop ebp                              ; 100107: 5d
    ret                                  ; 100108: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    push ebx                             ; 10010c: 53
    mov ebx, [ebp+8]                     ; 10010d: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100110: 83 fb 00
    jge short .L2                        ; 100113: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10011f: 89 d8
    neg eax                              ; 100121: f7 d8
    push eax                             ; 100123: 50
    call printU32                        ; 100124: e8 a3 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012c: 5b
    pop ebp                              ; 10012d: 5d
    ret                                  ; 10012e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012f: 53
    call printU32                        ; 100130: e8 97 ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100138: 5b
    pop ebp                              ; 100139: 5d
    ret                                  ; 10013a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013b: 55
    mov ebp, esp                         ; 10013c: 89 e5
    mov eax, [ebp+8]                     ; 10013e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100141: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100143: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100144: f4
    jmp short .L2                        ; 100145: eb fd

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100147: 55
    mov ebp, esp                         ; 100148: 89 e5
    push ebx                             ; 10014a: 53
    mov eax, [ebp+8]                     ; 10014b: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10014e: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 100151: 50
    call print                           ; 100152: e8 29 ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 10015a: b8 1c 10 10 00
    push eax                             ; 10015f: 50
    call print                           ; 100160: e8 1b ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100168: 53
    call printI32                        ; 100169: e8 9b ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 100171: b8 24 10 10 00
    push eax                             ; 100176: 50
    call println                         ; 100177: e8 35 ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10017f: 5b
    pop ebp                              ; 100180: 5d
    ret                                  ; 100181: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 100182: 55
    mov ebp, esp                         ; 100183: 89 e5
    push ebx                             ; 100185: 53
    mov eax, [ebp+8]                     ; 100186: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100189: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 10018c: 50
    call print                           ; 10018d: e8 ee fe ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 100195: b8 1c 10 10 00
    push eax                             ; 10019a: 50
    call print                           ; 10019b: e8 e0 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 1001a3: 53
    call printU32                        ; 1001a4: e8 23 ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 1001ac: b8 24 10 10 00
    push eax                             ; 1001b1: 50
    call println                         ; 1001b2: e8 fa fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001ba: 5b
    pop ebp                              ; 1001bb: 5d
    ret                                  ; 1001bc: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001bd: 55
    mov ebp, esp                         ; 1001be: 89 e5
    push ebx                             ; 1001c0: 53
    push esi                             ; 1001c1: 56
    push edi                             ; 1001c2: 57
    mov ebx, [ebp+8]                     ; 1001c3: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001c6: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov eax, str_4                       ; 1001c9: b8 28 10 10 00
    mov ecx, ebx                         ; 1001ce: 89 d9
    add ecx, esi                         ; 1001d0: 01 f1
    push ecx                             ; 1001d2: 51
    push eax                             ; 1001d3: 50
    call show                            ; 1001d4: e8 6e ff ff ff
    add esp, 8                           ; 1001d9: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov eax, str_5                       ; 1001dc: b8 34 10 10 00
    mov ecx, ebx                         ; 1001e1: 89 d9
    sub ecx, esi                         ; 1001e3: 29 f1
    push ecx                             ; 1001e5: 51
    push eax                             ; 1001e6: 50
    call show                            ; 1001e7: e8 5b ff ff ff
    add esp, 8                           ; 1001ec: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov eax, str_6                       ; 1001ef: b8 40 10 10 00
    mov ecx, ebx                         ; 1001f4: 89 d9
    imul ecx, esi                        ; 1001f6: 0f af ce
    push ecx                             ; 1001f9: 51
    push eax                             ; 1001fa: 50
    call show                            ; 1001fb: e8 47 ff ff ff
    add esp, 8                           ; 100200: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 100203: b9 4c 10 10 00
    mov eax, ebx                         ; 100208: 89 d8
    cdq                                  ; 10020a: 99
    idiv esi                             ; 10020b: f7 fe
    push eax                             ; 10020d: 50
    push ecx                             ; 10020e: 51
    call show                            ; 10020f: e8 33 ff ff ff
    add esp, 8                           ; 100214: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 100217: b9 58 10 10 00
    mov eax, ebx                         ; 10021c: 89 d8
    cdq                                  ; 10021e: 99
    idiv esi                             ; 10021f: f7 fe
    push edx                             ; 100221: 52
    push ecx                             ; 100222: 51
    call show                            ; 100223: e8 1f ff ff ff
    add esp, 8                           ; 100228: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 10022b: b9 64 10 10 00
    mov edi, 2                           ; 100230: bf 02 00 00 00
    mov eax, esi                         ; 100235: 89 f0
    cdq                                  ; 100237: 99
    idiv edi                             ; 100238: f7 ff
    push eax                             ; 10023a: 50
    push ecx                             ; 10023b: 51
    call show                            ; 10023c: e8 06 ff ff ff
    add esp, 8                           ; 100241: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100244: b9 70 10 10 00
    mov edi, 2                           ; 100249: bf 02 00 00 00
    mov eax, esi                         ; 10024e: 89 f0
    cdq                                  ; 100250: 99
    idiv edi                             ; 100251: f7 ff
    push edx                             ; 100253: 52
    push ecx                             ; 100254: 51
    call show                            ; 100255: e8 ed fe ff ff
    add esp, 8                           ; 10025a: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov eax, str_11                      ; 10025d: b8 7c 10 10 00
    mov ecx, esi                         ; 100262: 89 f1
    sar ecx, 1                           ; 100264: d1 f9
    push ecx                             ; 100266: 51
    push eax                             ; 100267: 50
    call show                            ; 100268: e8 da fe ff ff
    add esp, 8                           ; 10026d: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov eax, str_12                      ; 100270: b8 88 10 10 00
    mov ecx, esi                         ; 100275: 89 f1
    shl ecx, 3                           ; 100277: c1 e1 03
    push ecx                             ; 10027a: 51
    push eax                             ; 10027b: 50
    call show                            ; 10027c: e8 c6 fe ff ff
    add esp, 8                           ; 100281: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov eax, str_13                      ; 100284: b8 94 10 10 00
    mov ecx, esi                         ; 100289: 89 f1
    shr ecx, 0x1c                        ; 10028b: c1 e9 1c
    push ecx                             ; 10028e: 51
    push eax                             ; 10028f: 50
    call show                            ; 100290: e8 b2 fe ff ff
    add esp, 8                           ; 100295: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov eax, str_14                      ; 100298: b8 a0 10 10 00
    mov ecx, ebx                         ; 10029d: 89 d9
    neg ecx                              ; 10029f: f7 d9
    push ecx                             ; 1002a1: 51
    push eax                             ; 1002a2: 50
    call show                            ; 1002a3: e8 9f fe ff ff
    add esp, 8                           ; 1002a8: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov eax, str_15                      ; 1002ab: b8 a8 10 10 00
    mov ecx, ebx                         ; 1002b0: 89 d9
    not ecx                              ; 1002b2: f7 d1
    push ecx                             ; 1002b4: 51
    push eax                             ; 1002b5: 50
    call show                            ; 1002b6: e8 8c fe ff ff
    add esp, 8                           ; 1002bb: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov eax, str_16                      ; 1002be: b8 b0 10 10 00
    mov ecx, ebx                         ; 1002c3: 89 d9
    and ecx, 0xff                        ; 1002c5: 81 e1 ff 00 00 00
    xor esi, 3                           ; 1002cb: 83 f6 03
    or ecx, esi                          ; 1002ce: 09 f1
    push ecx                             ; 1002d0: 51
    push eax                             ; 1002d1: 50
    call show                            ; 1002d2: e8 70 fe ff ff
    add esp, 8                           ; 1002d7: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002da: b8 c4 10 10 00
    mov ecx, ebx                         ; 1002df: 89 d9
    sub ecx, ebx                         ; 1002e1: 29 d9
    add ecx, 0x7fffffff                  ; 1002e3: 81 c1 ff ff ff 7f
    add ecx, 1                           ; 1002e9: 83 c1 01
    push ecx                             ; 1002ec: 51
    push eax                             ; 1002ed: 50
    call show                            ; 1002ee: e8 54 fe ff ff
    add esp, 8                           ; 1002f3: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002f6: 5f
    pop esi                              ; 1002f7: 5e
    pop ebx                              ; 1002f8: 5b
    pop ebp                              ; 1002f9: 5d
    ret                                  ; 1002fa: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 1002fb: 55
    mov ebp, esp                         ; 1002fc: 89 e5
    push ebx                             ; 1002fe: 53
    push esi                             ; 1002ff: 56
    mov ebx, [ebp+8]                     ; 100300: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100303: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 100306: b9 d0 10 10 00
    mov eax, ebx                         ; 10030b: 89 d8
    xor edx, edx                         ; 10030d: 31 d2
    div esi                              ; 10030f: f7 f6
    push eax                             ; 100311: 50
    push ecx                             ; 100312: 51
    call showU                           ; 100313: e8 6a fe ff ff
    add esp, 8                           ; 100318: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 10031b: b9 dc 10 10 00
    mov eax, ebx                         ; 100320: 89 d8
    xor edx, edx                         ; 100322: 31 d2
    div esi                              ; 100324: f7 f6
    push edx                             ; 100326: 52
    push ecx                             ; 100327: 51
    call showU                           ; 100328: e8 55 fe ff ff
    add esp, 8                           ; 10032d: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov eax, str_20                      ; 100330: b8 e8 10 10 00
    mov ecx, ebx                         ; 100335: 89 d9
    shr ecx, 4                           ; 100337: c1 e9 04
    push ecx                             ; 10033a: 51
    push eax                             ; 10033b: 50
    call showU                           ; 10033c: e8 41 fe ff ff
    add esp, 8                           ; 100341: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov eax, str_21                      ; 100344: b8 f4 10 10 00
    mov ecx, ebx                         ; 100349: 89 d9
    add ecx, 0xa                         ; 10034b: 83 c1 0a
    push ecx                             ; 10034e: 51
    push eax                             ; 10034f: 50
    call showU                           ; 100350: e8 2d fe ff ff
    add esp, 8                           ; 100355: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov eax, str_22                      ; 100358: b8 00 11 10 00
    mov ecx, esi                         ; 10035d: 89 f1
    sub ecx, 0xb                         ; 10035f: 83 e9 0b
    push ecx                             ; 100362: 51
    push eax                             ; 100363: 50
    call showU                           ; 100364: e8 19 fe ff ff
    add esp, 8                           ; 100369: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov eax, str_23                      ; 10036c: b8 0c 11 10 00
    mov ecx, esi                         ; 100371: 89 f1
    imul ecx, esi                        ; 100373: 0f af ce
    imul ecx, esi                        ; 100376: 0f af ce
    imul ecx, esi                        ; 100379: 0f af ce
    push ecx                             ; 10037c: 51
    push eax                             ; 10037d: 50
    call showU                           ; 10037e: e8 ff fd ff ff
    add esp, 8                           ; 100383: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100386: b8 20 11 10 00
    mov ecx, esi                         ; 10038b: 89 f1
    shl ebx, cl                          ; 10038d: d3 e3
    push ebx                             ; 10038f: 53
    push eax                             ; 100390: 50
    call showU                           ; 100391: e8 ec fd ff ff
    add esp, 8                           ; 100396: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 100399: 5e
    pop ebx                              ; 10039a: 5b
    pop ebp                              ; 10039b: 5d
    ret                                  ; 10039c: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 10039d: 55
    mov ebp, esp                         ; 10039e: 89 e5
    push 0xfffffff9                      ; 1003a0: 6a f9
    push 0x3e8                           ; 1003a2: 68 e8 03 00 00
    call signed                          ; 1003a7: e8 11 fe ff ff
    add esp, 8                           ; 1003ac: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 1003af: 6a 0a
    push 0xfffffff9                      ; 1003b1: 6a f9
    call unsigned                        ; 1003b3: e8 43 ff ff ff
    add esp, 8                           ; 1003b8: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 1003bb: 6a 00
    call exit                            ; 1003bd: e8 79 fd ff ff
    add esp, 4                           ; 1003c2: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 1003c5: 5d
    ret                                  ; 1003c6: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003c7: 55
    mov ebp, esp                         ; 1003c8: 89 e5
    push ebx                             ; 1003ca: 53
    push esi                             ; 1003cb: 56
    mov eax, [ebp+8]                     ; 1003cc: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003cf: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003d2: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003d5: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003d8: 8b 35 00 20 10 00
    push ebx                             ; 1003de: 53
    push edx                             ; 1003df: 52
    push ecx                             ; 1003e0: 51
    push eax                             ; 1003e1: 50
    call esi                             ; 1003e2: ff d6
    add esp, 0x10                        ; 1003e4: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003e7: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003e8: f4
    jmp short .L2                        ; 1003e9: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003eb: 55
    mov ebp, esp                         ; 1003ec: 89 e5
    sub esp, 4                           ; 1003ee: 83 ec 04
    push ebx                             ; 1003f1: 53
    push esi                             ; 1003f2: 56
    push edi                             ; 1003f3: 57
    mov ebx, [ebp+8]                     ; 1003f4: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003f7: 8b 45 0c
    mov [ebp-4], eax                     ; 1003fa: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003fd: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100400: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 100403: b8 2c 11 10 00
    push eax                             ; 100408: 50
    call print                           ; 100409: e8 72 fc ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100411: 56
    call printU32                        ; 100412: e8 b5 fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 10041a: b8 4c 11 10 00
    push eax                             ; 10041f: 50
    call print                           ; 100420: e8 5b fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100428: 57
    call printU32                        ; 100429: e8 9e fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 100431: b8 6c 11 10 00
    push eax                             ; 100436: 50
    call print                           ; 100437: e8 44 fc ff ff
    add esp, 4                           ; 10043c: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10043f: 53
    call print                           ; 100440: e8 3b fc ff ff
    add esp, 4                           ; 100445: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 100448: b8 74 11 10 00
    push eax                             ; 10044d: 50
    call print                           ; 10044e: e8 2d fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100456: 8b 45 fc
    push eax                             ; 100459: 50
    call printU32                        ; 10045a: e8 6d fc ff ff
    add esp, 4                           ; 10045f: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100462: b8 24 10 10 00
    push eax                             ; 100467: 50
    call println                         ; 100468: e8 44 fc ff ff
    add esp, 4                           ; 10046d: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100470: 5f
    pop esi                              ; 100471: 5e
    pop ebx                              ; 100472: 5b
    leave                                ; 100473: c9
    ret                                  ; 100474: c3

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
