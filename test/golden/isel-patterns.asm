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
    call __tskc_init                     ; 10003b: e8 ff 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 09 01 00 00
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
    push edi                             ; 10007c: 57
    mov edi, [esp+0x10]                  ; 10007d: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 100081: 8b 37
    xor ebx, ebx                         ; 100083: 31 db
    cmp ebx, esi                         ; 100085: 39 f3
    jge short .L4                        ; 100087: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100089: 0f b6 44 1f 04
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add ebx, 1                           ; 100097: 83 c3 01
    cmp ebx, esi                         ; 10009a: 39 f3
    jl short .L7                         ; 10009c: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 10009e: 5f
    pop esi                              ; 10009f: 5e
    pop ebx                              ; 1000a0: 5b
    ret                                  ; 1000a1: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000a2: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 ce ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000ba: 53
    mov ebx, [esp+8]                     ; 1000bb: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bf: 83 fb 0a
    jb short .L2                         ; 1000c2: 72 14
    mov ecx, 0xa                         ; 1000c4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c9: 89 d8
    xor edx, edx                         ; 1000cb: 31 d2
    div ecx                              ; 1000cd: f7 f1
    push eax                             ; 1000cf: 50
    call printU32                        ; 1000d0: e8 e5 ff ff ff
    add esp, 4                           ; 1000d5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    lea eax, [edx+0x30]                  ; 1000e3: 8d 42 30
    movzx eax, al                        ; 1000e6: 0f b6 c0
    push eax                             ; 1000e9: 50
    call putc                            ; 1000ea: e8 5c ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000f4: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f8: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000fa: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000fb: f4
    jmp short .L2                        ; 1000fc: eb fd

rotl:
    ; test/golden/isel-patterns.ts:12: function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000fe: 8b 44 24 04
    mov ecx, [esp+8]                     ; 100102: 8b 4c 24 08
    rol eax, cl                          ; 100106: d3 c0
    ret                                  ; 100108: c3

rotc:
    ; test/golden/isel-patterns.ts:13: function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 100109: 8b 44 24 04
    rol eax, 7                           ; 10010d: c1 c0 07
    ret                                  ; 100110: c3

sdiv:
    ; test/golden/isel-patterns.ts:14: function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 100111: 8b 4c 24 04
    mov eax, ecx                         ; 100115: 89 c8
    sar eax, 0x1f                        ; 100117: c1 f8 1f
    shr eax, 0x1d                        ; 10011a: c1 e8 1d
    add eax, ecx                         ; 10011d: 01 c8
    sar eax, 3                           ; 10011f: c1 f8 03
    ret                                  ; 100122: c3

sdiv2:
    ; test/golden/isel-patterns.ts:15: function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 100123: 8b 4c 24 04
    mov eax, ecx                         ; 100127: 89 c8
    shr eax, 0x1f                        ; 100129: c1 e8 1f
    add eax, ecx                         ; 10012c: 01 c8
    sar eax, 1                           ; 10012e: d1 f8
    ret                                  ; 100130: c3

udiv:
    ; test/golden/isel-patterns.ts:16: function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 100131: 8b 44 24 04
    shr eax, 4                           ; 100135: c1 e8 04
    ret                                  ; 100138: c3

urem:
    ; test/golden/isel-patterns.ts:17: function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 100139: 8b 44 24 04
    and eax, 0xf                         ; 10013d: 83 e0 0f
    ret                                  ; 100140: c3

srem:
    ; test/golden/isel-patterns.ts:18: function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 100141: 8b 44 24 04
    mov ecx, 4                           ; 100145: b9 04 00 00 00
    cdq                                  ; 10014a: 99
    idiv ecx                             ; 10014b: f7 f9
    mov eax, edx                         ; 10014d: 89 d0
    ret                                  ; 10014f: c3

main:
    push ebx                             ; 100150: 53
    xor edx, edx                         ; 100151: 31 d2
    ; test/golden/isel-patterns.ts:20: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    cmp edx, 8                           ; 100153: 83 fa 08
    jge short .L4                        ; 100156: 7d 42
.L7:
    imul eax, edx, 0x28                  ; 100158: 6b c2 28
    movzx ecx, al                        ; 10015b: 0f b6 c8
    mov [edx+bytes+4], cl                ; 10015e: 88 8a 04 30 10 00
    imul ecx, edx, 0x2328                ; 100164: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 10016a: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 10016d: 66 89 9c 12 10 30 10 00
    lea eax, [eax-0x80]                  ; 100175: 8d 40 80
    movsx eax, al                        ; 100178: 0f be c0
    mov [edx+sbytes+4], al               ; 10017b: 88 82 24 30 10 00
    lea eax, [ecx-0x8000]                ; 100181: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 100187: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 10018a: 66 89 84 12 30 30 10 00
    add edx, 1                           ; 100192: 83 c2 01
    cmp edx, 8                           ; 100195: 83 fa 08
    jl short .L7                         ; 100198: 7c be
.L4:
    xor eax, eax                         ; 10019a: 31 c0
    xor ecx, ecx                         ; 10019c: 31 c9
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    cmp ecx, 8                           ; 10019e: 83 f9 08
    jge short .L25                       ; 1001a1: 7d 70
.L30:
    ; test/golden/isel-patterns.ts:23: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 1001a3: 80 b9 04 30 10 00 c8
    jae near .L37                        ; 1001aa: 0f 83 8f 01 00 00
    add eax, 1                           ; 1001b0: 83 c0 01
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 1001b3: 80 b9 04 30 10 00 00
    jne near .L44                        ; 1001ba: 0f 85 8c 01 00 00
.L34:
    add eax, 0xa                         ; 1001c0: 83 c0 0a
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1001c3: 66 83 bc 09 10 30 10 00 ff
    jb near .L51                         ; 1001cc: 0f 82 89 01 00 00
.L41:
    add eax, 0x64                        ; 1001d2: 83 c0 64
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001d5: 66 81 bc 09 10 30 10 00 40 9c
    jae near .L58                        ; 1001df: 0f 83 86 01 00 00
.L48:
    add eax, 0x3e8                       ; 1001e5: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1001ea: 80 b9 24 30 10 00 f6
    jge near .L65                        ; 1001f1: 0f 8d 81 01 00 00
.L55:
    add eax, 0x2710                      ; 1001f7: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1001fc: 66 83 bc 09 30 30 10 00 ff
    jg near .L62                         ; 100205: 0f 8f 7c 01 00 00
.L24:
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 10020b: 83 c1 01
    cmp ecx, 8                           ; 10020e: 83 f9 08
    jl short .L30                        ; 100211: 7c 90
.L25:
    ; test/golden/isel-patterns.ts:30: printU32(c); println("");
    push eax                             ; 100213: 50
    call printU32                        ; 100214: e8 a1 fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    mov ebx, str_3                       ; 10021c: bb 3c 10 10 00
    push ebx                             ; 100221: 53
    call println                         ; 100222: e8 7b fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; test/golden/isel-patterns.ts:31: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 10022a: 6a 04
    push 0x80000001                      ; 10022c: 68 01 00 00 80
    call rotl                            ; 100231: e8 c8 fe ff ff
    add esp, 8                           ; 100236: 83 c4 08
    push eax                             ; 100239: 50
    call printU32                        ; 10023a: e8 7b fe ff ff
    add esp, 4                           ; 10023f: 83 c4 04
    push ebx                             ; 100242: 53
    call println                         ; 100243: e8 5a fe ff ff
    add esp, 4                           ; 100248: 83 c4 04
    ; test/golden/isel-patterns.ts:32: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 10024b: 6a 00
    push 0x12345678                      ; 10024d: 68 78 56 34 12
    call rotl                            ; 100252: e8 a7 fe ff ff
    add esp, 8                           ; 100257: 83 c4 08
    push eax                             ; 10025a: 50
    call printU32                        ; 10025b: e8 5a fe ff ff
    add esp, 4                           ; 100260: 83 c4 04
    push ebx                             ; 100263: 53
    call println                         ; 100264: e8 39 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/isel-patterns.ts:33: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 10026c: 68 01 00 00 80
    call rotc                            ; 100271: e8 93 fe ff ff
    add esp, 4                           ; 100276: 83 c4 04
    push eax                             ; 100279: 50
    call printU32                        ; 10027a: e8 3b fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    push ebx                             ; 100282: 53
    call println                         ; 100283: e8 1a fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/isel-patterns.ts:34: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 10028b: 6a ef
    call sdiv                            ; 10028d: e8 7f fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    push eax                             ; 100295: 50
    call printU32                        ; 100296: e8 1f fe ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    push ebx                             ; 10029e: 53
    call println                         ; 10029f: e8 fe fd ff ff
    add esp, 4                           ; 1002a4: 83 c4 04
    ; test/golden/isel-patterns.ts:35: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002a7: 6a 11
    call sdiv                            ; 1002a9: e8 63 fe ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    push eax                             ; 1002b1: 50
    call printU32                        ; 1002b2: e8 03 fe ff ff
    add esp, 4                           ; 1002b7: 83 c4 04
    push ebx                             ; 1002ba: 53
    call println                         ; 1002bb: e8 e2 fd ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    ; test/golden/isel-patterns.ts:36: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002c3: 6a f9
    call sdiv2                           ; 1002c5: e8 59 fe ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    push eax                             ; 1002cd: 50
    call printU32                        ; 1002ce: e8 e7 fd ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    push ebx                             ; 1002d6: 53
    call println                         ; 1002d7: e8 c6 fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; test/golden/isel-patterns.ts:37: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 1002df: 6a ff
    call udiv                            ; 1002e1: e8 4b fe ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    push eax                             ; 1002e9: 50
    call printU32                        ; 1002ea: e8 cb fd ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    push ebx                             ; 1002f2: 53
    call println                         ; 1002f3: e8 aa fd ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; test/golden/isel-patterns.ts:38: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 1002fb: 6a ff
    call urem                            ; 1002fd: e8 37 fe ff ff
    add esp, 4                           ; 100302: 83 c4 04
    push eax                             ; 100305: 50
    call printU32                        ; 100306: e8 af fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    push ebx                             ; 10030e: 53
    call println                         ; 10030f: e8 8e fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/isel-patterns.ts:39: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 100317: 6a f9
    call srem                            ; 100319: e8 23 fe ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    push eax                             ; 100321: 50
    call printU32                        ; 100322: e8 93 fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    push ebx                             ; 10032a: 53
    call println                         ; 10032b: e8 72 fd ff ff
    add esp, 4                           ; 100330: 83 c4 04
    ; test/golden/isel-patterns.ts:40: exit(0);
    push 0                               ; 100333: 6a 00
    call exit                            ; 100335: e8 ba fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/isel-patterns.ts:41: }
    pop ebx                              ; 10033d: 5b
    ret                                  ; 10033e: c3
.L37:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 10033f: 80 b9 04 30 10 00 00
    je near .L34                         ; 100346: 0f 84 74 fe ff ff
.L44:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 10034c: 66 83 bc 09 10 30 10 00 ff
    jae near .L41                        ; 100355: 0f 83 77 fe ff ff
.L51:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 10035b: 66 81 bc 09 10 30 10 00 40 9c
    jb near .L48                         ; 100365: 0f 82 7a fe ff ff
.L58:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 10036b: 80 b9 24 30 10 00 f6
    jl near .L55                         ; 100372: 0f 8c 7f fe ff ff
.L65:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 100378: 66 83 bc 09 30 30 10 00 ff
    jle near .L24                        ; 100381: 0f 8e 84 fe ff ff
.L62:
    add eax, 0x186a0                     ; 100387: 05 a0 86 01 00
    jmp .L24                             ; 10038c: e9 7a fe ff ff

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100391: 53
    push esi                             ; 100392: 56
    mov esi, [esp+0xc]                   ; 100393: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100397: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10039b: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10039f: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003a3: a1 00 20 10 00
    push ecx                             ; 1003a8: 51
    push edx                             ; 1003a9: 52
    push ebx                             ; 1003aa: 53
    push esi                             ; 1003ab: 56
    call eax                             ; 1003ac: ff d0
    add esp, 0x10                        ; 1003ae: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003b1: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003b2: f4
    jmp short .L2                        ; 1003b3: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003b5: 53
    push esi                             ; 1003b6: 56
    push edi                             ; 1003b7: 57
    mov ebx, [esp+0x14]                  ; 1003b8: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003bc: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003c0: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 1003c4: b8 40 10 10 00
    push eax                             ; 1003c9: 50
    call print                           ; 1003ca: e8 ab fc ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003d2: 57
    call printU32                        ; 1003d3: e8 e2 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 1003db: b8 60 10 10 00
    push eax                             ; 1003e0: 50
    call print                           ; 1003e1: e8 94 fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003e9: 56
    call printU32                        ; 1003ea: e8 cb fc ff ff
    add esp, 4                           ; 1003ef: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 1003f2: b8 80 10 10 00
    push eax                             ; 1003f7: 50
    call print                           ; 1003f8: e8 7d fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100400: ff 74 24 10
    call print                           ; 100404: e8 71 fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 10040c: b8 88 10 10 00
    push eax                             ; 100411: 50
    call print                           ; 100412: e8 63 fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10041a: 53
    call printU32                        ; 10041b: e8 9a fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 100423: b8 3c 10 10 00
    push eax                             ; 100428: 50
    call println                         ; 100429: e8 74 fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100431: 6a 65
    call exit                            ; 100433: e8 bc fc ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10043b: 5f
    pop esi                              ; 10043c: 5e
    pop ebx                              ; 10043d: 5b
    ret                                  ; 10043e: c3

__tskc_init:
    mov dword [bytes], 8                 ; 10043f: c7 05 00 30 10 00 08 00 00 00
    mov dword [words], 8                 ; 100449: c7 05 0c 30 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 100453: c7 05 20 30 10 00 08 00 00 00
    mov dword [swords], 8                ; 10045d: c7 05 2c 30 10 00 08 00 00 00
    ret                                  ; 100467: c3

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
