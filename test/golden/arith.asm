; tskc 0.1.0 listing of test/golden/arith.ts
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
    call main                            ; 10003d: e8 0c 03 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 100099: 53
    mov ebx, [esp+8]                     ; 10009a: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009e: 83 fb 0a
    jb short .L2                         ; 1000a1: 72 14
    mov ecx, 0xa                         ; 1000a3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a8: 89 d8
    xor edx, edx                         ; 1000aa: 31 d2
    div ecx                              ; 1000ac: f7 f1
    push eax                             ; 1000ae: 50
    call printU32                        ; 1000af: e8 e5 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bc: 89 d8
    xor edx, edx                         ; 1000be: 31 d2
    div ecx                              ; 1000c0: f7 f1
    lea eax, [edx+0x30]                  ; 1000c2: 8d 42 30
    movzx eax, al                        ; 1000c5: 0f b6 c0
    push eax                             ; 1000c8: 50
    call putc                            ; 1000c9: e8 78 ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d1: 5b
    ret                                  ; 1000d2: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d3: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000d7: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000d9: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000da: f4
    jmp short .L2                        ; 1000db: eb fd

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 1000dd: 53
    mov eax, [esp+8]                     ; 1000de: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000e2: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 1000e6: 50
    call print                           ; 1000e7: e8 89 ff ff ff
    add esp, 4                           ; 1000ec: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 1000ef: b8 00 10 10 00
    push eax                             ; 1000f4: 50
    call print                           ; 1000f5: e8 7b ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fd: 85 db
    jge short .L5                        ; 1000ff: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100101: 6a 2d
    call putc                            ; 100103: e8 3e ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10010b: f7 db
    push ebx                             ; 10010d: 53
    call printU32                        ; 10010e: e8 86 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L2                        ; 100116: eb 09
.L5:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 7b ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L2:
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 100121: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100126: 50
    call print                           ; 100127: e8 49 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10012f: 6a 0a
    call putc                            ; 100131: e8 10 ff ff ff
    add esp, 4                           ; 100136: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 100139: 5b
    ret                                  ; 10013a: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 10013b: 53
    mov eax, [esp+8]                     ; 10013c: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100140: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100144: 50
    call print                           ; 100145: e8 2b ff ff ff
    add esp, 4                           ; 10014a: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10014d: b8 00 10 10 00
    push eax                             ; 100152: 50
    call print                           ; 100153: e8 1d ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10015b: 53
    call printU32                        ; 10015c: e8 38 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100164: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100169: 50
    call print                           ; 10016a: e8 06 ff ff ff
    add esp, 4                           ; 10016f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100172: 6a 0a
    call putc                            ; 100174: e8 cd fe ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 10017c: 5b
    ret                                  ; 10017d: c3

signed:
    ; test/golden/arith.ts:21: /** @noinline */ function signed(a: i32, b: i32): void {
    push ebx                             ; 10017e: 53
    push esi                             ; 10017f: 56
    push edi                             ; 100180: 57
    mov ebx, [esp+0x10]                  ; 100181: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 100185: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 100189: b9 0c 10 10 00
    lea eax, [ebx+esi]                   ; 10018e: 8d 04 33
    push eax                             ; 100191: 50
    push ecx                             ; 100192: 51
    call show                            ; 100193: e8 45 ff ff ff
    add esp, 8                           ; 100198: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 10019b: b9 18 10 10 00
    mov eax, ebx                         ; 1001a0: 89 d8
    sub eax, esi                         ; 1001a2: 29 f0
    push eax                             ; 1001a4: 50
    push ecx                             ; 1001a5: 51
    call show                            ; 1001a6: e8 32 ff ff ff
    add esp, 8                           ; 1001ab: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001ae: b9 24 10 10 00
    mov eax, ebx                         ; 1001b3: 89 d8
    imul eax, esi                        ; 1001b5: 0f af c6
    push eax                             ; 1001b8: 50
    push ecx                             ; 1001b9: 51
    call show                            ; 1001ba: e8 1e ff ff ff
    add esp, 8                           ; 1001bf: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001c2: b9 30 10 10 00
    mov eax, ebx                         ; 1001c7: 89 d8
    cdq                                  ; 1001c9: 99
    idiv esi                             ; 1001ca: f7 fe
    push eax                             ; 1001cc: 50
    push ecx                             ; 1001cd: 51
    call show                            ; 1001ce: e8 0a ff ff ff
    add esp, 8                           ; 1001d3: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001d6: b9 3c 10 10 00
    mov eax, ebx                         ; 1001db: 89 d8
    cdq                                  ; 1001dd: 99
    idiv esi                             ; 1001de: f7 fe
    push edx                             ; 1001e0: 52
    push ecx                             ; 1001e1: 51
    call show                            ; 1001e2: e8 f6 fe ff ff
    add esp, 8                           ; 1001e7: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 1001ea: b9 48 10 10 00
    mov eax, esi                         ; 1001ef: 89 f0
    shr eax, 0x1f                        ; 1001f1: c1 e8 1f
    add eax, esi                         ; 1001f4: 01 f0
    sar eax, 1                           ; 1001f6: d1 f8
    push eax                             ; 1001f8: 50
    push ecx                             ; 1001f9: 51
    call show                            ; 1001fa: e8 de fe ff ff
    add esp, 8                           ; 1001ff: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100202: b9 54 10 10 00
    mov edi, 2                           ; 100207: bf 02 00 00 00
    mov eax, esi                         ; 10020c: 89 f0
    cdq                                  ; 10020e: 99
    idiv edi                             ; 10020f: f7 ff
    push edx                             ; 100211: 52
    push ecx                             ; 100212: 51
    call show                            ; 100213: e8 c5 fe ff ff
    add esp, 8                           ; 100218: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 10021b: b9 60 10 10 00
    mov eax, esi                         ; 100220: 89 f0
    sar eax, 1                           ; 100222: d1 f8
    push eax                             ; 100224: 50
    push ecx                             ; 100225: 51
    call show                            ; 100226: e8 b2 fe ff ff
    add esp, 8                           ; 10022b: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 10022e: b9 6c 10 10 00
    mov eax, esi                         ; 100233: 89 f0
    shl eax, 3                           ; 100235: c1 e0 03
    push eax                             ; 100238: 50
    push ecx                             ; 100239: 51
    call show                            ; 10023a: e8 9e fe ff ff
    add esp, 8                           ; 10023f: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 100242: b9 78 10 10 00
    mov eax, esi                         ; 100247: 89 f0
    shr eax, 0x1c                        ; 100249: c1 e8 1c
    push eax                             ; 10024c: 50
    push ecx                             ; 10024d: 51
    call show                            ; 10024e: e8 8a fe ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 100256: b9 84 10 10 00
    mov eax, ebx                         ; 10025b: 89 d8
    neg eax                              ; 10025d: f7 d8
    push eax                             ; 10025f: 50
    push ecx                             ; 100260: 51
    call show                            ; 100261: e8 77 fe ff ff
    add esp, 8                           ; 100266: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 100269: b9 8c 10 10 00
    mov eax, ebx                         ; 10026e: 89 d8
    not eax                              ; 100270: f7 d0
    push eax                             ; 100272: 50
    push ecx                             ; 100273: 51
    call show                            ; 100274: e8 64 fe ff ff
    add esp, 8                           ; 100279: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 10027c: b9 94 10 10 00
    xor esi, 3                           ; 100281: 83 f6 03
    mov eax, ebx                         ; 100284: 89 d8
    and eax, 0xff                        ; 100286: 25 ff 00 00 00
    or eax, esi                          ; 10028b: 09 f0
    push eax                             ; 10028d: 50
    push ecx                             ; 10028e: 51
    call show                            ; 10028f: e8 49 fe ff ff
    add esp, 8                           ; 100294: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov ecx, str_17                      ; 100297: b9 a8 10 10 00
    sub ebx, ebx                         ; 10029c: 29 db
    lea eax, [ebx-0x80000000]            ; 10029e: 8d 83 00 00 00 80
    push eax                             ; 1002a4: 50
    push ecx                             ; 1002a5: 51
    call show                            ; 1002a6: e8 32 fe ff ff
    add esp, 8                           ; 1002ab: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002ae: 5f
    pop esi                              ; 1002af: 5e
    pop ebx                              ; 1002b0: 5b
    ret                                  ; 1002b1: c3

unsigned:
    ; test/golden/arith.ts:38: /** @noinline */ function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002b2: 53
    push esi                             ; 1002b3: 56
    mov ebx, [esp+0xc]                   ; 1002b4: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002b8: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002bc: b9 b4 10 10 00
    mov eax, ebx                         ; 1002c1: 89 d8
    xor edx, edx                         ; 1002c3: 31 d2
    div esi                              ; 1002c5: f7 f6
    push eax                             ; 1002c7: 50
    push ecx                             ; 1002c8: 51
    call showU                           ; 1002c9: e8 6d fe ff ff
    add esp, 8                           ; 1002ce: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002d1: b9 c0 10 10 00
    mov eax, ebx                         ; 1002d6: 89 d8
    xor edx, edx                         ; 1002d8: 31 d2
    div esi                              ; 1002da: f7 f6
    push edx                             ; 1002dc: 52
    push ecx                             ; 1002dd: 51
    call showU                           ; 1002de: e8 58 fe ff ff
    add esp, 8                           ; 1002e3: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 1002e6: b9 cc 10 10 00
    mov eax, ebx                         ; 1002eb: 89 d8
    shr eax, 4                           ; 1002ed: c1 e8 04
    push eax                             ; 1002f0: 50
    push ecx                             ; 1002f1: 51
    call showU                           ; 1002f2: e8 44 fe ff ff
    add esp, 8                           ; 1002f7: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 1002fa: b9 d8 10 10 00
    lea eax, [ebx+0xa]                   ; 1002ff: 8d 43 0a
    push eax                             ; 100302: 50
    push ecx                             ; 100303: 51
    call showU                           ; 100304: e8 32 fe ff ff
    add esp, 8                           ; 100309: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 10030c: b9 e4 10 10 00
    lea eax, [esi-0xb]                   ; 100311: 8d 46 f5
    push eax                             ; 100314: 50
    push ecx                             ; 100315: 51
    call showU                           ; 100316: e8 20 fe ff ff
    add esp, 8                           ; 10031b: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 10031e: b9 f0 10 10 00
    mov eax, esi                         ; 100323: 89 f0
    imul eax, esi                        ; 100325: 0f af c6
    imul eax, esi                        ; 100328: 0f af c6
    imul eax, esi                        ; 10032b: 0f af c6
    push eax                             ; 10032e: 50
    push ecx                             ; 10032f: 51
    call showU                           ; 100330: e8 06 fe ff ff
    add esp, 8                           ; 100335: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100338: b8 04 11 10 00
    mov ecx, esi                         ; 10033d: 89 f1
    shl ebx, cl                          ; 10033f: d3 e3
    push ebx                             ; 100341: 53
    push eax                             ; 100342: 50
    call showU                           ; 100343: e8 f3 fd ff ff
    add esp, 8                           ; 100348: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10034b: 5e
    pop ebx                              ; 10034c: 5b
    ret                                  ; 10034d: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 10034e: 6a f9
    push 0x3e8                           ; 100350: 68 e8 03 00 00
    call signed                          ; 100355: e8 24 fe ff ff
    add esp, 8                           ; 10035a: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 10035d: 6a 0a
    push 0xfffffff9                      ; 10035f: 6a f9
    call unsigned                        ; 100361: e8 4c ff ff ff
    add esp, 8                           ; 100366: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 100369: 6a 00
    call exit                            ; 10036b: e8 63 fd ff ff
    add esp, 4                           ; 100370: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 100373: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_4:  ; "a + b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2b, 0x20, 0x62
    times 0x1018 - ($ - $$) db 0
str_5:  ; "a - b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2d, 0x20, 0x62
    times 0x1024 - ($ - $$) db 0
str_6:  ; "a * b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2a, 0x20, 0x62
    times 0x1030 - ($ - $$) db 0
str_7:  ; "a / b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x2f, 0x20, 0x62
    times 0x103c - ($ - $$) db 0
str_8:  ; "a % b"
    db 0x5, 0x0, 0x0, 0x0, 0x61, 0x20, 0x25, 0x20, 0x62
    times 0x1048 - ($ - $$) db 0
str_9:  ; "b / 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x2f, 0x20, 0x32
    times 0x1054 - ($ - $$) db 0
str_10:  ; "b % 2"
    db 0x5, 0x0, 0x0, 0x0, 0x62, 0x20, 0x25, 0x20, 0x32
    times 0x1060 - ($ - $$) db 0
str_11:  ; "b >> 1"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x106c - ($ - $$) db 0
str_12:  ; "b << 3"
    db 0x6, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3c, 0x3c, 0x20, 0x33
    times 0x1078 - ($ - $$) db 0
str_13:  ; "b >>> 28"
    db 0x8, 0x0, 0x0, 0x0, 0x62, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x1084 - ($ - $$) db 0
str_14:  ; "-a"
    db 0x2, 0x0, 0x0, 0x0, 0x2d, 0x61
    times 0x108c - ($ - $$) db 0
str_15:  ; "~a"
    db 0x2, 0x0, 0x0, 0x0, 0x7e, 0x61
    times 0x1094 - ($ - $$) db 0
str_16:  ; "a & 0xff | b ^ 3"
    db 0x10, 0x0, 0x0, 0x0, 0x61, 0x20, 0x26, 0x20, 0x30, 0x78, 0x66, 0x66, 0x20, 0x7c, 0x20, 0x62
    db 0x20, 0x5e, 0x20, 0x33
    times 0x10a8 - ($ - $$) db 0
str_17:  ; "max + 1"
    db 0x7, 0x0, 0x0, 0x0, 0x6d, 0x61, 0x78, 0x20, 0x2b, 0x20, 0x31
    times 0x10b4 - ($ - $$) db 0
str_18:  ; "x / y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2f, 0x20, 0x79
    times 0x10c0 - ($ - $$) db 0
str_19:  ; "x % y"
    db 0x5, 0x0, 0x0, 0x0, 0x78, 0x20, 0x25, 0x20, 0x79
    times 0x10cc - ($ - $$) db 0
str_20:  ; "x >> 4"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3e, 0x3e, 0x20, 0x34
    times 0x10d8 - ($ - $$) db 0
str_21:  ; "x + 10"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x31, 0x30
    times 0x10e4 - ($ - $$) db 0
str_22:  ; "y - 11"
    db 0x6, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2d, 0x20, 0x31, 0x31
    times 0x10f0 - ($ - $$) db 0
str_23:  ; "y * y * y * y"
    db 0xd, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20, 0x79, 0x20, 0x2a, 0x20
    db 0x79
    times 0x1104 - ($ - $$) db 0
str_24:  ; "x << y"
    db 0x6, 0x0, 0x0, 0x0, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x79

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
