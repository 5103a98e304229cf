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
    call main                            ; 10003d: e8 1c 01 00 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100100: 53
    push esi                             ; 100101: 56
    mov esi, [esp+0xc]                   ; 100102: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100106: b8 00 10 10 00
    push eax                             ; 10010b: 50
    call print                           ; 10010c: e8 64 ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    mov ebx, 0x1c                        ; 100114: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100119: 89 f0
    shr eax, 0x1c                        ; 10011b: c1 e8 1c
    and eax, 0xf                         ; 10011e: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100121: 83 f8 0a
    jb short .L5                         ; 100124: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 100126: 8d 40 57
    jmp short .L7                        ; 100129: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 10012b: 8d 40 30
.L7:
    movzx eax, al                        ; 10012e: 0f b6 c0
    push eax                             ; 100131: 50
    call putc                            ; 100132: e8 0f ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 10013a: 85 db
    je short .L4                         ; 10013c: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 10013e: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100141: 89 f0
    mov ecx, ebx                         ; 100143: 89 d9
    shr eax, cl                          ; 100145: d3 e8
    and eax, 0xf                         ; 100147: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10014a: 83 f8 0a
    jb short .L5                         ; 10014d: 72 dc
    jmp short .L6                        ; 10014f: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100151: 5e
    pop ebx                              ; 100152: 5b
    ret                                  ; 100153: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100154: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100158: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10015a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10015b: f4
    jmp short .L2                        ; 10015c: eb fd

main:
    ; test/golden/memory.ts:17: store<u32>(at, 0x80c0ffee);
    push ebx                             ; 10015e: 53
    push esi                             ; 10015f: 56
    mov dword [0x200000], 0x80c0ffee     ; 100160: c7 05 00 00 20 00 ee ff c0 80
    ; test/golden/memory.ts:18: printHex(load<u32>(at));
    mov eax, [0x200000]                  ; 10016a: a1 00 00 20 00
    push eax                             ; 10016f: 50
    call printHex                        ; 100170: e8 8b ff ff ff
    add esp, 4                           ; 100175: 83 c4 04
    ; test/golden/memory.ts:19: println("");
    mov ebx, str_3                       ; 100178: bb 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10017d: 53
    call print                           ; 10017e: e8 f2 fe ff ff
    add esp, 4                           ; 100183: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100186: 6a 0a
    call putc                            ; 100188: e8 b9 fe ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; test/golden/memory.ts:20: printI32(load<i8>(at, 3));
    movsx eax, byte [0x200003]           ; 100190: 0f be 05 03 00 20 00
    push eax                             ; 100197: 50
    call printI32                        ; 100198: e8 37 ff ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; test/golden/memory.ts:21: print(" ");
    mov esi, str_4                       ; 1001a0: be 0c 10 10 00
    push esi                             ; 1001a5: 56
    call print                           ; 1001a6: e8 ca fe ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/memory.ts:22: printI32(i32(load<u8>(at, 3)));
    movzx eax, byte [0x200003]           ; 1001ae: 0f b6 05 03 00 20 00
    push eax                             ; 1001b5: 50
    call printI32                        ; 1001b6: e8 19 ff ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; test/golden/memory.ts:23: print(" ");
    push esi                             ; 1001be: 56
    call print                           ; 1001bf: e8 b1 fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; test/golden/memory.ts:24: printI32(load<i16>(at, 2));
    movsx eax, word [0x200002]           ; 1001c7: 0f bf 05 02 00 20 00
    push eax                             ; 1001ce: 50
    call printI32                        ; 1001cf: e8 00 ff ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; test/golden/memory.ts:25: print(" ");
    push esi                             ; 1001d7: 56
    call print                           ; 1001d8: e8 98 fe ff ff
    add esp, 4                           ; 1001dd: 83 c4 04
    ; test/golden/memory.ts:26: printI32(i32(load<u16>(at, 2)));
    movzx eax, word [0x200002]           ; 1001e0: 0f b7 05 02 00 20 00
    push eax                             ; 1001e7: 50
    call printI32                        ; 1001e8: e8 e7 fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1001f0: 53
    call print                           ; 1001f1: e8 7f fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f9: 6a 0a
    call putc                            ; 1001fb: e8 46 fe ff ff
    add esp, 4                           ; 100200: 83 c4 04
    ; test/golden/memory.ts:28: store<u8>(at, 0x7f, 1);
    mov byte [0x200001], 0x7f            ; 100203: c6 05 01 00 20 00 7f
    ; test/golden/memory.ts:29: store<u16>(at, 0xbeef, 2);
    mov word [0x200002], 0xbeef          ; 10020a: 66 c7 05 02 00 20 00 ef be
    ; test/golden/memory.ts:30: printHex(load<u32>(at));
    mov eax, [0x200000]                  ; 100213: a1 00 00 20 00
    push eax                             ; 100218: 50
    call printHex                        ; 100219: e8 e2 fe ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100221: 53
    call print                           ; 100222: e8 4e fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10022a: 6a 0a
    call putc                            ; 10022c: e8 15 fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; test/golden/memory.ts:36: vgaWrite("tskc", 0, 0x1f);
    mov edx, str_5                       ; 100234: ba 14 10 10 00
    xor ecx, ecx                         ; 100239: 31 c9
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    cmp dword [edx], 0                   ; 10023b: 83 3a 00
    jle short .L18                       ; 10023e: 7e 1c
.L25:
    ; test/golden/memory.ts:11: const cell: u16 = u16(text.charCodeAt(i)) | (u16(color) << 8);
    movzx eax, byte [edx+ecx+4]          ; 100240: 0f b6 44 0a 04
    or eax, 0x1f00                       ; 100245: 0d 00 1f 00 00
    movzx eax, ax                        ; 10024a: 0f b7 c0
    ; test/golden/memory.ts:12: store<u16>(VGA + (row * 80 + u32(i)) * 2, cell);
    mov [ecx+ecx+0xb8000], ax            ; 10024d: 66 89 84 09 00 80 0b 00
    ; test/golden/memory.ts:10: for (let i = 0; i < text.length; i++) {
    add ecx, 1                           ; 100255: 83 c1 01
    cmp ecx, [edx]                       ; 100258: 3b 0a
    jl short .L25                        ; 10025a: 7c e4
.L18:
    ; test/golden/memory.ts:37: printHex(u32(load<u16>(VGA)));
    movzx eax, word [0xb8000]            ; 10025c: 0f b7 05 00 80 0b 00
    push eax                             ; 100263: 50
    call printHex                        ; 100264: e8 97 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/memory.ts:38: print(" ");
    push esi                             ; 10026c: 56
    call print                           ; 10026d: e8 03 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/memory.ts:39: printHex(u32(load<u8>(VGA, 6)));
    movzx eax, byte [0xb8006]            ; 100275: 0f b6 05 06 80 0b 00
    push eax                             ; 10027c: 50
    call printHex                        ; 10027d: e8 7e fe ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100285: 53
    call print                           ; 100286: e8 ea fd ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10028e: 6a 0a
    call putc                            ; 100290: e8 b1 fd ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/memory.ts:41: const lineStatus = inb(0x3fd);
    mov edx, 0x3fd                       ; 100298: ba fd 03 00 00
    in al, dx                            ; 10029d: ec
    movzx eax, al                        ; 10029e: 0f b6 c0
    ; test/golden/memory.ts:42: print((lineStatus & 0x20) != 0 ? "COM1 ready" : "COM1 busy");
    and eax, 0x20                        ; 1002a1: 83 e0 20
    test eax, eax                        ; 1002a4: 85 c0
    je short .L2                         ; 1002a6: 74 07
    mov eax, str_6                       ; 1002a8: b8 1c 10 10 00
    jmp short .L3                        ; 1002ad: eb 05
.L2:
    mov eax, str_7                       ; 1002af: b8 2c 10 10 00
.L3:
    push eax                             ; 1002b4: 50
    call print                           ; 1002b5: e8 bb fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002bd: 53
    call print                           ; 1002be: e8 b2 fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002c6: 6a 0a
    call putc                            ; 1002c8: e8 79 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/memory.ts:44: exit(0);
    push 0                               ; 1002d0: 6a 00
    call exit                            ; 1002d2: e8 7d fe ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/memory.ts:45: }
    pop esi                              ; 1002da: 5e
    pop ebx                              ; 1002db: 5b
    ret                                  ; 1002dc: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_4:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1014 - ($ - $$) db 0
str_5:  ; "tskc"
    db 0x4, 0x0, 0x0, 0x0, 0x74, 0x73, 0x6b, 0x63
    times 0x101c - ($ - $$) db 0
str_6:  ; "COM1 ready"
    db 0xa, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x72, 0x65, 0x61, 0x64, 0x79
    times 0x102c - ($ - $$) db 0
str_7:  ; "COM1 busy"
    db 0x9, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31, 0x20, 0x62, 0x75, 0x73, 0x79

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
