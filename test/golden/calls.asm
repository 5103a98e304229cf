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
    call main                            ; 10003d: e8 b3 02 00 00
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
    mov ebx, [ebp+8]                     ; 100085: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100088: be 00 00 00 00
    mov eax, [ebx]                       ; 10008d: 8b 03
    cmp esi, eax                         ; 10008f: 39 c6
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100093: 0f b6 44 33 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add esi, 1                           ; 1000a4: 83 c6 01
    mov eax, [ebx]                       ; 1000a7: 8b 03
    cmp esi, eax                         ; 1000a9: 39 c6
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
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
    push edi                             ; 10014c: 57
    mov ebx, [ebp+8]                     ; 10014d: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 100150: 83 fb 02
    jae short .L2                        ; 100153: 73 09
    mov esi, ebx                         ; 100155: 89 de
    mov eax, esi                         ; 100157: 89 f0
    pop edi                              ; 100159: 5f
    pop esi                              ; 10015a: 5e
    pop ebx                              ; 10015b: 5b
    pop ebp                              ; 10015c: 5d
    ret                                  ; 10015d: c3
.L2:
    mov eax, ebx                         ; 10015e: 89 d8
    sub eax, 1                           ; 100160: 83 e8 01
    push eax                             ; 100163: 50
    call fib                             ; 100164: e8 de ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    mov edi, eax                         ; 10016c: 89 c7
    sub ebx, 2                           ; 10016e: 83 eb 02
    push ebx                             ; 100171: 53
    call fib                             ; 100172: e8 d0 ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    mov esi, edi                         ; 10017a: 89 fe
    add esi, eax                         ; 10017c: 01 c6
    mov eax, esi                         ; 10017e: 89 f0
    pop edi                              ; 100180: 5f
    pop esi                              ; 100181: 5e
    pop ebx                              ; 100182: 5b
    pop ebp                              ; 100183: 5d
    ret                                  ; 100184: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 100185: 55
    mov ebp, esp                         ; 100186: 89 e5
    push ebx                             ; 100188: 53
    push esi                             ; 100189: 56
    push edi                             ; 10018a: 57
    mov ebx, [ebp+8]                     ; 10018b: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10018e: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ebx, 0                           ; 100191: 83 fb 00
    jne short .L2                        ; 100194: 75 0a
    mov eax, esi                         ; 100196: 89 f0
    add eax, 1                           ; 100198: 83 c0 01
    pop edi                              ; 10019b: 5f
    pop esi                              ; 10019c: 5e
    pop ebx                              ; 10019d: 5b
    pop ebp                              ; 10019e: 5d
    ret                                  ; 10019f: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp esi, 0                           ; 1001a0: 83 fe 00
    jne short .L6                        ; 1001a3: 75 15
    mov eax, ebx                         ; 1001a5: 89 d8
    sub eax, 1                           ; 1001a7: 83 e8 01
    push 1                               ; 1001aa: 6a 01
    push eax                             ; 1001ac: 50
    call ackermann                       ; 1001ad: e8 d3 ff ff ff
    add esp, 8                           ; 1001b2: 83 c4 08
    pop edi                              ; 1001b5: 5f
    pop esi                              ; 1001b6: 5e
    pop ebx                              ; 1001b7: 5b
    pop ebp                              ; 1001b8: 5d
    ret                                  ; 1001b9: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov edi, ebx                         ; 1001ba: 89 df
    sub edi, 1                           ; 1001bc: 83 ef 01
    sub esi, 1                           ; 1001bf: 83 ee 01
    push esi                             ; 1001c2: 56
    push ebx                             ; 1001c3: 53
    call ackermann                       ; 1001c4: e8 bc ff ff ff
    add esp, 8                           ; 1001c9: 83 c4 08
    push eax                             ; 1001cc: 50
    push edi                             ; 1001cd: 57
    call ackermann                       ; 1001ce: e8 b2 ff ff ff
    add esp, 8                           ; 1001d3: 83 c4 08
    pop edi                              ; 1001d6: 5f
    pop esi                              ; 1001d7: 5e
    pop ebx                              ; 1001d8: 5b
    pop ebp                              ; 1001d9: 5d
    ret                                  ; 1001da: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001db: 55
    mov ebp, esp                         ; 1001dc: 89 e5
    push ebx                             ; 1001de: 53
    push esi                             ; 1001df: 56
    push edi                             ; 1001e0: 57
    mov eax, [ebp+8]                     ; 1001e1: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e4: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e7: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001ea: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 1001ed: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 1001f0: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001f3: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 1001f9: 69 c9 10 27 00 00
    add eax, ecx                         ; 1001ff: 01 c8
    imul ecx, edx, 0x3e8                 ; 100201: 69 ca e8 03 00 00
    add eax, ecx                         ; 100207: 01 c8
    imul ecx, ebx, 0x64                  ; 100209: 6b cb 64
    add eax, ecx                         ; 10020c: 01 c8
    imul ecx, esi, 0xa                   ; 10020e: 6b ce 0a
    add eax, ecx                         ; 100211: 01 c8
    add eax, edi                         ; 100213: 01 f8
    pop edi                              ; 100215: 5f
    pop esi                              ; 100216: 5e
    pop ebx                              ; 100217: 5b
    pop ebp                              ; 100218: 5d
    ret                                  ; 100219: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 10021a: 55
    mov ebp, esp                         ; 10021b: 89 e5
    sub esp, 0x24                        ; 10021d: 83 ec 24
    push ebx                             ; 100220: 53
    push esi                             ; 100221: 56
    push edi                             ; 100222: 57
    mov eax, [ebp+8]                     ; 100223: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov ebx, eax                         ; 100226: 89 c3
    add ebx, 1                           ; 100228: 83 c3 01
    mov esi, eax                         ; 10022b: 89 c6
    add esi, 2                           ; 10022d: 83 c6 02
    mov edi, eax                         ; 100230: 89 c7
    add edi, 3                           ; 100232: 83 c7 03
    mov ecx, eax                         ; 100235: 89 c1
    mov [ebp-4], ecx                     ; 100237: 89 4d fc
    mov ecx, [ebp-4]                     ; 10023a: 8b 4d fc
    add ecx, 4                           ; 10023d: 83 c1 04
    mov [ebp-4], ecx                     ; 100240: 89 4d fc
    mov ecx, eax                         ; 100243: 89 c1
    mov [ebp-8], ecx                     ; 100245: 89 4d f8
    mov ecx, [ebp-8]                     ; 100248: 8b 4d f8
    add ecx, 5                           ; 10024b: 83 c1 05
    mov [ebp-8], ecx                     ; 10024e: 89 4d f8
    mov ecx, eax                         ; 100251: 89 c1
    mov [ebp-0xc], ecx                   ; 100253: 89 4d f4
    mov ecx, [ebp-0xc]                   ; 100256: 8b 4d f4
    add ecx, 6                           ; 100259: 83 c1 06
    mov [ebp-0xc], ecx                   ; 10025c: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 10025f: 6b c8 07
    mov [ebp-0x10], ecx                  ; 100262: 89 4d f0
    imul ecx, eax, 8                     ; 100265: 6b c8 08
    mov [ebp-0x14], ecx                  ; 100268: 89 4d ec
    imul ecx, eax, 9                     ; 10026b: 6b c8 09
    mov [ebp-0x18], ecx                  ; 10026e: 89 4d e8
    imul ecx, eax, 0xa                   ; 100271: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 100274: 89 4d e4
    imul ecx, eax, 0xb                   ; 100277: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 10027a: 89 4d e0
    imul eax, 0xc                        ; 10027d: 6b c0 0c
    mov [ebp-0x24], eax                  ; 100280: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 100283: 8b 45 f4
    push eax                             ; 100286: 50
    mov eax, [ebp-8]                     ; 100287: 8b 45 f8
    push eax                             ; 10028a: 50
    mov eax, [ebp-4]                     ; 10028b: 8b 45 fc
    push eax                             ; 10028e: 50
    push edi                             ; 10028f: 57
    push esi                             ; 100290: 56
    push ebx                             ; 100291: 53
    call weigh                           ; 100292: e8 44 ff ff ff
    add esp, 0x18                        ; 100297: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 10029a: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 10029d: 8b 55 ec
    xor ecx, edx                         ; 1002a0: 31 d1
    add eax, ecx                         ; 1002a2: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002a4: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 1002a7: 8b 55 e4
    or ecx, edx                          ; 1002aa: 09 d1
    add eax, ecx                         ; 1002ac: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002ae: 8b 4d e0
    mov edx, [ebp-0x24]                  ; 1002b1: 8b 55 dc
    and ecx, edx                         ; 1002b4: 21 d1
    sub eax, ecx                         ; 1002b6: 29 c8
    imul ebx, esi                        ; 1002b8: 0f af de
    imul ebx, edi                        ; 1002bb: 0f af df
    mov ecx, [ebp-4]                     ; 1002be: 8b 4d fc
    imul ebx, ecx                        ; 1002c1: 0f af d9
    mov ecx, [ebp-8]                     ; 1002c4: 8b 4d f8
    imul ebx, ecx                        ; 1002c7: 0f af d9
    mov ecx, [ebp-0xc]                   ; 1002ca: 8b 4d f4
    imul ebx, ecx                        ; 1002cd: 0f af d9
    add eax, ebx                         ; 1002d0: 01 d8
    mov ecx, [ebp-0x10]                  ; 1002d2: 8b 4d f0
    add eax, ecx                         ; 1002d5: 01 c8
    mov ecx, [ebp-0x14]                  ; 1002d7: 8b 4d ec
    add eax, ecx                         ; 1002da: 01 c8
    mov ecx, [ebp-0x18]                  ; 1002dc: 8b 4d e8
    add eax, ecx                         ; 1002df: 01 c8
    mov ecx, [ebp-0x1c]                  ; 1002e1: 8b 4d e4
    add eax, ecx                         ; 1002e4: 01 c8
    mov ecx, [ebp-0x20]                  ; 1002e6: 8b 4d e0
    add eax, ecx                         ; 1002e9: 01 c8
    mov ecx, [ebp-0x24]                  ; 1002eb: 8b 4d dc
    add eax, ecx                         ; 1002ee: 01 c8
    pop edi                              ; 1002f0: 5f
    pop esi                              ; 1002f1: 5e
    pop ebx                              ; 1002f2: 5b
    leave                                ; 1002f3: c9
    ret                                  ; 1002f4: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002f5: 55
    mov ebp, esp                         ; 1002f6: 89 e5
    push 0x14                            ; 1002f8: 6a 14
    call fib                             ; 1002fa: e8 48 fe ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    push eax                             ; 100302: 50
    call printU32                        ; 100303: e8 c4 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_2                       ; 10030b: b8 1c 10 10 00
    push eax                             ; 100310: 50
    call println                         ; 100311: e8 9b fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 100319: 6a 03
    push 2                               ; 10031b: 6a 02
    call ackermann                       ; 10031d: e8 63 fe ff ff
    add esp, 8                           ; 100322: 83 c4 08
    push eax                             ; 100325: 50
    call printU32                        ; 100326: e8 a1 fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_2                       ; 10032e: b8 1c 10 10 00
    push eax                             ; 100333: 50
    call println                         ; 100334: e8 78 fd ff ff
    add esp, 4                           ; 100339: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 10033c: 6a 06
    push 5                               ; 10033e: 6a 05
    push 4                               ; 100340: 6a 04
    push 3                               ; 100342: 6a 03
    push 2                               ; 100344: 6a 02
    push 1                               ; 100346: 6a 01
    call weigh                           ; 100348: e8 8e fe ff ff
    add esp, 0x18                        ; 10034d: 83 c4 18
    push eax                             ; 100350: 50
    call printI32                        ; 100351: e8 b3 fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_2                       ; 100359: b8 1c 10 10 00
    push eax                             ; 10035e: 50
    call println                         ; 10035f: e8 4d fd ff ff
    add esp, 4                           ; 100364: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100367: 6a 03
    call pressure                        ; 100369: e8 ac fe ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    push eax                             ; 100371: 50
    call printI32                        ; 100372: e8 92 fd ff ff
    add esp, 4                           ; 100377: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_2                       ; 10037a: b8 1c 10 10 00
    push eax                             ; 10037f: 50
    call println                         ; 100380: e8 2c fd ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100388: 6a 00
    call exit                            ; 10038a: e8 ac fd ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebp                              ; 100392: 5d
    ret                                  ; 100393: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100394: 55
    mov ebp, esp                         ; 100395: 89 e5
    push ebx                             ; 100397: 53
    push esi                             ; 100398: 56
    mov eax, [ebp+8]                     ; 100399: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10039c: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10039f: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003a2: 8b 5d 14
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003a5: 8b 35 00 20 10 00
    push ebx                             ; 1003ab: 53
    push edx                             ; 1003ac: 52
    push ecx                             ; 1003ad: 51
    push eax                             ; 1003ae: 50
    call esi                             ; 1003af: ff d6
    add esp, 0x10                        ; 1003b1: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003b4: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003b5: f4
    jmp short .L2                        ; 1003b6: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003b8: 55
    mov ebp, esp                         ; 1003b9: 89 e5
    sub esp, 4                           ; 1003bb: 83 ec 04
    push ebx                             ; 1003be: 53
    push esi                             ; 1003bf: 56
    push edi                             ; 1003c0: 57
    mov ebx, [ebp+8]                     ; 1003c1: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003c4: 8b 45 0c
    mov [ebp-4], eax                     ; 1003c7: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003ca: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003cd: 8b 7d 14
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 1003d0: b8 20 10 10 00
    push eax                             ; 1003d5: 50
    call print                           ; 1003d6: e8 a5 fc ff ff
    add esp, 4                           ; 1003db: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push esi                             ; 1003de: 56
    call printU32                        ; 1003df: e8 e8 fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 1003e7: b8 40 10 10 00
    push eax                             ; 1003ec: 50
    call print                           ; 1003ed: e8 8e fc ff ff
    add esp, 4                           ; 1003f2: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push edi                             ; 1003f5: 57
    call printU32                        ; 1003f6: e8 d1 fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 1003fe: b8 60 10 10 00
    push eax                             ; 100403: 50
    call print                           ; 100404: e8 77 fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push ebx                             ; 10040c: 53
    call print                           ; 10040d: e8 6e fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 100415: b8 68 10 10 00
    push eax                             ; 10041a: 50
    call print                           ; 10041b: e8 60 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    mov eax, [ebp-4]                     ; 100423: 8b 45 fc
    push eax                             ; 100426: 50
    call printU32                        ; 100427: e8 a0 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 10042f: b8 1c 10 10 00
    push eax                             ; 100434: 50
    call println                         ; 100435: e8 77 fc ff ff
    add esp, 4                           ; 10043a: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10043d: 6a 65
    call exit                            ; 10043f: e8 f7 fc ff ff
    add esp, 4                           ; 100444: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100447: 5f
    pop esi                              ; 100448: 5e
    pop ebx                              ; 100449: 5b
    leave                                ; 10044a: c9
    ret                                  ; 10044b: c3

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
