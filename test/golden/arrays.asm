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
    call __tskc_init                     ; 10003b: e8 5d 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 86 02 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    test eax, eax                        ; 10005d: 85 c0
    jne short .L3                        ; 10005f: 75 12
.L2:
    pause                                ; 100061: f3 90
    mov edx, 0x3fd                       ; 100063: ba fd 03 00 00
    in al, dx                            ; 100068: ec
    movzx eax, al                        ; 100069: 0f b6 c0
    and eax, 0x20                        ; 10006c: 83 e0 20
    test eax, eax                        ; 10006f: 85 c0
    je short .L2                         ; 100071: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100073: 89 c8
    mov edx, 0x3f8                       ; 100075: ba f8 03 00 00
    out dx, al                           ; 10007a: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007b: 5d
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10007d: 55
    mov ebp, esp                         ; 10007e: 89 e5
    push ebx                             ; 100080: 53
    push esi                             ; 100081: 56
    mov ebx, [ebp+8]                     ; 100082: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100085: 31 f6
    cmp esi, [ebx]                       ; 100087: 3b 33
    jge short .L4                        ; 100089: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 10008b: 0f b6 44 33 04
    push eax                             ; 100090: 50
    call putc                            ; 100091: e8 b5 ff ff ff
    add esp, 4                           ; 100096: 83 c4 04
    add esi, 1                           ; 100099: 83 c6 01
    cmp esi, [ebx]                       ; 10009c: 3b 33
    jl short .L2                         ; 10009e: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a0: 5e
    pop ebx                              ; 1000a1: 5b
    pop ebp                              ; 1000a2: 5d
    ret                                  ; 1000a3: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a4: 55
    mov ebp, esp                         ; 1000a5: 89 e5
    mov eax, [ebp+8]                     ; 1000a7: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000aa: 50
    call print                           ; 1000ab: e8 cd ff ff ff
    add esp, 4                           ; 1000b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b3: 6a 0a
    call putc                            ; 1000b5: e8 91 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000bd: 5d
    ret                                  ; 1000be: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bf: 55
    mov ebp, esp                         ; 1000c0: 89 e5
    push ebx                             ; 1000c2: 53
    mov ebx, [ebp+8]                     ; 1000c3: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c6: 83 fb 0a
    jb short .L2                         ; 1000c9: 72 14
    mov ecx, 0xa                         ; 1000cb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d0: 89 d8
    xor edx, edx                         ; 1000d2: 31 d2
    div ecx                              ; 1000d4: f7 f1
    push eax                             ; 1000d6: 50
    call printU32                        ; 1000d7: e8 e3 ff ff ff
    add esp, 4                           ; 1000dc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    lea eax, [edx+0x30]                  ; 1000ea: 8d 42 30
    movzx eax, al                        ; 1000ed: 0f b6 c0
    push eax                             ; 1000f0: 50
    call putc                            ; 1000f1: e8 55 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f9: 5b
    pop ebp                              ; 1000fa: 5d
    ret                                  ; 1000fb: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    push ebx                             ; 1000ff: 53
    mov ebx, [ebp+8]                     ; 100100: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100103: 85 db
    jge short .L2                        ; 100105: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 3d ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100111: 89 d8
    neg eax                              ; 100113: f7 d8
    push eax                             ; 100115: 50
    call printU32                        ; 100116: e8 a4 ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011e: 5b
    pop ebp                              ; 10011f: 5d
    ret                                  ; 100120: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 98 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10012d: 55
    mov ebp, esp                         ; 10012e: 89 e5
    mov eax, [ebp+8]                     ; 100130: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100133: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100135: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100136: f4
    jmp short .L2                        ; 100137: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    mov eax, [ebp+8]                     ; 10013c: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10013f: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100144: 5d
    ret                                  ; 100145: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100146: 55
    mov ebp, esp                         ; 100147: 89 e5
    push ebx                             ; 100149: 53
    push esi                             ; 10014a: 56
    mov eax, [ebp+8]                     ; 10014b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10014e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100151: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100154: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100157: 8b 35 00 20 10 00
    push ebx                             ; 10015d: 53
    push edx                             ; 10015e: 52
    push ecx                             ; 10015f: 51
    push eax                             ; 100160: 50
    call esi                             ; 100161: ff d6
    add esp, 0x10                        ; 100163: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100166: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100167: f4
    jmp short .L2                        ; 100168: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10016a: 55
    mov ebp, esp                         ; 10016b: 89 e5
    sub esp, 4                           ; 10016d: 83 ec 04
    push ebx                             ; 100170: 53
    push esi                             ; 100171: 56
    push edi                             ; 100172: 57
    mov ebx, [ebp+8]                     ; 100173: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100176: 8b 45 0c
    mov [ebp-4], eax                     ; 100179: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10017c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10017f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100182: b8 40 10 10 00
    push eax                             ; 100187: 50
    call print                           ; 100188: e8 f0 fe ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100190: 56
    call printU32                        ; 100191: e8 29 ff ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 100199: b8 60 10 10 00
    push eax                             ; 10019e: 50
    call print                           ; 10019f: e8 d9 fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001a7: 57
    call printU32                        ; 1001a8: e8 12 ff ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001b0: b8 80 10 10 00
    push eax                             ; 1001b5: 50
    call print                           ; 1001b6: e8 c2 fe ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001be: 53
    call print                           ; 1001bf: e8 b9 fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001c7: b8 88 10 10 00
    push eax                             ; 1001cc: 50
    call print                           ; 1001cd: e8 ab fe ff ff
    add esp, 4                           ; 1001d2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001d5: 8b 45 fc
    push eax                             ; 1001d8: 50
    call printU32                        ; 1001d9: e8 e1 fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001e1: b8 90 10 10 00
    push eax                             ; 1001e6: 50
    call println                         ; 1001e7: e8 b8 fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001ef: 5f
    pop esi                              ; 1001f0: 5e
    pop ebx                              ; 1001f1: 5b
    leave                                ; 1001f2: c9
    ret                                  ; 1001f3: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    push ebx                             ; 1001f7: 53
    mov eax, [ebp+8]                     ; 1001f8: 8b 45 08
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    xor ecx, ecx                         ; 1001fb: 31 c9
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [eax-4]                     ; 1001fd: 8b 50 fc
    xor ebx, ebx                         ; 100200: 31 db
    cmp ebx, edx                         ; 100202: 39 d3
    jae short .L4                        ; 100204: 73 0a
.L2:
    add ecx, [eax+ebx*4]                 ; 100206: 03 0c 98
    add ebx, 1                           ; 100209: 83 c3 01
    cmp ebx, edx                         ; 10020c: 39 d3
    jb short .L2                         ; 10020e: 72 f6
.L4:
    ; test/golden/arrays.ts:15: return total;
    mov eax, ecx                         ; 100210: 89 c8
    pop ebx                              ; 100212: 5b
    pop ebp                              ; 100213: 5d
    ret                                  ; 100214: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    push ebp                             ; 100215: 55
    mov ebp, esp                         ; 100216: 89 e5
    mov eax, [ebp+8]                     ; 100218: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10021b: 8b 4d 0c
    ; test/golden/arrays.ts:19: return values[index];
    mov edx, [eax-4]                     ; 10021e: 8b 50 fc
    cmp ecx, edx                         ; 100221: 39 d1
    jae short .L3                        ; 100223: 73 06
    movzx eax, byte [eax+ecx]            ; 100225: 0f b6 04 08
    pop ebp                              ; 100229: 5d
    ret                                  ; 10022a: c3
.L3:
    push edx                             ; 10022b: 52
    push ecx                             ; 10022c: 51
    push 0x13                            ; 10022d: 6a 13
    push str_11                          ; 10022f: 68 94 10 10 00
    call boundsTrap                      ; 100234: e8 0d ff ff ff

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100239: 55
    mov ebp, esp                         ; 10023a: 89 e5
    sub esp, 4                           ; 10023c: 83 ec 04
    push ebx                             ; 10023f: 53
    push esi                             ; 100240: 56
    push edi                             ; 100241: 57
    mov ebx, [ebp+8]                     ; 100242: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100245: 8b 45 0c
    mov [ebp-4], eax                     ; 100248: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10024b: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10024e: 8b 7d 14
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 100251: b8 b0 10 10 00
    push eax                             ; 100256: 50
    call print                           ; 100257: e8 21 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push esi                             ; 10025f: 56
    call printU32                        ; 100260: e8 5a fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100268: b8 c0 10 10 00
    push eax                             ; 10026d: 50
    call print                           ; 10026e: e8 0a fe ff ff
    add esp, 4                           ; 100273: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push edi                             ; 100276: 57
    call printU32                        ; 100277: e8 43 fe ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 10027f: b8 80 10 10 00
    push eax                             ; 100284: 50
    call print                           ; 100285: e8 f3 fd ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push ebx                             ; 10028d: 53
    call print                           ; 10028e: e8 ea fd ff ff
    add esp, 4                           ; 100293: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 100296: b8 88 10 10 00
    push eax                             ; 10029b: 50
    call print                           ; 10029c: e8 dc fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    mov eax, [ebp-4]                     ; 1002a4: 8b 45 fc
    push eax                             ; 1002a7: 50
    call printU32                        ; 1002a8: e8 12 fe ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002b0: b8 90 10 10 00
    push eax                             ; 1002b5: 50
    call println                         ; 1002b6: e8 e9 fd ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002be: 6a 03
    call exit                            ; 1002c0: e8 68 fe ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002c8: 5f
    pop esi                              ; 1002c9: 5e
    pop ebx                              ; 1002ca: 5b
    leave                                ; 1002cb: c9
    ret                                  ; 1002cc: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebp                             ; 1002cd: 55
    mov ebp, esp                         ; 1002ce: 89 e5
    push ebx                             ; 1002d0: 53
    xor eax, eax                         ; 1002d1: 31 c0
    cmp eax, 0xa                         ; 1002d3: 83 f8 0a
    jge short .L4                        ; 1002d6: 7d 14
.L2:
    mov ecx, eax                         ; 1002d8: 89 c1
    imul ecx, eax                        ; 1002da: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002dd: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002e4: 83 c0 01
    cmp eax, 0xa                         ; 1002e7: 83 f8 0a
    jl short .L2                         ; 1002ea: 7c ec
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002ec: b8 cc 10 10 00
    push eax                             ; 1002f1: 50
    call print                           ; 1002f2: e8 86 fd ff ff
    add esp, 4                           ; 1002f7: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 1002fa: b8 04 30 10 00
    push eax                             ; 1002ff: 50
    call sum                             ; 100300: e8 ef fe ff ff
    add esp, 4                           ; 100305: 83 c4 04
    push eax                             ; 100308: 50
    call printU32                        ; 100309: e8 b1 fd ff ff
    add esp, 4                           ; 10030e: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 100311: b8 90 10 10 00
    push eax                             ; 100316: 50
    call println                         ; 100317: e8 88 fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 10031f: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100328: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100331: 0f bf 05 36 30 10 00
    lea eax, [eax+1]                     ; 100338: 8d 40 01
    movsx eax, ax                        ; 10033b: 0f bf c0
    mov [words+10], ax                   ; 10033e: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 100344: 0f bf 05 30 30 10 00
    push eax                             ; 10034b: 50
    call printI32                        ; 10034c: e8 ab fd ff ff
    add esp, 4                           ; 100351: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 100354: b8 e0 10 10 00
    push eax                             ; 100359: 50
    call print                           ; 10035a: e8 1e fd ff ff
    add esp, 4                           ; 10035f: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 100362: 0f bf 05 36 30 10 00
    push eax                             ; 100369: 50
    call printI32                        ; 10036a: e8 8d fd ff ff
    add esp, 4                           ; 10036f: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 100372: b8 90 10 10 00
    push eax                             ; 100377: 50
    call println                         ; 100378: e8 27 fd ff ff
    add esp, 4                           ; 10037d: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    xor ebx, ebx                         ; 100380: 31 db
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    xor eax, eax                         ; 100382: 31 c0
    cmp eax, 6                           ; 100384: 83 f8 06
    jae short .L13                       ; 100387: 73 11
.L11:
    movzx ecx, byte [eax+primes+4]       ; 100389: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 100390: 01 cb
    add eax, 1                           ; 100392: 83 c0 01
    cmp eax, 6                           ; 100395: 83 f8 06
    jb short .L11                        ; 100398: 72 ef
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 10039a: b8 e8 10 10 00
    push eax                             ; 10039f: 50
    call print                           ; 1003a0: e8 d8 fc ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003a8: 6a 06
    call printI32                        ; 1003aa: e8 4d fd ff ff
    add esp, 4                           ; 1003af: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003b2: b8 f4 10 10 00
    push eax                             ; 1003b7: 50
    call print                           ; 1003b8: e8 c0 fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003c0: 53
    call printU32                        ; 1003c1: e8 f9 fc ff ff
    add esp, 4                           ; 1003c6: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003c9: b8 90 10 10 00
    push eax                             ; 1003ce: 50
    call println                         ; 1003cf: e8 d0 fc ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    xor ebx, ebx                         ; 1003d7: 31 db
    cmp ebx, 3                           ; 1003d9: 83 fb 03
    jae short .L18                       ; 1003dc: 73 26
.L16:
    mov eax, [ebx*4+greetings+4]         ; 1003de: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003e5: 50
    call print                           ; 1003e6: e8 92 fc ff ff
    add esp, 4                           ; 1003eb: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 1003ee: b8 e0 10 10 00
    push eax                             ; 1003f3: 50
    call print                           ; 1003f4: e8 84 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 1003fc: 83 c3 01
    cmp ebx, 3                           ; 1003ff: 83 fb 03
    jb short .L16                        ; 100402: 72 da
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 100404: b8 90 10 10 00
    push eax                             ; 100409: 50
    call println                         ; 10040a: e8 95 fc ff ff
    add esp, 4                           ; 10040f: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 100412: b8 00 11 10 00
    push eax                             ; 100417: 50
    call print                           ; 100418: e8 60 fc ff ff
    add esp, 4                           ; 10041d: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 100420: 0f b6 05 0d 20 10 00
    push eax                             ; 100427: 50
    call printU32                        ; 100428: e8 92 fc ff ff
    add esp, 4                           ; 10042d: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 100430: b8 90 10 10 00
    push eax                             ; 100435: 50
    call println                         ; 100436: e8 69 fc ff ff
    add esp, 4                           ; 10043b: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 10043e: b8 39 02 10 00
    push eax                             ; 100443: 50
    call onBoundsError                   ; 100444: e8 f0 fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 10044c: b8 08 20 10 00
    push 5                               ; 100451: 6a 05
    push eax                             ; 100453: 50
    call pick                            ; 100454: e8 bc fd ff ff
    add esp, 8                           ; 100459: 83 c4 08
    push eax                             ; 10045c: 50
    call printU32                        ; 10045d: e8 5d fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 100465: b8 90 10 10 00
    push eax                             ; 10046a: 50
    call println                         ; 10046b: e8 34 fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 100473: b8 08 20 10 00
    push 6                               ; 100478: 6a 06
    push eax                             ; 10047a: 50
    call pick                            ; 10047b: e8 95 fd ff ff
    add esp, 8                           ; 100480: 83 c4 08
    push eax                             ; 100483: 50
    call printU32                        ; 100484: e8 36 fc ff ff
    add esp, 4                           ; 100489: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 10048c: b8 10 11 10 00
    push eax                             ; 100491: 50
    call println                         ; 100492: e8 0d fc ff ff
    add esp, 4                           ; 100497: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 10049a: 5b
    pop ebp                              ; 10049b: 5d
    ret                                  ; 10049c: c3

__tskc_init:
    push ebp                             ; 10049d: 55
    mov ebp, esp                         ; 10049e: 89 e5
    mov dword [squares], 0xa             ; 1004a0: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004aa: c7 05 2c 30 10 00 04 00 00 00
    pop ebp                              ; 1004b4: 5d
    ret                                  ; 1004b5: c3

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
