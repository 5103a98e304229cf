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
    call __tskc_init                     ; 10003b: e8 45 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 1e 01 00 00
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
    ; test/golden/isel-patterns.ts:14: function rotl(x: u32, n: u32): u32 { return (x << n) | (x >>> (32 - n)); }
    mov eax, [esp+4]                     ; 1000fa: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000fe: 8b 4c 24 08
    rol eax, cl                          ; 100102: d3 c0
    ret                                  ; 100104: c3

rotc:
    ; test/golden/isel-patterns.ts:15: function rotc(x: u32): u32 { return (x << 7) | (x >>> 25); }
    mov eax, [esp+4]                     ; 100105: 8b 44 24 04
    rol eax, 7                           ; 100109: c1 c0 07
    ret                                  ; 10010c: c3

sdiv:
    ; test/golden/isel-patterns.ts:16: function sdiv(x: i32): i32 { return x / 8; }
    mov ecx, [esp+4]                     ; 10010d: 8b 4c 24 04
    mov eax, ecx                         ; 100111: 89 c8
    sar eax, 0x1f                        ; 100113: c1 f8 1f
    shr eax, 0x1d                        ; 100116: c1 e8 1d
    add eax, ecx                         ; 100119: 01 c8
    sar eax, 3                           ; 10011b: c1 f8 03
    ret                                  ; 10011e: c3

sdiv2:
    ; test/golden/isel-patterns.ts:17: function sdiv2(x: i32): i32 { return x / 2; }
    mov ecx, [esp+4]                     ; 10011f: 8b 4c 24 04
    mov eax, ecx                         ; 100123: 89 c8
    shr eax, 0x1f                        ; 100125: c1 e8 1f
    add eax, ecx                         ; 100128: 01 c8
    sar eax, 1                           ; 10012a: d1 f8
    ret                                  ; 10012c: c3

udiv:
    ; test/golden/isel-patterns.ts:18: function udiv(x: u32): u32 { return x / 16; }
    mov eax, [esp+4]                     ; 10012d: 8b 44 24 04
    shr eax, 4                           ; 100131: c1 e8 04
    ret                                  ; 100134: c3

urem:
    ; test/golden/isel-patterns.ts:19: function urem(x: u32): u32 { return x % 16; }
    mov eax, [esp+4]                     ; 100135: 8b 44 24 04
    and eax, 0xf                         ; 100139: 83 e0 0f
    ret                                  ; 10013c: c3

srem:
    ; test/golden/isel-patterns.ts:20: function srem(x: i32): i32 { return x % 4; }
    mov eax, [esp+4]                     ; 10013d: 8b 44 24 04
    mov ecx, 4                           ; 100141: b9 04 00 00 00
    cdq                                  ; 100146: 99
    idiv ecx                             ; 100147: f7 f9
    mov eax, edx                         ; 100149: 89 d0
    ret                                  ; 10014b: c3

countDown:
    ; test/golden/isel-patterns.ts:21: function countDown(x: i32): u32 {
    mov ecx, [esp+4]                     ; 10014c: 8b 4c 24 04
    xor eax, eax                         ; 100150: 31 c0
    ; test/golden/isel-patterns.ts:23: while (n < 3) {
    cmp eax, 3                           ; 100152: 83 f8 03
    jae short .L3                        ; 100155: 73 0d
.L2:
    ; test/golden/isel-patterns.ts:24: x -= 1;
    sub ecx, 1                           ; 100157: 83 e9 01
    ; test/golden/isel-patterns.ts:25: if (x < 0) break;
    js short .L3                         ; 10015a: 78 08
    ; test/golden/isel-patterns.ts:26: n++;
    add eax, 1                           ; 10015c: 83 c0 01
    ; test/golden/isel-patterns.ts:23: while (n < 3) {
    cmp eax, 3                           ; 10015f: 83 f8 03
    jb short .L2                         ; 100162: 72 f3
.L3:
    ; test/golden/isel-patterns.ts:28: return n;
    ret                                  ; 100164: c3

main:
    push ebx                             ; 100165: 53
    push esi                             ; 100166: 56
    xor edx, edx                         ; 100167: 31 d2
    ; test/golden/isel-patterns.ts:31: for (let i: i32 = 0; i < 8; i++) { bytes[i] = u8(i * 40); words[i] = u16(i * 9000); sbytes[i] = i8(i * 40 - 128); swords[i] = i16(i * 9000 - 32768); }
    cmp edx, 8                           ; 100169: 83 fa 08
    jge short .L4                        ; 10016c: 7d 42
.L7:
    imul eax, edx, 0x28                  ; 10016e: 6b c2 28
    movzx ecx, al                        ; 100171: 0f b6 c8
    mov [edx+bytes+4], cl                ; 100174: 88 8a 04 30 10 00
    imul ecx, edx, 0x2328                ; 10017a: 69 ca 28 23 00 00
    movzx ebx, cx                        ; 100180: 0f b7 d9
    mov [edx+edx+words+4], bx            ; 100183: 66 89 9c 12 10 30 10 00
    lea eax, [eax-0x80]                  ; 10018b: 8d 40 80
    movsx eax, al                        ; 10018e: 0f be c0
    mov [edx+sbytes+4], al               ; 100191: 88 82 24 30 10 00
    lea eax, [ecx-0x8000]                ; 100197: 8d 81 00 80 ff ff
    movsx eax, ax                        ; 10019d: 0f bf c0
    mov [edx+edx+swords+4], ax           ; 1001a0: 66 89 84 12 30 30 10 00
    add edx, 1                           ; 1001a8: 83 c2 01
    cmp edx, 8                           ; 1001ab: 83 fa 08
    jl short .L7                         ; 1001ae: 7c be
.L4:
    xor eax, eax                         ; 1001b0: 31 c0
    xor ecx, ecx                         ; 1001b2: 31 c9
    ; test/golden/isel-patterns.ts:33: for (let i: i32 = 0; i < 8; i++) {
    cmp ecx, 8                           ; 1001b4: 83 f9 08
    jge short .L25                       ; 1001b7: 7d 70
.L30:
    ; test/golden/isel-patterns.ts:34: if (bytes[i] < 200) c += 1;
    cmp byte [ecx+bytes+4], 0xc8         ; 1001b9: 80 b9 04 30 10 00 c8
    jae near .L37                        ; 1001c0: 0f 83 bf 01 00 00
    add eax, 1                           ; 1001c6: 83 c0 01
    ; test/golden/isel-patterns.ts:35: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 1001c9: 80 b9 04 30 10 00 00
    jne near .L44                        ; 1001d0: 0f 85 bc 01 00 00
.L34:
    add eax, 0xa                         ; 1001d6: 83 c0 0a
    ; test/golden/isel-patterns.ts:36: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 1001d9: 66 83 bc 09 10 30 10 00 ff
    jb near .L51                         ; 1001e2: 0f 82 b9 01 00 00
.L41:
    add eax, 0x64                        ; 1001e8: 83 c0 64
    ; test/golden/isel-patterns.ts:37: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1001eb: 66 81 bc 09 10 30 10 00 40 9c
    jae near .L58                        ; 1001f5: 0f 83 b6 01 00 00
.L48:
    add eax, 0x3e8                       ; 1001fb: 05 e8 03 00 00
    ; test/golden/isel-patterns.ts:38: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 100200: 80 b9 24 30 10 00 f6
    jge near .L65                        ; 100207: 0f 8d b1 01 00 00
.L55:
    add eax, 0x2710                      ; 10020d: 05 10 27 00 00
    ; test/golden/isel-patterns.ts:39: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 100212: 66 83 bc 09 30 30 10 00 ff
    jg near .L62                         ; 10021b: 0f 8f ac 01 00 00
.L24:
    ; test/golden/isel-patterns.ts:33: for (let i: i32 = 0; i < 8; i++) {
    add ecx, 1                           ; 100221: 83 c1 01
    cmp ecx, 8                           ; 100224: 83 f9 08
    jl short .L30                        ; 100227: 7c 90
.L25:
    ; test/golden/isel-patterns.ts:41: printU32(c); println("");
    push eax                             ; 100229: 50
    call printU32                        ; 10022a: e8 87 fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    mov ebx, str_3                       ; 100232: bb 3c 10 10 00
    push ebx                             ; 100237: 53
    call println                         ; 100238: e8 61 fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/isel-patterns.ts:42: printU32(rotl(0x80000001, 4)); println("");
    push 4                               ; 100240: 6a 04
    push 0x80000001                      ; 100242: 68 01 00 00 80
    call rotl                            ; 100247: e8 ae fe ff ff
    add esp, 8                           ; 10024c: 83 c4 08
    push eax                             ; 10024f: 50
    call printU32                        ; 100250: e8 61 fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    push ebx                             ; 100258: 53
    call println                         ; 100259: e8 40 fe ff ff
    add esp, 4                           ; 10025e: 83 c4 04
    ; test/golden/isel-patterns.ts:43: printU32(rotl(0x12345678, 0)); println("");
    push 0                               ; 100261: 6a 00
    push 0x12345678                      ; 100263: 68 78 56 34 12
    call rotl                            ; 100268: e8 8d fe ff ff
    add esp, 8                           ; 10026d: 83 c4 08
    push eax                             ; 100270: 50
    call printU32                        ; 100271: e8 40 fe ff ff
    add esp, 4                           ; 100276: 83 c4 04
    push ebx                             ; 100279: 53
    call println                         ; 10027a: e8 1f fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/isel-patterns.ts:44: printU32(rotc(0x80000001)); println("");
    push 0x80000001                      ; 100282: 68 01 00 00 80
    call rotc                            ; 100287: e8 79 fe ff ff
    add esp, 4                           ; 10028c: 83 c4 04
    push eax                             ; 10028f: 50
    call printU32                        ; 100290: e8 21 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    push ebx                             ; 100298: 53
    call println                         ; 100299: e8 00 fe ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; test/golden/isel-patterns.ts:45: printU32(u32(sdiv(-17))); println("");
    push 0xffffffef                      ; 1002a1: 6a ef
    call sdiv                            ; 1002a3: e8 65 fe ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    push eax                             ; 1002ab: 50
    call printU32                        ; 1002ac: e8 05 fe ff ff
    add esp, 4                           ; 1002b1: 83 c4 04
    push ebx                             ; 1002b4: 53
    call println                         ; 1002b5: e8 e4 fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/isel-patterns.ts:46: printU32(u32(sdiv(17))); println("");
    push 0x11                            ; 1002bd: 6a 11
    call sdiv                            ; 1002bf: e8 49 fe ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    push eax                             ; 1002c7: 50
    call printU32                        ; 1002c8: e8 e9 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    push ebx                             ; 1002d0: 53
    call println                         ; 1002d1: e8 c8 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/isel-patterns.ts:47: printU32(u32(sdiv2(-7))); println("");
    push 0xfffffff9                      ; 1002d9: 6a f9
    call sdiv2                           ; 1002db: e8 3f fe ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    push eax                             ; 1002e3: 50
    call printU32                        ; 1002e4: e8 cd fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    push ebx                             ; 1002ec: 53
    call println                         ; 1002ed: e8 ac fd ff ff
    add esp, 4                           ; 1002f2: 83 c4 04
    ; test/golden/isel-patterns.ts:48: printU32(udiv(0xffffffff)); println("");
    push 0xffffffff                      ; 1002f5: 6a ff
    call udiv                            ; 1002f7: e8 31 fe ff ff
    add esp, 4                           ; 1002fc: 83 c4 04
    push eax                             ; 1002ff: 50
    call printU32                        ; 100300: e8 b1 fd ff ff
    add esp, 4                           ; 100305: 83 c4 04
    push ebx                             ; 100308: 53
    call println                         ; 100309: e8 90 fd ff ff
    add esp, 4                           ; 10030e: 83 c4 04
    ; test/golden/isel-patterns.ts:49: printU32(urem(0xffffffff)); println("");
    push 0xffffffff                      ; 100311: 6a ff
    call urem                            ; 100313: e8 1d fe ff ff
    add esp, 4                           ; 100318: 83 c4 04
    push eax                             ; 10031b: 50
    call printU32                        ; 10031c: e8 95 fd ff ff
    add esp, 4                           ; 100321: 83 c4 04
    push ebx                             ; 100324: 53
    call println                         ; 100325: e8 74 fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; test/golden/isel-patterns.ts:50: printU32(u32(srem(-7))); println("");
    push 0xfffffff9                      ; 10032d: 6a f9
    call srem                            ; 10032f: e8 09 fe ff ff
    add esp, 4                           ; 100334: 83 c4 04
    push eax                             ; 100337: 50
    call printU32                        ; 100338: e8 79 fd ff ff
    add esp, 4                           ; 10033d: 83 c4 04
    push ebx                             ; 100340: 53
    call println                         ; 100341: e8 58 fd ff ff
    add esp, 4                           ; 100346: 83 c4 04
    ; test/golden/isel-patterns.ts:51: printU32(countDown(-2147483648) * 10 + countDown(1)); println("");
    push 0x80000000                      ; 100349: 68 00 00 00 80
    call countDown                       ; 10034e: e8 f9 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    imul esi, eax, 0xa                   ; 100356: 6b f0 0a
    push 1                               ; 100359: 6a 01
    call countDown                       ; 10035b: e8 ec fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    lea eax, [esi+eax]                   ; 100363: 8d 04 06
    push eax                             ; 100366: 50
    call printU32                        ; 100367: e8 4a fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    push ebx                             ; 10036f: 53
    call println                         ; 100370: e8 29 fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; test/golden/isel-patterns.ts:52: exit(0);
    push 0                               ; 100378: 6a 00
    call exit                            ; 10037a: e8 71 fd ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; test/golden/isel-patterns.ts:53: }
    pop esi                              ; 100382: 5e
    pop ebx                              ; 100383: 5b
    ret                                  ; 100384: c3
.L37:
    ; test/golden/isel-patterns.ts:35: if (bytes[i] == 0) c += 10;
    cmp byte [ecx+bytes+4], 0            ; 100385: 80 b9 04 30 10 00 00
    je near .L34                         ; 10038c: 0f 84 44 fe ff ff
.L44:
    ; test/golden/isel-patterns.ts:36: if (words[i] >= 0xffff) c += 100;
    cmp word [ecx+ecx+words+4], 0xffff   ; 100392: 66 83 bc 09 10 30 10 00 ff
    jae near .L41                        ; 10039b: 0f 83 47 fe ff ff
.L51:
    ; test/golden/isel-patterns.ts:37: if (words[i] < 40000) c += 1000;
    cmp word [ecx+ecx+words+4], 0x9c40   ; 1003a1: 66 81 bc 09 10 30 10 00 40 9c
    jb near .L48                         ; 1003ab: 0f 82 4a fe ff ff
.L58:
    ; test/golden/isel-patterns.ts:38: if (sbytes[i] < -10) c += 10000;
    cmp byte [ecx+sbytes+4], 0xf6        ; 1003b1: 80 b9 24 30 10 00 f6
    jl near .L55                         ; 1003b8: 0f 8c 4f fe ff ff
.L65:
    ; test/golden/isel-patterns.ts:39: if (swords[i] > -1) c += 100000;
    cmp word [ecx+ecx+swords+4], 0xffff  ; 1003be: 66 83 bc 09 30 30 10 00 ff
    jle near .L24                        ; 1003c7: 0f 8e 54 fe ff ff
.L62:
    add eax, 0x186a0                     ; 1003cd: 05 a0 86 01 00
    jmp .L24                             ; 1003d2: e9 4a fe ff ff

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003d7: 53
    push esi                             ; 1003d8: 56
    mov esi, [esp+0xc]                   ; 1003d9: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003dd: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003e1: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003e5: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003e9: a1 00 20 10 00
    push ecx                             ; 1003ee: 51
    push edx                             ; 1003ef: 52
    push ebx                             ; 1003f0: 53
    push esi                             ; 1003f1: 56
    call eax                             ; 1003f2: ff d0
    add esp, 0x10                        ; 1003f4: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003f7: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003f8: f4
    jmp short .L2                        ; 1003f9: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003fb: 53
    push esi                             ; 1003fc: 56
    push edi                             ; 1003fd: 57
    mov ebx, [esp+0x14]                  ; 1003fe: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100402: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100406: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 10040a: b8 40 10 10 00
    push eax                             ; 10040f: 50
    call print                           ; 100410: e8 65 fc ff ff
    add esp, 4                           ; 100415: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100418: 57
    call printU32                        ; 100419: e8 98 fc ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 100421: b8 60 10 10 00
    push eax                             ; 100426: 50
    call print                           ; 100427: e8 4e fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10042f: 56
    call printU32                        ; 100430: e8 81 fc ff ff
    add esp, 4                           ; 100435: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 100438: b8 80 10 10 00
    push eax                             ; 10043d: 50
    call print                           ; 10043e: e8 37 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100446: ff 74 24 10
    call print                           ; 10044a: e8 2b fc ff ff
    add esp, 4                           ; 10044f: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 100452: b8 88 10 10 00
    push eax                             ; 100457: 50
    call print                           ; 100458: e8 1d fc ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100460: 53
    call printU32                        ; 100461: e8 50 fc ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 100469: b8 3c 10 10 00
    push eax                             ; 10046e: 50
    call println                         ; 10046f: e8 2a fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100477: 6a 65
    call exit                            ; 100479: e8 72 fc ff ff
    add esp, 4                           ; 10047e: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100481: 5f
    pop esi                              ; 100482: 5e
    pop ebx                              ; 100483: 5b
    ret                                  ; 100484: c3

__tskc_init:
    mov dword [bytes], 8                 ; 100485: c7 05 00 30 10 00 08 00 00 00
    mov dword [words], 8                 ; 10048f: c7 05 0c 30 10 00 08 00 00 00
    mov dword [sbytes], 8                ; 100499: c7 05 20 30 10 00 08 00 00 00
    mov dword [swords], 8                ; 1004a3: c7 05 2c 30 10 00 08 00 00 00
    ret                                  ; 1004ad: c3

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
