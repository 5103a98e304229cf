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
    call main                            ; 10003d: e8 9c 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    push ebx                             ; 1000fa: 53
    mov ebx, [ebp+8]                     ; 1000fb: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L2                        ; 100100: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a4 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011c: 53
    call printU32                        ; 10011d: e8 98 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100125: 5b
    pop ebp                              ; 100126: 5d
    ret                                  ; 100127: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100128: 55
    mov ebp, esp                         ; 100129: 89 e5
    mov eax, [ebp+8]                     ; 10012b: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012e: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100130: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100131: f4
    jmp short .L2                        ; 100132: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebp                             ; 100134: 55
    mov ebp, esp                         ; 100135: 89 e5
    sub esp, 4                           ; 100137: 83 ec 04
    push ebx                             ; 10013a: 53
    push esi                             ; 10013b: 56
    mov ebx, [ebp+8]                     ; 10013c: 8b 5d 08
    mov esi, [ebp+0xc]                   ; 10013f: 8b 75 0c
    mov eax, [ebp+0x10]                  ; 100142: 8b 45 10
    mov [ebp-4], eax                     ; 100145: 89 45 fc
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    lea eax, [ebx+1]                     ; 100148: 8d 43 01
    movzx eax, al                        ; 10014b: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10014e: 50
    call printU32                        ; 10014f: e8 66 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov eax, str_2                       ; 100157: b8 1c 10 10 00
    push eax                             ; 10015c: 50
    call println                         ; 10015d: e8 3d ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, esi                         ; 100165: 89 f0
    neg eax                              ; 100167: f7 d8
    movsx eax, al                        ; 100169: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 10016c: 50
    call printI32                        ; 10016d: e8 85 ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    mov eax, str_2                       ; 100175: b8 1c 10 10 00
    push eax                             ; 10017a: 50
    call println                         ; 10017b: e8 1f ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    mov eax, [ebp-4]                     ; 100183: 8b 45 fc
    imul eax, 2                          ; 100186: 6b c0 02
    movzx eax, ax                        ; 100189: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 10018c: 50
    call printU32                        ; 10018d: e8 28 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    mov eax, str_2                       ; 100195: b8 1c 10 10 00
    push eax                             ; 10019a: 50
    call println                         ; 10019b: e8 ff fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 1001a3: 0f be c3
    push eax                             ; 1001a6: 50
    call printI32                        ; 1001a7: e8 4b ff ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    mov eax, str_2                       ; 1001af: b8 1c 10 10 00
    push eax                             ; 1001b4: 50
    call println                         ; 1001b5: e8 e5 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, [ebp-4]                     ; 1001bd: 8b 45 fc
    movzx eax, al                        ; 1001c0: 0f b6 c0
    push eax                             ; 1001c3: 50
    call printU32                        ; 1001c4: e8 f1 fe ff ff
    add esp, 4                           ; 1001c9: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    mov eax, str_2                       ; 1001cc: b8 1c 10 10 00
    push eax                             ; 1001d1: 50
    call println                         ; 1001d2: e8 c8 fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop esi                              ; 1001da: 5e
    pop ebx                              ; 1001db: 5b
    leave                                ; 1001dc: c9
    ret                                  ; 1001dd: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push ebp                             ; 1001de: 55
    mov ebp, esp                         ; 1001df: 89 e5
    push 0x9c40                          ; 1001e1: 68 40 9c 00 00
    push 0xffffff80                      ; 1001e6: 6a 80
    push 0xff                            ; 1001e8: 68 ff 00 00 00
    call bytes                           ; 1001ed: e8 42 ff ff ff
    add esp, 0xc                         ; 1001f2: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001f5: 6a 00
    call exit                            ; 1001f7: e8 2c ff ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/narrow.ts:25: }
    pop ebp                              ; 1001ff: 5d
    ret                                  ; 100200: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100201: 55
    mov ebp, esp                         ; 100202: 89 e5
    push ebx                             ; 100204: 53
    push esi                             ; 100205: 56
    mov eax, [ebp+8]                     ; 100206: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100209: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10020c: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10020f: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100212: 8b 35 00 20 10 00
    push ebx                             ; 100218: 53
    push edx                             ; 100219: 52
    push ecx                             ; 10021a: 51
    push eax                             ; 10021b: 50
    call esi                             ; 10021c: ff d6
    add esp, 0x10                        ; 10021e: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100221: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100222: f4
    jmp short .L2                        ; 100223: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100225: 55
    mov ebp, esp                         ; 100226: 89 e5
    sub esp, 4                           ; 100228: 83 ec 04
    push ebx                             ; 10022b: 53
    push esi                             ; 10022c: 56
    push edi                             ; 10022d: 57
    mov ebx, [ebp+8]                     ; 10022e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100231: 8b 45 0c
    mov [ebp-4], eax                     ; 100234: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100237: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10023a: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 10023d: b8 20 10 10 00
    push eax                             ; 100242: 50
    call print                           ; 100243: e8 30 fe ff ff
    add esp, 4                           ; 100248: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10024b: 56
    call printU32                        ; 10024c: e8 69 fe ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 100254: b8 40 10 10 00
    push eax                             ; 100259: 50
    call print                           ; 10025a: e8 19 fe ff ff
    add esp, 4                           ; 10025f: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100262: 57
    call printU32                        ; 100263: e8 52 fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 10026b: b8 60 10 10 00
    push eax                             ; 100270: 50
    call print                           ; 100271: e8 02 fe ff ff
    add esp, 4                           ; 100276: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100279: 53
    call print                           ; 10027a: e8 f9 fd ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 100282: b8 68 10 10 00
    push eax                             ; 100287: 50
    call print                           ; 100288: e8 eb fd ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100290: 8b 45 fc
    push eax                             ; 100293: 50
    call printU32                        ; 100294: e8 21 fe ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 10029c: b8 1c 10 10 00
    push eax                             ; 1002a1: 50
    call println                         ; 1002a2: e8 f8 fd ff ff
    add esp, 4                           ; 1002a7: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1002aa: 5f
    pop esi                              ; 1002ab: 5e
    pop ebx                              ; 1002ac: 5b
    leave                                ; 1002ad: c9
    ret                                  ; 1002ae: c3

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
