; tskc 0.1.0 listing of test/golden/calls.ts
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
    call main                            ; 10003d: e8 b2 02 00 00
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
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    push ebx                             ; 10010e: 53
    mov ebx, [ebp+8]                     ; 10010f: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100112: 83 fb 00
    jge short .L2                        ; 100115: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100117: 6a 2d
    call putc                            ; 100119: e8 28 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100121: 89 d8
    neg eax                              ; 100123: f7 d8
    push eax                             ; 100125: 50
    call printU32                        ; 100126: e8 a3 ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012e: 5b
    pop ebp                              ; 10012f: 5d
    ret                                  ; 100130: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100131: 53
    call printU32                        ; 100132: e8 97 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013a: 5b
    pop ebp                              ; 10013b: 5d
    ret                                  ; 10013c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    mov eax, [ebp+8]                     ; 100140: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100143: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100145: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100146: f4
    jmp short .L2                        ; 100147: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    push ebx                             ; 10014c: 53
    push esi                             ; 10014d: 56
    mov ebx, [ebp+8]                     ; 10014e: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 100151: 83 fb 02
    jb short .L3                         ; 100154: 72 28
    mov eax, ebx                         ; 100156: 89 d8
    sub eax, 1                           ; 100158: 83 e8 01
    push eax                             ; 10015b: 50
    call fib                             ; 10015c: e8 e8 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    mov esi, eax                         ; 100164: 89 c6
    mov eax, ebx                         ; 100166: 89 d8
    sub eax, 2                           ; 100168: 83 e8 02
    push eax                             ; 10016b: 50
    call fib                             ; 10016c: e8 d8 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    mov ebx, esi                         ; 100174: 89 f3
    add ebx, eax                         ; 100176: 01 c3
    mov eax, ebx                         ; 100178: 89 d8
    pop esi                              ; 10017a: 5e
    pop ebx                              ; 10017b: 5b
    pop ebp                              ; 10017c: 5d
    ret                                  ; 10017d: c3
.L3:
    mov eax, ebx                         ; 10017e: 89 d8
    pop esi                              ; 100180: 5e
    pop ebx                              ; 100181: 5b
    pop ebp                              ; 100182: 5d
    ret                                  ; 100183: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 100184: 55
    mov ebp, esp                         ; 100185: 89 e5
    push ebx                             ; 100187: 53
    push esi                             ; 100188: 56
    push edi                             ; 100189: 57
    mov ebx, [ebp+8]                     ; 10018a: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10018d: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ebx, 0                           ; 100190: 83 fb 00
    jne short .L2                        ; 100193: 75 0a
    mov eax, esi                         ; 100195: 89 f0
    add eax, 1                           ; 100197: 83 c0 01
    pop edi                              ; 10019a: 5f
    pop esi                              ; 10019b: 5e
    pop ebx                              ; 10019c: 5b
    pop ebp                              ; 10019d: 5d
    ret                                  ; 10019e: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp esi, 0                           ; 10019f: 83 fe 00
    jne short .L6                        ; 1001a2: 75 15
    mov eax, ebx                         ; 1001a4: 89 d8
    sub eax, 1                           ; 1001a6: 83 e8 01
    push 1                               ; 1001a9: 6a 01
    push eax                             ; 1001ab: 50
    call ackermann                       ; 1001ac: e8 d3 ff ff ff
    add esp, 8                           ; 1001b1: 83 c4 08
    pop edi                              ; 1001b4: 5f
    pop esi                              ; 1001b5: 5e
    pop ebx                              ; 1001b6: 5b
    pop ebp                              ; 1001b7: 5d
    ret                                  ; 1001b8: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov edi, ebx                         ; 1001b9: 89 df
    sub edi, 1                           ; 1001bb: 83 ef 01
    sub esi, 1                           ; 1001be: 83 ee 01
    push esi                             ; 1001c1: 56
    push ebx                             ; 1001c2: 53
    call ackermann                       ; 1001c3: e8 bc ff ff ff
    add esp, 8                           ; 1001c8: 83 c4 08
    push eax                             ; 1001cb: 50
    push edi                             ; 1001cc: 57
    call ackermann                       ; 1001cd: e8 b2 ff ff ff
    add esp, 8                           ; 1001d2: 83 c4 08
    pop edi                              ; 1001d5: 5f
    pop esi                              ; 1001d6: 5e
    pop ebx                              ; 1001d7: 5b
    pop ebp                              ; 1001d8: 5d
    ret                                  ; 1001d9: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001da: 55
    mov ebp, esp                         ; 1001db: 89 e5
    push ebx                             ; 1001dd: 53
    push esi                             ; 1001de: 56
    push edi                             ; 1001df: 57
    mov eax, [ebp+8]                     ; 1001e0: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e3: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e6: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001e9: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 1001ec: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 1001ef: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001f2: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 1001f8: 69 c9 10 27 00 00
    add eax, ecx                         ; 1001fe: 01 c8
    imul ecx, edx, 0x3e8                 ; 100200: 69 ca e8 03 00 00
    add eax, ecx                         ; 100206: 01 c8
    imul ecx, ebx, 0x64                  ; 100208: 6b cb 64
    add eax, ecx                         ; 10020b: 01 c8
    imul ecx, esi, 0xa                   ; 10020d: 6b ce 0a
    add eax, ecx                         ; 100210: 01 c8
    add eax, edi                         ; 100212: 01 f8
    pop edi                              ; 100214: 5f
    pop esi                              ; 100215: 5e
    pop ebx                              ; 100216: 5b
    pop ebp                              ; 100217: 5d
    ret                                  ; 100218: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 100219: 55
    mov ebp, esp                         ; 10021a: 89 e5
    sub esp, 0x24                        ; 10021c: 83 ec 24
    push ebx                             ; 10021f: 53
    push esi                             ; 100220: 56
    push edi                             ; 100221: 57
    mov eax, [ebp+8]                     ; 100222: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov ebx, eax                         ; 100225: 89 c3
    add ebx, 1                           ; 100227: 83 c3 01
    mov esi, eax                         ; 10022a: 89 c6
    add esi, 2                           ; 10022c: 83 c6 02
    mov edi, eax                         ; 10022f: 89 c7
    add edi, 3                           ; 100231: 83 c7 03
    mov ecx, eax                         ; 100234: 89 c1
    mov [ebp-4], ecx                     ; 100236: 89 4d fc
    mov ecx, [ebp-4]                     ; 100239: 8b 4d fc
    add ecx, 4                           ; 10023c: 83 c1 04
    mov [ebp-4], ecx                     ; 10023f: 89 4d fc
    mov ecx, eax                         ; 100242: 89 c1
    mov [ebp-8], ecx                     ; 100244: 89 4d f8
    mov ecx, [ebp-8]                     ; 100247: 8b 4d f8
    add ecx, 5                           ; 10024a: 83 c1 05
    mov [ebp-8], ecx                     ; 10024d: 89 4d f8
    mov ecx, eax                         ; 100250: 89 c1
    mov [ebp-0xc], ecx                   ; 100252: 89 4d f4
    mov ecx, [ebp-0xc]                   ; 100255: 8b 4d f4
    add ecx, 6                           ; 100258: 83 c1 06
    mov [ebp-0xc], ecx                   ; 10025b: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 10025e: 6b c8 07
    mov [ebp-0x10], ecx                  ; 100261: 89 4d f0
    imul ecx, eax, 8                     ; 100264: 6b c8 08
    mov [ebp-0x14], ecx                  ; 100267: 89 4d ec
    imul ecx, eax, 9                     ; 10026a: 6b c8 09
    mov [ebp-0x18], ecx                  ; 10026d: 89 4d e8
    imul ecx, eax, 0xa                   ; 100270: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 100273: 89 4d e4
    imul ecx, eax, 0xb                   ; 100276: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 100279: 89 4d e0
    imul eax, 0xc                        ; 10027c: 6b c0 0c
    mov [ebp-0x24], eax                  ; 10027f: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 100282: 8b 45 f4
    push eax                             ; 100285: 50
    mov eax, [ebp-8]                     ; 100286: 8b 45 f8
    push eax                             ; 100289: 50
    mov eax, [ebp-4]                     ; 10028a: 8b 45 fc
    push eax                             ; 10028d: 50
    push edi                             ; 10028e: 57
    push esi                             ; 10028f: 56
    push ebx                             ; 100290: 53
    call weigh                           ; 100291: e8 44 ff ff ff
    add esp, 0x18                        ; 100296: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 100299: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 10029c: 8b 55 ec
    xor ecx, edx                         ; 10029f: 31 d1
    add eax, ecx                         ; 1002a1: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002a3: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 1002a6: 8b 55 e4
    or ecx, edx                          ; 1002a9: 09 d1
    add eax, ecx                         ; 1002ab: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002ad: 8b 4d e0
    mov edx, [ebp-0x24]                  ; 1002b0: 8b 55 dc
    and ecx, edx                         ; 1002b3: 21 d1
    sub eax, ecx                         ; 1002b5: 29 c8
    imul ebx, esi                        ; 1002b7: 0f af de
    imul ebx, edi                        ; 1002ba: 0f af df
    mov ecx, [ebp-4]                     ; 1002bd: 8b 4d fc
    imul ebx, ecx                        ; 1002c0: 0f af d9
    mov ecx, [ebp-8]                     ; 1002c3: 8b 4d f8
    imul ebx, ecx                        ; 1002c6: 0f af d9
    mov ecx, [ebp-0xc]                   ; 1002c9: 8b 4d f4
    imul ebx, ecx                        ; 1002cc: 0f af d9
    add eax, ebx                         ; 1002cf: 01 d8
    mov ecx, [ebp-0x10]                  ; 1002d1: 8b 4d f0
    add eax, ecx                         ; 1002d4: 01 c8
    mov ecx, [ebp-0x14]                  ; 1002d6: 8b 4d ec
    add eax, ecx                         ; 1002d9: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002db: 8b 4d e8
    add eax, ecx                         ; 1002de: 01 c8
    mov ecx, [ebp-0x1c]                  ; 1002e0: 8b 4d e4
    add eax, ecx                         ; 1002e3: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002e5: 8b 4d e0
    add eax, ecx                         ; 1002e8: 01 c8
    mov ecx, [ebp-0x24]                  ; 1002ea: 8b 4d dc
    add eax, ecx                         ; 1002ed: 01 c8
    pop edi                              ; 1002ef: 5f
    pop esi                              ; 1002f0: 5e
    pop ebx                              ; 1002f1: 5b
    leave                                ; 1002f2: c9
    ret                                  ; 1002f3: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002f4: 55
    mov ebp, esp                         ; 1002f5: 89 e5
    push ebx                             ; 1002f7: 53
    push 0x14                            ; 1002f8: 6a 14
    call fib                             ; 1002fa: e8 4a fe ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    push eax                             ; 100302: 50
    call printU32                        ; 100303: e8 c6 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 10030b: bb 1c 10 10 00
    push ebx                             ; 100310: 53
    call println                         ; 100311: e8 9d fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 100319: 6a 03
    push 2                               ; 10031b: 6a 02
    call ackermann                       ; 10031d: e8 62 fe ff ff
    add esp, 8                           ; 100322: 83 c4 08
    push eax                             ; 100325: 50
    call printU32                        ; 100326: e8 a3 fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    push ebx                             ; 10032e: 53
    call println                         ; 10032f: e8 7f fd ff ff
    add esp, 4                           ; 100334: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 100337: 6a 06
    push 5                               ; 100339: 6a 05
    push 4                               ; 10033b: 6a 04
    push 3                               ; 10033d: 6a 03
    push 2                               ; 10033f: 6a 02
    push 1                               ; 100341: 6a 01
    call weigh                           ; 100343: e8 92 fe ff ff
    add esp, 0x18                        ; 100348: 83 c4 18
    push eax                             ; 10034b: 50
    call printI32                        ; 10034c: e8 ba fd ff ff
    add esp, 4                           ; 100351: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    push ebx                             ; 100354: 53
    call println                         ; 100355: e8 59 fd ff ff
    add esp, 4                           ; 10035a: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 10035d: 6a 03
    call pressure                        ; 10035f: e8 b5 fe ff ff
    add esp, 4                           ; 100364: 83 c4 04
    push eax                             ; 100367: 50
    call printI32                        ; 100368: e8 9e fd ff ff
    add esp, 4                           ; 10036d: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    push ebx                             ; 100370: 53
    call println                         ; 100371: e8 3d fd ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100379: 6a 00
    call exit                            ; 10037b: e8 bd fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 100383: 5b
    pop ebp                              ; 100384: 5d
    ret                                  ; 100385: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100386: 55
    mov ebp, esp                         ; 100387: 89 e5
    push ebx                             ; 100389: 53
    push esi                             ; 10038a: 56
    mov eax, [ebp+8]                     ; 10038b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10038e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100391: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100394: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100397: 8b 35 00 20 10 00
    push ebx                             ; 10039d: 53
    push edx                             ; 10039e: 52
    push ecx                             ; 10039f: 51
    push eax                             ; 1003a0: 50
    call esi                             ; 1003a1: ff d6
    add esp, 0x10                        ; 1003a3: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003a6: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003a7: f4
    jmp short .L2                        ; 1003a8: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003aa: 55
    mov ebp, esp                         ; 1003ab: 89 e5
    sub esp, 4                           ; 1003ad: 83 ec 04
    push ebx                             ; 1003b0: 53
    push esi                             ; 1003b1: 56
    push edi                             ; 1003b2: 57
    mov ebx, [ebp+8]                     ; 1003b3: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003b6: 8b 45 0c
    mov [ebp-4], eax                     ; 1003b9: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003bc: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003bf: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1003c2: b8 20 10 10 00
    push eax                             ; 1003c7: 50
    call print                           ; 1003c8: e8 b3 fc ff ff
    add esp, 4                           ; 1003cd: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003d0: 56
    call printU32                        ; 1003d1: e8 f8 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1003d9: b8 40 10 10 00
    push eax                             ; 1003de: 50
    call print                           ; 1003df: e8 9c fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003e7: 57
    call printU32                        ; 1003e8: e8 e1 fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003f0: b8 60 10 10 00
    push eax                             ; 1003f5: 50
    call print                           ; 1003f6: e8 85 fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003fe: 53
    call print                           ; 1003ff: e8 7c fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100407: b8 68 10 10 00
    push eax                             ; 10040c: 50
    call print                           ; 10040d: e8 6e fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100415: 8b 45 fc
    push eax                             ; 100418: 50
    call printU32                        ; 100419: e8 b0 fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100421: b8 1c 10 10 00
    push eax                             ; 100426: 50
    call println                         ; 100427: e8 87 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10042f: 5f
    pop esi                              ; 100430: 5e
    pop ebx                              ; 100431: 5b
    leave                                ; 100432: c9
    ret                                  ; 100433: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1020 - ($ - $$) db 0
str_3:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1060 - ($ - $$) db 0
str_5:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1068 - ($ - $$) db 0
str_6:  ; ":"
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
