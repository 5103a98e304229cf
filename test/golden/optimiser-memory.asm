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
    call main                            ; 10003d: e8 38 01 00 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100100: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100104: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100106: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100107: f4
    jmp short .L2                        ; 100108: eb fd

$push:
    ; test/golden/optimiser-memory.ts:14: function push(v: i32): void {
    mov edx, [esp+4]                     ; 10010a: 8b 54 24 04
    ; test/golden/optimiser-memory.ts:15: const n = list.length;
    mov ecx, [0x300000]                  ; 10010e: 8b 0d 00 00 30 00
    ; test/golden/optimiser-memory.ts:16: store<i32>(0x300000, n + 1);
    lea eax, [ecx+1]                     ; 100114: 8d 41 01
    mov [0x300000], eax                  ; 100117: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    mov eax, [0x300000]                  ; 10011c: a1 00 00 30 00
    cmp ecx, eax                         ; 100121: 39 c1
    jae short .L3                        ; 100123: 73 08
    mov [ecx*4+0x300004], edx            ; 100125: 89 14 8d 04 00 30 00
    ; test/golden/optimiser-memory.ts:18: }
    ret                                  ; 10012c: c3
.L3:
    ; test/golden/optimiser-memory.ts:17: list[n] = v;
    push eax                             ; 10012d: 50
    push ecx                             ; 10012e: 51
    push 0x11                            ; 10012f: 6a 11
    push str_2                           ; 100131: 68 00 10 10 00
    call boundsTrap                      ; 100136: e8 fd 01 00 00

negateAll:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    push ebx                             ; 10013b: 53
    push esi                             ; 10013c: 56
    push edi                             ; 10013d: 57
    xor ecx, ecx                         ; 10013e: 31 c9
    cmp dword [esp+0x10], 0x80000000     ; 100140: 81 7c 24 10 00 00 00 80
    setne cl                             ; 100148: 0f 95 c1
    xor ebx, ebx                         ; 10014b: 31 db
    xor esi, esi                         ; 10014d: 31 f6
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    mov eax, [esp+0x14]                  ; 10014f: 8b 44 24 14
    test eax, eax                        ; 100153: 85 c0
    jle short .L4                        ; 100155: 7e 0d
.L2:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    test ecx, ecx                        ; 100157: 85 c9
    jne short .L6                        ; 100159: 75 0f
.L3:
    ; test/golden/optimiser-memory.ts:39: for (let i = 0; i < n; i++) {
    add esi, 1                           ; 10015b: 83 c6 01
    cmp esi, [esp+0x14]                  ; 10015e: 3b 74 24 14
    jl short .L2                         ; 100162: 7c f3
.L4:
    ; test/golden/optimiser-memory.ts:42: return s;
    mov eax, ebx                         ; 100164: 89 d8
    pop edi                              ; 100166: 5f
    pop esi                              ; 100167: 5e
    pop ebx                              ; 100168: 5b
    ret                                  ; 100169: c3
.L6:
    ; test/golden/optimiser-memory.ts:40: if (x != -2147483648) s += x / -1;
    mov edi, 0xffffffff                  ; 10016a: bf ff ff ff ff
    mov eax, [esp+0x10]                  ; 10016f: 8b 44 24 10
    cdq                                  ; 100173: 99
    idiv edi                             ; 100174: f7 ff
    add ebx, eax                         ; 100176: 01 c3
    jmp short .L3                        ; 100178: eb e1

main:
    ; test/golden/optimiser-memory.ts:52: store<i32>(0x300000, 0);
    push ebx                             ; 10017a: 53
    mov dword [0x300000], 0              ; 10017b: c7 05 00 00 30 00 00 00 00 00
    ; test/golden/optimiser-memory.ts:53: push(7);
    push 7                               ; 100185: 6a 07
    call $push                           ; 100187: e8 7e ff ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; test/golden/optimiser-memory.ts:54: push(9);
    push 9                               ; 10018f: 6a 09
    call $push                           ; 100191: e8 74 ff ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; test/golden/optimiser-memory.ts:55: printI32(list.length); println(""); // 2
    mov eax, [0x300000]                  ; 100199: a1 00 00 30 00
    push eax                             ; 10019e: 50
    call printI32                        ; 10019f: e8 30 ff ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    mov ebx, str_3                       ; 1001a7: bb 24 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001ac: 53
    call print                           ; 1001ad: e8 c3 fe ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001b5: 6a 0a
    call putc                            ; 1001b7: e8 8a fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    mov eax, [0x300000]                  ; 1001bf: a1 00 00 30 00
    test eax, eax                        ; 1001c4: 85 c0
    jbe near .L7                         ; 1001c6: 0f 86 4e 01 00 00
    mov ecx, [0x300004]                  ; 1001cc: 8b 0d 04 00 30 00
    cmp eax, 1                           ; 1001d2: 83 f8 01
    jbe near .L8                         ; 1001d5: 0f 86 4e 01 00 00
    mov eax, [0x300008]                  ; 1001db: a1 08 00 30 00
    lea eax, [ecx+eax]                   ; 1001e0: 8d 04 01
    push eax                             ; 1001e3: 50
    call printI32                        ; 1001e4: e8 eb fe ff ff
    add esp, 4                           ; 1001e9: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001ec: 53
    call print                           ; 1001ed: e8 83 fe ff ff
    add esp, 4                           ; 1001f2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f5: 6a 0a
    call putc                            ; 1001f7: e8 4a fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/optimiser-memory.ts:21: store<i32>(0x300000, 2);
    mov dword [0x300000], 2              ; 1001ff: c7 05 00 00 30 00 02 00 00 00
    ; test/golden/optimiser-memory.ts:22: const first = list.length;
    mov eax, [0x300000]                  ; 100209: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:23: store<i32>(0x300000, 5);
    mov dword [0x300000], 5              ; 10020e: c7 05 00 00 30 00 05 00 00 00
    ; test/golden/optimiser-memory.ts:24: return first * 10 + list.length;
    imul ecx, eax, 0xa                   ; 100218: 6b c8 0a
    mov eax, [0x300000]                  ; 10021b: a1 00 00 30 00
    lea eax, [ecx+eax]                   ; 100220: 8d 04 01
    ; test/golden/optimiser-memory.ts:57: printI32(lengths()); println(""); // 25
    push eax                             ; 100223: 50
    call printI32                        ; 100224: e8 ab fe ff ff
    add esp, 4                           ; 100229: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10022c: 53
    call print                           ; 10022d: e8 43 fe ff ff
    add esp, 4                           ; 100232: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100235: 6a 0a
    call putc                            ; 100237: e8 0a fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; test/golden/optimiser-memory.ts:28: store<i32>(0x300000, 0);
    mov dword [0x300000], 0              ; 10023f: c7 05 00 00 30 00 00 00 00 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100249: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 10024e: 8d 40 01
    mov [0x300000], eax                  ; 100251: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100256: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 10025b: 8d 40 01
    mov [0x300000], eax                  ; 10025e: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100263: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 100268: 8d 40 01
    mov [0x300000], eax                  ; 10026b: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:31: seen = list.length;
    mov eax, [0x300000]                  ; 100270: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:32: store<i32>(0x300000, seen + 1);
    lea eax, [eax+1]                     ; 100275: 8d 40 01
    mov [0x300000], eax                  ; 100278: a3 00 00 30 00
    ; test/golden/optimiser-memory.ts:34: return list.length;
    mov eax, [0x300000]                  ; 10027d: a1 00 00 30 00
    ; test/golden/optimiser-memory.ts:58: printI32(growing()); println(""); // 4
    push eax                             ; 100282: 50
    call printI32                        ; 100283: e8 4c fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10028b: 53
    call print                           ; 10028c: e8 e4 fd ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100294: 6a 0a
    call putc                            ; 100296: e8 ab fd ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; test/golden/optimiser-memory.ts:59: printI32(negateAll(5, 3)); println(""); // -15
    push 3                               ; 10029e: 6a 03
    push 5                               ; 1002a0: 6a 05
    call negateAll                       ; 1002a2: e8 94 fe ff ff
    add esp, 8                           ; 1002a7: 83 c4 08
    push eax                             ; 1002aa: 50
    call printI32                        ; 1002ab: e8 24 fe ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002b3: 53
    call print                           ; 1002b4: e8 bc fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002bc: 6a 0a
    call putc                            ; 1002be: e8 83 fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/optimiser-memory.ts:60: printI32(negateAll(-2147483648, 3)); println(""); // 0: the guard holds
    push 3                               ; 1002c6: 6a 03
    push 0x80000000                      ; 1002c8: 68 00 00 00 80
    call negateAll                       ; 1002cd: e8 69 fe ff ff
    add esp, 8                           ; 1002d2: 83 c4 08
    push eax                             ; 1002d5: 50
    call printI32                        ; 1002d6: e8 f9 fd ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002de: 53
    call print                           ; 1002df: e8 91 fd ff ff
    add esp, 4                           ; 1002e4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002e7: 6a 0a
    call putc                            ; 1002e9: e8 58 fd ff ff
    add esp, 4                           ; 1002ee: 83 c4 04
    ; test/golden/optimiser-memory.ts:61: printI32(remainders(-2147483648, 0)); println(""); // 0: the loop never runs
    push 0                               ; 1002f1: 6a 00
    call printI32                        ; 1002f3: e8 dc fd ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002fb: 53
    call print                           ; 1002fc: e8 74 fd ff ff
    add esp, 4                           ; 100301: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100304: 6a 0a
    call putc                            ; 100306: e8 3b fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/optimiser-memory.ts:62: exit(0);
    push 0                               ; 10030e: 6a 00
    call exit                            ; 100310: e8 eb fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/optimiser-memory.ts:63: }
    pop ebx                              ; 100318: 5b
    ret                                  ; 100319: c3
.L7:
    ; test/golden/optimiser-memory.ts:56: printI32(list[0] + list[1]); println(""); // 16
    push eax                             ; 10031a: 50
    push 0                               ; 10031b: 6a 00
    push 0x38                            ; 10031d: 6a 38
    push str_2                           ; 10031f: 68 00 10 10 00
    call boundsTrap                      ; 100324: e8 0f 00 00 00
.L8:
    push eax                             ; 100329: 50
    push 1                               ; 10032a: 6a 01
    push 0x38                            ; 10032c: 6a 38
    push str_2                           ; 10032e: 68 00 10 10 00
    call boundsTrap                      ; 100333: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100338: 53
    push esi                             ; 100339: 56
    mov esi, [esp+0xc]                   ; 10033a: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10033e: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100342: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100346: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10034a: a1 00 20 10 00
    push ecx                             ; 10034f: 51
    push edx                             ; 100350: 52
    push ebx                             ; 100351: 53
    push esi                             ; 100352: 56
    call eax                             ; 100353: ff d0
    add esp, 0x10                        ; 100355: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100358: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100359: f4
    jmp short .L2                        ; 10035a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10035c: 53
    push esi                             ; 10035d: 56
    push edi                             ; 10035e: 57
    mov ebx, [esp+0x14]                  ; 10035f: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100363: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100367: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 10036b: b8 28 10 10 00
    push eax                             ; 100370: 50
    call print                           ; 100371: e8 ff fc ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100379: 57
    call printU32                        ; 10037a: e8 1b fd ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 100382: b8 48 10 10 00
    push eax                             ; 100387: 50
    call print                           ; 100388: e8 e8 fc ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100390: 56
    call printU32                        ; 100391: e8 04 fd ff ff
    add esp, 4                           ; 100396: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 100399: b8 68 10 10 00
    push eax                             ; 10039e: 50
    call print                           ; 10039f: e8 d1 fc ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003a7: ff 74 24 10
    call print                           ; 1003ab: e8 c5 fc ff ff
    add esp, 4                           ; 1003b0: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 1003b3: b8 70 10 10 00
    push eax                             ; 1003b8: 50
    call print                           ; 1003b9: e8 b7 fc ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003c1: 53
    call printU32                        ; 1003c2: e8 d3 fc ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003ca: b8 24 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1003cf: 50
    call print                           ; 1003d0: e8 a0 fc ff ff
    add esp, 4                           ; 1003d5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003d8: 6a 0a
    call putc                            ; 1003da: e8 67 fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003e2: 6a 65
    call exit                            ; 1003e4: e8 17 fd ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003ec: 5f
    pop esi                              ; 1003ed: 5e
    pop ebx                              ; 1003ee: 5b
    ret                                  ; 1003ef: c3

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
