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
    call main                            ; 10003d: e8 98 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    push ebx                             ; 100148: 53
    push esi                             ; 100149: 56
    mov eax, [ebp+8]                     ; 10014a: 8b 45 08
    mov esi, [ebp+0xc]                   ; 10014d: 8b 75 0c
    mov ebx, [ebp+0x10]                  ; 100150: 8b 5d 10
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 27 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 10015c: b8 1c 10 10 00
    push eax                             ; 100161: 50
    call print                           ; 100162: e8 19 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 10016a: 56
    call printI32                        ; 10016b: e8 99 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100173: b8 24 10 10 00
    push eax                             ; 100178: 50
    call print                           ; 100179: e8 02 ff ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 100181: 53
    call printI32                        ; 100182: e8 82 ff ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 10018a: b8 2c 10 10 00
    push eax                             ; 10018f: 50
    call println                         ; 100190: e8 1c ff ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100198: 5e
    pop ebx                              ; 100199: 5b
    pop ebp                              ; 10019a: 5d
    ret                                  ; 10019b: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebp                             ; 10019c: 55
    mov ebp, esp                         ; 10019d: 89 e5
    push ebx                             ; 10019f: 53
    push esi                             ; 1001a0: 56
    mov eax, [ebp+8]                     ; 1001a1: 8b 45 08
    mov esi, [ebp+0xc]                   ; 1001a4: 8b 75 0c
    mov ebx, [ebp+0x10]                  ; 1001a7: 8b 5d 10
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 1001aa: 50
    call print                           ; 1001ab: e8 d0 fe ff ff
    add esp, 4                           ; 1001b0: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 1001b3: b8 1c 10 10 00
    push eax                             ; 1001b8: 50
    call print                           ; 1001b9: e8 c2 fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 1001c1: 56
    call printU32                        ; 1001c2: e8 05 ff ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001ca: b8 24 10 10 00
    push eax                             ; 1001cf: 50
    call print                           ; 1001d0: e8 ab fe ff ff
    add esp, 4                           ; 1001d5: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001d8: 53
    call printU32                        ; 1001d9: e8 ee fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001e1: b8 2c 10 10 00
    push eax                             ; 1001e6: 50
    call println                         ; 1001e7: e8 c5 fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001ef: 5e
    pop ebx                              ; 1001f0: 5b
    pop ebp                              ; 1001f1: 5d
    ret                                  ; 1001f2: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebp                             ; 1001f3: 55
    mov ebp, esp                         ; 1001f4: 89 e5
    sub esp, 4                           ; 1001f6: 83 ec 04
    push ebx                             ; 1001f9: 53
    push esi                             ; 1001fa: 56
    push edi                             ; 1001fb: 57
    mov eax, [ebp+8]                     ; 1001fc: 8b 45 08
    mov edi, [ebp+0xc]                   ; 1001ff: 8b 7d 0c
    mov esi, [ebp+0x10]                  ; 100202: 8b 75 10
    mov ecx, [ebp+0x14]                  ; 100205: 8b 4d 14
    mov [ebp-4], ecx                     ; 100208: 89 4d fc
    mov ebx, [ebp+0x18]                  ; 10020b: 8b 5d 18
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 10020e: b9 30 10 10 00
    shr eax, 0xa                         ; 100213: c1 e8 0a
    movsx eax, ax                        ; 100216: 0f bf c0
    push eax                             ; 100219: 50
    push 0xffffffff                      ; 10021a: 6a ff
    push ecx                             ; 10021c: 51
    call pairI                           ; 10021d: e8 23 ff ff ff
    add esp, 0xc                         ; 100222: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 100225: b9 44 10 10 00
    mov eax, edi                         ; 10022a: 89 f8
    shr eax, 1                           ; 10022c: d1 e8
    movsx eax, al                        ; 10022e: 0f be c0
    push eax                             ; 100231: 50
    push 0xffffffc0                      ; 100232: 6a c0
    push ecx                             ; 100234: 51
    call pairI                           ; 100235: e8 0b ff ff ff
    add esp, 0xc                         ; 10023a: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 10023d: b9 58 10 10 00
    mov eax, edi                         ; 100242: 89 f8
    sar eax, 1                           ; 100244: d1 f8
    movsx eax, al                        ; 100246: 0f be c0
    push eax                             ; 100249: 50
    push 0xffffffc0                      ; 10024a: 6a c0
    push ecx                             ; 10024c: 51
    call pairI                           ; 10024d: e8 f3 fe ff ff
    add esp, 0xc                         ; 100252: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100255: b9 68 10 10 00
    mov eax, edi                         ; 10025a: 89 f8
    shl eax, 1                           ; 10025c: d1 e0
    movsx eax, al                        ; 10025e: 0f be c0
    push eax                             ; 100261: 50
    push 0                               ; 100262: 6a 00
    push ecx                             ; 100264: 51
    call pairI                           ; 100265: e8 db fe ff ff
    add esp, 0xc                         ; 10026a: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 10026d: b9 78 10 10 00
    mov eax, esi                         ; 100272: 89 f0
    shl eax, 0x1f                        ; 100274: c1 e0 1f
    shr eax, 0                           ; 100277: c1 e8 00
    push eax                             ; 10027a: 50
    push 0x80000000                      ; 10027b: 68 00 00 00 80
    push ecx                             ; 100280: 51
    call pairU                           ; 100281: e8 16 ff ff ff
    add esp, 0xc                         ; 100286: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 100289: b9 88 10 10 00
    mov eax, [ebp-4]                     ; 10028e: 8b 45 fc
    shr eax, 1                           ; 100291: d1 e8
    push eax                             ; 100293: 50
    push 2                               ; 100294: 6a 02
    push ecx                             ; 100296: 51
    call pairU                           ; 100297: e8 00 ff ff ff
    add esp, 0xc                         ; 10029c: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10029f: b8 94 10 10 00
    shr ebx, 0x1c                        ; 1002a4: c1 eb 1c
    push ebx                             ; 1002a7: 53
    push 0xf                             ; 1002a8: 6a 0f
    push eax                             ; 1002aa: 50
    call pairU                           ; 1002ab: e8 ec fe ff ff
    add esp, 0xc                         ; 1002b0: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 1002b3: b8 a4 10 10 00
    shl esi, 1                           ; 1002b8: d1 e6
    push esi                             ; 1002ba: 56
    push 2                               ; 1002bb: 6a 02
    push eax                             ; 1002bd: 50
    call pairU                           ; 1002be: e8 d9 fe ff ff
    add esp, 0xc                         ; 1002c3: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 1002c6: 5f
    pop esi                              ; 1002c7: 5e
    pop ebx                              ; 1002c8: 5b
    leave                                ; 1002c9: c9
    ret                                  ; 1002ca: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebp                             ; 1002cb: 55
    mov ebp, esp                         ; 1002cc: 89 e5
    sub esp, 8                           ; 1002ce: 83 ec 08
    push ebx                             ; 1002d1: 53
    push esi                             ; 1002d2: 56
    push edi                             ; 1002d3: 57
    mov eax, [ebp+8]                     ; 1002d4: 8b 45 08
    mov [ebp-8], eax                     ; 1002d7: 89 45 f8
    mov eax, [ebp+0xc]                   ; 1002da: 8b 45 0c
    mov [ebp-4], eax                     ; 1002dd: 89 45 fc
    mov ebx, [ebp+0x10]                  ; 1002e0: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 1002e3: 8b 75 14
    mov edi, [ebp+0x18]                  ; 1002e6: 8b 7d 18
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002e9: b9 c4 10 10 00
    mov eax, [ebp-4]                     ; 1002ee: 8b 45 fc
    cdq                                  ; 1002f1: 99
    idiv ebx                             ; 1002f2: f7 fb
    movsx eax, al                        ; 1002f4: 0f be c0
    push eax                             ; 1002f7: 50
    push 0xffffff80                      ; 1002f8: 6a 80
    push ecx                             ; 1002fa: 51
    call pairI                           ; 1002fb: e8 45 fe ff ff
    add esp, 0xc                         ; 100300: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 100303: b9 d4 10 10 00
    mov eax, [ebp-4]                     ; 100308: 8b 45 fc
    cdq                                  ; 10030b: 99
    idiv ebx                             ; 10030c: f7 fb
    movsx eax, dl                        ; 10030e: 0f be c2
    push eax                             ; 100311: 50
    push 0                               ; 100312: 6a 00
    push ecx                             ; 100314: 51
    call pairI                           ; 100315: e8 2b fe ff ff
    add esp, 0xc                         ; 10031a: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 10031d: b9 e4 10 10 00
    mov eax, esi                         ; 100322: 89 f0
    neg eax                              ; 100324: f7 d8
    cdq                                  ; 100326: 99
    idiv edi                             ; 100327: f7 ff
    push eax                             ; 100329: 50
    push 0xfffffffd                      ; 10032a: 6a fd
    push ecx                             ; 10032c: 51
    call pairI                           ; 10032d: e8 13 fe ff ff
    add esp, 0xc                         ; 100332: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 100335: b9 f0 10 10 00
    mov eax, esi                         ; 10033a: 89 f0
    neg eax                              ; 10033c: f7 d8
    cdq                                  ; 10033e: 99
    idiv edi                             ; 10033f: f7 ff
    push edx                             ; 100341: 52
    push 0xffffffff                      ; 100342: 6a ff
    push ecx                             ; 100344: 51
    call pairI                           ; 100345: e8 fb fd ff ff
    add esp, 0xc                         ; 10034a: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 10034d: b9 fc 10 10 00
    mov eax, [ebp-8]                     ; 100352: 8b 45 f8
    cdq                                  ; 100355: 99
    idiv edi                             ; 100356: f7 ff
    push eax                             ; 100358: 50
    push 0xc0000000                      ; 100359: 68 00 00 00 c0
    push ecx                             ; 10035e: 51
    call pairI                           ; 10035f: e8 e1 fd ff ff
    add esp, 0xc                         ; 100364: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 100367: 5f
    pop esi                              ; 100368: 5e
    pop ebx                              ; 100369: 5b
    leave                                ; 10036a: c9
    ret                                  ; 10036b: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebp                             ; 10036c: 55
    mov ebp, esp                         ; 10036d: 89 e5
    push ebx                             ; 10036f: 53
    push esi                             ; 100370: 56
    mov ebx, [ebp+8]                     ; 100371: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100374: 8b 75 0c
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov edx, str_18                      ; 100377: ba 08 11 10 00
    mov ecx, 1                           ; 10037c: b9 01 00 00 00
    test ebx, ebx                        ; 100381: 85 db
    jne short .L8                        ; 100383: 75 2e
    jmp short .L6                        ; 100385: eb 07
.L5:
    mov eax, 1                           ; 100387: b8 01 00 00 00
    jmp short .L7                        ; 10038c: eb 05
.L6:
    mov eax, 0                           ; 10038e: b8 00 00 00 00
.L7:
    push eax                             ; 100393: 50
    push ecx                             ; 100394: 51
    push edx                             ; 100395: 52
    call pairI                           ; 100396: e8 aa fd ff ff
    add esp, 0xc                         ; 10039b: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 10039e: b8 1c 11 10 00
    mov ecx, 1                           ; 1003a3: b9 01 00 00 00
    sub ebx, ebx                         ; 1003a8: 29 db
    movzx edx, bl                        ; 1003aa: 0f b6 d3
    test edx, edx                        ; 1003ad: 85 d2
    jne short .L15                       ; 1003af: 75 08
    jmp short .L18                       ; 1003b1: eb 21
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 1003b3: 85 f6
    jne short .L5                        ; 1003b5: 75 d0
    jmp short .L6                        ; 1003b7: eb d5
.L15:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov edx, 1                           ; 1003b9: ba 01 00 00 00
    jmp short .L17                       ; 1003be: eb 05
.L16:
    mov edx, 0                           ; 1003c0: ba 00 00 00 00
.L17:
    push edx                             ; 1003c5: 52
    push ecx                             ; 1003c6: 51
    push eax                             ; 1003c7: 50
    call pairI                           ; 1003c8: e8 78 fd ff ff
    add esp, 0xc                         ; 1003cd: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 1003d0: 5e
    pop ebx                              ; 1003d1: 5b
    pop ebp                              ; 1003d2: 5d
    ret                                  ; 1003d3: c3
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 1003d4: 85 f6
    jne short .L15                       ; 1003d6: 75 e1
    jmp short .L16                       ; 1003d8: eb e6

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push ebp                             ; 1003da: 55
    mov ebp, esp                         ; 1003db: 89 e5
    push 0xffffffff                      ; 1003dd: 6a ff
    push 5                               ; 1003df: 6a 05
    push 1                               ; 1003e1: 6a 01
    push 0xffffff80                      ; 1003e3: 6a 80
    push 0xffffffa8                      ; 1003e5: 6a a8
    call shifts                          ; 1003e7: e8 07 fe ff ff
    add esp, 0x14                        ; 1003ec: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 1003ef: 6a 02
    push 7                               ; 1003f1: 6a 07
    push 0xffffffff                      ; 1003f3: 6a ff
    push 0xffffff80                      ; 1003f5: 6a 80
    push 0x80000000                      ; 1003f7: 68 00 00 00 80
    call division                        ; 1003fc: e8 ca fe ff ff
    add esp, 0x14                        ; 100401: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 100404: 6a fe
    push 4                               ; 100406: 6a 04
    call conditions                      ; 100408: e8 5f ff ff ff
    add esp, 8                           ; 10040d: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 100410: 6a 00
    call exit                            ; 100412: e8 22 fd ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; test/golden/folding.ts:62: }
    pop ebp                              ; 10041a: 5d
    ret                                  ; 10041b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10041c: 55
    mov ebp, esp                         ; 10041d: 89 e5
    push ebx                             ; 10041f: 53
    push esi                             ; 100420: 56
    mov esi, [ebp+8]                     ; 100421: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100424: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100427: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 10042a: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10042d: a1 00 20 10 00
    push ecx                             ; 100432: 51
    push edx                             ; 100433: 52
    push ebx                             ; 100434: 53
    push esi                             ; 100435: 56
    call eax                             ; 100436: ff d0
    add esp, 0x10                        ; 100438: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10043b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10043c: f4
    jmp short .L2                        ; 10043d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10043f: 55
    mov ebp, esp                         ; 100440: 89 e5
    sub esp, 4                           ; 100442: 83 ec 04
    push ebx                             ; 100445: 53
    push esi                             ; 100446: 56
    push edi                             ; 100447: 57
    mov eax, [ebp+8]                     ; 100448: 8b 45 08
    mov [ebp-4], eax                     ; 10044b: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 10044e: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100451: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100454: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_20                      ; 100457: b8 30 11 10 00
    push eax                             ; 10045c: 50
    call print                           ; 10045d: e8 1e fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100465: 57
    call printU32                        ; 100466: e8 61 fc ff ff
    add esp, 4                           ; 10046b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_21                      ; 10046e: b8 50 11 10 00
    push eax                             ; 100473: 50
    call print                           ; 100474: e8 07 fc ff ff
    add esp, 4                           ; 100479: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10047c: 56
    call printU32                        ; 10047d: e8 4a fc ff ff
    add esp, 4                           ; 100482: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_22                      ; 100485: b8 70 11 10 00
    push eax                             ; 10048a: 50
    call print                           ; 10048b: e8 f0 fb ff ff
    add esp, 4                           ; 100490: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 100493: ff 75 fc
    call print                           ; 100496: e8 e5 fb ff ff
    add esp, 4                           ; 10049b: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_23                      ; 10049e: b8 78 11 10 00
    push eax                             ; 1004a3: 50
    call print                           ; 1004a4: e8 d7 fb ff ff
    add esp, 4                           ; 1004a9: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1004ac: 53
    call printU32                        ; 1004ad: e8 1a fc ff ff
    add esp, 4                           ; 1004b2: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_4                       ; 1004b5: b8 2c 10 10 00
    push eax                             ; 1004ba: 50
    call println                         ; 1004bb: e8 f1 fb ff ff
    add esp, 4                           ; 1004c0: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004c3: 5f
    pop esi                              ; 1004c4: 5e
    pop ebx                              ; 1004c5: 5b
    leave                                ; 1004c6: c9
    ret                                  ; 1004c7: c3

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
