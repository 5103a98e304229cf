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
    call __tskc_init                     ; 10003b: e8 b8 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 34 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    mov eax, [ebp+8]                     ; 1000ff: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100102: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100104: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100105: f4
    jmp short .L2                        ; 100106: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 100108: 55
    mov ebp, esp                         ; 100109: 89 e5
    mov eax, [ebp+8]                     ; 10010b: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10010e: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100113: 5d
    ret                                  ; 100114: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100115: 55
    mov ebp, esp                         ; 100116: 89 e5
    push ebx                             ; 100118: 53
    push esi                             ; 100119: 56
    mov eax, [ebp+8]                     ; 10011a: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10011d: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100120: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100123: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100126: 8b 35 00 20 10 00
    push ebx                             ; 10012c: 53
    push edx                             ; 10012d: 52
    push ecx                             ; 10012e: 51
    push eax                             ; 10012f: 50
    call esi                             ; 100130: ff d6
    add esp, 0x10                        ; 100132: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100135: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100136: f4
    jmp short .L2                        ; 100137: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    sub esp, 4                           ; 10013c: 83 ec 04
    push ebx                             ; 10013f: 53
    push esi                             ; 100140: 56
    push edi                             ; 100141: 57
    mov ebx, [ebp+8]                     ; 100142: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100145: 8b 45 0c
    mov [ebp-4], eax                     ; 100148: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10014b: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10014e: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100151: b8 1c 10 10 00
    push eax                             ; 100156: 50
    call print                           ; 100157: e8 21 ff ff ff
    add esp, 4                           ; 10015c: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10015f: 56
    call printU32                        ; 100160: e8 5a ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 100168: b8 3c 10 10 00
    push eax                             ; 10016d: 50
    call print                           ; 10016e: e8 0a ff ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100176: 57
    call printU32                        ; 100177: e8 43 ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 10017f: b8 5c 10 10 00
    push eax                             ; 100184: 50
    call print                           ; 100185: e8 f3 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10018d: 53
    call print                           ; 10018e: e8 ea fe ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 100196: b8 64 10 10 00
    push eax                             ; 10019b: 50
    call print                           ; 10019c: e8 dc fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001a4: 8b 45 fc
    push eax                             ; 1001a7: 50
    call printU32                        ; 1001a8: e8 12 ff ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001b0: b8 6c 10 10 00
    push eax                             ; 1001b5: 50
    call println                         ; 1001b6: e8 e9 fe ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001be: 5f
    pop esi                              ; 1001bf: 5e
    pop ebx                              ; 1001c0: 5b
    leave                                ; 1001c1: c9
    ret                                  ; 1001c2: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebp                             ; 1001c3: 55
    mov ebp, esp                         ; 1001c4: 89 e5
    push ebx                             ; 1001c6: 53
    mov eax, [ebp+8]                     ; 1001c7: 8b 45 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    xor ecx, ecx                         ; 1001ca: 31 c9
    cmp ecx, [eax-4]                     ; 1001cc: 3b 48 fc
    jge short .L4                        ; 1001cf: 7d 12
.L2:
    ; test/golden/bounds.ts:11: function square(x: u32): u32 {
    mov edx, ecx                         ; 1001d1: 89 ca
    ; test/golden/bounds.ts:12: return x * x;
    mov ebx, edx                         ; 1001d3: 89 d3
    imul ebx, edx                        ; 1001d5: 0f af da
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [eax+ecx*4], ebx                 ; 1001d8: 89 1c 88
    add ecx, 1                           ; 1001db: 83 c1 01
    cmp ecx, [eax-4]                     ; 1001de: 3b 48 fc
    jl short .L2                         ; 1001e1: 7c ee
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebx                              ; 1001e3: 5b
    pop ebp                              ; 1001e4: 5d
    ret                                  ; 1001e5: c3

total:
    ; test/golden/bounds.ts:22: let sum: u32 = 0;
    push ebp                             ; 1001e6: 55
    mov ebp, esp                         ; 1001e7: 89 e5
    xor eax, eax                         ; 1001e9: 31 c0
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    xor ecx, ecx                         ; 1001eb: 31 c9
    cmp ecx, 0x10                        ; 1001ed: 83 f9 10
    jge short .L4                        ; 1001f0: 7d 0f
.L2:
    add eax, [ecx*4+table+4]             ; 1001f2: 03 04 8d 04 30 10 00
    add ecx, 1                           ; 1001f9: 83 c1 01
    cmp ecx, 0x10                        ; 1001fc: 83 f9 10
    jl short .L2                         ; 1001ff: 7c f1
.L4:
    ; test/golden/bounds.ts:24: return sum;
    pop ebp                              ; 100201: 5d
    ret                                  ; 100202: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    push ebp                             ; 100203: 55
    mov ebp, esp                         ; 100204: 89 e5
    mov eax, [ebp+8]                     ; 100206: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100209: 8b 4d 0c
    ; test/golden/bounds.ts:29: return values[index];
    mov edx, [eax-4]                     ; 10020c: 8b 50 fc
    cmp ecx, edx                         ; 10020f: 39 d1
    jae short .L3                        ; 100211: 73 05
    mov eax, [eax+ecx*4]                 ; 100213: 8b 04 88
    pop ebp                              ; 100216: 5d
    ret                                  ; 100217: c3
.L3:
    push edx                             ; 100218: 52
    push ecx                             ; 100219: 51
    push 0x1d                            ; 10021a: 6a 1d
    push str_8                           ; 10021c: 68 70 10 10 00
    call boundsTrap                      ; 100221: e8 ef fe ff ff

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100226: 55
    mov ebp, esp                         ; 100227: 89 e5
    push ebx                             ; 100229: 53
    push esi                             ; 10022a: 56
    mov ebx, [ebp+0x10]                  ; 10022b: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 10022e: 8b 75 14
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100231: b8 8c 10 10 00
    push eax                             ; 100236: 50
    call print                           ; 100237: e8 41 fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push ebx                             ; 10023f: 53
    call printU32                        ; 100240: e8 7a fe ff ff
    add esp, 4                           ; 100245: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100248: b8 a0 10 10 00
    push eax                             ; 10024d: 50
    call print                           ; 10024e: e8 2a fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push esi                             ; 100256: 56
    call printU32                        ; 100257: e8 63 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 10025f: b8 6c 10 10 00
    push eax                             ; 100264: 50
    call println                         ; 100265: e8 3a fe ff ff
    add esp, 4                           ; 10026a: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 10026d: 6a 00
    call exit                            ; 10026f: e8 88 fe ff ff
    add esp, 4                           ; 100274: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 100277: 5e
    pop ebx                              ; 100278: 5b
    pop ebp                              ; 100279: 5d
    ret                                  ; 10027a: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebp                             ; 10027b: 55
    mov ebp, esp                         ; 10027c: 89 e5
    mov eax, stop                        ; 10027e: b8 26 02 10 00
    push eax                             ; 100283: 50
    call onBoundsError                   ; 100284: e8 7f fe ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov eax, table+4                     ; 10028c: b8 04 30 10 00
    push eax                             ; 100291: 50
    call fill                            ; 100292: e8 2c ff ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 10029a: e8 47 ff ff ff
    push eax                             ; 10029f: 50
    call printU32                        ; 1002a0: e8 1a fe ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov eax, str_6                       ; 1002a8: b8 6c 10 10 00
    push eax                             ; 1002ad: 50
    call println                         ; 1002ae: e8 f1 fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    mov eax, table+4                     ; 1002b6: b8 04 30 10 00
    push 0xf                             ; 1002bb: 6a 0f
    push eax                             ; 1002bd: 50
    call $at                             ; 1002be: e8 40 ff ff ff
    add esp, 8                           ; 1002c3: 83 c4 08
    push eax                             ; 1002c6: 50
    call printU32                        ; 1002c7: e8 f3 fd ff ff
    add esp, 4                           ; 1002cc: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    mov eax, str_6                       ; 1002cf: b8 6c 10 10 00
    push eax                             ; 1002d4: 50
    call println                         ; 1002d5: e8 ca fd ff ff
    add esp, 4                           ; 1002da: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    mov eax, table+4                     ; 1002dd: b8 04 30 10 00
    push 0x10                            ; 1002e2: 6a 10
    push eax                             ; 1002e4: 50
    call $at                             ; 1002e5: e8 19 ff ff ff
    add esp, 8                           ; 1002ea: 83 c4 08
    push eax                             ; 1002ed: 50
    call printU32                        ; 1002ee: e8 cc fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop ebp                              ; 1002f6: 5d
    ret                                  ; 1002f7: c3

__tskc_init:
    push ebp                             ; 1002f8: 55
    mov ebp, esp                         ; 1002f9: 89 e5
    mov dword [table], 0x10              ; 1002fb: c7 05 00 30 10 00 10 00 00 00
    pop ebp                              ; 100305: 5d
    ret                                  ; 100306: c3

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
