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
    call main                            ; 10003d: e8 6a 01 00 00
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
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000ef: 85 c0
    jge short .L2                        ; 1000f1: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f3: 53
    mov ebx, eax                         ; 1000f4: 89 c3
    push 0x2d                            ; 1000f6: 6a 2d
    call putc                            ; 1000f8: e8 49 ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100100: f7 db
    push ebx                             ; 100102: 53
    call printU32                        ; 100103: e8 a9 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010b: 5b
    ret                                  ; 10010c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 9e ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 100116: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100117: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011b: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10011d: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10011e: f4
    jmp short .L2                        ; 10011f: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebx                             ; 100121: 53
    push esi                             ; 100122: 56
    push edi                             ; 100123: 57
    mov edi, [esp+0x10]                  ; 100124: 8b 7c 24 10
    mov ebx, [esp+0x18]                  ; 100128: 8b 5c 24 18
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    lea eax, [edi+1]                     ; 10012c: 8d 47 01
    movzx eax, al                        ; 10012f: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 100132: 50
    call printU32                        ; 100133: e8 79 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov esi, str_2                       ; 10013b: be 1c 10 10 00
    push esi                             ; 100140: 56
    call println                         ; 100141: e8 53 ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, [esp+0x14]                  ; 100149: 8b 44 24 14
    neg eax                              ; 10014d: f7 d8
    movsx eax, al                        ; 10014f: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100152: 50
    call printI32                        ; 100153: e8 93 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    push esi                             ; 10015b: 56
    call println                         ; 10015c: e8 38 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, ebx, 2                     ; 100164: 6b c3 02
    movzx eax, ax                        ; 100167: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 10016a: 50
    call printU32                        ; 10016b: e8 41 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    push esi                             ; 100173: 56
    call println                         ; 100174: e8 20 ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    mov eax, edi                         ; 10017c: 89 f8
    movsx eax, al                        ; 10017e: 0f be c0
    push eax                             ; 100181: 50
    call printI32                        ; 100182: e8 64 ff ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    push esi                             ; 10018a: 56
    call println                         ; 10018b: e8 09 ff ff ff
    add esp, 4                           ; 100190: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    movzx eax, bl                        ; 100193: 0f b6 c3
    push eax                             ; 100196: 50
    call printU32                        ; 100197: e8 15 ff ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    push esi                             ; 10019f: 56
    call println                         ; 1001a0: e8 f4 fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001a8: 5f
    pop esi                              ; 1001a9: 5e
    pop ebx                              ; 1001aa: 5b
    ret                                  ; 1001ab: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push 0x9c40                          ; 1001ac: 68 40 9c 00 00
    push 0xffffff80                      ; 1001b1: 6a 80
    push 0xff                            ; 1001b3: 68 ff 00 00 00
    call bytes                           ; 1001b8: e8 64 ff ff ff
    add esp, 0xc                         ; 1001bd: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001c0: 6a 00
    call exit                            ; 1001c2: e8 50 ff ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/narrow.ts:25: }
    ret                                  ; 1001ca: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001cb: 53
    push esi                             ; 1001cc: 56
    mov esi, [esp+0xc]                   ; 1001cd: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001d1: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001d5: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001d9: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001dd: a1 00 20 10 00
    push ecx                             ; 1001e2: 51
    push edx                             ; 1001e3: 52
    push ebx                             ; 1001e4: 53
    push esi                             ; 1001e5: 56
    call eax                             ; 1001e6: ff d0
    add esp, 0x10                        ; 1001e8: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1001eb: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1001ec: f4
    jmp short .L2                        ; 1001ed: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001ef: 53
    push esi                             ; 1001f0: 56
    push edi                             ; 1001f1: 57
    mov ebx, [esp+0x14]                  ; 1001f2: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001f6: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001fa: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001fe: b8 20 10 10 00
    push eax                             ; 100203: 50
    call print                           ; 100204: e8 6c fe ff ff
    add esp, 4                           ; 100209: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10020c: 57
    call printU32                        ; 10020d: e8 9f fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 100215: b8 40 10 10 00
    push eax                             ; 10021a: 50
    call print                           ; 10021b: e8 55 fe ff ff
    add esp, 4                           ; 100220: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100223: 56
    call printU32                        ; 100224: e8 88 fe ff ff
    add esp, 4                           ; 100229: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 10022c: b8 60 10 10 00
    push eax                             ; 100231: 50
    call print                           ; 100232: e8 3e fe ff ff
    add esp, 4                           ; 100237: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10023a: ff 74 24 10
    call print                           ; 10023e: e8 32 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 100246: b8 68 10 10 00
    push eax                             ; 10024b: 50
    call print                           ; 10024c: e8 24 fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100254: 53
    call printU32                        ; 100255: e8 57 fe ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 10025d: b8 1c 10 10 00
    push eax                             ; 100262: 50
    call println                         ; 100263: e8 31 fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10026b: 6a 65
    call exit                            ; 10026d: e8 a5 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100275: 5f
    pop esi                              ; 100276: 5e
    pop ebx                              ; 100277: 5b
    ret                                  ; 100278: c3

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
