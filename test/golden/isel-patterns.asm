; tskc 0.1.0 listing of test/golden/isel-patterns.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 40 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 40 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 c1 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 2b 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    test eax, eax                        ; 10005d: 85 c0
    jne short .L3                        ; 10005f: 75 12
.L2:
    pause                                ; 100061: f3 90
    mov edx, 0x3fd                       ; 100063: ba fd 03 00 00
    in al, dx                            ; 100068: ec
    movzx eax, al                        ; 100069: 0f b6 c0
    and eax, 0x20                        ; 10006c: 83 e0 20
    test eax, eax                        ; 10006f: 85 c0
    je short .L2                         ; 100071: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100073: 89 c8
    mov edx, 0x3f8                       ; 100075: ba f8 03 00 00
    out dx, al                           ; 10007a: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007b: 5d
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10007d: 55
    mov ebp, esp                         ; 10007e: 89 e5
    push ebx                             ; 100080: 53
    push esi                             ; 100081: 56
    mov ebx, [ebp+8]                     ; 100082: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100085: 31 f6
    cmp esi, [ebx]                       ; 100087: 3b 33
    jge short .L4                        ; 100089: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 10008b: 0f b6 44 33 04
    push eax                             ; 100090: 50
    call putc                            ; 100091: e8 b5 ff ff ff
    add esp, 4                           ; 100096: 83 c4 04
    add esi, 1                           ; 100099: 83 c6 01
    cmp esi, [ebx]                       ; 10009c: 3b 33
    jl short .L2                         ; 10009e: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a0: 5e
    pop ebx                              ; 1000a1: 5b
    pop ebp                              ; 1000a2: 5d
    ret                                  ; 1000a3: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a4: 55
    mov ebp, esp                         ; 1000a5: 89 e5
    mov eax, [ebp+8]                     ; 1000a7: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000aa: 50
    call print                           ; 1000ab: e8 cd ff ff ff
    add esp, 4                           ; 1000b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b3: 6a 0a
    call putc                            ; 1000b5: e8 91 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000bd: 5d
    ret                                  ; 1000be: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bf: 55
    mov ebp, esp                         ; 1000c0: 89 e5
    push ebx                             ; 1000c2: 53
    mov ebx, [ebp+8]                     ; 1000c3: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c6: 83 fb 0a
    jb short .L2                         ; 1000c9: 72 14
    mov ecx, 0xa                         ; 1000cb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d0: 89 d8
    xor edx, edx                         ; 1000d2: 31 d2
    div ecx                              ; 1000d4: f7 f1
    push eax                             ; 1000d6: 50
    call printU32                        ; 1000d7: e8 e3 ff ff ff
    add esp, 4                           ; 1000dc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    lea eax, [edx+0x30]                  ; 1000ea: 8d 42 30
    movzx eax, al                        ; 1000ed: 0f b6 c0
    push eax                             ; 1000f0: 50
    call putc                            ; 1000f1: e8 55 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f9: 5b
    pop ebp                              ; 1000fa: 5d
    ret                                  ; 1000fb: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    mov eax, [ebp+8]                     ; 1000ff: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100102: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100104: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100105: f4
    jmp short .L2                        ; 100106: eb fd

rotl:
    ; test/golden/isel-patterns.ts:12: function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    push ebp                             ; 100108: 55
    mov ebp, esp                         ; 100109: 89 e5
    mov eax, [ebp+8]                     ; 10010b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10010e: 8b 4d 0c
    rol eax, cl                          ; 100111: d3 c0
    pop ebp                              ; 100113: 5d
    ret                                  ; 100114: c3

rotc:
    ; test/golden/isel-patterns.ts:13: function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    push ebp                             ; 100115: 55
    mov ebp, esp                         ; 100116: 89 e5
    mov eax, [ebp+8]                     ; 100118: 8b 45 08
    rol eax, 7                           ; 10011b: c1 c0 07
    pop ebp                              ; 10011e: 5d
    ret                                  ; 10011f: c3

sdiv:
    ; test/golden/isel-patterns.ts:14: function sdiv(x: i32): i32 { return x / 8; }
    push ebp                             ; 100120: 55
    mov ebp, esp                         ; 100121: 89 e5
    mov eax, [ebp+8]                     ; 100123: 8b 45 08
    mov ecx, eax                         ; 100126: 89 c1
    sar ecx, 0x1f                        ; 100128: c1 f9 1f
    shr ecx, 0x1d                        ; 10012b: c1 e9 1d
    add ecx, eax                         ; 10012e: 01 c1
    sar ecx, 3                           ; 100130: c1 f9 03
    mov eax, ecx                         ; 100133: 89 c8
    pop ebp                              ; 100135: 5d
    ret                                  ; 100136: c3

sdiv2:
    ; test/golden/isel-patterns.ts:15: function sdiv2(x: i32): i32 { return x / 2; }
    push ebp                             ; 100137: 55
    mov ebp, esp                         ; 100138: 89 e5
    mov eax, [ebp+8]                     ; 10013a: 8b 45 08
    mov ecx, eax                         ; 10013d: 89 c1
    shr ecx, 0x1f                        ; 10013f: c1 e9 1f
    add ecx, eax                         ; 100142: 01 c1
    sar ecx, 1                           ; 100144: d1 f9
    mov eax, ecx                         ; 100146: 89 c8
    pop ebp                              ; 100148: 5d
    ret                                  ; 100149: c3

udiv:
    ; test/golden/isel-patterns.ts:16: function udiv(x: u32): u32 { return x / 16; }
    push ebp                             ; 10014a: 55
    mov ebp, esp                         ; 10014b: 89 e5
    mov eax, [ebp+8]                     ; 10014d: 8b 45 08
    shr eax, 4                           ; 100150: c1 e8 04
    pop ebp                              ; 100153: 5d
    ret                                  ; 100154: c3

urem:
    ; test/golden/isel-patterns.ts:17: function urem(x: u32): u32 { return x % 16; }
    push ebp                             ; 100155: 55
    mov ebp, esp                         ; 100156: 89 e5
    mov eax, [ebp+8]                     ; 100158: 8b 45 08
    and eax, 0xf                         ; 10015b: 83 e0 0f
    pop ebp                              ; 10015e: 5d
    ret                                  ; 10015f: c3

srem:
    ; test/golden/isel-patterns.ts:18: function srem(x: i32): i32 { return x % 4; }
    push ebp                             ; 100160: 55
    mov ebp, esp                         ; 100161: 89 e5
    mov eax, [ebp+8]                     ; 100163: 8b 45 08
    mov ecx, 4                           ; 100166: b9 04 00 00 00
    cdq                                  ; 10016b: 99
    idiv ecx                             ; 10016c: f7 f9
    mov eax, edx                         ; 10016e: 89 d0
    pop ebp                              ; 100170: 5d
    ret                                  ; 100171: c3

main:
    ; test/golden/isel-patterns.ts:20: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    push ebp                             ; 100172: 55
    mov ebp, esp                         ; 100173: 89 e5
    push ebx                             ; 100175: 53
    push esi                             ; 100176: 56
    xor eax, eax                         ; 100177: 31 c0
    cmp eax, 8                           ; 100179: 83 f8 08
    jge short .L4                        ; 10017c: 7d 4b
.L2:
    imul ecx, eax, 0x28                  ; 10017e: 6b c8 28
    movzx ecx, cl                        ; 100181: 0f b6 c9
    mov [eax+bytes+4], cl                ; 100184: 88 88 04 30 10 00
    imul ecx, eax, 0x2328                ; 10018a: 69 c8 28 23 00 00
    movzx ecx, cx                        ; 100190: 0f b7 c9
    mov [eax+eax+words+4], cx            ; 100193: 66 89 8c 00 10 30 10 00
    imul ecx, eax, 0x28                  ; 10019b: 6b c8 28
    lea ecx, [ecx-0x80]                  ; 10019e: 8d 49 80
    movsx ecx, cl                        ; 1001a1: 0f be c9
    mov [eax+sbytes+4], cl               ; 1001a4: 88 88 24 30 10 00
    imul ecx, eax, 0x2328                ; 1001aa: 69 c8 28 23 00 00
    lea ecx, [ecx-0x8000]                ; 1001b0: 8d 89 00 80 ff ff
    movsx ecx, cx                        ; 1001b6: 0f bf c9
    mov [eax+eax+swords+4], cx           ; 1001b9: 66 89 8c 00 30 30 10 00
    add eax, 1                           ; 1001c1: 83 c0 01
    cmp eax, 8                           ; 1001c4: 83 f8 08
    jl short .L2                         ; 1001c7: 7c b5
.L4:
    ; test/golden/isel-patterns.ts:21: let c: u32 = 0;
    xor ebx, ebx                         ; 1001c9: 31 db
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    xor esi, esi                         ; 1001cb: 31 f6
    cmp esi, 8                           ; 1001cd: 83 fe 08
    jge near .L25                        ; 1001d0: 0f 8d a5 00 00 00
.L23:
    ; test/golden/isel-patterns.ts:23: if (bytes[i] < 200) c += 1;
    cmp byte [esi+bytes+4], 0xc8         ; 1001d6: 80 be 04 30 10 00 c8
    jae near .L28                        ; 1001dd: 0f 83 f3 01 00 00
    add ebx, 1                           ; 1001e3: 83 c3 01
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp esi, 8                           ; 1001e6: 83 fe 08
    jae near .L66                        ; 1001e9: 0f 83 19 02 00 00
.L37:
    cmp byte [esi+bytes+4], 0            ; 1001ef: 80 be 04 30 10 00 00
    jne near .L35                        ; 1001f6: 0f 85 e4 01 00 00
    add ebx, 0xa                         ; 1001fc: 83 c3 0a
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp esi, 8                           ; 1001ff: 83 fe 08
    jae near .L67                        ; 100202: 0f 83 0f 02 00 00
.L44:
    cmp word [esi+esi+words+4], 0xffff   ; 100208: 66 83 bc 36 10 30 10 00 ff
    jb near .L42                         ; 100211: 0f 82 d3 01 00 00
    add ebx, 0x64                        ; 100217: 83 c3 64
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp esi, 8                           ; 10021a: 83 fe 08
    jae near .L68                        ; 10021d: 0f 83 03 02 00 00
.L51:
    cmp word [esi+esi+words+4], 0x9c40   ; 100223: 66 81 bc 36 10 30 10 00 40 9c
    jae near .L49                        ; 10022d: 0f 83 c1 01 00 00
    add ebx, 0x3e8                       ; 100233: 81 c3 e8 03 00 00
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp esi, 8                           ; 100239: 83 fe 08
    jae near .L69                        ; 10023c: 0f 83 f3 01 00 00
.L58:
    cmp byte [esi+sbytes+4], 0xf6        ; 100242: 80 be 24 30 10 00 f6
    jge near .L56                        ; 100249: 0f 8d af 01 00 00
    add ebx, 0x2710                      ; 10024f: 81 c3 10 27 00 00
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp esi, 8                           ; 100255: 83 fe 08
    jae near .L70                        ; 100258: 0f 83 e6 01 00 00
.L65:
    cmp word [esi+esi+swords+4], 0xffff  ; 10025e: 66 83 bc 36 30 30 10 00 ff
    jle short .L24                       ; 100267: 7e 06
    add ebx, 0x186a0                     ; 100269: 81 c3 a0 86 01 00
.L24:
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    add esi, 1                           ; 10026f: 83 c6 01
    cmp esi, 8                           ; 100272: 83 fe 08
    jl near .L23                         ; 100275: 0f 8c 5b ff ff ff
.L25:
    ; test/golden/isel-patterns.ts:30: printU32(c); println("");
    push ebx                             ; 10027b: 53
    call printU32                        ; 10027c: e8 3e fe ff ff
    add esp, 4                           ; 100281: 83 c4 04
    mov eax, str_3                       ; 100284: b8 3c 10 10 00
    push eax                             ; 100289: 50
    call println                         ; 10028a: e8 15 fe ff ff
    add esp, 4                           ; 10028f: 83 c4 04
    ; test/golden/isel-patterns.ts:31: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 100292: 6a 04
    push 0x80000001                      ; 100294: 68 01 00 00 80
    call rotl                            ; 100299: e8 6a fe ff ff
    add esp, 8                           ; 10029e: 83 c4 08
    push eax                             ; 1002a1: 50
    call printU32                        ; 1002a2: e8 18 fe ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    mov eax, str_3                       ; 1002aa: b8 3c 10 10 00
    push eax                             ; 1002af: 50
    call println                         ; 1002b0: e8 ef fd ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/isel-patterns.ts:32: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 1002b8: 6a 00
    push 0x12345678                      ; 1002ba: 68 78 56 34 12
    call rotl                            ; 1002bf: e8 44 fe ff ff
    add esp, 8                           ; 1002c4: 83 c4 08
    push eax                             ; 1002c7: 50
    call printU32                        ; 1002c8: e8 f2 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    mov eax, str_3                       ; 1002d0: b8 3c 10 10 00
    push eax                             ; 1002d5: 50
    call println                         ; 1002d6: e8 c9 fd ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; test/golden/isel-patterns.ts:33: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 1002de: 68 01 00 00 80
    call rotc                            ; 1002e3: e8 2d fe ff ff
    add esp, 4                           ; 1002e8: 83 c4 04
    push eax                             ; 1002eb: 50
    call printU32                        ; 1002ec: e8 ce fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    mov eax, str_3                       ; 1002f4: b8 3c 10 10 00
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 a5 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/isel-patterns.ts:34: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 100302: 6a ef
    call sdiv                            ; 100304: e8 17 fe ff ff
    add esp, 4                           ; 100309: 83 c4 04
    push eax                             ; 10030c: 50
    call printU32                        ; 10030d: e8 ad fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    mov eax, str_3                       ; 100315: b8 3c 10 10 00
    push eax                             ; 10031a: 50
    call println                         ; 10031b: e8 84 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/isel-patterns.ts:35: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 100323: 6a 11
    call sdiv                            ; 100325: e8 f6 fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    push eax                             ; 10032d: 50
    call printU32                        ; 10032e: e8 8c fd ff ff
    add esp, 4                           ; 100333: 83 c4 04
    mov eax, str_3                       ; 100336: b8 3c 10 10 00
    push eax                             ; 10033b: 50
    call println                         ; 10033c: e8 63 fd ff ff
    add esp, 4                           ; 100341: 83 c4 04
    ; test/golden/isel-patterns.ts:36: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 100344: 6a f9
    call sdiv2                           ; 100346: e8 ec fd ff ff
    add esp, 4                           ; 10034b: 83 c4 04
    push eax                             ; 10034e: 50
    call printU32                        ; 10034f: e8 6b fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
    mov eax, str_3                       ; 100357: b8 3c 10 10 00
    push eax                             ; 10035c: 50
    call println                         ; 10035d: e8 42 fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; test/golden/isel-patterns.ts:37: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 100365: 6a ff
    call udiv                            ; 100367: e8 de fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    push eax                             ; 10036f: 50
    call printU32                        ; 100370: e8 4a fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    mov eax, str_3                       ; 100378: b8 3c 10 10 00
    push eax                             ; 10037d: 50
    call println                         ; 10037e: e8 21 fd ff ff
    add esp, 4                           ; 100383: 83 c4 04
    ; test/golden/isel-patterns.ts:38: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 100386: 6a ff
    call urem                            ; 100388: e8 c8 fd ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    push eax                             ; 100390: 50
    call printU32                        ; 100391: e8 29 fd ff ff
    add esp, 4                           ; 100396: 83 c4 04
    mov eax, str_3                       ; 100399: b8 3c 10 10 00
    push eax                             ; 10039e: 50
    call println                         ; 10039f: e8 00 fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/isel-patterns.ts:39: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 1003a7: 6a f9
    call srem                            ; 1003a9: e8 b2 fd ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    push eax                             ; 1003b1: 50
    call printU32                        ; 1003b2: e8 08 fd ff ff
    add esp, 4                           ; 1003b7: 83 c4 04
    mov eax, str_3                       ; 1003ba: b8 3c 10 10 00
    push eax                             ; 1003bf: 50
    call println                         ; 1003c0: e8 df fc ff ff
    add esp, 4                           ; 1003c5: 83 c4 04
    ; test/golden/isel-patterns.ts:40: exit(0);
    push 0                               ; 1003c8: 6a 00
    call exit                            ; 1003ca: e8 2d fd ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; test/golden/isel-patterns.ts:41: }
    pop esi                              ; 1003d2: 5e
    pop ebx                              ; 1003d3: 5b
    pop ebp                              ; 1003d4: 5d
    ret                                  ; 1003d5: c3
.L28:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp esi, 8                           ; 1003d6: 83 fe 08
    jae short .L66                       ; 1003d9: 73 2d
    jmp .L37                             ; 1003db: e9 0f fe ff ff
.L35:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp esi, 8                           ; 1003e0: 83 fe 08
    jae short .L67                       ; 1003e3: 73 32
    jmp .L44                             ; 1003e5: e9 1e fe ff ff
.L42:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp esi, 8                           ; 1003ea: 83 fe 08
    jae short .L68                       ; 1003ed: 73 37
    jmp .L51                             ; 1003ef: e9 2f fe ff ff
.L49:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp esi, 8                           ; 1003f4: 83 fe 08
    jae short .L69                       ; 1003f7: 73 3c
    jmp .L58                             ; 1003f9: e9 44 fe ff ff
.L56:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp esi, 8                           ; 1003fe: 83 fe 08
    jae short .L70                       ; 100401: 73 41
    jmp .L65                             ; 100403: e9 56 fe ff ff
.L66:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    push 8                               ; 100408: 6a 08
    push esi                             ; 10040a: 56
    push 0x18                            ; 10040b: 6a 18
    push str_2                           ; 10040d: 68 1c 10 10 00
    call boundsTrap                      ; 100412: e8 3c 00 00 00
.L67:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    push 8                               ; 100417: 6a 08
    push esi                             ; 100419: 56
    push 0x19                            ; 10041a: 6a 19
    push str_2                           ; 10041c: 68 1c 10 10 00
    call boundsTrap                      ; 100421: e8 2d 00 00 00
.L68:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    push 8                               ; 100426: 6a 08
    push esi                             ; 100428: 56
    push 0x1a                            ; 100429: 6a 1a
    push str_2                           ; 10042b: 68 1c 10 10 00
    call boundsTrap                      ; 100430: e8 1e 00 00 00
.L69:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    push 8                               ; 100435: 6a 08
    push esi                             ; 100437: 56
    push 0x1b                            ; 100438: 6a 1b
    push str_2                           ; 10043a: 68 1c 10 10 00
    call boundsTrap                      ; 10043f: e8 0f 00 00 00
.L70:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    push 8                               ; 100444: 6a 08
    push esi                             ; 100446: 56
    push 0x1c                            ; 100447: 6a 1c
    push str_2                           ; 100449: 68 1c 10 10 00
    call boundsTrap                      ; 10044e: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100453: 55
    mov ebp, esp                         ; 100454: 89 e5
    push ebx                             ; 100456: 53
    push esi                             ; 100457: 56
    mov eax, [ebp+8]                     ; 100458: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10045b: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10045e: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100461: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100464: 8b 35 00 20 10 00
    push ebx                             ; 10046a: 53
    push edx                             ; 10046b: 52
    push ecx                             ; 10046c: 51
    push eax                             ; 10046d: 50
    call esi                             ; 10046e: ff d6
    add esp, 0x10                        ; 100470: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100473: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100474: f4
    jmp short .L2                        ; 100475: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100477: 55
    mov ebp, esp                         ; 100478: 89 e5
    sub esp, 4                           ; 10047a: 83 ec 04
    push ebx                             ; 10047d: 53
    push esi                             ; 10047e: 56
    push edi                             ; 10047f: 57
    mov ebx, [ebp+8]                     ; 100480: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100483: 8b 45 0c
    mov [ebp-4], eax                     ; 100486: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100489: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10048c: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_4                       ; 10048f: b8 40 10 10 00
    push eax                             ; 100494: 50
    call print                           ; 100495: e8 e3 fb ff ff
    add esp, 4                           ; 10049a: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10049d: 56
    call printU32                        ; 10049e: e8 1c fc ff ff
    add esp, 4                           ; 1004a3: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_5                       ; 1004a6: b8 60 10 10 00
    push eax                             ; 1004ab: 50
    call print                           ; 1004ac: e8 cc fb ff ff
    add esp, 4                           ; 1004b1: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004b4: 57
    call printU32                        ; 1004b5: e8 05 fc ff ff
    add esp, 4                           ; 1004ba: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_6                       ; 1004bd: b8 80 10 10 00
    push eax                             ; 1004c2: 50
    call print                           ; 1004c3: e8 b5 fb ff ff
    add esp, 4                           ; 1004c8: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004cb: 53
    call print                           ; 1004cc: e8 ac fb ff ff
    add esp, 4                           ; 1004d1: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_7                       ; 1004d4: b8 88 10 10 00
    push eax                             ; 1004d9: 50
    call print                           ; 1004da: e8 9e fb ff ff
    add esp, 4                           ; 1004df: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004e2: 8b 45 fc
    push eax                             ; 1004e5: 50
    call printU32                        ; 1004e6: e8 d4 fb ff ff
    add esp, 4                           ; 1004eb: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1004ee: b8 3c 10 10 00
    push eax                             ; 1004f3: 50
    call println                         ; 1004f4: e8 ab fb ff ff
    add esp, 4                           ; 1004f9: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004fc: 5f
    pop esi                              ; 1004fd: 5e
    pop ebx                              ; 1004fe: 5b
    leave                                ; 1004ff: c9
    ret                                  ; 100500: c3

__tskc_init:
    push ebp                             ; 100501: 55
    mov ebp, esp                         ; 100502: 89 e5
    mov dword [bytes], 8                 ; 100504: c7 05 00 30 10 00 08 00 00 00
    mov dword [words], 8                 ; 10050e: c7 05 0c 30 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 100518: c7 05 20 30 10 00 08 00 00 00
    mov dword [swords], 8                ; 100522: c7 05 2c 30 10 00 08 00 00 00
    pop ebp                              ; 10052c: 5d
    ret                                  ; 10052d: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "test/golden/isel-patterns.ts"
    db 0x1c, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x69, 0x73, 0x65, 0x6c, 0x2d, 0x70, 0x61, 0x74, 0x74, 0x65, 0x72, 0x6e, 0x73, 0x2e, 0x74, 0x73
    times 0x103c - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1040 - ($ - $$) db 0
str_4:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1060 - ($ - $$) db 0
str_5:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1080 - ($ - $$) db 0
str_6:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1088 - ($ - $$) db 0
str_7:  ; ":"
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
__bss_end equ 0x107040
bytes equ 0x103000  ; StaticArray<u8>(8), 12 bytes
words equ 0x10300c  ; StaticArray<u16>(8), 20 bytes
sbytes equ 0x103020  ; StaticArray<i8>(8), 12 bytes
swords equ 0x10302c  ; StaticArray<i16>(8), 20 bytes
__stack equ 0x103040  ; boot stack, 16384 bytes
