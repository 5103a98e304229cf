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
    call main                            ; 10003d: e8 66 02 00 00
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
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
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
    jge short .L2                        ; 100113: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10011f: f7 db
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 a5 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012d: 53
    call printU32                        ; 10012e: e8 99 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100136: 5b
    pop ebp                              ; 100137: 5d
    ret                                  ; 100138: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    push ebx                             ; 10013c: 53
    push esi                             ; 10013d: 56
    mov ebx, [ebp+8]                     ; 10013e: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100141: b8 1c 10 10 00
    push eax                             ; 100146: 50
    call print                           ; 100147: e8 34 ff ff ff
    add esp, 4                           ; 10014c: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10014f: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100154: 89 d8
    mov ecx, esi                         ; 100156: 89 f1
    shr eax, cl                          ; 100158: d3 e8
    and eax, 0xf                         ; 10015a: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10015d: 83 f8 0a
    jb short .L5                         ; 100160: 72 19
    jmp short .L6                        ; 100162: eb 1c
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100164: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100167: 89 d8
    mov ecx, esi                         ; 100169: 89 f1
    shr eax, cl                          ; 10016b: d3 e8
    and eax, 0xf                         ; 10016d: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100170: 83 f8 0a
    jb short .L5                         ; 100173: 72 06
    jmp short .L6                        ; 100175: eb 09
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100177: 5e
    pop ebx                              ; 100178: 5b
    pop ebp                              ; 100179: 5d
    ret                                  ; 10017a: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 10017b: 83 c0 30
    jmp short .L7                        ; 10017e: eb 03
.L6:
    add eax, 0x57                        ; 100180: 83 c0 57
.L7:
    movzx eax, al                        ; 100183: 0f b6 c0
    push eax                             ; 100186: 50
    call putc                            ; 100187: e8 ba fe ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10018f: 83 fe 00
    je short .L4                         ; 100192: 74 e3
    jmp short .L3                        ; 100194: eb ce

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100196: 55
    mov ebp, esp                         ; 100197: 89 e5
    mov eax, [ebp+8]                     ; 100199: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10019c: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10019e: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10019f: f4
    jmp short .L2                        ; 1001a0: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 1001a2: 55
    mov ebp, esp                         ; 1001a3: 89 e5
    push ebx                             ; 1001a5: 53
    push esi                             ; 1001a6: 56
    push edi                             ; 1001a7: 57
    mov esi, [ebp+8]                     ; 1001a8: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 1001ab: 8b 5d 0c
    mov eax, [ebp+0x10]                  ; 1001ae: 8b 45 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov edx, 0                           ; 1001b1: ba 00 00 00 00
    mov ecx, [esi]                       ; 1001b6: 8b 0e
    cmp edx, ecx                         ; 1001b8: 39 ca
    jge short .L4                        ; 1001ba: 7d 2f
.L2:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx ecx, byte [esi+edx+4]          ; 1001bc: 0f b6 4c 16 04
    movzx edi, cx                        ; 1001c1: 0f b7 f9
    mov ecx, eax                         ; 1001c4: 89 c1
    shl ecx, 8                           ; 1001c6: c1 e1 08
    movzx ecx, cx                        ; 1001c9: 0f b7 c9
    or edi, ecx                          ; 1001cc: 09 cf
    movzx edi, di                        ; 1001ce: 0f b7 ff
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul ecx, ebx, 0x50                  ; 1001d1: 6b cb 50
    add ecx, edx                         ; 1001d4: 01 d1
    imul ecx, 2                          ; 1001d6: 6b c9 02
    add ecx, 0xb8000                     ; 1001d9: 81 c1 00 80 0b 00
    mov [ecx], di                        ; 1001df: 66 89 39
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add edx, 1                           ; 1001e2: 83 c2 01
    mov ecx, [esi]                       ; 1001e5: 8b 0e
    cmp edx, ecx                         ; 1001e7: 39 ca
    jl short .L2                         ; 1001e9: 7c d1
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001eb: 5f
    pop esi                              ; 1001ec: 5e
    pop ebx                              ; 1001ed: 5b
    pop ebp                              ; 1001ee: 5d
    ret                                  ; 1001ef: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 1001f0: 55
    mov ebp, esp                         ; 1001f1: 89 e5
    push ebx                             ; 1001f3: 53
    mov ebx, [ebp+8]                     ; 1001f4: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001f7: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 1001fd: 8b 03
    push eax                             ; 1001ff: 50
    call printHex                        ; 100200: e8 34 ff ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_3                       ; 100208: b8 40 10 10 00
    push eax                             ; 10020d: 50
    call println                         ; 10020e: e8 9e fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 100216: 0f be 43 03
    push eax                             ; 10021a: 50
    call printI32                        ; 10021b: e8 e9 fe ff ff
    add esp, 4                           ; 100220: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_4                       ; 100223: b8 44 10 10 00
    push eax                             ; 100228: 50
    call print                           ; 100229: e8 52 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100231: 0f b6 43 03
    push eax                             ; 100235: 50
    call printI32                        ; 100236: e8 ce fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_4                       ; 10023e: b8 44 10 10 00
    push eax                             ; 100243: 50
    call print                           ; 100244: e8 37 fe ff ff
    add esp, 4                           ; 100249: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 10024c: 0f bf 43 02
    push eax                             ; 100250: 50
    call printI32                        ; 100251: e8 b3 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_4                       ; 100259: b8 44 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 1c fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 100267: 0f b7 43 02
    push eax                             ; 10026b: 50
    call printI32                        ; 10026c: e8 98 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_3                       ; 100274: b8 40 10 10 00
    push eax                             ; 100279: 50
    call println                         ; 10027a: e8 32 fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 100282: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 100286: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 10028c: 8b 03
    push eax                             ; 10028e: 50
    call printHex                        ; 10028f: e8 a5 fe ff ff
    add esp, 4                           ; 100294: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_3                       ; 100297: b8 40 10 10 00
    push eax                             ; 10029c: 50
    call println                         ; 10029d: e8 0f fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 1002a5: 5b
    pop ebp                              ; 1002a6: 5d
    ret                                  ; 1002a7: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 1002a8: 55
    mov ebp, esp                         ; 1002a9: 89 e5
    push 0x200000                        ; 1002ab: 68 00 00 20 00
    call widths                          ; 1002b0: e8 3b ff ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 1002b8: b8 4c 10 10 00
    push 0x1f                            ; 1002bd: 6a 1f
    push 0                               ; 1002bf: 6a 00
    push eax                             ; 1002c1: 50
    call vgaWrite                        ; 1002c2: e8 db fe ff ff
    add esp, 0xc                         ; 1002c7: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002ca: 0f b7 05 00 80 0b 00
    push eax                             ; 1002d1: 50
    call printHex                        ; 1002d2: e8 62 fe ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002da: b8 44 10 10 00
    push eax                             ; 1002df: 50
    call print                           ; 1002e0: e8 9b fd ff ff
    add esp, 4                           ; 1002e5: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002e8: 0f b6 05 06 80 0b 00
    push eax                             ; 1002ef: 50
    call printHex                        ; 1002f0: e8 44 fe ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_3                       ; 1002f8: b8 40 10 10 00
    push eax                             ; 1002fd: 50
    call println                         ; 1002fe: e8 ae fd ff ff
    add esp, 4                           ; 100303: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 100306: ba fd 03 00 00
    in al, dx                            ; 10030b: ec
    movzx eax, al                        ; 10030c: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 10030f: 83 e0 20
    movzx eax, al                        ; 100312: 0f b6 c0
    cmp eax, 0                           ; 100315: 83 f8 00
    je short .L2                         ; 100318: 74 07
    mov eax, str_6                       ; 10031a: b8 54 10 10 00
    jmp short .L3                        ; 10031f: eb 05
.L2:
    mov eax, str_7                       ; 100321: b8 64 10 10 00
.L3:
    push eax                             ; 100326: 50
    call print                           ; 100327: e8 54 fd ff ff
    add esp, 4                           ; 10032c: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_3                       ; 10032f: b8 40 10 10 00
    push eax                             ; 100334: 50
    call println                         ; 100335: e8 77 fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 10033d: 6a 00
    call exit                            ; 10033f: e8 52 fe ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 100347: 5d
    ret                                  ; 100348: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100349: 55
    mov ebp, esp                         ; 10034a: 89 e5
    push ebx                             ; 10034c: 53
    push esi                             ; 10034d: 56
    mov esi, [ebp+8]                     ; 10034e: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100351: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100354: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100357: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10035a: a1 00 20 10 00
    push ecx                             ; 10035f: 51
    push edx                             ; 100360: 52
    push ebx                             ; 100361: 53
    push esi                             ; 100362: 56
    call eax                             ; 100363: ff d0
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
    mov eax, [ebp+8]                     ; 100375: 8b 45 08
    mov [ebp-4], eax                     ; 100378: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 10037b: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10037e: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100381: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 100384: b8 74 10 10 00
    push eax                             ; 100389: 50
    call print                           ; 10038a: e8 f1 fc ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100392: 57
    call printU32                        ; 100393: e8 34 fd ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 10039b: b8 94 10 10 00
    push eax                             ; 1003a0: 50
    call print                           ; 1003a1: e8 da fc ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1003a9: 56
    call printU32                        ; 1003aa: e8 1d fd ff ff
    add esp, 4                           ; 1003af: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 1003b2: b8 b4 10 10 00
    push eax                             ; 1003b7: 50
    call print                           ; 1003b8: e8 c3 fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1003c0: ff 75 fc
    call print                           ; 1003c3: e8 b8 fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003cb: b8 bc 10 10 00
    push eax                             ; 1003d0: 50
    call print                           ; 1003d1: e8 aa fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003d9: 53
    call printU32                        ; 1003da: e8 ed fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003e2: b8 40 10 10 00
    push eax                             ; 1003e7: 50
    call println                         ; 1003e8: e8 c4 fc ff ff
    add esp, 4                           ; 1003ed: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003f0: 5f
    pop esi                              ; 1003f1: 5e
    pop ebx                              ; 1003f2: 5b
    leave                                ; 1003f3: c9
    ret                                  ; 1003f4: c3

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
