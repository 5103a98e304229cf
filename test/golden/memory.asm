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
    call main                            ; 10003d: e8 4c 02 00 00
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
    ; runtime/lib/serial.ts:27: export function printU32(n: u32): void {
    push ebp                             ; 1000b9: 55
    mov ebp, esp                         ; 1000ba: 89 e5
    push ebx                             ; 1000bc: 53
    mov ebx, [ebp+8]                     ; 1000bd: 8b 5d 08
    ; runtime/lib/serial.ts:28: if (n >= 10) printU32(n / 10);
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
    ; runtime/lib/serial.ts:29: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000de: 89 d8
    xor edx, edx                         ; 1000e0: 31 d2
    div ecx                              ; 1000e2: f7 f1
    add edx, 0x30                        ; 1000e4: 83 c2 30
    movzx eax, dl                        ; 1000e7: 0f b6 c2
    push eax                             ; 1000ea: 50
    call putc                            ; 1000eb: e8 56 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
    ; runtime/lib/serial.ts:30: }
    pop ebx                              ; 1000f3: 5b
    pop ebp                              ; 1000f4: 5d
    ret                                  ; 1000f5: c3

printI32:
    ; runtime/lib/serial.ts:32: export function printI32(n: i32): void {
    push ebp                             ; 1000f6: 55
    mov ebp, esp                         ; 1000f7: 89 e5
    push ebx                             ; 1000f9: 53
    mov ebx, [ebp+8]                     ; 1000fa: 8b 5d 08
    ; runtime/lib/serial.ts:33: if (n < 0) {
    cmp ebx, 0                           ; 1000fd: 83 fb 00
    jge short .L2                        ; 100100: 7d 1c
    ; runtime/lib/serial.ts:34: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:35: printU32(u32(0) - u32(n)); // -(-2^31) does not fit in i32; its u32 negation does
    mov eax, 0                           ; 10010c: b8 00 00 00 00
    sub eax, ebx                         ; 100111: 29 d8
    push eax                             ; 100113: 50
    call printU32                        ; 100114: e8 a0 ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    jmp short .L3                        ; 10011c: eb 09
.L2:
    ; runtime/lib/serial.ts:37: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 95 ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:39: }
    pop ebx                              ; 100127: 5b
    pop ebp                              ; 100128: 5d
    ret                                  ; 100129: c3

printHex:
    ; runtime/lib/serial.ts:42: export function printHex(n: u32): void {
    push ebp                             ; 10012a: 55
    mov ebp, esp                         ; 10012b: 89 e5
    push ebx                             ; 10012d: 53
    push esi                             ; 10012e: 56
    mov ebx, [ebp+8]                     ; 10012f: 8b 5d 08
    ; runtime/lib/serial.ts:43: print("0x");
    mov eax, str_0                       ; 100132: b8 00 10 10 00
    push eax                             ; 100137: 50
    call print                           ; 100138: e8 31 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; runtime/lib/serial.ts:44: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100140: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:45: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100145: 89 d8
    mov ecx, esi                         ; 100147: 89 f1
    shr eax, cl                          ; 100149: d3 e8
    and eax, 0xf                         ; 10014b: 83 e0 0f
    ; runtime/lib/serial.ts:46: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014e: 83 f8 0a
    jb short .L5                         ; 100151: 72 0b
    jmp short .L6                        ; 100153: eb 10
.L3:
    ; runtime/lib/serial.ts:44: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100155: 83 ee 04
    jmp short .L2                        ; 100158: eb eb
.L4:
    ; runtime/lib/serial.ts:49: }
    pop esi                              ; 10015a: 5e
    pop ebx                              ; 10015b: 5b
    pop ebp                              ; 10015c: 5d
    ret                                  ; 10015d: c3
.L5:
    ; runtime/lib/serial.ts:46: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10015e: 89 c1
    add ecx, 0x30                        ; 100160: 83 c1 30
    jmp short .L7                        ; 100163: eb 05
.L6:
    mov ecx, eax                         ; 100165: 89 c1
    add ecx, 0x57                        ; 100167: 83 c1 57
.L7:
    movzx eax, cl                        ; 10016a: 0f b6 c1
    push eax                             ; 10016d: 50
    call putc                            ; 10016e: e8 d3 fe ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; runtime/lib/serial.ts:47: if (shift == 0) break;
    cmp esi, 0                           ; 100176: 83 fe 00
    je short .L4                         ; 100179: 74 df
    jmp short .L3                        ; 10017b: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    mov eax, [ebp+8]                     ; 100180: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100183: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100185: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100186: f4
    jmp short .L2                        ; 100187: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 100189: 55
    mov ebp, esp                         ; 10018a: 89 e5
    push ebx                             ; 10018c: 53
    push esi                             ; 10018d: 56
    push edi                             ; 10018e: 57
    mov eax, [ebp+8]                     ; 10018f: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100192: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100195: 8b 55 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov ebx, 0                           ; 100198: bb 00 00 00 00
.L1:
    mov esi, [eax]                       ; 10019d: 8b 30
    cmp ebx, esi                         ; 10019f: 39 f3
    jge short .L4                        ; 1001a1: 7d 2e
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    mov esi, eax                         ; 1001a3: 89 c6
    add esi, ebx                         ; 1001a5: 01 de
    movzx esi, byte [esi+4]              ; 1001a7: 0f b6 76 04
    movzx esi, si                        ; 1001ab: 0f b7 f6
    mov edi, edx                         ; 1001ae: 89 d7
    shl edi, 8                           ; 1001b0: c1 e7 08
    movzx edi, di                        ; 1001b3: 0f b7 ff
    or esi, edi                          ; 1001b6: 09 fe
    movzx esi, si                        ; 1001b8: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edi, ecx, 0x50                  ; 1001bb: 6b f9 50
    add edi, ebx                         ; 1001be: 01 df
    imul edi, 2                          ; 1001c0: 6b ff 02
    add edi, 0xb8000                     ; 1001c3: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001c9: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001cc: 83 c3 01
    jmp short .L1                        ; 1001cf: eb cc
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001d1: 5f
    pop esi                              ; 1001d2: 5e
    pop ebx                              ; 1001d3: 5b
    pop ebp                              ; 1001d4: 5d
    ret                                  ; 1001d5: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 1001d6: 55
    mov ebp, esp                         ; 1001d7: 89 e5
    push ebx                             ; 1001d9: 53
    mov ebx, [ebp+8]                     ; 1001da: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001dd: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 1001e3: 8b 03
    push eax                             ; 1001e5: 50
    call printHex                        ; 1001e6: e8 3f ff ff ff
    add esp, 4                           ; 1001eb: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_1                       ; 1001ee: b8 08 10 10 00
    push eax                             ; 1001f3: 50
    call println                         ; 1001f4: e8 a5 fe ff ff
    add esp, 4                           ; 1001f9: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 1001fc: 0f be 43 03
    push eax                             ; 100200: 50
    call printI32                        ; 100201: e8 f0 fe ff ff
    add esp, 4                           ; 100206: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_2                       ; 100209: b8 0c 10 10 00
    push eax                             ; 10020e: 50
    call print                           ; 10020f: e8 5a fe ff ff
    add esp, 4                           ; 100214: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100217: 0f b6 43 03
    push eax                             ; 10021b: 50
    call printI32                        ; 10021c: e8 d5 fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_2                       ; 100224: b8 0c 10 10 00
    push eax                             ; 100229: 50
    call print                           ; 10022a: e8 3f fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 100232: 0f bf 43 02
    push eax                             ; 100236: 50
    call printI32                        ; 100237: e8 ba fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_2                       ; 10023f: b8 0c 10 10 00
    push eax                             ; 100244: 50
    call print                           ; 100245: e8 24 fe ff ff
    add esp, 4                           ; 10024a: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 10024d: 0f b7 43 02
    push eax                             ; 100251: 50
    call printI32                        ; 100252: e8 9f fe ff ff
    add esp, 4                           ; 100257: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_1                       ; 10025a: b8 08 10 10 00
    push eax                             ; 10025f: 50
    call println                         ; 100260: e8 39 fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 100268: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 10026c: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100272: 8b 03
    push eax                             ; 100274: 50
    call printHex                        ; 100275: e8 b0 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_1                       ; 10027d: b8 08 10 10 00
    push eax                             ; 100282: 50
    call println                         ; 100283: e8 16 fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 10028b: 5b
    pop ebp                              ; 10028c: 5d
    ret                                  ; 10028d: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 10028e: 55
    mov ebp, esp                         ; 10028f: 89 e5
    push 0x200000                        ; 100291: 68 00 00 20 00
    call widths                          ; 100296: e8 3b ff ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_3                       ; 10029e: b8 14 10 10 00
    push 0x1f                            ; 1002a3: 6a 1f
    push 0                               ; 1002a5: 6a 00
    push eax                             ; 1002a7: 50
    call vgaWrite                        ; 1002a8: e8 dc fe ff ff
    add esp, 0xc                         ; 1002ad: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002b0: 0f b7 05 00 80 0b 00
    push eax                             ; 1002b7: 50
    call printHex                        ; 1002b8: e8 6d fe ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_2                       ; 1002c0: b8 0c 10 10 00
    push eax                             ; 1002c5: 50
    call print                           ; 1002c6: e8 a3 fd ff ff
    add esp, 4                           ; 1002cb: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002ce: 0f b6 05 06 80 0b 00
    push eax                             ; 1002d5: 50
    call printHex                        ; 1002d6: e8 4f fe ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_1                       ; 1002de: b8 08 10 10 00
    push eax                             ; 1002e3: 50
    call println                         ; 1002e4: e8 b5 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002ec: ba fd 03 00 00
    in al, dx                            ; 1002f1: ec
    movzx eax, al                        ; 1002f2: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002f5: 83 e0 20
    movzx eax, al                        ; 1002f8: 0f b6 c0
    cmp eax, 0                           ; 1002fb: 83 f8 00
    je short .L2                         ; 1002fe: 74 07
    mov eax, str_4                       ; 100300: b8 1c 10 10 00
    jmp short .L3                        ; 100305: eb 05
.L2:
    mov eax, str_5                       ; 100307: b8 2c 10 10 00
.L3:
    push eax                             ; 10030c: 50
    call print                           ; 10030d: e8 5c fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_1                       ; 100315: b8 08 10 10 00
    push eax                             ; 10031a: 50
    call println                         ; 10031b: e8 7e fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 100323: 6a 00
    call exit                            ; 100325: e8 53 fe ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 10032d: 5d
    ret                                  ; 10032e: c3

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
