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
    call main                            ; 10003d: e8 14 02 00 00
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
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000ef: 85 c0
    jge short .L2                        ; 1000f1: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f3: 53
    mov ebx, eax                         ; 1000f4: 89 c3
    push 0x2d                            ; 1000f6: 6a 2d
    call putc                            ; 1000f8: e8 49 ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100100: f7 db
    push ebx                             ; 100102: 53
    call printU32                        ; 100103: e8 a9 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010b: 5b
    ret                                  ; 10010c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 9e ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100116: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100117: 53
    push esi                             ; 100118: 56
    mov esi, [esp+0xc]                   ; 100119: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 10011d: b8 1c 10 10 00
    push eax                             ; 100122: 50
    call print                           ; 100123: e8 4d ff ff ff
    add esp, 4                           ; 100128: 83 c4 04
    mov ebx, 0x1c                        ; 10012b: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100130: 89 f0
    mov ecx, ebx                         ; 100132: 89 d9
    shr eax, cl                          ; 100134: d3 e8
    and eax, 0xf                         ; 100136: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100139: 83 f8 0a
    jb short .L5                         ; 10013c: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 10013e: 8d 40 57
    jmp short .L7                        ; 100141: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100143: 8d 40 30
.L7:
    movzx eax, al                        ; 100146: 0f b6 c0
    push eax                             ; 100149: 50
    call putc                            ; 10014a: e8 f7 fe ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100152: 85 db
    je short .L4                         ; 100154: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100156: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100159: 89 f0
    mov ecx, ebx                         ; 10015b: 89 d9
    shr eax, cl                          ; 10015d: d3 e8
    and eax, 0xf                         ; 10015f: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100162: 83 f8 0a
    jb short .L5                         ; 100165: 72 dc
    jmp short .L6                        ; 100167: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100169: 5e
    pop ebx                              ; 10016a: 5b
    ret                                  ; 10016b: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10016c: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100170: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100172: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100173: f4
    jmp short .L2                        ; 100174: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebx                             ; 100176: 53
    push esi                             ; 100177: 56
    mov esi, [esp+0xc]                   ; 100178: 8b 74 24 0c
    mov ecx, [esp+0x10]                  ; 10017c: 8b 4c 24 10
    mov eax, [esp+0x14]                  ; 100180: 8b 44 24 14
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    shl eax, 8                           ; 100184: c1 e0 08
    movzx ebx, ax                        ; 100187: 0f b7 d8
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edx, ecx, 0x50                  ; 10018a: 6b d1 50
    shl edx, 1                           ; 10018d: d1 e2
    xor ecx, ecx                         ; 10018f: 31 c9
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    cmp ecx, [esi]                       ; 100191: 3b 0e
    jge short .L4                        ; 100193: 7d 19
.L7:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx eax, byte [esi+ecx+4]          ; 100195: 0f b6 44 0e 04
    or eax, ebx                          ; 10019a: 09 d8
    movzx eax, ax                        ; 10019c: 0f b7 c0
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    mov [edx+ecx*2+0xb8000], ax          ; 10019f: 66 89 84 4a 00 80 0b 00
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ecx, 1                           ; 1001a7: 83 c1 01
    cmp ecx, [esi]                       ; 1001aa: 3b 0e
    jl short .L7                         ; 1001ac: 7c e7
.L4:
    ; test/golden/memory.ts:14: }
    pop esi                              ; 1001ae: 5e
    pop ebx                              ; 1001af: 5b
    ret                                  ; 1001b0: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebx                             ; 1001b1: 53
    push esi                             ; 1001b2: 56
    push edi                             ; 1001b3: 57
    mov esi, [esp+0x10]                  ; 1001b4: 8b 74 24 10
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [esi], 0x80c0ffee          ; 1001b8: c7 06 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [esi]                       ; 1001be: 8b 06
    push eax                             ; 1001c0: 50
    call printHex                        ; 1001c1: e8 51 ff ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov ebx, str_3                       ; 1001c9: bb 40 10 10 00
    push ebx                             ; 1001ce: 53
    call println                         ; 1001cf: e8 c5 fe ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [esi+3]              ; 1001d7: 0f be 46 03
    push eax                             ; 1001db: 50
    call printI32                        ; 1001dc: e8 0a ff ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov edi, str_4                       ; 1001e4: bf 44 10 10 00
    push edi                             ; 1001e9: 57
    call print                           ; 1001ea: e8 86 fe ff ff
    add esp, 4                           ; 1001ef: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [esi+3]              ; 1001f2: 0f b6 46 03
    push eax                             ; 1001f6: 50
    call printI32                        ; 1001f7: e8 ef fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    push edi                             ; 1001ff: 57
    call print                           ; 100200: e8 70 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [esi+2]              ; 100208: 0f bf 46 02
    push eax                             ; 10020c: 50
    call printI32                        ; 10020d: e8 d9 fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    push edi                             ; 100215: 57
    call print                           ; 100216: e8 5a fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [esi+2]              ; 10021e: 0f b7 46 02
    push eax                             ; 100222: 50
    call printI32                        ; 100223: e8 c3 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    push ebx                             ; 10022b: 53
    call println                         ; 10022c: e8 68 fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [esi+1], 0x7f               ; 100234: c6 46 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [esi+2], 0xbeef             ; 100238: 66 c7 46 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [esi]                       ; 10023e: 8b 06
    push eax                             ; 100240: 50
    call printHex                        ; 100241: e8 d1 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    push ebx                             ; 100249: 53
    call println                         ; 10024a: e8 4a fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop edi                              ; 100252: 5f
    pop esi                              ; 100253: 5e
    pop ebx                              ; 100254: 5b
    ret                                  ; 100255: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebx                             ; 100256: 53
    push 0x200000                        ; 100257: 68 00 00 20 00
    call widths                          ; 10025c: e8 50 ff ff ff
    add esp, 4                           ; 100261: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 100264: b8 4c 10 10 00
    push 0x1f                            ; 100269: 6a 1f
    push 0                               ; 10026b: 6a 00
    push eax                             ; 10026d: 50
    call vgaWrite                        ; 10026e: e8 03 ff ff ff
    add esp, 0xc                         ; 100273: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 100276: 0f b7 05 00 80 0b 00
    push eax                             ; 10027d: 50
    call printHex                        ; 10027e: e8 94 fe ff ff
    add esp, 4                           ; 100283: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 100286: b8 44 10 10 00
    push eax                             ; 10028b: 50
    call print                           ; 10028c: e8 e4 fd ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 100294: 0f b6 05 06 80 0b 00
    push eax                             ; 10029b: 50
    call printHex                        ; 10029c: e8 76 fe ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov ebx, str_3                       ; 1002a4: bb 40 10 10 00
    push ebx                             ; 1002a9: 53
    call println                         ; 1002aa: e8 ea fd ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002b2: ba fd 03 00 00
    in al, dx                            ; 1002b7: ec
    movzx eax, al                        ; 1002b8: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002bb: 83 e0 20
    test eax, eax                        ; 1002be: 85 c0
    je short .L2                         ; 1002c0: 74 07
    mov eax, str_6                       ; 1002c2: b8 54 10 10 00
    jmp short .L3                        ; 1002c7: eb 05
.L2:
    mov eax, str_7                       ; 1002c9: b8 64 10 10 00
.L3:
    push eax                             ; 1002ce: 50
    call print                           ; 1002cf: e8 a1 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    push ebx                             ; 1002d7: 53
    call println                         ; 1002d8: e8 bc fd ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 1002e0: 6a 00
    call exit                            ; 1002e2: e8 85 fe ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebx                              ; 1002ea: 5b
    ret                                  ; 1002eb: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002ec: 53
    push esi                             ; 1002ed: 56
    mov esi, [esp+0xc]                   ; 1002ee: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002f2: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002f6: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002fa: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002fe: a1 00 20 10 00
    push ecx                             ; 100303: 51
    push edx                             ; 100304: 52
    push ebx                             ; 100305: 53
    push esi                             ; 100306: 56
    call eax                             ; 100307: ff d0
    add esp, 0x10                        ; 100309: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10030c: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10030d: f4
    jmp short .L2                        ; 10030e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100310: 53
    push esi                             ; 100311: 56
    push edi                             ; 100312: 57
    mov ebx, [esp+0x14]                  ; 100313: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100317: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10031b: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_8                       ; 10031f: b8 74 10 10 00
    push eax                             ; 100324: 50
    call print                           ; 100325: e8 4b fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10032d: 57
    call printU32                        ; 10032e: e8 7e fd ff ff
    add esp, 4                           ; 100333: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_9                       ; 100336: b8 94 10 10 00
    push eax                             ; 10033b: 50
    call print                           ; 10033c: e8 34 fd ff ff
    add esp, 4                           ; 100341: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100344: 56
    call printU32                        ; 100345: e8 67 fd ff ff
    add esp, 4                           ; 10034a: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_10                      ; 10034d: b8 b4 10 10 00
    push eax                             ; 100352: 50
    call print                           ; 100353: e8 1d fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10035b: ff 74 24 10
    call print                           ; 10035f: e8 11 fd ff ff
    add esp, 4                           ; 100364: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_11                      ; 100367: b8 bc 10 10 00
    push eax                             ; 10036c: 50
    call print                           ; 10036d: e8 03 fd ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100375: 53
    call printU32                        ; 100376: e8 36 fd ff ff
    add esp, 4                           ; 10037b: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 10037e: b8 40 10 10 00
    push eax                             ; 100383: 50
    call println                         ; 100384: e8 10 fd ff ff
    add esp, 4                           ; 100389: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10038c: 6a 65
    call exit                            ; 10038e: e8 d9 fd ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100396: 5f
    pop esi                              ; 100397: 5e
    pop ebx                              ; 100398: 5b
    ret                                  ; 100399: c3

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
