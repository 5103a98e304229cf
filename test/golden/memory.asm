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
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    push ebx                             ; 1000fa: 53
    mov ebx, [ebp+8]                     ; 1000fb: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L2                        ; 100100: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a4 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011c: 53
    call printU32                        ; 10011d: e8 98 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100125: 5b
    pop ebp                              ; 100126: 5d
    ret                                  ; 100127: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100128: 55
    mov ebp, esp                         ; 100129: 89 e5
    push ebx                             ; 10012b: 53
    push esi                             ; 10012c: 56
    push edi                             ; 10012d: 57
    mov ebx, [ebp+8]                     ; 10012e: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100131: b8 1c 10 10 00
    push eax                             ; 100136: 50
    call print                           ; 100137: e8 3c ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013f: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edi, ebx                         ; 100144: 89 df
    mov ecx, esi                         ; 100146: 89 f1
    shr edi, cl                          ; 100148: d3 ef
    and edi, 0xf                         ; 10014a: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10014d: 83 ff 0a
    jb short .L5                         ; 100150: 72 05
.L6:
    lea eax, [edi+0x57]                  ; 100152: 8d 47 57
    jmp short .L7                        ; 100155: eb 03
.L5:
    lea eax, [edi+0x30]                  ; 100157: 8d 47 30
.L7:
    movzx eax, al                        ; 10015a: 0f b6 c0
    push eax                             ; 10015d: 50
    call putc                            ; 10015e: e8 e3 fe ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test esi, esi                        ; 100166: 85 f6
    je short .L4                         ; 100168: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10016a: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edi, ebx                         ; 10016d: 89 df
    mov ecx, esi                         ; 10016f: 89 f1
    shr edi, cl                          ; 100171: d3 ef
    and edi, 0xf                         ; 100173: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100176: 83 ff 0a
    jb short .L5                         ; 100179: 72 dc
    jmp short .L6                        ; 10017b: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 10017d: 5f
    pop esi                              ; 10017e: 5e
    pop ebx                              ; 10017f: 5b
    pop ebp                              ; 100180: 5d
    ret                                  ; 100181: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100182: 55
    mov ebp, esp                         ; 100183: 89 e5
    mov eax, [ebp+8]                     ; 100185: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100188: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10018a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10018b: f4
    jmp short .L2                        ; 10018c: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebp                             ; 10018e: 55
    mov ebp, esp                         ; 10018f: 89 e5
    push ebx                             ; 100191: 53
    push esi                             ; 100192: 56
    push edi                             ; 100193: 57
    mov eax, [ebp+8]                     ; 100194: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100197: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10019a: 8b 55 10
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    xor ebx, ebx                         ; 10019d: 31 db
    cmp ebx, [eax]                       ; 10019f: 3b 18
    jge short .L4                        ; 1001a1: 7d 2b
.L2:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx esi, byte [eax+ebx+4]          ; 1001a3: 0f b6 74 18 04
    mov edi, edx                         ; 1001a8: 89 d7
    shl edi, 8                           ; 1001aa: c1 e7 08
    movzx edi, di                        ; 1001ad: 0f b7 ff
    or esi, edi                          ; 1001b0: 09 fe
    movzx esi, si                        ; 1001b2: 0f b7 f6
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul edi, ecx, 0x50                  ; 1001b5: 6b f9 50
    lea edi, [edi+ebx]                   ; 1001b8: 8d 3c 1f
    imul edi, 2                          ; 1001bb: 6b ff 02
    lea edi, [edi+0xb8000]               ; 1001be: 8d bf 00 80 0b 00
    mov [edi], si                        ; 1001c4: 66 89 37
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ebx, 1                           ; 1001c7: 83 c3 01
    cmp ebx, [eax]                       ; 1001ca: 3b 18
    jl short .L2                         ; 1001cc: 7c d5
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
    call printHex                        ; 1001e3: e8 40 ff ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov eax, str_3                       ; 1001eb: b8 40 10 10 00
    push eax                             ; 1001f0: 50
    call println                         ; 1001f1: e8 a9 fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [ebx+3]              ; 1001f9: 0f be 43 03
    push eax                             ; 1001fd: 50
    call printI32                        ; 1001fe: e8 f4 fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov eax, str_4                       ; 100206: b8 44 10 10 00
    push eax                             ; 10020b: 50
    call print                           ; 10020c: e8 67 fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [ebx+3]              ; 100214: 0f b6 43 03
    push eax                             ; 100218: 50
    call printI32                        ; 100219: e8 d9 fe ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    mov eax, str_4                       ; 100221: b8 44 10 10 00
    push eax                             ; 100226: 50
    call print                           ; 100227: e8 4c fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [ebx+2]              ; 10022f: 0f bf 43 02
    push eax                             ; 100233: 50
    call printI32                        ; 100234: e8 be fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    mov eax, str_4                       ; 10023c: b8 44 10 10 00
    push eax                             ; 100241: 50
    call print                           ; 100242: e8 31 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [ebx+2]              ; 10024a: 0f b7 43 02
    push eax                             ; 10024e: 50
    call printI32                        ; 10024f: e8 a3 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    mov eax, str_3                       ; 100257: b8 40 10 10 00
    push eax                             ; 10025c: 50
    call println                         ; 10025d: e8 3d fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [ebx+1], 0x7f               ; 100265: c6 43 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [ebx+2], 0xbeef             ; 100269: 66 c7 43 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [ebx]                       ; 10026f: 8b 03
    push eax                             ; 100271: 50
    call printHex                        ; 100272: e8 b1 fe ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    mov eax, str_3                       ; 10027a: b8 40 10 10 00
    push eax                             ; 10027f: 50
    call println                         ; 100280: e8 1a fe ff ff
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
    mov eax, str_5                       ; 10029b: b8 4c 10 10 00
    push 0x1f                            ; 1002a0: 6a 1f
    push 0                               ; 1002a2: 6a 00
    push eax                             ; 1002a4: 50
    call vgaWrite                        ; 1002a5: e8 e4 fe ff ff
    add esp, 0xc                         ; 1002aa: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 1002ad: 0f b7 05 00 80 0b 00
    push eax                             ; 1002b4: 50
    call printHex                        ; 1002b5: e8 6e fe ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 1002bd: b8 44 10 10 00
    push eax                             ; 1002c2: 50
    call print                           ; 1002c3: e8 b0 fd ff ff
    add esp, 4                           ; 1002c8: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002cb: 0f b6 05 06 80 0b 00
    push eax                             ; 1002d2: 50
    call printHex                        ; 1002d3: e8 50 fe ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov eax, str_3                       ; 1002db: b8 40 10 10 00
    push eax                             ; 1002e0: 50
    call println                         ; 1002e1: e8 b9 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002e9: ba fd 03 00 00
    in al, dx                            ; 1002ee: ec
    movzx eax, al                        ; 1002ef: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002f2: 83 e0 20
    test eax, eax                        ; 1002f5: 85 c0
    je short .L2                         ; 1002f7: 74 07
    mov eax, str_6                       ; 1002f9: b8 54 10 10 00
    jmp short .L3                        ; 1002fe: eb 05
.L2:
    mov eax, str_7                       ; 100300: b8 64 10 10 00
.L3:
    push eax                             ; 100305: 50
    call print                           ; 100306: e8 6d fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    mov eax, str_3                       ; 10030e: b8 40 10 10 00
    push eax                             ; 100313: 50
    call println                         ; 100314: e8 86 fd ff ff
    add esp, 4                           ; 100319: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 10031c: 6a 00
    call exit                            ; 10031e: e8 5f fe ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebp                              ; 100326: 5d
    ret                                  ; 100327: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100328: 55
    mov ebp, esp                         ; 100329: 89 e5
    push ebx                             ; 10032b: 53
    push esi                             ; 10032c: 56
    mov eax, [ebp+8]                     ; 10032d: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100330: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100333: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100336: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100339: 8b 35 00 20 10 00
    push ebx                             ; 10033f: 53
    push edx                             ; 100340: 52
    push ecx                             ; 100341: 51
    push eax                             ; 100342: 50
    call esi                             ; 100343: ff d6
    add esp, 0x10                        ; 100345: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100348: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100349: f4
    jmp short .L2                        ; 10034a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10034c: 55
    mov ebp, esp                         ; 10034d: 89 e5
    sub esp, 4                           ; 10034f: 83 ec 04
    push ebx                             ; 100352: 53
    push esi                             ; 100353: 56
    push edi                             ; 100354: 57
    mov ebx, [ebp+8]                     ; 100355: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100358: 8b 45 0c
    mov [ebp-4], eax                     ; 10035b: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10035e: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100361: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_8                       ; 100364: b8 74 10 10 00
    push eax                             ; 100369: 50
    call print                           ; 10036a: e8 09 fd ff ff
    add esp, 4                           ; 10036f: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100372: 56
    call printU32                        ; 100373: e8 42 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_9                       ; 10037b: b8 94 10 10 00
    push eax                             ; 100380: 50
    call print                           ; 100381: e8 f2 fc ff ff
    add esp, 4                           ; 100386: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100389: 57
    call printU32                        ; 10038a: e8 2b fd ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_10                      ; 100392: b8 b4 10 10 00
    push eax                             ; 100397: 50
    call print                           ; 100398: e8 db fc ff ff
    add esp, 4                           ; 10039d: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003a0: 53
    call print                           ; 1003a1: e8 d2 fc ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_11                      ; 1003a9: b8 bc 10 10 00
    push eax                             ; 1003ae: 50
    call print                           ; 1003af: e8 c4 fc ff ff
    add esp, 4                           ; 1003b4: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003b7: 8b 45 fc
    push eax                             ; 1003ba: 50
    call printU32                        ; 1003bb: e8 fa fc ff ff
    add esp, 4                           ; 1003c0: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 1003c3: b8 40 10 10 00
    push eax                             ; 1003c8: 50
    call println                         ; 1003c9: e8 d1 fc ff ff
    add esp, 4                           ; 1003ce: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003d1: 5f
    pop esi                              ; 1003d2: 5e
    pop ebx                              ; 1003d3: 5b
    leave                                ; 1003d4: c9
    ret                                  ; 1003d5: c3

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
