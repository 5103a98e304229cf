; tskc 0.1.0 listing of test/golden/arith.ts
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
    call main                            ; 10003d: e8 9a 03 00 00
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
    jge short .L4                        ; 10007f: 7d 19
    mov eax, ebx                         ; 100081: 89 d8
    add eax, esi                         ; 100083: 01 f0
    movzx eax, byte [eax+4]              ; 100085: 0f b6 40 04
    movzx eax, al                        ; 100089: 0f b6 c0
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b4 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add esi, 1                           ; 100095: 83 c6 01
    jmp short .L1                        ; 100098: eb e1
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009e: 55
    mov ebp, esp                         ; 10009f: 89 e5
    mov eax, [ebp+8]                     ; 1000a1: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a4: 50
    call print                           ; 1000a5: e8 c4 ff ff ff
    add esp, 4                           ; 1000aa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ad: 6a 0a
    call putc                            ; 1000af: e8 92 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b7: 5d
    ret                                  ; 1000b8: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b9: 55
    mov ebp, esp                         ; 1000ba: 89 e5
    push ebx                             ; 1000bc: 53
    mov ebx, [ebp+8]                     ; 1000bd: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c0: 83 fb 0a
    jb short .L2                         ; 1000c3: 72 14
    mov ecx, 0xa                         ; 1000c5: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ca: 89 d8
    xor edx, edx                         ; 1000cc: 31 d2
    div ecx                              ; 1000ce: f7 f1
    push eax                             ; 1000d0: 50
    call printU32                        ; 1000d1: e8 e3 ff ff ff
    add esp, 4                           ; 1000d6: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000de: 89 d8
    xor edx, edx                         ; 1000e0: 31 d2
    div ecx                              ; 1000e2: f7 f1
    add edx, 0x30                        ; 1000e4: 83 c2 30
    movzx eax, dl                        ; 1000e7: 0f b6 c2
    push eax                             ; 1000ea: 50
    call putc                            ; 1000eb: e8 56 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f3: 5b
    pop ebp                              ; 1000f4: 5d
    ret                                  ; 1000f5: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f6: 55
    mov ebp, esp                         ; 1000f7: 89 e5
    push ebx                             ; 1000f9: 53
    mov ebx, [ebp+8]                     ; 1000fa: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fd: 83 fb 00
    jge short .L2                        ; 100100: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a3 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    jmp short .L3                        ; 100119: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011b: 53
    call printU32                        ; 10011c: e8 98 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100124: 5b
    pop ebp                              ; 100125: 5d
    ret                                  ; 100126: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100127: 55
    mov ebp, esp                         ; 100128: 89 e5
    push ebx                             ; 10012a: 53
    push esi                             ; 10012b: 56
    mov ebx, [ebp+8]                     ; 10012c: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_0                       ; 10012f: b8 00 10 10 00
    push eax                             ; 100134: 50
    call print                           ; 100135: e8 34 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013d: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100142: 89 d8
    mov ecx, esi                         ; 100144: 89 f1
    shr eax, cl                          ; 100146: d3 e8
    and eax, 0xf                         ; 100148: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014b: 83 f8 0a
    jb short .L5                         ; 10014e: 72 0b
    jmp short .L6                        ; 100150: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100152: 83 ee 04
    jmp short .L2                        ; 100155: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100157: 5e
    pop ebx                              ; 100158: 5b
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10015b: 89 c1
    add ecx, 0x30                        ; 10015d: 83 c1 30
    jmp short .L7                        ; 100160: eb 05
.L6:
    mov ecx, eax                         ; 100162: 89 c1
    add ecx, 0x57                        ; 100164: 83 c1 57
.L7:
    movzx eax, cl                        ; 100167: 0f b6 c1
    push eax                             ; 10016a: 50
    call putc                            ; 10016b: e8 d6 fe ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100173: 83 fe 00
    je short .L4                         ; 100176: 74 df
    jmp short .L3                        ; 100178: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10017a: 55
    mov ebp, esp                         ; 10017b: 89 e5
    mov eax, [ebp+8]                     ; 10017d: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100180: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100182: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100183: f4
    jmp short .L2                        ; 100184: eb fd

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    push ebx                             ; 100189: 53
    mov eax, [ebp+8]                     ; 10018a: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10018d: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 100190: 50
    call print                           ; 100191: e8 d8 fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_1                       ; 100199: b8 08 10 10 00
    push eax                             ; 10019e: 50
    call print                           ; 10019f: e8 ca fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 1001a7: 53
    call printI32                        ; 1001a8: e8 49 ff ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_2                       ; 1001b0: b8 10 10 10 00
    push eax                             ; 1001b5: 50
    call println                         ; 1001b6: e8 e3 fe ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 1001be: 5b
    pop ebp                              ; 1001bf: 5d
    ret                                  ; 1001c0: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 1001c1: 55
    mov ebp, esp                         ; 1001c2: 89 e5
    push ebx                             ; 1001c4: 53
    mov eax, [ebp+8]                     ; 1001c5: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001c8: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 1001cb: 50
    call print                           ; 1001cc: e8 9d fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_1                       ; 1001d4: b8 08 10 10 00
    push eax                             ; 1001d9: 50
    call print                           ; 1001da: e8 8f fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 1001e2: 53
    call printU32                        ; 1001e3: e8 d1 fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_2                       ; 1001eb: b8 10 10 10 00
    push eax                             ; 1001f0: 50
    call println                         ; 1001f1: e8 a8 fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001f9: 5b
    pop ebp                              ; 1001fa: 5d
    ret                                  ; 1001fb: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001fc: 55
    mov ebp, esp                         ; 1001fd: 89 e5
    push ebx                             ; 1001ff: 53
    push esi                             ; 100200: 56
    push edi                             ; 100201: 57
    mov ebx, [ebp+8]                     ; 100202: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100205: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov eax, str_3                       ; 100208: b8 14 10 10 00
    mov ecx, ebx                         ; 10020d: 89 d9
    add ecx, esi                         ; 10020f: 01 f1
    push ecx                             ; 100211: 51
    push eax                             ; 100212: 50
    call show                            ; 100213: e8 6e ff ff ff
    add esp, 8                           ; 100218: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov eax, str_4                       ; 10021b: b8 20 10 10 00
    mov ecx, ebx                         ; 100220: 89 d9
    sub ecx, esi                         ; 100222: 29 f1
    push ecx                             ; 100224: 51
    push eax                             ; 100225: 50
    call show                            ; 100226: e8 5b ff ff ff
    add esp, 8                           ; 10022b: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov eax, str_5                       ; 10022e: b8 2c 10 10 00
    mov ecx, ebx                         ; 100233: 89 d9
    imul ecx, esi                        ; 100235: 0f af ce
    push ecx                             ; 100238: 51
    push eax                             ; 100239: 50
    call show                            ; 10023a: e8 47 ff ff ff
    add esp, 8                           ; 10023f: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_6                       ; 100242: b9 38 10 10 00
    mov eax, ebx                         ; 100247: 89 d8
    cdq                                  ; 100249: 99
    idiv esi                             ; 10024a: f7 fe
    push eax                             ; 10024c: 50
    push ecx                             ; 10024d: 51
    call show                            ; 10024e: e8 33 ff ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_7                       ; 100256: b9 44 10 10 00
    mov eax, ebx                         ; 10025b: 89 d8
    cdq                                  ; 10025d: 99
    idiv esi                             ; 10025e: f7 fe
    push edx                             ; 100260: 52
    push ecx                             ; 100261: 51
    call show                            ; 100262: e8 1f ff ff ff
    add esp, 8                           ; 100267: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_8                       ; 10026a: b9 50 10 10 00
    mov edi, 2                           ; 10026f: bf 02 00 00 00
    mov eax, esi                         ; 100274: 89 f0
    cdq                                  ; 100276: 99
    idiv edi                             ; 100277: f7 ff
    push eax                             ; 100279: 50
    push ecx                             ; 10027a: 51
    call show                            ; 10027b: e8 06 ff ff ff
    add esp, 8                           ; 100280: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_9                       ; 100283: b9 5c 10 10 00
    mov edi, 2                           ; 100288: bf 02 00 00 00
    mov eax, esi                         ; 10028d: 89 f0
    cdq                                  ; 10028f: 99
    idiv edi                             ; 100290: f7 ff
    push edx                             ; 100292: 52
    push ecx                             ; 100293: 51
    call show                            ; 100294: e8 ed fe ff ff
    add esp, 8                           ; 100299: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov eax, str_10                      ; 10029c: b8 68 10 10 00
    mov ecx, esi                         ; 1002a1: 89 f1
    sar ecx, 1                           ; 1002a3: d1 f9
    push ecx                             ; 1002a5: 51
    push eax                             ; 1002a6: 50
    call show                            ; 1002a7: e8 da fe ff ff
    add esp, 8                           ; 1002ac: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov eax, str_11                      ; 1002af: b8 74 10 10 00
    mov ecx, esi                         ; 1002b4: 89 f1
    shl ecx, 3                           ; 1002b6: c1 e1 03
    push ecx                             ; 1002b9: 51
    push eax                             ; 1002ba: 50
    call show                            ; 1002bb: e8 c6 fe ff ff
    add esp, 8                           ; 1002c0: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov eax, str_12                      ; 1002c3: b8 80 10 10 00
    mov ecx, esi                         ; 1002c8: 89 f1
    shr ecx, 0x1c                        ; 1002ca: c1 e9 1c
    push ecx                             ; 1002cd: 51
    push eax                             ; 1002ce: 50
    call show                            ; 1002cf: e8 b2 fe ff ff
    add esp, 8                           ; 1002d4: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov eax, str_13                      ; 1002d7: b8 8c 10 10 00
    mov ecx, ebx                         ; 1002dc: 89 d9
    neg ecx                              ; 1002de: f7 d9
    push ecx                             ; 1002e0: 51
    push eax                             ; 1002e1: 50
    call show                            ; 1002e2: e8 9f fe ff ff
    add esp, 8                           ; 1002e7: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov eax, str_14                      ; 1002ea: b8 94 10 10 00
    mov ecx, ebx                         ; 1002ef: 89 d9
    not ecx                              ; 1002f1: f7 d1
    push ecx                             ; 1002f3: 51
    push eax                             ; 1002f4: 50
    call show                            ; 1002f5: e8 8c fe ff ff
    add esp, 8                           ; 1002fa: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov eax, str_15                      ; 1002fd: b8 9c 10 10 00
    mov ecx, ebx                         ; 100302: 89 d9
    and ecx, 0xff                        ; 100304: 81 e1 ff 00 00 00
    xor esi, 3                           ; 10030a: 83 f6 03
    or ecx, esi                          ; 10030d: 09 f1
    push ecx                             ; 10030f: 51
    push eax                             ; 100310: 50
    call show                            ; 100311: e8 70 fe ff ff
    add esp, 8                           ; 100316: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_16                      ; 100319: b8 b0 10 10 00
    mov ecx, ebx                         ; 10031e: 89 d9
    sub ecx, ebx                         ; 100320: 29 d9
    add ecx, 0x7fffffff                  ; 100322: 81 c1 ff ff ff 7f
    add ecx, 1                           ; 100328: 83 c1 01
    push ecx                             ; 10032b: 51
    push eax                             ; 10032c: 50
    call show                            ; 10032d: e8 54 fe ff ff
    add esp, 8                           ; 100332: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 100335: 5f
    pop esi                              ; 100336: 5e
    pop ebx                              ; 100337: 5b
    pop ebp                              ; 100338: 5d
    ret                                  ; 100339: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 10033a: 55
    mov ebp, esp                         ; 10033b: 89 e5
    push ebx                             ; 10033d: 53
    push esi                             ; 10033e: 56
    mov ebx, [ebp+8]                     ; 10033f: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100342: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_17                      ; 100345: b9 bc 10 10 00
    mov eax, ebx                         ; 10034a: 89 d8
    xor edx, edx                         ; 10034c: 31 d2
    div esi                              ; 10034e: f7 f6
    push eax                             ; 100350: 50
    push ecx                             ; 100351: 51
    call showU                           ; 100352: e8 6a fe ff ff
    add esp, 8                           ; 100357: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_18                      ; 10035a: b9 c8 10 10 00
    mov eax, ebx                         ; 10035f: 89 d8
    xor edx, edx                         ; 100361: 31 d2
    div esi                              ; 100363: f7 f6
    push edx                             ; 100365: 52
    push ecx                             ; 100366: 51
    call showU                           ; 100367: e8 55 fe ff ff
    add esp, 8                           ; 10036c: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov eax, str_19                      ; 10036f: b8 d4 10 10 00
    mov ecx, ebx                         ; 100374: 89 d9
    shr ecx, 4                           ; 100376: c1 e9 04
    push ecx                             ; 100379: 51
    push eax                             ; 10037a: 50
    call showU                           ; 10037b: e8 41 fe ff ff
    add esp, 8                           ; 100380: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov eax, str_20                      ; 100383: b8 e0 10 10 00
    mov ecx, ebx                         ; 100388: 89 d9
    add ecx, 0xa                         ; 10038a: 83 c1 0a
    push ecx                             ; 10038d: 51
    push eax                             ; 10038e: 50
    call showU                           ; 10038f: e8 2d fe ff ff
    add esp, 8                           ; 100394: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov eax, str_21                      ; 100397: b8 ec 10 10 00
    mov ecx, esi                         ; 10039c: 89 f1
    sub ecx, 0xb                         ; 10039e: 83 e9 0b
    push ecx                             ; 1003a1: 51
    push eax                             ; 1003a2: 50
    call showU                           ; 1003a3: e8 19 fe ff ff
    add esp, 8                           ; 1003a8: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov eax, str_22                      ; 1003ab: b8 f8 10 10 00
    mov ecx, esi                         ; 1003b0: 89 f1
    imul ecx, esi                        ; 1003b2: 0f af ce
    imul ecx, esi                        ; 1003b5: 0f af ce
    imul ecx, esi                        ; 1003b8: 0f af ce
    push ecx                             ; 1003bb: 51
    push eax                             ; 1003bc: 50
    call showU                           ; 1003bd: e8 ff fd ff ff
    add esp, 8                           ; 1003c2: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_23                      ; 1003c5: b8 0c 11 10 00
    mov ecx, esi                         ; 1003ca: 89 f1
    shl ebx, cl                          ; 1003cc: d3 e3
    push ebx                             ; 1003ce: 53
    push eax                             ; 1003cf: 50
    call showU                           ; 1003d0: e8 ec fd ff ff
    add esp, 8                           ; 1003d5: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 1003d8: 5e
    pop ebx                              ; 1003d9: 5b
    pop ebp                              ; 1003da: 5d
    ret                                  ; 1003db: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 1003dc: 55
    mov ebp, esp                         ; 1003dd: 89 e5
    push 0xfffffff9                      ; 1003df: 6a f9
    push 0x3e8                           ; 1003e1: 68 e8 03 00 00
    call signed                          ; 1003e6: e8 11 fe ff ff
    add esp, 8                           ; 1003eb: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 1003ee: 6a 0a
    push 0xfffffff9                      ; 1003f0: 6a f9
    call unsigned                        ; 1003f2: e8 43 ff ff ff
    add esp, 8                           ; 1003f7: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 1003fa: 6a 00
    call exit                            ; 1003fc: e8 79 fd ff ff
    add esp, 4                           ; 100401: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 100404: 5d
    ret                                  ; 100405: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1010 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1014 - ($ - $$) db 0
str_3:  ; "a + b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2b, 0x20, 0x62
    times 0x1020 - ($ - $$) db 0
str_4:  ; "a - b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2d, 0x20, 0x62
    times 0x102c - ($ - $$) db 0
str_5:  ; "a * b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2a, 0x20, 0x62
    times 0x1038 - ($ - $$) db 0
str_6:  ; "a / b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2f, 0x20, 0x62
    times 0x1044 - ($ - $$) db 0
str_7:  ; "a % b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x25, 0x20, 0x62
    times 0x1050 - ($ - $$) db 0
str_8:  ; "b / 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x2f, 0x20, 0x32
    times 0x105c - ($ - $$) db 0
str_9:  ; "b % 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x25, 0x20, 0x32
    times 0x1068 - ($ - $$) db 0
str_10:  ; "b >> 1"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x1074 - ($ - $$) db 0
str_11:  ; "b << 3"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3c, 0x3c, 0x20, 0x33
    times 0x1080 - ($ - $$) db 0
str_12:  ; "b >>> 28"
    db 0x8, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x108c - ($ - $$) db 0
str_13:  ; "-a"
    db 0x2, 0x0, 0x0, 0x0, 0x2d, 0x61
    times 0x1094 - ($ - $$) db 0
str_14:  ; "~a"
    db 0x2, 0x0, 0x0, 0x0, 0x7e, 0x61
    times 0x109c - ($ - $$) db 0
str_15:  ; "a & 0xff | b ^ 3"
    db 0x10, 0x0, 0x0, 0x0, 0x61, 0x20, 0x26, 0x20, 0x30, 0x78, 0x66, 0x66, 0x20, 0x7c, 0x20, 0x62
    db 0x20, 0x5e, 0x20, 0x33
    times 0x10b0 - ($ - $$) db 0
str_16:  ; "max + 1"
    db 0x7, 0x0, 0x0, 0x0, 0x6d, 0x61, 0x78, 0x20, 0x2b, 0x20, 0x31
    times 0x10bc - ($ - $$) db 0
str_17:  ; "x / y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2f, 0x20, 0x79
    times 0x10c8 - ($ - $$) db 0
str_18:  ; "x % y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x25, 0x20, 0x79
    times 0x10d4 - ($ - $$) db 0
str_19:  ; "x >> 4"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3e, 0x3e, 0x20, 0x34
    times 0x10e0 - ($ - $$) db 0
str_20:  ; "x + 10"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x31, 0x30
    times 0x10ec - ($ - $$) db 0
str_21:  ; "y - 11"
    db 0x6, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2d, 0x20, 0x31, 0x31
    times 0x10f8 - ($ - $$) db 0
str_22:  ; "y * y * y * y"
    db 0xd, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20
    db 0x79
    times 0x110c - ($ - $$) db 0
str_23:  ; "x << y"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x79

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
