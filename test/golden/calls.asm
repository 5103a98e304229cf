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
    call main                            ; 10003d: e8 8e 02 00 00
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
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    push ebx                             ; 1000fa: 53
    mov ebx, [ebp+8]                     ; 1000fb: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L2                        ; 100100: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a4 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011c: 53
    call printU32                        ; 10011d: e8 98 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100125: 5b
    pop ebp                              ; 100126: 5d
    ret                                  ; 100127: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100128: 55
    mov ebp, esp                         ; 100129: 89 e5
    mov eax, [ebp+8]                     ; 10012b: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100130: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100131: f4
    jmp short .L2                        ; 100132: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    push ebx                             ; 100137: 53
    push esi                             ; 100138: 56
    push edi                             ; 100139: 57
    mov ebx, [ebp+8]                     ; 10013a: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10013d: 83 fb 02
    jae short .L2                        ; 100140: 73 09
    mov esi, ebx                         ; 100142: 89 de
    mov eax, esi                         ; 100144: 89 f0
    pop edi                              ; 100146: 5f
    pop esi                              ; 100147: 5e
    pop ebx                              ; 100148: 5b
    pop ebp                              ; 100149: 5d
    ret                                  ; 10014a: c3
.L2:
    lea eax, [ebx-1]                     ; 10014b: 8d 43 ff
    push eax                             ; 10014e: 50
    call fib                             ; 10014f: e8 e0 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    mov edi, eax                         ; 100157: 89 c7
    lea eax, [ebx-2]                     ; 100159: 8d 43 fe
    push eax                             ; 10015c: 50
    call fib                             ; 10015d: e8 d2 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    lea esi, [edi+eax]                   ; 100165: 8d 34 07
    mov eax, esi                         ; 100168: 89 f0
    pop edi                              ; 10016a: 5f
    pop esi                              ; 10016b: 5e
    pop ebx                              ; 10016c: 5b
    pop ebp                              ; 10016d: 5d
    ret                                  ; 10016e: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 10016f: 55
    mov ebp, esp                         ; 100170: 89 e5
    push ebx                             ; 100172: 53
    push esi                             ; 100173: 56
    push edi                             ; 100174: 57
    mov ebx, [ebp+8]                     ; 100175: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100178: 8b 75 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ebx, ebx                        ; 10017b: 85 db
    jne short .L2                        ; 10017d: 75 08
    lea eax, [esi+1]                     ; 10017f: 8d 46 01
    pop edi                              ; 100182: 5f
    pop esi                              ; 100183: 5e
    pop ebx                              ; 100184: 5b
    pop ebp                              ; 100185: 5d
    ret                                  ; 100186: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    test esi, esi                        ; 100187: 85 f6
    jne short .L6                        ; 100189: 75 13
    lea eax, [ebx-1]                     ; 10018b: 8d 43 ff
    push 1                               ; 10018e: 6a 01
    push eax                             ; 100190: 50
    call ackermann                       ; 100191: e8 d9 ff ff ff
    add esp, 8                           ; 100196: 83 c4 08
    pop edi                              ; 100199: 5f
    pop esi                              ; 10019a: 5e
    pop ebx                              ; 10019b: 5b
    pop ebp                              ; 10019c: 5d
    ret                                  ; 10019d: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea edi, [ebx-1]                     ; 10019e: 8d 7b ff
    lea eax, [esi-1]                     ; 1001a1: 8d 46 ff
    push eax                             ; 1001a4: 50
    push ebx                             ; 1001a5: 53
    call ackermann                       ; 1001a6: e8 c4 ff ff ff
    add esp, 8                           ; 1001ab: 83 c4 08
    push eax                             ; 1001ae: 50
    push edi                             ; 1001af: 57
    call ackermann                       ; 1001b0: e8 ba ff ff ff
    add esp, 8                           ; 1001b5: 83 c4 08
    pop edi                              ; 1001b8: 5f
    pop esi                              ; 1001b9: 5e
    pop ebx                              ; 1001ba: 5b
    pop ebp                              ; 1001bb: 5d
    ret                                  ; 1001bc: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001bd: 55
    mov ebp, esp                         ; 1001be: 89 e5
    push ebx                             ; 1001c0: 53
    push esi                             ; 1001c1: 56
    push edi                             ; 1001c2: 57
    mov eax, [ebp+8]                     ; 1001c3: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001c6: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001c9: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001cc: 8b 5d 14
    mov esi, [ebp+0x18]                  ; 1001cf: 8b 75 18
    mov edi, [ebp+0x1c]                  ; 1001d2: 8b 7d 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001d5: 69 c0 a0 86 01 00
    imul ecx, 0x2710                     ; 1001db: 69 c9 10 27 00 00
    lea eax, [eax+ecx]                   ; 1001e1: 8d 04 08
    imul ecx, edx, 0x3e8                 ; 1001e4: 69 ca e8 03 00 00
    lea eax, [eax+ecx]                   ; 1001ea: 8d 04 08
    imul ecx, ebx, 0x64                  ; 1001ed: 6b cb 64
    lea eax, [eax+ecx]                   ; 1001f0: 8d 04 08
    imul ecx, esi, 0xa                   ; 1001f3: 6b ce 0a
    lea eax, [eax+ecx]                   ; 1001f6: 8d 04 08
    lea eax, [eax+edi]                   ; 1001f9: 8d 04 38
    pop edi                              ; 1001fc: 5f
    pop esi                              ; 1001fd: 5e
    pop ebx                              ; 1001fe: 5b
    pop ebp                              ; 1001ff: 5d
    ret                                  ; 100200: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 100201: 55
    mov ebp, esp                         ; 100202: 89 e5
    sub esp, 0x28                        ; 100204: 83 ec 28
    push ebx                             ; 100207: 53
    push esi                             ; 100208: 56
    push edi                             ; 100209: 57
    mov eax, [ebp+8]                     ; 10020a: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ebx, [eax+1]                     ; 10020d: 8d 58 01
    lea esi, [eax+2]                     ; 100210: 8d 70 02
    lea ecx, [eax+3]                     ; 100213: 8d 48 03
    mov [ebp-0x28], ecx                  ; 100216: 89 4d d8
    lea ecx, [eax+4]                     ; 100219: 8d 48 04
    mov [ebp-4], ecx                     ; 10021c: 89 4d fc
    lea ecx, [eax+5]                     ; 10021f: 8d 48 05
    mov [ebp-8], ecx                     ; 100222: 89 4d f8
    lea ecx, [eax+6]                     ; 100225: 8d 48 06
    mov [ebp-0xc], ecx                   ; 100228: 89 4d f4
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 10022b: 6b c8 07
    mov [ebp-0x10], ecx                  ; 10022e: 89 4d f0
    imul ecx, eax, 8                     ; 100231: 6b c8 08
    mov [ebp-0x14], ecx                  ; 100234: 89 4d ec
    imul ecx, eax, 9                     ; 100237: 6b c8 09
    mov [ebp-0x18], ecx                  ; 10023a: 89 4d e8
    imul ecx, eax, 0xa                   ; 10023d: 6b c8 0a
    mov [ebp-0x1c], ecx                  ; 100240: 89 4d e4
    imul ecx, eax, 0xb                   ; 100243: 6b c8 0b
    mov [ebp-0x20], ecx                  ; 100246: 89 4d e0
    imul eax, 0xc                        ; 100249: 6b c0 0c
    mov [ebp-0x24], eax                  ; 10024c: 89 45 dc
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    mov eax, [ebp-0xc]                   ; 10024f: 8b 45 f4
    push eax                             ; 100252: 50
    mov eax, [ebp-8]                     ; 100253: 8b 45 f8
    push eax                             ; 100256: 50
    mov eax, [ebp-4]                     ; 100257: 8b 45 fc
    push eax                             ; 10025a: 50
    mov eax, [ebp-0x28]                  ; 10025b: 8b 45 d8
    push eax                             ; 10025e: 50
    push esi                             ; 10025f: 56
    push ebx                             ; 100260: 53
    call weigh                           ; 100261: e8 57 ff ff ff
    add esp, 0x18                        ; 100266: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x10]                  ; 100269: 8b 4d f0
    mov edx, [ebp-0x14]                  ; 10026c: 8b 55 ec
    xor ecx, edx                         ; 10026f: 31 d1
    lea eax, [eax+ecx]                   ; 100271: 8d 04 08
    mov ecx, [ebp-0x18]                  ; 100274: 8b 4d e8
    mov edx, [ebp-0x1c]                  ; 100277: 8b 55 e4
    or ecx, edx                          ; 10027a: 09 d1
    mov edx, [ebp-0x20]                  ; 10027c: 8b 55 e0
    mov edi, [ebp-0x24]                  ; 10027f: 8b 7d dc
    and edx, edi                         ; 100282: 21 fa
    lea eax, [eax+ecx]                   ; 100284: 8d 04 08
    sub eax, edx                         ; 100287: 29 d0
    imul ebx, esi                        ; 100289: 0f af de
    mov ecx, [ebp-0x28]                  ; 10028c: 8b 4d d8
    imul ebx, ecx                        ; 10028f: 0f af d9
    mov ecx, [ebp-4]                     ; 100292: 8b 4d fc
    imul ebx, ecx                        ; 100295: 0f af d9
    mov ecx, [ebp-8]                     ; 100298: 8b 4d f8
    imul ebx, ecx                        ; 10029b: 0f af d9
    mov ecx, [ebp-0xc]                   ; 10029e: 8b 4d f4
    imul ebx, ecx                        ; 1002a1: 0f af d9
    lea eax, [eax+ebx]                   ; 1002a4: 8d 04 18
    mov ecx, [ebp-0x10]                  ; 1002a7: 8b 4d f0
    lea eax, [eax+ecx]                   ; 1002aa: 8d 04 08
    mov ecx, [ebp-0x14]                  ; 1002ad: 8b 4d ec
    lea eax, [eax+ecx]                   ; 1002b0: 8d 04 08
    mov ecx, [ebp-0x18]                  ; 1002b3: 8b 4d e8
    lea eax, [eax+ecx]                   ; 1002b6: 8d 04 08
    mov ecx, [ebp-0x1c]                  ; 1002b9: 8b 4d e4
    lea eax, [eax+ecx]                   ; 1002bc: 8d 04 08
    mov ecx, [ebp-0x20]                  ; 1002bf: 8b 4d e0
    lea eax, [eax+ecx]                   ; 1002c2: 8d 04 08
    mov ecx, [ebp-0x24]                  ; 1002c5: 8b 4d dc
    lea eax, [eax+ecx]                   ; 1002c8: 8d 04 08
    pop edi                              ; 1002cb: 5f
    pop esi                              ; 1002cc: 5e
    pop ebx                              ; 1002cd: 5b
    leave                                ; 1002ce: c9
    ret                                  ; 1002cf: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002d0: 55
    mov ebp, esp                         ; 1002d1: 89 e5
    push 0x14                            ; 1002d3: 6a 14
    call fib                             ; 1002d5: e8 5a fe ff ff
    add esp, 4                           ; 1002da: 83 c4 04
    push eax                             ; 1002dd: 50
    call printU32                        ; 1002de: e8 d7 fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_2                       ; 1002e6: b8 1c 10 10 00
    push eax                             ; 1002eb: 50
    call println                         ; 1002ec: e8 ae fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002f4: 6a 03
    push 2                               ; 1002f6: 6a 02
    call ackermann                       ; 1002f8: e8 72 fe ff ff
    add esp, 8                           ; 1002fd: 83 c4 08
    push eax                             ; 100300: 50
    call printU32                        ; 100301: e8 b4 fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_2                       ; 100309: b8 1c 10 10 00
    push eax                             ; 10030e: 50
    call println                         ; 10030f: e8 8b fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 100317: 6a 06
    push 5                               ; 100319: 6a 05
    push 4                               ; 10031b: 6a 04
    push 3                               ; 10031d: 6a 03
    push 2                               ; 10031f: 6a 02
    push 1                               ; 100321: 6a 01
    call weigh                           ; 100323: e8 95 fe ff ff
    add esp, 0x18                        ; 100328: 83 c4 18
    push eax                             ; 10032b: 50
    call printI32                        ; 10032c: e8 c6 fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_2                       ; 100334: b8 1c 10 10 00
    push eax                             ; 100339: 50
    call println                         ; 10033a: e8 60 fd ff ff
    add esp, 4                           ; 10033f: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100342: 6a 03
    call pressure                        ; 100344: e8 b8 fe ff ff
    add esp, 4                           ; 100349: 83 c4 04
    push eax                             ; 10034c: 50
    call printI32                        ; 10034d: e8 a5 fd ff ff
    add esp, 4                           ; 100352: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_2                       ; 100355: b8 1c 10 10 00
    push eax                             ; 10035a: 50
    call println                         ; 10035b: e8 3f fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100363: 6a 00
    call exit                            ; 100365: e8 be fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebp                              ; 10036d: 5d
    ret                                  ; 10036e: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10036f: 55
    mov ebp, esp                         ; 100370: 89 e5
    push ebx                             ; 100372: 53
    push esi                             ; 100373: 56
    mov eax, [ebp+8]                     ; 100374: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100377: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10037a: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10037d: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100380: 8b 35 00 20 10 00
    push ebx                             ; 100386: 53
    push edx                             ; 100387: 52
    push ecx                             ; 100388: 51
    push eax                             ; 100389: 50
    call esi                             ; 10038a: ff d6
    add esp, 0x10                        ; 10038c: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10038f: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100390: f4
    jmp short .L2                        ; 100391: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100393: 55
    mov ebp, esp                         ; 100394: 89 e5
    sub esp, 4                           ; 100396: 83 ec 04
    push ebx                             ; 100399: 53
    push esi                             ; 10039a: 56
    push edi                             ; 10039b: 57
    mov ebx, [ebp+8]                     ; 10039c: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10039f: 8b 45 0c
    mov [ebp-4], eax                     ; 1003a2: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003a5: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003a8: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1003ab: b8 20 10 10 00
    push eax                             ; 1003b0: 50
    call print                           ; 1003b1: e8 c2 fc ff ff
    add esp, 4                           ; 1003b6: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003b9: 56
    call printU32                        ; 1003ba: e8 fb fc ff ff
    add esp, 4                           ; 1003bf: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1003c2: b8 40 10 10 00
    push eax                             ; 1003c7: 50
    call print                           ; 1003c8: e8 ab fc ff ff
    add esp, 4                           ; 1003cd: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003d0: 57
    call printU32                        ; 1003d1: e8 e4 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003d9: b8 60 10 10 00
    push eax                             ; 1003de: 50
    call print                           ; 1003df: e8 94 fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003e7: 53
    call print                           ; 1003e8: e8 8b fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1003f0: b8 68 10 10 00
    push eax                             ; 1003f5: 50
    call print                           ; 1003f6: e8 7d fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003fe: 8b 45 fc
    push eax                             ; 100401: 50
    call printU32                        ; 100402: e8 b3 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 10040a: b8 1c 10 10 00
    push eax                             ; 10040f: 50
    call println                         ; 100410: e8 8a fc ff ff
    add esp, 4                           ; 100415: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100418: 5f
    pop esi                              ; 100419: 5e
    pop ebx                              ; 10041a: 5b
    leave                                ; 10041b: c9
    ret                                  ; 10041c: c3

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
