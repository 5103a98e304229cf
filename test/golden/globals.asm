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
    call main                            ; 10003d: e8 dd 01 00 00
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
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    push ebx                             ; 10010e: 53
    mov ebx, [ebp+8]                     ; 10010f: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100112: 83 fb 00
    jge short .L2                        ; 100115: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100117: 6a 2d
    call putc                            ; 100119: e8 28 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100121: 89 d8
    neg eax                              ; 100123: f7 d8
    push eax                             ; 100125: 50
    call printU32                        ; 100126: e8 a3 ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012e: 5b
    pop ebp                              ; 10012f: 5d
    ret                                  ; 100130: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100131: 53
    call printU32                        ; 100132: e8 97 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013a: 5b
    pop ebp                              ; 10013b: 5d
    ret                                  ; 10013c: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    push ebx                             ; 100140: 53
    push esi                             ; 100141: 56
    mov ebx, [ebp+8]                     ; 100142: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 100145: b8 28 10 10 00
    push eax                             ; 10014a: 50
    call print                           ; 10014b: e8 30 ff ff ff
    add esp, 4                           ; 100150: 83 c4 04
    mov esi, 0x1c                        ; 100153: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100158: 89 d8
    mov ecx, esi                         ; 10015a: 89 f1
    shr eax, cl                          ; 10015c: d3 e8
    and eax, 0xf                         ; 10015e: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100161: 83 f8 0a
    jb short .L5                         ; 100164: 72 1b
    jmp short .L6                        ; 100166: eb 20
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100168: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edx, ebx                         ; 10016b: 89 da
    mov ecx, esi                         ; 10016d: 89 f1
    shr edx, cl                          ; 10016f: d3 ea
    mov eax, edx                         ; 100171: 89 d0
    and eax, 0xf                         ; 100173: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100176: 83 f8 0a
    jb short .L5                         ; 100179: 72 06
    jmp short .L6                        ; 10017b: eb 0b
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10017d: 5e
    pop ebx                              ; 10017e: 5b
    pop ebp                              ; 10017f: 5d
    ret                                  ; 100180: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 100181: 89 c1
    add ecx, 0x30                        ; 100183: 83 c1 30
    jmp short .L7                        ; 100186: eb 05
.L6:
    mov ecx, eax                         ; 100188: 89 c1
    add ecx, 0x57                        ; 10018a: 83 c1 57
.L7:
    movzx eax, cl                        ; 10018d: 0f b6 c1
    push eax                             ; 100190: 50
    call putc                            ; 100191: e8 b0 fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100199: 83 fe 00
    je short .L4                         ; 10019c: 74 df
    jmp short .L3                        ; 10019e: eb c8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1001a0: 55
    mov ebp, esp                         ; 1001a1: 89 e5
    mov eax, [ebp+8]                     ; 1001a3: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1001a6: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1001a8: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1001a9: f4
    jmp short .L2                        ; 1001aa: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 1001ac: 55
    mov ebp, esp                         ; 1001ad: 89 e5
    mov eax, [ebp+8]                     ; 1001af: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b2: 8b 4d 0c
    ; test/golden/globals.ts:14: calls++;
    mov edx, [calls]                     ; 1001b5: 8b 15 00 30 10 00
    add edx, 1                           ; 1001bb: 83 c2 01
    mov [calls], edx                     ; 1001be: 89 15 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    add eax, ecx                         ; 1001c4: 01 c8
    pop ebp                              ; 1001c6: 5d
    ret                                  ; 1001c7: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 1001c8: 55
    mov ebp, esp                         ; 1001c9: 89 e5
    mov eax, [ebp+8]                     ; 1001cb: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001ce: 8b 4d 0c
    ; test/golden/globals.ts:19: calls++;
    mov edx, [calls]                     ; 1001d1: 8b 15 00 30 10 00
    add edx, 1                           ; 1001d7: 83 c2 01
    mov [calls], edx                     ; 1001da: 89 15 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, ecx                        ; 1001e0: 0f af c1
    mov ecx, [scale]                     ; 1001e3: 8b 0d 00 20 10 00
    imul eax, ecx                        ; 1001e9: 0f af c1
    pop ebp                              ; 1001ec: 5d
    ret                                  ; 1001ed: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001ee: 55
    mov ebp, esp                         ; 1001ef: 89 e5
    mov eax, [ebp+8]                     ; 1001f1: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001f4: 8b 4d 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov edx, [calls]                     ; 1001f7: 8b 15 00 30 10 00
    add edx, 1                           ; 1001fd: 83 c2 01
    mov [calls], edx                     ; 100200: 89 15 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, ecx                         ; 100206: 29 c8
    pop ebp                              ; 100208: 5d
    ret                                  ; 100209: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 10020a: 55
    mov ebp, esp                         ; 10020b: 89 e5
    mov eax, [ebp+8]                     ; 10020d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100210: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100213: 8b 55 10
    ; test/golden/globals.ts:31: return op(a, b);
    push edx                             ; 100216: 52
    push ecx                             ; 100217: 51
    call eax                             ; 100218: ff d0
    add esp, 8                           ; 10021a: 83 c4 08
    pop ebp                              ; 10021d: 5d
    ret                                  ; 10021e: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 10021f: 55
    mov ebp, esp                         ; 100220: 89 e5
    push ebx                             ; 100222: 53
    push esi                             ; 100223: 56
    mov eax, [banner]                    ; 100224: a1 04 20 10 00
    push eax                             ; 100229: 50
    call println                         ; 10022a: e8 84 fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100232: a1 08 20 10 00
    push 3                               ; 100237: 6a 03
    push 2                               ; 100239: 6a 02
    call eax                             ; 10023b: ff d0
    add esp, 8                           ; 10023d: 83 c4 08
    push eax                             ; 100240: 50
    call printI32                        ; 100241: e8 c5 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov ebx, str_3                       ; 100249: bb 30 10 10 00
    push ebx                             ; 10024e: 53
    call println                         ; 10024f: e8 5f fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 100257: b8 ee 01 10 00
    mov [current], eax                   ; 10025c: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100261: a1 08 20 10 00
    push 3                               ; 100266: 6a 03
    push 2                               ; 100268: 6a 02
    call eax                             ; 10026a: ff d0
    add esp, 8                           ; 10026c: 83 c4 08
    push eax                             ; 10026f: 50
    call printI32                        ; 100270: e8 96 fe ff ff
    add esp, 4                           ; 100275: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    push ebx                             ; 100278: 53
    call println                         ; 100279: e8 35 fe ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 100281: c7 05 00 20 10 00 ff ff ff ff
    mov esi, 0                           ; 10028b: be 00 00 00 00
    ; test/golden/globals.ts:42: for (const op of operations) {
    cmp esi, 3                           ; 100290: 83 fe 03
    jae short .L4                        ; 100293: 73 33
.L2:
    mov eax, [esi*4+operations+4]        ; 100295: 8b 04 b5 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 10029c: 6a 07
    push 6                               ; 10029e: 6a 06
    push eax                             ; 1002a0: 50
    call apply                           ; 1002a1: e8 64 ff ff ff
    add esp, 0xc                         ; 1002a6: 83 c4 0c
    push eax                             ; 1002a9: 50
    call printI32                        ; 1002aa: e8 5c fe ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 1002b2: b8 34 10 10 00
    push eax                             ; 1002b7: 50
    call print                           ; 1002b8: e8 c3 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add esi, 1                           ; 1002c0: 83 c6 01
    cmp esi, 3                           ; 1002c3: 83 fe 03
    jb short .L2                         ; 1002c6: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    push ebx                             ; 1002c8: 53
    call println                         ; 1002c9: e8 e5 fd ff ff
    add esp, 4                           ; 1002ce: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002d1: b8 3c 10 10 00
    push eax                             ; 1002d6: 50
    call print                           ; 1002d7: e8 a4 fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002df: a1 00 30 10 00
    push eax                             ; 1002e4: 50
    call printU32                        ; 1002e5: e8 e4 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    push ebx                             ; 1002ed: 53
    call println                         ; 1002ee: e8 c0 fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002f6: b8 48 10 10 00
    push eax                             ; 1002fb: 50
    call print                           ; 1002fc: e8 7f fd ff ff
    add esp, 4                           ; 100301: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov esi, scale                       ; 100304: be 00 20 10 00
    mov eax, esi                         ; 100309: 89 f0
    and eax, 0xfff                       ; 10030b: 25 ff 0f 00 00
    cmp eax, 0                           ; 100310: 83 f8 00
    jne short .L7                        ; 100313: 75 07
    mov eax, str_7                       ; 100315: b8 6c 10 10 00
    jmp short .L8                        ; 10031a: eb 05
.L7:
    mov eax, str_8                       ; 10031c: b8 74 10 10 00
.L8:
    push eax                             ; 100321: 50
    call println                         ; 100322: e8 8c fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 10032a: b8 7c 10 10 00
    push eax                             ; 10032f: 50
    call print                           ; 100330: e8 4b fd ff ff
    add esp, 4                           ; 100335: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 100338: b8 00 30 10 00
    cmp eax, esi                         ; 10033d: 39 f0
    jbe short .L11                       ; 10033f: 76 07
    mov eax, str_7                       ; 100341: b8 6c 10 10 00
    jmp short .L12                       ; 100346: eb 05
.L11:
    mov eax, str_8                       ; 100348: b8 74 10 10 00
.L12:
    push eax                             ; 10034d: 50
    call println                         ; 10034e: e8 60 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, [esi]                       ; 100356: 8b 06
    push eax                             ; 100358: 50
    call printHex                        ; 100359: e8 df fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    push ebx                             ; 100361: 53
    call println                         ; 100362: e8 4c fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10036a: 6a 00
    call exit                            ; 10036c: e8 2f fe ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop esi                              ; 100374: 5e
    pop ebx                              ; 100375: 5b
    pop ebp                              ; 100376: 5d
    ret                                  ; 100377: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100378: 55
    mov ebp, esp                         ; 100379: 89 e5
    push ebx                             ; 10037b: 53
    push esi                             ; 10037c: 56
    mov eax, [ebp+8]                     ; 10037d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100380: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100383: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100386: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100389: 8b 35 1c 20 10 00
    push ebx                             ; 10038f: 53
    push edx                             ; 100390: 52
    push ecx                             ; 100391: 51
    push eax                             ; 100392: 50
    call esi                             ; 100393: ff d6
    add esp, 0x10                        ; 100395: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100398: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100399: f4
    jmp short .L2                        ; 10039a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10039c: 55
    mov ebp, esp                         ; 10039d: 89 e5
    sub esp, 4                           ; 10039f: 83 ec 04
    push ebx                             ; 1003a2: 53
    push esi                             ; 1003a3: 56
    push edi                             ; 1003a4: 57
    mov ebx, [ebp+8]                     ; 1003a5: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003a8: 8b 45 0c
    mov [ebp-4], eax                     ; 1003ab: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003ae: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003b1: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003b4: b8 94 10 10 00
    push eax                             ; 1003b9: 50
    call print                           ; 1003ba: e8 c1 fc ff ff
    add esp, 4                           ; 1003bf: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003c2: 56
    call printU32                        ; 1003c3: e8 06 fd ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003cb: b8 b4 10 10 00
    push eax                             ; 1003d0: 50
    call print                           ; 1003d1: e8 aa fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003d9: 57
    call printU32                        ; 1003da: e8 ef fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003e2: b8 d4 10 10 00
    push eax                             ; 1003e7: 50
    call print                           ; 1003e8: e8 93 fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003f0: 53
    call print                           ; 1003f1: e8 8a fc ff ff
    add esp, 4                           ; 1003f6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 1003f9: b8 dc 10 10 00
    push eax                             ; 1003fe: 50
    call print                           ; 1003ff: e8 7c fc ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100407: 8b 45 fc
    push eax                             ; 10040a: 50
    call printU32                        ; 10040b: e8 be fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100413: b8 30 10 10 00
    push eax                             ; 100418: 50
    call println                         ; 100419: e8 95 fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100421: 5f
    pop esi                              ; 100422: 5e
    pop ebx                              ; 100423: 5b
    leave                                ; 100424: c9
    ret                                  ; 100425: c3

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
