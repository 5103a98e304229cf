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
    call __tskc_init                     ; 10003b: e8 d7 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 53 02 00 00
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
    mov esi, [ebp+8]                     ; 10008a: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 10008d: bb 00 00 00 00
    mov eax, [esi]                       ; 100092: 8b 06
    cmp ebx, eax                         ; 100094: 39 c3
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100098: 0f b6 44 1e 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add ebx, 1                           ; 1000a9: 83 c3 01
    mov eax, [esi]                       ; 1000ac: 8b 06
    cmp ebx, eax                         ; 1000ae: 39 c3
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
    mov esi, [ebp+8]                     ; 10012c: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 10012f: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100132: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100135: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100138: a1 00 20 10 00
    push ecx                             ; 10013d: 51
    push edx                             ; 10013e: 52
    push ebx                             ; 10013f: 53
    push esi                             ; 100140: 56
    call eax                             ; 100141: ff d0
    add esp, 0x10                        ; 100143: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100146: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100147: f4
    jmp short .L2                        ; 100148: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10014a: 55
    mov ebp, esp                         ; 10014b: 89 e5
    sub esp, 4                           ; 10014d: 83 ec 04
    push ebx                             ; 100150: 53
    push esi                             ; 100151: 56
    push edi                             ; 100152: 57
    mov eax, [ebp+8]                     ; 100153: 8b 45 08
    mov [ebp-4], eax                     ; 100156: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100159: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10015c: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10015f: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100162: b8 1c 10 10 00
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 18 ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100170: 57
    call printU32                        ; 100171: e8 5b ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 100179: b8 3c 10 10 00
    push eax                             ; 10017e: 50
    call print                           ; 10017f: e8 01 ff ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100187: 56
    call printU32                        ; 100188: e8 44 ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 100190: b8 5c 10 10 00
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 ea fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 10019e: ff 75 fc
    call print                           ; 1001a1: e8 df fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001a9: b8 64 10 10 00
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 d1 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001b7: 53
    call printU32                        ; 1001b8: e8 14 ff ff ff
    add esp, 4                           ; 1001bd: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001c0: b8 6c 10 10 00
    push eax                             ; 1001c5: 50
    call println                         ; 1001c6: e8 eb fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001ce: 5f
    pop esi                              ; 1001cf: 5e
    pop ebx                              ; 1001d0: 5b
    leave                                ; 1001d1: c9
    ret                                  ; 1001d2: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebp                             ; 1001d3: 55
    mov ebp, esp                         ; 1001d4: 89 e5
    mov edx, [ebp+8]                     ; 1001d6: 8b 55 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov eax, 0                           ; 1001d9: b8 00 00 00 00
    mov ecx, [edx-4]                     ; 1001de: 8b 4a fc
    cmp eax, ecx                         ; 1001e1: 39 c8
    jge short .L4                        ; 1001e3: 7d 12
.L2:
    ; test/golden/bounds.ts:11: function square(x: u32): u32 {
    mov ecx, eax                         ; 1001e5: 89 c1
    ; test/golden/bounds.ts:12: return x * x;
    imul ecx, ecx                        ; 1001e7: 0f af c9
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [edx+eax*4], ecx                 ; 1001ea: 89 0c 82
    add eax, 1                           ; 1001ed: 83 c0 01
    mov ecx, [edx-4]                     ; 1001f0: 8b 4a fc
    cmp eax, ecx                         ; 1001f3: 39 c8
    jl short .L2                         ; 1001f5: 7c ee
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebp                              ; 1001f7: 5d
    ret                                  ; 1001f8: c3

total:
    ; test/golden/bounds.ts:22: let sum: u32 = 0;
    push ebp                             ; 1001f9: 55
    mov ebp, esp                         ; 1001fa: 89 e5
    mov eax, 0                           ; 1001fc: b8 00 00 00 00
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    mov ecx, 0                           ; 100201: b9 00 00 00 00
    cmp ecx, 0x10                        ; 100206: 83 f9 10
    jge short .L4                        ; 100209: 7d 11
.L2:
    mov edx, [ecx*4+table+4]             ; 10020b: 8b 14 8d 04 30 10 00
    add eax, edx                         ; 100212: 01 d0
    add ecx, 1                           ; 100214: 83 c1 01
    cmp ecx, 0x10                        ; 100217: 83 f9 10
    jl short .L2                         ; 10021a: 7c ef
.L4:
    ; test/golden/bounds.ts:24: return sum;
    pop ebp                              ; 10021c: 5d
    ret                                  ; 10021d: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    push ebp                             ; 10021e: 55
    mov ebp, esp                         ; 10021f: 89 e5
    mov eax, [ebp+8]                     ; 100221: 8b 45 08
    mov edx, [ebp+0xc]                   ; 100224: 8b 55 0c
    ; test/golden/bounds.ts:29: return values[index];
    mov ecx, [eax-4]                     ; 100227: 8b 48 fc
    cmp edx, ecx                         ; 10022a: 39 ca
    jae short .L1                        ; 10022c: 73 05
    mov eax, [eax+edx*4]                 ; 10022e: 8b 04 90
    pop ebp                              ; 100231: 5d
    ret                                  ; 100232: c3
.L1:
    mov eax, str_8                       ; 100233: b8 70 10 10 00
    push ecx                             ; 100238: 51
    push edx                             ; 100239: 52
    push 0x1d                            ; 10023a: 6a 1d
    push eax                             ; 10023c: 50
    call boundsTrap                      ; 10023d: e8 e5 fe ff ff
    add esp, 0x10                        ; 100242: 83 c4 10

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100245: 55
    mov ebp, esp                         ; 100246: 89 e5
    push ebx                             ; 100248: 53
    push esi                             ; 100249: 56
    mov esi, [ebp+0x10]                  ; 10024a: 8b 75 10
    mov ebx, [ebp+0x14]                  ; 10024d: 8b 5d 14
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100250: b8 8c 10 10 00
    push eax                             ; 100255: 50
    call print                           ; 100256: e8 2a fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push esi                             ; 10025e: 56
    call printU32                        ; 10025f: e8 6d fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100267: b8 a0 10 10 00
    push eax                             ; 10026c: 50
    call print                           ; 10026d: e8 13 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push ebx                             ; 100275: 53
    call printU32                        ; 100276: e8 56 fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 10027e: b8 6c 10 10 00
    push eax                             ; 100283: 50
    call println                         ; 100284: e8 2d fe ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10028c: 6a 00
    call exit                            ; 10028e: e8 7b fe ff ff
    add esp, 4                           ; 100293: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100296: 5e
    pop ebx                              ; 100297: 5b
    pop ebp                              ; 100298: 5d
    ret                                  ; 100299: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebp                             ; 10029a: 55
    mov ebp, esp                         ; 10029b: 89 e5
    mov eax, stop                        ; 10029d: b8 45 02 10 00
    push eax                             ; 1002a2: 50
    call onBoundsError                   ; 1002a3: e8 72 fe ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov eax, table+4                     ; 1002ab: b8 04 30 10 00
    push eax                             ; 1002b0: 50
    call fill                            ; 1002b1: e8 1d ff ff ff
    add esp, 4                           ; 1002b6: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 1002b9: e8 3b ff ff ff
    push eax                             ; 1002be: 50
    call printU32                        ; 1002bf: e8 0d fe ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov eax, str_6                       ; 1002c7: b8 6c 10 10 00
    push eax                             ; 1002cc: 50
    call println                         ; 1002cd: e8 e4 fd ff ff
    add esp, 4                           ; 1002d2: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    mov eax, table+4                     ; 1002d5: b8 04 30 10 00
    push 0xf                             ; 1002da: 6a 0f
    push eax                             ; 1002dc: 50
    call $at                             ; 1002dd: e8 3c ff ff ff
    add esp, 8                           ; 1002e2: 83 c4 08
    push eax                             ; 1002e5: 50
    call printU32                        ; 1002e6: e8 e6 fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    mov eax, str_6                       ; 1002ee: b8 6c 10 10 00
    push eax                             ; 1002f3: 50
    call println                         ; 1002f4: e8 bd fd ff ff
    add esp, 4                           ; 1002f9: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    mov eax, table+4                     ; 1002fc: b8 04 30 10 00
    push 0x10                            ; 100301: 6a 10
    push eax                             ; 100303: 50
    call $at                             ; 100304: e8 15 ff ff ff
    add esp, 8                           ; 100309: 83 c4 08
    push eax                             ; 10030c: 50
    call printU32                        ; 10030d: e8 bf fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop ebp                              ; 100315: 5d
    ret                                  ; 100316: c3

__tskc_init:
    push ebp                             ; 100317: 55
    mov ebp, esp                         ; 100318: 89 e5
    mov dword [table], 0x10              ; 10031a: c7 05 00 30 10 00 10 00 00 00
    pop ebp                              ; 100324: 5d
    ret                                  ; 100325: c3

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
