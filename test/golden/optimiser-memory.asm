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
    call main                            ; 10003d: e8 ca 01 00 00
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

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000ef: 85 c0
    jge short .L2                        ; 1000f1: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f3: 53
    mov ebx, eax                         ; 1000f4: 89 c3
    push 0x2d                            ; 1000f6: 6a 2d
    call putc                            ; 1000f8: e8 49 ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100100: f7 db
    push ebx                             ; 100102: 53
    call printU32                        ; 100103: e8 a9 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010b: 5b
    ret                                  ; 10010c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 9e ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100116: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100117: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011b: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011d: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011e: f4
    jmp short .L2                        ; 10011f: eb fd

$push:
    ; test/golden/optimiser-memory.ts:14: function push(v: i32): void {
    mov edx, [esp+4]                     ; 100121: 8b 54 24 04
    ; test/golden/optimiser-memory.ts:15: const n = list.length;
    mov ecx, [0x300000]                  ; 100125: 8b 0d 00 00 30 00
    ; test/golden/optimiser-memory.ts:16: store<i32>(0x300000, n + 1);
    lea eax, [ecx+1]                     ; 10012b: 8d 41 01
    mov [0x300000], eax                  ; 10012e: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    mov eax, [0x300000]                  ; 100133: a1 00 00 30 00
    cmp ecx, eax                         ; 100138: 39 c1
    jae short .L3                        ; 10013a: 73 08
    mov [ecx*4+0x300004], edx            ; 10013c: 89 14 8d 04 00 30 00
    ; test/golden/optimiser-memory.ts:18: }
    ret                                  ; 100143: c3
.L3:
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    push eax                             ; 100144: 50
    push ecx                             ; 100145: 51
    push 0x11                            ; 100146: 6a 11
    push str_2                           ; 100148: 68 1c 10 10 00
    call boundsTrap                      ; 10014d: e8 e3 01 00 00

lengths:
    ; test/golden/optimiser-memory.ts:21: store<i32>(0x300000, 2);
    mov dword [0x300000], 2              ; 100152: c7 05 00 00 30 00 02 00 00 00
    ; test/golden/optimiser-memory.ts:22: const first = list.length;
    mov eax, [0x300000]                  ; 10015c: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:23: store<i32>(0x300000, 5);
    mov dword [0x300000], 5              ; 100161: c7 05 00 00 30 00 05 00 00 00
    ; test/golden/optimiser-memory.ts:24: return first * 10 + list.length;
    imul ecx, eax, 0xa                   ; 10016b: 6b c8 0a
    mov eax, [0x300000]                  ; 10016e: a1 00 00 30 00
    lea eax, [ecx+eax]                   ; 100173: 8d 04 01
    ret                                  ; 100176: c3

growing:
    ; test/golden/optimiser-memory.ts:28: store<i32>(0x300000, 0);
    mov dword [0x300000], 0              ; 100177: c7 05 00 00 30 00 00 00 00 00
    xor eax, eax                         ; 100181: 31 c0
    ; test/golden/optimiser-memory.ts:30: for (let i = 0; i < 4; i++) {
    cmp eax, 4                           ; 100183: 83 f8 04
    jge short .L4                        ; 100186: 7d 17
.L2:
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov ecx, [0x300000]                  ; 100188: 8b 0d 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea ecx, [ecx+1]                     ; 10018e: 8d 49 01
    mov [0x300000], ecx                  ; 100191: 89 0d 00 00 30 00
    ; test/golden/optimiser-memory.ts:30: for (let i = 0; i < 4; i++) {
    add eax, 1                           ; 100197: 83 c0 01
    cmp eax, 4                           ; 10019a: 83 f8 04
    jl short .L2                         ; 10019d: 7c e9
.L4:
    ; test/golden/optimiser-memory.ts:34: return list.length;
    mov eax, [0x300000]                  ; 10019f: a1 00 00 30 00
    ret                                  ; 1001a4: c3

negateAll:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    push ebx                             ; 1001a5: 53
    push esi                             ; 1001a6: 56
    push edi                             ; 1001a7: 57
    xor ecx, ecx                         ; 1001a8: 31 c9
    cmp dword [esp+0x10], 0x80000000     ; 1001aa: 81 7c 24 10 00 00 00 80
    setne cl                             ; 1001b2: 0f 95 c1
    xor ebx, ebx                         ; 1001b5: 31 db
    xor esi, esi                         ; 1001b7: 31 f6
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    cmp esi, [esp+0x14]                  ; 1001b9: 3b 74 24 14
    jge short .L4                        ; 1001bd: 7d 0d
.L2:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    test ecx, ecx                        ; 1001bf: 85 c9
    jne short .L6                        ; 1001c1: 75 0f
.L3:
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    add esi, 1                           ; 1001c3: 83 c6 01
    cmp esi, [esp+0x14]                  ; 1001c6: 3b 74 24 14
    jl short .L2                         ; 1001ca: 7c f3
.L4:
    ; test/golden/optimiser-memory.ts:42: return s;
    mov eax, ebx                         ; 1001cc: 89 d8
    pop edi                              ; 1001ce: 5f
    pop esi                              ; 1001cf: 5e
    pop ebx                              ; 1001d0: 5b
    ret                                  ; 1001d1: c3
.L6:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    mov edi, 0xffffffff                  ; 1001d2: bf ff ff ff ff
    mov eax, [esp+0x10]                  ; 1001d7: 8b 44 24 10
    cdq                                  ; 1001db: 99
    idiv edi                             ; 1001dc: f7 ff
    add ebx, eax                         ; 1001de: 01 c3
    jmp short .L3                        ; 1001e0: eb e1

remainders:
    ; test/golden/optimiser-memory.ts:45: function remainders(x: i32, n: i32): i32 {
    push ebx                             ; 1001e2: 53
    push esi                             ; 1001e3: 56
    push edi                             ; 1001e4: 57
    mov esi, [esp+0x14]                  ; 1001e5: 8b 74 24 14
    xor ecx, ecx                         ; 1001e9: 31 c9
    xor ebx, ebx                         ; 1001eb: 31 db
    ; test/golden/optimiser-memory.ts:47: for (let i = 0; i < n; i++) s += x % -1;
    cmp ebx, esi                         ; 1001ed: 39 f3
    jge short .L4                        ; 1001ef: 7d 15
.L2:
    mov edi, 0xffffffff                  ; 1001f1: bf ff ff ff ff
    mov eax, [esp+0x10]                  ; 1001f6: 8b 44 24 10
    cdq                                  ; 1001fa: 99
    idiv edi                             ; 1001fb: f7 ff
    add ecx, edx                         ; 1001fd: 01 d1
    add ebx, 1                           ; 1001ff: 83 c3 01
    cmp ebx, esi                         ; 100202: 39 f3
    jl short .L2                         ; 100204: 7c eb
.L4:
    ; test/golden/optimiser-memory.ts:48: return s;
    mov eax, ecx                         ; 100206: 89 c8
    pop edi                              ; 100208: 5f
    pop esi                              ; 100209: 5e
    pop ebx                              ; 10020a: 5b
    ret                                  ; 10020b: c3

main:
    ; test/golden/optimiser-memory.ts:52: store<i32>(0x300000, 0);
    push ebx                             ; 10020c: 53
    mov dword [0x300000], 0              ; 10020d: c7 05 00 00 30 00 00 00 00 00
    ; test/golden/optimiser-memory.ts:53: push(7);
    push 7                               ; 100217: 6a 07
    call $push                           ; 100219: e8 03 ff ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; test/golden/optimiser-memory.ts:54: push(9);
    push 9                               ; 100221: 6a 09
    call $push                           ; 100223: e8 f9 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; test/golden/optimiser-memory.ts:55: printI32(list.length); println(""); // 2
    mov eax, [0x300000]                  ; 10022b: a1 00 00 30 00
    push eax                             ; 100230: 50
    call printI32                        ; 100231: e8 b5 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    mov ebx, str_3                       ; 100239: bb 40 10 10 00
    push ebx                             ; 10023e: 53
    call println                         ; 10023f: e8 55 fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    mov eax, [0x300000]                  ; 100247: a1 00 00 30 00
    test eax, eax                        ; 10024c: 85 c0
    jbe near .L7                         ; 10024e: 0f 86 c3 00 00 00
    mov ecx, [0x300004]                  ; 100254: 8b 0d 04 00 30 00
    cmp eax, 1                           ; 10025a: 83 f8 01
    jbe near .L8                         ; 10025d: 0f 86 c3 00 00 00
    mov eax, [0x300008]                  ; 100263: a1 08 00 30 00
    lea eax, [ecx+eax]                   ; 100268: 8d 04 01
    push eax                             ; 10026b: 50
    call printI32                        ; 10026c: e8 7a fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    push ebx                             ; 100274: 53
    call println                         ; 100275: e8 1f fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/optimiser-memory.ts:57: printI32(lengths()); println(""); // 25
    call lengths                         ; 10027d: e8 d0 fe ff ff
    push eax                             ; 100282: 50
    call printI32                        ; 100283: e8 63 fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    push ebx                             ; 10028b: 53
    call println                         ; 10028c: e8 08 fe ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/optimiser-memory.ts:58: printI32(growing()); println(""); // 4
    call growing                         ; 100294: e8 de fe ff ff
    push eax                             ; 100299: 50
    call printI32                        ; 10029a: e8 4c fe ff ff
    add esp, 4                           ; 10029f: 83 c4 04
    push ebx                             ; 1002a2: 53
    call println                         ; 1002a3: e8 f1 fd ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    ; test/golden/optimiser-memory.ts:59: printI32(negateAll(5, 3)); println(""); // -15
    push 3                               ; 1002ab: 6a 03
    push 5                               ; 1002ad: 6a 05
    call negateAll                       ; 1002af: e8 f1 fe ff ff
    add esp, 8                           ; 1002b4: 83 c4 08
    push eax                             ; 1002b7: 50
    call printI32                        ; 1002b8: e8 2e fe ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    push ebx                             ; 1002c0: 53
    call println                         ; 1002c1: e8 d3 fd ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; test/golden/optimiser-memory.ts:60: printI32(negateAll(-2147483648, 3)); println(""); // 0: the guard holds
    push 3                               ; 1002c9: 6a 03
    push 0x80000000                      ; 1002cb: 68 00 00 00 80
    call negateAll                       ; 1002d0: e8 d0 fe ff ff
    add esp, 8                           ; 1002d5: 83 c4 08
    push eax                             ; 1002d8: 50
    call printI32                        ; 1002d9: e8 0d fe ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    push ebx                             ; 1002e1: 53
    call println                         ; 1002e2: e8 b2 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/optimiser-memory.ts:61: printI32(remainders(-2147483648, 0)); println(""); // 0: the loop never runs
    push 0                               ; 1002ea: 6a 00
    push 0x80000000                      ; 1002ec: 68 00 00 00 80
    call remainders                      ; 1002f1: e8 ec fe ff ff
    add esp, 8                           ; 1002f6: 83 c4 08
    push eax                             ; 1002f9: 50
    call printI32                        ; 1002fa: e8 ec fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    push ebx                             ; 100302: 53
    call println                         ; 100303: e8 91 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; test/golden/optimiser-memory.ts:62: exit(0);
    push 0                               ; 10030b: 6a 00
    call exit                            ; 10030d: e8 05 fe ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/optimiser-memory.ts:63: }
    pop ebx                              ; 100315: 5b
    ret                                  ; 100316: c3
.L7:
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    push eax                             ; 100317: 50
    push 0                               ; 100318: 6a 00
    push 0x38                            ; 10031a: 6a 38
    push str_2                           ; 10031c: 68 1c 10 10 00
    call boundsTrap                      ; 100321: e8 0f 00 00 00
.L8:
    push eax                             ; 100326: 50
    push 1                               ; 100327: 6a 01
    push 0x38                            ; 100329: 6a 38
    push str_2                           ; 10032b: 68 1c 10 10 00
    call boundsTrap                      ; 100330: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100335: 53
    push esi                             ; 100336: 56
    mov esi, [esp+0xc]                   ; 100337: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10033b: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10033f: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100343: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100347: a1 00 20 10 00
    push ecx                             ; 10034c: 51
    push edx                             ; 10034d: 52
    push ebx                             ; 10034e: 53
    push esi                             ; 10034f: 56
    call eax                             ; 100350: ff d0
    add esp, 0x10                        ; 100352: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100355: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100356: f4
    jmp short .L2                        ; 100357: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100359: 53
    push esi                             ; 10035a: 56
    push edi                             ; 10035b: 57
    mov ebx, [esp+0x14]                  ; 10035c: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100360: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100364: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 100368: b8 44 10 10 00
    push eax                             ; 10036d: 50
    call print                           ; 10036e: e8 02 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100376: 57
    call printU32                        ; 100377: e8 35 fd ff ff
    add esp, 4                           ; 10037c: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 10037f: b8 64 10 10 00
    push eax                             ; 100384: 50
    call print                           ; 100385: e8 eb fc ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10038d: 56
    call printU32                        ; 10038e: e8 1e fd ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 100396: b8 84 10 10 00
    push eax                             ; 10039b: 50
    call print                           ; 10039c: e8 d4 fc ff ff
    add esp, 4                           ; 1003a1: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003a4: ff 74 24 10
    call print                           ; 1003a8: e8 c8 fc ff ff
    add esp, 4                           ; 1003ad: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 1003b0: b8 8c 10 10 00
    push eax                             ; 1003b5: 50
    call print                           ; 1003b6: e8 ba fc ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003be: 53
    call printU32                        ; 1003bf: e8 ed fc ff ff
    add esp, 4                           ; 1003c4: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003c7: b8 40 10 10 00
    push eax                             ; 1003cc: 50
    call println                         ; 1003cd: e8 c7 fc ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003d5: 6a 65
    call exit                            ; 1003d7: e8 3b fd ff ff
    add esp, 4                           ; 1003dc: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003df: 5f
    pop esi                              ; 1003e0: 5e
    pop ebx                              ; 1003e1: 5b
    ret                                  ; 1003e2: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "test/golden/optimiser-memory.ts"
    db 0x1f, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6f, 0x70, 0x74, 0x69, 0x6d, 0x69, 0x73, 0x65, 0x72, 0x2d, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79
    db 0x2e, 0x74, 0x73
    times 0x1040 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1044 - ($ - $$) db 0
str_4:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1064 - ($ - $$) db 0
str_5:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1084 - ($ - $$) db 0
str_6:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x108c - ($ - $$) db 0
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
