; tskc 0.1.0 listing of test/golden/narrow.ts
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
    call main                            ; 10003d: e8 a1 01 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013d: 55
    mov ebp, esp                         ; 10013e: 89 e5
    mov eax, [ebp+8]                     ; 100140: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100143: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100145: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100146: f4
    jmp short .L2                        ; 100147: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    sub esp, 4                           ; 10014c: 83 ec 04
    push ebx                             ; 10014f: 53
    push esi                             ; 100150: 56
    push edi                             ; 100151: 57
    mov ebx, [ebp+8]                     ; 100152: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 100155: 8b 75 0c
    mov eax, [ebp+0x10]                  ; 100158: 8b 45 10
    mov [ebp-4], eax                     ; 10015b: 89 45 fc
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    mov eax, ebx                         ; 10015e: 89 d8
    add eax, 1                           ; 100160: 83 c0 01
    movzx eax, al                        ; 100163: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 100166: 50
    call printU32                        ; 100167: e8 62 ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov edi, str_2                       ; 10016f: bf 1c 10 10 00
    push edi                             ; 100174: 57
    call println                         ; 100175: e8 39 ff ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, esi                         ; 10017d: 89 f0
    neg eax                              ; 10017f: f7 d8
    movsx eax, al                        ; 100181: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100184: 50
    call printI32                        ; 100185: e8 81 ff ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    push edi                             ; 10018d: 57
    call println                         ; 10018e: e8 20 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    mov eax, [ebp-4]                     ; 100196: 8b 45 fc
    imul eax, 2                          ; 100199: 6b c0 02
    movzx eax, ax                        ; 10019c: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 10019f: 50
    call printU32                        ; 1001a0: e8 29 ff ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    push edi                             ; 1001a8: 57
    call println                         ; 1001a9: e8 05 ff ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 1001b1: 0f be c3
    push eax                             ; 1001b4: 50
    call printI32                        ; 1001b5: e8 51 ff ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    push edi                             ; 1001bd: 57
    call println                         ; 1001be: e8 f0 fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, [ebp-4]                     ; 1001c6: 8b 45 fc
    movzx eax, al                        ; 1001c9: 0f b6 c0
    push eax                             ; 1001cc: 50
    call printU32                        ; 1001cd: e8 fc fe ff ff
    add esp, 4                           ; 1001d2: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    push edi                             ; 1001d5: 57
    call println                         ; 1001d6: e8 d8 fe ff ff
    add esp, 4                           ; 1001db: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001de: 5f
    pop esi                              ; 1001df: 5e
    pop ebx                              ; 1001e0: 5b
    leave                                ; 1001e1: c9
    ret                                  ; 1001e2: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push ebp                             ; 1001e3: 55
    mov ebp, esp                         ; 1001e4: 89 e5
    push 0x9c40                          ; 1001e6: 68 40 9c 00 00
    push 0xffffff80                      ; 1001eb: 6a 80
    push 0xff                            ; 1001ed: 68 ff 00 00 00
    call bytes                           ; 1001f2: e8 52 ff ff ff
    add esp, 0xc                         ; 1001f7: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001fa: 6a 00
    call exit                            ; 1001fc: e8 3c ff ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/narrow.ts:25: }
    pop ebp                              ; 100204: 5d
    ret                                  ; 100205: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100206: 55
    mov ebp, esp                         ; 100207: 89 e5
    push ebx                             ; 100209: 53
    push esi                             ; 10020a: 56
    mov eax, [ebp+8]                     ; 10020b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10020e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100211: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100214: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100217: 8b 35 00 20 10 00
    push ebx                             ; 10021d: 53
    push edx                             ; 10021e: 52
    push ecx                             ; 10021f: 51
    push eax                             ; 100220: 50
    call esi                             ; 100221: ff d6
    add esp, 0x10                        ; 100223: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100226: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100227: f4
    jmp short .L2                        ; 100228: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10022a: 55
    mov ebp, esp                         ; 10022b: 89 e5
    sub esp, 4                           ; 10022d: 83 ec 04
    push ebx                             ; 100230: 53
    push esi                             ; 100231: 56
    push edi                             ; 100232: 57
    mov ebx, [ebp+8]                     ; 100233: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100236: 8b 45 0c
    mov [ebp-4], eax                     ; 100239: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10023c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10023f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100242: b8 20 10 10 00
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 33 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100250: 56
    call printU32                        ; 100251: e8 78 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100259: b8 40 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 1c fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100267: 57
    call printU32                        ; 100268: e8 61 fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100270: b8 60 10 10 00
    push eax                             ; 100275: 50
    call print                           ; 100276: e8 05 fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10027e: 53
    call print                           ; 10027f: e8 fc fd ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100287: b8 68 10 10 00
    push eax                             ; 10028c: 50
    call print                           ; 10028d: e8 ee fd ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100295: 8b 45 fc
    push eax                             ; 100298: 50
    call printU32                        ; 100299: e8 30 fe ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1002a1: b8 1c 10 10 00
    push eax                             ; 1002a6: 50
    call println                         ; 1002a7: e8 07 fe ff ff
    add esp, 4                           ; 1002ac: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1002af: 5f
    pop esi                              ; 1002b0: 5e
    pop ebx                              ; 1002b1: 5b
    leave                                ; 1002b2: c9
    ret                                  ; 1002b3: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1020 - ($ - $$) db 0
str_3:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1060 - ($ - $$) db 0
str_5:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1068 - ($ - $$) db 0
str_6:  ; ":"
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
