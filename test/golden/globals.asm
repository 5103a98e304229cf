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
    call main                            ; 10003d: e8 b4 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 04
    pause                                ; 100060: f3 90
    jmp short .L1                        ; 100062: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100064: 89 c8
    mov edx, 0x3f8                       ; 100066: ba f8 03 00 00
    out dx, al                           ; 10006b: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10006c: 5d
    ret                                  ; 10006d: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10006e: 55
    mov ebp, esp                         ; 10006f: 89 e5
    push ebx                             ; 100071: 53
    push esi                             ; 100072: 56
    mov ebx, [ebp+8]                     ; 100073: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100076: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 10007b: 8b 03
    cmp esi, eax                         ; 10007d: 39 c6
    jge short .L4                        ; 10007f: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100081: 0f b6 44 33 04
    movzx eax, al                        ; 100086: 0f b6 c0
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add esi, 1                           ; 100092: 83 c6 01
    jmp short .L1                        ; 100095: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    pop ebp                              ; 100099: 5d
    ret                                  ; 10009a: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009b: 55
    mov ebp, esp                         ; 10009c: 89 e5
    mov eax, [ebp+8]                     ; 10009e: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 c7 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    push ebx                             ; 1000b9: 53
    mov ebx, [ebp+8]                     ; 1000ba: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bd: 83 fb 0a
    jb short .L2                         ; 1000c0: 72 14
    mov ecx, 0xa                         ; 1000c2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c7: 89 d8
    xor edx, edx                         ; 1000c9: 31 d2
    div ecx                              ; 1000cb: f7 f1
    push eax                             ; 1000cd: 50
    call printU32                        ; 1000ce: e8 e3 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000db: 89 d8
    xor edx, edx                         ; 1000dd: 31 d2
    div ecx                              ; 1000df: f7 f1
    add edx, 0x30                        ; 1000e1: 83 c2 30
    movzx eax, dl                        ; 1000e4: 0f b6 c2
    push eax                             ; 1000e7: 50
    call putc                            ; 1000e8: e8 59 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f0: 5b
    pop ebp                              ; 1000f1: 5d
    ret                                  ; 1000f2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f3: 55
    mov ebp, esp                         ; 1000f4: 89 e5
    push ebx                             ; 1000f6: 53
    mov ebx, [ebp+8]                     ; 1000f7: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fa: 83 fb 00
    jge short .L2                        ; 1000fd: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000ff: 6a 2d
    call putc                            ; 100101: e8 40 ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100109: 89 d8
    neg eax                              ; 10010b: f7 d8
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 a3 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L3                        ; 100116: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 98 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    pop ebp                              ; 100122: 5d
    ret                                  ; 100123: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100124: 55
    mov ebp, esp                         ; 100125: 89 e5
    push ebx                             ; 100127: 53
    push esi                             ; 100128: 56
    mov ebx, [ebp+8]                     ; 100129: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 10012c: b8 28 10 10 00
    push eax                             ; 100131: 50
    call print                           ; 100132: e8 37 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013a: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10013f: 89 d8
    mov ecx, esi                         ; 100141: 89 f1
    shr eax, cl                          ; 100143: d3 e8
    and eax, 0xf                         ; 100145: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100148: 83 f8 0a
    jb short .L5                         ; 10014b: 72 0b
    jmp short .L6                        ; 10014d: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10014f: 83 ee 04
    jmp short .L2                        ; 100152: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100154: 5e
    pop ebx                              ; 100155: 5b
    pop ebp                              ; 100156: 5d
    ret                                  ; 100157: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 100158: 89 c1
    add ecx, 0x30                        ; 10015a: 83 c1 30
    jmp short .L7                        ; 10015d: eb 05
.L6:
    mov ecx, eax                         ; 10015f: 89 c1
    add ecx, 0x57                        ; 100161: 83 c1 57
.L7:
    movzx eax, cl                        ; 100164: 0f b6 c1
    push eax                             ; 100167: 50
    call putc                            ; 100168: e8 d9 fe ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100170: 83 fe 00
    je short .L4                         ; 100173: 74 df
    jmp short .L3                        ; 100175: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100177: 55
    mov ebp, esp                         ; 100178: 89 e5
    mov eax, [ebp+8]                     ; 10017a: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10017d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10017f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100180: f4
    jmp short .L2                        ; 100181: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 100183: 55
    mov ebp, esp                         ; 100184: 89 e5
    mov eax, [ebp+8]                     ; 100186: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100189: 8b 4d 0c
    ; test/golden/globals.ts:14: calls++;
    mov edx, [calls]                     ; 10018c: 8b 15 00 30 10 00
    add edx, 1                           ; 100192: 83 c2 01
    mov [calls], edx                     ; 100195: 89 15 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    add eax, ecx                         ; 10019b: 01 c8
    pop ebp                              ; 10019d: 5d
    ret                                  ; 10019e: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 10019f: 55
    mov ebp, esp                         ; 1001a0: 89 e5
    mov eax, [ebp+8]                     ; 1001a2: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001a5: 8b 4d 0c
    ; test/golden/globals.ts:19: calls++;
    mov edx, [calls]                     ; 1001a8: 8b 15 00 30 10 00
    add edx, 1                           ; 1001ae: 83 c2 01
    mov [calls], edx                     ; 1001b1: 89 15 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, ecx                        ; 1001b7: 0f af c1
    mov ecx, [scale]                     ; 1001ba: 8b 0d 00 20 10 00
    imul eax, ecx                        ; 1001c0: 0f af c1
    pop ebp                              ; 1001c3: 5d
    ret                                  ; 1001c4: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001c5: 55
    mov ebp, esp                         ; 1001c6: 89 e5
    mov eax, [ebp+8]                     ; 1001c8: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001cb: 8b 4d 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov edx, [calls]                     ; 1001ce: 8b 15 00 30 10 00
    add edx, 1                           ; 1001d4: 83 c2 01
    mov [calls], edx                     ; 1001d7: 89 15 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, ecx                         ; 1001dd: 29 c8
    pop ebp                              ; 1001df: 5d
    ret                                  ; 1001e0: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 1001e1: 55
    mov ebp, esp                         ; 1001e2: 89 e5
    mov eax, [ebp+8]                     ; 1001e4: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e7: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001ea: 8b 55 10
    ; test/golden/globals.ts:31: return op(a, b);
    push edx                             ; 1001ed: 52
    push ecx                             ; 1001ee: 51
    call eax                             ; 1001ef: ff d0
    add esp, 8                           ; 1001f1: 83 c4 08
    pop ebp                              ; 1001f4: 5d
    ret                                  ; 1001f5: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 1001f6: 55
    mov ebp, esp                         ; 1001f7: 89 e5
    push ebx                             ; 1001f9: 53
    mov eax, [banner]                    ; 1001fa: a1 04 20 10 00
    push eax                             ; 1001ff: 50
    call println                         ; 100200: e8 96 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100208: a1 08 20 10 00
    push 3                               ; 10020d: 6a 03
    push 2                               ; 10020f: 6a 02
    call eax                             ; 100211: ff d0
    add esp, 8                           ; 100213: 83 c4 08
    push eax                             ; 100216: 50
    call printI32                        ; 100217: e8 d7 fe ff ff
    add esp, 4                           ; 10021c: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 10021f: b8 30 10 10 00
    push eax                             ; 100224: 50
    call println                         ; 100225: e8 71 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 10022d: b8 c5 01 10 00
    mov [current], eax                   ; 100232: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100237: a1 08 20 10 00
    push 3                               ; 10023c: 6a 03
    push 2                               ; 10023e: 6a 02
    call eax                             ; 100240: ff d0
    add esp, 8                           ; 100242: 83 c4 08
    push eax                             ; 100245: 50
    call printI32                        ; 100246: e8 a8 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 10024e: b8 30 10 10 00
    push eax                             ; 100253: 50
    call println                         ; 100254: e8 42 fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10025c: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    mov ebx, 0                           ; 100266: bb 00 00 00 00
.L1:
    cmp ebx, 3                           ; 10026b: 83 fb 03
    jae short .L4                        ; 10026e: 73 30
    mov eax, [ebx*4+operations+4]        ; 100270: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100277: 6a 07
    push 6                               ; 100279: 6a 06
    push eax                             ; 10027b: 50
    call apply                           ; 10027c: e8 60 ff ff ff
    add esp, 0xc                         ; 100281: 83 c4 0c
    push eax                             ; 100284: 50
    call printI32                        ; 100285: e8 69 fe ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 10028d: b8 34 10 10 00
    push eax                             ; 100292: 50
    call print                           ; 100293: e8 d6 fd ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 10029b: 83 c3 01
    jmp short .L1                        ; 10029e: eb cb
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002a0: b8 30 10 10 00
    push eax                             ; 1002a5: 50
    call println                         ; 1002a6: e8 f0 fd ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002ae: b8 3c 10 10 00
    push eax                             ; 1002b3: 50
    call print                           ; 1002b4: e8 b5 fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002bc: a1 00 30 10 00
    push eax                             ; 1002c1: 50
    call printU32                        ; 1002c2: e8 ef fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002ca: b8 30 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 c6 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002d8: b8 48 10 10 00
    push eax                             ; 1002dd: 50
    call print                           ; 1002de: e8 8b fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 1002e6: b8 00 20 10 00
    and eax, 0xfff                       ; 1002eb: 25 ff 0f 00 00
    cmp eax, 0                           ; 1002f0: 83 f8 00
    jne short .L7                        ; 1002f3: 75 07
    mov eax, str_7                       ; 1002f5: b8 6c 10 10 00
    jmp short .L8                        ; 1002fa: eb 05
.L7:
    mov eax, str_8                       ; 1002fc: b8 74 10 10 00
.L8:
    push eax                             ; 100301: 50
    call println                         ; 100302: e8 94 fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 10030a: b8 7c 10 10 00
    push eax                             ; 10030f: 50
    call print                           ; 100310: e8 59 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 100318: b8 00 30 10 00
    mov ecx, scale                       ; 10031d: b9 00 20 10 00
    cmp eax, ecx                         ; 100322: 39 c8
    jbe short .L11                       ; 100324: 76 07
    mov eax, str_7                       ; 100326: b8 6c 10 10 00
    jmp short .L12                       ; 10032b: eb 05
.L11:
    mov eax, str_8                       ; 10032d: b8 74 10 10 00
.L12:
    push eax                             ; 100332: 50
    call println                         ; 100333: e8 63 fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, scale                       ; 10033b: b8 00 20 10 00
    mov eax, [eax]                       ; 100340: 8b 00
    push eax                             ; 100342: 50
    call printHex                        ; 100343: e8 dc fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 10034b: b8 30 10 10 00
    push eax                             ; 100350: 50
    call println                         ; 100351: e8 45 fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 100359: 6a 00
    call exit                            ; 10035b: e8 17 fe ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 100363: 5b
    pop ebp                              ; 100364: 5d
    ret                                  ; 100365: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100366: 55
    mov ebp, esp                         ; 100367: 89 e5
    push ebx                             ; 100369: 53
    push esi                             ; 10036a: 56
    mov eax, [ebp+8]                     ; 10036b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10036e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100371: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100374: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100377: 8b 35 1c 20 10 00
    push ebx                             ; 10037d: 53
    push edx                             ; 10037e: 52
    push ecx                             ; 10037f: 51
    push eax                             ; 100380: 50
    call esi                             ; 100381: ff d6
    add esp, 0x10                        ; 100383: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100386: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100387: f4
    jmp short .L2                        ; 100388: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10038a: 55
    mov ebp, esp                         ; 10038b: 89 e5
    sub esp, 4                           ; 10038d: 83 ec 04
    push ebx                             ; 100390: 53
    push esi                             ; 100391: 56
    push edi                             ; 100392: 57
    mov ebx, [ebp+8]                     ; 100393: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100396: 8b 45 0c
    mov [ebp-4], eax                     ; 100399: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10039c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10039f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003a2: b8 94 10 10 00
    push eax                             ; 1003a7: 50
    call print                           ; 1003a8: e8 c1 fc ff ff
    add esp, 4                           ; 1003ad: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003b0: 56
    call printU32                        ; 1003b1: e8 00 fd ff ff
    add esp, 4                           ; 1003b6: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003b9: b8 b4 10 10 00
    push eax                             ; 1003be: 50
    call print                           ; 1003bf: e8 aa fc ff ff
    add esp, 4                           ; 1003c4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003c7: 57
    call printU32                        ; 1003c8: e8 e9 fc ff ff
    add esp, 4                           ; 1003cd: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003d0: b8 d4 10 10 00
    push eax                             ; 1003d5: 50
    call print                           ; 1003d6: e8 93 fc ff ff
    add esp, 4                           ; 1003db: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003de: 53
    call print                           ; 1003df: e8 8a fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 1003e7: b8 dc 10 10 00
    push eax                             ; 1003ec: 50
    call print                           ; 1003ed: e8 7c fc ff ff
    add esp, 4                           ; 1003f2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003f5: 8b 45 fc
    push eax                             ; 1003f8: 50
    call printU32                        ; 1003f9: e8 b8 fc ff ff
    add esp, 4                           ; 1003fe: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100401: b8 30 10 10 00
    push eax                             ; 100406: 50
    call println                         ; 100407: e8 8f fc ff ff
    add esp, 4                           ; 10040c: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10040f: 5f
    pop esi                              ; 100410: 5e
    pop ebx                              ; 100411: 5b
    leave                                ; 100412: c9
    ret                                  ; 100413: c3

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
