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
    call main                            ; 10003d: e8 b0 02 00 00
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

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100147: 55
    mov ebp, esp                         ; 100148: 89 e5
    push ebx                             ; 10014a: 53
    push esi                             ; 10014b: 56
    mov ebx, [ebp+8]                     ; 10014c: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10014f: 83 fb 02
    jb short .L3                         ; 100152: 72 28
    mov eax, ebx                         ; 100154: 89 d8
    sub eax, 1                           ; 100156: 83 e8 01
    push eax                             ; 100159: 50
    call fib                             ; 10015a: e8 e8 ff ff ff
    add esp, 4                           ; 10015f: 83 c4 04
    mov esi, eax                         ; 100162: 89 c6
    mov eax, ebx                         ; 100164: 89 d8
    sub eax, 2                           ; 100166: 83 e8 02
    push eax                             ; 100169: 50
    call fib                             ; 10016a: e8 d8 ff ff ff
    add esp, 4                           ; 10016f: 83 c4 04
    mov ebx, esi                         ; 100172: 89 f3
    add ebx, eax                         ; 100174: 01 c3
    mov eax, ebx                         ; 100176: 89 d8
    pop esi                              ; 100178: 5e
    pop ebx                              ; 100179: 5b
    pop ebp                              ; 10017a: 5d
    ret                                  ; 10017b: c3
.L3:
    mov eax, ebx                         ; 10017c: 89 d8
    pop esi                              ; 10017e: 5e
    pop ebx                              ; 10017f: 5b
    pop ebp                              ; 100180: 5d
    ret                                  ; 100181: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 100182: 55
    mov ebp, esp                         ; 100183: 89 e5
    push ebx                             ; 100185: 53
    push esi                             ; 100186: 56
    push edi                             ; 100187: 57
    mov ebx, [ebp+8]                     ; 100188: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10018b: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ebx, 0                           ; 10018e: 83 fb 00
    jne short .L2                        ; 100191: 75 0a
    mov eax, esi                         ; 100193: 89 f0
    add eax, 1                           ; 100195: 83 c0 01
    pop edi                              ; 100198: 5f
    pop esi                              ; 100199: 5e
    pop ebx                              ; 10019a: 5b
    pop ebp                              ; 10019b: 5d
    ret                                  ; 10019c: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp esi, 0                           ; 10019d: 83 fe 00
    jne short .L6                        ; 1001a0: 75 15
    mov eax, ebx                         ; 1001a2: 89 d8
    sub eax, 1                           ; 1001a4: 83 e8 01
    push 1                               ; 1001a7: 6a 01
    push eax                             ; 1001a9: 50
    call ackermann                       ; 1001aa: e8 d3 ff ff ff
    add esp, 8                           ; 1001af: 83 c4 08
    pop edi                              ; 1001b2: 5f
    pop esi                              ; 1001b3: 5e
    pop ebx                              ; 1001b4: 5b
    pop ebp                              ; 1001b5: 5d
    ret                                  ; 1001b6: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov edi, ebx                         ; 1001b7: 89 df
    sub edi, 1                           ; 1001b9: 83 ef 01
    sub esi, 1                           ; 1001bc: 83 ee 01
    push esi                             ; 1001bf: 56
    push ebx                             ; 1001c0: 53
    call ackermann                       ; 1001c1: e8 bc ff ff ff
    add esp, 8                           ; 1001c6: 83 c4 08
    push eax                             ; 1001c9: 50
    push edi                             ; 1001ca: 57
    call ackermann                       ; 1001cb: e8 b2 ff ff ff
    add esp, 8                           ; 1001d0: 83 c4 08
    pop edi                              ; 1001d3: 5f
    pop esi                              ; 1001d4: 5e
    pop ebx                              ; 1001d5: 5b
    pop ebp                              ; 1001d6: 5d
    ret                                  ; 1001d7: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001d8: 55
    mov ebp, esp                         ; 1001d9: 89 e5
    push ebx                             ; 1001db: 53
    push esi                             ; 1001dc: 56
    push edi                             ; 1001dd: 57
    mov eax, [ebp+8]                     ; 1001de: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e1: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e4: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001e7: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 1001ea: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 1001ed: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001f0: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 1001f6: 69 c9 10 27 00 00
    add eax, ecx                         ; 1001fc: 01 c8
    imul ecx, edx, 0x3e8                 ; 1001fe: 69 ca e8 03 00 00
    add eax, ecx                         ; 100204: 01 c8
    imul ecx, ebx, 0x64                  ; 100206: 6b cb 64
    add eax, ecx                         ; 100209: 01 c8
    imul ecx, esi, 0xa                   ; 10020b: 6b ce 0a
    add eax, ecx                         ; 10020e: 01 c8
    add eax, edi                         ; 100210: 01 f8
    pop edi                              ; 100212: 5f
    pop esi                              ; 100213: 5e
    pop ebx                              ; 100214: 5b
    pop ebp                              ; 100215: 5d
    ret                                  ; 100216: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 100217: 55
    mov ebp, esp                         ; 100218: 89 e5
    sub esp, 0x24                        ; 10021a: 83 ec 24
    push ebx                             ; 10021d: 53
    push esi                             ; 10021e: 56
    push edi                             ; 10021f: 57
    mov eax, [ebp+8]                     ; 100220: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov ebx, eax                         ; 100223: 89 c3
    add ebx, 1                           ; 100225: 83 c3 01
    mov esi, eax                         ; 100228: 89 c6
    add esi, 2                           ; 10022a: 83 c6 02
    mov edi, eax                         ; 10022d: 89 c7
    add edi, 3                           ; 10022f: 83 c7 03
    mov ecx, eax                         ; 100232: 89 c1
    mov [ebp-4], ecx                     ; 100234: 89 4d fc
    mov ecx, [ebp-4]                     ; 100237: 8b 4d fc
    add ecx, 4                           ; 10023a: 83 c1 04
    mov [ebp-4], ecx                     ; 10023d: 89 4d fc
    mov ecx, eax                         ; 100240: 89 c1
    mov [ebp-8], ecx                     ; 100242: 89 4d f8
    mov ecx, [ebp-8]                     ; 100245: 8b 4d f8
    add ecx, 5                           ; 100248: 83 c1 05
    mov [ebp-8], ecx                     ; 10024b: 89 4d f8
    mov ecx, eax                         ; 10024e: 89 c1
    mov [ebp-0xc], ecx                   ; 100250: 89 4d f4
    mov ecx, [ebp-0xc]                   ; 100253: 8b 4d f4
    add ecx, 6                           ; 100256: 83 c1 06
    mov [ebp-0xc], ecx                   ; 100259: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 10025c: 6b c8 07
    mov [ebp-0x10], ecx                  ; 10025f: 89 4d f0
    imul ecx, eax, 8                     ; 100262: 6b c8 08
    mov [ebp-0x14], ecx                  ; 100265: 89 4d ec
    imul ecx, eax, 9                     ; 100268: 6b c8 09
    mov [ebp-0x18], ecx                  ; 10026b: 89 4d e8
    imul ecx, eax, 0xa                   ; 10026e: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 100271: 89 4d e4
    imul ecx, eax, 0xb                   ; 100274: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 100277: 89 4d e0
    imul eax, 0xc                        ; 10027a: 6b c0 0c
    mov [ebp-0x24], eax                  ; 10027d: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 100280: 8b 45 f4
    push eax                             ; 100283: 50
    mov eax, [ebp-8]                     ; 100284: 8b 45 f8
    push eax                             ; 100287: 50
    mov eax, [ebp-4]                     ; 100288: 8b 45 fc
    push eax                             ; 10028b: 50
    push edi                             ; 10028c: 57
    push esi                             ; 10028d: 56
    push ebx                             ; 10028e: 53
    call weigh                           ; 10028f: e8 44 ff ff ff
    add esp, 0x18                        ; 100294: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 100297: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 10029a: 8b 55 ec
    xor ecx, edx                         ; 10029d: 31 d1
    add eax, ecx                         ; 10029f: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002a1: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 1002a4: 8b 55 e4
    or ecx, edx                          ; 1002a7: 09 d1
    add eax, ecx                         ; 1002a9: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002ab: 8b 4d e0
    mov edx, [ebp-0x24]                  ; 1002ae: 8b 55 dc
    and ecx, edx                         ; 1002b1: 21 d1
    sub eax, ecx                         ; 1002b3: 29 c8
    imul ebx, esi                        ; 1002b5: 0f af de
    imul ebx, edi                        ; 1002b8: 0f af df
    mov ecx, [ebp-4]                     ; 1002bb: 8b 4d fc
    imul ebx, ecx                        ; 1002be: 0f af d9
    mov ecx, [ebp-8]                     ; 1002c1: 8b 4d f8
    imul ebx, ecx                        ; 1002c4: 0f af d9
    mov ecx, [ebp-0xc]                   ; 1002c7: 8b 4d f4
    imul ebx, ecx                        ; 1002ca: 0f af d9
    add eax, ebx                         ; 1002cd: 01 d8
    mov ecx, [ebp-0x10]                  ; 1002cf: 8b 4d f0
    add eax, ecx                         ; 1002d2: 01 c8
    mov ecx, [ebp-0x14]                  ; 1002d4: 8b 4d ec
    add eax, ecx                         ; 1002d7: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002d9: 8b 4d e8
    add eax, ecx                         ; 1002dc: 01 c8
    mov ecx, [ebp-0x1c]                  ; 1002de: 8b 4d e4
    add eax, ecx                         ; 1002e1: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002e3: 8b 4d e0
    add eax, ecx                         ; 1002e6: 01 c8
    mov ecx, [ebp-0x24]                  ; 1002e8: 8b 4d dc
    add eax, ecx                         ; 1002eb: 01 c8
    pop edi                              ; 1002ed: 5f
    pop esi                              ; 1002ee: 5e
    pop ebx                              ; 1002ef: 5b
    leave                                ; 1002f0: c9
    ret                                  ; 1002f1: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002f2: 55
    mov ebp, esp                         ; 1002f3: 89 e5
    push ebx                             ; 1002f5: 53
    push 0x14                            ; 1002f6: 6a 14
    call fib                             ; 1002f8: e8 4a fe ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    push eax                             ; 100300: 50
    call printU32                        ; 100301: e8 c6 fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 100309: bb 1c 10 10 00
    push ebx                             ; 10030e: 53
    call println                         ; 10030f: e8 9d fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 100317: 6a 03
    push 2                               ; 100319: 6a 02
    call ackermann                       ; 10031b: e8 62 fe ff ff
    add esp, 8                           ; 100320: 83 c4 08
    push eax                             ; 100323: 50
    call printU32                        ; 100324: e8 a3 fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    push ebx                             ; 10032c: 53
    call println                         ; 10032d: e8 7f fd ff ff
    add esp, 4                           ; 100332: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 100335: 6a 06
    push 5                               ; 100337: 6a 05
    push 4                               ; 100339: 6a 04
    push 3                               ; 10033b: 6a 03
    push 2                               ; 10033d: 6a 02
    push 1                               ; 10033f: 6a 01
    call weigh                           ; 100341: e8 92 fe ff ff
    add esp, 0x18                        ; 100346: 83 c4 18
    push eax                             ; 100349: 50
    call printI32                        ; 10034a: e8 ba fd ff ff
    add esp, 4                           ; 10034f: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    push ebx                             ; 100352: 53
    call println                         ; 100353: e8 59 fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 10035b: 6a 03
    call pressure                        ; 10035d: e8 b5 fe ff ff
    add esp, 4                           ; 100362: 83 c4 04
    push eax                             ; 100365: 50
    call printI32                        ; 100366: e8 9e fd ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    push ebx                             ; 10036e: 53
    call println                         ; 10036f: e8 3d fd ff ff
    add esp, 4                           ; 100374: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100377: 6a 00
    call exit                            ; 100379: e8 bd fd ff ff
    add esp, 4                           ; 10037e: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 100381: 5b
    pop ebp                              ; 100382: 5d
    ret                                  ; 100383: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100384: 55
    mov ebp, esp                         ; 100385: 89 e5
    push ebx                             ; 100387: 53
    push esi                             ; 100388: 56
    mov eax, [ebp+8]                     ; 100389: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10038c: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10038f: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100392: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100395: 8b 35 00 20 10 00
    push ebx                             ; 10039b: 53
    push edx                             ; 10039c: 52
    push ecx                             ; 10039d: 51
    push eax                             ; 10039e: 50
    call esi                             ; 10039f: ff d6
    add esp, 0x10                        ; 1003a1: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003a4: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003a5: f4
    jmp short .L2                        ; 1003a6: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003a8: 55
    mov ebp, esp                         ; 1003a9: 89 e5
    sub esp, 4                           ; 1003ab: 83 ec 04
    push ebx                             ; 1003ae: 53
    push esi                             ; 1003af: 56
    push edi                             ; 1003b0: 57
    mov ebx, [ebp+8]                     ; 1003b1: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003b4: 8b 45 0c
    mov [ebp-4], eax                     ; 1003b7: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003ba: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003bd: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1003c0: b8 20 10 10 00
    push eax                             ; 1003c5: 50
    call print                           ; 1003c6: e8 b5 fc ff ff
    add esp, 4                           ; 1003cb: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003ce: 56
    call printU32                        ; 1003cf: e8 f8 fc ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1003d7: b8 40 10 10 00
    push eax                             ; 1003dc: 50
    call print                           ; 1003dd: e8 9e fc ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003e5: 57
    call printU32                        ; 1003e6: e8 e1 fc ff ff
    add esp, 4                           ; 1003eb: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003ee: b8 60 10 10 00
    push eax                             ; 1003f3: 50
    call print                           ; 1003f4: e8 87 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003fc: 53
    call print                           ; 1003fd: e8 7e fc ff ff
    add esp, 4                           ; 100402: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100405: b8 68 10 10 00
    push eax                             ; 10040a: 50
    call print                           ; 10040b: e8 70 fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100413: 8b 45 fc
    push eax                             ; 100416: 50
    call printU32                        ; 100417: e8 b0 fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 10041f: b8 1c 10 10 00
    push eax                             ; 100424: 50
    call println                         ; 100425: e8 87 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10042d: 5f
    pop esi                              ; 10042e: 5e
    pop ebx                              ; 10042f: 5b
    leave                                ; 100430: c9
    ret                                  ; 100431: c3

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
