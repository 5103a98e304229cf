; tskc 0.1.0 listing of test/golden/optimiser-memory.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 34 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 100099: 53
    mov ebx, [esp+8]                     ; 10009a: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009e: 83 fb 0a
    jb short .L2                         ; 1000a1: 72 14
    mov ecx, 0xa                         ; 1000a3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a8: 89 d8
    xor edx, edx                         ; 1000aa: 31 d2
    div ecx                              ; 1000ac: f7 f1
    push eax                             ; 1000ae: 50
    call printU32                        ; 1000af: e8 e5 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bc: 89 d8
    xor edx, edx                         ; 1000be: 31 d2
    div ecx                              ; 1000c0: f7 f1
    lea eax, [edx+0x30]                  ; 1000c2: 8d 42 30
    movzx eax, al                        ; 1000c5: 0f b6 c0
    push eax                             ; 1000c8: 50
    call putc                            ; 1000c9: e8 78 ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d1: 5b
    ret                                  ; 1000d2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d3: 53
    mov ebx, [esp+8]                     ; 1000d4: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d8: 85 db
    jge short .L2                        ; 1000da: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dc: 6a 2d
    call putc                            ; 1000de: e8 63 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e6: f7 db
    push ebx                             ; 1000e8: 53
    call printU32                        ; 1000e9: e8 ab ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f1: 5b
    ret                                  ; 1000f2: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f3: 53
    call printU32                        ; 1000f4: e8 a0 ff ff ff
    add esp, 4                           ; 1000f9: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fc: 5b
    ret                                  ; 1000fd: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000fe: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100102: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100104: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100105: f4
    jmp short .L2                        ; 100106: eb fd

$push:
    ; test/golden/optimiser-memory.ts:14: function push(v: i32): void {
    mov edx, [esp+4]                     ; 100108: 8b 54 24 04
    ; test/golden/optimiser-memory.ts:15: const n = list.length;
    mov ecx, [0x300000]                  ; 10010c: 8b 0d 00 00 30 00
    ; test/golden/optimiser-memory.ts:16: store<i32>(0x300000, n + 1);
    lea eax, [ecx+1]                     ; 100112: 8d 41 01
    mov [0x300000], eax                  ; 100115: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    mov eax, [0x300000]                  ; 10011a: a1 00 00 30 00
    cmp ecx, eax                         ; 10011f: 39 c1
    jae short .L3                        ; 100121: 73 08
    mov [ecx*4+0x300004], edx            ; 100123: 89 14 8d 04 00 30 00
    ; test/golden/optimiser-memory.ts:18: }
    ret                                  ; 10012a: c3
.L3:
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    push eax                             ; 10012b: 50
    push ecx                             ; 10012c: 51
    push 0x11                            ; 10012d: 6a 11
    push str_2                           ; 10012f: 68 00 10 10 00
    call boundsTrap                      ; 100134: e8 fb 01 00 00

negateAll:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    push ebx                             ; 100139: 53
    push esi                             ; 10013a: 56
    push edi                             ; 10013b: 57
    xor ecx, ecx                         ; 10013c: 31 c9
    cmp dword [esp+0x10], 0x80000000     ; 10013e: 81 7c 24 10 00 00 00 80
    setne cl                             ; 100146: 0f 95 c1
    xor ebx, ebx                         ; 100149: 31 db
    xor esi, esi                         ; 10014b: 31 f6
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    cmp esi, [esp+0x14]                  ; 10014d: 3b 74 24 14
    jge short .L4                        ; 100151: 7d 0d
.L2:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    test ecx, ecx                        ; 100153: 85 c9
    jne short .L6                        ; 100155: 75 0f
.L3:
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    add esi, 1                           ; 100157: 83 c6 01
    cmp esi, [esp+0x14]                  ; 10015a: 3b 74 24 14
    jl short .L2                         ; 10015e: 7c f3
.L4:
    ; test/golden/optimiser-memory.ts:42: return s;
    mov eax, ebx                         ; 100160: 89 d8
    pop edi                              ; 100162: 5f
    pop esi                              ; 100163: 5e
    pop ebx                              ; 100164: 5b
    ret                                  ; 100165: c3
.L6:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    mov edi, 0xffffffff                  ; 100166: bf ff ff ff ff
    mov eax, [esp+0x10]                  ; 10016b: 8b 44 24 10
    cdq                                  ; 10016f: 99
    idiv edi                             ; 100170: f7 ff
    add ebx, eax                         ; 100172: 01 c3
    jmp short .L3                        ; 100174: eb e1

main:
    ; test/golden/optimiser-memory.ts:52: store<i32>(0x300000, 0);
    push ebx                             ; 100176: 53
    mov dword [0x300000], 0              ; 100177: c7 05 00 00 30 00 00 00 00 00
    ; test/golden/optimiser-memory.ts:53: push(7);
    push 7                               ; 100181: 6a 07
    call $push                           ; 100183: e8 80 ff ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; test/golden/optimiser-memory.ts:54: push(9);
    push 9                               ; 10018b: 6a 09
    call $push                           ; 10018d: e8 76 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/optimiser-memory.ts:55: printI32(list.length); println(""); // 2
    mov eax, [0x300000]                  ; 100195: a1 00 00 30 00
    push eax                             ; 10019a: 50
    call printI32                        ; 10019b: e8 33 ff ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    mov ebx, str_3                       ; 1001a3: bb 24 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001a8: 53
    call print                           ; 1001a9: e8 c7 fe ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001b1: 6a 0a
    call putc                            ; 1001b3: e8 8e fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    mov eax, [0x300000]                  ; 1001bb: a1 00 00 30 00
    test eax, eax                        ; 1001c0: 85 c0
    jbe near .L7                         ; 1001c2: 0f 86 4e 01 00 00
    mov ecx, [0x300004]                  ; 1001c8: 8b 0d 04 00 30 00
    cmp eax, 1                           ; 1001ce: 83 f8 01
    jbe near .L8                         ; 1001d1: 0f 86 4e 01 00 00
    mov eax, [0x300008]                  ; 1001d7: a1 08 00 30 00
    lea eax, [ecx+eax]                   ; 1001dc: 8d 04 01
    push eax                             ; 1001df: 50
    call printI32                        ; 1001e0: e8 ee fe ff ff
    add esp, 4                           ; 1001e5: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001e8: 53
    call print                           ; 1001e9: e8 87 fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f1: 6a 0a
    call putc                            ; 1001f3: e8 4e fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    ; test/golden/optimiser-memory.ts:21: store<i32>(0x300000, 2);
    mov dword [0x300000], 2              ; 1001fb: c7 05 00 00 30 00 02 00 00 00
    ; test/golden/optimiser-memory.ts:22: const first = list.length;
    mov eax, [0x300000]                  ; 100205: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:23: store<i32>(0x300000, 5);
    mov dword [0x300000], 5              ; 10020a: c7 05 00 00 30 00 05 00 00 00
    ; test/golden/optimiser-memory.ts:24: return first * 10 + list.length;
    imul ecx, eax, 0xa                   ; 100214: 6b c8 0a
    mov eax, [0x300000]                  ; 100217: a1 00 00 30 00
    lea eax, [ecx+eax]                   ; 10021c: 8d 04 01
    ; test/golden/optimiser-memory.ts:57: printI32(lengths()); println(""); // 25
    push eax                             ; 10021f: 50
    call printI32                        ; 100220: e8 ae fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100228: 53
    call print                           ; 100229: e8 47 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100231: 6a 0a
    call putc                            ; 100233: e8 0e fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/optimiser-memory.ts:28: store<i32>(0x300000, 0);
    mov dword [0x300000], 0              ; 10023b: c7 05 00 00 30 00 00 00 00 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100245: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 10024a: 8d 40 01
    mov [0x300000], eax                  ; 10024d: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100252: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 100257: 8d 40 01
    mov [0x300000], eax                  ; 10025a: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 10025f: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 100264: 8d 40 01
    mov [0x300000], eax                  ; 100267: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 10026c: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 100271: 8d 40 01
    mov [0x300000], eax                  ; 100274: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:34: return list.length;
    mov eax, [0x300000]                  ; 100279: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:58: printI32(growing()); println(""); // 4
    push eax                             ; 10027e: 50
    call printI32                        ; 10027f: e8 4f fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100287: 53
    call print                           ; 100288: e8 e8 fd ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100290: 6a 0a
    call putc                            ; 100292: e8 af fd ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/optimiser-memory.ts:59: printI32(negateAll(5, 3)); println(""); // -15
    push 3                               ; 10029a: 6a 03
    push 5                               ; 10029c: 6a 05
    call negateAll                       ; 10029e: e8 96 fe ff ff
    add esp, 8                           ; 1002a3: 83 c4 08
    push eax                             ; 1002a6: 50
    call printI32                        ; 1002a7: e8 27 fe ff ff
    add esp, 4                           ; 1002ac: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002af: 53
    call print                           ; 1002b0: e8 c0 fd ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b8: 6a 0a
    call putc                            ; 1002ba: e8 87 fd ff ff
    add esp, 4                           ; 1002bf: 83 c4 04
    ; test/golden/optimiser-memory.ts:60: printI32(negateAll(-2147483648, 3)); println(""); // 0: the guard holds
    push 3                               ; 1002c2: 6a 03
    push 0x80000000                      ; 1002c4: 68 00 00 00 80
    call negateAll                       ; 1002c9: e8 6b fe ff ff
    add esp, 8                           ; 1002ce: 83 c4 08
    push eax                             ; 1002d1: 50
    call printI32                        ; 1002d2: e8 fc fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002da: 53
    call print                           ; 1002db: e8 95 fd ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002e3: 6a 0a
    call putc                            ; 1002e5: e8 5c fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/optimiser-memory.ts:61: printI32(remainders(-2147483648, 0)); println(""); // 0: the loop never runs
    push 0                               ; 1002ed: 6a 00
    call printI32                        ; 1002ef: e8 df fd ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002f7: 53
    call print                           ; 1002f8: e8 78 fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100300: 6a 0a
    call putc                            ; 100302: e8 3f fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; test/golden/optimiser-memory.ts:62: exit(0);
    push 0                               ; 10030a: 6a 00
    call exit                            ; 10030c: e8 ed fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; test/golden/optimiser-memory.ts:63: }
    pop ebx                              ; 100314: 5b
    ret                                  ; 100315: c3
.L7:
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    push eax                             ; 100316: 50
    push 0                               ; 100317: 6a 00
    push 0x38                            ; 100319: 6a 38
    push str_2                           ; 10031b: 68 00 10 10 00
    call boundsTrap                      ; 100320: e8 0f 00 00 00
.L8:
    push eax                             ; 100325: 50
    push 1                               ; 100326: 6a 01
    push 0x38                            ; 100328: 6a 38
    push str_2                           ; 10032a: 68 00 10 10 00
    call boundsTrap                      ; 10032f: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100334: 53
    push esi                             ; 100335: 56
    mov esi, [esp+0xc]                   ; 100336: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10033a: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10033e: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100342: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100346: a1 00 20 10 00
    push ecx                             ; 10034b: 51
    push edx                             ; 10034c: 52
    push ebx                             ; 10034d: 53
    push esi                             ; 10034e: 56
    call eax                             ; 10034f: ff d0
    add esp, 0x10                        ; 100351: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100354: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100355: f4
    jmp short .L2                        ; 100356: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100358: 53
    push esi                             ; 100359: 56
    push edi                             ; 10035a: 57
    mov ebx, [esp+0x14]                  ; 10035b: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10035f: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100363: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 100367: b8 28 10 10 00
    push eax                             ; 10036c: 50
    call print                           ; 10036d: e8 03 fd ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100375: 57
    call printU32                        ; 100376: e8 1e fd ff ff
    add esp, 4                           ; 10037b: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 10037e: b8 48 10 10 00
    push eax                             ; 100383: 50
    call print                           ; 100384: e8 ec fc ff ff
    add esp, 4                           ; 100389: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10038c: 56
    call printU32                        ; 10038d: e8 07 fd ff ff
    add esp, 4                           ; 100392: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 100395: b8 68 10 10 00
    push eax                             ; 10039a: 50
    call print                           ; 10039b: e8 d5 fc ff ff
    add esp, 4                           ; 1003a0: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003a3: ff 74 24 10
    call print                           ; 1003a7: e8 c9 fc ff ff
    add esp, 4                           ; 1003ac: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 1003af: b8 70 10 10 00
    push eax                             ; 1003b4: 50
    call print                           ; 1003b5: e8 bb fc ff ff
    add esp, 4                           ; 1003ba: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003bd: 53
    call printU32                        ; 1003be: e8 d6 fc ff ff
    add esp, 4                           ; 1003c3: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003c6: b8 24 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1003cb: 50
    call print                           ; 1003cc: e8 a4 fc ff ff
    add esp, 4                           ; 1003d1: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003d4: 6a 0a
    call putc                            ; 1003d6: e8 6b fc ff ff
    add esp, 4                           ; 1003db: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003de: 6a 65
    call exit                            ; 1003e0: e8 19 fd ff ff
    add esp, 4                           ; 1003e5: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003e8: 5f
    pop esi                              ; 1003e9: 5e
    pop ebx                              ; 1003ea: 5b
    ret                                  ; 1003eb: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "test/golden/optimiser-memory.ts"
    db 0x1f, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6f, 0x70, 0x74, 0x69, 0x6d, 0x69, 0x73, 0x65, 0x72, 0x2d, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79
    db 0x2e, 0x74, 0x73
    times 0x1024 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1028 - ($ - $$) db 0
str_4:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1048 - ($ - $$) db 0
str_5:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1068 - ($ - $$) db 0
str_6:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1070 - ($ - $$) db 0
str_7:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
