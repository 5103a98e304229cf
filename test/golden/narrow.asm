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
    call main                            ; 10003d: e8 94 01 00 00
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
    movzx eax, al                        ; 100056: 0f b6 c0
    cmp eax, 0                           ; 100059: 83 f8 00
    jne short .L3                        ; 10005c: 75 16
.L2:
    pause                                ; 10005e: f3 90
    mov edx, 0x3fd                       ; 100060: ba fd 03 00 00
    in al, dx                            ; 100065: ec
    movzx eax, al                        ; 100066: 0f b6 c0
    and eax, 0x20                        ; 100069: 83 e0 20
    movzx eax, al                        ; 10006c: 0f b6 c0
    cmp eax, 0                           ; 10006f: 83 f8 00
    je short .L2                         ; 100072: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100074: 89 c8
    mov edx, 0x3f8                       ; 100076: ba f8 03 00 00
    out dx, al                           ; 10007b: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007d: 53
    push esi                             ; 10007e: 56
    mov esi, [esp+0xc]                   ; 10007f: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100083: bb 00 00 00 00
    mov eax, [esi]                       ; 100088: 8b 06
    cmp ebx, eax                         ; 10008a: 39 c3
    jge short .L4                        ; 10008c: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 10008e: 0f b6 44 1e 04
    movzx eax, al                        ; 100093: 0f b6 c0
    push eax                             ; 100096: 50
    call putc                            ; 100097: e8 aa ff ff ff
    add esp, 4                           ; 10009c: 83 c4 04
    add ebx, 1                           ; 10009f: 83 c3 01
    mov eax, [esi]                       ; 1000a2: 8b 06
    cmp ebx, eax                         ; 1000a4: 39 c3
    jl short .L2                         ; 1000a6: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a8: 5e
    pop ebx                              ; 1000a9: 5b
    ret                                  ; 1000aa: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000ab: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000af: 50
    call print                           ; 1000b0: e8 c8 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b8: 6a 0a
    call putc                            ; 1000ba: e8 87 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c3: 53
    mov ebx, [esp+8]                     ; 1000c4: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c8: 83 fb 0a
    jb short .L2                         ; 1000cb: 72 14
    mov ecx, 0xa                         ; 1000cd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d2: 89 d8
    xor edx, edx                         ; 1000d4: 31 d2
    div ecx                              ; 1000d6: f7 f1
    push eax                             ; 1000d8: 50
    call printU32                        ; 1000d9: e8 e5 ff ff ff
    add esp, 4                           ; 1000de: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e6: 89 d8
    xor edx, edx                         ; 1000e8: 31 d2
    div ecx                              ; 1000ea: f7 f1
    add edx, 0x30                        ; 1000ec: 83 c2 30
    movzx eax, dl                        ; 1000ef: 0f b6 c2
    push eax                             ; 1000f2: 50
    call putc                            ; 1000f3: e8 4e ff ff ff
    add esp, 4                           ; 1000f8: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000fb: 5b
    ret                                  ; 1000fc: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000fd: 53
    mov ebx, [esp+8]                     ; 1000fe: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100102: 83 fb 00
    jge short .L2                        ; 100105: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 38 ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100111: f7 db
    push ebx                             ; 100113: 53
    call printU32                        ; 100114: e8 aa ff ff ff
    add esp, 4                           ; 100119: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011c: 5b
    ret                                  ; 10011d: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011e: 53
    call printU32                        ; 10011f: e8 9f ff ff ff
    add esp, 4                           ; 100124: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100127: 5b
    ret                                  ; 100128: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100129: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100130: f4
    jmp short .L2                        ; 100131: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebx                             ; 100133: 53
    push esi                             ; 100134: 56
    push edi                             ; 100135: 57
    mov ebx, [esp+0x10]                  ; 100136: 8b 5c 24 10
    mov edi, [esp+0x14]                  ; 10013a: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 10013e: 8b 74 24 18
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    mov eax, ebx                         ; 100142: 89 d8
    add eax, 1                           ; 100144: 83 c0 01
    movzx eax, al                        ; 100147: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10014a: 50
    call printU32                        ; 10014b: e8 73 ff ff ff
    add esp, 4                           ; 100150: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov eax, str_2                       ; 100153: b8 1c 10 10 00
    push eax                             ; 100158: 50
    call println                         ; 100159: e8 4d ff ff ff
    add esp, 4                           ; 10015e: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, edi                         ; 100161: 89 f8
    neg eax                              ; 100163: f7 d8
    movsx eax, al                        ; 100165: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100168: 50
    call printI32                        ; 100169: e8 8f ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    mov eax, str_2                       ; 100171: b8 1c 10 10 00
    push eax                             ; 100176: 50
    call println                         ; 100177: e8 2f ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, esi, 2                     ; 10017f: 6b c6 02
    movzx eax, ax                        ; 100182: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 100185: 50
    call printU32                        ; 100186: e8 38 ff ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    mov eax, str_2                       ; 10018e: b8 1c 10 10 00
    push eax                             ; 100193: 50
    call println                         ; 100194: e8 12 ff ff ff
    add esp, 4                           ; 100199: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 10019c: 0f be c3
    push eax                             ; 10019f: 50
    call printI32                        ; 1001a0: e8 58 ff ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    mov eax, str_2                       ; 1001a8: b8 1c 10 10 00
    push eax                             ; 1001ad: 50
    call println                         ; 1001ae: e8 f8 fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, esi                         ; 1001b6: 89 f0
    movzx eax, al                        ; 1001b8: 0f b6 c0
    push eax                             ; 1001bb: 50
    call printU32                        ; 1001bc: e8 02 ff ff ff
    add esp, 4                           ; 1001c1: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    mov eax, str_2                       ; 1001c4: b8 1c 10 10 00
    push eax                             ; 1001c9: 50
    call println                         ; 1001ca: e8 dc fe ff ff
    add esp, 4                           ; 1001cf: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001d2: 5f
    pop esi                              ; 1001d3: 5e
    pop ebx                              ; 1001d4: 5b
    ret                                  ; 1001d5: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push 0x9c40                          ; 1001d6: 68 40 9c 00 00
    push 0xffffff80                      ; 1001db: 6a 80
    push 0xff                            ; 1001dd: 68 ff 00 00 00
    call bytes                           ; 1001e2: e8 4c ff ff ff
    add esp, 0xc                         ; 1001e7: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001ea: 6a 00
    call exit                            ; 1001ec: e8 38 ff ff ff
    add esp, 4                           ; 1001f1: 83 c4 04
    ; test/golden/narrow.ts:25: }
    ret                                  ; 1001f4: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001f5: 53
    push esi                             ; 1001f6: 56
    mov esi, [esp+0xc]                   ; 1001f7: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001fb: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001ff: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100203: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100207: a1 00 20 10 00
    push ecx                             ; 10020c: 51
    push edx                             ; 10020d: 52
    push ebx                             ; 10020e: 53
    push esi                             ; 10020f: 56
    call eax                             ; 100210: ff d0
    add esp, 0x10                        ; 100212: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100215: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100216: f4
    jmp short .L2                        ; 100217: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100219: 53
    push esi                             ; 10021a: 56
    push edi                             ; 10021b: 57
    mov ebx, [esp+0x14]                  ; 10021c: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100220: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100224: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100228: b8 20 10 10 00
    push eax                             ; 10022d: 50
    call print                           ; 10022e: e8 4a fe ff ff
    add esp, 4                           ; 100233: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100236: 57
    call printU32                        ; 100237: e8 87 fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 10023f: b8 40 10 10 00
    push eax                             ; 100244: 50
    call print                           ; 100245: e8 33 fe ff ff
    add esp, 4                           ; 10024a: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10024d: 56
    call printU32                        ; 10024e: e8 70 fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100256: b8 60 10 10 00
    push eax                             ; 10025b: 50
    call print                           ; 10025c: e8 1c fe ff ff
    add esp, 4                           ; 100261: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100264: ff 74 24 10
    call print                           ; 100268: e8 10 fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100270: b8 68 10 10 00
    push eax                             ; 100275: 50
    call print                           ; 100276: e8 02 fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10027e: 53
    call printU32                        ; 10027f: e8 3f fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100287: b8 1c 10 10 00
    push eax                             ; 10028c: 50
    call println                         ; 10028d: e8 19 fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100295: 5f
    pop esi                              ; 100296: 5e
    pop ebx                              ; 100297: 5b
    ret                                  ; 100298: c3

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
