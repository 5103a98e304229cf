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
    call main                            ; 10003d: e8 d2 02 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    mov ebx, [ebp+8]                     ; 100085: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100088: be 00 00 00 00
    mov eax, [ebx]                       ; 10008d: 8b 03
    cmp esi, eax                         ; 10008f: 39 c6
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100093: 0f b6 44 33 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add esi, 1                           ; 1000a4: 83 c6 01
    mov eax, [ebx]                       ; 1000a7: 8b 03
    cmp esi, eax                         ; 1000a9: 39 c6
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    pop ebp                              ; 1000af: 5d
    ret                                  ; 1000b0: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b1: 55
    mov ebp, esp                         ; 1000b2: 89 e5
    mov eax, [ebp+8]                     ; 1000b4: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b7: 50
    call print                           ; 1000b8: e8 c3 ff ff ff
    add esp, 4                           ; 1000bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c0: 6a 0a
    call putc                            ; 1000c2: e8 7f ff ff ff
    add esp, 4                           ; 1000c7: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000ca: 5d
    ret                                  ; 1000cb: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000cc: 55
    mov ebp, esp                         ; 1000cd: 89 e5
    push ebx                             ; 1000cf: 53
    mov ebx, [ebp+8]                     ; 1000d0: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d3: 83 fb 0a
    jb short .L2                         ; 1000d6: 72 14
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    push eax                             ; 1000e3: 50
    call printU32                        ; 1000e4: e8 e3 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ec: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f1: 89 d8
    xor edx, edx                         ; 1000f3: 31 d2
    div ecx                              ; 1000f5: f7 f1
    add edx, 0x30                        ; 1000f7: 83 c2 30
    movzx eax, dl                        ; 1000fa: 0f b6 c2
    push eax                             ; 1000fd: 50
    call putc                            ; 1000fe: e8 43 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100106: 5b
    pop ebp                              ; 100107: 5d
    ret                                  ; 100108: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    push ebx                             ; 10010c: 53
    mov ebx, [ebp+8]                     ; 10010d: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100110: 83 fb 00
    jge short .L2                        ; 100113: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10011f: 89 d8
    neg eax                              ; 100121: f7 d8
    push eax                             ; 100123: 50
    call printU32                        ; 100124: e8 a3 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012c: 5b
    pop ebp                              ; 10012d: 5d
    ret                                  ; 10012e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012f: 53
    call printU32                        ; 100130: e8 97 ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100138: 5b
    pop ebp                              ; 100139: 5d
    ret                                  ; 10013a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013b: 55
    mov ebp, esp                         ; 10013c: 89 e5
    mov eax, [ebp+8]                     ; 10013e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100141: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100143: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100144: f4
    jmp short .L2                        ; 100145: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100147: 55
    mov ebp, esp                         ; 100148: 89 e5
    mov ecx, [ebp+8]                     ; 10014a: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp ecx, 0                           ; 10014d: 83 f9 00
    jge short .L2                        ; 100150: 7d 07
    mov eax, str_2                       ; 100152: b8 1c 10 10 00
    pop ebp                              ; 100157: 5d
    ret                                  ; 100158: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp ecx, 0                           ; 100159: 83 f9 00
    jne short .L7                        ; 10015c: 75 0e
    mov eax, str_3                       ; 10015e: b8 28 10 10 00
    pop ebp                              ; 100163: 5d
    ret                                  ; 100164: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100165: b8 3c 10 10 00
    pop ebp                              ; 10016a: 5d
    ret                                  ; 10016b: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 10016c: 83 f9 0a
    jge short .L3                        ; 10016f: 7d f4
    mov eax, str_4                       ; 100171: b8 30 10 10 00
    pop ebp                              ; 100176: 5d
    ret                                  ; 100177: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 100178: 55
    mov ebp, esp                         ; 100179: 89 e5
    push ebx                             ; 10017b: 53
    mov ebx, [ebp+8]                     ; 10017c: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10017f: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100182: 50
    call print                           ; 100183: e8 f8 fe ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10018b: 89 d8
    pop ebx                              ; 10018d: 5b
    pop ebp                              ; 10018e: 5d
    ret                                  ; 10018f: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 100190: 55
    mov ebp, esp                         ; 100191: 89 e5
    sub esp, 4                           ; 100193: 83 ec 04
    push ebx                             ; 100196: 53
    push esi                             ; 100197: 56
    push edi                             ; 100198: 57
    mov eax, [ebp+8]                     ; 100199: 8b 45 08
    mov [ebp-4], eax                     ; 10019c: 89 45 fc
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 10019f: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov esi, 0                           ; 1001a4: be 00 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 1001a9: 8b 45 fc
    cmp esi, eax                         ; 1001ac: 39 c6
    jge short .L3                        ; 1001ae: 7d 1d
.L2:
    ; test/golden/control.ts:24: i++;
    add esi, 1                           ; 1001b0: 83 c6 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 1001b3: b9 02 00 00 00
    mov eax, esi                         ; 1001b8: 89 f0
    cdq                                  ; 1001ba: 99
    idiv ecx                             ; 1001bb: f7 f9
    cmp edx, 0                           ; 1001bd: 83 fa 00
    jne near .L6                         ; 1001c0: 0f 85 c9 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 1001c6: 8b 45 fc
    cmp esi, eax                         ; 1001c9: 39 c6
    jl short .L2                         ; 1001cb: 7c e3
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001cd: b8 48 10 10 00
    push eax                             ; 1001d2: 50
    call print                           ; 1001d3: e8 a8 fe ff ff
    add esp, 4                           ; 1001d8: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 1001db: 53
    call printI32                        ; 1001dc: e8 28 ff ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001e4: b8 54 10 10 00
    push eax                             ; 1001e9: 50
    call println                         ; 1001ea: e8 c2 fe ff ff
    add esp, 4                           ; 1001ef: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov edi, 0                           ; 1001f2: bf 00 00 00 00
.L10:
    ; test/golden/control.ts:34: count++;
    add edi, 1                           ; 1001f7: 83 c7 01
    ; test/golden/control.ts:33: do {
    cmp edi, 0                           ; 1001fa: 83 ff 00
    jl short .L10                        ; 1001fd: 7c f8
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001ff: b8 58 10 10 00
    push eax                             ; 100204: 50
    call print                           ; 100205: e8 76 fe ff ff
    add esp, 4                           ; 10020a: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push edi                             ; 10020d: 57
    call printI32                        ; 10020e: e8 f6 fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_7                       ; 100216: b8 54 10 10 00
    push eax                             ; 10021b: 50
    call println                         ; 10021c: e8 90 fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov edi, 0                           ; 100224: bf 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov eax, 0                           ; 100229: b8 00 00 00 00
    mov ecx, [ebp-4]                     ; 10022e: 8b 4d fc
    cmp eax, ecx                         ; 100231: 39 c8
    jge short .L16                       ; 100233: 7d 30
.L14:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov ecx, 0                           ; 100235: b9 00 00 00 00
    mov edx, [ebp-4]                     ; 10023a: 8b 55 fc
    cmp ecx, edx                         ; 10023d: 39 d1
    jge short .L15                       ; 10023f: 7d 1a
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 100241: 39 c1
    jg short .L15                        ; 100243: 7f 16
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov edx, eax                         ; 100245: 89 c2
    add edx, ecx                         ; 100247: 01 ca
    cmp edx, 0xc                         ; 100249: 83 fa 0c
    jg short .L16                        ; 10024c: 7f 17
    ; test/golden/control.ts:45: pairs++;
    add edi, 1                           ; 10024e: 83 c7 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 100251: 83 c1 01
    mov edx, [ebp-4]                     ; 100254: 8b 55 fc
    cmp ecx, edx                         ; 100257: 39 d1
    jl short .L19                        ; 100259: 7c e6
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 10025b: 83 c0 01
    mov ecx, [ebp-4]                     ; 10025e: 8b 4d fc
    cmp eax, ecx                         ; 100261: 39 c8
    jl short .L14                        ; 100263: 7c d0
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 100265: b8 64 10 10 00
    push eax                             ; 10026a: 50
    call print                           ; 10026b: e8 10 fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push edi                             ; 100273: 57
    call printI32                        ; 100274: e8 90 fe ff ff
    add esp, 4                           ; 100279: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_7                       ; 10027c: b8 54 10 10 00
    push eax                             ; 100281: 50
    call println                         ; 100282: e8 2a fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 10028a: 5f
    pop esi                              ; 10028b: 5e
    pop ebx                              ; 10028c: 5b
    leave                                ; 10028d: c9
    ret                                  ; 10028e: c3
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, esi                         ; 10028f: 01 f3
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 100291: 8b 45 fc
    cmp esi, eax                         ; 100294: 39 c6
    jl near .L2                          ; 100296: 0f 8c 14 ff ff ff
    jmp .L3                              ; 10029c: e9 2c ff ff ff

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 1002a1: 55
    mov ebp, esp                         ; 1002a2: 89 e5
    push ebx                             ; 1002a4: 53
    push esi                             ; 1002a5: 56
    mov ebx, [ebp+8]                     ; 1002a6: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002a9: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 1002ac: 83 fb 01
    jge short .L2                        ; 1002af: 7d 07
    mov eax, str_10                      ; 1002b1: b8 70 10 10 00
    jmp short .L3                        ; 1002b6: eb 05
.L2:
    mov eax, str_11                      ; 1002b8: b8 78 10 10 00
.L3:
    push eax                             ; 1002bd: 50
    call print                           ; 1002be: e8 bd fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002c6: 83 fe 01
    jae short .L6                        ; 1002c9: 73 07
    mov eax, str_12                      ; 1002cb: b8 84 10 10 00
    jmp short .L7                        ; 1002d0: eb 05
.L6:
    mov eax, str_13                      ; 1002d2: b8 8c 10 10 00
.L7:
    push eax                             ; 1002d7: 50
    call print                           ; 1002d8: e8 a3 fd ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002e0: 83 fb ff
    jge short .L12                       ; 1002e3: 7d 20
.L10:
    mov ebx, str_15                      ; 1002e5: bb a0 10 10 00
.L11:
    push ebx                             ; 1002ea: 53
    call print                           ; 1002eb: e8 90 fd ff ff
    add esp, 4                           ; 1002f0: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 1002f3: b8 54 10 10 00
    push eax                             ; 1002f8: 50
    call println                         ; 1002f9: e8 b3 fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 100301: 5e
    pop ebx                              ; 100302: 5b
    pop ebp                              ; 100303: 5d
    ret                                  ; 100304: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 100305: 81 fe 00 28 6b ee
    jbe short .L10                       ; 10030b: 76 d8
    mov ebx, str_14                      ; 10030d: bb 98 10 10 00
    jmp short .L11                       ; 100312: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 100314: 55
    mov ebp, esp                         ; 100315: 89 e5
    push 0xfffffffb                      ; 100317: 6a fb
    call classify                        ; 100319: e8 29 fe ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    push eax                             ; 100321: 50
    call println                         ; 100322: e8 8a fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 10032a: 6a 00
    call classify                        ; 10032c: e8 16 fe ff ff
    add esp, 4                           ; 100331: 83 c4 04
    push eax                             ; 100334: 50
    call println                         ; 100335: e8 77 fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10033d: 6a 07
    call classify                        ; 10033f: e8 03 fe ff ff
    add esp, 4                           ; 100344: 83 c4 04
    push eax                             ; 100347: 50
    call println                         ; 100348: e8 64 fd ff ff
    add esp, 4                           ; 10034d: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100350: 6a 64
    call classify                        ; 100352: e8 f0 fd ff ff
    add esp, 4                           ; 100357: 83 c4 04
    push eax                             ; 10035a: 50
    call println                         ; 10035b: e8 51 fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100363: b8 ac 10 10 00
    push eax                             ; 100368: 50
    push 0                               ; 100369: 6a 00
    call loud                            ; 10036b: e8 08 fe ff ff
    add esp, 8                           ; 100370: 83 c4 08
    test eax, eax                        ; 100373: 85 c0
    je short .L2                         ; 100375: 74 22
    mov eax, str_17                      ; 100377: b8 b4 10 10 00
    push eax                             ; 10037c: 50
    push 1                               ; 10037d: 6a 01
    call loud                            ; 10037f: e8 f4 fd ff ff
    add esp, 8                           ; 100384: 83 c4 08
    test eax, eax                        ; 100387: 85 c0
    je short .L2                         ; 100389: 74 0e
    mov eax, str_18                      ; 10038b: b8 bc 10 10 00
    push eax                             ; 100390: 50
    call print                           ; 100391: e8 ea fc ff ff
    add esp, 4                           ; 100396: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_7                       ; 100399: b8 54 10 10 00
    push eax                             ; 10039e: 50
    call println                         ; 10039f: e8 0d fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1003a7: b8 c4 10 10 00
    push eax                             ; 1003ac: 50
    push 1                               ; 1003ad: 6a 01
    call loud                            ; 1003af: e8 c4 fd ff ff
    add esp, 8                           ; 1003b4: 83 c4 08
    test eax, eax                        ; 1003b7: 85 c0
    je near .L8                          ; 1003b9: 0f 84 ae 00 00 00
.L6:
    mov eax, str_18                      ; 1003bf: b8 bc 10 10 00
    push eax                             ; 1003c4: 50
    call print                           ; 1003c5: e8 b6 fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_7                       ; 1003cd: b8 54 10 10 00
    push eax                             ; 1003d2: 50
    call println                         ; 1003d3: e8 d9 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003db: b8 d4 10 10 00
    push eax                             ; 1003e0: 50
    push 0                               ; 1003e1: 6a 00
    call loud                            ; 1003e3: e8 90 fd ff ff
    add esp, 8                           ; 1003e8: 83 c4 08
    test eax, eax                        ; 1003eb: 85 c0
    jne short .L12                       ; 1003ed: 75 36
    mov eax, str_22                      ; 1003ef: b8 dc 10 10 00
    push eax                             ; 1003f4: 50
    push 1                               ; 1003f5: 6a 01
    call loud                            ; 1003f7: e8 7c fd ff ff
    add esp, 8                           ; 1003fc: 83 c4 08
    test eax, eax                        ; 1003ff: 85 c0
    je short .L11                        ; 100401: 74 14
    mov eax, str_23                      ; 100403: b8 e4 10 10 00
    push eax                             ; 100408: 50
    push 0                               ; 100409: 6a 00
    call loud                            ; 10040b: e8 68 fd ff ff
    add esp, 8                           ; 100410: 83 c4 08
    test eax, eax                        ; 100413: 85 c0
    jne short .L12                       ; 100415: 75 0e
.L11:
    mov eax, str_18                      ; 100417: b8 bc 10 10 00
    push eax                             ; 10041c: 50
    call print                           ; 10041d: e8 5e fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_7                       ; 100425: b8 54 10 10 00
    push eax                             ; 10042a: 50
    call println                         ; 10042b: e8 81 fc ff ff
    add esp, 4                           ; 100430: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 100433: 6a 0a
    call loops                           ; 100435: e8 56 fd ff ff
    add esp, 4                           ; 10043a: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 10043d: 6a ff
    push 0xffffffff                      ; 10043f: 6a ff
    call compare                         ; 100441: e8 5b fe ff ff
    add esp, 8                           ; 100446: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100449: 6a 00
    call printU32                        ; 10044b: e8 7c fc ff ff
    add esp, 4                           ; 100450: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_7                       ; 100453: b8 54 10 10 00
    push eax                             ; 100458: 50
    call println                         ; 100459: e8 53 fc ff ff
    add esp, 4                           ; 10045e: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100461: 6a 00
    call exit                            ; 100463: e8 d3 fc ff ff
    add esp, 4                           ; 100468: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 10046b: 5d
    ret                                  ; 10046c: c3
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 10046d: b8 cc 10 10 00
    push eax                             ; 100472: 50
    push 1                               ; 100473: 6a 01
    call loud                            ; 100475: e8 fe fc ff ff
    add esp, 8                           ; 10047a: 83 c4 08
    test eax, eax                        ; 10047d: 85 c0
    jne near .L6                         ; 10047f: 0f 85 3a ff ff ff
    jmp .L7                              ; 100485: e9 43 ff ff ff

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10048a: 55
    mov ebp, esp                         ; 10048b: 89 e5
    push ebx                             ; 10048d: 53
    push esi                             ; 10048e: 56
    mov eax, [ebp+8]                     ; 10048f: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100492: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100495: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100498: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10049b: 8b 35 00 20 10 00
    push ebx                             ; 1004a1: 53
    push edx                             ; 1004a2: 52
    push ecx                             ; 1004a3: 51
    push eax                             ; 1004a4: 50
    call esi                             ; 1004a5: ff d6
    add esp, 0x10                        ; 1004a7: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1004aa: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1004ab: f4
    jmp short .L2                        ; 1004ac: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1004ae: 55
    mov ebp, esp                         ; 1004af: 89 e5
    sub esp, 4                           ; 1004b1: 83 ec 04
    push ebx                             ; 1004b4: 53
    push esi                             ; 1004b5: 56
    push edi                             ; 1004b6: 57
    mov ebx, [ebp+8]                     ; 1004b7: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1004ba: 8b 45 0c
    mov [ebp-4], eax                     ; 1004bd: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1004c0: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1004c3: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 1004c6: b8 ec 10 10 00
    push eax                             ; 1004cb: 50
    call print                           ; 1004cc: e8 af fb ff ff
    add esp, 4                           ; 1004d1: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1004d4: 56
    call printU32                        ; 1004d5: e8 f2 fb ff ff
    add esp, 4                           ; 1004da: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004dd: b8 0c 11 10 00
    push eax                             ; 1004e2: 50
    call print                           ; 1004e3: e8 98 fb ff ff
    add esp, 4                           ; 1004e8: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004eb: 57
    call printU32                        ; 1004ec: e8 db fb ff ff
    add esp, 4                           ; 1004f1: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004f4: b8 2c 11 10 00
    push eax                             ; 1004f9: 50
    call print                           ; 1004fa: e8 81 fb ff ff
    add esp, 4                           ; 1004ff: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100502: 53
    call print                           ; 100503: e8 78 fb ff ff
    add esp, 4                           ; 100508: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 10050b: b8 34 11 10 00
    push eax                             ; 100510: 50
    call print                           ; 100511: e8 6a fb ff ff
    add esp, 4                           ; 100516: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100519: 8b 45 fc
    push eax                             ; 10051c: 50
    call printU32                        ; 10051d: e8 aa fb ff ff
    add esp, 4                           ; 100522: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 100525: b8 54 10 10 00
    push eax                             ; 10052a: 50
    call println                         ; 10052b: e8 81 fb ff ff
    add esp, 4                           ; 100530: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100533: 5f
    pop esi                              ; 100534: 5e
    pop ebx                              ; 100535: 5b
    leave                                ; 100536: c9
    ret                                  ; 100537: c3

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
