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
    call main                            ; 10003d: e8 9e 03 00 00
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

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    push ebx                             ; 100137: 53
    push esi                             ; 100138: 56
    mov eax, [ebp+8]                     ; 100139: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10013c: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 10013f: 8b 75 10
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100142: 50
    call print                           ; 100143: e8 30 ff ff ff
    add esp, 4                           ; 100148: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 10014b: b8 1c 10 10 00
    push eax                             ; 100150: 50
    call print                           ; 100151: e8 22 ff ff ff
    add esp, 4                           ; 100156: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push ebx                             ; 100159: 53
    call printI32                        ; 10015a: e8 98 ff ff ff
    add esp, 4                           ; 10015f: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100162: b8 24 10 10 00
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 0b ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push esi                             ; 100170: 56
    call printI32                        ; 100171: e8 81 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 100179: b8 2c 10 10 00
    push eax                             ; 10017e: 50
    call println                         ; 10017f: e8 1b ff ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100187: 5e
    pop ebx                              ; 100188: 5b
    pop ebp                              ; 100189: 5d
    ret                                  ; 10018a: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebp                             ; 10018b: 55
    mov ebp, esp                         ; 10018c: 89 e5
    push ebx                             ; 10018e: 53
    push esi                             ; 10018f: 56
    mov eax, [ebp+8]                     ; 100190: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100193: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100196: 8b 75 10
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100199: 50
    call print                           ; 10019a: e8 d9 fe ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 1001a2: b8 1c 10 10 00
    push eax                             ; 1001a7: 50
    call print                           ; 1001a8: e8 cb fe ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push ebx                             ; 1001b0: 53
    call printU32                        ; 1001b1: e8 04 ff ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 1001b9: b8 24 10 10 00
    push eax                             ; 1001be: 50
    call print                           ; 1001bf: e8 b4 fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push esi                             ; 1001c7: 56
    call printU32                        ; 1001c8: e8 ed fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001d0: b8 2c 10 10 00
    push eax                             ; 1001d5: 50
    call println                         ; 1001d6: e8 c4 fe ff ff
    add esp, 4                           ; 1001db: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001de: 5e
    pop ebx                              ; 1001df: 5b
    pop ebp                              ; 1001e0: 5d
    ret                                  ; 1001e1: c3

shifts:
    ; test/golden/folding.ts:32: function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebp                             ; 1001e2: 55
    mov ebp, esp                         ; 1001e3: 89 e5
    sub esp, 4                           ; 1001e5: 83 ec 04
    push ebx                             ; 1001e8: 53
    push esi                             ; 1001e9: 56
    push edi                             ; 1001ea: 57
    mov eax, [ebp+8]                     ; 1001eb: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001ee: 8b 5d 0c
    mov ecx, [ebp+0x10]                  ; 1001f1: 8b 4d 10
    mov [ebp-4], ecx                     ; 1001f4: 89 4d fc
    mov esi, [ebp+0x14]                  ; 1001f7: 8b 75 14
    mov edi, [ebp+0x18]                  ; 1001fa: 8b 7d 18
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001fd: b9 30 10 10 00
    shr eax, 0xa                         ; 100202: c1 e8 0a
    movsx eax, ax                        ; 100205: 0f bf c0
    push eax                             ; 100208: 50
    push 0xffffffff                      ; 100209: 6a ff
    push ecx                             ; 10020b: 51
    call pairI                           ; 10020c: e8 23 ff ff ff
    add esp, 0xc                         ; 100211: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov eax, str_6                       ; 100214: b8 44 10 10 00
    mov ecx, ebx                         ; 100219: 89 d9
    shr ecx, 1                           ; 10021b: d1 e9
    movsx ecx, cl                        ; 10021d: 0f be c9
    push ecx                             ; 100220: 51
    push 0xffffffc0                      ; 100221: 6a c0
    push eax                             ; 100223: 50
    call pairI                           ; 100224: e8 0b ff ff ff
    add esp, 0xc                         ; 100229: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov eax, str_7                       ; 10022c: b8 58 10 10 00
    mov ecx, ebx                         ; 100231: 89 d9
    sar ecx, 1                           ; 100233: d1 f9
    movsx ecx, cl                        ; 100235: 0f be c9
    push ecx                             ; 100238: 51
    push 0xffffffc0                      ; 100239: 6a c0
    push eax                             ; 10023b: 50
    call pairI                           ; 10023c: e8 f3 fe ff ff
    add esp, 0xc                         ; 100241: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov eax, str_8                       ; 100244: b8 68 10 10 00
    shl ebx, 1                           ; 100249: d1 e3
    movsx ecx, bl                        ; 10024b: 0f be cb
    push ecx                             ; 10024e: 51
    push 0                               ; 10024f: 6a 00
    push eax                             ; 100251: 50
    call pairI                           ; 100252: e8 dd fe ff ff
    add esp, 0xc                         ; 100257: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov eax, str_9                       ; 10025a: b8 78 10 10 00
    mov ecx, [ebp-4]                     ; 10025f: 8b 4d fc
    shl ecx, 0x1f                        ; 100262: c1 e1 1f
    shr ecx, 0                           ; 100265: c1 e9 00
    push ecx                             ; 100268: 51
    push 0x80000000                      ; 100269: 68 00 00 00 80
    push eax                             ; 10026e: 50
    call pairU                           ; 10026f: e8 17 ff ff ff
    add esp, 0xc                         ; 100274: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov eax, str_10                      ; 100277: b8 88 10 10 00
    shr esi, 1                           ; 10027c: d1 ee
    push esi                             ; 10027e: 56
    push 2                               ; 10027f: 6a 02
    push eax                             ; 100281: 50
    call pairU                           ; 100282: e8 04 ff ff ff
    add esp, 0xc                         ; 100287: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10028a: b8 94 10 10 00
    shr edi, 0x1c                        ; 10028f: c1 ef 1c
    push edi                             ; 100292: 57
    push 0xf                             ; 100293: 6a 0f
    push eax                             ; 100295: 50
    call pairU                           ; 100296: e8 f0 fe ff ff
    add esp, 0xc                         ; 10029b: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 10029e: b8 a4 10 10 00
    mov ecx, [ebp-4]                     ; 1002a3: 8b 4d fc
    shl ecx, 1                           ; 1002a6: d1 e1
    push ecx                             ; 1002a8: 51
    push 2                               ; 1002a9: 6a 02
    push eax                             ; 1002ab: 50
    call pairU                           ; 1002ac: e8 da fe ff ff
    add esp, 0xc                         ; 1002b1: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 1002b4: 5f
    pop esi                              ; 1002b5: 5e
    pop ebx                              ; 1002b6: 5b
    leave                                ; 1002b7: c9
    ret                                  ; 1002b8: c3

division:
    ; test/golden/folding.ts:43: function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebp                             ; 1002b9: 55
    mov ebp, esp                         ; 1002ba: 89 e5
    sub esp, 8                           ; 1002bc: 83 ec 08
    push ebx                             ; 1002bf: 53
    push esi                             ; 1002c0: 56
    push edi                             ; 1002c1: 57
    mov eax, [ebp+8]                     ; 1002c2: 8b 45 08
    mov [ebp-4], eax                     ; 1002c5: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1002c8: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1002cb: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1002ce: 8b 7d 14
    mov eax, [ebp+0x18]                  ; 1002d1: 8b 45 18
    mov [ebp-8], eax                     ; 1002d4: 89 45 f8
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002d7: b9 c4 10 10 00
    mov eax, ebx                         ; 1002dc: 89 d8
    cdq                                  ; 1002de: 99
    idiv esi                             ; 1002df: f7 fe
    movsx eax, al                        ; 1002e1: 0f be c0
    push eax                             ; 1002e4: 50
    push 0xffffff80                      ; 1002e5: 6a 80
    push ecx                             ; 1002e7: 51
    call pairI                           ; 1002e8: e8 47 fe ff ff
    add esp, 0xc                         ; 1002ed: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002f0: b9 d4 10 10 00
    mov eax, ebx                         ; 1002f5: 89 d8
    cdq                                  ; 1002f7: 99
    idiv esi                             ; 1002f8: f7 fe
    movsx eax, dl                        ; 1002fa: 0f be c2
    push eax                             ; 1002fd: 50
    push 0                               ; 1002fe: 6a 00
    push ecx                             ; 100300: 51
    call pairI                           ; 100301: e8 2e fe ff ff
    add esp, 0xc                         ; 100306: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 100309: b9 e4 10 10 00
    mov eax, edi                         ; 10030e: 89 f8
    neg eax                              ; 100310: f7 d8
    cdq                                  ; 100312: 99
    mov ebx, [ebp-8]                     ; 100313: 8b 5d f8
    idiv ebx                             ; 100316: f7 fb
    push eax                             ; 100318: 50
    push 0xfffffffd                      ; 100319: 6a fd
    push ecx                             ; 10031b: 51
    call pairI                           ; 10031c: e8 13 fe ff ff
    add esp, 0xc                         ; 100321: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 100324: b9 f0 10 10 00
    neg edi                              ; 100329: f7 df
    mov eax, edi                         ; 10032b: 89 f8
    cdq                                  ; 10032d: 99
    mov ebx, [ebp-8]                     ; 10032e: 8b 5d f8
    idiv ebx                             ; 100331: f7 fb
    push edx                             ; 100333: 52
    push 0xffffffff                      ; 100334: 6a ff
    push ecx                             ; 100336: 51
    call pairI                           ; 100337: e8 f8 fd ff ff
    add esp, 0xc                         ; 10033c: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 10033f: b9 fc 10 10 00
    mov eax, [ebp-4]                     ; 100344: 8b 45 fc
    cdq                                  ; 100347: 99
    mov ebx, [ebp-8]                     ; 100348: 8b 5d f8
    idiv ebx                             ; 10034b: f7 fb
    push eax                             ; 10034d: 50
    push 0xc0000000                      ; 10034e: 68 00 00 00 c0
    push ecx                             ; 100353: 51
    call pairI                           ; 100354: e8 db fd ff ff
    add esp, 0xc                         ; 100359: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 10035c: 5f
    pop esi                              ; 10035d: 5e
    pop ebx                              ; 10035e: 5b
    leave                                ; 10035f: c9
    ret                                  ; 100360: c3

conditions:
    ; test/golden/folding.ts:51: function conditions(four: u8, minusTwo: i8): void {
    push ebp                             ; 100361: 55
    mov ebp, esp                         ; 100362: 89 e5
    sub esp, 0xc                         ; 100364: 83 ec 0c
    push ebx                             ; 100367: 53
    push esi                             ; 100368: 56
    push edi                             ; 100369: 57
    mov ebx, [ebp+8]                     ; 10036a: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10036d: 8b 45 0c
    mov [ebp-4], eax                     ; 100370: 89 45 fc
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov esi, str_18                      ; 100373: be 08 11 10 00
    mov edi, 1                           ; 100378: bf 01 00 00 00
    test ebx, ebx                        ; 10037d: 85 db
    jne short .L8                        ; 10037f: 75 32
.L6:
    xor eax, eax                         ; 100381: 31 c0
    mov [ebp-8], eax                     ; 100383: 89 45 f8
.L7:
    mov eax, [ebp-8]                     ; 100386: 8b 45 f8
    push eax                             ; 100389: 50
    push edi                             ; 10038a: 57
    push esi                             ; 10038b: 56
    call pairI                           ; 10038c: e8 a3 fd ff ff
    add esp, 0xc                         ; 100391: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 100394: b8 1c 11 10 00
    mov [ebp-0xc], eax                   ; 100399: 89 45 f4
    mov eax, 1                           ; 10039c: b8 01 00 00 00
    mov ecx, ebx                         ; 1003a1: 89 d9
    sub ecx, ebx                         ; 1003a3: 29 d9
    movzx ecx, cl                        ; 1003a5: 0f b6 c9
    test ecx, ecx                        ; 1003a8: 85 c9
    je short .L18                        ; 1003aa: 74 18
.L15:
    mov ecx, 1                           ; 1003ac: b9 01 00 00 00
    jmp short .L17                       ; 1003b1: eb 1a
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov edx, [ebp-4]                     ; 1003b3: 8b 55 fc
    test edx, edx                        ; 1003b6: 85 d2
    je short .L6                         ; 1003b8: 74 c7
    mov edx, 1                           ; 1003ba: ba 01 00 00 00
    mov [ebp-8], edx                     ; 1003bf: 89 55 f8
    jmp short .L7                        ; 1003c2: eb c2
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov edx, [ebp-4]                     ; 1003c4: 8b 55 fc
    test edx, edx                        ; 1003c7: 85 d2
    jne short .L15                       ; 1003c9: 75 e1
    xor ecx, ecx                         ; 1003cb: 31 c9
.L17:
    push ecx                             ; 1003cd: 51
    push eax                             ; 1003ce: 50
    mov eax, [ebp-0xc]                   ; 1003cf: 8b 45 f4
    push eax                             ; 1003d2: 50
    call pairI                           ; 1003d3: e8 5c fd ff ff
    add esp, 0xc                         ; 1003d8: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop edi                              ; 1003db: 5f
    pop esi                              ; 1003dc: 5e
    pop ebx                              ; 1003dd: 5b
    leave                                ; 1003de: c9
    ret                                  ; 1003df: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push ebp                             ; 1003e0: 55
    mov ebp, esp                         ; 1003e1: 89 e5
    push 0xffffffff                      ; 1003e3: 6a ff
    push 5                               ; 1003e5: 6a 05
    push 1                               ; 1003e7: 6a 01
    push 0xffffff80                      ; 1003e9: 6a 80
    push 0xffffffa8                      ; 1003eb: 6a a8
    call shifts                          ; 1003ed: e8 f0 fd ff ff
    add esp, 0x14                        ; 1003f2: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 1003f5: 6a 02
    push 7                               ; 1003f7: 6a 07
    push 0xffffffff                      ; 1003f9: 6a ff
    push 0xffffff80                      ; 1003fb: 6a 80
    push 0x80000000                      ; 1003fd: 68 00 00 00 80
    call division                        ; 100402: e8 b2 fe ff ff
    add esp, 0x14                        ; 100407: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 10040a: 6a fe
    push 4                               ; 10040c: 6a 04
    call conditions                      ; 10040e: e8 4e ff ff ff
    add esp, 8                           ; 100413: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 100416: 6a 00
    call exit                            ; 100418: e8 0b fd ff ff
    add esp, 4                           ; 10041d: 83 c4 04
    ; test/golden/folding.ts:62: }
    pop ebp                              ; 100420: 5d
    ret                                  ; 100421: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100422: 55
    mov ebp, esp                         ; 100423: 89 e5
    push ebx                             ; 100425: 53
    push esi                             ; 100426: 56
    mov eax, [ebp+8]                     ; 100427: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10042a: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10042d: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100430: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100433: 8b 35 00 20 10 00
    push ebx                             ; 100439: 53
    push edx                             ; 10043a: 52
    push ecx                             ; 10043b: 51
    push eax                             ; 10043c: 50
    call esi                             ; 10043d: ff d6
    add esp, 0x10                        ; 10043f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100442: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100443: f4
    jmp short .L2                        ; 100444: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100446: 55
    mov ebp, esp                         ; 100447: 89 e5
    sub esp, 4                           ; 100449: 83 ec 04
    push ebx                             ; 10044c: 53
    push esi                             ; 10044d: 56
    push edi                             ; 10044e: 57
    mov ebx, [ebp+8]                     ; 10044f: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100452: 8b 45 0c
    mov [ebp-4], eax                     ; 100455: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100458: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10045b: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_20                      ; 10045e: b8 30 11 10 00
    push eax                             ; 100463: 50
    call print                           ; 100464: e8 0f fc ff ff
    add esp, 4                           ; 100469: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10046c: 56
    call printU32                        ; 10046d: e8 48 fc ff ff
    add esp, 4                           ; 100472: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_21                      ; 100475: b8 50 11 10 00
    push eax                             ; 10047a: 50
    call print                           ; 10047b: e8 f8 fb ff ff
    add esp, 4                           ; 100480: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100483: 57
    call printU32                        ; 100484: e8 31 fc ff ff
    add esp, 4                           ; 100489: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_22                      ; 10048c: b8 70 11 10 00
    push eax                             ; 100491: 50
    call print                           ; 100492: e8 e1 fb ff ff
    add esp, 4                           ; 100497: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10049a: 53
    call print                           ; 10049b: e8 d8 fb ff ff
    add esp, 4                           ; 1004a0: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_23                      ; 1004a3: b8 78 11 10 00
    push eax                             ; 1004a8: 50
    call print                           ; 1004a9: e8 ca fb ff ff
    add esp, 4                           ; 1004ae: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004b1: 8b 45 fc
    push eax                             ; 1004b4: 50
    call printU32                        ; 1004b5: e8 00 fc ff ff
    add esp, 4                           ; 1004ba: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_4                       ; 1004bd: b8 2c 10 10 00
    push eax                             ; 1004c2: 50
    call println                         ; 1004c3: e8 d7 fb ff ff
    add esp, 4                           ; 1004c8: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004cb: 5f
    pop esi                              ; 1004cc: 5e
    pop ebx                              ; 1004cd: 5b
    leave                                ; 1004ce: c9
    ret                                  ; 1004cf: c3

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
