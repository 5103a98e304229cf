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
    call main                            ; 10003d: e8 e7 00 00 00
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
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    pop ebp                              ; 1000af: 5d
    ret                                  ; 1000b0: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b1: 55
    mov ebp, esp                         ; 1000b2: 89 e5
    mov eax, [ebp+8]                     ; 1000b4: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b7: 50
    call print                           ; 1000b8: e8 c3 ff ff ff
    add esp, 4                           ; 1000bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c0: 6a 0a
    call putc                            ; 1000c2: e8 7f ff ff ff
    add esp, 4                           ; 1000c7: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000ca: 5d
    ret                                  ; 1000cb: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000cc: 55
    mov ebp, esp                         ; 1000cd: 89 e5
    push ebx                             ; 1000cf: 53
    mov ebx, [ebp+8]                     ; 1000d0: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d3: 83 fb 0a
    jb short .L2                         ; 1000d6: 72 14
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    push eax                             ; 1000e3: 50
    call printU32                        ; 1000e4: e8 e3 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ec: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f1: 89 d8
    xor edx, edx                         ; 1000f3: 31 d2
    div ecx                              ; 1000f5: f7 f1
    add edx, 0x30                        ; 1000f7: 83 c2 30
    movzx eax, dl                        ; 1000fa: 0f b6 c2
    push eax                             ; 1000fd: 50
    call putc                            ; 1000fe: e8 43 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100106: 5b
    pop ebp                              ; 100107: 5d
    ret                                  ; 100108: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    mov eax, [ebp+8]                     ; 10010c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10010f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100111: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100112: f4
    jmp short .L2                        ; 100113: eb fd

_start_2:
    ; test/golden/names.ts:13: return 5;
    push ebp                             ; 100115: 55
    mov ebp, esp                         ; 100116: 89 e5
    mov eax, 5                           ; 100118: b8 05 00 00 00
    pop ebp                              ; 10011d: 5d
    ret                                  ; 10011e: c3

__tskc_stack_overflow_2:
    ; test/golden/names.ts:17: return 6;
    push ebp                             ; 10011f: 55
    mov ebp, esp                         ; 100120: 89 e5
    mov eax, 6                           ; 100122: b8 06 00 00 00
    pop ebp                              ; 100127: 5d
    ret                                  ; 100128: c3

main:
    ; test/golden/names.ts:21: printU32(__stack);
    push ebp                             ; 100129: 55
    mov ebp, esp                         ; 10012a: 89 e5
    mov eax, [__stack_2]                 ; 10012c: a1 00 20 10 00
    push eax                             ; 100131: 50
    call printU32                        ; 100132: e8 95 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; test/golden/names.ts:22: printU32(_start());
    call _start_2                        ; 10013a: e8 d6 ff ff ff
    push eax                             ; 10013f: 50
    call printU32                        ; 100140: e8 87 ff ff ff
    add esp, 4                           ; 100145: 83 c4 04
    ; test/golden/names.ts:23: printU32(__bss_end);
    mov eax, [__bss_end_2]               ; 100148: a1 04 20 10 00
    push eax                             ; 10014d: 50
    call printU32                        ; 10014e: e8 79 ff ff ff
    add esp, 4                           ; 100153: 83 c4 04
    ; test/golden/names.ts:24: printU32(__tskc_stack_overflow());
    call __tskc_stack_overflow_2         ; 100156: e8 c4 ff ff ff
    push eax                             ; 10015b: 50
    call printU32                        ; 10015c: e8 6b ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; test/golden/names.ts:25: println("");
    mov eax, str_2                       ; 100164: b8 1c 10 10 00
    push eax                             ; 100169: 50
    call println                         ; 10016a: e8 42 ff ff ff
    add esp, 4                           ; 10016f: 83 c4 04
    ; test/golden/names.ts:26: exit(0);
    push 0                               ; 100172: 6a 00
    call exit                            ; 100174: e8 90 ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; test/golden/names.ts:27: }
    pop ebp                              ; 10017c: 5d
    ret                                  ; 10017d: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017e: 55
    mov ebp, esp                         ; 10017f: 89 e5
    push ebx                             ; 100181: 53
    push esi                             ; 100182: 56
    mov esi, [ebp+8]                     ; 100183: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100186: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100189: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 10018c: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10018f: a1 08 20 10 00
    push ecx                             ; 100194: 51
    push edx                             ; 100195: 52
    push ebx                             ; 100196: 53
    push esi                             ; 100197: 56
    call eax                             ; 100198: ff d0
    add esp, 0x10                        ; 10019a: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10019d: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10019e: f4
    jmp short .L2                        ; 10019f: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001a1: 55
    mov ebp, esp                         ; 1001a2: 89 e5
    sub esp, 4                           ; 1001a4: 83 ec 04
    push ebx                             ; 1001a7: 53
    push esi                             ; 1001a8: 56
    push edi                             ; 1001a9: 57
    mov eax, [ebp+8]                     ; 1001aa: 8b 45 08
    mov [ebp-4], eax                     ; 1001ad: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 1001b0: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 1001b3: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 1001b6: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001b9: b8 20 10 10 00
    push eax                             ; 1001be: 50
    call print                           ; 1001bf: e8 bc fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1001c7: 57
    call printU32                        ; 1001c8: e8 ff fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1001d0: b8 40 10 10 00
    push eax                             ; 1001d5: 50
    call print                           ; 1001d6: e8 a5 fe ff ff
    add esp, 4                           ; 1001db: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1001de: 56
    call printU32                        ; 1001df: e8 e8 fe ff ff
    add esp, 4                           ; 1001e4: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1001e7: b8 60 10 10 00
    push eax                             ; 1001ec: 50
    call print                           ; 1001ed: e8 8e fe ff ff
    add esp, 4                           ; 1001f2: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1001f5: ff 75 fc
    call print                           ; 1001f8: e8 83 fe ff ff
    add esp, 4                           ; 1001fd: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100200: b8 68 10 10 00
    push eax                             ; 100205: 50
    call print                           ; 100206: e8 75 fe ff ff
    add esp, 4                           ; 10020b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10020e: 53
    call printU32                        ; 10020f: e8 b8 fe ff ff
    add esp, 4                           ; 100214: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100217: b8 1c 10 10 00
    push eax                             ; 10021c: 50
    call println                         ; 10021d: e8 8f fe ff ff
    add esp, 4                           ; 100222: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100225: 5f
    pop esi                              ; 100226: 5e
    pop ebx                              ; 100227: 5b
    leave                                ; 100228: c9
    ret                                  ; 100229: c3

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
