; tskc 0.1.0 listing of test/golden/order.ts
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
    call main                            ; 10003d: e8 58 03 00 00
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
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    push ebx                             ; 100148: 53
    mov eax, [ebp+8]                     ; 100149: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10014c: 8b 5d 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 10014f: 50
    call print                           ; 100150: e8 2b ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100158: b8 1c 10 10 00
    push eax                             ; 10015d: 50
    call print                           ; 10015e: e8 1d ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100166: 53
    call printI32                        ; 100167: e8 9d ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 10016f: b8 24 10 10 00
    push eax                             ; 100174: 50
    call println                         ; 100175: e8 37 ff ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10017d: 5b
    pop ebp                              ; 10017e: 5d
    ret                                  ; 10017f: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    push ebp                             ; 100180: 55
    mov ebp, esp                         ; 100181: 89 e5
    mov eax, [ebp+8]                     ; 100183: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100186: 8b 4d 0c
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100189: 6b c0 0a
    add eax, ecx                         ; 10018c: 01 c8
    pop ebp                              ; 10018e: 5d
    ret                                  ; 10018f: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    push ebp                             ; 100190: 55
    mov ebp, esp                         ; 100191: 89 e5
    mov eax, [ebp+8]                     ; 100193: 8b 45 08
    mov edx, [ebp+0xc]                   ; 100196: 8b 55 0c
    mov ecx, [ebp+0x10]                  ; 100199: 8b 4d 10
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul eax, 0x64                       ; 10019c: 6b c0 64
    imul edx, 0xa                        ; 10019f: 6b d2 0a
    add eax, edx                         ; 1001a2: 01 d0
    add eax, ecx                         ; 1001a4: 01 c8
    pop ebp                              ; 1001a6: 5d
    ret                                  ; 1001a7: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    push ebp                             ; 1001a8: 55
    mov ebp, esp                         ; 1001a9: 89 e5
    mov eax, [ebp+8]                     ; 1001ab: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001ae: 8b 4d 0c
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 1001b1: 29 c8
    pop ebp                              ; 1001b3: 5d
    ret                                  ; 1001b4: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebp                             ; 1001b5: 55
    mov ebp, esp                         ; 1001b6: 89 e5
    sub esp, 4                           ; 1001b8: 83 ec 04
    push ebx                             ; 1001bb: 53
    push esi                             ; 1001bc: 56
    push edi                             ; 1001bd: 57
    mov esi, [ebp+8]                     ; 1001be: 8b 75 08
    mov edi, [ebp+0xc]                   ; 1001c1: 8b 7d 0c
    mov ebx, [ebp+0x10]                  ; 1001c4: 8b 5d 10
    mov eax, [ebp+0x14]                  ; 1001c7: 8b 45 14
    mov [ebp-4], eax                     ; 1001ca: 89 45 fc
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001cd: b9 28 10 10 00
    mov eax, esi                         ; 1001d2: 89 f0
    mov esi, 5                           ; 1001d4: be 05 00 00 00
    add eax, 5                           ; 1001d9: 83 c0 05
    push eax                             ; 1001dc: 50
    push ecx                             ; 1001dd: 51
    call show                            ; 1001de: e8 62 ff ff ff
    add esp, 8                           ; 1001e3: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov edx, str_5                       ; 1001e6: ba 38 10 10 00
    mov eax, edi                         ; 1001eb: 89 f8
    mov ecx, edi                         ; 1001ed: 89 f9
    add edi, 1                           ; 1001ef: 83 c7 01
    add eax, ecx                         ; 1001f2: 01 c8
    push eax                             ; 1001f4: 50
    push edx                             ; 1001f5: 52
    call show                            ; 1001f6: e8 4a ff ff ff
    add esp, 8                           ; 1001fb: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov edx, str_6                       ; 1001fe: ba 44 10 10 00
    mov eax, ebx                         ; 100203: 89 d8
    mov ecx, ebx                         ; 100205: 89 d9
    add ebx, 1                           ; 100207: 83 c3 01
    imul eax, ecx                        ; 10020a: 0f af c1
    push eax                             ; 10020d: 50
    push edx                             ; 10020e: 52
    call show                            ; 10020f: e8 31 ff ff ff
    add esp, 8                           ; 100214: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 100217: b9 50 10 10 00
    mov eax, ebx                         ; 10021c: 89 d8
    sub ebx, 1                           ; 10021e: 83 eb 01
    sub eax, ebx                         ; 100221: 29 d8
    push eax                             ; 100223: 50
    push ecx                             ; 100224: 51
    call show                            ; 100225: e8 1b ff ff ff
    add esp, 8                           ; 10022a: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 10022d: b9 5c 10 10 00
    mov edx, [ebp-4]                     ; 100232: 8b 55 fc
    mov eax, [ebp-4]                     ; 100235: 8b 45 fc
    sub eax, 1                           ; 100238: 83 e8 01
    movsx eax, al                        ; 10023b: 0f be c0
    mov [ebp-4], eax                     ; 10023e: 89 45 fc
    cmp edx, eax                         ; 100241: 39 c2
    jle short .L2                        ; 100243: 7e 07
    mov eax, 1                           ; 100245: b8 01 00 00 00
    jmp short .L3                        ; 10024a: eb 05
.L2:
    mov eax, 0                           ; 10024c: b8 00 00 00 00
.L3:
    push eax                             ; 100251: 50
    push ecx                             ; 100252: 51
    call show                            ; 100253: e8 ed fe ff ff
    add esp, 8                           ; 100258: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov ecx, str_9                       ; 10025b: b9 68 10 10 00
    mov eax, esi                         ; 100260: 89 f0
    mov esi, 1                           ; 100262: be 01 00 00 00
    shl eax, 1                           ; 100267: d1 e0
    push eax                             ; 100269: 50
    push ecx                             ; 10026a: 51
    call show                            ; 10026b: e8 d5 fe ff ff
    add esp, 8                           ; 100270: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100273: 5f
    pop esi                              ; 100274: 5e
    pop ebx                              ; 100275: 5b
    leave                                ; 100276: c9
    ret                                  ; 100277: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebp                             ; 100278: 55
    mov ebp, esp                         ; 100279: 89 e5
    push ebx                             ; 10027b: 53
    push esi                             ; 10027c: 56
    push edi                             ; 10027d: 57
    mov eax, [ebp+8]                     ; 10027e: 8b 45 08
    mov esi, [ebp+0xc]                   ; 100281: 8b 75 0c
    mov edi, [ebp+0x10]                  ; 100284: 8b 7d 10
    mov ebx, [ebp+0x14]                  ; 100287: 8b 5d 14
    ; test/golden/order.ts:38: y += (y = 5);
    mov ecx, eax                         ; 10028a: 89 c1
    mov eax, 5                           ; 10028c: b8 05 00 00 00
    mov eax, ecx                         ; 100291: 89 c8
    add eax, 5                           ; 100293: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100296: b9 7c 10 10 00
    push eax                             ; 10029b: 50
    push ecx                             ; 10029c: 51
    call show                            ; 10029d: e8 a3 fe ff ff
    add esp, 8                           ; 1002a2: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, esi                         ; 1002a5: 89 f0
    mov ecx, esi                         ; 1002a7: 89 f1
    sub ecx, 1                           ; 1002a9: 83 e9 01
    mov esi, ecx                         ; 1002ac: 89 ce
    mov esi, eax                         ; 1002ae: 89 c6
    or esi, ecx                          ; 1002b0: 09 ce
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 1002b2: b8 8c 10 10 00
    push esi                             ; 1002b7: 56
    push eax                             ; 1002b8: 50
    call show                            ; 1002b9: e8 87 fe ff ff
    add esp, 8                           ; 1002be: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, edi                         ; 1002c1: 89 f8
    add edi, 1                           ; 1002c3: 83 c7 01
    add edi, eax                         ; 1002c6: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 1002c8: b8 98 10 10 00
    push edi                             ; 1002cd: 57
    push eax                             ; 1002ce: 50
    call show                            ; 1002cf: e8 71 fe ff ff
    add esp, 8                           ; 1002d4: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, ebx                         ; 1002d7: 89 d8
    mov ecx, ebx                         ; 1002d9: 89 d9
    add ebx, 1                           ; 1002db: 83 c3 01
    movzx ebx, bl                        ; 1002de: 0f b6 db
    sub eax, ecx                         ; 1002e1: 29 c8
    movzx ebx, al                        ; 1002e3: 0f b6 d8
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov eax, str_13                      ; 1002e6: b8 a8 10 10 00
    push ebx                             ; 1002eb: 53
    push eax                             ; 1002ec: 50
    call show                            ; 1002ed: e8 53 fe ff ff
    add esp, 8                           ; 1002f2: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 1002f5: 5f
    pop esi                              ; 1002f6: 5e
    pop ebx                              ; 1002f7: 5b
    pop ebp                              ; 1002f8: 5d
    ret                                  ; 1002f9: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebp                             ; 1002fa: 55
    mov ebp, esp                         ; 1002fb: 89 e5
    push ebx                             ; 1002fd: 53
    push esi                             ; 1002fe: 56
    mov eax, [ebp+8]                     ; 1002ff: 8b 45 08
    mov esi, [ebp+0xc]                   ; 100302: 8b 75 0c
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov ebx, str_14                      ; 100305: bb b4 10 10 00
    mov ecx, eax                         ; 10030a: 89 c1
    add eax, 1                           ; 10030c: 83 c0 01
    push eax                             ; 10030f: 50
    push ecx                             ; 100310: 51
    call pair                            ; 100311: e8 6a fe ff ff
    add esp, 8                           ; 100316: 83 c4 08
    push eax                             ; 100319: 50
    push ebx                             ; 10031a: 53
    call show                            ; 10031b: e8 25 fe ff ff
    add esp, 8                           ; 100320: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov ebx, str_15                      ; 100323: bb c4 10 10 00
    mov eax, esi                         ; 100328: 89 f0
    mov esi, 2                           ; 10032a: be 02 00 00 00
    push 2                               ; 10032f: 6a 02
    push 2                               ; 100331: 6a 02
    push eax                             ; 100333: 50
    call triple                          ; 100334: e8 57 fe ff ff
    add esp, 0xc                         ; 100339: 83 c4 0c
    push eax                             ; 10033c: 50
    push ebx                             ; 10033d: 53
    call show                            ; 10033e: e8 02 fe ff ff
    add esp, 8                           ; 100343: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov esi, pair                        ; 100346: be 80 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov ebx, str_16                      ; 10034b: bb dc 10 10 00
    mov eax, esi                         ; 100350: 89 f0
    mov esi, diff                        ; 100352: be a8 01 10 00
    mov ecx, diff                        ; 100357: b9 a8 01 10 00
    cmp esi, ecx                         ; 10035c: 39 ce
    jne short .L2                        ; 10035e: 75 07
    mov ecx, 2                           ; 100360: b9 02 00 00 00
    jmp short .L3                        ; 100365: eb 05
.L2:
    mov ecx, 3                           ; 100367: b9 03 00 00 00
.L3:
    push ecx                             ; 10036c: 51
    push 1                               ; 10036d: 6a 01
    call eax                             ; 10036f: ff d0
    add esp, 8                           ; 100371: 83 c4 08
    push eax                             ; 100374: 50
    push ebx                             ; 100375: 53
    call show                            ; 100376: e8 ca fd ff ff
    add esp, 8                           ; 10037b: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov ebx, str_17                      ; 10037e: bb 00 11 10 00
    push 2                               ; 100383: 6a 02
    push 1                               ; 100385: 6a 01
    call esi                             ; 100387: ff d6
    add esp, 8                           ; 100389: 83 c4 08
    push eax                             ; 10038c: 50
    push ebx                             ; 10038d: 53
    call show                            ; 10038e: e8 b2 fd ff ff
    add esp, 8                           ; 100393: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 100396: 5e
    pop ebx                              ; 100397: 5b
    pop ebp                              ; 100398: 5d
    ret                                  ; 100399: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push ebp                             ; 10039a: 55
    mov ebp, esp                         ; 10039b: 89 e5
    push 0                               ; 10039d: 6a 00
    push 7                               ; 10039f: 6a 07
    push 1                               ; 1003a1: 6a 01
    push 3                               ; 1003a3: 6a 03
    call operands                        ; 1003a5: e8 0b fe ff ff
    add esp, 0x10                        ; 1003aa: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 1003ad: 6a 01
    push 5                               ; 1003af: 6a 05
    push 6                               ; 1003b1: 6a 06
    push 3                               ; 1003b3: 6a 03
    call assignments                     ; 1003b5: e8 be fe ff ff
    add esp, 0x10                        ; 1003ba: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 1003bd: 6a 09
    push 0                               ; 1003bf: 6a 00
    call argumentsInOrder                ; 1003c1: e8 34 ff ff ff
    add esp, 8                           ; 1003c6: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 1003c9: 6a 00
    call exit                            ; 1003cb: e8 69 fd ff ff
    add esp, 4                           ; 1003d0: 83 c4 04
    ; test/golden/order.ts:61: }
    pop ebp                              ; 1003d3: 5d
    ret                                  ; 1003d4: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003d5: 55
    mov ebp, esp                         ; 1003d6: 89 e5
    push ebx                             ; 1003d8: 53
    push esi                             ; 1003d9: 56
    mov esi, [ebp+8]                     ; 1003da: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 1003dd: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 1003e0: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 1003e3: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003e6: a1 00 20 10 00
    push ecx                             ; 1003eb: 51
    push edx                             ; 1003ec: 52
    push ebx                             ; 1003ed: 53
    push esi                             ; 1003ee: 56
    call eax                             ; 1003ef: ff d0
    add esp, 0x10                        ; 1003f1: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003f4: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003f5: f4
    jmp short .L2                        ; 1003f6: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003f8: 55
    mov ebp, esp                         ; 1003f9: 89 e5
    sub esp, 4                           ; 1003fb: 83 ec 04
    push ebx                             ; 1003fe: 53
    push esi                             ; 1003ff: 56
    push edi                             ; 100400: 57
    mov eax, [ebp+8]                     ; 100401: 8b 45 08
    mov [ebp-4], eax                     ; 100404: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100407: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10040a: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10040d: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_18                      ; 100410: b8 0c 11 10 00
    push eax                             ; 100415: 50
    call print                           ; 100416: e8 65 fc ff ff
    add esp, 4                           ; 10041b: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10041e: 57
    call printU32                        ; 10041f: e8 a8 fc ff ff
    add esp, 4                           ; 100424: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_19                      ; 100427: b8 2c 11 10 00
    push eax                             ; 10042c: 50
    call print                           ; 10042d: e8 4e fc ff ff
    add esp, 4                           ; 100432: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100435: 56
    call printU32                        ; 100436: e8 91 fc ff ff
    add esp, 4                           ; 10043b: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_20                      ; 10043e: b8 4c 11 10 00
    push eax                             ; 100443: 50
    call print                           ; 100444: e8 37 fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 10044c: ff 75 fc
    call print                           ; 10044f: e8 2c fc ff ff
    add esp, 4                           ; 100454: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_21                      ; 100457: b8 54 11 10 00
    push eax                             ; 10045c: 50
    call print                           ; 10045d: e8 1e fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100465: 53
    call printU32                        ; 100466: e8 61 fc ff ff
    add esp, 4                           ; 10046b: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10046e: b8 24 10 10 00
    push eax                             ; 100473: 50
    call println                         ; 100474: e8 38 fc ff ff
    add esp, 4                           ; 100479: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10047c: 5f
    pop esi                              ; 10047d: 5e
    pop ebx                              ; 10047e: 5b
    leave                                ; 10047f: c9
    ret                                  ; 100480: c3

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
str_4:  ; "x + (x = 5)"
    db 0xb, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x1038 - ($ - $$) db 0
str_5:  ; "i + i++"
    db 0x7, 0x0, 0x0, 0x0, 0x69, 0x20, 0x2b, 0x20, 0x69, 0x2b, 0x2b
    times 0x1044 - ($ - $$) db 0
str_6:  ; "k * k++"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2a, 0x20, 0x6b, 0x2b, 0x2b
    times 0x1050 - ($ - $$) db 0
str_7:  ; "k - --k"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2d, 0x20, 0x2d, 0x2d, 0x6b
    times 0x105c - ($ - $$) db 0
str_8:  ; "p > --p"
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x20, 0x3e, 0x20, 0x2d, 0x2d, 0x70
    times 0x1068 - ($ - $$) db 0
str_9:  ; "(x << (x = 1))"
    db 0xe, 0x0, 0x0, 0x0, 0x28, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x31
    db 0x29, 0x29
    times 0x107c - ($ - $$) db 0
str_10:  ; "y += (y = 5)"
    db 0xc, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2b, 0x3d, 0x20, 0x28, 0x79, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x108c - ($ - $$) db 0
str_11:  ; "w |= --w"
    db 0x8, 0x0, 0x0, 0x0, 0x77, 0x20, 0x7c, 0x3d, 0x20, 0x2d, 0x2d, 0x77
    times 0x1098 - ($ - $$) db 0
str_12:  ; "s = s++ + s"
    db 0xb, 0x0, 0x0, 0x0, 0x73, 0x20, 0x3d, 0x20, 0x73, 0x2b, 0x2b, 0x20, 0x2b, 0x20, 0x73
    times 0x10a8 - ($ - $$) db 0
str_13:  ; "v -= v++"
    db 0x8, 0x0, 0x0, 0x0, 0x76, 0x20, 0x2d, 0x3d, 0x20, 0x76, 0x2b, 0x2b
    times 0x10b4 - ($ - $$) db 0
str_14:  ; "pair(n, ++n)"
    db 0xc, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x28, 0x6e, 0x2c, 0x20, 0x2b, 0x2b, 0x6e, 0x29
    times 0x10c4 - ($ - $$) db 0
str_15:  ; "triple(m, m = 2, m)"
    db 0x13, 0x0, 0x0, 0x0, 0x74, 0x72, 0x69, 0x70, 0x6c, 0x65, 0x28, 0x6d, 0x2c, 0x20, 0x6d, 0x20
    db 0x3d, 0x20, 0x32, 0x2c, 0x20, 0x6d, 0x29
    times 0x10dc - ($ - $$) db 0
str_16:  ; "f(1, (f = diff) == diff ? 2 : 3)"
    db 0x20, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x28, 0x66, 0x20, 0x3d, 0x20, 0x64, 0x69
    db 0x66, 0x66, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x64, 0x69, 0x66, 0x66, 0x20, 0x3f, 0x20, 0x32, 0x20
    db 0x3a, 0x20, 0x33, 0x29
    times 0x1100 - ($ - $$) db 0
str_17:  ; "f(1, 2)"
    db 0x7, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x32, 0x29
    times 0x110c - ($ - $$) db 0
str_18:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x112c - ($ - $$) db 0
str_19:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x114c - ($ - $$) db 0
str_20:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1154 - ($ - $$) db 0
str_21:  ; ":"
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
