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
    call __tskc_init                     ; 10003b: e8 13 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 5f 02 00 00
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
    mov eax, str_5                       ; 100163: b8 40 10 10 00
    push eax                             ; 100168: 50
    call print                           ; 100169: e8 0c ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100171: 57
    call printU32                        ; 100172: e8 3f ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 10017a: b8 60 10 10 00
    push eax                             ; 10017f: 50
    call print                           ; 100180: e8 f5 fe ff ff
    add esp, 4                           ; 100185: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100188: 56
    call printU32                        ; 100189: e8 28 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100191: b8 80 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 de fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019f: ff 74 24 10
    call print                           ; 1001a3: e8 d2 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001ab: b8 88 10 10 00
    push eax                             ; 1001b0: 50
    call print                           ; 1001b1: e8 c4 fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b9: 53
    call printU32                        ; 1001ba: e8 f7 fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001c2: b8 90 10 10 00
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
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebx                             ; 1001de: 53
    mov ebx, [esp+8]                     ; 1001df: 8b 5c 24 08
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [ebx-4]                     ; 1001e3: 8b 53 fc
    xor eax, eax                         ; 1001e6: 31 c0
    xor ecx, ecx                         ; 1001e8: 31 c9
    cmp ecx, edx                         ; 1001ea: 39 d1
    jae short .L4                        ; 1001ec: 73 0a
.L2:
    add eax, [ebx+ecx*4]                 ; 1001ee: 03 04 8b
    add ecx, 1                           ; 1001f1: 83 c1 01
    cmp ecx, edx                         ; 1001f4: 39 d1
    jb short .L2                         ; 1001f6: 72 f6
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop ebx                              ; 1001f8: 5b
    ret                                  ; 1001f9: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    mov edx, [esp+4]                     ; 1001fa: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001fe: 8b 4c 24 08
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [edx-4]                     ; 100202: 8b 42 fc
    cmp ecx, eax                         ; 100205: 39 c1
    jae short .L3                        ; 100207: 73 05
    movzx eax, byte [edx+ecx]            ; 100209: 0f b6 04 0a
    ret                                  ; 10020d: c3
.L3:
    push eax                             ; 10020e: 50
    push ecx                             ; 10020f: 51
    push 0x13                            ; 100210: 6a 13
    push str_11                          ; 100212: 68 94 10 10 00
    call boundsTrap                      ; 100217: e8 14 ff ff ff

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10021c: 53
    push esi                             ; 10021d: 56
    push edi                             ; 10021e: 57
    mov ebx, [esp+0x14]                  ; 10021f: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100223: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100227: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 10022b: b8 b0 10 10 00
    push eax                             ; 100230: 50
    call print                           ; 100231: e8 44 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 100239: 57
    call printU32                        ; 10023a: e8 77 fe ff ff
    add esp, 4                           ; 10023f: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100242: b8 c0 10 10 00
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 2d fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 100250: 56
    call printU32                        ; 100251: e8 60 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100259: b8 80 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 16 fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 100267: ff 74 24 10
    call print                           ; 10026b: e8 0a fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 100273: b8 88 10 10 00
    push eax                             ; 100278: 50
    call print                           ; 100279: e8 fc fd ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 100281: 53
    call printU32                        ; 100282: e8 2f fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 10028a: b8 90 10 10 00
    push eax                             ; 10028f: 50
    call println                         ; 100290: e8 09 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 100298: 6a 03
    call exit                            ; 10029a: e8 7d fe ff ff
    add esp, 4                           ; 10029f: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002a2: 5f
    pop esi                              ; 1002a3: 5e
    pop ebx                              ; 1002a4: 5b
    ret                                  ; 1002a5: c3

main:
    push ebx                             ; 1002a6: 53
    push esi                             ; 1002a7: 56
    push edi                             ; 1002a8: 57
    xor eax, eax                         ; 1002a9: 31 c0
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    cmp eax, 0xa                         ; 1002ab: 83 f8 0a
    jge short .L4                        ; 1002ae: 7d 14
.L7:
    mov ecx, eax                         ; 1002b0: 89 c1
    imul ecx, eax                        ; 1002b2: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002b5: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002bc: 83 c0 01
    cmp eax, 0xa                         ; 1002bf: 83 f8 0a
    jl short .L7                         ; 1002c2: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002c4: b8 cc 10 10 00
    push eax                             ; 1002c9: 50
    call print                           ; 1002ca: e8 ab fd ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 1002d2: b8 04 30 10 00
    push eax                             ; 1002d7: 50
    call sum                             ; 1002d8: e8 01 ff ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    push eax                             ; 1002e0: 50
    call printU32                        ; 1002e1: e8 d0 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov esi, str_9                       ; 1002e9: be 90 10 10 00
    push esi                             ; 1002ee: 56
    call println                         ; 1002ef: e8 aa fd ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 1002f7: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100300: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100309: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 100310: 8d 40 01
    movsx eax, ax                        ; 100313: 0f bf c0
    mov [words+10], ax                   ; 100316: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 10031c: 0f bf 05 30 30 10 00
    push eax                             ; 100323: 50
    call printI32                        ; 100324: e8 c7 fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov edi, str_15                      ; 10032c: bf e0 10 10 00
    push edi                             ; 100331: 57
    call print                           ; 100332: e8 43 fd ff ff
    add esp, 4                           ; 100337: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 10033a: 0f bf 05 36 30 10 00
    push eax                             ; 100341: 50
    call printI32                        ; 100342: e8 a9 fd ff ff
    add esp, 4                           ; 100347: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    push esi                             ; 10034a: 56
    call println                         ; 10034b: e8 4e fd ff ff
    add esp, 4                           ; 100350: 83 c4 04
    xor ebx, ebx                         ; 100353: 31 db
    xor eax, eax                         ; 100355: 31 c0
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    cmp eax, 6                           ; 100357: 83 f8 06
    jae short .L13                       ; 10035a: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 10035c: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 100363: 01 cb
    add eax, 1                           ; 100365: 83 c0 01
    cmp eax, 6                           ; 100368: 83 f8 06
    jb short .L11                        ; 10036b: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 10036d: b8 e8 10 10 00
    push eax                             ; 100372: 50
    call print                           ; 100373: e8 02 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 10037b: 6a 06
    call printI32                        ; 10037d: e8 6e fd ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 100385: b8 f4 10 10 00
    push eax                             ; 10038a: 50
    call print                           ; 10038b: e8 ea fc ff ff
    add esp, 4                           ; 100390: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 100393: 53
    call printU32                        ; 100394: e8 1d fd ff ff
    add esp, 4                           ; 100399: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    push esi                             ; 10039c: 56
    call println                         ; 10039d: e8 fc fc ff ff
    add esp, 4                           ; 1003a2: 83 c4 04
    xor ebx, ebx                         ; 1003a5: 31 db
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    cmp ebx, 3                           ; 1003a7: 83 fb 03
    jae short .L18                       ; 1003aa: 73 21
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003ac: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003b3: 50
    call print                           ; 1003b4: e8 c1 fc ff ff
    add esp, 4                           ; 1003b9: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push edi                             ; 1003bc: 57
    call print                           ; 1003bd: e8 b8 fc ff ff
    add esp, 4                           ; 1003c2: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003c5: 83 c3 01
    cmp ebx, 3                           ; 1003c8: 83 fb 03
    jb short .L16                        ; 1003cb: 72 df
.L18:
    ; test/golden/arrays.ts:61: println("");
    push esi                             ; 1003cd: 56
    call println                         ; 1003ce: e8 cb fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 1003d6: b8 00 11 10 00
    push eax                             ; 1003db: 50
    call print                           ; 1003dc: e8 99 fc ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 1003e4: 0f b6 05 0d 20 10 00
    push eax                             ; 1003eb: 50
    call printU32                        ; 1003ec: e8 c5 fc ff ff
    add esp, 4                           ; 1003f1: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    push esi                             ; 1003f4: 56
    call println                         ; 1003f5: e8 a4 fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 1003fd: b8 1c 02 10 00
    push eax                             ; 100402: 50
    call onBoundsError                   ; 100403: e8 1e fd ff ff
    add esp, 4                           ; 100408: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 10040b: bb 08 20 10 00
    push 5                               ; 100410: 6a 05
    push ebx                             ; 100412: 53
    call pick                            ; 100413: e8 e2 fd ff ff
    add esp, 8                           ; 100418: 83 c4 08
    push eax                             ; 10041b: 50
    call printU32                        ; 10041c: e8 95 fc ff ff
    add esp, 4                           ; 100421: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    push esi                             ; 100424: 56
    call println                         ; 100425: e8 74 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push 6                               ; 10042d: 6a 06
    push ebx                             ; 10042f: 53
    call pick                            ; 100430: e8 c5 fd ff ff
    add esp, 8                           ; 100435: 83 c4 08
    push eax                             ; 100438: 50
    call printU32                        ; 100439: e8 78 fc ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100441: b8 10 11 10 00
    push eax                             ; 100446: 50
    call println                         ; 100447: e8 52 fc ff ff
    add esp, 4                           ; 10044c: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 10044f: 5f
    pop esi                              ; 100450: 5e
    pop ebx                              ; 100451: 5b
    ret                                  ; 100452: c3

__tskc_init:
    mov dword [squares], 0xa             ; 100453: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 10045d: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 100467: c3

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
