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
    call main                            ; 10003d: e8 72 02 00 00
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
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
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
    jge short .L2                        ; 100113: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10011f: f7 db
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 a5 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012d: 53
    call printU32                        ; 10012e: e8 99 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100136: 5b
    pop ebp                              ; 100137: 5d
    ret                                  ; 100138: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    mov eax, [ebp+8]                     ; 10013c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10013f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100141: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100142: f4
    jmp short .L2                        ; 100143: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    push ebx                             ; 100148: 53
    push esi                             ; 100149: 56
    mov ebx, [ebp+8]                     ; 10014a: 8b 5d 08
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 10014d: 83 fb 02
    jae short .L2                        ; 100150: 73 06
    mov eax, ebx                         ; 100152: 89 d8
    pop esi                              ; 100154: 5e
    pop ebx                              ; 100155: 5b
    pop ebp                              ; 100156: 5d
    ret                                  ; 100157: c3
.L2:
    mov eax, ebx                         ; 100158: 89 d8
    sub eax, 1                           ; 10015a: 83 e8 01
    push eax                             ; 10015d: 50
    call fib                             ; 10015e: e8 e2 ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    mov esi, eax                         ; 100166: 89 c6
    sub ebx, 2                           ; 100168: 83 eb 02
    push ebx                             ; 10016b: 53
    call fib                             ; 10016c: e8 d4 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    mov ecx, eax                         ; 100174: 89 c1
    mov eax, esi                         ; 100176: 89 f0
    add eax, ecx                         ; 100178: 01 c8
    pop esi                              ; 10017a: 5e
    pop ebx                              ; 10017b: 5b
    pop ebp                              ; 10017c: 5d
    ret                                  ; 10017d: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebp                             ; 10017e: 55
    mov ebp, esp                         ; 10017f: 89 e5
    push ebx                             ; 100181: 53
    mov ecx, [ebp+8]                     ; 100182: 8b 4d 08
    mov eax, [ebp+0xc]                   ; 100185: 8b 45 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    cmp ecx, 0                           ; 100188: 83 f9 00
    jne short .L2                        ; 10018b: 75 06
    add eax, 1                           ; 10018d: 83 c0 01
    pop ebx                              ; 100190: 5b
    pop ebp                              ; 100191: 5d
    ret                                  ; 100192: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    cmp eax, 0                           ; 100193: 83 f8 00
    jne short .L6                        ; 100196: 75 11
    sub ecx, 1                           ; 100198: 83 e9 01
    push 1                               ; 10019b: 6a 01
    push ecx                             ; 10019d: 51
    call ackermann                       ; 10019e: e8 db ff ff ff
    add esp, 8                           ; 1001a3: 83 c4 08
    pop ebx                              ; 1001a6: 5b
    pop ebp                              ; 1001a7: 5d
    ret                                  ; 1001a8: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    mov ebx, ecx                         ; 1001a9: 89 cb
    sub ebx, 1                           ; 1001ab: 83 eb 01
    sub eax, 1                           ; 1001ae: 83 e8 01
    push eax                             ; 1001b1: 50
    push ecx                             ; 1001b2: 51
    call ackermann                       ; 1001b3: e8 c6 ff ff ff
    add esp, 8                           ; 1001b8: 83 c4 08
    push eax                             ; 1001bb: 50
    push ebx                             ; 1001bc: 53
    call ackermann                       ; 1001bd: e8 bc ff ff ff
    add esp, 8                           ; 1001c2: 83 c4 08
    pop ebx                              ; 1001c5: 5b
    pop ebp                              ; 1001c6: 5d
    ret                                  ; 1001c7: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebp                             ; 1001c8: 55
    mov ebp, esp                         ; 1001c9: 89 e5
    push ebx                             ; 1001cb: 53
    push esi                             ; 1001cc: 56
    push edi                             ; 1001cd: 57
    mov eax, [ebp+8]                     ; 1001ce: 8b 45 08
    mov edi, [ebp+0xc]                   ; 1001d1: 8b 7d 0c
    mov ecx, [ebp+0x10]                  ; 1001d4: 8b 4d 10
    mov edx, [ebp+0x14]                  ; 1001d7: 8b 55 14
    mov ebx, [ebp+0x18]                  ; 1001da: 8b 5d 18
    mov esi, [ebp+0x1c]                  ; 1001dd: 8b 75 1c
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul eax, 0x186a0                    ; 1001e0: 69 c0 a0 86 01 00
    imul edi, 0x2710                     ; 1001e6: 69 ff 10 27 00 00
    add eax, edi                         ; 1001ec: 01 f8
    imul ecx, 0x3e8                      ; 1001ee: 69 c9 e8 03 00 00
    add eax, ecx                         ; 1001f4: 01 c8
    imul ecx, edx, 0x64                  ; 1001f6: 6b ca 64
    add eax, ecx                         ; 1001f9: 01 c8
    imul ecx, ebx, 0xa                   ; 1001fb: 6b cb 0a
    add eax, ecx                         ; 1001fe: 01 c8
    add eax, esi                         ; 100200: 01 f0
    pop edi                              ; 100202: 5f
    pop esi                              ; 100203: 5e
    pop ebx                              ; 100204: 5b
    pop ebp                              ; 100205: 5d
    ret                                  ; 100206: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebp                             ; 100207: 55
    mov ebp, esp                         ; 100208: 89 e5
    sub esp, 0x24                        ; 10020a: 83 ec 24
    push ebx                             ; 10020d: 53
    push esi                             ; 10020e: 56
    push edi                             ; 10020f: 57
    mov eax, [ebp+8]                     ; 100210: 8b 45 08
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    mov [ebp-8], eax                     ; 100213: 89 45 f8
    add dword [ebp-8], 1                 ; 100216: 83 45 f8 01
    mov [ebp-0xc], eax                   ; 10021a: 89 45 f4
    add dword [ebp-0xc], 2               ; 10021d: 83 45 f4 02
    mov [ebp-4], eax                     ; 100221: 89 45 fc
    add dword [ebp-4], 3                 ; 100224: 83 45 fc 03
    mov ebx, eax                         ; 100228: 89 c3
    add ebx, 4                           ; 10022a: 83 c3 04
    mov esi, eax                         ; 10022d: 89 c6
    add esi, 5                           ; 10022f: 83 c6 05
    mov edi, eax                         ; 100232: 89 c7
    add edi, 6                           ; 100234: 83 c7 06
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100237: 6b c8 07
    mov [ebp-0x24], ecx                  ; 10023a: 89 4d dc
    imul ecx, eax, 8                     ; 10023d: 6b c8 08
    mov [ebp-0x20], ecx                  ; 100240: 89 4d e0
    imul ecx, eax, 9                     ; 100243: 6b c8 09
    mov [ebp-0x1c], ecx                  ; 100246: 89 4d e4
    imul ecx, eax, 0xa                   ; 100249: 6b c8 0a
    mov [ebp-0x18], ecx                  ; 10024c: 89 4d e8
    imul ecx, eax, 0xb                   ; 10024f: 6b c8 0b
    mov [ebp-0x14], ecx                  ; 100252: 89 4d ec
    imul eax, 0xc                        ; 100255: 6b c0 0c
    mov [ebp-0x10], eax                  ; 100258: 89 45 f0
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push edi                             ; 10025b: 57
    push esi                             ; 10025c: 56
    push ebx                             ; 10025d: 53
    push dword [ebp-4]                   ; 10025e: ff 75 fc
    push dword [ebp-0xc]                 ; 100261: ff 75 f4
    push dword [ebp-8]                   ; 100264: ff 75 f8
    call weigh                           ; 100267: e8 5c ff ff ff
    add esp, 0x18                        ; 10026c: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [ebp-0x24]                  ; 10026f: 8b 4d dc
    xor ecx, [ebp-0x20]                  ; 100272: 33 4d e0
    add eax, ecx                         ; 100275: 01 c8
    mov ecx, [ebp-0x1c]                  ; 100277: 8b 4d e4
    or ecx, [ebp-0x18]                   ; 10027a: 0b 4d e8
    add eax, ecx                         ; 10027d: 01 c8
    mov ecx, [ebp-0x14]                  ; 10027f: 8b 4d ec
    and ecx, [ebp-0x10]                  ; 100282: 23 4d f0
    sub eax, ecx                         ; 100285: 29 c8
    mov ecx, [ebp-8]                     ; 100287: 8b 4d f8
    imul ecx, [ebp-0xc]                  ; 10028a: 0f af 4d f4
    imul ecx, [ebp-4]                    ; 10028e: 0f af 4d fc
    imul ecx, ebx                        ; 100292: 0f af cb
    imul ecx, esi                        ; 100295: 0f af ce
    imul ecx, edi                        ; 100298: 0f af cf
    add eax, ecx                         ; 10029b: 01 c8
    add eax, [ebp-0x24]                  ; 10029d: 03 45 dc
    add eax, [ebp-0x20]                  ; 1002a0: 03 45 e0
    add eax, [ebp-0x1c]                  ; 1002a3: 03 45 e4
    add eax, [ebp-0x18]                  ; 1002a6: 03 45 e8
    add eax, [ebp-0x14]                  ; 1002a9: 03 45 ec
    add eax, [ebp-0x10]                  ; 1002ac: 03 45 f0
    pop edi                              ; 1002af: 5f
    pop esi                              ; 1002b0: 5e
    pop ebx                              ; 1002b1: 5b
    leave                                ; 1002b2: c9
    ret                                  ; 1002b3: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebp                             ; 1002b4: 55
    mov ebp, esp                         ; 1002b5: 89 e5
    push 0x14                            ; 1002b7: 6a 14
    call fib                             ; 1002b9: e8 87 fe ff ff
    add esp, 4                           ; 1002be: 83 c4 04
    push eax                             ; 1002c1: 50
    call printU32                        ; 1002c2: e8 05 fe ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov eax, str_2                       ; 1002ca: b8 1c 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 dc fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002d8: 6a 03
    push 2                               ; 1002da: 6a 02
    call ackermann                       ; 1002dc: e8 9d fe ff ff
    add esp, 8                           ; 1002e1: 83 c4 08
    push eax                             ; 1002e4: 50
    call printU32                        ; 1002e5: e8 e2 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    mov eax, str_2                       ; 1002ed: b8 1c 10 10 00
    push eax                             ; 1002f2: 50
    call println                         ; 1002f3: e8 b9 fd ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002fb: 6a 06
    push 5                               ; 1002fd: 6a 05
    push 4                               ; 1002ff: 6a 04
    push 3                               ; 100301: 6a 03
    push 2                               ; 100303: 6a 02
    push 1                               ; 100305: 6a 01
    call weigh                           ; 100307: e8 bc fe ff ff
    add esp, 0x18                        ; 10030c: 83 c4 18
    push eax                             ; 10030f: 50
    call printI32                        ; 100310: e8 f4 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    mov eax, str_2                       ; 100318: b8 1c 10 10 00
    push eax                             ; 10031d: 50
    call println                         ; 10031e: e8 8e fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100326: 6a 03
    call pressure                        ; 100328: e8 da fe ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    push eax                             ; 100330: 50
    call printI32                        ; 100331: e8 d3 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    mov eax, str_2                       ; 100339: b8 1c 10 10 00
    push eax                             ; 10033e: 50
    call println                         ; 10033f: e8 6d fd ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100347: 6a 00
    call exit                            ; 100349: e8 eb fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebp                              ; 100351: 5d
    ret                                  ; 100352: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100353: 55
    mov ebp, esp                         ; 100354: 89 e5
    push ebx                             ; 100356: 53
    push esi                             ; 100357: 56
    mov esi, [ebp+8]                     ; 100358: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 10035b: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 10035e: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100361: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100364: a1 00 20 10 00
    push ecx                             ; 100369: 51
    push edx                             ; 10036a: 52
    push ebx                             ; 10036b: 53
    push esi                             ; 10036c: 56
    call eax                             ; 10036d: ff d0
    add esp, 0x10                        ; 10036f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100372: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100373: f4
    jmp short .L2                        ; 100374: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100376: 55
    mov ebp, esp                         ; 100377: 89 e5
    sub esp, 4                           ; 100379: 83 ec 04
    push ebx                             ; 10037c: 53
    push esi                             ; 10037d: 56
    push edi                             ; 10037e: 57
    mov eax, [ebp+8]                     ; 10037f: 8b 45 08
    mov [ebp-4], eax                     ; 100382: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100385: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100388: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10038b: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 10038e: b8 20 10 10 00
    push eax                             ; 100393: 50
    call print                           ; 100394: e8 e7 fc ff ff
    add esp, 4                           ; 100399: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10039c: 57
    call printU32                        ; 10039d: e8 2a fd ff ff
    add esp, 4                           ; 1003a2: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1003a5: b8 40 10 10 00
    push eax                             ; 1003aa: 50
    call print                           ; 1003ab: e8 d0 fc ff ff
    add esp, 4                           ; 1003b0: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003b3: 56
    call printU32                        ; 1003b4: e8 13 fd ff ff
    add esp, 4                           ; 1003b9: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1003bc: b8 60 10 10 00
    push eax                             ; 1003c1: 50
    call print                           ; 1003c2: e8 b9 fc ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1003ca: ff 75 fc
    call print                           ; 1003cd: e8 ae fc ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1003d5: b8 68 10 10 00
    push eax                             ; 1003da: 50
    call print                           ; 1003db: e8 a0 fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003e3: 53
    call printU32                        ; 1003e4: e8 e3 fc ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1003ec: b8 1c 10 10 00
    push eax                             ; 1003f1: 50
    call println                         ; 1003f2: e8 ba fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003fa: 5f
    pop esi                              ; 1003fb: 5e
    pop ebx                              ; 1003fc: 5b
    leave                                ; 1003fd: c9
    ret                                  ; 1003fe: c3

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
