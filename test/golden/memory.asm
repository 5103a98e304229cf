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
    call main                            ; 10003d: e8 2a 02 00 00
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
    push edi                             ; 100077: 57
    mov edi, [esp+0x10]                  ; 100078: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 10007c: 8b 37
    xor ebx, ebx                         ; 10007e: 31 db
    cmp ebx, esi                         ; 100080: 39 f3
    jge short .L4                        ; 100082: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100084: 0f b6 44 1f 04
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add ebx, 1                           ; 100092: 83 c3 01
    cmp ebx, esi                         ; 100095: 39 f3
    jl short .L7                         ; 100097: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    ret                                  ; 10009c: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009d: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 ce ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b4: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b5: 53
    mov ebx, [esp+8]                     ; 1000b6: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000ba: 83 fb 0a
    jb short .L2                         ; 1000bd: 72 14
    mov ecx, 0xa                         ; 1000bf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c4: 89 d8
    xor edx, edx                         ; 1000c6: 31 d2
    div ecx                              ; 1000c8: f7 f1
    push eax                             ; 1000ca: 50
    call printU32                        ; 1000cb: e8 e5 ff ff ff
    add esp, 4                           ; 1000d0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d8: 89 d8
    xor edx, edx                         ; 1000da: 31 d2
    div ecx                              ; 1000dc: f7 f1
    lea eax, [edx+0x30]                  ; 1000de: 8d 42 30
    movzx eax, al                        ; 1000e1: 0f b6 c0
    push eax                             ; 1000e4: 50
    call putc                            ; 1000e5: e8 5c ff ff ff
    add esp, 4                           ; 1000ea: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ed: 5b
    ret                                  ; 1000ee: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000ef: 53
    mov ebx, [esp+8]                     ; 1000f0: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f4: 85 db
    jge short .L2                        ; 1000f6: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f8: 6a 2d
    call putc                            ; 1000fa: e8 47 ff ff ff
    add esp, 4                           ; 1000ff: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100102: f7 db
    push ebx                             ; 100104: 53
    call printU32                        ; 100105: e8 ab ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010d: 5b
    ret                                  ; 10010e: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010f: 53
    call printU32                        ; 100110: e8 a0 ff ff ff
    add esp, 4                           ; 100115: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100118: 5b
    ret                                  ; 100119: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 10011a: 53
    push esi                             ; 10011b: 56
    mov esi, [esp+0xc]                   ; 10011c: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100120: b8 1c 10 10 00
    push eax                             ; 100125: 50
    call print                           ; 100126: e8 4a ff ff ff
    add esp, 4                           ; 10012b: 83 c4 04
    mov ebx, 0x1c                        ; 10012e: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100133: 89 f0
    mov ecx, ebx                         ; 100135: 89 d9
    shr eax, cl                          ; 100137: d3 e8
    and eax, 0xf                         ; 100139: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10013c: 83 f8 0a
    jb short .L5                         ; 10013f: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 100141: 8d 40 57
    jmp short .L7                        ; 100144: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100146: 8d 40 30
.L7:
    movzx eax, al                        ; 100149: 0f b6 c0
    push eax                             ; 10014c: 50
    call putc                            ; 10014d: e8 f4 fe ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100155: 85 db
    je short .L4                         ; 100157: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100159: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10015c: 89 f0
    mov ecx, ebx                         ; 10015e: 89 d9
    shr eax, cl                          ; 100160: d3 e8
    and eax, 0xf                         ; 100162: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100165: 83 f8 0a
    jb short .L5                         ; 100168: 72 dc
    jmp short .L6                        ; 10016a: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10016c: 5e
    pop ebx                              ; 10016d: 5b
    ret                                  ; 10016e: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10016f: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100173: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100175: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100176: f4
    jmp short .L2                        ; 100177: eb fd

vgaWrite:
    ; test/golden/memory.ts:9: function vgaWrite(text: string, row: u32, color: u8): void {
    push ebx                             ; 100179: 53
    push esi                             ; 10017a: 56
    push edi                             ; 10017b: 57
    sub esp, 4                           ; 10017c: 83 ec 04
    mov esi, [esp+0x14]                  ; 10017f: 8b 74 24 14
    mov ecx, [esp+0x18]                  ; 100183: 8b 4c 24 18
    mov eax, [esp+0x1c]                  ; 100187: 8b 44 24 1c
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    mov edx, [esi]                       ; 10018b: 8b 16
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    shl eax, 8                           ; 10018d: c1 e0 08
    movzx eax, ax                        ; 100190: 0f b7 c0
    mov [esp], eax                       ; 100193: 89 04 24
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    imul ebx, ecx, 0x50                  ; 100196: 6b d9 50
    xor ecx, ecx                         ; 100199: 31 c9
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    cmp ecx, edx                         ; 10019b: 39 d1
    jge short .L4                        ; 10019d: 7d 21
.L7:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx eax, byte [esi+ecx+4]          ; 10019f: 0f b6 44 0e 04
    or eax, [esp]                        ; 1001a4: 0b 04 24
    movzx eax, ax                        ; 1001a7: 0f b7 c0
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    lea edi, [ebx+ecx]                   ; 1001aa: 8d 3c 0b
    imul edi, 2                          ; 1001ad: 6b ff 02
    lea edi, [edi+0xb8000]               ; 1001b0: 8d bf 00 80 0b 00
    mov [edi], ax                        ; 1001b6: 66 89 07
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ecx, 1                           ; 1001b9: 83 c1 01
    cmp ecx, edx                         ; 1001bc: 39 d1
    jl short .L7                         ; 1001be: 7c df
.L4:
    ; test/golden/memory.ts:14: }
    add esp, 4                           ; 1001c0: 83 c4 04
    pop edi                              ; 1001c3: 5f
    pop esi                              ; 1001c4: 5e
    pop ebx                              ; 1001c5: 5b
    ret                                  ; 1001c6: c3

widths:
    ; test/golden/memory.ts:16: function widths(at: usize): void {
    push ebx                             ; 1001c7: 53
    push esi                             ; 1001c8: 56
    push edi                             ; 1001c9: 57
    mov esi, [esp+0x10]                  ; 1001ca: 8b 74 24 10
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    mov dword [esi], 0x80c0ffee          ; 1001ce: c7 06 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [esi]                       ; 1001d4: 8b 06
    push eax                             ; 1001d6: 50
    call printHex                        ; 1001d7: e8 3e ff ff ff
    add esp, 4                           ; 1001dc: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov ebx, str_3                       ; 1001df: bb 40 10 10 00
    push ebx                             ; 1001e4: 53
    call println                         ; 1001e5: e8 b3 fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [esi+3]              ; 1001ed: 0f be 46 03
    push eax                             ; 1001f1: 50
    call printI32                        ; 1001f2: e8 f8 fe ff ff
    add esp, 4                           ; 1001f7: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov edi, str_4                       ; 1001fa: bf 44 10 10 00
    push edi                             ; 1001ff: 57
    call print                           ; 100200: e8 70 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [esi+3]              ; 100208: 0f b6 46 03
    push eax                             ; 10020c: 50
    call printI32                        ; 10020d: e8 dd fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    push edi                             ; 100215: 57
    call print                           ; 100216: e8 5a fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [esi+2]              ; 10021e: 0f bf 46 02
    push eax                             ; 100222: 50
    call printI32                        ; 100223: e8 c7 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    push edi                             ; 10022b: 57
    call print                           ; 10022c: e8 44 fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [esi+2]              ; 100234: 0f b7 46 02
    push eax                             ; 100238: 50
    call printI32                        ; 100239: e8 b1 fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; test/golden/memory.ts:27: println("");
    push ebx                             ; 100241: 53
    call println                         ; 100242: e8 56 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [esi+1], 0x7f               ; 10024a: c6 46 01 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [esi+2], 0xbeef             ; 10024e: 66 c7 46 02 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [esi]                       ; 100254: 8b 06
    push eax                             ; 100256: 50
    call printHex                        ; 100257: e8 be fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/memory.ts:31: println("");
    push ebx                             ; 10025f: 53
    call println                         ; 100260: e8 38 fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/memory.ts:32: }
    pop edi                              ; 100268: 5f
    pop esi                              ; 100269: 5e
    pop ebx                              ; 10026a: 5b
    ret                                  ; 10026b: c3

main:
    ; test/golden/memory.ts:35: widths(SCRATCH);
    push ebx                             ; 10026c: 53
    push 0x200000                        ; 10026d: 68 00 00 20 00
    call widths                          ; 100272: e8 50 ff ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov eax, str_5                       ; 10027a: b8 4c 10 10 00
    push 0x1f                            ; 10027f: 6a 1f
    push 0                               ; 100281: 6a 00
    push eax                             ; 100283: 50
    call vgaWrite                        ; 100284: e8 f0 fe ff ff
    add esp, 0xc                         ; 100289: 83 c4 0c
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 10028c: 0f b7 05 00 80 0b 00
    push eax                             ; 100293: 50
    call printHex                        ; 100294: e8 81 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    mov eax, str_4                       ; 10029c: b8 44 10 10 00
    push eax                             ; 1002a1: 50
    call print                           ; 1002a2: e8 ce fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 1002aa: 0f b6 05 06 80 0b 00
    push eax                             ; 1002b1: 50
    call printHex                        ; 1002b2: e8 63 fe ff ff
    add esp, 4                           ; 1002b7: 83 c4 04
    ; test/golden/memory.ts:40: println("");
    mov ebx, str_3                       ; 1002ba: bb 40 10 10 00
    push ebx                             ; 1002bf: 53
    call println                         ; 1002c0: e8 d8 fd ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 1002c8: ba fd 03 00 00
    in al, dx                            ; 1002cd: ec
    movzx eax, al                        ; 1002ce: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002d1: 83 e0 20
    test eax, eax                        ; 1002d4: 85 c0
    je short .L2                         ; 1002d6: 74 07
    mov eax, str_6                       ; 1002d8: b8 54 10 10 00
    jmp short .L3                        ; 1002dd: eb 05
.L2:
    mov eax, str_7                       ; 1002df: b8 64 10 10 00
.L3:
    push eax                             ; 1002e4: 50
    call print                           ; 1002e5: e8 8b fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/memory.ts:43: println("");
    push ebx                             ; 1002ed: 53
    call println                         ; 1002ee: e8 aa fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 1002f6: 6a 00
    call exit                            ; 1002f8: e8 72 fe ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop ebx                              ; 100300: 5b
    ret                                  ; 100301: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100302: 53
    push esi                             ; 100303: 56
    mov esi, [esp+0xc]                   ; 100304: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100308: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10030c: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100310: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100314: a1 00 20 10 00
    push ecx                             ; 100319: 51
    push edx                             ; 10031a: 52
    push ebx                             ; 10031b: 53
    push esi                             ; 10031c: 56
    call eax                             ; 10031d: ff d0
    add esp, 0x10                        ; 10031f: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100322: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100323: f4
    jmp short .L2                        ; 100324: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100326: 53
    push esi                             ; 100327: 56
    push edi                             ; 100328: 57
    mov ebx, [esp+0x14]                  ; 100329: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10032d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100331: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_8                       ; 100335: b8 74 10 10 00
    push eax                             ; 10033a: 50
    call print                           ; 10033b: e8 35 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100343: 57
    call printU32                        ; 100344: e8 6c fd ff ff
    add esp, 4                           ; 100349: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_9                       ; 10034c: b8 94 10 10 00
    push eax                             ; 100351: 50
    call print                           ; 100352: e8 1e fd ff ff
    add esp, 4                           ; 100357: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10035a: 56
    call printU32                        ; 10035b: e8 55 fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_10                      ; 100363: b8 b4 10 10 00
    push eax                             ; 100368: 50
    call print                           ; 100369: e8 07 fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100371: ff 74 24 10
    call print                           ; 100375: e8 fb fc ff ff
    add esp, 4                           ; 10037a: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_11                      ; 10037d: b8 bc 10 10 00
    push eax                             ; 100382: 50
    call print                           ; 100383: e8 ed fc ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10038b: 53
    call printU32                        ; 10038c: e8 24 fd ff ff
    add esp, 4                           ; 100391: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 100394: b8 40 10 10 00
    push eax                             ; 100399: 50
    call println                         ; 10039a: e8 fe fc ff ff
    add esp, 4                           ; 10039f: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003a2: 6a 65
    call exit                            ; 1003a4: e8 c6 fd ff ff
    add esp, 4                           ; 1003a9: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003ac: 5f
    pop esi                              ; 1003ad: 5e
    pop ebx                              ; 1003ae: 5b
    ret                                  ; 1003af: c3

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
