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
    call main                            ; 10003d: e8 00 03 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 04
    pause                                ; 100060: f3 90
    jmp short .L1                        ; 100062: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100064: 89 c8
    mov edx, 0x3f8                       ; 100066: ba f8 03 00 00
    out dx, al                           ; 10006b: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10006c: 5d
    ret                                  ; 10006d: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10006e: 55
    mov ebp, esp                         ; 10006f: 89 e5
    push ebx                             ; 100071: 53
    push esi                             ; 100072: 56
    mov ebx, [ebp+8]                     ; 100073: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100076: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 10007b: 8b 03
    cmp esi, eax                         ; 10007d: 39 c6
    jge short .L4                        ; 10007f: 7d 19
    mov eax, ebx                         ; 100081: 89 d8
    add eax, esi                         ; 100083: 01 f0
    movzx eax, byte [eax+4]              ; 100085: 0f b6 40 04
    movzx eax, al                        ; 100089: 0f b6 c0
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b4 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add esi, 1                           ; 100095: 83 c6 01
    jmp short .L1                        ; 100098: eb e1
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009e: 55
    mov ebp, esp                         ; 10009f: 89 e5
    mov eax, [ebp+8]                     ; 1000a1: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a4: 50
    call print                           ; 1000a5: e8 c4 ff ff ff
    add esp, 4                           ; 1000aa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ad: 6a 0a
    call putc                            ; 1000af: e8 92 ff ff ff
    add esp, 4                           ; 1000b4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b7: 5d
    ret                                  ; 1000b8: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b9: 55
    mov ebp, esp                         ; 1000ba: 89 e5
    push ebx                             ; 1000bc: 53
    mov ebx, [ebp+8]                     ; 1000bd: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c0: 83 fb 0a
    jb short .L2                         ; 1000c3: 72 14
    mov ecx, 0xa                         ; 1000c5: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ca: 89 d8
    xor edx, edx                         ; 1000cc: 31 d2
    div ecx                              ; 1000ce: f7 f1
    push eax                             ; 1000d0: 50
    call printU32                        ; 1000d1: e8 e3 ff ff ff
    add esp, 4                           ; 1000d6: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000de: 89 d8
    xor edx, edx                         ; 1000e0: 31 d2
    div ecx                              ; 1000e2: f7 f1
    add edx, 0x30                        ; 1000e4: 83 c2 30
    movzx eax, dl                        ; 1000e7: 0f b6 c2
    push eax                             ; 1000ea: 50
    call putc                            ; 1000eb: e8 56 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f3: 5b
    pop ebp                              ; 1000f4: 5d
    ret                                  ; 1000f5: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f6: 55
    mov ebp, esp                         ; 1000f7: 89 e5
    push ebx                             ; 1000f9: 53
    mov ebx, [ebp+8]                     ; 1000fa: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fd: 83 fb 00
    jge short .L2                        ; 100100: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a3 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    jmp short .L3                        ; 100119: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011b: 53
    call printU32                        ; 10011c: e8 98 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100124: 5b
    pop ebp                              ; 100125: 5d
    ret                                  ; 100126: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100127: 55
    mov ebp, esp                         ; 100128: 89 e5
    push ebx                             ; 10012a: 53
    push esi                             ; 10012b: 56
    mov ebx, [ebp+8]                     ; 10012c: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_0                       ; 10012f: b8 00 10 10 00
    push eax                             ; 100134: 50
    call print                           ; 100135: e8 34 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013d: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100142: 89 d8
    mov ecx, esi                         ; 100144: 89 f1
    shr eax, cl                          ; 100146: d3 e8
    and eax, 0xf                         ; 100148: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014b: 83 f8 0a
    jb short .L5                         ; 10014e: 72 0b
    jmp short .L6                        ; 100150: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100152: 83 ee 04
    jmp short .L2                        ; 100155: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100157: 5e
    pop ebx                              ; 100158: 5b
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10015b: 89 c1
    add ecx, 0x30                        ; 10015d: 83 c1 30
    jmp short .L7                        ; 100160: eb 05
.L6:
    mov ecx, eax                         ; 100162: 89 c1
    add ecx, 0x57                        ; 100164: 83 c1 57
.L7:
    movzx eax, cl                        ; 100167: 0f b6 c1
    push eax                             ; 10016a: 50
    call putc                            ; 10016b: e8 d6 fe ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100173: 83 fe 00
    je short .L4                         ; 100176: 74 df
    jmp short .L3                        ; 100178: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10017a: 55
    mov ebp, esp                         ; 10017b: 89 e5
    mov eax, [ebp+8]                     ; 10017d: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100180: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100182: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100183: f4
    jmp short .L2                        ; 100184: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    mov ecx, [ebp+8]                     ; 100189: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp ecx, 0                           ; 10018c: 83 f9 00
    jge short .L2                        ; 10018f: 7d 07
    mov eax, str_1                       ; 100191: b8 08 10 10 00
    pop ebp                              ; 100196: 5d
    ret                                  ; 100197: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp ecx, 0                           ; 100198: 83 f9 00
    je short .L6                         ; 10019b: 74 09
    jmp short .L7                        ; 10019d: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_4                       ; 10019f: b8 28 10 10 00
    pop ebp                              ; 1001a4: 5d
    ret                                  ; 1001a5: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_2                       ; 1001a6: b8 14 10 10 00
    pop ebp                              ; 1001ab: 5d
    ret                                  ; 1001ac: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 1001ad: 83 f9 0a
    jge short .L3                        ; 1001b0: 7d ed
    mov eax, str_3                       ; 1001b2: b8 1c 10 10 00
    pop ebp                              ; 1001b7: 5d
    ret                                  ; 1001b8: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 1001b9: 55
    mov ebp, esp                         ; 1001ba: 89 e5
    push ebx                             ; 1001bc: 53
    mov ebx, [ebp+8]                     ; 1001bd: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001c0: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001c3: 50
    call print                           ; 1001c4: e8 a5 fe ff ff
    add esp, 4                           ; 1001c9: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 1001cc: 89 d8
    pop ebx                              ; 1001ce: 5b
    pop ebp                              ; 1001cf: 5d
    ret                                  ; 1001d0: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 1001d1: 55
    mov ebp, esp                         ; 1001d2: 89 e5
    sub esp, 4                           ; 1001d4: 83 ec 04
    push ebx                             ; 1001d7: 53
    push esi                             ; 1001d8: 56
    push edi                             ; 1001d9: 57
    mov eax, [ebp+8]                     ; 1001da: 8b 45 08
    mov [ebp-4], eax                     ; 1001dd: 89 45 fc
    ; test/golden/control.ts:21: let sum = 0;
    mov ebx, 0                           ; 1001e0: bb 00 00 00 00
    ; test/golden/control.ts:22: let i = 0;
    mov esi, 0                           ; 1001e5: be 00 00 00 00
.L1:
    ; test/golden/control.ts:23: while (i < n) {
    mov eax, [ebp-4]                     ; 1001ea: 8b 45 fc
    cmp esi, eax                         ; 1001ed: 39 c6
    jge short .L3                        ; 1001ef: 7d 14
    ; test/golden/control.ts:24: i++;
    add esi, 1                           ; 1001f1: 83 c6 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 1001f4: b9 02 00 00 00
    mov eax, esi                         ; 1001f9: 89 f0
    cdq                                  ; 1001fb: 99
    idiv ecx                             ; 1001fc: f7 f9
    cmp edx, 0                           ; 1001fe: 83 fa 00
    je short .L1                         ; 100201: 74 e7
    jmp short .L6                        ; 100203: eb 2c
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_5                       ; 100205: b8 34 10 10 00
    push eax                             ; 10020a: 50
    call print                           ; 10020b: e8 5e fe ff ff
    add esp, 4                           ; 100210: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100213: 53
    call printI32                        ; 100214: e8 dd fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_6                       ; 10021c: b8 40 10 10 00
    push eax                             ; 100221: 50
    call println                         ; 100222: e8 77 fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; test/golden/control.ts:32: let count = 0;
    mov edi, 0                           ; 10022a: bf 00 00 00 00
    ; test/golden/control.ts:33: do {
    jmp short .L10                       ; 10022f: eb 09
.L6:
    ; test/golden/control.ts:26: sum += i;
    add ebx, esi                         ; 100231: 01 f3
    ; test/golden/control.ts:23: while (i < n) {
    jmp short .L1                        ; 100233: eb b5
.L9:
    ; test/golden/control.ts:33: do {
    cmp edi, 0                           ; 100235: 83 ff 00
    jge short .L11                       ; 100238: 7d 05
.L10:
    ; test/golden/control.ts:34: count++;
    add edi, 1                           ; 10023a: 83 c7 01
    ; test/golden/control.ts:33: do {
    jmp short .L9                        ; 10023d: eb f6
.L11:
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_7                       ; 10023f: b8 44 10 10 00
    push eax                             ; 100244: 50
    call print                           ; 100245: e8 24 fe ff ff
    add esp, 4                           ; 10024a: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push edi                             ; 10024d: 57
    call printI32                        ; 10024e: e8 a3 fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, str_6                       ; 100256: b8 40 10 10 00
    push eax                             ; 10025b: 50
    call println                         ; 10025c: e8 3d fe ff ff
    add esp, 4                           ; 100261: 83 c4 04
    ; test/golden/control.ts:40: let pairs = 0;
    mov ebx, 0                           ; 100264: bb 00 00 00 00
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov esi, 0                           ; 100269: be 00 00 00 00
.L13:
    mov eax, [ebp-4]                     ; 10026e: 8b 45 fc
    cmp esi, eax                         ; 100271: 39 c6
    jge short .L16                       ; 100273: 7d 0c
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov edi, 0                           ; 100275: bf 00 00 00 00
    jmp short .L18                       ; 10027a: eb 2f
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add esi, 1                           ; 10027c: 83 c6 01
    jmp short .L13                       ; 10027f: eb ed
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_8                       ; 100281: b8 50 10 10 00
    push eax                             ; 100286: 50
    call print                           ; 100287: e8 e2 fd ff ff
    add esp, 4                           ; 10028c: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 10028f: 53
    call printI32                        ; 100290: e8 61 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, str_6                       ; 100298: b8 40 10 10 00
    push eax                             ; 10029d: 50
    call println                         ; 10029e: e8 fb fd ff ff
    add esp, 4                           ; 1002a3: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 1002a6: 5f
    pop esi                              ; 1002a7: 5e
    pop ebx                              ; 1002a8: 5b
    leave                                ; 1002a9: c9
    ret                                  ; 1002aa: c3
.L18:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    mov eax, [ebp-4]                     ; 1002ab: 8b 45 fc
    cmp edi, eax                         ; 1002ae: 39 c7
    jge short .L15                       ; 1002b0: 7d ca
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp edi, esi                         ; 1002b2: 39 f7
    jg short .L15                        ; 1002b4: 7f c6
    jmp short .L24                       ; 1002b6: eb 05
.L20:
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add edi, 1                           ; 1002b8: 83 c7 01
    jmp short .L18                       ; 1002bb: eb ee
.L24:
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov eax, esi                         ; 1002bd: 89 f0
    add eax, edi                         ; 1002bf: 01 f8
    cmp eax, 0xc                         ; 1002c1: 83 f8 0c
    jg short .L16                        ; 1002c4: 7f bb
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 1002c6: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    jmp short .L20                       ; 1002c9: eb ed

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 1002cb: 55
    mov ebp, esp                         ; 1002cc: 89 e5
    push ebx                             ; 1002ce: 53
    push esi                             ; 1002cf: 56
    mov ebx, [ebp+8]                     ; 1002d0: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002d3: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 1002d6: 83 fb 01
    jge short .L2                        ; 1002d9: 7d 07
    mov eax, str_9                       ; 1002db: b8 5c 10 10 00
    jmp short .L3                        ; 1002e0: eb 05
.L2:
    mov eax, str_10                      ; 1002e2: b8 64 10 10 00
.L3:
    push eax                             ; 1002e7: 50
    call print                           ; 1002e8: e8 81 fd ff ff
    add esp, 4                           ; 1002ed: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002f0: 83 fe 01
    jae short .L6                        ; 1002f3: 73 07
    mov eax, str_11                      ; 1002f5: b8 70 10 10 00
    jmp short .L7                        ; 1002fa: eb 05
.L6:
    mov eax, str_12                      ; 1002fc: b8 78 10 10 00
.L7:
    push eax                             ; 100301: 50
    call print                           ; 100302: e8 67 fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 10030a: 83 fb ff
    jge short .L12                       ; 10030d: 7d 29
    jmp short .L10                       ; 10030f: eb 07
.L9:
    mov eax, str_13                      ; 100311: b8 84 10 10 00
    jmp short .L11                       ; 100316: eb 05
.L10:
    mov eax, str_14                      ; 100318: b8 8c 10 10 00
.L11:
    push eax                             ; 10031d: 50
    call print                           ; 10031e: e8 4b fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_6                       ; 100326: b8 40 10 10 00
    push eax                             ; 10032b: 50
    call println                         ; 10032c: e8 6d fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 100334: 5e
    pop ebx                              ; 100335: 5b
    pop ebp                              ; 100336: 5d
    ret                                  ; 100337: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 100338: 81 fe 00 28 6b ee
    ja short .L9                         ; 10033e: 77 d1
    jmp short .L10                       ; 100340: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 100342: 55
    mov ebp, esp                         ; 100343: 89 e5
    push 0xfffffffb                      ; 100345: 6a fb
    call classify                        ; 100347: e8 3a fe ff ff
    add esp, 4                           ; 10034c: 83 c4 04
    push eax                             ; 10034f: 50
    call println                         ; 100350: e8 49 fd ff ff
    add esp, 4                           ; 100355: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100358: 6a 00
    call classify                        ; 10035a: e8 27 fe ff ff
    add esp, 4                           ; 10035f: 83 c4 04
    push eax                             ; 100362: 50
    call println                         ; 100363: e8 36 fd ff ff
    add esp, 4                           ; 100368: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10036b: 6a 07
    call classify                        ; 10036d: e8 14 fe ff ff
    add esp, 4                           ; 100372: 83 c4 04
    push eax                             ; 100375: 50
    call println                         ; 100376: e8 23 fd ff ff
    add esp, 4                           ; 10037b: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 10037e: 6a 64
    call classify                        ; 100380: e8 01 fe ff ff
    add esp, 4                           ; 100385: 83 c4 04
    push eax                             ; 100388: 50
    call println                         ; 100389: e8 10 fd ff ff
    add esp, 4                           ; 10038e: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_15                      ; 100391: b8 98 10 10 00
    push eax                             ; 100396: 50
    push 0                               ; 100397: 6a 00
    call loud                            ; 100399: e8 1b fe ff ff
    add esp, 8                           ; 10039e: 83 c4 08
    test eax, eax                        ; 1003a1: 85 c0
    jne short .L3                        ; 1003a3: 75 34
    jmp short .L2                        ; 1003a5: eb 0e
.L1:
    mov eax, str_17                      ; 1003a7: b8 a8 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 bc fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov eax, str_6                       ; 1003b5: b8 40 10 10 00
    push eax                             ; 1003ba: 50
    call println                         ; 1003bb: e8 de fc ff ff
    add esp, 4                           ; 1003c0: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 1003c3: b8 b0 10 10 00
    push eax                             ; 1003c8: 50
    push 1                               ; 1003c9: 6a 01
    call loud                            ; 1003cb: e8 e9 fd ff ff
    add esp, 8                           ; 1003d0: 83 c4 08
    test eax, eax                        ; 1003d3: 85 c0
    jne short .L6                        ; 1003d5: 75 18
    jmp short .L8                        ; 1003d7: eb 48
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1003d9: b8 a0 10 10 00
    push eax                             ; 1003de: 50
    push 1                               ; 1003df: 6a 01
    call loud                            ; 1003e1: e8 d3 fd ff ff
    add esp, 8                           ; 1003e6: 83 c4 08
    test eax, eax                        ; 1003e9: 85 c0
    jne short .L1                        ; 1003eb: 75 ba
    jmp short .L2                        ; 1003ed: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_17                      ; 1003ef: b8 a8 10 10 00
    push eax                             ; 1003f4: 50
    call print                           ; 1003f5: e8 74 fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    mov eax, str_6                       ; 1003fd: b8 40 10 10 00
    push eax                             ; 100402: 50
    call println                         ; 100403: e8 96 fc ff ff
    add esp, 4                           ; 100408: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_20                      ; 10040b: b8 c0 10 10 00
    push eax                             ; 100410: 50
    push 0                               ; 100411: 6a 00
    call loud                            ; 100413: e8 a1 fd ff ff
    add esp, 8                           ; 100418: 83 c4 08
    test eax, eax                        ; 10041b: 85 c0
    jne short .L12                       ; 10041d: 75 26
    jmp short .L13                       ; 10041f: eb 6c
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 100421: b8 b8 10 10 00
    push eax                             ; 100426: 50
    push 1                               ; 100427: 6a 01
    call loud                            ; 100429: e8 8b fd ff ff
    add esp, 8                           ; 10042e: 83 c4 08
    test eax, eax                        ; 100431: 85 c0
    jne short .L6                        ; 100433: 75 ba
    jmp short .L7                        ; 100435: eb c6
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_17                      ; 100437: b8 a8 10 10 00
    push eax                             ; 10043c: 50
    call print                           ; 10043d: e8 2c fc ff ff
    add esp, 4                           ; 100442: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    mov eax, str_6                       ; 100445: b8 40 10 10 00
    push eax                             ; 10044a: 50
    call println                         ; 10044b: e8 4e fc ff ff
    add esp, 4                           ; 100450: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 100453: 6a 0a
    call loops                           ; 100455: e8 77 fd ff ff
    add esp, 4                           ; 10045a: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 10045d: 6a ff
    push 0xffffffff                      ; 10045f: 6a ff
    call compare                         ; 100461: e8 65 fe ff ff
    add esp, 8                           ; 100466: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100469: 6a 00
    call printU32                        ; 10046b: e8 49 fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; test/golden/control.ts:74: println("");
    mov eax, str_6                       ; 100473: b8 40 10 10 00
    push eax                             ; 100478: 50
    call println                         ; 100479: e8 20 fc ff ff
    add esp, 4                           ; 10047e: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100481: 6a 00
    call exit                            ; 100483: e8 f2 fc ff ff
    add esp, 4                           ; 100488: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebp                              ; 10048b: 5d
    ret                                  ; 10048c: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 10048d: b8 c8 10 10 00
    push eax                             ; 100492: 50
    push 1                               ; 100493: 6a 01
    call loud                            ; 100495: e8 1f fd ff ff
    add esp, 8                           ; 10049a: 83 c4 08
    test eax, eax                        ; 10049d: 85 c0
    je short .L11                        ; 10049f: 74 96
    mov eax, str_22                      ; 1004a1: b8 d0 10 10 00
    push eax                             ; 1004a6: 50
    push 0                               ; 1004a7: 6a 00
    call loud                            ; 1004a9: e8 0b fd ff ff
    add esp, 8                           ; 1004ae: 83 c4 08
    test eax, eax                        ; 1004b1: 85 c0
    jne short .L12                       ; 1004b3: 75 90
    jmp short .L11                       ; 1004b5: eb 80

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x1014 - ($ - $$) db 0
str_2:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x101c - ($ - $$) db 0
str_3:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x1028 - ($ - $$) db 0
str_4:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x1034 - ($ - $$) db 0
str_5:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1040 - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1044 - ($ - $$) db 0
str_7:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1050 - ($ - $$) db 0
str_8:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x105c - ($ - $$) db 0
str_9:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x1064 - ($ - $$) db 0
str_10:  ; "s>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x3e, 0x3d, 0x31, 0x20
    times 0x1070 - ($ - $$) db 0
str_11:  ; "u<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x75, 0x3c, 0x31, 0x20
    times 0x1078 - ($ - $$) db 0
str_12:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1084 - ($ - $$) db 0
str_13:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x108c - ($ - $$) db 0
str_14:  ; "not both"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x62, 0x6f, 0x74, 0x68
    times 0x1098 - ($ - $$) db 0
str_15:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x10a0 - ($ - $$) db 0
str_16:  ; "b"
    db 0x1, 0x0, 0x0, 0x0, 0x62
    times 0x10a8 - ($ - $$) db 0
str_17:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x10b0 - ($ - $$) db 0
str_18:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x10b8 - ($ - $$) db 0
str_19:  ; "d"
    db 0x1, 0x0, 0x0, 0x0, 0x64
    times 0x10c0 - ($ - $$) db 0
str_20:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x10c8 - ($ - $$) db 0
str_21:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x10d0 - ($ - $$) db 0
str_22:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
