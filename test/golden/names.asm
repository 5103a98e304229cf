; tskc 0.1.0 listing of test/golden/names.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102008, 0x107000, 0x100020

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
    call main                            ; 10003d: e8 a8 00 00 00
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
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000d8: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000da: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000db: f4
    jmp short .L2                        ; 1000dc: eb fd

_start_2:
    ; test/golden/names.ts:13: return 5;
    mov eax, 5                           ; 1000de: b8 05 00 00 00
    ret                                  ; 1000e3: c3

__tskc_stack_overflow_2:
    ; test/golden/names.ts:17: return 6;
    mov eax, 6                           ; 1000e4: b8 06 00 00 00
    ret                                  ; 1000e9: c3

main:
    ; test/golden/names.ts:21: printU32(__stack);
    mov eax, [__stack_2]                 ; 1000ea: a1 00 20 10 00
    push eax                             ; 1000ef: 50
    call printU32                        ; 1000f0: e8 a5 ff ff ff
    add esp, 4                           ; 1000f5: 83 c4 04
    ; test/golden/names.ts:22: printU32(_start());
    call _start_2                        ; 1000f8: e8 e1 ff ff ff
    push eax                             ; 1000fd: 50
    call printU32                        ; 1000fe: e8 97 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; test/golden/names.ts:23: printU32(__bss_end);
    mov eax, [__bss_end_2]               ; 100106: a1 04 20 10 00
    push eax                             ; 10010b: 50
    call printU32                        ; 10010c: e8 89 ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    ; test/golden/names.ts:24: printU32(__tskc_stack_overflow());
    call __tskc_stack_overflow_2         ; 100114: e8 cb ff ff ff
    push eax                             ; 100119: 50
    call printU32                        ; 10011a: e8 7b ff ff ff
    add esp, 4                           ; 10011f: 83 c4 04
    ; test/golden/names.ts:25: println("");
    mov eax, str_2                       ; 100122: b8 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100127: 50
    call print                           ; 100128: e8 48 ff ff ff
    add esp, 4                           ; 10012d: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100130: 6a 0a
    call putc                            ; 100132: e8 0f ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; test/golden/names.ts:26: exit(0);
    push 0                               ; 10013a: 6a 00
    call exit                            ; 10013c: e8 93 ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; test/golden/names.ts:27: }
    ret                                  ; 100144: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0

; .data
    times 0x2000 - ($ - $$) db 0
__stack_2:  ; u32
    db 0x7, 0x0, 0x0, 0x0
    times 0x2004 - ($ - $$) db 0
__bss_end_2:  ; u32
    db 0x8, 0x0, 0x0, 0x0

    times 0x2008 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
