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
    call main                            ; 10003d: e8 6b 03 00 00
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

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebp                             ; 100147: 55
    mov ebp, esp                         ; 100148: 89 e5
    push ebx                             ; 10014a: 53
    mov eax, [ebp+8]                     ; 10014b: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10014e: 8b 5d 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 100151: 50
    call print                           ; 100152: e8 29 ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 10015a: b8 1c 10 10 00
    push eax                             ; 10015f: 50
    call print                           ; 100160: e8 1b ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100168: 53
    call printI32                        ; 100169: e8 9b ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 100171: b8 24 10 10 00
    push eax                             ; 100176: 50
    call println                         ; 100177: e8 35 ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10017f: 5b
    pop ebp                              ; 100180: 5d
    ret                                  ; 100181: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    push ebp                             ; 100182: 55
    mov ebp, esp                         ; 100183: 89 e5
    mov eax, [ebp+8]                     ; 100185: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100188: 8b 4d 0c
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 10018b: 6b c0 0a
    add eax, ecx                         ; 10018e: 01 c8
    pop ebp                              ; 100190: 5d
    ret                                  ; 100191: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    push ebp                             ; 100192: 55
    mov ebp, esp                         ; 100193: 89 e5
    mov eax, [ebp+8]                     ; 100195: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100198: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10019b: 8b 55 10
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul eax, 0x64                       ; 10019e: 6b c0 64
    imul ecx, 0xa                        ; 1001a1: 6b c9 0a
    add eax, ecx                         ; 1001a4: 01 c8
    add eax, edx                         ; 1001a6: 01 d0
    pop ebp                              ; 1001a8: 5d
    ret                                  ; 1001a9: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    push ebp                             ; 1001aa: 55
    mov ebp, esp                         ; 1001ab: 89 e5
    mov eax, [ebp+8]                     ; 1001ad: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b0: 8b 4d 0c
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 1001b3: 29 c8
    pop ebp                              ; 1001b5: 5d
    ret                                  ; 1001b6: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebp                             ; 1001b7: 55
    mov ebp, esp                         ; 1001b8: 89 e5
    sub esp, 4                           ; 1001ba: 83 ec 04
    push ebx                             ; 1001bd: 53
    push esi                             ; 1001be: 56
    push edi                             ; 1001bf: 57
    mov eax, [ebp+8]                     ; 1001c0: 8b 45 08
    mov [ebp-4], eax                     ; 1001c3: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1001c6: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001c9: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001cc: 8b 7d 14
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov eax, str_4                       ; 1001cf: b8 28 10 10 00
    mov ecx, [ebp-4]                     ; 1001d4: 8b 4d fc
    mov edx, 5                           ; 1001d7: ba 05 00 00 00
    mov [ebp-4], edx                     ; 1001dc: 89 55 fc
    add ecx, 5                           ; 1001df: 83 c1 05
    push ecx                             ; 1001e2: 51
    push eax                             ; 1001e3: 50
    call show                            ; 1001e4: e8 5e ff ff ff
    add esp, 8                           ; 1001e9: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov eax, str_5                       ; 1001ec: b8 38 10 10 00
    mov ecx, ebx                         ; 1001f1: 89 d9
    mov edx, ebx                         ; 1001f3: 89 da
    add ebx, 1                           ; 1001f5: 83 c3 01
    add ecx, edx                         ; 1001f8: 01 d1
    push ecx                             ; 1001fa: 51
    push eax                             ; 1001fb: 50
    call show                            ; 1001fc: e8 46 ff ff ff
    add esp, 8                           ; 100201: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 100204: b8 44 10 10 00
    mov ecx, esi                         ; 100209: 89 f1
    mov edx, esi                         ; 10020b: 89 f2
    add esi, 1                           ; 10020d: 83 c6 01
    imul ecx, edx                        ; 100210: 0f af ca
    push ecx                             ; 100213: 51
    push eax                             ; 100214: 50
    call show                            ; 100215: e8 2d ff ff ff
    add esp, 8                           ; 10021a: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov eax, str_7                       ; 10021d: b8 50 10 10 00
    mov ecx, esi                         ; 100222: 89 f1
    mov edx, esi                         ; 100224: 89 f2
    sub edx, 1                           ; 100226: 83 ea 01
    mov esi, edx                         ; 100229: 89 d6
    sub ecx, edx                         ; 10022b: 29 d1
    push ecx                             ; 10022d: 51
    push eax                             ; 10022e: 50
    call show                            ; 10022f: e8 13 ff ff ff
    add esp, 8                           ; 100234: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov eax, str_8                       ; 100237: b8 5c 10 10 00
    mov ecx, edi                         ; 10023c: 89 f9
    mov edx, edi                         ; 10023e: 89 fa
    sub edx, 1                           ; 100240: 83 ea 01
    movsx edx, dl                        ; 100243: 0f be d2
    mov edi, edx                         ; 100246: 89 d7
    cmp ecx, edx                         ; 100248: 39 d1
    jle short .L2                        ; 10024a: 7e 07
    mov ecx, 1                           ; 10024c: b9 01 00 00 00
    jmp short .L3                        ; 100251: eb 05
.L2:
    mov ecx, 0                           ; 100253: b9 00 00 00 00
.L3:
    push ecx                             ; 100258: 51
    push eax                             ; 100259: 50
    call show                            ; 10025a: e8 e8 fe ff ff
    add esp, 8                           ; 10025f: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 100262: b8 68 10 10 00
    mov ecx, [ebp-4]                     ; 100267: 8b 4d fc
    mov edx, 1                           ; 10026a: ba 01 00 00 00
    mov [ebp-4], edx                     ; 10026f: 89 55 fc
    shl ecx, 1                           ; 100272: d1 e1
    push ecx                             ; 100274: 51
    push eax                             ; 100275: 50
    call show                            ; 100276: e8 cc fe ff ff
    add esp, 8                           ; 10027b: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 10027e: 5f
    pop esi                              ; 10027f: 5e
    pop ebx                              ; 100280: 5b
    leave                                ; 100281: c9
    ret                                  ; 100282: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebp                             ; 100283: 55
    mov ebp, esp                         ; 100284: 89 e5
    push ebx                             ; 100286: 53
    push esi                             ; 100287: 56
    push edi                             ; 100288: 57
    mov eax, [ebp+8]                     ; 100289: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10028c: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 10028f: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100292: 8b 7d 14
    ; test/golden/order.ts:38: y += (y = 5);
    mov ecx, eax                         ; 100295: 89 c1
    mov eax, 5                           ; 100297: b8 05 00 00 00
    mov eax, ecx                         ; 10029c: 89 c8
    add eax, 5                           ; 10029e: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 1002a1: b9 7c 10 10 00
    push eax                             ; 1002a6: 50
    push ecx                             ; 1002a7: 51
    call show                            ; 1002a8: e8 9a fe ff ff
    add esp, 8                           ; 1002ad: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, ebx                         ; 1002b0: 89 d8
    mov ecx, ebx                         ; 1002b2: 89 d9
    sub ecx, 1                           ; 1002b4: 83 e9 01
    mov ebx, ecx                         ; 1002b7: 89 cb
    mov ebx, eax                         ; 1002b9: 89 c3
    or ebx, ecx                          ; 1002bb: 09 cb
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 1002bd: b8 8c 10 10 00
    push ebx                             ; 1002c2: 53
    push eax                             ; 1002c3: 50
    call show                            ; 1002c4: e8 7e fe ff ff
    add esp, 8                           ; 1002c9: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, esi                         ; 1002cc: 89 f0
    add esi, 1                           ; 1002ce: 83 c6 01
    add esi, eax                         ; 1002d1: 01 c6
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 1002d3: b8 98 10 10 00
    push esi                             ; 1002d8: 56
    push eax                             ; 1002d9: 50
    call show                            ; 1002da: e8 68 fe ff ff
    add esp, 8                           ; 1002df: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, edi                         ; 1002e2: 89 f8
    mov ecx, edi                         ; 1002e4: 89 f9
    mov edx, edi                         ; 1002e6: 89 fa
    add edx, 1                           ; 1002e8: 83 c2 01
    movzx edi, dl                        ; 1002eb: 0f b6 fa
    sub eax, ecx                         ; 1002ee: 29 c8
    movzx edi, al                        ; 1002f0: 0f b6 f8
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov eax, str_13                      ; 1002f3: b8 a8 10 10 00
    push edi                             ; 1002f8: 57
    push eax                             ; 1002f9: 50
    call show                            ; 1002fa: e8 48 fe ff ff
    add esp, 8                           ; 1002ff: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100302: 5f
    pop esi                              ; 100303: 5e
    pop ebx                              ; 100304: 5b
    pop ebp                              ; 100305: 5d
    ret                                  ; 100306: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebp                             ; 100307: 55
    mov ebp, esp                         ; 100308: 89 e5
    push ebx                             ; 10030a: 53
    push esi                             ; 10030b: 56
    mov eax, [ebp+8]                     ; 10030c: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10030f: 8b 5d 0c
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 100312: be b4 10 10 00
    mov ecx, eax                         ; 100317: 89 c1
    mov edx, eax                         ; 100319: 89 c2
    add edx, 1                           ; 10031b: 83 c2 01
    mov eax, edx                         ; 10031e: 89 d0
    push edx                             ; 100320: 52
    push ecx                             ; 100321: 51
    call pair                            ; 100322: e8 5b fe ff ff
    add esp, 8                           ; 100327: 83 c4 08
    push eax                             ; 10032a: 50
    push esi                             ; 10032b: 56
    call show                            ; 10032c: e8 16 fe ff ff
    add esp, 8                           ; 100331: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 100334: be c4 10 10 00
    mov eax, ebx                         ; 100339: 89 d8
    mov ebx, 2                           ; 10033b: bb 02 00 00 00
    push 2                               ; 100340: 6a 02
    push 2                               ; 100342: 6a 02
    push eax                             ; 100344: 50
    call triple                          ; 100345: e8 48 fe ff ff
    add esp, 0xc                         ; 10034a: 83 c4 0c
    push eax                             ; 10034d: 50
    push esi                             ; 10034e: 56
    call show                            ; 10034f: e8 f3 fd ff ff
    add esp, 8                           ; 100354: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ebx, pair                        ; 100357: bb 82 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 10035c: be dc 10 10 00
    mov eax, ebx                         ; 100361: 89 d8
    mov ecx, diff                        ; 100363: b9 aa 01 10 00
    mov ebx, ecx                         ; 100368: 89 cb
    mov edx, diff                        ; 10036a: ba aa 01 10 00
    cmp ecx, edx                         ; 10036f: 39 d1
    jne short .L2                        ; 100371: 75 07
    mov ecx, 2                           ; 100373: b9 02 00 00 00
    jmp short .L3                        ; 100378: eb 05
.L2:
    mov ecx, 3                           ; 10037a: b9 03 00 00 00
.L3:
    push ecx                             ; 10037f: 51
    push 1                               ; 100380: 6a 01
    call eax                             ; 100382: ff d0
    add esp, 8                           ; 100384: 83 c4 08
    push eax                             ; 100387: 50
    push esi                             ; 100388: 56
    call show                            ; 100389: e8 b9 fd ff ff
    add esp, 8                           ; 10038e: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 100391: be 00 11 10 00
    push 2                               ; 100396: 6a 02
    push 1                               ; 100398: 6a 01
    call ebx                             ; 10039a: ff d3
    add esp, 8                           ; 10039c: 83 c4 08
    push eax                             ; 10039f: 50
    push esi                             ; 1003a0: 56
    call show                            ; 1003a1: e8 a1 fd ff ff
    add esp, 8                           ; 1003a6: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 1003a9: 5e
    pop ebx                              ; 1003aa: 5b
    pop ebp                              ; 1003ab: 5d
    ret                                  ; 1003ac: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push ebp                             ; 1003ad: 55
    mov ebp, esp                         ; 1003ae: 89 e5
    push 0                               ; 1003b0: 6a 00
    push 7                               ; 1003b2: 6a 07
    push 1                               ; 1003b4: 6a 01
    push 3                               ; 1003b6: 6a 03
    call operands                        ; 1003b8: e8 fa fd ff ff
    add esp, 0x10                        ; 1003bd: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 1003c0: 6a 01
    push 5                               ; 1003c2: 6a 05
    push 6                               ; 1003c4: 6a 06
    push 3                               ; 1003c6: 6a 03
    call assignments                     ; 1003c8: e8 b6 fe ff ff
    add esp, 0x10                        ; 1003cd: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 1003d0: 6a 09
    push 0                               ; 1003d2: 6a 00
    call argumentsInOrder                ; 1003d4: e8 2e ff ff ff
    add esp, 8                           ; 1003d9: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 1003dc: 6a 00
    call exit                            ; 1003de: e8 58 fd ff ff
    add esp, 4                           ; 1003e3: 83 c4 04
    ; test/golden/order.ts:61: }
    pop ebp                              ; 1003e6: 5d
    ret                                  ; 1003e7: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003e8: 55
    mov ebp, esp                         ; 1003e9: 89 e5
    push ebx                             ; 1003eb: 53
    push esi                             ; 1003ec: 56
    mov eax, [ebp+8]                     ; 1003ed: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003f0: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003f3: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003f6: 8b 5d 14
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003f9: 8b 35 00 20 10 00
    push ebx                             ; 1003ff: 53
    push edx                             ; 100400: 52
    push ecx                             ; 100401: 51
    push eax                             ; 100402: 50
    call esi                             ; 100403: ff d6
    add esp, 0x10                        ; 100405: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100408: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100409: f4
    jmp short .L2                        ; 10040a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10040c: 55
    mov ebp, esp                         ; 10040d: 89 e5
    sub esp, 4                           ; 10040f: 83 ec 04
    push ebx                             ; 100412: 53
    push esi                             ; 100413: 56
    push edi                             ; 100414: 57
    mov ebx, [ebp+8]                     ; 100415: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100418: 8b 45 0c
    mov [ebp-4], eax                     ; 10041b: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10041e: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100421: 8b 7d 14
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_18                      ; 100424: b8 0c 11 10 00
    push eax                             ; 100429: 50
    call print                           ; 10042a: e8 51 fc ff ff
    add esp, 4                           ; 10042f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push esi                             ; 100432: 56
    call printU32                        ; 100433: e8 94 fc ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_19                      ; 10043b: b8 2c 11 10 00
    push eax                             ; 100440: 50
    call print                           ; 100441: e8 3a fc ff ff
    add esp, 4                           ; 100446: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push edi                             ; 100449: 57
    call printU32                        ; 10044a: e8 7d fc ff ff
    add esp, 4                           ; 10044f: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_20                      ; 100452: b8 4c 11 10 00
    push eax                             ; 100457: 50
    call print                           ; 100458: e8 23 fc ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push ebx                             ; 100460: 53
    call print                           ; 100461: e8 1a fc ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_21                      ; 100469: b8 54 11 10 00
    push eax                             ; 10046e: 50
    call print                           ; 10046f: e8 0c fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    mov eax, [ebp-4]                     ; 100477: 8b 45 fc
    push eax                             ; 10047a: 50
    call printU32                        ; 10047b: e8 4c fc ff ff
    add esp, 4                           ; 100480: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 100483: b8 24 10 10 00
    push eax                             ; 100488: 50
    call println                         ; 100489: e8 23 fc ff ff
    add esp, 4                           ; 10048e: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100491: 6a 65
    call exit                            ; 100493: e8 a3 fc ff ff
    add esp, 4                           ; 100498: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10049b: 5f
    pop esi                              ; 10049c: 5e
    pop ebx                              ; 10049d: 5b
    leave                                ; 10049e: c9
    ret                                  ; 10049f: c3

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
