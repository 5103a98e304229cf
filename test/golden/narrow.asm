; tskc 0.1.0 listing of test/golden/narrow.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 9a 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 04
    pause                                ; 100060: f3 90
    jmp short .L1                        ; 100062: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100064: 89 c8
    mov edx, 0x3f8                       ; 100066: ba f8 03 00 00
    out dx, al                           ; 10006b: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10006c: 5d
    ret                                  ; 10006d: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10006e: 55
    mov ebp, esp                         ; 10006f: 89 e5
    push ebx                             ; 100071: 53
    push esi                             ; 100072: 56
    mov ebx, [ebp+8]                     ; 100073: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100076: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 10007b: 8b 03
    cmp esi, eax                         ; 10007d: 39 c6
    jge short .L4                        ; 10007f: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100081: 0f b6 44 33 04
    movzx eax, al                        ; 100086: 0f b6 c0
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add esi, 1                           ; 100092: 83 c6 01
    jmp short .L1                        ; 100095: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    pop ebp                              ; 100099: 5d
    ret                                  ; 10009a: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009b: 55
    mov ebp, esp                         ; 10009c: 89 e5
    mov eax, [ebp+8]                     ; 10009e: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 c7 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    push ebx                             ; 1000b9: 53
    mov ebx, [ebp+8]                     ; 1000ba: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bd: 83 fb 0a
    jb short .L2                         ; 1000c0: 72 14
    mov ecx, 0xa                         ; 1000c2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c7: 89 d8
    xor edx, edx                         ; 1000c9: 31 d2
    div ecx                              ; 1000cb: f7 f1
    push eax                             ; 1000cd: 50
    call printU32                        ; 1000ce: e8 e3 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000db: 89 d8
    xor edx, edx                         ; 1000dd: 31 d2
    div ecx                              ; 1000df: f7 f1
    add edx, 0x30                        ; 1000e1: 83 c2 30
    movzx eax, dl                        ; 1000e4: 0f b6 c2
    push eax                             ; 1000e7: 50
    call putc                            ; 1000e8: e8 59 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f0: 5b
    pop ebp                              ; 1000f1: 5d
    ret                                  ; 1000f2: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f3: 55
    mov ebp, esp                         ; 1000f4: 89 e5
    push ebx                             ; 1000f6: 53
    mov ebx, [ebp+8]                     ; 1000f7: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000fa: 83 fb 00
    jge short .L2                        ; 1000fd: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000ff: 6a 2d
    call putc                            ; 100101: e8 40 ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100109: 89 d8
    neg eax                              ; 10010b: f7 d8
    push eax                             ; 10010d: 50
    call printU32                        ; 10010e: e8 a3 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    jmp short .L3                        ; 100116: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 98 ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    pop ebp                              ; 100122: 5d
    ret                                  ; 100123: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100124: 55
    mov ebp, esp                         ; 100125: 89 e5
    mov eax, [ebp+8]                     ; 100127: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012a: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10012c: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10012d: f4
    jmp short .L2                        ; 10012e: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebp                             ; 100130: 55
    mov ebp, esp                         ; 100131: 89 e5
    sub esp, 4                           ; 100133: 83 ec 04
    push ebx                             ; 100136: 53
    push esi                             ; 100137: 56
    mov ebx, [ebp+8]                     ; 100138: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10013b: 8b 75 0c
    mov eax, [ebp+0x10]                  ; 10013e: 8b 45 10
    mov [ebp-4], eax                     ; 100141: 89 45 fc
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    mov eax, ebx                         ; 100144: 89 d8
    add eax, 1                           ; 100146: 83 c0 01
    movzx eax, al                        ; 100149: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10014c: 50
    call printU32                        ; 10014d: e8 64 ff ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov eax, str_2                       ; 100155: b8 1c 10 10 00
    push eax                             ; 10015a: 50
    call println                         ; 10015b: e8 3b ff ff ff
    add esp, 4                           ; 100160: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, esi                         ; 100163: 89 f0
    neg eax                              ; 100165: f7 d8
    movsx eax, al                        ; 100167: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 10016a: 50
    call printI32                        ; 10016b: e8 83 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    mov eax, str_2                       ; 100173: b8 1c 10 10 00
    push eax                             ; 100178: 50
    call println                         ; 100179: e8 1d ff ff ff
    add esp, 4                           ; 10017e: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    mov eax, [ebp-4]                     ; 100181: 8b 45 fc
    imul eax, 2                          ; 100184: 6b c0 02
    movzx eax, ax                        ; 100187: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 10018a: 50
    call printU32                        ; 10018b: e8 26 ff ff ff
    add esp, 4                           ; 100190: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    mov eax, str_2                       ; 100193: b8 1c 10 10 00
    push eax                             ; 100198: 50
    call println                         ; 100199: e8 fd fe ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 1001a1: 0f be c3
    push eax                             ; 1001a4: 50
    call printI32                        ; 1001a5: e8 49 ff ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    mov eax, str_2                       ; 1001ad: b8 1c 10 10 00
    push eax                             ; 1001b2: 50
    call println                         ; 1001b3: e8 e3 fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, [ebp-4]                     ; 1001bb: 8b 45 fc
    movzx eax, al                        ; 1001be: 0f b6 c0
    push eax                             ; 1001c1: 50
    call printU32                        ; 1001c2: e8 ef fe ff ff
    add esp, 4                           ; 1001c7: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    mov eax, str_2                       ; 1001ca: b8 1c 10 10 00
    push eax                             ; 1001cf: 50
    call println                         ; 1001d0: e8 c6 fe ff ff
    add esp, 4                           ; 1001d5: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop esi                              ; 1001d8: 5e
    pop ebx                              ; 1001d9: 5b
    leave                                ; 1001da: c9
    ret                                  ; 1001db: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push ebp                             ; 1001dc: 55
    mov ebp, esp                         ; 1001dd: 89 e5
    push 0x9c40                          ; 1001df: 68 40 9c 00 00
    push 0xffffff80                      ; 1001e4: 6a 80
    push 0xff                            ; 1001e6: 68 ff 00 00 00
    call bytes                           ; 1001eb: e8 40 ff ff ff
    add esp, 0xc                         ; 1001f0: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001f3: 6a 00
    call exit                            ; 1001f5: e8 2a ff ff ff
    add esp, 4                           ; 1001fa: 83 c4 04
    ; test/golden/narrow.ts:25: }
    pop ebp                              ; 1001fd: 5d
    ret                                  ; 1001fe: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001ff: 55
    mov ebp, esp                         ; 100200: 89 e5
    push ebx                             ; 100202: 53
    push esi                             ; 100203: 56
    mov eax, [ebp+8]                     ; 100204: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100207: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10020a: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10020d: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100210: 8b 35 00 20 10 00
    push ebx                             ; 100216: 53
    push edx                             ; 100217: 52
    push ecx                             ; 100218: 51
    push eax                             ; 100219: 50
    call esi                             ; 10021a: ff d6
    add esp, 0x10                        ; 10021c: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10021f: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100220: f4
    jmp short .L2                        ; 100221: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100223: 55
    mov ebp, esp                         ; 100224: 89 e5
    sub esp, 4                           ; 100226: 83 ec 04
    push ebx                             ; 100229: 53
    push esi                             ; 10022a: 56
    push edi                             ; 10022b: 57
    mov ebx, [ebp+8]                     ; 10022c: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10022f: 8b 45 0c
    mov [ebp-4], eax                     ; 100232: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100235: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100238: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 10023b: b8 20 10 10 00
    push eax                             ; 100240: 50
    call print                           ; 100241: e8 28 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100249: 56
    call printU32                        ; 10024a: e8 67 fe ff ff
    add esp, 4                           ; 10024f: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100252: b8 40 10 10 00
    push eax                             ; 100257: 50
    call print                           ; 100258: e8 11 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100260: 57
    call printU32                        ; 100261: e8 50 fe ff ff
    add esp, 4                           ; 100266: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100269: b8 60 10 10 00
    push eax                             ; 10026e: 50
    call print                           ; 10026f: e8 fa fd ff ff
    add esp, 4                           ; 100274: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100277: 53
    call print                           ; 100278: e8 f1 fd ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100280: b8 68 10 10 00
    push eax                             ; 100285: 50
    call print                           ; 100286: e8 e3 fd ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10028e: 8b 45 fc
    push eax                             ; 100291: 50
    call printU32                        ; 100292: e8 1f fe ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 10029a: b8 1c 10 10 00
    push eax                             ; 10029f: 50
    call println                         ; 1002a0: e8 f6 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1002a8: 5f
    pop esi                              ; 1002a9: 5e
    pop ebx                              ; 1002aa: 5b
    leave                                ; 1002ab: c9
    ret                                  ; 1002ac: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1020 - ($ - $$) db 0
str_3:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1060 - ($ - $$) db 0
str_5:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1068 - ($ - $$) db 0
str_6:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107000
__stack equ 0x103000  ; boot stack, 16384 bytes
