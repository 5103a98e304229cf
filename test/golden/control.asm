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
    call main                            ; 10003d: e8 e4 02 00 00
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
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    push ebx                             ; 10010e: 53
    mov ebx, [ebp+8]                     ; 10010f: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100112: 83 fb 00
    jge short .L2                        ; 100115: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100117: 6a 2d
    call putc                            ; 100119: e8 28 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100121: 89 d8
    neg eax                              ; 100123: f7 d8
    push eax                             ; 100125: 50
    call printU32                        ; 100126: e8 a3 ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012e: 5b
    pop ebp                              ; 10012f: 5d
    ret                                  ; 100130: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100131: 53
    call printU32                        ; 100132: e8 97 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013a: 5b
    pop ebp                              ; 10013b: 5d
    ret                                  ; 10013c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    mov eax, [ebp+8]                     ; 100140: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100143: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100145: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100146: f4
    jmp short .L2                        ; 100147: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    mov ecx, [ebp+8]                     ; 10014c: 8b 4d 08
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    cmp ecx, 0                           ; 10014f: 83 f9 00
    jge short .L2                        ; 100152: 7d 07
    mov eax, str_2                       ; 100154: b8 1c 10 10 00
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    cmp ecx, 0                           ; 10015b: 83 f9 00
    je short .L6                         ; 10015e: 74 09
    jmp short .L7                        ; 100160: eb 0e
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100162: b8 3c 10 10 00
    pop ebp                              ; 100167: 5d
    ret                                  ; 100168: c3
.L6:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    mov eax, str_3                       ; 100169: b8 28 10 10 00
    pop ebp                              ; 10016e: 5d
    ret                                  ; 10016f: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp ecx, 0xa                         ; 100170: 83 f9 0a
    jge short .L3                        ; 100173: 7d ed
    mov eax, str_4                       ; 100175: b8 30 10 10 00
    pop ebp                              ; 10017a: 5d
    ret                                  ; 10017b: c3

loud:
    ; test/golden/control.ts:15: function loud(v: bool, name: string): bool {
    push ebp                             ; 10017c: 55
    mov ebp, esp                         ; 10017d: 89 e5
    push ebx                             ; 10017f: 53
    mov ebx, [ebp+8]                     ; 100180: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100183: 8b 45 0c
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100186: 50
    call print                           ; 100187: e8 f4 fe ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; test/golden/control.ts:17: return v;
    mov eax, ebx                         ; 10018f: 89 d8
    pop ebx                              ; 100191: 5b
    pop ebp                              ; 100192: 5d
    ret                                  ; 100193: c3

loops:
    ; test/golden/control.ts:20: function loops(n: i32): void {
    push ebp                             ; 100194: 55
    mov ebp, esp                         ; 100195: 89 e5
    sub esp, 0xc                         ; 100197: 83 ec 0c
    push ebx                             ; 10019a: 53
    push esi                             ; 10019b: 56
    push edi                             ; 10019c: 57
    mov ebx, [ebp+8]                     ; 10019d: 8b 5d 08
    mov esi, 0                           ; 1001a0: be 00 00 00 00
    mov edi, 0                           ; 1001a5: bf 00 00 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp edi, ebx                         ; 1001aa: 39 df
    jl short .L2                         ; 1001ac: 7c 06
    jmp short .L3                        ; 1001ae: eb 18
.L1:
    cmp edi, ebx                         ; 1001b0: 39 df
    jge short .L3                        ; 1001b2: 7d 14
.L2:
    ; test/golden/control.ts:24: i++;
    add edi, 1                           ; 1001b4: 83 c7 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov ecx, 2                           ; 1001b7: b9 02 00 00 00
    mov eax, edi                         ; 1001bc: 89 f8
    cdq                                  ; 1001be: 99
    idiv ecx                             ; 1001bf: f7 f9
    cmp edx, 0                           ; 1001c1: 83 fa 00
    je short .L1                         ; 1001c4: 74 ea
    jmp short .L6                        ; 1001c6: eb 68
.L3:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 1001c8: b8 48 10 10 00
    push eax                             ; 1001cd: 50
    call print                           ; 1001ce: e8 ad fe ff ff
    add esp, 4                           ; 1001d3: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push esi                             ; 1001d6: 56
    call printI32                        ; 1001d7: e8 2f ff ff ff
    add esp, 4                           ; 1001dc: 83 c4 04
    ; test/golden/control.ts:30: println("");
    mov eax, str_7                       ; 1001df: b8 54 10 10 00
    mov [ebp-4], eax                     ; 1001e4: 89 45 fc
    mov eax, [ebp-4]                     ; 1001e7: 8b 45 fc
    push eax                             ; 1001ea: 50
    call println                         ; 1001eb: e8 c3 fe ff ff
    add esp, 4                           ; 1001f0: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 1001f3: b8 58 10 10 00
    push eax                             ; 1001f8: 50
    call print                           ; 1001f9: e8 82 fe ff ff
    add esp, 4                           ; 1001fe: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 100201: 6a 01
    call printI32                        ; 100203: e8 03 ff ff ff
    add esp, 4                           ; 100208: 83 c4 04
    ; test/golden/control.ts:38: println("");
    mov eax, [ebp-4]                     ; 10020b: 8b 45 fc
    push eax                             ; 10020e: 50
    call println                         ; 10020f: e8 9f fe ff ff
    add esp, 4                           ; 100214: 83 c4 04
    mov eax, 0                           ; 100217: b8 00 00 00 00
    mov [ebp-8], eax                     ; 10021c: 89 45 f8
    mov eax, 0                           ; 10021f: b8 00 00 00 00
    mov [ebp-0xc], eax                   ; 100224: 89 45 f4
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov eax, [ebp-0xc]                   ; 100227: 8b 45 f4
    cmp eax, ebx                         ; 10022a: 39 d8
    jl short .L14                        ; 10022c: 7c 0e
    jmp short .L16                       ; 10022e: eb 2b
.L6:
    ; test/golden/control.ts:26: sum += i;
    add esi, edi                         ; 100230: 01 fe
    ; test/golden/control.ts:23: while (i < n) {
    cmp edi, ebx                         ; 100232: 39 df
    jl near .L2                          ; 100234: 0f 8c 7a ff ff ff
    jmp short .L3                        ; 10023a: eb 8c
.L14:
    mov esi, 0                           ; 10023c: be 00 00 00 00
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    cmp esi, ebx                         ; 100241: 39 de
    jl short .L19                        ; 100243: 7c 41
.L15:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    mov eax, [ebp-0xc]                   ; 100245: 8b 45 f4
    mov [ebp-0xc], eax                   ; 100248: 89 45 f4
    mov eax, [ebp-0xc]                   ; 10024b: 8b 45 f4
    add eax, 1                           ; 10024e: 83 c0 01
    mov [ebp-0xc], eax                   ; 100251: 89 45 f4
    mov eax, [ebp-0xc]                   ; 100254: 8b 45 f4
    cmp eax, ebx                         ; 100257: 39 d8
    jl short .L14                        ; 100259: 7c e1
.L16:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 10025b: b8 64 10 10 00
    push eax                             ; 100260: 50
    call print                           ; 100261: e8 1a fe ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    mov eax, [ebp-8]                     ; 100269: 8b 45 f8
    push eax                             ; 10026c: 50
    call printI32                        ; 10026d: e8 99 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/control.ts:50: println("");
    mov eax, [ebp-4]                     ; 100275: 8b 45 fc
    push eax                             ; 100278: 50
    call println                         ; 100279: e8 35 fe ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    ; test/golden/control.ts:51: }
    pop edi                              ; 100281: 5f
    pop esi                              ; 100282: 5e
    pop ebx                              ; 100283: 5b
    leave                                ; 100284: c9
    ret                                  ; 100285: c3
.L19:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    mov eax, [ebp-0xc]                   ; 100286: 8b 45 f4
    cmp esi, eax                         ; 100289: 39 c6
    jg short .L15                        ; 10028b: 7f b8
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    mov eax, [ebp-0xc]                   ; 10028d: 8b 45 f4
    add eax, esi                         ; 100290: 01 f0
    cmp eax, 0xc                         ; 100292: 83 f8 0c
    jg short .L16                        ; 100295: 7f c4
    ; test/golden/control.ts:45: pairs++;
    mov eax, [ebp-8]                     ; 100297: 8b 45 f8
    mov [ebp-8], eax                     ; 10029a: 89 45 f8
    mov eax, [ebp-8]                     ; 10029d: 8b 45 f8
    add eax, 1                           ; 1002a0: 83 c0 01
    mov [ebp-8], eax                     ; 1002a3: 89 45 f8
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add esi, 1                           ; 1002a6: 83 c6 01
    cmp esi, ebx                         ; 1002a9: 39 de
    jl short .L19                        ; 1002ab: 7c d9
    jmp short .L15                       ; 1002ad: eb 96

compare:
    ; test/golden/control.ts:53: function compare(s: i32, u: u32): void {
    push ebp                             ; 1002af: 55
    mov ebp, esp                         ; 1002b0: 89 e5
    push ebx                             ; 1002b2: 53
    push esi                             ; 1002b3: 56
    mov ebx, [ebp+8]                     ; 1002b4: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 1002b7: 8b 75 0c
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    cmp ebx, 1                           ; 1002ba: 83 fb 01
    jge short .L2                        ; 1002bd: 7d 07
    mov eax, str_10                      ; 1002bf: b8 70 10 10 00
    jmp short .L3                        ; 1002c4: eb 05
.L2:
    mov eax, str_11                      ; 1002c6: b8 78 10 10 00
.L3:
    push eax                             ; 1002cb: 50
    call print                           ; 1002cc: e8 af fd ff ff
    add esp, 4                           ; 1002d1: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    cmp esi, 1                           ; 1002d4: 83 fe 01
    jae short .L6                        ; 1002d7: 73 07
    mov eax, str_12                      ; 1002d9: b8 84 10 10 00
    jmp short .L7                        ; 1002de: eb 05
.L6:
    mov eax, str_13                      ; 1002e0: b8 8c 10 10 00
.L7:
    push eax                             ; 1002e5: 50
    call print                           ; 1002e6: e8 95 fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp ebx, 0xffffffff                  ; 1002ee: 83 fb ff
    jge short .L12                       ; 1002f1: 7d 29
    jmp short .L10                       ; 1002f3: eb 07
.L9:
    mov eax, str_14                      ; 1002f5: b8 98 10 10 00
    jmp short .L11                       ; 1002fa: eb 05
.L10:
    mov eax, str_15                      ; 1002fc: b8 a0 10 10 00
.L11:
    push eax                             ; 100301: 50
    call print                           ; 100302: e8 79 fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; test/golden/control.ts:57: println("");
    mov eax, str_7                       ; 10030a: b8 54 10 10 00
    push eax                             ; 10030f: 50
    call println                         ; 100310: e8 9e fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/control.ts:58: }
    pop esi                              ; 100318: 5e
    pop ebx                              ; 100319: 5b
    pop ebp                              ; 10031a: 5d
    ret                                  ; 10031b: c3
.L12:
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    cmp esi, 0xee6b2800                  ; 10031c: 81 fe 00 28 6b ee
    ja short .L9                         ; 100322: 77 d1
    jmp short .L10                       ; 100324: eb d6

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebp                             ; 100326: 55
    mov ebp, esp                         ; 100327: 89 e5
    push ebx                             ; 100329: 53
    push 0xfffffffb                      ; 10032a: 6a fb
    call classify                        ; 10032c: e8 18 fe ff ff
    add esp, 4                           ; 100331: 83 c4 04
    push eax                             ; 100334: 50
    call println                         ; 100335: e8 79 fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 10033d: 6a 00
    call classify                        ; 10033f: e8 05 fe ff ff
    add esp, 4                           ; 100344: 83 c4 04
    push eax                             ; 100347: 50
    call println                         ; 100348: e8 66 fd ff ff
    add esp, 4                           ; 10034d: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 100350: 6a 07
    call classify                        ; 100352: e8 f2 fd ff ff
    add esp, 4                           ; 100357: 83 c4 04
    push eax                             ; 10035a: 50
    call println                         ; 10035b: e8 53 fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 100363: 6a 64
    call classify                        ; 100365: e8 df fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    push eax                             ; 10036d: 50
    call println                         ; 10036e: e8 40 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 100376: b8 ac 10 10 00
    push eax                             ; 10037b: 50
    push 0                               ; 10037c: 6a 00
    call loud                            ; 10037e: e8 f9 fd ff ff
    add esp, 8                           ; 100383: 83 c4 08
    test eax, eax                        ; 100386: 85 c0
    jne short .L3                        ; 100388: 75 34
    jmp short .L2                        ; 10038a: eb 0e
.L1:
    mov eax, str_18                      ; 10038c: b8 bc 10 10 00
    push eax                             ; 100391: 50
    call print                           ; 100392: e8 e9 fc ff ff
    add esp, 4                           ; 100397: 83 c4 04
.L2:
    ; test/golden/control.ts:66: println("");
    mov ebx, str_7                       ; 10039a: bb 54 10 10 00
    push ebx                             ; 10039f: 53
    call println                         ; 1003a0: e8 0e fd ff ff
    add esp, 4                           ; 1003a5: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1003a8: b8 c4 10 10 00
    push eax                             ; 1003ad: 50
    push 1                               ; 1003ae: 6a 01
    call loud                            ; 1003b0: e8 c7 fd ff ff
    add esp, 8                           ; 1003b5: 83 c4 08
    test eax, eax                        ; 1003b8: 85 c0
    jne short .L6                        ; 1003ba: 75 18
    jmp short .L8                        ; 1003bc: eb 43
.L3:
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_17                      ; 1003be: b8 b4 10 10 00
    push eax                             ; 1003c3: 50
    push 1                               ; 1003c4: 6a 01
    call loud                            ; 1003c6: e8 b1 fd ff ff
    add esp, 8                           ; 1003cb: 83 c4 08
    test eax, eax                        ; 1003ce: 85 c0
    jne short .L1                        ; 1003d0: 75 ba
    jmp short .L2                        ; 1003d2: eb c6
.L6:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_18                      ; 1003d4: b8 bc 10 10 00
    push eax                             ; 1003d9: 50
    call print                           ; 1003da: e8 a1 fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
.L7:
    ; test/golden/control.ts:68: println("");
    push ebx                             ; 1003e2: 53
    call println                         ; 1003e3: e8 cb fc ff ff
    add esp, 4                           ; 1003e8: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1003eb: b8 d4 10 10 00
    push eax                             ; 1003f0: 50
    push 0                               ; 1003f1: 6a 00
    call loud                            ; 1003f3: e8 84 fd ff ff
    add esp, 8                           ; 1003f8: 83 c4 08
    test eax, eax                        ; 1003fb: 85 c0
    jne short .L12                       ; 1003fd: 75 26
    jmp short .L13                       ; 1003ff: eb 63
.L8:
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_20                      ; 100401: b8 cc 10 10 00
    push eax                             ; 100406: 50
    push 1                               ; 100407: 6a 01
    call loud                            ; 100409: e8 6e fd ff ff
    add esp, 8                           ; 10040e: 83 c4 08
    test eax, eax                        ; 100411: 85 c0
    jne short .L6                        ; 100413: 75 bf
    jmp short .L7                        ; 100415: eb cb
.L11:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_18                      ; 100417: b8 bc 10 10 00
    push eax                             ; 10041c: 50
    call print                           ; 10041d: e8 5e fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
.L12:
    ; test/golden/control.ts:70: println("");
    push ebx                             ; 100425: 53
    call println                         ; 100426: e8 88 fc ff ff
    add esp, 4                           ; 10042b: 83 c4 04
    ; test/golden/control.ts:71: loops(10);
    push 0xa                             ; 10042e: 6a 0a
    call loops                           ; 100430: e8 5f fd ff ff
    add esp, 4                           ; 100435: 83 c4 04
    ; test/golden/control.ts:72: compare(-1, 0xffffffff);
    push 0xffffffff                      ; 100438: 6a ff
    push 0xffffffff                      ; 10043a: 6a ff
    call compare                         ; 10043c: e8 6e fe ff ff
    add esp, 8                           ; 100441: 83 c4 08
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100444: 6a 00
    call printU32                        ; 100446: e8 83 fc ff ff
    add esp, 4                           ; 10044b: 83 c4 04
    ; test/golden/control.ts:74: println("");
    push ebx                             ; 10044e: 53
    call println                         ; 10044f: e8 5f fc ff ff
    add esp, 4                           ; 100454: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100457: 6a 00
    call exit                            ; 100459: e8 df fc ff ff
    add esp, 4                           ; 10045e: 83 c4 04
    ; test/golden/control.ts:76: }
    pop ebx                              ; 100461: 5b
    pop ebp                              ; 100462: 5d
    ret                                  ; 100463: c3
.L13:
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 100464: b8 dc 10 10 00
    push eax                             ; 100469: 50
    push 1                               ; 10046a: 6a 01
    call loud                            ; 10046c: e8 0b fd ff ff
    add esp, 8                           ; 100471: 83 c4 08
    test eax, eax                        ; 100474: 85 c0
    je short .L11                        ; 100476: 74 9f
    mov eax, str_23                      ; 100478: b8 e4 10 10 00
    push eax                             ; 10047d: 50
    push 0                               ; 10047e: 6a 00
    call loud                            ; 100480: e8 f7 fc ff ff
    add esp, 8                           ; 100485: 83 c4 08
    test eax, eax                        ; 100488: 85 c0
    jne short .L12                       ; 10048a: 75 99
    jmp short .L11                       ; 10048c: eb 89

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10048e: 55
    mov ebp, esp                         ; 10048f: 89 e5
    push ebx                             ; 100491: 53
    push esi                             ; 100492: 56
    mov eax, [ebp+8]                     ; 100493: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100496: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100499: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10049c: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10049f: 8b 35 00 20 10 00
    push ebx                             ; 1004a5: 53
    push edx                             ; 1004a6: 52
    push ecx                             ; 1004a7: 51
    push eax                             ; 1004a8: 50
    call esi                             ; 1004a9: ff d6
    add esp, 0x10                        ; 1004ab: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1004ae: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1004af: f4
    jmp short .L2                        ; 1004b0: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1004b2: 55
    mov ebp, esp                         ; 1004b3: 89 e5
    sub esp, 4                           ; 1004b5: 83 ec 04
    push ebx                             ; 1004b8: 53
    push esi                             ; 1004b9: 56
    push edi                             ; 1004ba: 57
    mov ebx, [ebp+8]                     ; 1004bb: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1004be: 8b 45 0c
    mov [ebp-4], eax                     ; 1004c1: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1004c4: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1004c7: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_24                      ; 1004ca: b8 ec 10 10 00
    push eax                             ; 1004cf: 50
    call print                           ; 1004d0: e8 ab fb ff ff
    add esp, 4                           ; 1004d5: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1004d8: 56
    call printU32                        ; 1004d9: e8 f0 fb ff ff
    add esp, 4                           ; 1004de: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_25                      ; 1004e1: b8 0c 11 10 00
    push eax                             ; 1004e6: 50
    call print                           ; 1004e7: e8 94 fb ff ff
    add esp, 4                           ; 1004ec: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004ef: 57
    call printU32                        ; 1004f0: e8 d9 fb ff ff
    add esp, 4                           ; 1004f5: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_26                      ; 1004f8: b8 2c 11 10 00
    push eax                             ; 1004fd: 50
    call print                           ; 1004fe: e8 7d fb ff ff
    add esp, 4                           ; 100503: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100506: 53
    call print                           ; 100507: e8 74 fb ff ff
    add esp, 4                           ; 10050c: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_27                      ; 10050f: b8 34 11 10 00
    push eax                             ; 100514: 50
    call print                           ; 100515: e8 66 fb ff ff
    add esp, 4                           ; 10051a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10051d: 8b 45 fc
    push eax                             ; 100520: 50
    call printU32                        ; 100521: e8 a8 fb ff ff
    add esp, 4                           ; 100526: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 100529: b8 54 10 10 00
    push eax                             ; 10052e: 50
    call println                         ; 10052f: e8 7f fb ff ff
    add esp, 4                           ; 100534: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100537: 5f
    pop esi                              ; 100538: 5e
    pop ebx                              ; 100539: 5b
    leave                                ; 10053a: c9
    ret                                  ; 10053b: c3

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
