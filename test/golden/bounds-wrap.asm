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
    call __tskc_init                     ; 10003b: e8 0d 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 43 01 00 00
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

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000f0: 53
    mov ebx, [esp+8]                     ; 1000f1: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f5: 85 db
    jge short .L2                        ; 1000f7: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f9: 6a 2d
    call putc                            ; 1000fb: e8 4b ff ff ff
    add esp, 4                           ; 100100: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100103: f7 db
    push ebx                             ; 100105: 53
    call printU32                        ; 100106: e8 ab ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010e: 5b
    ret                                  ; 10010f: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100110: 53
    call printU32                        ; 100111: e8 a0 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    ret                                  ; 10011a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011b: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100121: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100122: f4
    jmp short .L2                        ; 100123: eb fd

run:
    ; test/golden/bounds-wrap.ts:10: function run(jump: bool): void {
    push ebx                             ; 100125: 53
    push esi                             ; 100126: 56
    mov esi, [esp+0xc]                   ; 100127: 8b 74 24 0c
    xor ebx, ebx                         ; 10012b: 31 db
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 10012d: 83 fb 04
    jge short .L3                        ; 100130: 7d 46
.L2:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp ebx, 4                           ; 100132: 83 fb 04
    jae short .L11                       ; 100135: 73 44
    mov dword [ebx*4+a+4], 5             ; 100137: c7 04 9d 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 100142: b8 3c 10 10 00
    push eax                             ; 100147: 50
    call print                           ; 100148: e8 2d ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
    ; test/golden/bounds-wrap.ts:15: printI32(i);
    push ebx                             ; 100150: 53
    call printI32                        ; 100151: e8 9a ff ff ff
    add esp, 4                           ; 100156: 83 c4 04
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 100159: b8 4c 10 10 00
    push eax                             ; 10015e: 50
    call println                         ; 10015f: e8 3a ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; test/golden/bounds-wrap.ts:17: if (jump) i = 0x7fffffff;
    test esi, esi                        ; 100167: 85 f6
    je short .L10                        ; 100169: 74 05
    mov ebx, 0x7fffffff                  ; 10016b: bb ff ff ff 7f
.L10:
    ; test/golden/bounds-wrap.ts:18: i++;
    add ebx, 1                           ; 100170: 83 c3 01
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 100173: 83 fb 04
    jl short .L2                         ; 100176: 7c ba
.L3:
    ; test/golden/bounds-wrap.ts:20: }
    pop esi                              ; 100178: 5e
    pop ebx                              ; 100179: 5b
    ret                                  ; 10017a: c3
.L11:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 10017b: 6a 04
    push ebx                             ; 10017d: 53
    push 0xd                             ; 10017e: 6a 0d
    push str_2                           ; 100180: 68 1c 10 10 00
    call boundsTrap                      ; 100185: e8 15 00 00 00

main:
    ; test/golden/bounds-wrap.ts:23: run(true);
    push 1                               ; 10018a: 6a 01
    call run                             ; 10018c: e8 94 ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 100194: 6a 00
    call exit                            ; 100196: e8 80 ff ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    ret                                  ; 10019e: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10019f: 53
    push esi                             ; 1001a0: 56
    mov esi, [esp+0xc]                   ; 1001a1: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001a5: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001a9: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001ad: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001b1: a1 00 20 10 00
    push ecx                             ; 1001b6: 51
    push edx                             ; 1001b7: 52
    push ebx                             ; 1001b8: 53
    push esi                             ; 1001b9: 56
    call eax                             ; 1001ba: ff d0
    add esp, 0x10                        ; 1001bc: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1001bf: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1001c0: f4
    jmp short .L2                        ; 1001c1: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001c3: 53
    push esi                             ; 1001c4: 56
    push edi                             ; 1001c5: 57
    mov ebx, [esp+0x14]                  ; 1001c6: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001ca: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001ce: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001d2: b8 54 10 10 00
    push eax                             ; 1001d7: 50
    call print                           ; 1001d8: e8 9d fe ff ff
    add esp, 4                           ; 1001dd: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001e0: 57
    call printU32                        ; 1001e1: e8 d0 fe ff ff
    add esp, 4                           ; 1001e6: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 1001e9: b8 74 10 10 00
    push eax                             ; 1001ee: 50
    call print                           ; 1001ef: e8 86 fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001f7: 56
    call printU32                        ; 1001f8: e8 b9 fe ff ff
    add esp, 4                           ; 1001fd: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100200: b8 94 10 10 00
    push eax                             ; 100205: 50
    call print                           ; 100206: e8 6f fe ff ff
    add esp, 4                           ; 10020b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10020e: ff 74 24 10
    call print                           ; 100212: e8 63 fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 10021a: b8 9c 10 10 00
    push eax                             ; 10021f: 50
    call print                           ; 100220: e8 55 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100228: 53
    call printU32                        ; 100229: e8 88 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 100231: b8 a4 10 10 00
    push eax                             ; 100236: 50
    call println                         ; 100237: e8 62 fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10023f: 6a 65
    call exit                            ; 100241: e8 d5 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100249: 5f
    pop esi                              ; 10024a: 5e
    pop ebx                              ; 10024b: 5b
    ret                                  ; 10024c: c3

__tskc_init:
    mov dword [a], 4                     ; 10024d: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 100257: c3

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
