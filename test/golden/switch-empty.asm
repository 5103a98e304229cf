; tskc 0.1.0 listing of test/golden/switch-empty.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 10 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 10 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 1a 01 00 00
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

f:
    ; test/golden/switch-empty.ts:10: function f(p: u8): void {
    push ebp                             ; 100115: 55
    mov ebp, esp                         ; 100116: 89 e5
    mov eax, [ebp+8]                     ; 100118: 8b 45 08
    ; test/golden/switch-empty.ts:11: switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
    mov ecx, [g]                         ; 10011b: 8b 0d 00 30 10 00
    cmp ecx, 8                           ; 100121: 83 f9 08
    jae short .L8                        ; 100124: 73 07
    jmp dword [ecx*4+f.switch9]          ; 100126: ff 24 8d 70 10 10 00
.L5:
.L8:
    ; test/golden/switch-empty.ts:12: printU32(p);
    push eax                             ; 10012d: 50
    call printU32                        ; 10012e: e8 99 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; test/golden/switch-empty.ts:13: }
    pop ebp                              ; 100136: 5d
    ret                                  ; 100137: c3

h:
    ; test/golden/switch-empty.ts:15: function h(p: u32): u32 {
    push ebp                             ; 100138: 55
    mov ebp, esp                         ; 100139: 89 e5
    mov eax, [ebp+8]                     ; 10013b: 8b 45 08
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov ecx, [g]                         ; 10013e: 8b 0d 00 30 10 00
    sub ecx, 1                           ; 100144: 83 e9 01
    cmp ecx, 6                           ; 100147: 83 f9 06
    jae short .L7                        ; 10014a: 73 0e
    jmp dword [ecx*4+h.switch10]         ; 10014c: ff 24 8d 90 10 10 00
.L1:
.L2:
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add eax, 1                           ; 100153: 83 c0 01
.L4:
    ; test/golden/switch-empty.ts:24: return p;
    pop ebp                              ; 100156: 5d
    ret                                  ; 100157: c3
.L6:
    pop ebp                              ; 100158: 5d
    ret                                  ; 100159: c3
.L7:
    pop ebp                              ; 10015a: 5d
    ret                                  ; 10015b: c3

main:
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    push ebp                             ; 10015c: 55
    mov ebp, esp                         ; 10015d: 89 e5
    push ebx                             ; 10015f: 53
    mov ebx, 0                           ; 100160: bb 00 00 00 00
    cmp ebx, 0xa                         ; 100165: 83 fb 0a
    jge short .L4                        ; 100168: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 10016a: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100170: 0f b6 c3
    push eax                             ; 100173: 50
    call f                               ; 100174: e8 9c ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 10017c: 83 c3 01
    cmp ebx, 0xa                         ; 10017f: 83 fb 0a
    jl short .L2                         ; 100182: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov eax, str_2                       ; 100184: b8 1c 10 10 00
    push eax                             ; 100189: 50
    call println                         ; 10018a: e8 22 ff ff ff
    add esp, 4                           ; 10018f: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    mov ebx, 0                           ; 100192: bb 00 00 00 00
    cmp ebx, 8                           ; 100197: 83 fb 08
    jge short .L9                        ; 10019a: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], ebx                         ; 10019c: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 1001a2: 6a 0a
    call h                               ; 1001a4: e8 8f ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    push eax                             ; 1001ac: 50
    call printU32                        ; 1001ad: e8 1a ff ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add ebx, 1                           ; 1001b5: 83 c3 01
    cmp ebx, 8                           ; 1001b8: 83 fb 08
    jl short .L7                         ; 1001bb: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    mov eax, str_2                       ; 1001bd: b8 1c 10 10 00
    push eax                             ; 1001c2: 50
    call println                         ; 1001c3: e8 e9 fe ff ff
    add esp, 4                           ; 1001c8: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 1001cb: 6a 00
    call exit                            ; 1001cd: e8 37 ff ff ff
    add esp, 4                           ; 1001d2: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop ebx                              ; 1001d5: 5b
    pop ebp                              ; 1001d6: 5d
    ret                                  ; 1001d7: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001d8: 55
    mov ebp, esp                         ; 1001d9: 89 e5
    push ebx                             ; 1001db: 53
    push esi                             ; 1001dc: 56
    mov esi, [ebp+8]                     ; 1001dd: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 1001e0: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 1001e3: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 1001e6: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001e9: a1 00 20 10 00
    push ecx                             ; 1001ee: 51
    push edx                             ; 1001ef: 52
    push ebx                             ; 1001f0: 53
    push esi                             ; 1001f1: 56
    call eax                             ; 1001f2: ff d0
    add esp, 0x10                        ; 1001f4: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001f7: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001f8: f4
    jmp short .L2                        ; 1001f9: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001fb: 55
    mov ebp, esp                         ; 1001fc: 89 e5
    sub esp, 4                           ; 1001fe: 83 ec 04
    push ebx                             ; 100201: 53
    push esi                             ; 100202: 56
    push edi                             ; 100203: 57
    mov eax, [ebp+8]                     ; 100204: 8b 45 08
    mov [ebp-4], eax                     ; 100207: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 10020a: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10020d: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100210: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100213: b8 20 10 10 00
    push eax                             ; 100218: 50
    call print                           ; 100219: e8 62 fe ff ff
    add esp, 4                           ; 10021e: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100221: 57
    call printU32                        ; 100222: e8 a5 fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 10022a: b8 40 10 10 00
    push eax                             ; 10022f: 50
    call print                           ; 100230: e8 4b fe ff ff
    add esp, 4                           ; 100235: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100238: 56
    call printU32                        ; 100239: e8 8e fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100241: b8 60 10 10 00
    push eax                             ; 100246: 50
    call print                           ; 100247: e8 34 fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 10024f: ff 75 fc
    call print                           ; 100252: e8 29 fe ff ff
    add esp, 4                           ; 100257: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 10025a: b8 68 10 10 00
    push eax                             ; 10025f: 50
    call print                           ; 100260: e8 1b fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100268: 53
    call printU32                        ; 100269: e8 5e fe ff ff
    add esp, 4                           ; 10026e: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100271: b8 1c 10 10 00
    push eax                             ; 100276: 50
    call println                         ; 100277: e8 35 fe ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10027f: 5f
    pop esi                              ; 100280: 5e
    pop ebx                              ; 100281: 5b
    leave                                ; 100282: c9
    ret                                  ; 100283: c3

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
    times 0x1070 - ($ - $$) db 0
f.switch9:  ; jump table of f
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L8
    dd f.L5
    dd f.L8
    dd f.L8
    times 0x1090 - ($ - $$) db 0
h.switch10:  ; jump table of h
    dd h.L1
    dd h.L2
    dd h.L3
    dd h.L4
    dd h.L7
    dd h.L6

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
g equ 0x103000  ; i32, 4 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
