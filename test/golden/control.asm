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
    call main                            ; 10003d: e8 5b 02 00 00
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
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000ef: 85 c0
    jge short .L2                        ; 1000f1: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f3: 53
    mov ebx, eax                         ; 1000f4: 89 c3
    push 0x2d                            ; 1000f6: 6a 2d
    call putc                            ; 1000f8: e8 49 ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100100: f7 db
    push ebx                             ; 100102: 53
    call printU32                        ; 100103: e8 a9 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010b: 5b
    ret                                  ; 10010c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 9e ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100116: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100117: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011b: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011d: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011e: f4
    jmp short .L2                        ; 10011f: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 100121: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test eax, eax                        ; 100125: 85 c0
    jge short .L2                        ; 100127: 7d 06
    mov eax, str_2                       ; 100129: b8 1c 10 10 00
    ret                                  ; 10012e: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test eax, eax                        ; 10012f: 85 c0
    jne short .L7                        ; 100131: 75 0c
    mov eax, str_3                       ; 100133: b8 28 10 10 00
    ret                                  ; 100138: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100139: b8 3c 10 10 00
    ret                                  ; 10013e: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 10013f: 83 f8 0a
    jge short .L3                        ; 100142: 7d f5
    mov eax, str_4                       ; 100144: b8 30 10 10 00
    ret                                  ; 100149: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebx                             ; 10014a: 53
    mov ebx, [esp+8]                     ; 10014b: 8b 5c 24 08
    mov eax, [esp+0xc]                   ; 10014f: 8b 44 24 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 1c ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10015c: 89 d8
    pop ebx                              ; 10015e: 5b
    ret                                  ; 10015f: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebx                             ; 100160: 53
    push esi                             ; 100161: 56
    push edi                             ; 100162: 57
    mov esi, [esp+0x10]                  ; 100163: 8b 74 24 10
    xor ebx, ebx                         ; 100167: 31 db
    xor ecx, ecx                         ; 100169: 31 c9
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 10016b: 39 f1
    jge short .L3                        ; 10016d: 7d 19
.L2:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 10016f: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 100172: bf 02 00 00 00
    mov eax, ecx                         ; 100177: 89 c8
    cdq                                  ; 100179: 99
    idiv edi                             ; 10017a: f7 ff
    test edx, edx                        ; 10017c: 85 d2
    jne near .L6                         ; 10017e: 0f 85 99 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 100184: 39 f1
    jl short .L2                         ; 100186: 7c e7
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 100188: b8 48 10 10 00
    push eax                             ; 10018d: 50
    call print                           ; 10018e: e8 e2 fe ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100196: 53
    call printI32                        ; 100197: e8 4f ff ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov ebx, str_7                       ; 10019f: bb 54 10 10 00
    push ebx                             ; 1001a4: 53
    call println                         ; 1001a5: e8 ef fe ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001ad: b8 58 10 10 00
    push eax                             ; 1001b2: 50
    call print                           ; 1001b3: e8 bd fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 1001bb: 6a 01
    call printI32                        ; 1001bd: e8 29 ff ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; test/golden/control.ts:38: println("");
    push ebx                             ; 1001c5: 53
    call println                         ; 1001c6: e8 ce fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    xor edi, edi                         ; 1001ce: 31 ff
    xor eax, eax                         ; 1001d0: 31 c0
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    cmp eax, esi                         ; 1001d2: 39 f0
    jge short .L16                       ; 1001d4: 7d 23
.L14:
    xor ecx, ecx                         ; 1001d6: 31 c9
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    cmp ecx, esi                         ; 1001d8: 39 f1
    jge short .L15                       ; 1001da: 7d 16
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 1001dc: 39 c1
    jg short .L15                        ; 1001de: 7f 12
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 1001e0: 8d 14 08
    cmp edx, 0xc                         ; 1001e3: 83 fa 0c
    jg short .L16                        ; 1001e6: 7f 11
    ; test/golden/control.ts:45: pairs++;
    add edi, 1                           ; 1001e8: 83 c7 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 1001eb: 83 c1 01
    cmp ecx, esi                         ; 1001ee: 39 f1
    jl short .L19                        ; 1001f0: 7c ea
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 1001f2: 83 c0 01
    cmp eax, esi                         ; 1001f5: 39 f0
    jl short .L14                        ; 1001f7: 7c dd
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 1001f9: b8 64 10 10 00
    push eax                             ; 1001fe: 50
    call print                           ; 1001ff: e8 71 fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push edi                             ; 100207: 57
    call printI32                        ; 100208: e8 de fe ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; test/golden/control.ts:50: println("");
    push ebx                             ; 100210: 53
    call println                         ; 100211: e8 83 fe ff ff
    add esp, 4                           ; 100216: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 100219: 5f
    pop esi                              ; 10021a: 5e
    pop ebx                              ; 10021b: 5b
    ret                                  ; 10021c: c3
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 10021d: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 10021f: 39 f1
    jl near .L2                          ; 100221: 0f 8c 48 ff ff ff
    jmp .L3                              ; 100227: e9 5c ff ff ff

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebx                             ; 10022c: 53
    push esi                             ; 10022d: 56
    mov ebx, [esp+0xc]                   ; 10022e: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 100232: 8b 74 24 10
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 100236: 83 fb 01
    jge short .L2                        ; 100239: 7d 07
    mov eax, str_10                      ; 10023b: b8 70 10 10 00
    jmp short .L3                        ; 100240: eb 05
.L2:
    mov eax, str_11                      ; 100242: b8 78 10 10 00
.L3:
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 28 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 100250: 83 fe 01
    jae short .L6                        ; 100253: 73 07
    mov eax, str_12                      ; 100255: b8 84 10 10 00
    jmp short .L7                        ; 10025a: eb 05
.L6:
    mov eax, str_13                      ; 10025c: b8 8c 10 10 00
.L7:
    push eax                             ; 100261: 50
    call print                           ; 100262: e8 0e fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 10026a: 83 fb ff
    jge short .L12                       ; 10026d: 7d 1f
.L10:
    mov eax, str_15                      ; 10026f: b8 a0 10 10 00
.L11:
    push eax                             ; 100274: 50
    call print                           ; 100275: e8 fb fd ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 10027d: b8 54 10 10 00
    push eax                             ; 100282: 50
    call println                         ; 100283: e8 11 fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 10028b: 5e
    pop ebx                              ; 10028c: 5b
    ret                                  ; 10028d: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 10028e: 81 fe 00 28 6b ee
    jbe short .L10                       ; 100294: 76 d9
    mov eax, str_14                      ; 100296: b8 98 10 10 00
    jmp short .L11                       ; 10029b: eb d7

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebx                             ; 10029d: 53
    push 0xfffffffb                      ; 10029e: 6a fb
    call classify                        ; 1002a0: e8 7c fe ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    push eax                             ; 1002a8: 50
    call println                         ; 1002a9: e8 eb fd ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 1002b1: 6a 00
    call classify                        ; 1002b3: e8 69 fe ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    push eax                             ; 1002bb: 50
    call println                         ; 1002bc: e8 d8 fd ff ff
    add esp, 4                           ; 1002c1: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 1002c4: 6a 07
    call classify                        ; 1002c6: e8 56 fe ff ff
    add esp, 4                           ; 1002cb: 83 c4 04
    push eax                             ; 1002ce: 50
    call println                         ; 1002cf: e8 c5 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 1002d7: 6a 64
    call classify                        ; 1002d9: e8 43 fe ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    push eax                             ; 1002e1: 50
    call println                         ; 1002e2: e8 b2 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1002ea: b8 ac 10 10 00
    push eax                             ; 1002ef: 50
    push 0                               ; 1002f0: 6a 00
    call loud                            ; 1002f2: e8 53 fe ff ff
    add esp, 8                           ; 1002f7: 83 c4 08
    test eax, eax                        ; 1002fa: 85 c0
    je short .L2                         ; 1002fc: 74 22
    mov eax, str_17                      ; 1002fe: b8 b4 10 10 00
    push eax                             ; 100303: 50
    push 1                               ; 100304: 6a 01
    call loud                            ; 100306: e8 3f fe ff ff
    add esp, 8                           ; 10030b: 83 c4 08
    test eax, eax                        ; 10030e: 85 c0
    je short .L2                         ; 100310: 74 0e
    mov eax, str_18                      ; 100312: b8 bc 10 10 00
    push eax                             ; 100317: 50
    call print                           ; 100318: e8 58 fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov ebx, str_7                       ; 100320: bb 54 10 10 00
    push ebx                             ; 100325: 53
    call println                         ; 100326: e8 6e fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 10032e: b8 c4 10 10 00
    push eax                             ; 100333: 50
    push 1                               ; 100334: 6a 01
    call loud                            ; 100336: e8 0f fe ff ff
    add esp, 8                           ; 10033b: 83 c4 08
    test eax, eax                        ; 10033e: 85 c0
    je near .L8                          ; 100340: 0f 84 9f 00 00 00
.L6:
    mov eax, str_18                      ; 100346: b8 bc 10 10 00
    push eax                             ; 10034b: 50
    call print                           ; 10034c: e8 24 fd ff ff
    add esp, 4                           ; 100351: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    push ebx                             ; 100354: 53
    call println                         ; 100355: e8 3f fd ff ff
    add esp, 4                           ; 10035a: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 10035d: b8 d4 10 10 00
    push eax                             ; 100362: 50
    push 0                               ; 100363: 6a 00
    call loud                            ; 100365: e8 e0 fd ff ff
    add esp, 8                           ; 10036a: 83 c4 08
    test eax, eax                        ; 10036d: 85 c0
    jne short .L12                       ; 10036f: 75 36
    mov eax, str_22                      ; 100371: b8 dc 10 10 00
    push eax                             ; 100376: 50
    push 1                               ; 100377: 6a 01
    call loud                            ; 100379: e8 cc fd ff ff
    add esp, 8                           ; 10037e: 83 c4 08
    test eax, eax                        ; 100381: 85 c0
    je short .L11                        ; 100383: 74 14
    mov eax, str_23                      ; 100385: b8 e4 10 10 00
    push eax                             ; 10038a: 50
    push 0                               ; 10038b: 6a 00
    call loud                            ; 10038d: e8 b8 fd ff ff
    add esp, 8                           ; 100392: 83 c4 08
    test eax, eax                        ; 100395: 85 c0
    jne short .L12                       ; 100397: 75 0e
.L11:
    mov eax, str_18                      ; 100399: b8 bc 10 10 00
    push eax                             ; 10039e: 50
    call print                           ; 10039f: e8 d1 fc ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    push ebx                             ; 1003a7: 53
    call println                         ; 1003a8: e8 ec fc ff ff
    add esp, 4                           ; 1003ad: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 1003b0: 6a 0a
    call loops                           ; 1003b2: e8 a9 fd ff ff
    add esp, 4                           ; 1003b7: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 1003ba: 6a ff
    push 0xffffffff                      ; 1003bc: 6a ff
    call compare                         ; 1003be: e8 69 fe ff ff
    add esp, 8                           ; 1003c3: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 1003c6: 6a 00
    call printU32                        ; 1003c8: e8 e4 fc ff ff
    add esp, 4                           ; 1003cd: 83 c4 04
    ; test/golden/control.ts:74: println("");
    push ebx                             ; 1003d0: 53
    call println                         ; 1003d1: e8 c3 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 1003d9: 6a 00
    call exit                            ; 1003db: e8 37 fd ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebx                              ; 1003e3: 5b
    ret                                  ; 1003e4: c3
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003e5: b8 cc 10 10 00
    push eax                             ; 1003ea: 50
    push 1                               ; 1003eb: 6a 01
    call loud                            ; 1003ed: e8 58 fd ff ff
    add esp, 8                           ; 1003f2: 83 c4 08
    test eax, eax                        ; 1003f5: 85 c0
    jne near .L6                         ; 1003f7: 0f 85 49 ff ff ff
    jmp .L7                              ; 1003fd: e9 52 ff ff ff

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100402: 53
    push esi                             ; 100403: 56
    mov esi, [esp+0xc]                   ; 100404: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100408: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10040c: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100410: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100414: a1 00 20 10 00
    push ecx                             ; 100419: 51
    push edx                             ; 10041a: 52
    push ebx                             ; 10041b: 53
    push esi                             ; 10041c: 56
    call eax                             ; 10041d: ff d0
    add esp, 0x10                        ; 10041f: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100422: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100423: f4
    jmp short .L2                        ; 100424: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100426: 53
    push esi                             ; 100427: 56
    push edi                             ; 100428: 57
    mov ebx, [esp+0x14]                  ; 100429: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10042d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100431: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_24                      ; 100435: b8 ec 10 10 00
    push eax                             ; 10043a: 50
    call print                           ; 10043b: e8 35 fc ff ff
    add esp, 4                           ; 100440: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100443: 57
    call printU32                        ; 100444: e8 68 fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_25                      ; 10044c: b8 0c 11 10 00
    push eax                             ; 100451: 50
    call print                           ; 100452: e8 1e fc ff ff
    add esp, 4                           ; 100457: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10045a: 56
    call printU32                        ; 10045b: e8 51 fc ff ff
    add esp, 4                           ; 100460: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_26                      ; 100463: b8 2c 11 10 00
    push eax                             ; 100468: 50
    call print                           ; 100469: e8 07 fc ff ff
    add esp, 4                           ; 10046e: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100471: ff 74 24 10
    call print                           ; 100475: e8 fb fb ff ff
    add esp, 4                           ; 10047a: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_27                      ; 10047d: b8 34 11 10 00
    push eax                             ; 100482: 50
    call print                           ; 100483: e8 ed fb ff ff
    add esp, 4                           ; 100488: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10048b: 53
    call printU32                        ; 10048c: e8 20 fc ff ff
    add esp, 4                           ; 100491: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_7                       ; 100494: b8 54 10 10 00
    push eax                             ; 100499: 50
    call println                         ; 10049a: e8 fa fb ff ff
    add esp, 4                           ; 10049f: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1004a2: 6a 65
    call exit                            ; 1004a4: e8 6e fc ff ff
    add esp, 4                           ; 1004a9: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1004ac: 5f
    pop esi                              ; 1004ad: 5e
    pop ebx                              ; 1004ae: 5b
    ret                                  ; 1004af: c3

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
