; tskc 0.1.0 listing of test/golden/control.ts
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
    call main                            ; 10003d: e8 a4 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100124: 55
    mov ebp, esp                         ; 100125: 89 e5
    mov eax, [ebp+8]                     ; 100127: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012a: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012c: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10012d: f4
    jmp short .L2                        ; 10012e: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100130: 55
    mov ebp, esp                         ; 100131: 89 e5
    mov ecx, [ebp+8]                     ; 100133: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp ecx, 0                           ; 100136: 83 f9 00
    jge short .L2                        ; 100139: 7d 07
    mov eax, str_2                       ; 10013b: b8 1c 10 10 00
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp ecx, 0                           ; 100142: 83 f9 00
    je short .L6                         ; 100145: 74 09
    jmp short .L7                        ; 100147: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100149: b8 3c 10 10 00
    pop ebp                              ; 10014e: 5d
    ret                                  ; 10014f: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_3                       ; 100150: b8 28 10 10 00
    pop ebp                              ; 100155: 5d
    ret                                  ; 100156: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 100157: 83 f9 0a
    jge short .L3                        ; 10015a: 7d ed
    mov eax, str_4                       ; 10015c: b8 30 10 10 00
    pop ebp                              ; 100161: 5d
    ret                                  ; 100162: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 100163: 55
    mov ebp, esp                         ; 100164: 89 e5
    push ebx                             ; 100166: 53
    mov ebx, [ebp+8]                     ; 100167: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10016a: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 10016d: 50
    call print                           ; 10016e: e8 fb fe ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 100176: 89 d8
    pop ebx                              ; 100178: 5b
    pop ebp                              ; 100179: 5d
    ret                                  ; 10017a: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 10017b: 55
    mov ebp, esp                         ; 10017c: 89 e5
    sub esp, 4                           ; 10017e: 83 ec 04
    push ebx                             ; 100181: 53
    push esi                             ; 100182: 56
    push edi                             ; 100183: 57
    mov eax, [ebp+8]                     ; 100184: 8b 45 08
    mov [ebp-4], eax                     ; 100187: 89 45 fc
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 10018a: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov esi, 0                           ; 10018f: be 00 00 00 00
.L1:
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 100194: 8b 45 fc
    cmp esi, eax                         ; 100197: 39 c6
    jge short .L3                        ; 100199: 7d 14
    ; test/golden/control.ts:24: i++;
    add esi, 1                           ; 10019b: 83 c6 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 10019e: b9 02 00 00 00
    mov eax, esi                         ; 1001a3: 89 f0
    cdq                                  ; 1001a5: 99
    idiv ecx                             ; 1001a6: f7 f9
    cmp edx, 0                           ; 1001a8: 83 fa 00
    je short .L1                         ; 1001ab: 74 e7
    jmp short .L6                        ; 1001ad: eb 2c
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001af: b8 48 10 10 00
    push eax                             ; 1001b4: 50
    call print                           ; 1001b5: e8 b4 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 1001bd: 53
    call printI32                        ; 1001be: e8 30 ff ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001c6: b8 54 10 10 00
    push eax                             ; 1001cb: 50
    call println                         ; 1001cc: e8 ca fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov edi, 0                           ; 1001d4: bf 00 00 00 00
    ; test/golden/control.ts:33: do {
    jmp short .L10                       ; 1001d9: eb 04
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, esi                         ; 1001db: 01 f3
    ; test/golden/control.ts:23: while (i < n) {
    jmp short .L1                        ; 1001dd: eb b5
.L10:
    ; test/golden/control.ts:34: count++;
    add edi, 1                           ; 1001df: 83 c7 01
    ; test/golden/control.ts:33: do {
    cmp edi, 0                           ; 1001e2: 83 ff 00
    jl short .L10                        ; 1001e5: 7c f8
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001e7: b8 58 10 10 00
    push eax                             ; 1001ec: 50
    call print                           ; 1001ed: e8 7c fe ff ff
    add esp, 4                           ; 1001f2: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push edi                             ; 1001f5: 57
    call printI32                        ; 1001f6: e8 f8 fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_7                       ; 1001fe: b8 54 10 10 00
    push eax                             ; 100203: 50
    call println                         ; 100204: e8 92 fe ff ff
    add esp, 4                           ; 100209: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov ebx, 0                           ; 10020c: bb 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov esi, 0                           ; 100211: be 00 00 00 00
.L13:
    mov eax, [ebp-4]                     ; 100216: 8b 45 fc
    cmp esi, eax                         ; 100219: 39 c6
    jge short .L16                       ; 10021b: 7d 0c
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov edi, 0                           ; 10021d: bf 00 00 00 00
    jmp short .L18                       ; 100222: eb 2f
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add esi, 1                           ; 100224: 83 c6 01
    jmp short .L13                       ; 100227: eb ed
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 100229: b8 64 10 10 00
    push eax                             ; 10022e: 50
    call print                           ; 10022f: e8 3a fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 100237: 53
    call printI32                        ; 100238: e8 b6 fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_7                       ; 100240: b8 54 10 10 00
    push eax                             ; 100245: 50
    call println                         ; 100246: e8 50 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 10024e: 5f
    pop esi                              ; 10024f: 5e
    pop ebx                              ; 100250: 5b
    leave                                ; 100251: c9
    ret                                  ; 100252: c3
.L18:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov eax, [ebp-4]                     ; 100253: 8b 45 fc
    cmp edi, eax                         ; 100256: 39 c7
    jge short .L15                       ; 100258: 7d ca
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp edi, esi                         ; 10025a: 39 f7
    jg short .L15                        ; 10025c: 7f c6
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov eax, esi                         ; 10025e: 89 f0
    add eax, edi                         ; 100260: 01 f8
    cmp eax, 0xc                         ; 100262: 83 f8 0c
    jg short .L16                        ; 100265: 7f c2
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 100267: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add edi, 1                           ; 10026a: 83 c7 01
    jmp short .L18                       ; 10026d: eb e4

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 10026f: 55
    mov ebp, esp                         ; 100270: 89 e5
    push ebx                             ; 100272: 53
    push esi                             ; 100273: 56
    mov ebx, [ebp+8]                     ; 100274: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100277: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 10027a: 83 fb 01
    jge short .L2                        ; 10027d: 7d 07
    mov eax, str_10                      ; 10027f: b8 70 10 10 00
    jmp short .L3                        ; 100284: eb 05
.L2:
    mov eax, str_11                      ; 100286: b8 78 10 10 00
.L3:
    push eax                             ; 10028b: 50
    call print                           ; 10028c: e8 dd fd ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 100294: 83 fe 01
    jae short .L6                        ; 100297: 73 07
    mov eax, str_12                      ; 100299: b8 84 10 10 00
    jmp short .L7                        ; 10029e: eb 05
.L6:
    mov eax, str_13                      ; 1002a0: b8 8c 10 10 00
.L7:
    push eax                             ; 1002a5: 50
    call print                           ; 1002a6: e8 c3 fd ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002ae: 83 fb ff
    jge short .L12                       ; 1002b1: 7d 29
    jmp short .L10                       ; 1002b3: eb 07
.L9:
    mov eax, str_14                      ; 1002b5: b8 98 10 10 00
    jmp short .L11                       ; 1002ba: eb 05
.L10:
    mov eax, str_15                      ; 1002bc: b8 a0 10 10 00
.L11:
    push eax                             ; 1002c1: 50
    call print                           ; 1002c2: e8 a7 fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 1002ca: b8 54 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 c6 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 1002d8: 5e
    pop ebx                              ; 1002d9: 5b
    pop ebp                              ; 1002da: 5d
    ret                                  ; 1002db: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 1002dc: 81 fe 00 28 6b ee
    ja short .L9                         ; 1002e2: 77 d1
    jmp short .L10                       ; 1002e4: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 1002e6: 55
    mov ebp, esp                         ; 1002e7: 89 e5
    push 0xfffffffb                      ; 1002e9: 6a fb
    call classify                        ; 1002eb: e8 40 fe ff ff
    add esp, 4                           ; 1002f0: 83 c4 04
    push eax                             ; 1002f3: 50
    call println                         ; 1002f4: e8 a2 fd ff ff
    add esp, 4                           ; 1002f9: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 1002fc: 6a 00
    call classify                        ; 1002fe: e8 2d fe ff ff
    add esp, 4                           ; 100303: 83 c4 04
    push eax                             ; 100306: 50
    call println                         ; 100307: e8 8f fd ff ff
    add esp, 4                           ; 10030c: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10030f: 6a 07
    call classify                        ; 100311: e8 1a fe ff ff
    add esp, 4                           ; 100316: 83 c4 04
    push eax                             ; 100319: 50
    call println                         ; 10031a: e8 7c fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100322: 6a 64
    call classify                        ; 100324: e8 07 fe ff ff
    add esp, 4                           ; 100329: 83 c4 04
    push eax                             ; 10032c: 50
    call println                         ; 10032d: e8 69 fd ff ff
    add esp, 4                           ; 100332: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100335: b8 ac 10 10 00
    push eax                             ; 10033a: 50
    push 0                               ; 10033b: 6a 00
    call loud                            ; 10033d: e8 21 fe ff ff
    add esp, 8                           ; 100342: 83 c4 08
    test eax, eax                        ; 100345: 85 c0
    jne short .L3                        ; 100347: 75 34
    jmp short .L2                        ; 100349: eb 0e
.L1:
    mov eax, str_18                      ; 10034b: b8 bc 10 10 00
    push eax                             ; 100350: 50
    call print                           ; 100351: e8 18 fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_7                       ; 100359: b8 54 10 10 00
    push eax                             ; 10035e: 50
    call println                         ; 10035f: e8 37 fd ff ff
    add esp, 4                           ; 100364: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 100367: b8 c4 10 10 00
    push eax                             ; 10036c: 50
    push 1                               ; 10036d: 6a 01
    call loud                            ; 10036f: e8 ef fd ff ff
    add esp, 8                           ; 100374: 83 c4 08
    test eax, eax                        ; 100377: 85 c0
    jne short .L6                        ; 100379: 75 18
    jmp short .L8                        ; 10037b: eb 48
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_17                      ; 10037d: b8 b4 10 10 00
    push eax                             ; 100382: 50
    push 1                               ; 100383: 6a 01
    call loud                            ; 100385: e8 d9 fd ff ff
    add esp, 8                           ; 10038a: 83 c4 08
    test eax, eax                        ; 10038d: 85 c0
    jne short .L1                        ; 10038f: 75 ba
    jmp short .L2                        ; 100391: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 100393: b8 bc 10 10 00
    push eax                             ; 100398: 50
    call print                           ; 100399: e8 d0 fc ff ff
    add esp, 4                           ; 10039e: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_7                       ; 1003a1: b8 54 10 10 00
    push eax                             ; 1003a6: 50
    call println                         ; 1003a7: e8 ef fc ff ff
    add esp, 4                           ; 1003ac: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003af: b8 d4 10 10 00
    push eax                             ; 1003b4: 50
    push 0                               ; 1003b5: 6a 00
    call loud                            ; 1003b7: e8 a7 fd ff ff
    add esp, 8                           ; 1003bc: 83 c4 08
    test eax, eax                        ; 1003bf: 85 c0
    jne short .L12                       ; 1003c1: 75 26
    jmp short .L13                       ; 1003c3: eb 6c
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003c5: b8 cc 10 10 00
    push eax                             ; 1003ca: 50
    push 1                               ; 1003cb: 6a 01
    call loud                            ; 1003cd: e8 91 fd ff ff
    add esp, 8                           ; 1003d2: 83 c4 08
    test eax, eax                        ; 1003d5: 85 c0
    jne short .L6                        ; 1003d7: 75 ba
    jmp short .L7                        ; 1003d9: eb c6
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_18                      ; 1003db: b8 bc 10 10 00
    push eax                             ; 1003e0: 50
    call print                           ; 1003e1: e8 88 fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_7                       ; 1003e9: b8 54 10 10 00
    push eax                             ; 1003ee: 50
    call println                         ; 1003ef: e8 a7 fc ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 1003f7: 6a 0a
    call loops                           ; 1003f9: e8 7d fd ff ff
    add esp, 4                           ; 1003fe: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100401: 6a ff
    push 0xffffffff                      ; 100403: 6a ff
    call compare                         ; 100405: e8 65 fe ff ff
    add esp, 8                           ; 10040a: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 10040d: 6a 00
    call printU32                        ; 10040f: e8 a2 fc ff ff
    add esp, 4                           ; 100414: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_7                       ; 100417: b8 54 10 10 00
    push eax                             ; 10041c: 50
    call println                         ; 10041d: e8 79 fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100425: 6a 00
    call exit                            ; 100427: e8 f8 fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 10042f: 5d
    ret                                  ; 100430: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 100431: b8 dc 10 10 00
    push eax                             ; 100436: 50
    push 1                               ; 100437: 6a 01
    call loud                            ; 100439: e8 25 fd ff ff
    add esp, 8                           ; 10043e: 83 c4 08
    test eax, eax                        ; 100441: 85 c0
    je short .L11                        ; 100443: 74 96
    mov eax, str_23                      ; 100445: b8 e4 10 10 00
    push eax                             ; 10044a: 50
    push 0                               ; 10044b: 6a 00
    call loud                            ; 10044d: e8 11 fd ff ff
    add esp, 8                           ; 100452: 83 c4 08
    test eax, eax                        ; 100455: 85 c0
    jne short .L12                       ; 100457: 75 90
    jmp short .L11                       ; 100459: eb 80

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10045b: 55
    mov ebp, esp                         ; 10045c: 89 e5
    push ebx                             ; 10045e: 53
    push esi                             ; 10045f: 56
    mov eax, [ebp+8]                     ; 100460: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100463: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100466: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100469: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10046c: 8b 35 00 20 10 00
    push ebx                             ; 100472: 53
    push edx                             ; 100473: 52
    push ecx                             ; 100474: 51
    push eax                             ; 100475: 50
    call esi                             ; 100476: ff d6
    add esp, 0x10                        ; 100478: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10047b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10047c: f4
    jmp short .L2                        ; 10047d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10047f: 55
    mov ebp, esp                         ; 100480: 89 e5
    sub esp, 4                           ; 100482: 83 ec 04
    push ebx                             ; 100485: 53
    push esi                             ; 100486: 56
    push edi                             ; 100487: 57
    mov ebx, [ebp+8]                     ; 100488: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10048b: 8b 45 0c
    mov [ebp-4], eax                     ; 10048e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100491: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100494: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 100497: b8 ec 10 10 00
    push eax                             ; 10049c: 50
    call print                           ; 10049d: e8 cc fb ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1004a5: 56
    call printU32                        ; 1004a6: e8 0b fc ff ff
    add esp, 4                           ; 1004ab: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004ae: b8 0c 11 10 00
    push eax                             ; 1004b3: 50
    call print                           ; 1004b4: e8 b5 fb ff ff
    add esp, 4                           ; 1004b9: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004bc: 57
    call printU32                        ; 1004bd: e8 f4 fb ff ff
    add esp, 4                           ; 1004c2: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004c5: b8 2c 11 10 00
    push eax                             ; 1004ca: 50
    call print                           ; 1004cb: e8 9e fb ff ff
    add esp, 4                           ; 1004d0: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004d3: 53
    call print                           ; 1004d4: e8 95 fb ff ff
    add esp, 4                           ; 1004d9: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 1004dc: b8 34 11 10 00
    push eax                             ; 1004e1: 50
    call print                           ; 1004e2: e8 87 fb ff ff
    add esp, 4                           ; 1004e7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004ea: 8b 45 fc
    push eax                             ; 1004ed: 50
    call printU32                        ; 1004ee: e8 c3 fb ff ff
    add esp, 4                           ; 1004f3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 1004f6: b8 54 10 10 00
    push eax                             ; 1004fb: 50
    call println                         ; 1004fc: e8 9a fb ff ff
    add esp, 4                           ; 100501: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100504: 5f
    pop esi                              ; 100505: 5e
    pop ebx                              ; 100506: 5b
    leave                                ; 100507: c9
    ret                                  ; 100508: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x1028 - ($ - $$) db 0
str_3:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x1030 - ($ - $$) db 0
str_4:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x103c - ($ - $$) db 0
str_5:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x1048 - ($ - $$) db 0
str_6:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1054 - ($ - $$) db 0
str_7:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1058 - ($ - $$) db 0
str_8:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1064 - ($ - $$) db 0
str_9:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x1070 - ($ - $$) db 0
str_10:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x1078 - ($ - $$) db 0
str_11:  ; "s>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x3e, 0x3d, 0x31, 0x20
    times 0x1084 - ($ - $$) db 0
str_12:  ; "u<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x75, 0x3c, 0x31, 0x20
    times 0x108c - ($ - $$) db 0
str_13:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1098 - ($ - $$) db 0
str_14:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x10a0 - ($ - $$) db 0
str_15:  ; "not both"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x62, 0x6f, 0x74, 0x68
    times 0x10ac - ($ - $$) db 0
str_16:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x10b4 - ($ - $$) db 0
str_17:  ; "b"
    db 0x1, 0x0, 0x0, 0x0, 0x62
    times 0x10bc - ($ - $$) db 0
str_18:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x10c4 - ($ - $$) db 0
str_19:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x10cc - ($ - $$) db 0
str_20:  ; "d"
    db 0x1, 0x0, 0x0, 0x0, 0x64
    times 0x10d4 - ($ - $$) db 0
str_21:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x10dc - ($ - $$) db 0
str_22:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x10e4 - ($ - $$) db 0
str_23:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67
    times 0x10ec - ($ - $$) db 0
str_24:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x110c - ($ - $$) db 0
str_25:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x112c - ($ - $$) db 0
str_26:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1134 - ($ - $$) db 0
str_27:  ; ":"
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
