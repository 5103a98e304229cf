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
    call __tskc_init                     ; 10003b: e8 d5 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 5c 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100110: 55
    mov ebp, esp                         ; 100111: 89 e5
    mov eax, [ebp+8]                     ; 100113: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100116: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100118: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100119: f4
    jmp short .L2                        ; 10011a: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10011c: 55
    mov ebp, esp                         ; 10011d: 89 e5
    mov eax, [ebp+8]                     ; 10011f: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100122: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100127: 5d
    ret                                  ; 100128: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100129: 55
    mov ebp, esp                         ; 10012a: 89 e5
    push ebx                             ; 10012c: 53
    push esi                             ; 10012d: 56
    mov eax, [ebp+8]                     ; 10012e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100131: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100134: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100137: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10013a: 8b 35 00 20 10 00
    push ebx                             ; 100140: 53
    push edx                             ; 100141: 52
    push ecx                             ; 100142: 51
    push eax                             ; 100143: 50
    call esi                             ; 100144: ff d6
    add esp, 0x10                        ; 100146: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100149: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10014a: f4
    jmp short .L2                        ; 10014b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10014d: 55
    mov ebp, esp                         ; 10014e: 89 e5
    sub esp, 4                           ; 100150: 83 ec 04
    push ebx                             ; 100153: 53
    push esi                             ; 100154: 56
    push edi                             ; 100155: 57
    mov ebx, [ebp+8]                     ; 100156: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100159: 8b 45 0c
    mov [ebp-4], eax                     ; 10015c: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10015f: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100162: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100165: b8 1c 10 10 00
    push eax                             ; 10016a: 50
    call print                           ; 10016b: e8 15 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100173: 56
    call printU32                        ; 100174: e8 5a ff ff ff
    add esp, 4                           ; 100179: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 10017c: b8 3c 10 10 00
    push eax                             ; 100181: 50
    call print                           ; 100182: e8 fe fe ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10018a: 57
    call printU32                        ; 10018b: e8 43 ff ff ff
    add esp, 4                           ; 100190: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 100193: b8 5c 10 10 00
    push eax                             ; 100198: 50
    call print                           ; 100199: e8 e7 fe ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001a1: 53
    call print                           ; 1001a2: e8 de fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001aa: b8 64 10 10 00
    push eax                             ; 1001af: 50
    call print                           ; 1001b0: e8 d0 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001b8: 8b 45 fc
    push eax                             ; 1001bb: 50
    call printU32                        ; 1001bc: e8 12 ff ff ff
    add esp, 4                           ; 1001c1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001c4: b8 6c 10 10 00
    push eax                             ; 1001c9: 50
    call println                         ; 1001ca: e8 e9 fe ff ff
    add esp, 4                           ; 1001cf: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001d2: 5f
    pop esi                              ; 1001d3: 5e
    pop ebx                              ; 1001d4: 5b
    leave                                ; 1001d5: c9
    ret                                  ; 1001d6: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebp                             ; 1001d7: 55
    mov ebp, esp                         ; 1001d8: 89 e5
    push ebx                             ; 1001da: 53
    mov eax, [ebp+8]                     ; 1001db: 8b 45 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov ecx, [eax-4]                     ; 1001de: 8b 48 fc
    mov edx, 0                           ; 1001e1: ba 00 00 00 00
    cmp edx, ecx                         ; 1001e6: 39 ca
    jl short .L12                        ; 1001e8: 7c 03
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebx                              ; 1001ea: 5b
    pop ebp                              ; 1001eb: 5d
    ret                                  ; 1001ec: c3
.L12:
    ; test/golden/bounds.ts:12: return x * x;
    mov ebx, edx                         ; 1001ed: 89 d3
    imul ebx, edx                        ; 1001ef: 0f af da
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [eax+edx*4], ebx                 ; 1001f2: 89 1c 90
    add edx, 1                           ; 1001f5: 83 c2 01
    cmp edx, ecx                         ; 1001f8: 39 ca
    jl short .L12                        ; 1001fa: 7c f1
    jmp short .L4                        ; 1001fc: eb ec

total:
    push ebp                             ; 1001fe: 55
    mov ebp, esp                         ; 1001ff: 89 e5
    mov ecx, 0                           ; 100201: b9 00 00 00 00
    mov edx, 0                           ; 100206: ba 00 00 00 00
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    cmp edx, 0x10                        ; 10020b: 83 fa 10
    jl short .L7                         ; 10020e: 7c 04
.L4:
    ; test/golden/bounds.ts:24: return sum;
    mov eax, ecx                         ; 100210: 89 c8
    pop ebp                              ; 100212: 5d
    ret                                  ; 100213: c3
.L7:
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    mov eax, [edx*4+table+4]             ; 100214: 8b 04 95 04 30 10 00
    add ecx, eax                         ; 10021b: 01 c1
    add edx, 1                           ; 10021d: 83 c2 01
    cmp edx, 0x10                        ; 100220: 83 fa 10
    jl short .L7                         ; 100223: 7c ef
    jmp short .L4                        ; 100225: eb e9

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    push ebp                             ; 100227: 55
    mov ebp, esp                         ; 100228: 89 e5
    mov eax, [ebp+8]                     ; 10022a: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10022d: 8b 4d 0c
    ; test/golden/bounds.ts:29: return values[index];
    mov edx, [eax-4]                     ; 100230: 8b 50 fc
    cmp ecx, edx                         ; 100233: 39 d1
    jae short .L1                        ; 100235: 73 05
    mov eax, [eax+ecx*4]                 ; 100237: 8b 04 88
    pop ebp                              ; 10023a: 5d
    ret                                  ; 10023b: c3
.L1:
    mov eax, str_8                       ; 10023c: b8 70 10 10 00
    push edx                             ; 100241: 52
    push ecx                             ; 100242: 51
    push 0x1d                            ; 100243: 6a 1d
    push eax                             ; 100245: 50
    call boundsTrap                      ; 100246: e8 de fe ff ff
    add esp, 0x10                        ; 10024b: 83 c4 10

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10024e: 55
    mov ebp, esp                         ; 10024f: 89 e5
    push ebx                             ; 100251: 53
    push esi                             ; 100252: 56
    mov ebx, [ebp+0x10]                  ; 100253: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 100256: 8b 75 14
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100259: b8 8c 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 21 fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push ebx                             ; 100267: 53
    call printU32                        ; 100268: e8 66 fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 100270: b8 a0 10 10 00
    push eax                             ; 100275: 50
    call print                           ; 100276: e8 0a fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push esi                             ; 10027e: 56
    call printU32                        ; 10027f: e8 4f fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100287: b8 6c 10 10 00
    push eax                             ; 10028c: 50
    call println                         ; 10028d: e8 26 fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 100295: 6a 00
    call exit                            ; 100297: e8 74 fe ff ff
    add esp, 4                           ; 10029c: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 10029f: 5e
    pop ebx                              ; 1002a0: 5b
    pop ebp                              ; 1002a1: 5d
    ret                                  ; 1002a2: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebp                             ; 1002a3: 55
    mov ebp, esp                         ; 1002a4: 89 e5
    push ebx                             ; 1002a6: 53
    push esi                             ; 1002a7: 56
    mov eax, stop                        ; 1002a8: b8 4e 02 10 00
    push eax                             ; 1002ad: 50
    call onBoundsError                   ; 1002ae: e8 69 fe ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov ebx, table+4                     ; 1002b6: bb 04 30 10 00
    push ebx                             ; 1002bb: 53
    call fill                            ; 1002bc: e8 16 ff ff ff
    add esp, 4                           ; 1002c1: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 1002c4: e8 35 ff ff ff
    push eax                             ; 1002c9: 50
    call printU32                        ; 1002ca: e8 04 fe ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov esi, str_6                       ; 1002d2: be 6c 10 10 00
    push esi                             ; 1002d7: 56
    call println                         ; 1002d8: e8 db fd ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    push 0xf                             ; 1002e0: 6a 0f
    push ebx                             ; 1002e2: 53
    call $at                             ; 1002e3: e8 3f ff ff ff
    add esp, 8                           ; 1002e8: 83 c4 08
    push eax                             ; 1002eb: 50
    call printU32                        ; 1002ec: e8 e2 fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    push esi                             ; 1002f4: 56
    call println                         ; 1002f5: e8 be fd ff ff
    add esp, 4                           ; 1002fa: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    push 0x10                            ; 1002fd: 6a 10
    push ebx                             ; 1002ff: 53
    call $at                             ; 100300: e8 22 ff ff ff
    add esp, 8                           ; 100305: 83 c4 08
    push eax                             ; 100308: 50
    call printU32                        ; 100309: e8 c5 fd ff ff
    add esp, 4                           ; 10030e: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop esi                              ; 100311: 5e
    pop ebx                              ; 100312: 5b
    pop ebp                              ; 100313: 5d
    ret                                  ; 100314: c3

__tskc_init:
    push ebp                             ; 100315: 55
    mov ebp, esp                         ; 100316: 89 e5
    mov dword [table], 0x10              ; 100318: c7 05 00 30 10 00 10 00 00 00
    pop ebp                              ; 100322: 5d
    ret                                  ; 100323: c3

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
