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
    call main                            ; 10003d: e8 d5 00 00 00
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

main:
    ; test/golden/hello.ts:6: println("Hello from TypeScript!");
    push ebp                             ; 100117: 55
    mov ebp, esp                         ; 100118: 89 e5
    mov eax, str_2                       ; 10011a: b8 1c 10 10 00
    push eax                             ; 10011f: 50
    call println                         ; 100120: e8 8e ff ff ff
    add esp, 4                           ; 100125: 83 c4 04
    ; test/golden/hello.ts:7: exit(0);
    push 0                               ; 100128: 6a 00
    call exit                            ; 10012a: e8 dc ff ff ff
    add esp, 4                           ; 10012f: 83 c4 04
    ; test/golden/hello.ts:8: }
    pop ebp                              ; 100132: 5d
    ret                                  ; 100133: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    push ebx                             ; 100137: 53
    push esi                             ; 100138: 56
    mov eax, [ebp+8]                     ; 100139: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10013c: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10013f: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100142: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100145: 8b 35 00 20 10 00
    push ebx                             ; 10014b: 53
    push edx                             ; 10014c: 52
    push ecx                             ; 10014d: 51
    push eax                             ; 10014e: 50
    call esi                             ; 10014f: ff d6
    add esp, 0x10                        ; 100151: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100154: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100155: f4
    jmp short .L2                        ; 100156: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100158: 55
    mov ebp, esp                         ; 100159: 89 e5
    sub esp, 4                           ; 10015b: 83 ec 04
    push ebx                             ; 10015e: 53
    push esi                             ; 10015f: 56
    push edi                             ; 100160: 57
    mov ebx, [ebp+8]                     ; 100161: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100164: 8b 45 0c
    mov [ebp-4], eax                     ; 100167: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10016a: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10016d: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100170: b8 38 10 10 00
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 05 ff ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10017e: 56
    call printU32                        ; 10017f: e8 4a ff ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100187: b8 58 10 10 00
    push eax                             ; 10018c: 50
    call print                           ; 10018d: e8 ee fe ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100195: 57
    call printU32                        ; 100196: e8 33 ff ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 10019e: b8 78 10 10 00
    push eax                             ; 1001a3: 50
    call print                           ; 1001a4: e8 d7 fe ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001ac: 53
    call print                           ; 1001ad: e8 ce fe ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1001b5: b8 80 10 10 00
    push eax                             ; 1001ba: 50
    call print                           ; 1001bb: e8 c0 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001c3: 8b 45 fc
    push eax                             ; 1001c6: 50
    call printU32                        ; 1001c7: e8 02 ff ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_7                       ; 1001cf: b8 88 10 10 00
    push eax                             ; 1001d4: 50
    call println                         ; 1001d5: e8 d9 fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001dd: 5f
    pop esi                              ; 1001de: 5e
    pop ebx                              ; 1001df: 5b
    leave                                ; 1001e0: c9
    ret                                  ; 1001e1: c3

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
