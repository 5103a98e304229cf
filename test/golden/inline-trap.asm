; tskc 0.1.0 listing of test/golden/inline-trap.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 c8 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 9c 00 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000df: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000e0: f4
    jmp short .L2                        ; 1000e1: eb fd

main:
    xor eax, eax                         ; 1000e3: 31 c0
.L7:
    ; test/golden/inline-trap.ts:17: for (let i = 0; i < 8; i++) table[i] = u32(i * 3);
    imul ecx, eax, 3                     ; 1000e5: 6b c8 03
    mov [eax*4+table+4], ecx             ; 1000e8: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1000ef: 83 c0 01
    cmp eax, 8                           ; 1000f2: 83 f8 08
    jl short .L7                         ; 1000f5: 7c ee
    xor eax, eax                         ; 1000f7: 31 c0
    xor ecx, ecx                         ; 1000f9: 31 c9
.L17:
    ; test/golden/inline-trap.ts:13: return table[i]; // line 13: traps at i = 8
    cmp ecx, 8                           ; 1000fb: 83 f9 08
    jae short .L19                       ; 1000fe: 73 41
    ; test/golden/inline-trap.ts:20: sum += get(i);
    add eax, [ecx*4+table+4]             ; 100100: 03 04 8d 04 30 10 00
    ; test/golden/inline-trap.ts:21: hits = u32(i);
    mov [hits], ecx                      ; 100107: 89 0d 24 30 10 00
    ; test/golden/inline-trap.ts:19: for (let i = 0; i < 10; i++) {
    add ecx, 1                           ; 10010d: 83 c1 01
    cmp ecx, 0xa                         ; 100110: 83 f9 0a
    jl short .L17                        ; 100113: 7c e6
    ; test/golden/inline-trap.ts:23: printU32(sum);
    push eax                             ; 100115: 50
    call printU32                        ; 100116: e8 84 ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; test/golden/inline-trap.ts:24: println("");
    mov eax, str_3                       ; 10011e: b8 20 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100123: 50
    call print                           ; 100124: e8 51 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10012c: 6a 0a
    call putc                            ; 10012e: e8 18 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; test/golden/inline-trap.ts:25: exit(0);
    push 0                               ; 100136: 6a 00
    call exit                            ; 100138: e8 9c ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; test/golden/inline-trap.ts:26: }
    ret                                  ; 100140: c3
.L19:
    ; test/golden/inline-trap.ts:13: return table[i]; // line 13: traps at i = 8
    push 8                               ; 100141: 6a 08
    push ecx                             ; 100143: 51
    push 0xd                             ; 100144: 6a 0d
    push str_2                           ; 100146: 68 00 10 10 00
    call boundsTrap                      ; 10014b: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100150: 53
    push esi                             ; 100151: 56
    mov esi, [esp+0xc]                   ; 100152: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100156: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10015a: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10015e: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100162: a1 00 20 10 00
    push ecx                             ; 100167: 51
    push edx                             ; 100168: 52
    push ebx                             ; 100169: 53
    push esi                             ; 10016a: 56
    call eax                             ; 10016b: ff d0
    add esp, 0x10                        ; 10016d: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100170: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100171: f4
    jmp short .L2                        ; 100172: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100174: 53
    push esi                             ; 100175: 56
    push edi                             ; 100176: 57
    mov ebx, [esp+0x14]                  ; 100177: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10017b: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10017f: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_4                       ; 100183: b8 24 10 10 00
    push eax                             ; 100188: 50
    call print                           ; 100189: e8 ec fe ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100191: 57
    call printU32                        ; 100192: e8 08 ff ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_5                       ; 10019a: b8 44 10 10 00
    push eax                             ; 10019f: 50
    call print                           ; 1001a0: e8 d5 fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001a8: 56
    call printU32                        ; 1001a9: e8 f1 fe ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_6                       ; 1001b1: b8 64 10 10 00
    push eax                             ; 1001b6: 50
    call print                           ; 1001b7: e8 be fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001bf: ff 74 24 10
    call print                           ; 1001c3: e8 b2 fe ff ff
    add esp, 4                           ; 1001c8: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_7                       ; 1001cb: b8 6c 10 10 00
    push eax                             ; 1001d0: 50
    call print                           ; 1001d1: e8 a4 fe ff ff
    add esp, 4                           ; 1001d6: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001d9: 53
    call printU32                        ; 1001da: e8 c0 fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1001e2: b8 20 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001e7: 50
    call print                           ; 1001e8: e8 8d fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f0: 6a 0a
    call putc                            ; 1001f2: e8 54 fe ff ff
    add esp, 4                           ; 1001f7: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001fa: 6a 65
    call exit                            ; 1001fc: e8 d8 fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100204: 5f
    pop esi                              ; 100205: 5e
    pop ebx                              ; 100206: 5b
    ret                                  ; 100207: c3

__tskc_init:
    mov dword [table], 8                 ; 100208: c7 05 00 30 10 00 08 00 00 00
    ret                                  ; 100212: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "test/golden/inline-trap.ts"
    db 0x1a, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x69, 0x6e, 0x6c, 0x69, 0x6e, 0x65, 0x2d, 0x74, 0x72, 0x61, 0x70, 0x2e, 0x74, 0x73
    times 0x1020 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1024 - ($ - $$) db 0
str_4:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1044 - ($ - $$) db 0
str_5:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1064 - ($ - $$) db 0
str_6:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x106c - ($ - $$) db 0
str_7:  ; ":"
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
__bss_end equ 0x107030
table equ 0x103000  ; StaticArray<u32>(8), 36 bytes
hits equ 0x103024  ; u32, 4 bytes
__stack equ 0x103030  ; boot stack, 16384 bytes
