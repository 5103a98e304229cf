; tskc 0.1.0 listing of test/golden/memory.ts
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
    call main                            ; 10003d: e8 68 02 00 00
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 10013b: 55
    mov ebp, esp                         ; 10013c: 89 e5
    push ebx                             ; 10013e: 53
    push esi                             ; 10013f: 56
    mov ebx, [ebp+8]                     ; 100140: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100143: b8 1c 10 10 00
    push eax                             ; 100148: 50
    call print                           ; 100149: e8 32 ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    mov esi, 0x1c                        ; 100151: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100156: 89 d8
    mov ecx, esi                         ; 100158: 89 f1
    shr eax, cl                          ; 10015a: d3 e8
    and eax, 0xf                         ; 10015c: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10015f: 83 f8 0a
    jb short .L5                         ; 100162: 72 1b
    jmp short .L6                        ; 100164: eb 20
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100166: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edx, ebx                         ; 100169: 89 da
    mov ecx, esi                         ; 10016b: 89 f1
    shr edx, cl                          ; 10016d: d3 ea
    mov eax, edx                         ; 10016f: 89 d0
    and eax, 0xf                         ; 100171: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100174: 83 f8 0a
    jb short .L5                         ; 100177: 72 06
    jmp short .L6                        ; 100179: eb 0b
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10017b: 5e
    pop ebx                              ; 10017c: 5b
    pop ebp                              ; 10017d: 5d
    ret                                  ; 10017e: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10017f: 89 c1
    add ecx, 0x30                        ; 100181: 83 c1 30
    jmp short .L7                        ; 100184: eb 05
.L6:
    mov ecx, eax                         ; 100186: 89 c1
    add ecx, 0x57                        ; 100188: 83 c1 57
.L7:
    movzx eax, cl                        ; 10018b: 0f b6 c1
    push eax                             ; 10018e: 50
    call putc                            ; 10018f: e8 b2 fe ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100197: 83 fe 00
    je short .L4                         ; 10019a: 74 df
    jmp short .L3                        ; 10019c: eb c8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10019e: 55
    mov ebp, esp                         ; 10019f: 89 e5
    mov eax, [ebp+8]                     ; 1001a1: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1001a4: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1001a6: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1001a7: f4
    jmp short .L2                        ; 1001a8: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 1001aa: 55
    mov ebp, esp                         ; 1001ab: 89 e5
    sub esp, 4                           ; 1001ad: 83 ec 04
    push ebx                             ; 1001b0: 53
    push esi                             ; 1001b1: 56
    push edi                             ; 1001b2: 57
    mov eax, [ebp+8]                     ; 1001b3: 8b 45 08
    mov [ebp-4], eax                     ; 1001b6: 89 45 fc
    mov eax, [ebp+0xc]                   ; 1001b9: 8b 45 0c
    mov ecx, [ebp+0x10]                  ; 1001bc: 8b 4d 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov edx, [ebp-4]                     ; 1001bf: 8b 55 fc
    mov edx, [edx]                       ; 1001c2: 8b 12
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    shl ecx, 8                           ; 1001c4: c1 e1 08
    movzx ecx, cx                        ; 1001c7: 0f b7 c9
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul eax, 0x50                       ; 1001ca: 6b c0 50
    mov ebx, 0                           ; 1001cd: bb 00 00 00 00
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    cmp ebx, edx                         ; 1001d2: 39 d3
    jge short .L4                        ; 1001d4: 7d 27
.L2:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    mov esi, [ebp-4]                     ; 1001d6: 8b 75 fc
    movzx esi, byte [esi+ebx+4]          ; 1001d9: 0f b6 74 1e 04
    movzx esi, si                        ; 1001de: 0f b7 f6
    or esi, ecx                          ; 1001e1: 09 ce
    movzx esi, si                        ; 1001e3: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    mov edi, eax                         ; 1001e6: 89 c7
    add edi, ebx                         ; 1001e8: 01 df
    imul edi, 2                          ; 1001ea: 6b ff 02
    add edi, 0xb8000                     ; 1001ed: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001f3: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001f6: 83 c3 01
    cmp ebx, edx                         ; 1001f9: 39 d3
    jl short .L2                         ; 1001fb: 7c d9
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001fd: 5f
    pop esi                              ; 1001fe: 5e
    pop ebx                              ; 1001ff: 5b
    leave                                ; 100200: c9
    ret                                  ; 100201: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 100202: 55
    mov ebp, esp                         ; 100203: 89 e5
    push ebx                             ; 100205: 53
    push esi                             ; 100206: 56
    push edi                             ; 100207: 57
    mov ebx, [ebp+8]                     ; 100208: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 10020b: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100211: 8b 03
    push eax                             ; 100213: 50
    call printHex                        ; 100214: e8 22 ff ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov esi, str_3                       ; 10021c: be 40 10 10 00
    push esi                             ; 100221: 56
    call println                         ; 100222: e8 8a fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 10022a: 0f be 43 03
    push eax                             ; 10022e: 50
    call printI32                        ; 10022f: e8 d5 fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov edi, str_4                       ; 100237: bf 44 10 10 00
    push edi                             ; 10023c: 57
    call print                           ; 10023d: e8 3e fe ff ff
    add esp, 4                           ; 100242: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100245: 0f b6 43 03
    push eax                             ; 100249: 50
    call printI32                        ; 10024a: e8 ba fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    push edi                             ; 100252: 57
    call print                           ; 100253: e8 28 fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 10025b: 0f bf 43 02
    push eax                             ; 10025f: 50
    call printI32                        ; 100260: e8 a4 fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    push edi                             ; 100268: 57
    call print                           ; 100269: e8 12 fe ff ff
    add esp, 4                           ; 10026e: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 100271: 0f b7 43 02
    push eax                             ; 100275: 50
    call printI32                        ; 100276: e8 8e fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    push esi                             ; 10027e: 56
    call println                         ; 10027f: e8 2d fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 100287: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 10028b: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100291: 8b 03
    push eax                             ; 100293: 50
    call printHex                        ; 100294: e8 a2 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    push esi                             ; 10029c: 56
    call println                         ; 10029d: e8 0f fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop edi                              ; 1002a5: 5f
    pop esi                              ; 1002a6: 5e
    pop ebx                              ; 1002a7: 5b
    pop ebp                              ; 1002a8: 5d
    ret                                  ; 1002a9: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 1002aa: 55
    mov ebp, esp                         ; 1002ab: 89 e5
    push ebx                             ; 1002ad: 53
    push 0x200000                        ; 1002ae: 68 00 00 20 00
    call widths                          ; 1002b3: e8 4a ff ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 1002bb: b8 4c 10 10 00
    push 0x1f                            ; 1002c0: 6a 1f
    push 0                               ; 1002c2: 6a 00
    push eax                             ; 1002c4: 50
    call vgaWrite                        ; 1002c5: e8 e0 fe ff ff
    add esp, 0xc                         ; 1002ca: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002cd: 0f b7 05 00 80 0b 00
    push eax                             ; 1002d4: 50
    call printHex                        ; 1002d5: e8 61 fe ff ff
    add esp, 4                           ; 1002da: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002dd: b8 44 10 10 00
    push eax                             ; 1002e2: 50
    call print                           ; 1002e3: e8 98 fd ff ff
    add esp, 4                           ; 1002e8: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002eb: 0f b6 05 06 80 0b 00
    push eax                             ; 1002f2: 50
    call printHex                        ; 1002f3: e8 43 fe ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov ebx, str_3                       ; 1002fb: bb 40 10 10 00
    push ebx                             ; 100300: 53
    call println                         ; 100301: e8 ab fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 100309: ba fd 03 00 00
    in al, dx                            ; 10030e: ec
    movzx eax, al                        ; 10030f: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 100312: 83 e0 20
    movzx eax, al                        ; 100315: 0f b6 c0
    cmp eax, 0                           ; 100318: 83 f8 00
    je short .L2                         ; 10031b: 74 07
    mov eax, str_6                       ; 10031d: b8 54 10 10 00
    jmp short .L3                        ; 100322: eb 05
.L2:
    mov eax, str_7                       ; 100324: b8 64 10 10 00
.L3:
    push eax                             ; 100329: 50
    call print                           ; 10032a: e8 51 fd ff ff
    add esp, 4                           ; 10032f: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    push ebx                             ; 100332: 53
    call println                         ; 100333: e8 79 fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 10033b: 6a 00
    call exit                            ; 10033d: e8 5c fe ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebx                              ; 100345: 5b
    pop ebp                              ; 100346: 5d
    ret                                  ; 100347: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100348: 55
    mov ebp, esp                         ; 100349: 89 e5
    push ebx                             ; 10034b: 53
    push esi                             ; 10034c: 56
    mov eax, [ebp+8]                     ; 10034d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100350: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100353: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100356: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100359: 8b 35 00 20 10 00
    push ebx                             ; 10035f: 53
    push edx                             ; 100360: 52
    push ecx                             ; 100361: 51
    push eax                             ; 100362: 50
    call esi                             ; 100363: ff d6
    add esp, 0x10                        ; 100365: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100368: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100369: f4
    jmp short .L2                        ; 10036a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10036c: 55
    mov ebp, esp                         ; 10036d: 89 e5
    sub esp, 4                           ; 10036f: 83 ec 04
    push ebx                             ; 100372: 53
    push esi                             ; 100373: 56
    push edi                             ; 100374: 57
    mov ebx, [ebp+8]                     ; 100375: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100378: 8b 45 0c
    mov [ebp-4], eax                     ; 10037b: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10037e: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100381: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 100384: b8 74 10 10 00
    push eax                             ; 100389: 50
    call print                           ; 10038a: e8 f1 fc ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100392: 56
    call printU32                        ; 100393: e8 34 fd ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 10039b: b8 94 10 10 00
    push eax                             ; 1003a0: 50
    call print                           ; 1003a1: e8 da fc ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003a9: 57
    call printU32                        ; 1003aa: e8 1d fd ff ff
    add esp, 4                           ; 1003af: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 1003b2: b8 b4 10 10 00
    push eax                             ; 1003b7: 50
    call print                           ; 1003b8: e8 c3 fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003c0: 53
    call print                           ; 1003c1: e8 ba fc ff ff
    add esp, 4                           ; 1003c6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003c9: b8 bc 10 10 00
    push eax                             ; 1003ce: 50
    call print                           ; 1003cf: e8 ac fc ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003d7: 8b 45 fc
    push eax                             ; 1003da: 50
    call printU32                        ; 1003db: e8 ec fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003e3: b8 40 10 10 00
    push eax                             ; 1003e8: 50
    call println                         ; 1003e9: e8 c3 fc ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003f1: 5f
    pop esi                              ; 1003f2: 5e
    pop ebx                              ; 1003f3: 5b
    leave                                ; 1003f4: c9
    ret                                  ; 1003f5: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1024 - ($ - $$) db 0
str_2:  ; "test/golden/memory.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x2e, 0x74, 0x73
    times 0x1040 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1044 - ($ - $$) db 0
str_4:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x104c - ($ - $$) db 0
str_5:  ; "tskc"
    db 0x4, 0x0, 0x0, 0x0, 0x74, 0x73, 0x6b, 0x63
    times 0x1054 - ($ - $$) db 0
str_6:  ; "COM1 ready"
    db 0xa, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x72, 0x65, 0x61, 0x64, 0x79
    times 0x1064 - ($ - $$) db 0
str_7:  ; "COM1 busy"
    db 0x9, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x62, 0x75, 0x73, 0x79
    times 0x1074 - ($ - $$) db 0
str_8:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1094 - ($ - $$) db 0
str_9:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10b4 - ($ - $$) db 0
str_10:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x10bc - ($ - $$) db 0
str_11:  ; ":"
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
