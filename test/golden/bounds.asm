; tskc 0.1.0 listing of test/golden/bounds.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 50 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 50 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 88 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 e5 01 00 00
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

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1000e2: 53
    push esi                             ; 1000e3: 56
    mov esi, [esp+0xc]                   ; 1000e4: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1000e8: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1000ec: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1000f0: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1000f4: a1 00 20 10 00
    push ecx                             ; 1000f9: 51
    push edx                             ; 1000fa: 52
    push ebx                             ; 1000fb: 53
    push esi                             ; 1000fc: 56
    call eax                             ; 1000fd: ff d0
    add esp, 0x10                        ; 1000ff: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100102: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100103: f4
    jmp short .L2                        ; 100104: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100106: 53
    push esi                             ; 100107: 56
    push edi                             ; 100108: 57
    mov ebx, [esp+0x14]                  ; 100109: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10010d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100111: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100115: b8 00 10 10 00
    push eax                             ; 10011a: 50
    call print                           ; 10011b: e8 5a ff ff ff
    add esp, 4                           ; 100120: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100123: 57
    call printU32                        ; 100124: e8 75 ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10012c: b8 20 10 10 00
    push eax                             ; 100131: 50
    call print                           ; 100132: e8 43 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10013a: 56
    call printU32                        ; 10013b: e8 5e ff ff ff
    add esp, 4                           ; 100140: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100143: b8 40 10 10 00
    push eax                             ; 100148: 50
    call print                           ; 100149: e8 2c ff ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100151: ff 74 24 10
    call print                           ; 100155: e8 20 ff ff ff
    add esp, 4                           ; 10015a: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 10015d: b8 48 10 10 00
    push eax                             ; 100162: 50
    call print                           ; 100163: e8 12 ff ff ff
    add esp, 4                           ; 100168: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10016b: 53
    call printU32                        ; 10016c: e8 2d ff ff ff
    add esp, 4                           ; 100171: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 100174: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 fb fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100182: 6a 0a
    call putc                            ; 100184: e8 c2 fe ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10018c: 6a 65
    call exit                            ; 10018e: e8 45 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100196: 5f
    pop esi                              ; 100197: 5e
    pop ebx                              ; 100198: 5b
    ret                                  ; 100199: c3

fill:
    ; test/golden/bounds.ts:16: /** @noinline */ function fill(values: StaticArray<u32>): void {
    mov edx, [esp+4]                     ; 10019a: 8b 54 24 04
    xor eax, eax                         ; 10019e: 31 c0
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    cmp eax, [edx-4]                     ; 1001a0: 3b 42 fc
    jge short .L4                        ; 1001a3: 7d 10
.L12:
    ; test/golden/bounds.ts:12: return x * x;
    mov ecx, eax                         ; 1001a5: 89 c1
    imul ecx, eax                        ; 1001a7: 0f af c8
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [edx+eax*4], ecx                 ; 1001aa: 89 0c 82
    add eax, 1                           ; 1001ad: 83 c0 01
    cmp eax, [edx-4]                     ; 1001b0: 3b 42 fc
    jl short .L12                        ; 1001b3: 7c f0
.L4:
    ; test/golden/bounds.ts:18: }
    ret                                  ; 1001b5: c3

total:
    xor eax, eax                         ; 1001b6: 31 c0
    xor ecx, ecx                         ; 1001b8: 31 c9
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    cmp ecx, 0x10                        ; 1001ba: 83 f9 10
    jge short .L4                        ; 1001bd: 7d 0f
.L7:
    add eax, [ecx*4+table+4]             ; 1001bf: 03 04 8d 04 30 10 00
    add ecx, 1                           ; 1001c6: 83 c1 01
    cmp ecx, 0x10                        ; 1001c9: 83 f9 10
    jl short .L7                         ; 1001cc: 7c f1
.L4:
    ; test/golden/bounds.ts:24: return sum;
    ret                                  ; 1001ce: c3

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001cf: 53
    push esi                             ; 1001d0: 56
    mov esi, [esp+0x14]                  ; 1001d1: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 1001d5: 8b 5c 24 18
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 1001d9: b8 70 10 10 00
    push eax                             ; 1001de: 50
    call print                           ; 1001df: e8 96 fe ff ff
    add esp, 4                           ; 1001e4: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 1001e7: 56
    call printU32                        ; 1001e8: e8 b1 fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 1001f0: b8 84 10 10 00
    push eax                             ; 1001f5: 50
    call print                           ; 1001f6: e8 7f fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 1001fe: 53
    call printU32                        ; 1001ff: e8 9a fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100207: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10020c: 50
    call print                           ; 10020d: e8 68 fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100215: 6a 0a
    call putc                            ; 100217: e8 2f fe ff ff
    add esp, 4                           ; 10021c: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10021f: 6a 00
    call exit                            ; 100221: e8 b2 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100229: 5e
    pop ebx                              ; 10022a: 5b
    ret                                  ; 10022b: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebx                             ; 10022c: 53
    push esi                             ; 10022d: 56
    mov eax, stop                        ; 10022e: b8 cf 01 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100233: a3 00 20 10 00
    ; test/golden/bounds.ts:43: fill(table);
    mov ebx, table+4                     ; 100238: bb 04 30 10 00
    push ebx                             ; 10023d: 53
    call fill                            ; 10023e: e8 57 ff ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 100246: e8 6b ff ff ff
    push eax                             ; 10024b: 50
    call printU32                        ; 10024c: e8 4d fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov esi, str_6                       ; 100254: be 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100259: 56
    call print                           ; 10025a: e8 1b fe ff ff
    add esp, 4                           ; 10025f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100262: 6a 0a
    call putc                            ; 100264: e8 e2 fd ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [ebx-4]                     ; 10026c: 8b 43 fc
    cmp eax, 0xf                         ; 10026f: 83 f8 0f
    jbe short .L22                       ; 100272: 76 36
    mov eax, [ebx+0x3c]                  ; 100274: 8b 43 3c
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    push eax                             ; 100277: 50
    call printU32                        ; 100278: e8 21 fe ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100280: 56
    call print                           ; 100281: e8 f4 fd ff ff
    add esp, 4                           ; 100286: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100289: 6a 0a
    call putc                            ; 10028b: e8 bb fd ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [ebx-4]                     ; 100293: 8b 43 fc
    cmp eax, 0x10                        ; 100296: 83 f8 10
    jbe short .L23                       ; 100299: 76 1e
    mov eax, [ebx+0x40]                  ; 10029b: 8b 43 40
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    push eax                             ; 10029e: 50
    call printU32                        ; 10029f: e8 fa fd ff ff
    add esp, 4                           ; 1002a4: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop esi                              ; 1002a7: 5e
    pop ebx                              ; 1002a8: 5b
    ret                                  ; 1002a9: c3
.L22:
    ; test/golden/bounds.ts:29: return values[index];
    push eax                             ; 1002aa: 50
    push 0xf                             ; 1002ab: 6a 0f
    push 0x1d                            ; 1002ad: 6a 1d
    push str_8                           ; 1002af: 68 54 10 10 00
    call boundsTrap                      ; 1002b4: e8 29 fe ff ff
.L23:
    push eax                             ; 1002b9: 50
    push 0x10                            ; 1002ba: 6a 10
    push 0x1d                            ; 1002bc: 6a 1d
    push str_8                           ; 1002be: 68 54 10 10 00
    call boundsTrap                      ; 1002c3: e8 1a fe ff ff

__tskc_init:
    mov dword [table], 0x10              ; 1002c8: c7 05 00 30 10 00 10 00 00 00
    ret                                  ; 1002d2: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1020 - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1048 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1050 - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1054 - ($ - $$) db 0
str_8:  ; "test/golden/bounds.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2e, 0x74, 0x73
    times 0x1070 - ($ - $$) db 0
str_9:  ; "trapped: index "
    db 0xf, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64
    db 0x65, 0x78, 0x20
    times 0x1084 - ($ - $$) db 0
str_10:  ; " of "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x6f, 0x66, 0x20

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107050
table equ 0x103000  ; StaticArray<u32>(16), 68 bytes
__stack equ 0x103050  ; boot stack, 16384 bytes
