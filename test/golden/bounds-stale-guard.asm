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
    call __tskc_init                     ; 10003b: e8 f5 01 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 22 01 00 00
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

run:
    ; test/golden/bounds-stale-guard.ts:10: function run(k: u32, j: u32): void {
    push ebp                             ; 100108: 55
    mov ebp, esp                         ; 100109: 89 e5
    push ebx                             ; 10010b: 53
    mov eax, [ebp+8]                     ; 10010c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10010f: 8b 4d 0c
    ; test/golden/bounds-stale-guard.ts:11: let i: u32 = k;
    mov ebx, eax                         ; 100112: 89 c3
    ; test/golden/bounds-stale-guard.ts:12: const inRange: bool = i < u32(a.length);
    xor eax, eax                         ; 100114: 31 c0
    cmp ebx, 4                           ; 100116: 83 fb 04
    setb al                              ; 100119: 0f 92 c0
    ; test/golden/bounds-stale-guard.ts:13: i = j;
    mov ebx, ecx                         ; 10011c: 89 cb
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    test eax, eax                        ; 10011e: 85 c0
    je short .L2                         ; 100120: 74 10
    cmp ebx, 4                           ; 100122: 83 fb 04
    jae short .L6                        ; 100125: 73 33
    mov dword [ebx*4+a+4], 0x4d2         ; 100127: c7 04 9d 04 30 10 00 d2 04 00 00
.L2:
    ; test/golden/bounds-stale-guard.ts:15: print("no trap: stored a[");
    mov eax, str_3                       ; 100132: b8 44 10 10 00
    push eax                             ; 100137: 50
    call print                           ; 100138: e8 40 ff ff ff
    add esp, 4                           ; 10013d: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:16: printU32(i);
    push ebx                             ; 100140: 53
    call printU32                        ; 100141: e8 79 ff ff ff
    add esp, 4                           ; 100146: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:17: println("]");
    mov eax, str_4                       ; 100149: b8 5c 10 10 00
    push eax                             ; 10014e: 50
    call println                         ; 10014f: e8 50 ff ff ff
    add esp, 4                           ; 100154: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:18: }
    pop ebx                              ; 100157: 5b
    pop ebp                              ; 100158: 5d
    ret                                  ; 100159: c3
.L6:
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    push 4                               ; 10015a: 6a 04
    push ebx                             ; 10015c: 53
    push 0xe                             ; 10015d: 6a 0e
    push str_2                           ; 10015f: 68 1c 10 10 00
    call boundsTrap                      ; 100164: e8 1e 00 00 00

main:
    ; test/golden/bounds-stale-guard.ts:21: run(0, 1000);
    push ebp                             ; 100169: 55
    mov ebp, esp                         ; 10016a: 89 e5
    push 0x3e8                           ; 10016c: 68 e8 03 00 00
    push 0                               ; 100171: 6a 00
    call run                             ; 100173: e8 90 ff ff ff
    add esp, 8                           ; 100178: 83 c4 08
    ; test/golden/bounds-stale-guard.ts:22: exit(0);
    push 0                               ; 10017b: 6a 00
    call exit                            ; 10017d: e8 7a ff ff ff
    add esp, 4                           ; 100182: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:23: }
    pop ebp                              ; 100185: 5d
    ret                                  ; 100186: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100187: 55
    mov ebp, esp                         ; 100188: 89 e5
    push ebx                             ; 10018a: 53
    push esi                             ; 10018b: 56
    mov eax, [ebp+8]                     ; 10018c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10018f: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100192: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100195: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100198: 8b 35 00 20 10 00
    push ebx                             ; 10019e: 53
    push edx                             ; 10019f: 52
    push ecx                             ; 1001a0: 51
    push eax                             ; 1001a1: 50
    call esi                             ; 1001a2: ff d6
    add esp, 0x10                        ; 1001a4: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001a7: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001a8: f4
    jmp short .L2                        ; 1001a9: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001ab: 55
    mov ebp, esp                         ; 1001ac: 89 e5
    sub esp, 4                           ; 1001ae: 83 ec 04
    push ebx                             ; 1001b1: 53
    push esi                             ; 1001b2: 56
    push edi                             ; 1001b3: 57
    mov ebx, [ebp+8]                     ; 1001b4: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001b7: 8b 45 0c
    mov [ebp-4], eax                     ; 1001ba: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001bd: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001c0: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001c3: b8 64 10 10 00
    push eax                             ; 1001c8: 50
    call print                           ; 1001c9: e8 af fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001d1: 56
    call printU32                        ; 1001d2: e8 e8 fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001da: b8 84 10 10 00
    push eax                             ; 1001df: 50
    call print                           ; 1001e0: e8 98 fe ff ff
    add esp, 4                           ; 1001e5: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001e8: 57
    call printU32                        ; 1001e9: e8 d1 fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001f1: b8 a4 10 10 00
    push eax                             ; 1001f6: 50
    call print                           ; 1001f7: e8 81 fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001ff: 53
    call print                           ; 100200: e8 78 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 100208: b8 ac 10 10 00
    push eax                             ; 10020d: 50
    call print                           ; 10020e: e8 6a fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100216: 8b 45 fc
    push eax                             ; 100219: 50
    call printU32                        ; 10021a: e8 a0 fe ff ff
    add esp, 4                           ; 10021f: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 100222: b8 b4 10 10 00
    push eax                             ; 100227: 50
    call println                         ; 100228: e8 77 fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100230: 5f
    pop esi                              ; 100231: 5e
    pop ebx                              ; 100232: 5b
    leave                                ; 100233: c9
    ret                                  ; 100234: c3

__tskc_init:
    push ebp                             ; 100235: 55
    mov ebp, esp                         ; 100236: 89 e5
    mov dword [a], 4                     ; 100238: c7 05 00 30 10 00 04 00 00 00
    pop ebp                              ; 100242: 5d
    ret                                  ; 100243: c3

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
