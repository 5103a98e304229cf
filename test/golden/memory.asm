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
    call main                            ; 10003d: e8 6c 02 00 00
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    push ebx                             ; 100140: 53
    push esi                             ; 100141: 56
    mov ebx, [ebp+8]                     ; 100142: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100145: b8 1c 10 10 00
    push eax                             ; 10014a: 50
    call print                           ; 10014b: e8 30 ff ff ff
    add esp, 4                           ; 100150: 83 c4 04
    mov esi, 0x1c                        ; 100153: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100158: 89 d8
    mov ecx, esi                         ; 10015a: 89 f1
    shr eax, cl                          ; 10015c: d3 e8
    and eax, 0xf                         ; 10015e: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100161: 83 f8 0a
    jb short .L5                         ; 100164: 72 1b
    jmp short .L6                        ; 100166: eb 20
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100168: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edx, ebx                         ; 10016b: 89 da
    mov ecx, esi                         ; 10016d: 89 f1
    shr edx, cl                          ; 10016f: d3 ea
    mov eax, edx                         ; 100171: 89 d0
    and eax, 0xf                         ; 100173: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100176: 83 f8 0a
    jb short .L5                         ; 100179: 72 06
    jmp short .L6                        ; 10017b: eb 0b
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10017d: 5e
    pop ebx                              ; 10017e: 5b
    pop ebp                              ; 10017f: 5d
    ret                                  ; 100180: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 100181: 89 c1
    add ecx, 0x30                        ; 100183: 83 c1 30
    jmp short .L7                        ; 100186: eb 05
.L6:
    mov ecx, eax                         ; 100188: 89 c1
    add ecx, 0x57                        ; 10018a: 83 c1 57
.L7:
    movzx eax, cl                        ; 10018d: 0f b6 c1
    push eax                             ; 100190: 50
    call putc                            ; 100191: e8 b0 fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100199: 83 fe 00
    je short .L4                         ; 10019c: 74 df
    jmp short .L3                        ; 10019e: eb c8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1001a0: 55
    mov ebp, esp                         ; 1001a1: 89 e5
    mov eax, [ebp+8]                     ; 1001a3: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1001a6: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1001a8: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1001a9: f4
    jmp short .L2                        ; 1001aa: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 1001ac: 55
    mov ebp, esp                         ; 1001ad: 89 e5
    sub esp, 4                           ; 1001af: 83 ec 04
    push ebx                             ; 1001b2: 53
    push esi                             ; 1001b3: 56
    push edi                             ; 1001b4: 57
    mov eax, [ebp+8]                     ; 1001b5: 8b 45 08
    mov [ebp-4], eax                     ; 1001b8: 89 45 fc
    mov eax, [ebp+0xc]                   ; 1001bb: 8b 45 0c
    mov ecx, [ebp+0x10]                  ; 1001be: 8b 4d 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov edx, [ebp-4]                     ; 1001c1: 8b 55 fc
    mov edx, [edx]                       ; 1001c4: 8b 12
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    shl ecx, 8                           ; 1001c6: c1 e1 08
    movzx ecx, cx                        ; 1001c9: 0f b7 c9
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul eax, 0x50                       ; 1001cc: 6b c0 50
    mov ebx, 0                           ; 1001cf: bb 00 00 00 00
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    cmp ebx, edx                         ; 1001d4: 39 d3
    jl short .L7                         ; 1001d6: 7c 05
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001d8: 5f
    pop esi                              ; 1001d9: 5e
    pop ebx                              ; 1001da: 5b
    leave                                ; 1001db: c9
    ret                                  ; 1001dc: c3
.L7:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    mov esi, [ebp-4]                     ; 1001dd: 8b 75 fc
    movzx esi, byte [esi+ebx+4]          ; 1001e0: 0f b6 74 1e 04
    movzx esi, si                        ; 1001e5: 0f b7 f6
    or esi, ecx                          ; 1001e8: 09 ce
    movzx esi, si                        ; 1001ea: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    mov edi, eax                         ; 1001ed: 89 c7
    add edi, ebx                         ; 1001ef: 01 df
    imul edi, 2                          ; 1001f1: 6b ff 02
    add edi, 0xb8000                     ; 1001f4: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001fa: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001fd: 83 c3 01
    cmp ebx, edx                         ; 100200: 39 d3
    jl short .L7                         ; 100202: 7c d9
    jmp short .L4                        ; 100204: eb d2

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 100206: 55
    mov ebp, esp                         ; 100207: 89 e5
    push ebx                             ; 100209: 53
    push esi                             ; 10020a: 56
    push edi                             ; 10020b: 57
    mov ebx, [ebp+8]                     ; 10020c: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 10020f: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100215: 8b 03
    push eax                             ; 100217: 50
    call printHex                        ; 100218: e8 20 ff ff ff
    add esp, 4                           ; 10021d: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov esi, str_3                       ; 100220: be 40 10 10 00
    push esi                             ; 100225: 56
    call println                         ; 100226: e8 88 fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 10022e: 0f be 43 03
    push eax                             ; 100232: 50
    call printI32                        ; 100233: e8 d3 fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov edi, str_4                       ; 10023b: bf 44 10 10 00
    push edi                             ; 100240: 57
    call print                           ; 100241: e8 3a fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100249: 0f b6 43 03
    push eax                             ; 10024d: 50
    call printI32                        ; 10024e: e8 b8 fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    push edi                             ; 100256: 57
    call print                           ; 100257: e8 24 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 10025f: 0f bf 43 02
    push eax                             ; 100263: 50
    call printI32                        ; 100264: e8 a2 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    push edi                             ; 10026c: 57
    call print                           ; 10026d: e8 0e fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 100275: 0f b7 43 02
    push eax                             ; 100279: 50
    call printI32                        ; 10027a: e8 8c fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    push esi                             ; 100282: 56
    call println                         ; 100283: e8 2b fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 10028b: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 10028f: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100295: 8b 03
    push eax                             ; 100297: 50
    call printHex                        ; 100298: e8 a0 fe ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    push esi                             ; 1002a0: 56
    call println                         ; 1002a1: e8 0d fe ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop edi                              ; 1002a9: 5f
    pop esi                              ; 1002aa: 5e
    pop ebx                              ; 1002ab: 5b
    pop ebp                              ; 1002ac: 5d
    ret                                  ; 1002ad: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 1002ae: 55
    mov ebp, esp                         ; 1002af: 89 e5
    push ebx                             ; 1002b1: 53
    push 0x200000                        ; 1002b2: 68 00 00 20 00
    call widths                          ; 1002b7: e8 4a ff ff ff
    add esp, 4                           ; 1002bc: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 1002bf: b8 4c 10 10 00
    push 0x1f                            ; 1002c4: 6a 1f
    push 0                               ; 1002c6: 6a 00
    push eax                             ; 1002c8: 50
    call vgaWrite                        ; 1002c9: e8 de fe ff ff
    add esp, 0xc                         ; 1002ce: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002d1: 0f b7 05 00 80 0b 00
    push eax                             ; 1002d8: 50
    call printHex                        ; 1002d9: e8 5f fe ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002e1: b8 44 10 10 00
    push eax                             ; 1002e6: 50
    call print                           ; 1002e7: e8 94 fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002ef: 0f b6 05 06 80 0b 00
    push eax                             ; 1002f6: 50
    call printHex                        ; 1002f7: e8 41 fe ff ff
    add esp, 4                           ; 1002fc: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov ebx, str_3                       ; 1002ff: bb 40 10 10 00
    push ebx                             ; 100304: 53
    call println                         ; 100305: e8 a9 fd ff ff
    add esp, 4                           ; 10030a: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 10030d: ba fd 03 00 00
    in al, dx                            ; 100312: ec
    movzx eax, al                        ; 100313: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 100316: 83 e0 20
    movzx eax, al                        ; 100319: 0f b6 c0
    cmp eax, 0                           ; 10031c: 83 f8 00
    je short .L2                         ; 10031f: 74 07
    mov eax, str_6                       ; 100321: b8 54 10 10 00
    jmp short .L3                        ; 100326: eb 05
.L2:
    mov eax, str_7                       ; 100328: b8 64 10 10 00
.L3:
    push eax                             ; 10032d: 50
    call print                           ; 10032e: e8 4d fd ff ff
    add esp, 4                           ; 100333: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    push ebx                             ; 100336: 53
    call println                         ; 100337: e8 77 fd ff ff
    add esp, 4                           ; 10033c: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 10033f: 6a 00
    call exit                            ; 100341: e8 5a fe ff ff
    add esp, 4                           ; 100346: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebx                              ; 100349: 5b
    pop ebp                              ; 10034a: 5d
    ret                                  ; 10034b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10034c: 55
    mov ebp, esp                         ; 10034d: 89 e5
    push ebx                             ; 10034f: 53
    push esi                             ; 100350: 56
    mov eax, [ebp+8]                     ; 100351: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100354: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100357: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10035a: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10035d: 8b 35 00 20 10 00
    push ebx                             ; 100363: 53
    push edx                             ; 100364: 52
    push ecx                             ; 100365: 51
    push eax                             ; 100366: 50
    call esi                             ; 100367: ff d6
    add esp, 0x10                        ; 100369: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10036c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10036d: f4
    jmp short .L2                        ; 10036e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100370: 55
    mov ebp, esp                         ; 100371: 89 e5
    sub esp, 4                           ; 100373: 83 ec 04
    push ebx                             ; 100376: 53
    push esi                             ; 100377: 56
    push edi                             ; 100378: 57
    mov ebx, [ebp+8]                     ; 100379: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10037c: 8b 45 0c
    mov [ebp-4], eax                     ; 10037f: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100382: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100385: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 100388: b8 74 10 10 00
    push eax                             ; 10038d: 50
    call print                           ; 10038e: e8 ed fc ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100396: 56
    call printU32                        ; 100397: e8 32 fd ff ff
    add esp, 4                           ; 10039c: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 10039f: b8 94 10 10 00
    push eax                             ; 1003a4: 50
    call print                           ; 1003a5: e8 d6 fc ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003ad: 57
    call printU32                        ; 1003ae: e8 1b fd ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 1003b6: b8 b4 10 10 00
    push eax                             ; 1003bb: 50
    call print                           ; 1003bc: e8 bf fc ff ff
    add esp, 4                           ; 1003c1: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003c4: 53
    call print                           ; 1003c5: e8 b6 fc ff ff
    add esp, 4                           ; 1003ca: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003cd: b8 bc 10 10 00
    push eax                             ; 1003d2: 50
    call print                           ; 1003d3: e8 a8 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003db: 8b 45 fc
    push eax                             ; 1003de: 50
    call printU32                        ; 1003df: e8 ea fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003e7: b8 40 10 10 00
    push eax                             ; 1003ec: 50
    call println                         ; 1003ed: e8 c1 fc ff ff
    add esp, 4                           ; 1003f2: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003f5: 5f
    pop esi                              ; 1003f6: 5e
    pop ebx                              ; 1003f7: 5b
    leave                                ; 1003f8: c9
    ret                                  ; 1003f9: c3

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
