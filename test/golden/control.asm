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
    call main                            ; 10003d: e8 b8 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    mov eax, [ebp+8]                     ; 10013c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10013f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100141: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100142: f4
    jmp short .L2                        ; 100143: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    mov eax, [ebp+8]                     ; 100148: 8b 45 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp eax, 0                           ; 10014b: 83 f8 00
    jge short .L2                        ; 10014e: 7d 07
    mov eax, str_2                       ; 100150: b8 1c 10 10 00
    pop ebp                              ; 100155: 5d
    ret                                  ; 100156: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp eax, 0                           ; 100157: 83 f8 00
    je short .L6                         ; 10015a: 74 09
    jmp short .L7                        ; 10015c: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 10015e: b8 3c 10 10 00
    pop ebp                              ; 100163: 5d
    ret                                  ; 100164: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_3                       ; 100165: b8 28 10 10 00
    pop ebp                              ; 10016a: 5d
    ret                                  ; 10016b: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 10016c: 83 f8 0a
    jge short .L3                        ; 10016f: 7d ed
    mov eax, str_4                       ; 100171: b8 30 10 10 00
    pop ebp                              ; 100176: 5d
    ret                                  ; 100177: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 100178: 55
    mov ebp, esp                         ; 100179: 89 e5
    push ebx                             ; 10017b: 53
    mov ebx, [ebp+8]                     ; 10017c: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10017f: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100182: 50
    call print                           ; 100183: e8 f8 fe ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10018b: 89 d8
    pop ebx                              ; 10018d: 5b
    pop ebp                              ; 10018e: 5d
    ret                                  ; 10018f: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 100190: 55
    mov ebp, esp                         ; 100191: 89 e5
    push ebx                             ; 100193: 53
    push esi                             ; 100194: 56
    push edi                             ; 100195: 57
    mov esi, [ebp+8]                     ; 100196: 8b 75 08
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 100199: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov ecx, 0                           ; 10019e: b9 00 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 1001a3: 39 f1
    jl short .L2                         ; 1001a5: 7c 06
    jmp short .L3                        ; 1001a7: eb 18
.L1:
    cmp ecx, esi                         ; 1001a9: 39 f1
    jge short .L3                        ; 1001ab: 7d 14
.L2:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 1001ad: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 1001b0: bf 02 00 00 00
    mov eax, ecx                         ; 1001b5: 89 c8
    cdq                                  ; 1001b7: 99
    idiv edi                             ; 1001b8: f7 ff
    cmp edx, 0                           ; 1001ba: 83 fa 00
    je short .L1                         ; 1001bd: 74 ea
    jmp short .L6                        ; 1001bf: eb 2c
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001c1: b8 48 10 10 00
    push eax                             ; 1001c6: 50
    call print                           ; 1001c7: e8 b4 fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 1001cf: 53
    call printI32                        ; 1001d0: e8 34 ff ff ff
    add esp, 4                           ; 1001d5: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001d8: b8 54 10 10 00
    push eax                             ; 1001dd: 50
    call println                         ; 1001de: e8 ce fe ff ff
    add esp, 4                           ; 1001e3: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov ebx, 0                           ; 1001e6: bb 00 00 00 00
    ; test/golden/control.ts:33: do {
    jmp short .L10                       ; 1001eb: eb 08
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 1001ed: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 1001ef: 39 f1
    jl short .L2                         ; 1001f1: 7c ba
    jmp short .L3                        ; 1001f3: eb cc
.L10:
    ; test/golden/control.ts:34: count++;
    add ebx, 1                           ; 1001f5: 83 c3 01
    ; test/golden/control.ts:33: do {
    cmp ebx, 0                           ; 1001f8: 83 fb 00
    jl short .L10                        ; 1001fb: 7c f8
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001fd: b8 58 10 10 00
    push eax                             ; 100202: 50
    call print                           ; 100203: e8 78 fe ff ff
    add esp, 4                           ; 100208: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push ebx                             ; 10020b: 53
    call printI32                        ; 10020c: e8 f8 fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_7                       ; 100214: b8 54 10 10 00
    push eax                             ; 100219: 50
    call println                         ; 10021a: e8 92 fe ff ff
    add esp, 4                           ; 10021f: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov ebx, 0                           ; 100222: bb 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov ecx, 0                           ; 100227: b9 00 00 00 00
    cmp ecx, esi                         ; 10022c: 39 f1
    jge short .L16                       ; 10022e: 7d 10
.L14:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov eax, 0                           ; 100230: b8 00 00 00 00
    cmp eax, esi                         ; 100235: 39 f0
    jl short .L19                        ; 100237: 7c 31
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add ecx, 1                           ; 100239: 83 c1 01
    cmp ecx, esi                         ; 10023c: 39 f1
    jl short .L14                        ; 10023e: 7c f0
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 100240: b8 64 10 10 00
    push eax                             ; 100245: 50
    call print                           ; 100246: e8 35 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 10024e: 53
    call printI32                        ; 10024f: e8 b5 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_7                       ; 100257: b8 54 10 10 00
    push eax                             ; 10025c: 50
    call println                         ; 10025d: e8 4f fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 100265: 5f
    pop esi                              ; 100266: 5e
    pop ebx                              ; 100267: 5b
    pop ebp                              ; 100268: 5d
    ret                                  ; 100269: c3
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp eax, ecx                         ; 10026a: 39 c8
    jg short .L15                        ; 10026c: 7f cb
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov edx, ecx                         ; 10026e: 89 ca
    add edx, eax                         ; 100270: 01 c2
    cmp edx, 0xc                         ; 100272: 83 fa 0c
    jg short .L16                        ; 100275: 7f c9
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 100277: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add eax, 1                           ; 10027a: 83 c0 01
    cmp eax, esi                         ; 10027d: 39 f0
    jl short .L19                        ; 10027f: 7c e9
    jmp short .L15                       ; 100281: eb b6

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 100283: 55
    mov ebp, esp                         ; 100284: 89 e5
    push ebx                             ; 100286: 53
    push esi                             ; 100287: 56
    mov ebx, [ebp+8]                     ; 100288: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10028b: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 10028e: 83 fb 01
    jge short .L2                        ; 100291: 7d 07
    mov eax, str_10                      ; 100293: b8 70 10 10 00
    jmp short .L3                        ; 100298: eb 05
.L2:
    mov eax, str_11                      ; 10029a: b8 78 10 10 00
.L3:
    push eax                             ; 10029f: 50
    call print                           ; 1002a0: e8 db fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002a8: 83 fe 01
    jae short .L6                        ; 1002ab: 73 07
    mov eax, str_12                      ; 1002ad: b8 84 10 10 00
    jmp short .L7                        ; 1002b2: eb 05
.L6:
    mov eax, str_13                      ; 1002b4: b8 8c 10 10 00
.L7:
    push eax                             ; 1002b9: 50
    call print                           ; 1002ba: e8 c1 fd ff ff
    add esp, 4                           ; 1002bf: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002c2: 83 fb ff
    jge short .L12                       ; 1002c5: 7d 29
    jmp short .L10                       ; 1002c7: eb 07
.L9:
    mov eax, str_14                      ; 1002c9: b8 98 10 10 00
    jmp short .L11                       ; 1002ce: eb 05
.L10:
    mov eax, str_15                      ; 1002d0: b8 a0 10 10 00
.L11:
    push eax                             ; 1002d5: 50
    call print                           ; 1002d6: e8 a5 fd ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 1002de: b8 54 10 10 00
    push eax                             ; 1002e3: 50
    call println                         ; 1002e4: e8 c8 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 1002ec: 5e
    pop ebx                              ; 1002ed: 5b
    pop ebp                              ; 1002ee: 5d
    ret                                  ; 1002ef: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 1002f0: 81 fe 00 28 6b ee
    ja short .L9                         ; 1002f6: 77 d1
    jmp short .L10                       ; 1002f8: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 1002fa: 55
    mov ebp, esp                         ; 1002fb: 89 e5
    push 0xfffffffb                      ; 1002fd: 6a fb
    call classify                        ; 1002ff: e8 41 fe ff ff
    add esp, 4                           ; 100304: 83 c4 04
    push eax                             ; 100307: 50
    call println                         ; 100308: e8 a4 fd ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100310: 6a 00
    call classify                        ; 100312: e8 2e fe ff ff
    add esp, 4                           ; 100317: 83 c4 04
    push eax                             ; 10031a: 50
    call println                         ; 10031b: e8 91 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 100323: 6a 07
    call classify                        ; 100325: e8 1b fe ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    push eax                             ; 10032d: 50
    call println                         ; 10032e: e8 7e fd ff ff
    add esp, 4                           ; 100333: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100336: 6a 64
    call classify                        ; 100338: e8 08 fe ff ff
    add esp, 4                           ; 10033d: 83 c4 04
    push eax                             ; 100340: 50
    call println                         ; 100341: e8 6b fd ff ff
    add esp, 4                           ; 100346: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100349: b8 ac 10 10 00
    push eax                             ; 10034e: 50
    push 0                               ; 10034f: 6a 00
    call loud                            ; 100351: e8 22 fe ff ff
    add esp, 8                           ; 100356: 83 c4 08
    test eax, eax                        ; 100359: 85 c0
    jne short .L3                        ; 10035b: 75 34
    jmp short .L2                        ; 10035d: eb 0e
.L1:
    mov eax, str_18                      ; 10035f: b8 bc 10 10 00
    push eax                             ; 100364: 50
    call print                           ; 100365: e8 16 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_7                       ; 10036d: b8 54 10 10 00
    push eax                             ; 100372: 50
    call println                         ; 100373: e8 39 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 10037b: b8 c4 10 10 00
    push eax                             ; 100380: 50
    push 1                               ; 100381: 6a 01
    call loud                            ; 100383: e8 f0 fd ff ff
    add esp, 8                           ; 100388: 83 c4 08
    test eax, eax                        ; 10038b: 85 c0
    jne short .L6                        ; 10038d: 75 18
    jmp short .L8                        ; 10038f: eb 48
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_17                      ; 100391: b8 b4 10 10 00
    push eax                             ; 100396: 50
    push 1                               ; 100397: 6a 01
    call loud                            ; 100399: e8 da fd ff ff
    add esp, 8                           ; 10039e: 83 c4 08
    test eax, eax                        ; 1003a1: 85 c0
    jne short .L1                        ; 1003a3: 75 ba
    jmp short .L2                        ; 1003a5: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 1003a7: b8 bc 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 ce fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_7                       ; 1003b5: b8 54 10 10 00
    push eax                             ; 1003ba: 50
    call println                         ; 1003bb: e8 f1 fc ff ff
    add esp, 4                           ; 1003c0: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003c3: b8 d4 10 10 00
    push eax                             ; 1003c8: 50
    push 0                               ; 1003c9: 6a 00
    call loud                            ; 1003cb: e8 a8 fd ff ff
    add esp, 8                           ; 1003d0: 83 c4 08
    test eax, eax                        ; 1003d3: 85 c0
    jne short .L12                       ; 1003d5: 75 26
    jmp short .L13                       ; 1003d7: eb 6c
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003d9: b8 cc 10 10 00
    push eax                             ; 1003de: 50
    push 1                               ; 1003df: 6a 01
    call loud                            ; 1003e1: e8 92 fd ff ff
    add esp, 8                           ; 1003e6: 83 c4 08
    test eax, eax                        ; 1003e9: 85 c0
    jne short .L6                        ; 1003eb: 75 ba
    jmp short .L7                        ; 1003ed: eb c6
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_18                      ; 1003ef: b8 bc 10 10 00
    push eax                             ; 1003f4: 50
    call print                           ; 1003f5: e8 86 fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_7                       ; 1003fd: b8 54 10 10 00
    push eax                             ; 100402: 50
    call println                         ; 100403: e8 a9 fc ff ff
    add esp, 4                           ; 100408: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 10040b: 6a 0a
    call loops                           ; 10040d: e8 7e fd ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100415: 6a ff
    push 0xffffffff                      ; 100417: 6a ff
    call compare                         ; 100419: e8 65 fe ff ff
    add esp, 8                           ; 10041e: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100421: 6a 00
    call printU32                        ; 100423: e8 a4 fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_7                       ; 10042b: b8 54 10 10 00
    push eax                             ; 100430: 50
    call println                         ; 100431: e8 7b fc ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100439: 6a 00
    call exit                            ; 10043b: e8 f9 fc ff ff
    add esp, 4                           ; 100440: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 100443: 5d
    ret                                  ; 100444: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 100445: b8 dc 10 10 00
    push eax                             ; 10044a: 50
    push 1                               ; 10044b: 6a 01
    call loud                            ; 10044d: e8 26 fd ff ff
    add esp, 8                           ; 100452: 83 c4 08
    test eax, eax                        ; 100455: 85 c0
    je short .L11                        ; 100457: 74 96
    mov eax, str_23                      ; 100459: b8 e4 10 10 00
    push eax                             ; 10045e: 50
    push 0                               ; 10045f: 6a 00
    call loud                            ; 100461: e8 12 fd ff ff
    add esp, 8                           ; 100466: 83 c4 08
    test eax, eax                        ; 100469: 85 c0
    jne short .L12                       ; 10046b: 75 90
    jmp short .L11                       ; 10046d: eb 80

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10046f: 55
    mov ebp, esp                         ; 100470: 89 e5
    push ebx                             ; 100472: 53
    push esi                             ; 100473: 56
    mov esi, [ebp+8]                     ; 100474: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100477: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 10047a: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 10047d: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100480: a1 00 20 10 00
    push ecx                             ; 100485: 51
    push edx                             ; 100486: 52
    push ebx                             ; 100487: 53
    push esi                             ; 100488: 56
    call eax                             ; 100489: ff d0
    add esp, 0x10                        ; 10048b: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10048e: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10048f: f4
    jmp short .L2                        ; 100490: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100492: 55
    mov ebp, esp                         ; 100493: 89 e5
    sub esp, 4                           ; 100495: 83 ec 04
    push ebx                             ; 100498: 53
    push esi                             ; 100499: 56
    push edi                             ; 10049a: 57
    mov eax, [ebp+8]                     ; 10049b: 8b 45 08
    mov [ebp-4], eax                     ; 10049e: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1004a1: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 1004a4: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 1004a7: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 1004aa: b8 ec 10 10 00
    push eax                             ; 1004af: 50
    call print                           ; 1004b0: e8 cb fb ff ff
    add esp, 4                           ; 1004b5: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1004b8: 57
    call printU32                        ; 1004b9: e8 0e fc ff ff
    add esp, 4                           ; 1004be: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004c1: b8 0c 11 10 00
    push eax                             ; 1004c6: 50
    call print                           ; 1004c7: e8 b4 fb ff ff
    add esp, 4                           ; 1004cc: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1004cf: 56
    call printU32                        ; 1004d0: e8 f7 fb ff ff
    add esp, 4                           ; 1004d5: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004d8: b8 2c 11 10 00
    push eax                             ; 1004dd: 50
    call print                           ; 1004de: e8 9d fb ff ff
    add esp, 4                           ; 1004e3: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1004e6: ff 75 fc
    call print                           ; 1004e9: e8 92 fb ff ff
    add esp, 4                           ; 1004ee: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 1004f1: b8 34 11 10 00
    push eax                             ; 1004f6: 50
    call print                           ; 1004f7: e8 84 fb ff ff
    add esp, 4                           ; 1004fc: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1004ff: 53
    call printU32                        ; 100500: e8 c7 fb ff ff
    add esp, 4                           ; 100505: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 100508: b8 54 10 10 00
    push eax                             ; 10050d: 50
    call println                         ; 10050e: e8 9e fb ff ff
    add esp, 4                           ; 100513: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100516: 5f
    pop esi                              ; 100517: 5e
    pop ebx                              ; 100518: 5b
    leave                                ; 100519: c9
    ret                                  ; 10051a: c3

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
