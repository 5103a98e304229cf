; tskc 0.1.0 listing of test/golden/globals.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x10201c, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 10 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 10 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 1d 01 00 00
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

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 10010a: 8b 54 24 04
    mov ecx, [esp+8]                     ; 10010e: 8b 4c 24 08
    ; test/golden/globals.ts:14: calls++;
    mov eax, [calls]                     ; 100112: a1 00 30 10 00
    lea eax, [eax+1]                     ; 100117: 8d 40 01
    mov [calls], eax                     ; 10011a: a3 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [edx+ecx]                   ; 10011f: 8d 04 0a
    ret                                  ; 100122: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100123: 8b 44 24 04
    mov edx, [esp+8]                     ; 100127: 8b 54 24 08
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 10012b: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 100131: 8d 49 01
    mov [calls], ecx                     ; 100134: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 10013a: 0f af c2
    imul eax, [scale]                    ; 10013d: 0f af 05 00 20 10 00
    ret                                  ; 100144: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100145: 8b 44 24 04
    mov edx, [esp+8]                     ; 100149: 8b 54 24 08
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 10014d: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 100153: 8d 49 01
    mov [calls], ecx                     ; 100156: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 10015c: 29 d0
    ret                                  ; 10015e: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebx                             ; 10015f: 53
    push esi                             ; 100160: 56
    push edi                             ; 100161: 57
    mov eax, [banner]                    ; 100162: a1 04 20 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 08 ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100170: 6a 0a
    call putc                            ; 100172: e8 cf fe ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 10017a: a1 08 20 10 00
    push 3                               ; 10017f: 6a 03
    push 2                               ; 100181: 6a 02
    call eax                             ; 100183: ff d0
    add esp, 8                           ; 100185: 83 c4 08
    push eax                             ; 100188: 50
    call printI32                        ; 100189: e8 46 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov edi, str_3                       ; 100191: bf 14 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100196: 57
    call print                           ; 100197: e8 d9 fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019f: 6a 0a
    call putc                            ; 1001a1: e8 a0 fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 1001a9: b8 45 01 10 00
    mov [current], eax                   ; 1001ae: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 1001b3: a1 08 20 10 00
    push 3                               ; 1001b8: 6a 03
    push 2                               ; 1001ba: 6a 02
    call eax                             ; 1001bc: ff d0
    add esp, 8                           ; 1001be: 83 c4 08
    push eax                             ; 1001c1: 50
    call printI32                        ; 1001c2: e8 0d ff ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1001ca: 57
    call print                           ; 1001cb: e8 a5 fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001d3: 6a 0a
    call putc                            ; 1001d5: e8 6c fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 1001dd: c7 05 00 20 10 00 ff ff ff ff
    xor ebx, ebx                         ; 1001e7: 31 db
.L2:
    ; test/golden/globals.ts:42: for (const op of operations) {
    mov eax, [ebx*4+operations+4]        ; 1001e9: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:31: return op(a, b);
    push 7                               ; 1001f0: 6a 07
    push 6                               ; 1001f2: 6a 06
    call eax                             ; 1001f4: ff d0
    add esp, 8                           ; 1001f6: 83 c4 08
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push eax                             ; 1001f9: 50
    call printI32                        ; 1001fa: e8 d5 fe ff ff
    add esp, 4                           ; 1001ff: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 100202: b8 18 10 10 00
    push eax                             ; 100207: 50
    call print                           ; 100208: e8 68 fe ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 100210: 83 c3 01
    cmp ebx, 3                           ; 100213: 83 fb 03
    jb short .L2                         ; 100216: 72 d1
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100218: 57
    call print                           ; 100219: e8 57 fe ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100221: 6a 0a
    call putc                            ; 100223: e8 1e fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 10022b: b8 20 10 10 00
    push eax                             ; 100230: 50
    call print                           ; 100231: e8 3f fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 100239: a1 00 30 10 00
    push eax                             ; 10023e: 50
    call printU32                        ; 10023f: e8 56 fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100247: 57
    call print                           ; 100248: e8 28 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100250: 6a 0a
    call putc                            ; 100252: e8 ef fd ff ff
    add esp, 4                           ; 100257: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 10025a: b8 2c 10 10 00
    push eax                             ; 10025f: 50
    call print                           ; 100260: e8 10 fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov ebx, scale                       ; 100268: bb 00 20 10 00
    test ebx, 0xfff                      ; 10026d: f7 c3 ff 0f 00 00
    jne short .L7                        ; 100273: 75 07
    mov eax, str_7                       ; 100275: b8 50 10 10 00
    jmp short .L35                       ; 10027a: eb 05
.L7:
    mov eax, str_8                       ; 10027c: b8 58 10 10 00
.L35:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100281: 50
    call print                           ; 100282: e8 ee fd ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10028a: 6a 0a
    call putc                            ; 10028c: e8 b5 fd ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 100294: b8 60 10 10 00
    push eax                             ; 100299: 50
    call print                           ; 10029a: e8 d6 fd ff ff
    add esp, 4                           ; 10029f: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 1002a2: b8 00 30 10 00
    cmp eax, ebx                         ; 1002a7: 39 d8
    jbe short .L11                       ; 1002a9: 76 07
    mov eax, str_7                       ; 1002ab: b8 50 10 10 00
    jmp short .L38                       ; 1002b0: eb 05
.L11:
    mov eax, str_8                       ; 1002b2: b8 58 10 10 00
.L38:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002b7: 50
    call print                           ; 1002b8: e8 b8 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002c0: 6a 0a
    call putc                            ; 1002c2: e8 7f fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov esi, [ebx]                       ; 1002ca: 8b 33
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 1002cc: b8 0c 10 10 00
    push eax                             ; 1002d1: 50
    call print                           ; 1002d2: e8 9e fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    mov ebx, 0x1c                        ; 1002da: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 1002df: 89 f0
    shr eax, 0x1c                        ; 1002e1: c1 e8 1c
    and eax, 0xf                         ; 1002e4: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 1002e7: 83 f8 0a
    jb short .L46                        ; 1002ea: 72 05
.L47:
    lea eax, [eax+0x57]                  ; 1002ec: 8d 40 57
    jmp short .L48                       ; 1002ef: eb 03
.L46:
    lea eax, [eax+0x30]                  ; 1002f1: 8d 40 30
.L48:
    movzx eax, al                        ; 1002f4: 0f b6 c0
    push eax                             ; 1002f7: 50
    call putc                            ; 1002f8: e8 49 fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100300: 85 db
    je short .L56                        ; 100302: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100304: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100307: 89 f0
    mov ecx, ebx                         ; 100309: 89 d9
    shr eax, cl                          ; 10030b: d3 e8
    and eax, 0xf                         ; 10030d: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100310: 83 f8 0a
    jb short .L46                        ; 100313: 72 dc
    jmp short .L47                       ; 100315: eb d5
.L56:
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100317: 57
    call print                           ; 100318: e8 58 fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100320: 6a 0a
    call putc                            ; 100322: e8 1f fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10032a: 6a 00
    call exit                            ; 10032c: e8 cf fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop edi                              ; 100334: 5f
    pop esi                              ; 100335: 5e
    pop ebx                              ; 100336: 5b
    ret                                  ; 100337: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "globals"
    db 0x7, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73
    times 0x100c - ($ - $$) db 0
str_2:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1014 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1018 - ($ - $$) db 0
str_4:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1020 - ($ - $$) db 0
str_5:  ; "calls "
    db 0x6, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20
    times 0x102c - ($ - $$) db 0
str_6:  ; "globals are page-aligned data: "
    db 0x1f, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73, 0x20, 0x61, 0x72, 0x65, 0x20
    db 0x70, 0x61, 0x67, 0x65, 0x2d, 0x61, 0x6c, 0x69, 0x67, 0x6e, 0x65, 0x64, 0x20, 0x64, 0x61, 0x74
    db 0x61, 0x3a, 0x20
    times 0x1050 - ($ - $$) db 0
str_7:  ; "yes"
    db 0x3, 0x0, 0x0, 0x0, 0x79, 0x65, 0x73
    times 0x1058 - ($ - $$) db 0
str_8:  ; "no"
    db 0x2, 0x0, 0x0, 0x0, 0x6e, 0x6f
    times 0x1060 - ($ - $$) db 0
str_9:  ; "calls lives in bss: "
    db 0x14, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20, 0x6c, 0x69, 0x76, 0x65, 0x73, 0x20
    db 0x69, 0x6e, 0x20, 0x62, 0x73, 0x73, 0x3a, 0x20

; .data
    times 0x2000 - ($ - $$) db 0
scale:  ; i32
    db 0x3, 0x0, 0x0, 0x0
    times 0x2004 - ($ - $$) db 0
banner:  ; string
    dd str_0
    times 0x2008 - ($ - $$) db 0
current:  ; (i32, i32) => i32
    dd $add
    times 0x200c - ($ - $$) db 0
operations:  ; StaticArray<(i32, i32) => i32>(3)
    db 0x3, 0x0, 0x0, 0x0
    dd $add
    dd multiply
    dd subtract

    times 0x201c - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
calls equ 0x103000  ; u32, 4 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
