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
    call main                            ; 10003d: e8 99 02 00 00
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
    movzx eax, al                        ; 100056: 0f b6 c0
    cmp eax, 0                           ; 100059: 83 f8 00
    jne short .L3                        ; 10005c: 75 16
.L2:
    pause                                ; 10005e: f3 90
    mov edx, 0x3fd                       ; 100060: ba fd 03 00 00
    in al, dx                            ; 100065: ec
    movzx eax, al                        ; 100066: 0f b6 c0
    and eax, 0x20                        ; 100069: 83 e0 20
    movzx eax, al                        ; 10006c: 0f b6 c0
    cmp eax, 0                           ; 10006f: 83 f8 00
    je short .L2                         ; 100072: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100074: 89 c8
    mov edx, 0x3f8                       ; 100076: ba f8 03 00 00
    out dx, al                           ; 10007b: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007d: 53
    push esi                             ; 10007e: 56
    mov esi, [esp+0xc]                   ; 10007f: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100083: bb 00 00 00 00
    mov eax, [esi]                       ; 100088: 8b 06
    cmp ebx, eax                         ; 10008a: 39 c3
    jge short .L4                        ; 10008c: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 10008e: 0f b6 44 1e 04
    movzx eax, al                        ; 100093: 0f b6 c0
    push eax                             ; 100096: 50
    call putc                            ; 100097: e8 aa ff ff ff
    add esp, 4                           ; 10009c: 83 c4 04
    add ebx, 1                           ; 10009f: 83 c3 01
    mov eax, [esi]                       ; 1000a2: 8b 06
    cmp ebx, eax                         ; 1000a4: 39 c3
    jl short .L2                         ; 1000a6: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a8: 5e
    pop ebx                              ; 1000a9: 5b
    ret                                  ; 1000aa: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000ab: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000af: 50
    call print                           ; 1000b0: e8 c8 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b8: 6a 0a
    call putc                            ; 1000ba: e8 87 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c3: 53
    mov ebx, [esp+8]                     ; 1000c4: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c8: 83 fb 0a
    jb short .L2                         ; 1000cb: 72 14
    mov ecx, 0xa                         ; 1000cd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d2: 89 d8
    xor edx, edx                         ; 1000d4: 31 d2
    div ecx                              ; 1000d6: f7 f1
    push eax                             ; 1000d8: 50
    call printU32                        ; 1000d9: e8 e5 ff ff ff
    add esp, 4                           ; 1000de: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e6: 89 d8
    xor edx, edx                         ; 1000e8: 31 d2
    div ecx                              ; 1000ea: f7 f1
    add edx, 0x30                        ; 1000ec: 83 c2 30
    movzx eax, dl                        ; 1000ef: 0f b6 c2
    push eax                             ; 1000f2: 50
    call putc                            ; 1000f3: e8 4e ff ff ff
    add esp, 4                           ; 1000f8: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000fb: 5b
    ret                                  ; 1000fc: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000fd: 53
    mov ebx, [esp+8]                     ; 1000fe: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100102: 83 fb 00
    jge short .L2                        ; 100105: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 38 ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100111: f7 db
    push ebx                             ; 100113: 53
    call printU32                        ; 100114: e8 aa ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011c: 5b
    ret                                  ; 10011d: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 9f ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100127: 5b
    ret                                  ; 100128: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100129: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100130: f4
    jmp short .L2                        ; 100131: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 100133: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp eax, 0                           ; 100137: 83 f8 00
    jge short .L2                        ; 10013a: 7d 06
    mov eax, str_2                       ; 10013c: b8 1c 10 10 00
    ret                                  ; 100141: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp eax, 0                           ; 100142: 83 f8 00
    je short .L6                         ; 100145: 74 08
    jmp short .L7                        ; 100147: eb 0c
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100149: b8 3c 10 10 00
    ret                                  ; 10014e: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_3                       ; 10014f: b8 28 10 10 00
    ret                                  ; 100154: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 100155: 83 f8 0a
    jge short .L3                        ; 100158: 7d ef
    mov eax, str_4                       ; 10015a: b8 30 10 10 00
    ret                                  ; 10015f: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebx                             ; 100160: 53
    mov ebx, [esp+8]                     ; 100161: 8b 5c 24 08
    mov eax, [esp+0xc]                   ; 100165: 8b 44 24 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100169: 50
    call print                           ; 10016a: e8 0e ff ff ff
    add esp, 4                           ; 10016f: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 100172: 89 d8
    pop ebx                              ; 100174: 5b
    ret                                  ; 100175: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebx                             ; 100176: 53
    push esi                             ; 100177: 56
    push edi                             ; 100178: 57
    mov esi, [esp+0x10]                  ; 100179: 8b 74 24 10
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 10017d: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov ecx, 0                           ; 100182: b9 00 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 100187: 39 f1
    jl short .L2                         ; 100189: 7c 06
    jmp short .L3                        ; 10018b: eb 18
.L1:
    cmp ecx, esi                         ; 10018d: 39 f1
    jge short .L3                        ; 10018f: 7d 14
.L2:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 100191: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 100194: bf 02 00 00 00
    mov eax, ecx                         ; 100199: 89 c8
    cdq                                  ; 10019b: 99
    idiv edi                             ; 10019c: f7 ff
    cmp edx, 0                           ; 10019e: 83 fa 00
    je short .L1                         ; 1001a1: 74 ea
    jmp short .L6                        ; 1001a3: eb 2c
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001a5: b8 48 10 10 00
    push eax                             ; 1001aa: 50
    call print                           ; 1001ab: e8 cd fe ff ff
    add esp, 4                           ; 1001b0: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 1001b3: 53
    call printI32                        ; 1001b4: e8 44 ff ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001bc: b8 54 10 10 00
    push eax                             ; 1001c1: 50
    call println                         ; 1001c2: e8 e4 fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov ebx, 0                           ; 1001ca: bb 00 00 00 00
    ; test/golden/control.ts:33: do {
    jmp short .L10                       ; 1001cf: eb 08
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 1001d1: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, esi                         ; 1001d3: 39 f1
    jl short .L2                         ; 1001d5: 7c ba
    jmp short .L3                        ; 1001d7: eb cc
.L10:
    ; test/golden/control.ts:34: count++;
    add ebx, 1                           ; 1001d9: 83 c3 01
    ; test/golden/control.ts:33: do {
    cmp ebx, 0                           ; 1001dc: 83 fb 00
    jl short .L10                        ; 1001df: 7c f8
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001e1: b8 58 10 10 00
    push eax                             ; 1001e6: 50
    call print                           ; 1001e7: e8 91 fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push ebx                             ; 1001ef: 53
    call printI32                        ; 1001f0: e8 08 ff ff ff
    add esp, 4                           ; 1001f5: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_7                       ; 1001f8: b8 54 10 10 00
    push eax                             ; 1001fd: 50
    call println                         ; 1001fe: e8 a8 fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov ebx, 0                           ; 100206: bb 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov ecx, 0                           ; 10020b: b9 00 00 00 00
    cmp ecx, esi                         ; 100210: 39 f1
    jge short .L16                       ; 100212: 7d 10
.L14:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov eax, 0                           ; 100214: b8 00 00 00 00
    cmp eax, esi                         ; 100219: 39 f0
    jl short .L19                        ; 10021b: 7c 30
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add ecx, 1                           ; 10021d: 83 c1 01
    cmp ecx, esi                         ; 100220: 39 f1
    jl short .L14                        ; 100222: 7c f0
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 100224: b8 64 10 10 00
    push eax                             ; 100229: 50
    call print                           ; 10022a: e8 4e fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 100232: 53
    call printI32                        ; 100233: e8 c5 fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_7                       ; 10023b: b8 54 10 10 00
    push eax                             ; 100240: 50
    call println                         ; 100241: e8 65 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 100249: 5f
    pop esi                              ; 10024a: 5e
    pop ebx                              ; 10024b: 5b
    ret                                  ; 10024c: c3
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp eax, ecx                         ; 10024d: 39 c8
    jg short .L15                        ; 10024f: 7f cc
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov edx, ecx                         ; 100251: 89 ca
    add edx, eax                         ; 100253: 01 c2
    cmp edx, 0xc                         ; 100255: 83 fa 0c
    jg short .L16                        ; 100258: 7f ca
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 10025a: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add eax, 1                           ; 10025d: 83 c0 01
    cmp eax, esi                         ; 100260: 39 f0
    jl short .L19                        ; 100262: 7c e9
    jmp short .L15                       ; 100264: eb b7

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebx                             ; 100266: 53
    push esi                             ; 100267: 56
    mov ebx, [esp+0xc]                   ; 100268: 8b 5c 24 0c
    mov esi, [esp+0x10]                  ; 10026c: 8b 74 24 10
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 100270: 83 fb 01
    jge short .L2                        ; 100273: 7d 07
    mov eax, str_10                      ; 100275: b8 70 10 10 00
    jmp short .L3                        ; 10027a: eb 05
.L2:
    mov eax, str_11                      ; 10027c: b8 78 10 10 00
.L3:
    push eax                             ; 100281: 50
    call print                           ; 100282: e8 f6 fd ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 10028a: 83 fe 01
    jae short .L6                        ; 10028d: 73 07
    mov eax, str_12                      ; 10028f: b8 84 10 10 00
    jmp short .L7                        ; 100294: eb 05
.L6:
    mov eax, str_13                      ; 100296: b8 8c 10 10 00
.L7:
    push eax                             ; 10029b: 50
    call print                           ; 10029c: e8 dc fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002a4: 83 fb ff
    jge short .L12                       ; 1002a7: 7d 28
    jmp short .L10                       ; 1002a9: eb 07
.L9:
    mov eax, str_14                      ; 1002ab: b8 98 10 10 00
    jmp short .L11                       ; 1002b0: eb 05
.L10:
    mov eax, str_15                      ; 1002b2: b8 a0 10 10 00
.L11:
    push eax                             ; 1002b7: 50
    call print                           ; 1002b8: e8 c0 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 1002c0: b8 54 10 10 00
    push eax                             ; 1002c5: 50
    call println                         ; 1002c6: e8 e0 fd ff ff
    add esp, 4                           ; 1002cb: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 1002ce: 5e
    pop ebx                              ; 1002cf: 5b
    ret                                  ; 1002d0: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 1002d1: 81 fe 00 28 6b ee
    ja short .L9                         ; 1002d7: 77 d2
    jmp short .L10                       ; 1002d9: eb d7

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push 0xfffffffb                      ; 1002db: 6a fb
    call classify                        ; 1002dd: e8 51 fe ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    push eax                             ; 1002e5: 50
    call println                         ; 1002e6: e8 c0 fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 1002ee: 6a 00
    call classify                        ; 1002f0: e8 3e fe ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    push eax                             ; 1002f8: 50
    call println                         ; 1002f9: e8 ad fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 100301: 6a 07
    call classify                        ; 100303: e8 2b fe ff ff
    add esp, 4                           ; 100308: 83 c4 04
    push eax                             ; 10030b: 50
    call println                         ; 10030c: e8 9a fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100314: 6a 64
    call classify                        ; 100316: e8 18 fe ff ff
    add esp, 4                           ; 10031b: 83 c4 04
    push eax                             ; 10031e: 50
    call println                         ; 10031f: e8 87 fd ff ff
    add esp, 4                           ; 100324: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100327: b8 ac 10 10 00
    push eax                             ; 10032c: 50
    push 0                               ; 10032d: 6a 00
    call loud                            ; 10032f: e8 2c fe ff ff
    add esp, 8                           ; 100334: 83 c4 08
    test eax, eax                        ; 100337: 85 c0
    jne short .L3                        ; 100339: 75 34
    jmp short .L2                        ; 10033b: eb 0e
.L1:
    mov eax, str_18                      ; 10033d: b8 bc 10 10 00
    push eax                             ; 100342: 50
    call print                           ; 100343: e8 35 fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_7                       ; 10034b: b8 54 10 10 00
    push eax                             ; 100350: 50
    call println                         ; 100351: e8 55 fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 100359: b8 c4 10 10 00
    push eax                             ; 10035e: 50
    push 1                               ; 10035f: 6a 01
    call loud                            ; 100361: e8 fa fd ff ff
    add esp, 8                           ; 100366: 83 c4 08
    test eax, eax                        ; 100369: 85 c0
    jne short .L6                        ; 10036b: 75 18
    jmp short .L8                        ; 10036d: eb 48
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_17                      ; 10036f: b8 b4 10 10 00
    push eax                             ; 100374: 50
    push 1                               ; 100375: 6a 01
    call loud                            ; 100377: e8 e4 fd ff ff
    add esp, 8                           ; 10037c: 83 c4 08
    test eax, eax                        ; 10037f: 85 c0
    jne short .L1                        ; 100381: 75 ba
    jmp short .L2                        ; 100383: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 100385: b8 bc 10 10 00
    push eax                             ; 10038a: 50
    call print                           ; 10038b: e8 ed fc ff ff
    add esp, 4                           ; 100390: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_7                       ; 100393: b8 54 10 10 00
    push eax                             ; 100398: 50
    call println                         ; 100399: e8 0d fd ff ff
    add esp, 4                           ; 10039e: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003a1: b8 d4 10 10 00
    push eax                             ; 1003a6: 50
    push 0                               ; 1003a7: 6a 00
    call loud                            ; 1003a9: e8 b2 fd ff ff
    add esp, 8                           ; 1003ae: 83 c4 08
    test eax, eax                        ; 1003b1: 85 c0
    jne short .L12                       ; 1003b3: 75 26
    jmp short .L13                       ; 1003b5: eb 6b
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003b7: b8 cc 10 10 00
    push eax                             ; 1003bc: 50
    push 1                               ; 1003bd: 6a 01
    call loud                            ; 1003bf: e8 9c fd ff ff
    add esp, 8                           ; 1003c4: 83 c4 08
    test eax, eax                        ; 1003c7: 85 c0
    jne short .L6                        ; 1003c9: 75 ba
    jmp short .L7                        ; 1003cb: eb c6
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_18                      ; 1003cd: b8 bc 10 10 00
    push eax                             ; 1003d2: 50
    call print                           ; 1003d3: e8 a5 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_7                       ; 1003db: b8 54 10 10 00
    push eax                             ; 1003e0: 50
    call println                         ; 1003e1: e8 c5 fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 1003e9: 6a 0a
    call loops                           ; 1003eb: e8 86 fd ff ff
    add esp, 4                           ; 1003f0: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 1003f3: 6a ff
    push 0xffffffff                      ; 1003f5: 6a ff
    call compare                         ; 1003f7: e8 6a fe ff ff
    add esp, 8                           ; 1003fc: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 1003ff: 6a 00
    call printU32                        ; 100401: e8 bd fc ff ff
    add esp, 4                           ; 100406: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_7                       ; 100409: b8 54 10 10 00
    push eax                             ; 10040e: 50
    call println                         ; 10040f: e8 97 fc ff ff
    add esp, 4                           ; 100414: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100417: 6a 00
    call exit                            ; 100419: e8 0b fd ff ff
    add esp, 4                           ; 10041e: 83 c4 04
    ; test/golden/control.ts:76: }
    ret                                  ; 100421: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 100422: b8 dc 10 10 00
    push eax                             ; 100427: 50
    push 1                               ; 100428: 6a 01
    call loud                            ; 10042a: e8 31 fd ff ff
    add esp, 8                           ; 10042f: 83 c4 08
    test eax, eax                        ; 100432: 85 c0
    je short .L11                        ; 100434: 74 97
    mov eax, str_23                      ; 100436: b8 e4 10 10 00
    push eax                             ; 10043b: 50
    push 0                               ; 10043c: 6a 00
    call loud                            ; 10043e: e8 1d fd ff ff
    add esp, 8                           ; 100443: 83 c4 08
    test eax, eax                        ; 100446: 85 c0
    jne short .L12                       ; 100448: 75 91
    jmp short .L11                       ; 10044a: eb 81

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10044c: 53
    push esi                             ; 10044d: 56
    mov esi, [esp+0xc]                   ; 10044e: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100452: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100456: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10045a: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10045e: a1 00 20 10 00
    push ecx                             ; 100463: 51
    push edx                             ; 100464: 52
    push ebx                             ; 100465: 53
    push esi                             ; 100466: 56
    call eax                             ; 100467: ff d0
    add esp, 0x10                        ; 100469: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10046c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10046d: f4
    jmp short .L2                        ; 10046e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100470: 53
    push esi                             ; 100471: 56
    push edi                             ; 100472: 57
    mov ebx, [esp+0x14]                  ; 100473: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100477: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10047b: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 10047f: b8 ec 10 10 00
    push eax                             ; 100484: 50
    call print                           ; 100485: e8 f3 fb ff ff
    add esp, 4                           ; 10048a: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10048d: 57
    call printU32                        ; 10048e: e8 30 fc ff ff
    add esp, 4                           ; 100493: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 100496: b8 0c 11 10 00
    push eax                             ; 10049b: 50
    call print                           ; 10049c: e8 dc fb ff ff
    add esp, 4                           ; 1004a1: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1004a4: 56
    call printU32                        ; 1004a5: e8 19 fc ff ff
    add esp, 4                           ; 1004aa: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004ad: b8 2c 11 10 00
    push eax                             ; 1004b2: 50
    call print                           ; 1004b3: e8 c5 fb ff ff
    add esp, 4                           ; 1004b8: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1004bb: ff 74 24 10
    call print                           ; 1004bf: e8 b9 fb ff ff
    add esp, 4                           ; 1004c4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 1004c7: b8 34 11 10 00
    push eax                             ; 1004cc: 50
    call print                           ; 1004cd: e8 ab fb ff ff
    add esp, 4                           ; 1004d2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1004d5: 53
    call printU32                        ; 1004d6: e8 e8 fb ff ff
    add esp, 4                           ; 1004db: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 1004de: b8 54 10 10 00
    push eax                             ; 1004e3: 50
    call println                         ; 1004e4: e8 c2 fb ff ff
    add esp, 4                           ; 1004e9: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004ec: 5f
    pop esi                              ; 1004ed: 5e
    pop ebx                              ; 1004ee: 5b
    ret                                  ; 1004ef: c3

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
