; tskc 0.1.0 listing of test/golden/bounds-stale-guard.ts
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
    call __tskc_init                     ; 10003b: e8 72 01 00 00
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
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    mov eax, str_2                       ; 1000e3: b8 00 10 10 00
    push 4                               ; 1000e8: 6a 04
    push 0x3e8                           ; 1000ea: 68 e8 03 00 00
    push 0xe                             ; 1000ef: 6a 0e
    push eax                             ; 1000f1: 50
    call boundsTrap                      ; 1000f2: e8 03 00 00 00
    add esp, 0x10                        ; 1000f7: 83 c4 10

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1000fa: 53
    push esi                             ; 1000fb: 56
    mov esi, [esp+0xc]                   ; 1000fc: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100100: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100104: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100108: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10010c: a1 00 20 10 00
    push ecx                             ; 100111: 51
    push edx                             ; 100112: 52
    push ebx                             ; 100113: 53
    push esi                             ; 100114: 56
    call eax                             ; 100115: ff d0
    add esp, 0x10                        ; 100117: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10011a: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10011b: f4
    jmp short .L2                        ; 10011c: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10011e: 53
    push esi                             ; 10011f: 56
    push edi                             ; 100120: 57
    mov ebx, [esp+0x14]                  ; 100121: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100125: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100129: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 10012d: b8 28 10 10 00
    push eax                             ; 100132: 50
    call print                           ; 100133: e8 42 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10013b: 57
    call printU32                        ; 10013c: e8 5e ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100144: b8 48 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 2b ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100152: 56
    call printU32                        ; 100153: e8 47 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 10015b: b8 68 10 10 00
    push eax                             ; 100160: 50
    call print                           ; 100161: e8 14 ff ff ff
    add esp, 4                           ; 100166: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100169: ff 74 24 10
    call print                           ; 10016d: e8 08 ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 100175: b8 70 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 fa fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100183: 53
    call printU32                        ; 100184: e8 16 ff ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 10018c: b8 78 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100191: 50
    call print                           ; 100192: e8 e3 fe ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019a: 6a 0a
    call putc                            ; 10019c: e8 aa fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001a4: 6a 65
    call exit                            ; 1001a6: e8 2e ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001ae: 5f
    pop esi                              ; 1001af: 5e
    pop ebx                              ; 1001b0: 5b
    ret                                  ; 1001b1: c3

__tskc_init:
    mov dword [a], 4                     ; 1001b2: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 1001bc: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "test/golden/bounds-stale-guard.ts"
    db 0x21, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2d, 0x73, 0x74, 0x61, 0x6c, 0x65, 0x2d, 0x67, 0x75, 0x61
    db 0x72, 0x64, 0x2e, 0x74, 0x73
    times 0x1028 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1048 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1068 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1070 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1078 - ($ - $$) db 0
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
