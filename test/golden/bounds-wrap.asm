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
    call __tskc_init                     ; 10003b: e8 28 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 5a 01 00 00
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
    test eax, eax                        ; 10005d: 85 c0
    jne short .L3                        ; 10005f: 75 12
.L2:
    pause                                ; 100061: f3 90
    mov edx, 0x3fd                       ; 100063: ba fd 03 00 00
    in al, dx                            ; 100068: ec
    movzx eax, al                        ; 100069: 0f b6 c0
    and eax, 0x20                        ; 10006c: 83 e0 20
    test eax, eax                        ; 10006f: 85 c0
    je short .L2                         ; 100071: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100073: 89 c8
    mov edx, 0x3f8                       ; 100075: ba f8 03 00 00
    out dx, al                           ; 10007a: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007b: 5d
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10007d: 55
    mov ebp, esp                         ; 10007e: 89 e5
    push ebx                             ; 100080: 53
    push esi                             ; 100081: 56
    mov ebx, [ebp+8]                     ; 100082: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100085: 31 f6
    cmp esi, [ebx]                       ; 100087: 3b 33
    jge short .L4                        ; 100089: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 10008b: 0f b6 44 33 04
    push eax                             ; 100090: 50
    call putc                            ; 100091: e8 b5 ff ff ff
    add esp, 4                           ; 100096: 83 c4 04
    add esi, 1                           ; 100099: 83 c6 01
    cmp esi, [ebx]                       ; 10009c: 3b 33
    jl short .L2                         ; 10009e: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a0: 5e
    pop ebx                              ; 1000a1: 5b
    pop ebp                              ; 1000a2: 5d
    ret                                  ; 1000a3: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a4: 55
    mov ebp, esp                         ; 1000a5: 89 e5
    mov eax, [ebp+8]                     ; 1000a7: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000aa: 50
    call print                           ; 1000ab: e8 cd ff ff ff
    add esp, 4                           ; 1000b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b3: 6a 0a
    call putc                            ; 1000b5: e8 91 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000bd: 5d
    ret                                  ; 1000be: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bf: 55
    mov ebp, esp                         ; 1000c0: 89 e5
    push ebx                             ; 1000c2: 53
    mov ebx, [ebp+8]                     ; 1000c3: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c6: 83 fb 0a
    jb short .L2                         ; 1000c9: 72 14
    mov ecx, 0xa                         ; 1000cb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d0: 89 d8
    xor edx, edx                         ; 1000d2: 31 d2
    div ecx                              ; 1000d4: f7 f1
    push eax                             ; 1000d6: 50
    call printU32                        ; 1000d7: e8 e3 ff ff ff
    add esp, 4                           ; 1000dc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    lea eax, [edx+0x30]                  ; 1000ea: 8d 42 30
    movzx eax, al                        ; 1000ed: 0f b6 c0
    push eax                             ; 1000f0: 50
    call putc                            ; 1000f1: e8 55 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f9: 5b
    pop ebp                              ; 1000fa: 5d
    ret                                  ; 1000fb: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    push ebx                             ; 1000ff: 53
    mov ebx, [ebp+8]                     ; 100100: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100103: 85 db
    jge short .L2                        ; 100105: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 3d ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100111: 89 d8
    neg eax                              ; 100113: f7 d8
    push eax                             ; 100115: 50
    call printU32                        ; 100116: e8 a4 ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011e: 5b
    pop ebp                              ; 10011f: 5d
    ret                                  ; 100120: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 98 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10012d: 55
    mov ebp, esp                         ; 10012e: 89 e5
    mov eax, [ebp+8]                     ; 100130: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100133: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100135: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100136: f4
    jmp short .L2                        ; 100137: eb fd

run:
    ; test/golden/bounds-wrap.ts:10: function run(jump: bool): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    push ebx                             ; 10013c: 53
    push esi                             ; 10013d: 56
    mov ebx, [ebp+8]                     ; 10013e: 8b 5d 08
    ; test/golden/bounds-wrap.ts:11: let i = 0;
    xor esi, esi                         ; 100141: 31 f6
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 100143: 83 fe 04
    jge short .L3                        ; 100146: 7d 46
.L2:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp esi, 4                           ; 100148: 83 fe 04
    jae short .L11                       ; 10014b: 73 45
    mov dword [esi*4+a+4], 5             ; 10014d: c7 04 b5 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 100158: b8 3c 10 10 00
    push eax                             ; 10015d: 50
    call print                           ; 10015e: e8 1a ff ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; test/golden/bounds-wrap.ts:15: printI32(i);
    push esi                             ; 100166: 56
    call printI32                        ; 100167: e8 90 ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 10016f: b8 4c 10 10 00
    push eax                             ; 100174: 50
    call println                         ; 100175: e8 2a ff ff ff
    add esp, 4                           ; 10017a: 83 c4 04
    ; test/golden/bounds-wrap.ts:17: if (jump) i = 0x7fffffff;
    test ebx, ebx                        ; 10017d: 85 db
    je short .L10                        ; 10017f: 74 05
    mov esi, 0x7fffffff                  ; 100181: be ff ff ff 7f
.L10:
    ; test/golden/bounds-wrap.ts:18: i++;
    add esi, 1                           ; 100186: 83 c6 01
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 100189: 83 fe 04
    jl short .L2                         ; 10018c: 7c ba
.L3:
    ; test/golden/bounds-wrap.ts:20: }
    pop esi                              ; 10018e: 5e
    pop ebx                              ; 10018f: 5b
    pop ebp                              ; 100190: 5d
    ret                                  ; 100191: c3
.L11:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    push 4                               ; 100192: 6a 04
    push esi                             ; 100194: 56
    push 0xd                             ; 100195: 6a 0d
    push str_2                           ; 100197: 68 1c 10 10 00
    call boundsTrap                      ; 10019c: e8 19 00 00 00

main:
    ; test/golden/bounds-wrap.ts:23: run(true);
    push ebp                             ; 1001a1: 55
    mov ebp, esp                         ; 1001a2: 89 e5
    push 1                               ; 1001a4: 6a 01
    call run                             ; 1001a6: e8 8e ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 1001ae: 6a 00
    call exit                            ; 1001b0: e8 78 ff ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    pop ebp                              ; 1001b8: 5d
    ret                                  ; 1001b9: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001ba: 55
    mov ebp, esp                         ; 1001bb: 89 e5
    push ebx                             ; 1001bd: 53
    push esi                             ; 1001be: 56
    mov eax, [ebp+8]                     ; 1001bf: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001c2: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001c5: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001c8: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001cb: 8b 35 00 20 10 00
    push ebx                             ; 1001d1: 53
    push edx                             ; 1001d2: 52
    push ecx                             ; 1001d3: 51
    push eax                             ; 1001d4: 50
    call esi                             ; 1001d5: ff d6
    add esp, 0x10                        ; 1001d7: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001da: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001db: f4
    jmp short .L2                        ; 1001dc: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001de: 55
    mov ebp, esp                         ; 1001df: 89 e5
    sub esp, 4                           ; 1001e1: 83 ec 04
    push ebx                             ; 1001e4: 53
    push esi                             ; 1001e5: 56
    push edi                             ; 1001e6: 57
    mov ebx, [ebp+8]                     ; 1001e7: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001ea: 8b 45 0c
    mov [ebp-4], eax                     ; 1001ed: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001f0: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001f3: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001f6: b8 54 10 10 00
    push eax                             ; 1001fb: 50
    call print                           ; 1001fc: e8 7c fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100204: 56
    call printU32                        ; 100205: e8 b5 fe ff ff
    add esp, 4                           ; 10020a: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 10020d: b8 74 10 10 00
    push eax                             ; 100212: 50
    call print                           ; 100213: e8 65 fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10021b: 57
    call printU32                        ; 10021c: e8 9e fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 100224: b8 94 10 10 00
    push eax                             ; 100229: 50
    call print                           ; 10022a: e8 4e fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100232: 53
    call print                           ; 100233: e8 45 fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 10023b: b8 9c 10 10 00
    push eax                             ; 100240: 50
    call print                           ; 100241: e8 37 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100249: 8b 45 fc
    push eax                             ; 10024c: 50
    call printU32                        ; 10024d: e8 6d fe ff ff
    add esp, 4                           ; 100252: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 100255: b8 a4 10 10 00
    push eax                             ; 10025a: 50
    call println                         ; 10025b: e8 44 fe ff ff
    add esp, 4                           ; 100260: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100263: 5f
    pop esi                              ; 100264: 5e
    pop ebx                              ; 100265: 5b
    leave                                ; 100266: c9
    ret                                  ; 100267: c3

__tskc_init:
    push ebp                             ; 100268: 55
    mov ebp, esp                         ; 100269: 89 e5
    mov dword [a], 4                     ; 10026b: c7 05 00 30 10 00 04 00 00 00
    pop ebp                              ; 100275: 5d
    ret                                  ; 100276: c3

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
