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
    call __tskc_init                     ; 10003b: e8 85 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 e2 01 00 00
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
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000df: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000e0: f4
    jmp short .L2                        ; 1000e1: eb fd

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1000e3: 53
    push esi                             ; 1000e4: 56
    mov esi, [esp+0xc]                   ; 1000e5: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1000e9: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1000ed: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1000f1: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1000f5: a1 00 20 10 00
    push ecx                             ; 1000fa: 51
    push edx                             ; 1000fb: 52
    push ebx                             ; 1000fc: 53
    push esi                             ; 1000fd: 56
    call eax                             ; 1000fe: ff d0
    add esp, 0x10                        ; 100100: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100103: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100104: f4
    jmp short .L2                        ; 100105: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100107: 53
    push esi                             ; 100108: 56
    push edi                             ; 100109: 57
    mov ebx, [esp+0x14]                  ; 10010a: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10010e: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100112: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100116: b8 00 10 10 00
    push eax                             ; 10011b: 50
    call print                           ; 10011c: e8 59 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100124: 57
    call printU32                        ; 100125: e8 75 ff ff ff
    add esp, 4                           ; 10012a: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10012d: b8 20 10 10 00
    push eax                             ; 100132: 50
    call print                           ; 100133: e8 42 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10013b: 56
    call printU32                        ; 10013c: e8 5e ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100144: b8 40 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 2b ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100152: ff 74 24 10
    call print                           ; 100156: e8 1f ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 10015e: b8 48 10 10 00
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 11 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10016c: 53
    call printU32                        ; 10016d: e8 2d ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 100175: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 fa fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100183: 6a 0a
    call putc                            ; 100185: e8 c1 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10018d: 6a 65
    call exit                            ; 10018f: e8 45 ff ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100197: 5f
    pop esi                              ; 100198: 5e
    pop ebx                              ; 100199: 5b
    ret                                  ; 10019a: c3

fill:
    ; test/golden/bounds.ts:16: /** @noinline */ function fill(values: StaticArray<u32>): void {
    mov edx, [esp+4]                     ; 10019b: 8b 54 24 04
    xor eax, eax                         ; 10019f: 31 c0
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    cmp dword [edx-4], 0                 ; 1001a1: 83 7a fc 00
    jle short .L4                        ; 1001a5: 7e 10
.L12:
    ; test/golden/bounds.ts:12: return x * x;
    mov ecx, eax                         ; 1001a7: 89 c1
    imul ecx, eax                        ; 1001a9: 0f af c8
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [edx+eax*4], ecx                 ; 1001ac: 89 0c 82
    add eax, 1                           ; 1001af: 83 c0 01
    cmp eax, [edx-4]                     ; 1001b2: 3b 42 fc
    jl short .L12                        ; 1001b5: 7c f0
.L4:
    ; test/golden/bounds.ts:18: }
    ret                                  ; 1001b7: c3

total:
    xor eax, eax                         ; 1001b8: 31 c0
    xor ecx, ecx                         ; 1001ba: 31 c9
.L7:
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    add eax, [ecx*4+table+4]             ; 1001bc: 03 04 8d 04 30 10 00
    add ecx, 1                           ; 1001c3: 83 c1 01
    cmp ecx, 0x10                        ; 1001c6: 83 f9 10
    jl short .L7                         ; 1001c9: 7c f1
    ; test/golden/bounds.ts:24: return sum;
    ret                                  ; 1001cb: c3

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001cc: 53
    push esi                             ; 1001cd: 56
    mov esi, [esp+0x14]                  ; 1001ce: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 1001d2: 8b 5c 24 18
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 1001d6: b8 70 10 10 00
    push eax                             ; 1001db: 50
    call print                           ; 1001dc: e8 99 fe ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 1001e4: 56
    call printU32                        ; 1001e5: e8 b5 fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 1001ed: b8 84 10 10 00
    push eax                             ; 1001f2: 50
    call print                           ; 1001f3: e8 82 fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 1001fb: 53
    call printU32                        ; 1001fc: e8 9e fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100204: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100209: 50
    call print                           ; 10020a: e8 6b fe ff ff
    add esp, 4                           ; 10020f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100212: 6a 0a
    call putc                            ; 100214: e8 32 fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10021c: 6a 00
    call exit                            ; 10021e: e8 b6 fe ff ff
    add esp, 4                           ; 100223: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100226: 5e
    pop ebx                              ; 100227: 5b
    ret                                  ; 100228: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebx                             ; 100229: 53
    push esi                             ; 10022a: 56
    mov eax, stop                        ; 10022b: b8 cc 01 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100230: a3 00 20 10 00
    ; test/golden/bounds.ts:43: fill(table);
    mov ebx, table+4                     ; 100235: bb 04 30 10 00
    push ebx                             ; 10023a: 53
    call fill                            ; 10023b: e8 5b ff ff ff
    add esp, 4                           ; 100240: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 100243: e8 70 ff ff ff
    push eax                             ; 100248: 50
    call printU32                        ; 100249: e8 51 fe ff ff
    add esp, 4                           ; 10024e: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov esi, str_6                       ; 100251: be 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100256: 56
    call print                           ; 100257: e8 1e fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10025f: 6a 0a
    call putc                            ; 100261: e8 e5 fd ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [ebx-4]                     ; 100269: 8b 43 fc
    cmp eax, 0xf                         ; 10026c: 83 f8 0f
    jbe short .L22                       ; 10026f: 76 36
    mov eax, [ebx+0x3c]                  ; 100271: 8b 43 3c
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    push eax                             ; 100274: 50
    call printU32                        ; 100275: e8 25 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10027d: 56
    call print                           ; 10027e: e8 f7 fd ff ff
    add esp, 4                           ; 100283: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100286: 6a 0a
    call putc                            ; 100288: e8 be fd ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [ebx-4]                     ; 100290: 8b 43 fc
    cmp eax, 0x10                        ; 100293: 83 f8 10
    jbe short .L23                       ; 100296: 76 1e
    mov eax, [ebx+0x40]                  ; 100298: 8b 43 40
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    push eax                             ; 10029b: 50
    call printU32                        ; 10029c: e8 fe fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop esi                              ; 1002a4: 5e
    pop ebx                              ; 1002a5: 5b
    ret                                  ; 1002a6: c3
.L22:
    ; test/golden/bounds.ts:29: return values[index];
    push eax                             ; 1002a7: 50
    push 0xf                             ; 1002a8: 6a 0f
    push 0x1d                            ; 1002aa: 6a 1d
    push str_8                           ; 1002ac: 68 54 10 10 00
    call boundsTrap                      ; 1002b1: e8 2d fe ff ff
.L23:
    push eax                             ; 1002b6: 50
    push 0x10                            ; 1002b7: 6a 10
    push 0x1d                            ; 1002b9: 6a 1d
    push str_8                           ; 1002bb: 68 54 10 10 00
    call boundsTrap                      ; 1002c0: e8 1e fe ff ff

__tskc_init:
    mov dword [table], 0x10              ; 1002c5: c7 05 00 30 10 00 10 00 00 00
    ret                                  ; 1002cf: c3

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
