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
    call __tskc_init                     ; 10003b: e8 90 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 ee 00 00 00
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
    ; test/golden/isel-patterns.ts:12: /** @noinline */ function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000e3: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000e7: 8b 4c 24 08
    rol eax, cl                          ; 1000eb: d3 c0
    ret                                  ; 1000ed: c3

rotc:
    ; test/golden/isel-patterns.ts:13: /** @noinline */ function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 1000ee: 8b 44 24 04
    rol eax, 7                           ; 1000f2: c1 c0 07
    ret                                  ; 1000f5: c3

sdiv:
    ; test/golden/isel-patterns.ts:14: /** @noinline */ function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 1000f6: 8b 4c 24 04
    mov eax, ecx                         ; 1000fa: 89 c8
    sar eax, 0x1f                        ; 1000fc: c1 f8 1f
    shr eax, 0x1d                        ; 1000ff: c1 e8 1d
    add eax, ecx                         ; 100102: 01 c8
    sar eax, 3                           ; 100104: c1 f8 03
    ret                                  ; 100107: c3

sdiv2:
    ; test/golden/isel-patterns.ts:15: /** @noinline */ function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 100108: 8b 4c 24 04
    mov eax, ecx                         ; 10010c: 89 c8
    shr eax, 0x1f                        ; 10010e: c1 e8 1f
    add eax, ecx                         ; 100111: 01 c8
    sar eax, 1                           ; 100113: d1 f8
    ret                                  ; 100115: c3

udiv:
    ; test/golden/isel-patterns.ts:16: /** @noinline */ function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 100116: 8b 44 24 04
    shr eax, 4                           ; 10011a: c1 e8 04
    ret                                  ; 10011d: c3

urem:
    ; test/golden/isel-patterns.ts:17: /** @noinline */ function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 10011e: 8b 44 24 04
    and eax, 0xf                         ; 100122: 83 e0 0f
    ret                                  ; 100125: c3

srem:
    ; test/golden/isel-patterns.ts:18: /** @noinline */ function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 100126: 8b 44 24 04
    mov ecx, 4                           ; 10012a: b9 04 00 00 00
    cdq                                  ; 10012f: 99
    idiv ecx                             ; 100130: f7 f9
    mov eax, edx                         ; 100132: 89 d0
    ret                                  ; 100134: c3

main:
    push ebx                             ; 100135: 53
    xor edx, edx                         ; 100136: 31 d2
.L7:
    ; test/golden/isel-patterns.ts:20: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    imul eax, edx, 0x28                  ; 100138: 6b c2 28
    movzx ecx, al                        ; 10013b: 0f b6 c8
    mov [edx+bytes+4], cl                ; 10013e: 88 8a 04 20 10 00
    imul ecx, edx, 0x2328                ; 100144: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 10014a: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 10014d: 66 89 9c 12 10 20 10 00
    lea eax, [eax-0x80]                  ; 100155: 8d 40 80
    movsx eax, al                        ; 100158: 0f be c0
    mov [edx+sbytes+4], al               ; 10015b: 88 82 24 20 10 00
    lea eax, [ecx-0x8000]                ; 100161: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 100167: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 10016a: 66 89 84 12 30 20 10 00
    add edx, 1                           ; 100172: 83 c2 01
    cmp edx, 8                           ; 100175: 83 fa 08
    jl short .L7                         ; 100178: 7c be
    xor eax, eax                         ; 10017a: 31 c0
    xor ecx, ecx                         ; 10017c: 31 c9
.L30:
    ; test/golden/isel-patterns.ts:23: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 10017e: 80 b9 04 20 10 00 c8
    jae near .L37                        ; 100185: 0f 83 f3 01 00 00
    add eax, 1                           ; 10018b: 83 c0 01
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 10018e: 80 b9 04 20 10 00 00
    jne near .L44                        ; 100195: 0f 85 f0 01 00 00
.L34:
    add eax, 0xa                         ; 10019b: 83 c0 0a
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 10019e: 66 83 bc 09 10 20 10 00 ff
    jb near .L51                         ; 1001a7: 0f 82 ed 01 00 00
.L41:
    add eax, 0x64                        ; 1001ad: 83 c0 64
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001b0: 66 81 bc 09 10 20 10 00 40 9c
    jae near .L58                        ; 1001ba: 0f 83 ea 01 00 00
.L48:
    add eax, 0x3e8                       ; 1001c0: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1001c5: 80 b9 24 20 10 00 f6
    jge near .L65                        ; 1001cc: 0f 8d e5 01 00 00
.L55:
    add eax, 0x2710                      ; 1001d2: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1001d7: 66 83 bc 09 30 20 10 00 ff
    jg near .L62                         ; 1001e0: 0f 8f e0 01 00 00
.L24:
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 1001e6: 83 c1 01
    cmp ecx, 8                           ; 1001e9: 83 f9 08
    jl short .L30                        ; 1001ec: 7c 90
    ; test/golden/isel-patterns.ts:30: printU32(c); println("");
    push eax                             ; 1001ee: 50
    call printU32                        ; 1001ef: e8 ab fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    mov ebx, str_3                       ; 1001f7: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001fc: 53
    call print                           ; 1001fd: e8 78 fe ff ff
    add esp, 4                           ; 100202: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100205: 6a 0a
    call putc                            ; 100207: e8 3f fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; test/golden/isel-patterns.ts:31: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 10020f: 6a 04
    push 0x80000001                      ; 100211: 68 01 00 00 80
    call rotl                            ; 100216: e8 c8 fe ff ff
    add esp, 8                           ; 10021b: 83 c4 08
    push eax                             ; 10021e: 50
    call printU32                        ; 10021f: e8 7b fe ff ff
    add esp, 4                           ; 100224: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100227: 53
    call print                           ; 100228: e8 4d fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100230: 6a 0a
    call putc                            ; 100232: e8 14 fe ff ff
    add esp, 4                           ; 100237: 83 c4 04
    ; test/golden/isel-patterns.ts:32: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 10023a: 6a 00
    push 0x12345678                      ; 10023c: 68 78 56 34 12
    call rotl                            ; 100241: e8 9d fe ff ff
    add esp, 8                           ; 100246: 83 c4 08
    push eax                             ; 100249: 50
    call printU32                        ; 10024a: e8 50 fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100252: 53
    call print                           ; 100253: e8 22 fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10025b: 6a 0a
    call putc                            ; 10025d: e8 e9 fd ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/isel-patterns.ts:33: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 100265: 68 01 00 00 80
    call rotc                            ; 10026a: e8 7f fe ff ff
    add esp, 4                           ; 10026f: 83 c4 04
    push eax                             ; 100272: 50
    call printU32                        ; 100273: e8 27 fe ff ff
    add esp, 4                           ; 100278: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10027b: 53
    call print                           ; 10027c: e8 f9 fd ff ff
    add esp, 4                           ; 100281: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100284: 6a 0a
    call putc                            ; 100286: e8 c0 fd ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; test/golden/isel-patterns.ts:34: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 10028e: 6a ef
    call sdiv                            ; 100290: e8 61 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    push eax                             ; 100298: 50
    call printU32                        ; 100299: e8 01 fe ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002a1: 53
    call print                           ; 1002a2: e8 d3 fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002aa: 6a 0a
    call putc                            ; 1002ac: e8 9a fd ff ff
    add esp, 4                           ; 1002b1: 83 c4 04
    ; test/golden/isel-patterns.ts:35: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002b4: 6a 11
    call sdiv                            ; 1002b6: e8 3b fe ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    push eax                             ; 1002be: 50
    call printU32                        ; 1002bf: e8 db fd ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002c7: 53
    call print                           ; 1002c8: e8 ad fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002d0: 6a 0a
    call putc                            ; 1002d2: e8 74 fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/isel-patterns.ts:36: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002da: 6a f9
    call sdiv2                           ; 1002dc: e8 27 fe ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    push eax                             ; 1002e4: 50
    call printU32                        ; 1002e5: e8 b5 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002ed: 53
    call print                           ; 1002ee: e8 87 fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002f6: 6a 0a
    call putc                            ; 1002f8: e8 4e fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/isel-patterns.ts:37: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 100300: 6a ff
    call udiv                            ; 100302: e8 0f fe ff ff
    add esp, 4                           ; 100307: 83 c4 04
    push eax                             ; 10030a: 50
    call printU32                        ; 10030b: e8 8f fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100313: 53
    call print                           ; 100314: e8 61 fd ff ff
    add esp, 4                           ; 100319: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10031c: 6a 0a
    call putc                            ; 10031e: e8 28 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/isel-patterns.ts:38: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 100326: 6a ff
    call urem                            ; 100328: e8 f1 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    push eax                             ; 100330: 50
    call printU32                        ; 100331: e8 69 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100339: 53
    call print                           ; 10033a: e8 3b fd ff ff
    add esp, 4                           ; 10033f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100342: 6a 0a
    call putc                            ; 100344: e8 02 fd ff ff
    add esp, 4                           ; 100349: 83 c4 04
    ; test/golden/isel-patterns.ts:39: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 10034c: 6a f9
    call srem                            ; 10034e: e8 d3 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    push eax                             ; 100356: 50
    call printU32                        ; 100357: e8 43 fd ff ff
    add esp, 4                           ; 10035c: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10035f: 53
    call print                           ; 100360: e8 15 fd ff ff
    add esp, 4                           ; 100365: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100368: 6a 0a
    call putc                            ; 10036a: e8 dc fc ff ff
    add esp, 4                           ; 10036f: 83 c4 04
    ; test/golden/isel-patterns.ts:40: exit(0);
    push 0                               ; 100372: 6a 00
    call exit                            ; 100374: e8 60 fd ff ff
    add esp, 4                           ; 100379: 83 c4 04
    ; test/golden/isel-patterns.ts:41: }
    pop ebx                              ; 10037c: 5b
    ret                                  ; 10037d: c3
.L37:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 10037e: 80 b9 04 20 10 00 00
    je near .L34                         ; 100385: 0f 84 10 fe ff ff
.L44:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 10038b: 66 83 bc 09 10 20 10 00 ff
    jae near .L41                        ; 100394: 0f 83 13 fe ff ff
.L51:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 10039a: 66 81 bc 09 10 20 10 00 40 9c
    jb near .L48                         ; 1003a4: 0f 82 16 fe ff ff
.L58:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1003aa: 80 b9 24 20 10 00 f6
    jl near .L55                         ; 1003b1: 0f 8c 1b fe ff ff
.L65:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1003b7: 66 83 bc 09 30 20 10 00 ff
    jle near .L24                        ; 1003c0: 0f 8e 20 fe ff ff
.L62:
    add eax, 0x186a0                     ; 1003c6: 05 a0 86 01 00
    jmp .L24                             ; 1003cb: e9 16 fe ff ff

__tskc_init:
    mov dword [bytes], 8                 ; 1003d0: c7 05 00 20 10 00 08 00 00 00
    mov dword [words], 8                 ; 1003da: c7 05 0c 20 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 1003e4: c7 05 20 20 10 00 08 00 00 00
    mov dword [swords], 8                ; 1003ee: c7 05 2c 20 10 00 08 00 00 00
    ret                                  ; 1003f8: c3

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
