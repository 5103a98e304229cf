; tskc 0.1.0 listing of test/golden/control.ts
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
    call main                            ; 10003d: e8 ef 00 00 00
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

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 100099: 53
    mov ebx, [esp+8]                     ; 10009a: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009e: 83 fb 0a
    jb short .L2                         ; 1000a1: 72 14
    mov ecx, 0xa                         ; 1000a3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a8: 89 d8
    xor edx, edx                         ; 1000aa: 31 d2
    div ecx                              ; 1000ac: f7 f1
    push eax                             ; 1000ae: 50
    call printU32                        ; 1000af: e8 e5 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bc: 89 d8
    xor edx, edx                         ; 1000be: 31 d2
    div ecx                              ; 1000c0: f7 f1
    lea eax, [edx+0x30]                  ; 1000c2: 8d 42 30
    movzx eax, al                        ; 1000c5: 0f b6 c0
    push eax                             ; 1000c8: 50
    call putc                            ; 1000c9: e8 78 ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d1: 5b
    ret                                  ; 1000d2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d3: 53
    mov ebx, [esp+8]                     ; 1000d4: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d8: 85 db
    jge short .L2                        ; 1000da: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dc: 6a 2d
    call putc                            ; 1000de: e8 63 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e6: f7 db
    push ebx                             ; 1000e8: 53
    call printU32                        ; 1000e9: e8 ab ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f1: 5b
    ret                                  ; 1000f2: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f3: 53
    call printU32                        ; 1000f4: e8 a0 ff ff ff
    add esp, 4                           ; 1000f9: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fc: 5b
    ret                                  ; 1000fd: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000fe: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100102: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100104: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100105: f4
    jmp short .L2                        ; 100106: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 100108: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test eax, eax                        ; 10010c: 85 c0
    jge short .L2                        ; 10010e: 7d 06
    mov eax, str_2                       ; 100110: b8 00 10 10 00
    ret                                  ; 100115: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test eax, eax                        ; 100116: 85 c0
    jne short .L7                        ; 100118: 75 0c
    mov eax, str_3                       ; 10011a: b8 0c 10 10 00
    ret                                  ; 10011f: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100120: b8 20 10 10 00
    ret                                  ; 100125: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 100126: 83 f8 0a
    jge short .L3                        ; 100129: 7d f5
    mov eax, str_4                       ; 10012b: b8 14 10 10 00
    ret                                  ; 100130: c3

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebx                             ; 100131: 53
    push esi                             ; 100132: 56
    push edi                             ; 100133: 57
    push 0xfffffffb                      ; 100134: 6a fb
    call classify                        ; 100136: e8 cd ff ff ff
    add esp, 4                           ; 10013b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10013e: 50
    call print                           ; 10013f: e8 31 ff ff ff
    add esp, 4                           ; 100144: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100147: 6a 0a
    call putc                            ; 100149: e8 f8 fe ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100151: 6a 00
    call classify                        ; 100153: e8 b0 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10015b: 50
    call print                           ; 10015c: e8 14 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100164: 6a 0a
    call putc                            ; 100166: e8 db fe ff ff
    add esp, 4                           ; 10016b: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10016e: 6a 07
    call classify                        ; 100170: e8 93 ff ff ff
    add esp, 4                           ; 100175: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100178: 50
    call print                           ; 100179: e8 f7 fe ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100181: 6a 0a
    call putc                            ; 100183: e8 be fe ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 10018b: 6a 64
    call classify                        ; 10018d: e8 76 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 da fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019e: 6a 0a
    call putc                            ; 1001a0: e8 a1 fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1001a8: b8 70 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001ad: 50
    call print                           ; 1001ae: e8 c2 fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; test/golden/control.ts:66: println("");
    mov esi, str_7                       ; 1001b6: be 38 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001bb: 56
    call print                           ; 1001bc: e8 b4 fe ff ff
    add esp, 4                           ; 1001c1: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001c4: 6a 0a
    call putc                            ; 1001c6: e8 7b fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1001ce: b8 80 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001d3: 50
    call print                           ; 1001d4: e8 9c fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov ebx, str_18                      ; 1001dc: bb 78 10 10 00
    push ebx                             ; 1001e1: 53
    call print                           ; 1001e2: e8 8e fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001ea: 56
    call print                           ; 1001eb: e8 85 fe ff ff
    add esp, 4                           ; 1001f0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f3: 6a 0a
    call putc                            ; 1001f5: e8 4c fe ff ff
    add esp, 4                           ; 1001fa: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1001fd: b8 88 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100202: 50
    call print                           ; 100203: e8 6d fe ff ff
    add esp, 4                           ; 100208: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 10020b: b8 90 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100210: 50
    call print                           ; 100211: e8 5f fe ff ff
    add esp, 4                           ; 100216: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_23                      ; 100219: b8 98 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 10021e: 50
    call print                           ; 10021f: e8 51 fe ff ff
    add esp, 4                           ; 100224: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    push ebx                             ; 100227: 53
    call print                           ; 100228: e8 48 fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100230: 56
    call print                           ; 100231: e8 3f fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100239: 6a 0a
    call putc                            ; 10023b: e8 06 fe ff ff
    add esp, 4                           ; 100240: 83 c4 04
    xor ebx, ebx                         ; 100243: 31 db
    xor ecx, ecx                         ; 100245: 31 c9
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 100247: 83 f9 0a
    jge short .L64                       ; 10024a: 7d 1a
.L63:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 10024c: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 10024f: bf 02 00 00 00
    mov eax, ecx                         ; 100254: 89 c8
    cdq                                  ; 100256: 99
    idiv edi                             ; 100257: f7 ff
    test edx, edx                        ; 100259: 85 d2
    jne near .L70                        ; 10025b: 0f 85 1b 01 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 100261: 83 f9 0a
    jl short .L63                        ; 100264: 7c e6
.L64:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 100266: b8 2c 10 10 00
    push eax                             ; 10026b: 50
    call print                           ; 10026c: e8 04 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100274: 53
    call printI32                        ; 100275: e8 59 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10027d: 56
    call print                           ; 10027e: e8 f2 fd ff ff
    add esp, 4                           ; 100283: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100286: 6a 0a
    call putc                            ; 100288: e8 b9 fd ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 100290: b8 3c 10 10 00
    push eax                             ; 100295: 50
    call print                           ; 100296: e8 da fd ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 10029e: 6a 01
    call printI32                        ; 1002a0: e8 2e fe ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002a8: 56
    call print                           ; 1002a9: e8 c7 fd ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b1: 6a 0a
    call putc                            ; 1002b3: e8 8e fd ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    xor ebx, ebx                         ; 1002bb: 31 db
    xor eax, eax                         ; 1002bd: 31 c0
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    cmp eax, 0xa                         ; 1002bf: 83 f8 0a
    jge short .L83                       ; 1002c2: 7d 26
.L81:
    xor ecx, ecx                         ; 1002c4: 31 c9
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    cmp ecx, 0xa                         ; 1002c6: 83 f9 0a
    jge short .L82                       ; 1002c9: 7d 17
.L89:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 1002cb: 39 c1
    jg short .L82                        ; 1002cd: 7f 13
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 1002cf: 8d 14 08
    cmp edx, 0xc                         ; 1002d2: 83 fa 0c
    jg short .L83                        ; 1002d5: 7f 13
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 1002d7: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 1002da: 83 c1 01
    cmp ecx, 0xa                         ; 1002dd: 83 f9 0a
    jl short .L89                        ; 1002e0: 7c e9
.L82:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 1002e2: 83 c0 01
    cmp eax, 0xa                         ; 1002e5: 83 f8 0a
    jl short .L81                        ; 1002e8: 7c da
.L83:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 1002ea: b8 48 10 10 00
    push eax                             ; 1002ef: 50
    call print                           ; 1002f0: e8 80 fd ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 1002f8: 53
    call printI32                        ; 1002f9: e8 d5 fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100301: 56
    call print                           ; 100302: e8 6e fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10030a: 6a 0a
    call putc                            ; 10030c: e8 35 fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    mov eax, str_10                      ; 100314: b8 54 10 10 00
    push eax                             ; 100319: 50
    call print                           ; 10031a: e8 56 fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    mov eax, str_13                      ; 100322: b8 5c 10 10 00
    push eax                             ; 100327: 50
    call print                           ; 100328: e8 48 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    mov eax, str_14                      ; 100330: b8 68 10 10 00
    push eax                             ; 100335: 50
    call print                           ; 100336: e8 3a fd ff ff
    add esp, 4                           ; 10033b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10033e: 56
    call print                           ; 10033f: e8 31 fd ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100347: 6a 0a
    call putc                            ; 100349: e8 f8 fc ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100351: 6a 00
    call printU32                        ; 100353: e8 41 fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10035b: 56
    call print                           ; 10035c: e8 14 fd ff ff
    add esp, 4                           ; 100361: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100364: 6a 0a
    call putc                            ; 100366: e8 db fc ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 10036e: 6a 00
    call exit                            ; 100370: e8 89 fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; test/golden/control.ts:76: }
    pop edi                              ; 100378: 5f
    pop esi                              ; 100379: 5e
    pop ebx                              ; 10037a: 5b
    ret                                  ; 10037b: c3
.L70:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 10037c: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 10037e: 83 f9 0a
    jl near .L63                         ; 100381: 0f 8c c5 fe ff ff
    jmp .L64                             ; 100387: e9 da fe ff ff

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x100c - ($ - $$) db 0
str_3:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x1014 - ($ - $$) db 0
str_4:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x1020 - ($ - $$) db 0
str_5:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x102c - ($ - $$) db 0
str_6:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1038 - ($ - $$) db 0
str_7:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x103c - ($ - $$) db 0
str_8:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1048 - ($ - $$) db 0
str_9:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x1054 - ($ - $$) db 0
str_10:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x105c - ($ - $$) db 0
str_13:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1068 - ($ - $$) db 0
str_14:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x1070 - ($ - $$) db 0
str_16:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x1078 - ($ - $$) db 0
str_18:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x1080 - ($ - $$) db 0
str_19:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x1088 - ($ - $$) db 0
str_21:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x1090 - ($ - $$) db 0
str_22:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x1098 - ($ - $$) db 0
str_23:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
