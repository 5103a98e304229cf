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
    call main                            ; 10003d: e8 4d 03 00 00
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

show:
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    push ebx                             ; 100137: 53
    mov eax, [ebp+8]                     ; 100138: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10013b: 8b 5d 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 10013e: 50
    call print                           ; 10013f: e8 34 ff ff ff
    add esp, 4                           ; 100144: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
    mov eax, str_2                       ; 100147: b8 1c 10 10 00
    push eax                             ; 10014c: 50
    call print                           ; 10014d: e8 26 ff ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; test/golden/order.ts:11: printI32(value);
    push ebx                             ; 100155: 53
    call printI32                        ; 100156: e8 9c ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 10015e: b8 24 10 10 00
    push eax                             ; 100163: 50
    call println                         ; 100164: e8 36 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10016c: 5b
    pop ebp                              ; 10016d: 5d
    ret                                  ; 10016e: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    push ebp                             ; 10016f: 55
    mov ebp, esp                         ; 100170: 89 e5
    mov eax, [ebp+8]                     ; 100172: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100175: 8b 4d 0c
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100178: 6b c0 0a
    lea eax, [eax+ecx]                   ; 10017b: 8d 04 08
    pop ebp                              ; 10017e: 5d
    ret                                  ; 10017f: c3

triple:
    ; test/golden/order.ts:19: function triple(a: i32, b: i32, c: i32): i32 {
    push ebp                             ; 100180: 55
    mov ebp, esp                         ; 100181: 89 e5
    mov eax, [ebp+8]                     ; 100183: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100186: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100189: 8b 55 10
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul eax, 0x64                       ; 10018c: 6b c0 64
    imul ecx, 0xa                        ; 10018f: 6b c9 0a
    lea eax, [eax+ecx]                   ; 100192: 8d 04 08
    lea eax, [eax+edx]                   ; 100195: 8d 04 10
    pop ebp                              ; 100198: 5d
    ret                                  ; 100199: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    push ebp                             ; 10019a: 55
    mov ebp, esp                         ; 10019b: 89 e5
    mov eax, [ebp+8]                     ; 10019d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001a0: 8b 4d 0c
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 1001a3: 29 c8
    pop ebp                              ; 1001a5: 5d
    ret                                  ; 1001a6: c3

operands:
    ; test/golden/order.ts:28: function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebp                             ; 1001a7: 55
    mov ebp, esp                         ; 1001a8: 89 e5
    sub esp, 4                           ; 1001aa: 83 ec 04
    push ebx                             ; 1001ad: 53
    push esi                             ; 1001ae: 56
    push edi                             ; 1001af: 57
    mov eax, [ebp+8]                     ; 1001b0: 8b 45 08
    mov [ebp-4], eax                     ; 1001b3: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1001b6: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1001b9: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001bc: 8b 7d 14
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov eax, str_4                       ; 1001bf: b8 28 10 10 00
    mov ecx, [ebp-4]                     ; 1001c4: 8b 4d fc
    mov edx, 5                           ; 1001c7: ba 05 00 00 00
    mov [ebp-4], edx                     ; 1001cc: 89 55 fc
    lea ecx, [ecx+5]                     ; 1001cf: 8d 49 05
    push ecx                             ; 1001d2: 51
    push eax                             ; 1001d3: 50
    call show                            ; 1001d4: e8 5b ff ff ff
    add esp, 8                           ; 1001d9: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov eax, str_5                       ; 1001dc: b8 38 10 10 00
    mov ecx, ebx                         ; 1001e1: 89 d9
    mov edx, ebx                         ; 1001e3: 89 da
    add ebx, 1                           ; 1001e5: 83 c3 01
    lea ecx, [ecx+edx]                   ; 1001e8: 8d 0c 11
    push ecx                             ; 1001eb: 51
    push eax                             ; 1001ec: 50
    call show                            ; 1001ed: e8 42 ff ff ff
    add esp, 8                           ; 1001f2: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001f5: b8 44 10 10 00
    mov ecx, esi                         ; 1001fa: 89 f1
    mov edx, esi                         ; 1001fc: 89 f2
    add esi, 1                           ; 1001fe: 83 c6 01
    imul ecx, edx                        ; 100201: 0f af ca
    push ecx                             ; 100204: 51
    push eax                             ; 100205: 50
    call show                            ; 100206: e8 29 ff ff ff
    add esp, 8                           ; 10020b: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov eax, str_7                       ; 10020e: b8 50 10 10 00
    mov ecx, esi                         ; 100213: 89 f1
    lea edx, [esi-1]                     ; 100215: 8d 56 ff
    mov esi, edx                         ; 100218: 89 d6
    sub ecx, edx                         ; 10021a: 29 d1
    push ecx                             ; 10021c: 51
    push eax                             ; 10021d: 50
    call show                            ; 10021e: e8 11 ff ff ff
    add esp, 8                           ; 100223: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov eax, str_8                       ; 100226: b8 5c 10 10 00
    mov ecx, edi                         ; 10022b: 89 f9
    lea edx, [edi-1]                     ; 10022d: 8d 57 ff
    movsx edx, dl                        ; 100230: 0f be d2
    mov edi, edx                         ; 100233: 89 d7
    cmp ecx, edx                         ; 100235: 39 d1
    jle short .L2                        ; 100237: 7e 07
    mov ecx, 1                           ; 100239: b9 01 00 00 00
    jmp short .L3                        ; 10023e: eb 02
.L2:
    xor ecx, ecx                         ; 100240: 31 c9
.L3:
    push ecx                             ; 100242: 51
    push eax                             ; 100243: 50
    call show                            ; 100244: e8 eb fe ff ff
    add esp, 8                           ; 100249: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 10024c: b8 68 10 10 00
    mov ecx, [ebp-4]                     ; 100251: 8b 4d fc
    mov edx, 1                           ; 100254: ba 01 00 00 00
    mov [ebp-4], edx                     ; 100259: 89 55 fc
    shl ecx, 1                           ; 10025c: d1 e1
    push ecx                             ; 10025e: 51
    push eax                             ; 10025f: 50
    call show                            ; 100260: e8 cf fe ff ff
    add esp, 8                           ; 100265: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100268: 5f
    pop esi                              ; 100269: 5e
    pop ebx                              ; 10026a: 5b
    leave                                ; 10026b: c9
    ret                                  ; 10026c: c3

assignments:
    ; test/golden/order.ts:37: function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebp                             ; 10026d: 55
    mov ebp, esp                         ; 10026e: 89 e5
    push ebx                             ; 100270: 53
    push esi                             ; 100271: 56
    push edi                             ; 100272: 57
    mov eax, [ebp+8]                     ; 100273: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100276: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100279: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10027c: 8b 7d 14
    ; test/golden/order.ts:38: y += (y = 5);
    mov ecx, eax                         ; 10027f: 89 c1
    mov eax, 5                           ; 100281: b8 05 00 00 00
    lea eax, [ecx+5]                     ; 100286: 8d 41 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 100289: b9 7c 10 10 00
    push eax                             ; 10028e: 50
    push ecx                             ; 10028f: 51
    call show                            ; 100290: e8 9f fe ff ff
    add esp, 8                           ; 100295: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    mov eax, ebx                         ; 100298: 89 d8
    lea ecx, [ebx-1]                     ; 10029a: 8d 4b ff
    mov ebx, ecx                         ; 10029d: 89 cb
    mov ebx, eax                         ; 10029f: 89 c3
    or ebx, ecx                          ; 1002a1: 09 cb
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 1002a3: b8 8c 10 10 00
    push ebx                             ; 1002a8: 53
    push eax                             ; 1002a9: 50
    call show                            ; 1002aa: e8 85 fe ff ff
    add esp, 8                           ; 1002af: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    mov eax, esi                         ; 1002b2: 89 f0
    add esi, 1                           ; 1002b4: 83 c6 01
    add esi, eax                         ; 1002b7: 01 c6
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 1002b9: b8 98 10 10 00
    push esi                             ; 1002be: 56
    push eax                             ; 1002bf: 50
    call show                            ; 1002c0: e8 6f fe ff ff
    add esp, 8                           ; 1002c5: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    mov eax, edi                         ; 1002c8: 89 f8
    mov ecx, edi                         ; 1002ca: 89 f9
    lea edx, [edi+1]                     ; 1002cc: 8d 57 01
    movzx edi, dl                        ; 1002cf: 0f b6 fa
    sub eax, ecx                         ; 1002d2: 29 c8
    movzx edi, al                        ; 1002d4: 0f b6 f8
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov eax, str_13                      ; 1002d7: b8 a8 10 10 00
    push edi                             ; 1002dc: 57
    push eax                             ; 1002dd: 50
    call show                            ; 1002de: e8 51 fe ff ff
    add esp, 8                           ; 1002e3: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 1002e6: 5f
    pop esi                              ; 1002e7: 5e
    pop ebx                              ; 1002e8: 5b
    pop ebp                              ; 1002e9: 5d
    ret                                  ; 1002ea: c3

argumentsInOrder:
    ; test/golden/order.ts:48: function argumentsInOrder(n: i32, m: i32): void {
    push ebp                             ; 1002eb: 55
    mov ebp, esp                         ; 1002ec: 89 e5
    push ebx                             ; 1002ee: 53
    push esi                             ; 1002ef: 56
    mov eax, [ebp+8]                     ; 1002f0: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1002f3: 8b 5d 0c
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov esi, str_14                      ; 1002f6: be b4 10 10 00
    mov ecx, eax                         ; 1002fb: 89 c1
    lea edx, [eax+1]                     ; 1002fd: 8d 50 01
    mov eax, edx                         ; 100300: 89 d0
    push edx                             ; 100302: 52
    push ecx                             ; 100303: 51
    call pair                            ; 100304: e8 66 fe ff ff
    add esp, 8                           ; 100309: 83 c4 08
    push eax                             ; 10030c: 50
    push esi                             ; 10030d: 56
    call show                            ; 10030e: e8 21 fe ff ff
    add esp, 8                           ; 100313: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 100316: be c4 10 10 00
    mov eax, ebx                         ; 10031b: 89 d8
    mov ebx, 2                           ; 10031d: bb 02 00 00 00
    push 2                               ; 100322: 6a 02
    push 2                               ; 100324: 6a 02
    push eax                             ; 100326: 50
    call triple                          ; 100327: e8 54 fe ff ff
    add esp, 0xc                         ; 10032c: 83 c4 0c
    push eax                             ; 10032f: 50
    push esi                             ; 100330: 56
    call show                            ; 100331: e8 fe fd ff ff
    add esp, 8                           ; 100336: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ebx, pair                        ; 100339: bb 6f 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 10033e: be dc 10 10 00
    mov eax, ebx                         ; 100343: 89 d8
    mov ecx, diff                        ; 100345: b9 9a 01 10 00
    mov ebx, ecx                         ; 10034a: 89 cb
    mov edx, diff                        ; 10034c: ba 9a 01 10 00
    cmp ecx, edx                         ; 100351: 39 d1
    jne short .L2                        ; 100353: 75 07
    mov ecx, 2                           ; 100355: b9 02 00 00 00
    jmp short .L3                        ; 10035a: eb 05
.L2:
    mov ecx, 3                           ; 10035c: b9 03 00 00 00
.L3:
    push ecx                             ; 100361: 51
    push 1                               ; 100362: 6a 01
    call eax                             ; 100364: ff d0
    add esp, 8                           ; 100366: 83 c4 08
    push eax                             ; 100369: 50
    push esi                             ; 10036a: 56
    call show                            ; 10036b: e8 c4 fd ff ff
    add esp, 8                           ; 100370: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 100373: be 00 11 10 00
    push 2                               ; 100378: 6a 02
    push 1                               ; 10037a: 6a 01
    call ebx                             ; 10037c: ff d3
    add esp, 8                           ; 10037e: 83 c4 08
    push eax                             ; 100381: 50
    push esi                             ; 100382: 56
    call show                            ; 100383: e8 ac fd ff ff
    add esp, 8                           ; 100388: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 10038b: 5e
    pop ebx                              ; 10038c: 5b
    pop ebp                              ; 10038d: 5d
    ret                                  ; 10038e: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push ebp                             ; 10038f: 55
    mov ebp, esp                         ; 100390: 89 e5
    push 0                               ; 100392: 6a 00
    push 7                               ; 100394: 6a 07
    push 1                               ; 100396: 6a 01
    push 3                               ; 100398: 6a 03
    call operands                        ; 10039a: e8 08 fe ff ff
    add esp, 0x10                        ; 10039f: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 1003a2: 6a 01
    push 5                               ; 1003a4: 6a 05
    push 6                               ; 1003a6: 6a 06
    push 3                               ; 1003a8: 6a 03
    call assignments                     ; 1003aa: e8 be fe ff ff
    add esp, 0x10                        ; 1003af: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 1003b2: 6a 09
    push 0                               ; 1003b4: 6a 00
    call argumentsInOrder                ; 1003b6: e8 30 ff ff ff
    add esp, 8                           ; 1003bb: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 1003be: 6a 00
    call exit                            ; 1003c0: e8 63 fd ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; test/golden/order.ts:61: }
    pop ebp                              ; 1003c8: 5d
    ret                                  ; 1003c9: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ca: 55
    mov ebp, esp                         ; 1003cb: 89 e5
    push ebx                             ; 1003cd: 53
    push esi                             ; 1003ce: 56
    mov eax, [ebp+8]                     ; 1003cf: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003d2: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003d5: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003d8: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003db: 8b 35 00 20 10 00
    push ebx                             ; 1003e1: 53
    push edx                             ; 1003e2: 52
    push ecx                             ; 1003e3: 51
    push eax                             ; 1003e4: 50
    call esi                             ; 1003e5: ff d6
    add esp, 0x10                        ; 1003e7: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003ea: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003eb: f4
    jmp short .L2                        ; 1003ec: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ee: 55
    mov ebp, esp                         ; 1003ef: 89 e5
    sub esp, 4                           ; 1003f1: 83 ec 04
    push ebx                             ; 1003f4: 53
    push esi                             ; 1003f5: 56
    push edi                             ; 1003f6: 57
    mov ebx, [ebp+8]                     ; 1003f7: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003fa: 8b 45 0c
    mov [ebp-4], eax                     ; 1003fd: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100400: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100403: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_18                      ; 100406: b8 0c 11 10 00
    push eax                             ; 10040b: 50
    call print                           ; 10040c: e8 67 fc ff ff
    add esp, 4                           ; 100411: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100414: 56
    call printU32                        ; 100415: e8 a0 fc ff ff
    add esp, 4                           ; 10041a: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_19                      ; 10041d: b8 2c 11 10 00
    push eax                             ; 100422: 50
    call print                           ; 100423: e8 50 fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10042b: 57
    call printU32                        ; 10042c: e8 89 fc ff ff
    add esp, 4                           ; 100431: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_20                      ; 100434: b8 4c 11 10 00
    push eax                             ; 100439: 50
    call print                           ; 10043a: e8 39 fc ff ff
    add esp, 4                           ; 10043f: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100442: 53
    call print                           ; 100443: e8 30 fc ff ff
    add esp, 4                           ; 100448: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_21                      ; 10044b: b8 54 11 10 00
    push eax                             ; 100450: 50
    call print                           ; 100451: e8 22 fc ff ff
    add esp, 4                           ; 100456: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100459: 8b 45 fc
    push eax                             ; 10045c: 50
    call printU32                        ; 10045d: e8 58 fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100465: b8 24 10 10 00
    push eax                             ; 10046a: 50
    call println                         ; 10046b: e8 2f fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100473: 5f
    pop esi                              ; 100474: 5e
    pop ebx                              ; 100475: 5b
    leave                                ; 100476: c9
    ret                                  ; 100477: c3

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
