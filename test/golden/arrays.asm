; tskc 0.1.0 listing of test/golden/arrays.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102020, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 40 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 40 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 12 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 5e 02 00 00
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
    mov eax, str_5                       ; 100162: b8 40 10 10 00
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 0d ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100170: 57
    call printU32                        ; 100171: e8 40 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100179: b8 60 10 10 00
    push eax                             ; 10017e: 50
    call print                           ; 10017f: e8 f6 fe ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100187: 56
    call printU32                        ; 100188: e8 29 ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100190: b8 80 10 10 00
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 df fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019e: ff 74 24 10
    call print                           ; 1001a2: e8 d3 fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001aa: b8 88 10 10 00
    push eax                             ; 1001af: 50
    call print                           ; 1001b0: e8 c5 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b8: 53
    call printU32                        ; 1001b9: e8 f8 fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001c1: b8 90 10 10 00
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
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebx                             ; 1001dd: 53
    mov ebx, [esp+8]                     ; 1001de: 8b 5c 24 08
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [ebx-4]                     ; 1001e2: 8b 53 fc
    xor eax, eax                         ; 1001e5: 31 c0
    xor ecx, ecx                         ; 1001e7: 31 c9
    cmp ecx, edx                         ; 1001e9: 39 d1
    jae short .L4                        ; 1001eb: 73 0a
.L2:
    add eax, [ebx+ecx*4]                 ; 1001ed: 03 04 8b
    add ecx, 1                           ; 1001f0: 83 c1 01
    cmp ecx, edx                         ; 1001f3: 39 d1
    jb short .L2                         ; 1001f5: 72 f6
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop ebx                              ; 1001f7: 5b
    ret                                  ; 1001f8: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    mov edx, [esp+4]                     ; 1001f9: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001fd: 8b 4c 24 08
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [edx-4]                     ; 100201: 8b 42 fc
    cmp ecx, eax                         ; 100204: 39 c1
    jae short .L3                        ; 100206: 73 05
    movzx eax, byte [edx+ecx]            ; 100208: 0f b6 04 0a
    ret                                  ; 10020c: c3
.L3:
    push eax                             ; 10020d: 50
    push ecx                             ; 10020e: 51
    push 0x13                            ; 10020f: 6a 13
    push str_11                          ; 100211: 68 94 10 10 00
    call boundsTrap                      ; 100216: e8 14 ff ff ff

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10021b: 53
    push esi                             ; 10021c: 56
    push edi                             ; 10021d: 57
    mov ebx, [esp+0x14]                  ; 10021e: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100222: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100226: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 10022a: b8 b0 10 10 00
    push eax                             ; 10022f: 50
    call print                           ; 100230: e8 45 fe ff ff
    add esp, 4                           ; 100235: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 100238: 57
    call printU32                        ; 100239: e8 78 fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100241: b8 c0 10 10 00
    push eax                             ; 100246: 50
    call print                           ; 100247: e8 2e fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 10024f: 56
    call printU32                        ; 100250: e8 61 fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100258: b8 80 10 10 00
    push eax                             ; 10025d: 50
    call print                           ; 10025e: e8 17 fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 100266: ff 74 24 10
    call print                           ; 10026a: e8 0b fe ff ff
    add esp, 4                           ; 10026f: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 100272: b8 88 10 10 00
    push eax                             ; 100277: 50
    call print                           ; 100278: e8 fd fd ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 100280: 53
    call printU32                        ; 100281: e8 30 fe ff ff
    add esp, 4                           ; 100286: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 100289: b8 90 10 10 00
    push eax                             ; 10028e: 50
    call println                         ; 10028f: e8 0a fe ff ff
    add esp, 4                           ; 100294: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 100297: 6a 03
    call exit                            ; 100299: e8 7d fe ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002a1: 5f
    pop esi                              ; 1002a2: 5e
    pop ebx                              ; 1002a3: 5b
    ret                                  ; 1002a4: c3

main:
    push ebx                             ; 1002a5: 53
    push esi                             ; 1002a6: 56
    push edi                             ; 1002a7: 57
    xor eax, eax                         ; 1002a8: 31 c0
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    cmp eax, 0xa                         ; 1002aa: 83 f8 0a
    jge short .L4                        ; 1002ad: 7d 14
.L7:
    mov ecx, eax                         ; 1002af: 89 c1
    imul ecx, eax                        ; 1002b1: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002b4: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002bb: 83 c0 01
    cmp eax, 0xa                         ; 1002be: 83 f8 0a
    jl short .L7                         ; 1002c1: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002c3: b8 cc 10 10 00
    push eax                             ; 1002c8: 50
    call print                           ; 1002c9: e8 ac fd ff ff
    add esp, 4                           ; 1002ce: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 1002d1: b8 04 30 10 00
    push eax                             ; 1002d6: 50
    call sum                             ; 1002d7: e8 01 ff ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    push eax                             ; 1002df: 50
    call printU32                        ; 1002e0: e8 d1 fd ff ff
    add esp, 4                           ; 1002e5: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov esi, str_9                       ; 1002e8: be 90 10 10 00
    push esi                             ; 1002ed: 56
    call println                         ; 1002ee: e8 ab fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 1002f6: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 1002ff: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100308: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 10030f: 8d 40 01
    movsx eax, ax                        ; 100312: 0f bf c0
    mov [words+10], ax                   ; 100315: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 10031b: 0f bf 05 30 30 10 00
    push eax                             ; 100322: 50
    call printI32                        ; 100323: e8 c8 fd ff ff
    add esp, 4                           ; 100328: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov edi, str_15                      ; 10032b: bf e0 10 10 00
    push edi                             ; 100330: 57
    call print                           ; 100331: e8 44 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100339: 0f bf 05 36 30 10 00
    push eax                             ; 100340: 50
    call printI32                        ; 100341: e8 aa fd ff ff
    add esp, 4                           ; 100346: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    push esi                             ; 100349: 56
    call println                         ; 10034a: e8 4f fd ff ff
    add esp, 4                           ; 10034f: 83 c4 04
    xor ebx, ebx                         ; 100352: 31 db
    xor eax, eax                         ; 100354: 31 c0
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    cmp eax, 6                           ; 100356: 83 f8 06
    jae short .L13                       ; 100359: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 10035b: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 100362: 01 cb
    add eax, 1                           ; 100364: 83 c0 01
    cmp eax, 6                           ; 100367: 83 f8 06
    jb short .L11                        ; 10036a: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 10036c: b8 e8 10 10 00
    push eax                             ; 100371: 50
    call print                           ; 100372: e8 03 fd ff ff
    add esp, 4                           ; 100377: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 10037a: 6a 06
    call printI32                        ; 10037c: e8 6f fd ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 100384: b8 f4 10 10 00
    push eax                             ; 100389: 50
    call print                           ; 10038a: e8 eb fc ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 100392: 53
    call printU32                        ; 100393: e8 1e fd ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    push esi                             ; 10039b: 56
    call println                         ; 10039c: e8 fd fc ff ff
    add esp, 4                           ; 1003a1: 83 c4 04
    xor ebx, ebx                         ; 1003a4: 31 db
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    cmp ebx, 3                           ; 1003a6: 83 fb 03
    jae short .L18                       ; 1003a9: 73 21
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003ab: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003b2: 50
    call print                           ; 1003b3: e8 c2 fc ff ff
    add esp, 4                           ; 1003b8: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push edi                             ; 1003bb: 57
    call print                           ; 1003bc: e8 b9 fc ff ff
    add esp, 4                           ; 1003c1: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003c4: 83 c3 01
    cmp ebx, 3                           ; 1003c7: 83 fb 03
    jb short .L16                        ; 1003ca: 72 df
.L18:
    ; test/golden/arrays.ts:61: println("");
    push esi                             ; 1003cc: 56
    call println                         ; 1003cd: e8 cc fc ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 1003d5: b8 00 11 10 00
    push eax                             ; 1003da: 50
    call print                           ; 1003db: e8 9a fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 1003e3: 0f b6 05 0d 20 10 00
    push eax                             ; 1003ea: 50
    call printU32                        ; 1003eb: e8 c6 fc ff ff
    add esp, 4                           ; 1003f0: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    push esi                             ; 1003f3: 56
    call println                         ; 1003f4: e8 a5 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 1003fc: b8 1b 02 10 00
    push eax                             ; 100401: 50
    call onBoundsError                   ; 100402: e8 1e fd ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 10040a: bb 08 20 10 00
    push 5                               ; 10040f: 6a 05
    push ebx                             ; 100411: 53
    call pick                            ; 100412: e8 e2 fd ff ff
    add esp, 8                           ; 100417: 83 c4 08
    push eax                             ; 10041a: 50
    call printU32                        ; 10041b: e8 96 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    push esi                             ; 100423: 56
    call println                         ; 100424: e8 75 fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push 6                               ; 10042c: 6a 06
    push ebx                             ; 10042e: 53
    call pick                            ; 10042f: e8 c5 fd ff ff
    add esp, 8                           ; 100434: 83 c4 08
    push eax                             ; 100437: 50
    call printU32                        ; 100438: e8 79 fc ff ff
    add esp, 4                           ; 10043d: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100440: b8 10 11 10 00
    push eax                             ; 100445: 50
    call println                         ; 100446: e8 53 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 10044e: 5f
    pop esi                              ; 10044f: 5e
    pop ebx                              ; 100450: 5b
    ret                                  ; 100451: c3

__tskc_init:
    mov dword [squares], 0xa             ; 100452: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 10045c: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 100466: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "hello"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x65, 0x6c, 0x6c, 0x6f
    times 0x100c - ($ - $$) db 0
str_1:  ; "bonjour"
    db 0x7, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x6e, 0x6a, 0x6f, 0x75, 0x72
    times 0x1018 - ($ - $$) db 0
str_2:  ; "hallo"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x61, 0x6c, 0x6c, 0x6f
    times 0x1024 - ($ - $$) db 0
str_3:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x1040 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1060 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1080 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1088 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1090 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1094 - ($ - $$) db 0
str_11:  ; "test/golden/arrays.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x10b0 - ($ - $$) db 0
str_12:  ; "trap: index "
    db 0xc, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10c0 - ($ - $$) db 0
str_13:  ; " length "
    db 0x8, 0x0, 0x0, 0x0, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10cc - ($ - $$) db 0
str_14:  ; "sum of squares "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6d, 0x20, 0x6f, 0x66, 0x20, 0x73, 0x71, 0x75, 0x61, 0x72
    db 0x65, 0x73, 0x20
    times 0x10e0 - ($ - $$) db 0
str_15:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10e8 - ($ - $$) db 0
str_16:  ; "primes "
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x72, 0x69, 0x6d, 0x65, 0x73, 0x20
    times 0x10f4 - ($ - $$) db 0
str_17:  ; " sum "
    db 0x5, 0x0, 0x0, 0x0, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1100 - ($ - $$) db 0
str_18:  ; "unchecked "
    db 0xa, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x63, 0x68, 0x65, 0x63, 0x6b, 0x65, 0x64, 0x20
    times 0x1110 - ($ - $$) db 0
str_19:  ; "not reached"
    db 0xb, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x72, 0x65, 0x61, 0x63, 0x68, 0x65, 0x64

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds
    times 0x2004 - ($ - $$) db 0
primes:  ; StaticArray<u8>(6)
    db 0x6, 0x0, 0x0, 0x0, 0x2, 0x3, 0x5, 0x7, 0xb, 0xd
    times 0x2010 - ($ - $$) db 0
greetings:  ; StaticArray<string>(3)
    db 0x3, 0x0, 0x0, 0x0
    dd str_0
    dd str_1
    dd str_2

    times 0x2020 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107040
squares equ 0x103000  ; StaticArray<u32>(10), 44 bytes
words equ 0x10302c  ; StaticArray<i16>(4), 12 bytes
__stack equ 0x103040  ; boot stack, 16384 bytes
