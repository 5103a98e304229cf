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
    call main                            ; 10003d: e8 43 02 00 00
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
    jge short .L4                        ; 10007f: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100081: 0f b6 44 33 04
    movzx eax, al                        ; 100086: 0f b6 c0
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add esi, 1                           ; 100092: 83 c6 01
    jmp short .L1                        ; 100095: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    pop ebp                              ; 100099: 5d
    ret                                  ; 10009a: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009b: 55
    mov ebp, esp                         ; 10009c: 89 e5
    mov eax, [ebp+8]                     ; 10009e: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 c7 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    push ebx                             ; 1000b9: 53
    mov ebx, [ebp+8]                     ; 1000ba: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bd: 83 fb 0a
    jb short .L2                         ; 1000c0: 72 14
    mov ecx, 0xa                         ; 1000c2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c7: 89 d8
    xor edx, edx                         ; 1000c9: 31 d2
    div ecx                              ; 1000cb: f7 f1
    push eax                             ; 1000cd: 50
    call printU32                        ; 1000ce: e8 e3 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000db: 89 d8
    xor edx, edx                         ; 1000dd: 31 d2
    div ecx                              ; 1000df: f7 f1
    add edx, 0x30                        ; 1000e1: 83 c2 30
    movzx eax, dl                        ; 1000e4: 0f b6 c2
    push eax                             ; 1000e7: 50
    call putc                            ; 1000e8: e8 59 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f0: 5b
    pop ebp                              ; 1000f1: 5d
    ret                                  ; 1000f2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f3: 55
    mov ebp, esp                         ; 1000f4: 89 e5
    push ebx                             ; 1000f6: 53
    mov ebx, [ebp+8]                     ; 1000f7: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fa: 83 fb 00
    jge short .L2                        ; 1000fd: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000ff: 6a 2d
    call putc                            ; 100101: e8 40 ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100109: 89 d8
    neg eax                              ; 10010b: f7 d8
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 a3 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L3                        ; 100116: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 98 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    pop ebp                              ; 100122: 5d
    ret                                  ; 100123: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100124: 55
    mov ebp, esp                         ; 100125: 89 e5
    push ebx                             ; 100127: 53
    push esi                             ; 100128: 56
    mov ebx, [ebp+8]                     ; 100129: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 10012c: b8 1c 10 10 00
    push eax                             ; 100131: 50
    call print                           ; 100132: e8 37 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013a: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10013f: 89 d8
    mov ecx, esi                         ; 100141: 89 f1
    shr eax, cl                          ; 100143: d3 e8
    and eax, 0xf                         ; 100145: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100148: 83 f8 0a
    jb short .L5                         ; 10014b: 72 0b
    jmp short .L6                        ; 10014d: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10014f: 83 ee 04
    jmp short .L2                        ; 100152: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100154: 5e
    pop ebx                              ; 100155: 5b
    pop ebp                              ; 100156: 5d
    ret                                  ; 100157: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 100158: 89 c1
    add ecx, 0x30                        ; 10015a: 83 c1 30
    jmp short .L7                        ; 10015d: eb 05
.L6:
    mov ecx, eax                         ; 10015f: 89 c1
    add ecx, 0x57                        ; 100161: 83 c1 57
.L7:
    movzx eax, cl                        ; 100164: 0f b6 c1
    push eax                             ; 100167: 50
    call putc                            ; 100168: e8 d9 fe ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100170: 83 fe 00
    je short .L4                         ; 100173: 74 df
    jmp short .L3                        ; 100175: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100177: 55
    mov ebp, esp                         ; 100178: 89 e5
    mov eax, [ebp+8]                     ; 10017a: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10017d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10017f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100180: f4
    jmp short .L2                        ; 100181: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 100183: 55
    mov ebp, esp                         ; 100184: 89 e5
    push ebx                             ; 100186: 53
    push esi                             ; 100187: 56
    push edi                             ; 100188: 57
    mov eax, [ebp+8]                     ; 100189: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10018c: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10018f: 8b 55 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov ebx, 0                           ; 100192: bb 00 00 00 00
.L1:
    mov esi, [eax]                       ; 100197: 8b 30
    cmp ebx, esi                         ; 100199: 39 f3
    jge short .L4                        ; 10019b: 7d 2b
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx esi, byte [eax+ebx+4]          ; 10019d: 0f b6 74 18 04
    movzx esi, si                        ; 1001a2: 0f b7 f6
    mov edi, edx                         ; 1001a5: 89 d7
    shl edi, 8                           ; 1001a7: c1 e7 08
    movzx edi, di                        ; 1001aa: 0f b7 ff
    or esi, edi                          ; 1001ad: 09 fe
    movzx esi, si                        ; 1001af: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edi, ecx, 0x50                  ; 1001b2: 6b f9 50
    add edi, ebx                         ; 1001b5: 01 df
    imul edi, 2                          ; 1001b7: 6b ff 02
    add edi, 0xb8000                     ; 1001ba: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001c0: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001c3: 83 c3 01
    jmp short .L1                        ; 1001c6: eb cf
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001c8: 5f
    pop esi                              ; 1001c9: 5e
    pop ebx                              ; 1001ca: 5b
    pop ebp                              ; 1001cb: 5d
    ret                                  ; 1001cc: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 1001cd: 55
    mov ebp, esp                         ; 1001ce: 89 e5
    push ebx                             ; 1001d0: 53
    mov ebx, [ebp+8]                     ; 1001d1: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001d4: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 1001da: 8b 03
    push eax                             ; 1001dc: 50
    call printHex                        ; 1001dd: e8 42 ff ff ff
    add esp, 4                           ; 1001e2: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_3                       ; 1001e5: b8 40 10 10 00
    push eax                             ; 1001ea: 50
    call println                         ; 1001eb: e8 ab fe ff ff
    add esp, 4                           ; 1001f0: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 1001f3: 0f be 43 03
    push eax                             ; 1001f7: 50
    call printI32                        ; 1001f8: e8 f6 fe ff ff
    add esp, 4                           ; 1001fd: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_4                       ; 100200: b8 44 10 10 00
    push eax                             ; 100205: 50
    call print                           ; 100206: e8 63 fe ff ff
    add esp, 4                           ; 10020b: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 10020e: 0f b6 43 03
    push eax                             ; 100212: 50
    call printI32                        ; 100213: e8 db fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_4                       ; 10021b: b8 44 10 10 00
    push eax                             ; 100220: 50
    call print                           ; 100221: e8 48 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 100229: 0f bf 43 02
    push eax                             ; 10022d: 50
    call printI32                        ; 10022e: e8 c0 fe ff ff
    add esp, 4                           ; 100233: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_4                       ; 100236: b8 44 10 10 00
    push eax                             ; 10023b: 50
    call print                           ; 10023c: e8 2d fe ff ff
    add esp, 4                           ; 100241: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 100244: 0f b7 43 02
    push eax                             ; 100248: 50
    call printI32                        ; 100249: e8 a5 fe ff ff
    add esp, 4                           ; 10024e: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_3                       ; 100251: b8 40 10 10 00
    push eax                             ; 100256: 50
    call println                         ; 100257: e8 3f fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 10025f: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 100263: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100269: 8b 03
    push eax                             ; 10026b: 50
    call printHex                        ; 10026c: e8 b3 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_3                       ; 100274: b8 40 10 10 00
    push eax                             ; 100279: 50
    call println                         ; 10027a: e8 1c fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 100282: 5b
    pop ebp                              ; 100283: 5d
    ret                                  ; 100284: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 100285: 55
    mov ebp, esp                         ; 100286: 89 e5
    push 0x200000                        ; 100288: 68 00 00 20 00
    call widths                          ; 10028d: e8 3b ff ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 100295: b8 4c 10 10 00
    push 0x1f                            ; 10029a: 6a 1f
    push 0                               ; 10029c: 6a 00
    push eax                             ; 10029e: 50
    call vgaWrite                        ; 10029f: e8 df fe ff ff
    add esp, 0xc                         ; 1002a4: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002a7: 0f b7 05 00 80 0b 00
    push eax                             ; 1002ae: 50
    call printHex                        ; 1002af: e8 70 fe ff ff
    add esp, 4                           ; 1002b4: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002b7: b8 44 10 10 00
    push eax                             ; 1002bc: 50
    call print                           ; 1002bd: e8 ac fd ff ff
    add esp, 4                           ; 1002c2: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002c5: 0f b6 05 06 80 0b 00
    push eax                             ; 1002cc: 50
    call printHex                        ; 1002cd: e8 52 fe ff ff
    add esp, 4                           ; 1002d2: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_3                       ; 1002d5: b8 40 10 10 00
    push eax                             ; 1002da: 50
    call println                         ; 1002db: e8 bb fd ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002e3: ba fd 03 00 00
    in al, dx                            ; 1002e8: ec
    movzx eax, al                        ; 1002e9: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002ec: 83 e0 20
    movzx eax, al                        ; 1002ef: 0f b6 c0
    cmp eax, 0                           ; 1002f2: 83 f8 00
    je short .L2                         ; 1002f5: 74 07
    mov eax, str_6                       ; 1002f7: b8 54 10 10 00
    jmp short .L3                        ; 1002fc: eb 05
.L2:
    mov eax, str_7                       ; 1002fe: b8 64 10 10 00
.L3:
    push eax                             ; 100303: 50
    call print                           ; 100304: e8 65 fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_3                       ; 10030c: b8 40 10 10 00
    push eax                             ; 100311: 50
    call println                         ; 100312: e8 84 fd ff ff
    add esp, 4                           ; 100317: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 10031a: 6a 00
    call exit                            ; 10031c: e8 56 fe ff ff
    add esp, 4                           ; 100321: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 100324: 5d
    ret                                  ; 100325: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100326: 55
    mov ebp, esp                         ; 100327: 89 e5
    push ebx                             ; 100329: 53
    push esi                             ; 10032a: 56
    mov eax, [ebp+8]                     ; 10032b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10032e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100331: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100334: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100337: 8b 35 00 20 10 00
    push ebx                             ; 10033d: 53
    push edx                             ; 10033e: 52
    push ecx                             ; 10033f: 51
    push eax                             ; 100340: 50
    call esi                             ; 100341: ff d6
    add esp, 0x10                        ; 100343: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100346: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100347: f4
    jmp short .L2                        ; 100348: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10034a: 55
    mov ebp, esp                         ; 10034b: 89 e5
    sub esp, 4                           ; 10034d: 83 ec 04
    push ebx                             ; 100350: 53
    push esi                             ; 100351: 56
    push edi                             ; 100352: 57
    mov ebx, [ebp+8]                     ; 100353: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100356: 8b 45 0c
    mov [ebp-4], eax                     ; 100359: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10035c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10035f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 100362: b8 74 10 10 00
    push eax                             ; 100367: 50
    call print                           ; 100368: e8 01 fd ff ff
    add esp, 4                           ; 10036d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100370: 56
    call printU32                        ; 100371: e8 40 fd ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 100379: b8 94 10 10 00
    push eax                             ; 10037e: 50
    call print                           ; 10037f: e8 ea fc ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100387: 57
    call printU32                        ; 100388: e8 29 fd ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 100390: b8 b4 10 10 00
    push eax                             ; 100395: 50
    call print                           ; 100396: e8 d3 fc ff ff
    add esp, 4                           ; 10039b: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10039e: 53
    call print                           ; 10039f: e8 ca fc ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003a7: b8 bc 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 bc fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003b5: 8b 45 fc
    push eax                             ; 1003b8: 50
    call printU32                        ; 1003b9: e8 f8 fc ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003c1: b8 40 10 10 00
    push eax                             ; 1003c6: 50
    call println                         ; 1003c7: e8 cf fc ff ff
    add esp, 4                           ; 1003cc: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003cf: 5f
    pop esi                              ; 1003d0: 5e
    pop ebx                              ; 1003d1: 5b
    leave                                ; 1003d2: c9
    ret                                  ; 1003d3: c3

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
