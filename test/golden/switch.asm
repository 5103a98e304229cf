; tskc 0.1.0 listing of test/golden/switch.ts
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
    call main                            ; 10003d: e8 e6 01 00 00
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
    mov ebx, [ebp+8]                     ; 100085: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100088: be 00 00 00 00
    mov eax, [ebx]                       ; 10008d: 8b 03
    cmp esi, eax                         ; 10008f: 39 c6
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100093: 0f b6 44 33 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add esi, 1                           ; 1000a4: 83 c6 01
    mov eax, [ebx]                       ; 1000a7: 8b 03
    cmp esi, eax                         ; 1000a9: 39 c6
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100109: 55
    mov ebp, esp                         ; 10010a: 89 e5
    mov eax, [ebp+8]                     ; 10010c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10010f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100111: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100112: f4
    jmp short .L2                        ; 100113: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    push ebp                             ; 100115: 55
    mov ebp, esp                         ; 100116: 89 e5
    mov eax, [ebp+8]                     ; 100118: 8b 45 08
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 10011b: 83 f8 07
    jae short .L8                        ; 10011e: 73 38
    jmp dword [eax*4+dayName.switch31]   ; 100120: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100127: b8 1c 10 10 00
    pop ebp                              ; 10012c: 5d
    ret                                  ; 10012d: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 10012e: b8 24 10 10 00
    pop ebp                              ; 100133: 5d
    ret                                  ; 100134: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100135: b8 2c 10 10 00
    pop ebp                              ; 10013a: 5d
    ret                                  ; 10013b: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 10013c: b8 34 10 10 00
    pop ebp                              ; 100141: 5d
    ret                                  ; 100142: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 100143: b8 3c 10 10 00
    pop ebp                              ; 100148: 5d
    ret                                  ; 100149: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 10014a: b8 44 10 10 00
    pop ebp                              ; 10014f: 5d
    ret                                  ; 100150: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 100151: b8 4c 10 10 00
    pop ebp                              ; 100156: 5d
    ret                                  ; 100157: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100158: b8 54 10 10 00
    pop ebp                              ; 10015d: 5d
    ret                                  ; 10015e: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    push ebp                             ; 10015f: 55
    mov ebp, esp                         ; 100160: 89 e5
    push ebx                             ; 100162: 53
    mov ebx, [ebp+8]                     ; 100163: 8b 5d 08
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 3                           ; 100166: 83 fb 03
    jne short .L6                        ; 100169: 75 2c
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 10016b: b8 5c 10 10 00
    push eax                             ; 100170: 50
    call print                           ; 100171: e8 0a ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 100179: b8 64 10 10 00
    push eax                             ; 10017e: 50
    call print                           ; 10017f: e8 fc fe ff ff
    add esp, 4                           ; 100184: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100187: b8 6c 10 10 00
    push eax                             ; 10018c: 50
    call print                           ; 10018d: e8 ee fe ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100195: eb 18
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 2                           ; 100197: 83 fb 02
    je short .L2                         ; 10019a: 74 dd
    cmp ebx, 1                           ; 10019c: 83 fb 01
    je short .L3                         ; 10019f: 74 e6
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 1001a1: b8 74 10 10 00
    push eax                             ; 1001a6: 50
    call print                           ; 1001a7: e8 d4 fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 1001af: b8 80 10 10 00
    push eax                             ; 1001b4: 50
    call println                         ; 1001b5: e8 f7 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/switch.ts:46: }
    pop ebx                              ; 1001bd: 5b
    pop ebp                              ; 1001be: 5d
    ret                                  ; 1001bf: c3

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    push ebp                             ; 1001c0: 55
    mov ebp, esp                         ; 1001c1: 89 e5
    mov ecx, [ebp+8]                     ; 1001c3: 8b 4d 08
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 0                           ; 1001c6: 83 f9 00
    jne short .L6                        ; 1001c9: 75 0e
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001cb: b8 88 10 10 00
    pop ebp                              ; 1001d0: 5d
    ret                                  ; 1001d1: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001d2: b8 90 10 10 00
    pop ebp                              ; 1001d7: 5d
    ret                                  ; 1001d8: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 1                           ; 1001d9: 83 f9 01
    je short .L2                         ; 1001dc: 74 f4
    cmp ecx, 0xa                         ; 1001de: 83 f9 0a
    jne short .L4                        ; 1001e1: 75 07
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001e3: b8 9c 10 10 00
    pop ebp                              ; 1001e8: 5d
    ret                                  ; 1001e9: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001ea: b8 a4 10 10 00
    pop ebp                              ; 1001ef: 5d
    ret                                  ; 1001f0: c3

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    push ebp                             ; 1001f1: 55
    mov ebp, esp                         ; 1001f2: 89 e5
    mov ecx, [ebp+8]                     ; 1001f4: 8b 4d 08
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x3f8                       ; 1001f7: 81 f9 f8 03 00 00
    jne short .L5                        ; 1001fd: 75 0e
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001ff: b8 b0 10 10 00
    pop ebp                              ; 100204: 5d
    ret                                  ; 100205: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 100206: b8 b8 10 10 00
    pop ebp                              ; 10020b: 5d
    ret                                  ; 10020c: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x2f8                       ; 10020d: 81 f9 f8 02 00 00
    je short .L2                         ; 100213: 74 f1
    cmp ecx, 0x60                        ; 100215: 83 f9 60
    jne short .L4                        ; 100218: 75 07
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 10021a: b8 c0 10 10 00
    pop ebp                              ; 10021f: 5d
    ret                                  ; 100220: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 100221: b8 d0 10 10 00
    pop ebp                              ; 100226: 5d
    ret                                  ; 100227: c3

main:
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    push ebp                             ; 100228: 55
    mov ebp, esp                         ; 100229: 89 e5
    push ebx                             ; 10022b: 53
    mov ebx, 0                           ; 10022c: bb 00 00 00 00
    cmp ebx, 8                           ; 100231: 83 fb 08
    jae short .L4                        ; 100234: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 100236: 53
    call dayName                         ; 100237: e8 d9 fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    push eax                             ; 10023f: 50
    call print                           ; 100240: e8 3b fe ff ff
    add esp, 4                           ; 100245: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100248: b8 dc 10 10 00
    push eax                             ; 10024d: 50
    call print                           ; 10024e: e8 2d fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100256: 83 c3 01
    cmp ebx, 8                           ; 100259: 83 fb 08
    jb short .L2                         ; 10025c: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov eax, str_24                      ; 10025e: b8 e4 10 10 00
    push eax                             ; 100263: 50
    call println                         ; 100264: e8 48 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 10026c: 6a 03
    call countdown                       ; 10026e: e8 ec fe ff ff
    add esp, 4                           ; 100273: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100276: 6a 01
    call countdown                       ; 100278: e8 e2 fe ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100280: 6a 07
    call countdown                       ; 100282: e8 d8 fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 10028a: 6a 0a
    call colorName                       ; 10028c: e8 2f ff ff ff
    add esp, 4                           ; 100291: 83 c4 04
    push eax                             ; 100294: 50
    call println                         ; 100295: e8 17 fe ff ff
    add esp, 4                           ; 10029a: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 10029d: 6a 0b
    call colorName                       ; 10029f: e8 1c ff ff ff
    add esp, 4                           ; 1002a4: 83 c4 04
    push eax                             ; 1002a7: 50
    call println                         ; 1002a8: e8 04 fe ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 1002b0: b8 e8 10 10 00
    push eax                             ; 1002b5: 50
    call print                           ; 1002b6: e8 c5 fd ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 1002be: 6a 0b
    call printU32                        ; 1002c0: e8 07 fe ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    mov eax, str_24                      ; 1002c8: b8 e4 10 10 00
    push eax                             ; 1002cd: 50
    call println                         ; 1002ce: e8 de fd ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002d6: 68 f8 03 00 00
    call portName                        ; 1002db: e8 11 ff ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    push eax                             ; 1002e3: 50
    call println                         ; 1002e4: e8 c8 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002ec: 6a 60
    call portName                        ; 1002ee: e8 fe fe ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    push eax                             ; 1002f6: 50
    call println                         ; 1002f7: e8 b5 fd ff ff
    add esp, 4                           ; 1002fc: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002ff: 68 80 00 00 00
    call portName                        ; 100304: e8 e8 fe ff ff
    add esp, 4                           ; 100309: 83 c4 04
    push eax                             ; 10030c: 50
    call println                         ; 10030d: e8 9f fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 100315: 6a 00
    call exit                            ; 100317: e8 ed fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 10031f: 5b
    pop ebp                              ; 100320: 5d
    ret                                  ; 100321: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100322: 55
    mov ebp, esp                         ; 100323: 89 e5
    push ebx                             ; 100325: 53
    push esi                             ; 100326: 56
    mov eax, [ebp+8]                     ; 100327: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10032a: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10032d: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100330: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100333: 8b 35 00 20 10 00
    push ebx                             ; 100339: 53
    push edx                             ; 10033a: 52
    push ecx                             ; 10033b: 51
    push eax                             ; 10033c: 50
    call esi                             ; 10033d: ff d6
    add esp, 0x10                        ; 10033f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100342: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100343: f4
    jmp short .L2                        ; 100344: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100346: 55
    mov ebp, esp                         ; 100347: 89 e5
    sub esp, 4                           ; 100349: 83 ec 04
    push ebx                             ; 10034c: 53
    push esi                             ; 10034d: 56
    push edi                             ; 10034e: 57
    mov ebx, [ebp+8]                     ; 10034f: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100352: 8b 45 0c
    mov [ebp-4], eax                     ; 100355: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100358: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10035b: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 10035e: b8 f8 10 10 00
    push eax                             ; 100363: 50
    call print                           ; 100364: e8 17 fd ff ff
    add esp, 4                           ; 100369: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10036c: 56
    call printU32                        ; 10036d: e8 5a fd ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 100375: b8 18 11 10 00
    push eax                             ; 10037a: 50
    call print                           ; 10037b: e8 00 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100383: 57
    call printU32                        ; 100384: e8 43 fd ff ff
    add esp, 4                           ; 100389: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 10038c: b8 38 11 10 00
    push eax                             ; 100391: 50
    call print                           ; 100392: e8 e9 fc ff ff
    add esp, 4                           ; 100397: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10039a: 53
    call print                           ; 10039b: e8 e0 fc ff ff
    add esp, 4                           ; 1003a0: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 1003a3: b8 40 11 10 00
    push eax                             ; 1003a8: 50
    call print                           ; 1003a9: e8 d2 fc ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003b1: 8b 45 fc
    push eax                             ; 1003b4: 50
    call printU32                        ; 1003b5: e8 12 fd ff ff
    add esp, 4                           ; 1003ba: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_24                      ; 1003bd: b8 e4 10 10 00
    push eax                             ; 1003c2: 50
    call println                         ; 1003c3: e8 e9 fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003cb: 5f
    pop esi                              ; 1003cc: 5e
    pop ebx                              ; 1003cd: 5b
    leave                                ; 1003ce: c9
    ret                                  ; 1003cf: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "sun"
    db 0x3, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6e
    times 0x1024 - ($ - $$) db 0
str_3:  ; "mon"
    db 0x3, 0x0, 0x0, 0x0, 0x6d, 0x6f, 0x6e
    times 0x102c - ($ - $$) db 0
str_4:  ; "tue"
    db 0x3, 0x0, 0x0, 0x0, 0x74, 0x75, 0x65
    times 0x1034 - ($ - $$) db 0
str_5:  ; "wed"
    db 0x3, 0x0, 0x0, 0x0, 0x77, 0x65, 0x64
    times 0x103c - ($ - $$) db 0
str_6:  ; "thu"
    db 0x3, 0x0, 0x0, 0x0, 0x74, 0x68, 0x75
    times 0x1044 - ($ - $$) db 0
str_7:  ; "fri"
    db 0x3, 0x0, 0x0, 0x0, 0x66, 0x72, 0x69
    times 0x104c - ($ - $$) db 0
str_8:  ; "sat"
    db 0x3, 0x0, 0x0, 0x0, 0x73, 0x61, 0x74
    times 0x1054 - ($ - $$) db 0
str_9:  ; "???"
    db 0x3, 0x0, 0x0, 0x0, 0x3f, 0x3f, 0x3f
    times 0x105c - ($ - $$) db 0
str_10:  ; "3 "
    db 0x2, 0x0, 0x0, 0x0, 0x33, 0x20
    times 0x1064 - ($ - $$) db 0
str_11:  ; "2 "
    db 0x2, 0x0, 0x0, 0x0, 0x32, 0x20
    times 0x106c - ($ - $$) db 0
str_12:  ; "1 "
    db 0x2, 0x0, 0x0, 0x0, 0x31, 0x20
    times 0x1074 - ($ - $$) db 0
str_13:  ; "none "
    db 0x5, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x6e, 0x65, 0x20
    times 0x1080 - ($ - $$) db 0
str_14:  ; "go"
    db 0x2, 0x0, 0x0, 0x0, 0x67, 0x6f
    times 0x1088 - ($ - $$) db 0
str_15:  ; "red"
    db 0x3, 0x0, 0x0, 0x0, 0x72, 0x65, 0x64
    times 0x1090 - ($ - $$) db 0
str_16:  ; "green"
    db 0x5, 0x0, 0x0, 0x0, 0x67, 0x72, 0x65, 0x65, 0x6e
    times 0x109c - ($ - $$) db 0
str_17:  ; "blue"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6c, 0x75, 0x65
    times 0x10a4 - ($ - $$) db 0
str_18:  ; "violet"
    db 0x6, 0x0, 0x0, 0x0, 0x76, 0x69, 0x6f, 0x6c, 0x65, 0x74
    times 0x10b0 - ($ - $$) db 0
str_19:  ; "COM1"
    db 0x4, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x31
    times 0x10b8 - ($ - $$) db 0
str_20:  ; "COM2"
    db 0x4, 0x0, 0x0, 0x0, 0x43, 0x4f, 0x4d, 0x32
    times 0x10c0 - ($ - $$) db 0
str_21:  ; "PS/2 data"
    db 0x9, 0x0, 0x0, 0x0, 0x50, 0x53, 0x2f, 0x32, 0x20, 0x64, 0x61, 0x74, 0x61
    times 0x10d0 - ($ - $$) db 0
str_22:  ; "unknown"
    db 0x7, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x6b, 0x6e, 0x6f, 0x77, 0x6e
    times 0x10dc - ($ - $$) db 0
str_23:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10e4 - ($ - $$) db 0
str_24:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x10e8 - ($ - $$) db 0
str_25:  ; "Violet = "
    db 0x9, 0x0, 0x0, 0x0, 0x56, 0x69, 0x6f, 0x6c, 0x65, 0x74, 0x20, 0x3d, 0x20
    times 0x10f8 - ($ - $$) db 0
str_26:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1118 - ($ - $$) db 0
str_27:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1138 - ($ - $$) db 0
str_28:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1140 - ($ - $$) db 0
str_29:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1148 - ($ - $$) db 0
dayName.switch31:  ; jump table of dayName
    dd dayName.L1
    dd dayName.L2
    dd dayName.L3
    dd dayName.L4
    dd dayName.L5
    dd dayName.L6
    dd dayName.L7

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
