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
    call main                            ; 10003d: e8 f0 00 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000ef: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f1: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f2: f4
    jmp short .L2                        ; 1000f3: eb fd

f:
    ; test/golden/switch-empty.ts:10: function f(p: u8): void {
    mov ecx, [esp+4]                     ; 1000f5: 8b 4c 24 04
    ; test/golden/switch-empty.ts:11: switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
    mov eax, [g]                         ; 1000f9: a1 00 30 10 00
    cmp eax, 8                           ; 1000fe: 83 f8 08
    jae short .L8                        ; 100101: 73 07
    jmp dword [eax*4+f.switch9]          ; 100103: ff 24 85 70 10 10 00
.L8:
    ; test/golden/switch-empty.ts:12: printU32(p);
    push ecx                             ; 10010a: 51
    call printU32                        ; 10010b: e8 a1 ff ff ff
    add esp, 4                           ; 100110: 83 c4 04
    ; test/golden/switch-empty.ts:13: }
    ret                                  ; 100113: c3

h:
    ; test/golden/switch-empty.ts:15: function h(p: u32): u32 {
    mov eax, [esp+4]                     ; 100114: 8b 44 24 04
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov ecx, [g]                         ; 100118: 8b 0d 00 30 10 00
    sub ecx, 1                           ; 10011e: 83 e9 01
    cmp ecx, 6                           ; 100121: 83 f9 06
    jae short .L7                        ; 100124: 73 0b
    jmp dword [ecx*4+h.switch10]         ; 100126: ff 24 8d 90 10 10 00
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add eax, 1                           ; 10012d: 83 c0 01
    ; test/golden/switch-empty.ts:24: return p;
    ret                                  ; 100130: c3
.L7:
    ret                                  ; 100131: c3

main:
    push ebx                             ; 100132: 53
    push esi                             ; 100133: 56
    xor ebx, ebx                         ; 100134: 31 db
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    cmp ebx, 0xa                         ; 100136: 83 fb 0a
    jge short .L4                        ; 100139: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 10013b: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100141: 0f b6 c3
    push eax                             ; 100144: 50
    call f                               ; 100145: e8 ab ff ff ff
    add esp, 4                           ; 10014a: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 10014d: 83 c3 01
    cmp ebx, 0xa                         ; 100150: 83 fb 0a
    jl short .L2                         ; 100153: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov esi, str_2                       ; 100155: be 1c 10 10 00
    push esi                             ; 10015a: 56
    call println                         ; 10015b: e8 39 ff ff ff
    add esp, 4                           ; 100160: 83 c4 04
    xor ebx, ebx                         ; 100163: 31 db
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    cmp ebx, 8                           ; 100165: 83 fb 08
    jge short .L9                        ; 100168: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], ebx                         ; 10016a: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 100170: 6a 0a
    call h                               ; 100172: e8 9d ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    push eax                             ; 10017a: 50
    call printU32                        ; 10017b: e8 31 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add ebx, 1                           ; 100183: 83 c3 01
    cmp ebx, 8                           ; 100186: 83 fb 08
    jl short .L7                         ; 100189: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    push esi                             ; 10018b: 56
    call println                         ; 10018c: e8 08 ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 100194: 6a 00
    call exit                            ; 100196: e8 50 ff ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop esi                              ; 10019e: 5e
    pop ebx                              ; 10019f: 5b
    ret                                  ; 1001a0: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001a1: 53
    push esi                             ; 1001a2: 56
    mov esi, [esp+0xc]                   ; 1001a3: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001a7: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001ab: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001af: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001b3: a1 00 20 10 00
    push ecx                             ; 1001b8: 51
    push edx                             ; 1001b9: 52
    push ebx                             ; 1001ba: 53
    push esi                             ; 1001bb: 56
    call eax                             ; 1001bc: ff d0
    add esp, 0x10                        ; 1001be: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1001c1: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1001c2: f4
    jmp short .L2                        ; 1001c3: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001c5: 53
    push esi                             ; 1001c6: 56
    push edi                             ; 1001c7: 57
    mov ebx, [esp+0x14]                  ; 1001c8: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001cc: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001d0: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001d4: b8 20 10 10 00
    push eax                             ; 1001d9: 50
    call print                           ; 1001da: e8 96 fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001e2: 57
    call printU32                        ; 1001e3: e8 c9 fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 1001eb: b8 40 10 10 00
    push eax                             ; 1001f0: 50
    call print                           ; 1001f1: e8 7f fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001f9: 56
    call printU32                        ; 1001fa: e8 b2 fe ff ff
    add esp, 4                           ; 1001ff: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 100202: b8 60 10 10 00
    push eax                             ; 100207: 50
    call print                           ; 100208: e8 68 fe ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100210: ff 74 24 10
    call print                           ; 100214: e8 5c fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 10021c: b8 68 10 10 00
    push eax                             ; 100221: 50
    call print                           ; 100222: e8 4e fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10022a: 53
    call printU32                        ; 10022b: e8 81 fe ff ff
    add esp, 4                           ; 100230: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 100233: b8 1c 10 10 00
    push eax                             ; 100238: 50
    call println                         ; 100239: e8 5b fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100241: 6a 65
    call exit                            ; 100243: e8 a3 fe ff ff
    add esp, 4                           ; 100248: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10024b: 5f
    pop esi                              ; 10024c: 5e
    pop ebx                              ; 10024d: 5b
    ret                                  ; 10024e: c3

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
    dd f.L8
    dd f.L8
    dd f.L8
    times 0x1090 - ($ - $$) db 0
h.switch10:  ; jump table of h
    dd h.L3
    dd h.L3
    dd h.L3
    dd h.L7
    dd h.L7
    dd h.L7

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
