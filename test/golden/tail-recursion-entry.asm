; tskc 0.1.0 listing of test/golden/tail-recursion-entry.ts
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
    call main                            ; 10003d: e8 f4 00 00 00
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

step:
    ; test/golden/tail-recursion-entry.ts:7: function step(n: u32): void {
    mov eax, [esp+4]                     ; 1000f5: 8b 44 24 04
    ; test/golden/tail-recursion-entry.ts:8: if (n == 1000000) {
    cmp eax, 0xf4240                     ; 1000f9: 3d 40 42 0f 00
    jne short .L2                        ; 1000fe: 75 22
    ; test/golden/tail-recursion-entry.ts:9: printU32(n);
    push eax                             ; 100100: 50
    call printU32                        ; 100101: e8 ab ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; test/golden/tail-recursion-entry.ts:10: println("");
    mov eax, str_2                       ; 100109: b8 1c 10 10 00
    push eax                             ; 10010e: 50
    call println                         ; 10010f: e8 85 ff ff ff
    add esp, 4                           ; 100114: 83 c4 04
    ; test/golden/tail-recursion-entry.ts:11: exit(0);
    push 0                               ; 100117: 6a 00
    call exit                            ; 100119: e8 cd ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; test/golden/tail-recursion-entry.ts:13: }
    ret                                  ; 100121: c3
.L2:
    ret                                  ; 100122: c3

poll:
    ; test/golden/tail-recursion-entry.ts:15: function poll(n: u32): void {
    push ebx                             ; 100123: 53
    mov ebx, [esp+8]                     ; 100124: 8b 5c 24 08
.L0:
    ; test/golden/tail-recursion-entry.ts:16: step(n);
    push ebx                             ; 100128: 53
    call step                            ; 100129: e8 c7 ff ff ff
    add esp, 4                           ; 10012e: 83 c4 04
    ; test/golden/tail-recursion-entry.ts:17: poll(n + 1);
    add ebx, 1                           ; 100131: 83 c3 01
    jmp short .L0                        ; 100134: eb f2

main:
    ; test/golden/tail-recursion-entry.ts:21: poll(0);
    push 0                               ; 100136: 6a 00
    call poll                            ; 100138: e8 e6 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; test/golden/tail-recursion-entry.ts:22: }
    ret                                  ; 100140: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100141: 53
    push esi                             ; 100142: 56
    mov esi, [esp+0xc]                   ; 100143: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100147: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10014b: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10014f: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100153: a1 00 20 10 00
    push ecx                             ; 100158: 51
    push edx                             ; 100159: 52
    push ebx                             ; 10015a: 53
    push esi                             ; 10015b: 56
    call eax                             ; 10015c: ff d0
    add esp, 0x10                        ; 10015e: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100161: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100162: f4
    jmp short .L2                        ; 100163: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100165: 53
    push esi                             ; 100166: 56
    push edi                             ; 100167: 57
    mov ebx, [esp+0x14]                  ; 100168: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10016c: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100170: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_3                       ; 100174: b8 20 10 10 00
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 f6 fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100182: 57
    call printU32                        ; 100183: e8 29 ff ff ff
    add esp, 4                           ; 100188: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_4                       ; 10018b: b8 40 10 10 00
    push eax                             ; 100190: 50
    call print                           ; 100191: e8 df fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100199: 56
    call printU32                        ; 10019a: e8 12 ff ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_5                       ; 1001a2: b8 60 10 10 00
    push eax                             ; 1001a7: 50
    call print                           ; 1001a8: e8 c8 fe ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001b0: ff 74 24 10
    call print                           ; 1001b4: e8 bc fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_6                       ; 1001bc: b8 68 10 10 00
    push eax                             ; 1001c1: 50
    call print                           ; 1001c2: e8 ae fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001ca: 53
    call printU32                        ; 1001cb: e8 e1 fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 1001d3: b8 1c 10 10 00
    push eax                             ; 1001d8: 50
    call println                         ; 1001d9: e8 bb fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001e1: 6a 65
    call exit                            ; 1001e3: e8 03 ff ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001eb: 5f
    pop esi                              ; 1001ec: 5e
    pop ebx                              ; 1001ed: 5b
    ret                                  ; 1001ee: c3

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
