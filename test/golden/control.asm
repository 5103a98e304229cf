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
    call main                            ; 10003d: e8 f1 00 00 00
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
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100100: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100104: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100106: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100107: f4
    jmp short .L2                        ; 100108: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 10010a: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test eax, eax                        ; 10010e: 85 c0
    jge short .L2                        ; 100110: 7d 06
    mov eax, str_2                       ; 100112: b8 00 10 10 00
    ret                                  ; 100117: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test eax, eax                        ; 100118: 85 c0
    jne short .L7                        ; 10011a: 75 0c
    mov eax, str_3                       ; 10011c: b8 0c 10 10 00
    ret                                  ; 100121: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100122: b8 20 10 10 00
    ret                                  ; 100127: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 100128: 83 f8 0a
    jge short .L3                        ; 10012b: 7d f5
    mov eax, str_4                       ; 10012d: b8 14 10 10 00
    ret                                  ; 100132: c3

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    push edi                             ; 100135: 57
    push 0xfffffffb                      ; 100136: 6a fb
    call classify                        ; 100138: e8 cd ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100140: 50
    call print                           ; 100141: e8 2f ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100149: 6a 0a
    call putc                            ; 10014b: e8 f6 fe ff ff
    add esp, 4                           ; 100150: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100153: 6a 00
    call classify                        ; 100155: e8 b0 ff ff ff
    add esp, 4                           ; 10015a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10015d: 50
    call print                           ; 10015e: e8 12 ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100166: 6a 0a
    call putc                            ; 100168: e8 d9 fe ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 100170: 6a 07
    call classify                        ; 100172: e8 93 ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 f5 fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100183: 6a 0a
    call putc                            ; 100185: e8 bc fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 10018d: 6a 64
    call classify                        ; 10018f: e8 76 ff ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 d8 fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001a0: 6a 0a
    call putc                            ; 1001a2: e8 9f fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1001aa: b8 70 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001af: 50
    call print                           ; 1001b0: e8 c0 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; test/golden/control.ts:66: println("");
    mov esi, str_7                       ; 1001b8: be 38 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001bd: 56
    call print                           ; 1001be: e8 b2 fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001c6: 6a 0a
    call putc                            ; 1001c8: e8 79 fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1001d0: b8 80 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001d5: 50
    call print                           ; 1001d6: e8 9a fe ff ff
    add esp, 4                           ; 1001db: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov ebx, str_18                      ; 1001de: bb 78 10 10 00
    push ebx                             ; 1001e3: 53
    call print                           ; 1001e4: e8 8c fe ff ff
    add esp, 4                           ; 1001e9: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001ec: 56
    call print                           ; 1001ed: e8 83 fe ff ff
    add esp, 4                           ; 1001f2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f5: 6a 0a
    call putc                            ; 1001f7: e8 4a fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1001ff: b8 88 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100204: 50
    call print                           ; 100205: e8 6b fe ff ff
    add esp, 4                           ; 10020a: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 10020d: b8 90 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100212: 50
    call print                           ; 100213: e8 5d fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_23                      ; 10021b: b8 98 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100220: 50
    call print                           ; 100221: e8 4f fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    push ebx                             ; 100229: 53
    call print                           ; 10022a: e8 46 fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100232: 56
    call print                           ; 100233: e8 3d fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10023b: 6a 0a
    call putc                            ; 10023d: e8 04 fe ff ff
    add esp, 4                           ; 100242: 83 c4 04
    xor ebx, ebx                         ; 100245: 31 db
    xor ecx, ecx                         ; 100247: 31 c9
.L63:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 100249: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 10024c: bf 02 00 00 00
    mov eax, ecx                         ; 100251: 89 c8
    cdq                                  ; 100253: 99
    idiv edi                             ; 100254: f7 ff
    test edx, edx                        ; 100256: 85 d2
    jne near .L70                        ; 100258: 0f 85 11 01 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 10025e: 83 f9 0a
    jl short .L63                        ; 100261: 7c e6
.L64:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 100263: b8 2c 10 10 00
    push eax                             ; 100268: 50
    call print                           ; 100269: e8 07 fe ff ff
    add esp, 4                           ; 10026e: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100271: 53
    call printI32                        ; 100272: e8 5d fe ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10027a: 56
    call print                           ; 10027b: e8 f5 fd ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100283: 6a 0a
    call putc                            ; 100285: e8 bc fd ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 10028d: b8 3c 10 10 00
    push eax                             ; 100292: 50
    call print                           ; 100293: e8 dd fd ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 10029b: 6a 01
    call printI32                        ; 10029d: e8 32 fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002a5: 56
    call print                           ; 1002a6: e8 ca fd ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002ae: 6a 0a
    call putc                            ; 1002b0: e8 91 fd ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    xor ebx, ebx                         ; 1002b8: 31 db
    xor eax, eax                         ; 1002ba: 31 c0
.L81:
    xor ecx, ecx                         ; 1002bc: 31 c9
.L89:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 1002be: 39 c1
    jg short .L82                        ; 1002c0: 7f 13
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 1002c2: 8d 14 08
    cmp edx, 0xc                         ; 1002c5: 83 fa 0c
    jg short .L83                        ; 1002c8: 7f 13
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 1002ca: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 1002cd: 83 c1 01
    cmp ecx, 0xa                         ; 1002d0: 83 f9 0a
    jl short .L89                        ; 1002d3: 7c e9
.L82:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 1002d5: 83 c0 01
    cmp eax, 0xa                         ; 1002d8: 83 f8 0a
    jl short .L81                        ; 1002db: 7c df
.L83:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 1002dd: b8 48 10 10 00
    push eax                             ; 1002e2: 50
    call print                           ; 1002e3: e8 8d fd ff ff
    add esp, 4                           ; 1002e8: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 1002eb: 53
    call printI32                        ; 1002ec: e8 e3 fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002f4: 56
    call print                           ; 1002f5: e8 7b fd ff ff
    add esp, 4                           ; 1002fa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002fd: 6a 0a
    call putc                            ; 1002ff: e8 42 fd ff ff
    add esp, 4                           ; 100304: 83 c4 04
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    mov eax, str_10                      ; 100307: b8 54 10 10 00
    push eax                             ; 10030c: 50
    call print                           ; 10030d: e8 63 fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    mov eax, str_13                      ; 100315: b8 5c 10 10 00
    push eax                             ; 10031a: 50
    call print                           ; 10031b: e8 55 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    mov eax, str_14                      ; 100323: b8 68 10 10 00
    push eax                             ; 100328: 50
    call print                           ; 100329: e8 47 fd ff ff
    add esp, 4                           ; 10032e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100331: 56
    call print                           ; 100332: e8 3e fd ff ff
    add esp, 4                           ; 100337: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10033a: 6a 0a
    call putc                            ; 10033c: e8 05 fd ff ff
    add esp, 4                           ; 100341: 83 c4 04
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100344: 6a 00
    call printU32                        ; 100346: e8 4f fd ff ff
    add esp, 4                           ; 10034b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10034e: 56
    call print                           ; 10034f: e8 21 fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100357: 6a 0a
    call putc                            ; 100359: e8 e8 fc ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100361: 6a 00
    call exit                            ; 100363: e8 98 fd ff ff
    add esp, 4                           ; 100368: 83 c4 04
    ; test/golden/control.ts:76: }
    pop edi                              ; 10036b: 5f
    pop esi                              ; 10036c: 5e
    pop ebx                              ; 10036d: 5b
    ret                                  ; 10036e: c3
.L70:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 10036f: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 100371: 83 f9 0a
    jl near .L63                         ; 100374: 0f 8c cf fe ff ff
    jmp .L64                             ; 10037a: e9 e4 fe ff ff

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
