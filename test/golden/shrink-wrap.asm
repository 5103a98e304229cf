; tskc 0.1.0 listing of test/golden/shrink-wrap.ts
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
    call main                            ; 10003d: e8 a6 01 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000ef: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f1: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f2: f4
    jmp short .L2                        ; 1000f3: eb fd

show:
    ; test/golden/shrink-wrap.ts:16: function show(label: string, n: u32): u32 {
    push ebx                             ; 1000f5: 53
    mov eax, [esp+8]                     ; 1000f6: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000fa: 8b 5c 24 0c
    ; test/golden/shrink-wrap.ts:17: print(label);
    push eax                             ; 1000fe: 50
    call print                           ; 1000ff: e8 71 ff ff ff
    add esp, 4                           ; 100104: 83 c4 04
    ; test/golden/shrink-wrap.ts:18: printU32(n);
    push ebx                             ; 100107: 53
    call printU32                        ; 100108: e8 a4 ff ff ff
    add esp, 4                           ; 10010d: 83 c4 04
    ; test/golden/shrink-wrap.ts:19: print(" ");
    mov eax, str_2                       ; 100110: b8 1c 10 10 00
    push eax                             ; 100115: 50
    call print                           ; 100116: e8 5a ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; test/golden/shrink-wrap.ts:20: return n;
    mov eax, ebx                         ; 10011e: 89 d8
    pop ebx                              ; 100120: 5b
    ret                                  ; 100121: c3

serve:
    ; test/golden/shrink-wrap.ts:24: function serve(message: Message, reply: Message): void {
    mov eax, [esp+4]                     ; 100122: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100126: 8b 4c 24 08
    ; test/golden/shrink-wrap.ts:25: const kind = message.kind;
    mov edx, [eax]                       ; 10012a: 8b 10
    ; test/golden/shrink-wrap.ts:26: if (kind == 0) {
    test edx, edx                        ; 10012c: 85 d2
    jne short .Lprologue                 ; 10012e: 75 0f
    ; test/golden/shrink-wrap.ts:27: print("idle ");
    mov eax, str_3                       ; 100130: b8 24 10 10 00
    push eax                             ; 100135: 50
    call print                           ; 100136: e8 3a ff ff ff
    add esp, 4                           ; 10013b: 83 c4 04
    ; test/golden/shrink-wrap.ts:28: return;
    ret                                  ; 10013e: c3
.Lprologue:
    ; test/golden/shrink-wrap.ts:30: show("kind ", kind);
    push ebx                             ; 10013f: 53
    push esi                             ; 100140: 56
    push edi                             ; 100141: 57
    mov ebx, eax                         ; 100142: 89 c3
    mov esi, ecx                         ; 100144: 89 ce
    mov edi, edx                         ; 100146: 89 d7
    mov eax, str_4                       ; 100148: b8 30 10 10 00
    push edi                             ; 10014d: 57
    push eax                             ; 10014e: 50
    call show                            ; 10014f: e8 a1 ff ff ff
    add esp, 8                           ; 100154: 83 c4 08
    ; test/golden/shrink-wrap.ts:31: if (kind == 1) reply.value = message.value;
    cmp edi, 1                           ; 100157: 83 ff 01
    jne short .L6                        ; 10015a: 75 0a
    mov eax, [ebx+4]                     ; 10015c: 8b 43 04
    mov [esi+4], eax                     ; 10015f: 89 46 04
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 100162: 5f
    pop esi                              ; 100163: 5e
    pop ebx                              ; 100164: 5b
    ret                                  ; 100165: c3
.L6:
    ; test/golden/shrink-wrap.ts:32: else if (kind == 2) reply.value = message.value * 3 + kind;
    cmp edi, 2                           ; 100166: 83 ff 02
    jne short .L10                       ; 100169: 75 0e
    imul eax, [ebx+4], 3                 ; 10016b: 6b 43 04 03
    lea eax, [eax+edi]                   ; 10016f: 8d 04 38
    mov [esi+4], eax                     ; 100172: 89 46 04
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 100175: 5f
    pop esi                              ; 100176: 5e
    pop ebx                              ; 100177: 5b
    ret                                  ; 100178: c3
.L10:
    ; test/golden/shrink-wrap.ts:33: else reply.kind = kind;
    mov [esi], edi                       ; 100179: 89 3e
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 10017b: 5f
    pop esi                              ; 10017c: 5e
    pop ebx                              ; 10017d: 5b
    ret                                  ; 10017e: c3

combine:
    ; test/golden/shrink-wrap.ts:37: function combine(x: u32, y: u32, z: u32): u32 {
    mov eax, [esp+4]                     ; 10017f: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100183: 8b 4c 24 08
    ; test/golden/shrink-wrap.ts:38: if (x == 0) return y;
    test eax, eax                        ; 100187: 85 c0
    jne short .Lprologue                 ; 100189: 75 03
    mov eax, ecx                         ; 10018b: 89 c8
    ret                                  ; 10018d: c3
.Lprologue:
    ; test/golden/shrink-wrap.ts:39: let s = show("x ", x);
    push ebx                             ; 10018e: 53
    push esi                             ; 10018f: 56
    push edi                             ; 100190: 57
    mov esi, eax                         ; 100191: 89 c6
    mov edi, ecx                         ; 100193: 89 cf
    mov eax, str_5                       ; 100195: b8 3c 10 10 00
    push esi                             ; 10019a: 56
    push eax                             ; 10019b: 50
    call show                            ; 10019c: e8 54 ff ff ff
    add esp, 8                           ; 1001a1: 83 c4 08
    mov ebx, eax                         ; 1001a4: 89 c3
    ; test/golden/shrink-wrap.ts:40: s += show("y ", y);
    mov eax, str_6                       ; 1001a6: b8 44 10 10 00
    push edi                             ; 1001ab: 57
    push eax                             ; 1001ac: 50
    call show                            ; 1001ad: e8 43 ff ff ff
    add esp, 8                           ; 1001b2: 83 c4 08
    add ebx, eax                         ; 1001b5: 01 c3
    ; test/golden/shrink-wrap.ts:41: s += show("z ", z);
    mov eax, str_7                       ; 1001b7: b8 4c 10 10 00
    push dword [esp+0x18]                ; 1001bc: ff 74 24 18
    push eax                             ; 1001c0: 50
    call show                            ; 1001c1: e8 2f ff ff ff
    add esp, 8                           ; 1001c6: 83 c4 08
    add ebx, eax                         ; 1001c9: 01 c3
    ; test/golden/shrink-wrap.ts:42: return s * 1000 + x * 100 + y * 10 + z;
    imul ecx, ebx, 0x3e8                 ; 1001cb: 69 cb e8 03 00 00
    imul eax, esi, 0x64                  ; 1001d1: 6b c6 64
    lea ecx, [ecx+eax]                   ; 1001d4: 8d 0c 01
    imul eax, edi, 0xa                   ; 1001d7: 6b c7 0a
    lea eax, [ecx+eax]                   ; 1001da: 8d 04 01
    mov ecx, [esp+0x18]                  ; 1001dd: 8b 4c 24 18
    lea eax, [eax+ecx]                   ; 1001e1: 8d 04 08
    pop edi                              ; 1001e4: 5f
    pop esi                              ; 1001e5: 5e
    pop ebx                              ; 1001e6: 5b
    ret                                  ; 1001e7: c3

main:
    ; test/golden/shrink-wrap.ts:48: message.kind = 0;
    push ebx                             ; 1001e8: 53
    mov dword [0x200000], 0              ; 1001e9: c7 05 00 00 20 00 00 00 00 00
    ; test/golden/shrink-wrap.ts:49: message.value = 7;
    mov dword [0x200004], 7              ; 1001f3: c7 05 04 00 20 00 07 00 00 00
    ; test/golden/shrink-wrap.ts:50: serve(message, reply);
    push 0x200010                        ; 1001fd: 68 10 00 20 00
    push 0x200000                        ; 100202: 68 00 00 20 00
    call serve                           ; 100207: e8 16 ff ff ff
    add esp, 8                           ; 10020c: 83 c4 08
    ; test/golden/shrink-wrap.ts:51: println("");
    mov ebx, str_8                       ; 10020f: bb 54 10 10 00
    push ebx                             ; 100214: 53
    call println                         ; 100215: e8 7f fe ff ff
    add esp, 4                           ; 10021a: 83 c4 04
    ; test/golden/shrink-wrap.ts:52: message.kind = 2;
    mov dword [0x200000], 2              ; 10021d: c7 05 00 00 20 00 02 00 00 00
    ; test/golden/shrink-wrap.ts:53: serve(message, reply);
    push 0x200010                        ; 100227: 68 10 00 20 00
    push 0x200000                        ; 10022c: 68 00 00 20 00
    call serve                           ; 100231: e8 ec fe ff ff
    add esp, 8                           ; 100236: 83 c4 08
    ; test/golden/shrink-wrap.ts:54: printU32(reply.value);
    mov eax, [0x200014]                  ; 100239: a1 14 00 20 00
    push eax                             ; 10023e: 50
    call printU32                        ; 10023f: e8 6d fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; test/golden/shrink-wrap.ts:55: print(" ");
    mov eax, str_2                       ; 100247: b8 1c 10 10 00
    push eax                             ; 10024c: 50
    call print                           ; 10024d: e8 23 fe ff ff
    add esp, 4                           ; 100252: 83 c4 04
    ; test/golden/shrink-wrap.ts:56: printU32(reply.kind);
    mov eax, [0x200010]                  ; 100255: a1 10 00 20 00
    push eax                             ; 10025a: 50
    call printU32                        ; 10025b: e8 51 fe ff ff
    add esp, 4                           ; 100260: 83 c4 04
    ; test/golden/shrink-wrap.ts:57: println("");
    push ebx                             ; 100263: 53
    call println                         ; 100264: e8 30 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/shrink-wrap.ts:58: printU32(combine(0, 5, 6));
    push 6                               ; 10026c: 6a 06
    push 5                               ; 10026e: 6a 05
    push 0                               ; 100270: 6a 00
    call combine                         ; 100272: e8 08 ff ff ff
    add esp, 0xc                         ; 100277: 83 c4 0c
    push eax                             ; 10027a: 50
    call printU32                        ; 10027b: e8 31 fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; test/golden/shrink-wrap.ts:59: println("");
    push ebx                             ; 100283: 53
    call println                         ; 100284: e8 10 fe ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; test/golden/shrink-wrap.ts:60: printU32(combine(1, 2, 3));
    push 3                               ; 10028c: 6a 03
    push 2                               ; 10028e: 6a 02
    push 1                               ; 100290: 6a 01
    call combine                         ; 100292: e8 e8 fe ff ff
    add esp, 0xc                         ; 100297: 83 c4 0c
    push eax                             ; 10029a: 50
    call printU32                        ; 10029b: e8 11 fe ff ff
    add esp, 4                           ; 1002a0: 83 c4 04
    ; test/golden/shrink-wrap.ts:61: println("");
    push ebx                             ; 1002a3: 53
    call println                         ; 1002a4: e8 f0 fd ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    ; test/golden/shrink-wrap.ts:62: exit(0);
    push 0                               ; 1002ac: 6a 00
    call exit                            ; 1002ae: e8 38 fe ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/shrink-wrap.ts:63: }
    pop ebx                              ; 1002b6: 5b
    ret                                  ; 1002b7: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002b8: 53
    push esi                             ; 1002b9: 56
    mov esi, [esp+0xc]                   ; 1002ba: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002be: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002c2: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002c6: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002ca: a1 00 20 10 00
    push ecx                             ; 1002cf: 51
    push edx                             ; 1002d0: 52
    push ebx                             ; 1002d1: 53
    push esi                             ; 1002d2: 56
    call eax                             ; 1002d3: ff d0
    add esp, 0x10                        ; 1002d5: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002d8: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002d9: f4
    jmp short .L2                        ; 1002da: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002dc: 53
    push esi                             ; 1002dd: 56
    push edi                             ; 1002de: 57
    mov ebx, [esp+0x14]                  ; 1002df: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1002e3: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1002e7: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_9                       ; 1002eb: b8 58 10 10 00
    push eax                             ; 1002f0: 50
    call print                           ; 1002f1: e8 7f fd ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1002f9: 57
    call printU32                        ; 1002fa: e8 b2 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_10                      ; 100302: b8 78 10 10 00
    push eax                             ; 100307: 50
    call print                           ; 100308: e8 68 fd ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100310: 56
    call printU32                        ; 100311: e8 9b fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_11                      ; 100319: b8 98 10 10 00
    push eax                             ; 10031e: 50
    call print                           ; 10031f: e8 51 fd ff ff
    add esp, 4                           ; 100324: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100327: ff 74 24 10
    call print                           ; 10032b: e8 45 fd ff ff
    add esp, 4                           ; 100330: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_12                      ; 100333: b8 a0 10 10 00
    push eax                             ; 100338: 50
    call print                           ; 100339: e8 37 fd ff ff
    add esp, 4                           ; 10033e: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100341: 53
    call printU32                        ; 100342: e8 6a fd ff ff
    add esp, 4                           ; 100347: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_8                       ; 10034a: b8 54 10 10 00
    push eax                             ; 10034f: 50
    call println                         ; 100350: e8 44 fd ff ff
    add esp, 4                           ; 100355: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100358: 6a 65
    call exit                            ; 10035a: e8 8c fd ff ff
    add esp, 4                           ; 10035f: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100362: 5f
    pop esi                              ; 100363: 5e
    pop ebx                              ; 100364: 5b
    ret                                  ; 100365: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; "idle "
    db 0x5, 0x0, 0x0, 0x0, 0x69, 0x64, 0x6c, 0x65, 0x20
    times 0x1030 - ($ - $$) db 0
str_4:  ; "kind "
    db 0x5, 0x0, 0x0, 0x0, 0x6b, 0x69, 0x6e, 0x64, 0x20
    times 0x103c - ($ - $$) db 0
str_5:  ; "x "
    db 0x2, 0x0, 0x0, 0x0, 0x78, 0x20
    times 0x1044 - ($ - $$) db 0
str_6:  ; "y "
    db 0x2, 0x0, 0x0, 0x0, 0x79, 0x20
    times 0x104c - ($ - $$) db 0
str_7:  ; "z "
    db 0x2, 0x0, 0x0, 0x0, 0x7a, 0x20
    times 0x1054 - ($ - $$) db 0
str_8:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1058 - ($ - $$) db 0
str_9:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1078 - ($ - $$) db 0
str_10:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1098 - ($ - $$) db 0
str_11:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x10a0 - ($ - $$) db 0
str_12:  ; ":"
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
