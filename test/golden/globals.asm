; tskc 0.1.0 listing of test/golden/globals.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102020, 0x108000, 0x100020

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
    call main                            ; 10003d: e8 9d 01 00 00
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100117: 53
    push esi                             ; 100118: 56
    mov esi, [esp+0xc]                   ; 100119: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 10011d: b8 28 10 10 00
    push eax                             ; 100122: 50
    call print                           ; 100123: e8 4d ff ff ff
    add esp, 4                           ; 100128: 83 c4 04
    mov ebx, 0x1c                        ; 10012b: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100130: 89 f0
    mov ecx, ebx                         ; 100132: 89 d9
    shr eax, cl                          ; 100134: d3 e8
    and eax, 0xf                         ; 100136: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100139: 83 f8 0a
    jb short .L5                         ; 10013c: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 10013e: 8d 40 57
    jmp short .L7                        ; 100141: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100143: 8d 40 30
.L7:
    movzx eax, al                        ; 100146: 0f b6 c0
    push eax                             ; 100149: 50
    call putc                            ; 10014a: e8 f7 fe ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100152: 85 db
    je short .L4                         ; 100154: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100156: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100159: 89 f0
    mov ecx, ebx                         ; 10015b: 89 d9
    shr eax, cl                          ; 10015d: d3 e8
    and eax, 0xf                         ; 10015f: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100162: 83 f8 0a
    jb short .L5                         ; 100165: 72 dc
    jmp short .L6                        ; 100167: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100169: 5e
    pop ebx                              ; 10016a: 5b
    ret                                  ; 10016b: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10016c: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100170: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100172: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100173: f4
    jmp short .L2                        ; 100174: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 100176: 8b 54 24 04
    mov ecx, [esp+8]                     ; 10017a: 8b 4c 24 08
    ; test/golden/globals.ts:14: calls++;
    mov eax, [calls]                     ; 10017e: a1 00 30 10 00
    lea eax, [eax+1]                     ; 100183: 8d 40 01
    mov [calls], eax                     ; 100186: a3 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [edx+ecx]                   ; 10018b: 8d 04 0a
    ret                                  ; 10018e: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10018f: 8b 44 24 04
    mov edx, [esp+8]                     ; 100193: 8b 54 24 08
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 100197: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 10019d: 8d 49 01
    mov [calls], ecx                     ; 1001a0: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 1001a6: 0f af c2
    imul eax, [scale]                    ; 1001a9: 0f af 05 00 20 10 00
    ret                                  ; 1001b0: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 1001b1: 8b 44 24 04
    mov edx, [esp+8]                     ; 1001b5: 8b 54 24 08
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 1001b9: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 1001bf: 8d 49 01
    mov [calls], ecx                     ; 1001c2: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 1001c8: 29 d0
    ret                                  ; 1001ca: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 1001cb: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001cf: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 1001d3: 8b 44 24 0c
    ; test/golden/globals.ts:31: return op(a, b);
    push eax                             ; 1001d7: 50
    push ecx                             ; 1001d8: 51
    call edx                             ; 1001d9: ff d2
    add esp, 8                           ; 1001db: 83 c4 08
    ret                                  ; 1001de: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebx                             ; 1001df: 53
    push esi                             ; 1001e0: 56
    mov eax, [banner]                    ; 1001e1: a1 04 20 10 00
    push eax                             ; 1001e6: 50
    call println                         ; 1001e7: e8 ad fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 1001ef: a1 08 20 10 00
    push 3                               ; 1001f4: 6a 03
    push 2                               ; 1001f6: 6a 02
    call eax                             ; 1001f8: ff d0
    add esp, 8                           ; 1001fa: 83 c4 08
    push eax                             ; 1001fd: 50
    call printI32                        ; 1001fe: e8 e8 fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov esi, str_3                       ; 100206: be 30 10 10 00
    push esi                             ; 10020b: 56
    call println                         ; 10020c: e8 88 fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 100214: b8 b1 01 10 00
    mov [current], eax                   ; 100219: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 10021e: a1 08 20 10 00
    push 3                               ; 100223: 6a 03
    push 2                               ; 100225: 6a 02
    call eax                             ; 100227: ff d0
    add esp, 8                           ; 100229: 83 c4 08
    push eax                             ; 10022c: 50
    call printI32                        ; 10022d: e8 b9 fe ff ff
    add esp, 4                           ; 100232: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    push esi                             ; 100235: 56
    call println                         ; 100236: e8 5e fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10023e: c7 05 00 20 10 00 ff ff ff ff
    xor ebx, ebx                         ; 100248: 31 db
    ; test/golden/globals.ts:42: for (const op of operations) {
    cmp ebx, 3                           ; 10024a: 83 fb 03
    jae short .L4                        ; 10024d: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 10024f: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100256: 6a 07
    push 6                               ; 100258: 6a 06
    push eax                             ; 10025a: 50
    call apply                           ; 10025b: e8 6b ff ff ff
    add esp, 0xc                         ; 100260: 83 c4 0c
    push eax                             ; 100263: 50
    call printI32                        ; 100264: e8 82 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 10026c: b8 34 10 10 00
    push eax                             ; 100271: 50
    call print                           ; 100272: e8 fe fd ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 10027a: 83 c3 01
    cmp ebx, 3                           ; 10027d: 83 fb 03
    jb short .L2                         ; 100280: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    push esi                             ; 100282: 56
    call println                         ; 100283: e8 11 fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 10028b: b8 3c 10 10 00
    push eax                             ; 100290: 50
    call print                           ; 100291: e8 df fd ff ff
    add esp, 4                           ; 100296: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 100299: a1 00 30 10 00
    push eax                             ; 10029e: 50
    call printU32                        ; 10029f: e8 0d fe ff ff
    add esp, 4                           ; 1002a4: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    push esi                             ; 1002a7: 56
    call println                         ; 1002a8: e8 ec fd ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002b0: b8 48 10 10 00
    push eax                             ; 1002b5: 50
    call print                           ; 1002b6: e8 ba fd ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov ebx, scale                       ; 1002be: bb 00 20 10 00
    test ebx, 0xfff                      ; 1002c3: f7 c3 ff 0f 00 00
    jne short .L7                        ; 1002c9: 75 07
    mov eax, str_7                       ; 1002cb: b8 6c 10 10 00
    jmp short .L8                        ; 1002d0: eb 05
.L7:
    mov eax, str_8                       ; 1002d2: b8 74 10 10 00
.L8:
    push eax                             ; 1002d7: 50
    call println                         ; 1002d8: e8 bc fd ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 1002e0: b8 7c 10 10 00
    push eax                             ; 1002e5: 50
    call print                           ; 1002e6: e8 8a fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 1002ee: b8 00 30 10 00
    cmp eax, ebx                         ; 1002f3: 39 d8
    jbe short .L11                       ; 1002f5: 76 07
    mov eax, str_7                       ; 1002f7: b8 6c 10 10 00
    jmp short .L12                       ; 1002fc: eb 05
.L11:
    mov eax, str_8                       ; 1002fe: b8 74 10 10 00
.L12:
    push eax                             ; 100303: 50
    call println                         ; 100304: e8 90 fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, [ebx]                       ; 10030c: 8b 03
    push eax                             ; 10030e: 50
    call printHex                        ; 10030f: e8 03 fe ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    push esi                             ; 100317: 56
    call println                         ; 100318: e8 7c fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 100320: 6a 00
    call exit                            ; 100322: e8 45 fe ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop esi                              ; 10032a: 5e
    pop ebx                              ; 10032b: 5b
    ret                                  ; 10032c: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10032d: 53
    push esi                             ; 10032e: 56
    mov esi, [esp+0xc]                   ; 10032f: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100333: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100337: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10033b: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10033f: a1 1c 20 10 00
    push ecx                             ; 100344: 51
    push edx                             ; 100345: 52
    push ebx                             ; 100346: 53
    push esi                             ; 100347: 56
    call eax                             ; 100348: ff d0
    add esp, 0x10                        ; 10034a: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10034d: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10034e: f4
    jmp short .L2                        ; 10034f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100351: 53
    push esi                             ; 100352: 56
    push edi                             ; 100353: 57
    mov ebx, [esp+0x14]                  ; 100354: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100358: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10035c: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_10                      ; 100360: b8 94 10 10 00
    push eax                             ; 100365: 50
    call print                           ; 100366: e8 0a fd ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10036e: 57
    call printU32                        ; 10036f: e8 3d fd ff ff
    add esp, 4                           ; 100374: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_11                      ; 100377: b8 b4 10 10 00
    push eax                             ; 10037c: 50
    call print                           ; 10037d: e8 f3 fc ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100385: 56
    call printU32                        ; 100386: e8 26 fd ff ff
    add esp, 4                           ; 10038b: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_12                      ; 10038e: b8 d4 10 10 00
    push eax                             ; 100393: 50
    call print                           ; 100394: e8 dc fc ff ff
    add esp, 4                           ; 100399: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10039c: ff 74 24 10
    call print                           ; 1003a0: e8 d0 fc ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_13                      ; 1003a8: b8 dc 10 10 00
    push eax                             ; 1003ad: 50
    call print                           ; 1003ae: e8 c2 fc ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003b6: 53
    call printU32                        ; 1003b7: e8 f5 fc ff ff
    add esp, 4                           ; 1003bc: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003bf: b8 30 10 10 00
    push eax                             ; 1003c4: 50
    call println                         ; 1003c5: e8 cf fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003cd: 6a 65
    call exit                            ; 1003cf: e8 98 fd ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003d7: 5f
    pop esi                              ; 1003d8: 5e
    pop ebx                              ; 1003d9: 5b
    ret                                  ; 1003da: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "globals"
    db 0x7, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73
    times 0x100c - ($ - $$) db 0
str_1:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x1028 - ($ - $$) db 0
str_2:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1030 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1034 - ($ - $$) db 0
str_4:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x103c - ($ - $$) db 0
str_5:  ; "calls "
    db 0x6, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20
    times 0x1048 - ($ - $$) db 0
str_6:  ; "globals are page-aligned data: "
    db 0x1f, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73, 0x20, 0x61, 0x72, 0x65, 0x20
    db 0x70, 0x61, 0x67, 0x65, 0x2d, 0x61, 0x6c, 0x69, 0x67, 0x6e, 0x65, 0x64, 0x20, 0x64, 0x61, 0x74
    db 0x61, 0x3a, 0x20
    times 0x106c - ($ - $$) db 0
str_7:  ; "yes"
    db 0x3, 0x0, 0x0, 0x0, 0x79, 0x65, 0x73
    times 0x1074 - ($ - $$) db 0
str_8:  ; "no"
    db 0x2, 0x0, 0x0, 0x0, 0x6e, 0x6f
    times 0x107c - ($ - $$) db 0
str_9:  ; "calls lives in bss: "
    db 0x14, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20, 0x6c, 0x69, 0x76, 0x65, 0x73, 0x20
    db 0x69, 0x6e, 0x20, 0x62, 0x73, 0x73, 0x3a, 0x20
    times 0x1094 - ($ - $$) db 0
str_10:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10b4 - ($ - $$) db 0
str_11:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10d4 - ($ - $$) db 0
str_12:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x10dc - ($ - $$) db 0
str_13:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

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
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2020 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
calls equ 0x103000  ; u32, 4 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
