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
    call main                            ; 10003d: e8 0d 03 00 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000d8: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000da: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000db: f4
    jmp short .L2                        ; 1000dc: eb fd

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebx                             ; 1000de: 53
    mov eax, [esp+8]                     ; 1000df: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000e3: 8b 5c 24 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 1000e7: 50
    call print                           ; 1000e8: e8 88 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 1000f0: b8 00 10 10 00
    push eax                             ; 1000f5: 50
    call print                           ; 1000f6: e8 7a ff ff ff
    add esp, 4                           ; 1000fb: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L5                        ; 100100: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10010c: f7 db
    push ebx                             ; 10010e: 53
    call printU32                        ; 10010f: e8 86 ff ff ff
    add esp, 4                           ; 100114: 83 c4 04
    jmp short .L2                        ; 100117: eb 09
.L5:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100119: 53
    call printU32                        ; 10011a: e8 7b ff ff ff
    add esp, 4                           ; 10011f: 83 c4 04
.L2:
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 100122: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100127: 50
    call print                           ; 100128: e8 48 ff ff ff
    add esp, 4                           ; 10012d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100130: 6a 0a
    call putc                            ; 100132: e8 0f ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10013a: 5b
    ret                                  ; 10013b: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebx                             ; 10013c: 53
    mov eax, [esp+8]                     ; 10013d: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100141: 8b 5c 24 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100145: 50
    call print                           ; 100146: e8 2a ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 10014e: b8 00 10 10 00
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 1c ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 10015c: 53
    call printU32                        ; 10015d: e8 38 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100165: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10016a: 50
    call print                           ; 10016b: e8 05 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100173: 6a 0a
    call putc                            ; 100175: e8 cc fe ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 10017d: 5b
    ret                                  ; 10017e: c3

signed:
    ; test/golden/arith.ts:21: /** @noinline */ function signed(a: i32, b: i32): void {
    push ebx                             ; 10017f: 53
    push esi                             ; 100180: 56
    push edi                             ; 100181: 57
    mov ebx, [esp+0x10]                  ; 100182: 8b 5c 24 10
    mov esi, [esp+0x14]                  ; 100186: 8b 74 24 14
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 10018a: b9 0c 10 10 00
    lea eax, [ebx+esi]                   ; 10018f: 8d 04 33
    push eax                             ; 100192: 50
    push ecx                             ; 100193: 51
    call show                            ; 100194: e8 45 ff ff ff
    add esp, 8                           ; 100199: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 10019c: b9 18 10 10 00
    mov eax, ebx                         ; 1001a1: 89 d8
    sub eax, esi                         ; 1001a3: 29 f0
    push eax                             ; 1001a5: 50
    push ecx                             ; 1001a6: 51
    call show                            ; 1001a7: e8 32 ff ff ff
    add esp, 8                           ; 1001ac: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001af: b9 24 10 10 00
    mov eax, ebx                         ; 1001b4: 89 d8
    imul eax, esi                        ; 1001b6: 0f af c6
    push eax                             ; 1001b9: 50
    push ecx                             ; 1001ba: 51
    call show                            ; 1001bb: e8 1e ff ff ff
    add esp, 8                           ; 1001c0: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001c3: b9 30 10 10 00
    mov eax, ebx                         ; 1001c8: 89 d8
    cdq                                  ; 1001ca: 99
    idiv esi                             ; 1001cb: f7 fe
    push eax                             ; 1001cd: 50
    push ecx                             ; 1001ce: 51
    call show                            ; 1001cf: e8 0a ff ff ff
    add esp, 8                           ; 1001d4: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 1001d7: b9 3c 10 10 00
    mov eax, ebx                         ; 1001dc: 89 d8
    cdq                                  ; 1001de: 99
    idiv esi                             ; 1001df: f7 fe
    push edx                             ; 1001e1: 52
    push ecx                             ; 1001e2: 51
    call show                            ; 1001e3: e8 f6 fe ff ff
    add esp, 8                           ; 1001e8: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 1001eb: b9 48 10 10 00
    mov eax, esi                         ; 1001f0: 89 f0
    shr eax, 0x1f                        ; 1001f2: c1 e8 1f
    add eax, esi                         ; 1001f5: 01 f0
    sar eax, 1                           ; 1001f7: d1 f8
    push eax                             ; 1001f9: 50
    push ecx                             ; 1001fa: 51
    call show                            ; 1001fb: e8 de fe ff ff
    add esp, 8                           ; 100200: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100203: b9 54 10 10 00
    mov edi, 2                           ; 100208: bf 02 00 00 00
    mov eax, esi                         ; 10020d: 89 f0
    cdq                                  ; 10020f: 99
    idiv edi                             ; 100210: f7 ff
    push edx                             ; 100212: 52
    push ecx                             ; 100213: 51
    call show                            ; 100214: e8 c5 fe ff ff
    add esp, 8                           ; 100219: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 10021c: b9 60 10 10 00
    mov eax, esi                         ; 100221: 89 f0
    sar eax, 1                           ; 100223: d1 f8
    push eax                             ; 100225: 50
    push ecx                             ; 100226: 51
    call show                            ; 100227: e8 b2 fe ff ff
    add esp, 8                           ; 10022c: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 10022f: b9 6c 10 10 00
    mov eax, esi                         ; 100234: 89 f0
    shl eax, 3                           ; 100236: c1 e0 03
    push eax                             ; 100239: 50
    push ecx                             ; 10023a: 51
    call show                            ; 10023b: e8 9e fe ff ff
    add esp, 8                           ; 100240: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 100243: b9 78 10 10 00
    mov eax, esi                         ; 100248: 89 f0
    shr eax, 0x1c                        ; 10024a: c1 e8 1c
    push eax                             ; 10024d: 50
    push ecx                             ; 10024e: 51
    call show                            ; 10024f: e8 8a fe ff ff
    add esp, 8                           ; 100254: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 100257: b9 84 10 10 00
    mov eax, ebx                         ; 10025c: 89 d8
    neg eax                              ; 10025e: f7 d8
    push eax                             ; 100260: 50
    push ecx                             ; 100261: 51
    call show                            ; 100262: e8 77 fe ff ff
    add esp, 8                           ; 100267: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 10026a: b9 8c 10 10 00
    mov eax, ebx                         ; 10026f: 89 d8
    not eax                              ; 100271: f7 d0
    push eax                             ; 100273: 50
    push ecx                             ; 100274: 51
    call show                            ; 100275: e8 64 fe ff ff
    add esp, 8                           ; 10027a: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 10027d: b9 94 10 10 00
    xor esi, 3                           ; 100282: 83 f6 03
    mov eax, ebx                         ; 100285: 89 d8
    and eax, 0xff                        ; 100287: 25 ff 00 00 00
    or eax, esi                          ; 10028c: 09 f0
    push eax                             ; 10028e: 50
    push ecx                             ; 10028f: 51
    call show                            ; 100290: e8 49 fe ff ff
    add esp, 8                           ; 100295: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov ecx, str_17                      ; 100298: b9 a8 10 10 00
    sub ebx, ebx                         ; 10029d: 29 db
    lea eax, [ebx-0x80000000]            ; 10029f: 8d 83 00 00 00 80
    push eax                             ; 1002a5: 50
    push ecx                             ; 1002a6: 51
    call show                            ; 1002a7: e8 32 fe ff ff
    add esp, 8                           ; 1002ac: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002af: 5f
    pop esi                              ; 1002b0: 5e
    pop ebx                              ; 1002b1: 5b
    ret                                  ; 1002b2: c3

unsigned:
    ; test/golden/arith.ts:38: /** @noinline */ function unsigned(x: u32, y: u32): void {
    push ebx                             ; 1002b3: 53
    push esi                             ; 1002b4: 56
    mov ebx, [esp+0xc]                   ; 1002b5: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 1002b9: 8b 74 24 10
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002bd: b9 b4 10 10 00
    mov eax, ebx                         ; 1002c2: 89 d8
    xor edx, edx                         ; 1002c4: 31 d2
    div esi                              ; 1002c6: f7 f6
    push eax                             ; 1002c8: 50
    push ecx                             ; 1002c9: 51
    call showU                           ; 1002ca: e8 6d fe ff ff
    add esp, 8                           ; 1002cf: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 1002d2: b9 c0 10 10 00
    mov eax, ebx                         ; 1002d7: 89 d8
    xor edx, edx                         ; 1002d9: 31 d2
    div esi                              ; 1002db: f7 f6
    push edx                             ; 1002dd: 52
    push ecx                             ; 1002de: 51
    call showU                           ; 1002df: e8 58 fe ff ff
    add esp, 8                           ; 1002e4: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 1002e7: b9 cc 10 10 00
    mov eax, ebx                         ; 1002ec: 89 d8
    shr eax, 4                           ; 1002ee: c1 e8 04
    push eax                             ; 1002f1: 50
    push ecx                             ; 1002f2: 51
    call showU                           ; 1002f3: e8 44 fe ff ff
    add esp, 8                           ; 1002f8: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 1002fb: b9 d8 10 10 00
    lea eax, [ebx+0xa]                   ; 100300: 8d 43 0a
    push eax                             ; 100303: 50
    push ecx                             ; 100304: 51
    call showU                           ; 100305: e8 32 fe ff ff
    add esp, 8                           ; 10030a: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 10030d: b9 e4 10 10 00
    lea eax, [esi-0xb]                   ; 100312: 8d 46 f5
    push eax                             ; 100315: 50
    push ecx                             ; 100316: 51
    call showU                           ; 100317: e8 20 fe ff ff
    add esp, 8                           ; 10031c: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 10031f: b9 f0 10 10 00
    mov eax, esi                         ; 100324: 89 f0
    imul eax, esi                        ; 100326: 0f af c6
    imul eax, esi                        ; 100329: 0f af c6
    imul eax, esi                        ; 10032c: 0f af c6
    push eax                             ; 10032f: 50
    push ecx                             ; 100330: 51
    call showU                           ; 100331: e8 06 fe ff ff
    add esp, 8                           ; 100336: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100339: b8 04 11 10 00
    mov ecx, esi                         ; 10033e: 89 f1
    shl ebx, cl                          ; 100340: d3 e3
    push ebx                             ; 100342: 53
    push eax                             ; 100343: 50
    call showU                           ; 100344: e8 f3 fd ff ff
    add esp, 8                           ; 100349: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10034c: 5e
    pop ebx                              ; 10034d: 5b
    ret                                  ; 10034e: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push 0xfffffff9                      ; 10034f: 6a f9
    push 0x3e8                           ; 100351: 68 e8 03 00 00
    call signed                          ; 100356: e8 24 fe ff ff
    add esp, 8                           ; 10035b: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 10035e: 6a 0a
    push 0xfffffff9                      ; 100360: 6a f9
    call unsigned                        ; 100362: e8 4c ff ff ff
    add esp, 8                           ; 100367: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 10036a: 6a 00
    call exit                            ; 10036c: e8 63 fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/arith.ts:52: }
    ret                                  ; 100374: c3

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
