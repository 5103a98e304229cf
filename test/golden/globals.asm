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
    call main                            ; 10003d: e8 1b 01 00 00
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

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 100108: 8b 54 24 04
    mov ecx, [esp+8]                     ; 10010c: 8b 4c 24 08
    ; test/golden/globals.ts:14: calls++;
    mov eax, [calls]                     ; 100110: a1 00 30 10 00
    lea eax, [eax+1]                     ; 100115: 8d 40 01
    mov [calls], eax                     ; 100118: a3 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [edx+ecx]                   ; 10011d: 8d 04 0a
    ret                                  ; 100120: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100121: 8b 44 24 04
    mov edx, [esp+8]                     ; 100125: 8b 54 24 08
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 100129: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 10012f: 8d 49 01
    mov [calls], ecx                     ; 100132: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 100138: 0f af c2
    imul eax, [scale]                    ; 10013b: 0f af 05 00 20 10 00
    ret                                  ; 100142: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100143: 8b 44 24 04
    mov edx, [esp+8]                     ; 100147: 8b 54 24 08
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 10014b: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 100151: 8d 49 01
    mov [calls], ecx                     ; 100154: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 10015a: 29 d0
    ret                                  ; 10015c: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebx                             ; 10015d: 53
    push esi                             ; 10015e: 56
    push edi                             ; 10015f: 57
    mov eax, [banner]                    ; 100160: a1 04 20 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100165: 50
    call print                           ; 100166: e8 0a ff ff ff
    add esp, 4                           ; 10016b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10016e: 6a 0a
    call putc                            ; 100170: e8 d1 fe ff ff
    add esp, 4                           ; 100175: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100178: a1 08 20 10 00
    push 3                               ; 10017d: 6a 03
    push 2                               ; 10017f: 6a 02
    call eax                             ; 100181: ff d0
    add esp, 8                           ; 100183: 83 c4 08
    push eax                             ; 100186: 50
    call printI32                        ; 100187: e8 47 ff ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov edi, str_3                       ; 10018f: bf 14 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100194: 57
    call print                           ; 100195: e8 db fe ff ff
    add esp, 4                           ; 10019a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019d: 6a 0a
    call putc                            ; 10019f: e8 a2 fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 1001a7: b8 43 01 10 00
    mov [current], eax                   ; 1001ac: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 1001b1: a1 08 20 10 00
    push 3                               ; 1001b6: 6a 03
    push 2                               ; 1001b8: 6a 02
    call eax                             ; 1001ba: ff d0
    add esp, 8                           ; 1001bc: 83 c4 08
    push eax                             ; 1001bf: 50
    call printI32                        ; 1001c0: e8 0e ff ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1001c8: 57
    call print                           ; 1001c9: e8 a7 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001d1: 6a 0a
    call putc                            ; 1001d3: e8 6e fe ff ff
    add esp, 4                           ; 1001d8: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 1001db: c7 05 00 20 10 00 ff ff ff ff
    xor ebx, ebx                         ; 1001e5: 31 db
    ; test/golden/globals.ts:42: for (const op of operations) {
    cmp ebx, 3                           ; 1001e7: 83 fb 03
    jae short .L29                       ; 1001ea: 73 2f
.L2:
    mov eax, [ebx*4+operations+4]        ; 1001ec: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:31: return op(a, b);
    push 7                               ; 1001f3: 6a 07
    push 6                               ; 1001f5: 6a 06
    call eax                             ; 1001f7: ff d0
    add esp, 8                           ; 1001f9: 83 c4 08
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push eax                             ; 1001fc: 50
    call printI32                        ; 1001fd: e8 d1 fe ff ff
    add esp, 4                           ; 100202: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 100205: b8 18 10 10 00
    push eax                             ; 10020a: 50
    call print                           ; 10020b: e8 65 fe ff ff
    add esp, 4                           ; 100210: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 100213: 83 c3 01
    cmp ebx, 3                           ; 100216: 83 fb 03
    jb short .L2                         ; 100219: 72 d1
.L29:
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10021b: 57
    call print                           ; 10021c: e8 54 fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100224: 6a 0a
    call putc                            ; 100226: e8 1b fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 10022e: b8 20 10 10 00
    push eax                             ; 100233: 50
    call print                           ; 100234: e8 3c fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 10023c: a1 00 30 10 00
    push eax                             ; 100241: 50
    call printU32                        ; 100242: e8 52 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10024a: 57
    call print                           ; 10024b: e8 25 fe ff ff
    add esp, 4                           ; 100250: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100253: 6a 0a
    call putc                            ; 100255: e8 ec fd ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 10025d: b8 2c 10 10 00
    push eax                             ; 100262: 50
    call print                           ; 100263: e8 0d fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov ebx, scale                       ; 10026b: bb 00 20 10 00
    test ebx, 0xfff                      ; 100270: f7 c3 ff 0f 00 00
    jne short .L7                        ; 100276: 75 07
    mov eax, str_7                       ; 100278: b8 50 10 10 00
    jmp short .L35                       ; 10027d: eb 05
.L7:
    mov eax, str_8                       ; 10027f: b8 58 10 10 00
.L35:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100284: 50
    call print                           ; 100285: e8 eb fd ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10028d: 6a 0a
    call putc                            ; 10028f: e8 b2 fd ff ff
    add esp, 4                           ; 100294: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 100297: b8 60 10 10 00
    push eax                             ; 10029c: 50
    call print                           ; 10029d: e8 d3 fd ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 1002a5: b8 00 30 10 00
    cmp eax, ebx                         ; 1002aa: 39 d8
    jbe short .L11                       ; 1002ac: 76 07
    mov eax, str_7                       ; 1002ae: b8 50 10 10 00
    jmp short .L38                       ; 1002b3: eb 05
.L11:
    mov eax, str_8                       ; 1002b5: b8 58 10 10 00
.L38:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002ba: 50
    call print                           ; 1002bb: e8 b5 fd ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002c3: 6a 0a
    call putc                            ; 1002c5: e8 7c fd ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov esi, [ebx]                       ; 1002cd: 8b 33
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 1002cf: b8 0c 10 10 00
    push eax                             ; 1002d4: 50
    call print                           ; 1002d5: e8 9b fd ff ff
    add esp, 4                           ; 1002da: 83 c4 04
    mov ebx, 0x1c                        ; 1002dd: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 1002e2: 89 f0
    mov ecx, ebx                         ; 1002e4: 89 d9
    shr eax, cl                          ; 1002e6: d3 e8
    and eax, 0xf                         ; 1002e8: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 1002eb: 83 f8 0a
    jb short .L46                        ; 1002ee: 72 05
.L47:
    lea eax, [eax+0x57]                  ; 1002f0: 8d 40 57
    jmp short .L48                       ; 1002f3: eb 03
.L46:
    lea eax, [eax+0x30]                  ; 1002f5: 8d 40 30
.L48:
    movzx eax, al                        ; 1002f8: 0f b6 c0
    push eax                             ; 1002fb: 50
    call putc                            ; 1002fc: e8 45 fd ff ff
    add esp, 4                           ; 100301: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100304: 85 db
    je short .L56                        ; 100306: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100308: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10030b: 89 f0
    mov ecx, ebx                         ; 10030d: 89 d9
    shr eax, cl                          ; 10030f: d3 e8
    and eax, 0xf                         ; 100311: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100314: 83 f8 0a
    jb short .L46                        ; 100317: 72 dc
    jmp short .L47                       ; 100319: eb d5
.L56:
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10031b: 57
    call print                           ; 10031c: e8 54 fd ff ff
    add esp, 4                           ; 100321: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100324: 6a 0a
    call putc                            ; 100326: e8 1b fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10032e: 6a 00
    call exit                            ; 100330: e8 c9 fd ff ff
    add esp, 4                           ; 100335: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop edi                              ; 100338: 5f
    pop esi                              ; 100339: 5e
    pop ebx                              ; 10033a: 5b
    ret                                  ; 10033b: c3

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
