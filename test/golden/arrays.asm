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
    call __tskc_init                     ; 10003b: e8 54 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 75 02 00 00
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
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 100102: 53
    mov ebx, [esp+8]                     ; 100103: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100107: 83 fb 00
    jge short .L2                        ; 10010a: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10010c: 6a 2d
    call putc                            ; 10010e: e8 38 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100116: f7 db
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 aa ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    ret                                  ; 100122: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100123: 53
    call printU32                        ; 100124: e8 9f ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012c: 5b
    ret                                  ; 10012d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10012e: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100132: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100134: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100135: f4
    jmp short .L2                        ; 100136: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100138: 8b 44 24 04
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10013c: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    ret                                  ; 100141: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100142: 53
    push esi                             ; 100143: 56
    mov esi, [esp+0xc]                   ; 100144: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100148: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10014c: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100150: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100154: a1 00 20 10 00
    push ecx                             ; 100159: 51
    push edx                             ; 10015a: 52
    push ebx                             ; 10015b: 53
    push esi                             ; 10015c: 56
    call eax                             ; 10015d: ff d0
    add esp, 0x10                        ; 10015f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100162: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100163: f4
    jmp short .L2                        ; 100164: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100166: 53
    push esi                             ; 100167: 56
    push edi                             ; 100168: 57
    mov ebx, [esp+0x14]                  ; 100169: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10016d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100171: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100175: b8 40 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 02 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100183: 57
    call printU32                        ; 100184: e8 3f ff ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 10018c: b8 60 10 10 00
    push eax                             ; 100191: 50
    call print                           ; 100192: e8 eb fe ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10019a: 56
    call printU32                        ; 10019b: e8 28 ff ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001a3: b8 80 10 10 00
    push eax                             ; 1001a8: 50
    call print                           ; 1001a9: e8 d4 fe ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1001b1: ff 74 24 10
    call print                           ; 1001b5: e8 c8 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001bd: b8 88 10 10 00
    push eax                             ; 1001c2: 50
    call print                           ; 1001c3: e8 ba fe ff ff
    add esp, 4                           ; 1001c8: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001cb: 53
    call printU32                        ; 1001cc: e8 f7 fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001d4: b8 90 10 10 00
    push eax                             ; 1001d9: 50
    call println                         ; 1001da: e8 d1 fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001e2: 5f
    pop esi                              ; 1001e3: 5e
    pop ebx                              ; 1001e4: 5b
    ret                                  ; 1001e5: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebx                             ; 1001e6: 53
    push esi                             ; 1001e7: 56
    mov esi, [esp+0xc]                   ; 1001e8: 8b 74 24 0c
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    mov eax, 0                           ; 1001ec: b8 00 00 00 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov ebx, [esi-4]                     ; 1001f1: 8b 5e fc
    mov ecx, 0                           ; 1001f4: b9 00 00 00 00
    cmp ecx, ebx                         ; 1001f9: 39 d9
    jae short .L4                        ; 1001fb: 73 0c
.L2:
    mov edx, [esi+ecx*4]                 ; 1001fd: 8b 14 8e
    add eax, edx                         ; 100200: 01 d0
    add ecx, 1                           ; 100202: 83 c1 01
    cmp ecx, ebx                         ; 100205: 39 d9
    jb short .L2                         ; 100207: 72 f4
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop esi                              ; 100209: 5e
    pop ebx                              ; 10020a: 5b
    ret                                  ; 10020b: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    mov eax, [esp+4]                     ; 10020c: 8b 44 24 04
    mov edx, [esp+8]                     ; 100210: 8b 54 24 08
    ; test/golden/arrays.ts:19: return values[index];
    mov ecx, [eax-4]                     ; 100214: 8b 48 fc
    cmp edx, ecx                         ; 100217: 39 ca
    jae short .L1                        ; 100219: 73 05
    movzx eax, byte [eax+edx]            ; 10021b: 0f b6 04 10
    ret                                  ; 10021f: c3
.L1:
    mov eax, str_11                      ; 100220: b8 94 10 10 00
    push ecx                             ; 100225: 51
    push edx                             ; 100226: 52
    push 0x13                            ; 100227: 6a 13
    push eax                             ; 100229: 50
    call boundsTrap                      ; 10022a: e8 13 ff ff ff
    add esp, 0x10                        ; 10022f: 83 c4 10

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100232: 53
    push esi                             ; 100233: 56
    push edi                             ; 100234: 57
    mov ebx, [esp+0x14]                  ; 100235: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100239: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10023d: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 100241: b8 b0 10 10 00
    push eax                             ; 100246: 50
    call print                           ; 100247: e8 36 fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 10024f: 57
    call printU32                        ; 100250: e8 73 fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100258: b8 c0 10 10 00
    push eax                             ; 10025d: 50
    call print                           ; 10025e: e8 1f fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 100266: 56
    call printU32                        ; 100267: e8 5c fe ff ff
    add esp, 4                           ; 10026c: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 10026f: b8 80 10 10 00
    push eax                             ; 100274: 50
    call print                           ; 100275: e8 08 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 10027d: ff 74 24 10
    call print                           ; 100281: e8 fc fd ff ff
    add esp, 4                           ; 100286: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 100289: b8 88 10 10 00
    push eax                             ; 10028e: 50
    call print                           ; 10028f: e8 ee fd ff ff
    add esp, 4                           ; 100294: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 100297: 53
    call printU32                        ; 100298: e8 2b fe ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002a0: b8 90 10 10 00
    push eax                             ; 1002a5: 50
    call println                         ; 1002a6: e8 05 fe ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002ae: 6a 03
    call exit                            ; 1002b0: e8 79 fe ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002b8: 5f
    pop esi                              ; 1002b9: 5e
    pop ebx                              ; 1002ba: 5b
    ret                                  ; 1002bb: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebx                             ; 1002bc: 53
    mov eax, 0                           ; 1002bd: b8 00 00 00 00
    cmp eax, 0xa                         ; 1002c2: 83 f8 0a
    jge short .L4                        ; 1002c5: 7d 14
.L2:
    mov ecx, eax                         ; 1002c7: 89 c1
    imul ecx, eax                        ; 1002c9: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002cc: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002d3: 83 c0 01
    cmp eax, 0xa                         ; 1002d6: 83 f8 0a
    jl short .L2                         ; 1002d9: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002db: b8 cc 10 10 00
    push eax                             ; 1002e0: 50
    call print                           ; 1002e1: e8 9c fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 1002e9: b8 04 30 10 00
    push eax                             ; 1002ee: 50
    call sum                             ; 1002ef: e8 f2 fe ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    push eax                             ; 1002f7: 50
    call printU32                        ; 1002f8: e8 cb fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 100300: b8 90 10 10 00
    push eax                             ; 100305: 50
    call println                         ; 100306: e8 a5 fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 10030e: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100317: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100320: 0f bf 05 36 30 10 00
    add eax, 1                           ; 100327: 83 c0 01
    movsx eax, ax                        ; 10032a: 0f bf c0
    mov [words+10], ax                   ; 10032d: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 100333: 0f bf 05 30 30 10 00
    push eax                             ; 10033a: 50
    call printI32                        ; 10033b: e8 c2 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 100343: b8 e0 10 10 00
    push eax                             ; 100348: 50
    call print                           ; 100349: e8 34 fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100351: 0f bf 05 36 30 10 00
    push eax                             ; 100358: 50
    call printI32                        ; 100359: e8 a4 fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 100361: b8 90 10 10 00
    push eax                             ; 100366: 50
    call println                         ; 100367: e8 44 fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    mov ebx, 0                           ; 10036f: bb 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    mov eax, 0                           ; 100374: b8 00 00 00 00
    cmp eax, 6                           ; 100379: 83 f8 06
    jae short .L13                       ; 10037c: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 10037e: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 100385: 01 cb
    add eax, 1                           ; 100387: 83 c0 01
    cmp eax, 6                           ; 10038a: 83 f8 06
    jb short .L11                        ; 10038d: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 10038f: b8 e8 10 10 00
    push eax                             ; 100394: 50
    call print                           ; 100395: e8 e8 fc ff ff
    add esp, 4                           ; 10039a: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 10039d: 6a 06
    call printI32                        ; 10039f: e8 5e fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003a7: b8 f4 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 d0 fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003b5: 53
    call printU32                        ; 1003b6: e8 0d fd ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003be: b8 90 10 10 00
    push eax                             ; 1003c3: 50
    call println                         ; 1003c4: e8 e7 fc ff ff
    add esp, 4                           ; 1003c9: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov ebx, 0                           ; 1003cc: bb 00 00 00 00
    cmp ebx, 3                           ; 1003d1: 83 fb 03
    jae short .L18                       ; 1003d4: 73 26
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003d6: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003dd: 50
    call print                           ; 1003de: e8 9f fc ff ff
    add esp, 4                           ; 1003e3: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 1003e6: b8 e0 10 10 00
    push eax                             ; 1003eb: 50
    call print                           ; 1003ec: e8 91 fc ff ff
    add esp, 4                           ; 1003f1: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003f4: 83 c3 01
    cmp ebx, 3                           ; 1003f7: 83 fb 03
    jb short .L16                        ; 1003fa: 72 da
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 1003fc: b8 90 10 10 00
    push eax                             ; 100401: 50
    call println                         ; 100402: e8 a9 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 10040a: b8 00 11 10 00
    push eax                             ; 10040f: 50
    call print                           ; 100410: e8 6d fc ff ff
    add esp, 4                           ; 100415: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 100418: 0f b6 05 0d 20 10 00
    push eax                             ; 10041f: 50
    call printU32                        ; 100420: e8 a3 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 100428: b8 90 10 10 00
    push eax                             ; 10042d: 50
    call println                         ; 10042e: e8 7d fc ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100436: b8 32 02 10 00
    push eax                             ; 10043b: 50
    call onBoundsError                   ; 10043c: e8 f7 fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 100444: b8 08 20 10 00
    push 5                               ; 100449: 6a 05
    push eax                             ; 10044b: 50
    call pick                            ; 10044c: e8 bb fd ff ff
    add esp, 8                           ; 100451: 83 c4 08
    push eax                             ; 100454: 50
    call printU32                        ; 100455: e8 6e fc ff ff
    add esp, 4                           ; 10045a: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 10045d: b8 90 10 10 00
    push eax                             ; 100462: 50
    call println                         ; 100463: e8 48 fc ff ff
    add esp, 4                           ; 100468: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 10046b: b8 08 20 10 00
    push 6                               ; 100470: 6a 06
    push eax                             ; 100472: 50
    call pick                            ; 100473: e8 94 fd ff ff
    add esp, 8                           ; 100478: 83 c4 08
    push eax                             ; 10047b: 50
    call printU32                        ; 10047c: e8 47 fc ff ff
    add esp, 4                           ; 100481: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100484: b8 10 11 10 00
    push eax                             ; 100489: 50
    call println                         ; 10048a: e8 21 fc ff ff
    add esp, 4                           ; 10048f: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 100492: 5b
    ret                                  ; 100493: c3

__tskc_init:
    mov dword [squares], 0xa             ; 100494: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 10049e: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 1004a8: c3

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
