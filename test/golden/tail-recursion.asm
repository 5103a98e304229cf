; tskc 0.1.0 listing of test/golden/tail-recursion.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 6e 05 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 0a 04 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000f0: 53
    mov ebx, [esp+8]                     ; 1000f1: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f5: 85 db
    jge short .L2                        ; 1000f7: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f9: 6a 2d
    call putc                            ; 1000fb: e8 4b ff ff ff
    add esp, 4                           ; 100100: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100103: f7 db
    push ebx                             ; 100105: 53
    call printU32                        ; 100106: e8 ab ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010e: 5b
    ret                                  ; 10010f: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100110: 53
    call printU32                        ; 100111: e8 a0 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    ret                                  ; 10011a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011b: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100121: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100122: f4
    jmp short .L2                        ; 100123: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100125: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100129: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 10012e: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10012f: 53
    push esi                             ; 100130: 56
    mov esi, [esp+0xc]                   ; 100131: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100135: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100139: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10013d: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100141: a1 00 20 10 00
    push ecx                             ; 100146: 51
    push edx                             ; 100147: 52
    push ebx                             ; 100148: 53
    push esi                             ; 100149: 56
    call eax                             ; 10014a: ff d0
    add esp, 0x10                        ; 10014c: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10014f: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100150: f4
    jmp short .L2                        ; 100151: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100153: 53
    push esi                             ; 100154: 56
    push edi                             ; 100155: 57
    mov ebx, [esp+0x14]                  ; 100156: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10015a: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10015e: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100162: b8 1c 10 10 00
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 0d ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100170: 57
    call printU32                        ; 100171: e8 40 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 100179: b8 3c 10 10 00
    push eax                             ; 10017e: 50
    call print                           ; 10017f: e8 f6 fe ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100187: 56
    call printU32                        ; 100188: e8 29 ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100190: b8 5c 10 10 00
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 df fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019e: ff 74 24 10
    call print                           ; 1001a2: e8 d3 fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 1001aa: b8 64 10 10 00
    push eax                             ; 1001af: 50
    call print                           ; 1001b0: e8 c5 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b8: 53
    call printU32                        ; 1001b9: e8 f8 fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 1001c1: b8 6c 10 10 00
    push eax                             ; 1001c6: 50
    call println                         ; 1001c7: e8 d2 fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001cf: 6a 65
    call exit                            ; 1001d1: e8 45 ff ff ff
    add esp, 4                           ; 1001d6: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001d9: 5f
    pop esi                              ; 1001da: 5e
    pop ebx                              ; 1001db: 5b
    ret                                  ; 1001dc: c3

sum:
    ; test/golden/tail-recursion.ts:13: function sum(n: u32): u32 {
    mov ecx, [esp+4]                     ; 1001dd: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test ecx, ecx                        ; 1001e1: 85 c9
    je short .L4                         ; 1001e3: 74 12
    xor edx, edx                         ; 1001e5: 31 d2
.L2:
    ; test/golden/tail-recursion.ts:15: return n + sum(n - 1);
    lea eax, [ecx-1]                     ; 1001e7: 8d 41 ff
    add edx, ecx                         ; 1001ea: 01 ca
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test eax, eax                        ; 1001ec: 85 c0
    je short .L1                         ; 1001ee: 74 04
    mov ecx, eax                         ; 1001f0: 89 c1
    jmp short .L2                        ; 1001f2: eb f3
.L1:
    lea eax, [edx]                       ; 1001f4: 8d 02
    ret                                  ; 1001f6: c3
.L4:
    xor eax, eax                         ; 1001f7: 31 c0
    ret                                  ; 1001f9: c3

fib:
    ; test/golden/tail-recursion.ts:19: function fib(n: u32): u32 {
    push ebx                             ; 1001fa: 53
    push esi                             ; 1001fb: 56
    mov ebx, [esp+0xc]                   ; 1001fc: 8b 5c 24 0c
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp ebx, 2                           ; 100200: 83 fb 02
    jb short .L4                         ; 100203: 72 1e
    xor esi, esi                         ; 100205: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:21: return fib(n - 1) + fib(n - 2);
    lea eax, [ebx-1]                     ; 100207: 8d 43 ff
    push eax                             ; 10020a: 50
    call fib                             ; 10020b: e8 ea ff ff ff
    add esp, 4                           ; 100210: 83 c4 04
    sub ebx, 2                           ; 100213: 83 eb 02
    add esi, eax                         ; 100216: 01 c6
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp ebx, 2                           ; 100218: 83 fb 02
    jae short .L2                        ; 10021b: 73 ea
    lea eax, [esi+ebx]                   ; 10021d: 8d 04 1e
    pop esi                              ; 100220: 5e
    pop ebx                              ; 100221: 5b
    ret                                  ; 100222: c3
.L4:
    mov eax, ebx                         ; 100223: 89 d8
    pop esi                              ; 100225: 5e
    pop ebx                              ; 100226: 5b
    ret                                  ; 100227: c3

factorial:
    ; test/golden/tail-recursion.ts:25: function factorial(n: i32): i32 {
    mov ecx, [esp+4]                     ; 100228: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:26: return n <= 1 ? 1 : n * factorial(n - 1);
    cmp ecx, 1                           ; 10022c: 83 f9 01
    jle short .L5                        ; 10022f: 7e 18
    mov edx, 1                           ; 100231: ba 01 00 00 00
.L2:
    lea eax, [ecx-1]                     ; 100236: 8d 41 ff
    imul edx, ecx                        ; 100239: 0f af d1
    cmp eax, 1                           ; 10023c: 83 f8 01
    jle short .L3                        ; 10023f: 7e 04
    mov ecx, eax                         ; 100241: 89 c1
    jmp short .L2                        ; 100243: eb f1
.L3:
    imul eax, edx, 1                     ; 100245: 6b c2 01
    ret                                  ; 100248: c3
.L5:
    mov eax, 1                           ; 100249: b8 01 00 00 00
    ret                                  ; 10024e: c3

parity:
    ; test/golden/tail-recursion.ts:30: function parity(x: u32, n: u32): u32 {
    push ebx                             ; 10024f: 53
    mov edx, [esp+8]                     ; 100250: 8b 54 24 08
    mov ebx, [esp+0xc]                   ; 100254: 8b 5c 24 0c
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ebx, ebx                        ; 100258: 85 db
    je short .L4                         ; 10025a: 74 1b
    xor eax, eax                         ; 10025c: 31 c0
.L2:
    ; test/golden/tail-recursion.ts:32: return parity(x >> 1, n - 1) ^ (x & 1);
    mov ecx, edx                         ; 10025e: 89 d1
    shr ecx, 1                           ; 100260: d1 e9
    sub ebx, 1                           ; 100262: 83 eb 01
    and edx, 1                           ; 100265: 83 e2 01
    xor eax, edx                         ; 100268: 31 d0
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ebx, ebx                        ; 10026a: 85 db
    je short .L1                         ; 10026c: 74 04
    mov edx, ecx                         ; 10026e: 89 ca
    jmp short .L2                        ; 100270: eb ec
.L1:
    xor eax, 0                           ; 100272: 83 f0 00
    pop ebx                              ; 100275: 5b
    ret                                  ; 100276: c3
.L4:
    xor eax, eax                         ; 100277: 31 c0
    pop ebx                              ; 100279: 5b
    ret                                  ; 10027a: c3

gcd:
    ; test/golden/tail-recursion.ts:36: function gcd(a: u32, b: u32): u32 {
    mov eax, [esp+4]                     ; 10027b: 8b 44 24 04
    mov ecx, [esp+8]                     ; 10027f: 8b 4c 24 08
    ; test/golden/tail-recursion.ts:37: if (b == 0) return a;
    test ecx, ecx                        ; 100283: 85 c9
    je short .L4                         ; 100285: 74 11
.L2:
    ; test/golden/tail-recursion.ts:38: return gcd(b, a % b);
    xor edx, edx                         ; 100287: 31 d2
    div ecx                              ; 100289: f7 f1
    ; test/golden/tail-recursion.ts:37: if (b == 0) return a;
    test edx, edx                        ; 10028b: 85 d2
    je short .L1                         ; 10028d: 74 06
    mov eax, ecx                         ; 10028f: 89 c8
    mov ecx, edx                         ; 100291: 89 d1
    jmp short .L2                        ; 100293: eb f2
.L1:
    mov eax, ecx                         ; 100295: 89 c8
    ret                                  ; 100297: c3
.L4:
    ret                                  ; 100298: c3

countdown:
    ; test/golden/tail-recursion.ts:42: function countdown(n: u32): void {
    push ebx                             ; 100299: 53
    mov ebx, [esp+8]                     ; 10029a: 8b 5c 24 08
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test ebx, ebx                        ; 10029e: 85 db
    jbe short .L4                        ; 1002a0: 76 20
.L1:
    ; test/golden/tail-recursion.ts:44: printU32(n);
    push ebx                             ; 1002a2: 53
    call printU32                        ; 1002a3: e8 0e fe ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    ; test/golden/tail-recursion.ts:45: print(" ");
    mov eax, str_8                       ; 1002ab: b8 70 10 10 00
    push eax                             ; 1002b0: 50
    call print                           ; 1002b1: e8 c4 fd ff ff
    add esp, 4                           ; 1002b6: 83 c4 04
    ; test/golden/tail-recursion.ts:46: countdown(n - 1);
    sub ebx, 1                           ; 1002b9: 83 eb 01
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test ebx, ebx                        ; 1002bc: 85 db
    ja short .L1                         ; 1002be: 77 e2
    ; test/golden/tail-recursion.ts:48: }
    pop ebx                              ; 1002c0: 5b
    ret                                  ; 1002c1: c3
.L4:
    pop ebx                              ; 1002c2: 5b
    ret                                  ; 1002c3: c3

effectsBefore:
    ; test/golden/tail-recursion.ts:51: function effectsBefore(n: u32): u32 {
    push ebx                             ; 1002c4: 53
    push esi                             ; 1002c5: 56
    mov ebx, [esp+0xc]                   ; 1002c6: 8b 5c 24 0c
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test ebx, ebx                        ; 1002ca: 85 db
    je short .L4                         ; 1002cc: 74 2b
    xor esi, esi                         ; 1002ce: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:53: printU32(n);
    push ebx                             ; 1002d0: 53
    call printU32                        ; 1002d1: e8 e0 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/tail-recursion.ts:54: print(" ");
    mov eax, str_8                       ; 1002d9: b8 70 10 10 00
    push eax                             ; 1002de: 50
    call print                           ; 1002df: e8 96 fd ff ff
    add esp, 4                           ; 1002e4: 83 c4 04
    ; test/golden/tail-recursion.ts:55: return n + effectsBefore(n - 1);
    lea eax, [ebx-1]                     ; 1002e7: 8d 43 ff
    add esi, ebx                         ; 1002ea: 01 de
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test eax, eax                        ; 1002ec: 85 c0
    je short .L1                         ; 1002ee: 74 04
    mov ebx, eax                         ; 1002f0: 89 c3
    jmp short .L2                        ; 1002f2: eb dc
.L1:
    lea eax, [esi]                       ; 1002f4: 8d 06
    pop esi                              ; 1002f6: 5e
    pop ebx                              ; 1002f7: 5b
    ret                                  ; 1002f8: c3
.L4:
    xor eax, eax                         ; 1002f9: 31 c0
    pop esi                              ; 1002fb: 5e
    pop ebx                              ; 1002fc: 5b
    ret                                  ; 1002fd: c3

noisy:
    ; test/golden/tail-recursion.ts:58: function noisy(n: u32): u32 {
    push ebx                             ; 1002fe: 53
    mov ebx, [esp+8]                     ; 1002ff: 8b 5c 24 08
    ; test/golden/tail-recursion.ts:59: printU32(n);
    push ebx                             ; 100303: 53
    call printU32                        ; 100304: e8 ad fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/tail-recursion.ts:60: print(" ");
    mov eax, str_8                       ; 10030c: b8 70 10 10 00
    push eax                             ; 100311: 50
    call print                           ; 100312: e8 63 fd ff ff
    add esp, 4                           ; 100317: 83 c4 04
    ; test/golden/tail-recursion.ts:61: return n;
    mov eax, ebx                         ; 10031a: 89 d8
    pop ebx                              ; 10031c: 5b
    ret                                  ; 10031d: c3

effectsAfter:
    ; test/golden/tail-recursion.ts:65: function effectsAfter(n: u32): u32 {
    push ebx                             ; 10031e: 53
    push esi                             ; 10031f: 56
    mov esi, [esp+0xc]                   ; 100320: 8b 74 24 0c
    ; test/golden/tail-recursion.ts:66: if (n == 0) return 0;
    test esi, esi                        ; 100324: 85 f6
    jne short .L2                        ; 100326: 75 05
    xor eax, eax                         ; 100328: 31 c0
    pop esi                              ; 10032a: 5e
    pop ebx                              ; 10032b: 5b
    ret                                  ; 10032c: c3
.L2:
    ; test/golden/tail-recursion.ts:67: return effectsAfter(n - 1) + noisy(n);
    lea eax, [esi-1]                     ; 10032d: 8d 46 ff
    push eax                             ; 100330: 50
    call effectsAfter                    ; 100331: e8 e8 ff ff ff
    add esp, 4                           ; 100336: 83 c4 04
    mov ebx, eax                         ; 100339: 89 c3
    push esi                             ; 10033b: 56
    call noisy                           ; 10033c: e8 bd ff ff ff
    add esp, 4                           ; 100341: 83 c4 04
    lea eax, [ebx+eax]                   ; 100344: 8d 04 03
    pop esi                              ; 100347: 5e
    pop ebx                              ; 100348: 5b
    ret                                  ; 100349: c3

twoOps:
    ; test/golden/tail-recursion.ts:71: function twoOps(n: u32): u32 {
    push ebx                             ; 10034a: 53
    push esi                             ; 10034b: 56
    mov ebx, [esp+0xc]                   ; 10034c: 8b 5c 24 0c
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test ebx, ebx                        ; 100350: 85 db
    je short .L8                         ; 100352: 74 38
    xor esi, esi                         ; 100354: 31 f6
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 100356: f7 c3 01 00 00 00
    jne short .L6                        ; 10035c: 75 13
.L5:
    lea eax, [ebx-1]                     ; 10035e: 8d 43 ff
    add esi, ebx                         ; 100361: 01 de
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test eax, eax                        ; 100363: 85 c0
    je short .L1                         ; 100365: 74 1f
    mov ebx, eax                         ; 100367: 89 c3
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 100369: f7 c3 01 00 00 00
    je short .L5                         ; 10036f: 74 ed
.L6:
    ; test/golden/tail-recursion.ts:74: return n * twoOps(n - 1);
    lea eax, [ebx-1]                     ; 100371: 8d 43 ff
    push eax                             ; 100374: 50
    call twoOps                          ; 100375: e8 d0 ff ff ff
    add esp, 4                           ; 10037a: 83 c4 04
    imul ebx, eax                        ; 10037d: 0f af d8
    lea eax, [esi+ebx]                   ; 100380: 8d 04 1e
    pop esi                              ; 100383: 5e
    pop ebx                              ; 100384: 5b
    ret                                  ; 100385: c3
.L1:
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    lea eax, [esi+1]                     ; 100386: 8d 46 01
    pop esi                              ; 100389: 5e
    pop ebx                              ; 10038a: 5b
    ret                                  ; 10038b: c3
.L8:
    mov eax, 1                           ; 10038c: b8 01 00 00 00
    pop esi                              ; 100391: 5e
    pop ebx                              ; 100392: 5b
    ret                                  ; 100393: c3

walk:
    ; test/golden/tail-recursion.ts:80: function walk(i: i32, acc: u32): u32 {
    mov ecx, [esp+4]                     ; 100394: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:81: return walk(i + 1, acc + table[i]);
    lea eax, [ecx+1]                     ; 100398: 8d 41 01
    cmp ecx, 8                           ; 10039b: 83 f9 08
    jae short .L1                        ; 10039e: 73 14
    lea ecx, [eax+1]                     ; 1003a0: 8d 48 01
    cmp eax, 8                           ; 1003a3: 83 f8 08
    jae short .L6                        ; 1003a6: 73 0a
.L7:
    mov eax, ecx                         ; 1003a8: 89 c8
    lea ecx, [eax+1]                     ; 1003aa: 8d 48 01
    cmp eax, 8                           ; 1003ad: 83 f8 08
    jb short .L7                         ; 1003b0: 72 f6
.L6:
    mov ecx, eax                         ; 1003b2: 89 c1
.L1:
    mov eax, str_9                       ; 1003b4: b8 78 10 10 00
    push 8                               ; 1003b9: 6a 08
    push ecx                             ; 1003bb: 51
    push 0x51                            ; 1003bc: 6a 51
    push eax                             ; 1003be: 50
    call boundsTrap                      ; 1003bf: e8 6b fd ff ff
    add esp, 0x10                        ; 1003c4: 83 c4 10

stop:
    ; test/golden/tail-recursion.ts:84: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c7: 53
    push esi                             ; 1003c8: 56
    push edi                             ; 1003c9: 57
    mov edi, [esp+0x14]                  ; 1003ca: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1003ce: 8b 74 24 18
    mov ebx, [esp+0x1c]                  ; 1003d2: 8b 5c 24 1c
    ; test/golden/tail-recursion.ts:85: print("trapped at ");
    mov eax, str_10                      ; 1003d6: b8 9c 10 10 00
    push eax                             ; 1003db: 50
    call print                           ; 1003dc: e8 99 fc ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    ; test/golden/tail-recursion.ts:86: print(file);
    push dword [esp+0x10]                ; 1003e4: ff 74 24 10
    call print                           ; 1003e8: e8 8d fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; test/golden/tail-recursion.ts:87: print(":");
    mov eax, str_5                       ; 1003f0: b8 64 10 10 00
    push eax                             ; 1003f5: 50
    call print                           ; 1003f6: e8 7f fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; test/golden/tail-recursion.ts:88: printU32(line);
    push edi                             ; 1003fe: 57
    call printU32                        ; 1003ff: e8 b2 fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; test/golden/tail-recursion.ts:89: print(": index ");
    mov eax, str_11                      ; 100407: b8 ac 10 10 00
    push eax                             ; 10040c: 50
    call print                           ; 10040d: e8 68 fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; test/golden/tail-recursion.ts:90: printU32(index);
    push esi                             ; 100415: 56
    call printU32                        ; 100416: e8 9b fc ff ff
    add esp, 4                           ; 10041b: 83 c4 04
    ; test/golden/tail-recursion.ts:91: print(" of ");
    mov eax, str_12                      ; 10041e: b8 b8 10 10 00
    push eax                             ; 100423: 50
    call print                           ; 100424: e8 51 fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; test/golden/tail-recursion.ts:92: printU32(length);
    push ebx                             ; 10042c: 53
    call printU32                        ; 10042d: e8 84 fc ff ff
    add esp, 4                           ; 100432: 83 c4 04
    ; test/golden/tail-recursion.ts:93: println("");
    mov eax, str_6                       ; 100435: b8 6c 10 10 00
    push eax                             ; 10043a: 50
    call println                         ; 10043b: e8 5e fc ff ff
    add esp, 4                           ; 100440: 83 c4 04
    ; test/golden/tail-recursion.ts:94: exit(0);
    push 0                               ; 100443: 6a 00
    call exit                            ; 100445: e8 d1 fc ff ff
    add esp, 4                           ; 10044a: 83 c4 04
    ; test/golden/tail-recursion.ts:95: }
    pop edi                              ; 10044d: 5f
    pop esi                              ; 10044e: 5e
    pop ebx                              ; 10044f: 5b
    ret                                  ; 100450: c3

main:
    ; test/golden/tail-recursion.ts:98: printU32(sum(1000000)); // 500000500000 mod 2^32
    push ebx                             ; 100451: 53
    push 0xf4240                         ; 100452: 68 40 42 0f 00
    call sum                             ; 100457: e8 81 fd ff ff
    add esp, 4                           ; 10045c: 83 c4 04
    push eax                             ; 10045f: 50
    call printU32                        ; 100460: e8 51 fc ff ff
    add esp, 4                           ; 100465: 83 c4 04
    ; test/golden/tail-recursion.ts:99: println("");
    mov ebx, str_6                       ; 100468: bb 6c 10 10 00
    push ebx                             ; 10046d: 53
    call println                         ; 10046e: e8 2b fc ff ff
    add esp, 4                           ; 100473: 83 c4 04
    ; test/golden/tail-recursion.ts:100: printU32(fib(24));
    push 0x18                            ; 100476: 6a 18
    call fib                             ; 100478: e8 7d fd ff ff
    add esp, 4                           ; 10047d: 83 c4 04
    push eax                             ; 100480: 50
    call printU32                        ; 100481: e8 30 fc ff ff
    add esp, 4                           ; 100486: 83 c4 04
    ; test/golden/tail-recursion.ts:101: println("");
    push ebx                             ; 100489: 53
    call println                         ; 10048a: e8 0f fc ff ff
    add esp, 4                           ; 10048f: 83 c4 04
    ; test/golden/tail-recursion.ts:102: printI32(factorial(13)); // 6227020800 wraps to 1932053504
    push 0xd                             ; 100492: 6a 0d
    call factorial                       ; 100494: e8 8f fd ff ff
    add esp, 4                           ; 100499: 83 c4 04
    push eax                             ; 10049c: 50
    call printI32                        ; 10049d: e8 4e fc ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; test/golden/tail-recursion.ts:103: println("");
    push ebx                             ; 1004a5: 53
    call println                         ; 1004a6: e8 f3 fb ff ff
    add esp, 4                           ; 1004ab: 83 c4 04
    ; test/golden/tail-recursion.ts:104: printI32(factorial(17)); // wraps negative
    push 0x11                            ; 1004ae: 6a 11
    call factorial                       ; 1004b0: e8 73 fd ff ff
    add esp, 4                           ; 1004b5: 83 c4 04
    push eax                             ; 1004b8: 50
    call printI32                        ; 1004b9: e8 32 fc ff ff
    add esp, 4                           ; 1004be: 83 c4 04
    ; test/golden/tail-recursion.ts:105: println("");
    push ebx                             ; 1004c1: 53
    call println                         ; 1004c2: e8 d7 fb ff ff
    add esp, 4                           ; 1004c7: 83 c4 04
    ; test/golden/tail-recursion.ts:106: printU32(parity(0xdeadbeee, 32));
    push 0x20                            ; 1004ca: 6a 20
    push 0xdeadbeee                      ; 1004cc: 68 ee be ad de
    call parity                          ; 1004d1: e8 79 fd ff ff
    add esp, 8                           ; 1004d6: 83 c4 08
    push eax                             ; 1004d9: 50
    call printU32                        ; 1004da: e8 d7 fb ff ff
    add esp, 4                           ; 1004df: 83 c4 04
    ; test/golden/tail-recursion.ts:107: println("");
    push ebx                             ; 1004e2: 53
    call println                         ; 1004e3: e8 b6 fb ff ff
    add esp, 4                           ; 1004e8: 83 c4 04
    ; test/golden/tail-recursion.ts:108: printU32(gcd(1071, 462));
    push 0x1ce                           ; 1004eb: 68 ce 01 00 00
    push 0x42f                           ; 1004f0: 68 2f 04 00 00
    call gcd                             ; 1004f5: e8 81 fd ff ff
    add esp, 8                           ; 1004fa: 83 c4 08
    push eax                             ; 1004fd: 50
    call printU32                        ; 1004fe: e8 b3 fb ff ff
    add esp, 4                           ; 100503: 83 c4 04
    ; test/golden/tail-recursion.ts:109: println("");
    push ebx                             ; 100506: 53
    call println                         ; 100507: e8 92 fb ff ff
    add esp, 4                           ; 10050c: 83 c4 04
    ; test/golden/tail-recursion.ts:110: countdown(5);
    push 5                               ; 10050f: 6a 05
    call countdown                       ; 100511: e8 83 fd ff ff
    add esp, 4                           ; 100516: 83 c4 04
    ; test/golden/tail-recursion.ts:111: println("");
    push ebx                             ; 100519: 53
    call println                         ; 10051a: e8 7f fb ff ff
    add esp, 4                           ; 10051f: 83 c4 04
    ; test/golden/tail-recursion.ts:112: printU32(effectsBefore(4));
    push 4                               ; 100522: 6a 04
    call effectsBefore                   ; 100524: e8 9b fd ff ff
    add esp, 4                           ; 100529: 83 c4 04
    push eax                             ; 10052c: 50
    call printU32                        ; 10052d: e8 84 fb ff ff
    add esp, 4                           ; 100532: 83 c4 04
    ; test/golden/tail-recursion.ts:113: println("");
    push ebx                             ; 100535: 53
    call println                         ; 100536: e8 63 fb ff ff
    add esp, 4                           ; 10053b: 83 c4 04
    ; test/golden/tail-recursion.ts:114: printU32(effectsAfter(4));
    push 4                               ; 10053e: 6a 04
    call effectsAfter                    ; 100540: e8 d9 fd ff ff
    add esp, 4                           ; 100545: 83 c4 04
    push eax                             ; 100548: 50
    call printU32                        ; 100549: e8 68 fb ff ff
    add esp, 4                           ; 10054e: 83 c4 04
    ; test/golden/tail-recursion.ts:115: println("");
    push ebx                             ; 100551: 53
    call println                         ; 100552: e8 47 fb ff ff
    add esp, 4                           ; 100557: 83 c4 04
    ; test/golden/tail-recursion.ts:116: printU32(twoOps(7));
    push 7                               ; 10055a: 6a 07
    call twoOps                          ; 10055c: e8 e9 fd ff ff
    add esp, 4                           ; 100561: 83 c4 04
    push eax                             ; 100564: 50
    call printU32                        ; 100565: e8 4c fb ff ff
    add esp, 4                           ; 10056a: 83 c4 04
    ; test/golden/tail-recursion.ts:117: println("");
    push ebx                             ; 10056d: 53
    call println                         ; 10056e: e8 2b fb ff ff
    add esp, 4                           ; 100573: 83 c4 04
    ; test/golden/tail-recursion.ts:118: onBoundsError(stop);
    mov eax, stop                        ; 100576: b8 c7 03 10 00
    push eax                             ; 10057b: 50
    call onBoundsError                   ; 10057c: e8 a4 fb ff ff
    add esp, 4                           ; 100581: 83 c4 04
    ; test/golden/tail-recursion.ts:119: printU32(walk(0, 0));
    push 0                               ; 100584: 6a 00
    push 0                               ; 100586: 6a 00
    call walk                            ; 100588: e8 07 fe ff ff
    add esp, 8                           ; 10058d: 83 c4 08
    push eax                             ; 100590: 50
    call printU32                        ; 100591: e8 20 fb ff ff
    add esp, 4                           ; 100596: 83 c4 04
    ; test/golden/tail-recursion.ts:120: println("");
    push ebx                             ; 100599: 53
    call println                         ; 10059a: e8 ff fa ff ff
    add esp, 4                           ; 10059f: 83 c4 04
    ; test/golden/tail-recursion.ts:121: exit(1);
    push 1                               ; 1005a2: 6a 01
    call exit                            ; 1005a4: e8 72 fb ff ff
    add esp, 4                           ; 1005a9: 83 c4 04
    ; test/golden/tail-recursion.ts:122: }
    pop ebx                              ; 1005ac: 5b
    ret                                  ; 1005ad: c3

__tskc_init:
    mov dword [table], 8                 ; 1005ae: c7 05 00 30 10 00 08 00 00 00
    ret                                  ; 1005b8: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x103c - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x105c - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1064 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x106c - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1070 - ($ - $$) db 0
str_8:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1078 - ($ - $$) db 0
str_9:  ; "test/golden/tail-recursion.ts"
    db 0x1d, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x74, 0x61, 0x69, 0x6c, 0x2d, 0x72, 0x65, 0x63, 0x75, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x2e, 0x74
    db 0x73
    times 0x109c - ($ - $$) db 0
str_10:  ; "trapped at "
    db 0xb, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x20, 0x61, 0x74, 0x20
    times 0x10ac - ($ - $$) db 0
str_11:  ; ": index "
    db 0x8, 0x0, 0x0, 0x0, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10b8 - ($ - $$) db 0
str_12:  ; " of "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x6f, 0x66, 0x20

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107030
table equ 0x103000  ; StaticArray<u32>(8), 36 bytes
__stack equ 0x103030  ; boot stack, 16384 bytes
