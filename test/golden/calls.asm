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
    call main                            ; 10003d: e8 97 02 00 00
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

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100130: 55
    mov ebp, esp                         ; 100131: 89 e5
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    push edi                             ; 100135: 57
    mov ebx, [ebp+8]                     ; 100136: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 100139: 83 fb 02
    jae short .L2                        ; 10013c: 73 04
    mov esi, ebx                         ; 10013e: 89 de
    jmp short .L3                        ; 100140: eb 20
.L2:
    mov eax, ebx                         ; 100142: 89 d8
    sub eax, 1                           ; 100144: 83 e8 01
    push eax                             ; 100147: 50
    call fib                             ; 100148: e8 e3 ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
    mov edi, eax                         ; 100150: 89 c7
    sub ebx, 2                           ; 100152: 83 eb 02
    push ebx                             ; 100155: 53
    call fib                             ; 100156: e8 d5 ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    mov esi, edi                         ; 10015e: 89 fe
    add esi, eax                         ; 100160: 01 c6
.L3:
    mov eax, esi                         ; 100162: 89 f0
    pop edi                              ; 100164: 5f
    pop esi                              ; 100165: 5e
    pop ebx                              ; 100166: 5b
    pop ebp                              ; 100167: 5d
    ret                                  ; 100168: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 100169: 55
    mov ebp, esp                         ; 10016a: 89 e5
    push ebx                             ; 10016c: 53
    push esi                             ; 10016d: 56
    push edi                             ; 10016e: 57
    mov ebx, [ebp+8]                     ; 10016f: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100172: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ebx, 0                           ; 100175: 83 fb 00
    jne short .L2                        ; 100178: 75 0a
    mov eax, esi                         ; 10017a: 89 f0
    add eax, 1                           ; 10017c: 83 c0 01
    pop edi                              ; 10017f: 5f
    pop esi                              ; 100180: 5e
    pop ebx                              ; 100181: 5b
    pop ebp                              ; 100182: 5d
    ret                                  ; 100183: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp esi, 0                           ; 100184: 83 fe 00
    jne short .L6                        ; 100187: 75 15
    mov eax, ebx                         ; 100189: 89 d8
    sub eax, 1                           ; 10018b: 83 e8 01
    push 1                               ; 10018e: 6a 01
    push eax                             ; 100190: 50
    call ackermann                       ; 100191: e8 d3 ff ff ff
    add esp, 8                           ; 100196: 83 c4 08
    pop edi                              ; 100199: 5f
    pop esi                              ; 10019a: 5e
    pop ebx                              ; 10019b: 5b
    pop ebp                              ; 10019c: 5d
    ret                                  ; 10019d: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov edi, ebx                         ; 10019e: 89 df
    sub edi, 1                           ; 1001a0: 83 ef 01
    sub esi, 1                           ; 1001a3: 83 ee 01
    push esi                             ; 1001a6: 56
    push ebx                             ; 1001a7: 53
    call ackermann                       ; 1001a8: e8 bc ff ff ff
    add esp, 8                           ; 1001ad: 83 c4 08
    push eax                             ; 1001b0: 50
    push edi                             ; 1001b1: 57
    call ackermann                       ; 1001b2: e8 b2 ff ff ff
    add esp, 8                           ; 1001b7: 83 c4 08
    pop edi                              ; 1001ba: 5f
    pop esi                              ; 1001bb: 5e
    pop ebx                              ; 1001bc: 5b
    pop ebp                              ; 1001bd: 5d
    ret                                  ; 1001be: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001bf: 55
    mov ebp, esp                         ; 1001c0: 89 e5
    push ebx                             ; 1001c2: 53
    push esi                             ; 1001c3: 56
    push edi                             ; 1001c4: 57
    mov eax, [ebp+8]                     ; 1001c5: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001c8: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001cb: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001ce: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 1001d1: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 1001d4: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001d7: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 1001dd: 69 c9 10 27 00 00
    add eax, ecx                         ; 1001e3: 01 c8
    imul ecx, edx, 0x3e8                 ; 1001e5: 69 ca e8 03 00 00
    add eax, ecx                         ; 1001eb: 01 c8
    imul ecx, ebx, 0x64                  ; 1001ed: 6b cb 64
    add eax, ecx                         ; 1001f0: 01 c8
    imul ecx, esi, 0xa                   ; 1001f2: 6b ce 0a
    add eax, ecx                         ; 1001f5: 01 c8
    add eax, edi                         ; 1001f7: 01 f8
    pop edi                              ; 1001f9: 5f
    pop esi                              ; 1001fa: 5e
    pop ebx                              ; 1001fb: 5b
    pop ebp                              ; 1001fc: 5d
    ret                                  ; 1001fd: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 1001fe: 55
    mov ebp, esp                         ; 1001ff: 89 e5
    sub esp, 0x24                        ; 100201: 83 ec 24
    push ebx                             ; 100204: 53
    push esi                             ; 100205: 56
    push edi                             ; 100206: 57
    mov eax, [ebp+8]                     ; 100207: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov ebx, eax                         ; 10020a: 89 c3
    add ebx, 1                           ; 10020c: 83 c3 01
    mov esi, eax                         ; 10020f: 89 c6
    add esi, 2                           ; 100211: 83 c6 02
    mov edi, eax                         ; 100214: 89 c7
    add edi, 3                           ; 100216: 83 c7 03
    mov ecx, eax                         ; 100219: 89 c1
    mov [ebp-4], ecx                     ; 10021b: 89 4d fc
    mov ecx, [ebp-4]                     ; 10021e: 8b 4d fc
    add ecx, 4                           ; 100221: 83 c1 04
    mov [ebp-4], ecx                     ; 100224: 89 4d fc
    mov ecx, eax                         ; 100227: 89 c1
    mov [ebp-8], ecx                     ; 100229: 89 4d f8
    mov ecx, [ebp-8]                     ; 10022c: 8b 4d f8
    add ecx, 5                           ; 10022f: 83 c1 05
    mov [ebp-8], ecx                     ; 100232: 89 4d f8
    mov ecx, eax                         ; 100235: 89 c1
    mov [ebp-0xc], ecx                   ; 100237: 89 4d f4
    mov ecx, [ebp-0xc]                   ; 10023a: 8b 4d f4
    add ecx, 6                           ; 10023d: 83 c1 06
    mov [ebp-0xc], ecx                   ; 100240: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100243: 6b c8 07
    mov [ebp-0x10], ecx                  ; 100246: 89 4d f0
    imul ecx, eax, 8                     ; 100249: 6b c8 08
    mov [ebp-0x14], ecx                  ; 10024c: 89 4d ec
    imul ecx, eax, 9                     ; 10024f: 6b c8 09
    mov [ebp-0x18], ecx                  ; 100252: 89 4d e8
    imul ecx, eax, 0xa                   ; 100255: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 100258: 89 4d e4
    imul ecx, eax, 0xb                   ; 10025b: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 10025e: 89 4d e0
    imul eax, 0xc                        ; 100261: 6b c0 0c
    mov [ebp-0x24], eax                  ; 100264: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 100267: 8b 45 f4
    push eax                             ; 10026a: 50
    mov eax, [ebp-8]                     ; 10026b: 8b 45 f8
    push eax                             ; 10026e: 50
    mov eax, [ebp-4]                     ; 10026f: 8b 45 fc
    push eax                             ; 100272: 50
    push edi                             ; 100273: 57
    push esi                             ; 100274: 56
    push ebx                             ; 100275: 53
    call weigh                           ; 100276: e8 44 ff ff ff
    add esp, 0x18                        ; 10027b: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 10027e: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 100281: 8b 55 ec
    xor ecx, edx                         ; 100284: 31 d1
    add eax, ecx                         ; 100286: 01 c8
    mov ecx, [ebp-0x18]                  ; 100288: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 10028b: 8b 55 e4
    or ecx, edx                          ; 10028e: 09 d1
    add eax, ecx                         ; 100290: 01 c8
    mov ecx, [ebp-0x20]                  ; 100292: 8b 4d e0
    mov edx, [ebp-0x24]                  ; 100295: 8b 55 dc
    and ecx, edx                         ; 100298: 21 d1
    sub eax, ecx                         ; 10029a: 29 c8
    imul ebx, esi                        ; 10029c: 0f af de
    imul ebx, edi                        ; 10029f: 0f af df
    mov ecx, [ebp-4]                     ; 1002a2: 8b 4d fc
    imul ebx, ecx                        ; 1002a5: 0f af d9
    mov ecx, [ebp-8]                     ; 1002a8: 8b 4d f8
    imul ebx, ecx                        ; 1002ab: 0f af d9
    mov ecx, [ebp-0xc]                   ; 1002ae: 8b 4d f4
    imul ebx, ecx                        ; 1002b1: 0f af d9
    add eax, ebx                         ; 1002b4: 01 d8
    mov ecx, [ebp-0x10]                  ; 1002b6: 8b 4d f0
    add eax, ecx                         ; 1002b9: 01 c8
    mov ecx, [ebp-0x14]                  ; 1002bb: 8b 4d ec
    add eax, ecx                         ; 1002be: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002c0: 8b 4d e8
    add eax, ecx                         ; 1002c3: 01 c8
    mov ecx, [ebp-0x1c]                  ; 1002c5: 8b 4d e4
    add eax, ecx                         ; 1002c8: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002ca: 8b 4d e0
    add eax, ecx                         ; 1002cd: 01 c8
    mov ecx, [ebp-0x24]                  ; 1002cf: 8b 4d dc
    add eax, ecx                         ; 1002d2: 01 c8
    pop edi                              ; 1002d4: 5f
    pop esi                              ; 1002d5: 5e
    pop ebx                              ; 1002d6: 5b
    leave                                ; 1002d7: c9
    ret                                  ; 1002d8: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002d9: 55
    mov ebp, esp                         ; 1002da: 89 e5
    push 0x14                            ; 1002dc: 6a 14
    call fib                             ; 1002de: e8 4d fe ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    push eax                             ; 1002e6: 50
    call printU32                        ; 1002e7: e8 ca fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_2                       ; 1002ef: b8 1c 10 10 00
    push eax                             ; 1002f4: 50
    call println                         ; 1002f5: e8 a1 fd ff ff
    add esp, 4                           ; 1002fa: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002fd: 6a 03
    push 2                               ; 1002ff: 6a 02
    call ackermann                       ; 100301: e8 63 fe ff ff
    add esp, 8                           ; 100306: 83 c4 08
    push eax                             ; 100309: 50
    call printU32                        ; 10030a: e8 a7 fd ff ff
    add esp, 4                           ; 10030f: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_2                       ; 100312: b8 1c 10 10 00
    push eax                             ; 100317: 50
    call println                         ; 100318: e8 7e fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 100320: 6a 06
    push 5                               ; 100322: 6a 05
    push 4                               ; 100324: 6a 04
    push 3                               ; 100326: 6a 03
    push 2                               ; 100328: 6a 02
    push 1                               ; 10032a: 6a 01
    call weigh                           ; 10032c: e8 8e fe ff ff
    add esp, 0x18                        ; 100331: 83 c4 18
    push eax                             ; 100334: 50
    call printI32                        ; 100335: e8 b9 fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_2                       ; 10033d: b8 1c 10 10 00
    push eax                             ; 100342: 50
    call println                         ; 100343: e8 53 fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 10034b: 6a 03
    call pressure                        ; 10034d: e8 ac fe ff ff
    add esp, 4                           ; 100352: 83 c4 04
    push eax                             ; 100355: 50
    call printI32                        ; 100356: e8 98 fd ff ff
    add esp, 4                           ; 10035b: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_2                       ; 10035e: b8 1c 10 10 00
    push eax                             ; 100363: 50
    call println                         ; 100364: e8 32 fd ff ff
    add esp, 4                           ; 100369: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 10036c: 6a 00
    call exit                            ; 10036e: e8 b1 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebp                              ; 100376: 5d
    ret                                  ; 100377: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100378: 55
    mov ebp, esp                         ; 100379: 89 e5
    push ebx                             ; 10037b: 53
    push esi                             ; 10037c: 56
    mov eax, [ebp+8]                     ; 10037d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100380: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100383: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100386: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100389: 8b 35 00 20 10 00
    push ebx                             ; 10038f: 53
    push edx                             ; 100390: 52
    push ecx                             ; 100391: 51
    push eax                             ; 100392: 50
    call esi                             ; 100393: ff d6
    add esp, 0x10                        ; 100395: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100398: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100399: f4
    jmp short .L2                        ; 10039a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10039c: 55
    mov ebp, esp                         ; 10039d: 89 e5
    sub esp, 4                           ; 10039f: 83 ec 04
    push ebx                             ; 1003a2: 53
    push esi                             ; 1003a3: 56
    push edi                             ; 1003a4: 57
    mov ebx, [ebp+8]                     ; 1003a5: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003a8: 8b 45 0c
    mov [ebp-4], eax                     ; 1003ab: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003ae: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003b1: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1003b4: b8 20 10 10 00
    push eax                             ; 1003b9: 50
    call print                           ; 1003ba: e8 af fc ff ff
    add esp, 4                           ; 1003bf: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003c2: 56
    call printU32                        ; 1003c3: e8 ee fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1003cb: b8 40 10 10 00
    push eax                             ; 1003d0: 50
    call print                           ; 1003d1: e8 98 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003d9: 57
    call printU32                        ; 1003da: e8 d7 fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003e2: b8 60 10 10 00
    push eax                             ; 1003e7: 50
    call print                           ; 1003e8: e8 81 fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003f0: 53
    call print                           ; 1003f1: e8 78 fc ff ff
    add esp, 4                           ; 1003f6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1003f9: b8 68 10 10 00
    push eax                             ; 1003fe: 50
    call print                           ; 1003ff: e8 6a fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100407: 8b 45 fc
    push eax                             ; 10040a: 50
    call printU32                        ; 10040b: e8 a6 fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100413: b8 1c 10 10 00
    push eax                             ; 100418: 50
    call println                         ; 100419: e8 7d fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100421: 5f
    pop esi                              ; 100422: 5e
    pop ebx                              ; 100423: 5b
    leave                                ; 100424: c9
    ret                                  ; 100425: c3

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
