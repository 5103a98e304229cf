; tskc 0.1.0 listing of test/golden/narrow.ts
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
    call main                            ; 10003d: e8 f0 01 00 00
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

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    sub esp, 4                           ; 100189: 83 ec 04
    push ebx                             ; 10018c: 53
    push esi                             ; 10018d: 56
    mov ebx, [ebp+8]                     ; 10018e: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100191: 8b 75 0c
    mov eax, [ebp+0x10]                  ; 100194: 8b 45 10
    mov [ebp-4], eax                     ; 100197: 89 45 fc
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    mov eax, ebx                         ; 10019a: 89 d8
    add eax, 1                           ; 10019c: 83 c0 01
    movzx eax, al                        ; 10019f: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 1001a2: 50
    call printU32                        ; 1001a3: e8 11 ff ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov eax, str_1                       ; 1001ab: b8 08 10 10 00
    push eax                             ; 1001b0: 50
    call println                         ; 1001b1: e8 e8 fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, esi                         ; 1001b9: 89 f0
    neg eax                              ; 1001bb: f7 d8
    movsx eax, al                        ; 1001bd: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 1001c0: 50
    call printI32                        ; 1001c1: e8 30 ff ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    mov eax, str_1                       ; 1001c9: b8 08 10 10 00
    push eax                             ; 1001ce: 50
    call println                         ; 1001cf: e8 ca fe ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    mov eax, [ebp-4]                     ; 1001d7: 8b 45 fc
    imul eax, 2                          ; 1001da: 6b c0 02
    movzx eax, ax                        ; 1001dd: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 1001e0: 50
    call printU32                        ; 1001e1: e8 d3 fe ff ff
    add esp, 4                           ; 1001e6: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    mov eax, str_1                       ; 1001e9: b8 08 10 10 00
    push eax                             ; 1001ee: 50
    call println                         ; 1001ef: e8 aa fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 1001f7: 0f be c3
    push eax                             ; 1001fa: 50
    call printI32                        ; 1001fb: e8 f6 fe ff ff
    add esp, 4                           ; 100200: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    mov eax, str_1                       ; 100203: b8 08 10 10 00
    push eax                             ; 100208: 50
    call println                         ; 100209: e8 90 fe ff ff
    add esp, 4                           ; 10020e: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, [ebp-4]                     ; 100211: 8b 45 fc
    movzx eax, al                        ; 100214: 0f b6 c0
    push eax                             ; 100217: 50
    call printU32                        ; 100218: e8 9c fe ff ff
    add esp, 4                           ; 10021d: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    mov eax, str_1                       ; 100220: b8 08 10 10 00
    push eax                             ; 100225: 50
    call println                         ; 100226: e8 73 fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop esi                              ; 10022e: 5e
    pop ebx                              ; 10022f: 5b
    leave                                ; 100230: c9
    ret                                  ; 100231: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push ebp                             ; 100232: 55
    mov ebp, esp                         ; 100233: 89 e5
    push 0x9c40                          ; 100235: 68 40 9c 00 00
    push 0xffffff80                      ; 10023a: 6a 80
    push 0xff                            ; 10023c: 68 ff 00 00 00
    call bytes                           ; 100241: e8 40 ff ff ff
    add esp, 0xc                         ; 100246: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 100249: 6a 00
    call exit                            ; 10024b: e8 2a ff ff ff
    add esp, 4                           ; 100250: 83 c4 04
    ; test/golden/narrow.ts:25: }
    pop ebp                              ; 100253: 5d
    ret                                  ; 100254: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
