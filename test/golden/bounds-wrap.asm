; tskc 0.1.0 listing of test/golden/bounds-wrap.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 20 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 20 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 dd 01 00 00
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
    push ebx                             ; 1000e3: 53
    xor ebx, ebx                         ; 1000e4: 31 db
.L5:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp ebx, 4                           ; 1000e6: 83 fb 04
    jae short .L16                       ; 1000e9: 73 6b
    mov dword [ebx*4+a+4], 5             ; 1000eb: c7 04 9d 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 1000f6: b8 20 10 10 00
    push eax                             ; 1000fb: 50
    call print                           ; 1000fc: e8 79 ff ff ff
    add esp, 4                           ; 100101: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100104: 85 db
    jge short .L11                       ; 100106: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100108: 6a 2d
    call putc                            ; 10010a: e8 3c ff ff ff
    add esp, 4                           ; 10010f: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100112: f7 db
    push ebx                             ; 100114: 53
    call printU32                        ; 100115: e8 85 ff ff ff
    add esp, 4                           ; 10011a: 83 c4 04
    jmp short .L15                       ; 10011d: eb 09
.L11:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011f: 53
    call printU32                        ; 100120: e8 7a ff ff ff
    add esp, 4                           ; 100125: 83 c4 04
.L15:
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 100128: b8 30 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10012d: 50
    call print                           ; 10012e: e8 47 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100136: 6a 0a
    call putc                            ; 100138: e8 0e ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    mov ebx, 0x80000000                  ; 100140: bb 00 00 00 80
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 100145: 83 fb 04
    jl short .L5                         ; 100148: 7c 9c
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 10014a: 6a 00
    call exit                            ; 10014c: e8 88 ff ff ff
    add esp, 4                           ; 100151: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    pop ebx                              ; 100154: 5b
    ret                                  ; 100155: c3
.L16:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 100156: 6a 04
    push ebx                             ; 100158: 53
    push 0xd                             ; 100159: 6a 0d
    push str_2                           ; 10015b: 68 00 10 10 00
    call boundsTrap                      ; 100160: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100165: 53
    push esi                             ; 100166: 56
    mov esi, [esp+0xc]                   ; 100167: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10016b: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10016f: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100173: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100177: a1 00 20 10 00
    push ecx                             ; 10017c: 51
    push edx                             ; 10017d: 52
    push ebx                             ; 10017e: 53
    push esi                             ; 10017f: 56
    call eax                             ; 100180: ff d0
    add esp, 0x10                        ; 100182: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100185: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100186: f4
    jmp short .L2                        ; 100187: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100189: 53
    push esi                             ; 10018a: 56
    push edi                             ; 10018b: 57
    mov ebx, [esp+0x14]                  ; 10018c: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100190: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100194: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 100198: b8 38 10 10 00
    push eax                             ; 10019d: 50
    call print                           ; 10019e: e8 d7 fe ff ff
    add esp, 4                           ; 1001a3: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001a6: 57
    call printU32                        ; 1001a7: e8 f3 fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 1001af: b8 58 10 10 00
    push eax                             ; 1001b4: 50
    call print                           ; 1001b5: e8 c0 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001bd: 56
    call printU32                        ; 1001be: e8 dc fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 1001c6: b8 78 10 10 00
    push eax                             ; 1001cb: 50
    call print                           ; 1001cc: e8 a9 fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001d4: ff 74 24 10
    call print                           ; 1001d8: e8 9d fe ff ff
    add esp, 4                           ; 1001dd: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001e0: b8 80 10 10 00
    push eax                             ; 1001e5: 50
    call print                           ; 1001e6: e8 8f fe ff ff
    add esp, 4                           ; 1001eb: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001ee: 53
    call printU32                        ; 1001ef: e8 ab fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001f7: b8 88 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001fc: 50
    call print                           ; 1001fd: e8 78 fe ff ff
    add esp, 4                           ; 100202: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100205: 6a 0a
    call putc                            ; 100207: e8 3f fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10020f: 6a 65
    call exit                            ; 100211: e8 c3 fe ff ff
    add esp, 4                           ; 100216: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100219: 5f
    pop esi                              ; 10021a: 5e
    pop ebx                              ; 10021b: 5b
    ret                                  ; 10021c: c3

__tskc_init:
    mov dword [a], 4                     ; 10021d: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 100227: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "test/golden/bounds-wrap.ts"
    db 0x1a, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2d, 0x77, 0x72, 0x61, 0x70, 0x2e, 0x74, 0x73
    times 0x1020 - ($ - $$) db 0
str_3:  ; "stored a["
    db 0x9, 0x0, 0x0, 0x0, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x64, 0x20, 0x61, 0x5b
    times 0x1030 - ($ - $$) db 0
str_4:  ; "]"
    db 0x1, 0x0, 0x0, 0x0, 0x5d
    times 0x1038 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1058 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1078 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1080 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1088 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107020
a equ 0x103000  ; StaticArray<i32>(4), 20 bytes
__stack equ 0x103020  ; boot stack, 16384 bytes
