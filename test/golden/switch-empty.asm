; tskc 0.1.0 listing of test/golden/switch-empty.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 10 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 10 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 04 01 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000fd: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100101: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100103: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100104: f4
    jmp short .L2                        ; 100105: eb fd

f:
    ; test/golden/switch-empty.ts:10: function f(p: u8): void {
    mov eax, [esp+4]                     ; 100107: 8b 44 24 04
    ; test/golden/switch-empty.ts:11: switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
    mov ecx, [g]                         ; 10010b: 8b 0d 00 30 10 00
    cmp ecx, 8                           ; 100111: 83 f9 08
    jae short .L8                        ; 100114: 73 07
    jmp dword [ecx*4+f.switch9]          ; 100116: ff 24 8d 70 10 10 00
.L5:
.L8:
    ; test/golden/switch-empty.ts:12: printU32(p);
    push eax                             ; 10011d: 50
    call printU32                        ; 10011e: e8 a0 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    ; test/golden/switch-empty.ts:13: }
    ret                                  ; 100126: c3

h:
    ; test/golden/switch-empty.ts:15: function h(p: u32): u32 {
    mov eax, [esp+4]                     ; 100127: 8b 44 24 04
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov ecx, [g]                         ; 10012b: 8b 0d 00 30 10 00
    sub ecx, 1                           ; 100131: 83 e9 01
    cmp ecx, 6                           ; 100134: 83 f9 06
    jae short .L7                        ; 100137: 73 0c
    jmp dword [ecx*4+h.switch10]         ; 100139: ff 24 8d 90 10 10 00
.L1:
.L2:
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add eax, 1                           ; 100140: 83 c0 01
.L4:
    ; test/golden/switch-empty.ts:24: return p;
    ret                                  ; 100143: c3
.L6:
    ret                                  ; 100144: c3
.L7:
    ret                                  ; 100145: c3

main:
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    push ebx                             ; 100146: 53
    mov ebx, 0                           ; 100147: bb 00 00 00 00
    cmp ebx, 0xa                         ; 10014c: 83 fb 0a
    jge short .L4                        ; 10014f: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 100151: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100157: 0f b6 c3
    push eax                             ; 10015a: 50
    call f                               ; 10015b: e8 a7 ff ff ff
    add esp, 4                           ; 100160: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 100163: 83 c3 01
    cmp ebx, 0xa                         ; 100166: 83 fb 0a
    jl short .L2                         ; 100169: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov eax, str_2                       ; 10016b: b8 1c 10 10 00
    push eax                             ; 100170: 50
    call println                         ; 100171: e8 35 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    mov ebx, 0                           ; 100179: bb 00 00 00 00
    cmp ebx, 8                           ; 10017e: 83 fb 08
    jge short .L9                        ; 100181: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], ebx                         ; 100183: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 100189: 6a 0a
    call h                               ; 10018b: e8 97 ff ff ff
    add esp, 4                           ; 100190: 83 c4 04
    push eax                             ; 100193: 50
    call printU32                        ; 100194: e8 2a ff ff ff
    add esp, 4                           ; 100199: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add ebx, 1                           ; 10019c: 83 c3 01
    cmp ebx, 8                           ; 10019f: 83 fb 08
    jl short .L7                         ; 1001a2: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    mov eax, str_2                       ; 1001a4: b8 1c 10 10 00
    push eax                             ; 1001a9: 50
    call println                         ; 1001aa: e8 fc fe ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 1001b2: 6a 00
    call exit                            ; 1001b4: e8 44 ff ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop ebx                              ; 1001bc: 5b
    ret                                  ; 1001bd: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001be: 53
    push esi                             ; 1001bf: 56
    mov esi, [esp+0xc]                   ; 1001c0: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001c4: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001c8: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001cc: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001d0: a1 00 20 10 00
    push ecx                             ; 1001d5: 51
    push edx                             ; 1001d6: 52
    push ebx                             ; 1001d7: 53
    push esi                             ; 1001d8: 56
    call eax                             ; 1001d9: ff d0
    add esp, 0x10                        ; 1001db: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001de: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001df: f4
    jmp short .L2                        ; 1001e0: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001e2: 53
    push esi                             ; 1001e3: 56
    push edi                             ; 1001e4: 57
    mov ebx, [esp+0x14]                  ; 1001e5: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001e9: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001ed: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001f1: b8 20 10 10 00
    push eax                             ; 1001f6: 50
    call print                           ; 1001f7: e8 81 fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1001ff: 57
    call printU32                        ; 100200: e8 be fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100208: b8 40 10 10 00
    push eax                             ; 10020d: 50
    call print                           ; 10020e: e8 6a fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100216: 56
    call printU32                        ; 100217: e8 a7 fe ff ff
    add esp, 4                           ; 10021c: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 10021f: b8 60 10 10 00
    push eax                             ; 100224: 50
    call print                           ; 100225: e8 53 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 10022d: ff 74 24 10
    call print                           ; 100231: e8 47 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100239: b8 68 10 10 00
    push eax                             ; 10023e: 50
    call print                           ; 10023f: e8 39 fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100247: 53
    call printU32                        ; 100248: e8 76 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100250: b8 1c 10 10 00
    push eax                             ; 100255: 50
    call println                         ; 100256: e8 50 fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10025e: 5f
    pop esi                              ; 10025f: 5e
    pop ebx                              ; 100260: 5b
    ret                                  ; 100261: c3

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
    times 0x1070 - ($ - $$) db 0
f.switch9:  ; jump table of f
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L5
    dd f.L8
    dd f.L8
    times 0x1090 - ($ - $$) db 0
h.switch10:  ; jump table of h
    dd h.L1
    dd h.L2
    dd h.L3
    dd h.L4
    dd h.L7
    dd h.L6

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
g equ 0x103000  ; i32, 4 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
