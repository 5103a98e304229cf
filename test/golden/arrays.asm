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
    call __tskc_init                     ; 10003b: e8 48 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 14 02 00 00
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
    mov eax, str_5                       ; 100142: b8 24 10 10 00
    push eax                             ; 100147: 50
    call print                           ; 100148: e8 2d ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100150: 57
    call printU32                        ; 100151: e8 49 ff ff ff
    add esp, 4                           ; 100156: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100159: b8 44 10 10 00
    push eax                             ; 10015e: 50
    call print                           ; 10015f: e8 16 ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100167: 56
    call printU32                        ; 100168: e8 32 ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100170: b8 64 10 10 00
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 ff fe ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10017e: ff 74 24 10
    call print                           ; 100182: e8 f3 fe ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 10018a: b8 6c 10 10 00
    push eax                             ; 10018f: 50
    call print                           ; 100190: e8 e5 fe ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100198: 53
    call printU32                        ; 100199: e8 01 ff ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001a1: b8 74 10 10 00
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

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001c7: 53
    push esi                             ; 1001c8: 56
    push edi                             ; 1001c9: 57
    mov ebx, [esp+0x14]                  ; 1001ca: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001ce: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001d2: 8b 74 24 1c
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 1001d6: b8 94 10 10 00
    push eax                             ; 1001db: 50
    call print                           ; 1001dc: e8 99 fe ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push edi                             ; 1001e4: 57
    call printU32                        ; 1001e5: e8 b5 fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 1001ed: b8 a4 10 10 00
    push eax                             ; 1001f2: 50
    call print                           ; 1001f3: e8 82 fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push esi                             ; 1001fb: 56
    call printU32                        ; 1001fc: e8 9e fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100204: b8 64 10 10 00
    push eax                             ; 100209: 50
    call print                           ; 10020a: e8 6b fe ff ff
    add esp, 4                           ; 10020f: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push dword [esp+0x10]                ; 100212: ff 74 24 10
    call print                           ; 100216: e8 5f fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 10021e: b8 6c 10 10 00
    push eax                             ; 100223: 50
    call print                           ; 100224: e8 51 fe ff ff
    add esp, 4                           ; 100229: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    push ebx                             ; 10022c: 53
    call printU32                        ; 10022d: e8 6d fe ff ff
    add esp, 4                           ; 100232: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 100235: b8 74 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10023a: 50
    call print                           ; 10023b: e8 3a fe ff ff
    add esp, 4                           ; 100240: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100243: 6a 0a
    call putc                            ; 100245: e8 01 fe ff ff
    add esp, 4                           ; 10024a: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 10024d: 6a 03
    call exit                            ; 10024f: e8 b1 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 100257: 5f
    pop esi                              ; 100258: 5e
    pop ebx                              ; 100259: 5b
    ret                                  ; 10025a: c3

main:
    push ebx                             ; 10025b: 53
    push esi                             ; 10025c: 56
    push edi                             ; 10025d: 57
    xor eax, eax                         ; 10025e: 31 c0
.L7:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    mov ecx, eax                         ; 100260: 89 c1
    imul ecx, eax                        ; 100262: 0f af c8
    mov [eax*4+squares+4], ecx           ; 100265: 89 0c 85 04 30 10 00
    add eax, 1                           ; 10026c: 83 c0 01
    cmp eax, 0xa                         ; 10026f: 83 f8 0a
    jl short .L7                         ; 100272: 7c ec
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 100274: b8 b0 10 10 00
    push eax                             ; 100279: 50
    call print                           ; 10027a: e8 fb fd ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov ebx, squares+4                   ; 100282: bb 04 30 10 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [ebx-4]                     ; 100287: 8b 53 fc
    xor eax, eax                         ; 10028a: 31 c0
    xor ecx, ecx                         ; 10028c: 31 c9
    test edx, edx                        ; 10028e: 85 d2
    jbe short .L21                       ; 100290: 76 0a
.L24:
    add eax, [ebx+ecx*4]                 ; 100292: 03 04 8b
    add ecx, 1                           ; 100295: 83 c1 01
    cmp ecx, edx                         ; 100298: 39 d1
    jb short .L24                        ; 10029a: 72 f6
.L21:
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    push eax                             ; 10029c: 50
    call printU32                        ; 10029d: e8 fd fd ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov esi, str_9                       ; 1002a5: be 74 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002aa: 56
    call print                           ; 1002ab: e8 ca fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b3: 6a 0a
    call putc                            ; 1002b5: e8 91 fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 1002bd: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 1002c6: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 1002cf: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 1002d6: 8d 40 01
    movsx eax, ax                        ; 1002d9: 0f bf c0
    mov [words+10], ax                   ; 1002dc: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 1002e2: 0f bf 05 30 30 10 00
    push eax                             ; 1002e9: 50
    call printI32                        ; 1002ea: e8 ea fd ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov edi, str_15                      ; 1002f2: bf c4 10 10 00
    push edi                             ; 1002f7: 57
    call print                           ; 1002f8: e8 7d fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100300: 0f bf 05 36 30 10 00
    push eax                             ; 100307: 50
    call printI32                        ; 100308: e8 cc fd ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100310: 56
    call print                           ; 100311: e8 64 fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100319: 6a 0a
    call putc                            ; 10031b: e8 2b fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    movzx eax, byte [primes+4]           ; 100323: 0f b6 05 08 20 10 00
    lea ebx, [eax]                       ; 10032a: 8d 18
    movzx eax, byte [primes+5]           ; 10032c: 0f b6 05 09 20 10 00
    add ebx, eax                         ; 100333: 01 c3
    movzx eax, byte [primes+6]           ; 100335: 0f b6 05 0a 20 10 00
    add ebx, eax                         ; 10033c: 01 c3
    movzx eax, byte [primes+7]           ; 10033e: 0f b6 05 0b 20 10 00
    add ebx, eax                         ; 100345: 01 c3
    movzx eax, byte [primes+8]           ; 100347: 0f b6 05 0c 20 10 00
    add ebx, eax                         ; 10034e: 01 c3
    movzx eax, byte [primes+9]           ; 100350: 0f b6 05 0d 20 10 00
    add ebx, eax                         ; 100357: 01 c3
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 100359: b8 cc 10 10 00
    push eax                             ; 10035e: 50
    call print                           ; 10035f: e8 16 fd ff ff
    add esp, 4                           ; 100364: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 100367: 6a 06
    call printI32                        ; 100369: e8 6b fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 100371: b8 d8 10 10 00
    push eax                             ; 100376: 50
    call print                           ; 100377: e8 fe fc ff ff
    add esp, 4                           ; 10037c: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 10037f: 53
    call printU32                        ; 100380: e8 1a fd ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100388: 56
    call print                           ; 100389: e8 ec fc ff ff
    add esp, 4                           ; 10038e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100391: 6a 0a
    call putc                            ; 100393: e8 b3 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    xor ebx, ebx                         ; 10039b: 31 db
.L16:
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov eax, [ebx*4+greetings+4]         ; 10039d: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003a4: 50
    call print                           ; 1003a5: e8 d0 fc ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    push edi                             ; 1003ad: 57
    call print                           ; 1003ae: e8 c7 fc ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003b6: 83 c3 01
    cmp ebx, 3                           ; 1003b9: 83 fb 03
    jb short .L16                        ; 1003bc: 72 df
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1003be: 56
    call print                           ; 1003bf: e8 b6 fc ff ff
    add esp, 4                           ; 1003c4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003c7: 6a 0a
    call putc                            ; 1003c9: e8 7d fc ff ff
    add esp, 4                           ; 1003ce: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 1003d1: b8 e4 10 10 00
    push eax                             ; 1003d6: 50
    call print                           ; 1003d7: e8 9e fc ff ff
    add esp, 4                           ; 1003dc: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 1003df: 0f b6 05 0d 20 10 00
    push eax                             ; 1003e6: 50
    call printU32                        ; 1003e7: e8 b3 fc ff ff
    add esp, 4                           ; 1003ec: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1003ef: 56
    call print                           ; 1003f0: e8 85 fc ff ff
    add esp, 4                           ; 1003f5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003f8: 6a 0a
    call putc                            ; 1003fa: e8 4c fc ff ff
    add esp, 4                           ; 1003ff: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100402: b8 c7 01 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100407: a3 00 20 10 00
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov ebx, primes+4                    ; 10040c: bb 08 20 10 00
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [ebx-4]                     ; 100411: 8b 43 fc
    cmp eax, 5                           ; 100414: 83 f8 05
    jbe short .L62                       ; 100417: 76 51
    movzx eax, byte [ebx+5]              ; 100419: 0f b6 43 05
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    push eax                             ; 10041d: 50
    call printU32                        ; 10041e: e8 7c fc ff ff
    add esp, 4                           ; 100423: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100426: 56
    call print                           ; 100427: e8 4e fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10042f: 6a 0a
    call putc                            ; 100431: e8 15 fc ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; test/golden/arrays.ts:19: return values[index];
    mov eax, [ebx-4]                     ; 100439: 8b 43 fc
    cmp eax, 6                           ; 10043c: 83 f8 06
    jbe short .L63                       ; 10043f: 76 38
    movzx eax, byte [ebx+6]              ; 100441: 0f b6 43 06
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    push eax                             ; 100445: 50
    call printU32                        ; 100446: e8 54 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 10044e: b8 f4 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100453: 50
    call print                           ; 100454: e8 21 fc ff ff
    add esp, 4                           ; 100459: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10045c: 6a 0a
    call putc                            ; 10045e: e8 e8 fb ff ff
    add esp, 4                           ; 100463: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop edi                              ; 100466: 5f
    pop esi                              ; 100467: 5e
    pop ebx                              ; 100468: 5b
    ret                                  ; 100469: c3
.L62:
    ; test/golden/arrays.ts:19: return values[index];
    push eax                             ; 10046a: 50
    push 5                               ; 10046b: 6a 05
    push 0x13                            ; 10046d: 6a 13
    push str_11                          ; 10046f: 68 78 10 10 00
    call boundsTrap                      ; 100474: e8 96 fc ff ff
.L63:
    push eax                             ; 100479: 50
    push 6                               ; 10047a: 6a 06
    push 0x13                            ; 10047c: 6a 13
    push str_11                          ; 10047e: 68 78 10 10 00
    call boundsTrap                      ; 100483: e8 87 fc ff ff

__tskc_init:
    mov dword [squares], 0xa             ; 100488: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 100492: c7 05 2c 30 10 00 04 00 00 00
    ret                                  ; 10049c: c3

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
