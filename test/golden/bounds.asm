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
    call __tskc_init                     ; 10003b: e8 89 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 14 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f4: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f6: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f7: f4
    jmp short .L2                        ; 1000f8: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 1000fa: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 1000fe: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 100103: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100104: 53
    push esi                             ; 100105: 56
    mov esi, [esp+0xc]                   ; 100106: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10010a: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10010e: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100112: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100116: a1 00 20 10 00
    push ecx                             ; 10011b: 51
    push edx                             ; 10011c: 52
    push ebx                             ; 10011d: 53
    push esi                             ; 10011e: 56
    call eax                             ; 10011f: ff d0
    add esp, 0x10                        ; 100121: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100124: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100125: f4
    jmp short .L2                        ; 100126: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100128: 53
    push esi                             ; 100129: 56
    push edi                             ; 10012a: 57
    mov ebx, [esp+0x14]                  ; 10012b: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10012f: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100133: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100137: b8 1c 10 10 00
    push eax                             ; 10013c: 50
    call print                           ; 10013d: e8 38 ff ff ff
    add esp, 4                           ; 100142: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100145: 57
    call printU32                        ; 100146: e8 6b ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10014e: b8 3c 10 10 00
    push eax                             ; 100153: 50
    call print                           ; 100154: e8 21 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10015c: 56
    call printU32                        ; 10015d: e8 54 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100165: b8 5c 10 10 00
    push eax                             ; 10016a: 50
    call print                           ; 10016b: e8 0a ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100173: ff 74 24 10
    call print                           ; 100177: e8 fe fe ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 10017f: b8 64 10 10 00
    push eax                             ; 100184: 50
    call print                           ; 100185: e8 f0 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10018d: 53
    call printU32                        ; 10018e: e8 23 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 100196: b8 6c 10 10 00
    push eax                             ; 10019b: 50
    call println                         ; 10019c: e8 fd fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001a4: 6a 65
    call exit                            ; 1001a6: e8 45 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001ae: 5f
    pop esi                              ; 1001af: 5e
    pop ebx                              ; 1001b0: 5b
    ret                                  ; 1001b1: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    mov edx, [esp+4]                     ; 1001b2: 8b 54 24 04
    xor eax, eax                         ; 1001b6: 31 c0
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    cmp eax, [edx-4]                     ; 1001b8: 3b 42 fc
    jge short .L4                        ; 1001bb: 7d 10
.L12:
    ; test/golden/bounds.ts:12: return x * x;
    mov ecx, eax                         ; 1001bd: 89 c1
    imul ecx, eax                        ; 1001bf: 0f af c8
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [edx+eax*4], ecx                 ; 1001c2: 89 0c 82
    add eax, 1                           ; 1001c5: 83 c0 01
    cmp eax, [edx-4]                     ; 1001c8: 3b 42 fc
    jl short .L12                        ; 1001cb: 7c f0
.L4:
    ; test/golden/bounds.ts:18: }
    ret                                  ; 1001cd: c3

total:
    xor eax, eax                         ; 1001ce: 31 c0
    xor ecx, ecx                         ; 1001d0: 31 c9
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    cmp ecx, 0x10                        ; 1001d2: 83 f9 10
    jge short .L4                        ; 1001d5: 7d 0f
.L7:
    add eax, [ecx*4+table+4]             ; 1001d7: 03 04 8d 04 30 10 00
    add ecx, 1                           ; 1001de: 83 c1 01
    cmp ecx, 0x10                        ; 1001e1: 83 f9 10
    jl short .L7                         ; 1001e4: 7c f1
.L4:
    ; test/golden/bounds.ts:24: return sum;
    ret                                  ; 1001e6: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    mov edx, [esp+4]                     ; 1001e7: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001eb: 8b 4c 24 08
    ; test/golden/bounds.ts:29: return values[index];
    mov eax, [edx-4]                     ; 1001ef: 8b 42 fc
    cmp ecx, eax                         ; 1001f2: 39 c1
    jae short .L3                        ; 1001f4: 73 04
    mov eax, [edx+ecx*4]                 ; 1001f6: 8b 04 8a
    ret                                  ; 1001f9: c3
.L3:
    push eax                             ; 1001fa: 50
    push ecx                             ; 1001fb: 51
    push 0x1d                            ; 1001fc: 6a 1d
    push str_8                           ; 1001fe: 68 70 10 10 00
    call boundsTrap                      ; 100203: e8 fc fe ff ff

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100208: 53
    push esi                             ; 100209: 56
    mov esi, [esp+0x14]                  ; 10020a: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 10020e: 8b 5c 24 18
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100212: b8 8c 10 10 00
    push eax                             ; 100217: 50
    call print                           ; 100218: e8 5d fe ff ff
    add esp, 4                           ; 10021d: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 100220: 56
    call printU32                        ; 100221: e8 90 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100229: b8 a0 10 10 00
    push eax                             ; 10022e: 50
    call print                           ; 10022f: e8 46 fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 100237: 53
    call printU32                        ; 100238: e8 79 fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100240: b8 6c 10 10 00
    push eax                             ; 100245: 50
    call println                         ; 100246: e8 53 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10024e: 6a 00
    call exit                            ; 100250: e8 9b fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100258: 5e
    pop ebx                              ; 100259: 5b
    ret                                  ; 10025a: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebx                             ; 10025b: 53
    push esi                             ; 10025c: 56
    mov eax, stop                        ; 10025d: b8 08 02 10 00
    push eax                             ; 100262: 50
    call onBoundsError                   ; 100263: e8 92 fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov ebx, table+4                     ; 10026b: bb 04 30 10 00
    push ebx                             ; 100270: 53
    call fill                            ; 100271: e8 3c ff ff ff
    add esp, 4                           ; 100276: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 100279: e8 50 ff ff ff
    push eax                             ; 10027e: 50
    call printU32                        ; 10027f: e8 32 fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov esi, str_6                       ; 100287: be 6c 10 10 00
    push esi                             ; 10028c: 56
    call println                         ; 10028d: e8 0c fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    push 0xf                             ; 100295: 6a 0f
    push ebx                             ; 100297: 53
    call $at                             ; 100298: e8 4a ff ff ff
    add esp, 8                           ; 10029d: 83 c4 08
    push eax                             ; 1002a0: 50
    call printU32                        ; 1002a1: e8 10 fe ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    push esi                             ; 1002a9: 56
    call println                         ; 1002aa: e8 ef fd ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    push 0x10                            ; 1002b2: 6a 10
    push ebx                             ; 1002b4: 53
    call $at                             ; 1002b5: e8 2d ff ff ff
    add esp, 8                           ; 1002ba: 83 c4 08
    push eax                             ; 1002bd: 50
    call printU32                        ; 1002be: e8 f3 fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop esi                              ; 1002c6: 5e
    pop ebx                              ; 1002c7: 5b
    ret                                  ; 1002c8: c3

__tskc_init:
    mov dword [table], 0x10              ; 1002c9: c7 05 00 30 10 00 10 00 00 00
    ret                                  ; 1002d3: c3

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
