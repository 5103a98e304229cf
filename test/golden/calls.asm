; tskc 0.1.0 listing of test/golden/calls.ts
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
    call main                            ; 10003d: e8 ed 02 00 00
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

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    push ebx                             ; 100189: 53
    push esi                             ; 10018a: 56
    push edi                             ; 10018b: 57
    mov ebx, [ebp+8]                     ; 10018c: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10018f: 83 fb 02
    jae short .L2                        ; 100192: 73 04
    mov esi, ebx                         ; 100194: 89 de
    jmp short .L3                        ; 100196: eb 20
.L2:
    mov eax, ebx                         ; 100198: 89 d8
    sub eax, 1                           ; 10019a: 83 e8 01
    push eax                             ; 10019d: 50
    call fib                             ; 10019e: e8 e3 ff ff ff
    add esp, 4                           ; 1001a3: 83 c4 04
    mov edi, eax                         ; 1001a6: 89 c7
    sub ebx, 2                           ; 1001a8: 83 eb 02
    push ebx                             ; 1001ab: 53
    call fib                             ; 1001ac: e8 d5 ff ff ff
    add esp, 4                           ; 1001b1: 83 c4 04
    mov esi, edi                         ; 1001b4: 89 fe
    add esi, eax                         ; 1001b6: 01 c6
.L3:
    mov eax, esi                         ; 1001b8: 89 f0
    pop edi                              ; 1001ba: 5f
    pop esi                              ; 1001bb: 5e
    pop ebx                              ; 1001bc: 5b
    pop ebp                              ; 1001bd: 5d
    ret                                  ; 1001be: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 1001bf: 55
    mov ebp, esp                         ; 1001c0: 89 e5
    push ebx                             ; 1001c2: 53
    push esi                             ; 1001c3: 56
    push edi                             ; 1001c4: 57
    mov ebx, [ebp+8]                     ; 1001c5: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001c8: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ebx, 0                           ; 1001cb: 83 fb 00
    jne short .L2                        ; 1001ce: 75 0a
    mov eax, esi                         ; 1001d0: 89 f0
    add eax, 1                           ; 1001d2: 83 c0 01
    pop edi                              ; 1001d5: 5f
    pop esi                              ; 1001d6: 5e
    pop ebx                              ; 1001d7: 5b
    pop ebp                              ; 1001d8: 5d
    ret                                  ; 1001d9: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp esi, 0                           ; 1001da: 83 fe 00
    jne short .L6                        ; 1001dd: 75 15
    mov eax, ebx                         ; 1001df: 89 d8
    sub eax, 1                           ; 1001e1: 83 e8 01
    push 1                               ; 1001e4: 6a 01
    push eax                             ; 1001e6: 50
    call ackermann                       ; 1001e7: e8 d3 ff ff ff
    add esp, 8                           ; 1001ec: 83 c4 08
    pop edi                              ; 1001ef: 5f
    pop esi                              ; 1001f0: 5e
    pop ebx                              ; 1001f1: 5b
    pop ebp                              ; 1001f2: 5d
    ret                                  ; 1001f3: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov edi, ebx                         ; 1001f4: 89 df
    sub edi, 1                           ; 1001f6: 83 ef 01
    sub esi, 1                           ; 1001f9: 83 ee 01
    push esi                             ; 1001fc: 56
    push ebx                             ; 1001fd: 53
    call ackermann                       ; 1001fe: e8 bc ff ff ff
    add esp, 8                           ; 100203: 83 c4 08
    push eax                             ; 100206: 50
    push edi                             ; 100207: 57
    call ackermann                       ; 100208: e8 b2 ff ff ff
    add esp, 8                           ; 10020d: 83 c4 08
    pop edi                              ; 100210: 5f
    pop esi                              ; 100211: 5e
    pop ebx                              ; 100212: 5b
    pop ebp                              ; 100213: 5d
    ret                                  ; 100214: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 100215: 55
    mov ebp, esp                         ; 100216: 89 e5
    push ebx                             ; 100218: 53
    push esi                             ; 100219: 56
    push edi                             ; 10021a: 57
    mov eax, [ebp+8]                     ; 10021b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10021e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100221: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100224: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 100227: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 10022a: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 10022d: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 100233: 69 c9 10 27 00 00
    add eax, ecx                         ; 100239: 01 c8
    imul ecx, edx, 0x3e8                 ; 10023b: 69 ca e8 03 00 00
    add eax, ecx                         ; 100241: 01 c8
    imul ecx, ebx, 0x64                  ; 100243: 6b cb 64
    add eax, ecx                         ; 100246: 01 c8
    imul ecx, esi, 0xa                   ; 100248: 6b ce 0a
    add eax, ecx                         ; 10024b: 01 c8
    add eax, edi                         ; 10024d: 01 f8
    pop edi                              ; 10024f: 5f
    pop esi                              ; 100250: 5e
    pop ebx                              ; 100251: 5b
    pop ebp                              ; 100252: 5d
    ret                                  ; 100253: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 100254: 55
    mov ebp, esp                         ; 100255: 89 e5
    sub esp, 0x24                        ; 100257: 83 ec 24
    push ebx                             ; 10025a: 53
    push esi                             ; 10025b: 56
    push edi                             ; 10025c: 57
    mov eax, [ebp+8]                     ; 10025d: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov ebx, eax                         ; 100260: 89 c3
    add ebx, 1                           ; 100262: 83 c3 01
    mov esi, eax                         ; 100265: 89 c6
    add esi, 2                           ; 100267: 83 c6 02
    mov edi, eax                         ; 10026a: 89 c7
    add edi, 3                           ; 10026c: 83 c7 03
    mov ecx, eax                         ; 10026f: 89 c1
    mov [ebp-4], ecx                     ; 100271: 89 4d fc
    mov ecx, [ebp-4]                     ; 100274: 8b 4d fc
    add ecx, 4                           ; 100277: 83 c1 04
    mov [ebp-4], ecx                     ; 10027a: 89 4d fc
    mov ecx, eax                         ; 10027d: 89 c1
    mov [ebp-8], ecx                     ; 10027f: 89 4d f8
    mov ecx, [ebp-8]                     ; 100282: 8b 4d f8
    add ecx, 5                           ; 100285: 83 c1 05
    mov [ebp-8], ecx                     ; 100288: 89 4d f8
    mov ecx, eax                         ; 10028b: 89 c1
    mov [ebp-0xc], ecx                   ; 10028d: 89 4d f4
    mov ecx, [ebp-0xc]                   ; 100290: 8b 4d f4
    add ecx, 6                           ; 100293: 83 c1 06
    mov [ebp-0xc], ecx                   ; 100296: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100299: 6b c8 07
    mov [ebp-0x10], ecx                  ; 10029c: 89 4d f0
    imul ecx, eax, 8                     ; 10029f: 6b c8 08
    mov [ebp-0x14], ecx                  ; 1002a2: 89 4d ec
    imul ecx, eax, 9                     ; 1002a5: 6b c8 09
    mov [ebp-0x18], ecx                  ; 1002a8: 89 4d e8
    imul ecx, eax, 0xa                   ; 1002ab: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 1002ae: 89 4d e4
    imul ecx, eax, 0xb                   ; 1002b1: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 1002b4: 89 4d e0
    imul eax, 0xc                        ; 1002b7: 6b c0 0c
    mov [ebp-0x24], eax                  ; 1002ba: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 1002bd: 8b 45 f4
    push eax                             ; 1002c0: 50
    mov eax, [ebp-8]                     ; 1002c1: 8b 45 f8
    push eax                             ; 1002c4: 50
    mov eax, [ebp-4]                     ; 1002c5: 8b 45 fc
    push eax                             ; 1002c8: 50
    push edi                             ; 1002c9: 57
    push esi                             ; 1002ca: 56
    push ebx                             ; 1002cb: 53
    call weigh                           ; 1002cc: e8 44 ff ff ff
    add esp, 0x18                        ; 1002d1: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 1002d4: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 1002d7: 8b 55 ec
    xor ecx, edx                         ; 1002da: 31 d1
    add eax, ecx                         ; 1002dc: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002de: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 1002e1: 8b 55 e4
    or ecx, edx                          ; 1002e4: 09 d1
    add eax, ecx                         ; 1002e6: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002e8: 8b 4d e0
    mov edx, [ebp-0x24]                  ; 1002eb: 8b 55 dc
    and ecx, edx                         ; 1002ee: 21 d1
    sub eax, ecx                         ; 1002f0: 29 c8
    imul ebx, esi                        ; 1002f2: 0f af de
    imul ebx, edi                        ; 1002f5: 0f af df
    mov ecx, [ebp-4]                     ; 1002f8: 8b 4d fc
    imul ebx, ecx                        ; 1002fb: 0f af d9
    mov ecx, [ebp-8]                     ; 1002fe: 8b 4d f8
    imul ebx, ecx                        ; 100301: 0f af d9
    mov ecx, [ebp-0xc]                   ; 100304: 8b 4d f4
    imul ebx, ecx                        ; 100307: 0f af d9
    add eax, ebx                         ; 10030a: 01 d8
    mov ecx, [ebp-0x10]                  ; 10030c: 8b 4d f0
    add eax, ecx                         ; 10030f: 01 c8
    mov ecx, [ebp-0x14]                  ; 100311: 8b 4d ec
    add eax, ecx                         ; 100314: 01 c8
    mov ecx, [ebp-0x18]                  ; 100316: 8b 4d e8
    add eax, ecx                         ; 100319: 01 c8
    mov ecx, [ebp-0x1c]                  ; 10031b: 8b 4d e4
    add eax, ecx                         ; 10031e: 01 c8
    mov ecx, [ebp-0x20]                  ; 100320: 8b 4d e0
    add eax, ecx                         ; 100323: 01 c8
    mov ecx, [ebp-0x24]                  ; 100325: 8b 4d dc
    add eax, ecx                         ; 100328: 01 c8
    pop edi                              ; 10032a: 5f
    pop esi                              ; 10032b: 5e
    pop ebx                              ; 10032c: 5b
    leave                                ; 10032d: c9
    ret                                  ; 10032e: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 10032f: 55
    mov ebp, esp                         ; 100330: 89 e5
    push 0x14                            ; 100332: 6a 14
    call fib                             ; 100334: e8 4d fe ff ff
    add esp, 4                           ; 100339: 83 c4 04
    push eax                             ; 10033c: 50
    call printU32                        ; 10033d: e8 77 fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_1                       ; 100345: b8 08 10 10 00
    push eax                             ; 10034a: 50
    call println                         ; 10034b: e8 4e fd ff ff
    add esp, 4                           ; 100350: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 100353: 6a 03
    push 2                               ; 100355: 6a 02
    call ackermann                       ; 100357: e8 63 fe ff ff
    add esp, 8                           ; 10035c: 83 c4 08
    push eax                             ; 10035f: 50
    call printU32                        ; 100360: e8 54 fd ff ff
    add esp, 4                           ; 100365: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_1                       ; 100368: b8 08 10 10 00
    push eax                             ; 10036d: 50
    call println                         ; 10036e: e8 2b fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 100376: 6a 06
    push 5                               ; 100378: 6a 05
    push 4                               ; 10037a: 6a 04
    push 3                               ; 10037c: 6a 03
    push 2                               ; 10037e: 6a 02
    push 1                               ; 100380: 6a 01
    call weigh                           ; 100382: e8 8e fe ff ff
    add esp, 0x18                        ; 100387: 83 c4 18
    push eax                             ; 10038a: 50
    call printI32                        ; 10038b: e8 66 fd ff ff
    add esp, 4                           ; 100390: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_1                       ; 100393: b8 08 10 10 00
    push eax                             ; 100398: 50
    call println                         ; 100399: e8 00 fd ff ff
    add esp, 4                           ; 10039e: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 1003a1: 6a 03
    call pressure                        ; 1003a3: e8 ac fe ff ff
    add esp, 4                           ; 1003a8: 83 c4 04
    push eax                             ; 1003ab: 50
    call printI32                        ; 1003ac: e8 45 fd ff ff
    add esp, 4                           ; 1003b1: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_1                       ; 1003b4: b8 08 10 10 00
    push eax                             ; 1003b9: 50
    call println                         ; 1003ba: e8 df fc ff ff
    add esp, 4                           ; 1003bf: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 1003c2: 6a 00
    call exit                            ; 1003c4: e8 b1 fd ff ff
    add esp, 4                           ; 1003c9: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebp                              ; 1003cc: 5d
    ret                                  ; 1003cd: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
