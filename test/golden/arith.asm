; tskc 0.1.0 listing of test/golden/arith.ts
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
    call main                            ; 10003d: e8 5d 03 00 00
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

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    push ebx                             ; 10014c: 53
    mov eax, [ebp+8]                     ; 10014d: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100150: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 27 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 10015c: b8 1c 10 10 00
    push eax                             ; 100161: 50
    call print                           ; 100162: e8 19 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 10016a: 53
    call printI32                        ; 10016b: e8 9b ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 100173: b8 24 10 10 00
    push eax                             ; 100178: 50
    call println                         ; 100179: e8 35 ff ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 100181: 5b
    pop ebp                              ; 100182: 5d
    ret                                  ; 100183: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 100184: 55
    mov ebp, esp                         ; 100185: 89 e5
    push ebx                             ; 100187: 53
    mov eax, [ebp+8]                     ; 100188: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10018b: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 10018e: 50
    call print                           ; 10018f: e8 ec fe ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 100197: b8 1c 10 10 00
    push eax                             ; 10019c: 50
    call print                           ; 10019d: e8 de fe ff ff
    add esp, 4                           ; 1001a2: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 1001a5: 53
    call printU32                        ; 1001a6: e8 23 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 1001ae: b8 24 10 10 00
    push eax                             ; 1001b3: 50
    call println                         ; 1001b4: e8 fa fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001bc: 5b
    pop ebp                              ; 1001bd: 5d
    ret                                  ; 1001be: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001bf: 55
    mov ebp, esp                         ; 1001c0: 89 e5
    push ebx                             ; 1001c2: 53
    push esi                             ; 1001c3: 56
    push edi                             ; 1001c4: 57
    mov ebx, [ebp+8]                     ; 1001c5: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001c8: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov eax, str_4                       ; 1001cb: b8 28 10 10 00
    mov ecx, ebx                         ; 1001d0: 89 d9
    add ecx, esi                         ; 1001d2: 01 f1
    push ecx                             ; 1001d4: 51
    push eax                             ; 1001d5: 50
    call show                            ; 1001d6: e8 6e ff ff ff
    add esp, 8                           ; 1001db: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov eax, str_5                       ; 1001de: b8 34 10 10 00
    mov ecx, ebx                         ; 1001e3: 89 d9
    sub ecx, esi                         ; 1001e5: 29 f1
    push ecx                             ; 1001e7: 51
    push eax                             ; 1001e8: 50
    call show                            ; 1001e9: e8 5b ff ff ff
    add esp, 8                           ; 1001ee: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov eax, str_6                       ; 1001f1: b8 40 10 10 00
    mov ecx, ebx                         ; 1001f6: 89 d9
    imul ecx, esi                        ; 1001f8: 0f af ce
    push ecx                             ; 1001fb: 51
    push eax                             ; 1001fc: 50
    call show                            ; 1001fd: e8 47 ff ff ff
    add esp, 8                           ; 100202: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 100205: b9 4c 10 10 00
    mov eax, ebx                         ; 10020a: 89 d8
    cdq                                  ; 10020c: 99
    idiv esi                             ; 10020d: f7 fe
    push eax                             ; 10020f: 50
    push ecx                             ; 100210: 51
    call show                            ; 100211: e8 33 ff ff ff
    add esp, 8                           ; 100216: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 100219: b9 58 10 10 00
    mov eax, ebx                         ; 10021e: 89 d8
    cdq                                  ; 100220: 99
    idiv esi                             ; 100221: f7 fe
    push edx                             ; 100223: 52
    push ecx                             ; 100224: 51
    call show                            ; 100225: e8 1f ff ff ff
    add esp, 8                           ; 10022a: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 10022d: b9 64 10 10 00
    mov edi, 2                           ; 100232: bf 02 00 00 00
    mov eax, esi                         ; 100237: 89 f0
    cdq                                  ; 100239: 99
    idiv edi                             ; 10023a: f7 ff
    push eax                             ; 10023c: 50
    push ecx                             ; 10023d: 51
    call show                            ; 10023e: e8 06 ff ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100246: b9 70 10 10 00
    mov edi, 2                           ; 10024b: bf 02 00 00 00
    mov eax, esi                         ; 100250: 89 f0
    cdq                                  ; 100252: 99
    idiv edi                             ; 100253: f7 ff
    push edx                             ; 100255: 52
    push ecx                             ; 100256: 51
    call show                            ; 100257: e8 ed fe ff ff
    add esp, 8                           ; 10025c: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov eax, str_11                      ; 10025f: b8 7c 10 10 00
    mov ecx, esi                         ; 100264: 89 f1
    sar ecx, 1                           ; 100266: d1 f9
    push ecx                             ; 100268: 51
    push eax                             ; 100269: 50
    call show                            ; 10026a: e8 da fe ff ff
    add esp, 8                           ; 10026f: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov eax, str_12                      ; 100272: b8 88 10 10 00
    mov ecx, esi                         ; 100277: 89 f1
    shl ecx, 3                           ; 100279: c1 e1 03
    push ecx                             ; 10027c: 51
    push eax                             ; 10027d: 50
    call show                            ; 10027e: e8 c6 fe ff ff
    add esp, 8                           ; 100283: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov eax, str_13                      ; 100286: b8 94 10 10 00
    mov ecx, esi                         ; 10028b: 89 f1
    shr ecx, 0x1c                        ; 10028d: c1 e9 1c
    push ecx                             ; 100290: 51
    push eax                             ; 100291: 50
    call show                            ; 100292: e8 b2 fe ff ff
    add esp, 8                           ; 100297: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov eax, str_14                      ; 10029a: b8 a0 10 10 00
    mov ecx, ebx                         ; 10029f: 89 d9
    neg ecx                              ; 1002a1: f7 d9
    push ecx                             ; 1002a3: 51
    push eax                             ; 1002a4: 50
    call show                            ; 1002a5: e8 9f fe ff ff
    add esp, 8                           ; 1002aa: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov eax, str_15                      ; 1002ad: b8 a8 10 10 00
    mov ecx, ebx                         ; 1002b2: 89 d9
    not ecx                              ; 1002b4: f7 d1
    push ecx                             ; 1002b6: 51
    push eax                             ; 1002b7: 50
    call show                            ; 1002b8: e8 8c fe ff ff
    add esp, 8                           ; 1002bd: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov eax, str_16                      ; 1002c0: b8 b0 10 10 00
    mov ecx, ebx                         ; 1002c5: 89 d9
    and ecx, 0xff                        ; 1002c7: 81 e1 ff 00 00 00
    xor esi, 3                           ; 1002cd: 83 f6 03
    or ecx, esi                          ; 1002d0: 09 f1
    push ecx                             ; 1002d2: 51
    push eax                             ; 1002d3: 50
    call show                            ; 1002d4: e8 70 fe ff ff
    add esp, 8                           ; 1002d9: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002dc: b8 c4 10 10 00
    mov ecx, ebx                         ; 1002e1: 89 d9
    sub ecx, ebx                         ; 1002e3: 29 d9
    add ecx, 0x7fffffff                  ; 1002e5: 81 c1 ff ff ff 7f
    add ecx, 1                           ; 1002eb: 83 c1 01
    push ecx                             ; 1002ee: 51
    push eax                             ; 1002ef: 50
    call show                            ; 1002f0: e8 54 fe ff ff
    add esp, 8                           ; 1002f5: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002f8: 5f
    pop esi                              ; 1002f9: 5e
    pop ebx                              ; 1002fa: 5b
    pop ebp                              ; 1002fb: 5d
    ret                                  ; 1002fc: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 1002fd: 55
    mov ebp, esp                         ; 1002fe: 89 e5
    push ebx                             ; 100300: 53
    push esi                             ; 100301: 56
    mov ebx, [ebp+8]                     ; 100302: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100305: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 100308: b9 d0 10 10 00
    mov eax, ebx                         ; 10030d: 89 d8
    xor edx, edx                         ; 10030f: 31 d2
    div esi                              ; 100311: f7 f6
    push eax                             ; 100313: 50
    push ecx                             ; 100314: 51
    call showU                           ; 100315: e8 6a fe ff ff
    add esp, 8                           ; 10031a: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 10031d: b9 dc 10 10 00
    mov eax, ebx                         ; 100322: 89 d8
    xor edx, edx                         ; 100324: 31 d2
    div esi                              ; 100326: f7 f6
    push edx                             ; 100328: 52
    push ecx                             ; 100329: 51
    call showU                           ; 10032a: e8 55 fe ff ff
    add esp, 8                           ; 10032f: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov eax, str_20                      ; 100332: b8 e8 10 10 00
    mov ecx, ebx                         ; 100337: 89 d9
    shr ecx, 4                           ; 100339: c1 e9 04
    push ecx                             ; 10033c: 51
    push eax                             ; 10033d: 50
    call showU                           ; 10033e: e8 41 fe ff ff
    add esp, 8                           ; 100343: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov eax, str_21                      ; 100346: b8 f4 10 10 00
    mov ecx, ebx                         ; 10034b: 89 d9
    add ecx, 0xa                         ; 10034d: 83 c1 0a
    push ecx                             ; 100350: 51
    push eax                             ; 100351: 50
    call showU                           ; 100352: e8 2d fe ff ff
    add esp, 8                           ; 100357: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov eax, str_22                      ; 10035a: b8 00 11 10 00
    mov ecx, esi                         ; 10035f: 89 f1
    sub ecx, 0xb                         ; 100361: 83 e9 0b
    push ecx                             ; 100364: 51
    push eax                             ; 100365: 50
    call showU                           ; 100366: e8 19 fe ff ff
    add esp, 8                           ; 10036b: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov eax, str_23                      ; 10036e: b8 0c 11 10 00
    mov ecx, esi                         ; 100373: 89 f1
    imul ecx, esi                        ; 100375: 0f af ce
    imul ecx, esi                        ; 100378: 0f af ce
    imul ecx, esi                        ; 10037b: 0f af ce
    push ecx                             ; 10037e: 51
    push eax                             ; 10037f: 50
    call showU                           ; 100380: e8 ff fd ff ff
    add esp, 8                           ; 100385: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100388: b8 20 11 10 00
    mov ecx, esi                         ; 10038d: 89 f1
    shl ebx, cl                          ; 10038f: d3 e3
    push ebx                             ; 100391: 53
    push eax                             ; 100392: 50
    call showU                           ; 100393: e8 ec fd ff ff
    add esp, 8                           ; 100398: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10039b: 5e
    pop ebx                              ; 10039c: 5b
    pop ebp                              ; 10039d: 5d
    ret                                  ; 10039e: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 10039f: 55
    mov ebp, esp                         ; 1003a0: 89 e5
    push 0xfffffff9                      ; 1003a2: 6a f9
    push 0x3e8                           ; 1003a4: 68 e8 03 00 00
    call signed                          ; 1003a9: e8 11 fe ff ff
    add esp, 8                           ; 1003ae: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 1003b1: 6a 0a
    push 0xfffffff9                      ; 1003b3: 6a f9
    call unsigned                        ; 1003b5: e8 43 ff ff ff
    add esp, 8                           ; 1003ba: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 1003bd: 6a 00
    call exit                            ; 1003bf: e8 79 fd ff ff
    add esp, 4                           ; 1003c4: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 1003c7: 5d
    ret                                  ; 1003c8: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003c9: 55
    mov ebp, esp                         ; 1003ca: 89 e5
    push ebx                             ; 1003cc: 53
    push esi                             ; 1003cd: 56
    mov eax, [ebp+8]                     ; 1003ce: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003d1: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003d4: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003d7: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003da: 8b 35 00 20 10 00
    push ebx                             ; 1003e0: 53
    push edx                             ; 1003e1: 52
    push ecx                             ; 1003e2: 51
    push eax                             ; 1003e3: 50
    call esi                             ; 1003e4: ff d6
    add esp, 0x10                        ; 1003e6: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003e9: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003ea: f4
    jmp short .L2                        ; 1003eb: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ed: 55
    mov ebp, esp                         ; 1003ee: 89 e5
    sub esp, 4                           ; 1003f0: 83 ec 04
    push ebx                             ; 1003f3: 53
    push esi                             ; 1003f4: 56
    push edi                             ; 1003f5: 57
    mov ebx, [ebp+8]                     ; 1003f6: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003f9: 8b 45 0c
    mov [ebp-4], eax                     ; 1003fc: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003ff: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100402: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 100405: b8 2c 11 10 00
    push eax                             ; 10040a: 50
    call print                           ; 10040b: e8 70 fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100413: 56
    call printU32                        ; 100414: e8 b5 fc ff ff
    add esp, 4                           ; 100419: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 10041c: b8 4c 11 10 00
    push eax                             ; 100421: 50
    call print                           ; 100422: e8 59 fc ff ff
    add esp, 4                           ; 100427: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10042a: 57
    call printU32                        ; 10042b: e8 9e fc ff ff
    add esp, 4                           ; 100430: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 100433: b8 6c 11 10 00
    push eax                             ; 100438: 50
    call print                           ; 100439: e8 42 fc ff ff
    add esp, 4                           ; 10043e: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100441: 53
    call print                           ; 100442: e8 39 fc ff ff
    add esp, 4                           ; 100447: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 10044a: b8 74 11 10 00
    push eax                             ; 10044f: 50
    call print                           ; 100450: e8 2b fc ff ff
    add esp, 4                           ; 100455: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100458: 8b 45 fc
    push eax                             ; 10045b: 50
    call printU32                        ; 10045c: e8 6d fc ff ff
    add esp, 4                           ; 100461: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100464: b8 24 10 10 00
    push eax                             ; 100469: 50
    call println                         ; 10046a: e8 44 fc ff ff
    add esp, 4                           ; 10046f: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100472: 5f
    pop esi                              ; 100473: 5e
    pop ebx                              ; 100474: 5b
    leave                                ; 100475: c9
    ret                                  ; 100476: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1028 - ($ - $$) db 0
str_4:  ; "a + b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2b, 0x20, 0x62
    times 0x1034 - ($ - $$) db 0
str_5:  ; "a - b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2d, 0x20, 0x62
    times 0x1040 - ($ - $$) db 0
str_6:  ; "a * b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2a, 0x20, 0x62
    times 0x104c - ($ - $$) db 0
str_7:  ; "a / b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2f, 0x20, 0x62
    times 0x1058 - ($ - $$) db 0
str_8:  ; "a % b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x25, 0x20, 0x62
    times 0x1064 - ($ - $$) db 0
str_9:  ; "b / 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x2f, 0x20, 0x32
    times 0x1070 - ($ - $$) db 0
str_10:  ; "b % 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x25, 0x20, 0x32
    times 0x107c - ($ - $$) db 0
str_11:  ; "b >> 1"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x1088 - ($ - $$) db 0
str_12:  ; "b << 3"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3c, 0x3c, 0x20, 0x33
    times 0x1094 - ($ - $$) db 0
str_13:  ; "b >>> 28"
    db 0x8, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x10a0 - ($ - $$) db 0
str_14:  ; "-a"
    db 0x2, 0x0, 0x0, 0x0, 0x2d, 0x61
    times 0x10a8 - ($ - $$) db 0
str_15:  ; "~a"
    db 0x2, 0x0, 0x0, 0x0, 0x7e, 0x61
    times 0x10b0 - ($ - $$) db 0
str_16:  ; "a & 0xff | b ^ 3"
    db 0x10, 0x0, 0x0, 0x0, 0x61, 0x20, 0x26, 0x20, 0x30, 0x78, 0x66, 0x66, 0x20, 0x7c, 0x20, 0x62
    db 0x20, 0x5e, 0x20, 0x33
    times 0x10c4 - ($ - $$) db 0
str_17:  ; "max + 1"
    db 0x7, 0x0, 0x0, 0x0, 0x6d, 0x61, 0x78, 0x20, 0x2b, 0x20, 0x31
    times 0x10d0 - ($ - $$) db 0
str_18:  ; "x / y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2f, 0x20, 0x79
    times 0x10dc - ($ - $$) db 0
str_19:  ; "x % y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x25, 0x20, 0x79
    times 0x10e8 - ($ - $$) db 0
str_20:  ; "x >> 4"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3e, 0x3e, 0x20, 0x34
    times 0x10f4 - ($ - $$) db 0
str_21:  ; "x + 10"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x31, 0x30
    times 0x1100 - ($ - $$) db 0
str_22:  ; "y - 11"
    db 0x6, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2d, 0x20, 0x31, 0x31
    times 0x110c - ($ - $$) db 0
str_23:  ; "y * y * y * y"
    db 0xd, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20
    db 0x79
    times 0x1120 - ($ - $$) db 0
str_24:  ; "x << y"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x79
    times 0x112c - ($ - $$) db 0
str_25:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x114c - ($ - $$) db 0
str_26:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x116c - ($ - $$) db 0
str_27:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1174 - ($ - $$) db 0
str_28:  ; ":"
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
