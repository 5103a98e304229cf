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
    call __tskc_init                     ; 10003b: e8 71 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 9b 00 00 00
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
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009e: 53
    mov ebx, [esp+8]                     ; 10009f: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a3: 83 fb 0a
    jb short .L2                         ; 1000a6: 72 14
    mov ecx, 0xa                         ; 1000a8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ad: 89 d8
    xor edx, edx                         ; 1000af: 31 d2
    div ecx                              ; 1000b1: f7 f1
    push eax                             ; 1000b3: 50
    call printU32                        ; 1000b4: e8 e5 ff ff ff
    add esp, 4                           ; 1000b9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bc: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c1: 89 d8
    xor edx, edx                         ; 1000c3: 31 d2
    div ecx                              ; 1000c5: f7 f1
    lea eax, [edx+0x30]                  ; 1000c7: 8d 42 30
    movzx eax, al                        ; 1000ca: 0f b6 c0
    push eax                             ; 1000cd: 50
    call putc                            ; 1000ce: e8 78 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d6: 5b
    ret                                  ; 1000d7: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d8: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dc: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000de: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000df: f4
    jmp short .L2                        ; 1000e0: eb fd

main:
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    mov eax, str_2                       ; 1000e2: b8 00 10 10 00
    push 4                               ; 1000e7: 6a 04
    push 0x3e8                           ; 1000e9: 68 e8 03 00 00
    push 0xe                             ; 1000ee: 6a 0e
    push eax                             ; 1000f0: 50
    call boundsTrap                      ; 1000f1: e8 03 00 00 00
    add esp, 0x10                        ; 1000f6: 83 c4 10

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1000f9: 53
    push esi                             ; 1000fa: 56
    mov esi, [esp+0xc]                   ; 1000fb: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1000ff: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100103: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100107: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10010b: a1 00 20 10 00
    push ecx                             ; 100110: 51
    push edx                             ; 100111: 52
    push ebx                             ; 100112: 53
    push esi                             ; 100113: 56
    call eax                             ; 100114: ff d0
    add esp, 0x10                        ; 100116: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100119: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10011a: f4
    jmp short .L2                        ; 10011b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10011d: 53
    push esi                             ; 10011e: 56
    push edi                             ; 10011f: 57
    mov ebx, [esp+0x14]                  ; 100120: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100124: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100128: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 10012c: b8 28 10 10 00
    push eax                             ; 100131: 50
    call print                           ; 100132: e8 43 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10013a: 57
    call printU32                        ; 10013b: e8 5e ff ff ff
    add esp, 4                           ; 100140: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100143: b8 48 10 10 00
    push eax                             ; 100148: 50
    call print                           ; 100149: e8 2c ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100151: 56
    call printU32                        ; 100152: e8 47 ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 10015a: b8 68 10 10 00
    push eax                             ; 10015f: 50
    call print                           ; 100160: e8 15 ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100168: ff 74 24 10
    call print                           ; 10016c: e8 09 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 100174: b8 70 10 10 00
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 fb fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100182: 53
    call printU32                        ; 100183: e8 16 ff ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 10018b: b8 78 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100190: 50
    call print                           ; 100191: e8 e4 fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100199: 6a 0a
    call putc                            ; 10019b: e8 ab fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001a3: 6a 65
    call exit                            ; 1001a5: e8 2e ff ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001ad: 5f
    pop esi                              ; 1001ae: 5e
    pop ebx                              ; 1001af: 5b
    ret                                  ; 1001b0: c3

__tskc_init:
    mov dword [a], 4                     ; 1001b1: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 1001bb: c3

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
