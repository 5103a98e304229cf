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
    call main                            ; 10003d: e8 66 02 00 00
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
    jb short .L3                         ; 100129: 72 22
    lea eax, [ebx-1]                     ; 10012b: 8d 43 ff
    push eax                             ; 10012e: 50
    call fib                             ; 10012f: e8 ec ff ff ff
    add esp, 4                           ; 100134: 83 c4 04
    mov esi, eax                         ; 100137: 89 c6
    lea eax, [ebx-2]                     ; 100139: 8d 43 fe
    push eax                             ; 10013c: 50
    call fib                             ; 10013d: e8 de ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    lea ebx, [esi+eax]                   ; 100145: 8d 1c 06
    mov eax, ebx                         ; 100148: 89 d8
    pop esi                              ; 10014a: 5e
    pop ebx                              ; 10014b: 5b
    ret                                  ; 10014c: c3
.L3:
    mov eax, ebx                         ; 10014d: 89 d8
    pop esi                              ; 10014f: 5e
    pop ebx                              ; 100150: 5b
    ret                                  ; 100151: c3

ackermann:
    ; test/golden/calls.ts:10: function ackermann(m: u32, n: u32): u32 {
    push ebx                             ; 100152: 53
    mov ecx, [esp+8]                     ; 100153: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 100157: 8b 44 24 0c
    ; test/golden/calls.ts:11: if (m == 0) return n + 1;
    test ecx, ecx                        ; 10015b: 85 c9
    jne short .L2                        ; 10015d: 75 05
    lea eax, [eax+1]                     ; 10015f: 8d 40 01
    pop ebx                              ; 100162: 5b
    ret                                  ; 100163: c3
.L2:
    ; test/golden/calls.ts:12: if (n == 0) return ackermann(m - 1, 1);
    test eax, eax                        ; 100164: 85 c0
    jne short .L6                        ; 100166: 75 10
    lea eax, [ecx-1]                     ; 100168: 8d 41 ff
    push 1                               ; 10016b: 6a 01
    push eax                             ; 10016d: 50
    call ackermann                       ; 10016e: e8 df ff ff ff
    add esp, 8                           ; 100173: 83 c4 08
    pop ebx                              ; 100176: 5b
    ret                                  ; 100177: c3
.L6:
    ; test/golden/calls.ts:13: return ackermann(m - 1, ackermann(m, n - 1));
    lea ebx, [ecx-1]                     ; 100178: 8d 59 ff
    lea eax, [eax-1]                     ; 10017b: 8d 40 ff
    push eax                             ; 10017e: 50
    push ecx                             ; 10017f: 51
    call ackermann                       ; 100180: e8 cd ff ff ff
    add esp, 8                           ; 100185: 83 c4 08
    push eax                             ; 100188: 50
    push ebx                             ; 100189: 53
    call ackermann                       ; 10018a: e8 c3 ff ff ff
    add esp, 8                           ; 10018f: 83 c4 08
    pop ebx                              ; 100192: 5b
    ret                                  ; 100193: c3

weigh:
    ; test/golden/calls.ts:16: function weigh(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32): i32 {
    push ebx                             ; 100194: 53
    push esi                             ; 100195: 56
    push edi                             ; 100196: 57
    mov esi, [esp+0x10]                  ; 100197: 8b 74 24 10
    mov edi, [esp+0x14]                  ; 10019b: 8b 7c 24 14
    mov ebx, [esp+0x18]                  ; 10019f: 8b 5c 24 18
    mov edx, [esp+0x1c]                  ; 1001a3: 8b 54 24 1c
    mov ecx, [esp+0x20]                  ; 1001a7: 8b 4c 24 20
    mov eax, [esp+0x24]                  ; 1001ab: 8b 44 24 24
    ; test/golden/calls.ts:17: return a * 100000 + b * 10000 + c * 1000 + d * 100 + e * 10 + f;
    imul esi, 0x186a0                    ; 1001af: 69 f6 a0 86 01 00
    imul edi, 0x2710                     ; 1001b5: 69 ff 10 27 00 00
    lea esi, [esi+edi]                   ; 1001bb: 8d 34 3e
    imul ebx, 0x3e8                      ; 1001be: 69 db e8 03 00 00
    lea ebx, [esi+ebx]                   ; 1001c4: 8d 1c 1e
    imul edx, 0x64                       ; 1001c7: 6b d2 64
    lea edx, [ebx+edx]                   ; 1001ca: 8d 14 13
    imul ecx, 0xa                        ; 1001cd: 6b c9 0a
    lea ecx, [edx+ecx]                   ; 1001d0: 8d 0c 0a
    lea eax, [ecx+eax]                   ; 1001d3: 8d 04 01
    pop edi                              ; 1001d6: 5f
    pop esi                              ; 1001d7: 5e
    pop ebx                              ; 1001d8: 5b
    ret                                  ; 1001d9: c3

pressure:
    ; test/golden/calls.ts:21: function pressure(x: i32): i32 {
    push ebx                             ; 1001da: 53
    push esi                             ; 1001db: 56
    push edi                             ; 1001dc: 57
    sub esp, 0x24                        ; 1001dd: 83 ec 24
    mov eax, [esp+0x34]                  ; 1001e0: 8b 44 24 34
    ; test/golden/calls.ts:22: const a = x + 1, b = x + 2, c = x + 3, d = x + 4, e = x + 5, f = x + 6;
    lea ecx, [eax+1]                     ; 1001e4: 8d 48 01
    mov [esp+0x1c], ecx                  ; 1001e7: 89 4c 24 1c
    lea ecx, [eax+2]                     ; 1001eb: 8d 48 02
    mov [esp+0x18], ecx                  ; 1001ee: 89 4c 24 18
    lea ecx, [eax+3]                     ; 1001f2: 8d 48 03
    mov [esp+0x14], ecx                  ; 1001f5: 89 4c 24 14
    lea ecx, [eax+4]                     ; 1001f9: 8d 48 04
    mov [esp+0x10], ecx                  ; 1001fc: 89 4c 24 10
    lea ecx, [eax+5]                     ; 100200: 8d 48 05
    mov [esp+0xc], ecx                   ; 100203: 89 4c 24 0c
    lea ecx, [eax+6]                     ; 100207: 8d 48 06
    mov [esp+4], ecx                     ; 10020a: 89 4c 24 04
    ; test/golden/calls.ts:23: const g = x * 7, h = x * 8, i = x * 9, j = x * 10, k = x * 11, l = x * 12;
    imul ecx, eax, 7                     ; 10020e: 6b c8 07
    mov [esp], ecx                       ; 100211: 89 0c 24
    imul ecx, eax, 8                     ; 100214: 6b c8 08
    mov [esp+8], ecx                     ; 100217: 89 4c 24 08
    imul ecx, eax, 9                     ; 10021b: 6b c8 09
    mov [esp+0x20], ecx                  ; 10021e: 89 4c 24 20
    imul esi, eax, 0xa                   ; 100222: 6b f0 0a
    imul ebx, eax, 0xb                   ; 100225: 6b d8 0b
    imul edi, eax, 0xc                   ; 100228: 6b f8 0c
    ; test/golden/calls.ts:24: const mixed = weigh(a, b, c, d, e, f);
    push dword [esp+4]                   ; 10022b: ff 74 24 04
    push dword [esp+0x10]                ; 10022f: ff 74 24 10
    push dword [esp+0x18]                ; 100233: ff 74 24 18
    push dword [esp+0x20]                ; 100237: ff 74 24 20
    push dword [esp+0x28]                ; 10023b: ff 74 24 28
    push dword [esp+0x30]                ; 10023f: ff 74 24 30
    call weigh                           ; 100243: e8 4c ff ff ff
    add esp, 0x18                        ; 100248: 83 c4 18
    ; test/golden/calls.ts:25: return mixed + (g ^ h) + (i | j) - (k & l) + a * b * c * d * e * f + g + h + i + j + k + l;
    mov ecx, [esp]                       ; 10024b: 8b 0c 24
    xor ecx, [esp+8]                     ; 10024e: 33 4c 24 08
    lea edx, [eax+ecx]                   ; 100252: 8d 14 08
    mov ecx, [esp+0x20]                  ; 100255: 8b 4c 24 20
    or ecx, esi                          ; 100259: 09 f1
    mov eax, ebx                         ; 10025b: 89 d8
    and eax, edi                         ; 10025d: 21 f8
    lea ecx, [edx+ecx]                   ; 10025f: 8d 0c 0a
    sub ecx, eax                         ; 100262: 29 c1
    mov eax, [esp+0x1c]                  ; 100264: 8b 44 24 1c
    imul eax, [esp+0x18]                 ; 100268: 0f af 44 24 18
    imul eax, [esp+0x14]                 ; 10026d: 0f af 44 24 14
    imul eax, [esp+0x10]                 ; 100272: 0f af 44 24 10
    imul eax, [esp+0xc]                  ; 100277: 0f af 44 24 0c
    imul eax, [esp+4]                    ; 10027c: 0f af 44 24 04
    lea eax, [ecx+eax]                   ; 100281: 8d 04 01
    mov ecx, [esp]                       ; 100284: 8b 0c 24
    lea eax, [eax+ecx]                   ; 100287: 8d 04 08
    mov ecx, [esp+8]                     ; 10028a: 8b 4c 24 08
    lea eax, [eax+ecx]                   ; 10028e: 8d 04 08
    mov ecx, [esp+0x20]                  ; 100291: 8b 4c 24 20
    lea eax, [eax+ecx]                   ; 100295: 8d 04 08
    lea eax, [eax+esi]                   ; 100298: 8d 04 30
    lea eax, [eax+ebx]                   ; 10029b: 8d 04 18
    lea eax, [eax+edi]                   ; 10029e: 8d 04 38
    add esp, 0x24                        ; 1002a1: 83 c4 24
    pop edi                              ; 1002a4: 5f
    pop esi                              ; 1002a5: 5e
    pop ebx                              ; 1002a6: 5b
    ret                                  ; 1002a7: c3

main:
    ; test/golden/calls.ts:29: printU32(fib(20));
    push ebx                             ; 1002a8: 53
    push 0x14                            ; 1002a9: 6a 14
    call fib                             ; 1002ab: e8 70 fe ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    push eax                             ; 1002b3: 50
    call printU32                        ; 1002b4: e8 f8 fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; test/golden/calls.ts:30: println("");
    mov ebx, str_2                       ; 1002bc: bb 1c 10 10 00
    push ebx                             ; 1002c1: 53
    call println                         ; 1002c2: e8 d2 fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/calls.ts:31: printU32(ackermann(2, 3));
    push 3                               ; 1002ca: 6a 03
    push 2                               ; 1002cc: 6a 02
    call ackermann                       ; 1002ce: e8 7f fe ff ff
    add esp, 8                           ; 1002d3: 83 c4 08
    push eax                             ; 1002d6: 50
    call printU32                        ; 1002d7: e8 d5 fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; test/golden/calls.ts:32: println("");
    push ebx                             ; 1002df: 53
    call println                         ; 1002e0: e8 b4 fd ff ff
    add esp, 4                           ; 1002e5: 83 c4 04
    ; test/golden/calls.ts:33: printI32(weigh(1, 2, 3, 4, 5, 6));
    push 6                               ; 1002e8: 6a 06
    push 5                               ; 1002ea: 6a 05
    push 4                               ; 1002ec: 6a 04
    push 3                               ; 1002ee: 6a 03
    push 2                               ; 1002f0: 6a 02
    push 1                               ; 1002f2: 6a 01
    call weigh                           ; 1002f4: e8 9b fe ff ff
    add esp, 0x18                        ; 1002f9: 83 c4 18
    push eax                             ; 1002fc: 50
    call printI32                        ; 1002fd: e8 e9 fd ff ff
    add esp, 4                           ; 100302: 83 c4 04
    ; test/golden/calls.ts:34: println("");
    push ebx                             ; 100305: 53
    call println                         ; 100306: e8 8e fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/calls.ts:35: printI32(pressure(3));
    push 3                               ; 10030e: 6a 03
    call pressure                        ; 100310: e8 c5 fe ff ff
    add esp, 4                           ; 100315: 83 c4 04
    push eax                             ; 100318: 50
    call printI32                        ; 100319: e8 cd fd ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    ; test/golden/calls.ts:36: println("");
    push ebx                             ; 100321: 53
    call println                         ; 100322: e8 72 fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/calls.ts:37: exit(0);
    push 0                               ; 10032a: 6a 00
    call exit                            ; 10032c: e8 e5 fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/calls.ts:38: }
    pop ebx                              ; 100334: 5b
    ret                                  ; 100335: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100336: 53
    push esi                             ; 100337: 56
    mov esi, [esp+0xc]                   ; 100338: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10033c: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100340: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100344: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100348: a1 00 20 10 00
    push ecx                             ; 10034d: 51
    push edx                             ; 10034e: 52
    push ebx                             ; 10034f: 53
    push esi                             ; 100350: 56
    call eax                             ; 100351: ff d0
    add esp, 0x10                        ; 100353: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100356: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100357: f4
    jmp short .L2                        ; 100358: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10035a: 53
    push esi                             ; 10035b: 56
    push edi                             ; 10035c: 57
    mov ebx, [esp+0x14]                  ; 10035d: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100361: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100365: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100369: b8 20 10 10 00
    push eax                             ; 10036e: 50
    call print                           ; 10036f: e8 01 fd ff ff
    add esp, 4                           ; 100374: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100377: 57
    call printU32                        ; 100378: e8 34 fd ff ff
    add esp, 4                           ; 10037d: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 100380: b8 40 10 10 00
    push eax                             ; 100385: 50
    call print                           ; 100386: e8 ea fc ff ff
    add esp, 4                           ; 10038b: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10038e: 56
    call printU32                        ; 10038f: e8 1d fd ff ff
    add esp, 4                           ; 100394: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 100397: b8 60 10 10 00
    push eax                             ; 10039c: 50
    call print                           ; 10039d: e8 d3 fc ff ff
    add esp, 4                           ; 1003a2: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003a5: ff 74 24 10
    call print                           ; 1003a9: e8 c7 fc ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 1003b1: b8 68 10 10 00
    push eax                             ; 1003b6: 50
    call print                           ; 1003b7: e8 b9 fc ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003bf: 53
    call printU32                        ; 1003c0: e8 ec fc ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 1003c8: b8 1c 10 10 00
    push eax                             ; 1003cd: 50
    call println                         ; 1003ce: e8 c6 fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003d6: 6a 65
    call exit                            ; 1003d8: e8 39 fd ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003e0: 5f
    pop esi                              ; 1003e1: 5e
    pop ebx                              ; 1003e2: 5b
    ret                                  ; 1003e3: c3

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
