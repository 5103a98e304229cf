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
    call __tskc_init                     ; 10003b: e8 6f 05 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 0b 04 00 00
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
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000f4: 85 c0
    jge short .L2                        ; 1000f6: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f8: 53
    mov ebx, eax                         ; 1000f9: 89 c3
    push 0x2d                            ; 1000fb: 6a 2d
    call putc                            ; 1000fd: e8 49 ff ff ff
    add esp, 4                           ; 100102: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100105: f7 db
    push ebx                             ; 100107: 53
    call printU32                        ; 100108: e8 a9 ff ff ff
    add esp, 4                           ; 10010d: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100110: 5b
    ret                                  ; 100111: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 100112: 50
    call printU32                        ; 100113: e8 9e ff ff ff
    add esp, 4                           ; 100118: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 10011b: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011c: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100120: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100122: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100123: f4
    jmp short .L2                        ; 100124: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100126: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10012a: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 10012f: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100130: 53
    push esi                             ; 100131: 56
    mov esi, [esp+0xc]                   ; 100132: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100136: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10013a: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10013e: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100142: a1 00 20 10 00
    push ecx                             ; 100147: 51
    push edx                             ; 100148: 52
    push ebx                             ; 100149: 53
    push esi                             ; 10014a: 56
    call eax                             ; 10014b: ff d0
    add esp, 0x10                        ; 10014d: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100150: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100151: f4
    jmp short .L2                        ; 100152: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100154: 53
    push esi                             ; 100155: 56
    push edi                             ; 100156: 57
    mov ebx, [esp+0x14]                  ; 100157: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10015b: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10015f: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100163: b8 1c 10 10 00
    push eax                             ; 100168: 50
    call print                           ; 100169: e8 0c ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100171: 57
    call printU32                        ; 100172: e8 3f ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10017a: b8 3c 10 10 00
    push eax                             ; 10017f: 50
    call print                           ; 100180: e8 f5 fe ff ff
    add esp, 4                           ; 100185: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100188: 56
    call printU32                        ; 100189: e8 28 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100191: b8 5c 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 de fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019f: ff 74 24 10
    call print                           ; 1001a3: e8 d2 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 1001ab: b8 64 10 10 00
    push eax                             ; 1001b0: 50
    call print                           ; 1001b1: e8 c4 fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b9: 53
    call printU32                        ; 1001ba: e8 f7 fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 1001c2: b8 6c 10 10 00
    push eax                             ; 1001c7: 50
    call println                         ; 1001c8: e8 d1 fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001d0: 6a 65
    call exit                            ; 1001d2: e8 45 ff ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001da: 5f
    pop esi                              ; 1001db: 5e
    pop ebx                              ; 1001dc: 5b
    ret                                  ; 1001dd: c3

sum:
    ; test/golden/tail-recursion.ts:13: function sum(n: u32): u32 {
    mov ecx, [esp+4]                     ; 1001de: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test ecx, ecx                        ; 1001e2: 85 c9
    je short .L4                         ; 1001e4: 74 12
    xor edx, edx                         ; 1001e6: 31 d2
.L2:
    ; test/golden/tail-recursion.ts:15: return n + sum(n - 1);
    lea eax, [ecx-1]                     ; 1001e8: 8d 41 ff
    add edx, ecx                         ; 1001eb: 01 ca
    ; test/golden/tail-recursion.ts:14: if (n == 0) return 0;
    test eax, eax                        ; 1001ed: 85 c0
    je short .L1                         ; 1001ef: 74 04
    mov ecx, eax                         ; 1001f1: 89 c1
    jmp short .L2                        ; 1001f3: eb f3
.L1:
    lea eax, [edx]                       ; 1001f5: 8d 02
    ret                                  ; 1001f7: c3
.L4:
    xor eax, eax                         ; 1001f8: 31 c0
    ret                                  ; 1001fa: c3

fib:
    ; test/golden/tail-recursion.ts:19: function fib(n: u32): u32 {
    mov eax, [esp+4]                     ; 1001fb: 8b 44 24 04
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp eax, 2                           ; 1001ff: 83 f8 02
    jb short .L4                         ; 100202: 72 22
    ; test/golden/tail-recursion.ts:19: function fib(n: u32): u32 {
    push ebx                             ; 100204: 53
    push esi                             ; 100205: 56
    mov ebx, eax                         ; 100206: 89 c3
    xor esi, esi                         ; 100208: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:21: return fib(n - 1) + fib(n - 2);
    lea eax, [ebx-1]                     ; 10020a: 8d 43 ff
    push eax                             ; 10020d: 50
    call fib                             ; 10020e: e8 e8 ff ff ff
    add esp, 4                           ; 100213: 83 c4 04
    sub ebx, 2                           ; 100216: 83 eb 02
    add esi, eax                         ; 100219: 01 c6
    ; test/golden/tail-recursion.ts:20: if (n < 2) return n;
    cmp ebx, 2                           ; 10021b: 83 fb 02
    jae short .L2                        ; 10021e: 73 ea
    lea eax, [esi+ebx]                   ; 100220: 8d 04 1e
    pop esi                              ; 100223: 5e
    pop ebx                              ; 100224: 5b
    ret                                  ; 100225: c3
.L4:
    ret                                  ; 100226: c3

factorial:
    ; test/golden/tail-recursion.ts:25: function factorial(n: i32): i32 {
    mov ecx, [esp+4]                     ; 100227: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:26: return n <= 1 ? 1 : n * factorial(n - 1);
    cmp ecx, 1                           ; 10022b: 83 f9 01
    jle short .L5                        ; 10022e: 7e 18
    mov edx, 1                           ; 100230: ba 01 00 00 00
.L2:
    lea eax, [ecx-1]                     ; 100235: 8d 41 ff
    imul edx, ecx                        ; 100238: 0f af d1
    cmp eax, 1                           ; 10023b: 83 f8 01
    jle short .L3                        ; 10023e: 7e 04
    mov ecx, eax                         ; 100240: 89 c1
    jmp short .L2                        ; 100242: eb f1
.L3:
    imul eax, edx, 1                     ; 100244: 6b c2 01
    ret                                  ; 100247: c3
.L5:
    mov eax, 1                           ; 100248: b8 01 00 00 00
    ret                                  ; 10024d: c3

parity:
    ; test/golden/tail-recursion.ts:30: function parity(x: u32, n: u32): u32 {
    mov edx, [esp+4]                     ; 10024e: 8b 54 24 04
    mov ecx, [esp+8]                     ; 100252: 8b 4c 24 08
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ecx, ecx                        ; 100256: 85 c9
    je short .L4                         ; 100258: 74 1e
    xor eax, eax                         ; 10025a: 31 c0
    ; test/golden/tail-recursion.ts:32: return parity(x >> 1, n - 1) ^ (x & 1);
    push ebx                             ; 10025c: 53
    mov ebx, ecx                         ; 10025d: 89 cb
.L2:
    mov ecx, edx                         ; 10025f: 89 d1
    shr ecx, 1                           ; 100261: d1 e9
    sub ebx, 1                           ; 100263: 83 eb 01
    and edx, 1                           ; 100266: 83 e2 01
    xor eax, edx                         ; 100269: 31 d0
    ; test/golden/tail-recursion.ts:31: if (n == 0) return 0;
    test ebx, ebx                        ; 10026b: 85 db
    je short .L1                         ; 10026d: 74 04
    mov edx, ecx                         ; 10026f: 89 ca
    jmp short .L2                        ; 100271: eb ec
.L1:
    xor eax, 0                           ; 100273: 83 f0 00
    pop ebx                              ; 100276: 5b
    ret                                  ; 100277: c3
.L4:
    xor eax, eax                         ; 100278: 31 c0
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
    mov eax, [esp+4]                     ; 100299: 8b 44 24 04
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test eax, eax                        ; 10029d: 85 c0
    jbe short .L4                        ; 10029f: 76 23
    ; test/golden/tail-recursion.ts:44: printU32(n);
    push ebx                             ; 1002a1: 53
    mov ebx, eax                         ; 1002a2: 89 c3
.L1:
    push ebx                             ; 1002a4: 53
    call printU32                        ; 1002a5: e8 0c fe ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    ; test/golden/tail-recursion.ts:45: print(" ");
    mov eax, str_8                       ; 1002ad: b8 70 10 10 00
    push eax                             ; 1002b2: 50
    call print                           ; 1002b3: e8 c2 fd ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    ; test/golden/tail-recursion.ts:46: countdown(n - 1);
    sub ebx, 1                           ; 1002bb: 83 eb 01
    ; test/golden/tail-recursion.ts:43: if (n > 0) {
    test ebx, ebx                        ; 1002be: 85 db
    ja short .L1                         ; 1002c0: 77 e2
    ; test/golden/tail-recursion.ts:48: }
    pop ebx                              ; 1002c2: 5b
    ret                                  ; 1002c3: c3
.L4:
    ret                                  ; 1002c4: c3

effectsBefore:
    ; test/golden/tail-recursion.ts:51: function effectsBefore(n: u32): u32 {
    mov eax, [esp+4]                     ; 1002c5: 8b 44 24 04
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test eax, eax                        ; 1002c9: 85 c0
    je short .L4                         ; 1002cb: 74 2f
    ; test/golden/tail-recursion.ts:51: function effectsBefore(n: u32): u32 {
    push ebx                             ; 1002cd: 53
    push esi                             ; 1002ce: 56
    mov ebx, eax                         ; 1002cf: 89 c3
    xor esi, esi                         ; 1002d1: 31 f6
.L2:
    ; test/golden/tail-recursion.ts:53: printU32(n);
    push ebx                             ; 1002d3: 53
    call printU32                        ; 1002d4: e8 dd fd ff ff
    add esp, 4                           ; 1002d9: 83 c4 04
    ; test/golden/tail-recursion.ts:54: print(" ");
    mov eax, str_8                       ; 1002dc: b8 70 10 10 00
    push eax                             ; 1002e1: 50
    call print                           ; 1002e2: e8 93 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/tail-recursion.ts:55: return n + effectsBefore(n - 1);
    lea eax, [ebx-1]                     ; 1002ea: 8d 43 ff
    add esi, ebx                         ; 1002ed: 01 de
    ; test/golden/tail-recursion.ts:52: if (n == 0) return 0;
    test eax, eax                        ; 1002ef: 85 c0
    je short .L1                         ; 1002f1: 74 04
    mov ebx, eax                         ; 1002f3: 89 c3
    jmp short .L2                        ; 1002f5: eb dc
.L1:
    lea eax, [esi]                       ; 1002f7: 8d 06
    pop esi                              ; 1002f9: 5e
    pop ebx                              ; 1002fa: 5b
    ret                                  ; 1002fb: c3
.L4:
    xor eax, eax                         ; 1002fc: 31 c0
    ret                                  ; 1002fe: c3

noisy:
    ; test/golden/tail-recursion.ts:58: function noisy(n: u32): u32 {
    push ebx                             ; 1002ff: 53
    mov ebx, [esp+8]                     ; 100300: 8b 5c 24 08
    ; test/golden/tail-recursion.ts:59: printU32(n);
    push ebx                             ; 100304: 53
    call printU32                        ; 100305: e8 ac fd ff ff
    add esp, 4                           ; 10030a: 83 c4 04
    ; test/golden/tail-recursion.ts:60: print(" ");
    mov eax, str_8                       ; 10030d: b8 70 10 10 00
    push eax                             ; 100312: 50
    call print                           ; 100313: e8 62 fd ff ff
    add esp, 4                           ; 100318: 83 c4 04
    ; test/golden/tail-recursion.ts:61: return n;
    mov eax, ebx                         ; 10031b: 89 d8
    pop ebx                              ; 10031d: 5b
    ret                                  ; 10031e: c3

effectsAfter:
    ; test/golden/tail-recursion.ts:65: function effectsAfter(n: u32): u32 {
    mov eax, [esp+4]                     ; 10031f: 8b 44 24 04
    ; test/golden/tail-recursion.ts:66: if (n == 0) return 0;
    test eax, eax                        ; 100323: 85 c0
    jne short .Lprologue                 ; 100325: 75 03
    xor eax, eax                         ; 100327: 31 c0
    ret                                  ; 100329: c3
.Lprologue:
    ; test/golden/tail-recursion.ts:67: return effectsAfter(n - 1) + noisy(n);
    push ebx                             ; 10032a: 53
    push esi                             ; 10032b: 56
    mov esi, eax                         ; 10032c: 89 c6
    lea eax, [esi-1]                     ; 10032e: 8d 46 ff
    push eax                             ; 100331: 50
    call effectsAfter                    ; 100332: e8 e8 ff ff ff
    add esp, 4                           ; 100337: 83 c4 04
    mov ebx, eax                         ; 10033a: 89 c3
    push esi                             ; 10033c: 56
    call noisy                           ; 10033d: e8 bd ff ff ff
    add esp, 4                           ; 100342: 83 c4 04
    lea eax, [ebx+eax]                   ; 100345: 8d 04 03
    pop esi                              ; 100348: 5e
    pop ebx                              ; 100349: 5b
    ret                                  ; 10034a: c3

twoOps:
    ; test/golden/tail-recursion.ts:71: function twoOps(n: u32): u32 {
    mov eax, [esp+4]                     ; 10034b: 8b 44 24 04
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test eax, eax                        ; 10034f: 85 c0
    je short .L8                         ; 100351: 74 3c
    ; test/golden/tail-recursion.ts:71: function twoOps(n: u32): u32 {
    push ebx                             ; 100353: 53
    push esi                             ; 100354: 56
    mov ebx, eax                         ; 100355: 89 c3
    xor esi, esi                         ; 100357: 31 f6
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 100359: f7 c3 01 00 00 00
    jne short .L6                        ; 10035f: 75 13
.L5:
    lea eax, [ebx-1]                     ; 100361: 8d 43 ff
    add esi, ebx                         ; 100364: 01 de
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    test eax, eax                        ; 100366: 85 c0
    je short .L1                         ; 100368: 74 1f
    mov ebx, eax                         ; 10036a: 89 c3
    ; test/golden/tail-recursion.ts:73: if ((n & 1) == 0) return n + twoOps(n - 1);
    test ebx, 1                          ; 10036c: f7 c3 01 00 00 00
    je short .L5                         ; 100372: 74 ed
.L6:
    ; test/golden/tail-recursion.ts:74: return n * twoOps(n - 1);
    lea eax, [ebx-1]                     ; 100374: 8d 43 ff
    push eax                             ; 100377: 50
    call twoOps                          ; 100378: e8 ce ff ff ff
    add esp, 4                           ; 10037d: 83 c4 04
    imul ebx, eax                        ; 100380: 0f af d8
    lea eax, [esi+ebx]                   ; 100383: 8d 04 1e
    pop esi                              ; 100386: 5e
    pop ebx                              ; 100387: 5b
    ret                                  ; 100388: c3
.L1:
    ; test/golden/tail-recursion.ts:72: if (n == 0) return 1;
    lea eax, [esi+1]                     ; 100389: 8d 46 01
    pop esi                              ; 10038c: 5e
    pop ebx                              ; 10038d: 5b
    ret                                  ; 10038e: c3
.L8:
    mov eax, 1                           ; 10038f: b8 01 00 00 00
    ret                                  ; 100394: c3

walk:
    ; test/golden/tail-recursion.ts:80: function walk(i: i32, acc: u32): u32 {
    mov ecx, [esp+4]                     ; 100395: 8b 4c 24 04
    ; test/golden/tail-recursion.ts:81: return walk(i + 1, acc + table[i]);
    lea eax, [ecx+1]                     ; 100399: 8d 41 01
    cmp ecx, 8                           ; 10039c: 83 f9 08
    jae short .L1                        ; 10039f: 73 14
    lea ecx, [eax+1]                     ; 1003a1: 8d 48 01
    cmp eax, 8                           ; 1003a4: 83 f8 08
    jae short .L6                        ; 1003a7: 73 0a
.L7:
    mov eax, ecx                         ; 1003a9: 89 c8
    lea ecx, [eax+1]                     ; 1003ab: 8d 48 01
    cmp eax, 8                           ; 1003ae: 83 f8 08
    jb short .L7                         ; 1003b1: 72 f6
.L6:
    mov ecx, eax                         ; 1003b3: 89 c1
.L1:
    mov eax, str_9                       ; 1003b5: b8 78 10 10 00
    push 8                               ; 1003ba: 6a 08
    push ecx                             ; 1003bc: 51
    push 0x51                            ; 1003bd: 6a 51
    push eax                             ; 1003bf: 50
    call boundsTrap                      ; 1003c0: e8 6b fd ff ff
    add esp, 0x10                        ; 1003c5: 83 c4 10

stop:
    ; test/golden/tail-recursion.ts:84: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c8: 53
    push esi                             ; 1003c9: 56
    push edi                             ; 1003ca: 57
    mov edi, [esp+0x14]                  ; 1003cb: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1003cf: 8b 74 24 18
    mov ebx, [esp+0x1c]                  ; 1003d3: 8b 5c 24 1c
    ; test/golden/tail-recursion.ts:85: print("trapped at ");
    mov eax, str_10                      ; 1003d7: b8 9c 10 10 00
    push eax                             ; 1003dc: 50
    call print                           ; 1003dd: e8 98 fc ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    ; test/golden/tail-recursion.ts:86: print(file);
    push dword [esp+0x10]                ; 1003e5: ff 74 24 10
    call print                           ; 1003e9: e8 8c fc ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; test/golden/tail-recursion.ts:87: print(":");
    mov eax, str_5                       ; 1003f1: b8 64 10 10 00
    push eax                             ; 1003f6: 50
    call print                           ; 1003f7: e8 7e fc ff ff
    add esp, 4                           ; 1003fc: 83 c4 04
    ; test/golden/tail-recursion.ts:88: printU32(line);
    push edi                             ; 1003ff: 57
    call printU32                        ; 100400: e8 b1 fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; test/golden/tail-recursion.ts:89: print(": index ");
    mov eax, str_11                      ; 100408: b8 ac 10 10 00
    push eax                             ; 10040d: 50
    call print                           ; 10040e: e8 67 fc ff ff
    add esp, 4                           ; 100413: 83 c4 04
    ; test/golden/tail-recursion.ts:90: printU32(index);
    push esi                             ; 100416: 56
    call printU32                        ; 100417: e8 9a fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; test/golden/tail-recursion.ts:91: print(" of ");
    mov eax, str_12                      ; 10041f: b8 b8 10 10 00
    push eax                             ; 100424: 50
    call print                           ; 100425: e8 50 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; test/golden/tail-recursion.ts:92: printU32(length);
    push ebx                             ; 10042d: 53
    call printU32                        ; 10042e: e8 83 fc ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; test/golden/tail-recursion.ts:93: println("");
    mov eax, str_6                       ; 100436: b8 6c 10 10 00
    push eax                             ; 10043b: 50
    call println                         ; 10043c: e8 5d fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; test/golden/tail-recursion.ts:94: exit(0);
    push 0                               ; 100444: 6a 00
    call exit                            ; 100446: e8 d1 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; test/golden/tail-recursion.ts:95: }
    pop edi                              ; 10044e: 5f
    pop esi                              ; 10044f: 5e
    pop ebx                              ; 100450: 5b
    ret                                  ; 100451: c3

main:
    ; test/golden/tail-recursion.ts:98: printU32(sum(1000000)); // 500000500000 mod 2^32
    push ebx                             ; 100452: 53
    push 0xf4240                         ; 100453: 68 40 42 0f 00
    call sum                             ; 100458: e8 81 fd ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    push eax                             ; 100460: 50
    call printU32                        ; 100461: e8 50 fc ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; test/golden/tail-recursion.ts:99: println("");
    mov ebx, str_6                       ; 100469: bb 6c 10 10 00
    push ebx                             ; 10046e: 53
    call println                         ; 10046f: e8 2a fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; test/golden/tail-recursion.ts:100: printU32(fib(24));
    push 0x18                            ; 100477: 6a 18
    call fib                             ; 100479: e8 7d fd ff ff
    add esp, 4                           ; 10047e: 83 c4 04
    push eax                             ; 100481: 50
    call printU32                        ; 100482: e8 2f fc ff ff
    add esp, 4                           ; 100487: 83 c4 04
    ; test/golden/tail-recursion.ts:101: println("");
    push ebx                             ; 10048a: 53
    call println                         ; 10048b: e8 0e fc ff ff
    add esp, 4                           ; 100490: 83 c4 04
    ; test/golden/tail-recursion.ts:102: printI32(factorial(13)); // 6227020800 wraps to 1932053504
    push 0xd                             ; 100493: 6a 0d
    call factorial                       ; 100495: e8 8d fd ff ff
    add esp, 4                           ; 10049a: 83 c4 04
    push eax                             ; 10049d: 50
    call printI32                        ; 10049e: e8 4d fc ff ff
    add esp, 4                           ; 1004a3: 83 c4 04
    ; test/golden/tail-recursion.ts:103: println("");
    push ebx                             ; 1004a6: 53
    call println                         ; 1004a7: e8 f2 fb ff ff
    add esp, 4                           ; 1004ac: 83 c4 04
    ; test/golden/tail-recursion.ts:104: printI32(factorial(17)); // wraps negative
    push 0x11                            ; 1004af: 6a 11
    call factorial                       ; 1004b1: e8 71 fd ff ff
    add esp, 4                           ; 1004b6: 83 c4 04
    push eax                             ; 1004b9: 50
    call printI32                        ; 1004ba: e8 31 fc ff ff
    add esp, 4                           ; 1004bf: 83 c4 04
    ; test/golden/tail-recursion.ts:105: println("");
    push ebx                             ; 1004c2: 53
    call println                         ; 1004c3: e8 d6 fb ff ff
    add esp, 4                           ; 1004c8: 83 c4 04
    ; test/golden/tail-recursion.ts:106: printU32(parity(0xdeadbeee, 32));
    push 0x20                            ; 1004cb: 6a 20
    push 0xdeadbeee                      ; 1004cd: 68 ee be ad de
    call parity                          ; 1004d2: e8 77 fd ff ff
    add esp, 8                           ; 1004d7: 83 c4 08
    push eax                             ; 1004da: 50
    call printU32                        ; 1004db: e8 d6 fb ff ff
    add esp, 4                           ; 1004e0: 83 c4 04
    ; test/golden/tail-recursion.ts:107: println("");
    push ebx                             ; 1004e3: 53
    call println                         ; 1004e4: e8 b5 fb ff ff
    add esp, 4                           ; 1004e9: 83 c4 04
    ; test/golden/tail-recursion.ts:108: printU32(gcd(1071, 462));
    push 0x1ce                           ; 1004ec: 68 ce 01 00 00
    push 0x42f                           ; 1004f1: 68 2f 04 00 00
    call gcd                             ; 1004f6: e8 80 fd ff ff
    add esp, 8                           ; 1004fb: 83 c4 08
    push eax                             ; 1004fe: 50
    call printU32                        ; 1004ff: e8 b2 fb ff ff
    add esp, 4                           ; 100504: 83 c4 04
    ; test/golden/tail-recursion.ts:109: println("");
    push ebx                             ; 100507: 53
    call println                         ; 100508: e8 91 fb ff ff
    add esp, 4                           ; 10050d: 83 c4 04
    ; test/golden/tail-recursion.ts:110: countdown(5);
    push 5                               ; 100510: 6a 05
    call countdown                       ; 100512: e8 82 fd ff ff
    add esp, 4                           ; 100517: 83 c4 04
    ; test/golden/tail-recursion.ts:111: println("");
    push ebx                             ; 10051a: 53
    call println                         ; 10051b: e8 7e fb ff ff
    add esp, 4                           ; 100520: 83 c4 04
    ; test/golden/tail-recursion.ts:112: printU32(effectsBefore(4));
    push 4                               ; 100523: 6a 04
    call effectsBefore                   ; 100525: e8 9b fd ff ff
    add esp, 4                           ; 10052a: 83 c4 04
    push eax                             ; 10052d: 50
    call printU32                        ; 10052e: e8 83 fb ff ff
    add esp, 4                           ; 100533: 83 c4 04
    ; test/golden/tail-recursion.ts:113: println("");
    push ebx                             ; 100536: 53
    call println                         ; 100537: e8 62 fb ff ff
    add esp, 4                           ; 10053c: 83 c4 04
    ; test/golden/tail-recursion.ts:114: printU32(effectsAfter(4));
    push 4                               ; 10053f: 6a 04
    call effectsAfter                    ; 100541: e8 d9 fd ff ff
    add esp, 4                           ; 100546: 83 c4 04
    push eax                             ; 100549: 50
    call printU32                        ; 10054a: e8 67 fb ff ff
    add esp, 4                           ; 10054f: 83 c4 04
    ; test/golden/tail-recursion.ts:115: println("");
    push ebx                             ; 100552: 53
    call println                         ; 100553: e8 46 fb ff ff
    add esp, 4                           ; 100558: 83 c4 04
    ; test/golden/tail-recursion.ts:116: printU32(twoOps(7));
    push 7                               ; 10055b: 6a 07
    call twoOps                          ; 10055d: e8 e9 fd ff ff
    add esp, 4                           ; 100562: 83 c4 04
    push eax                             ; 100565: 50
    call printU32                        ; 100566: e8 4b fb ff ff
    add esp, 4                           ; 10056b: 83 c4 04
    ; test/golden/tail-recursion.ts:117: println("");
    push ebx                             ; 10056e: 53
    call println                         ; 10056f: e8 2a fb ff ff
    add esp, 4                           ; 100574: 83 c4 04
    ; test/golden/tail-recursion.ts:118: onBoundsError(stop);
    mov eax, stop                        ; 100577: b8 c8 03 10 00
    push eax                             ; 10057c: 50
    call onBoundsError                   ; 10057d: e8 a4 fb ff ff
    add esp, 4                           ; 100582: 83 c4 04
    ; test/golden/tail-recursion.ts:119: printU32(walk(0, 0));
    push 0                               ; 100585: 6a 00
    push 0                               ; 100587: 6a 00
    call walk                            ; 100589: e8 07 fe ff ff
    add esp, 8                           ; 10058e: 83 c4 08
    push eax                             ; 100591: 50
    call printU32                        ; 100592: e8 1f fb ff ff
    add esp, 4                           ; 100597: 83 c4 04
    ; test/golden/tail-recursion.ts:120: println("");
    push ebx                             ; 10059a: 53
    call println                         ; 10059b: e8 fe fa ff ff
    add esp, 4                           ; 1005a0: 83 c4 04
    ; test/golden/tail-recursion.ts:121: exit(1);
    push 1                               ; 1005a3: 6a 01
    call exit                            ; 1005a5: e8 72 fb ff ff
    add esp, 4                           ; 1005aa: 83 c4 04
    ; test/golden/tail-recursion.ts:122: }
    pop ebx                              ; 1005ad: 5b
    ret                                  ; 1005ae: c3

__tskc_init:
    mov dword [table], 8                 ; 1005af: c7 05 00 30 10 00 08 00 00 00
    ret                                  ; 1005b9: c3

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
