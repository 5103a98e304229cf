; tskc 0.1.0 listing of test/golden/shrink-wrap.ts
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
    call main                            ; 10003d: e8 bc 01 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d4: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000d8: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000da: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000db: f4
    jmp short .L2                        ; 1000dc: eb fd

serve:
    ; test/golden/shrink-wrap.ts:24: function serve(message: Message, reply: Message): void {
    mov eax, [esp+4]                     ; 1000de: 8b 44 24 04
    mov ecx, [esp+8]                     ; 1000e2: 8b 4c 24 08
    ; test/golden/shrink-wrap.ts:25: const kind = message.kind;
    mov edx, [eax]                       ; 1000e6: 8b 10
    ; test/golden/shrink-wrap.ts:26: if (kind == 0) {
    test edx, edx                        ; 1000e8: 85 d2
    jne short .Lprologue                 ; 1000ea: 75 0f
    ; test/golden/shrink-wrap.ts:27: print("idle ");
    mov eax, str_3                       ; 1000ec: b8 08 10 10 00
    push eax                             ; 1000f1: 50
    call print                           ; 1000f2: e8 7e ff ff ff
    add esp, 4                           ; 1000f7: 83 c4 04
    ; test/golden/shrink-wrap.ts:28: return;
    ret                                  ; 1000fa: c3
.Lprologue:
    ; test/golden/shrink-wrap.ts:30: show("kind ", kind);
    push ebx                             ; 1000fb: 53
    push esi                             ; 1000fc: 56
    push edi                             ; 1000fd: 57
    mov ebx, eax                         ; 1000fe: 89 c3
    mov esi, ecx                         ; 100100: 89 ce
    mov edi, edx                         ; 100102: 89 d7
    mov eax, str_4                       ; 100104: b8 14 10 10 00
    ; test/golden/shrink-wrap.ts:17: print(label);
    push eax                             ; 100109: 50
    call print                           ; 10010a: e8 66 ff ff ff
    add esp, 4                           ; 10010f: 83 c4 04
    ; test/golden/shrink-wrap.ts:18: printU32(n);
    push edi                             ; 100112: 57
    call printU32                        ; 100113: e8 82 ff ff ff
    add esp, 4                           ; 100118: 83 c4 04
    ; test/golden/shrink-wrap.ts:19: print(" ");
    mov eax, str_2                       ; 10011b: b8 00 10 10 00
    push eax                             ; 100120: 50
    call print                           ; 100121: e8 4f ff ff ff
    add esp, 4                           ; 100126: 83 c4 04
    ; test/golden/shrink-wrap.ts:31: if (kind == 1) reply.value = message.value;
    cmp edi, 1                           ; 100129: 83 ff 01
    jne short .L6                        ; 10012c: 75 0a
    mov eax, [ebx+4]                     ; 10012e: 8b 43 04
    mov [esi+4], eax                     ; 100131: 89 46 04
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 100134: 5f
    pop esi                              ; 100135: 5e
    pop ebx                              ; 100136: 5b
    ret                                  ; 100137: c3
.L6:
    ; test/golden/shrink-wrap.ts:32: else if (kind == 2) reply.value = message.value * 3 + kind;
    cmp edi, 2                           ; 100138: 83 ff 02
    jne short .L10                       ; 10013b: 75 0e
    imul eax, [ebx+4], 3                 ; 10013d: 6b 43 04 03
    lea eax, [eax+edi]                   ; 100141: 8d 04 38
    mov [esi+4], eax                     ; 100144: 89 46 04
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 100147: 5f
    pop esi                              ; 100148: 5e
    pop ebx                              ; 100149: 5b
    ret                                  ; 10014a: c3
.L10:
    ; test/golden/shrink-wrap.ts:33: else reply.kind = kind;
    mov [esi], edi                       ; 10014b: 89 3e
    ; test/golden/shrink-wrap.ts:34: }
    pop edi                              ; 10014d: 5f
    pop esi                              ; 10014e: 5e
    pop ebx                              ; 10014f: 5b
    ret                                  ; 100150: c3

combine:
    ; test/golden/shrink-wrap.ts:37: function combine(x: u32, y: u32, z: u32): u32 {
    mov ecx, [esp+4]                     ; 100151: 8b 4c 24 04
    mov eax, [esp+8]                     ; 100155: 8b 44 24 08
    ; test/golden/shrink-wrap.ts:38: if (x == 0) return y;
    test ecx, ecx                        ; 100159: 85 c9
    jne short .Lprologue                 ; 10015b: 75 01
    ret                                  ; 10015d: c3
.Lprologue:
    ; test/golden/shrink-wrap.ts:39: let s = show("x ", x);
    push ebx                             ; 10015e: 53
    push esi                             ; 10015f: 56
    push edi                             ; 100160: 57
    sub esp, 4                           ; 100161: 83 ec 04
    mov esi, eax                         ; 100164: 89 c6
    mov edi, ecx                         ; 100166: 89 cf
    mov eax, str_5                       ; 100168: b8 20 10 10 00
    ; test/golden/shrink-wrap.ts:17: print(label);
    push eax                             ; 10016d: 50
    call print                           ; 10016e: e8 02 ff ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; test/golden/shrink-wrap.ts:18: printU32(n);
    push edi                             ; 100176: 57
    call printU32                        ; 100177: e8 1e ff ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/shrink-wrap.ts:19: print(" ");
    mov eax, str_2                       ; 10017f: b8 00 10 10 00
    mov [esp], eax                       ; 100184: 89 04 24
    push eax                             ; 100187: 50
    call print                           ; 100188: e8 e8 fe ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; test/golden/shrink-wrap.ts:40: s += show("y ", y);
    mov eax, str_6                       ; 100190: b8 28 10 10 00
    ; test/golden/shrink-wrap.ts:17: print(label);
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 da fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; test/golden/shrink-wrap.ts:18: printU32(n);
    push esi                             ; 10019e: 56
    call printU32                        ; 10019f: e8 f6 fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; test/golden/shrink-wrap.ts:19: print(" ");
    push dword [esp]                     ; 1001a7: ff 34 24
    call print                           ; 1001aa: e8 c6 fe ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; test/golden/shrink-wrap.ts:40: s += show("y ", y);
    lea ebx, [edi+esi]                   ; 1001b2: 8d 1c 37
    ; test/golden/shrink-wrap.ts:41: s += show("z ", z);
    mov eax, str_7                       ; 1001b5: b8 30 10 10 00
    ; test/golden/shrink-wrap.ts:17: print(label);
    push eax                             ; 1001ba: 50
    call print                           ; 1001bb: e8 b5 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; test/golden/shrink-wrap.ts:18: printU32(n);
    push dword [esp+0x1c]                ; 1001c3: ff 74 24 1c
    call printU32                        ; 1001c7: e8 ce fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; test/golden/shrink-wrap.ts:19: print(" ");
    push dword [esp]                     ; 1001cf: ff 34 24
    call print                           ; 1001d2: e8 9e fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; test/golden/shrink-wrap.ts:41: s += show("z ", z);
    add ebx, [esp+0x1c]                  ; 1001da: 03 5c 24 1c
    ; test/golden/shrink-wrap.ts:42: return s * 1000 + x * 100 + y * 10 + z;
    imul ecx, ebx, 0x3e8                 ; 1001de: 69 cb e8 03 00 00
    imul eax, edi, 0x64                  ; 1001e4: 6b c7 64
    lea ecx, [ecx+eax]                   ; 1001e7: 8d 0c 01
    imul eax, esi, 0xa                   ; 1001ea: 6b c6 0a
    lea eax, [ecx+eax]                   ; 1001ed: 8d 04 01
    mov ecx, [esp+0x1c]                  ; 1001f0: 8b 4c 24 1c
    lea eax, [eax+ecx]                   ; 1001f4: 8d 04 08
    add esp, 4                           ; 1001f7: 83 c4 04
    pop edi                              ; 1001fa: 5f
    pop esi                              ; 1001fb: 5e
    pop ebx                              ; 1001fc: 5b
    ret                                  ; 1001fd: c3

main:
    ; test/golden/shrink-wrap.ts:48: message.kind = 0;
    push ebx                             ; 1001fe: 53
    mov dword [0x200000], 0              ; 1001ff: c7 05 00 00 20 00 00 00 00 00
    ; test/golden/shrink-wrap.ts:49: message.value = 7;
    mov dword [0x200004], 7              ; 100209: c7 05 04 00 20 00 07 00 00 00
    ; test/golden/shrink-wrap.ts:50: serve(message, reply);
    push 0x200010                        ; 100213: 68 10 00 20 00
    push 0x200000                        ; 100218: 68 00 00 20 00
    call serve                           ; 10021d: e8 bc fe ff ff
    add esp, 8                           ; 100222: 83 c4 08
    ; test/golden/shrink-wrap.ts:51: println("");
    mov ebx, str_8                       ; 100225: bb 38 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 10022a: 53
    call print                           ; 10022b: e8 45 fe ff ff
    add esp, 4                           ; 100230: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100233: 6a 0a
    call putc                            ; 100235: e8 0c fe ff ff
    add esp, 4                           ; 10023a: 83 c4 04
    ; test/golden/shrink-wrap.ts:52: message.kind = 2;
    mov dword [0x200000], 2              ; 10023d: c7 05 00 00 20 00 02 00 00 00
    ; test/golden/shrink-wrap.ts:53: serve(message, reply);
    push 0x200010                        ; 100247: 68 10 00 20 00
    push 0x200000                        ; 10024c: 68 00 00 20 00
    call serve                           ; 100251: e8 88 fe ff ff
    add esp, 8                           ; 100256: 83 c4 08
    ; test/golden/shrink-wrap.ts:54: printU32(reply.value);
    mov eax, [0x200014]                  ; 100259: a1 14 00 20 00
    push eax                             ; 10025e: 50
    call printU32                        ; 10025f: e8 36 fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/shrink-wrap.ts:55: print(" ");
    mov eax, str_2                       ; 100267: b8 00 10 10 00
    push eax                             ; 10026c: 50
    call print                           ; 10026d: e8 03 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/shrink-wrap.ts:56: printU32(reply.kind);
    mov eax, [0x200010]                  ; 100275: a1 10 00 20 00
    push eax                             ; 10027a: 50
    call printU32                        ; 10027b: e8 1a fe ff ff
    add esp, 4                           ; 100280: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100283: 53
    call print                           ; 100284: e8 ec fd ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10028c: 6a 0a
    call putc                            ; 10028e: e8 b3 fd ff ff
    add esp, 4                           ; 100293: 83 c4 04
    ; test/golden/shrink-wrap.ts:58: printU32(combine(0, 5, 6));
    push 6                               ; 100296: 6a 06
    push 5                               ; 100298: 6a 05
    push 0                               ; 10029a: 6a 00
    call combine                         ; 10029c: e8 b0 fe ff ff
    add esp, 0xc                         ; 1002a1: 83 c4 0c
    push eax                             ; 1002a4: 50
    call printU32                        ; 1002a5: e8 f0 fd ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002ad: 53
    call print                           ; 1002ae: e8 c2 fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b6: 6a 0a
    call putc                            ; 1002b8: e8 89 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/shrink-wrap.ts:60: printU32(combine(1, 2, 3));
    push 3                               ; 1002c0: 6a 03
    push 2                               ; 1002c2: 6a 02
    push 1                               ; 1002c4: 6a 01
    call combine                         ; 1002c6: e8 86 fe ff ff
    add esp, 0xc                         ; 1002cb: 83 c4 0c
    push eax                             ; 1002ce: 50
    call printU32                        ; 1002cf: e8 c6 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 1002d7: 53
    call print                           ; 1002d8: e8 98 fd ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002e0: 6a 0a
    call putc                            ; 1002e2: e8 5f fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/shrink-wrap.ts:62: exit(0);
    push 0                               ; 1002ea: 6a 00
    call exit                            ; 1002ec: e8 e3 fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/shrink-wrap.ts:63: }
    pop ebx                              ; 1002f4: 5b
    ret                                  ; 1002f5: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1008 - ($ - $$) db 0
str_3:  ; "idle "
    db 0x5, 0x0, 0x0, 0x0, 0x69, 0x64, 0x6c, 0x65, 0x20
    times 0x1014 - ($ - $$) db 0
str_4:  ; "kind "
    db 0x5, 0x0, 0x0, 0x0, 0x6b, 0x69, 0x6e, 0x64, 0x20
    times 0x1020 - ($ - $$) db 0
str_5:  ; "x "
    db 0x2, 0x0, 0x0, 0x0, 0x78, 0x20
    times 0x1028 - ($ - $$) db 0
str_6:  ; "y "
    db 0x2, 0x0, 0x0, 0x0, 0x79, 0x20
    times 0x1030 - ($ - $$) db 0
str_7:  ; "z "
    db 0x2, 0x0, 0x0, 0x0, 0x7a, 0x20
    times 0x1038 - ($ - $$) db 0
str_8:  ; ""
    db 0x0, 0x0, 0x0, 0x0

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
