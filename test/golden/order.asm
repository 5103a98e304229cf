; tskc 0.1.0 listing of test/golden/order.ts
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
    call main                            ; 10003d: e8 b2 02 00 00
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
    ; test/golden/order.ts:8: function show(label: string, value: i32): void {
    push ebx                             ; 1000de: 53
    mov eax, [esp+8]                     ; 1000df: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000e3: 8b 5c 24 0c
    ; test/golden/order.ts:9: print(label);
    push eax                             ; 1000e7: 50
    call print                           ; 1000e8: e8 88 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; test/golden/order.ts:10: print(" = ");
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
    ; test/golden/order.ts:12: println("");
    mov eax, str_3                       ; 100122: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100127: 50
    call print                           ; 100128: e8 48 ff ff ff
    add esp, 4                           ; 10012d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100130: 6a 0a
    call putc                            ; 100132: e8 0f ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; test/golden/order.ts:13: }
    pop ebx                              ; 10013a: 5b
    ret                                  ; 10013b: c3

pair:
    ; test/golden/order.ts:15: function pair(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10013c: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100140: 8b 4c 24 08
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 100144: 6b c0 0a
    lea eax, [eax+ecx]                   ; 100147: 8d 04 08
    ret                                  ; 10014a: c3

triple:
    ; test/golden/order.ts:19: /** @noinline */ function triple(a: i32, b: i32, c: i32): i32 {
    mov ecx, [esp+4]                     ; 10014b: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10014f: 8b 44 24 08
    mov edx, [esp+0xc]                   ; 100153: 8b 54 24 0c
    ; test/golden/order.ts:20: return a * 100 + b * 10 + c;
    imul ecx, 0x64                       ; 100157: 6b c9 64
    imul eax, 0xa                        ; 10015a: 6b c0 0a
    lea eax, [ecx+eax]                   ; 10015d: 8d 04 01
    lea eax, [eax+edx]                   ; 100160: 8d 04 10
    ret                                  ; 100163: c3

diff:
    ; test/golden/order.ts:23: function diff(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 100164: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100168: 8b 4c 24 08
    ; test/golden/order.ts:24: return a - b;
    sub eax, ecx                         ; 10016c: 29 c8
    ret                                  ; 10016e: c3

operands:
    ; test/golden/order.ts:28: /** @noinline */ function operands(x: i32, i: i32, k: i32, p: i8): void {
    push ebx                             ; 10016f: 53
    push esi                             ; 100170: 56
    push edi                             ; 100171: 57
    mov eax, [esp+0x10]                  ; 100172: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 100176: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 10017a: 8b 5c 24 18
    mov edi, [esp+0x1c]                  ; 10017e: 8b 7c 24 1c
    ; test/golden/order.ts:29: show("x + (x = 5)", x + (x = 5));
    mov ecx, str_4                       ; 100182: b9 0c 10 10 00
    lea eax, [eax+5]                     ; 100187: 8d 40 05
    push eax                             ; 10018a: 50
    push ecx                             ; 10018b: 51
    call show                            ; 10018c: e8 4d ff ff ff
    add esp, 8                           ; 100191: 83 c4 08
    ; test/golden/order.ts:30: show("i + i++", i + i++);
    mov ecx, str_5                       ; 100194: b9 1c 10 10 00
    lea eax, [esi+esi]                   ; 100199: 8d 04 36
    push eax                             ; 10019c: 50
    push ecx                             ; 10019d: 51
    call show                            ; 10019e: e8 3b ff ff ff
    add esp, 8                           ; 1001a3: 83 c4 08
    ; test/golden/order.ts:31: show("k * k++", k * k++);
    mov eax, str_6                       ; 1001a6: b8 28 10 10 00
    lea esi, [ebx+1]                     ; 1001ab: 8d 73 01
    imul ebx, ebx                        ; 1001ae: 0f af db
    push ebx                             ; 1001b1: 53
    push eax                             ; 1001b2: 50
    call show                            ; 1001b3: e8 26 ff ff ff
    add esp, 8                           ; 1001b8: 83 c4 08
    ; test/golden/order.ts:32: show("k - --k", k - --k);
    mov ecx, str_7                       ; 1001bb: b9 34 10 10 00
    lea eax, [esi-1]                     ; 1001c0: 8d 46 ff
    sub esi, eax                         ; 1001c3: 29 c6
    push esi                             ; 1001c5: 56
    push ecx                             ; 1001c6: 51
    call show                            ; 1001c7: e8 12 ff ff ff
    add esp, 8                           ; 1001cc: 83 c4 08
    ; test/golden/order.ts:33: show("p > --p", p > --p ? 1 : 0);
    mov ecx, str_8                       ; 1001cf: b9 40 10 10 00
    lea eax, [edi-1]                     ; 1001d4: 8d 47 ff
    movsx eax, al                        ; 1001d7: 0f be c0
    cmp edi, eax                         ; 1001da: 39 c7
    jle short .L2                        ; 1001dc: 7e 07
    mov eax, 1                           ; 1001de: b8 01 00 00 00
    jmp short .L3                        ; 1001e3: eb 02
.L2:
    xor eax, eax                         ; 1001e5: 31 c0
.L3:
    push eax                             ; 1001e7: 50
    push ecx                             ; 1001e8: 51
    call show                            ; 1001e9: e8 f0 fe ff ff
    add esp, 8                           ; 1001ee: 83 c4 08
    ; test/golden/order.ts:34: show("(x << (x = 1))", x << (x = 1));
    mov eax, str_9                       ; 1001f1: b8 4c 10 10 00
    push 0xa                             ; 1001f6: 6a 0a
    push eax                             ; 1001f8: 50
    call show                            ; 1001f9: e8 e0 fe ff ff
    add esp, 8                           ; 1001fe: 83 c4 08
    ; test/golden/order.ts:35: }
    pop edi                              ; 100201: 5f
    pop esi                              ; 100202: 5e
    pop ebx                              ; 100203: 5b
    ret                                  ; 100204: c3

assignments:
    ; test/golden/order.ts:37: /** @noinline */ function assignments(y: i32, w: i32, s: i32, v: u8): void {
    push ebx                             ; 100205: 53
    push esi                             ; 100206: 56
    push edi                             ; 100207: 57
    mov eax, [esp+0x10]                  ; 100208: 8b 44 24 10
    mov esi, [esp+0x14]                  ; 10020c: 8b 74 24 14
    mov edi, [esp+0x18]                  ; 100210: 8b 7c 24 18
    mov ebx, [esp+0x1c]                  ; 100214: 8b 5c 24 1c
    ; test/golden/order.ts:38: y += (y = 5);
    add eax, 5                           ; 100218: 83 c0 05
    ; test/golden/order.ts:39: show("y += (y = 5)", y);
    mov ecx, str_10                      ; 10021b: b9 60 10 10 00
    push eax                             ; 100220: 50
    push ecx                             ; 100221: 51
    call show                            ; 100222: e8 b7 fe ff ff
    add esp, 8                           ; 100227: 83 c4 08
    ; test/golden/order.ts:40: w |= --w;
    lea eax, [esi-1]                     ; 10022a: 8d 46 ff
    or esi, eax                          ; 10022d: 09 c6
    ; test/golden/order.ts:41: show("w |= --w", w);
    mov eax, str_11                      ; 10022f: b8 70 10 10 00
    push esi                             ; 100234: 56
    push eax                             ; 100235: 50
    call show                            ; 100236: e8 a3 fe ff ff
    add esp, 8                           ; 10023b: 83 c4 08
    ; test/golden/order.ts:42: s = s++ + s;
    lea eax, [edi+1]                     ; 10023e: 8d 47 01
    add edi, eax                         ; 100241: 01 c7
    ; test/golden/order.ts:43: show("s = s++ + s", s);
    mov eax, str_12                      ; 100243: b8 7c 10 10 00
    push edi                             ; 100248: 57
    push eax                             ; 100249: 50
    call show                            ; 10024a: e8 8f fe ff ff
    add esp, 8                           ; 10024f: 83 c4 08
    ; test/golden/order.ts:44: v -= v++;
    sub ebx, ebx                         ; 100252: 29 db
    movzx eax, bl                        ; 100254: 0f b6 c3
    ; test/golden/order.ts:45: show("v -= v++", v);
    mov ecx, str_13                      ; 100257: b9 8c 10 10 00
    push eax                             ; 10025c: 50
    push ecx                             ; 10025d: 51
    call show                            ; 10025e: e8 7b fe ff ff
    add esp, 8                           ; 100263: 83 c4 08
    ; test/golden/order.ts:46: }
    pop edi                              ; 100266: 5f
    pop esi                              ; 100267: 5e
    pop ebx                              ; 100268: 5b
    ret                                  ; 100269: c3

argumentsInOrder:
    ; test/golden/order.ts:48: /** @noinline */ function argumentsInOrder(n: i32, m: i32): void {
    push ebx                             ; 10026a: 53
    push esi                             ; 10026b: 56
    mov eax, [esp+0xc]                   ; 10026c: 8b 44 24 0c
    mov ebx, [esp+0x10]                  ; 100270: 8b 5c 24 10
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    mov edx, str_14                      ; 100274: ba 98 10 10 00
    lea ecx, [eax+1]                     ; 100279: 8d 48 01
    ; test/golden/order.ts:16: return a * 10 + b;
    imul eax, 0xa                        ; 10027c: 6b c0 0a
    lea eax, [eax+ecx]                   ; 10027f: 8d 04 08
    ; test/golden/order.ts:49: show("pair(n, ++n)", pair(n, ++n));
    push eax                             ; 100282: 50
    push edx                             ; 100283: 52
    call show                            ; 100284: e8 55 fe ff ff
    add esp, 8                           ; 100289: 83 c4 08
    ; test/golden/order.ts:50: show("triple(m, m = 2, m)", triple(m, m = 2, m));
    mov esi, str_15                      ; 10028c: be a8 10 10 00
    push 2                               ; 100291: 6a 02
    push 2                               ; 100293: 6a 02
    push ebx                             ; 100295: 53
    call triple                          ; 100296: e8 b0 fe ff ff
    add esp, 0xc                         ; 10029b: 83 c4 0c
    push eax                             ; 10029e: 50
    push esi                             ; 10029f: 56
    call show                            ; 1002a0: e8 39 fe ff ff
    add esp, 8                           ; 1002a5: 83 c4 08
    ; test/golden/order.ts:51: let f: (a: i32, b: i32) => i32 = pair;
    mov ecx, pair                        ; 1002a8: b9 3c 01 10 00
    ; test/golden/order.ts:52: show("f(1, (f = diff) == diff ? 2 : 3)", f(1, (f = diff) == diff ? 2 : 3));
    mov esi, str_16                      ; 1002ad: be c0 10 10 00
    mov ebx, diff                        ; 1002b2: bb 64 01 10 00
    cmp ebx, ebx                         ; 1002b7: 39 db
    jne short .L2                        ; 1002b9: 75 07
    mov eax, 2                           ; 1002bb: b8 02 00 00 00
    jmp short .L3                        ; 1002c0: eb 05
.L2:
    mov eax, 3                           ; 1002c2: b8 03 00 00 00
.L3:
    push eax                             ; 1002c7: 50
    push 1                               ; 1002c8: 6a 01
    call ecx                             ; 1002ca: ff d1
    add esp, 8                           ; 1002cc: 83 c4 08
    push eax                             ; 1002cf: 50
    push esi                             ; 1002d0: 56
    call show                            ; 1002d1: e8 08 fe ff ff
    add esp, 8                           ; 1002d6: 83 c4 08
    ; test/golden/order.ts:53: show("f(1, 2)", f(1, 2));
    mov esi, str_17                      ; 1002d9: be e4 10 10 00
    push 2                               ; 1002de: 6a 02
    push 1                               ; 1002e0: 6a 01
    call ebx                             ; 1002e2: ff d3
    add esp, 8                           ; 1002e4: 83 c4 08
    push eax                             ; 1002e7: 50
    push esi                             ; 1002e8: 56
    call show                            ; 1002e9: e8 f0 fd ff ff
    add esp, 8                           ; 1002ee: 83 c4 08
    ; test/golden/order.ts:54: }
    pop esi                              ; 1002f1: 5e
    pop ebx                              ; 1002f2: 5b
    ret                                  ; 1002f3: c3

main:
    ; test/golden/order.ts:57: operands(3, 1, 7, 0);
    push 0                               ; 1002f4: 6a 00
    push 7                               ; 1002f6: 6a 07
    push 1                               ; 1002f8: 6a 01
    push 3                               ; 1002fa: 6a 03
    call operands                        ; 1002fc: e8 6e fe ff ff
    add esp, 0x10                        ; 100301: 83 c4 10
    ; test/golden/order.ts:58: assignments(3, 6, 5, 1);
    push 1                               ; 100304: 6a 01
    push 5                               ; 100306: 6a 05
    push 6                               ; 100308: 6a 06
    push 3                               ; 10030a: 6a 03
    call assignments                     ; 10030c: e8 f4 fe ff ff
    add esp, 0x10                        ; 100311: 83 c4 10
    ; test/golden/order.ts:59: argumentsInOrder(0, 9);
    push 9                               ; 100314: 6a 09
    push 0                               ; 100316: 6a 00
    call argumentsInOrder                ; 100318: e8 4d ff ff ff
    add esp, 8                           ; 10031d: 83 c4 08
    ; test/golden/order.ts:60: exit(0);
    push 0                               ; 100320: 6a 00
    call exit                            ; 100322: e8 ad fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/order.ts:61: }
    ret                                  ; 10032a: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_4:  ; "x + (x = 5)"
    db 0xb, 0x0, 0x0, 0x0, 0x78, 0x20, 0x2b, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x101c - ($ - $$) db 0
str_5:  ; "i + i++"
    db 0x7, 0x0, 0x0, 0x0, 0x69, 0x20, 0x2b, 0x20, 0x69, 0x2b, 0x2b
    times 0x1028 - ($ - $$) db 0
str_6:  ; "k * k++"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2a, 0x20, 0x6b, 0x2b, 0x2b
    times 0x1034 - ($ - $$) db 0
str_7:  ; "k - --k"
    db 0x7, 0x0, 0x0, 0x0, 0x6b, 0x20, 0x2d, 0x20, 0x2d, 0x2d, 0x6b
    times 0x1040 - ($ - $$) db 0
str_8:  ; "p > --p"
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x20, 0x3e, 0x20, 0x2d, 0x2d, 0x70
    times 0x104c - ($ - $$) db 0
str_9:  ; "(x << (x = 1))"
    db 0xe, 0x0, 0x0, 0x0, 0x28, 0x78, 0x20, 0x3c, 0x3c, 0x20, 0x28, 0x78, 0x20, 0x3d, 0x20, 0x31
    db 0x29, 0x29
    times 0x1060 - ($ - $$) db 0
str_10:  ; "y += (y = 5)"
    db 0xc, 0x0, 0x0, 0x0, 0x79, 0x20, 0x2b, 0x3d, 0x20, 0x28, 0x79, 0x20, 0x3d, 0x20, 0x35, 0x29
    times 0x1070 - ($ - $$) db 0
str_11:  ; "w |= --w"
    db 0x8, 0x0, 0x0, 0x0, 0x77, 0x20, 0x7c, 0x3d, 0x20, 0x2d, 0x2d, 0x77
    times 0x107c - ($ - $$) db 0
str_12:  ; "s = s++ + s"
    db 0xb, 0x0, 0x0, 0x0, 0x73, 0x20, 0x3d, 0x20, 0x73, 0x2b, 0x2b, 0x20, 0x2b, 0x20, 0x73
    times 0x108c - ($ - $$) db 0
str_13:  ; "v -= v++"
    db 0x8, 0x0, 0x0, 0x0, 0x76, 0x20, 0x2d, 0x3d, 0x20, 0x76, 0x2b, 0x2b
    times 0x1098 - ($ - $$) db 0
str_14:  ; "pair(n, ++n)"
    db 0xc, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x28, 0x6e, 0x2c, 0x20, 0x2b, 0x2b, 0x6e, 0x29
    times 0x10a8 - ($ - $$) db 0
str_15:  ; "triple(m, m = 2, m)"
    db 0x13, 0x0, 0x0, 0x0, 0x74, 0x72, 0x69, 0x70, 0x6c, 0x65, 0x28, 0x6d, 0x2c, 0x20, 0x6d, 0x20
    db 0x3d, 0x20, 0x32, 0x2c, 0x20, 0x6d, 0x29
    times 0x10c0 - ($ - $$) db 0
str_16:  ; "f(1, (f = diff) == diff ? 2 : 3)"
    db 0x20, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x28, 0x66, 0x20, 0x3d, 0x20, 0x64, 0x69
    db 0x66, 0x66, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x64, 0x69, 0x66, 0x66, 0x20, 0x3f, 0x20, 0x32, 0x20
    db 0x3a, 0x20, 0x33, 0x29
    times 0x10e4 - ($ - $$) db 0
str_17:  ; "f(1, 2)"
    db 0x7, 0x0, 0x0, 0x0, 0x66, 0x28, 0x31, 0x2c, 0x20, 0x32, 0x29

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
