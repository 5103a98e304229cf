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
    call main                            ; 10003d: e8 84 01 00 00
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
    push ebx                             ; 1000d4: 53
    mov ebx, [esp+8]                     ; 1000d5: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d9: 85 db
    jge short .L2                        ; 1000db: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dd: 6a 2d
    call putc                            ; 1000df: e8 62 ff ff ff
    add esp, 4                           ; 1000e4: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e7: f7 db
    push ebx                             ; 1000e9: 53
    call printU32                        ; 1000ea: e8 ab ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f4: 53
    call printU32                        ; 1000f5: e8 a0 ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fd: 5b
    ret                                  ; 1000fe: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ff: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100103: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100105: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100106: f4
    jmp short .L2                        ; 100107: eb fd

bytes:
    ; test/golden/narrow.ts:6: /** @noinline */ function bytes(a: u8, b: i8, w: u16): void {
    push ebx                             ; 100109: 53
    push esi                             ; 10010a: 56
    push edi                             ; 10010b: 57
    mov edi, [esp+0x10]                  ; 10010c: 8b 7c 24 10
    mov ebx, [esp+0x18]                  ; 100110: 8b 5c 24 18
    ; test/golden/narrow.ts:7: const sum: u8 = a + 1;
    lea eax, [edi+1]                     ; 100114: 8d 47 01
    movzx eax, al                        ; 100117: 0f b6 c0
    ; test/golden/narrow.ts:8: printU32(u32(sum));
    push eax                             ; 10011a: 50
    call printU32                        ; 10011b: e8 7a ff ff ff
    add esp, 4                           ; 100120: 83 c4 04
    ; test/golden/narrow.ts:9: println("");
    mov esi, str_2                       ; 100123: be 00 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100128: 56
    call print                           ; 100129: e8 47 ff ff ff
    add esp, 4                           ; 10012e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100131: 6a 0a
    call putc                            ; 100133: e8 0e ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; test/golden/narrow.ts:10: const negated: i8 = -b;
    mov eax, [esp+0x14]                  ; 10013b: 8b 44 24 14
    neg eax                              ; 10013f: f7 d8
    movsx eax, al                        ; 100141: 0f be c0
    ; test/golden/narrow.ts:11: printI32(i32(negated));
    push eax                             ; 100144: 50
    call printI32                        ; 100145: e8 8a ff ff ff
    add esp, 4                           ; 10014a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10014d: 56
    call print                           ; 10014e: e8 22 ff ff ff
    add esp, 4                           ; 100153: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100156: 6a 0a
    call putc                            ; 100158: e8 e9 fe ff ff
    add esp, 4                           ; 10015d: 83 c4 04
    ; test/golden/narrow.ts:13: const grown: u16 = w * 2;
    imul eax, ebx, 2                     ; 100160: 6b c3 02
    movzx eax, ax                        ; 100163: 0f b7 c0
    ; test/golden/narrow.ts:14: printU32(u32(grown));
    push eax                             ; 100166: 50
    call printU32                        ; 100167: e8 2e ff ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10016f: 56
    call print                           ; 100170: e8 00 ff ff ff
    add esp, 4                           ; 100175: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100178: 6a 0a
    call putc                            ; 10017a: e8 c7 fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; test/golden/narrow.ts:16: printI32(i32(i8(a)));
    mov eax, edi                         ; 100182: 89 f8
    movsx eax, al                        ; 100184: 0f be c0
    push eax                             ; 100187: 50
    call printI32                        ; 100188: e8 47 ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100190: 56
    call print                           ; 100191: e8 df fe ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100199: 6a 0a
    call putc                            ; 10019b: e8 a6 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/narrow.ts:18: printU32(u32(u8(w)));
    movzx eax, bl                        ; 1001a3: 0f b6 c3
    push eax                             ; 1001a6: 50
    call printU32                        ; 1001a7: e8 ee fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001af: 56
    call print                           ; 1001b0: e8 c0 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001b8: 6a 0a
    call putc                            ; 1001ba: e8 87 fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; test/golden/narrow.ts:20: }
    pop edi                              ; 1001c2: 5f
    pop esi                              ; 1001c3: 5e
    pop ebx                              ; 1001c4: 5b
    ret                                  ; 1001c5: c3

main:
    ; test/golden/narrow.ts:23: bytes(255, -128, 40000);
    push 0x9c40                          ; 1001c6: 68 40 9c 00 00
    push 0xffffff80                      ; 1001cb: 6a 80
    push 0xff                            ; 1001cd: 68 ff 00 00 00
    call bytes                           ; 1001d2: e8 32 ff ff ff
    add esp, 0xc                         ; 1001d7: 83 c4 0c
    ; test/golden/narrow.ts:24: exit(0);
    push 0                               ; 1001da: 6a 00
    call exit                            ; 1001dc: e8 1e ff ff ff
    add esp, 4                           ; 1001e1: 83 c4 04
    ; test/golden/narrow.ts:25: }
    ret                                  ; 1001e4: c3

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
