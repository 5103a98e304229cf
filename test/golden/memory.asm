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
    call main                            ; 10003d: e8 4d 02 00 00
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100129: 53
    push esi                             ; 10012a: 56
    mov ebx, [esp+0xc]                   ; 10012b: 8b 5c 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 10012f: b8 1c 10 10 00
    push eax                             ; 100134: 50
    call print                           ; 100135: e8 43 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013d: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100142: 89 d8
    mov ecx, esi                         ; 100144: 89 f1
    shr eax, cl                          ; 100146: d3 e8
    and eax, 0xf                         ; 100148: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014b: 83 f8 0a
    jb short .L5                         ; 10014e: 72 18
    jmp short .L6                        ; 100150: eb 1b
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100152: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100155: 89 d8
    mov ecx, esi                         ; 100157: 89 f1
    shr eax, cl                          ; 100159: d3 e8
    and eax, 0xf                         ; 10015b: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10015e: 83 f8 0a
    jb short .L5                         ; 100161: 72 05
    jmp short .L6                        ; 100163: eb 08
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100165: 5e
    pop ebx                              ; 100166: 5b
    ret                                  ; 100167: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 100168: 83 c0 30
    jmp short .L7                        ; 10016b: eb 03
.L6:
    add eax, 0x57                        ; 10016d: 83 c0 57
.L7:
    movzx eax, al                        ; 100170: 0f b6 c0
    push eax                             ; 100173: 50
    call putc                            ; 100174: e8 cd fe ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10017c: 83 fe 00
    je short .L4                         ; 10017f: 74 e4
    jmp short .L3                        ; 100181: eb cf

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100183: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100187: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100189: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10018a: f4
    jmp short .L2                        ; 10018b: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebx                             ; 10018d: 53
    push esi                             ; 10018e: 56
    push edi                             ; 10018f: 57
    mov esi, [esp+0x10]                  ; 100190: 8b 74 24 10
    mov ebx, [esp+0x14]                  ; 100194: 8b 5c 24 14
    mov eax, [esp+0x18]                  ; 100198: 8b 44 24 18
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov edx, 0                           ; 10019c: ba 00 00 00 00
    mov ecx, [esi]                       ; 1001a1: 8b 0e
    cmp edx, ecx                         ; 1001a3: 39 ca
    jge short .L4                        ; 1001a5: 7d 2f
.L2:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx ecx, byte [esi+edx+4]          ; 1001a7: 0f b6 4c 16 04
    movzx edi, cx                        ; 1001ac: 0f b7 f9
    mov ecx, eax                         ; 1001af: 89 c1
    shl ecx, 8                           ; 1001b1: c1 e1 08
    movzx ecx, cx                        ; 1001b4: 0f b7 c9
    or edi, ecx                          ; 1001b7: 09 cf
    movzx edi, di                        ; 1001b9: 0f b7 ff
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul ecx, ebx, 0x50                  ; 1001bc: 6b cb 50
    add ecx, edx                         ; 1001bf: 01 d1
    imul ecx, 2                          ; 1001c1: 6b c9 02
    add ecx, 0xb8000                     ; 1001c4: 81 c1 00 80 0b 00
    mov [ecx], di                        ; 1001ca: 66 89 39
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add edx, 1                           ; 1001cd: 83 c2 01
    mov ecx, [esi]                       ; 1001d0: 8b 0e
    cmp edx, ecx                         ; 1001d2: 39 ca
    jl short .L2                         ; 1001d4: 7c d1
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001d6: 5f
    pop esi                              ; 1001d7: 5e
    pop ebx                              ; 1001d8: 5b
    ret                                  ; 1001d9: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebx                             ; 1001da: 53
    mov ebx, [esp+8]                     ; 1001db: 8b 5c 24 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001df: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 1001e5: 8b 03
    push eax                             ; 1001e7: 50
    call printHex                        ; 1001e8: e8 3c ff ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_3                       ; 1001f0: b8 40 10 10 00
    push eax                             ; 1001f5: 50
    call println                         ; 1001f6: e8 b0 fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 1001fe: 0f be 43 03
    push eax                             ; 100202: 50
    call printI32                        ; 100203: e8 f5 fe ff ff
    add esp, 4                           ; 100208: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_4                       ; 10020b: b8 44 10 10 00
    push eax                             ; 100210: 50
    call print                           ; 100211: e8 67 fe ff ff
    add esp, 4                           ; 100216: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100219: 0f b6 43 03
    push eax                             ; 10021d: 50
    call printI32                        ; 10021e: e8 da fe ff ff
    add esp, 4                           ; 100223: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_4                       ; 100226: b8 44 10 10 00
    push eax                             ; 10022b: 50
    call print                           ; 10022c: e8 4c fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 100234: 0f bf 43 02
    push eax                             ; 100238: 50
    call printI32                        ; 100239: e8 bf fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_4                       ; 100241: b8 44 10 10 00
    push eax                             ; 100246: 50
    call print                           ; 100247: e8 31 fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 10024f: 0f b7 43 02
    push eax                             ; 100253: 50
    call printI32                        ; 100254: e8 a4 fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_3                       ; 10025c: b8 40 10 10 00
    push eax                             ; 100261: 50
    call println                         ; 100262: e8 44 fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 10026a: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 10026e: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100274: 8b 03
    push eax                             ; 100276: 50
    call printHex                        ; 100277: e8 ad fe ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_3                       ; 10027f: b8 40 10 10 00
    push eax                             ; 100284: 50
    call println                         ; 100285: e8 21 fe ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 10028d: 5b
    ret                                  ; 10028e: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push 0x200000                        ; 10028f: 68 00 00 20 00
    call widths                          ; 100294: e8 41 ff ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 10029c: b8 4c 10 10 00
    push 0x1f                            ; 1002a1: 6a 1f
    push 0                               ; 1002a3: 6a 00
    push eax                             ; 1002a5: 50
    call vgaWrite                        ; 1002a6: e8 e2 fe ff ff
    add esp, 0xc                         ; 1002ab: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002ae: 0f b7 05 00 80 0b 00
    push eax                             ; 1002b5: 50
    call printHex                        ; 1002b6: e8 6e fe ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002be: b8 44 10 10 00
    push eax                             ; 1002c3: 50
    call print                           ; 1002c4: e8 b4 fd ff ff
    add esp, 4                           ; 1002c9: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002cc: 0f b6 05 06 80 0b 00
    push eax                             ; 1002d3: 50
    call printHex                        ; 1002d4: e8 50 fe ff ff
    add esp, 4                           ; 1002d9: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_3                       ; 1002dc: b8 40 10 10 00
    push eax                             ; 1002e1: 50
    call println                         ; 1002e2: e8 c4 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002ea: ba fd 03 00 00
    in al, dx                            ; 1002ef: ec
    movzx eax, al                        ; 1002f0: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002f3: 83 e0 20
    movzx eax, al                        ; 1002f6: 0f b6 c0
    cmp eax, 0                           ; 1002f9: 83 f8 00
    je short .L2                         ; 1002fc: 74 07
    mov eax, str_6                       ; 1002fe: b8 54 10 10 00
    jmp short .L3                        ; 100303: eb 05
.L2:
    mov eax, str_7                       ; 100305: b8 64 10 10 00
.L3:
    push eax                             ; 10030a: 50
    call print                           ; 10030b: e8 6d fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_3                       ; 100313: b8 40 10 10 00
    push eax                             ; 100318: 50
    call println                         ; 100319: e8 8d fd ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 100321: 6a 00
    call exit                            ; 100323: e8 5b fe ff ff
    add esp, 4                           ; 100328: 83 c4 04
    ; test/golden/memory.ts:45: }
    ret                                  ; 10032b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10032c: 53
    push esi                             ; 10032d: 56
    mov esi, [esp+0xc]                   ; 10032e: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100332: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100336: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10033a: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10033e: a1 00 20 10 00
    push ecx                             ; 100343: 51
    push edx                             ; 100344: 52
    push ebx                             ; 100345: 53
    push esi                             ; 100346: 56
    call eax                             ; 100347: ff d0
    add esp, 0x10                        ; 100349: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10034c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10034d: f4
    jmp short .L2                        ; 10034e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100350: 53
    push esi                             ; 100351: 56
    push edi                             ; 100352: 57
    mov ebx, [esp+0x14]                  ; 100353: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100357: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10035b: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 10035f: b8 74 10 10 00
    push eax                             ; 100364: 50
    call print                           ; 100365: e8 13 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10036d: 57
    call printU32                        ; 10036e: e8 50 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 100376: b8 94 10 10 00
    push eax                             ; 10037b: 50
    call print                           ; 10037c: e8 fc fc ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100384: 56
    call printU32                        ; 100385: e8 39 fd ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 10038d: b8 b4 10 10 00
    push eax                             ; 100392: 50
    call print                           ; 100393: e8 e5 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 10039b: ff 74 24 10
    call print                           ; 10039f: e8 d9 fc ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003a7: b8 bc 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 cb fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003b5: 53
    call printU32                        ; 1003b6: e8 08 fd ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003be: b8 40 10 10 00
    push eax                             ; 1003c3: 50
    call println                         ; 1003c4: e8 e2 fc ff ff
    add esp, 4                           ; 1003c9: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003cc: 5f
    pop esi                              ; 1003cd: 5e
    pop ebx                              ; 1003ce: 5b
    ret                                  ; 1003cf: c3

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
