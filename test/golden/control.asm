; tskc 0.1.0 listing of test/golden/control.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x106000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 03 03 00 00
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
    jge short .L4                        ; 10007f: 7d 19
    mov eax, ebx                         ; 100081: 89 d8
    add eax, esi                         ; 100083: 01 f0
    movzx eax, byte [eax+4]              ; 100085: 0f b6 40 04
    movzx eax, al                        ; 100089: 0f b6 c0
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b4 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add esi, 1                           ; 100095: 83 c6 01
    jmp short .L1                        ; 100098: eb e1
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009e: 55
    mov ebp, esp                         ; 10009f: 89 e5
    mov eax, [ebp+8]                     ; 1000a1: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a4: 50
    call print                           ; 1000a5: e8 c4 ff ff ff
    add esp, 4                           ; 1000aa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ad: 6a 0a
    call putc                            ; 1000af: e8 92 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b7: 5d
    ret                                  ; 1000b8: c3

printU32:
    ; runtime/lib/serial.ts:27: export function printU32(n: u32): void {
    push ebp                             ; 1000b9: 55
    mov ebp, esp                         ; 1000ba: 89 e5
    push ebx                             ; 1000bc: 53
    mov ebx, [ebp+8]                     ; 1000bd: 8b 5d 08
    ; runtime/lib/serial.ts:28: if (n >= 10) printU32(n / 10);
    cmp ebx, 0xa                         ; 1000c0: 83 fb 0a
    jb short .L2                         ; 1000c3: 72 14
    mov ecx, 0xa                         ; 1000c5: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ca: 89 d8
    xor edx, edx                         ; 1000cc: 31 d2
    div ecx                              ; 1000ce: f7 f1
    push eax                             ; 1000d0: 50
    call printU32                        ; 1000d1: e8 e3 ff ff ff
    add esp, 4                           ; 1000d6: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:29: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000de: 89 d8
    xor edx, edx                         ; 1000e0: 31 d2
    div ecx                              ; 1000e2: f7 f1
    add edx, 0x30                        ; 1000e4: 83 c2 30
    movzx eax, dl                        ; 1000e7: 0f b6 c2
    push eax                             ; 1000ea: 50
    call putc                            ; 1000eb: e8 56 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
    ; runtime/lib/serial.ts:30: }
    pop ebx                              ; 1000f3: 5b
    pop ebp                              ; 1000f4: 5d
    ret                                  ; 1000f5: c3

printI32:
    ; runtime/lib/serial.ts:32: export function printI32(n: i32): void {
    push ebp                             ; 1000f6: 55
    mov ebp, esp                         ; 1000f7: 89 e5
    push ebx                             ; 1000f9: 53
    mov ebx, [ebp+8]                     ; 1000fa: 8b 5d 08
    ; runtime/lib/serial.ts:33: if (n < 0) {
    cmp ebx, 0                           ; 1000fd: 83 fb 00
    jge short .L2                        ; 100100: 7d 1c
    ; runtime/lib/serial.ts:34: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:35: printU32(u32(0) - u32(n)); // -(-2^31) does not fit in i32; its u32 negation does
    mov eax, 0                           ; 10010c: b8 00 00 00 00
    sub eax, ebx                         ; 100111: 29 d8
    push eax                             ; 100113: 50
    call printU32                        ; 100114: e8 a0 ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    jmp short .L3                        ; 10011c: eb 09
.L2:
    ; runtime/lib/serial.ts:37: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 95 ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:39: }
    pop ebx                              ; 100127: 5b
    pop ebp                              ; 100128: 5d
    ret                                  ; 100129: c3

printHex:
    ; runtime/lib/serial.ts:42: export function printHex(n: u32): void {
    push ebp                             ; 10012a: 55
    mov ebp, esp                         ; 10012b: 89 e5
    push ebx                             ; 10012d: 53
    push esi                             ; 10012e: 56
    mov ebx, [ebp+8]                     ; 10012f: 8b 5d 08
    ; runtime/lib/serial.ts:43: print("0x");
    mov eax, str_0                       ; 100132: b8 00 10 10 00
    push eax                             ; 100137: 50
    call print                           ; 100138: e8 31 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; runtime/lib/serial.ts:44: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100140: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:45: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100145: 89 d8
    mov ecx, esi                         ; 100147: 89 f1
    shr eax, cl                          ; 100149: d3 e8
    and eax, 0xf                         ; 10014b: 83 e0 0f
    ; runtime/lib/serial.ts:46: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014e: 83 f8 0a
    jb short .L5                         ; 100151: 72 0b
    jmp short .L6                        ; 100153: eb 10
.L3:
    ; runtime/lib/serial.ts:44: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100155: 83 ee 04
    jmp short .L2                        ; 100158: eb eb
.L4:
    ; runtime/lib/serial.ts:49: }
    pop esi                              ; 10015a: 5e
    pop ebx                              ; 10015b: 5b
    pop ebp                              ; 10015c: 5d
    ret                                  ; 10015d: c3
.L5:
    ; runtime/lib/serial.ts:46: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10015e: 89 c1
    add ecx, 0x30                        ; 100160: 83 c1 30
    jmp short .L7                        ; 100163: eb 05
.L6:
    mov ecx, eax                         ; 100165: 89 c1
    add ecx, 0x57                        ; 100167: 83 c1 57
.L7:
    movzx eax, cl                        ; 10016a: 0f b6 c1
    push eax                             ; 10016d: 50
    call putc                            ; 10016e: e8 d3 fe ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; runtime/lib/serial.ts:47: if (shift == 0) break;
    cmp esi, 0                           ; 100176: 83 fe 00
    je short .L4                         ; 100179: 74 df
    jmp short .L3                        ; 10017b: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    mov eax, [ebp+8]                     ; 100180: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100183: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100185: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100186: f4
    jmp short .L2                        ; 100187: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100189: 55
    mov ebp, esp                         ; 10018a: 89 e5
    mov ecx, [ebp+8]                     ; 10018c: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp ecx, 0                           ; 10018f: 83 f9 00
    jge short .L2                        ; 100192: 7d 07
    mov eax, str_1                       ; 100194: b8 08 10 10 00
    pop ebp                              ; 100199: 5d
    ret                                  ; 10019a: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp ecx, 0                           ; 10019b: 83 f9 00
    je short .L6                         ; 10019e: 74 09
    jmp short .L7                        ; 1001a0: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_4                       ; 1001a2: b8 28 10 10 00
    pop ebp                              ; 1001a7: 5d
    ret                                  ; 1001a8: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_2                       ; 1001a9: b8 14 10 10 00
    pop ebp                              ; 1001ae: 5d
    ret                                  ; 1001af: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 1001b0: 83 f9 0a
    jge short .L3                        ; 1001b3: 7d ed
    mov eax, str_3                       ; 1001b5: b8 1c 10 10 00
    pop ebp                              ; 1001ba: 5d
    ret                                  ; 1001bb: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 1001bc: 55
    mov ebp, esp                         ; 1001bd: 89 e5
    push ebx                             ; 1001bf: 53
    mov ebx, [ebp+8]                     ; 1001c0: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001c3: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001c6: 50
    call print                           ; 1001c7: e8 a2 fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 1001cf: 89 d8
    pop ebx                              ; 1001d1: 5b
    pop ebp                              ; 1001d2: 5d
    ret                                  ; 1001d3: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 1001d4: 55
    mov ebp, esp                         ; 1001d5: 89 e5
    sub esp, 4                           ; 1001d7: 83 ec 04
    push ebx                             ; 1001da: 53
    push esi                             ; 1001db: 56
    push edi                             ; 1001dc: 57
    mov eax, [ebp+8]                     ; 1001dd: 8b 45 08
    mov [ebp-4], eax                     ; 1001e0: 89 45 fc
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 1001e3: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov esi, 0                           ; 1001e8: be 00 00 00 00
.L1:
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 1001ed: 8b 45 fc
    cmp esi, eax                         ; 1001f0: 39 c6
    jge short .L3                        ; 1001f2: 7d 14
    ; test/golden/control.ts:24: i++;
    add esi, 1                           ; 1001f4: 83 c6 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 1001f7: b9 02 00 00 00
    mov eax, esi                         ; 1001fc: 89 f0
    cdq                                  ; 1001fe: 99
    idiv ecx                             ; 1001ff: f7 f9
    cmp edx, 0                           ; 100201: 83 fa 00
    je short .L1                         ; 100204: 74 e7
    jmp short .L6                        ; 100206: eb 2c
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_5                       ; 100208: b8 34 10 10 00
    push eax                             ; 10020d: 50
    call print                           ; 10020e: e8 5b fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100216: 53
    call printI32                        ; 100217: e8 da fe ff ff
    add esp, 4                           ; 10021c: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_6                       ; 10021f: b8 40 10 10 00
    push eax                             ; 100224: 50
    call println                         ; 100225: e8 74 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov edi, 0                           ; 10022d: bf 00 00 00 00
    ; test/golden/control.ts:33: do {
    jmp short .L10                       ; 100232: eb 09
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, esi                         ; 100234: 01 f3
    ; test/golden/control.ts:23: while (i < n) {
    jmp short .L1                        ; 100236: eb b5
.L9:
    ; test/golden/control.ts:33: do {
    cmp edi, 0                           ; 100238: 83 ff 00
    jge short .L11                       ; 10023b: 7d 05
.L10:
    ; test/golden/control.ts:34: count++;
    add edi, 1                           ; 10023d: 83 c7 01
    ; test/golden/control.ts:33: do {
    jmp short .L9                        ; 100240: eb f6
.L11:
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_7                       ; 100242: b8 44 10 10 00
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 21 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push edi                             ; 100250: 57
    call printI32                        ; 100251: e8 a0 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_6                       ; 100259: b8 40 10 10 00
    push eax                             ; 10025e: 50
    call println                         ; 10025f: e8 3a fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov ebx, 0                           ; 100267: bb 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov esi, 0                           ; 10026c: be 00 00 00 00
.L13:
    mov eax, [ebp-4]                     ; 100271: 8b 45 fc
    cmp esi, eax                         ; 100274: 39 c6
    jge short .L16                       ; 100276: 7d 0c
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov edi, 0                           ; 100278: bf 00 00 00 00
    jmp short .L18                       ; 10027d: eb 2f
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add esi, 1                           ; 10027f: 83 c6 01
    jmp short .L13                       ; 100282: eb ed
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_8                       ; 100284: b8 50 10 10 00
    push eax                             ; 100289: 50
    call print                           ; 10028a: e8 df fd ff ff
    add esp, 4                           ; 10028f: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 100292: 53
    call printI32                        ; 100293: e8 5e fe ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_6                       ; 10029b: b8 40 10 10 00
    push eax                             ; 1002a0: 50
    call println                         ; 1002a1: e8 f8 fd ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 1002a9: 5f
    pop esi                              ; 1002aa: 5e
    pop ebx                              ; 1002ab: 5b
    leave                                ; 1002ac: c9
    ret                                  ; 1002ad: c3
.L18:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov eax, [ebp-4]                     ; 1002ae: 8b 45 fc
    cmp edi, eax                         ; 1002b1: 39 c7
    jge short .L15                       ; 1002b3: 7d ca
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp edi, esi                         ; 1002b5: 39 f7
    jg short .L15                        ; 1002b7: 7f c6
    jmp short .L24                       ; 1002b9: eb 05
.L20:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add edi, 1                           ; 1002bb: 83 c7 01
    jmp short .L18                       ; 1002be: eb ee
.L24:
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov eax, esi                         ; 1002c0: 89 f0
    add eax, edi                         ; 1002c2: 01 f8
    cmp eax, 0xc                         ; 1002c4: 83 f8 0c
    jg short .L16                        ; 1002c7: 7f bb
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 1002c9: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    jmp short .L20                       ; 1002cc: eb ed

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 1002ce: 55
    mov ebp, esp                         ; 1002cf: 89 e5
    push ebx                             ; 1002d1: 53
    push esi                             ; 1002d2: 56
    mov ebx, [ebp+8]                     ; 1002d3: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002d6: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 1002d9: 83 fb 01
    jge short .L2                        ; 1002dc: 7d 07
    mov eax, str_9                       ; 1002de: b8 5c 10 10 00
    jmp short .L3                        ; 1002e3: eb 05
.L2:
    mov eax, str_10                      ; 1002e5: b8 64 10 10 00
.L3:
    push eax                             ; 1002ea: 50
    call print                           ; 1002eb: e8 7e fd ff ff
    add esp, 4                           ; 1002f0: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002f3: 83 fe 01
    jae short .L6                        ; 1002f6: 73 07
    mov eax, str_11                      ; 1002f8: b8 70 10 10 00
    jmp short .L7                        ; 1002fd: eb 05
.L6:
    mov eax, str_12                      ; 1002ff: b8 78 10 10 00
.L7:
    push eax                             ; 100304: 50
    call print                           ; 100305: e8 64 fd ff ff
    add esp, 4                           ; 10030a: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 10030d: 83 fb ff
    jge short .L12                       ; 100310: 7d 29
    jmp short .L10                       ; 100312: eb 07
.L9:
    mov eax, str_13                      ; 100314: b8 84 10 10 00
    jmp short .L11                       ; 100319: eb 05
.L10:
    mov eax, str_14                      ; 10031b: b8 8c 10 10 00
.L11:
    push eax                             ; 100320: 50
    call print                           ; 100321: e8 48 fd ff ff
    add esp, 4                           ; 100326: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_6                       ; 100329: b8 40 10 10 00
    push eax                             ; 10032e: 50
    call println                         ; 10032f: e8 6a fd ff ff
    add esp, 4                           ; 100334: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 100337: 5e
    pop ebx                              ; 100338: 5b
    pop ebp                              ; 100339: 5d
    ret                                  ; 10033a: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 10033b: 81 fe 00 28 6b ee
    ja short .L9                         ; 100341: 77 d1
    jmp short .L10                       ; 100343: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 100345: 55
    mov ebp, esp                         ; 100346: 89 e5
    push 0xfffffffb                      ; 100348: 6a fb
    call classify                        ; 10034a: e8 3a fe ff ff
    add esp, 4                           ; 10034f: 83 c4 04
    push eax                             ; 100352: 50
    call println                         ; 100353: e8 46 fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 10035b: 6a 00
    call classify                        ; 10035d: e8 27 fe ff ff
    add esp, 4                           ; 100362: 83 c4 04
    push eax                             ; 100365: 50
    call println                         ; 100366: e8 33 fd ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10036e: 6a 07
    call classify                        ; 100370: e8 14 fe ff ff
    add esp, 4                           ; 100375: 83 c4 04
    push eax                             ; 100378: 50
    call println                         ; 100379: e8 20 fd ff ff
    add esp, 4                           ; 10037e: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100381: 6a 64
    call classify                        ; 100383: e8 01 fe ff ff
    add esp, 4                           ; 100388: 83 c4 04
    push eax                             ; 10038b: 50
    call println                         ; 10038c: e8 0d fd ff ff
    add esp, 4                           ; 100391: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_15                      ; 100394: b8 98 10 10 00
    push eax                             ; 100399: 50
    push 0                               ; 10039a: 6a 00
    call loud                            ; 10039c: e8 1b fe ff ff
    add esp, 8                           ; 1003a1: 83 c4 08
    test eax, eax                        ; 1003a4: 85 c0
    jne short .L3                        ; 1003a6: 75 34
    jmp short .L2                        ; 1003a8: eb 0e
.L1:
    mov eax, str_17                      ; 1003aa: b8 a8 10 10 00
    push eax                             ; 1003af: 50
    call print                           ; 1003b0: e8 b9 fc ff ff
    add esp, 4                           ; 1003b5: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_6                       ; 1003b8: b8 40 10 10 00
    push eax                             ; 1003bd: 50
    call println                         ; 1003be: e8 db fc ff ff
    add esp, 4                           ; 1003c3: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 1003c6: b8 b0 10 10 00
    push eax                             ; 1003cb: 50
    push 1                               ; 1003cc: 6a 01
    call loud                            ; 1003ce: e8 e9 fd ff ff
    add esp, 8                           ; 1003d3: 83 c4 08
    test eax, eax                        ; 1003d6: 85 c0
    jne short .L6                        ; 1003d8: 75 18
    jmp short .L8                        ; 1003da: eb 48
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1003dc: b8 a0 10 10 00
    push eax                             ; 1003e1: 50
    push 1                               ; 1003e2: 6a 01
    call loud                            ; 1003e4: e8 d3 fd ff ff
    add esp, 8                           ; 1003e9: 83 c4 08
    test eax, eax                        ; 1003ec: 85 c0
    jne short .L1                        ; 1003ee: 75 ba
    jmp short .L2                        ; 1003f0: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_17                      ; 1003f2: b8 a8 10 10 00
    push eax                             ; 1003f7: 50
    call print                           ; 1003f8: e8 71 fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_6                       ; 100400: b8 40 10 10 00
    push eax                             ; 100405: 50
    call println                         ; 100406: e8 93 fc ff ff
    add esp, 4                           ; 10040b: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_20                      ; 10040e: b8 c0 10 10 00
    push eax                             ; 100413: 50
    push 0                               ; 100414: 6a 00
    call loud                            ; 100416: e8 a1 fd ff ff
    add esp, 8                           ; 10041b: 83 c4 08
    test eax, eax                        ; 10041e: 85 c0
    jne short .L12                       ; 100420: 75 26
    jmp short .L13                       ; 100422: eb 6c
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 100424: b8 b8 10 10 00
    push eax                             ; 100429: 50
    push 1                               ; 10042a: 6a 01
    call loud                            ; 10042c: e8 8b fd ff ff
    add esp, 8                           ; 100431: 83 c4 08
    test eax, eax                        ; 100434: 85 c0
    jne short .L6                        ; 100436: 75 ba
    jmp short .L7                        ; 100438: eb c6
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_17                      ; 10043a: b8 a8 10 10 00
    push eax                             ; 10043f: 50
    call print                           ; 100440: e8 29 fc ff ff
    add esp, 4                           ; 100445: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_6                       ; 100448: b8 40 10 10 00
    push eax                             ; 10044d: 50
    call println                         ; 10044e: e8 4b fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 100456: 6a 0a
    call loops                           ; 100458: e8 77 fd ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100460: 6a ff
    push 0xffffffff                      ; 100462: 6a ff
    call compare                         ; 100464: e8 65 fe ff ff
    add esp, 8                           ; 100469: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 10046c: 6a 00
    call printU32                        ; 10046e: e8 46 fc ff ff
    add esp, 4                           ; 100473: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_6                       ; 100476: b8 40 10 10 00
    push eax                             ; 10047b: 50
    call println                         ; 10047c: e8 1d fc ff ff
    add esp, 4                           ; 100481: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100484: 6a 00
    call exit                            ; 100486: e8 f2 fc ff ff
    add esp, 4                           ; 10048b: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 10048e: 5d
    ret                                  ; 10048f: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 100490: b8 c8 10 10 00
    push eax                             ; 100495: 50
    push 1                               ; 100496: 6a 01
    call loud                            ; 100498: e8 1f fd ff ff
    add esp, 8                           ; 10049d: 83 c4 08
    test eax, eax                        ; 1004a0: 85 c0
    je short .L11                        ; 1004a2: 74 96
    mov eax, str_22                      ; 1004a4: b8 d0 10 10 00
    push eax                             ; 1004a9: 50
    push 0                               ; 1004aa: 6a 00
    call loud                            ; 1004ac: e8 0b fd ff ff
    add esp, 8                           ; 1004b1: 83 c4 08
    test eax, eax                        ; 1004b4: 85 c0
    jne short .L12                       ; 1004b6: 75 90
    jmp short .L11                       ; 1004b8: eb 80

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x1014 - ($ - $$) db 0
str_2:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x101c - ($ - $$) db 0
str_3:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x1028 - ($ - $$) db 0
str_4:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x1034 - ($ - $$) db 0
str_5:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1040 - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1044 - ($ - $$) db 0
str_7:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1050 - ($ - $$) db 0
str_8:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x105c - ($ - $$) db 0
str_9:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x1064 - ($ - $$) db 0
str_10:  ; "s>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x3e, 0x3d, 0x31, 0x20
    times 0x1070 - ($ - $$) db 0
str_11:  ; "u<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x75, 0x3c, 0x31, 0x20
    times 0x1078 - ($ - $$) db 0
str_12:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1084 - ($ - $$) db 0
str_13:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x108c - ($ - $$) db 0
str_14:  ; "not both"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x62, 0x6f, 0x74, 0x68
    times 0x1098 - ($ - $$) db 0
str_15:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x10a0 - ($ - $$) db 0
str_16:  ; "b"
    db 0x1, 0x0, 0x0, 0x0, 0x62
    times 0x10a8 - ($ - $$) db 0
str_17:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x10b0 - ($ - $$) db 0
str_18:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x10b8 - ($ - $$) db 0
str_19:  ; "d"
    db 0x1, 0x0, 0x0, 0x0, 0x64
    times 0x10c0 - ($ - $$) db 0
str_20:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x10c8 - ($ - $$) db 0
str_21:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x10d0 - ($ - $$) db 0
str_22:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
