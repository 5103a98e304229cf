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
    call __tskc_init                     ; 10003b: e8 99 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 ed 00 00 00
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
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009e: 53
    mov ebx, [esp+8]                     ; 10009f: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a3: 83 fb 0a
    jb short .L2                         ; 1000a6: 72 14
    mov ecx, 0xa                         ; 1000a8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ad: 89 d8
    xor edx, edx                         ; 1000af: 31 d2
    div ecx                              ; 1000b1: f7 f1
    push eax                             ; 1000b3: 50
    call printU32                        ; 1000b4: e8 e5 ff ff ff
    add esp, 4                           ; 1000b9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bc: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c1: 89 d8
    xor edx, edx                         ; 1000c3: 31 d2
    div ecx                              ; 1000c5: f7 f1
    lea eax, [edx+0x30]                  ; 1000c7: 8d 42 30
    movzx eax, al                        ; 1000ca: 0f b6 c0
    push eax                             ; 1000cd: 50
    call putc                            ; 1000ce: e8 78 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d6: 5b
    ret                                  ; 1000d7: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d8: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dc: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000de: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000df: f4
    jmp short .L2                        ; 1000e0: eb fd

rotl:
    ; test/golden/isel-patterns.ts:12: /** @noinline */ function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000e2: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000e6: 8b 4c 24 08
    rol eax, cl                          ; 1000ea: d3 c0
    ret                                  ; 1000ec: c3

rotc:
    ; test/golden/isel-patterns.ts:13: /** @noinline */ function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 1000ed: 8b 44 24 04
    rol eax, 7                           ; 1000f1: c1 c0 07
    ret                                  ; 1000f4: c3

sdiv:
    ; test/golden/isel-patterns.ts:14: /** @noinline */ function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 1000f5: 8b 4c 24 04
    mov eax, ecx                         ; 1000f9: 89 c8
    sar eax, 0x1f                        ; 1000fb: c1 f8 1f
    shr eax, 0x1d                        ; 1000fe: c1 e8 1d
    add eax, ecx                         ; 100101: 01 c8
    sar eax, 3                           ; 100103: c1 f8 03
    ret                                  ; 100106: c3

sdiv2:
    ; test/golden/isel-patterns.ts:15: /** @noinline */ function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 100107: 8b 4c 24 04
    mov eax, ecx                         ; 10010b: 89 c8
    shr eax, 0x1f                        ; 10010d: c1 e8 1f
    add eax, ecx                         ; 100110: 01 c8
    sar eax, 1                           ; 100112: d1 f8
    ret                                  ; 100114: c3

udiv:
    ; test/golden/isel-patterns.ts:16: /** @noinline */ function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 100115: 8b 44 24 04
    shr eax, 4                           ; 100119: c1 e8 04
    ret                                  ; 10011c: c3

urem:
    ; test/golden/isel-patterns.ts:17: /** @noinline */ function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 10011d: 8b 44 24 04
    and eax, 0xf                         ; 100121: 83 e0 0f
    ret                                  ; 100124: c3

srem:
    ; test/golden/isel-patterns.ts:18: /** @noinline */ function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 100125: 8b 44 24 04
    mov ecx, 4                           ; 100129: b9 04 00 00 00
    cdq                                  ; 10012e: 99
    idiv ecx                             ; 10012f: f7 f9
    mov eax, edx                         ; 100131: 89 d0
    ret                                  ; 100133: c3

main:
    push ebx                             ; 100134: 53
    xor edx, edx                         ; 100135: 31 d2
    ; test/golden/isel-patterns.ts:20: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    cmp edx, 8                           ; 100137: 83 fa 08
    jge short .L4                        ; 10013a: 7d 42
.L7:
    imul eax, edx, 0x28                  ; 10013c: 6b c2 28
    movzx ecx, al                        ; 10013f: 0f b6 c8
    mov [edx+bytes+4], cl                ; 100142: 88 8a 04 20 10 00
    imul ecx, edx, 0x2328                ; 100148: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 10014e: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 100151: 66 89 9c 12 10 20 10 00
    lea eax, [eax-0x80]                  ; 100159: 8d 40 80
    movsx eax, al                        ; 10015c: 0f be c0
    mov [edx+sbytes+4], al               ; 10015f: 88 82 24 20 10 00
    lea eax, [ecx-0x8000]                ; 100165: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 10016b: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 10016e: 66 89 84 12 30 20 10 00
    add edx, 1                           ; 100176: 83 c2 01
    cmp edx, 8                           ; 100179: 83 fa 08
    jl short .L7                         ; 10017c: 7c be
.L4:
    xor eax, eax                         ; 10017e: 31 c0
    xor ecx, ecx                         ; 100180: 31 c9
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    cmp ecx, 8                           ; 100182: 83 f9 08
    jge short .L25                       ; 100185: 7d 70
.L30:
    ; test/golden/isel-patterns.ts:23: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 100187: 80 b9 04 20 10 00 c8
    jae near .L37                        ; 10018e: 0f 83 f3 01 00 00
    add eax, 1                           ; 100194: 83 c0 01
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 100197: 80 b9 04 20 10 00 00
    jne near .L44                        ; 10019e: 0f 85 f0 01 00 00
.L34:
    add eax, 0xa                         ; 1001a4: 83 c0 0a
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1001a7: 66 83 bc 09 10 20 10 00 ff
    jb near .L51                         ; 1001b0: 0f 82 ed 01 00 00
.L41:
    add eax, 0x64                        ; 1001b6: 83 c0 64
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001b9: 66 81 bc 09 10 20 10 00 40 9c
    jae near .L58                        ; 1001c3: 0f 83 ea 01 00 00
.L48:
    add eax, 0x3e8                       ; 1001c9: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1001ce: 80 b9 24 20 10 00 f6
    jge near .L65                        ; 1001d5: 0f 8d e5 01 00 00
.L55:
    add eax, 0x2710                      ; 1001db: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1001e0: 66 83 bc 09 30 20 10 00 ff
    jg near .L62                         ; 1001e9: 0f 8f e0 01 00 00
.L24:
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 1001ef: 83 c1 01
    cmp ecx, 8                           ; 1001f2: 83 f9 08
    jl short .L30                        ; 1001f5: 7c 90
.L25:
    ; test/golden/isel-patterns.ts:30: printU32(c); println("");
    push eax                             ; 1001f7: 50
    call printU32                        ; 1001f8: e8 a1 fe ff ff
    add esp, 4                           ; 1001fd: 83 c4 04
    mov ebx, str_3                       ; 100200: bb 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100205: 53
    call print                           ; 100206: e8 6f fe ff ff
    add esp, 4                           ; 10020b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10020e: 6a 0a
    call putc                            ; 100210: e8 36 fe ff ff
    add esp, 4                           ; 100215: 83 c4 04
    ; test/golden/isel-patterns.ts:31: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 100218: 6a 04
    push 0x80000001                      ; 10021a: 68 01 00 00 80
    call rotl                            ; 10021f: e8 be fe ff ff
    add esp, 8                           ; 100224: 83 c4 08
    push eax                             ; 100227: 50
    call printU32                        ; 100228: e8 71 fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100230: 53
    call print                           ; 100231: e8 44 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100239: 6a 0a
    call putc                            ; 10023b: e8 0b fe ff ff
    add esp, 4                           ; 100240: 83 c4 04
    ; test/golden/isel-patterns.ts:32: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 100243: 6a 00
    push 0x12345678                      ; 100245: 68 78 56 34 12
    call rotl                            ; 10024a: e8 93 fe ff ff
    add esp, 8                           ; 10024f: 83 c4 08
    push eax                             ; 100252: 50
    call printU32                        ; 100253: e8 46 fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10025b: 53
    call print                           ; 10025c: e8 19 fe ff ff
    add esp, 4                           ; 100261: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100264: 6a 0a
    call putc                            ; 100266: e8 e0 fd ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; test/golden/isel-patterns.ts:33: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 10026e: 68 01 00 00 80
    call rotc                            ; 100273: e8 75 fe ff ff
    add esp, 4                           ; 100278: 83 c4 04
    push eax                             ; 10027b: 50
    call printU32                        ; 10027c: e8 1d fe ff ff
    add esp, 4                           ; 100281: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100284: 53
    call print                           ; 100285: e8 f0 fd ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10028d: 6a 0a
    call putc                            ; 10028f: e8 b7 fd ff ff
    add esp, 4                           ; 100294: 83 c4 04
    ; test/golden/isel-patterns.ts:34: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 100297: 6a ef
    call sdiv                            ; 100299: e8 57 fe ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    push eax                             ; 1002a1: 50
    call printU32                        ; 1002a2: e8 f7 fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002aa: 53
    call print                           ; 1002ab: e8 ca fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b3: 6a 0a
    call putc                            ; 1002b5: e8 91 fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/isel-patterns.ts:35: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002bd: 6a 11
    call sdiv                            ; 1002bf: e8 31 fe ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    push eax                             ; 1002c7: 50
    call printU32                        ; 1002c8: e8 d1 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002d0: 53
    call print                           ; 1002d1: e8 a4 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002d9: 6a 0a
    call putc                            ; 1002db: e8 6b fd ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    ; test/golden/isel-patterns.ts:36: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002e3: 6a f9
    call sdiv2                           ; 1002e5: e8 1d fe ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    push eax                             ; 1002ed: 50
    call printU32                        ; 1002ee: e8 ab fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002f6: 53
    call print                           ; 1002f7: e8 7e fd ff ff
    add esp, 4                           ; 1002fc: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002ff: 6a 0a
    call putc                            ; 100301: e8 45 fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/isel-patterns.ts:37: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 100309: 6a ff
    call udiv                            ; 10030b: e8 05 fe ff ff
    add esp, 4                           ; 100310: 83 c4 04
    push eax                             ; 100313: 50
    call printU32                        ; 100314: e8 85 fd ff ff
    add esp, 4                           ; 100319: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10031c: 53
    call print                           ; 10031d: e8 58 fd ff ff
    add esp, 4                           ; 100322: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100325: 6a 0a
    call putc                            ; 100327: e8 1f fd ff ff
    add esp, 4                           ; 10032c: 83 c4 04
    ; test/golden/isel-patterns.ts:38: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 10032f: 6a ff
    call urem                            ; 100331: e8 e7 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    push eax                             ; 100339: 50
    call printU32                        ; 10033a: e8 5f fd ff ff
    add esp, 4                           ; 10033f: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100342: 53
    call print                           ; 100343: e8 32 fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10034b: 6a 0a
    call putc                            ; 10034d: e8 f9 fc ff ff
    add esp, 4                           ; 100352: 83 c4 04
    ; test/golden/isel-patterns.ts:39: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 100355: 6a f9
    call srem                            ; 100357: e8 c9 fd ff ff
    add esp, 4                           ; 10035c: 83 c4 04
    push eax                             ; 10035f: 50
    call printU32                        ; 100360: e8 39 fd ff ff
    add esp, 4                           ; 100365: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100368: 53
    call print                           ; 100369: e8 0c fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100371: 6a 0a
    call putc                            ; 100373: e8 d3 fc ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/isel-patterns.ts:40: exit(0);
    push 0                               ; 10037b: 6a 00
    call exit                            ; 10037d: e8 56 fd ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; test/golden/isel-patterns.ts:41: }
    pop ebx                              ; 100385: 5b
    ret                                  ; 100386: c3
.L37:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 100387: 80 b9 04 20 10 00 00
    je near .L34                         ; 10038e: 0f 84 10 fe ff ff
.L44:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 100394: 66 83 bc 09 10 20 10 00 ff
    jae near .L41                        ; 10039d: 0f 83 13 fe ff ff
.L51:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1003a3: 66 81 bc 09 10 20 10 00 40 9c
    jb near .L48                         ; 1003ad: 0f 82 16 fe ff ff
.L58:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1003b3: 80 b9 24 20 10 00 f6
    jl near .L55                         ; 1003ba: 0f 8c 1b fe ff ff
.L65:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1003c0: 66 83 bc 09 30 20 10 00 ff
    jle near .L24                        ; 1003c9: 0f 8e 20 fe ff ff
.L62:
    add eax, 0x186a0                     ; 1003cf: 05 a0 86 01 00
    jmp .L24                             ; 1003d4: e9 16 fe ff ff

__tskc_init:
    mov dword [bytes], 8                 ; 1003d9: c7 05 00 20 10 00 08 00 00 00
    mov dword [words], 8                 ; 1003e3: c7 05 0c 20 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 1003ed: c7 05 20 20 10 00 08 00 00 00
    mov dword [swords], 8                ; 1003f7: c7 05 2c 20 10 00 08 00 00 00
    ret                                  ; 100401: c3

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
