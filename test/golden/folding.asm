; tskc 0.1.0 listing of test/golden/folding.ts
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
    call main                            ; 10003d: e8 a5 03 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    mov eax, [ebp+8]                     ; 100140: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100143: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100145: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100146: f4
    jmp short .L2                        ; 100147: eb fd

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    push ebx                             ; 10014c: 53
    push esi                             ; 10014d: 56
    mov eax, [ebp+8]                     ; 10014e: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100151: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100154: 8b 75 10
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100157: 50
    call print                           ; 100158: e8 23 ff ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 100160: b8 1c 10 10 00
    push eax                             ; 100165: 50
    call print                           ; 100166: e8 15 ff ff ff
    add esp, 4                           ; 10016b: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push ebx                             ; 10016e: 53
    call printI32                        ; 10016f: e8 97 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100177: b8 24 10 10 00
    push eax                             ; 10017c: 50
    call print                           ; 10017d: e8 fe fe ff ff
    add esp, 4                           ; 100182: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push esi                             ; 100185: 56
    call printI32                        ; 100186: e8 80 ff ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 10018e: b8 2c 10 10 00
    push eax                             ; 100193: 50
    call println                         ; 100194: e8 1a ff ff ff
    add esp, 4                           ; 100199: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 10019c: 5e
    pop ebx                              ; 10019d: 5b
    pop ebp                              ; 10019e: 5d
    ret                                  ; 10019f: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebp                             ; 1001a0: 55
    mov ebp, esp                         ; 1001a1: 89 e5
    push ebx                             ; 1001a3: 53
    push esi                             ; 1001a4: 56
    mov eax, [ebp+8]                     ; 1001a5: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001a8: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001ab: 8b 75 10
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 cc fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 1001b7: b8 1c 10 10 00
    push eax                             ; 1001bc: 50
    call print                           ; 1001bd: e8 be fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push ebx                             ; 1001c5: 53
    call printU32                        ; 1001c6: e8 03 ff ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001ce: b8 24 10 10 00
    push eax                             ; 1001d3: 50
    call print                           ; 1001d4: e8 a7 fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push esi                             ; 1001dc: 56
    call printU32                        ; 1001dd: e8 ec fe ff ff
    add esp, 4                           ; 1001e2: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001e5: b8 2c 10 10 00
    push eax                             ; 1001ea: 50
    call println                         ; 1001eb: e8 c3 fe ff ff
    add esp, 4                           ; 1001f0: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001f3: 5e
    pop ebx                              ; 1001f4: 5b
    pop ebp                              ; 1001f5: 5d
    ret                                  ; 1001f6: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebp                             ; 1001f7: 55
    mov ebp, esp                         ; 1001f8: 89 e5
    sub esp, 4                           ; 1001fa: 83 ec 04
    push ebx                             ; 1001fd: 53
    push esi                             ; 1001fe: 56
    push edi                             ; 1001ff: 57
    mov eax, [ebp+8]                     ; 100200: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100203: 8b 5d 0c
    mov ecx, [ebp+0x10]                  ; 100206: 8b 4d 10
    mov [ebp-4], ecx                     ; 100209: 89 4d fc
    mov esi, [ebp+0x14]                  ; 10020c: 8b 75 14
    mov edi, [ebp+0x18]                  ; 10020f: 8b 7d 18
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 100212: b9 30 10 10 00
    shr eax, 0xa                         ; 100217: c1 e8 0a
    movsx eax, ax                        ; 10021a: 0f bf c0
    push eax                             ; 10021d: 50
    push 0xffffffff                      ; 10021e: 6a ff
    push ecx                             ; 100220: 51
    call pairI                           ; 100221: e8 23 ff ff ff
    add esp, 0xc                         ; 100226: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov eax, str_6                       ; 100229: b8 44 10 10 00
    mov ecx, ebx                         ; 10022e: 89 d9
    shr ecx, 1                           ; 100230: d1 e9
    movsx ecx, cl                        ; 100232: 0f be c9
    push ecx                             ; 100235: 51
    push 0xffffffc0                      ; 100236: 6a c0
    push eax                             ; 100238: 50
    call pairI                           ; 100239: e8 0b ff ff ff
    add esp, 0xc                         ; 10023e: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov eax, str_7                       ; 100241: b8 58 10 10 00
    mov ecx, ebx                         ; 100246: 89 d9
    sar ecx, 1                           ; 100248: d1 f9
    movsx ecx, cl                        ; 10024a: 0f be c9
    push ecx                             ; 10024d: 51
    push 0xffffffc0                      ; 10024e: 6a c0
    push eax                             ; 100250: 50
    call pairI                           ; 100251: e8 f3 fe ff ff
    add esp, 0xc                         ; 100256: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov eax, str_8                       ; 100259: b8 68 10 10 00
    shl ebx, 1                           ; 10025e: d1 e3
    movsx ecx, bl                        ; 100260: 0f be cb
    push ecx                             ; 100263: 51
    push 0                               ; 100264: 6a 00
    push eax                             ; 100266: 50
    call pairI                           ; 100267: e8 dd fe ff ff
    add esp, 0xc                         ; 10026c: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov eax, str_9                       ; 10026f: b8 78 10 10 00
    mov ecx, [ebp-4]                     ; 100274: 8b 4d fc
    shl ecx, 0x1f                        ; 100277: c1 e1 1f
    shr ecx, 0                           ; 10027a: c1 e9 00
    push ecx                             ; 10027d: 51
    push 0x80000000                      ; 10027e: 68 00 00 00 80
    push eax                             ; 100283: 50
    call pairU                           ; 100284: e8 17 ff ff ff
    add esp, 0xc                         ; 100289: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov eax, str_10                      ; 10028c: b8 88 10 10 00
    shr esi, 1                           ; 100291: d1 ee
    push esi                             ; 100293: 56
    push 2                               ; 100294: 6a 02
    push eax                             ; 100296: 50
    call pairU                           ; 100297: e8 04 ff ff ff
    add esp, 0xc                         ; 10029c: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10029f: b8 94 10 10 00
    shr edi, 0x1c                        ; 1002a4: c1 ef 1c
    push edi                             ; 1002a7: 57
    push 0xf                             ; 1002a8: 6a 0f
    push eax                             ; 1002aa: 50
    call pairU                           ; 1002ab: e8 f0 fe ff ff
    add esp, 0xc                         ; 1002b0: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 1002b3: b8 a4 10 10 00
    mov ecx, [ebp-4]                     ; 1002b8: 8b 4d fc
    shl ecx, 1                           ; 1002bb: d1 e1
    push ecx                             ; 1002bd: 51
    push 2                               ; 1002be: 6a 02
    push eax                             ; 1002c0: 50
    call pairU                           ; 1002c1: e8 da fe ff ff
    add esp, 0xc                         ; 1002c6: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 1002c9: 5f
    pop esi                              ; 1002ca: 5e
    pop ebx                              ; 1002cb: 5b
    leave                                ; 1002cc: c9
    ret                                  ; 1002cd: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebp                             ; 1002ce: 55
    mov ebp, esp                         ; 1002cf: 89 e5
    sub esp, 8                           ; 1002d1: 83 ec 08
    push ebx                             ; 1002d4: 53
    push esi                             ; 1002d5: 56
    push edi                             ; 1002d6: 57
    mov eax, [ebp+8]                     ; 1002d7: 8b 45 08
    mov [ebp-4], eax                     ; 1002da: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1002dd: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1002e0: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1002e3: 8b 7d 14
    mov eax, [ebp+0x18]                  ; 1002e6: 8b 45 18
    mov [ebp-8], eax                     ; 1002e9: 89 45 f8
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002ec: b9 c4 10 10 00
    mov eax, ebx                         ; 1002f1: 89 d8
    cdq                                  ; 1002f3: 99
    idiv esi                             ; 1002f4: f7 fe
    movsx eax, al                        ; 1002f6: 0f be c0
    push eax                             ; 1002f9: 50
    push 0xffffff80                      ; 1002fa: 6a 80
    push ecx                             ; 1002fc: 51
    call pairI                           ; 1002fd: e8 47 fe ff ff
    add esp, 0xc                         ; 100302: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 100305: b9 d4 10 10 00
    mov eax, ebx                         ; 10030a: 89 d8
    cdq                                  ; 10030c: 99
    idiv esi                             ; 10030d: f7 fe
    movsx eax, dl                        ; 10030f: 0f be c2
    push eax                             ; 100312: 50
    push 0                               ; 100313: 6a 00
    push ecx                             ; 100315: 51
    call pairI                           ; 100316: e8 2e fe ff ff
    add esp, 0xc                         ; 10031b: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 10031e: b9 e4 10 10 00
    neg edi                              ; 100323: f7 df
    mov eax, edi                         ; 100325: 89 f8
    cdq                                  ; 100327: 99
    mov ebx, [ebp-8]                     ; 100328: 8b 5d f8
    idiv ebx                             ; 10032b: f7 fb
    push eax                             ; 10032d: 50
    push 0xfffffffd                      ; 10032e: 6a fd
    push ecx                             ; 100330: 51
    call pairI                           ; 100331: e8 13 fe ff ff
    add esp, 0xc                         ; 100336: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 100339: b9 f0 10 10 00
    mov eax, edi                         ; 10033e: 89 f8
    cdq                                  ; 100340: 99
    mov ebx, [ebp-8]                     ; 100341: 8b 5d f8
    idiv ebx                             ; 100344: f7 fb
    push edx                             ; 100346: 52
    push 0xffffffff                      ; 100347: 6a ff
    push ecx                             ; 100349: 51
    call pairI                           ; 10034a: e8 fa fd ff ff
    add esp, 0xc                         ; 10034f: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 100352: b9 fc 10 10 00
    mov eax, [ebp-4]                     ; 100357: 8b 45 fc
    cdq                                  ; 10035a: 99
    mov ebx, [ebp-8]                     ; 10035b: 8b 5d f8
    idiv ebx                             ; 10035e: f7 fb
    push eax                             ; 100360: 50
    push 0xc0000000                      ; 100361: 68 00 00 00 c0
    push ecx                             ; 100366: 51
    call pairI                           ; 100367: e8 dd fd ff ff
    add esp, 0xc                         ; 10036c: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10036f: 5f
    pop esi                              ; 100370: 5e
    pop ebx                              ; 100371: 5b
    leave                                ; 100372: c9
    ret                                  ; 100373: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebp                             ; 100374: 55
    mov ebp, esp                         ; 100375: 89 e5
    sub esp, 4                           ; 100377: 83 ec 04
    push ebx                             ; 10037a: 53
    push esi                             ; 10037b: 56
    push edi                             ; 10037c: 57
    mov ebx, [ebp+8]                     ; 10037d: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100380: 8b 75 0c
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov edi, str_18                      ; 100383: bf 08 11 10 00
    test ebx, ebx                        ; 100388: 85 db
    jne short .L8                        ; 10038a: 75 2f
    jmp short .L6                        ; 10038c: eb 07
.L5:
    mov eax, 1                           ; 10038e: b8 01 00 00 00
    jmp short .L7                        ; 100393: eb 05
.L6:
    mov eax, 0                           ; 100395: b8 00 00 00 00
.L7:
    push eax                             ; 10039a: 50
    push 1                               ; 10039b: 6a 01
    push edi                             ; 10039d: 57
    call pairI                           ; 10039e: e8 a6 fd ff ff
    add esp, 0xc                         ; 1003a3: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 1003a6: b8 1c 11 10 00
    mov [ebp-4], eax                     ; 1003ab: 89 45 fc
    mov eax, ebx                         ; 1003ae: 89 d8
    sub eax, ebx                         ; 1003b0: 29 d8
    movzx eax, al                        ; 1003b2: 0f b6 c0
    test eax, eax                        ; 1003b5: 85 c0
    jne short .L15                       ; 1003b7: 75 08
    jmp short .L18                       ; 1003b9: eb 26
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 1003bb: 85 f6
    jne short .L5                        ; 1003bd: 75 cf
    jmp short .L6                        ; 1003bf: eb d4
.L15:
    mov eax, 1                           ; 1003c1: b8 01 00 00 00
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    jmp short .L17                       ; 1003c6: eb 05
.L16:
    mov eax, 0                           ; 1003c8: b8 00 00 00 00
.L17:
    push eax                             ; 1003cd: 50
    push 1                               ; 1003ce: 6a 01
    mov eax, [ebp-4]                     ; 1003d0: 8b 45 fc
    push eax                             ; 1003d3: 50
    call pairI                           ; 1003d4: e8 70 fd ff ff
    add esp, 0xc                         ; 1003d9: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop edi                              ; 1003dc: 5f
    pop esi                              ; 1003dd: 5e
    pop ebx                              ; 1003de: 5b
    leave                                ; 1003df: c9
    ret                                  ; 1003e0: c3
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 1003e1: 85 f6
    jne short .L15                       ; 1003e3: 75 dc
    jmp short .L16                       ; 1003e5: eb e1

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push ebp                             ; 1003e7: 55
    mov ebp, esp                         ; 1003e8: 89 e5
    push 0xffffffff                      ; 1003ea: 6a ff
    push 5                               ; 1003ec: 6a 05
    push 1                               ; 1003ee: 6a 01
    push 0xffffff80                      ; 1003f0: 6a 80
    push 0xffffffa8                      ; 1003f2: 6a a8
    call shifts                          ; 1003f4: e8 fe fd ff ff
    add esp, 0x14                        ; 1003f9: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 1003fc: 6a 02
    push 7                               ; 1003fe: 6a 07
    push 0xffffffff                      ; 100400: 6a ff
    push 0xffffff80                      ; 100402: 6a 80
    push 0x80000000                      ; 100404: 68 00 00 00 80
    call division                        ; 100409: e8 c0 fe ff ff
    add esp, 0x14                        ; 10040e: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 100411: 6a fe
    push 4                               ; 100413: 6a 04
    call conditions                      ; 100415: e8 5a ff ff ff
    add esp, 8                           ; 10041a: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 10041d: 6a 00
    call exit                            ; 10041f: e8 19 fd ff ff
    add esp, 4                           ; 100424: 83 c4 04
    ; test/golden/folding.ts:62: }
    pop ebp                              ; 100427: 5d
    ret                                  ; 100428: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100429: 55
    mov ebp, esp                         ; 10042a: 89 e5
    push ebx                             ; 10042c: 53
    push esi                             ; 10042d: 56
    mov eax, [ebp+8]                     ; 10042e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100431: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100434: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100437: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10043a: 8b 35 00 20 10 00
    push ebx                             ; 100440: 53
    push edx                             ; 100441: 52
    push ecx                             ; 100442: 51
    push eax                             ; 100443: 50
    call esi                             ; 100444: ff d6
    add esp, 0x10                        ; 100446: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100449: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10044a: f4
    jmp short .L2                        ; 10044b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10044d: 55
    mov ebp, esp                         ; 10044e: 89 e5
    sub esp, 4                           ; 100450: 83 ec 04
    push ebx                             ; 100453: 53
    push esi                             ; 100454: 56
    push edi                             ; 100455: 57
    mov ebx, [ebp+8]                     ; 100456: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100459: 8b 45 0c
    mov [ebp-4], eax                     ; 10045c: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10045f: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100462: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_20                      ; 100465: b8 30 11 10 00
    push eax                             ; 10046a: 50
    call print                           ; 10046b: e8 10 fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100473: 56
    call printU32                        ; 100474: e8 55 fc ff ff
    add esp, 4                           ; 100479: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_21                      ; 10047c: b8 50 11 10 00
    push eax                             ; 100481: 50
    call print                           ; 100482: e8 f9 fb ff ff
    add esp, 4                           ; 100487: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10048a: 57
    call printU32                        ; 10048b: e8 3e fc ff ff
    add esp, 4                           ; 100490: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_22                      ; 100493: b8 70 11 10 00
    push eax                             ; 100498: 50
    call print                           ; 100499: e8 e2 fb ff ff
    add esp, 4                           ; 10049e: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004a1: 53
    call print                           ; 1004a2: e8 d9 fb ff ff
    add esp, 4                           ; 1004a7: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_23                      ; 1004aa: b8 78 11 10 00
    push eax                             ; 1004af: 50
    call print                           ; 1004b0: e8 cb fb ff ff
    add esp, 4                           ; 1004b5: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004b8: 8b 45 fc
    push eax                             ; 1004bb: 50
    call printU32                        ; 1004bc: e8 0d fc ff ff
    add esp, 4                           ; 1004c1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_4                       ; 1004c4: b8 2c 10 10 00
    push eax                             ; 1004c9: 50
    call println                         ; 1004ca: e8 e4 fb ff ff
    add esp, 4                           ; 1004cf: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004d2: 5f
    pop esi                              ; 1004d3: 5e
    pop ebx                              ; 1004d4: 5b
    leave                                ; 1004d5: c9
    ret                                  ; 1004d6: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ": "
    db 0x2, 0x0, 0x0, 0x0, 0x3a, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x102c - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1030 - ($ - $$) db 0
str_5:  ; "i16 -88 >>> 10"
    db 0xe, 0x0, 0x0, 0x0, 0x69, 0x31, 0x36, 0x20, 0x2d, 0x38, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31, 0x30
    times 0x1044 - ($ - $$) db 0
str_6:  ; "i8 -128 >>> 1"
    db 0xd, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31
    times 0x1058 - ($ - $$) db 0
str_7:  ; "i8 -128 >> 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x1068 - ($ - $$) db 0
str_8:  ; "i8 -128 << 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3c, 0x3c, 0x20, 0x31
    times 0x1078 - ($ - $$) db 0
str_9:  ; "1 << 33 >> 2"
    db 0xc, 0x0, 0x0, 0x0, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20, 0x3e, 0x3e, 0x20, 0x32
    times 0x1088 - ($ - $$) db 0
str_10:  ; "5 >>> 1"
    db 0x7, 0x0, 0x0, 0x0, 0x35, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x31
    times 0x1094 - ($ - $$) db 0
str_11:  ; "-1 >>> 28"
    db 0x9, 0x0, 0x0, 0x0, 0x2d, 0x31, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x10a4 - ($ - $$) db 0
str_12:  ; "u32 1 << 33 (count mod 32)"
    db 0x1a, 0x0, 0x0, 0x0, 0x75, 0x33, 0x32, 0x20, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20
    db 0x28, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x20, 0x6d, 0x6f, 0x64, 0x20, 0x33, 0x32, 0x29
    times 0x10c4 - ($ - $$) db 0
str_13:  ; "i8 -128 / -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x2f, 0x20, 0x2d, 0x31
    times 0x10d4 - ($ - $$) db 0
str_14:  ; "i8 -128 % -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x25, 0x20, 0x2d, 0x31
    times 0x10e4 - ($ - $$) db 0
str_15:  ; "-7 / 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x2f, 0x20, 0x32
    times 0x10f0 - ($ - $$) db 0
str_16:  ; "-7 % 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x25, 0x20, 0x32
    times 0x10fc - ($ - $$) db 0
str_17:  ; "MIN / 2"
    db 0x7, 0x0, 0x0, 0x0, 0x4d, 0x49, 0x4e, 0x20, 0x2f, 0x20, 0x32
    times 0x1108 - ($ - $$) db 0
str_18:  ; "u8 4 && i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x34, 0x20, 0x26, 0x26, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x111c - ($ - $$) db 0
str_19:  ; "u8 0 || i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x30, 0x20, 0x7c, 0x7c, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x1130 - ($ - $$) db 0
str_20:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1150 - ($ - $$) db 0
str_21:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1170 - ($ - $$) db 0
str_22:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1178 - ($ - $$) db 0
str_23:  ; ":"
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
