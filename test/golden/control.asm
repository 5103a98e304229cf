; tskc 0.1.0 listing of test/golden/control.ts
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
    call main                            ; 10003d: e8 5e 02 00 00
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
    push edi                             ; 100077: 57
    mov edi, [esp+0x10]                  ; 100078: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 10007c: 8b 37
    xor ebx, ebx                         ; 10007e: 31 db
    cmp ebx, esi                         ; 100080: 39 f3
    jge short .L4                        ; 100082: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100084: 0f b6 44 1f 04
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add ebx, 1                           ; 100092: 83 c3 01
    cmp ebx, esi                         ; 100095: 39 f3
    jl short .L7                         ; 100097: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    ret                                  ; 10009c: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009d: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 ce ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b4: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b5: 53
    mov ebx, [esp+8]                     ; 1000b6: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000ba: 83 fb 0a
    jb short .L2                         ; 1000bd: 72 14
    mov ecx, 0xa                         ; 1000bf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c4: 89 d8
    xor edx, edx                         ; 1000c6: 31 d2
    div ecx                              ; 1000c8: f7 f1
    push eax                             ; 1000ca: 50
    call printU32                        ; 1000cb: e8 e5 ff ff ff
    add esp, 4                           ; 1000d0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d8: 89 d8
    xor edx, edx                         ; 1000da: 31 d2
    div ecx                              ; 1000dc: f7 f1
    lea eax, [edx+0x30]                  ; 1000de: 8d 42 30
    movzx eax, al                        ; 1000e1: 0f b6 c0
    push eax                             ; 1000e4: 50
    call putc                            ; 1000e5: e8 5c ff ff ff
    add esp, 4                           ; 1000ea: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ed: 5b
    ret                                  ; 1000ee: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000ef: 53
    mov ebx, [esp+8]                     ; 1000f0: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f4: 85 db
    jge short .L2                        ; 1000f6: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f8: 6a 2d
    call putc                            ; 1000fa: e8 47 ff ff ff
    add esp, 4                           ; 1000ff: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100102: f7 db
    push ebx                             ; 100104: 53
    call printU32                        ; 100105: e8 ab ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010d: 5b
    ret                                  ; 10010e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010f: 53
    call printU32                        ; 100110: e8 a0 ff ff ff
    add esp, 4                           ; 100115: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100118: 5b
    ret                                  ; 100119: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011a: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100120: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100121: f4
    jmp short .L2                        ; 100122: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 100124: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test eax, eax                        ; 100128: 85 c0
    jge short .L2                        ; 10012a: 7d 06
    mov eax, str_2                       ; 10012c: b8 1c 10 10 00
    ret                                  ; 100131: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test eax, eax                        ; 100132: 85 c0
    jne short .L7                        ; 100134: 75 0c
    mov eax, str_3                       ; 100136: b8 28 10 10 00
    ret                                  ; 10013b: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 10013c: b8 3c 10 10 00
    ret                                  ; 100141: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 100142: 83 f8 0a
    jge short .L3                        ; 100145: 7d f5
    mov eax, str_4                       ; 100147: b8 30 10 10 00
    ret                                  ; 10014c: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebx                             ; 10014d: 53
    mov ebx, [esp+8]                     ; 10014e: 8b 5c 24 08
    mov eax, [esp+0xc]                   ; 100152: 8b 44 24 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100156: 50
    call print                           ; 100157: e8 19 ff ff ff
    add esp, 4                           ; 10015c: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10015f: 89 d8
    pop ebx                              ; 100161: 5b
    ret                                  ; 100162: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebx                             ; 100163: 53
    push esi                             ; 100164: 56
    push edi                             ; 100165: 57
    mov esi, [esp+0x10]                  ; 100166: 8b 74 24 10
    xor ebx, ebx                         ; 10016a: 31 db
    xor ecx, ecx                         ; 10016c: 31 c9
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 10016e: 39 f1
    jge short .L3                        ; 100170: 7d 19
.L2:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 100172: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 100175: bf 02 00 00 00
    mov eax, ecx                         ; 10017a: 89 c8
    cdq                                  ; 10017c: 99
    idiv edi                             ; 10017d: f7 ff
    test edx, edx                        ; 10017f: 85 d2
    jne near .L6                         ; 100181: 0f 85 99 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 100187: 39 f1
    jl short .L2                         ; 100189: 7c e7
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 10018b: b8 48 10 10 00
    push eax                             ; 100190: 50
    call print                           ; 100191: e8 df fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100199: 53
    call printI32                        ; 10019a: e8 50 ff ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov ebx, str_7                       ; 1001a2: bb 54 10 10 00
    push ebx                             ; 1001a7: 53
    call println                         ; 1001a8: e8 f0 fe ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001b0: b8 58 10 10 00
    push eax                             ; 1001b5: 50
    call print                           ; 1001b6: e8 ba fe ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 1001be: 6a 01
    call printI32                        ; 1001c0: e8 2a ff ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; test/golden/control.ts:38: println("");
    push ebx                             ; 1001c8: 53
    call println                         ; 1001c9: e8 cf fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    xor edi, edi                         ; 1001d1: 31 ff
    xor eax, eax                         ; 1001d3: 31 c0
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    cmp eax, esi                         ; 1001d5: 39 f0
    jge short .L16                       ; 1001d7: 7d 23
.L14:
    xor ecx, ecx                         ; 1001d9: 31 c9
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    cmp ecx, esi                         ; 1001db: 39 f1
    jge short .L15                       ; 1001dd: 7d 16
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 1001df: 39 c1
    jg short .L15                        ; 1001e1: 7f 12
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 1001e3: 8d 14 08
    cmp edx, 0xc                         ; 1001e6: 83 fa 0c
    jg short .L16                        ; 1001e9: 7f 11
    ; test/golden/control.ts:45: pairs++;
    add edi, 1                           ; 1001eb: 83 c7 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 1001ee: 83 c1 01
    cmp ecx, esi                         ; 1001f1: 39 f1
    jl short .L19                        ; 1001f3: 7c ea
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 1001f5: 83 c0 01
    cmp eax, esi                         ; 1001f8: 39 f0
    jl short .L14                        ; 1001fa: 7c dd
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 1001fc: b8 64 10 10 00
    push eax                             ; 100201: 50
    call print                           ; 100202: e8 6e fe ff ff
    add esp, 4                           ; 100207: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push edi                             ; 10020a: 57
    call printI32                        ; 10020b: e8 df fe ff ff
    add esp, 4                           ; 100210: 83 c4 04
    ; test/golden/control.ts:50: println("");
    push ebx                             ; 100213: 53
    call println                         ; 100214: e8 84 fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 10021c: 5f
    pop esi                              ; 10021d: 5e
    pop ebx                              ; 10021e: 5b
    ret                                  ; 10021f: c3
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 100220: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 100222: 39 f1
    jl near .L2                          ; 100224: 0f 8c 48 ff ff ff
    jmp .L3                              ; 10022a: e9 5c ff ff ff

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebx                             ; 10022f: 53
    push esi                             ; 100230: 56
    mov ebx, [esp+0xc]                   ; 100231: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100235: 8b 74 24 10
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 100239: 83 fb 01
    jge short .L2                        ; 10023c: 7d 07
    mov eax, str_10                      ; 10023e: b8 70 10 10 00
    jmp short .L3                        ; 100243: eb 05
.L2:
    mov eax, str_11                      ; 100245: b8 78 10 10 00
.L3:
    push eax                             ; 10024a: 50
    call print                           ; 10024b: e8 25 fe ff ff
    add esp, 4                           ; 100250: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 100253: 83 fe 01
    jae short .L6                        ; 100256: 73 07
    mov eax, str_12                      ; 100258: b8 84 10 10 00
    jmp short .L7                        ; 10025d: eb 05
.L6:
    mov eax, str_13                      ; 10025f: b8 8c 10 10 00
.L7:
    push eax                             ; 100264: 50
    call print                           ; 100265: e8 0b fe ff ff
    add esp, 4                           ; 10026a: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 10026d: 83 fb ff
    jge short .L12                       ; 100270: 7d 1f
.L10:
    mov eax, str_15                      ; 100272: b8 a0 10 10 00
.L11:
    push eax                             ; 100277: 50
    call print                           ; 100278: e8 f8 fd ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 100280: b8 54 10 10 00
    push eax                             ; 100285: 50
    call println                         ; 100286: e8 12 fe ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 10028e: 5e
    pop ebx                              ; 10028f: 5b
    ret                                  ; 100290: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 100291: 81 fe 00 28 6b ee
    jbe short .L10                       ; 100297: 76 d9
    mov eax, str_14                      ; 100299: b8 98 10 10 00
    jmp short .L11                       ; 10029e: eb d7

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebx                             ; 1002a0: 53
    push 0xfffffffb                      ; 1002a1: 6a fb
    call classify                        ; 1002a3: e8 7c fe ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    push eax                             ; 1002ab: 50
    call println                         ; 1002ac: e8 ec fd ff ff
    add esp, 4                           ; 1002b1: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 1002b4: 6a 00
    call classify                        ; 1002b6: e8 69 fe ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    push eax                             ; 1002be: 50
    call println                         ; 1002bf: e8 d9 fd ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 1002c7: 6a 07
    call classify                        ; 1002c9: e8 56 fe ff ff
    add esp, 4                           ; 1002ce: 83 c4 04
    push eax                             ; 1002d1: 50
    call println                         ; 1002d2: e8 c6 fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 1002da: 6a 64
    call classify                        ; 1002dc: e8 43 fe ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    push eax                             ; 1002e4: 50
    call println                         ; 1002e5: e8 b3 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1002ed: b8 ac 10 10 00
    push eax                             ; 1002f2: 50
    push 0                               ; 1002f3: 6a 00
    call loud                            ; 1002f5: e8 53 fe ff ff
    add esp, 8                           ; 1002fa: 83 c4 08
    test eax, eax                        ; 1002fd: 85 c0
    je short .L2                         ; 1002ff: 74 22
    mov eax, str_17                      ; 100301: b8 b4 10 10 00
    push eax                             ; 100306: 50
    push 1                               ; 100307: 6a 01
    call loud                            ; 100309: e8 3f fe ff ff
    add esp, 8                           ; 10030e: 83 c4 08
    test eax, eax                        ; 100311: 85 c0
    je short .L2                         ; 100313: 74 0e
    mov eax, str_18                      ; 100315: b8 bc 10 10 00
    push eax                             ; 10031a: 50
    call print                           ; 10031b: e8 55 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov ebx, str_7                       ; 100323: bb 54 10 10 00
    push ebx                             ; 100328: 53
    call println                         ; 100329: e8 6f fd ff ff
    add esp, 4                           ; 10032e: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 100331: b8 c4 10 10 00
    push eax                             ; 100336: 50
    push 1                               ; 100337: 6a 01
    call loud                            ; 100339: e8 0f fe ff ff
    add esp, 8                           ; 10033e: 83 c4 08
    test eax, eax                        ; 100341: 85 c0
    je near .L8                          ; 100343: 0f 84 9f 00 00 00
.L6:
    mov eax, str_18                      ; 100349: b8 bc 10 10 00
    push eax                             ; 10034e: 50
    call print                           ; 10034f: e8 21 fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    push ebx                             ; 100357: 53
    call println                         ; 100358: e8 40 fd ff ff
    add esp, 4                           ; 10035d: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 100360: b8 d4 10 10 00
    push eax                             ; 100365: 50
    push 0                               ; 100366: 6a 00
    call loud                            ; 100368: e8 e0 fd ff ff
    add esp, 8                           ; 10036d: 83 c4 08
    test eax, eax                        ; 100370: 85 c0
    jne short .L12                       ; 100372: 75 36
    mov eax, str_22                      ; 100374: b8 dc 10 10 00
    push eax                             ; 100379: 50
    push 1                               ; 10037a: 6a 01
    call loud                            ; 10037c: e8 cc fd ff ff
    add esp, 8                           ; 100381: 83 c4 08
    test eax, eax                        ; 100384: 85 c0
    je short .L11                        ; 100386: 74 14
    mov eax, str_23                      ; 100388: b8 e4 10 10 00
    push eax                             ; 10038d: 50
    push 0                               ; 10038e: 6a 00
    call loud                            ; 100390: e8 b8 fd ff ff
    add esp, 8                           ; 100395: 83 c4 08
    test eax, eax                        ; 100398: 85 c0
    jne short .L12                       ; 10039a: 75 0e
.L11:
    mov eax, str_18                      ; 10039c: b8 bc 10 10 00
    push eax                             ; 1003a1: 50
    call print                           ; 1003a2: e8 ce fc ff ff
    add esp, 4                           ; 1003a7: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    push ebx                             ; 1003aa: 53
    call println                         ; 1003ab: e8 ed fc ff ff
    add esp, 4                           ; 1003b0: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 1003b3: 6a 0a
    call loops                           ; 1003b5: e8 a9 fd ff ff
    add esp, 4                           ; 1003ba: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 1003bd: 6a ff
    push 0xffffffff                      ; 1003bf: 6a ff
    call compare                         ; 1003c1: e8 69 fe ff ff
    add esp, 8                           ; 1003c6: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 1003c9: 6a 00
    call printU32                        ; 1003cb: e8 e5 fc ff ff
    add esp, 4                           ; 1003d0: 83 c4 04
    ; test/golden/control.ts:74: println("");
    push ebx                             ; 1003d3: 53
    call println                         ; 1003d4: e8 c4 fc ff ff
    add esp, 4                           ; 1003d9: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 1003dc: 6a 00
    call exit                            ; 1003de: e8 37 fd ff ff
    add esp, 4                           ; 1003e3: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebx                              ; 1003e6: 5b
    ret                                  ; 1003e7: c3
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003e8: b8 cc 10 10 00
    push eax                             ; 1003ed: 50
    push 1                               ; 1003ee: 6a 01
    call loud                            ; 1003f0: e8 58 fd ff ff
    add esp, 8                           ; 1003f5: 83 c4 08
    test eax, eax                        ; 1003f8: 85 c0
    jne near .L6                         ; 1003fa: 0f 85 49 ff ff ff
    jmp .L7                              ; 100400: e9 52 ff ff ff

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100405: 53
    push esi                             ; 100406: 56
    mov esi, [esp+0xc]                   ; 100407: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10040b: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10040f: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100413: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100417: a1 00 20 10 00
    push ecx                             ; 10041c: 51
    push edx                             ; 10041d: 52
    push ebx                             ; 10041e: 53
    push esi                             ; 10041f: 56
    call eax                             ; 100420: ff d0
    add esp, 0x10                        ; 100422: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100425: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100426: f4
    jmp short .L2                        ; 100427: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100429: 53
    push esi                             ; 10042a: 56
    push edi                             ; 10042b: 57
    mov ebx, [esp+0x14]                  ; 10042c: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100430: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100434: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_24                      ; 100438: b8 ec 10 10 00
    push eax                             ; 10043d: 50
    call print                           ; 10043e: e8 32 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100446: 57
    call printU32                        ; 100447: e8 69 fc ff ff
    add esp, 4                           ; 10044c: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_25                      ; 10044f: b8 0c 11 10 00
    push eax                             ; 100454: 50
    call print                           ; 100455: e8 1b fc ff ff
    add esp, 4                           ; 10045a: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10045d: 56
    call printU32                        ; 10045e: e8 52 fc ff ff
    add esp, 4                           ; 100463: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_26                      ; 100466: b8 2c 11 10 00
    push eax                             ; 10046b: 50
    call print                           ; 10046c: e8 04 fc ff ff
    add esp, 4                           ; 100471: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100474: ff 74 24 10
    call print                           ; 100478: e8 f8 fb ff ff
    add esp, 4                           ; 10047d: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_27                      ; 100480: b8 34 11 10 00
    push eax                             ; 100485: 50
    call print                           ; 100486: e8 ea fb ff ff
    add esp, 4                           ; 10048b: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10048e: 53
    call printU32                        ; 10048f: e8 21 fc ff ff
    add esp, 4                           ; 100494: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_7                       ; 100497: b8 54 10 10 00
    push eax                             ; 10049c: 50
    call println                         ; 10049d: e8 fb fb ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1004a5: 6a 65
    call exit                            ; 1004a7: e8 6e fc ff ff
    add esp, 4                           ; 1004ac: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1004af: 5f
    pop esi                              ; 1004b0: 5e
    pop ebx                              ; 1004b1: 5b
    ret                                  ; 1004b2: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x1028 - ($ - $$) db 0
str_3:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x1030 - ($ - $$) db 0
str_4:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x103c - ($ - $$) db 0
str_5:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x1048 - ($ - $$) db 0
str_6:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1054 - ($ - $$) db 0
str_7:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1058 - ($ - $$) db 0
str_8:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1064 - ($ - $$) db 0
str_9:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x1070 - ($ - $$) db 0
str_10:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x1078 - ($ - $$) db 0
str_11:  ; "s>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x3e, 0x3d, 0x31, 0x20
    times 0x1084 - ($ - $$) db 0
str_12:  ; "u<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x75, 0x3c, 0x31, 0x20
    times 0x108c - ($ - $$) db 0
str_13:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1098 - ($ - $$) db 0
str_14:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x10a0 - ($ - $$) db 0
str_15:  ; "not both"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x62, 0x6f, 0x74, 0x68
    times 0x10ac - ($ - $$) db 0
str_16:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x10b4 - ($ - $$) db 0
str_17:  ; "b"
    db 0x1, 0x0, 0x0, 0x0, 0x62
    times 0x10bc - ($ - $$) db 0
str_18:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x10c4 - ($ - $$) db 0
str_19:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x10cc - ($ - $$) db 0
str_20:  ; "d"
    db 0x1, 0x0, 0x0, 0x0, 0x64
    times 0x10d4 - ($ - $$) db 0
str_21:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x10dc - ($ - $$) db 0
str_22:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x10e4 - ($ - $$) db 0
str_23:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67
    times 0x10ec - ($ - $$) db 0
str_24:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x110c - ($ - $$) db 0
str_25:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x112c - ($ - $$) db 0
str_26:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1134 - ($ - $$) db 0
str_27:  ; ":"
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
