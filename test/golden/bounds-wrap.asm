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
    call __tskc_init                     ; 10003b: e8 48 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 7a 01 00 00
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
    push edi                             ; 10008a: 57
    mov ebx, [ebp+8]                     ; 10008b: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 10008e: 8b 33
    mov edi, 0                           ; 100090: bf 00 00 00 00
    cmp edi, esi                         ; 100095: 39 f7
    jl short .L7                         ; 100097: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 10009e: 0f b6 44 3b 04
    movzx eax, al                        ; 1000a3: 0f b6 c0
    push eax                             ; 1000a6: 50
    call putc                            ; 1000a7: e8 9f ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    add edi, 1                           ; 1000af: 83 c7 01
    cmp edi, esi                         ; 1000b2: 39 f7
    jl short .L7                         ; 1000b4: 7c e8
    jmp short .L4                        ; 1000b6: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b8: 55
    mov ebp, esp                         ; 1000b9: 89 e5
    mov eax, [ebp+8]                     ; 1000bb: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000be: 50
    call print                           ; 1000bf: e8 c1 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c7: 6a 0a
    call putc                            ; 1000c9: e8 7d ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000d1: 5d
    ret                                  ; 1000d2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d3: 55
    mov ebp, esp                         ; 1000d4: 89 e5
    push ebx                             ; 1000d6: 53
    mov ebx, [ebp+8]                     ; 1000d7: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000da: 83 fb 0a
    jb short .L2                         ; 1000dd: 72 14
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    push eax                             ; 1000ea: 50
    call printU32                        ; 1000eb: e8 e3 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f8: 89 d8
    xor edx, edx                         ; 1000fa: 31 d2
    div ecx                              ; 1000fc: f7 f1
    add edx, 0x30                        ; 1000fe: 83 c2 30
    movzx eax, dl                        ; 100101: 0f b6 c2
    push eax                             ; 100104: 50
    call putc                            ; 100105: e8 41 ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010d: 5b
    pop ebp                              ; 10010e: 5d
    ret                                  ; 10010f: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100110: 55
    mov ebp, esp                         ; 100111: 89 e5
    push ebx                             ; 100113: 53
    mov ebx, [ebp+8]                     ; 100114: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100117: 83 fb 00
    jge short .L2                        ; 10011a: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011c: 6a 2d
    call putc                            ; 10011e: e8 28 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100126: 89 d8
    neg eax                              ; 100128: f7 d8
    push eax                             ; 10012a: 50
    call printU32                        ; 10012b: e8 a3 ff ff ff
    add esp, 4                           ; 100130: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100133: 5b
    pop ebp                              ; 100134: 5d
    ret                                  ; 100135: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100136: 53
    call printU32                        ; 100137: e8 97 ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013f: 5b
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100142: 55
    mov ebp, esp                         ; 100143: 89 e5
    mov eax, [ebp+8]                     ; 100145: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100148: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10014b: f4
    jmp short .L2                        ; 10014c: eb fd

run:
    ; test/golden/bounds-wrap.ts:10: function run(jump: bool): void {
    push ebp                             ; 10014e: 55
    mov ebp, esp                         ; 10014f: 89 e5
    push ebx                             ; 100151: 53
    push esi                             ; 100152: 56
    mov ebx, [ebp+8]                     ; 100153: 8b 5d 08
    mov esi, 0                           ; 100156: be 00 00 00 00
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 10015b: 83 fe 04
    jge short .L3                        ; 10015e: 7d 07
.L2:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    cmp esi, 4                           ; 100160: 83 fe 04
    jae short .L5                        ; 100163: 73 49
    jmp short .L6                        ; 100165: eb 04
.L3:
    ; test/golden/bounds-wrap.ts:20: }
    pop esi                              ; 100167: 5e
    pop ebx                              ; 100168: 5b
    pop ebp                              ; 100169: 5d
    ret                                  ; 10016a: c3
.L6:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    mov dword [esi*4+a+4], 5             ; 10016b: c7 04 b5 04 30 10 00 05 00 00 00
    ; test/golden/bounds-wrap.ts:14: print("stored a[");
    mov eax, str_3                       ; 100176: b8 3c 10 10 00
    push eax                             ; 10017b: 50
    call print                           ; 10017c: e8 04 ff ff ff
    add esp, 4                           ; 100181: 83 c4 04
    ; test/golden/bounds-wrap.ts:15: printI32(i);
    push esi                             ; 100184: 56
    call printI32                        ; 100185: e8 86 ff ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; test/golden/bounds-wrap.ts:16: println("]");
    mov eax, str_4                       ; 10018d: b8 4c 10 10 00
    push eax                             ; 100192: 50
    call println                         ; 100193: e8 20 ff ff ff
    add esp, 4                           ; 100198: 83 c4 04
    ; test/golden/bounds-wrap.ts:17: if (jump) i = 0x7fffffff;
    test ebx, ebx                        ; 10019b: 85 db
    je short .L10                        ; 10019d: 74 05
    mov esi, 0x7fffffff                  ; 10019f: be ff ff ff 7f
.L10:
    ; test/golden/bounds-wrap.ts:18: i++;
    add esi, 1                           ; 1001a4: 83 c6 01
    ; test/golden/bounds-wrap.ts:12: while (i < a.length) {
    cmp esi, 4                           ; 1001a7: 83 fe 04
    jl short .L2                         ; 1001aa: 7c b4
    jmp short .L3                        ; 1001ac: eb b9
.L5:
    ; test/golden/bounds-wrap.ts:13: a[i] = 5;
    mov eax, str_2                       ; 1001ae: b8 1c 10 10 00
    push 4                               ; 1001b3: 6a 04
    push esi                             ; 1001b5: 56
    push 0xd                             ; 1001b6: 6a 0d
    push eax                             ; 1001b8: 50
    call boundsTrap                      ; 1001b9: e8 1c 00 00 00
    add esp, 0x10                        ; 1001be: 83 c4 10

main:
    ; test/golden/bounds-wrap.ts:23: run(true);
    push ebp                             ; 1001c1: 55
    mov ebp, esp                         ; 1001c2: 89 e5
    push 1                               ; 1001c4: 6a 01
    call run                             ; 1001c6: e8 83 ff ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/bounds-wrap.ts:24: exit(0);
    push 0                               ; 1001ce: 6a 00
    call exit                            ; 1001d0: e8 6d ff ff ff
    add esp, 4                           ; 1001d5: 83 c4 04
    ; test/golden/bounds-wrap.ts:25: }
    pop ebp                              ; 1001d8: 5d
    ret                                  ; 1001d9: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001da: 55
    mov ebp, esp                         ; 1001db: 89 e5
    push ebx                             ; 1001dd: 53
    push esi                             ; 1001de: 56
    mov eax, [ebp+8]                     ; 1001df: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001e2: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001e5: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001e8: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001eb: 8b 35 00 20 10 00
    push ebx                             ; 1001f1: 53
    push edx                             ; 1001f2: 52
    push ecx                             ; 1001f3: 51
    push eax                             ; 1001f4: 50
    call esi                             ; 1001f5: ff d6
    add esp, 0x10                        ; 1001f7: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001fa: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001fb: f4
    jmp short .L2                        ; 1001fc: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001fe: 55
    mov ebp, esp                         ; 1001ff: 89 e5
    sub esp, 4                           ; 100201: 83 ec 04
    push ebx                             ; 100204: 53
    push esi                             ; 100205: 56
    push edi                             ; 100206: 57
    mov ebx, [ebp+8]                     ; 100207: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10020a: 8b 45 0c
    mov [ebp-4], eax                     ; 10020d: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100210: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100213: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 100216: b8 54 10 10 00
    push eax                             ; 10021b: 50
    call print                           ; 10021c: e8 64 fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100224: 56
    call printU32                        ; 100225: e8 a9 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 10022d: b8 74 10 10 00
    push eax                             ; 100232: 50
    call print                           ; 100233: e8 4d fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10023b: 57
    call printU32                        ; 10023c: e8 92 fe ff ff
    add esp, 4                           ; 100241: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 100244: b8 94 10 10 00
    push eax                             ; 100249: 50
    call print                           ; 10024a: e8 36 fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100252: 53
    call print                           ; 100253: e8 2d fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 10025b: b8 9c 10 10 00
    push eax                             ; 100260: 50
    call print                           ; 100261: e8 1f fe ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100269: 8b 45 fc
    push eax                             ; 10026c: 50
    call printU32                        ; 10026d: e8 61 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 100275: b8 a4 10 10 00
    push eax                             ; 10027a: 50
    call println                         ; 10027b: e8 38 fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100283: 5f
    pop esi                              ; 100284: 5e
    pop ebx                              ; 100285: 5b
    leave                                ; 100286: c9
    ret                                  ; 100287: c3

__tskc_init:
    push ebp                             ; 100288: 55
    mov ebp, esp                         ; 100289: 89 e5
    mov dword [a], 4                     ; 10028b: c7 05 00 30 10 00 04 00 00 00
    pop ebp                              ; 100295: 5d
    ret                                  ; 100296: c3

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
