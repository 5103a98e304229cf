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
    call main                            ; 10003d: e8 3f 03 00 00
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
    ; test/golden/arith.ts:7: function show(label: string, value: i32): void {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    push ebx                             ; 100137: 53
    mov eax, [ebp+8]                     ; 100138: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10013b: 8b 5d 0c
    ; test/golden/arith.ts:8: print(label);
    push eax                             ; 10013e: 50
    call print                           ; 10013f: e8 34 ff ff ff
    add esp, 4                           ; 100144: 83 c4 04
    ; test/golden/arith.ts:9: print(" = ");
    mov eax, str_2                       ; 100147: b8 1c 10 10 00
    push eax                             ; 10014c: 50
    call print                           ; 10014d: e8 26 ff ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; test/golden/arith.ts:10: printI32(value);
    push ebx                             ; 100155: 53
    call printI32                        ; 100156: e8 9c ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; test/golden/arith.ts:11: println("");
    mov eax, str_3                       ; 10015e: b8 24 10 10 00
    push eax                             ; 100163: 50
    call println                         ; 100164: e8 36 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/arith.ts:12: }
    pop ebx                              ; 10016c: 5b
    pop ebp                              ; 10016d: 5d
    ret                                  ; 10016e: c3

showU:
    ; test/golden/arith.ts:14: function showU(label: string, value: u32): void {
    push ebp                             ; 10016f: 55
    mov ebp, esp                         ; 100170: 89 e5
    push ebx                             ; 100172: 53
    mov eax, [ebp+8]                     ; 100173: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100176: 8b 5d 0c
    ; test/golden/arith.ts:15: print(label);
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 f9 fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; test/golden/arith.ts:16: print(" = ");
    mov eax, str_2                       ; 100182: b8 1c 10 10 00
    push eax                             ; 100187: 50
    call print                           ; 100188: e8 eb fe ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; test/golden/arith.ts:17: printU32(value);
    push ebx                             ; 100190: 53
    call printU32                        ; 100191: e8 24 ff ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; test/golden/arith.ts:18: println("");
    mov eax, str_3                       ; 100199: b8 24 10 10 00
    push eax                             ; 10019e: 50
    call println                         ; 10019f: e8 fb fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; test/golden/arith.ts:19: }
    pop ebx                              ; 1001a7: 5b
    pop ebp                              ; 1001a8: 5d
    ret                                  ; 1001a9: c3

signed:
    ; test/golden/arith.ts:21: function signed(a: i32, b: i32): void {
    push ebp                             ; 1001aa: 55
    mov ebp, esp                         ; 1001ab: 89 e5
    push ebx                             ; 1001ad: 53
    push esi                             ; 1001ae: 56
    push edi                             ; 1001af: 57
    mov ebx, [ebp+8]                     ; 1001b0: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1001b3: 8b 75 0c
    ; test/golden/arith.ts:22: show("a + b", a + b);
    mov eax, str_4                       ; 1001b6: b8 28 10 10 00
    lea ecx, [ebx+esi]                   ; 1001bb: 8d 0c 33
    push ecx                             ; 1001be: 51
    push eax                             ; 1001bf: 50
    call show                            ; 1001c0: e8 6f ff ff ff
    add esp, 8                           ; 1001c5: 83 c4 08
    ; test/golden/arith.ts:23: show("a - b", a - b);
    mov eax, str_5                       ; 1001c8: b8 34 10 10 00
    mov ecx, ebx                         ; 1001cd: 89 d9
    sub ecx, esi                         ; 1001cf: 29 f1
    push ecx                             ; 1001d1: 51
    push eax                             ; 1001d2: 50
    call show                            ; 1001d3: e8 5c ff ff ff
    add esp, 8                           ; 1001d8: 83 c4 08
    ; test/golden/arith.ts:24: show("a * b", a * b);
    mov eax, str_6                       ; 1001db: b8 40 10 10 00
    mov ecx, ebx                         ; 1001e0: 89 d9
    imul ecx, esi                        ; 1001e2: 0f af ce
    push ecx                             ; 1001e5: 51
    push eax                             ; 1001e6: 50
    call show                            ; 1001e7: e8 48 ff ff ff
    add esp, 8                           ; 1001ec: 83 c4 08
    ; test/golden/arith.ts:25: show("a / b", a / b);
    mov ecx, str_7                       ; 1001ef: b9 4c 10 10 00
    mov eax, ebx                         ; 1001f4: 89 d8
    cdq                                  ; 1001f6: 99
    idiv esi                             ; 1001f7: f7 fe
    push eax                             ; 1001f9: 50
    push ecx                             ; 1001fa: 51
    call show                            ; 1001fb: e8 34 ff ff ff
    add esp, 8                           ; 100200: 83 c4 08
    ; test/golden/arith.ts:26: show("a % b", a % b);
    mov ecx, str_8                       ; 100203: b9 58 10 10 00
    mov eax, ebx                         ; 100208: 89 d8
    cdq                                  ; 10020a: 99
    idiv esi                             ; 10020b: f7 fe
    push edx                             ; 10020d: 52
    push ecx                             ; 10020e: 51
    call show                            ; 10020f: e8 20 ff ff ff
    add esp, 8                           ; 100214: 83 c4 08
    ; test/golden/arith.ts:27: show("b / 2", b / 2);
    mov eax, str_9                       ; 100217: b8 64 10 10 00
    mov ecx, esi                         ; 10021c: 89 f1
    shr ecx, 0x1f                        ; 10021e: c1 e9 1f
    add ecx, esi                         ; 100221: 01 f1
    sar ecx, 1                           ; 100223: d1 f9
    push ecx                             ; 100225: 51
    push eax                             ; 100226: 50
    call show                            ; 100227: e8 08 ff ff ff
    add esp, 8                           ; 10022c: 83 c4 08
    ; test/golden/arith.ts:28: show("b % 2", b % 2);
    mov ecx, str_10                      ; 10022f: b9 70 10 10 00
    mov edi, 2                           ; 100234: bf 02 00 00 00
    mov eax, esi                         ; 100239: 89 f0
    cdq                                  ; 10023b: 99
    idiv edi                             ; 10023c: f7 ff
    push edx                             ; 10023e: 52
    push ecx                             ; 10023f: 51
    call show                            ; 100240: e8 ef fe ff ff
    add esp, 8                           ; 100245: 83 c4 08
    ; test/golden/arith.ts:29: show("b >> 1", b >> 1);
    mov eax, str_11                      ; 100248: b8 7c 10 10 00
    mov ecx, esi                         ; 10024d: 89 f1
    sar ecx, 1                           ; 10024f: d1 f9
    push ecx                             ; 100251: 51
    push eax                             ; 100252: 50
    call show                            ; 100253: e8 dc fe ff ff
    add esp, 8                           ; 100258: 83 c4 08
    ; test/golden/arith.ts:30: show("b << 3", b << 3);
    mov eax, str_12                      ; 10025b: b8 88 10 10 00
    mov ecx, esi                         ; 100260: 89 f1
    shl ecx, 3                           ; 100262: c1 e1 03
    push ecx                             ; 100265: 51
    push eax                             ; 100266: 50
    call show                            ; 100267: e8 c8 fe ff ff
    add esp, 8                           ; 10026c: 83 c4 08
    ; test/golden/arith.ts:31: show("b >>> 28", b >>> 28);
    mov eax, str_13                      ; 10026f: b8 94 10 10 00
    mov ecx, esi                         ; 100274: 89 f1
    shr ecx, 0x1c                        ; 100276: c1 e9 1c
    push ecx                             ; 100279: 51
    push eax                             ; 10027a: 50
    call show                            ; 10027b: e8 b4 fe ff ff
    add esp, 8                           ; 100280: 83 c4 08
    ; test/golden/arith.ts:32: show("-a", -a);
    mov eax, str_14                      ; 100283: b8 a0 10 10 00
    mov ecx, ebx                         ; 100288: 89 d9
    neg ecx                              ; 10028a: f7 d9
    push ecx                             ; 10028c: 51
    push eax                             ; 10028d: 50
    call show                            ; 10028e: e8 a1 fe ff ff
    add esp, 8                           ; 100293: 83 c4 08
    ; test/golden/arith.ts:33: show("~a", ~a);
    mov eax, str_15                      ; 100296: b8 a8 10 10 00
    mov ecx, ebx                         ; 10029b: 89 d9
    not ecx                              ; 10029d: f7 d1
    push ecx                             ; 10029f: 51
    push eax                             ; 1002a0: 50
    call show                            ; 1002a1: e8 8e fe ff ff
    add esp, 8                           ; 1002a6: 83 c4 08
    ; test/golden/arith.ts:34: show("a & 0xff | b ^ 3", (a & 0xff) | (b ^ 3));
    mov eax, str_16                      ; 1002a9: b8 b0 10 10 00
    xor esi, 3                           ; 1002ae: 83 f6 03
    mov ecx, ebx                         ; 1002b1: 89 d9
    and ecx, 0xff                        ; 1002b3: 81 e1 ff 00 00 00
    or ecx, esi                          ; 1002b9: 09 f1
    push ecx                             ; 1002bb: 51
    push eax                             ; 1002bc: 50
    call show                            ; 1002bd: e8 72 fe ff ff
    add esp, 8                           ; 1002c2: 83 c4 08
    ; test/golden/arith.ts:35: show("max + 1", (a - a + 2147483647) + 1);
    mov eax, str_17                      ; 1002c5: b8 c4 10 10 00
    mov ecx, ebx                         ; 1002ca: 89 d9
    sub ecx, ebx                         ; 1002cc: 29 d9
    lea ecx, [ecx-0x80000000]            ; 1002ce: 8d 89 00 00 00 80
    push ecx                             ; 1002d4: 51
    push eax                             ; 1002d5: 50
    call show                            ; 1002d6: e8 59 fe ff ff
    add esp, 8                           ; 1002db: 83 c4 08
    ; test/golden/arith.ts:36: }
    pop edi                              ; 1002de: 5f
    pop esi                              ; 1002df: 5e
    pop ebx                              ; 1002e0: 5b
    pop ebp                              ; 1002e1: 5d
    ret                                  ; 1002e2: c3

unsigned:
    ; test/golden/arith.ts:38: function unsigned(x: u32, y: u32): void {
    push ebp                             ; 1002e3: 55
    mov ebp, esp                         ; 1002e4: 89 e5
    push ebx                             ; 1002e6: 53
    push esi                             ; 1002e7: 56
    mov ebx, [ebp+8]                     ; 1002e8: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002eb: 8b 75 0c
    ; test/golden/arith.ts:39: showU("x / y", x / y);
    mov ecx, str_18                      ; 1002ee: b9 d0 10 10 00
    mov eax, ebx                         ; 1002f3: 89 d8
    xor edx, edx                         ; 1002f5: 31 d2
    div esi                              ; 1002f7: f7 f6
    push eax                             ; 1002f9: 50
    push ecx                             ; 1002fa: 51
    call showU                           ; 1002fb: e8 6f fe ff ff
    add esp, 8                           ; 100300: 83 c4 08
    ; test/golden/arith.ts:40: showU("x % y", x % y);
    mov ecx, str_19                      ; 100303: b9 dc 10 10 00
    mov eax, ebx                         ; 100308: 89 d8
    xor edx, edx                         ; 10030a: 31 d2
    div esi                              ; 10030c: f7 f6
    push edx                             ; 10030e: 52
    push ecx                             ; 10030f: 51
    call showU                           ; 100310: e8 5a fe ff ff
    add esp, 8                           ; 100315: 83 c4 08
    ; test/golden/arith.ts:41: showU("x >> 4", x >> 4);
    mov eax, str_20                      ; 100318: b8 e8 10 10 00
    mov ecx, ebx                         ; 10031d: 89 d9
    shr ecx, 4                           ; 10031f: c1 e9 04
    push ecx                             ; 100322: 51
    push eax                             ; 100323: 50
    call showU                           ; 100324: e8 46 fe ff ff
    add esp, 8                           ; 100329: 83 c4 08
    ; test/golden/arith.ts:42: showU("x + 10", x + 10);
    mov eax, str_21                      ; 10032c: b8 f4 10 10 00
    lea ecx, [ebx+0xa]                   ; 100331: 8d 4b 0a
    push ecx                             ; 100334: 51
    push eax                             ; 100335: 50
    call showU                           ; 100336: e8 34 fe ff ff
    add esp, 8                           ; 10033b: 83 c4 08
    ; test/golden/arith.ts:43: showU("y - 11", y - 11);
    mov eax, str_22                      ; 10033e: b8 00 11 10 00
    lea ecx, [esi-0xb]                   ; 100343: 8d 4e f5
    push ecx                             ; 100346: 51
    push eax                             ; 100347: 50
    call showU                           ; 100348: e8 22 fe ff ff
    add esp, 8                           ; 10034d: 83 c4 08
    ; test/golden/arith.ts:44: showU("y * y * y * y", y * y * y * y);
    mov eax, str_23                      ; 100350: b8 0c 11 10 00
    mov ecx, esi                         ; 100355: 89 f1
    imul ecx, esi                        ; 100357: 0f af ce
    imul ecx, esi                        ; 10035a: 0f af ce
    imul ecx, esi                        ; 10035d: 0f af ce
    push ecx                             ; 100360: 51
    push eax                             ; 100361: 50
    call showU                           ; 100362: e8 08 fe ff ff
    add esp, 8                           ; 100367: 83 c4 08
    ; test/golden/arith.ts:45: showU("x << y", x << y);
    mov eax, str_24                      ; 10036a: b8 20 11 10 00
    mov ecx, esi                         ; 10036f: 89 f1
    shl ebx, cl                          ; 100371: d3 e3
    push ebx                             ; 100373: 53
    push eax                             ; 100374: 50
    call showU                           ; 100375: e8 f5 fd ff ff
    add esp, 8                           ; 10037a: 83 c4 08
    ; test/golden/arith.ts:46: }
    pop esi                              ; 10037d: 5e
    pop ebx                              ; 10037e: 5b
    pop ebp                              ; 10037f: 5d
    ret                                  ; 100380: c3

main:
    ; test/golden/arith.ts:49: signed(1000, -7);
    push ebp                             ; 100381: 55
    mov ebp, esp                         ; 100382: 89 e5
    push 0xfffffff9                      ; 100384: 6a f9
    push 0x3e8                           ; 100386: 68 e8 03 00 00
    call signed                          ; 10038b: e8 1a fe ff ff
    add esp, 8                           ; 100390: 83 c4 08
    ; test/golden/arith.ts:50: unsigned(0xfffffff9, 10);
    push 0xa                             ; 100393: 6a 0a
    push 0xfffffff9                      ; 100395: 6a f9
    call unsigned                        ; 100397: e8 47 ff ff ff
    add esp, 8                           ; 10039c: 83 c4 08
    ; test/golden/arith.ts:51: exit(0);
    push 0                               ; 10039f: 6a 00
    call exit                            ; 1003a1: e8 82 fd ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; test/golden/arith.ts:52: }
    pop ebp                              ; 1003a9: 5d
    ret                                  ; 1003aa: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ab: 55
    mov ebp, esp                         ; 1003ac: 89 e5
    push ebx                             ; 1003ae: 53
    push esi                             ; 1003af: 56
    mov eax, [ebp+8]                     ; 1003b0: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003b3: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003b6: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003b9: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003bc: 8b 35 00 20 10 00
    push ebx                             ; 1003c2: 53
    push edx                             ; 1003c3: 52
    push ecx                             ; 1003c4: 51
    push eax                             ; 1003c5: 50
    call esi                             ; 1003c6: ff d6
    add esp, 0x10                        ; 1003c8: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003cb: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003cc: f4
    jmp short .L2                        ; 1003cd: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003cf: 55
    mov ebp, esp                         ; 1003d0: 89 e5
    sub esp, 4                           ; 1003d2: 83 ec 04
    push ebx                             ; 1003d5: 53
    push esi                             ; 1003d6: 56
    push edi                             ; 1003d7: 57
    mov ebx, [ebp+8]                     ; 1003d8: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003db: 8b 45 0c
    mov [ebp-4], eax                     ; 1003de: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003e1: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003e4: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_25                      ; 1003e7: b8 2c 11 10 00
    push eax                             ; 1003ec: 50
    call print                           ; 1003ed: e8 86 fc ff ff
    add esp, 4                           ; 1003f2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003f5: 56
    call printU32                        ; 1003f6: e8 bf fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_26                      ; 1003fe: b8 4c 11 10 00
    push eax                             ; 100403: 50
    call print                           ; 100404: e8 6f fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10040c: 57
    call printU32                        ; 10040d: e8 a8 fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_27                      ; 100415: b8 6c 11 10 00
    push eax                             ; 10041a: 50
    call print                           ; 10041b: e8 58 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100423: 53
    call print                           ; 100424: e8 4f fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_28                      ; 10042c: b8 74 11 10 00
    push eax                             ; 100431: 50
    call print                           ; 100432: e8 41 fc ff ff
    add esp, 4                           ; 100437: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10043a: 8b 45 fc
    push eax                             ; 10043d: 50
    call printU32                        ; 10043e: e8 77 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100446: b8 24 10 10 00
    push eax                             ; 10044b: 50
    call println                         ; 10044c: e8 4e fc ff ff
    add esp, 4                           ; 100451: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100454: 5f
    pop esi                              ; 100455: 5e
    pop ebx                              ; 100456: 5b
    leave                                ; 100457: c9
    ret                                  ; 100458: c3

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
