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
    call main                            ; 10003d: e8 5f 02 00 00
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
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000eb: 53
    mov ebx, [esp+8]                     ; 1000ec: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f0: 85 db
    jge short .L2                        ; 1000f2: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f4: 6a 2d
    call putc                            ; 1000f6: e8 4b ff ff ff
    add esp, 4                           ; 1000fb: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000fe: f7 db
    push ebx                             ; 100100: 53
    call printU32                        ; 100101: e8 ab ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100109: 5b
    ret                                  ; 10010a: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010b: 53
    call printU32                        ; 10010c: e8 a0 ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100114: 5b
    ret                                  ; 100115: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100116: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011a: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011c: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011d: f4
    jmp short .L2                        ; 10011e: eb fd

fib:
    ; test/golden/calls.ts:6: function fib(n: u32): u32 {
    push ebx                             ; 100120: 53
    push esi                             ; 100121: 56
    mov ebx, [esp+0xc]                   ; 100122: 8b 5c 24 0c
    ; test/golden/calls.ts:7: return n < 2 ? n : fib(n - 1) + fib(n - 2);
    cmp ebx, 2                           ; 100126: 83 fb 02
    jb short .L5                         ; 100129: 72 1e
    xor esi, esi                         ; 10012b: 31 f6
.L2:
    lea eax, [ebx-1]                     ; 10012d: 8d 43 ff
    push eax                             ; 100130: 50
    call fib                             ; 100131: e8 ea ff ff ff
    add esp, 4                           ; 100136: 83 c4 04
    sub ebx, 2                           ; 100139: 83 eb 02
    add esi, eax                         ; 10013c: 01 c6
    cmp ebx, 2                           ; 10013e: 83 fb 02
    jae short .L2                        ; 100141: 73 ea
    lea eax, [esi+ebx]                   ; 100143: 8d 04 1e
    pop esi                              ; 100146: 5e
    pop ebx                              ; 100147: 5b
    ret                                  ; 100148: c3
.L5:
    mov eax, ebx                         ; 100149: 89 d8
    pop esi                              ; 10014b: 5e
    pop ebx                              ; 10014c: 5b
    ret                                  ; 10014d: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebx                             ; 10014e: 53
    mov ecx, [esp+8]                     ; 10014f: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 100153: 8b 44 24 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100157: 85 c9
    je short .L8                         ; 100159: 74 2d
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    test eax, eax                        ; 10015b: 85 c0
    jne short .L6                        ; 10015d: 75 11
    sub ecx, 1                           ; 10015f: 83 e9 01
    mov eax, 1                           ; 100162: b8 01 00 00 00
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100167: 85 c9
    jne short .L2                        ; 100169: 75 f0
.L1:
    lea eax, [eax+1]                     ; 10016b: 8d 40 01
    pop ebx                              ; 10016e: 5b
    ret                                  ; 10016f: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 100170: 8d 59 ff
    lea eax, [eax-1]                     ; 100173: 8d 40 ff
    push eax                             ; 100176: 50
    push ecx                             ; 100177: 51
    call ackermann                       ; 100178: e8 d1 ff ff ff
    add esp, 8                           ; 10017d: 83 c4 08
    mov ecx, ebx                         ; 100180: 89 d9
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 100182: 85 c9
    je short .L1                         ; 100184: 74 e5
    jmp short .L2                        ; 100186: eb d3
.L8:
    lea eax, [eax+1]                     ; 100188: 8d 40 01
    pop ebx                              ; 10018b: 5b
    ret                                  ; 10018c: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 10018d: 53
    push esi                             ; 10018e: 56
    push edi                             ; 10018f: 57
    mov esi, [esp+0x10]                  ; 100190: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 100194: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 100198: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 10019c: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 1001a0: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 1001a4: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 1001a8: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 1001ae: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 1001b4: 8d 34 3e
    imul ebx, 0x3e8                      ; 1001b7: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001bd: 8d 1c 1e
    imul edx, 0x64                       ; 1001c0: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001c3: 8d 14 13
    imul ecx, 0xa                        ; 1001c6: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001c9: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001cc: 8d 04 01
    pop edi                              ; 1001cf: 5f
    pop esi                              ; 1001d0: 5e
    pop ebx                              ; 1001d1: 5b
    ret                                  ; 1001d2: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebx                             ; 1001d3: 53
    push esi                             ; 1001d4: 56
    push edi                             ; 1001d5: 57
    sub esp, 0x24                        ; 1001d6: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001d9: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001dd: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001e0: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001e4: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001e7: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001eb: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001ee: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001f2: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001f5: 89 4c 24 10
    lea ecx, [eax+5]                     ; 1001f9: 8d 48 05
    mov [esp+0xc], ecx                   ; 1001fc: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 100200: 8d 48 06
    mov [esp+4], ecx                     ; 100203: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 100207: 6b c8 07
    mov [esp], ecx                       ; 10020a: 89 0c 24
    imul ecx, eax, 8                     ; 10020d: 6b c8 08
    mov [esp+8], ecx                     ; 100210: 89 4c 24 08
    imul ecx, eax, 9                     ; 100214: 6b c8 09
    mov [esp+0x20], ecx                  ; 100217: 89 4c 24 20
    imul esi, eax, 0xa                   ; 10021b: 6b f0 0a
    imul ebx, eax, 0xb                   ; 10021e: 6b d8 0b
    imul edi, eax, 0xc                   ; 100221: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 100224: ff 74 24 04
    push dword [esp+0x10]                ; 100228: ff 74 24 10
    push dword [esp+0x18]                ; 10022c: ff 74 24 18
    push dword [esp+0x20]                ; 100230: ff 74 24 20
    push dword [esp+0x28]                ; 100234: ff 74 24 28
    push dword [esp+0x30]                ; 100238: ff 74 24 30
    call weigh                           ; 10023c: e8 4c ff ff ff
    add esp, 0x18                        ; 100241: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 100244: 8b 0c 24
    xor ecx, [esp+8]                     ; 100247: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 10024b: 8d 14 08
    mov ecx, [esp+0x20]                  ; 10024e: 8b 4c 24 20
    or ecx, esi                          ; 100252: 09 f1
    mov eax, ebx                         ; 100254: 89 d8
    and eax, edi                         ; 100256: 21 f8
    lea ecx, [edx+ecx]                   ; 100258: 8d 0c 0a
    sub ecx, eax                         ; 10025b: 29 c1
    mov eax, [esp+0x1c]                  ; 10025d: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 100261: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 100266: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 10026b: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 100270: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 100275: 0f af 44 24 04
    lea ecx, [ecx+eax]                   ; 10027a: 8d 0c 01
    mov eax, [esp]                       ; 10027d: 8b 04 24
    lea ecx, [ecx+eax]                   ; 100280: 8d 0c 01
    mov eax, [esp+8]                     ; 100283: 8b 44 24 08
    lea ecx, [ecx+eax]                   ; 100287: 8d 0c 01
    mov eax, [esp+0x20]                  ; 10028a: 8b 44 24 20
    lea eax, [ecx+eax]                   ; 10028e: 8d 04 01
    lea eax, [eax+esi]                   ; 100291: 8d 04 30
    lea eax, [eax+ebx]                   ; 100294: 8d 04 18
    lea eax, [eax+edi]                   ; 100297: 8d 04 38
    add esp, 0x24                        ; 10029a: 83 c4 24
    pop edi                              ; 10029d: 5f
    pop esi                              ; 10029e: 5e
    pop ebx                              ; 10029f: 5b
    ret                                  ; 1002a0: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 1002a1: 53
    push 0x14                            ; 1002a2: 6a 14
    call fib                             ; 1002a4: e8 77 fe ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    push eax                             ; 1002ac: 50
    call printU32                        ; 1002ad: e8 ff fd ff ff
    add esp, 4                           ; 1002b2: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 1002b5: bb 1c 10 10 00
    push ebx                             ; 1002ba: 53
    call println                         ; 1002bb: e8 d9 fd ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002c3: 6a 03
    push 2                               ; 1002c5: 6a 02
    call ackermann                       ; 1002c7: e8 82 fe ff ff
    add esp, 8                           ; 1002cc: 83 c4 08
    push eax                             ; 1002cf: 50
    call printU32                        ; 1002d0: e8 dc fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    push ebx                             ; 1002d8: 53
    call println                         ; 1002d9: e8 bb fd ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002e1: 6a 06
    push 5                               ; 1002e3: 6a 05
    push 4                               ; 1002e5: 6a 04
    push 3                               ; 1002e7: 6a 03
    push 2                               ; 1002e9: 6a 02
    push 1                               ; 1002eb: 6a 01
    call weigh                           ; 1002ed: e8 9b fe ff ff
    add esp, 0x18                        ; 1002f2: 83 c4 18
    push eax                             ; 1002f5: 50
    call printI32                        ; 1002f6: e8 f0 fd ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    push ebx                             ; 1002fe: 53
    call println                         ; 1002ff: e8 95 fd ff ff
    add esp, 4                           ; 100304: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 100307: 6a 03
    call pressure                        ; 100309: e8 c5 fe ff ff
    add esp, 4                           ; 10030e: 83 c4 04
    push eax                             ; 100311: 50
    call printI32                        ; 100312: e8 d4 fd ff ff
    add esp, 4                           ; 100317: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    push ebx                             ; 10031a: 53
    call println                         ; 10031b: e8 79 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 100323: 6a 00
    call exit                            ; 100325: e8 ec fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 10032d: 5b
    ret                                  ; 10032e: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10032f: 53
    push esi                             ; 100330: 56
    mov esi, [esp+0xc]                   ; 100331: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100335: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100339: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10033d: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100341: a1 00 20 10 00
    push ecx                             ; 100346: 51
    push edx                             ; 100347: 52
    push ebx                             ; 100348: 53
    push esi                             ; 100349: 56
    call eax                             ; 10034a: ff d0
    add esp, 0x10                        ; 10034c: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10034f: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100350: f4
    jmp short .L2                        ; 100351: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100353: 53
    push esi                             ; 100354: 56
    push edi                             ; 100355: 57
    mov ebx, [esp+0x14]                  ; 100356: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10035a: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10035e: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100362: b8 20 10 10 00
    push eax                             ; 100367: 50
    call print                           ; 100368: e8 08 fd ff ff
    add esp, 4                           ; 10036d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100370: 57
    call printU32                        ; 100371: e8 3b fd ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 100379: b8 40 10 10 00
    push eax                             ; 10037e: 50
    call print                           ; 10037f: e8 f1 fc ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100387: 56
    call printU32                        ; 100388: e8 24 fd ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 100390: b8 60 10 10 00
    push eax                             ; 100395: 50
    call print                           ; 100396: e8 da fc ff ff
    add esp, 4                           ; 10039b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10039e: ff 74 24 10
    call print                           ; 1003a2: e8 ce fc ff ff
    add esp, 4                           ; 1003a7: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 1003aa: b8 68 10 10 00
    push eax                             ; 1003af: 50
    call print                           ; 1003b0: e8 c0 fc ff ff
    add esp, 4                           ; 1003b5: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003b8: 53
    call printU32                        ; 1003b9: e8 f3 fc ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 1003c1: b8 1c 10 10 00
    push eax                             ; 1003c6: 50
    call println                         ; 1003c7: e8 cd fc ff ff
    add esp, 4                           ; 1003cc: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003cf: 6a 65
    call exit                            ; 1003d1: e8 40 fd ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003d9: 5f
    pop esi                              ; 1003da: 5e
    pop ebx                              ; 1003db: 5b
    ret                                  ; 1003dc: c3

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
