; tskc 0.1.0 listing of test/golden/bounds-stale-guard.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 20 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 20 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 ef 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 2a 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100102: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100106: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100108: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100109: f4
    jmp short .L2                        ; 10010a: eb fd

run:
    ; test/golden/bounds-stale-guard.ts:10: function run(k: u32, j: u32): void {
    push ebx                             ; 10010c: 53
    mov ebx, [esp+8]                     ; 10010d: 8b 5c 24 08
    mov eax, [esp+0xc]                   ; 100111: 8b 44 24 0c
    ; test/golden/bounds-stale-guard.ts:12: const inRange: bool = i < u32(a.length);
    xor ecx, ecx                         ; 100115: 31 c9
    cmp ebx, 4                           ; 100117: 83 fb 04
    setb cl                              ; 10011a: 0f 92 c1
    ; test/golden/bounds-stale-guard.ts:13: i = j;
    mov ebx, eax                         ; 10011d: 89 c3
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    test ecx, ecx                        ; 10011f: 85 c9
    je short .L2                         ; 100121: 74 07
    cmp ebx, 4                           ; 100123: 83 fb 04
    jae short .L4                        ; 100126: 73 36
    jmp short .L5                        ; 100128: eb 27
.L2:
    ; test/golden/bounds-stale-guard.ts:15: print("no trap: stored a[");
    mov eax, str_3                       ; 10012a: b8 44 10 10 00
    push eax                             ; 10012f: 50
    call print                           ; 100130: e8 4d ff ff ff
    add esp, 4                           ; 100135: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:16: printU32(i);
    push ebx                             ; 100138: 53
    call printU32                        ; 100139: e8 8a ff ff ff
    add esp, 4                           ; 10013e: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:17: println("]");
    mov eax, str_4                       ; 100141: b8 5c 10 10 00
    push eax                             ; 100146: 50
    call println                         ; 100147: e8 64 ff ff ff
    add esp, 4                           ; 10014c: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:18: }
    pop ebx                              ; 10014f: 5b
    ret                                  ; 100150: c3
.L5:
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    mov dword [ebx*4+a+4], 0x4d2         ; 100151: c7 04 9d 04 30 10 00 d2 04 00 00
    jmp short .L2                        ; 10015c: eb cc
.L4:
    mov eax, str_2                       ; 10015e: b8 1c 10 10 00
    push 4                               ; 100163: 6a 04
    push ebx                             ; 100165: 53
    push 0xe                             ; 100166: 6a 0e
    push eax                             ; 100168: 50
    call boundsTrap                      ; 100169: e8 1d 00 00 00
    add esp, 0x10                        ; 10016e: 83 c4 10

main:
    ; test/golden/bounds-stale-guard.ts:21: run(0, 1000);
    push 0x3e8                           ; 100171: 68 e8 03 00 00
    push 0                               ; 100176: 6a 00
    call run                             ; 100178: e8 8f ff ff ff
    add esp, 8                           ; 10017d: 83 c4 08
    ; test/golden/bounds-stale-guard.ts:22: exit(0);
    push 0                               ; 100180: 6a 00
    call exit                            ; 100182: e8 7b ff ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:23: }
    ret                                  ; 10018a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10018b: 53
    push esi                             ; 10018c: 56
    mov esi, [esp+0xc]                   ; 10018d: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100191: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100195: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100199: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10019d: a1 00 20 10 00
    push ecx                             ; 1001a2: 51
    push edx                             ; 1001a3: 52
    push ebx                             ; 1001a4: 53
    push esi                             ; 1001a5: 56
    call eax                             ; 1001a6: ff d0
    add esp, 0x10                        ; 1001a8: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001ab: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001ac: f4
    jmp short .L2                        ; 1001ad: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001af: 53
    push esi                             ; 1001b0: 56
    push edi                             ; 1001b1: 57
    mov ebx, [esp+0x14]                  ; 1001b2: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1001b6: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1001ba: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001be: b8 64 10 10 00
    push eax                             ; 1001c3: 50
    call print                           ; 1001c4: e8 b9 fe ff ff
    add esp, 4                           ; 1001c9: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1001cc: 57
    call printU32                        ; 1001cd: e8 f6 fe ff ff
    add esp, 4                           ; 1001d2: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001d5: b8 84 10 10 00
    push eax                             ; 1001da: 50
    call print                           ; 1001db: e8 a2 fe ff ff
    add esp, 4                           ; 1001e0: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1001e3: 56
    call printU32                        ; 1001e4: e8 df fe ff ff
    add esp, 4                           ; 1001e9: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001ec: b8 a4 10 10 00
    push eax                             ; 1001f1: 50
    call print                           ; 1001f2: e8 8b fe ff ff
    add esp, 4                           ; 1001f7: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1001fa: ff 74 24 10
    call print                           ; 1001fe: e8 7f fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 100206: b8 ac 10 10 00
    push eax                             ; 10020b: 50
    call print                           ; 10020c: e8 71 fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100214: 53
    call printU32                        ; 100215: e8 ae fe ff ff
    add esp, 4                           ; 10021a: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 10021d: b8 b4 10 10 00
    push eax                             ; 100222: 50
    call println                         ; 100223: e8 88 fe ff ff
    add esp, 4                           ; 100228: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10022b: 5f
    pop esi                              ; 10022c: 5e
    pop ebx                              ; 10022d: 5b
    ret                                  ; 10022e: c3

__tskc_init:
    mov dword [a], 4                     ; 10022f: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 100239: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "test/golden/bounds-stale-guard.ts"
    db 0x21, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2d, 0x73, 0x74, 0x61, 0x6c, 0x65, 0x2d, 0x67, 0x75, 0x61
    db 0x72, 0x64, 0x2e, 0x74, 0x73
    times 0x1044 - ($ - $$) db 0
str_3:  ; "no trap: stored a["
    db 0x12, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x20, 0x74, 0x72, 0x61, 0x70, 0x3a, 0x20, 0x73, 0x74, 0x6f
    db 0x72, 0x65, 0x64, 0x20, 0x61, 0x5b
    times 0x105c - ($ - $$) db 0
str_4:  ; "]"
    db 0x1, 0x0, 0x0, 0x0, 0x5d
    times 0x1064 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1084 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10a4 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x10ac - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x10b4 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107020
a equ 0x103000  ; StaticArray<i32>(4), 20 bytes
__stack equ 0x103020  ; boot stack, 16384 bytes
