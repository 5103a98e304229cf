; tskc 0.1.0 listing of test/golden/names.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x10200c, 0x107000, 0x100020

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
    call main                            ; 10003d: e8 c3 00 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ef: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f3: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f5: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f6: f4
    jmp short .L2                        ; 1000f7: eb fd

_start_2:
    ; test/golden/names.ts:13: return 5;
    mov eax, 5                           ; 1000f9: b8 05 00 00 00
    ret                                  ; 1000fe: c3

__tskc_stack_overflow_2:
    ; test/golden/names.ts:17: return 6;
    mov eax, 6                           ; 1000ff: b8 06 00 00 00
    ret                                  ; 100104: c3

main:
    ; test/golden/names.ts:21: printU32(__stack);
    mov eax, [__stack_2]                 ; 100105: a1 00 20 10 00
    push eax                             ; 10010a: 50
    call printU32                        ; 10010b: e8 a5 ff ff ff
    add esp, 4                           ; 100110: 83 c4 04
    ; test/golden/names.ts:22: printU32(_start());
    call _start_2                        ; 100113: e8 e1 ff ff ff
    push eax                             ; 100118: 50
    call printU32                        ; 100119: e8 97 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; test/golden/names.ts:23: printU32(__bss_end);
    mov eax, [__bss_end_2]               ; 100121: a1 04 20 10 00
    push eax                             ; 100126: 50
    call printU32                        ; 100127: e8 89 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; test/golden/names.ts:24: printU32(__tskc_stack_overflow());
    call __tskc_stack_overflow_2         ; 10012f: e8 cb ff ff ff
    push eax                             ; 100134: 50
    call printU32                        ; 100135: e8 7b ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; test/golden/names.ts:25: println("");
    mov eax, str_2                       ; 10013d: b8 1c 10 10 00
    push eax                             ; 100142: 50
    call println                         ; 100143: e8 55 ff ff ff
    add esp, 4                           ; 100148: 83 c4 04
    ; test/golden/names.ts:26: exit(0);
    push 0                               ; 10014b: 6a 00
    call exit                            ; 10014d: e8 9d ff ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; test/golden/names.ts:27: }
    ret                                  ; 100155: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100156: 53
    push esi                             ; 100157: 56
    mov esi, [esp+0xc]                   ; 100158: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10015c: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100160: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100164: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100168: a1 08 20 10 00
    push ecx                             ; 10016d: 51
    push edx                             ; 10016e: 52
    push ebx                             ; 10016f: 53
    push esi                             ; 100170: 56
    call eax                             ; 100171: ff d0
    add esp, 0x10                        ; 100173: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100176: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100177: f4
    jmp short .L2                        ; 100178: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10017a: 53
    push esi                             ; 10017b: 56
    push edi                             ; 10017c: 57
    mov ebx, [esp+0x14]                  ; 10017d: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100181: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100185: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100189: b8 20 10 10 00
    push eax                             ; 10018e: 50
    call print                           ; 10018f: e8 e1 fe ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100197: 57
    call printU32                        ; 100198: e8 18 ff ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 1001a0: b8 40 10 10 00
    push eax                             ; 1001a5: 50
    call print                           ; 1001a6: e8 ca fe ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001ae: 56
    call printU32                        ; 1001af: e8 01 ff ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 1001b7: b8 60 10 10 00
    push eax                             ; 1001bc: 50
    call print                           ; 1001bd: e8 b3 fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001c5: ff 74 24 10
    call print                           ; 1001c9: e8 a7 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 1001d1: b8 68 10 10 00
    push eax                             ; 1001d6: 50
    call print                           ; 1001d7: e8 99 fe ff ff
    add esp, 4                           ; 1001dc: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001df: 53
    call printU32                        ; 1001e0: e8 d0 fe ff ff
    add esp, 4                           ; 1001e5: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 1001e8: b8 1c 10 10 00
    push eax                             ; 1001ed: 50
    call println                         ; 1001ee: e8 aa fe ff ff
    add esp, 4                           ; 1001f3: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001f6: 6a 65
    call exit                            ; 1001f8: e8 f2 fe ff ff
    add esp, 4                           ; 1001fd: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100200: 5f
    pop esi                              ; 100201: 5e
    pop ebx                              ; 100202: 5b
    ret                                  ; 100203: c3

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
__stack_2:  ; u32
    db 0x7, 0x0, 0x0, 0x0
    times 0x2004 - ($ - $$) db 0
__bss_end_2:  ; u32
    db 0x8, 0x0, 0x0, 0x0
    times 0x2008 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x200c - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
