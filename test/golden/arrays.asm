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
    call __tskc_init                     ; 10003b: e8 6c 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 8d 02 00 00
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
    sub esp, 4                           ; 100169: 83 ec 04
    mov eax, [esp+0x14]                  ; 10016c: 8b 44 24 14
    mov [esp], eax                       ; 100170: 89 04 24
    mov ebx, [esp+0x18]                  ; 100173: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 100177: 8b 7c 24 1c
    mov esi, [esp+0x20]                  ; 10017b: 8b 74 24 20
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 10017f: b8 40 10 10 00
    push eax                             ; 100184: 50
    call print                           ; 100185: e8 f8 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10018d: 57
    call printU32                        ; 10018e: e8 35 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 100196: b8 60 10 10 00
    push eax                             ; 10019b: 50
    call print                           ; 10019c: e8 e1 fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1001a4: 56
    call printU32                        ; 1001a5: e8 1e ff ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001ad: b8 80 10 10 00
    push eax                             ; 1001b2: 50
    call print                           ; 1001b3: e8 ca fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp]                     ; 1001bb: ff 34 24
    call print                           ; 1001be: e8 bf fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001c6: b8 88 10 10 00
    push eax                             ; 1001cb: 50
    call print                           ; 1001cc: e8 b1 fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001d4: 53
    call printU32                        ; 1001d5: e8 ee fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001dd: b8 90 10 10 00
    push eax                             ; 1001e2: 50
    call println                         ; 1001e3: e8 c8 fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    add esp, 4                           ; 1001eb: 83 c4 04
    pop edi                              ; 1001ee: 5f
    pop esi                              ; 1001ef: 5e
    pop ebx                              ; 1001f0: 5b
    ret                                  ; 1001f1: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebx                             ; 1001f2: 53
    push esi                             ; 1001f3: 56
    mov esi, [esp+0xc]                   ; 1001f4: 8b 74 24 0c
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    mov eax, 0                           ; 1001f8: b8 00 00 00 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov ebx, [esi-4]                     ; 1001fd: 8b 5e fc
    mov ecx, 0                           ; 100200: b9 00 00 00 00
    cmp ecx, ebx                         ; 100205: 39 d9
    jae short .L4                        ; 100207: 73 0c
.L2:
    mov edx, [esi+ecx*4]                 ; 100209: 8b 14 8e
    add eax, edx                         ; 10020c: 01 d0
    add ecx, 1                           ; 10020e: 83 c1 01
    cmp ecx, ebx                         ; 100211: 39 d9
    jb short .L2                         ; 100213: 72 f4
.L4:
    ; test/golden/arrays.ts:15: return total;
    pop esi                              ; 100215: 5e
    pop ebx                              ; 100216: 5b
    ret                                  ; 100217: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    mov eax, [esp+4]                     ; 100218: 8b 44 24 04
    mov edx, [esp+8]                     ; 10021c: 8b 54 24 08
    ; test/golden/arrays.ts:19: return values[index];
    mov ecx, [eax-4]                     ; 100220: 8b 48 fc
    cmp edx, ecx                         ; 100223: 39 ca
    jae short .L1                        ; 100225: 73 05
    movzx eax, byte [eax+edx]            ; 100227: 0f b6 04 10
    ret                                  ; 10022b: c3
.L1:
    mov eax, str_11                      ; 10022c: b8 94 10 10 00
    push ecx                             ; 100231: 51
    push edx                             ; 100232: 52
    push 0x13                            ; 100233: 6a 13
    push eax                             ; 100235: 50
    call boundsTrap                      ; 100236: e8 07 ff ff ff
    add esp, 0x10                        ; 10023b: 83 c4 10

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10023e: 53
    push esi                             ; 10023f: 56
    push edi                             ; 100240: 57
    sub esp, 4                           ; 100241: 83 ec 04
    mov eax, [esp+0x14]                  ; 100244: 8b 44 24 14
    mov [esp], eax                       ; 100248: 89 04 24
    mov ebx, [esp+0x18]                  ; 10024b: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10024f: 8b 7c 24 1c
    mov esi, [esp+0x20]                  ; 100253: 8b 74 24 20
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 100257: b8 b0 10 10 00
    push eax                             ; 10025c: 50
    call print                           ; 10025d: e8 20 fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 100265: 57
    call printU32                        ; 100266: e8 5d fe ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 10026e: b8 c0 10 10 00
    push eax                             ; 100273: 50
    call print                           ; 100274: e8 09 fe ff ff
    add esp, 4                           ; 100279: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 10027c: 56
    call printU32                        ; 10027d: e8 46 fe ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100285: b8 80 10 10 00
    push eax                             ; 10028a: 50
    call print                           ; 10028b: e8 f2 fd ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp]                     ; 100293: ff 34 24
    call print                           ; 100296: e8 e7 fd ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 10029e: b8 88 10 10 00
    push eax                             ; 1002a3: 50
    call print                           ; 1002a4: e8 d9 fd ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 1002ac: 53
    call printU32                        ; 1002ad: e8 16 fe ff ff
    add esp, 4                           ; 1002b2: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002b5: b8 90 10 10 00
    push eax                             ; 1002ba: 50
    call println                         ; 1002bb: e8 f0 fd ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002c3: 6a 03
    call exit                            ; 1002c5: e8 64 fe ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/arrays.ts:33: }
    add esp, 4                           ; 1002cd: 83 c4 04
    pop edi                              ; 1002d0: 5f
    pop esi                              ; 1002d1: 5e
    pop ebx                              ; 1002d2: 5b
    ret                                  ; 1002d3: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebx                             ; 1002d4: 53
    mov eax, 0                           ; 1002d5: b8 00 00 00 00
    cmp eax, 0xa                         ; 1002da: 83 f8 0a
    jge short .L4                        ; 1002dd: 7d 14
.L2:
    mov ecx, eax                         ; 1002df: 89 c1
    imul ecx, eax                        ; 1002e1: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002e4: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002eb: 83 c0 01
    cmp eax, 0xa                         ; 1002ee: 83 f8 0a
    jl short .L2                         ; 1002f1: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002f3: b8 cc 10 10 00
    push eax                             ; 1002f8: 50
    call print                           ; 1002f9: e8 84 fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 100301: b8 04 30 10 00
    push eax                             ; 100306: 50
    call sum                             ; 100307: e8 e6 fe ff ff
    add esp, 4                           ; 10030c: 83 c4 04
    push eax                             ; 10030f: 50
    call printU32                        ; 100310: e8 b3 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 100318: b8 90 10 10 00
    push eax                             ; 10031d: 50
    call println                         ; 10031e: e8 8d fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 100326: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 10032f: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100338: 0f bf 05 36 30 10 00
    add eax, 1                           ; 10033f: 83 c0 01
    movsx eax, ax                        ; 100342: 0f bf c0
    mov [words+10], ax                   ; 100345: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 10034b: 0f bf 05 30 30 10 00
    push eax                             ; 100352: 50
    call printI32                        ; 100353: e8 aa fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 10035b: b8 e0 10 10 00
    push eax                             ; 100360: 50
    call print                           ; 100361: e8 1c fd ff ff
    add esp, 4                           ; 100366: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100369: 0f bf 05 36 30 10 00
    push eax                             ; 100370: 50
    call printI32                        ; 100371: e8 8c fd ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 100379: b8 90 10 10 00
    push eax                             ; 10037e: 50
    call println                         ; 10037f: e8 2c fd ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    mov ebx, 0                           ; 100387: bb 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    mov eax, 0                           ; 10038c: b8 00 00 00 00
    cmp eax, 6                           ; 100391: 83 f8 06
    jae short .L13                       ; 100394: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 100396: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 10039d: 01 cb
    add eax, 1                           ; 10039f: 83 c0 01
    cmp eax, 6                           ; 1003a2: 83 f8 06
    jb short .L11                        ; 1003a5: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 1003a7: b8 e8 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 d0 fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003b5: 6a 06
    call printI32                        ; 1003b7: e8 46 fd ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003bf: b8 f4 10 10 00
    push eax                             ; 1003c4: 50
    call print                           ; 1003c5: e8 b8 fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003cd: 53
    call printU32                        ; 1003ce: e8 f5 fc ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003d6: b8 90 10 10 00
    push eax                             ; 1003db: 50
    call println                         ; 1003dc: e8 cf fc ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov ebx, 0                           ; 1003e4: bb 00 00 00 00
    cmp ebx, 3                           ; 1003e9: 83 fb 03
    jae short .L18                       ; 1003ec: 73 26
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003ee: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003f5: 50
    call print                           ; 1003f6: e8 87 fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 1003fe: b8 e0 10 10 00
    push eax                             ; 100403: 50
    call print                           ; 100404: e8 79 fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 10040c: 83 c3 01
    cmp ebx, 3                           ; 10040f: 83 fb 03
    jb short .L16                        ; 100412: 72 da
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 100414: b8 90 10 10 00
    push eax                             ; 100419: 50
    call println                         ; 10041a: e8 91 fc ff ff
    add esp, 4                           ; 10041f: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 100422: b8 00 11 10 00
    push eax                             ; 100427: 50
    call print                           ; 100428: e8 55 fc ff ff
    add esp, 4                           ; 10042d: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 100430: 0f b6 05 0d 20 10 00
    push eax                             ; 100437: 50
    call printU32                        ; 100438: e8 8b fc ff ff
    add esp, 4                           ; 10043d: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 100440: b8 90 10 10 00
    push eax                             ; 100445: 50
    call println                         ; 100446: e8 65 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 10044e: b8 3e 02 10 00
    push eax                             ; 100453: 50
    call onBoundsError                   ; 100454: e8 df fc ff ff
    add esp, 4                           ; 100459: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 10045c: b8 08 20 10 00
    push 5                               ; 100461: 6a 05
    push eax                             ; 100463: 50
    call pick                            ; 100464: e8 af fd ff ff
    add esp, 8                           ; 100469: 83 c4 08
    push eax                             ; 10046c: 50
    call printU32                        ; 10046d: e8 56 fc ff ff
    add esp, 4                           ; 100472: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 100475: b8 90 10 10 00
    push eax                             ; 10047a: 50
    call println                         ; 10047b: e8 30 fc ff ff
    add esp, 4                           ; 100480: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 100483: b8 08 20 10 00
    push 6                               ; 100488: 6a 06
    push eax                             ; 10048a: 50
    call pick                            ; 10048b: e8 88 fd ff ff
    add esp, 8                           ; 100490: 83 c4 08
    push eax                             ; 100493: 50
    call printU32                        ; 100494: e8 2f fc ff ff
    add esp, 4                           ; 100499: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 10049c: b8 10 11 10 00
    push eax                             ; 1004a1: 50
    call println                         ; 1004a2: e8 09 fc ff ff
    add esp, 4                           ; 1004a7: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 1004aa: 5b
    ret                                  ; 1004ab: c3

__tskc_init:
    mov dword [squares], 0xa             ; 1004ac: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004b6: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 1004c0: c3

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
