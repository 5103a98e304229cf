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
    call __tskc_init                     ; 10003b: e8 ba 05 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 ec 03 00 00
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
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000dd: 85 c0
    jge short .L2                        ; 1000df: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000e1: 53
    mov ebx, eax                         ; 1000e2: 89 c3
    push 0x2d                            ; 1000e4: 6a 2d
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000ee: f7 db
    push ebx                             ; 1000f0: 53
    call printU32                        ; 1000f1: e8 a9 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f9: 5b
    ret                                  ; 1000fa: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000fb: 50
    call printU32                        ; 1000fc: e8 9e ff ff ff
    add esp, 4                           ; 100101: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100104: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100105: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100109: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10010b: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10010c: f4
    jmp short .L2                        ; 10010d: eb fd

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10010f: 53
    push esi                             ; 100110: 56
    mov esi, [esp+0xc]                   ; 100111: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100115: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100119: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10011d: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100121: a1 00 20 10 00
    push ecx                             ; 100126: 51
    push edx                             ; 100127: 52
    push ebx                             ; 100128: 53
    push esi                             ; 100129: 56
    call eax                             ; 10012a: ff d0
    add esp, 0x10                        ; 10012c: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10012f: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100130: f4
    jmp short .L2                        ; 100131: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    push edi                             ; 100135: 57
    mov ebx, [esp+0x14]                  ; 100136: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10013a: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10013e: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100142: b8 00 10 10 00
    push eax                             ; 100147: 50
    call print                           ; 100148: e8 2d ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100150: 57
    call printU32                        ; 100151: e8 49 ff ff ff
    add esp, 4                           ; 100156: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 100159: b8 20 10 10 00
    push eax                             ; 10015e: 50
    call print                           ; 10015f: e8 16 ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100167: 56
    call printU32                        ; 100168: e8 32 ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100170: b8 40 10 10 00
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 ff fe ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10017e: ff 74 24 10
    call print                           ; 100182: e8 f3 fe ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 10018a: b8 48 10 10 00
    push eax                             ; 10018f: 50
    call print                           ; 100190: e8 e5 fe ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100198: 53
    call printU32                        ; 100199: e8 01 ff ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 1001a1: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001a6: 50
    call print                           ; 1001a7: e8 ce fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001af: 6a 0a
    call putc                            ; 1001b1: e8 95 fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001b9: 6a 65
    call exit                            ; 1001bb: e8 45 ff ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001c3: 5f
    pop esi                              ; 1001c4: 5e
    pop ebx                              ; 1001c5: 5b
    ret                                  ; 1001c6: c3

sum:
    ; test/golden/tail-recursion.ts:13: function sum(n: u32): u32 {
    mov ecx, [esp+4]                     ; 1001c7: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test ecx, ecx                        ; 1001cb: 85 c9
    je short .L4                         ; 1001cd: 74 12
    xor edx, edx                         ; 1001cf: 31 d2
.L2:
    ; test/golden/tail-recursion.ts:15: return n + sum(n - 1);
    lea eax, [ecx-1]                     ; 1001d1: 8d 41 ff
    add edx, ecx                         ; 1001d4: 01 ca
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test eax, eax                        ; 1001d6: 85 c0
    je short .L1                         ; 1001d8: 74 04
    mov ecx, eax                         ; 1001da: 89 c1
    jmp short .L2                        ; 1001dc: eb f3
.L1:
    lea eax, [edx]                       ; 1001de: 8d 02
    ret                                  ; 1001e0: c3
.L4:
    xor eax, eax                         ; 1001e1: 31 c0
    ret                                  ; 1001e3: c3

fib:
    ; test/golden/tail-recursion.ts:19: function fib(n: u32): u32 {
    mov eax, [esp+4]                     ; 1001e4: 8b 44 24 04
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp eax, 2                           ; 1001e8: 83 f8 02
    jb short .L4                         ; 1001eb: 72 22
    ; test/golden/tail-recursion.ts:19: function fib(n: u32): u32 {
    push ebx                             ; 1001ed: 53
    push esi                             ; 1001ee: 56
    mov ebx, eax                         ; 1001ef: 89 c3
    xor esi, esi                         ; 1001f1: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:21: return fib(n - 1) + fib(n - 2);
    lea eax, [ebx-1]                     ; 1001f3: 8d 43 ff
    push eax                             ; 1001f6: 50
    call fib                             ; 1001f7: e8 e8 ff ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    sub ebx, 2                           ; 1001ff: 83 eb 02
    add esi, eax                         ; 100202: 01 c6
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp ebx, 2                           ; 100204: 83 fb 02
    jae short .L2                        ; 100207: 73 ea
    lea eax, [esi+ebx]                   ; 100209: 8d 04 1e
    pop esi                              ; 10020c: 5e
    pop ebx                              ; 10020d: 5b
    ret                                  ; 10020e: c3
.L4:
    ret                                  ; 10020f: c3

factorial:
    ; test/golden/tail-recursion.ts:25: function factorial(n: i32): i32 {
    mov ecx, [esp+4]                     ; 100210: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:26: return n <= 1 ? 1 : n * factorial(n - 1);
    cmp ecx, 1                           ; 100214: 83 f9 01
    jle short .L5                        ; 100217: 7e 18
    mov edx, 1                           ; 100219: ba 01 00 00 00
.L2:
    lea eax, [ecx-1]                     ; 10021e: 8d 41 ff
    imul edx, ecx                        ; 100221: 0f af d1
    cmp eax, 1                           ; 100224: 83 f8 01
    jle short .L3                        ; 100227: 7e 04
    mov ecx, eax                         ; 100229: 89 c1
    jmp short .L2                        ; 10022b: eb f1
.L3:
    imul eax, edx, 1                     ; 10022d: 6b c2 01
    ret                                  ; 100230: c3
.L5:
    mov eax, 1                           ; 100231: b8 01 00 00 00
    ret                                  ; 100236: c3

parity:
    ; test/golden/tail-recursion.ts:30: function parity(x: u32, n: u32): u32 {
    mov edx, [esp+4]                     ; 100237: 8b 54 24 04
    mov ecx, [esp+8]                     ; 10023b: 8b 4c 24 08
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ecx, ecx                        ; 10023f: 85 c9
    je short .L4                         ; 100241: 74 1e
    xor eax, eax                         ; 100243: 31 c0
    ; test/golden/tail-recursion.ts:32: return parity(x >> 1, n - 1) ^ (x & 1);
    push ebx                             ; 100245: 53
    mov ebx, ecx                         ; 100246: 89 cb
.L2:
    mov ecx, edx                         ; 100248: 89 d1
    shr ecx, 1                           ; 10024a: d1 e9
    sub ebx, 1                           ; 10024c: 83 eb 01
    and edx, 1                           ; 10024f: 83 e2 01
    xor eax, edx                         ; 100252: 31 d0
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ebx, ebx                        ; 100254: 85 db
    je short .L1                         ; 100256: 74 04
    mov edx, ecx                         ; 100258: 89 ca
    jmp short .L2                        ; 10025a: eb ec
.L1:
    xor eax, 0                           ; 10025c: 83 f0 00
    pop ebx                              ; 10025f: 5b
    ret                                  ; 100260: c3
.L4:
    xor eax, eax                         ; 100261: 31 c0
    ret                                  ; 100263: c3

gcd:
    ; test/golden/tail-recursion.ts:36: function gcd(a: u32, b: u32): u32 {
    mov eax, [esp+4]                     ; 100264: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100268: 8b 4c 24 08
    ; test/golden/tail-recursion.ts:37: if (b == 0) return a;
    test ecx, ecx                        ; 10026c: 85 c9
    je short .L4                         ; 10026e: 74 11
.L2:
    ; test/golden/tail-recursion.ts:38: return gcd(b, a % b);
    xor edx, edx                         ; 100270: 31 d2
    div ecx                              ; 100272: f7 f1
    ; test/golden/tail-recursion.ts:37: if (b == 0) return a;
    test edx, edx                        ; 100274: 85 d2
    je short .L1                         ; 100276: 74 06
    mov eax, ecx                         ; 100278: 89 c8
    mov ecx, edx                         ; 10027a: 89 d1
    jmp short .L2                        ; 10027c: eb f2
.L1:
    mov eax, ecx                         ; 10027e: 89 c8
    ret                                  ; 100280: c3
.L4:
    ret                                  ; 100281: c3

countdown:
    ; test/golden/tail-recursion.ts:42: function countdown(n: u32): void {
    mov eax, [esp+4]                     ; 100282: 8b 44 24 04
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test eax, eax                        ; 100286: 85 c0
    jbe short .L4                        ; 100288: 76 23
    ; test/golden/tail-recursion.ts:44: printU32(n);
    push ebx                             ; 10028a: 53
    mov ebx, eax                         ; 10028b: 89 c3
.L1:
    push ebx                             ; 10028d: 53
    call printU32                        ; 10028e: e8 0c fe ff ff
    add esp, 4                           ; 100293: 83 c4 04
    ; test/golden/tail-recursion.ts:45: print(" ");
    mov eax, str_8                       ; 100296: b8 54 10 10 00
    push eax                             ; 10029b: 50
    call print                           ; 10029c: e8 d9 fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/tail-recursion.ts:46: countdown(n - 1);
    sub ebx, 1                           ; 1002a4: 83 eb 01
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test ebx, ebx                        ; 1002a7: 85 db
    ja short .L1                         ; 1002a9: 77 e2
    ; test/golden/tail-recursion.ts:48: }
    pop ebx                              ; 1002ab: 5b
    ret                                  ; 1002ac: c3
.L4:
    ret                                  ; 1002ad: c3

effectsBefore:
    ; test/golden/tail-recursion.ts:51: function effectsBefore(n: u32): u32 {
    mov eax, [esp+4]                     ; 1002ae: 8b 44 24 04
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test eax, eax                        ; 1002b2: 85 c0
    je short .L4                         ; 1002b4: 74 2f
    ; test/golden/tail-recursion.ts:51: function effectsBefore(n: u32): u32 {
    push ebx                             ; 1002b6: 53
    push esi                             ; 1002b7: 56
    mov ebx, eax                         ; 1002b8: 89 c3
    xor esi, esi                         ; 1002ba: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:53: printU32(n);
    push ebx                             ; 1002bc: 53
    call printU32                        ; 1002bd: e8 dd fd ff ff
    add esp, 4                           ; 1002c2: 83 c4 04
    ; test/golden/tail-recursion.ts:54: print(" ");
    mov eax, str_8                       ; 1002c5: b8 54 10 10 00
    push eax                             ; 1002ca: 50
    call print                           ; 1002cb: e8 aa fd ff ff
    add esp, 4                           ; 1002d0: 83 c4 04
    ; test/golden/tail-recursion.ts:55: return n + effectsBefore(n - 1);
    lea eax, [ebx-1]                     ; 1002d3: 8d 43 ff
    add esi, ebx                         ; 1002d6: 01 de
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test eax, eax                        ; 1002d8: 85 c0
    je short .L1                         ; 1002da: 74 04
    mov ebx, eax                         ; 1002dc: 89 c3
    jmp short .L2                        ; 1002de: eb dc
.L1:
    lea eax, [esi]                       ; 1002e0: 8d 06
    pop esi                              ; 1002e2: 5e
    pop ebx                              ; 1002e3: 5b
    ret                                  ; 1002e4: c3
.L4:
    xor eax, eax                         ; 1002e5: 31 c0
    ret                                  ; 1002e7: c3

effectsAfter:
    ; test/golden/tail-recursion.ts:65: function effectsAfter(n: u32): u32 {
    mov eax, [esp+4]                     ; 1002e8: 8b 44 24 04
    ; test/golden/tail-recursion.ts:66: if (n == 0) return 0;
    test eax, eax                        ; 1002ec: 85 c0
    jne short .Lprologue                 ; 1002ee: 75 03
    xor eax, eax                         ; 1002f0: 31 c0
    ret                                  ; 1002f2: c3
.Lprologue:
    ; test/golden/tail-recursion.ts:67: return effectsAfter(n - 1) + noisy(n);
    push ebx                             ; 1002f3: 53
    push esi                             ; 1002f4: 56
    mov esi, eax                         ; 1002f5: 89 c6
    lea eax, [esi-1]                     ; 1002f7: 8d 46 ff
    push eax                             ; 1002fa: 50
    call effectsAfter                    ; 1002fb: e8 e8 ff ff ff
    add esp, 4                           ; 100300: 83 c4 04
    mov ebx, eax                         ; 100303: 89 c3
    ; test/golden/tail-recursion.ts:59: printU32(n);
    push esi                             ; 100305: 56
    call printU32                        ; 100306: e8 94 fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/tail-recursion.ts:60: print(" ");
    mov eax, str_8                       ; 10030e: b8 54 10 10 00
    push eax                             ; 100313: 50
    call print                           ; 100314: e8 61 fd ff ff
    add esp, 4                           ; 100319: 83 c4 04
    ; test/golden/tail-recursion.ts:67: return effectsAfter(n - 1) + noisy(n);
    lea eax, [ebx+esi]                   ; 10031c: 8d 04 33
    pop esi                              ; 10031f: 5e
    pop ebx                              ; 100320: 5b
    ret                                  ; 100321: c3

twoOps:
    ; test/golden/tail-recursion.ts:71: function twoOps(n: u32): u32 {
    mov eax, [esp+4]                     ; 100322: 8b 44 24 04
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test eax, eax                        ; 100326: 85 c0
    je short .L8                         ; 100328: 74 3c
    ; test/golden/tail-recursion.ts:71: function twoOps(n: u32): u32 {
    push ebx                             ; 10032a: 53
    push esi                             ; 10032b: 56
    mov ebx, eax                         ; 10032c: 89 c3
    xor esi, esi                         ; 10032e: 31 f6
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 100330: f7 c3 01 00 00 00
    jne short .L6                        ; 100336: 75 13
.L5:
    lea eax, [ebx-1]                     ; 100338: 8d 43 ff
    add esi, ebx                         ; 10033b: 01 de
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test eax, eax                        ; 10033d: 85 c0
    je short .L1                         ; 10033f: 74 1f
    mov ebx, eax                         ; 100341: 89 c3
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 100343: f7 c3 01 00 00 00
    je short .L5                         ; 100349: 74 ed
.L6:
    ; test/golden/tail-recursion.ts:74: return n * twoOps(n - 1);
    lea eax, [ebx-1]                     ; 10034b: 8d 43 ff
    push eax                             ; 10034e: 50
    call twoOps                          ; 10034f: e8 ce ff ff ff
    add esp, 4                           ; 100354: 83 c4 04
    imul ebx, eax                        ; 100357: 0f af d8
    lea eax, [esi+ebx]                   ; 10035a: 8d 04 1e
    pop esi                              ; 10035d: 5e
    pop ebx                              ; 10035e: 5b
    ret                                  ; 10035f: c3
.L1:
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    lea eax, [esi+1]                     ; 100360: 8d 46 01
    pop esi                              ; 100363: 5e
    pop ebx                              ; 100364: 5b
    ret                                  ; 100365: c3
.L8:
    mov eax, 1                           ; 100366: b8 01 00 00 00
    ret                                  ; 10036b: c3

walk:
    ; test/golden/tail-recursion.ts:80: function walk(i: i32, acc: u32): u32 {
    mov ecx, [esp+4]                     ; 10036c: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:81: return walk(i + 1, acc + table[i]);
    lea eax, [ecx+1]                     ; 100370: 8d 41 01
    cmp ecx, 8                           ; 100373: 83 f9 08
    jae short .L1                        ; 100376: 73 14
    lea ecx, [eax+1]                     ; 100378: 8d 48 01
    cmp eax, 8                           ; 10037b: 83 f8 08
    jae short .L6                        ; 10037e: 73 0a
.L7:
    mov eax, ecx                         ; 100380: 89 c8
    lea ecx, [eax+1]                     ; 100382: 8d 48 01
    cmp eax, 8                           ; 100385: 83 f8 08
    jb short .L7                         ; 100388: 72 f6
.L6:
    mov ecx, eax                         ; 10038a: 89 c1
.L1:
    mov eax, str_9                       ; 10038c: b8 5c 10 10 00
    push 8                               ; 100391: 6a 08
    push ecx                             ; 100393: 51
    push 0x51                            ; 100394: 6a 51
    push eax                             ; 100396: 50
    call boundsTrap                      ; 100397: e8 73 fd ff ff
    add esp, 0x10                        ; 10039c: 83 c4 10

stop:
    ; test/golden/tail-recursion.ts:84: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10039f: 53
    push esi                             ; 1003a0: 56
    push edi                             ; 1003a1: 57
    mov edi, [esp+0x14]                  ; 1003a2: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1003a6: 8b 74 24 18
    mov ebx, [esp+0x1c]                  ; 1003aa: 8b 5c 24 1c
    ; test/golden/tail-recursion.ts:85: print("trapped at ");
    mov eax, str_10                      ; 1003ae: b8 80 10 10 00
    push eax                             ; 1003b3: 50
    call print                           ; 1003b4: e8 c1 fc ff ff
    add esp, 4                           ; 1003b9: 83 c4 04
    ; test/golden/tail-recursion.ts:86: print(file);
    push dword [esp+0x10]                ; 1003bc: ff 74 24 10
    call print                           ; 1003c0: e8 b5 fc ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; test/golden/tail-recursion.ts:87: print(":");
    mov eax, str_5                       ; 1003c8: b8 48 10 10 00
    push eax                             ; 1003cd: 50
    call print                           ; 1003ce: e8 a7 fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; test/golden/tail-recursion.ts:88: printU32(line);
    push edi                             ; 1003d6: 57
    call printU32                        ; 1003d7: e8 c3 fc ff ff
    add esp, 4                           ; 1003dc: 83 c4 04
    ; test/golden/tail-recursion.ts:89: print(": index ");
    mov eax, str_11                      ; 1003df: b8 90 10 10 00
    push eax                             ; 1003e4: 50
    call print                           ; 1003e5: e8 90 fc ff ff
    add esp, 4                           ; 1003ea: 83 c4 04
    ; test/golden/tail-recursion.ts:90: printU32(index);
    push esi                             ; 1003ed: 56
    call printU32                        ; 1003ee: e8 ac fc ff ff
    add esp, 4                           ; 1003f3: 83 c4 04
    ; test/golden/tail-recursion.ts:91: print(" of ");
    mov eax, str_12                      ; 1003f6: b8 9c 10 10 00
    push eax                             ; 1003fb: 50
    call print                           ; 1003fc: e8 79 fc ff ff
    add esp, 4                           ; 100401: 83 c4 04
    ; test/golden/tail-recursion.ts:92: printU32(length);
    push ebx                             ; 100404: 53
    call printU32                        ; 100405: e8 95 fc ff ff
    add esp, 4                           ; 10040a: 83 c4 04
    ; test/golden/tail-recursion.ts:93: println("");
    mov eax, str_6                       ; 10040d: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100412: 50
    call print                           ; 100413: e8 62 fc ff ff
    add esp, 4                           ; 100418: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10041b: 6a 0a
    call putc                            ; 10041d: e8 29 fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
    ; test/golden/tail-recursion.ts:94: exit(0);
    push 0                               ; 100425: 6a 00
    call exit                            ; 100427: e8 d9 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; test/golden/tail-recursion.ts:95: }
    pop edi                              ; 10042f: 5f
    pop esi                              ; 100430: 5e
    pop ebx                              ; 100431: 5b
    ret                                  ; 100432: c3

main:
    ; test/golden/tail-recursion.ts:98: printU32(sum(1000000)); // 500000500000 mod 2^32
    push ebx                             ; 100433: 53
    push 0xf4240                         ; 100434: 68 40 42 0f 00
    call sum                             ; 100439: e8 89 fd ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    push eax                             ; 100441: 50
    call printU32                        ; 100442: e8 58 fc ff ff
    add esp, 4                           ; 100447: 83 c4 04
    ; test/golden/tail-recursion.ts:99: println("");
    mov ebx, str_6                       ; 10044a: bb 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10044f: 53
    call print                           ; 100450: e8 25 fc ff ff
    add esp, 4                           ; 100455: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100458: 6a 0a
    call putc                            ; 10045a: e8 ec fb ff ff
    add esp, 4                           ; 10045f: 83 c4 04
    ; test/golden/tail-recursion.ts:100: printU32(fib(24));
    push 0x18                            ; 100462: 6a 18
    call fib                             ; 100464: e8 7b fd ff ff
    add esp, 4                           ; 100469: 83 c4 04
    push eax                             ; 10046c: 50
    call printU32                        ; 10046d: e8 2d fc ff ff
    add esp, 4                           ; 100472: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100475: 53
    call print                           ; 100476: e8 ff fb ff ff
    add esp, 4                           ; 10047b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10047e: 6a 0a
    call putc                            ; 100480: e8 c6 fb ff ff
    add esp, 4                           ; 100485: 83 c4 04
    ; test/golden/tail-recursion.ts:102: printI32(factorial(13)); // 6227020800 wraps to 1932053504
    push 0xd                             ; 100488: 6a 0d
    call factorial                       ; 10048a: e8 81 fd ff ff
    add esp, 4                           ; 10048f: 83 c4 04
    push eax                             ; 100492: 50
    call printI32                        ; 100493: e8 41 fc ff ff
    add esp, 4                           ; 100498: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10049b: 53
    call print                           ; 10049c: e8 d9 fb ff ff
    add esp, 4                           ; 1004a1: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1004a4: 6a 0a
    call putc                            ; 1004a6: e8 a0 fb ff ff
    add esp, 4                           ; 1004ab: 83 c4 04
    ; test/golden/tail-recursion.ts:104: printI32(factorial(17)); // wraps negative
    push 0x11                            ; 1004ae: 6a 11
    call factorial                       ; 1004b0: e8 5b fd ff ff
    add esp, 4                           ; 1004b5: 83 c4 04
    push eax                             ; 1004b8: 50
    call printI32                        ; 1004b9: e8 1b fc ff ff
    add esp, 4                           ; 1004be: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1004c1: 53
    call print                           ; 1004c2: e8 b3 fb ff ff
    add esp, 4                           ; 1004c7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1004ca: 6a 0a
    call putc                            ; 1004cc: e8 7a fb ff ff
    add esp, 4                           ; 1004d1: 83 c4 04
    ; test/golden/tail-recursion.ts:106: printU32(parity(0xdeadbeee, 32));
    push 0x20                            ; 1004d4: 6a 20
    push 0xdeadbeee                      ; 1004d6: 68 ee be ad de
    call parity                          ; 1004db: e8 57 fd ff ff
    add esp, 8                           ; 1004e0: 83 c4 08
    push eax                             ; 1004e3: 50
    call printU32                        ; 1004e4: e8 b6 fb ff ff
    add esp, 4                           ; 1004e9: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1004ec: 53
    call print                           ; 1004ed: e8 88 fb ff ff
    add esp, 4                           ; 1004f2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1004f5: 6a 0a
    call putc                            ; 1004f7: e8 4f fb ff ff
    add esp, 4                           ; 1004fc: 83 c4 04
    ; test/golden/tail-recursion.ts:108: printU32(gcd(1071, 462));
    push 0x1ce                           ; 1004ff: 68 ce 01 00 00
    push 0x42f                           ; 100504: 68 2f 04 00 00
    call gcd                             ; 100509: e8 56 fd ff ff
    add esp, 8                           ; 10050e: 83 c4 08
    push eax                             ; 100511: 50
    call printU32                        ; 100512: e8 88 fb ff ff
    add esp, 4                           ; 100517: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10051a: 53
    call print                           ; 10051b: e8 5a fb ff ff
    add esp, 4                           ; 100520: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100523: 6a 0a
    call putc                            ; 100525: e8 21 fb ff ff
    add esp, 4                           ; 10052a: 83 c4 04
    ; test/golden/tail-recursion.ts:110: countdown(5);
    push 5                               ; 10052d: 6a 05
    call countdown                       ; 10052f: e8 4e fd ff ff
    add esp, 4                           ; 100534: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100537: 53
    call print                           ; 100538: e8 3d fb ff ff
    add esp, 4                           ; 10053d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100540: 6a 0a
    call putc                            ; 100542: e8 04 fb ff ff
    add esp, 4                           ; 100547: 83 c4 04
    ; test/golden/tail-recursion.ts:112: printU32(effectsBefore(4));
    push 4                               ; 10054a: 6a 04
    call effectsBefore                   ; 10054c: e8 5d fd ff ff
    add esp, 4                           ; 100551: 83 c4 04
    push eax                             ; 100554: 50
    call printU32                        ; 100555: e8 45 fb ff ff
    add esp, 4                           ; 10055a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10055d: 53
    call print                           ; 10055e: e8 17 fb ff ff
    add esp, 4                           ; 100563: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100566: 6a 0a
    call putc                            ; 100568: e8 de fa ff ff
    add esp, 4                           ; 10056d: 83 c4 04
    ; test/golden/tail-recursion.ts:114: printU32(effectsAfter(4));
    push 4                               ; 100570: 6a 04
    call effectsAfter                    ; 100572: e8 71 fd ff ff
    add esp, 4                           ; 100577: 83 c4 04
    push eax                             ; 10057a: 50
    call printU32                        ; 10057b: e8 1f fb ff ff
    add esp, 4                           ; 100580: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100583: 53
    call print                           ; 100584: e8 f1 fa ff ff
    add esp, 4                           ; 100589: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10058c: 6a 0a
    call putc                            ; 10058e: e8 b8 fa ff ff
    add esp, 4                           ; 100593: 83 c4 04
    ; test/golden/tail-recursion.ts:116: printU32(twoOps(7));
    push 7                               ; 100596: 6a 07
    call twoOps                          ; 100598: e8 85 fd ff ff
    add esp, 4                           ; 10059d: 83 c4 04
    push eax                             ; 1005a0: 50
    call printU32                        ; 1005a1: e8 f9 fa ff ff
    add esp, 4                           ; 1005a6: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1005a9: 53
    call print                           ; 1005aa: e8 cb fa ff ff
    add esp, 4                           ; 1005af: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1005b2: 6a 0a
    call putc                            ; 1005b4: e8 92 fa ff ff
    add esp, 4                           ; 1005b9: 83 c4 04
    ; test/golden/tail-recursion.ts:118: onBoundsError(stop);
    mov eax, stop                        ; 1005bc: b8 9f 03 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 1005c1: a3 00 20 10 00
    ; test/golden/tail-recursion.ts:119: printU32(walk(0, 0));
    push 0                               ; 1005c6: 6a 00
    push 0                               ; 1005c8: 6a 00
    call walk                            ; 1005ca: e8 9d fd ff ff
    add esp, 8                           ; 1005cf: 83 c4 08
    push eax                             ; 1005d2: 50
    call printU32                        ; 1005d3: e8 c7 fa ff ff
    add esp, 4                           ; 1005d8: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1005db: 53
    call print                           ; 1005dc: e8 99 fa ff ff
    add esp, 4                           ; 1005e1: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1005e4: 6a 0a
    call putc                            ; 1005e6: e8 60 fa ff ff
    add esp, 4                           ; 1005eb: 83 c4 04
    ; test/golden/tail-recursion.ts:121: exit(1);
    push 1                               ; 1005ee: 6a 01
    call exit                            ; 1005f0: e8 10 fb ff ff
    add esp, 4                           ; 1005f5: 83 c4 04
    ; test/golden/tail-recursion.ts:122: }
    pop ebx                              ; 1005f8: 5b
    ret                                  ; 1005f9: c3

__tskc_init:
    mov dword [table], 8                 ; 1005fa: c7 05 00 30 10 00 08 00 00 00
    ret                                  ; 100604: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1020 - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1048 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1050 - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1054 - ($ - $$) db 0
str_8:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x105c - ($ - $$) db 0
str_9:  ; "test/golden/tail-recursion.ts"
    db 0x1d, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x74, 0x61, 0x69, 0x6c, 0x2d, 0x72, 0x65, 0x63, 0x75, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x2e, 0x74
    db 0x73
    times 0x1080 - ($ - $$) db 0
str_10:  ; "trapped at "
    db 0xb, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x20, 0x61, 0x74, 0x20
    times 0x1090 - ($ - $$) db 0
str_11:  ; ": index "
    db 0x8, 0x0, 0x0, 0x0, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x109c - ($ - $$) db 0
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
