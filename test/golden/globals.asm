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
    call main                            ; 10003d: e8 d3 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    pop ebp                              ; 1000af: 5d
    ret                                  ; 1000b0: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b1: 55
    mov ebp, esp                         ; 1000b2: 89 e5
    mov eax, [ebp+8]                     ; 1000b4: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b7: 50
    call print                           ; 1000b8: e8 c3 ff ff ff
    add esp, 4                           ; 1000bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c0: 6a 0a
    call putc                            ; 1000c2: e8 7f ff ff ff
    add esp, 4                           ; 1000c7: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000ca: 5d
    ret                                  ; 1000cb: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000cc: 55
    mov ebp, esp                         ; 1000cd: 89 e5
    push ebx                             ; 1000cf: 53
    mov ebx, [ebp+8]                     ; 1000d0: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d3: 83 fb 0a
    jb short .L2                         ; 1000d6: 72 14
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    push eax                             ; 1000e3: 50
    call printU32                        ; 1000e4: e8 e3 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ec: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f1: 89 d8
    xor edx, edx                         ; 1000f3: 31 d2
    div ecx                              ; 1000f5: f7 f1
    add edx, 0x30                        ; 1000f7: 83 c2 30
    movzx eax, dl                        ; 1000fa: 0f b6 c2
    push eax                             ; 1000fd: 50
    call putc                            ; 1000fe: e8 43 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100106: 5b
    pop ebp                              ; 100107: 5d
    ret                                  ; 100108: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    push ebx                             ; 10010c: 53
    mov ebx, [ebp+8]                     ; 10010d: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100110: 83 fb 00
    jge short .L2                        ; 100113: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10011f: f7 db
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 a5 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012d: 53
    call printU32                        ; 10012e: e8 99 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100136: 5b
    pop ebp                              ; 100137: 5d
    ret                                  ; 100138: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    push ebx                             ; 10013c: 53
    push esi                             ; 10013d: 56
    mov ebx, [ebp+8]                     ; 10013e: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 100141: b8 28 10 10 00
    push eax                             ; 100146: 50
    call print                           ; 100147: e8 34 ff ff ff
    add esp, 4                           ; 10014c: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10014f: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100154: 89 d8
    mov ecx, esi                         ; 100156: 89 f1
    shr eax, cl                          ; 100158: d3 e8
    and eax, 0xf                         ; 10015a: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10015d: 83 f8 0a
    jb short .L5                         ; 100160: 72 19
    jmp short .L6                        ; 100162: eb 1c
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100164: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100167: 89 d8
    mov ecx, esi                         ; 100169: 89 f1
    shr eax, cl                          ; 10016b: d3 e8
    and eax, 0xf                         ; 10016d: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100170: 83 f8 0a
    jb short .L5                         ; 100173: 72 06
    jmp short .L6                        ; 100175: eb 09
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100177: 5e
    pop ebx                              ; 100178: 5b
    pop ebp                              ; 100179: 5d
    ret                                  ; 10017a: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 10017b: 83 c0 30
    jmp short .L7                        ; 10017e: eb 03
.L6:
    add eax, 0x57                        ; 100180: 83 c0 57
.L7:
    movzx eax, al                        ; 100183: 0f b6 c0
    push eax                             ; 100186: 50
    call putc                            ; 100187: e8 ba fe ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10018f: 83 fe 00
    je short .L4                         ; 100192: 74 e3
    jmp short .L3                        ; 100194: eb ce

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100196: 55
    mov ebp, esp                         ; 100197: 89 e5
    mov eax, [ebp+8]                     ; 100199: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10019c: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10019e: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10019f: f4
    jmp short .L2                        ; 1001a0: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 1001a2: 55
    mov ebp, esp                         ; 1001a3: 89 e5
    mov eax, [ebp+8]                     ; 1001a5: 8b 45 08
    mov edx, [ebp+0xc]                   ; 1001a8: 8b 55 0c
    ; test/golden/globals.ts:14: calls++;
    mov ecx, [calls]                     ; 1001ab: 8b 0d 00 30 10 00
    add ecx, 1                           ; 1001b1: 83 c1 01
    mov [calls], ecx                     ; 1001b4: 89 0d 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    add eax, edx                         ; 1001ba: 01 d0
    pop ebp                              ; 1001bc: 5d
    ret                                  ; 1001bd: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 1001be: 55
    mov ebp, esp                         ; 1001bf: 89 e5
    mov eax, [ebp+8]                     ; 1001c1: 8b 45 08
    mov edx, [ebp+0xc]                   ; 1001c4: 8b 55 0c
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 1001c7: 8b 0d 00 30 10 00
    add ecx, 1                           ; 1001cd: 83 c1 01
    mov [calls], ecx                     ; 1001d0: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 1001d6: 0f af c2
    mov ecx, [scale]                     ; 1001d9: 8b 0d 00 20 10 00
    imul eax, ecx                        ; 1001df: 0f af c1
    pop ebp                              ; 1001e2: 5d
    ret                                  ; 1001e3: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001e4: 55
    mov ebp, esp                         ; 1001e5: 89 e5
    mov eax, [ebp+8]                     ; 1001e7: 8b 45 08
    mov edx, [ebp+0xc]                   ; 1001ea: 8b 55 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 1001ed: 8b 0d 00 30 10 00
    add ecx, 1                           ; 1001f3: 83 c1 01
    mov [calls], ecx                     ; 1001f6: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 1001fc: 29 d0
    pop ebp                              ; 1001fe: 5d
    ret                                  ; 1001ff: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 100200: 55
    mov ebp, esp                         ; 100201: 89 e5
    mov edx, [ebp+8]                     ; 100203: 8b 55 08
    mov ecx, [ebp+0xc]                   ; 100206: 8b 4d 0c
    mov eax, [ebp+0x10]                  ; 100209: 8b 45 10
    ; test/golden/globals.ts:31: return op(a, b);
    push eax                             ; 10020c: 50
    push ecx                             ; 10020d: 51
    call edx                             ; 10020e: ff d2
    add esp, 8                           ; 100210: 83 c4 08
    pop ebp                              ; 100213: 5d
    ret                                  ; 100214: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 100215: 55
    mov ebp, esp                         ; 100216: 89 e5
    push ebx                             ; 100218: 53
    mov eax, [banner]                    ; 100219: a1 04 20 10 00
    push eax                             ; 10021e: 50
    call println                         ; 10021f: e8 8d fe ff ff
    add esp, 4                           ; 100224: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100227: a1 08 20 10 00
    push 3                               ; 10022c: 6a 03
    push 2                               ; 10022e: 6a 02
    call eax                             ; 100230: ff d0
    add esp, 8                           ; 100232: 83 c4 08
    push eax                             ; 100235: 50
    call printI32                        ; 100236: e8 ce fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 10023e: b8 30 10 10 00
    push eax                             ; 100243: 50
    call println                         ; 100244: e8 68 fe ff ff
    add esp, 4                           ; 100249: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 10024c: b8 e4 01 10 00
    mov [current], eax                   ; 100251: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100256: a1 08 20 10 00
    push 3                               ; 10025b: 6a 03
    push 2                               ; 10025d: 6a 02
    call eax                             ; 10025f: ff d0
    add esp, 8                           ; 100261: 83 c4 08
    push eax                             ; 100264: 50
    call printI32                        ; 100265: e8 9f fe ff ff
    add esp, 4                           ; 10026a: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 10026d: b8 30 10 10 00
    push eax                             ; 100272: 50
    call println                         ; 100273: e8 39 fe ff ff
    add esp, 4                           ; 100278: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10027b: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    mov ebx, 0                           ; 100285: bb 00 00 00 00
    cmp ebx, 3                           ; 10028a: 83 fb 03
    jae short .L4                        ; 10028d: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 10028f: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100296: 6a 07
    push 6                               ; 100298: 6a 06
    push eax                             ; 10029a: 50
    call apply                           ; 10029b: e8 60 ff ff ff
    add esp, 0xc                         ; 1002a0: 83 c4 0c
    push eax                             ; 1002a3: 50
    call printI32                        ; 1002a4: e8 60 fe ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 1002ac: b8 34 10 10 00
    push eax                             ; 1002b1: 50
    call print                           ; 1002b2: e8 c9 fd ff ff
    add esp, 4                           ; 1002b7: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 1002ba: 83 c3 01
    cmp ebx, 3                           ; 1002bd: 83 fb 03
    jb short .L2                         ; 1002c0: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002c2: b8 30 10 10 00
    push eax                             ; 1002c7: 50
    call println                         ; 1002c8: e8 e4 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002d0: b8 3c 10 10 00
    push eax                             ; 1002d5: 50
    call print                           ; 1002d6: e8 a5 fd ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002de: a1 00 30 10 00
    push eax                             ; 1002e3: 50
    call printU32                        ; 1002e4: e8 e3 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002ec: b8 30 10 10 00
    push eax                             ; 1002f1: 50
    call println                         ; 1002f2: e8 ba fd ff ff
    add esp, 4                           ; 1002f7: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002fa: b8 48 10 10 00
    push eax                             ; 1002ff: 50
    call print                           ; 100300: e8 7b fd ff ff
    add esp, 4                           ; 100305: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 100308: b8 00 20 10 00
    and eax, 0xfff                       ; 10030d: 25 ff 0f 00 00
    cmp eax, 0                           ; 100312: 83 f8 00
    jne short .L7                        ; 100315: 75 07
    mov eax, str_7                       ; 100317: b8 6c 10 10 00
    jmp short .L8                        ; 10031c: eb 05
.L7:
    mov eax, str_8                       ; 10031e: b8 74 10 10 00
.L8:
    push eax                             ; 100323: 50
    call println                         ; 100324: e8 88 fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 10032c: b8 7c 10 10 00
    push eax                             ; 100331: 50
    call print                           ; 100332: e8 49 fd ff ff
    add esp, 4                           ; 100337: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov ecx, calls                       ; 10033a: b9 00 30 10 00
    mov eax, scale                       ; 10033f: b8 00 20 10 00
    cmp ecx, eax                         ; 100344: 39 c1
    jbe short .L11                       ; 100346: 76 07
    mov eax, str_7                       ; 100348: b8 6c 10 10 00
    jmp short .L12                       ; 10034d: eb 05
.L11:
    mov eax, str_8                       ; 10034f: b8 74 10 10 00
.L12:
    push eax                             ; 100354: 50
    call println                         ; 100355: e8 57 fd ff ff
    add esp, 4                           ; 10035a: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, scale                       ; 10035d: b8 00 20 10 00
    mov eax, [eax]                       ; 100362: 8b 00
    push eax                             ; 100364: 50
    call printHex                        ; 100365: e8 cf fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 10036d: b8 30 10 10 00
    push eax                             ; 100372: 50
    call println                         ; 100373: e8 39 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10037b: 6a 00
    call exit                            ; 10037d: e8 14 fe ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 100385: 5b
    pop ebp                              ; 100386: 5d
    ret                                  ; 100387: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100388: 55
    mov ebp, esp                         ; 100389: 89 e5
    push ebx                             ; 10038b: 53
    push esi                             ; 10038c: 56
    mov esi, [ebp+8]                     ; 10038d: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100390: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100393: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100396: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100399: a1 1c 20 10 00
    push ecx                             ; 10039e: 51
    push edx                             ; 10039f: 52
    push ebx                             ; 1003a0: 53
    push esi                             ; 1003a1: 56
    call eax                             ; 1003a2: ff d0
    add esp, 0x10                        ; 1003a4: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003a7: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003a8: f4
    jmp short .L2                        ; 1003a9: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ab: 55
    mov ebp, esp                         ; 1003ac: 89 e5
    sub esp, 4                           ; 1003ae: 83 ec 04
    push ebx                             ; 1003b1: 53
    push esi                             ; 1003b2: 56
    push edi                             ; 1003b3: 57
    mov eax, [ebp+8]                     ; 1003b4: 8b 45 08
    mov [ebp-4], eax                     ; 1003b7: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1003ba: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 1003bd: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 1003c0: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003c3: b8 94 10 10 00
    push eax                             ; 1003c8: 50
    call print                           ; 1003c9: e8 b2 fc ff ff
    add esp, 4                           ; 1003ce: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1003d1: 57
    call printU32                        ; 1003d2: e8 f5 fc ff ff
    add esp, 4                           ; 1003d7: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003da: b8 b4 10 10 00
    push eax                             ; 1003df: 50
    call print                           ; 1003e0: e8 9b fc ff ff
    add esp, 4                           ; 1003e5: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003e8: 56
    call printU32                        ; 1003e9: e8 de fc ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003f1: b8 d4 10 10 00
    push eax                             ; 1003f6: 50
    call print                           ; 1003f7: e8 84 fc ff ff
    add esp, 4                           ; 1003fc: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1003ff: ff 75 fc
    call print                           ; 100402: e8 79 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 10040a: b8 dc 10 10 00
    push eax                             ; 10040f: 50
    call print                           ; 100410: e8 6b fc ff ff
    add esp, 4                           ; 100415: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100418: 53
    call printU32                        ; 100419: e8 ae fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100421: b8 30 10 10 00
    push eax                             ; 100426: 50
    call println                         ; 100427: e8 85 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10042f: 5f
    pop esi                              ; 100430: 5e
    pop ebx                              ; 100431: 5b
    leave                                ; 100432: c9
    ret                                  ; 100433: c3

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
