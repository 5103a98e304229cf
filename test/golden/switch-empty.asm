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
    call main                            ; 10003d: e8 1b 01 00 00
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
    jge short .L4                        ; 100092: 7d 18
.L2:
    movzx eax, byte [ebx+edi+4]          ; 100094: 0f b6 44 3b 04
    movzx eax, al                        ; 100099: 0f b6 c0
    push eax                             ; 10009c: 50
    call putc                            ; 10009d: e8 a4 ff ff ff
    add esp, 4                           ; 1000a2: 83 c4 04
    add edi, 1                           ; 1000a5: 83 c7 01
    cmp edi, esi                         ; 1000a8: 39 f7
    jl short .L2                         ; 1000aa: 7c e8
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 1000ac: 5f
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
    mov ecx, [ebp+8]                     ; 10013b: 8b 4d 08
    ; test/golden/switch-empty.ts:16: switch (g) {
    mov eax, [g]                         ; 10013e: a1 00 30 10 00
    sub eax, 1                           ; 100143: 83 e8 01
    cmp eax, 6                           ; 100146: 83 f8 06
    jae short .L7                        ; 100149: 73 0e
    jmp dword [eax*4+h.switch10]         ; 10014b: ff 24 85 90 10 10 00
.L3:
    ; test/golden/switch-empty.ts:19: case 3: p += 1;
    add ecx, 1                           ; 100152: 83 c1 01
    ; test/golden/switch-empty.ts:24: return p;
    mov eax, ecx                         ; 100155: 89 c8
    pop ebp                              ; 100157: 5d
    ret                                  ; 100158: c3
.L7:
    mov eax, ecx                         ; 100159: 89 c8
    pop ebp                              ; 10015b: 5d
    ret                                  ; 10015c: c3

main:
    push ebp                             ; 10015d: 55
    mov ebp, esp                         ; 10015e: 89 e5
    push ebx                             ; 100160: 53
    push esi                             ; 100161: 56
    mov ebx, 0                           ; 100162: bb 00 00 00 00
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    cmp ebx, 0xa                         ; 100167: 83 fb 0a
    jge short .L4                        ; 10016a: 7d 1a
.L2:
    ; test/golden/switch-empty.ts:29: g = i;
    mov [g], ebx                         ; 10016c: 89 1d 00 30 10 00
    ; test/golden/switch-empty.ts:30: f(u8(i));
    movzx eax, bl                        ; 100172: 0f b6 c3
    push eax                             ; 100175: 50
    call f                               ; 100176: e8 9a ff ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/switch-empty.ts:28: for (let i = 0; i < 10; i++) {
    add ebx, 1                           ; 10017e: 83 c3 01
    cmp ebx, 0xa                         ; 100181: 83 fb 0a
    jl short .L2                         ; 100184: 7c e6
.L4:
    ; test/golden/switch-empty.ts:32: println("");
    mov ebx, str_2                       ; 100186: bb 1c 10 10 00
    push ebx                             ; 10018b: 53
    call println                         ; 10018c: e8 20 ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    mov esi, 0                           ; 100194: be 00 00 00 00
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    cmp esi, 8                           ; 100199: 83 fe 08
    jge short .L9                        ; 10019c: 7d 21
.L7:
    ; test/golden/switch-empty.ts:34: g = i;
    mov [g], esi                         ; 10019e: 89 35 00 30 10 00
    ; test/golden/switch-empty.ts:35: printU32(h(10));
    push 0xa                             ; 1001a4: 6a 0a
    call h                               ; 1001a6: e8 8d ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    push eax                             ; 1001ae: 50
    call printU32                        ; 1001af: e8 18 ff ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/switch-empty.ts:33: for (let i = 0; i < 8; i++) {
    add esi, 1                           ; 1001b7: 83 c6 01
    cmp esi, 8                           ; 1001ba: 83 fe 08
    jl short .L7                         ; 1001bd: 7c df
.L9:
    ; test/golden/switch-empty.ts:37: println("");
    push ebx                             ; 1001bf: 53
    call println                         ; 1001c0: e8 ec fe ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; test/golden/switch-empty.ts:38: exit(0);
    push 0                               ; 1001c8: 6a 00
    call exit                            ; 1001ca: e8 3a ff ff ff
    add esp, 4                           ; 1001cf: 83 c4 04
    ; test/golden/switch-empty.ts:39: }
    pop esi                              ; 1001d2: 5e
    pop ebx                              ; 1001d3: 5b
    pop ebp                              ; 1001d4: 5d
    ret                                  ; 1001d5: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001d6: 55
    mov ebp, esp                         ; 1001d7: 89 e5
    push ebx                             ; 1001d9: 53
    push esi                             ; 1001da: 56
    mov eax, [ebp+8]                     ; 1001db: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001de: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e1: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001e4: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001e7: 8b 35 00 20 10 00
    push ebx                             ; 1001ed: 53
    push edx                             ; 1001ee: 52
    push ecx                             ; 1001ef: 51
    push eax                             ; 1001f0: 50
    call esi                             ; 1001f1: ff d6
    add esp, 0x10                        ; 1001f3: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001f6: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001f7: f4
    jmp short .L2                        ; 1001f8: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001fa: 55
    mov ebp, esp                         ; 1001fb: 89 e5
    sub esp, 4                           ; 1001fd: 83 ec 04
    push ebx                             ; 100200: 53
    push esi                             ; 100201: 56
    push edi                             ; 100202: 57
    mov ebx, [ebp+8]                     ; 100203: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100206: 8b 45 0c
    mov [ebp-4], eax                     ; 100209: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10020c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10020f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100212: b8 20 10 10 00
    push eax                             ; 100217: 50
    call print                           ; 100218: e8 63 fe ff ff
    add esp, 4                           ; 10021d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100220: 56
    call printU32                        ; 100221: e8 a6 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100229: b8 40 10 10 00
    push eax                             ; 10022e: 50
    call print                           ; 10022f: e8 4c fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100237: 57
    call printU32                        ; 100238: e8 8f fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100240: b8 60 10 10 00
    push eax                             ; 100245: 50
    call print                           ; 100246: e8 35 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10024e: 53
    call print                           ; 10024f: e8 2c fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100257: b8 68 10 10 00
    push eax                             ; 10025c: 50
    call print                           ; 10025d: e8 1e fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100265: 8b 45 fc
    push eax                             ; 100268: 50
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
