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
    call __tskc_init                     ; 10003b: e8 90 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 1b 02 00 00
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
    push edi                             ; 10007c: 57
    mov edi, [esp+0x10]                  ; 10007d: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 100081: 8b 37
    xor ebx, ebx                         ; 100083: 31 db
    cmp ebx, esi                         ; 100085: 39 f3
    jge short .L4                        ; 100087: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100089: 0f b6 44 1f 04
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add ebx, 1                           ; 100097: 83 c3 01
    cmp ebx, esi                         ; 10009a: 39 f3
    jl short .L7                         ; 10009c: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 10009e: 5f
    pop esi                              ; 10009f: 5e
    pop ebx                              ; 1000a0: 5b
    ret                                  ; 1000a1: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000a2: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 ce ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000ba: 53
    mov ebx, [esp+8]                     ; 1000bb: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bf: 83 fb 0a
    jb short .L2                         ; 1000c2: 72 14
    mov ecx, 0xa                         ; 1000c4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c9: 89 d8
    xor edx, edx                         ; 1000cb: 31 d2
    div ecx                              ; 1000cd: f7 f1
    push eax                             ; 1000cf: 50
    call printU32                        ; 1000d0: e8 e5 ff ff ff
    add esp, 4                           ; 1000d5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    lea eax, [edx+0x30]                  ; 1000e3: 8d 42 30
    movzx eax, al                        ; 1000e6: 0f b6 c0
    push eax                             ; 1000e9: 50
    call putc                            ; 1000ea: e8 5c ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000f4: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f8: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000fa: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000fb: f4
    jmp short .L2                        ; 1000fc: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 1000fe: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100102: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 100107: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100108: 53
    push esi                             ; 100109: 56
    mov esi, [esp+0xc]                   ; 10010a: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10010e: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100112: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100116: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10011a: a1 00 20 10 00
    push ecx                             ; 10011f: 51
    push edx                             ; 100120: 52
    push ebx                             ; 100121: 53
    push esi                             ; 100122: 56
    call eax                             ; 100123: ff d0
    add esp, 0x10                        ; 100125: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100128: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100129: f4
    jmp short .L2                        ; 10012a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10012c: 53
    push esi                             ; 10012d: 56
    push edi                             ; 10012e: 57
    mov ebx, [esp+0x14]                  ; 10012f: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100133: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100137: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 10013b: b8 1c 10 10 00
    push eax                             ; 100140: 50
    call print                           ; 100141: e8 34 ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100149: 57
    call printU32                        ; 10014a: e8 6b ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 100152: b8 3c 10 10 00
    push eax                             ; 100157: 50
    call print                           ; 100158: e8 1d ff ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100160: 56
    call printU32                        ; 100161: e8 54 ff ff ff
    add esp, 4                           ; 100166: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100169: b8 5c 10 10 00
    push eax                             ; 10016e: 50
    call print                           ; 10016f: e8 06 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100177: ff 74 24 10
    call print                           ; 10017b: e8 fa fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 100183: b8 64 10 10 00
    push eax                             ; 100188: 50
    call print                           ; 100189: e8 ec fe ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100191: 53
    call printU32                        ; 100192: e8 23 ff ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 10019a: b8 6c 10 10 00
    push eax                             ; 10019f: 50
    call println                         ; 1001a0: e8 fd fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001a8: 6a 65
    call exit                            ; 1001aa: e8 45 ff ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001b2: 5f
    pop esi                              ; 1001b3: 5e
    pop ebx                              ; 1001b4: 5b
    ret                                  ; 1001b5: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebx                             ; 1001b6: 53
    mov ebx, [esp+8]                     ; 1001b7: 8b 5c 24 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov edx, [ebx-4]                     ; 1001bb: 8b 53 fc
    xor eax, eax                         ; 1001be: 31 c0
    cmp eax, edx                         ; 1001c0: 39 d0
    jge short .L4                        ; 1001c2: 7d 0f
.L12:
    ; test/golden/bounds.ts:12: return x * x;
    mov ecx, eax                         ; 1001c4: 89 c1
    imul ecx, eax                        ; 1001c6: 0f af c8
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [ebx+eax*4], ecx                 ; 1001c9: 89 0c 83
    add eax, 1                           ; 1001cc: 83 c0 01
    cmp eax, edx                         ; 1001cf: 39 d0
    jl short .L12                        ; 1001d1: 7c f1
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebx                              ; 1001d3: 5b
    ret                                  ; 1001d4: c3

total:
    xor eax, eax                         ; 1001d5: 31 c0
    xor ecx, ecx                         ; 1001d7: 31 c9
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    cmp ecx, 0x10                        ; 1001d9: 83 f9 10
    jge short .L4                        ; 1001dc: 7d 0f
.L7:
    add eax, [ecx*4+table+4]             ; 1001de: 03 04 8d 04 30 10 00
    add ecx, 1                           ; 1001e5: 83 c1 01
    cmp ecx, 0x10                        ; 1001e8: 83 f9 10
    jl short .L7                         ; 1001eb: 7c f1
.L4:
    ; test/golden/bounds.ts:24: return sum;
    ret                                  ; 1001ed: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    mov edx, [esp+4]                     ; 1001ee: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001f2: 8b 4c 24 08
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [edx-4]                     ; 1001f6: 8b 42 fc
    cmp ecx, eax                         ; 1001f9: 39 c1
    jae short .L3                        ; 1001fb: 73 04
    mov eax, [edx+ecx*4]                 ; 1001fd: 8b 04 8a
    ret                                  ; 100200: c3
.L3:
    push eax                             ; 100201: 50
    push ecx                             ; 100202: 51
    push 0x1d                            ; 100203: 6a 1d
    push str_8                           ; 100205: 68 70 10 10 00
    call boundsTrap                      ; 10020a: e8 f9 fe ff ff

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10020f: 53
    push esi                             ; 100210: 56
    mov esi, [esp+0x14]                  ; 100211: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100215: 8b 5c 24 18
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100219: b8 8c 10 10 00
    push eax                             ; 10021e: 50
    call print                           ; 10021f: e8 56 fe ff ff
    add esp, 4                           ; 100224: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 100227: 56
    call printU32                        ; 100228: e8 8d fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100230: b8 a0 10 10 00
    push eax                             ; 100235: 50
    call print                           ; 100236: e8 3f fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 10023e: 53
    call printU32                        ; 10023f: e8 76 fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100247: b8 6c 10 10 00
    push eax                             ; 10024c: 50
    call println                         ; 10024d: e8 50 fe ff ff
    add esp, 4                           ; 100252: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 100255: 6a 00
    call exit                            ; 100257: e8 98 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 10025f: 5e
    pop ebx                              ; 100260: 5b
    ret                                  ; 100261: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebx                             ; 100262: 53
    push esi                             ; 100263: 56
    mov eax, stop                        ; 100264: b8 0f 02 10 00
    push eax                             ; 100269: 50
    call onBoundsError                   ; 10026a: e8 8f fe ff ff
    add esp, 4                           ; 10026f: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov ebx, table+4                     ; 100272: bb 04 30 10 00
    push ebx                             ; 100277: 53
    call fill                            ; 100278: e8 39 ff ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 100280: e8 50 ff ff ff
    push eax                             ; 100285: 50
    call printU32                        ; 100286: e8 2f fe ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov esi, str_6                       ; 10028e: be 6c 10 10 00
    push esi                             ; 100293: 56
    call println                         ; 100294: e8 09 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    push 0xf                             ; 10029c: 6a 0f
    push ebx                             ; 10029e: 53
    call $at                             ; 10029f: e8 4a ff ff ff
    add esp, 8                           ; 1002a4: 83 c4 08
    push eax                             ; 1002a7: 50
    call printU32                        ; 1002a8: e8 0d fe ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    push esi                             ; 1002b0: 56
    call println                         ; 1002b1: e8 ec fd ff ff
    add esp, 4                           ; 1002b6: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    push 0x10                            ; 1002b9: 6a 10
    push ebx                             ; 1002bb: 53
    call $at                             ; 1002bc: e8 2d ff ff ff
    add esp, 8                           ; 1002c1: 83 c4 08
    push eax                             ; 1002c4: 50
    call printU32                        ; 1002c5: e8 f0 fd ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop esi                              ; 1002cd: 5e
    pop ebx                              ; 1002ce: 5b
    ret                                  ; 1002cf: c3

__tskc_init:
    mov dword [table], 0x10              ; 1002d0: c7 05 00 30 10 00 10 00 00 00
    ret                                  ; 1002da: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x103c - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x105c - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1064 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x106c - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1070 - ($ - $$) db 0
str_8:  ; "test/golden/bounds.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2e, 0x74, 0x73
    times 0x108c - ($ - $$) db 0
str_9:  ; "trapped: index "
    db 0xf, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64
    db 0x65, 0x78, 0x20
    times 0x10a0 - ($ - $$) db 0
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
