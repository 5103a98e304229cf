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
    call __tskc_init                     ; 10003b: e8 e1 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 9b 00 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009e: 53
    mov ebx, [esp+8]                     ; 10009f: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a3: 83 fb 0a
    jb short .L2                         ; 1000a6: 72 14
    mov ecx, 0xa                         ; 1000a8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ad: 89 d8
    xor edx, edx                         ; 1000af: 31 d2
    div ecx                              ; 1000b1: f7 f1
    push eax                             ; 1000b3: 50
    call printU32                        ; 1000b4: e8 e5 ff ff ff
    add esp, 4                           ; 1000b9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bc: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c1: 89 d8
    xor edx, edx                         ; 1000c3: 31 d2
    div ecx                              ; 1000c5: f7 f1
    lea eax, [edx+0x30]                  ; 1000c7: 8d 42 30
    movzx eax, al                        ; 1000ca: 0f b6 c0
    push eax                             ; 1000cd: 50
    call putc                            ; 1000ce: e8 78 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d6: 5b
    ret                                  ; 1000d7: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d8: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dc: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000de: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000df: f4
    jmp short .L2                        ; 1000e0: eb fd

main:
    push ebx                             ; 1000e2: 53
    xor ebx, ebx                         ; 1000e3: 31 db
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 1000e5: 83 fb 04
    jge short .L2                        ; 1000e8: 7d 64
.L5:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp ebx, 4                           ; 1000ea: 83 fb 04
    jae short .L16                       ; 1000ed: 73 6b
    mov dword [ebx*4+a+4], 5             ; 1000ef: c7 04 9d 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 1000fa: b8 20 10 10 00
    push eax                             ; 1000ff: 50
    call print                           ; 100100: e8 75 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100108: 85 db
    jge short .L11                       ; 10010a: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10010c: 6a 2d
    call putc                            ; 10010e: e8 38 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100116: f7 db
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 80 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    jmp short .L15                       ; 100121: eb 09
.L11:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100123: 53
    call printU32                        ; 100124: e8 75 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
.L15:
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 10012c: b8 30 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100131: 50
    call print                           ; 100132: e8 43 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10013a: 6a 0a
    call putc                            ; 10013c: e8 0a ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    mov ebx, 0x80000000                  ; 100144: bb 00 00 00 80
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 100149: 83 fb 04
    jl short .L5                         ; 10014c: 7c 9c
.L2:
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 10014e: 6a 00
    call exit                            ; 100150: e8 83 ff ff ff
    add esp, 4                           ; 100155: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    pop ebx                              ; 100158: 5b
    ret                                  ; 100159: c3
.L16:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 10015a: 6a 04
    push ebx                             ; 10015c: 53
    push 0xd                             ; 10015d: 6a 0d
    push str_2                           ; 10015f: 68 00 10 10 00
    call boundsTrap                      ; 100164: e8 00 00 00 00

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100169: 53
    push esi                             ; 10016a: 56
    mov esi, [esp+0xc]                   ; 10016b: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10016f: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100173: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100177: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10017b: a1 00 20 10 00
    push ecx                             ; 100180: 51
    push edx                             ; 100181: 52
    push ebx                             ; 100182: 53
    push esi                             ; 100183: 56
    call eax                             ; 100184: ff d0
    add esp, 0x10                        ; 100186: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100189: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10018a: f4
    jmp short .L2                        ; 10018b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10018d: 53
    push esi                             ; 10018e: 56
    push edi                             ; 10018f: 57
    mov ebx, [esp+0x14]                  ; 100190: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100194: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100198: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 10019c: b8 38 10 10 00
    push eax                             ; 1001a1: 50
    call print                           ; 1001a2: e8 d3 fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001aa: 57
    call printU32                        ; 1001ab: e8 ee fe ff ff
    add esp, 4                           ; 1001b0: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 1001b3: b8 58 10 10 00
    push eax                             ; 1001b8: 50
    call print                           ; 1001b9: e8 bc fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001c1: 56
    call printU32                        ; 1001c2: e8 d7 fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 1001ca: b8 78 10 10 00
    push eax                             ; 1001cf: 50
    call print                           ; 1001d0: e8 a5 fe ff ff
    add esp, 4                           ; 1001d5: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001d8: ff 74 24 10
    call print                           ; 1001dc: e8 99 fe ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001e4: b8 80 10 10 00
    push eax                             ; 1001e9: 50
    call print                           ; 1001ea: e8 8b fe ff ff
    add esp, 4                           ; 1001ef: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001f2: 53
    call printU32                        ; 1001f3: e8 a6 fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001fb: b8 88 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100200: 50
    call print                           ; 100201: e8 74 fe ff ff
    add esp, 4                           ; 100206: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100209: 6a 0a
    call putc                            ; 10020b: e8 3b fe ff ff
    add esp, 4                           ; 100210: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100213: 6a 65
    call exit                            ; 100215: e8 be fe ff ff
    add esp, 4                           ; 10021a: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10021d: 5f
    pop esi                              ; 10021e: 5e
    pop ebx                              ; 10021f: 5b
    ret                                  ; 100220: c3

__tskc_init:
    mov dword [a], 4                     ; 100221: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 10022b: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "test/golden/bounds-wrap.ts"
    db 0x1a, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2d, 0x77, 0x72, 0x61, 0x70, 0x2e, 0x74, 0x73
    times 0x1020 - ($ - $$) db 0
str_3:  ; "stored a["
    db 0x9, 0x0, 0x0, 0x0, 0x73, 0x74, 0x6f, 0x72, 0x65, 0x64, 0x20, 0x61, 0x5b
    times 0x1030 - ($ - $$) db 0
str_4:  ; "]"
    db 0x1, 0x0, 0x0, 0x0, 0x5d
    times 0x1038 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1058 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1078 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1080 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1088 - ($ - $$) db 0
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
