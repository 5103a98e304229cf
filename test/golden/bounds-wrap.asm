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
    call __tskc_init                     ; 10003b: e8 0e 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 44 01 00 00
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
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000f4: 85 c0
    jge short .L2                        ; 1000f6: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f8: 53
    mov ebx, eax                         ; 1000f9: 89 c3
    push 0x2d                            ; 1000fb: 6a 2d
    call putc                            ; 1000fd: e8 49 ff ff ff
    add esp, 4                           ; 100102: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100105: f7 db
    push ebx                             ; 100107: 53
    call printU32                        ; 100108: e8 a9 ff ff ff
    add esp, 4                           ; 10010d: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100110: 5b
    ret                                  ; 100111: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 100112: 50
    call printU32                        ; 100113: e8 9e ff ff ff
    add esp, 4                           ; 100118: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 10011b: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011c: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100120: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100122: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100123: f4
    jmp short .L2                        ; 100124: eb fd

run:
    ; test/golden/bounds-wrap.ts:10: function run(jump: bool): void {
    push ebx                             ; 100126: 53
    push esi                             ; 100127: 56
    mov esi, [esp+0xc]                   ; 100128: 8b 74 24 0c
    xor ebx, ebx                         ; 10012c: 31 db
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 10012e: 83 fb 04
    jge short .L3                        ; 100131: 7d 46
.L2:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp ebx, 4                           ; 100133: 83 fb 04
    jae short .L11                       ; 100136: 73 44
    mov dword [ebx*4+a+4], 5             ; 100138: c7 04 9d 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 100143: b8 3c 10 10 00
    push eax                             ; 100148: 50
    call print                           ; 100149: e8 2c ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; test/golden/bounds-wrap.ts:15: printI32(i);
    push ebx                             ; 100151: 53
    call printI32                        ; 100152: e8 99 ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 10015a: b8 4c 10 10 00
    push eax                             ; 10015f: 50
    call println                         ; 100160: e8 39 ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/bounds-wrap.ts:17: if (jump) i = 0x7fffffff;
    test esi, esi                        ; 100168: 85 f6
    je short .L10                        ; 10016a: 74 05
    mov ebx, 0x7fffffff                  ; 10016c: bb ff ff ff 7f
.L10:
    ; test/golden/bounds-wrap.ts:18: i++;
    add ebx, 1                           ; 100171: 83 c3 01
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp ebx, 4                           ; 100174: 83 fb 04
    jl short .L2                         ; 100177: 7c ba
.L3:
    ; test/golden/bounds-wrap.ts:20: }
    pop esi                              ; 100179: 5e
    pop ebx                              ; 10017a: 5b
    ret                                  ; 10017b: c3
.L11:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 10017c: 6a 04
    push ebx                             ; 10017e: 53
    push 0xd                             ; 10017f: 6a 0d
    push str_2                           ; 100181: 68 1c 10 10 00
    call boundsTrap                      ; 100186: e8 15 00 00 00

main:
    ; test/golden/bounds-wrap.ts:23: run(true);
    push 1                               ; 10018b: 6a 01
    call run                             ; 10018d: e8 94 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 100195: 6a 00
    call exit                            ; 100197: e8 80 ff ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    ret                                  ; 10019f: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001a0: 53
    push esi                             ; 1001a1: 56
    mov esi, [esp+0xc]                   ; 1001a2: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1001a6: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1001aa: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1001ae: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1001b2: a1 00 20 10 00
    push ecx                             ; 1001b7: 51
    push edx                             ; 1001b8: 52
    push ebx                             ; 1001b9: 53
    push esi                             ; 1001ba: 56
    call eax                             ; 1001bb: ff d0
    add esp, 0x10                        ; 1001bd: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1001c0: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1001c1: f4
    jmp short .L2                        ; 1001c2: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001c4: 53
    push esi                             ; 1001c5: 56
    push edi                             ; 1001c6: 57
    mov ebx, [esp+0x14]                  ; 1001c7: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001cb: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001cf: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001d3: b8 54 10 10 00
    push eax                             ; 1001d8: 50
    call print                           ; 1001d9: e8 9c fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001e1: 57
    call printU32                        ; 1001e2: e8 cf fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 1001ea: b8 74 10 10 00
    push eax                             ; 1001ef: 50
    call print                           ; 1001f0: e8 85 fe ff ff
    add esp, 4                           ; 1001f5: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001f8: 56
    call printU32                        ; 1001f9: e8 b8 fe ff ff
    add esp, 4                           ; 1001fe: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 100201: b8 94 10 10 00
    push eax                             ; 100206: 50
    call print                           ; 100207: e8 6e fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10020f: ff 74 24 10
    call print                           ; 100213: e8 62 fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 10021b: b8 9c 10 10 00
    push eax                             ; 100220: 50
    call print                           ; 100221: e8 54 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100229: 53
    call printU32                        ; 10022a: e8 87 fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 100232: b8 a4 10 10 00
    push eax                             ; 100237: 50
    call println                         ; 100238: e8 61 fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100240: 6a 65
    call exit                            ; 100242: e8 d5 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10024a: 5f
    pop esi                              ; 10024b: 5e
    pop ebx                              ; 10024c: 5b
    ret                                  ; 10024d: c3

__tskc_init:
    mov dword [a], 4                     ; 10024e: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 100258: c3

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
