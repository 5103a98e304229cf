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
    call __tskc_init                     ; 10003b: e8 af 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 2f 02 00 00
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
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100102: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100106: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100108: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100109: f4
    jmp short .L2                        ; 10010a: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 10010c: 8b 44 24 04
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100110: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    ret                                  ; 100115: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100116: 53
    push esi                             ; 100117: 56
    mov esi, [esp+0xc]                   ; 100118: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10011c: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100120: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100124: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100128: a1 00 20 10 00
    push ecx                             ; 10012d: 51
    push edx                             ; 10012e: 52
    push ebx                             ; 10012f: 53
    push esi                             ; 100130: 56
    call eax                             ; 100131: ff d0
    add esp, 0x10                        ; 100133: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100136: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100137: f4
    jmp short .L2                        ; 100138: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10013a: 53
    push esi                             ; 10013b: 56
    push edi                             ; 10013c: 57
    mov ebx, [esp+0x14]                  ; 10013d: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100141: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100145: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100149: b8 1c 10 10 00
    push eax                             ; 10014e: 50
    call print                           ; 10014f: e8 2e ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100157: 57
    call printU32                        ; 100158: e8 6b ff ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 100160: b8 3c 10 10 00
    push eax                             ; 100165: 50
    call print                           ; 100166: e8 17 ff ff ff
    add esp, 4                           ; 10016b: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10016e: 56
    call printU32                        ; 10016f: e8 54 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 100177: b8 5c 10 10 00
    push eax                             ; 10017c: 50
    call print                           ; 10017d: e8 00 ff ff ff
    add esp, 4                           ; 100182: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100185: ff 74 24 10
    call print                           ; 100189: e8 f4 fe ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 100191: b8 64 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 e6 fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10019f: 53
    call printU32                        ; 1001a0: e8 23 ff ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001a8: b8 6c 10 10 00
    push eax                             ; 1001ad: 50
    call println                         ; 1001ae: e8 fd fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001b6: 5f
    pop esi                              ; 1001b7: 5e
    pop ebx                              ; 1001b8: 5b
    ret                                  ; 1001b9: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    mov edx, [esp+4]                     ; 1001ba: 8b 54 24 04
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov eax, 0                           ; 1001be: b8 00 00 00 00
    mov ecx, [edx-4]                     ; 1001c3: 8b 4a fc
    cmp eax, ecx                         ; 1001c6: 39 c8
    jge short .L4                        ; 1001c8: 7d 12
.L2:
    ; test/golden/bounds.ts:11: function square(x: u32): u32 {
    mov ecx, eax                         ; 1001ca: 89 c1
    ; test/golden/bounds.ts:12: return x * x;
    imul ecx, ecx                        ; 1001cc: 0f af c9
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [edx+eax*4], ecx                 ; 1001cf: 89 0c 82
    add eax, 1                           ; 1001d2: 83 c0 01
    mov ecx, [edx-4]                     ; 1001d5: 8b 4a fc
    cmp eax, ecx                         ; 1001d8: 39 c8
    jl short .L2                         ; 1001da: 7c ee
.L4:
    ; test/golden/bounds.ts:18: }
    ret                                  ; 1001dc: c3

total:
    ; test/golden/bounds.ts:22: let sum: u32 = 0;
    mov eax, 0                           ; 1001dd: b8 00 00 00 00
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    mov ecx, 0                           ; 1001e2: b9 00 00 00 00
    cmp ecx, 0x10                        ; 1001e7: 83 f9 10
    jge short .L4                        ; 1001ea: 7d 11
.L2:
    mov edx, [ecx*4+table+4]             ; 1001ec: 8b 14 8d 04 30 10 00
    add eax, edx                         ; 1001f3: 01 d0
    add ecx, 1                           ; 1001f5: 83 c1 01
    cmp ecx, 0x10                        ; 1001f8: 83 f9 10
    jl short .L2                         ; 1001fb: 7c ef
.L4:
    ; test/golden/bounds.ts:24: return sum;
    ret                                  ; 1001fd: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    mov eax, [esp+4]                     ; 1001fe: 8b 44 24 04
    mov edx, [esp+8]                     ; 100202: 8b 54 24 08
    ; test/golden/bounds.ts:29: return values[index];
    mov ecx, [eax-4]                     ; 100206: 8b 48 fc
    cmp edx, ecx                         ; 100209: 39 ca
    jae short .L1                        ; 10020b: 73 04
    mov eax, [eax+edx*4]                 ; 10020d: 8b 04 90
    ret                                  ; 100210: c3
.L1:
    mov eax, str_8                       ; 100211: b8 70 10 10 00
    push ecx                             ; 100216: 51
    push edx                             ; 100217: 52
    push 0x1d                            ; 100218: 6a 1d
    push eax                             ; 10021a: 50
    call boundsTrap                      ; 10021b: e8 f6 fe ff ff
    add esp, 0x10                        ; 100220: 83 c4 10

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100223: 53
    push esi                             ; 100224: 56
    mov esi, [esp+0x14]                  ; 100225: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100229: 8b 5c 24 18
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 10022d: b8 8c 10 10 00
    push eax                             ; 100232: 50
    call print                           ; 100233: e8 4a fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 10023b: 56
    call printU32                        ; 10023c: e8 87 fe ff ff
    add esp, 4                           ; 100241: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100244: b8 a0 10 10 00
    push eax                             ; 100249: 50
    call print                           ; 10024a: e8 33 fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 100252: 53
    call printU32                        ; 100253: e8 70 fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 10025b: b8 6c 10 10 00
    push eax                             ; 100260: 50
    call println                         ; 100261: e8 4a fe ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 100269: 6a 00
    call exit                            ; 10026b: e8 92 fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100273: 5e
    pop ebx                              ; 100274: 5b
    ret                                  ; 100275: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    mov eax, stop                        ; 100276: b8 23 02 10 00
    push eax                             ; 10027b: 50
    call onBoundsError                   ; 10027c: e8 8b fe ff ff
    add esp, 4                           ; 100281: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov eax, table+4                     ; 100284: b8 04 30 10 00
    push eax                             ; 100289: 50
    call fill                            ; 10028a: e8 2b ff ff ff
    add esp, 4                           ; 10028f: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 100292: e8 46 ff ff ff
    push eax                             ; 100297: 50
    call printU32                        ; 100298: e8 2b fe ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov eax, str_6                       ; 1002a0: b8 6c 10 10 00
    push eax                             ; 1002a5: 50
    call println                         ; 1002a6: e8 05 fe ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    mov eax, table+4                     ; 1002ae: b8 04 30 10 00
    push 0xf                             ; 1002b3: 6a 0f
    push eax                             ; 1002b5: 50
    call $at                             ; 1002b6: e8 43 ff ff ff
    add esp, 8                           ; 1002bb: 83 c4 08
    push eax                             ; 1002be: 50
    call printU32                        ; 1002bf: e8 04 fe ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    mov eax, str_6                       ; 1002c7: b8 6c 10 10 00
    push eax                             ; 1002cc: 50
    call println                         ; 1002cd: e8 de fd ff ff
    add esp, 4                           ; 1002d2: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    mov eax, table+4                     ; 1002d5: b8 04 30 10 00
    push 0x10                            ; 1002da: 6a 10
    push eax                             ; 1002dc: 50
    call $at                             ; 1002dd: e8 1c ff ff ff
    add esp, 8                           ; 1002e2: 83 c4 08
    push eax                             ; 1002e5: 50
    call printU32                        ; 1002e6: e8 dd fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/bounds.ts:49: }
    ret                                  ; 1002ee: c3

__tskc_init:
    mov dword [table], 0x10              ; 1002ef: c7 05 00 30 10 00 10 00 00 00
    ret                                  ; 1002f9: c3

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
