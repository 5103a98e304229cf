; tskc 0.1.0 listing of test/golden/folding.ts
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
    call main                            ; 10003d: e8 3f 03 00 00
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

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d4: 53
    mov ebx, [esp+8]                     ; 1000d5: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d9: 85 db
    jge short .L2                        ; 1000db: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dd: 6a 2d
    call putc                            ; 1000df: e8 62 ff ff ff
    add esp, 4                           ; 1000e4: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e7: f7 db
    push ebx                             ; 1000e9: 53
    call printU32                        ; 1000ea: e8 ab ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f4: 53
    call printU32                        ; 1000f5: e8 a0 ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fd: 5b
    ret                                  ; 1000fe: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ff: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100103: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100105: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100106: f4
    jmp short .L2                        ; 100107: eb fd

pairI:
    ; test/golden/folding.ts:7: function pairI(label: string, folded: i32, computed: i32): void {
    push ebx                             ; 100109: 53
    push esi                             ; 10010a: 56
    mov eax, [esp+0xc]                   ; 10010b: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10010f: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100113: 8b 5c 24 14
    ; test/golden/folding.ts:8: print(label);
    push eax                             ; 100117: 50
    call print                           ; 100118: e8 58 ff ff ff
    add esp, 4                           ; 10011d: 83 c4 04
    ; test/golden/folding.ts:9: print(": ");
    mov eax, str_2                       ; 100120: b8 00 10 10 00
    push eax                             ; 100125: 50
    call print                           ; 100126: e8 4a ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    ; test/golden/folding.ts:10: printI32(folded);
    push esi                             ; 10012e: 56
    call printI32                        ; 10012f: e8 a0 ff ff ff
    add esp, 4                           ; 100134: 83 c4 04
    ; test/golden/folding.ts:11: print(" ");
    mov eax, str_3                       ; 100137: b8 08 10 10 00
    push eax                             ; 10013c: 50
    call print                           ; 10013d: e8 33 ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    ; test/golden/folding.ts:12: printI32(computed);
    push ebx                             ; 100145: 53
    call printI32                        ; 100146: e8 89 ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; test/golden/folding.ts:13: println("");
    mov eax, str_4                       ; 10014e: b8 10 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 1c ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10015c: 6a 0a
    call putc                            ; 10015e: e8 e3 fe ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/folding.ts:14: }
    pop esi                              ; 100166: 5e
    pop ebx                              ; 100167: 5b
    ret                                  ; 100168: c3

pairU:
    ; test/golden/folding.ts:16: function pairU(label: string, folded: u32, computed: u32): void {
    push ebx                             ; 100169: 53
    push esi                             ; 10016a: 56
    mov eax, [esp+0xc]                   ; 10016b: 8b 44 24 0c
    mov esi, [esp+0x10]                  ; 10016f: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100173: 8b 5c 24 14
    ; test/golden/folding.ts:17: print(label);
    push eax                             ; 100177: 50
    call print                           ; 100178: e8 f8 fe ff ff
    add esp, 4                           ; 10017d: 83 c4 04
    ; test/golden/folding.ts:18: print(": ");
    mov eax, str_2                       ; 100180: b8 00 10 10 00
    push eax                             ; 100185: 50
    call print                           ; 100186: e8 ea fe ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/folding.ts:19: printU32(folded);
    push esi                             ; 10018e: 56
    call printU32                        ; 10018f: e8 06 ff ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; test/golden/folding.ts:20: print(" ");
    mov eax, str_3                       ; 100197: b8 08 10 10 00
    push eax                             ; 10019c: 50
    call print                           ; 10019d: e8 d3 fe ff ff
    add esp, 4                           ; 1001a2: 83 c4 04
    ; test/golden/folding.ts:21: printU32(computed);
    push ebx                             ; 1001a5: 53
    call printU32                        ; 1001a6: e8 ef fe ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/folding.ts:22: println("");
    mov eax, str_4                       ; 1001ae: b8 10 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001b3: 50
    call print                           ; 1001b4: e8 bc fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001bc: 6a 0a
    call putc                            ; 1001be: e8 83 fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; test/golden/folding.ts:23: }
    pop esi                              ; 1001c6: 5e
    pop ebx                              ; 1001c7: 5b
    ret                                  ; 1001c8: c3

shifts:
    ; test/golden/folding.ts:32: /** @noinline */ function shifts(s16: i16, s8: i8, one: u32, five: u32, minusOne: i32): void {
    push ebx                             ; 1001c9: 53
    push esi                             ; 1001ca: 56
    push edi                             ; 1001cb: 57
    mov eax, [esp+0x10]                  ; 1001cc: 8b 44 24 10
    mov edi, [esp+0x14]                  ; 1001d0: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 1001d4: 8b 74 24 18
    mov ebx, [esp+0x20]                  ; 1001d8: 8b 5c 24 20
    ; test/golden/folding.ts:33: pairI("i16 -88 >>> 10", S16 >>> 10, s16 >>> 10);
    mov ecx, str_5                       ; 1001dc: b9 14 10 10 00
    shr eax, 0xa                         ; 1001e1: c1 e8 0a
    movsx eax, ax                        ; 1001e4: 0f bf c0
    push eax                             ; 1001e7: 50
    push 0xffffffff                      ; 1001e8: 6a ff
    push ecx                             ; 1001ea: 51
    call pairI                           ; 1001eb: e8 19 ff ff ff
    add esp, 0xc                         ; 1001f0: 83 c4 0c
    ; test/golden/folding.ts:34: pairI("i8 -128 >>> 1", S8 >>> 1, s8 >>> 1);
    mov ecx, str_6                       ; 1001f3: b9 28 10 10 00
    mov eax, edi                         ; 1001f8: 89 f8
    shr eax, 1                           ; 1001fa: d1 e8
    movsx eax, al                        ; 1001fc: 0f be c0
    push eax                             ; 1001ff: 50
    push 0xffffffc0                      ; 100200: 6a c0
    push ecx                             ; 100202: 51
    call pairI                           ; 100203: e8 01 ff ff ff
    add esp, 0xc                         ; 100208: 83 c4 0c
    ; test/golden/folding.ts:35: pairI("i8 -128 >> 1", S8 >> 1, s8 >> 1);
    mov ecx, str_7                       ; 10020b: b9 3c 10 10 00
    mov eax, edi                         ; 100210: 89 f8
    sar eax, 1                           ; 100212: d1 f8
    movsx eax, al                        ; 100214: 0f be c0
    push eax                             ; 100217: 50
    push 0xffffffc0                      ; 100218: 6a c0
    push ecx                             ; 10021a: 51
    call pairI                           ; 10021b: e8 e9 fe ff ff
    add esp, 0xc                         ; 100220: 83 c4 0c
    ; test/golden/folding.ts:36: pairI("i8 -128 << 1", S8 << 1, s8 << 1);
    mov ecx, str_8                       ; 100223: b9 4c 10 10 00
    mov eax, edi                         ; 100228: 89 f8
    shl eax, 1                           ; 10022a: d1 e0
    movsx eax, al                        ; 10022c: 0f be c0
    push eax                             ; 10022f: 50
    push 0                               ; 100230: 6a 00
    push ecx                             ; 100232: 51
    call pairI                           ; 100233: e8 d1 fe ff ff
    add esp, 0xc                         ; 100238: 83 c4 0c
    ; test/golden/folding.ts:37: pairU("1 << 33 >> 2", EXACT, (one << 31) >>> 0);
    mov ecx, str_9                       ; 10023b: b9 5c 10 10 00
    mov eax, esi                         ; 100240: 89 f0
    shl eax, 0x1f                        ; 100242: c1 e0 1f
    shr eax, 0                           ; 100245: c1 e8 00
    push eax                             ; 100248: 50
    push 0x80000000                      ; 100249: 68 00 00 00 80
    push ecx                             ; 10024e: 51
    call pairU                           ; 10024f: e8 15 ff ff ff
    add esp, 0xc                         ; 100254: 83 c4 0c
    ; test/golden/folding.ts:38: pairU("5 >>> 1", HALF, five >>> 1);
    mov ecx, str_10                      ; 100257: b9 6c 10 10 00
    mov eax, [esp+0x1c]                  ; 10025c: 8b 44 24 1c
    shr eax, 1                           ; 100260: d1 e8
    push eax                             ; 100262: 50
    push 2                               ; 100263: 6a 02
    push ecx                             ; 100265: 51
    call pairU                           ; 100266: e8 fe fe ff ff
    add esp, 0xc                         ; 10026b: 83 c4 0c
    ; test/golden/folding.ts:39: pairU("-1 >>> 28", PATTERN, u32(minusOne) >>> 28);
    mov eax, str_11                      ; 10026e: b8 78 10 10 00
    shr ebx, 0x1c                        ; 100273: c1 eb 1c
    push ebx                             ; 100276: 53
    push 0xf                             ; 100277: 6a 0f
    push eax                             ; 100279: 50
    call pairU                           ; 10027a: e8 ea fe ff ff
    add esp, 0xc                         ; 10027f: 83 c4 0c
    ; test/golden/folding.ts:40: pairU("u32 1 << 33 (count mod 32)", u32(1) << 33, one << 33);
    mov eax, str_12                      ; 100282: b8 88 10 10 00
    shl esi, 1                           ; 100287: d1 e6
    push esi                             ; 100289: 56
    push 2                               ; 10028a: 6a 02
    push eax                             ; 10028c: 50
    call pairU                           ; 10028d: e8 d7 fe ff ff
    add esp, 0xc                         ; 100292: 83 c4 0c
    ; test/golden/folding.ts:41: }
    pop edi                              ; 100295: 5f
    pop esi                              ; 100296: 5e
    pop ebx                              ; 100297: 5b
    ret                                  ; 100298: c3

division:
    ; test/golden/folding.ts:43: /** @noinline */ function division(min: i32, s8: i8, minusOne: i8, seven: i32, two: i32): void {
    push ebx                             ; 100299: 53
    push esi                             ; 10029a: 56
    push edi                             ; 10029b: 57
    mov ebx, [esp+0x14]                  ; 10029c: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 1002a0: 8b 74 24 18
    mov edi, [esp+0x20]                  ; 1002a4: 8b 7c 24 20
    ; test/golden/folding.ts:44: pairI("i8 -128 / -1", S8 / i8(-1), s8 / minusOne);
    mov ecx, str_13                      ; 1002a8: b9 a8 10 10 00
    mov eax, ebx                         ; 1002ad: 89 d8
    cdq                                  ; 1002af: 99
    idiv esi                             ; 1002b0: f7 fe
    movsx eax, al                        ; 1002b2: 0f be c0
    push eax                             ; 1002b5: 50
    push 0xffffff80                      ; 1002b6: 6a 80
    push ecx                             ; 1002b8: 51
    call pairI                           ; 1002b9: e8 4b fe ff ff
    add esp, 0xc                         ; 1002be: 83 c4 0c
    ; test/golden/folding.ts:45: pairI("i8 -128 % -1", S8 % i8(-1), s8 % minusOne);
    mov ecx, str_14                      ; 1002c1: b9 b8 10 10 00
    mov eax, ebx                         ; 1002c6: 89 d8
    cdq                                  ; 1002c8: 99
    idiv esi                             ; 1002c9: f7 fe
    movsx eax, dl                        ; 1002cb: 0f be c2
    push eax                             ; 1002ce: 50
    push 0                               ; 1002cf: 6a 00
    push ecx                             ; 1002d1: 51
    call pairI                           ; 1002d2: e8 32 fe ff ff
    add esp, 0xc                         ; 1002d7: 83 c4 0c
    ; test/golden/folding.ts:46: pairI("-7 / 2", -7 / 2, -seven / two);
    mov ecx, str_15                      ; 1002da: b9 c8 10 10 00
    mov ebx, [esp+0x1c]                  ; 1002df: 8b 5c 24 1c
    neg ebx                              ; 1002e3: f7 db
    mov eax, ebx                         ; 1002e5: 89 d8
    cdq                                  ; 1002e7: 99
    idiv edi                             ; 1002e8: f7 ff
    push eax                             ; 1002ea: 50
    push 0xfffffffd                      ; 1002eb: 6a fd
    push ecx                             ; 1002ed: 51
    call pairI                           ; 1002ee: e8 16 fe ff ff
    add esp, 0xc                         ; 1002f3: 83 c4 0c
    ; test/golden/folding.ts:47: pairI("-7 % 2", -7 % 2, -seven % two);
    mov ecx, str_16                      ; 1002f6: b9 d4 10 10 00
    mov eax, ebx                         ; 1002fb: 89 d8
    cdq                                  ; 1002fd: 99
    idiv edi                             ; 1002fe: f7 ff
    push edx                             ; 100300: 52
    push 0xffffffff                      ; 100301: 6a ff
    push ecx                             ; 100303: 51
    call pairI                           ; 100304: e8 00 fe ff ff
    add esp, 0xc                         ; 100309: 83 c4 0c
    ; test/golden/folding.ts:48: pairI("MIN / 2", MIN / 2, min / two);
    mov ecx, str_17                      ; 10030c: b9 e0 10 10 00
    mov eax, [esp+0x10]                  ; 100311: 8b 44 24 10
    cdq                                  ; 100315: 99
    idiv edi                             ; 100316: f7 ff
    push eax                             ; 100318: 50
    push 0xc0000000                      ; 100319: 68 00 00 00 c0
    push ecx                             ; 10031e: 51
    call pairI                           ; 10031f: e8 e5 fd ff ff
    add esp, 0xc                         ; 100324: 83 c4 0c
    ; test/golden/folding.ts:49: }
    pop edi                              ; 100327: 5f
    pop esi                              ; 100328: 5e
    pop ebx                              ; 100329: 5b
    ret                                  ; 10032a: c3

conditions:
    ; test/golden/folding.ts:51: /** @noinline */ function conditions(four: u8, minusTwo: i8): void {
    push ebx                             ; 10032b: 53
    push esi                             ; 10032c: 56
    mov ebx, [esp+0xc]                   ; 10032d: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100331: 8b 74 24 10
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    mov ecx, str_18                      ; 100335: b9 ec 10 10 00
    test ebx, ebx                        ; 10033a: 85 db
    jne short .L8                        ; 10033c: 75 23
.L6:
    xor eax, eax                         ; 10033e: 31 c0
.L7:
    push eax                             ; 100340: 50
    push 1                               ; 100341: 6a 01
    push ecx                             ; 100343: 51
    call pairI                           ; 100344: e8 c0 fd ff ff
    add esp, 0xc                         ; 100349: 83 c4 0c
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    mov eax, str_19                      ; 10034c: b8 00 11 10 00
    sub ebx, ebx                         ; 100351: 29 db
    movzx ecx, bl                        ; 100353: 0f b6 cb
    test ecx, ecx                        ; 100356: 85 c9
    je short .L18                        ; 100358: 74 12
.L15:
    mov ecx, 1                           ; 10035a: b9 01 00 00 00
    jmp short .L17                       ; 10035f: eb 11
.L8:
    ; test/golden/folding.ts:53: pairI("u8 4 && i8 -2", u8(4) && i8(-2) ? 1 : 0, four && minusTwo ? 1 : 0);
    test esi, esi                        ; 100361: 85 f6
    je short .L6                         ; 100363: 74 d9
    mov eax, 1                           ; 100365: b8 01 00 00 00
    jmp short .L7                        ; 10036a: eb d4
.L18:
    ; test/golden/folding.ts:54: pairI("u8 0 || i8 -2", u8(0) || i8(-2) ? 1 : 0, four - four || minusTwo ? 1 : 0);
    test esi, esi                        ; 10036c: 85 f6
    jne short .L15                       ; 10036e: 75 ea
    xor ecx, ecx                         ; 100370: 31 c9
.L17:
    push ecx                             ; 100372: 51
    push 1                               ; 100373: 6a 01
    push eax                             ; 100375: 50
    call pairI                           ; 100376: e8 8e fd ff ff
    add esp, 0xc                         ; 10037b: 83 c4 0c
    ; test/golden/folding.ts:55: }
    pop esi                              ; 10037e: 5e
    pop ebx                              ; 10037f: 5b
    ret                                  ; 100380: c3

main:
    ; test/golden/folding.ts:58: shifts(-88, -128, 1, 5, -1);
    push 0xffffffff                      ; 100381: 6a ff
    push 5                               ; 100383: 6a 05
    push 1                               ; 100385: 6a 01
    push 0xffffff80                      ; 100387: 6a 80
    push 0xffffffa8                      ; 100389: 6a a8
    call shifts                          ; 10038b: e8 39 fe ff ff
    add esp, 0x14                        ; 100390: 83 c4 14
    ; test/golden/folding.ts:59: division(-2147483648, -128, -1, 7, 2);
    push 2                               ; 100393: 6a 02
    push 7                               ; 100395: 6a 07
    push 0xffffffff                      ; 100397: 6a ff
    push 0xffffff80                      ; 100399: 6a 80
    push 0x80000000                      ; 10039b: 68 00 00 00 80
    call division                        ; 1003a0: e8 f4 fe ff ff
    add esp, 0x14                        ; 1003a5: 83 c4 14
    ; test/golden/folding.ts:60: conditions(4, -2);
    push 0xfffffffe                      ; 1003a8: 6a fe
    push 4                               ; 1003aa: 6a 04
    call conditions                      ; 1003ac: e8 7a ff ff ff
    add esp, 8                           ; 1003b1: 83 c4 08
    ; test/golden/folding.ts:61: exit(0);
    push 0                               ; 1003b4: 6a 00
    call exit                            ; 1003b6: e8 44 fd ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; test/golden/folding.ts:62: }
    ret                                  ; 1003be: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; ": "
    db 0x2, 0x0, 0x0, 0x0, 0x3a, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1010 - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1014 - ($ - $$) db 0
str_5:  ; "i16 -88 >>> 10"
    db 0xe, 0x0, 0x0, 0x0, 0x69, 0x31, 0x36, 0x20, 0x2d, 0x38, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31, 0x30
    times 0x1028 - ($ - $$) db 0
str_6:  ; "i8 -128 >>> 1"
    db 0xd, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x3e, 0x20
    db 0x31
    times 0x103c - ($ - $$) db 0
str_7:  ; "i8 -128 >> 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3e, 0x3e, 0x20, 0x31
    times 0x104c - ($ - $$) db 0
str_8:  ; "i8 -128 << 1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x3c, 0x3c, 0x20, 0x31
    times 0x105c - ($ - $$) db 0
str_9:  ; "1 << 33 >> 2"
    db 0xc, 0x0, 0x0, 0x0, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20, 0x3e, 0x3e, 0x20, 0x32
    times 0x106c - ($ - $$) db 0
str_10:  ; "5 >>> 1"
    db 0x7, 0x0, 0x0, 0x0, 0x35, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x31
    times 0x1078 - ($ - $$) db 0
str_11:  ; "-1 >>> 28"
    db 0x9, 0x0, 0x0, 0x0, 0x2d, 0x31, 0x20, 0x3e, 0x3e, 0x3e, 0x20, 0x32, 0x38
    times 0x1088 - ($ - $$) db 0
str_12:  ; "u32 1 << 33 (count mod 32)"
    db 0x1a, 0x0, 0x0, 0x0, 0x75, 0x33, 0x32, 0x20, 0x31, 0x20, 0x3c, 0x3c, 0x20, 0x33, 0x33, 0x20
    db 0x28, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x20, 0x6d, 0x6f, 0x64, 0x20, 0x33, 0x32, 0x29
    times 0x10a8 - ($ - $$) db 0
str_13:  ; "i8 -128 / -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x2f, 0x20, 0x2d, 0x31
    times 0x10b8 - ($ - $$) db 0
str_14:  ; "i8 -128 % -1"
    db 0xc, 0x0, 0x0, 0x0, 0x69, 0x38, 0x20, 0x2d, 0x31, 0x32, 0x38, 0x20, 0x25, 0x20, 0x2d, 0x31
    times 0x10c8 - ($ - $$) db 0
str_15:  ; "-7 / 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x2f, 0x20, 0x32
    times 0x10d4 - ($ - $$) db 0
str_16:  ; "-7 % 2"
    db 0x6, 0x0, 0x0, 0x0, 0x2d, 0x37, 0x20, 0x25, 0x20, 0x32
    times 0x10e0 - ($ - $$) db 0
str_17:  ; "MIN / 2"
    db 0x7, 0x0, 0x0, 0x0, 0x4d, 0x49, 0x4e, 0x20, 0x2f, 0x20, 0x32
    times 0x10ec - ($ - $$) db 0
str_18:  ; "u8 4 && i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x34, 0x20, 0x26, 0x26, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32
    times 0x1100 - ($ - $$) db 0
str_19:  ; "u8 0 || i8 -2"
    db 0xd, 0x0, 0x0, 0x0, 0x75, 0x38, 0x20, 0x30, 0x20, 0x7c, 0x7c, 0x20, 0x69, 0x38, 0x20, 0x2d
    db 0x32

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
