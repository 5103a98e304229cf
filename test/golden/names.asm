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
    call main                            ; 10003d: e8 e9 00 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    mov eax, [ebp+8]                     ; 10010e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100111: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100113: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100114: f4
    jmp short .L2                        ; 100115: eb fd

_start_2:
    ; test/golden/names.ts:13: return 5;
    push ebp                             ; 100117: 55
    mov ebp, esp                         ; 100118: 89 e5
    mov eax, 5                           ; 10011a: b8 05 00 00 00
    pop ebp                              ; 10011f: 5d
    ret                                  ; 100120: c3

__tskc_stack_overflow_2:
    ; test/golden/names.ts:17: return 6;
    push ebp                             ; 100121: 55
    mov ebp, esp                         ; 100122: 89 e5
    mov eax, 6                           ; 100124: b8 06 00 00 00
    pop ebp                              ; 100129: 5d
    ret                                  ; 10012a: c3

main:
    ; test/golden/names.ts:21: printU32(__stack);
    push ebp                             ; 10012b: 55
    mov ebp, esp                         ; 10012c: 89 e5
    mov eax, [__stack_2]                 ; 10012e: a1 00 20 10 00
    push eax                             ; 100133: 50
    call printU32                        ; 100134: e8 95 ff ff ff
    add esp, 4                           ; 100139: 83 c4 04
    ; test/golden/names.ts:22: printU32(_start());
    call _start_2                        ; 10013c: e8 d6 ff ff ff
    push eax                             ; 100141: 50
    call printU32                        ; 100142: e8 87 ff ff ff
    add esp, 4                           ; 100147: 83 c4 04
    ; test/golden/names.ts:23: printU32(__bss_end);
    mov eax, [__bss_end_2]               ; 10014a: a1 04 20 10 00
    push eax                             ; 10014f: 50
    call printU32                        ; 100150: e8 79 ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/names.ts:24: printU32(__tskc_stack_overflow());
    call __tskc_stack_overflow_2         ; 100158: e8 c4 ff ff ff
    push eax                             ; 10015d: 50
    call printU32                        ; 10015e: e8 6b ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/names.ts:25: println("");
    mov eax, str_2                       ; 100166: b8 1c 10 10 00
    push eax                             ; 10016b: 50
    call println                         ; 10016c: e8 42 ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    ; test/golden/names.ts:26: exit(0);
    push 0                               ; 100174: 6a 00
    call exit                            ; 100176: e8 90 ff ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/names.ts:27: }
    pop ebp                              ; 10017e: 5d
    ret                                  ; 10017f: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100180: 55
    mov ebp, esp                         ; 100181: 89 e5
    push ebx                             ; 100183: 53
    push esi                             ; 100184: 56
    mov eax, [ebp+8]                     ; 100185: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100188: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10018b: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10018e: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100191: 8b 35 08 20 10 00
    push ebx                             ; 100197: 53
    push edx                             ; 100198: 52
    push ecx                             ; 100199: 51
    push eax                             ; 10019a: 50
    call esi                             ; 10019b: ff d6
    add esp, 0x10                        ; 10019d: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001a0: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001a1: f4
    jmp short .L2                        ; 1001a2: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001a4: 55
    mov ebp, esp                         ; 1001a5: 89 e5
    sub esp, 4                           ; 1001a7: 83 ec 04
    push ebx                             ; 1001aa: 53
    push esi                             ; 1001ab: 56
    push edi                             ; 1001ac: 57
    mov ebx, [ebp+8]                     ; 1001ad: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001b0: 8b 45 0c
    mov [ebp-4], eax                     ; 1001b3: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001b6: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001b9: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001bc: b8 20 10 10 00
    push eax                             ; 1001c1: 50
    call print                           ; 1001c2: e8 b9 fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001ca: 56
    call printU32                        ; 1001cb: e8 fe fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1001d3: b8 40 10 10 00
    push eax                             ; 1001d8: 50
    call print                           ; 1001d9: e8 a2 fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001e1: 57
    call printU32                        ; 1001e2: e8 e7 fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1001ea: b8 60 10 10 00
    push eax                             ; 1001ef: 50
    call print                           ; 1001f0: e8 8b fe ff ff
    add esp, 4                           ; 1001f5: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001f8: 53
    call print                           ; 1001f9: e8 82 fe ff ff
    add esp, 4                           ; 1001fe: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100201: b8 68 10 10 00
    push eax                             ; 100206: 50
    call print                           ; 100207: e8 74 fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10020f: 8b 45 fc
    push eax                             ; 100212: 50
    call printU32                        ; 100213: e8 b6 fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 10021b: b8 1c 10 10 00
    push eax                             ; 100220: 50
    call println                         ; 100221: e8 8d fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100229: 5f
    pop esi                              ; 10022a: 5e
    pop ebx                              ; 10022b: 5b
    leave                                ; 10022c: c9
    ret                                  ; 10022d: c3

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
