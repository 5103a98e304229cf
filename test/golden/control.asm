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
    call main                            ; 10003d: e8 a8 02 00 00
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
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    push ebx                             ; 1000fa: 53
    mov ebx, [ebp+8]                     ; 1000fb: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L2                        ; 100100: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a4 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011c: 53
    call printU32                        ; 10011d: e8 98 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100125: 5b
    pop ebp                              ; 100126: 5d
    ret                                  ; 100127: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100128: 55
    mov ebp, esp                         ; 100129: 89 e5
    mov eax, [ebp+8]                     ; 10012b: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100130: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100131: f4
    jmp short .L2                        ; 100132: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    mov ecx, [ebp+8]                     ; 100137: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test ecx, ecx                        ; 10013a: 85 c9
    jge short .L2                        ; 10013c: 7d 07
    mov eax, str_2                       ; 10013e: b8 1c 10 10 00
    pop ebp                              ; 100143: 5d
    ret                                  ; 100144: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test ecx, ecx                        ; 100145: 85 c9
    jne short .L7                        ; 100147: 75 0e
    mov eax, str_3                       ; 100149: b8 28 10 10 00
    pop ebp                              ; 10014e: 5d
    ret                                  ; 10014f: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100150: b8 3c 10 10 00
    pop ebp                              ; 100155: 5d
    ret                                  ; 100156: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 100157: 83 f9 0a
    jge short .L3                        ; 10015a: 7d f4
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
    call print                           ; 10016e: e8 05 ff ff ff
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
    xor ebx, ebx                         ; 10018a: 31 db
    ; test/golden/control.ts:22: let i = 0;
    xor esi, esi                         ; 10018c: 31 f6
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 10018e: 8b 45 fc
    cmp esi, eax                         ; 100191: 39 c6
    jge short .L3                        ; 100193: 7d 1c
.L2:
    ; test/golden/control.ts:24: i++;
    add esi, 1                           ; 100195: 83 c6 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 100198: b9 02 00 00 00
    mov eax, esi                         ; 10019d: 89 f0
    cdq                                  ; 10019f: 99
    idiv ecx                             ; 1001a0: f7 f9
    test edx, edx                        ; 1001a2: 85 d2
    jne near .L6                         ; 1001a4: 0f 85 bb 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 1001aa: 8b 45 fc
    cmp esi, eax                         ; 1001ad: 39 c6
    jl short .L2                         ; 1001af: 7c e4
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001b1: b8 48 10 10 00
    push eax                             ; 1001b6: 50
    call print                           ; 1001b7: e8 bc fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 1001bf: 53
    call printI32                        ; 1001c0: e8 32 ff ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001c8: b8 54 10 10 00
    push eax                             ; 1001cd: 50
    call println                         ; 1001ce: e8 cc fe ff ff
    add esp, 4                           ; 1001d3: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    xor edi, edi                         ; 1001d6: 31 ff
.L10:
    ; test/golden/control.ts:34: count++;
    add edi, 1                           ; 1001d8: 83 c7 01
    ; test/golden/control.ts:33: do {
    test edi, edi                        ; 1001db: 85 ff
    jl short .L10                        ; 1001dd: 7c f9
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001df: b8 58 10 10 00
    push eax                             ; 1001e4: 50
    call print                           ; 1001e5: e8 8e fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push edi                             ; 1001ed: 57
    call printI32                        ; 1001ee: e8 04 ff ff ff
    add esp, 4                           ; 1001f3: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_7                       ; 1001f6: b8 54 10 10 00
    push eax                             ; 1001fb: 50
    call println                         ; 1001fc: e8 9e fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    xor edi, edi                         ; 100204: 31 ff
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    xor eax, eax                         ; 100206: 31 c0
    mov ecx, [ebp-4]                     ; 100208: 8b 4d fc
    cmp eax, ecx                         ; 10020b: 39 c8
    jge short .L16                       ; 10020d: 7d 2c
.L14:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    xor ecx, ecx                         ; 10020f: 31 c9
    mov edx, [ebp-4]                     ; 100211: 8b 55 fc
    cmp ecx, edx                         ; 100214: 39 d1
    jge short .L15                       ; 100216: 7d 19
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 100218: 39 c1
    jg short .L15                        ; 10021a: 7f 15
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 10021c: 8d 14 08
    cmp edx, 0xc                         ; 10021f: 83 fa 0c
    jg short .L16                        ; 100222: 7f 17
    ; test/golden/control.ts:45: pairs++;
    add edi, 1                           ; 100224: 83 c7 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 100227: 83 c1 01
    mov edx, [ebp-4]                     ; 10022a: 8b 55 fc
    cmp ecx, edx                         ; 10022d: 39 d1
    jl short .L19                        ; 10022f: 7c e7
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 100231: 83 c0 01
    mov ecx, [ebp-4]                     ; 100234: 8b 4d fc
    cmp eax, ecx                         ; 100237: 39 c8
    jl short .L14                        ; 100239: 7c d4
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 10023b: b8 64 10 10 00
    push eax                             ; 100240: 50
    call print                           ; 100241: e8 32 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push edi                             ; 100249: 57
    call printI32                        ; 10024a: e8 a8 fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_7                       ; 100252: b8 54 10 10 00
    push eax                             ; 100257: 50
    call println                         ; 100258: e8 42 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 100260: 5f
    pop esi                              ; 100261: 5e
    pop ebx                              ; 100262: 5b
    leave                                ; 100263: c9
    ret                                  ; 100264: c3
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, esi                         ; 100265: 01 f3
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 100267: 8b 45 fc
    cmp esi, eax                         ; 10026a: 39 c6
    jl near .L2                          ; 10026c: 0f 8c 23 ff ff ff
    jmp .L3                              ; 100272: e9 3a ff ff ff

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 100277: 55
    mov ebp, esp                         ; 100278: 89 e5
    push ebx                             ; 10027a: 53
    push esi                             ; 10027b: 56
    mov ebx, [ebp+8]                     ; 10027c: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10027f: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 100282: 83 fb 01
    jge short .L2                        ; 100285: 7d 07
    mov eax, str_10                      ; 100287: b8 70 10 10 00
    jmp short .L3                        ; 10028c: eb 05
.L2:
    mov eax, str_11                      ; 10028e: b8 78 10 10 00
.L3:
    push eax                             ; 100293: 50
    call print                           ; 100294: e8 df fd ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 10029c: 83 fe 01
    jae short .L6                        ; 10029f: 73 07
    mov eax, str_12                      ; 1002a1: b8 84 10 10 00
    jmp short .L7                        ; 1002a6: eb 05
.L6:
    mov eax, str_13                      ; 1002a8: b8 8c 10 10 00
.L7:
    push eax                             ; 1002ad: 50
    call print                           ; 1002ae: e8 c5 fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002b6: 83 fb ff
    jge short .L12                       ; 1002b9: 7d 20
.L10:
    mov ebx, str_15                      ; 1002bb: bb a0 10 10 00
.L11:
    push ebx                             ; 1002c0: 53
    call print                           ; 1002c1: e8 b2 fd ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 1002c9: b8 54 10 10 00
    push eax                             ; 1002ce: 50
    call println                         ; 1002cf: e8 cb fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 1002d7: 5e
    pop ebx                              ; 1002d8: 5b
    pop ebp                              ; 1002d9: 5d
    ret                                  ; 1002da: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 1002db: 81 fe 00 28 6b ee
    jbe short .L10                       ; 1002e1: 76 d8
    mov ebx, str_14                      ; 1002e3: bb 98 10 10 00
    jmp short .L11                       ; 1002e8: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 1002ea: 55
    mov ebp, esp                         ; 1002eb: 89 e5
    push 0xfffffffb                      ; 1002ed: 6a fb
    call classify                        ; 1002ef: e8 40 fe ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    push eax                             ; 1002f7: 50
    call println                         ; 1002f8: e8 a2 fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100300: 6a 00
    call classify                        ; 100302: e8 2d fe ff ff
    add esp, 4                           ; 100307: 83 c4 04
    push eax                             ; 10030a: 50
    call println                         ; 10030b: e8 8f fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 100313: 6a 07
    call classify                        ; 100315: e8 1a fe ff ff
    add esp, 4                           ; 10031a: 83 c4 04
    push eax                             ; 10031d: 50
    call println                         ; 10031e: e8 7c fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100326: 6a 64
    call classify                        ; 100328: e8 07 fe ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    push eax                             ; 100330: 50
    call println                         ; 100331: e8 69 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100339: b8 ac 10 10 00
    push eax                             ; 10033e: 50
    push 0                               ; 10033f: 6a 00
    call loud                            ; 100341: e8 1d fe ff ff
    add esp, 8                           ; 100346: 83 c4 08
    test eax, eax                        ; 100349: 85 c0
    je short .L2                         ; 10034b: 74 22
    mov eax, str_17                      ; 10034d: b8 b4 10 10 00
    push eax                             ; 100352: 50
    push 1                               ; 100353: 6a 01
    call loud                            ; 100355: e8 09 fe ff ff
    add esp, 8                           ; 10035a: 83 c4 08
    test eax, eax                        ; 10035d: 85 c0
    je short .L2                         ; 10035f: 74 0e
    mov eax, str_18                      ; 100361: b8 bc 10 10 00
    push eax                             ; 100366: 50
    call print                           ; 100367: e8 0c fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_7                       ; 10036f: b8 54 10 10 00
    push eax                             ; 100374: 50
    call println                         ; 100375: e8 25 fd ff ff
    add esp, 4                           ; 10037a: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 10037d: b8 c4 10 10 00
    push eax                             ; 100382: 50
    push 1                               ; 100383: 6a 01
    call loud                            ; 100385: e8 d9 fd ff ff
    add esp, 8                           ; 10038a: 83 c4 08
    test eax, eax                        ; 10038d: 85 c0
    je near .L8                          ; 10038f: 0f 84 ae 00 00 00
.L6:
    mov eax, str_18                      ; 100395: b8 bc 10 10 00
    push eax                             ; 10039a: 50
    call print                           ; 10039b: e8 d8 fc ff ff
    add esp, 4                           ; 1003a0: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_7                       ; 1003a3: b8 54 10 10 00
    push eax                             ; 1003a8: 50
    call println                         ; 1003a9: e8 f1 fc ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003b1: b8 d4 10 10 00
    push eax                             ; 1003b6: 50
    push 0                               ; 1003b7: 6a 00
    call loud                            ; 1003b9: e8 a5 fd ff ff
    add esp, 8                           ; 1003be: 83 c4 08
    test eax, eax                        ; 1003c1: 85 c0
    jne short .L12                       ; 1003c3: 75 36
    mov eax, str_22                      ; 1003c5: b8 dc 10 10 00
    push eax                             ; 1003ca: 50
    push 1                               ; 1003cb: 6a 01
    call loud                            ; 1003cd: e8 91 fd ff ff
    add esp, 8                           ; 1003d2: 83 c4 08
    test eax, eax                        ; 1003d5: 85 c0
    je short .L11                        ; 1003d7: 74 14
    mov eax, str_23                      ; 1003d9: b8 e4 10 10 00
    push eax                             ; 1003de: 50
    push 0                               ; 1003df: 6a 00
    call loud                            ; 1003e1: e8 7d fd ff ff
    add esp, 8                           ; 1003e6: 83 c4 08
    test eax, eax                        ; 1003e9: 85 c0
    jne short .L12                       ; 1003eb: 75 0e
.L11:
    mov eax, str_18                      ; 1003ed: b8 bc 10 10 00
    push eax                             ; 1003f2: 50
    call print                           ; 1003f3: e8 80 fc ff ff
    add esp, 4                           ; 1003f8: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_7                       ; 1003fb: b8 54 10 10 00
    push eax                             ; 100400: 50
    call println                         ; 100401: e8 99 fc ff ff
    add esp, 4                           ; 100406: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 100409: 6a 0a
    call loops                           ; 10040b: e8 6b fd ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100413: 6a ff
    push 0xffffffff                      ; 100415: 6a ff
    call compare                         ; 100417: e8 5b fe ff ff
    add esp, 8                           ; 10041c: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 10041f: 6a 00
    call printU32                        ; 100421: e8 94 fc ff ff
    add esp, 4                           ; 100426: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_7                       ; 100429: b8 54 10 10 00
    push eax                             ; 10042e: 50
    call println                         ; 10042f: e8 6b fc ff ff
    add esp, 4                           ; 100434: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100437: 6a 00
    call exit                            ; 100439: e8 ea fc ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 100441: 5d
    ret                                  ; 100442: c3
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 100443: b8 cc 10 10 00
    push eax                             ; 100448: 50
    push 1                               ; 100449: 6a 01
    call loud                            ; 10044b: e8 13 fd ff ff
    add esp, 8                           ; 100450: 83 c4 08
    test eax, eax                        ; 100453: 85 c0
    jne near .L6                         ; 100455: 0f 85 3a ff ff ff
    jmp .L7                              ; 10045b: e9 43 ff ff ff

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100460: 55
    mov ebp, esp                         ; 100461: 89 e5
    push ebx                             ; 100463: 53
    push esi                             ; 100464: 56
    mov eax, [ebp+8]                     ; 100465: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100468: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10046b: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10046e: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100471: 8b 35 00 20 10 00
    push ebx                             ; 100477: 53
    push edx                             ; 100478: 52
    push ecx                             ; 100479: 51
    push eax                             ; 10047a: 50
    call esi                             ; 10047b: ff d6
    add esp, 0x10                        ; 10047d: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100480: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100481: f4
    jmp short .L2                        ; 100482: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100484: 55
    mov ebp, esp                         ; 100485: 89 e5
    sub esp, 4                           ; 100487: 83 ec 04
    push ebx                             ; 10048a: 53
    push esi                             ; 10048b: 56
    push edi                             ; 10048c: 57
    mov ebx, [ebp+8]                     ; 10048d: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100490: 8b 45 0c
    mov [ebp-4], eax                     ; 100493: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100496: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100499: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 10049c: b8 ec 10 10 00
    push eax                             ; 1004a1: 50
    call print                           ; 1004a2: e8 d1 fb ff ff
    add esp, 4                           ; 1004a7: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1004aa: 56
    call printU32                        ; 1004ab: e8 0a fc ff ff
    add esp, 4                           ; 1004b0: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004b3: b8 0c 11 10 00
    push eax                             ; 1004b8: 50
    call print                           ; 1004b9: e8 ba fb ff ff
    add esp, 4                           ; 1004be: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004c1: 57
    call printU32                        ; 1004c2: e8 f3 fb ff ff
    add esp, 4                           ; 1004c7: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004ca: b8 2c 11 10 00
    push eax                             ; 1004cf: 50
    call print                           ; 1004d0: e8 a3 fb ff ff
    add esp, 4                           ; 1004d5: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004d8: 53
    call print                           ; 1004d9: e8 9a fb ff ff
    add esp, 4                           ; 1004de: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 1004e1: b8 34 11 10 00
    push eax                             ; 1004e6: 50
    call print                           ; 1004e7: e8 8c fb ff ff
    add esp, 4                           ; 1004ec: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004ef: 8b 45 fc
    push eax                             ; 1004f2: 50
    call printU32                        ; 1004f3: e8 c2 fb ff ff
    add esp, 4                           ; 1004f8: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 1004fb: b8 54 10 10 00
    push eax                             ; 100500: 50
    call println                         ; 100501: e8 99 fb ff ff
    add esp, 4                           ; 100506: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100509: 5f
    pop esi                              ; 10050a: 5e
    pop ebx                              ; 10050b: 5b
    leave                                ; 10050c: c9
    ret                                  ; 10050d: c3

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
