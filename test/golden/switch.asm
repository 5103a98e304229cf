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
    ; test/golden/switch.ts:20: switch (day) {
    cmp ebx, 7                           ; 1001a0: 83 fb 07
    jae short .L16                       ; 1001a3: 73 61
    jmp dword [ebx*4+main.switch25]      ; 1001a5: ff 24 9d dc 10 10 00
.L9:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 1001ac: b8 00 10 10 00
.L7:
    ; test/golden/switch.ts:69: print(dayName(d));
    push eax                             ; 1001b1: 50
    call print                           ; 1001b2: e8 be fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 1001ba: b8 c0 10 10 00
    push eax                             ; 1001bf: 50
    call print                           ; 1001c0: e8 b0 fe ff ff
    add esp, 4                           ; 1001c5: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 1001c8: 83 c3 01
    cmp ebx, 8                           ; 1001cb: 83 fb 08
    jae short .L4                        ; 1001ce: 73 3d
    ; test/golden/switch.ts:20: switch (day) {
    cmp ebx, 7                           ; 1001d0: 83 fb 07
    jae short .L16                       ; 1001d3: 73 31
    jmp dword [ebx*4+main.switch26]      ; 1001d5: ff 24 9d f8 10 10 00
.L10:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 1001dc: b8 08 10 10 00
    jmp short .L7                        ; 1001e1: eb ce
.L11:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 1001e3: b8 10 10 10 00
    jmp short .L7                        ; 1001e8: eb c7
.L12:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 1001ea: b8 18 10 10 00
    jmp short .L7                        ; 1001ef: eb c0
.L13:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 1001f1: b8 20 10 10 00
    jmp short .L7                        ; 1001f6: eb b9
.L14:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 1001f8: b8 28 10 10 00
    jmp short .L7                        ; 1001fd: eb b2
.L15:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 1001ff: b8 30 10 10 00
    jmp short .L7                        ; 100204: eb ab
.L16:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100206: b8 38 10 10 00
    jmp short .L7                        ; 10020b: eb a4
.L4:
    ; test/golden/switch.ts:72: println("");
    mov ebx, str_24                      ; 10020d: bb c8 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100212: 53
    call print                           ; 100213: e8 5d fe ff ff
    add esp, 4                           ; 100218: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10021b: 6a 0a
    call putc                            ; 10021d: e8 24 fe ff ff
    add esp, 4                           ; 100222: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100225: 6a 03
    call countdown                       ; 100227: e8 b2 fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 10022f: 6a 01
    call countdown                       ; 100231: e8 a8 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100239: 6a 07
    call countdown                       ; 10023b: e8 9e fe ff ff
    add esp, 4                           ; 100240: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100243: 6a 0a
    call colorName                       ; 100245: e8 fa fe ff ff
    add esp, 4                           ; 10024a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10024d: 50
    call print                           ; 10024e: e8 22 fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100256: 6a 0a
    call putc                            ; 100258: e8 e9 fd ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 100260: 6a 0b
    call colorName                       ; 100262: e8 dd fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10026a: 50
    call print                           ; 10026b: e8 05 fe ff ff
    add esp, 4                           ; 100270: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100273: 6a 0a
    call putc                            ; 100275: e8 cc fd ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 10027d: b8 cc 10 10 00
    push eax                             ; 100282: 50
    call print                           ; 100283: e8 ed fd ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 10028b: 6a 0b
    call printU32                        ; 10028d: e8 08 fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push ebx                             ; 100295: 53
    call print                           ; 100296: e8 da fd ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10029e: 6a 0a
    call putc                            ; 1002a0: e8 a1 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002a8: 68 f8 03 00 00
    call portName                        ; 1002ad: e8 bc fe ff ff
    add esp, 4                           ; 1002b2: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002b5: 50
    call print                           ; 1002b6: e8 ba fd ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002be: 6a 0a
    call putc                            ; 1002c0: e8 81 fd ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002c8: 6a 60
    call portName                        ; 1002ca: e8 9f fe ff ff
    add esp, 4                           ; 1002cf: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002d2: 50
    call print                           ; 1002d3: e8 9d fd ff ff
    add esp, 4                           ; 1002d8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002db: 6a 0a
    call putc                            ; 1002dd: e8 64 fd ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002e5: 68 80 00 00 00
    call portName                        ; 1002ea: e8 7f fe ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002f2: 50
    call print                           ; 1002f3: e8 7d fd ff ff
    add esp, 4                           ; 1002f8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002fb: 6a 0a
    call putc                            ; 1002fd: e8 44 fd ff ff
    add esp, 4                           ; 100302: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 100305: 6a 00
    call exit                            ; 100307: e8 c8 fd ff ff
    add esp, 4                           ; 10030c: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 10030f: 5b
    ret                                  ; 100310: c3

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
    times 0x10f8 - ($ - $$) db 0
main.switch26:  ; jump table of main
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
