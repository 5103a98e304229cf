; tskc 0.1.0 listing of test/golden/narrow.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x106000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 85 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000d8: 85 c0
    jge short .L2                        ; 1000da: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000dc: 53
    mov ebx, eax                         ; 1000dd: 89 c3
    push 0x2d                            ; 1000df: 6a 2d
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e9: f7 db
    push ebx                             ; 1000eb: 53
    call printU32                        ; 1000ec: e8 a9 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f4: 5b
    ret                                  ; 1000f5: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 1000f6: 50
    call printU32                        ; 1000f7: e8 9e ff ff ff
    add esp, 4                           ; 1000fc: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 1000ff: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100100: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100104: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100106: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100107: f4
    jmp short .L2                        ; 100108: eb fd

bytes:
    ; test/golden/narrow.ts:6: /** @noinline */ function bytes(a: u8, b: i8, w: u16): void {
    push ebx                             ; 10010a: 53
    push esi                             ; 10010b: 56
    push edi                             ; 10010c: 57
    mov edi, [esp+0x10]                  ; 10010d: 8b 7c 24 10
    mov ebx, [esp+0x18]                  ; 100111: 8b 5c 24 18
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    lea eax, [edi+1]                     ; 100115: 8d 47 01
    movzx eax, al                        ; 100118: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10011b: 50
    call printU32                        ; 10011c: e8 79 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov esi, str_2                       ; 100124: be 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100129: 56
    call print                           ; 10012a: e8 46 ff ff ff
    add esp, 4                           ; 10012f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100132: 6a 0a
    call putc                            ; 100134: e8 0d ff ff ff
    add esp, 4                           ; 100139: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, [esp+0x14]                  ; 10013c: 8b 44 24 14
    neg eax                              ; 100140: f7 d8
    movsx eax, al                        ; 100142: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100145: 50
    call printI32                        ; 100146: e8 89 ff ff ff
    add esp, 4                           ; 10014b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10014e: 56
    call print                           ; 10014f: e8 21 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100157: 6a 0a
    call putc                            ; 100159: e8 e8 fe ff ff
    add esp, 4                           ; 10015e: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, ebx, 2                     ; 100161: 6b c3 02
    movzx eax, ax                        ; 100164: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 100167: 50
    call printU32                        ; 100168: e8 2d ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100170: 56
    call print                           ; 100171: e8 ff fe ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100179: 6a 0a
    call putc                            ; 10017b: e8 c6 fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    mov eax, edi                         ; 100183: 89 f8
    movsx eax, al                        ; 100185: 0f be c0
    push eax                             ; 100188: 50
    call printI32                        ; 100189: e8 46 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100191: 56
    call print                           ; 100192: e8 de fe ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019a: 6a 0a
    call putc                            ; 10019c: e8 a5 fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    movzx eax, bl                        ; 1001a4: 0f b6 c3
    push eax                             ; 1001a7: 50
    call printU32                        ; 1001a8: e8 ed fe ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001b0: 56
    call print                           ; 1001b1: e8 bf fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001b9: 6a 0a
    call putc                            ; 1001bb: e8 86 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001c3: 5f
    pop esi                              ; 1001c4: 5e
    pop ebx                              ; 1001c5: 5b
    ret                                  ; 1001c6: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push 0x9c40                          ; 1001c7: 68 40 9c 00 00
    push 0xffffff80                      ; 1001cc: 6a 80
    push 0xff                            ; 1001ce: 68 ff 00 00 00
    call bytes                           ; 1001d3: e8 32 ff ff ff
    add esp, 0xc                         ; 1001d8: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001db: 6a 00
    call exit                            ; 1001dd: e8 1e ff ff ff
    add esp, 4                           ; 1001e2: 83 c4 04
    ; test/golden/narrow.ts:25: }
    ret                                  ; 1001e5: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
