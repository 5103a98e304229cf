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
    call __tskc_init                     ; 10003b: e8 d9 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 55 02 00 00
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
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
    jl short .L2                         ; 1000b0: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000b2: 5e
    pop ebx                              ; 1000b3: 5b
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    mov eax, [ebp+8]                     ; 1000b9: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000bc: 50
    call print                           ; 1000bd: e8 c3 ff ff ff
    add esp, 4                           ; 1000c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c5: 6a 0a
    call putc                            ; 1000c7: e8 7f ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cf: 5d
    ret                                  ; 1000d0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d1: 55
    mov ebp, esp                         ; 1000d2: 89 e5
    push ebx                             ; 1000d4: 53
    mov ebx, [ebp+8]                     ; 1000d5: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d8: 83 fb 0a
    jb short .L2                         ; 1000db: 72 14
    mov ecx, 0xa                         ; 1000dd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e2: 89 d8
    xor edx, edx                         ; 1000e4: 31 d2
    div ecx                              ; 1000e6: f7 f1
    push eax                             ; 1000e8: 50
    call printU32                        ; 1000e9: e8 e3 ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f6: 89 d8
    xor edx, edx                         ; 1000f8: 31 d2
    div ecx                              ; 1000fa: f7 f1
    add edx, 0x30                        ; 1000fc: 83 c2 30
    movzx eax, dl                        ; 1000ff: 0f b6 c2
    push eax                             ; 100102: 50
    call putc                            ; 100103: e8 43 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010b: 5b
    pop ebp                              ; 10010c: 5d
    ret                                  ; 10010d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    mov eax, [ebp+8]                     ; 100111: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100114: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100116: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100117: f4
    jmp short .L2                        ; 100118: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10011a: 55
    mov ebp, esp                         ; 10011b: 89 e5
    mov eax, [ebp+8]                     ; 10011d: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100120: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100125: 5d
    ret                                  ; 100126: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100127: 55
    mov ebp, esp                         ; 100128: 89 e5
    push ebx                             ; 10012a: 53
    push esi                             ; 10012b: 56
    mov eax, [ebp+8]                     ; 10012c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10012f: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100132: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100135: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100138: 8b 35 00 20 10 00
    push ebx                             ; 10013e: 53
    push edx                             ; 10013f: 52
    push ecx                             ; 100140: 51
    push eax                             ; 100141: 50
    call esi                             ; 100142: ff d6
    add esp, 0x10                        ; 100144: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100147: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100148: f4
    jmp short .L2                        ; 100149: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10014b: 55
    mov ebp, esp                         ; 10014c: 89 e5
    sub esp, 4                           ; 10014e: 83 ec 04
    push ebx                             ; 100151: 53
    push esi                             ; 100152: 56
    push edi                             ; 100153: 57
    mov ebx, [ebp+8]                     ; 100154: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100157: 8b 45 0c
    mov [ebp-4], eax                     ; 10015a: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10015d: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100160: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100163: b8 1c 10 10 00
    push eax                             ; 100168: 50
    call print                           ; 100169: e8 17 ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100171: 56
    call printU32                        ; 100172: e8 5a ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 10017a: b8 3c 10 10 00
    push eax                             ; 10017f: 50
    call print                           ; 100180: e8 00 ff ff ff
    add esp, 4                           ; 100185: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100188: 57
    call printU32                        ; 100189: e8 43 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 100191: b8 5c 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 e9 fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10019f: 53
    call print                           ; 1001a0: e8 e0 fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001a8: b8 64 10 10 00
    push eax                             ; 1001ad: 50
    call print                           ; 1001ae: e8 d2 fe ff ff
    add esp, 4                           ; 1001b3: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001b6: 8b 45 fc
    push eax                             ; 1001b9: 50
    call printU32                        ; 1001ba: e8 12 ff ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001c2: b8 6c 10 10 00
    push eax                             ; 1001c7: 50
    call println                         ; 1001c8: e8 e9 fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001d0: 5f
    pop esi                              ; 1001d1: 5e
    pop ebx                              ; 1001d2: 5b
    leave                                ; 1001d3: c9
    ret                                  ; 1001d4: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebp                             ; 1001d5: 55
    mov ebp, esp                         ; 1001d6: 89 e5
    push ebx                             ; 1001d8: 53
    mov eax, [ebp+8]                     ; 1001d9: 8b 45 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov ecx, 0                           ; 1001dc: b9 00 00 00 00
    mov edx, [eax-4]                     ; 1001e1: 8b 50 fc
    cmp ecx, edx                         ; 1001e4: 39 d1
    jge short .L4                        ; 1001e6: 7d 14
.L2:
    ; test/golden/bounds.ts:11: function square(x: u32): u32 {
    mov edx, ecx                         ; 1001e8: 89 ca
    ; test/golden/bounds.ts:12: return x * x;
    mov ebx, edx                         ; 1001ea: 89 d3
    imul ebx, edx                        ; 1001ec: 0f af da
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [eax+ecx*4], ebx                 ; 1001ef: 89 1c 88
    add ecx, 1                           ; 1001f2: 83 c1 01
    mov edx, [eax-4]                     ; 1001f5: 8b 50 fc
    cmp ecx, edx                         ; 1001f8: 39 d1
    jl short .L2                         ; 1001fa: 7c ec
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebx                              ; 1001fc: 5b
    pop ebp                              ; 1001fd: 5d
    ret                                  ; 1001fe: c3

total:
    ; test/golden/bounds.ts:22: let sum: u32 = 0;
    push ebp                             ; 1001ff: 55
    mov ebp, esp                         ; 100200: 89 e5
    mov eax, 0                           ; 100202: b8 00 00 00 00
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    mov ecx, 0                           ; 100207: b9 00 00 00 00
    cmp ecx, 0x10                        ; 10020c: 83 f9 10
    jge short .L4                        ; 10020f: 7d 11
.L2:
    mov edx, [ecx*4+table+4]             ; 100211: 8b 14 8d 04 30 10 00
    add eax, edx                         ; 100218: 01 d0
    add ecx, 1                           ; 10021a: 83 c1 01
    cmp ecx, 0x10                        ; 10021d: 83 f9 10
    jl short .L2                         ; 100220: 7c ef
.L4:
    ; test/golden/bounds.ts:24: return sum;
    pop ebp                              ; 100222: 5d
    ret                                  ; 100223: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    push ebp                             ; 100224: 55
    mov ebp, esp                         ; 100225: 89 e5
    mov eax, [ebp+8]                     ; 100227: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10022a: 8b 4d 0c
    ; test/golden/bounds.ts:29: return values[index];
    mov edx, [eax-4]                     ; 10022d: 8b 50 fc
    cmp ecx, edx                         ; 100230: 39 d1
    jae short .L3                        ; 100232: 73 05
    mov eax, [eax+ecx*4]                 ; 100234: 8b 04 88
    pop ebp                              ; 100237: 5d
    ret                                  ; 100238: c3
.L3:
    push edx                             ; 100239: 52
    push ecx                             ; 10023a: 51
    push 0x1d                            ; 10023b: 6a 1d
    push str_8                           ; 10023d: 68 70 10 10 00
    call boundsTrap                      ; 100242: e8 e0 fe ff ff

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100247: 55
    mov ebp, esp                         ; 100248: 89 e5
    push ebx                             ; 10024a: 53
    push esi                             ; 10024b: 56
    mov ebx, [ebp+0x10]                  ; 10024c: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 10024f: 8b 75 14
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100252: b8 8c 10 10 00
    push eax                             ; 100257: 50
    call print                           ; 100258: e8 28 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push ebx                             ; 100260: 53
    call printU32                        ; 100261: e8 6b fe ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100269: b8 a0 10 10 00
    push eax                             ; 10026e: 50
    call print                           ; 10026f: e8 11 fe ff ff
    add esp, 4                           ; 100274: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push esi                             ; 100277: 56
    call printU32                        ; 100278: e8 54 fe ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100280: b8 6c 10 10 00
    push eax                             ; 100285: 50
    call println                         ; 100286: e8 2b fe ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10028e: 6a 00
    call exit                            ; 100290: e8 79 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100298: 5e
    pop ebx                              ; 100299: 5b
    pop ebp                              ; 10029a: 5d
    ret                                  ; 10029b: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebp                             ; 10029c: 55
    mov ebp, esp                         ; 10029d: 89 e5
    mov eax, stop                        ; 10029f: b8 47 02 10 00
    push eax                             ; 1002a4: 50
    call onBoundsError                   ; 1002a5: e8 70 fe ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov eax, table+4                     ; 1002ad: b8 04 30 10 00
    push eax                             ; 1002b2: 50
    call fill                            ; 1002b3: e8 1d ff ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 1002bb: e8 3f ff ff ff
    push eax                             ; 1002c0: 50
    call printU32                        ; 1002c1: e8 0b fe ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov eax, str_6                       ; 1002c9: b8 6c 10 10 00
    push eax                             ; 1002ce: 50
    call println                         ; 1002cf: e8 e2 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    mov eax, table+4                     ; 1002d7: b8 04 30 10 00
    push 0xf                             ; 1002dc: 6a 0f
    push eax                             ; 1002de: 50
    call $at                             ; 1002df: e8 40 ff ff ff
    add esp, 8                           ; 1002e4: 83 c4 08
    push eax                             ; 1002e7: 50
    call printU32                        ; 1002e8: e8 e4 fd ff ff
    add esp, 4                           ; 1002ed: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    mov eax, str_6                       ; 1002f0: b8 6c 10 10 00
    push eax                             ; 1002f5: 50
    call println                         ; 1002f6: e8 bb fd ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    mov eax, table+4                     ; 1002fe: b8 04 30 10 00
    push 0x10                            ; 100303: 6a 10
    push eax                             ; 100305: 50
    call $at                             ; 100306: e8 19 ff ff ff
    add esp, 8                           ; 10030b: 83 c4 08
    push eax                             ; 10030e: 50
    call printU32                        ; 10030f: e8 bd fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop ebp                              ; 100317: 5d
    ret                                  ; 100318: c3

__tskc_init:
    push ebp                             ; 100319: 55
    mov ebp, esp                         ; 10031a: 89 e5
    mov dword [table], 0x10              ; 10031c: c7 05 00 30 10 00 10 00 00 00
    pop ebp                              ; 100326: 5d
    ret                                  ; 100327: c3

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
