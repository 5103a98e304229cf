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
    call main                            ; 10003d: e8 a7 01 00 00
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
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 16
.L2:
    pause                                ; 100060: f3 90
    mov edx, 0x3fd                       ; 100062: ba fd 03 00 00
    in al, dx                            ; 100067: ec
    movzx eax, al                        ; 100068: 0f b6 c0
    and eax, 0x20                        ; 10006b: 83 e0 20
    movzx eax, al                        ; 10006e: 0f b6 c0
    cmp eax, 0                           ; 100071: 83 f8 00
    je short .L2                         ; 100074: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100076: 89 c8
    mov edx, 0x3f8                       ; 100078: ba f8 03 00 00
    out dx, al                           ; 10007d: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007e: 5d
    ret                                  ; 10007f: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100080: 55
    mov ebp, esp                         ; 100081: 89 e5
    push ebx                             ; 100083: 53
    push esi                             ; 100084: 56
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    pop ebp                              ; 1000af: 5d
    ret                                  ; 1000b0: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b1: 55
    mov ebp, esp                         ; 1000b2: 89 e5
    mov eax, [ebp+8]                     ; 1000b4: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b7: 50
    call print                           ; 1000b8: e8 c3 ff ff ff
    add esp, 4                           ; 1000bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c0: 6a 0a
    call putc                            ; 1000c2: e8 7f ff ff ff
    add esp, 4                           ; 1000c7: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000ca: 5d
    ret                                  ; 1000cb: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000cc: 55
    mov ebp, esp                         ; 1000cd: 89 e5
    push ebx                             ; 1000cf: 53
    mov ebx, [ebp+8]                     ; 1000d0: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d3: 83 fb 0a
    jb short .L2                         ; 1000d6: 72 14
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    push eax                             ; 1000e3: 50
    call printU32                        ; 1000e4: e8 e3 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ec: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f1: 89 d8
    xor edx, edx                         ; 1000f3: 31 d2
    div ecx                              ; 1000f5: f7 f1
    add edx, 0x30                        ; 1000f7: 83 c2 30
    movzx eax, dl                        ; 1000fa: 0f b6 c2
    push eax                             ; 1000fd: 50
    call putc                            ; 1000fe: e8 43 ff ff ff
    add esp, 4                           ; 100103: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100106: 5b
    pop ebp                              ; 100107: 5d
    ret                                  ; 100108: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    push ebx                             ; 10010c: 53
    mov ebx, [ebp+8]                     ; 10010d: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100110: 83 fb 00
    jge short .L2                        ; 100113: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100115: 6a 2d
    call putc                            ; 100117: e8 2a ff ff ff
    add esp, 4                           ; 10011c: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 10011f: f7 db
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 a5 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10012d: 53
    call printU32                        ; 10012e: e8 99 ff ff ff
    add esp, 4                           ; 100133: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100136: 5b
    pop ebp                              ; 100137: 5d
    ret                                  ; 100138: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    mov eax, [ebp+8]                     ; 10013c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10013f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100141: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100142: f4
    jmp short .L2                        ; 100143: eb fd

bytes:
    ; test/golden/narrow.ts:6: function bytes(a: u8, b: i8, w: u16): void {
    push ebp                             ; 100145: 55
    mov ebp, esp                         ; 100146: 89 e5
    push ebx                             ; 100148: 53
    push esi                             ; 100149: 56
    push edi                             ; 10014a: 57
    mov ebx, [ebp+8]                     ; 10014b: 8b 5d 08
    mov edi, [ebp+0xc]                   ; 10014e: 8b 7d 0c
    mov esi, [ebp+0x10]                  ; 100151: 8b 75 10
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    mov eax, ebx                         ; 100154: 89 d8
    add eax, 1                           ; 100156: 83 c0 01
    movzx eax, al                        ; 100159: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10015c: 50
    call printU32                        ; 10015d: e8 6a ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov eax, str_2                       ; 100165: b8 1c 10 10 00
    push eax                             ; 10016a: 50
    call println                         ; 10016b: e8 41 ff ff ff
    add esp, 4                           ; 100170: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, edi                         ; 100173: 89 f8
    neg eax                              ; 100175: f7 d8
    movsx eax, al                        ; 100177: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 10017a: 50
    call printI32                        ; 10017b: e8 89 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/narrow.ts:12: println("");
    mov eax, str_2                       ; 100183: b8 1c 10 10 00
    push eax                             ; 100188: 50
    call println                         ; 100189: e8 23 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, esi, 2                     ; 100191: 6b c6 02
    movzx eax, ax                        ; 100194: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 100197: 50
    call printU32                        ; 100198: e8 2f ff ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; test/golden/narrow.ts:15: println("");
    mov eax, str_2                       ; 1001a0: b8 1c 10 10 00
    push eax                             ; 1001a5: 50
    call println                         ; 1001a6: e8 06 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    movsx eax, bl                        ; 1001ae: 0f be c3
    push eax                             ; 1001b1: 50
    call printI32                        ; 1001b2: e8 52 ff ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; test/golden/narrow.ts:17: println("");
    mov eax, str_2                       ; 1001ba: b8 1c 10 10 00
    push eax                             ; 1001bf: 50
    call println                         ; 1001c0: e8 ec fe ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    mov eax, esi                         ; 1001c8: 89 f0
    movzx eax, al                        ; 1001ca: 0f b6 c0
    push eax                             ; 1001cd: 50
    call printU32                        ; 1001ce: e8 f9 fe ff ff
    add esp, 4                           ; 1001d3: 83 c4 04
    ; test/golden/narrow.ts:19: println("");
    mov eax, str_2                       ; 1001d6: b8 1c 10 10 00
    push eax                             ; 1001db: 50
    call println                         ; 1001dc: e8 d0 fe ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001e4: 5f
    pop esi                              ; 1001e5: 5e
    pop ebx                              ; 1001e6: 5b
    pop ebp                              ; 1001e7: 5d
    ret                                  ; 1001e8: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push ebp                             ; 1001e9: 55
    mov ebp, esp                         ; 1001ea: 89 e5
    push 0x9c40                          ; 1001ec: 68 40 9c 00 00
    push 0xffffff80                      ; 1001f1: 6a 80
    push 0xff                            ; 1001f3: 68 ff 00 00 00
    call bytes                           ; 1001f8: e8 48 ff ff ff
    add esp, 0xc                         ; 1001fd: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 100200: 6a 00
    call exit                            ; 100202: e8 32 ff ff ff
    add esp, 4                           ; 100207: 83 c4 04
    ; test/golden/narrow.ts:25: }
    pop ebp                              ; 10020a: 5d
    ret                                  ; 10020b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10020c: 55
    mov ebp, esp                         ; 10020d: 89 e5
    push ebx                             ; 10020f: 53
    push esi                             ; 100210: 56
    mov esi, [ebp+8]                     ; 100211: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100214: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100217: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 10021a: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10021d: a1 00 20 10 00
    push ecx                             ; 100222: 51
    push edx                             ; 100223: 52
    push ebx                             ; 100224: 53
    push esi                             ; 100225: 56
    call eax                             ; 100226: ff d0
    add esp, 0x10                        ; 100228: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10022b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10022c: f4
    jmp short .L2                        ; 10022d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10022f: 55
    mov ebp, esp                         ; 100230: 89 e5
    sub esp, 4                           ; 100232: 83 ec 04
    push ebx                             ; 100235: 53
    push esi                             ; 100236: 56
    push edi                             ; 100237: 57
    mov eax, [ebp+8]                     ; 100238: 8b 45 08
    mov [ebp-4], eax                     ; 10023b: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 10023e: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100241: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100244: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_3                       ; 100247: b8 20 10 10 00
    push eax                             ; 10024c: 50
    call print                           ; 10024d: e8 2e fe ff ff
    add esp, 4                           ; 100252: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100255: 57
    call printU32                        ; 100256: e8 71 fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_4                       ; 10025e: b8 40 10 10 00
    push eax                             ; 100263: 50
    call print                           ; 100264: e8 17 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10026c: 56
    call printU32                        ; 10026d: e8 5a fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_5                       ; 100275: b8 60 10 10 00
    push eax                             ; 10027a: 50
    call print                           ; 10027b: e8 00 fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 100283: ff 75 fc
    call print                           ; 100286: e8 f5 fd ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_6                       ; 10028e: b8 68 10 10 00
    push eax                             ; 100293: 50
    call print                           ; 100294: e8 e7 fd ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10029c: 53
    call printU32                        ; 10029d: e8 2a fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1002a5: b8 1c 10 10 00
    push eax                             ; 1002aa: 50
    call println                         ; 1002ab: e8 01 fe ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1002b3: 5f
    pop esi                              ; 1002b4: 5e
    pop ebx                              ; 1002b5: 5b
    leave                                ; 1002b6: c9
    ret                                  ; 1002b7: c3

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
