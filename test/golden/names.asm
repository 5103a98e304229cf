; tskc 0.1.0 listing of test/golden/names.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x10200c, 0x107000, 0x100020

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

_start_2:
    ; test/golden/names.ts:13: return 5;
    push ebp                             ; 100103: 55
    mov ebp, esp                         ; 100104: 89 e5
    mov eax, 5                           ; 100106: b8 05 00 00 00
    pop ebp                              ; 10010b: 5d
    ret                                  ; 10010c: c3

__tskc_stack_overflow_2:
    ; test/golden/names.ts:17: return 6;
    push ebp                             ; 10010d: 55
    mov ebp, esp                         ; 10010e: 89 e5
    mov eax, 6                           ; 100110: b8 06 00 00 00
    pop ebp                              ; 100115: 5d
    ret                                  ; 100116: c3

main:
    ; test/golden/names.ts:21: printU32(__stack);
    push ebp                             ; 100117: 55
    mov ebp, esp                         ; 100118: 89 e5
    mov eax, [__stack_2]                 ; 10011a: a1 00 20 10 00
    push eax                             ; 10011f: 50
    call printU32                        ; 100120: e8 95 ff ff ff
    add esp, 4                           ; 100125: 83 c4 04
    ; test/golden/names.ts:22: printU32(_start());
    call _start_2                        ; 100128: e8 d6 ff ff ff
    push eax                             ; 10012d: 50
    call printU32                        ; 10012e: e8 87 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; test/golden/names.ts:23: printU32(__bss_end);
    mov eax, [__bss_end_2]               ; 100136: a1 04 20 10 00
    push eax                             ; 10013b: 50
    call printU32                        ; 10013c: e8 79 ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; test/golden/names.ts:24: printU32(__tskc_stack_overflow());
    call __tskc_stack_overflow_2         ; 100144: e8 c4 ff ff ff
    push eax                             ; 100149: 50
    call printU32                        ; 10014a: e8 6b ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; test/golden/names.ts:25: println("");
    mov eax, str_2                       ; 100152: b8 1c 10 10 00
    push eax                             ; 100157: 50
    call println                         ; 100158: e8 42 ff ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; test/golden/names.ts:26: exit(0);
    push 0                               ; 100160: 6a 00
    call exit                            ; 100162: e8 90 ff ff ff
    add esp, 4                           ; 100167: 83 c4 04
    ; test/golden/names.ts:27: }
    pop ebp                              ; 10016a: 5d
    ret                                  ; 10016b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10016c: 55
    mov ebp, esp                         ; 10016d: 89 e5
    push ebx                             ; 10016f: 53
    push esi                             ; 100170: 56
    mov eax, [ebp+8]                     ; 100171: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100174: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100177: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10017a: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10017d: 8b 35 08 20 10 00
    push ebx                             ; 100183: 53
    push edx                             ; 100184: 52
    push ecx                             ; 100185: 51
    push eax                             ; 100186: 50
    call esi                             ; 100187: ff d6
    add esp, 0x10                        ; 100189: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10018c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10018d: f4
    jmp short .L2                        ; 10018e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100190: 55
    mov ebp, esp                         ; 100191: 89 e5
    sub esp, 4                           ; 100193: 83 ec 04
    push ebx                             ; 100196: 53
    push esi                             ; 100197: 56
    push edi                             ; 100198: 57
    mov ebx, [ebp+8]                     ; 100199: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10019c: 8b 45 0c
    mov [ebp-4], eax                     ; 10019f: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001a2: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001a5: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 1001a8: b8 20 10 10 00
    push eax                             ; 1001ad: 50
    call print                           ; 1001ae: e8 c5 fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001b6: 56
    call printU32                        ; 1001b7: e8 fe fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 1001bf: b8 40 10 10 00
    push eax                             ; 1001c4: 50
    call print                           ; 1001c5: e8 ae fe ff ff
    add esp, 4                           ; 1001ca: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001cd: 57
    call printU32                        ; 1001ce: e8 e7 fe ff ff
    add esp, 4                           ; 1001d3: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 1001d6: b8 60 10 10 00
    push eax                             ; 1001db: 50
    call print                           ; 1001dc: e8 97 fe ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001e4: 53
    call print                           ; 1001e5: e8 8e fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 1001ed: b8 68 10 10 00
    push eax                             ; 1001f2: 50
    call print                           ; 1001f3: e8 80 fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001fb: 8b 45 fc
    push eax                             ; 1001fe: 50
    call printU32                        ; 1001ff: e8 b6 fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100207: b8 1c 10 10 00
    push eax                             ; 10020c: 50
    call println                         ; 10020d: e8 8d fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100215: 5f
    pop esi                              ; 100216: 5e
    pop ebx                              ; 100217: 5b
    leave                                ; 100218: c9
    ret                                  ; 100219: c3

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

; .data
    times 0x2000 - ($ - $$) db 0
__stack_2:  ; u32
    db 0x7, 0x0, 0x0, 0x0
    times 0x2004 - ($ - $$) db 0
__bss_end_2:  ; u32
    db 0x8, 0x0, 0x0, 0x0
    times 0x2008 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x200c - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
