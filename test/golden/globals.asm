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
    call main                            ; 10003d: e8 db 01 00 00
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
    mov ebx, [ebp+8]                     ; 100085: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100088: be 00 00 00 00
    mov eax, [ebx]                       ; 10008d: 8b 03
    cmp esi, eax                         ; 10008f: 39 c6
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100093: 0f b6 44 33 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add esi, 1                           ; 1000a4: 83 c6 01
    mov eax, [ebx]                       ; 1000a7: 8b 03
    cmp esi, eax                         ; 1000a9: 39 c6
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
    jge short .L2                        ; 100113: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10011f: 89 d8
    neg eax                              ; 100121: f7 d8
    push eax                             ; 100123: 50
    call printU32                        ; 100124: e8 a3 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012c: 5b
    pop ebp                              ; 10012d: 5d
    ret                                  ; 10012e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012f: 53
    call printU32                        ; 100130: e8 97 ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100138: 5b
    pop ebp                              ; 100139: 5d
    ret                                  ; 10013a: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 10013b: 55
    mov ebp, esp                         ; 10013c: 89 e5
    push ebx                             ; 10013e: 53
    push esi                             ; 10013f: 56
    push edi                             ; 100140: 57
    mov ebx, [ebp+8]                     ; 100141: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 100144: b8 28 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 31 ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100152: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100157: 89 d8
    mov ecx, esi                         ; 100159: 89 f1
    shr eax, cl                          ; 10015b: d3 e8
    mov edi, eax                         ; 10015d: 89 c7
    and edi, 0xf                         ; 10015f: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100162: 83 ff 0a
    jb short .L5                         ; 100165: 72 07
.L6:
    mov eax, edi                         ; 100167: 89 f8
    add eax, 0x57                        ; 100169: 83 c0 57
    jmp short .L7                        ; 10016c: eb 05
.L5:
    mov eax, edi                         ; 10016e: 89 f8
    add eax, 0x30                        ; 100170: 83 c0 30
.L7:
    movzx eax, al                        ; 100173: 0f b6 c0
    push eax                             ; 100176: 50
    call putc                            ; 100177: e8 ca fe ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10017f: 83 fe 00
    je short .L4                         ; 100182: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100184: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100187: 89 d8
    mov ecx, esi                         ; 100189: 89 f1
    shr eax, cl                          ; 10018b: d3 e8
    mov edi, eax                         ; 10018d: 89 c7
    and edi, 0xf                         ; 10018f: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100192: 83 ff 0a
    jb short .L5                         ; 100195: 72 d7
    jmp short .L6                        ; 100197: eb ce
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 100199: 5f
    pop esi                              ; 10019a: 5e
    pop ebx                              ; 10019b: 5b
    pop ebp                              ; 10019c: 5d
    ret                                  ; 10019d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10019e: 55
    mov ebp, esp                         ; 10019f: 89 e5
    mov eax, [ebp+8]                     ; 1001a1: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1001a4: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1001a6: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1001a7: f4
    jmp short .L2                        ; 1001a8: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 1001aa: 55
    mov ebp, esp                         ; 1001ab: 89 e5
    mov eax, [ebp+8]                     ; 1001ad: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b0: 8b 4d 0c
    ; test/golden/globals.ts:14: calls++;
    mov edx, [calls]                     ; 1001b3: 8b 15 00 30 10 00
    add edx, 1                           ; 1001b9: 83 c2 01
    mov [calls], edx                     ; 1001bc: 89 15 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    add eax, ecx                         ; 1001c2: 01 c8
    pop ebp                              ; 1001c4: 5d
    ret                                  ; 1001c5: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 1001c6: 55
    mov ebp, esp                         ; 1001c7: 89 e5
    mov eax, [ebp+8]                     ; 1001c9: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001cc: 8b 4d 0c
    ; test/golden/globals.ts:19: calls++;
    mov edx, [calls]                     ; 1001cf: 8b 15 00 30 10 00
    add edx, 1                           ; 1001d5: 83 c2 01
    mov [calls], edx                     ; 1001d8: 89 15 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, ecx                        ; 1001de: 0f af c1
    mov ecx, [scale]                     ; 1001e1: 8b 0d 00 20 10 00
    imul eax, ecx                        ; 1001e7: 0f af c1
    pop ebp                              ; 1001ea: 5d
    ret                                  ; 1001eb: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001ec: 55
    mov ebp, esp                         ; 1001ed: 89 e5
    mov eax, [ebp+8]                     ; 1001ef: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001f2: 8b 4d 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov edx, [calls]                     ; 1001f5: 8b 15 00 30 10 00
    add edx, 1                           ; 1001fb: 83 c2 01
    mov [calls], edx                     ; 1001fe: 89 15 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, ecx                         ; 100204: 29 c8
    pop ebp                              ; 100206: 5d
    ret                                  ; 100207: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 100208: 55
    mov ebp, esp                         ; 100209: 89 e5
    mov eax, [ebp+8]                     ; 10020b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10020e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100211: 8b 55 10
    ; test/golden/globals.ts:31: return op(a, b);
    push edx                             ; 100214: 52
    push ecx                             ; 100215: 51
    call eax                             ; 100216: ff d0
    add esp, 8                           ; 100218: 83 c4 08
    pop ebp                              ; 10021b: 5d
    ret                                  ; 10021c: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 10021d: 55
    mov ebp, esp                         ; 10021e: 89 e5
    push ebx                             ; 100220: 53
    mov eax, [banner]                    ; 100221: a1 04 20 10 00
    push eax                             ; 100226: 50
    call println                         ; 100227: e8 85 fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 10022f: a1 08 20 10 00
    push 3                               ; 100234: 6a 03
    push 2                               ; 100236: 6a 02
    call eax                             ; 100238: ff d0
    add esp, 8                           ; 10023a: 83 c4 08
    push eax                             ; 10023d: 50
    call printI32                        ; 10023e: e8 c6 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 100246: b8 30 10 10 00
    push eax                             ; 10024b: 50
    call println                         ; 10024c: e8 60 fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 100254: b8 ec 01 10 00
    mov [current], eax                   ; 100259: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 10025e: a1 08 20 10 00
    push 3                               ; 100263: 6a 03
    push 2                               ; 100265: 6a 02
    call eax                             ; 100267: ff d0
    add esp, 8                           ; 100269: 83 c4 08
    push eax                             ; 10026c: 50
    call printI32                        ; 10026d: e8 97 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 100275: b8 30 10 10 00
    push eax                             ; 10027a: 50
    call println                         ; 10027b: e8 31 fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 100283: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    mov ebx, 0                           ; 10028d: bb 00 00 00 00
    cmp ebx, 3                           ; 100292: 83 fb 03
    jae short .L4                        ; 100295: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 100297: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 10029e: 6a 07
    push 6                               ; 1002a0: 6a 06
    push eax                             ; 1002a2: 50
    call apply                           ; 1002a3: e8 60 ff ff ff
    add esp, 0xc                         ; 1002a8: 83 c4 0c
    push eax                             ; 1002ab: 50
    call printI32                        ; 1002ac: e8 58 fe ff ff
    add esp, 4                           ; 1002b1: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 1002b4: b8 34 10 10 00
    push eax                             ; 1002b9: 50
    call print                           ; 1002ba: e8 c1 fd ff ff
    add esp, 4                           ; 1002bf: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 1002c2: 83 c3 01
    cmp ebx, 3                           ; 1002c5: 83 fb 03
    jb short .L2                         ; 1002c8: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002ca: b8 30 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 dc fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002d8: b8 3c 10 10 00
    push eax                             ; 1002dd: 50
    call print                           ; 1002de: e8 9d fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002e6: a1 00 30 10 00
    push eax                             ; 1002eb: 50
    call printU32                        ; 1002ec: e8 db fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002f4: b8 30 10 10 00
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 b2 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 100302: b8 48 10 10 00
    push eax                             ; 100307: 50
    call print                           ; 100308: e8 73 fd ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 100310: b8 00 20 10 00
    and eax, 0xfff                       ; 100315: 25 ff 0f 00 00
    cmp eax, 0                           ; 10031a: 83 f8 00
    jne short .L7                        ; 10031d: 75 07
    mov eax, str_7                       ; 10031f: b8 6c 10 10 00
    jmp short .L8                        ; 100324: eb 05
.L7:
    mov eax, str_8                       ; 100326: b8 74 10 10 00
.L8:
    push eax                             ; 10032b: 50
    call println                         ; 10032c: e8 80 fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 100334: b8 7c 10 10 00
    push eax                             ; 100339: 50
    call print                           ; 10033a: e8 41 fd ff ff
    add esp, 4                           ; 10033f: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 100342: b8 00 30 10 00
    mov ecx, scale                       ; 100347: b9 00 20 10 00
    cmp eax, ecx                         ; 10034c: 39 c8
    jbe short .L11                       ; 10034e: 76 07
    mov eax, str_7                       ; 100350: b8 6c 10 10 00
    jmp short .L12                       ; 100355: eb 05
.L11:
    mov eax, str_8                       ; 100357: b8 74 10 10 00
.L12:
    push eax                             ; 10035c: 50
    call println                         ; 10035d: e8 4f fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, scale                       ; 100365: b8 00 20 10 00
    mov eax, [eax]                       ; 10036a: 8b 00
    push eax                             ; 10036c: 50
    call printHex                        ; 10036d: e8 c9 fd ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 100375: b8 30 10 10 00
    push eax                             ; 10037a: 50
    call println                         ; 10037b: e8 31 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 100383: 6a 00
    call exit                            ; 100385: e8 14 fe ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 10038d: 5b
    pop ebp                              ; 10038e: 5d
    ret                                  ; 10038f: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100390: 55
    mov ebp, esp                         ; 100391: 89 e5
    push ebx                             ; 100393: 53
    push esi                             ; 100394: 56
    mov eax, [ebp+8]                     ; 100395: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100398: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10039b: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10039e: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003a1: 8b 35 1c 20 10 00
    push ebx                             ; 1003a7: 53
    push edx                             ; 1003a8: 52
    push ecx                             ; 1003a9: 51
    push eax                             ; 1003aa: 50
    call esi                             ; 1003ab: ff d6
    add esp, 0x10                        ; 1003ad: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003b0: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003b1: f4
    jmp short .L2                        ; 1003b2: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003b4: 55
    mov ebp, esp                         ; 1003b5: 89 e5
    sub esp, 4                           ; 1003b7: 83 ec 04
    push ebx                             ; 1003ba: 53
    push esi                             ; 1003bb: 56
    push edi                             ; 1003bc: 57
    mov ebx, [ebp+8]                     ; 1003bd: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003c0: 8b 45 0c
    mov [ebp-4], eax                     ; 1003c3: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003c6: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003c9: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003cc: b8 94 10 10 00
    push eax                             ; 1003d1: 50
    call print                           ; 1003d2: e8 a9 fc ff ff
    add esp, 4                           ; 1003d7: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003da: 56
    call printU32                        ; 1003db: e8 ec fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003e3: b8 b4 10 10 00
    push eax                             ; 1003e8: 50
    call print                           ; 1003e9: e8 92 fc ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003f1: 57
    call printU32                        ; 1003f2: e8 d5 fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003fa: b8 d4 10 10 00
    push eax                             ; 1003ff: 50
    call print                           ; 100400: e8 7b fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100408: 53
    call print                           ; 100409: e8 72 fc ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 100411: b8 dc 10 10 00
    push eax                             ; 100416: 50
    call print                           ; 100417: e8 64 fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10041f: 8b 45 fc
    push eax                             ; 100422: 50
    call printU32                        ; 100423: e8 a4 fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10042b: b8 30 10 10 00
    push eax                             ; 100430: 50
    call println                         ; 100431: e8 7b fc ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100439: 5f
    pop esi                              ; 10043a: 5e
    pop ebx                              ; 10043b: 5b
    leave                                ; 10043c: c9
    ret                                  ; 10043d: c3

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
