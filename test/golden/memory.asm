; tskc 0.1.0 listing of test/golden/memory.ts
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
    call main                            ; 10003d: e8 49 02 00 00
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

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    push ebx                             ; 100189: 53
    push esi                             ; 10018a: 56
    push edi                             ; 10018b: 57
    mov eax, [ebp+8]                     ; 10018c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10018f: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100192: 8b 55 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov ebx, 0                           ; 100195: bb 00 00 00 00
.L1:
    mov esi, [eax]                       ; 10019a: 8b 30
    cmp ebx, esi                         ; 10019c: 39 f3
    jge short .L4                        ; 10019e: 7d 2e
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    mov esi, eax                         ; 1001a0: 89 c6
    add esi, ebx                         ; 1001a2: 01 de
    movzx esi, byte [esi+4]              ; 1001a4: 0f b6 76 04
    movzx esi, si                        ; 1001a8: 0f b7 f6
    mov edi, edx                         ; 1001ab: 89 d7
    shl edi, 8                           ; 1001ad: c1 e7 08
    movzx edi, di                        ; 1001b0: 0f b7 ff
    or esi, edi                          ; 1001b3: 09 fe
    movzx esi, si                        ; 1001b5: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edi, ecx, 0x50                  ; 1001b8: 6b f9 50
    add edi, ebx                         ; 1001bb: 01 df
    imul edi, 2                          ; 1001bd: 6b ff 02
    add edi, 0xb8000                     ; 1001c0: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001c6: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001c9: 83 c3 01
    jmp short .L1                        ; 1001cc: eb cc
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001ce: 5f
    pop esi                              ; 1001cf: 5e
    pop ebx                              ; 1001d0: 5b
    pop ebp                              ; 1001d1: 5d
    ret                                  ; 1001d2: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 1001d3: 55
    mov ebp, esp                         ; 1001d4: 89 e5
    push ebx                             ; 1001d6: 53
    mov ebx, [ebp+8]                     ; 1001d7: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001da: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 1001e0: 8b 03
    push eax                             ; 1001e2: 50
    call printHex                        ; 1001e3: e8 3f ff ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_1                       ; 1001eb: b8 08 10 10 00
    push eax                             ; 1001f0: 50
    call println                         ; 1001f1: e8 a8 fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 1001f9: 0f be 43 03
    push eax                             ; 1001fd: 50
    call printI32                        ; 1001fe: e8 f3 fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_2                       ; 100206: b8 0c 10 10 00
    push eax                             ; 10020b: 50
    call print                           ; 10020c: e8 5d fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100214: 0f b6 43 03
    push eax                             ; 100218: 50
    call printI32                        ; 100219: e8 d8 fe ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_2                       ; 100221: b8 0c 10 10 00
    push eax                             ; 100226: 50
    call print                           ; 100227: e8 42 fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 10022f: 0f bf 43 02
    push eax                             ; 100233: 50
    call printI32                        ; 100234: e8 bd fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_2                       ; 10023c: b8 0c 10 10 00
    push eax                             ; 100241: 50
    call print                           ; 100242: e8 27 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 10024a: 0f b7 43 02
    push eax                             ; 10024e: 50
    call printI32                        ; 10024f: e8 a2 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_1                       ; 100257: b8 08 10 10 00
    push eax                             ; 10025c: 50
    call println                         ; 10025d: e8 3c fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 100265: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 100269: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 10026f: 8b 03
    push eax                             ; 100271: 50
    call printHex                        ; 100272: e8 b0 fe ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_1                       ; 10027a: b8 08 10 10 00
    push eax                             ; 10027f: 50
    call println                         ; 100280: e8 19 fe ff ff
    add esp, 4                           ; 100285: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 100288: 5b
    pop ebp                              ; 100289: 5d
    ret                                  ; 10028a: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 10028b: 55
    mov ebp, esp                         ; 10028c: 89 e5
    push 0x200000                        ; 10028e: 68 00 00 20 00
    call widths                          ; 100293: e8 3b ff ff ff
    add esp, 4                           ; 100298: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_3                       ; 10029b: b8 14 10 10 00
    push 0x1f                            ; 1002a0: 6a 1f
    push 0                               ; 1002a2: 6a 00
    push eax                             ; 1002a4: 50
    call vgaWrite                        ; 1002a5: e8 dc fe ff ff
    add esp, 0xc                         ; 1002aa: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002ad: 0f b7 05 00 80 0b 00
    push eax                             ; 1002b4: 50
    call printHex                        ; 1002b5: e8 6d fe ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_2                       ; 1002bd: b8 0c 10 10 00
    push eax                             ; 1002c2: 50
    call print                           ; 1002c3: e8 a6 fd ff ff
    add esp, 4                           ; 1002c8: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002cb: 0f b6 05 06 80 0b 00
    push eax                             ; 1002d2: 50
    call printHex                        ; 1002d3: e8 4f fe ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_1                       ; 1002db: b8 08 10 10 00
    push eax                             ; 1002e0: 50
    call println                         ; 1002e1: e8 b8 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002e9: ba fd 03 00 00
    in al, dx                            ; 1002ee: ec
    movzx eax, al                        ; 1002ef: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002f2: 83 e0 20
    movzx eax, al                        ; 1002f5: 0f b6 c0
    cmp eax, 0                           ; 1002f8: 83 f8 00
    je short .L2                         ; 1002fb: 74 07
    mov eax, str_4                       ; 1002fd: b8 1c 10 10 00
    jmp short .L3                        ; 100302: eb 05
.L2:
    mov eax, str_5                       ; 100304: b8 2c 10 10 00
.L3:
    push eax                             ; 100309: 50
    call print                           ; 10030a: e8 5f fd ff ff
    add esp, 4                           ; 10030f: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_1                       ; 100312: b8 08 10 10 00
    push eax                             ; 100317: 50
    call println                         ; 100318: e8 81 fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 100320: 6a 00
    call exit                            ; 100322: e8 53 fe ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 10032a: 5d
    ret                                  ; 10032b: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_1:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_2:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1014 - ($ - $$) db 0
str_3:  ; "tskc"
    db 0x4, 0x0, 0x0, 0x0, 0x74, 0x73, 0x6b, 0x63
    times 0x101c - ($ - $$) db 0
str_4:  ; "COM1 ready"
    db 0xa, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x72, 0x65, 0x61, 0x64, 0x79
    times 0x102c - ($ - $$) db 0
str_5:  ; "COM1 busy"
    db 0x9, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x62, 0x75, 0x73, 0x79

    times 0x2000 - ($ - $$) db 0

; .bss (not in the file)
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
