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
    call main                            ; 10003d: e8 1d 01 00 00
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

f:
    ; test/golden/switch-empty.ts:10: function f(p: u8): void {
    push ebp                             ; 100117: 55
    mov ebp, esp                         ; 100118: 89 e5
    mov eax, [ebp+8]                     ; 10011a: 8b 45 08
    ; test/golden/switch-empty.ts:11: switch (g) { case 0: break; case 1: break; case 2: case 3: break; case 5: p = p; case 6: break; case 7: break; }
    mov ecx, [g]                         ; 10011d: 8b 0d 00 30 10 00
    cmp ecx, 8                           ; 100123: 83 f9 08
    jae short .L8                        ; 100126: 73 07
    jmp dword [ecx*4+f.switch9]          ; 100128: ff 24 8d 70 10 10 00
.L8:
    ; test/golden/switch-empty.ts:12: printU32(p);
    push eax                             ; 10012f: 50
    call printU32                        ; 100130: e8 99 ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; test/golden/switch-empty.ts:13: }
    pop ebp                              ; 100138: 5d
    ret                                  ; 100139: c3

h:
    ; test/golden/switch-empty.ts:15: function h(p: u32): u32 {
    push ebp                             ; 10013a: 55
    mov ebp, esp                         ; 10013b: 89 e5
    mov ecx, [ebp+8]                     ; 10013d: 8b 4d 08
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov eax, [g]                         ; 100140: a1 00 30 10 00
    sub eax, 1                           ; 100145: 83 e8 01
    cmp eax, 6                           ; 100148: 83 f8 06
    jae short .L7                        ; 10014b: 73 0e
    jmp dword [eax*4+h.switch10]         ; 10014d: ff 24 85 90 10 10 00
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add ecx, 1                           ; 100154: 83 c1 01
    ; test/golden/switch-empty.ts:24: return p;
    mov eax, ecx                         ; 100157: 89 c8
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3
.L7:
    mov eax, ecx                         ; 10015b: 89 c8
    pop ebp                              ; 10015d: 5d
    ret                                  ; 10015e: c3

main:
    push ebp                             ; 10015f: 55
    mov ebp, esp                         ; 100160: 89 e5
    push ebx                             ; 100162: 53
    push esi                             ; 100163: 56
    mov ebx, 0                           ; 100164: bb 00 00 00 00
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    cmp ebx, 0xa                         ; 100169: 83 fb 0a
    jge short .L4                        ; 10016c: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 10016e: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100174: 0f b6 c3
    push eax                             ; 100177: 50
    call f                               ; 100178: e8 9a ff ff ff
    add esp, 4                           ; 10017d: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 100180: 83 c3 01
    cmp ebx, 0xa                         ; 100183: 83 fb 0a
    jl short .L2                         ; 100186: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov ebx, str_2                       ; 100188: bb 1c 10 10 00
    push ebx                             ; 10018d: 53
    call println                         ; 10018e: e8 20 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    mov esi, 0                           ; 100196: be 00 00 00 00
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    cmp esi, 8                           ; 10019b: 83 fe 08
    jge short .L9                        ; 10019e: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], esi                         ; 1001a0: 89 35 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 1001a6: 6a 0a
    call h                               ; 1001a8: e8 8d ff ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    push eax                             ; 1001b0: 50
    call printU32                        ; 1001b1: e8 18 ff ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add esi, 1                           ; 1001b9: 83 c6 01
    cmp esi, 8                           ; 1001bc: 83 fe 08
    jl short .L7                         ; 1001bf: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    push ebx                             ; 1001c1: 53
    call println                         ; 1001c2: e8 ec fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 1001ca: 6a 00
    call exit                            ; 1001cc: e8 3a ff ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop esi                              ; 1001d4: 5e
    pop ebx                              ; 1001d5: 5b
    pop ebp                              ; 1001d6: 5d
    ret                                  ; 1001d7: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001d8: 55
    mov ebp, esp                         ; 1001d9: 89 e5
    push ebx                             ; 1001db: 53
    push esi                             ; 1001dc: 56
    mov eax, [ebp+8]                     ; 1001dd: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e0: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e3: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001e6: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001e9: 8b 35 00 20 10 00
    push ebx                             ; 1001ef: 53
    push edx                             ; 1001f0: 52
    push ecx                             ; 1001f1: 51
    push eax                             ; 1001f2: 50
    call esi                             ; 1001f3: ff d6
    add esp, 0x10                        ; 1001f5: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001f8: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001f9: f4
    jmp short .L2                        ; 1001fa: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001fc: 55
    mov ebp, esp                         ; 1001fd: 89 e5
    sub esp, 4                           ; 1001ff: 83 ec 04
    push ebx                             ; 100202: 53
    push esi                             ; 100203: 56
    push edi                             ; 100204: 57
    mov ebx, [ebp+8]                     ; 100205: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100208: 8b 45 0c
    mov [ebp-4], eax                     ; 10020b: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10020e: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100211: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100214: b8 20 10 10 00
    push eax                             ; 100219: 50
    call print                           ; 10021a: e8 61 fe ff ff
    add esp, 4                           ; 10021f: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100222: 56
    call printU32                        ; 100223: e8 a6 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 10022b: b8 40 10 10 00
    push eax                             ; 100230: 50
    call print                           ; 100231: e8 4a fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100239: 57
    call printU32                        ; 10023a: e8 8f fe ff ff
    add esp, 4                           ; 10023f: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100242: b8 60 10 10 00
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 33 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100250: 53
    call print                           ; 100251: e8 2a fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100259: b8 68 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 1c fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100267: 8b 45 fc
    push eax                             ; 10026a: 50
    call printU32                        ; 10026b: e8 5e fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100273: b8 1c 10 10 00
    push eax                             ; 100278: 50
    call println                         ; 100279: e8 35 fe ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100281: 5f
    pop esi                              ; 100282: 5e
    pop ebx                              ; 100283: 5b
    leave                                ; 100284: c9
    ret                                  ; 100285: c3

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
    dd f.L8
    dd f.L8
    dd f.L8
    times 0x1090 - ($ - $$) db 0
h.switch10:  ; jump table of h
    dd h.L3
    dd h.L3
    dd h.L3
    dd h.L7
    dd h.L7
    dd h.L7

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
