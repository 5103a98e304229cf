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
    call __tskc_init                     ; 10003b: e8 16 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 62 02 00 00
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
    push edi                             ; 10007c: 57
    mov edi, [esp+0x10]                  ; 10007d: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 100081: 8b 37
    xor ebx, ebx                         ; 100083: 31 db
    cmp ebx, esi                         ; 100085: 39 f3
    jge short .L4                        ; 100087: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100089: 0f b6 44 1f 04
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add ebx, 1                           ; 100097: 83 c3 01
    cmp ebx, esi                         ; 10009a: 39 f3
    jl short .L7                         ; 10009c: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 10009e: 5f
    pop esi                              ; 10009f: 5e
    pop ebx                              ; 1000a0: 5b
    ret                                  ; 1000a1: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000a2: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 ce ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000ba: 53
    mov ebx, [esp+8]                     ; 1000bb: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bf: 83 fb 0a
    jb short .L2                         ; 1000c2: 72 14
    mov ecx, 0xa                         ; 1000c4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c9: 89 d8
    xor edx, edx                         ; 1000cb: 31 d2
    div ecx                              ; 1000cd: f7 f1
    push eax                             ; 1000cf: 50
    call printU32                        ; 1000d0: e8 e5 ff ff ff
    add esp, 4                           ; 1000d5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    lea eax, [edx+0x30]                  ; 1000e3: 8d 42 30
    movzx eax, al                        ; 1000e6: 0f b6 c0
    push eax                             ; 1000e9: 50
    call putc                            ; 1000ea: e8 5c ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000f4: 53
    mov ebx, [esp+8]                     ; 1000f5: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f9: 85 db
    jge short .L2                        ; 1000fb: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000fd: 6a 2d
    call putc                            ; 1000ff: e8 47 ff ff ff
    add esp, 4                           ; 100104: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100107: f7 db
    push ebx                             ; 100109: 53
    call printU32                        ; 10010a: e8 ab ff ff ff
    add esp, 4                           ; 10010f: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100112: 5b
    ret                                  ; 100113: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100114: 53
    call printU32                        ; 100115: e8 a0 ff ff ff
    add esp, 4                           ; 10011a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011d: 5b
    ret                                  ; 10011e: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011f: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100123: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100125: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100126: f4
    jmp short .L2                        ; 100127: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100129: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10012d: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 100132: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    mov esi, [esp+0xc]                   ; 100135: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100139: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10013d: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100141: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100145: a1 00 20 10 00
    push ecx                             ; 10014a: 51
    push edx                             ; 10014b: 52
    push ebx                             ; 10014c: 53
    push esi                             ; 10014d: 56
    call eax                             ; 10014e: ff d0
    add esp, 0x10                        ; 100150: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100153: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100154: f4
    jmp short .L2                        ; 100155: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100157: 53
    push esi                             ; 100158: 56
    push edi                             ; 100159: 57
    mov ebx, [esp+0x14]                  ; 10015a: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10015e: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100162: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 100166: b8 40 10 10 00
    push eax                             ; 10016b: 50
    call print                           ; 10016c: e8 09 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100174: 57
    call printU32                        ; 100175: e8 40 ff ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 10017d: b8 60 10 10 00
    push eax                             ; 100182: 50
    call print                           ; 100183: e8 f2 fe ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10018b: 56
    call printU32                        ; 10018c: e8 29 ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100194: b8 80 10 10 00
    push eax                             ; 100199: 50
    call print                           ; 10019a: e8 db fe ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001a2: ff 74 24 10
    call print                           ; 1001a6: e8 cf fe ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001ae: b8 88 10 10 00
    push eax                             ; 1001b3: 50
    call print                           ; 1001b4: e8 c1 fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001bc: 53
    call printU32                        ; 1001bd: e8 f8 fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001c5: b8 90 10 10 00
    push eax                             ; 1001ca: 50
    call println                         ; 1001cb: e8 d2 fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001d3: 6a 65
    call exit                            ; 1001d5: e8 45 ff ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001dd: 5f
    pop esi                              ; 1001de: 5e
    pop ebx                              ; 1001df: 5b
    ret                                  ; 1001e0: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebx                             ; 1001e1: 53
    mov ebx, [esp+8]                     ; 1001e2: 8b 5c 24 08
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [ebx-4]                     ; 1001e6: 8b 53 fc
    xor eax, eax                         ; 1001e9: 31 c0
    xor ecx, ecx                         ; 1001eb: 31 c9
    cmp ecx, edx                         ; 1001ed: 39 d1
    jae short .L4                        ; 1001ef: 73 0a
.L2:
    add eax, [ebx+ecx*4]                 ; 1001f1: 03 04 8b
    add ecx, 1                           ; 1001f4: 83 c1 01
    cmp ecx, edx                         ; 1001f7: 39 d1
    jb short .L2                         ; 1001f9: 72 f6
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop ebx                              ; 1001fb: 5b
    ret                                  ; 1001fc: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    mov edx, [esp+4]                     ; 1001fd: 8b 54 24 04
    mov ecx, [esp+8]                     ; 100201: 8b 4c 24 08
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [edx-4]                     ; 100205: 8b 42 fc
    cmp ecx, eax                         ; 100208: 39 c1
    jae short .L3                        ; 10020a: 73 05
    movzx eax, byte [edx+ecx]            ; 10020c: 0f b6 04 0a
    ret                                  ; 100210: c3
.L3:
    push eax                             ; 100211: 50
    push ecx                             ; 100212: 51
    push 0x13                            ; 100213: 6a 13
    push str_11                          ; 100215: 68 94 10 10 00
    call boundsTrap                      ; 10021a: e8 14 ff ff ff

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10021f: 53
    push esi                             ; 100220: 56
    push edi                             ; 100221: 57
    mov ebx, [esp+0x14]                  ; 100222: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100226: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10022a: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 10022e: b8 b0 10 10 00
    push eax                             ; 100233: 50
    call print                           ; 100234: e8 41 fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 10023c: 57
    call printU32                        ; 10023d: e8 78 fe ff ff
    add esp, 4                           ; 100242: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100245: b8 c0 10 10 00
    push eax                             ; 10024a: 50
    call print                           ; 10024b: e8 2a fe ff ff
    add esp, 4                           ; 100250: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 100253: 56
    call printU32                        ; 100254: e8 61 fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 10025c: b8 80 10 10 00
    push eax                             ; 100261: 50
    call print                           ; 100262: e8 13 fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 10026a: ff 74 24 10
    call print                           ; 10026e: e8 07 fe ff ff
    add esp, 4                           ; 100273: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 100276: b8 88 10 10 00
    push eax                             ; 10027b: 50
    call print                           ; 10027c: e8 f9 fd ff ff
    add esp, 4                           ; 100281: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 100284: 53
    call printU32                        ; 100285: e8 30 fe ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 10028d: b8 90 10 10 00
    push eax                             ; 100292: 50
    call println                         ; 100293: e8 0a fe ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 10029b: 6a 03
    call exit                            ; 10029d: e8 7d fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002a5: 5f
    pop esi                              ; 1002a6: 5e
    pop ebx                              ; 1002a7: 5b
    ret                                  ; 1002a8: c3

main:
    push ebx                             ; 1002a9: 53
    push esi                             ; 1002aa: 56
    push edi                             ; 1002ab: 57
    xor eax, eax                         ; 1002ac: 31 c0
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    cmp eax, 0xa                         ; 1002ae: 83 f8 0a
    jge short .L4                        ; 1002b1: 7d 14
.L7:
    mov ecx, eax                         ; 1002b3: 89 c1
    imul ecx, eax                        ; 1002b5: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002b8: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002bf: 83 c0 01
    cmp eax, 0xa                         ; 1002c2: 83 f8 0a
    jl short .L7                         ; 1002c5: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002c7: b8 cc 10 10 00
    push eax                             ; 1002cc: 50
    call print                           ; 1002cd: e8 a8 fd ff ff
    add esp, 4                           ; 1002d2: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 1002d5: b8 04 30 10 00
    push eax                             ; 1002da: 50
    call sum                             ; 1002db: e8 01 ff ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    push eax                             ; 1002e3: 50
    call printU32                        ; 1002e4: e8 d1 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov esi, str_9                       ; 1002ec: be 90 10 10 00
    push esi                             ; 1002f1: 56
    call println                         ; 1002f2: e8 ab fd ff ff
    add esp, 4                           ; 1002f7: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 1002fa: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100303: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 10030c: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 100313: 8d 40 01
    movsx eax, ax                        ; 100316: 0f bf c0
    mov [words+10], ax                   ; 100319: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 10031f: 0f bf 05 30 30 10 00
    push eax                             ; 100326: 50
    call printI32                        ; 100327: e8 c8 fd ff ff
    add esp, 4                           ; 10032c: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov edi, str_15                      ; 10032f: bf e0 10 10 00
    push edi                             ; 100334: 57
    call print                           ; 100335: e8 40 fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 10033d: 0f bf 05 36 30 10 00
    push eax                             ; 100344: 50
    call printI32                        ; 100345: e8 aa fd ff ff
    add esp, 4                           ; 10034a: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    push esi                             ; 10034d: 56
    call println                         ; 10034e: e8 4f fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    xor ebx, ebx                         ; 100356: 31 db
    xor eax, eax                         ; 100358: 31 c0
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    cmp eax, 6                           ; 10035a: 83 f8 06
    jae short .L13                       ; 10035d: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 10035f: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 100366: 01 cb
    add eax, 1                           ; 100368: 83 c0 01
    cmp eax, 6                           ; 10036b: 83 f8 06
    jb short .L11                        ; 10036e: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 100370: b8 e8 10 10 00
    push eax                             ; 100375: 50
    call print                           ; 100376: e8 ff fc ff ff
    add esp, 4                           ; 10037b: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 10037e: 6a 06
    call printI32                        ; 100380: e8 6f fd ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 100388: b8 f4 10 10 00
    push eax                             ; 10038d: 50
    call print                           ; 10038e: e8 e7 fc ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 100396: 53
    call printU32                        ; 100397: e8 1e fd ff ff
    add esp, 4                           ; 10039c: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    push esi                             ; 10039f: 56
    call println                         ; 1003a0: e8 fd fc ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    xor ebx, ebx                         ; 1003a8: 31 db
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    cmp ebx, 3                           ; 1003aa: 83 fb 03
    jae short .L18                       ; 1003ad: 73 21
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003af: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003b6: 50
    call print                           ; 1003b7: e8 be fc ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push edi                             ; 1003bf: 57
    call print                           ; 1003c0: e8 b5 fc ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003c8: 83 c3 01
    cmp ebx, 3                           ; 1003cb: 83 fb 03
    jb short .L16                        ; 1003ce: 72 df
.L18:
    ; test/golden/arrays.ts:61: println("");
    push esi                             ; 1003d0: 56
    call println                         ; 1003d1: e8 cc fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 1003d9: b8 00 11 10 00
    push eax                             ; 1003de: 50
    call print                           ; 1003df: e8 96 fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 1003e7: 0f b6 05 0d 20 10 00
    push eax                             ; 1003ee: 50
    call printU32                        ; 1003ef: e8 c6 fc ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    push esi                             ; 1003f7: 56
    call println                         ; 1003f8: e8 a5 fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100400: b8 1f 02 10 00
    push eax                             ; 100405: 50
    call onBoundsError                   ; 100406: e8 1e fd ff ff
    add esp, 4                           ; 10040b: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 10040e: bb 08 20 10 00
    push 5                               ; 100413: 6a 05
    push ebx                             ; 100415: 53
    call pick                            ; 100416: e8 e2 fd ff ff
    add esp, 8                           ; 10041b: 83 c4 08
    push eax                             ; 10041e: 50
    call printU32                        ; 10041f: e8 96 fc ff ff
    add esp, 4                           ; 100424: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    push esi                             ; 100427: 56
    call println                         ; 100428: e8 75 fc ff ff
    add esp, 4                           ; 10042d: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push 6                               ; 100430: 6a 06
    push ebx                             ; 100432: 53
    call pick                            ; 100433: e8 c5 fd ff ff
    add esp, 8                           ; 100438: 83 c4 08
    push eax                             ; 10043b: 50
    call printU32                        ; 10043c: e8 79 fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100444: b8 10 11 10 00
    push eax                             ; 100449: 50
    call println                         ; 10044a: e8 53 fc ff ff
    add esp, 4                           ; 10044f: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 100452: 5f
    pop esi                              ; 100453: 5e
    pop ebx                              ; 100454: 5b
    ret                                  ; 100455: c3

__tskc_init:
    mov dword [squares], 0xa             ; 100456: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 100460: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 10046a: c3

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
