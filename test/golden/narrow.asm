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
    call main                            ; 10003d: e8 6d 01 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011a: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100120: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100121: f4
    jmp short .L2                        ; 100122: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebx                             ; 100124: 53
    push esi                             ; 100125: 56
    push edi                             ; 100126: 57
    mov edi, [esp+0x10]                  ; 100127: 8b 7c 24 10
    mov ebx, [esp+0x18]                  ; 10012b: 8b 5c 24 18
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    lea eax, [edi+1]                     ; 10012f: 8d 47 01
    movzx eax, al                        ; 100132: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 100135: 50
    call printU32                        ; 100136: e8 7a ff ff ff
    add esp, 4                           ; 10013b: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov esi, str_2                       ; 10013e: be 1c 10 10 00
    push esi                             ; 100143: 56
    call println                         ; 100144: e8 54 ff ff ff
    add esp, 4                           ; 100149: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, [esp+0x14]                  ; 10014c: 8b 44 24 14
    neg eax                              ; 100150: f7 d8
    movsx eax, al                        ; 100152: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100155: 50
    call printI32                        ; 100156: e8 94 ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    push esi                             ; 10015e: 56
    call println                         ; 10015f: e8 39 ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, ebx, 2                     ; 100167: 6b c3 02
    movzx eax, ax                        ; 10016a: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 10016d: 50
    call printU32                        ; 10016e: e8 42 ff ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    push esi                             ; 100176: 56
    call println                         ; 100177: e8 21 ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    mov eax, edi                         ; 10017f: 89 f8
    movsx eax, al                        ; 100181: 0f be c0
    push eax                             ; 100184: 50
    call printI32                        ; 100185: e8 65 ff ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    push esi                             ; 10018d: 56
    call println                         ; 10018e: e8 0a ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    movzx eax, bl                        ; 100196: 0f b6 c3
    push eax                             ; 100199: 50
    call printU32                        ; 10019a: e8 16 ff ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    push esi                             ; 1001a2: 56
    call println                         ; 1001a3: e8 f5 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001ab: 5f
    pop esi                              ; 1001ac: 5e
    pop ebx                              ; 1001ad: 5b
    ret                                  ; 1001ae: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push 0x9c40                          ; 1001af: 68 40 9c 00 00
    push 0xffffff80                      ; 1001b4: 6a 80
    push 0xff                            ; 1001b6: 68 ff 00 00 00
    call bytes                           ; 1001bb: e8 64 ff ff ff
    add esp, 0xc                         ; 1001c0: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001c3: 6a 00
    call exit                            ; 1001c5: e8 50 ff ff ff
    add esp, 4                           ; 1001ca: 83 c4 04
    ; test/golden/narrow.ts:25: }
    ret                                  ; 1001cd: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001ce: 53
    push esi                             ; 1001cf: 56
    mov esi, [esp+0xc]                   ; 1001d0: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001d4: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001d8: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001dc: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001e0: a1 00 20 10 00
    push ecx                             ; 1001e5: 51
    push edx                             ; 1001e6: 52
    push ebx                             ; 1001e7: 53
    push esi                             ; 1001e8: 56
    call eax                             ; 1001e9: ff d0
    add esp, 0x10                        ; 1001eb: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1001ee: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1001ef: f4
    jmp short .L2                        ; 1001f0: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001f2: 53
    push esi                             ; 1001f3: 56
    push edi                             ; 1001f4: 57
    mov ebx, [esp+0x14]                  ; 1001f5: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001f9: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001fd: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100201: b8 20 10 10 00
    push eax                             ; 100206: 50
    call print                           ; 100207: e8 69 fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10020f: 57
    call printU32                        ; 100210: e8 a0 fe ff ff
    add esp, 4                           ; 100215: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 100218: b8 40 10 10 00
    push eax                             ; 10021d: 50
    call print                           ; 10021e: e8 52 fe ff ff
    add esp, 4                           ; 100223: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100226: 56
    call printU32                        ; 100227: e8 89 fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 10022f: b8 60 10 10 00
    push eax                             ; 100234: 50
    call print                           ; 100235: e8 3b fe ff ff
    add esp, 4                           ; 10023a: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10023d: ff 74 24 10
    call print                           ; 100241: e8 2f fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 100249: b8 68 10 10 00
    push eax                             ; 10024e: 50
    call print                           ; 10024f: e8 21 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100257: 53
    call printU32                        ; 100258: e8 58 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 100260: b8 1c 10 10 00
    push eax                             ; 100265: 50
    call println                         ; 100266: e8 32 fe ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10026e: 6a 65
    call exit                            ; 100270: e8 a5 fe ff ff
    add esp, 4                           ; 100275: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100278: 5f
    pop esi                              ; 100279: 5e
    pop ebx                              ; 10027a: 5b
    ret                                  ; 10027b: c3

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
