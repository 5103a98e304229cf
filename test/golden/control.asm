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
    call main                            ; 10003d: e8 e2 02 00 00
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
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jge short .L4                        ; 100092: 7d 18
.L2:
    movzx eax, byte [ebx+edi+4]          ; 100094: 0f b6 44 3b 04
    movzx eax, al                        ; 100099: 0f b6 c0
    push eax                             ; 10009c: 50
    call putc                            ; 10009d: e8 a4 ff ff ff
    add esp, 4                           ; 1000a2: 83 c4 04
    add edi, 1                           ; 1000a5: 83 c7 01
    cmp edi, esi                         ; 1000a8: 39 f7
    jl short .L2                         ; 1000aa: 7c e8
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 1000ac: 5f
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
    je short .L6                         ; 10015c: 74 09
    jmp short .L7                        ; 10015e: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100160: b8 3c 10 10 00
    pop ebp                              ; 100165: 5d
    ret                                  ; 100166: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_3                       ; 100167: b8 28 10 10 00
    pop ebp                              ; 10016c: 5d
    ret                                  ; 10016d: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 10016e: 83 f9 0a
    jge short .L3                        ; 100171: 7d ed
    mov eax, str_4                       ; 100173: b8 30 10 10 00
    pop ebp                              ; 100178: 5d
    ret                                  ; 100179: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 10017a: 55
    mov ebp, esp                         ; 10017b: 89 e5
    push ebx                             ; 10017d: 53
    mov ebx, [ebp+8]                     ; 10017e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100181: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100184: 50
    call print                           ; 100185: e8 f6 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10018d: 89 d8
    pop ebx                              ; 10018f: 5b
    pop ebp                              ; 100190: 5d
    ret                                  ; 100191: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 100192: 55
    mov ebp, esp                         ; 100193: 89 e5
    sub esp, 0xc                         ; 100195: 83 ec 0c
    push ebx                             ; 100198: 53
    push esi                             ; 100199: 56
    push edi                             ; 10019a: 57
    mov ebx, [ebp+8]                     ; 10019b: 8b 5d 08
    mov esi, 0                           ; 10019e: be 00 00 00 00
    mov edi, 0                           ; 1001a3: bf 00 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp edi, ebx                         ; 1001a8: 39 df
    jl short .L2                         ; 1001aa: 7c 06
    jmp short .L3                        ; 1001ac: eb 18
.L1:
    cmp edi, ebx                         ; 1001ae: 39 df
    jge short .L3                        ; 1001b0: 7d 14
.L2:
    ; test/golden/control.ts:24: i++;
    add edi, 1                           ; 1001b2: 83 c7 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 1001b5: b9 02 00 00 00
    mov eax, edi                         ; 1001ba: 89 f8
    cdq                                  ; 1001bc: 99
    idiv ecx                             ; 1001bd: f7 f9
    cmp edx, 0                           ; 1001bf: 83 fa 00
    je short .L1                         ; 1001c2: 74 ea
    jmp short .L6                        ; 1001c4: eb 68
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001c6: b8 48 10 10 00
    push eax                             ; 1001cb: 50
    call print                           ; 1001cc: e8 af fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push esi                             ; 1001d4: 56
    call printI32                        ; 1001d5: e8 2f ff ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001dd: b8 54 10 10 00
    mov [ebp-4], eax                     ; 1001e2: 89 45 fc
    mov eax, [ebp-4]                     ; 1001e5: 8b 45 fc
    push eax                             ; 1001e8: 50
    call println                         ; 1001e9: e8 c3 fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001f1: b8 58 10 10 00
    push eax                             ; 1001f6: 50
    call print                           ; 1001f7: e8 84 fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 1001ff: 6a 01
    call printI32                        ; 100201: e8 03 ff ff ff
    add esp, 4                           ; 100206: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, [ebp-4]                     ; 100209: 8b 45 fc
    push eax                             ; 10020c: 50
    call println                         ; 10020d: e8 9f fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    mov eax, 0                           ; 100215: b8 00 00 00 00
    mov [ebp-8], eax                     ; 10021a: 89 45 f8
    mov eax, 0                           ; 10021d: b8 00 00 00 00
    mov [ebp-0xc], eax                   ; 100222: 89 45 f4
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov eax, [ebp-0xc]                   ; 100225: 8b 45 f4
    cmp eax, ebx                         ; 100228: 39 d8
    jl short .L14                        ; 10022a: 7c 0e
    jmp short .L16                       ; 10022c: eb 2b
.L6:
    ; test/golden/control.ts:26: sum += i;
    add esi, edi                         ; 10022e: 01 fe
    ; test/golden/control.ts:23: while (i < n) {
    cmp edi, ebx                         ; 100230: 39 df
    jl near .L2                          ; 100232: 0f 8c 7a ff ff ff
    jmp short .L3                        ; 100238: eb 8c
.L14:
    mov esi, 0                           ; 10023a: be 00 00 00 00
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    cmp esi, ebx                         ; 10023f: 39 de
    jl short .L19                        ; 100241: 7c 41
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov eax, [ebp-0xc]                   ; 100243: 8b 45 f4
    mov [ebp-0xc], eax                   ; 100246: 89 45 f4
    mov eax, [ebp-0xc]                   ; 100249: 8b 45 f4
    add eax, 1                           ; 10024c: 83 c0 01
    mov [ebp-0xc], eax                   ; 10024f: 89 45 f4
    mov eax, [ebp-0xc]                   ; 100252: 8b 45 f4
    cmp eax, ebx                         ; 100255: 39 d8
    jl short .L14                        ; 100257: 7c e1
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 100259: b8 64 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 1c fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    mov eax, [ebp-8]                     ; 100267: 8b 45 f8
    push eax                             ; 10026a: 50
    call printI32                        ; 10026b: e8 99 fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, [ebp-4]                     ; 100273: 8b 45 fc
    push eax                             ; 100276: 50
    call println                         ; 100277: e8 35 fe ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 10027f: 5f
    pop esi                              ; 100280: 5e
    pop ebx                              ; 100281: 5b
    leave                                ; 100282: c9
    ret                                  ; 100283: c3
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    mov eax, [ebp-0xc]                   ; 100284: 8b 45 f4
    cmp esi, eax                         ; 100287: 39 c6
    jg short .L15                        ; 100289: 7f b8
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov eax, [ebp-0xc]                   ; 10028b: 8b 45 f4
    add eax, esi                         ; 10028e: 01 f0
    cmp eax, 0xc                         ; 100290: 83 f8 0c
    jg short .L16                        ; 100293: 7f c4
    ; test/golden/control.ts:45: pairs++;
    mov eax, [ebp-8]                     ; 100295: 8b 45 f8
    mov [ebp-8], eax                     ; 100298: 89 45 f8
    mov eax, [ebp-8]                     ; 10029b: 8b 45 f8
    add eax, 1                           ; 10029e: 83 c0 01
    mov [ebp-8], eax                     ; 1002a1: 89 45 f8
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add esi, 1                           ; 1002a4: 83 c6 01
    cmp esi, ebx                         ; 1002a7: 39 de
    jl short .L19                        ; 1002a9: 7c d9
    jmp short .L15                       ; 1002ab: eb 96

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 1002ad: 55
    mov ebp, esp                         ; 1002ae: 89 e5
    push ebx                             ; 1002b0: 53
    push esi                             ; 1002b1: 56
    mov ebx, [ebp+8]                     ; 1002b2: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002b5: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 1002b8: 83 fb 01
    jge short .L2                        ; 1002bb: 7d 07
    mov eax, str_10                      ; 1002bd: b8 70 10 10 00
    jmp short .L3                        ; 1002c2: eb 05
.L2:
    mov eax, str_11                      ; 1002c4: b8 78 10 10 00
.L3:
    push eax                             ; 1002c9: 50
    call print                           ; 1002ca: e8 b1 fd ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002d2: 83 fe 01
    jae short .L6                        ; 1002d5: 73 07
    mov eax, str_12                      ; 1002d7: b8 84 10 10 00
    jmp short .L7                        ; 1002dc: eb 05
.L6:
    mov eax, str_13                      ; 1002de: b8 8c 10 10 00
.L7:
    push eax                             ; 1002e3: 50
    call print                           ; 1002e4: e8 97 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002ec: 83 fb ff
    jge short .L12                       ; 1002ef: 7d 29
    jmp short .L10                       ; 1002f1: eb 07
.L9:
    mov eax, str_14                      ; 1002f3: b8 98 10 10 00
    jmp short .L11                       ; 1002f8: eb 05
.L10:
    mov eax, str_15                      ; 1002fa: b8 a0 10 10 00
.L11:
    push eax                             ; 1002ff: 50
    call print                           ; 100300: e8 7b fd ff ff
    add esp, 4                           ; 100305: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 100308: b8 54 10 10 00
    push eax                             ; 10030d: 50
    call println                         ; 10030e: e8 9e fd ff ff
    add esp, 4                           ; 100313: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 100316: 5e
    pop ebx                              ; 100317: 5b
    pop ebp                              ; 100318: 5d
    ret                                  ; 100319: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 10031a: 81 fe 00 28 6b ee
    ja short .L9                         ; 100320: 77 d1
    jmp short .L10                       ; 100322: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 100324: 55
    mov ebp, esp                         ; 100325: 89 e5
    push ebx                             ; 100327: 53
    push 0xfffffffb                      ; 100328: 6a fb
    call classify                        ; 10032a: e8 18 fe ff ff
    add esp, 4                           ; 10032f: 83 c4 04
    push eax                             ; 100332: 50
    call println                         ; 100333: e8 79 fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 10033b: 6a 00
    call classify                        ; 10033d: e8 05 fe ff ff
    add esp, 4                           ; 100342: 83 c4 04
    push eax                             ; 100345: 50
    call println                         ; 100346: e8 66 fd ff ff
    add esp, 4                           ; 10034b: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10034e: 6a 07
    call classify                        ; 100350: e8 f2 fd ff ff
    add esp, 4                           ; 100355: 83 c4 04
    push eax                             ; 100358: 50
    call println                         ; 100359: e8 53 fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100361: 6a 64
    call classify                        ; 100363: e8 df fd ff ff
    add esp, 4                           ; 100368: 83 c4 04
    push eax                             ; 10036b: 50
    call println                         ; 10036c: e8 40 fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100374: b8 ac 10 10 00
    push eax                             ; 100379: 50
    push 0                               ; 10037a: 6a 00
    call loud                            ; 10037c: e8 f9 fd ff ff
    add esp, 8                           ; 100381: 83 c4 08
    test eax, eax                        ; 100384: 85 c0
    jne short .L3                        ; 100386: 75 34
    jmp short .L2                        ; 100388: eb 0e
.L1:
    mov eax, str_18                      ; 10038a: b8 bc 10 10 00
    push eax                             ; 10038f: 50
    call print                           ; 100390: e8 eb fc ff ff
    add esp, 4                           ; 100395: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov ebx, str_7                       ; 100398: bb 54 10 10 00
    push ebx                             ; 10039d: 53
    call println                         ; 10039e: e8 0e fd ff ff
    add esp, 4                           ; 1003a3: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1003a6: b8 c4 10 10 00
    push eax                             ; 1003ab: 50
    push 1                               ; 1003ac: 6a 01
    call loud                            ; 1003ae: e8 c7 fd ff ff
    add esp, 8                           ; 1003b3: 83 c4 08
    test eax, eax                        ; 1003b6: 85 c0
    jne short .L6                        ; 1003b8: 75 18
    jmp short .L8                        ; 1003ba: eb 43
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_17                      ; 1003bc: b8 b4 10 10 00
    push eax                             ; 1003c1: 50
    push 1                               ; 1003c2: 6a 01
    call loud                            ; 1003c4: e8 b1 fd ff ff
    add esp, 8                           ; 1003c9: 83 c4 08
    test eax, eax                        ; 1003cc: 85 c0
    jne short .L1                        ; 1003ce: 75 ba
    jmp short .L2                        ; 1003d0: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 1003d2: b8 bc 10 10 00
    push eax                             ; 1003d7: 50
    call print                           ; 1003d8: e8 a3 fc ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    push ebx                             ; 1003e0: 53
    call println                         ; 1003e1: e8 cb fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003e9: b8 d4 10 10 00
    push eax                             ; 1003ee: 50
    push 0                               ; 1003ef: 6a 00
    call loud                            ; 1003f1: e8 84 fd ff ff
    add esp, 8                           ; 1003f6: 83 c4 08
    test eax, eax                        ; 1003f9: 85 c0
    jne short .L12                       ; 1003fb: 75 26
    jmp short .L13                       ; 1003fd: eb 63
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 1003ff: b8 cc 10 10 00
    push eax                             ; 100404: 50
    push 1                               ; 100405: 6a 01
    call loud                            ; 100407: e8 6e fd ff ff
    add esp, 8                           ; 10040c: 83 c4 08
    test eax, eax                        ; 10040f: 85 c0
    jne short .L6                        ; 100411: 75 bf
    jmp short .L7                        ; 100413: eb cb
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_18                      ; 100415: b8 bc 10 10 00
    push eax                             ; 10041a: 50
    call print                           ; 10041b: e8 60 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    push ebx                             ; 100423: 53
    call println                         ; 100424: e8 88 fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 10042c: 6a 0a
    call loops                           ; 10042e: e8 5f fd ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100436: 6a ff
    push 0xffffffff                      ; 100438: 6a ff
    call compare                         ; 10043a: e8 6e fe ff ff
    add esp, 8                           ; 10043f: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100442: 6a 00
    call printU32                        ; 100444: e8 83 fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; test/golden/control.ts:74: println("");
    push ebx                             ; 10044c: 53
    call println                         ; 10044d: e8 5f fc ff ff
    add esp, 4                           ; 100452: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100455: 6a 00
    call exit                            ; 100457: e8 df fc ff ff
    add esp, 4                           ; 10045c: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebx                              ; 10045f: 5b
    pop ebp                              ; 100460: 5d
    ret                                  ; 100461: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 100462: b8 dc 10 10 00
    push eax                             ; 100467: 50
    push 1                               ; 100468: 6a 01
    call loud                            ; 10046a: e8 0b fd ff ff
    add esp, 8                           ; 10046f: 83 c4 08
    test eax, eax                        ; 100472: 85 c0
    je short .L11                        ; 100474: 74 9f
    mov eax, str_23                      ; 100476: b8 e4 10 10 00
    push eax                             ; 10047b: 50
    push 0                               ; 10047c: 6a 00
    call loud                            ; 10047e: e8 f7 fc ff ff
    add esp, 8                           ; 100483: 83 c4 08
    test eax, eax                        ; 100486: 85 c0
    jne short .L12                       ; 100488: 75 99
    jmp short .L11                       ; 10048a: eb 89

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10048c: 55
    mov ebp, esp                         ; 10048d: 89 e5
    push ebx                             ; 10048f: 53
    push esi                             ; 100490: 56
    mov eax, [ebp+8]                     ; 100491: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100494: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100497: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10049a: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10049d: 8b 35 00 20 10 00
    push ebx                             ; 1004a3: 53
    push edx                             ; 1004a4: 52
    push ecx                             ; 1004a5: 51
    push eax                             ; 1004a6: 50
    call esi                             ; 1004a7: ff d6
    add esp, 0x10                        ; 1004a9: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1004ac: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1004ad: f4
    jmp short .L2                        ; 1004ae: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1004b0: 55
    mov ebp, esp                         ; 1004b1: 89 e5
    sub esp, 4                           ; 1004b3: 83 ec 04
    push ebx                             ; 1004b6: 53
    push esi                             ; 1004b7: 56
    push edi                             ; 1004b8: 57
    mov ebx, [ebp+8]                     ; 1004b9: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1004bc: 8b 45 0c
    mov [ebp-4], eax                     ; 1004bf: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1004c2: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1004c5: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 1004c8: b8 ec 10 10 00
    push eax                             ; 1004cd: 50
    call print                           ; 1004ce: e8 ad fb ff ff
    add esp, 4                           ; 1004d3: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1004d6: 56
    call printU32                        ; 1004d7: e8 f0 fb ff ff
    add esp, 4                           ; 1004dc: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004df: b8 0c 11 10 00
    push eax                             ; 1004e4: 50
    call print                           ; 1004e5: e8 96 fb ff ff
    add esp, 4                           ; 1004ea: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004ed: 57
    call printU32                        ; 1004ee: e8 d9 fb ff ff
    add esp, 4                           ; 1004f3: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004f6: b8 2c 11 10 00
    push eax                             ; 1004fb: 50
    call print                           ; 1004fc: e8 7f fb ff ff
    add esp, 4                           ; 100501: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100504: 53
    call print                           ; 100505: e8 76 fb ff ff
    add esp, 4                           ; 10050a: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 10050d: b8 34 11 10 00
    push eax                             ; 100512: 50
    call print                           ; 100513: e8 68 fb ff ff
    add esp, 4                           ; 100518: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10051b: 8b 45 fc
    push eax                             ; 10051e: 50
    call printU32                        ; 10051f: e8 a8 fb ff ff
    add esp, 4                           ; 100524: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 100527: b8 54 10 10 00
    push eax                             ; 10052c: 50
    call println                         ; 10052d: e8 7f fb ff ff
    add esp, 4                           ; 100532: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100535: 5f
    pop esi                              ; 100536: 5e
    pop ebx                              ; 100537: 5b
    leave                                ; 100538: c9
    ret                                  ; 100539: c3

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
