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
    call __tskc_init                     ; 10003b: e8 07 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 34 01 00 00
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
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
    jl short .L2                         ; 1000b0: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000b2: 5e
    pop ebx                              ; 1000b3: 5b
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    mov eax, [ebp+8]                     ; 1000b9: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000bc: 50
    call print                           ; 1000bd: e8 c3 ff ff ff
    add esp, 4                           ; 1000c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c5: 6a 0a
    call putc                            ; 1000c7: e8 7f ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cf: 5d
    ret                                  ; 1000d0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d1: 55
    mov ebp, esp                         ; 1000d2: 89 e5
    push ebx                             ; 1000d4: 53
    mov ebx, [ebp+8]                     ; 1000d5: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d8: 83 fb 0a
    jb short .L2                         ; 1000db: 72 14
    mov ecx, 0xa                         ; 1000dd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e2: 89 d8
    xor edx, edx                         ; 1000e4: 31 d2
    div ecx                              ; 1000e6: f7 f1
    push eax                             ; 1000e8: 50
    call printU32                        ; 1000e9: e8 e3 ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f6: 89 d8
    xor edx, edx                         ; 1000f8: 31 d2
    div ecx                              ; 1000fa: f7 f1
    add edx, 0x30                        ; 1000fc: 83 c2 30
    movzx eax, dl                        ; 1000ff: 0f b6 c2
    push eax                             ; 100102: 50
    call putc                            ; 100103: e8 43 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010b: 5b
    pop ebp                              ; 10010c: 5d
    ret                                  ; 10010d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    mov eax, [ebp+8]                     ; 100111: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100114: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100116: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100117: f4
    jmp short .L2                        ; 100118: eb fd

run:
    ; test/golden/bounds-stale-guard.ts:10: function run(k: u32, j: u32): void {
    push ebp                             ; 10011a: 55
    mov ebp, esp                         ; 10011b: 89 e5
    push ebx                             ; 10011d: 53
    mov eax, [ebp+8]                     ; 10011e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100121: 8b 4d 0c
    ; test/golden/bounds-stale-guard.ts:11: let i: u32 = k;
    mov ebx, eax                         ; 100124: 89 c3
    ; test/golden/bounds-stale-guard.ts:12: const inRange: bool = i < u32(a.length);
    xor eax, eax                         ; 100126: 31 c0
    cmp ebx, 4                           ; 100128: 83 fb 04
    setb al                              ; 10012b: 0f 92 c0
    ; test/golden/bounds-stale-guard.ts:13: i = j;
    mov ebx, ecx                         ; 10012e: 89 cb
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    test eax, eax                        ; 100130: 85 c0
    je short .L2                         ; 100132: 74 10
    cmp ebx, 4                           ; 100134: 83 fb 04
    jae short .L6                        ; 100137: 73 33
    mov dword [ebx*4+a+4], 0x4d2         ; 100139: c7 04 9d 04 30 10 00 d2 04 00 00
.L2:
    ; test/golden/bounds-stale-guard.ts:15: print("no trap: stored a[");
    mov eax, str_3                       ; 100144: b8 44 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 36 ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:16: printU32(i);
    push ebx                             ; 100152: 53
    call printU32                        ; 100153: e8 79 ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:17: println("]");
    mov eax, str_4                       ; 10015b: b8 5c 10 10 00
    push eax                             ; 100160: 50
    call println                         ; 100161: e8 50 ff ff ff
    add esp, 4                           ; 100166: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:18: }
    pop ebx                              ; 100169: 5b
    pop ebp                              ; 10016a: 5d
    ret                                  ; 10016b: c3
.L6:
    ; test/golden/bounds-stale-guard.ts:14: if (inRange) a[i] = 1234;
    push 4                               ; 10016c: 6a 04
    push ebx                             ; 10016e: 53
    push 0xe                             ; 10016f: 6a 0e
    push str_2                           ; 100171: 68 1c 10 10 00
    call boundsTrap                      ; 100176: e8 1e 00 00 00

main:
    ; test/golden/bounds-stale-guard.ts:21: run(0, 1000);
    push ebp                             ; 10017b: 55
    mov ebp, esp                         ; 10017c: 89 e5
    push 0x3e8                           ; 10017e: 68 e8 03 00 00
    push 0                               ; 100183: 6a 00
    call run                             ; 100185: e8 90 ff ff ff
    add esp, 8                           ; 10018a: 83 c4 08
    ; test/golden/bounds-stale-guard.ts:22: exit(0);
    push 0                               ; 10018d: 6a 00
    call exit                            ; 10018f: e8 7a ff ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; test/golden/bounds-stale-guard.ts:23: }
    pop ebp                              ; 100197: 5d
    ret                                  ; 100198: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100199: 55
    mov ebp, esp                         ; 10019a: 89 e5
    push ebx                             ; 10019c: 53
    push esi                             ; 10019d: 56
    mov eax, [ebp+8]                     ; 10019e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001a1: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001a4: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1001a7: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1001aa: 8b 35 00 20 10 00
    push ebx                             ; 1001b0: 53
    push edx                             ; 1001b1: 52
    push ecx                             ; 1001b2: 51
    push eax                             ; 1001b3: 50
    call esi                             ; 1001b4: ff d6
    add esp, 0x10                        ; 1001b6: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1001b9: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1001ba: f4
    jmp short .L2                        ; 1001bb: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1001bd: 55
    mov ebp, esp                         ; 1001be: 89 e5
    sub esp, 4                           ; 1001c0: 83 ec 04
    push ebx                             ; 1001c3: 53
    push esi                             ; 1001c4: 56
    push edi                             ; 1001c5: 57
    mov ebx, [ebp+8]                     ; 1001c6: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1001c9: 8b 45 0c
    mov [ebp-4], eax                     ; 1001cc: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1001cf: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1001d2: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 1001d5: b8 64 10 10 00
    push eax                             ; 1001da: 50
    call print                           ; 1001db: e8 a5 fe ff ff
    add esp, 4                           ; 1001e0: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001e3: 56
    call printU32                        ; 1001e4: e8 e8 fe ff ff
    add esp, 4                           ; 1001e9: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 1001ec: b8 84 10 10 00
    push eax                             ; 1001f1: 50
    call print                           ; 1001f2: e8 8e fe ff ff
    add esp, 4                           ; 1001f7: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001fa: 57
    call printU32                        ; 1001fb: e8 d1 fe ff ff
    add esp, 4                           ; 100200: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 100203: b8 a4 10 10 00
    push eax                             ; 100208: 50
    call print                           ; 100209: e8 77 fe ff ff
    add esp, 4                           ; 10020e: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100211: 53
    call print                           ; 100212: e8 6e fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 10021a: b8 ac 10 10 00
    push eax                             ; 10021f: 50
    call print                           ; 100220: e8 60 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100228: 8b 45 fc
    push eax                             ; 10022b: 50
    call printU32                        ; 10022c: e8 a0 fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 100234: b8 b4 10 10 00
    push eax                             ; 100239: 50
    call println                         ; 10023a: e8 77 fe ff ff
    add esp, 4                           ; 10023f: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100242: 5f
    pop esi                              ; 100243: 5e
    pop ebx                              ; 100244: 5b
    leave                                ; 100245: c9
    ret                                  ; 100246: c3

__tskc_init:
    push ebp                             ; 100247: 55
    mov ebp, esp                         ; 100248: 89 e5
    mov dword [a], 4                     ; 10024a: c7 05 00 30 10 00 04 00 00 00
    pop ebp                              ; 100254: 5d
    ret                                  ; 100255: c3

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
