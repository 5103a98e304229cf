; tskc 0.1.0 listing of test/golden/switch.ts
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
    call main                            ; 10003d: e8 5b 01 00 00
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

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    mov eax, [esp+4]                     ; 1000de: 8b 44 24 04
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 3                           ; 1000e2: 83 f8 03
    jne short .L6                        ; 1000e5: 75 2c
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 1000e7: b8 40 10 10 00
    push eax                             ; 1000ec: 50
    call print                           ; 1000ed: e8 83 ff ff ff
    add esp, 4                           ; 1000f2: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 1000f5: b8 48 10 10 00
    push eax                             ; 1000fa: 50
    call print                           ; 1000fb: e8 75 ff ff ff
    add esp, 4                           ; 100100: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100103: b8 50 10 10 00
    push eax                             ; 100108: 50
    call print                           ; 100109: e8 67 ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100111: eb 18
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 2                           ; 100113: 83 f8 02
    je short .L2                         ; 100116: 74 dd
    cmp eax, 1                           ; 100118: 83 f8 01
    je short .L3                         ; 10011b: 74 e6
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 10011d: b8 58 10 10 00
    push eax                             ; 100122: 50
    call print                           ; 100123: e8 4d ff ff ff
    add esp, 4                           ; 100128: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 10012b: b8 64 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100130: 50
    call print                           ; 100131: e8 3f ff ff ff
    add esp, 4                           ; 100136: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100139: 6a 0a
    call putc                            ; 10013b: e8 06 ff ff ff
    add esp, 4                           ; 100140: 83 c4 04
    ; test/golden/switch.ts:46: }
    ret                                  ; 100143: c3

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    mov eax, [esp+4]                     ; 100144: 8b 44 24 04
    ; test/golden/switch.ts:49: switch (c) {
    test eax, eax                        ; 100148: 85 c0
    jne short .L6                        ; 10014a: 75 0c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 10014c: b8 6c 10 10 00
    ret                                  ; 100151: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 100152: b8 74 10 10 00
    ret                                  ; 100157: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 1                           ; 100158: 83 f8 01
    je short .L2                         ; 10015b: 74 f5
    cmp eax, 0xa                         ; 10015d: 83 f8 0a
    jne short .L4                        ; 100160: 75 06
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 100162: b8 80 10 10 00
    ret                                  ; 100167: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 100168: b8 88 10 10 00
    ret                                  ; 10016d: c3

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    mov eax, [esp+4]                     ; 10016e: 8b 44 24 04
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x3f8                       ; 100172: 3d f8 03 00 00
    jne short .L5                        ; 100177: 75 0c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 100179: b8 94 10 10 00
    ret                                  ; 10017e: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 10017f: b8 9c 10 10 00
    ret                                  ; 100184: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x2f8                       ; 100185: 3d f8 02 00 00
    je short .L2                         ; 10018a: 74 f3
    cmp eax, 0x60                        ; 10018c: 83 f8 60
    jne short .L4                        ; 10018f: 75 06
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 100191: b8 a4 10 10 00
    ret                                  ; 100196: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 100197: b8 b4 10 10 00
    ret                                  ; 10019c: c3

main:
    push ebx                             ; 10019d: 53
    xor ebx, ebx                         ; 10019e: 31 db
.L8:
    ; test/golden/switch.ts:20: switch (day) {
    cmp ebx, 7                           ; 1001a0: 83 fb 07
    jae short .L16                       ; 1001a3: 73 38
    jmp dword [ebx*4+main.switch25]      ; 1001a5: ff 24 9d dc 10 10 00
.L9:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 1001ac: b8 00 10 10 00
    jmp short .L7                        ; 1001b1: eb 2f
.L10:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 1001b3: b8 08 10 10 00
    jmp short .L7                        ; 1001b8: eb 28
.L11:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 1001ba: b8 10 10 10 00
    jmp short .L7                        ; 1001bf: eb 21
.L12:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 1001c1: b8 18 10 10 00
    jmp short .L7                        ; 1001c6: eb 1a
.L13:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 1001c8: b8 20 10 10 00
    jmp short .L7                        ; 1001cd: eb 13
.L14:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 1001cf: b8 28 10 10 00
    jmp short .L7                        ; 1001d4: eb 0c
.L15:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 1001d6: b8 30 10 10 00
    jmp short .L7                        ; 1001db: eb 05
.L16:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 1001dd: b8 38 10 10 00
.L7:
    ; test/golden/switch.ts:69: print(dayName(d));
    push eax                             ; 1001e2: 50
    call print                           ; 1001e3: e8 8d fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 1001eb: b8 c0 10 10 00
    push eax                             ; 1001f0: 50
    call print                           ; 1001f1: e8 7f fe ff ff
    add esp, 4                           ; 1001f6: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 1001f9: 83 c3 01
    cmp ebx, 8                           ; 1001fc: 83 fb 08
    jb short .L8                         ; 1001ff: 72 9f
    ; test/golden/switch.ts:72: println("");
    mov ebx, str_24                      ; 100201: bb c8 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100206: 53
    call print                           ; 100207: e8 69 fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10020f: 6a 0a
    call putc                            ; 100211: e8 30 fe ff ff
    add esp, 4                           ; 100216: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100219: 6a 03
    call countdown                       ; 10021b: e8 be fe ff ff
    add esp, 4                           ; 100220: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100223: 6a 01
    call countdown                       ; 100225: e8 b4 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 10022d: 6a 07
    call countdown                       ; 10022f: e8 aa fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100237: 6a 0a
    call colorName                       ; 100239: e8 06 ff ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100241: 50
    call print                           ; 100242: e8 2e fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10024a: 6a 0a
    call putc                            ; 10024c: e8 f5 fd ff ff
    add esp, 4                           ; 100251: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 100254: 6a 0b
    call colorName                       ; 100256: e8 e9 fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 11 fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100267: 6a 0a
    call putc                            ; 100269: e8 d8 fd ff ff
    add esp, 4                           ; 10026e: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 100271: b8 cc 10 10 00
    push eax                             ; 100276: 50
    call print                           ; 100277: e8 f9 fd ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 10027f: 6a 0b
    call printU32                        ; 100281: e8 14 fe ff ff
    add esp, 4                           ; 100286: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100289: 53
    call print                           ; 10028a: e8 e6 fd ff ff
    add esp, 4                           ; 10028f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100292: 6a 0a
    call putc                            ; 100294: e8 ad fd ff ff
    add esp, 4                           ; 100299: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 10029c: 68 f8 03 00 00
    call portName                        ; 1002a1: e8 c8 fe ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002a9: 50
    call print                           ; 1002aa: e8 c6 fd ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002b2: 6a 0a
    call putc                            ; 1002b4: e8 8d fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002bc: 6a 60
    call portName                        ; 1002be: e8 ab fe ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002c6: 50
    call print                           ; 1002c7: e8 a9 fd ff ff
    add esp, 4                           ; 1002cc: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002cf: 6a 0a
    call putc                            ; 1002d1: e8 70 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002d9: 68 80 00 00 00
    call portName                        ; 1002de: e8 8b fe ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002e6: 50
    call print                           ; 1002e7: e8 89 fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002ef: 6a 0a
    call putc                            ; 1002f1: e8 50 fd ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 1002f9: 6a 00
    call exit                            ; 1002fb: e8 d4 fd ff ff
    add esp, 4                           ; 100300: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 100303: 5b
    ret                                  ; 100304: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "sun"
    db 0x3, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6e
    times 0x1008 - ($ - $$) db 0
str_3:  ; "mon"
    db 0x3, 0x0, 0x0, 0x0, 0x6d, 0x6f, 0x6e
    times 0x1010 - ($ - $$) db 0
str_4:  ; "tue"
    db 0x3, 0x0, 0x0, 0x0, 0x74, 0x75, 0x65
    times 0x1018 - ($ - $$) db 0
str_5:  ; "wed"
    db 0x3, 0x0, 0x0, 0x0, 0x77, 0x65, 0x64
    times 0x1020 - ($ - $$) db 0
str_6:  ; "thu"
    db 0x3, 0x0, 0x0, 0x0, 0x74, 0x68, 0x75
    times 0x1028 - ($ - $$) db 0
str_7:  ; "fri"
    db 0x3, 0x0, 0x0, 0x0, 0x66, 0x72, 0x69
    times 0x1030 - ($ - $$) db 0
str_8:  ; "sat"
    db 0x3, 0x0, 0x0, 0x0, 0x73, 0x61, 0x74
    times 0x1038 - ($ - $$) db 0
str_9:  ; "???"
    db 0x3, 0x0, 0x0, 0x0, 0x3f, 0x3f, 0x3f
    times 0x1040 - ($ - $$) db 0
str_10:  ; "3 "
    db 0x2, 0x0, 0x0, 0x0, 0x33, 0x20
    times 0x1048 - ($ - $$) db 0
str_11:  ; "2 "
    db 0x2, 0x0, 0x0, 0x0, 0x32, 0x20
    times 0x1050 - ($ - $$) db 0
str_12:  ; "1 "
    db 0x2, 0x0, 0x0, 0x0, 0x31, 0x20
    times 0x1058 - ($ - $$) db 0
str_13:  ; "none "
    db 0x5, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x6e, 0x65, 0x20
    times 0x1064 - ($ - $$) db 0
str_14:  ; "go"
    db 0x2, 0x0, 0x0, 0x0, 0x67, 0x6f
    times 0x106c - ($ - $$) db 0
str_15:  ; "red"
    db 0x3, 0x0, 0x0, 0x0, 0x72, 0x65, 0x64
    times 0x1074 - ($ - $$) db 0
str_16:  ; "green"
    db 0x5, 0x0, 0x0, 0x0, 0x67, 0x72, 0x65, 0x65, 0x6e
    times 0x1080 - ($ - $$) db 0
str_17:  ; "blue"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6c, 0x75, 0x65
    times 0x1088 - ($ - $$) db 0
str_18:  ; "violet"
    db 0x6, 0x0, 0x0, 0x0, 0x76, 0x69, 0x6f, 0x6c, 0x65, 0x74
    times 0x1094 - ($ - $$) db 0
str_19:  ; "COM1"
    db 0x4, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31
    times 0x109c - ($ - $$) db 0
str_20:  ; "COM2"
    db 0x4, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x32
    times 0x10a4 - ($ - $$) db 0
str_21:  ; "PS/2 data"
    db 0x9, 0x0, 0x0, 0x0, 0x50, 0x53, 0x2f, 0x32, 0x20, 0x64, 0x61, 0x74, 0x61
    times 0x10b4 - ($ - $$) db 0
str_22:  ; "unknown"
    db 0x7, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x6b, 0x6e, 0x6f, 0x77, 0x6e
    times 0x10c0 - ($ - $$) db 0
str_23:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10c8 - ($ - $$) db 0
str_24:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x10cc - ($ - $$) db 0
str_25:  ; "Violet = "
    db 0x9, 0x0, 0x0, 0x0, 0x56, 0x69, 0x6f, 0x6c, 0x65, 0x74, 0x20, 0x3d, 0x20
    times 0x10dc - ($ - $$) db 0
main.switch25:  ; jump table of main
    dd main.L9
    dd main.L10
    dd main.L11
    dd main.L12
    dd main.L13
    dd main.L14
    dd main.L15

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
