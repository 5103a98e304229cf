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
    call __tskc_init                     ; 10003b: e8 50 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 12 02 00 00
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

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009e: 53
    mov ebx, [esp+8]                     ; 10009f: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a3: 83 fb 0a
    jb short .L2                         ; 1000a6: 72 14
    mov ecx, 0xa                         ; 1000a8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ad: 89 d8
    xor edx, edx                         ; 1000af: 31 d2
    div ecx                              ; 1000b1: f7 f1
    push eax                             ; 1000b3: 50
    call printU32                        ; 1000b4: e8 e5 ff ff ff
    add esp, 4                           ; 1000b9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bc: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c1: 89 d8
    xor edx, edx                         ; 1000c3: 31 d2
    div ecx                              ; 1000c5: f7 f1
    lea eax, [edx+0x30]                  ; 1000c7: 8d 42 30
    movzx eax, al                        ; 1000ca: 0f b6 c0
    push eax                             ; 1000cd: 50
    call putc                            ; 1000ce: e8 78 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d6: 5b
    ret                                  ; 1000d7: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d8: 53
    mov ebx, [esp+8]                     ; 1000d9: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000dd: 85 db
    jge short .L2                        ; 1000df: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000e1: 6a 2d
    call putc                            ; 1000e3: e8 63 ff ff ff
    add esp, 4                           ; 1000e8: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000eb: f7 db
    push ebx                             ; 1000ed: 53
    call printU32                        ; 1000ee: e8 ab ff ff ff
    add esp, 4                           ; 1000f3: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f6: 5b
    ret                                  ; 1000f7: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f8: 53
    call printU32                        ; 1000f9: e8 a0 ff ff ff
    add esp, 4                           ; 1000fe: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100101: 5b
    ret                                  ; 100102: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100103: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100107: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100109: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10010a: f4
    jmp short .L2                        ; 10010b: eb fd

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10010d: 53
    push esi                             ; 10010e: 56
    mov esi, [esp+0xc]                   ; 10010f: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100113: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100117: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10011b: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10011f: a1 00 20 10 00
    push ecx                             ; 100124: 51
    push edx                             ; 100125: 52
    push ebx                             ; 100126: 53
    push esi                             ; 100127: 56
    call eax                             ; 100128: ff d0
    add esp, 0x10                        ; 10012a: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10012d: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10012e: f4
    jmp short .L2                        ; 10012f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100131: 53
    push esi                             ; 100132: 56
    push edi                             ; 100133: 57
    mov ebx, [esp+0x14]                  ; 100134: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100138: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10013c: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 100140: b8 24 10 10 00
    push eax                             ; 100145: 50
    call print                           ; 100146: e8 2f ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10014e: 57
    call printU32                        ; 10014f: e8 4a ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100157: b8 44 10 10 00
    push eax                             ; 10015c: 50
    call print                           ; 10015d: e8 18 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100165: 56
    call printU32                        ; 100166: e8 33 ff ff ff
    add esp, 4                           ; 10016b: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 10016e: b8 64 10 10 00
    push eax                             ; 100173: 50
    call print                           ; 100174: e8 01 ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10017c: ff 74 24 10
    call print                           ; 100180: e8 f5 fe ff ff
    add esp, 4                           ; 100185: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 100188: b8 6c 10 10 00
    push eax                             ; 10018d: 50
    call print                           ; 10018e: e8 e7 fe ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100196: 53
    call printU32                        ; 100197: e8 02 ff ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 10019f: b8 74 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001a4: 50
    call print                           ; 1001a5: e8 d0 fe ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001ad: 6a 0a
    call putc                            ; 1001af: e8 97 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001b7: 6a 65
    call exit                            ; 1001b9: e8 45 ff ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001c1: 5f
    pop esi                              ; 1001c2: 5e
    pop ebx                              ; 1001c3: 5b
    ret                                  ; 1001c4: c3

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001c5: 53
    push esi                             ; 1001c6: 56
    push edi                             ; 1001c7: 57
    mov ebx, [esp+0x14]                  ; 1001c8: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001cc: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001d0: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 1001d4: b8 94 10 10 00
    push eax                             ; 1001d9: 50
    call print                           ; 1001da: e8 9b fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 1001e2: 57
    call printU32                        ; 1001e3: e8 b6 fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 1001eb: b8 a4 10 10 00
    push eax                             ; 1001f0: 50
    call print                           ; 1001f1: e8 84 fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 1001f9: 56
    call printU32                        ; 1001fa: e8 9f fe ff ff
    add esp, 4                           ; 1001ff: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100202: b8 64 10 10 00
    push eax                             ; 100207: 50
    call print                           ; 100208: e8 6d fe ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 100210: ff 74 24 10
    call print                           ; 100214: e8 61 fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 10021c: b8 6c 10 10 00
    push eax                             ; 100221: 50
    call print                           ; 100222: e8 53 fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 10022a: 53
    call printU32                        ; 10022b: e8 6e fe ff ff
    add esp, 4                           ; 100230: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 100233: b8 74 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100238: 50
    call print                           ; 100239: e8 3c fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100241: 6a 0a
    call putc                            ; 100243: e8 03 fe ff ff
    add esp, 4                           ; 100248: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 10024b: 6a 03
    call exit                            ; 10024d: e8 b1 fe ff ff
    add esp, 4                           ; 100252: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 100255: 5f
    pop esi                              ; 100256: 5e
    pop ebx                              ; 100257: 5b
    ret                                  ; 100258: c3

main:
    push ebx                             ; 100259: 53
    push esi                             ; 10025a: 56
    push edi                             ; 10025b: 57
    xor eax, eax                         ; 10025c: 31 c0
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    cmp eax, 0xa                         ; 10025e: 83 f8 0a
    jge short .L4                        ; 100261: 7d 14
.L7:
    mov ecx, eax                         ; 100263: 89 c1
    imul ecx, eax                        ; 100265: 0f af c8
    mov [eax*4+squares+4], ecx           ; 100268: 89 0c 85 04 30 10 00
    add eax, 1                           ; 10026f: 83 c0 01
    cmp eax, 0xa                         ; 100272: 83 f8 0a
    jl short .L7                         ; 100275: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 100277: b8 b0 10 10 00
    push eax                             ; 10027c: 50
    call print                           ; 10027d: e8 f8 fd ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov ebx, squares+4                   ; 100285: bb 04 30 10 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [ebx-4]                     ; 10028a: 8b 53 fc
    xor eax, eax                         ; 10028d: 31 c0
    xor ecx, ecx                         ; 10028f: 31 c9
    cmp ecx, edx                         ; 100291: 39 d1
    jae short .L21                       ; 100293: 73 0a
.L24:
    add eax, [ebx+ecx*4]                 ; 100295: 03 04 8b
    add ecx, 1                           ; 100298: 83 c1 01
    cmp ecx, edx                         ; 10029b: 39 d1
    jb short .L24                        ; 10029d: 72 f6
.L21:
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    push eax                             ; 10029f: 50
    call printU32                        ; 1002a0: e8 f9 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov edi, str_9                       ; 1002a8: bf 74 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1002ad: 57
    call print                           ; 1002ae: e8 c7 fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b6: 6a 0a
    call putc                            ; 1002b8: e8 8e fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 1002c0: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 1002c9: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 1002d2: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 1002d9: 8d 40 01
    movsx eax, ax                        ; 1002dc: 0f bf c0
    mov [words+10], ax                   ; 1002df: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 1002e5: 0f bf 05 30 30 10 00
    push eax                             ; 1002ec: 50
    call printI32                        ; 1002ed: e8 e6 fd ff ff
    add esp, 4                           ; 1002f2: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov esi, str_15                      ; 1002f5: be c4 10 10 00
    push esi                             ; 1002fa: 56
    call print                           ; 1002fb: e8 7a fd ff ff
    add esp, 4                           ; 100300: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100303: 0f bf 05 36 30 10 00
    push eax                             ; 10030a: 50
    call printI32                        ; 10030b: e8 c8 fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100313: 57
    call print                           ; 100314: e8 61 fd ff ff
    add esp, 4                           ; 100319: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10031c: 6a 0a
    call putc                            ; 10031e: e8 28 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    movzx eax, byte [primes+4]           ; 100326: 0f b6 05 08 20 10 00
    lea ebx, [eax]                       ; 10032d: 8d 18
    movzx eax, byte [primes+5]           ; 10032f: 0f b6 05 09 20 10 00
    add ebx, eax                         ; 100336: 01 c3
    movzx eax, byte [primes+6]           ; 100338: 0f b6 05 0a 20 10 00
    add ebx, eax                         ; 10033f: 01 c3
    movzx eax, byte [primes+7]           ; 100341: 0f b6 05 0b 20 10 00
    add ebx, eax                         ; 100348: 01 c3
    movzx eax, byte [primes+8]           ; 10034a: 0f b6 05 0c 20 10 00
    add ebx, eax                         ; 100351: 01 c3
    movzx eax, byte [primes+9]           ; 100353: 0f b6 05 0d 20 10 00
    add ebx, eax                         ; 10035a: 01 c3
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 10035c: b8 cc 10 10 00
    push eax                             ; 100361: 50
    call print                           ; 100362: e8 13 fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 10036a: 6a 06
    call printI32                        ; 10036c: e8 67 fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 100374: b8 d8 10 10 00
    push eax                             ; 100379: 50
    call print                           ; 10037a: e8 fb fc ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 100382: 53
    call printU32                        ; 100383: e8 16 fd ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10038b: 57
    call print                           ; 10038c: e8 e9 fc ff ff
    add esp, 4                           ; 100391: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100394: 6a 0a
    call putc                            ; 100396: e8 b0 fc ff ff
    add esp, 4                           ; 10039b: 83 c4 04
    xor ebx, ebx                         ; 10039e: 31 db
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    cmp ebx, 3                           ; 1003a0: 83 fb 03
    jae short .L40                       ; 1003a3: 73 21
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003a5: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 c8 fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push esi                             ; 1003b5: 56
    call print                           ; 1003b6: e8 bf fc ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003be: 83 c3 01
    cmp ebx, 3                           ; 1003c1: 83 fb 03
    jb short .L16                        ; 1003c4: 72 df
.L40:
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1003c6: 57
    call print                           ; 1003c7: e8 ae fc ff ff
    add esp, 4                           ; 1003cc: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003cf: 6a 0a
    call putc                            ; 1003d1: e8 75 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 1003d9: b8 e4 10 10 00
    push eax                             ; 1003de: 50
    call print                           ; 1003df: e8 96 fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 1003e7: 0f b6 05 0d 20 10 00
    push eax                             ; 1003ee: 50
    call printU32                        ; 1003ef: e8 aa fc ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1003f7: 57
    call print                           ; 1003f8: e8 7d fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100400: 6a 0a
    call putc                            ; 100402: e8 44 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 10040a: b8 c5 01 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10040f: a3 00 20 10 00
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 100414: bb 08 20 10 00
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [ebx-4]                     ; 100419: 8b 43 fc
    cmp eax, 5                           ; 10041c: 83 f8 05
    jbe short .L62                       ; 10041f: 76 51
    movzx eax, byte [ebx+5]              ; 100421: 0f b6 43 05
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    push eax                             ; 100425: 50
    call printU32                        ; 100426: e8 73 fc ff ff
    add esp, 4                           ; 10042b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10042e: 57
    call print                           ; 10042f: e8 46 fc ff ff
    add esp, 4                           ; 100434: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100437: 6a 0a
    call putc                            ; 100439: e8 0d fc ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [ebx-4]                     ; 100441: 8b 43 fc
    cmp eax, 6                           ; 100444: 83 f8 06
    jbe short .L63                       ; 100447: 76 38
    movzx eax, byte [ebx+6]              ; 100449: 0f b6 43 06
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push eax                             ; 10044d: 50
    call printU32                        ; 10044e: e8 4b fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100456: b8 f4 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10045b: 50
    call print                           ; 10045c: e8 19 fc ff ff
    add esp, 4                           ; 100461: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100464: 6a 0a
    call putc                            ; 100466: e8 e0 fb ff ff
    add esp, 4                           ; 10046b: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 10046e: 5f
    pop esi                              ; 10046f: 5e
    pop ebx                              ; 100470: 5b
    ret                                  ; 100471: c3
.L62:
    ; test/golden/arrays.ts:19: return values[index];
    push eax                             ; 100472: 50
    push 5                               ; 100473: 6a 05
    push 0x13                            ; 100475: 6a 13
    push str_11                          ; 100477: 68 78 10 10 00
    call boundsTrap                      ; 10047c: e8 8c fc ff ff
.L63:
    push eax                             ; 100481: 50
    push 6                               ; 100482: 6a 06
    push 0x13                            ; 100484: 6a 13
    push str_11                          ; 100486: 68 78 10 10 00
    call boundsTrap                      ; 10048b: e8 7d fc ff ff

__tskc_init:
    mov dword [squares], 0xa             ; 100490: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 10049a: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 1004a4: c3

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
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1044 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1064 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x106c - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1074 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1078 - ($ - $$) db 0
str_11:  ; "test/golden/arrays.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x1094 - ($ - $$) db 0
str_12:  ; "trap: index "
    db 0xc, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10a4 - ($ - $$) db 0
str_13:  ; " length "
    db 0x8, 0x0, 0x0, 0x0, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10b0 - ($ - $$) db 0
str_14:  ; "sum of squares "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6d, 0x20, 0x6f, 0x66, 0x20, 0x73, 0x71, 0x75, 0x61, 0x72
    db 0x65, 0x73, 0x20
    times 0x10c4 - ($ - $$) db 0
str_15:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10cc - ($ - $$) db 0
str_16:  ; "primes "
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x72, 0x69, 0x6d, 0x65, 0x73, 0x20
    times 0x10d8 - ($ - $$) db 0
str_17:  ; " sum "
    db 0x5, 0x0, 0x0, 0x0, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x10e4 - ($ - $$) db 0
str_18:  ; "unchecked "
    db 0xa, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x63, 0x68, 0x65, 0x63, 0x6b, 0x65, 0x64, 0x20
    times 0x10f4 - ($ - $$) db 0
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
