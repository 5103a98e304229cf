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
    call __tskc_init                     ; 10003b: e8 fb 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 05 01 00 00
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

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f4: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f6: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f7: f4
    jmp short .L2                        ; 1000f8: eb fd

rotl:
    ; test/golden/isel-patterns.ts:12: function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000fa: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000fe: 8b 4c 24 08
    rol eax, cl                          ; 100102: d3 c0
    ret                                  ; 100104: c3

rotc:
    ; test/golden/isel-patterns.ts:13: function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 100105: 8b 44 24 04
    rol eax, 7                           ; 100109: c1 c0 07
    ret                                  ; 10010c: c3

sdiv:
    ; test/golden/isel-patterns.ts:14: function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 10010d: 8b 4c 24 04
    mov eax, ecx                         ; 100111: 89 c8
    sar eax, 0x1f                        ; 100113: c1 f8 1f
    shr eax, 0x1d                        ; 100116: c1 e8 1d
    add eax, ecx                         ; 100119: 01 c8
    sar eax, 3                           ; 10011b: c1 f8 03
    ret                                  ; 10011e: c3

sdiv2:
    ; test/golden/isel-patterns.ts:15: function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 10011f: 8b 4c 24 04
    mov eax, ecx                         ; 100123: 89 c8
    shr eax, 0x1f                        ; 100125: c1 e8 1f
    add eax, ecx                         ; 100128: 01 c8
    sar eax, 1                           ; 10012a: d1 f8
    ret                                  ; 10012c: c3

udiv:
    ; test/golden/isel-patterns.ts:16: function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 10012d: 8b 44 24 04
    shr eax, 4                           ; 100131: c1 e8 04
    ret                                  ; 100134: c3

urem:
    ; test/golden/isel-patterns.ts:17: function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 100135: 8b 44 24 04
    and eax, 0xf                         ; 100139: 83 e0 0f
    ret                                  ; 10013c: c3

srem:
    ; test/golden/isel-patterns.ts:18: function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 10013d: 8b 44 24 04
    mov ecx, 4                           ; 100141: b9 04 00 00 00
    cdq                                  ; 100146: 99
    idiv ecx                             ; 100147: f7 f9
    mov eax, edx                         ; 100149: 89 d0
    ret                                  ; 10014b: c3

main:
    push ebx                             ; 10014c: 53
    xor edx, edx                         ; 10014d: 31 d2
    ; test/golden/isel-patterns.ts:20: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    cmp edx, 8                           ; 10014f: 83 fa 08
    jge short .L4                        ; 100152: 7d 42
.L7:
    imul eax, edx, 0x28                  ; 100154: 6b c2 28
    movzx ecx, al                        ; 100157: 0f b6 c8
    mov [edx+bytes+4], cl                ; 10015a: 88 8a 04 30 10 00
    imul ecx, edx, 0x2328                ; 100160: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 100166: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 100169: 66 89 9c 12 10 30 10 00
    lea eax, [eax-0x80]                  ; 100171: 8d 40 80
    movsx eax, al                        ; 100174: 0f be c0
    mov [edx+sbytes+4], al               ; 100177: 88 82 24 30 10 00
    lea eax, [ecx-0x8000]                ; 10017d: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 100183: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 100186: 66 89 84 12 30 30 10 00
    add edx, 1                           ; 10018e: 83 c2 01
    cmp edx, 8                           ; 100191: 83 fa 08
    jl short .L7                         ; 100194: 7c be
.L4:
    xor eax, eax                         ; 100196: 31 c0
    xor ecx, ecx                         ; 100198: 31 c9
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    cmp ecx, 8                           ; 10019a: 83 f9 08
    jge short .L25                       ; 10019d: 7d 70
.L30:
    ; test/golden/isel-patterns.ts:23: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 10019f: 80 b9 04 30 10 00 c8
    jae near .L37                        ; 1001a6: 0f 83 8f 01 00 00
    add eax, 1                           ; 1001ac: 83 c0 01
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 1001af: 80 b9 04 30 10 00 00
    jne near .L44                        ; 1001b6: 0f 85 8c 01 00 00
.L34:
    add eax, 0xa                         ; 1001bc: 83 c0 0a
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1001bf: 66 83 bc 09 10 30 10 00 ff
    jb near .L51                         ; 1001c8: 0f 82 89 01 00 00
.L41:
    add eax, 0x64                        ; 1001ce: 83 c0 64
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001d1: 66 81 bc 09 10 30 10 00 40 9c
    jae near .L58                        ; 1001db: 0f 83 86 01 00 00
.L48:
    add eax, 0x3e8                       ; 1001e1: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1001e6: 80 b9 24 30 10 00 f6
    jge near .L65                        ; 1001ed: 0f 8d 81 01 00 00
.L55:
    add eax, 0x2710                      ; 1001f3: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1001f8: 66 83 bc 09 30 30 10 00 ff
    jg near .L62                         ; 100201: 0f 8f 7c 01 00 00
.L24:
    ; test/golden/isel-patterns.ts:22: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 100207: 83 c1 01
    cmp ecx, 8                           ; 10020a: 83 f9 08
    jl short .L30                        ; 10020d: 7c 90
.L25:
    ; test/golden/isel-patterns.ts:30: printU32(c); println("");
    push eax                             ; 10020f: 50
    call printU32                        ; 100210: e8 a1 fe ff ff
    add esp, 4                           ; 100215: 83 c4 04
    mov ebx, str_3                       ; 100218: bb 3c 10 10 00
    push ebx                             ; 10021d: 53
    call println                         ; 10021e: e8 7b fe ff ff
    add esp, 4                           ; 100223: 83 c4 04
    ; test/golden/isel-patterns.ts:31: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 100226: 6a 04
    push 0x80000001                      ; 100228: 68 01 00 00 80
    call rotl                            ; 10022d: e8 c8 fe ff ff
    add esp, 8                           ; 100232: 83 c4 08
    push eax                             ; 100235: 50
    call printU32                        ; 100236: e8 7b fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    push ebx                             ; 10023e: 53
    call println                         ; 10023f: e8 5a fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; test/golden/isel-patterns.ts:32: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 100247: 6a 00
    push 0x12345678                      ; 100249: 68 78 56 34 12
    call rotl                            ; 10024e: e8 a7 fe ff ff
    add esp, 8                           ; 100253: 83 c4 08
    push eax                             ; 100256: 50
    call printU32                        ; 100257: e8 5a fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    push ebx                             ; 10025f: 53
    call println                         ; 100260: e8 39 fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/isel-patterns.ts:33: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 100268: 68 01 00 00 80
    call rotc                            ; 10026d: e8 93 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    push eax                             ; 100275: 50
    call printU32                        ; 100276: e8 3b fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    push ebx                             ; 10027e: 53
    call println                         ; 10027f: e8 1a fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/isel-patterns.ts:34: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 100287: 6a ef
    call sdiv                            ; 100289: e8 7f fe ff ff
    add esp, 4                           ; 10028e: 83 c4 04
    push eax                             ; 100291: 50
    call printU32                        ; 100292: e8 1f fe ff ff
    add esp, 4                           ; 100297: 83 c4 04
    push ebx                             ; 10029a: 53
    call println                         ; 10029b: e8 fe fd ff ff
    add esp, 4                           ; 1002a0: 83 c4 04
    ; test/golden/isel-patterns.ts:35: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002a3: 6a 11
    call sdiv                            ; 1002a5: e8 63 fe ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    push eax                             ; 1002ad: 50
    call printU32                        ; 1002ae: e8 03 fe ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    push ebx                             ; 1002b6: 53
    call println                         ; 1002b7: e8 e2 fd ff ff
    add esp, 4                           ; 1002bc: 83 c4 04
    ; test/golden/isel-patterns.ts:36: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002bf: 6a f9
    call sdiv2                           ; 1002c1: e8 59 fe ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    push eax                             ; 1002c9: 50
    call printU32                        ; 1002ca: e8 e7 fd ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    push ebx                             ; 1002d2: 53
    call println                         ; 1002d3: e8 c6 fd ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; test/golden/isel-patterns.ts:37: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 1002db: 6a ff
    call udiv                            ; 1002dd: e8 4b fe ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    push eax                             ; 1002e5: 50
    call printU32                        ; 1002e6: e8 cb fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    push ebx                             ; 1002ee: 53
    call println                         ; 1002ef: e8 aa fd ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    ; test/golden/isel-patterns.ts:38: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 1002f7: 6a ff
    call urem                            ; 1002f9: e8 37 fe ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    push eax                             ; 100301: 50
    call printU32                        ; 100302: e8 af fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    push ebx                             ; 10030a: 53
    call println                         ; 10030b: e8 8e fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; test/golden/isel-patterns.ts:39: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 100313: 6a f9
    call srem                            ; 100315: e8 23 fe ff ff
    add esp, 4                           ; 10031a: 83 c4 04
    push eax                             ; 10031d: 50
    call printU32                        ; 10031e: e8 93 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    push ebx                             ; 100326: 53
    call println                         ; 100327: e8 72 fd ff ff
    add esp, 4                           ; 10032c: 83 c4 04
    ; test/golden/isel-patterns.ts:40: exit(0);
    push 0                               ; 10032f: 6a 00
    call exit                            ; 100331: e8 ba fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; test/golden/isel-patterns.ts:41: }
    pop ebx                              ; 100339: 5b
    ret                                  ; 10033a: c3
.L37:
    ; test/golden/isel-patterns.ts:24: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 10033b: 80 b9 04 30 10 00 00
    je near .L34                         ; 100342: 0f 84 74 fe ff ff
.L44:
    ; test/golden/isel-patterns.ts:25: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 100348: 66 83 bc 09 10 30 10 00 ff
    jae near .L41                        ; 100351: 0f 83 77 fe ff ff
.L51:
    ; test/golden/isel-patterns.ts:26: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 100357: 66 81 bc 09 10 30 10 00 40 9c
    jb near .L48                         ; 100361: 0f 82 7a fe ff ff
.L58:
    ; test/golden/isel-patterns.ts:27: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 100367: 80 b9 24 30 10 00 f6
    jl near .L55                         ; 10036e: 0f 8c 7f fe ff ff
.L65:
    ; test/golden/isel-patterns.ts:28: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 100374: 66 83 bc 09 30 30 10 00 ff
    jle near .L24                        ; 10037d: 0f 8e 84 fe ff ff
.L62:
    add eax, 0x186a0                     ; 100383: 05 a0 86 01 00
    jmp .L24                             ; 100388: e9 7a fe ff ff

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10038d: 53
    push esi                             ; 10038e: 56
    mov esi, [esp+0xc]                   ; 10038f: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100393: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100397: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10039b: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10039f: a1 00 20 10 00
    push ecx                             ; 1003a4: 51
    push edx                             ; 1003a5: 52
    push ebx                             ; 1003a6: 53
    push esi                             ; 1003a7: 56
    call eax                             ; 1003a8: ff d0
    add esp, 0x10                        ; 1003aa: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003ad: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003ae: f4
    jmp short .L2                        ; 1003af: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003b1: 53
    push esi                             ; 1003b2: 56
    push edi                             ; 1003b3: 57
    mov ebx, [esp+0x14]                  ; 1003b4: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003b8: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003bc: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 1003c0: b8 40 10 10 00
    push eax                             ; 1003c5: 50
    call print                           ; 1003c6: e8 af fc ff ff
    add esp, 4                           ; 1003cb: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003ce: 57
    call printU32                        ; 1003cf: e8 e2 fc ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 1003d7: b8 60 10 10 00
    push eax                             ; 1003dc: 50
    call print                           ; 1003dd: e8 98 fc ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003e5: 56
    call printU32                        ; 1003e6: e8 cb fc ff ff
    add esp, 4                           ; 1003eb: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 1003ee: b8 80 10 10 00
    push eax                             ; 1003f3: 50
    call print                           ; 1003f4: e8 81 fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1003fc: ff 74 24 10
    call print                           ; 100400: e8 75 fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 100408: b8 88 10 10 00
    push eax                             ; 10040d: 50
    call print                           ; 10040e: e8 67 fc ff ff
    add esp, 4                           ; 100413: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100416: 53
    call printU32                        ; 100417: e8 9a fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 10041f: b8 3c 10 10 00
    push eax                             ; 100424: 50
    call println                         ; 100425: e8 74 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10042d: 6a 65
    call exit                            ; 10042f: e8 bc fc ff ff
    add esp, 4                           ; 100434: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100437: 5f
    pop esi                              ; 100438: 5e
    pop ebx                              ; 100439: 5b
    ret                                  ; 10043a: c3

__tskc_init:
    mov dword [bytes], 8                 ; 10043b: c7 05 00 30 10 00 08 00 00 00
    mov dword [words], 8                 ; 100445: c7 05 0c 30 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 10044f: c7 05 20 30 10 00 08 00 00 00
    mov dword [swords], 8                ; 100459: c7 05 2c 30 10 00 08 00 00 00
    ret                                  ; 100463: c3

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
