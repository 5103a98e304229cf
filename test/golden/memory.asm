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
    call main                            ; 10003d: e8 6e 02 00 00
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
    mov ebx, [ebp+8]                     ; 100085: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100088: be 00 00 00 00
    mov eax, [ebx]                       ; 10008d: 8b 03
    cmp esi, eax                         ; 10008f: 39 c6
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100093: 0f b6 44 33 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add esi, 1                           ; 1000a4: 83 c6 01
    mov eax, [ebx]                       ; 1000a7: 8b 03
    cmp esi, eax                         ; 1000a9: 39 c6
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
    push edi                             ; 100140: 57
    mov ebx, [ebp+8]                     ; 100141: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100144: b8 1c 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 31 ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100152: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100157: 89 d8
    mov ecx, esi                         ; 100159: 89 f1
    shr eax, cl                          ; 10015b: d3 e8
    mov edi, eax                         ; 10015d: 89 c7
    and edi, 0xf                         ; 10015f: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100162: 83 ff 0a
    jb short .L5                         ; 100165: 72 07
.L6:
    mov eax, edi                         ; 100167: 89 f8
    add eax, 0x57                        ; 100169: 83 c0 57
    jmp short .L7                        ; 10016c: eb 05
.L5:
    mov eax, edi                         ; 10016e: 89 f8
    add eax, 0x30                        ; 100170: 83 c0 30
.L7:
    movzx eax, al                        ; 100173: 0f b6 c0
    push eax                             ; 100176: 50
    call putc                            ; 100177: e8 ca fe ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10017f: 83 fe 00
    je short .L4                         ; 100182: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100184: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100187: 89 d8
    mov ecx, esi                         ; 100189: 89 f1
    shr eax, cl                          ; 10018b: d3 e8
    mov edi, eax                         ; 10018d: 89 c7
    and edi, 0xf                         ; 10018f: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100192: 83 ff 0a
    jb short .L5                         ; 100195: 72 d7
    jmp short .L6                        ; 100197: eb ce
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 100199: 5f
    pop esi                              ; 10019a: 5e
    pop ebx                              ; 10019b: 5b
    pop ebp                              ; 10019c: 5d
    ret                                  ; 10019d: c3

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
    push ebx                             ; 1001ad: 53
    push esi                             ; 1001ae: 56
    push edi                             ; 1001af: 57
    mov eax, [ebp+8]                     ; 1001b0: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b3: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001b6: 8b 55 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov ebx, 0                           ; 1001b9: bb 00 00 00 00
    mov esi, [eax]                       ; 1001be: 8b 30
    cmp ebx, esi                         ; 1001c0: 39 f3
    jge short .L4                        ; 1001c2: 7d 2f
.L2:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx esi, byte [eax+ebx+4]          ; 1001c4: 0f b6 74 18 04
    movzx esi, si                        ; 1001c9: 0f b7 f6
    mov edi, edx                         ; 1001cc: 89 d7
    shl edi, 8                           ; 1001ce: c1 e7 08
    movzx edi, di                        ; 1001d1: 0f b7 ff
    or esi, edi                          ; 1001d4: 09 fe
    movzx esi, si                        ; 1001d6: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edi, ecx, 0x50                  ; 1001d9: 6b f9 50
    add edi, ebx                         ; 1001dc: 01 df
    imul edi, 2                          ; 1001de: 6b ff 02
    add edi, 0xb8000                     ; 1001e1: 81 c7 00 80 0b 00
    mov [edi], si                        ; 1001e7: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001ea: 83 c3 01
    mov esi, [eax]                       ; 1001ed: 8b 30
    cmp ebx, esi                         ; 1001ef: 39 f3
    jl short .L2                         ; 1001f1: 7c d1
.L4:
    ; test/golden/memory.ts:14: }
    pop edi                              ; 1001f3: 5f
    pop esi                              ; 1001f4: 5e
    pop ebx                              ; 1001f5: 5b
    pop ebp                              ; 1001f6: 5d
    ret                                  ; 1001f7: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebp                             ; 1001f8: 55
    mov ebp, esp                         ; 1001f9: 89 e5
    push ebx                             ; 1001fb: 53
    mov ebx, [ebp+8]                     ; 1001fc: 8b 5d 08
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [ebx], 0x80c0ffee          ; 1001ff: c7 03 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100205: 8b 03
    push eax                             ; 100207: 50
    call printHex                        ; 100208: e8 2e ff ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_3                       ; 100210: b8 40 10 10 00
    push eax                             ; 100215: 50
    call println                         ; 100216: e8 96 fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 10021e: 0f be 43 03
    push eax                             ; 100222: 50
    call printI32                        ; 100223: e8 e1 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_4                       ; 10022b: b8 44 10 10 00
    push eax                             ; 100230: 50
    call print                           ; 100231: e8 4a fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100239: 0f b6 43 03
    push eax                             ; 10023d: 50
    call printI32                        ; 10023e: e8 c6 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_4                       ; 100246: b8 44 10 10 00
    push eax                             ; 10024b: 50
    call print                           ; 10024c: e8 2f fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 100254: 0f bf 43 02
    push eax                             ; 100258: 50
    call printI32                        ; 100259: e8 ab fe ff ff
    add esp, 4                           ; 10025e: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_4                       ; 100261: b8 44 10 10 00
    push eax                             ; 100266: 50
    call print                           ; 100267: e8 14 fe ff ff
    add esp, 4                           ; 10026c: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 10026f: 0f b7 43 02
    push eax                             ; 100273: 50
    call printI32                        ; 100274: e8 90 fe ff ff
    add esp, 4                           ; 100279: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_3                       ; 10027c: b8 40 10 10 00
    push eax                             ; 100281: 50
    call println                         ; 100282: e8 2a fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 10028a: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 10028e: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 100294: 8b 03
    push eax                             ; 100296: 50
    call printHex                        ; 100297: e8 9f fe ff ff
    add esp, 4                           ; 10029c: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_3                       ; 10029f: b8 40 10 10 00
    push eax                             ; 1002a4: 50
    call println                         ; 1002a5: e8 07 fe ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop ebx                              ; 1002ad: 5b
    pop ebp                              ; 1002ae: 5d
    ret                                  ; 1002af: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebp                             ; 1002b0: 55
    mov ebp, esp                         ; 1002b1: 89 e5
    push 0x200000                        ; 1002b3: 68 00 00 20 00
    call widths                          ; 1002b8: e8 3b ff ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 1002c0: b8 4c 10 10 00
    push 0x1f                            ; 1002c5: 6a 1f
    push 0                               ; 1002c7: 6a 00
    push eax                             ; 1002c9: 50
    call vgaWrite                        ; 1002ca: e8 db fe ff ff
    add esp, 0xc                         ; 1002cf: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002d2: 0f b7 05 00 80 0b 00
    push eax                             ; 1002d9: 50
    call printHex                        ; 1002da: e8 5c fe ff ff
    add esp, 4                           ; 1002df: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002e2: b8 44 10 10 00
    push eax                             ; 1002e7: 50
    call print                           ; 1002e8: e8 93 fd ff ff
    add esp, 4                           ; 1002ed: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002f0: 0f b6 05 06 80 0b 00
    push eax                             ; 1002f7: 50
    call printHex                        ; 1002f8: e8 3e fe ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_3                       ; 100300: b8 40 10 10 00
    push eax                             ; 100305: 50
    call println                         ; 100306: e8 a6 fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 10030e: ba fd 03 00 00
    in al, dx                            ; 100313: ec
    movzx eax, al                        ; 100314: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 100317: 83 e0 20
    movzx eax, al                        ; 10031a: 0f b6 c0
    cmp eax, 0                           ; 10031d: 83 f8 00
    je short .L2                         ; 100320: 74 07
    mov eax, str_6                       ; 100322: b8 54 10 10 00
    jmp short .L3                        ; 100327: eb 05
.L2:
    mov eax, str_7                       ; 100329: b8 64 10 10 00
.L3:
    push eax                             ; 10032e: 50
    call print                           ; 10032f: e8 4c fd ff ff
    add esp, 4                           ; 100334: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_3                       ; 100337: b8 40 10 10 00
    push eax                             ; 10033c: 50
    call println                         ; 10033d: e8 6f fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 100345: 6a 00
    call exit                            ; 100347: e8 52 fe ff ff
    add esp, 4                           ; 10034c: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 10034f: 5d
    ret                                  ; 100350: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100351: 55
    mov ebp, esp                         ; 100352: 89 e5
    push ebx                             ; 100354: 53
    push esi                             ; 100355: 56
    mov eax, [ebp+8]                     ; 100356: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100359: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10035c: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10035f: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100362: 8b 35 00 20 10 00
    push ebx                             ; 100368: 53
    push edx                             ; 100369: 52
    push ecx                             ; 10036a: 51
    push eax                             ; 10036b: 50
    call esi                             ; 10036c: ff d6
    add esp, 0x10                        ; 10036e: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100371: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100372: f4
    jmp short .L2                        ; 100373: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100375: 55
    mov ebp, esp                         ; 100376: 89 e5
    sub esp, 4                           ; 100378: 83 ec 04
    push ebx                             ; 10037b: 53
    push esi                             ; 10037c: 56
    push edi                             ; 10037d: 57
    mov ebx, [ebp+8]                     ; 10037e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100381: 8b 45 0c
    mov [ebp-4], eax                     ; 100384: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100387: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10038a: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 10038d: b8 74 10 10 00
    push eax                             ; 100392: 50
    call print                           ; 100393: e8 e8 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10039b: 56
    call printU32                        ; 10039c: e8 2b fd ff ff
    add esp, 4                           ; 1003a1: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 1003a4: b8 94 10 10 00
    push eax                             ; 1003a9: 50
    call print                           ; 1003aa: e8 d1 fc ff ff
    add esp, 4                           ; 1003af: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003b2: 57
    call printU32                        ; 1003b3: e8 14 fd ff ff
    add esp, 4                           ; 1003b8: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 1003bb: b8 b4 10 10 00
    push eax                             ; 1003c0: 50
    call print                           ; 1003c1: e8 ba fc ff ff
    add esp, 4                           ; 1003c6: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003c9: 53
    call print                           ; 1003ca: e8 b1 fc ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003d2: b8 bc 10 10 00
    push eax                             ; 1003d7: 50
    call print                           ; 1003d8: e8 a3 fc ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003e0: 8b 45 fc
    push eax                             ; 1003e3: 50
    call printU32                        ; 1003e4: e8 e3 fc ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003ec: b8 40 10 10 00
    push eax                             ; 1003f1: 50
    call println                         ; 1003f2: e8 ba fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003fa: 5f
    pop esi                              ; 1003fb: 5e
    pop ebx                              ; 1003fc: 5b
    leave                                ; 1003fd: c9
    ret                                  ; 1003fe: c3

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
