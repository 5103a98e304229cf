; tskc 0.1.0 listing of test/golden/hello.ts
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
    call main                            ; 10003d: e8 c1 00 00 00
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
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    mov eax, [ebp+8]                     ; 1000fa: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000fd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000ff: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100100: f4
    jmp short .L2                        ; 100101: eb fd

main:
    ; test/golden/hello.ts:6: println("Hello from TypeScript!");
    push ebp                             ; 100103: 55
    mov ebp, esp                         ; 100104: 89 e5
    mov eax, str_2                       ; 100106: b8 1c 10 10 00
    push eax                             ; 10010b: 50
    call println                         ; 10010c: e8 8e ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    ; test/golden/hello.ts:7: exit(0);
    push 0                               ; 100114: 6a 00
    call exit                            ; 100116: e8 dc ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; test/golden/hello.ts:8: }
    pop ebp                              ; 10011e: 5d
    ret                                  ; 10011f: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100120: 55
    mov ebp, esp                         ; 100121: 89 e5
    push ebx                             ; 100123: 53
    push esi                             ; 100124: 56
    mov eax, [ebp+8]                     ; 100125: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100128: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10012b: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10012e: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100131: 8b 35 00 20 10 00
    push ebx                             ; 100137: 53
    push edx                             ; 100138: 52
    push ecx                             ; 100139: 51
    push eax                             ; 10013a: 50
    call esi                             ; 10013b: ff d6
    add esp, 0x10                        ; 10013d: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100140: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100141: f4
    jmp short .L2                        ; 100142: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100144: 55
    mov ebp, esp                         ; 100145: 89 e5
    sub esp, 4                           ; 100147: 83 ec 04
    push ebx                             ; 10014a: 53
    push esi                             ; 10014b: 56
    push edi                             ; 10014c: 57
    mov ebx, [ebp+8]                     ; 10014d: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100150: 8b 45 0c
    mov [ebp-4], eax                     ; 100153: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100156: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100159: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 10015c: b8 38 10 10 00
    push eax                             ; 100161: 50
    call print                           ; 100162: e8 11 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10016a: 56
    call printU32                        ; 10016b: e8 4a ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100173: b8 58 10 10 00
    push eax                             ; 100178: 50
    call print                           ; 100179: e8 fa fe ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100181: 57
    call printU32                        ; 100182: e8 33 ff ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 10018a: b8 78 10 10 00
    push eax                             ; 10018f: 50
    call print                           ; 100190: e8 e3 fe ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100198: 53
    call print                           ; 100199: e8 da fe ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1001a1: b8 80 10 10 00
    push eax                             ; 1001a6: 50
    call print                           ; 1001a7: e8 cc fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001af: 8b 45 fc
    push eax                             ; 1001b2: 50
    call printU32                        ; 1001b3: e8 02 ff ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 1001bb: b8 88 10 10 00
    push eax                             ; 1001c0: 50
    call println                         ; 1001c1: e8 d9 fe ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001c9: 5f
    pop esi                              ; 1001ca: 5e
    pop ebx                              ; 1001cb: 5b
    leave                                ; 1001cc: c9
    ret                                  ; 1001cd: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "Hello from TypeScript!"
    db 0x16, 0x0, 0x0, 0x0, 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x66, 0x72, 0x6f, 0x6d, 0x20, 0x54
    db 0x79, 0x70, 0x65, 0x53, 0x63, 0x72, 0x69, 0x70, 0x74, 0x21
    times 0x1038 - ($ - $$) db 0
str_3:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1058 - ($ - $$) db 0
str_4:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1078 - ($ - $$) db 0
str_5:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1080 - ($ - $$) db 0
str_6:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1088 - ($ - $$) db 0
str_7:  ; ""
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
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
