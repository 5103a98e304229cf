; tskc 0.1.0 listing of test/golden/isel-patterns.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 40 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 40 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 df 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 02 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000df: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000e0: f4
    jmp short .L2                        ; 1000e1: eb fd

rotl:
    ; test/golden/isel-patterns.ts:14: /** @noinline */ function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000e3: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000e7: 8b 4c 24 08
    rol eax, cl                          ; 1000eb: d3 c0
    ret                                  ; 1000ed: c3

rotc:
    ; test/golden/isel-patterns.ts:15: /** @noinline */ function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 1000ee: 8b 44 24 04
    rol eax, 7                           ; 1000f2: c1 c0 07
    ret                                  ; 1000f5: c3

sdiv:
    ; test/golden/isel-patterns.ts:16: /** @noinline */ function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 1000f6: 8b 4c 24 04
    mov eax, ecx                         ; 1000fa: 89 c8
    sar eax, 0x1f                        ; 1000fc: c1 f8 1f
    shr eax, 0x1d                        ; 1000ff: c1 e8 1d
    add eax, ecx                         ; 100102: 01 c8
    sar eax, 3                           ; 100104: c1 f8 03
    ret                                  ; 100107: c3

sdiv2:
    ; test/golden/isel-patterns.ts:17: /** @noinline */ function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 100108: 8b 4c 24 04
    mov eax, ecx                         ; 10010c: 89 c8
    shr eax, 0x1f                        ; 10010e: c1 e8 1f
    add eax, ecx                         ; 100111: 01 c8
    sar eax, 1                           ; 100113: d1 f8
    ret                                  ; 100115: c3

udiv:
    ; test/golden/isel-patterns.ts:18: /** @noinline */ function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 100116: 8b 44 24 04
    shr eax, 4                           ; 10011a: c1 e8 04
    ret                                  ; 10011d: c3

urem:
    ; test/golden/isel-patterns.ts:19: /** @noinline */ function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 10011e: 8b 44 24 04
    and eax, 0xf                         ; 100122: 83 e0 0f
    ret                                  ; 100125: c3

srem:
    ; test/golden/isel-patterns.ts:20: /** @noinline */ function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 100126: 8b 44 24 04
    mov ecx, 4                           ; 10012a: b9 04 00 00 00
    cdq                                  ; 10012f: 99
    idiv ecx                             ; 100130: f7 f9
    mov eax, edx                         ; 100132: 89 d0
    ret                                  ; 100134: c3

countDown:
    ; test/golden/isel-patterns.ts:21: /** @noinline */ function countDown(x: i32): u32 {
    mov ecx, [esp+4]                     ; 100135: 8b 4c 24 04
    xor eax, eax                         ; 100139: 31 c0
.L2:
    ; test/golden/isel-patterns.ts:24: x -= 1;
    sub ecx, 1                           ; 10013b: 83 e9 01
    ; test/golden/isel-patterns.ts:25: if (x < 0) break;
    js short .L3                         ; 10013e: 78 08
    ; test/golden/isel-patterns.ts:26: n++;
    add eax, 1                           ; 100140: 83 c0 01
    ; test/golden/isel-patterns.ts:23: while (n < 3) {
    cmp eax, 3                           ; 100143: 83 f8 03
    jb short .L2                         ; 100146: 72 f3
.L3:
    ; test/golden/isel-patterns.ts:28: return n;
    ret                                  ; 100148: c3

main:
    push ebx                             ; 100149: 53
    push esi                             ; 10014a: 56
    xor edx, edx                         ; 10014b: 31 d2
.L7:
    ; test/golden/isel-patterns.ts:31: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    imul eax, edx, 0x28                  ; 10014d: 6b c2 28
    movzx ecx, al                        ; 100150: 0f b6 c8
    mov [edx+bytes+4], cl                ; 100153: 88 8a 04 20 10 00
    imul ecx, edx, 0x2328                ; 100159: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 10015f: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 100162: 66 89 9c 12 10 20 10 00
    lea eax, [eax-0x80]                  ; 10016a: 8d 40 80
    movsx eax, al                        ; 10016d: 0f be c0
    mov [edx+sbytes+4], al               ; 100170: 88 82 24 20 10 00
    lea eax, [ecx-0x8000]                ; 100176: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 10017c: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 10017f: 66 89 84 12 30 20 10 00
    add edx, 1                           ; 100187: 83 c2 01
    cmp edx, 8                           ; 10018a: 83 fa 08
    jl short .L7                         ; 10018d: 7c be
    xor eax, eax                         ; 10018f: 31 c0
    xor ecx, ecx                         ; 100191: 31 c9
.L30:
    ; test/golden/isel-patterns.ts:34: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 100193: 80 b9 04 20 10 00 c8
    jae near .L37                        ; 10019a: 0f 83 2d 02 00 00
    add eax, 1                           ; 1001a0: 83 c0 01
    ; test/golden/isel-patterns.ts:35: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 1001a3: 80 b9 04 20 10 00 00
    jne near .L44                        ; 1001aa: 0f 85 2a 02 00 00
.L34:
    add eax, 0xa                         ; 1001b0: 83 c0 0a
    ; test/golden/isel-patterns.ts:36: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1001b3: 66 83 bc 09 10 20 10 00 ff
    jb near .L51                         ; 1001bc: 0f 82 27 02 00 00
.L41:
    add eax, 0x64                        ; 1001c2: 83 c0 64
    ; test/golden/isel-patterns.ts:37: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001c5: 66 81 bc 09 10 20 10 00 40 9c
    jae near .L58                        ; 1001cf: 0f 83 24 02 00 00
.L48:
    add eax, 0x3e8                       ; 1001d5: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:38: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1001da: 80 b9 24 20 10 00 f6
    jge near .L65                        ; 1001e1: 0f 8d 1f 02 00 00
.L55:
    add eax, 0x2710                      ; 1001e7: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:39: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1001ec: 66 83 bc 09 30 20 10 00 ff
    jg near .L62                         ; 1001f5: 0f 8f 1a 02 00 00
.L24:
    ; test/golden/isel-patterns.ts:33: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 1001fb: 83 c1 01
    cmp ecx, 8                           ; 1001fe: 83 f9 08
    jl short .L30                        ; 100201: 7c 90
    ; test/golden/isel-patterns.ts:41: printU32(c); println("");
    push eax                             ; 100203: 50
    call printU32                        ; 100204: e8 96 fe ff ff
    add esp, 4                           ; 100209: 83 c4 04
    mov ebx, str_3                       ; 10020c: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100211: 53
    call print                           ; 100212: e8 63 fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10021a: 6a 0a
    call putc                            ; 10021c: e8 2a fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; test/golden/isel-patterns.ts:42: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 100224: 6a 04
    push 0x80000001                      ; 100226: 68 01 00 00 80
    call rotl                            ; 10022b: e8 b3 fe ff ff
    add esp, 8                           ; 100230: 83 c4 08
    push eax                             ; 100233: 50
    call printU32                        ; 100234: e8 66 fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10023c: 53
    call print                           ; 10023d: e8 38 fe ff ff
    add esp, 4                           ; 100242: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100245: 6a 0a
    call putc                            ; 100247: e8 ff fd ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/isel-patterns.ts:43: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 10024f: 6a 00
    push 0x12345678                      ; 100251: 68 78 56 34 12
    call rotl                            ; 100256: e8 88 fe ff ff
    add esp, 8                           ; 10025b: 83 c4 08
    push eax                             ; 10025e: 50
    call printU32                        ; 10025f: e8 3b fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100267: 53
    call print                           ; 100268: e8 0d fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100270: 6a 0a
    call putc                            ; 100272: e8 d4 fd ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/isel-patterns.ts:44: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 10027a: 68 01 00 00 80
    call rotc                            ; 10027f: e8 6a fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    push eax                             ; 100287: 50
    call printU32                        ; 100288: e8 12 fe ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100290: 53
    call print                           ; 100291: e8 e4 fd ff ff
    add esp, 4                           ; 100296: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100299: 6a 0a
    call putc                            ; 10029b: e8 ab fd ff ff
    add esp, 4                           ; 1002a0: 83 c4 04
    ; test/golden/isel-patterns.ts:45: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 1002a3: 6a ef
    call sdiv                            ; 1002a5: e8 4c fe ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    push eax                             ; 1002ad: 50
    call printU32                        ; 1002ae: e8 ec fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002b6: 53
    call print                           ; 1002b7: e8 be fd ff ff
    add esp, 4                           ; 1002bc: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002bf: 6a 0a
    call putc                            ; 1002c1: e8 85 fd ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; test/golden/isel-patterns.ts:46: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002c9: 6a 11
    call sdiv                            ; 1002cb: e8 26 fe ff ff
    add esp, 4                           ; 1002d0: 83 c4 04
    push eax                             ; 1002d3: 50
    call printU32                        ; 1002d4: e8 c6 fd ff ff
    add esp, 4                           ; 1002d9: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002dc: 53
    call print                           ; 1002dd: e8 98 fd ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002e5: 6a 0a
    call putc                            ; 1002e7: e8 5f fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; test/golden/isel-patterns.ts:47: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002ef: 6a f9
    call sdiv2                           ; 1002f1: e8 12 fe ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    push eax                             ; 1002f9: 50
    call printU32                        ; 1002fa: e8 a0 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100302: 53
    call print                           ; 100303: e8 72 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10030b: 6a 0a
    call putc                            ; 10030d: e8 39 fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/isel-patterns.ts:48: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 100315: 6a ff
    call udiv                            ; 100317: e8 fa fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    push eax                             ; 10031f: 50
    call printU32                        ; 100320: e8 7a fd ff ff
    add esp, 4                           ; 100325: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100328: 53
    call print                           ; 100329: e8 4c fd ff ff
    add esp, 4                           ; 10032e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100331: 6a 0a
    call putc                            ; 100333: e8 13 fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/isel-patterns.ts:49: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 10033b: 6a ff
    call urem                            ; 10033d: e8 dc fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    push eax                             ; 100345: 50
    call printU32                        ; 100346: e8 54 fd ff ff
    add esp, 4                           ; 10034b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10034e: 53
    call print                           ; 10034f: e8 26 fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100357: 6a 0a
    call putc                            ; 100359: e8 ed fc ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/isel-patterns.ts:50: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 100361: 6a f9
    call srem                            ; 100363: e8 be fd ff ff
    add esp, 4                           ; 100368: 83 c4 04
    push eax                             ; 10036b: 50
    call printU32                        ; 10036c: e8 2e fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100374: 53
    call print                           ; 100375: e8 00 fd ff ff
    add esp, 4                           ; 10037a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10037d: 6a 0a
    call putc                            ; 10037f: e8 c7 fc ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; test/golden/isel-patterns.ts:51: printU32(countDown(-2147483648) * 10 + countDown(1)); println("");
    push 0x80000000                      ; 100387: 68 00 00 00 80
    call countDown                       ; 10038c: e8 a4 fd ff ff
    add esp, 4                           ; 100391: 83 c4 04
    imul esi, eax, 0xa                   ; 100394: 6b f0 0a
    push 1                               ; 100397: 6a 01
    call countDown                       ; 100399: e8 97 fd ff ff
    add esp, 4                           ; 10039e: 83 c4 04
    lea eax, [esi+eax]                   ; 1003a1: 8d 04 06
    push eax                             ; 1003a4: 50
    call printU32                        ; 1003a5: e8 f5 fc ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1003ad: 53
    call print                           ; 1003ae: e8 c7 fc ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003b6: 6a 0a
    call putc                            ; 1003b8: e8 8e fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; test/golden/isel-patterns.ts:52: exit(0);
    push 0                               ; 1003c0: 6a 00
    call exit                            ; 1003c2: e8 12 fd ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; test/golden/isel-patterns.ts:53: }
    pop esi                              ; 1003ca: 5e
    pop ebx                              ; 1003cb: 5b
    ret                                  ; 1003cc: c3
.L37:
    ; test/golden/isel-patterns.ts:35: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 1003cd: 80 b9 04 20 10 00 00
    je near .L34                         ; 1003d4: 0f 84 d6 fd ff ff
.L44:
    ; test/golden/isel-patterns.ts:36: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1003da: 66 83 bc 09 10 20 10 00 ff
    jae near .L41                        ; 1003e3: 0f 83 d9 fd ff ff
.L51:
    ; test/golden/isel-patterns.ts:37: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1003e9: 66 81 bc 09 10 20 10 00 40 9c
    jb near .L48                         ; 1003f3: 0f 82 dc fd ff ff
.L58:
    ; test/golden/isel-patterns.ts:38: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1003f9: 80 b9 24 20 10 00 f6
    jl near .L55                         ; 100400: 0f 8c e1 fd ff ff
.L65:
    ; test/golden/isel-patterns.ts:39: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 100406: 66 83 bc 09 30 20 10 00 ff
    jle near .L24                        ; 10040f: 0f 8e e6 fd ff ff
.L62:
    add eax, 0x186a0                     ; 100415: 05 a0 86 01 00
    jmp .L24                             ; 10041a: e9 dc fd ff ff

__tskc_init:
    mov dword [bytes], 8                 ; 10041f: c7 05 00 20 10 00 08 00 00 00
    mov dword [words], 8                 ; 100429: c7 05 0c 20 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 100433: c7 05 20 20 10 00 08 00 00 00
    mov dword [swords], 8                ; 10043d: c7 05 2c 20 10 00 08 00 00 00
    ret                                  ; 100447: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106040
bytes equ 0x102000  ; StaticArray<u8>(8), 12 bytes
words equ 0x10200c  ; StaticArray<u16>(8), 20 bytes
sbytes equ 0x102020  ; StaticArray<i8>(8), 12 bytes
swords equ 0x10202c  ; StaticArray<i16>(8), 20 bytes
__stack equ 0x102040  ; boot stack, 16384 bytes
