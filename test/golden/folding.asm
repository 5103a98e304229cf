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
    call main                            ; 10003d: e8 b7 03 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013b: 55
    mov ebp, esp                         ; 10013c: 89 e5
    mov eax, [ebp+8]                     ; 10013e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100141: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100143: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100144: f4
    jmp short .L2                        ; 100145: eb fd

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebp                             ; 100147: 55
    mov ebp, esp                         ; 100148: 89 e5
    push ebx                             ; 10014a: 53
    push esi                             ; 10014b: 56
    mov eax, [ebp+8]                     ; 10014c: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10014f: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100152: 8b 75 10
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100155: 50
    call print                           ; 100156: e8 25 ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 10015e: b8 1c 10 10 00
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 17 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push ebx                             ; 10016c: 53
    call printI32                        ; 10016d: e8 97 ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100175: b8 24 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 00 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push esi                             ; 100183: 56
    call printI32                        ; 100184: e8 80 ff ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 10018c: b8 2c 10 10 00
    push eax                             ; 100191: 50
    call println                         ; 100192: e8 1a ff ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 10019a: 5e
    pop ebx                              ; 10019b: 5b
    pop ebp                              ; 10019c: 5d
    ret                                  ; 10019d: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebp                             ; 10019e: 55
    mov ebp, esp                         ; 10019f: 89 e5
    push ebx                             ; 1001a1: 53
    push esi                             ; 1001a2: 56
    mov eax, [ebp+8]                     ; 1001a3: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001a6: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001a9: 8b 75 10
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 1001ac: 50
    call print                           ; 1001ad: e8 ce fe ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 1001b5: b8 1c 10 10 00
    push eax                             ; 1001ba: 50
    call print                           ; 1001bb: e8 c0 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push ebx                             ; 1001c3: 53
    call printU32                        ; 1001c4: e8 03 ff ff ff
    add esp, 4                           ; 1001c9: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001cc: b8 24 10 10 00
    push eax                             ; 1001d1: 50
    call print                           ; 1001d2: e8 a9 fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push esi                             ; 1001da: 56
    call printU32                        ; 1001db: e8 ec fe ff ff
    add esp, 4                           ; 1001e0: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001e3: b8 2c 10 10 00
    push eax                             ; 1001e8: 50
    call println                         ; 1001e9: e8 c3 fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001f1: 5e
    pop ebx                              ; 1001f2: 5b
    pop ebp                              ; 1001f3: 5d
    ret                                  ; 1001f4: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebp                             ; 1001f5: 55
    mov ebp, esp                         ; 1001f6: 89 e5
    sub esp, 4                           ; 1001f8: 83 ec 04
    push ebx                             ; 1001fb: 53
    push esi                             ; 1001fc: 56
    push edi                             ; 1001fd: 57
    mov eax, [ebp+8]                     ; 1001fe: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100201: 8b 5d 0c
    mov ecx, [ebp+0x10]                  ; 100204: 8b 4d 10
    mov [ebp-4], ecx                     ; 100207: 89 4d fc
    mov esi, [ebp+0x14]                  ; 10020a: 8b 75 14
    mov edi, [ebp+0x18]                  ; 10020d: 8b 7d 18
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 100210: b9 30 10 10 00
    shr eax, 0xa                         ; 100215: c1 e8 0a
    movsx eax, ax                        ; 100218: 0f bf c0
    push eax                             ; 10021b: 50
    push 0xffffffff                      ; 10021c: 6a ff
    push ecx                             ; 10021e: 51
    call pairI                           ; 10021f: e8 23 ff ff ff
    add esp, 0xc                         ; 100224: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov eax, str_6                       ; 100227: b8 44 10 10 00
    mov ecx, ebx                         ; 10022c: 89 d9
    shr ecx, 1                           ; 10022e: d1 e9
    movsx ecx, cl                        ; 100230: 0f be c9
    push ecx                             ; 100233: 51
    push 0xffffffc0                      ; 100234: 6a c0
    push eax                             ; 100236: 50
    call pairI                           ; 100237: e8 0b ff ff ff
    add esp, 0xc                         ; 10023c: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov eax, str_7                       ; 10023f: b8 58 10 10 00
    mov ecx, ebx                         ; 100244: 89 d9
    sar ecx, 1                           ; 100246: d1 f9
    movsx ecx, cl                        ; 100248: 0f be c9
    push ecx                             ; 10024b: 51
    push 0xffffffc0                      ; 10024c: 6a c0
    push eax                             ; 10024e: 50
    call pairI                           ; 10024f: e8 f3 fe ff ff
    add esp, 0xc                         ; 100254: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov eax, str_8                       ; 100257: b8 68 10 10 00
    shl ebx, 1                           ; 10025c: d1 e3
    movsx ecx, bl                        ; 10025e: 0f be cb
    push ecx                             ; 100261: 51
    push 0                               ; 100262: 6a 00
    push eax                             ; 100264: 50
    call pairI                           ; 100265: e8 dd fe ff ff
    add esp, 0xc                         ; 10026a: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov eax, str_9                       ; 10026d: b8 78 10 10 00
    mov ecx, [ebp-4]                     ; 100272: 8b 4d fc
    shl ecx, 0x1f                        ; 100275: c1 e1 1f
    shr ecx, 0                           ; 100278: c1 e9 00
    push ecx                             ; 10027b: 51
    push 0x80000000                      ; 10027c: 68 00 00 00 80
    push eax                             ; 100281: 50
    call pairU                           ; 100282: e8 17 ff ff ff
    add esp, 0xc                         ; 100287: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov eax, str_10                      ; 10028a: b8 88 10 10 00
    shr esi, 1                           ; 10028f: d1 ee
    push esi                             ; 100291: 56
    push 2                               ; 100292: 6a 02
    push eax                             ; 100294: 50
    call pairU                           ; 100295: e8 04 ff ff ff
    add esp, 0xc                         ; 10029a: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10029d: b8 94 10 10 00
    shr edi, 0x1c                        ; 1002a2: c1 ef 1c
    push edi                             ; 1002a5: 57
    push 0xf                             ; 1002a6: 6a 0f
    push eax                             ; 1002a8: 50
    call pairU                           ; 1002a9: e8 f0 fe ff ff
    add esp, 0xc                         ; 1002ae: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 1002b1: b8 a4 10 10 00
    mov ecx, [ebp-4]                     ; 1002b6: 8b 4d fc
    shl ecx, 1                           ; 1002b9: d1 e1
    push ecx                             ; 1002bb: 51
    push 2                               ; 1002bc: 6a 02
    push eax                             ; 1002be: 50
    call pairU                           ; 1002bf: e8 da fe ff ff
    add esp, 0xc                         ; 1002c4: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 1002c7: 5f
    pop esi                              ; 1002c8: 5e
    pop ebx                              ; 1002c9: 5b
    leave                                ; 1002ca: c9
    ret                                  ; 1002cb: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebp                             ; 1002cc: 55
    mov ebp, esp                         ; 1002cd: 89 e5
    sub esp, 8                           ; 1002cf: 83 ec 08
    push ebx                             ; 1002d2: 53
    push esi                             ; 1002d3: 56
    push edi                             ; 1002d4: 57
    mov eax, [ebp+8]                     ; 1002d5: 8b 45 08
    mov [ebp-4], eax                     ; 1002d8: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1002db: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1002de: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1002e1: 8b 7d 14
    mov eax, [ebp+0x18]                  ; 1002e4: 8b 45 18
    mov [ebp-8], eax                     ; 1002e7: 89 45 f8
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002ea: b9 c4 10 10 00
    mov eax, ebx                         ; 1002ef: 89 d8
    cdq                                  ; 1002f1: 99
    idiv esi                             ; 1002f2: f7 fe
    movsx eax, al                        ; 1002f4: 0f be c0
    push eax                             ; 1002f7: 50
    push 0xffffff80                      ; 1002f8: 6a 80
    push ecx                             ; 1002fa: 51
    call pairI                           ; 1002fb: e8 47 fe ff ff
    add esp, 0xc                         ; 100300: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 100303: b9 d4 10 10 00
    mov eax, ebx                         ; 100308: 89 d8
    cdq                                  ; 10030a: 99
    idiv esi                             ; 10030b: f7 fe
    movsx eax, dl                        ; 10030d: 0f be c2
    push eax                             ; 100310: 50
    push 0                               ; 100311: 6a 00
    push ecx                             ; 100313: 51
    call pairI                           ; 100314: e8 2e fe ff ff
    add esp, 0xc                         ; 100319: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 10031c: b9 e4 10 10 00
    mov eax, edi                         ; 100321: 89 f8
    neg eax                              ; 100323: f7 d8
    cdq                                  ; 100325: 99
    mov ebx, [ebp-8]                     ; 100326: 8b 5d f8
    idiv ebx                             ; 100329: f7 fb
    push eax                             ; 10032b: 50
    push 0xfffffffd                      ; 10032c: 6a fd
    push ecx                             ; 10032e: 51
    call pairI                           ; 10032f: e8 13 fe ff ff
    add esp, 0xc                         ; 100334: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 100337: b9 f0 10 10 00
    neg edi                              ; 10033c: f7 df
    mov eax, edi                         ; 10033e: 89 f8
    cdq                                  ; 100340: 99
    mov ebx, [ebp-8]                     ; 100341: 8b 5d f8
    idiv ebx                             ; 100344: f7 fb
    push edx                             ; 100346: 52
    push 0xffffffff                      ; 100347: 6a ff
    push ecx                             ; 100349: 51
    call pairI                           ; 10034a: e8 f8 fd ff ff
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
    call pairI                           ; 100367: e8 db fd ff ff
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
    sub esp, 0xc                         ; 100377: 83 ec 0c
    push ebx                             ; 10037a: 53
    push esi                             ; 10037b: 56
    push edi                             ; 10037c: 57
    mov ebx, [ebp+8]                     ; 10037d: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100380: 8b 45 0c
    mov [ebp-4], eax                     ; 100383: 89 45 fc
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov esi, str_18                      ; 100386: be 08 11 10 00
    mov edi, 1                           ; 10038b: bf 01 00 00 00
    test ebx, ebx                        ; 100390: 85 db
    jne short .L8                        ; 100392: 75 35
.L6:
    mov eax, 0                           ; 100394: b8 00 00 00 00
    mov [ebp-8], eax                     ; 100399: 89 45 f8
.L7:
    mov eax, [ebp-8]                     ; 10039c: 8b 45 f8
    push eax                             ; 10039f: 50
    push edi                             ; 1003a0: 57
    push esi                             ; 1003a1: 56
    call pairI                           ; 1003a2: e8 a0 fd ff ff
    add esp, 0xc                         ; 1003a7: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 1003aa: b8 1c 11 10 00
    mov [ebp-0xc], eax                   ; 1003af: 89 45 f4
    mov eax, 1                           ; 1003b2: b8 01 00 00 00
    mov ecx, ebx                         ; 1003b7: 89 d9
    sub ecx, ebx                         ; 1003b9: 29 d9
    movzx ecx, cl                        ; 1003bb: 0f b6 c9
    test ecx, ecx                        ; 1003be: 85 c9
    je short .L18                        ; 1003c0: 74 18
.L15:
    mov ecx, 1                           ; 1003c2: b9 01 00 00 00
    jmp short .L17                       ; 1003c7: eb 1d
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov edx, [ebp-4]                     ; 1003c9: 8b 55 fc
    test edx, edx                        ; 1003cc: 85 d2
    je short .L6                         ; 1003ce: 74 c4
    mov edx, 1                           ; 1003d0: ba 01 00 00 00
    mov [ebp-8], edx                     ; 1003d5: 89 55 f8
    jmp short .L7                        ; 1003d8: eb c2
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov edx, [ebp-4]                     ; 1003da: 8b 55 fc
    test edx, edx                        ; 1003dd: 85 d2
    jne short .L15                       ; 1003df: 75 e1
    mov ecx, 0                           ; 1003e1: b9 00 00 00 00
.L17:
    push ecx                             ; 1003e6: 51
    push eax                             ; 1003e7: 50
    mov eax, [ebp-0xc]                   ; 1003e8: 8b 45 f4
    push eax                             ; 1003eb: 50
    call pairI                           ; 1003ec: e8 56 fd ff ff
    add esp, 0xc                         ; 1003f1: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop edi                              ; 1003f4: 5f
    pop esi                              ; 1003f5: 5e
    pop ebx                              ; 1003f6: 5b
    leave                                ; 1003f7: c9
    ret                                  ; 1003f8: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push ebp                             ; 1003f9: 55
    mov ebp, esp                         ; 1003fa: 89 e5
    push 0xffffffff                      ; 1003fc: 6a ff
    push 5                               ; 1003fe: 6a 05
    push 1                               ; 100400: 6a 01
    push 0xffffff80                      ; 100402: 6a 80
    push 0xffffffa8                      ; 100404: 6a a8
    call shifts                          ; 100406: e8 ea fd ff ff
    add esp, 0x14                        ; 10040b: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 10040e: 6a 02
    push 7                               ; 100410: 6a 07
    push 0xffffffff                      ; 100412: 6a ff
    push 0xffffff80                      ; 100414: 6a 80
    push 0x80000000                      ; 100416: 68 00 00 00 80
    call division                        ; 10041b: e8 ac fe ff ff
    add esp, 0x14                        ; 100420: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 100423: 6a fe
    push 4                               ; 100425: 6a 04
    call conditions                      ; 100427: e8 48 ff ff ff
    add esp, 8                           ; 10042c: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 10042f: 6a 00
    call exit                            ; 100431: e8 05 fd ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; test/golden/folding.ts:62: }
    pop ebp                              ; 100439: 5d
    ret                                  ; 10043a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10043b: 55
    mov ebp, esp                         ; 10043c: 89 e5
    push ebx                             ; 10043e: 53
    push esi                             ; 10043f: 56
    mov eax, [ebp+8]                     ; 100440: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100443: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100446: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100449: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10044c: 8b 35 00 20 10 00
    push ebx                             ; 100452: 53
    push edx                             ; 100453: 52
    push ecx                             ; 100454: 51
    push eax                             ; 100455: 50
    call esi                             ; 100456: ff d6
    add esp, 0x10                        ; 100458: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10045b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10045c: f4
    jmp short .L2                        ; 10045d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10045f: 55
    mov ebp, esp                         ; 100460: 89 e5
    sub esp, 4                           ; 100462: 83 ec 04
    push ebx                             ; 100465: 53
    push esi                             ; 100466: 56
    push edi                             ; 100467: 57
    mov ebx, [ebp+8]                     ; 100468: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10046b: 8b 45 0c
    mov [ebp-4], eax                     ; 10046e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100471: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100474: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_20                      ; 100477: b8 30 11 10 00
    push eax                             ; 10047c: 50
    call print                           ; 10047d: e8 fe fb ff ff
    add esp, 4                           ; 100482: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100485: 56
    call printU32                        ; 100486: e8 41 fc ff ff
    add esp, 4                           ; 10048b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_21                      ; 10048e: b8 50 11 10 00
    push eax                             ; 100493: 50
    call print                           ; 100494: e8 e7 fb ff ff
    add esp, 4                           ; 100499: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10049c: 57
    call printU32                        ; 10049d: e8 2a fc ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_22                      ; 1004a5: b8 70 11 10 00
    push eax                             ; 1004aa: 50
    call print                           ; 1004ab: e8 d0 fb ff ff
    add esp, 4                           ; 1004b0: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004b3: 53
    call print                           ; 1004b4: e8 c7 fb ff ff
    add esp, 4                           ; 1004b9: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_23                      ; 1004bc: b8 78 11 10 00
    push eax                             ; 1004c1: 50
    call print                           ; 1004c2: e8 b9 fb ff ff
    add esp, 4                           ; 1004c7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004ca: 8b 45 fc
    push eax                             ; 1004cd: 50
    call printU32                        ; 1004ce: e8 f9 fb ff ff
    add esp, 4                           ; 1004d3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_4                       ; 1004d6: b8 2c 10 10 00
    push eax                             ; 1004db: 50
    call println                         ; 1004dc: e8 d0 fb ff ff
    add esp, 4                           ; 1004e1: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004e4: 5f
    pop esi                              ; 1004e5: 5e
    pop ebx                              ; 1004e6: 5b
    leave                                ; 1004e7: c9
    ret                                  ; 1004e8: c3

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
