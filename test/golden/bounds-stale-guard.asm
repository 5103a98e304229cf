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
    call __tskc_init                     ; 10003b: e8 d6 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 07 01 00 00
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
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f4: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f6: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f7: f4
    jmp short .L2                        ; 1000f8: eb fd

run:
    ; test/golden/bounds-stale-guard.ts:10: function run(k: u32, j: u32): void {
    push ebx                             ; 1000fa: 53
    mov eax, [esp+8]                     ; 1000fb: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1000ff: 8b 5c 24 0c
    ; test/golden/bounds-stale-guard.ts:12: const inRange: bool = i < u32(a.length);
    cmp eax, 4                           ; 100103: 83 f8 04
    jae short .L2                        ; 100106: 73 10
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    cmp ebx, 4                           ; 100108: 83 fb 04
    jae short .L6                        ; 10010b: 73 32
    mov dword [ebx*4+a+4], 0x4d2         ; 10010d: c7 04 9d 04 30 10 00 d2 04 00 00
.L2:
    ; test/golden/bounds-stale-guard.ts:15: print("no trap: stored a[");
    mov eax, str_3                       ; 100118: b8 44 10 10 00
    push eax                             ; 10011d: 50
    call print                           ; 10011e: e8 57 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:16: printU32(i);
    push ebx                             ; 100126: 53
    call printU32                        ; 100127: e8 8a ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:17: println("]");
    mov eax, str_4                       ; 10012f: b8 5c 10 10 00
    push eax                             ; 100134: 50
    call println                         ; 100135: e8 64 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:18: }
    pop ebx                              ; 10013d: 5b
    ret                                  ; 10013e: c3
.L6:
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    push 4                               ; 10013f: 6a 04
    push ebx                             ; 100141: 53
    push 0xe                             ; 100142: 6a 0e
    push str_2                           ; 100144: 68 1c 10 10 00
    call boundsTrap                      ; 100149: e8 1a 00 00 00

main:
    ; test/golden/bounds-stale-guard.ts:21: run(0, 1000);
    push 0x3e8                           ; 10014e: 68 e8 03 00 00
    push 0                               ; 100153: 6a 00
    call run                             ; 100155: e8 a0 ff ff ff
    add esp, 8                           ; 10015a: 83 c4 08
    ; test/golden/bounds-stale-guard.ts:22: exit(0);
    push 0                               ; 10015d: 6a 00
    call exit                            ; 10015f: e8 8c ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:23: }
    ret                                  ; 100167: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100168: 53
    push esi                             ; 100169: 56
    mov esi, [esp+0xc]                   ; 10016a: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 10016e: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100172: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100176: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10017a: a1 00 20 10 00
    push ecx                             ; 10017f: 51
    push edx                             ; 100180: 52
    push ebx                             ; 100181: 53
    push esi                             ; 100182: 56
    call eax                             ; 100183: ff d0
    add esp, 0x10                        ; 100185: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100188: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100189: f4
    jmp short .L2                        ; 10018a: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10018c: 53
    push esi                             ; 10018d: 56
    push edi                             ; 10018e: 57
    mov ebx, [esp+0x14]                  ; 10018f: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100193: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100197: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 10019b: b8 64 10 10 00
    push eax                             ; 1001a0: 50
    call print                           ; 1001a1: e8 d4 fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1001a9: 57
    call printU32                        ; 1001aa: e8 07 ff ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 1001b2: b8 84 10 10 00
    push eax                             ; 1001b7: 50
    call print                           ; 1001b8: e8 bd fe ff ff
    add esp, 4                           ; 1001bd: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1001c0: 56
    call printU32                        ; 1001c1: e8 f0 fe ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 1001c9: b8 a4 10 10 00
    push eax                             ; 1001ce: 50
    call print                           ; 1001cf: e8 a6 fe ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 1001d7: ff 74 24 10
    call print                           ; 1001db: e8 9a fe ff ff
    add esp, 4                           ; 1001e0: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 1001e3: b8 ac 10 10 00
    push eax                             ; 1001e8: 50
    call print                           ; 1001e9: e8 8c fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001f1: 53
    call printU32                        ; 1001f2: e8 bf fe ff ff
    add esp, 4                           ; 1001f7: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_9                       ; 1001fa: b8 b4 10 10 00
    push eax                             ; 1001ff: 50
    call println                         ; 100200: e8 99 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100208: 6a 65
    call exit                            ; 10020a: e8 e1 fe ff ff
    add esp, 4                           ; 10020f: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100212: 5f
    pop esi                              ; 100213: 5e
    pop ebx                              ; 100214: 5b
    ret                                  ; 100215: c3

__tskc_init:
    mov dword [a], 4                     ; 100216: c7 05 00 30 10 00 04 00 00 00
    ret                                  ; 100220: c3

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
