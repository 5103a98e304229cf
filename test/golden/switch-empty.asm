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
    call main                            ; 10003d: e8 0d 01 00 00
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

f:
    ; test/golden/switch-empty.ts:10: function f(p: u8): void {
    push ebp                             ; 100103: 55
    mov ebp, esp                         ; 100104: 89 e5
    mov eax, [ebp+8]                     ; 100106: 8b 45 08
    ; test/golden/switch-empty.ts:11: switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
    mov ecx, [g]                         ; 100109: 8b 0d 00 30 10 00
    cmp ecx, 8                           ; 10010f: 83 f9 08
    jae short .L8                        ; 100112: 73 07
    jmp dword [ecx*4+f.switch9]          ; 100114: ff 24 8d 70 10 10 00
.L5:
.L8:
    ; test/golden/switch-empty.ts:12: printU32(p);
    push eax                             ; 10011b: 50
    call printU32                        ; 10011c: e8 99 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; test/golden/switch-empty.ts:13: }
    pop ebp                              ; 100124: 5d
    ret                                  ; 100125: c3

h:
    ; test/golden/switch-empty.ts:15: function h(p: u32): u32 {
    push ebp                             ; 100126: 55
    mov ebp, esp                         ; 100127: 89 e5
    mov ecx, [ebp+8]                     ; 100129: 8b 4d 08
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov eax, [g]                         ; 10012c: a1 00 30 10 00
    sub eax, 1                           ; 100131: 83 e8 01
    cmp eax, 6                           ; 100134: 83 f8 06
    jae short .L7                        ; 100137: 73 12
    jmp dword [eax*4+h.switch10]         ; 100139: ff 24 85 90 10 10 00
.L1:
.L2:
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add ecx, 1                           ; 100140: 83 c1 01
.L4:
    ; test/golden/switch-empty.ts:24: return p;
    mov eax, ecx                         ; 100143: 89 c8
    pop ebp                              ; 100145: 5d
    ret                                  ; 100146: c3
.L6:
    mov eax, ecx                         ; 100147: 89 c8
    pop ebp                              ; 100149: 5d
    ret                                  ; 10014a: c3
.L7:
    mov eax, ecx                         ; 10014b: 89 c8
    pop ebp                              ; 10014d: 5d
    ret                                  ; 10014e: c3

main:
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    push ebp                             ; 10014f: 55
    mov ebp, esp                         ; 100150: 89 e5
    push ebx                             ; 100152: 53
    xor ebx, ebx                         ; 100153: 31 db
    cmp ebx, 0xa                         ; 100155: 83 fb 0a
    jge short .L4                        ; 100158: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 10015a: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100160: 0f b6 c3
    push eax                             ; 100163: 50
    call f                               ; 100164: e8 9a ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 10016c: 83 c3 01
    cmp ebx, 0xa                         ; 10016f: 83 fb 0a
    jl short .L2                         ; 100172: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov eax, str_2                       ; 100174: b8 1c 10 10 00
    push eax                             ; 100179: 50
    call println                         ; 10017a: e8 20 ff ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    xor ebx, ebx                         ; 100182: 31 db
    cmp ebx, 8                           ; 100184: 83 fb 08
    jge short .L9                        ; 100187: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], ebx                         ; 100189: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 10018f: 6a 0a
    call h                               ; 100191: e8 90 ff ff ff
    add esp, 4                           ; 100196: 83 c4 04
    push eax                             ; 100199: 50
    call printU32                        ; 10019a: e8 1b ff ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add ebx, 1                           ; 1001a2: 83 c3 01
    cmp ebx, 8                           ; 1001a5: 83 fb 08
    jl short .L7                         ; 1001a8: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    mov eax, str_2                       ; 1001aa: b8 1c 10 10 00
    push eax                             ; 1001af: 50
    call println                         ; 1001b0: e8 ea fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 1001b8: 6a 00
    call exit                            ; 1001ba: e8 38 ff ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop ebx                              ; 1001c2: 5b
    pop ebp                              ; 1001c3: 5d
    ret                                  ; 1001c4: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001c5: 55
    mov ebp, esp                         ; 1001c6: 89 e5
    push ebx                             ; 1001c8: 53
    push esi                             ; 1001c9: 56
    mov eax, [ebp+8]                     ; 1001ca: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001cd: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001d0: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001d3: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001d6: 8b 35 00 20 10 00
    push ebx                             ; 1001dc: 53
    push edx                             ; 1001dd: 52
    push ecx                             ; 1001de: 51
    push eax                             ; 1001df: 50
    call esi                             ; 1001e0: ff d6
    add esp, 0x10                        ; 1001e2: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001e5: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001e6: f4
    jmp short .L2                        ; 1001e7: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001e9: 55
    mov ebp, esp                         ; 1001ea: 89 e5
    sub esp, 4                           ; 1001ec: 83 ec 04
    push ebx                             ; 1001ef: 53
    push esi                             ; 1001f0: 56
    push edi                             ; 1001f1: 57
    mov ebx, [ebp+8]                     ; 1001f2: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001f5: 8b 45 0c
    mov [ebp-4], eax                     ; 1001f8: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001fb: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001fe: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100201: b8 20 10 10 00
    push eax                             ; 100206: 50
    call print                           ; 100207: e8 6c fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10020f: 56
    call printU32                        ; 100210: e8 a5 fe ff ff
    add esp, 4                           ; 100215: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100218: b8 40 10 10 00
    push eax                             ; 10021d: 50
    call print                           ; 10021e: e8 55 fe ff ff
    add esp, 4                           ; 100223: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100226: 57
    call printU32                        ; 100227: e8 8e fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 10022f: b8 60 10 10 00
    push eax                             ; 100234: 50
    call print                           ; 100235: e8 3e fe ff ff
    add esp, 4                           ; 10023a: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10023d: 53
    call print                           ; 10023e: e8 35 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100246: b8 68 10 10 00
    push eax                             ; 10024b: 50
    call print                           ; 10024c: e8 27 fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100254: 8b 45 fc
    push eax                             ; 100257: 50
    call printU32                        ; 100258: e8 5d fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100260: b8 1c 10 10 00
    push eax                             ; 100265: 50
    call println                         ; 100266: e8 34 fe ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10026e: 5f
    pop esi                              ; 10026f: 5e
    pop ebx                              ; 100270: 5b
    leave                                ; 100271: c9
    ret                                  ; 100272: c3

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
