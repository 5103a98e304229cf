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
    call main                            ; 10003d: e8 b7 01 00 00
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
    movzx eax, al                        ; 100056: 0f b6 c0
    cmp eax, 0                           ; 100059: 83 f8 00
    jne short .L3                        ; 10005c: 75 16
.L2:
    pause                                ; 10005e: f3 90
    mov edx, 0x3fd                       ; 100060: ba fd 03 00 00
    in al, dx                            ; 100065: ec
    movzx eax, al                        ; 100066: 0f b6 c0
    and eax, 0x20                        ; 100069: 83 e0 20
    movzx eax, al                        ; 10006c: 0f b6 c0
    cmp eax, 0                           ; 10006f: 83 f8 00
    je short .L2                         ; 100072: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100074: 89 c8
    mov edx, 0x3f8                       ; 100076: ba f8 03 00 00
    out dx, al                           ; 10007b: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007d: 53
    push esi                             ; 10007e: 56
    mov esi, [esp+0xc]                   ; 10007f: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100083: bb 00 00 00 00
    mov eax, [esi]                       ; 100088: 8b 06
    cmp ebx, eax                         ; 10008a: 39 c3
    jge short .L4                        ; 10008c: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 10008e: 0f b6 44 1e 04
    movzx eax, al                        ; 100093: 0f b6 c0
    push eax                             ; 100096: 50
    call putc                            ; 100097: e8 aa ff ff ff
    add esp, 4                           ; 10009c: 83 c4 04
    add ebx, 1                           ; 10009f: 83 c3 01
    mov eax, [esi]                       ; 1000a2: 8b 06
    cmp ebx, eax                         ; 1000a4: 39 c3
    jl short .L2                         ; 1000a6: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a8: 5e
    pop ebx                              ; 1000a9: 5b
    ret                                  ; 1000aa: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000ab: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000af: 50
    call print                           ; 1000b0: e8 c8 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b8: 6a 0a
    call putc                            ; 1000ba: e8 87 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c3: 53
    mov ebx, [esp+8]                     ; 1000c4: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c8: 83 fb 0a
    jb short .L2                         ; 1000cb: 72 14
    mov ecx, 0xa                         ; 1000cd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d2: 89 d8
    xor edx, edx                         ; 1000d4: 31 d2
    div ecx                              ; 1000d6: f7 f1
    push eax                             ; 1000d8: 50
    call printU32                        ; 1000d9: e8 e5 ff ff ff
    add esp, 4                           ; 1000de: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e6: 89 d8
    xor edx, edx                         ; 1000e8: 31 d2
    div ecx                              ; 1000ea: f7 f1
    add edx, 0x30                        ; 1000ec: 83 c2 30
    movzx eax, dl                        ; 1000ef: 0f b6 c2
    push eax                             ; 1000f2: 50
    call putc                            ; 1000f3: e8 4e ff ff ff
    add esp, 4                           ; 1000f8: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000fb: 5b
    ret                                  ; 1000fc: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000fd: 53
    mov ebx, [esp+8]                     ; 1000fe: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100102: 83 fb 00
    jge short .L2                        ; 100105: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 38 ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100111: f7 db
    push ebx                             ; 100113: 53
    call printU32                        ; 100114: e8 aa ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011c: 5b
    ret                                  ; 10011d: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 9f ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100127: 5b
    ret                                  ; 100128: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100129: 53
    push esi                             ; 10012a: 56
    mov ebx, [esp+0xc]                   ; 10012b: 8b 5c 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 10012f: b8 28 10 10 00
    push eax                             ; 100134: 50
    call print                           ; 100135: e8 43 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013d: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100142: 89 d8
    mov ecx, esi                         ; 100144: 89 f1
    shr eax, cl                          ; 100146: d3 e8
    and eax, 0xf                         ; 100148: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014b: 83 f8 0a
    jb short .L5                         ; 10014e: 72 18
    jmp short .L6                        ; 100150: eb 1b
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100152: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100155: 89 d8
    mov ecx, esi                         ; 100157: 89 f1
    shr eax, cl                          ; 100159: d3 e8
    and eax, 0xf                         ; 10015b: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10015e: 83 f8 0a
    jb short .L5                         ; 100161: 72 05
    jmp short .L6                        ; 100163: eb 08
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100165: 5e
    pop ebx                              ; 100166: 5b
    ret                                  ; 100167: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 100168: 83 c0 30
    jmp short .L7                        ; 10016b: eb 03
.L6:
    add eax, 0x57                        ; 10016d: 83 c0 57
.L7:
    movzx eax, al                        ; 100170: 0f b6 c0
    push eax                             ; 100173: 50
    call putc                            ; 100174: e8 cd fe ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10017c: 83 fe 00
    je short .L4                         ; 10017f: 74 e4
    jmp short .L3                        ; 100181: eb cf

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100183: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100187: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100189: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10018a: f4
    jmp short .L2                        ; 10018b: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10018d: 8b 44 24 04
    mov edx, [esp+8]                     ; 100191: 8b 54 24 08
    ; test/golden/globals.ts:14: calls++;
    mov ecx, [calls]                     ; 100195: 8b 0d 00 30 10 00
    add ecx, 1                           ; 10019b: 83 c1 01
    mov [calls], ecx                     ; 10019e: 89 0d 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    add eax, edx                         ; 1001a4: 01 d0
    ret                                  ; 1001a6: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 1001a7: 8b 44 24 04
    mov edx, [esp+8]                     ; 1001ab: 8b 54 24 08
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 1001af: 8b 0d 00 30 10 00
    add ecx, 1                           ; 1001b5: 83 c1 01
    mov [calls], ecx                     ; 1001b8: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 1001be: 0f af c2
    mov ecx, [scale]                     ; 1001c1: 8b 0d 00 20 10 00
    imul eax, ecx                        ; 1001c7: 0f af c1
    ret                                  ; 1001ca: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 1001cb: 8b 44 24 04
    mov edx, [esp+8]                     ; 1001cf: 8b 54 24 08
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 1001d3: 8b 0d 00 30 10 00
    add ecx, 1                           ; 1001d9: 83 c1 01
    mov [calls], ecx                     ; 1001dc: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 1001e2: 29 d0
    ret                                  ; 1001e4: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 1001e5: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001e9: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 1001ed: 8b 44 24 0c
    ; test/golden/globals.ts:31: return op(a, b);
    push eax                             ; 1001f1: 50
    push ecx                             ; 1001f2: 51
    call edx                             ; 1001f3: ff d2
    add esp, 8                           ; 1001f5: 83 c4 08
    ret                                  ; 1001f8: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebx                             ; 1001f9: 53
    mov eax, [banner]                    ; 1001fa: a1 04 20 10 00
    push eax                             ; 1001ff: 50
    call println                         ; 100200: e8 a6 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100208: a1 08 20 10 00
    push 3                               ; 10020d: 6a 03
    push 2                               ; 10020f: 6a 02
    call eax                             ; 100211: ff d0
    add esp, 8                           ; 100213: 83 c4 08
    push eax                             ; 100216: 50
    call printI32                        ; 100217: e8 e1 fe ff ff
    add esp, 4                           ; 10021c: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 10021f: b8 30 10 10 00
    push eax                             ; 100224: 50
    call println                         ; 100225: e8 81 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 10022d: b8 cb 01 10 00
    mov [current], eax                   ; 100232: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100237: a1 08 20 10 00
    push 3                               ; 10023c: 6a 03
    push 2                               ; 10023e: 6a 02
    call eax                             ; 100240: ff d0
    add esp, 8                           ; 100242: 83 c4 08
    push eax                             ; 100245: 50
    call printI32                        ; 100246: e8 b2 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 10024e: b8 30 10 10 00
    push eax                             ; 100253: 50
    call println                         ; 100254: e8 52 fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10025c: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    mov ebx, 0                           ; 100266: bb 00 00 00 00
    cmp ebx, 3                           ; 10026b: 83 fb 03
    jae short .L4                        ; 10026e: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 100270: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100277: 6a 07
    push 6                               ; 100279: 6a 06
    push eax                             ; 10027b: 50
    call apply                           ; 10027c: e8 64 ff ff ff
    add esp, 0xc                         ; 100281: 83 c4 0c
    push eax                             ; 100284: 50
    call printI32                        ; 100285: e8 73 fe ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 10028d: b8 34 10 10 00
    push eax                             ; 100292: 50
    call print                           ; 100293: e8 e5 fd ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 10029b: 83 c3 01
    cmp ebx, 3                           ; 10029e: 83 fb 03
    jb short .L2                         ; 1002a1: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002a3: b8 30 10 10 00
    push eax                             ; 1002a8: 50
    call println                         ; 1002a9: e8 fd fd ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002b1: b8 3c 10 10 00
    push eax                             ; 1002b6: 50
    call print                           ; 1002b7: e8 c1 fd ff ff
    add esp, 4                           ; 1002bc: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002bf: a1 00 30 10 00
    push eax                             ; 1002c4: 50
    call printU32                        ; 1002c5: e8 f9 fd ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002cd: b8 30 10 10 00
    push eax                             ; 1002d2: 50
    call println                         ; 1002d3: e8 d3 fd ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002db: b8 48 10 10 00
    push eax                             ; 1002e0: 50
    call print                           ; 1002e1: e8 97 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 1002e9: b8 00 20 10 00
    and eax, 0xfff                       ; 1002ee: 25 ff 0f 00 00
    cmp eax, 0                           ; 1002f3: 83 f8 00
    jne short .L7                        ; 1002f6: 75 07
    mov eax, str_7                       ; 1002f8: b8 6c 10 10 00
    jmp short .L8                        ; 1002fd: eb 05
.L7:
    mov eax, str_8                       ; 1002ff: b8 74 10 10 00
.L8:
    push eax                             ; 100304: 50
    call println                         ; 100305: e8 a1 fd ff ff
    add esp, 4                           ; 10030a: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 10030d: b8 7c 10 10 00
    push eax                             ; 100312: 50
    call print                           ; 100313: e8 65 fd ff ff
    add esp, 4                           ; 100318: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov ecx, calls                       ; 10031b: b9 00 30 10 00
    mov eax, scale                       ; 100320: b8 00 20 10 00
    cmp ecx, eax                         ; 100325: 39 c1
    jbe short .L11                       ; 100327: 76 07
    mov eax, str_7                       ; 100329: b8 6c 10 10 00
    jmp short .L12                       ; 10032e: eb 05
.L11:
    mov eax, str_8                       ; 100330: b8 74 10 10 00
.L12:
    push eax                             ; 100335: 50
    call println                         ; 100336: e8 70 fd ff ff
    add esp, 4                           ; 10033b: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, scale                       ; 10033e: b8 00 20 10 00
    mov eax, [eax]                       ; 100343: 8b 00
    push eax                             ; 100345: 50
    call printHex                        ; 100346: e8 de fd ff ff
    add esp, 4                           ; 10034b: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 10034e: b8 30 10 10 00
    push eax                             ; 100353: 50
    call println                         ; 100354: e8 52 fd ff ff
    add esp, 4                           ; 100359: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10035c: 6a 00
    call exit                            ; 10035e: e8 20 fe ff ff
    add esp, 4                           ; 100363: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 100366: 5b
    ret                                  ; 100367: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100368: 53
    push esi                             ; 100369: 56
    mov esi, [esp+0xc]                   ; 10036a: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10036e: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100372: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100376: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10037a: a1 1c 20 10 00
    push ecx                             ; 10037f: 51
    push edx                             ; 100380: 52
    push ebx                             ; 100381: 53
    push esi                             ; 100382: 56
    call eax                             ; 100383: ff d0
    add esp, 0x10                        ; 100385: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100388: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100389: f4
    jmp short .L2                        ; 10038a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10038c: 53
    push esi                             ; 10038d: 56
    push edi                             ; 10038e: 57
    mov ebx, [esp+0x14]                  ; 10038f: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100393: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100397: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 10039b: b8 94 10 10 00
    push eax                             ; 1003a0: 50
    call print                           ; 1003a1: e8 d7 fc ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1003a9: 57
    call printU32                        ; 1003aa: e8 14 fd ff ff
    add esp, 4                           ; 1003af: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003b2: b8 b4 10 10 00
    push eax                             ; 1003b7: 50
    call print                           ; 1003b8: e8 c0 fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003c0: 56
    call printU32                        ; 1003c1: e8 fd fc ff ff
    add esp, 4                           ; 1003c6: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003c9: b8 d4 10 10 00
    push eax                             ; 1003ce: 50
    call print                           ; 1003cf: e8 a9 fc ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1003d7: ff 74 24 10
    call print                           ; 1003db: e8 9d fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 1003e3: b8 dc 10 10 00
    push eax                             ; 1003e8: 50
    call print                           ; 1003e9: e8 8f fc ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003f1: 53
    call printU32                        ; 1003f2: e8 cc fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003fa: b8 30 10 10 00
    push eax                             ; 1003ff: 50
    call println                         ; 100400: e8 a6 fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100408: 5f
    pop esi                              ; 100409: 5e
    pop ebx                              ; 10040a: 5b
    ret                                  ; 10040b: c3

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
