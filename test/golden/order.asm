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
    call main                            ; 10003d: e8 2c 03 00 00
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
    mov ebx, [ebp+0xc]                   ; 1001c3: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001c6: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001c9: 8b 7d 14
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 1001cc: b9 28 10 10 00
    mov edx, 5                           ; 1001d1: ba 05 00 00 00
    mov [ebp-4], edx                     ; 1001d6: 89 55 fc
    add eax, 5                           ; 1001d9: 83 c0 05
    push eax                             ; 1001dc: 50
    push ecx                             ; 1001dd: 51
    call show                            ; 1001de: e8 64 ff ff ff
    add esp, 8                           ; 1001e3: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov eax, str_5                       ; 1001e6: b8 38 10 10 00
    mov ecx, ebx                         ; 1001eb: 89 d9
    add ecx, ebx                         ; 1001ed: 01 d9
    push ecx                             ; 1001ef: 51
    push eax                             ; 1001f0: 50
    call show                            ; 1001f1: e8 51 ff ff ff
    add esp, 8                           ; 1001f6: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001f9: b8 44 10 10 00
    mov ecx, esi                         ; 1001fe: 89 f1
    mov edx, esi                         ; 100200: 89 f2
    add esi, 1                           ; 100202: 83 c6 01
    imul ecx, edx                        ; 100205: 0f af ca
    push ecx                             ; 100208: 51
    push eax                             ; 100209: 50
    call show                            ; 10020a: e8 38 ff ff ff
    add esp, 8                           ; 10020f: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov eax, str_7                       ; 100212: b8 50 10 10 00
    mov ecx, esi                         ; 100217: 89 f1
    sub esi, 1                           ; 100219: 83 ee 01
    sub ecx, esi                         ; 10021c: 29 f1
    push ecx                             ; 10021e: 51
    push eax                             ; 10021f: 50
    call show                            ; 100220: e8 22 ff ff ff
    add esp, 8                           ; 100225: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov eax, str_8                       ; 100228: b8 5c 10 10 00
    mov ecx, edi                         ; 10022d: 89 f9
    mov edx, edi                         ; 10022f: 89 fa
    sub edx, 1                           ; 100231: 83 ea 01
    movsx edx, dl                        ; 100234: 0f be d2
    cmp ecx, edx                         ; 100237: 39 d1
    jle short .L2                        ; 100239: 7e 07
    mov ecx, 1                           ; 10023b: b9 01 00 00 00
    jmp short .L3                        ; 100240: eb 05
.L2:
    mov ecx, 0                           ; 100242: b9 00 00 00 00
.L3:
    push ecx                             ; 100247: 51
    push eax                             ; 100248: 50
    call show                            ; 100249: e8 f9 fe ff ff
    add esp, 8                           ; 10024e: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 100251: b8 68 10 10 00
    mov ecx, [ebp-4]                     ; 100256: 8b 4d fc
    shl ecx, 1                           ; 100259: d1 e1
    push ecx                             ; 10025b: 51
    push eax                             ; 10025c: 50
    call show                            ; 10025d: e8 e5 fe ff ff
    add esp, 8                           ; 100262: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100265: 5f
    pop esi                              ; 100266: 5e
    pop ebx                              ; 100267: 5b
    leave                                ; 100268: c9
    ret                                  ; 100269: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebp                             ; 10026a: 55
    mov ebp, esp                         ; 10026b: 89 e5
    push ebx                             ; 10026d: 53
    push esi                             ; 10026e: 56
    push edi                             ; 10026f: 57
    mov eax, [ebp+8]                     ; 100270: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100273: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100276: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100279: 8b 7d 14
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 10027c: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 10027f: b9 7c 10 10 00
    push eax                             ; 100284: 50
    push ecx                             ; 100285: 51
    call show                            ; 100286: e8 bc fe ff ff
    add esp, 8                           ; 10028b: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, ebx                         ; 10028e: 89 d8
    sub ebx, 1                           ; 100290: 83 eb 01
    or eax, ebx                          ; 100293: 09 d8
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov ecx, str_11                      ; 100295: b9 8c 10 10 00
    push eax                             ; 10029a: 50
    push ecx                             ; 10029b: 51
    call show                            ; 10029c: e8 a6 fe ff ff
    add esp, 8                           ; 1002a1: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, esi                         ; 1002a4: 89 f0
    add esi, 1                           ; 1002a6: 83 c6 01
    add esi, eax                         ; 1002a9: 01 c6
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 1002ab: b8 98 10 10 00
    push esi                             ; 1002b0: 56
    push eax                             ; 1002b1: 50
    call show                            ; 1002b2: e8 90 fe ff ff
    add esp, 8                           ; 1002b7: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, edi                         ; 1002ba: 89 f8
    sub eax, edi                         ; 1002bc: 29 f8
    movzx eax, al                        ; 1002be: 0f b6 c0
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 1002c1: b9 a8 10 10 00
    push eax                             ; 1002c6: 50
    push ecx                             ; 1002c7: 51
    call show                            ; 1002c8: e8 7a fe ff ff
    add esp, 8                           ; 1002cd: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 1002d0: 5f
    pop esi                              ; 1002d1: 5e
    pop ebx                              ; 1002d2: 5b
    pop ebp                              ; 1002d3: 5d
    ret                                  ; 1002d4: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebp                             ; 1002d5: 55
    mov ebp, esp                         ; 1002d6: 89 e5
    push ebx                             ; 1002d8: 53
    push esi                             ; 1002d9: 56
    mov eax, [ebp+8]                     ; 1002da: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1002dd: 8b 5d 0c
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 1002e0: be b4 10 10 00
    mov ecx, eax                         ; 1002e5: 89 c1
    add eax, 1                           ; 1002e7: 83 c0 01
    push eax                             ; 1002ea: 50
    push ecx                             ; 1002eb: 51
    call pair                            ; 1002ec: e8 91 fe ff ff
    add esp, 8                           ; 1002f1: 83 c4 08
    push eax                             ; 1002f4: 50
    push esi                             ; 1002f5: 56
    call show                            ; 1002f6: e8 4c fe ff ff
    add esp, 8                           ; 1002fb: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 1002fe: be c4 10 10 00
    push 2                               ; 100303: 6a 02
    push 2                               ; 100305: 6a 02
    push ebx                             ; 100307: 53
    call triple                          ; 100308: e8 85 fe ff ff
    add esp, 0xc                         ; 10030d: 83 c4 0c
    push eax                             ; 100310: 50
    push esi                             ; 100311: 56
    call show                            ; 100312: e8 30 fe ff ff
    add esp, 8                           ; 100317: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov eax, pair                        ; 10031a: b8 82 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov ebx, str_16                      ; 10031f: bb dc 10 10 00
    mov ecx, diff                        ; 100324: b9 aa 01 10 00
    mov esi, ecx                         ; 100329: 89 ce
    mov edx, diff                        ; 10032b: ba aa 01 10 00
    cmp ecx, edx                         ; 100330: 39 d1
    jne short .L2                        ; 100332: 75 07
    mov ecx, 2                           ; 100334: b9 02 00 00 00
    jmp short .L3                        ; 100339: eb 05
.L2:
    mov ecx, 3                           ; 10033b: b9 03 00 00 00
.L3:
    push ecx                             ; 100340: 51
    push 1                               ; 100341: 6a 01
    call eax                             ; 100343: ff d0
    add esp, 8                           ; 100345: 83 c4 08
    push eax                             ; 100348: 50
    push ebx                             ; 100349: 53
    call show                            ; 10034a: e8 f8 fd ff ff
    add esp, 8                           ; 10034f: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov ebx, str_17                      ; 100352: bb 00 11 10 00
    push 2                               ; 100357: 6a 02
    push 1                               ; 100359: 6a 01
    call esi                             ; 10035b: ff d6
    add esp, 8                           ; 10035d: 83 c4 08
    push eax                             ; 100360: 50
    push ebx                             ; 100361: 53
    call show                            ; 100362: e8 e0 fd ff ff
    add esp, 8                           ; 100367: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 10036a: 5e
    pop ebx                              ; 10036b: 5b
    pop ebp                              ; 10036c: 5d
    ret                                  ; 10036d: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push ebp                             ; 10036e: 55
    mov ebp, esp                         ; 10036f: 89 e5
    push 0                               ; 100371: 6a 00
    push 7                               ; 100373: 6a 07
    push 1                               ; 100375: 6a 01
    push 3                               ; 100377: 6a 03
    call operands                        ; 100379: e8 39 fe ff ff
    add esp, 0x10                        ; 10037e: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100381: 6a 01
    push 5                               ; 100383: 6a 05
    push 6                               ; 100385: 6a 06
    push 3                               ; 100387: 6a 03
    call assignments                     ; 100389: e8 dc fe ff ff
    add esp, 0x10                        ; 10038e: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100391: 6a 09
    push 0                               ; 100393: 6a 00
    call argumentsInOrder                ; 100395: e8 3b ff ff ff
    add esp, 8                           ; 10039a: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 10039d: 6a 00
    call exit                            ; 10039f: e8 97 fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/order.ts:61: }
    pop ebp                              ; 1003a7: 5d
    ret                                  ; 1003a8: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003a9: 55
    mov ebp, esp                         ; 1003aa: 89 e5
    push ebx                             ; 1003ac: 53
    push esi                             ; 1003ad: 56
    mov eax, [ebp+8]                     ; 1003ae: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003b1: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003b4: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003b7: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003ba: 8b 35 00 20 10 00
    push ebx                             ; 1003c0: 53
    push edx                             ; 1003c1: 52
    push ecx                             ; 1003c2: 51
    push eax                             ; 1003c3: 50
    call esi                             ; 1003c4: ff d6
    add esp, 0x10                        ; 1003c6: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003c9: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003ca: f4
    jmp short .L2                        ; 1003cb: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003cd: 55
    mov ebp, esp                         ; 1003ce: 89 e5
    sub esp, 4                           ; 1003d0: 83 ec 04
    push ebx                             ; 1003d3: 53
    push esi                             ; 1003d4: 56
    push edi                             ; 1003d5: 57
    mov ebx, [ebp+8]                     ; 1003d6: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003d9: 8b 45 0c
    mov [ebp-4], eax                     ; 1003dc: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003df: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003e2: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_18                      ; 1003e5: b8 0c 11 10 00
    push eax                             ; 1003ea: 50
    call print                           ; 1003eb: e8 90 fc ff ff
    add esp, 4                           ; 1003f0: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003f3: 56
    call printU32                        ; 1003f4: e8 d3 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_19                      ; 1003fc: b8 2c 11 10 00
    push eax                             ; 100401: 50
    call print                           ; 100402: e8 79 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10040a: 57
    call printU32                        ; 10040b: e8 bc fc ff ff
    add esp, 4                           ; 100410: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_20                      ; 100413: b8 4c 11 10 00
    push eax                             ; 100418: 50
    call print                           ; 100419: e8 62 fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100421: 53
    call print                           ; 100422: e8 59 fc ff ff
    add esp, 4                           ; 100427: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_21                      ; 10042a: b8 54 11 10 00
    push eax                             ; 10042f: 50
    call print                           ; 100430: e8 4b fc ff ff
    add esp, 4                           ; 100435: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100438: 8b 45 fc
    push eax                             ; 10043b: 50
    call printU32                        ; 10043c: e8 8b fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100444: b8 24 10 10 00
    push eax                             ; 100449: 50
    call println                         ; 10044a: e8 62 fc ff ff
    add esp, 4                           ; 10044f: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100452: 5f
    pop esi                              ; 100453: 5e
    pop ebx                              ; 100454: 5b
    leave                                ; 100455: c9
    ret                                  ; 100456: c3

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
