; tskc 0.1.0 listing of test/golden/bounds-wrap.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 20 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 20 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 3e 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 70 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    movzx eax, al                        ; 10005d: 0f b6 c0
    cmp eax, 0                           ; 100060: 83 f8 00
    jne short .L3                        ; 100063: 75 16
.L2:
    pause                                ; 100065: f3 90
    mov edx, 0x3fd                       ; 100067: ba fd 03 00 00
    in al, dx                            ; 10006c: ec
    movzx eax, al                        ; 10006d: 0f b6 c0
    and eax, 0x20                        ; 100070: 83 e0 20
    movzx eax, al                        ; 100073: 0f b6 c0
    cmp eax, 0                           ; 100076: 83 f8 00
    je short .L2                         ; 100079: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10007b: 89 c8
    mov edx, 0x3f8                       ; 10007d: ba f8 03 00 00
    out dx, al                           ; 100082: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100083: 5d
    ret                                  ; 100084: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100085: 55
    mov ebp, esp                         ; 100086: 89 e5
    push ebx                             ; 100088: 53
    push esi                             ; 100089: 56
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
    jl short .L2                         ; 1000b0: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000b2: 5e
    pop ebx                              ; 1000b3: 5b
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    mov eax, [ebp+8]                     ; 1000b9: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000bc: 50
    call print                           ; 1000bd: e8 c3 ff ff ff
    add esp, 4                           ; 1000c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c5: 6a 0a
    call putc                            ; 1000c7: e8 7f ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cf: 5d
    ret                                  ; 1000d0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d1: 55
    mov ebp, esp                         ; 1000d2: 89 e5
    push ebx                             ; 1000d4: 53
    mov ebx, [ebp+8]                     ; 1000d5: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d8: 83 fb 0a
    jb short .L2                         ; 1000db: 72 14
    mov ecx, 0xa                         ; 1000dd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e2: 89 d8
    xor edx, edx                         ; 1000e4: 31 d2
    div ecx                              ; 1000e6: f7 f1
    push eax                             ; 1000e8: 50
    call printU32                        ; 1000e9: e8 e3 ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f6: 89 d8
    xor edx, edx                         ; 1000f8: 31 d2
    div ecx                              ; 1000fa: f7 f1
    add edx, 0x30                        ; 1000fc: 83 c2 30
    movzx eax, dl                        ; 1000ff: 0f b6 c2
    push eax                             ; 100102: 50
    call putc                            ; 100103: e8 43 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010b: 5b
    pop ebp                              ; 10010c: 5d
    ret                                  ; 10010d: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    push ebx                             ; 100111: 53
    mov ebx, [ebp+8]                     ; 100112: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100115: 83 fb 00
    jge short .L2                        ; 100118: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011a: 6a 2d
    call putc                            ; 10011c: e8 2a ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100124: 89 d8
    neg eax                              ; 100126: f7 d8
    push eax                             ; 100128: 50
    call printU32                        ; 100129: e8 a3 ff ff ff
    add esp, 4                           ; 10012e: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100131: 5b
    pop ebp                              ; 100132: 5d
    ret                                  ; 100133: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100134: 53
    call printU32                        ; 100135: e8 97 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013d: 5b
    pop ebp                              ; 10013e: 5d
    ret                                  ; 10013f: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100140: 55
    mov ebp, esp                         ; 100141: 89 e5
    mov eax, [ebp+8]                     ; 100143: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100146: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100148: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100149: f4
    jmp short .L2                        ; 10014a: eb fd

run:
    ; test/golden/bounds-wrap.ts:10: function run(jump: bool): void {
    push ebp                             ; 10014c: 55
    mov ebp, esp                         ; 10014d: 89 e5
    push ebx                             ; 10014f: 53
    push esi                             ; 100150: 56
    mov ebx, [ebp+8]                     ; 100151: 8b 5d 08
    ; test/golden/bounds-wrap.ts:11: let i = 0;
    mov esi, 0                           ; 100154: be 00 00 00 00
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 100159: 83 fe 04
    jge short .L3                        ; 10015c: 7d 46
.L2:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp esi, 4                           ; 10015e: 83 fe 04
    jae short .L11                       ; 100161: 73 45
    mov dword [esi*4+a+4], 5             ; 100163: c7 04 b5 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 10016e: b8 3c 10 10 00
    push eax                             ; 100173: 50
    call print                           ; 100174: e8 0c ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; test/golden/bounds-wrap.ts:15: printI32(i);
    push esi                             ; 10017c: 56
    call printI32                        ; 10017d: e8 8c ff ff ff
    add esp, 4                           ; 100182: 83 c4 04
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 100185: b8 4c 10 10 00
    push eax                             ; 10018a: 50
    call println                         ; 10018b: e8 26 ff ff ff
    add esp, 4                           ; 100190: 83 c4 04
    ; test/golden/bounds-wrap.ts:17: if (jump) i = 0x7fffffff;
    test ebx, ebx                        ; 100193: 85 db
    je short .L10                        ; 100195: 74 05
    mov esi, 0x7fffffff                  ; 100197: be ff ff ff 7f
.L10:
    ; test/golden/bounds-wrap.ts:18: i++;
    add esi, 1                           ; 10019c: 83 c6 01
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 10019f: 83 fe 04
    jl short .L2                         ; 1001a2: 7c ba
.L3:
    ; test/golden/bounds-wrap.ts:20: }
    pop esi                              ; 1001a4: 5e
    pop ebx                              ; 1001a5: 5b
    pop ebp                              ; 1001a6: 5d
    ret                                  ; 1001a7: c3
.L11:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 1001a8: 6a 04
    push esi                             ; 1001aa: 56
    push 0xd                             ; 1001ab: 6a 0d
    push str_2                           ; 1001ad: 68 1c 10 10 00
    call boundsTrap                      ; 1001b2: e8 19 00 00 00

main:
    ; test/golden/bounds-wrap.ts:23: run(true);
    push ebp                             ; 1001b7: 55
    mov ebp, esp                         ; 1001b8: 89 e5
    push 1                               ; 1001ba: 6a 01
    call run                             ; 1001bc: e8 8b ff ff ff
    add esp, 4                           ; 1001c1: 83 c4 04
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 1001c4: 6a 00
    call exit                            ; 1001c6: e8 75 ff ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    pop ebp                              ; 1001ce: 5d
    ret                                  ; 1001cf: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001d0: 55
    mov ebp, esp                         ; 1001d1: 89 e5
    push ebx                             ; 1001d3: 53
    push esi                             ; 1001d4: 56
    mov eax, [ebp+8]                     ; 1001d5: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001d8: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001db: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001de: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001e1: 8b 35 00 20 10 00
    push ebx                             ; 1001e7: 53
    push edx                             ; 1001e8: 52
    push ecx                             ; 1001e9: 51
    push eax                             ; 1001ea: 50
    call esi                             ; 1001eb: ff d6
    add esp, 0x10                        ; 1001ed: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001f0: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001f1: f4
    jmp short .L2                        ; 1001f2: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    sub esp, 4                           ; 1001f7: 83 ec 04
    push ebx                             ; 1001fa: 53
    push esi                             ; 1001fb: 56
    push edi                             ; 1001fc: 57
    mov ebx, [ebp+8]                     ; 1001fd: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100200: 8b 45 0c
    mov [ebp-4], eax                     ; 100203: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100206: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100209: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 10020c: b8 54 10 10 00
    push eax                             ; 100211: 50
    call print                           ; 100212: e8 6e fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10021a: 56
    call printU32                        ; 10021b: e8 b1 fe ff ff
    add esp, 4                           ; 100220: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 100223: b8 74 10 10 00
    push eax                             ; 100228: 50
    call print                           ; 100229: e8 57 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100231: 57
    call printU32                        ; 100232: e8 9a fe ff ff
    add esp, 4                           ; 100237: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 10023a: b8 94 10 10 00
    push eax                             ; 10023f: 50
    call print                           ; 100240: e8 40 fe ff ff
    add esp, 4                           ; 100245: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100248: 53
    call print                           ; 100249: e8 37 fe ff ff
    add esp, 4                           ; 10024e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 100251: b8 9c 10 10 00
    push eax                             ; 100256: 50
    call print                           ; 100257: e8 29 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10025f: 8b 45 fc
    push eax                             ; 100262: 50
    call printU32                        ; 100263: e8 69 fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 10026b: b8 a4 10 10 00
    push eax                             ; 100270: 50
    call println                         ; 100271: e8 40 fe ff ff
    add esp, 4                           ; 100276: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100279: 5f
    pop esi                              ; 10027a: 5e
    pop ebx                              ; 10027b: 5b
    leave                                ; 10027c: c9
    ret                                  ; 10027d: c3

__tskc_init:
    push ebp                             ; 10027e: 55
    mov ebp, esp                         ; 10027f: 89 e5
    mov dword [a], 4                     ; 100281: c7 05 00 30 10 00 04 00 00 00
    pop ebp                              ; 10028b: 5d
    ret                                  ; 10028c: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "test/golden/bounds-wrap.ts"
    db 0x1a, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2d, 0x77, 0x72, 0x61, 0x70, 0x2e, 0x74, 0x73
    times 0x103c - ($ - $$) db 0
str_3:  ; "stored a["
    db 0x9, 0x0, 0x0, 0x0, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x64, 0x20, 0x61, 0x5b
    times 0x104c - ($ - $$) db 0
str_4:  ; "]"
    db 0x1, 0x0, 0x0, 0x0, 0x5d
    times 0x1054 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1074 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1094 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x109c - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x10a4 - ($ - $$) db 0
str_9:  ; ""
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
__bss_end equ 0x107020
a equ 0x103000  ; StaticArray<i32>(4), 20 bytes
__stack equ 0x103020  ; boot stack, 16384 bytes
