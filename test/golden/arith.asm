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
    call main                            ; 10003d: e8 56 03 00 00
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

show:
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    push ebx                             ; 100148: 53
    mov eax, [ebp+8]                     ; 100149: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10014c: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10014f: 50
    call print                           ; 100150: e8 2b ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100158: b8 1c 10 10 00
    push eax                             ; 10015d: 50
    call print                           ; 10015e: e8 1d ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100166: 53
    call printI32                        ; 100167: e8 9d ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10016f: b8 24 10 10 00
    push eax                             ; 100174: 50
    call println                         ; 100175: e8 37 ff ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10017d: 5b
    pop ebp                              ; 10017e: 5d
    ret                                  ; 10017f: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 100180: 55
    mov ebp, esp                         ; 100181: 89 e5
    push ebx                             ; 100183: 53
    mov eax, [ebp+8]                     ; 100184: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100187: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 10018a: 50
    call print                           ; 10018b: e8 f0 fe ff ff
    add esp, 4                           ; 100190: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 100193: b8 1c 10 10 00
    push eax                             ; 100198: 50
    call print                           ; 100199: e8 e2 fe ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 1001a1: 53
    call printU32                        ; 1001a2: e8 25 ff ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 1001aa: b8 24 10 10 00
    push eax                             ; 1001af: 50
    call println                         ; 1001b0: e8 fc fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001b8: 5b
    pop ebp                              ; 1001b9: 5d
    ret                                  ; 1001ba: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001bb: 55
    mov ebp, esp                         ; 1001bc: 89 e5
    push ebx                             ; 1001be: 53
    push esi                             ; 1001bf: 56
    push edi                             ; 1001c0: 57
    mov ebx, [ebp+8]                     ; 1001c1: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001c4: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov ecx, str_4                       ; 1001c7: b9 28 10 10 00
    mov eax, ebx                         ; 1001cc: 89 d8
    add eax, esi                         ; 1001ce: 01 f0
    push eax                             ; 1001d0: 50
    push ecx                             ; 1001d1: 51
    call show                            ; 1001d2: e8 6e ff ff ff
    add esp, 8                           ; 1001d7: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov ecx, str_5                       ; 1001da: b9 34 10 10 00
    mov eax, ebx                         ; 1001df: 89 d8
    sub eax, esi                         ; 1001e1: 29 f0
    push eax                             ; 1001e3: 50
    push ecx                             ; 1001e4: 51
    call show                            ; 1001e5: e8 5b ff ff ff
    add esp, 8                           ; 1001ea: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov ecx, str_6                       ; 1001ed: b9 40 10 10 00
    mov eax, ebx                         ; 1001f2: 89 d8
    imul eax, esi                        ; 1001f4: 0f af c6
    push eax                             ; 1001f7: 50
    push ecx                             ; 1001f8: 51
    call show                            ; 1001f9: e8 47 ff ff ff
    add esp, 8                           ; 1001fe: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 100201: b9 4c 10 10 00
    mov eax, ebx                         ; 100206: 89 d8
    cdq                                  ; 100208: 99
    idiv esi                             ; 100209: f7 fe
    push eax                             ; 10020b: 50
    push ecx                             ; 10020c: 51
    call show                            ; 10020d: e8 33 ff ff ff
    add esp, 8                           ; 100212: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 100215: b9 58 10 10 00
    mov eax, ebx                         ; 10021a: 89 d8
    cdq                                  ; 10021c: 99
    idiv esi                             ; 10021d: f7 fe
    push edx                             ; 10021f: 52
    push ecx                             ; 100220: 51
    call show                            ; 100221: e8 1f ff ff ff
    add esp, 8                           ; 100226: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov ecx, str_9                       ; 100229: b9 64 10 10 00
    mov edi, 2                           ; 10022e: bf 02 00 00 00
    mov eax, esi                         ; 100233: 89 f0
    cdq                                  ; 100235: 99
    idiv edi                             ; 100236: f7 ff
    push eax                             ; 100238: 50
    push ecx                             ; 100239: 51
    call show                            ; 10023a: e8 06 ff ff ff
    add esp, 8                           ; 10023f: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 100242: b9 70 10 10 00
    mov edi, 2                           ; 100247: bf 02 00 00 00
    mov eax, esi                         ; 10024c: 89 f0
    cdq                                  ; 10024e: 99
    idiv edi                             ; 10024f: f7 ff
    push edx                             ; 100251: 52
    push ecx                             ; 100252: 51
    call show                            ; 100253: e8 ed fe ff ff
    add esp, 8                           ; 100258: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov ecx, str_11                      ; 10025b: b9 7c 10 10 00
    mov eax, esi                         ; 100260: 89 f0
    sar eax, 1                           ; 100262: d1 f8
    push eax                             ; 100264: 50
    push ecx                             ; 100265: 51
    call show                            ; 100266: e8 da fe ff ff
    add esp, 8                           ; 10026b: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov ecx, str_12                      ; 10026e: b9 88 10 10 00
    mov eax, esi                         ; 100273: 89 f0
    shl eax, 3                           ; 100275: c1 e0 03
    push eax                             ; 100278: 50
    push ecx                             ; 100279: 51
    call show                            ; 10027a: e8 c6 fe ff ff
    add esp, 8                           ; 10027f: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov ecx, str_13                      ; 100282: b9 94 10 10 00
    mov eax, esi                         ; 100287: 89 f0
    shr eax, 0x1c                        ; 100289: c1 e8 1c
    push eax                             ; 10028c: 50
    push ecx                             ; 10028d: 51
    call show                            ; 10028e: e8 b2 fe ff ff
    add esp, 8                           ; 100293: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov ecx, str_14                      ; 100296: b9 a0 10 10 00
    mov eax, ebx                         ; 10029b: 89 d8
    neg eax                              ; 10029d: f7 d8
    push eax                             ; 10029f: 50
    push ecx                             ; 1002a0: 51
    call show                            ; 1002a1: e8 9f fe ff ff
    add esp, 8                           ; 1002a6: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov ecx, str_15                      ; 1002a9: b9 a8 10 10 00
    mov eax, ebx                         ; 1002ae: 89 d8
    not eax                              ; 1002b0: f7 d0
    push eax                             ; 1002b2: 50
    push ecx                             ; 1002b3: 51
    call show                            ; 1002b4: e8 8c fe ff ff
    add esp, 8                           ; 1002b9: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov ecx, str_16                      ; 1002bc: b9 b0 10 10 00
    mov eax, ebx                         ; 1002c1: 89 d8
    and eax, 0xff                        ; 1002c3: 25 ff 00 00 00
    xor esi, 3                           ; 1002c8: 83 f6 03
    or eax, esi                          ; 1002cb: 09 f0
    push eax                             ; 1002cd: 50
    push ecx                             ; 1002ce: 51
    call show                            ; 1002cf: e8 71 fe ff ff
    add esp, 8                           ; 1002d4: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002d7: b8 c4 10 10 00
    sub ebx, ebx                         ; 1002dc: 29 db
    add ebx, 0x7fffffff                  ; 1002de: 81 c3 ff ff ff 7f
    add ebx, 1                           ; 1002e4: 83 c3 01
    push ebx                             ; 1002e7: 53
    push eax                             ; 1002e8: 50
    call show                            ; 1002e9: e8 57 fe ff ff
    add esp, 8                           ; 1002ee: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002f1: 5f
    pop esi                              ; 1002f2: 5e
    pop ebx                              ; 1002f3: 5b
    pop ebp                              ; 1002f4: 5d
    ret                                  ; 1002f5: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 1002f6: 55
    mov ebp, esp                         ; 1002f7: 89 e5
    push ebx                             ; 1002f9: 53
    push esi                             ; 1002fa: 56
    mov ebx, [ebp+8]                     ; 1002fb: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002fe: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 100301: b9 d0 10 10 00
    mov eax, ebx                         ; 100306: 89 d8
    xor edx, edx                         ; 100308: 31 d2
    div esi                              ; 10030a: f7 f6
    push eax                             ; 10030c: 50
    push ecx                             ; 10030d: 51
    call showU                           ; 10030e: e8 6d fe ff ff
    add esp, 8                           ; 100313: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 100316: b9 dc 10 10 00
    mov eax, ebx                         ; 10031b: 89 d8
    xor edx, edx                         ; 10031d: 31 d2
    div esi                              ; 10031f: f7 f6
    push edx                             ; 100321: 52
    push ecx                             ; 100322: 51
    call showU                           ; 100323: e8 58 fe ff ff
    add esp, 8                           ; 100328: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov ecx, str_20                      ; 10032b: b9 e8 10 10 00
    mov eax, ebx                         ; 100330: 89 d8
    shr eax, 4                           ; 100332: c1 e8 04
    push eax                             ; 100335: 50
    push ecx                             ; 100336: 51
    call showU                           ; 100337: e8 44 fe ff ff
    add esp, 8                           ; 10033c: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov ecx, str_21                      ; 10033f: b9 f4 10 10 00
    mov eax, ebx                         ; 100344: 89 d8
    add eax, 0xa                         ; 100346: 83 c0 0a
    push eax                             ; 100349: 50
    push ecx                             ; 10034a: 51
    call showU                           ; 10034b: e8 30 fe ff ff
    add esp, 8                           ; 100350: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov ecx, str_22                      ; 100353: b9 00 11 10 00
    mov eax, esi                         ; 100358: 89 f0
    sub eax, 0xb                         ; 10035a: 83 e8 0b
    push eax                             ; 10035d: 50
    push ecx                             ; 10035e: 51
    call showU                           ; 10035f: e8 1c fe ff ff
    add esp, 8                           ; 100364: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov ecx, str_23                      ; 100367: b9 0c 11 10 00
    mov eax, esi                         ; 10036c: 89 f0
    imul eax, esi                        ; 10036e: 0f af c6
    imul eax, esi                        ; 100371: 0f af c6
    imul eax, esi                        ; 100374: 0f af c6
    push eax                             ; 100377: 50
    push ecx                             ; 100378: 51
    call showU                           ; 100379: e8 02 fe ff ff
    add esp, 8                           ; 10037e: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 100381: b8 20 11 10 00
    mov ecx, esi                         ; 100386: 89 f1
    shl ebx, cl                          ; 100388: d3 e3
    push ebx                             ; 10038a: 53
    push eax                             ; 10038b: 50
    call showU                           ; 10038c: e8 ef fd ff ff
    add esp, 8                           ; 100391: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 100394: 5e
    pop ebx                              ; 100395: 5b
    pop ebp                              ; 100396: 5d
    ret                                  ; 100397: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 100398: 55
    mov ebp, esp                         ; 100399: 89 e5
    push 0xfffffff9                      ; 10039b: 6a f9
    push 0x3e8                           ; 10039d: 68 e8 03 00 00
    call signed                          ; 1003a2: e8 14 fe ff ff
    add esp, 8                           ; 1003a7: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 1003aa: 6a 0a
    push 0xfffffff9                      ; 1003ac: 6a f9
    call unsigned                        ; 1003ae: e8 43 ff ff ff
    add esp, 8                           ; 1003b3: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 1003b6: 6a 00
    call exit                            ; 1003b8: e8 7c fd ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 1003c0: 5d
    ret                                  ; 1003c1: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003c2: 55
    mov ebp, esp                         ; 1003c3: 89 e5
    push ebx                             ; 1003c5: 53
    push esi                             ; 1003c6: 56
    mov esi, [ebp+8]                     ; 1003c7: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 1003ca: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 1003cd: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 1003d0: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003d3: a1 00 20 10 00
    push ecx                             ; 1003d8: 51
    push edx                             ; 1003d9: 52
    push ebx                             ; 1003da: 53
    push esi                             ; 1003db: 56
    call eax                             ; 1003dc: ff d0
    add esp, 0x10                        ; 1003de: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003e1: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003e2: f4
    jmp short .L2                        ; 1003e3: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003e5: 55
    mov ebp, esp                         ; 1003e6: 89 e5
    sub esp, 4                           ; 1003e8: 83 ec 04
    push ebx                             ; 1003eb: 53
    push esi                             ; 1003ec: 56
    push edi                             ; 1003ed: 57
    mov eax, [ebp+8]                     ; 1003ee: 8b 45 08
    mov [ebp-4], eax                     ; 1003f1: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1003f4: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 1003f7: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 1003fa: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003fd: b8 2c 11 10 00
    push eax                             ; 100402: 50
    call print                           ; 100403: e8 78 fc ff ff
    add esp, 4                           ; 100408: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10040b: 57
    call printU32                        ; 10040c: e8 bb fc ff ff
    add esp, 4                           ; 100411: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 100414: b8 4c 11 10 00
    push eax                             ; 100419: 50
    call print                           ; 10041a: e8 61 fc ff ff
    add esp, 4                           ; 10041f: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100422: 56
    call printU32                        ; 100423: e8 a4 fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 10042b: b8 6c 11 10 00
    push eax                             ; 100430: 50
    call print                           ; 100431: e8 4a fc ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 100439: ff 75 fc
    call print                           ; 10043c: e8 3f fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 100444: b8 74 11 10 00
    push eax                             ; 100449: 50
    call print                           ; 10044a: e8 31 fc ff ff
    add esp, 4                           ; 10044f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100452: 53
    call printU32                        ; 100453: e8 74 fc ff ff
    add esp, 4                           ; 100458: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10045b: b8 24 10 10 00
    push eax                             ; 100460: 50
    call println                         ; 100461: e8 4b fc ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100469: 5f
    pop esi                              ; 10046a: 5e
    pop ebx                              ; 10046b: 5b
    leave                                ; 10046c: c9
    ret                                  ; 10046d: c3

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
