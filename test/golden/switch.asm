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
    call main                            ; 10003d: e8 e8 01 00 00
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
    mov esi, [ebp+8]                     ; 100085: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 a5 ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
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
    mov eax, [ebp+8]                     ; 100162: 8b 45 08
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 3                           ; 100165: 83 f8 03
    jne short .L6                        ; 100168: 75 4a
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 10016a: b8 5c 10 10 00
    push eax                             ; 10016f: 50
    call print                           ; 100170: e8 0b ff ff ff
    add esp, 4                           ; 100175: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 100178: b8 64 10 10 00
    push eax                             ; 10017d: 50
    call print                           ; 10017e: e8 fd fe ff ff
    add esp, 4                           ; 100183: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100186: b8 6c 10 10 00
    push eax                             ; 10018b: 50
    call print                           ; 10018c: e8 ef fe ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100194: eb 0e
.L4:
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 100196: b8 74 10 10 00
    push eax                             ; 10019b: 50
    call print                           ; 10019c: e8 df fe ff ff
    add esp, 4                           ; 1001a1: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 1001a4: b8 80 10 10 00
    push eax                             ; 1001a9: 50
    call println                         ; 1001aa: e8 02 ff ff ff
    add esp, 4                           ; 1001af: 83 c4 04
    ; test/golden/switch.ts:46: }
    pop ebp                              ; 1001b2: 5d
    ret                                  ; 1001b3: c3
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 2                           ; 1001b4: 83 f8 02
    je short .L2                         ; 1001b7: 74 bf
    cmp eax, 1                           ; 1001b9: 83 f8 01
    je short .L3                         ; 1001bc: 74 c8
    jmp short .L4                        ; 1001be: eb d6

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    push ebp                             ; 1001c0: 55
    mov ebp, esp                         ; 1001c1: 89 e5
    mov eax, [ebp+8]                     ; 1001c3: 8b 45 08
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 0                           ; 1001c6: 83 f8 00
    jne short .L6                        ; 1001c9: 75 1c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001cb: b8 88 10 10 00
    pop ebp                              ; 1001d0: 5d
    ret                                  ; 1001d1: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001d2: b8 90 10 10 00
    pop ebp                              ; 1001d7: 5d
    ret                                  ; 1001d8: c3
.L3:
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001d9: b8 9c 10 10 00
    pop ebp                              ; 1001de: 5d
    ret                                  ; 1001df: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001e0: b8 a4 10 10 00
    pop ebp                              ; 1001e5: 5d
    ret                                  ; 1001e6: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 1                           ; 1001e7: 83 f8 01
    je short .L2                         ; 1001ea: 74 e6
    cmp eax, 0xa                         ; 1001ec: 83 f8 0a
    je short .L3                         ; 1001ef: 74 e8
    jmp short .L4                        ; 1001f1: eb ed

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    push ebp                             ; 1001f3: 55
    mov ebp, esp                         ; 1001f4: 89 e5
    mov eax, [ebp+8]                     ; 1001f6: 8b 45 08
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x3f8                       ; 1001f9: 3d f8 03 00 00
    jne short .L5                        ; 1001fe: 75 1c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 100200: b8 b0 10 10 00
    pop ebp                              ; 100205: 5d
    ret                                  ; 100206: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 100207: b8 b8 10 10 00
    pop ebp                              ; 10020c: 5d
    ret                                  ; 10020d: c3
.L3:
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 10020e: b8 c0 10 10 00
    pop ebp                              ; 100213: 5d
    ret                                  ; 100214: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 100215: b8 d0 10 10 00
    pop ebp                              ; 10021a: 5d
    ret                                  ; 10021b: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x2f8                       ; 10021c: 3d f8 02 00 00
    je short .L2                         ; 100221: 74 e4
    cmp eax, 0x60                        ; 100223: 83 f8 60
    je short .L3                         ; 100226: 74 e6
    jmp short .L4                        ; 100228: eb eb

main:
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    push ebp                             ; 10022a: 55
    mov ebp, esp                         ; 10022b: 89 e5
    push ebx                             ; 10022d: 53
    mov ebx, 0                           ; 10022e: bb 00 00 00 00
    cmp ebx, 8                           ; 100233: 83 fb 08
    jae short .L4                        ; 100236: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 100238: 53
    call dayName                         ; 100239: e8 d7 fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    push eax                             ; 100241: 50
    call print                           ; 100242: e8 39 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 10024a: b8 dc 10 10 00
    push eax                             ; 10024f: 50
    call print                           ; 100250: e8 2b fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100258: 83 c3 01
    cmp ebx, 8                           ; 10025b: 83 fb 08
    jb short .L2                         ; 10025e: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov eax, str_24                      ; 100260: b8 e4 10 10 00
    push eax                             ; 100265: 50
    call println                         ; 100266: e8 46 fe ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 10026e: 6a 03
    call countdown                       ; 100270: e8 ea fe ff ff
    add esp, 4                           ; 100275: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100278: 6a 01
    call countdown                       ; 10027a: e8 e0 fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100282: 6a 07
    call countdown                       ; 100284: e8 d6 fe ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 10028c: 6a 0a
    call colorName                       ; 10028e: e8 2d ff ff ff
    add esp, 4                           ; 100293: 83 c4 04
    push eax                             ; 100296: 50
    call println                         ; 100297: e8 15 fe ff ff
    add esp, 4                           ; 10029c: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 10029f: 6a 0b
    call colorName                       ; 1002a1: e8 1a ff ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    push eax                             ; 1002a9: 50
    call println                         ; 1002aa: e8 02 fe ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 1002b2: b8 e8 10 10 00
    push eax                             ; 1002b7: 50
    call print                           ; 1002b8: e8 c3 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 1002c0: 6a 0b
    call printU32                        ; 1002c2: e8 05 fe ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    mov eax, str_24                      ; 1002ca: b8 e4 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 dc fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002d8: 68 f8 03 00 00
    call portName                        ; 1002dd: e8 11 ff ff ff
    add esp, 4                           ; 1002e2: 83 c4 04
    push eax                             ; 1002e5: 50
    call println                         ; 1002e6: e8 c6 fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002ee: 6a 60
    call portName                        ; 1002f0: e8 fe fe ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    push eax                             ; 1002f8: 50
    call println                         ; 1002f9: e8 b3 fd ff ff
    add esp, 4                           ; 1002fe: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 100301: 68 80 00 00 00
    call portName                        ; 100306: e8 e8 fe ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    push eax                             ; 10030e: 50
    call println                         ; 10030f: e8 9d fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 100317: 6a 00
    call exit                            ; 100319: e8 eb fd ff ff
    add esp, 4                           ; 10031e: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 100321: 5b
    pop ebp                              ; 100322: 5d
    ret                                  ; 100323: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100324: 55
    mov ebp, esp                         ; 100325: 89 e5
    push ebx                             ; 100327: 53
    push esi                             ; 100328: 56
    mov esi, [ebp+8]                     ; 100329: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 10032c: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 10032f: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100332: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100335: a1 00 20 10 00
    push ecx                             ; 10033a: 51
    push edx                             ; 10033b: 52
    push ebx                             ; 10033c: 53
    push esi                             ; 10033d: 56
    call eax                             ; 10033e: ff d0
    add esp, 0x10                        ; 100340: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100343: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100344: f4
    jmp short .L2                        ; 100345: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100347: 55
    mov ebp, esp                         ; 100348: 89 e5
    sub esp, 4                           ; 10034a: 83 ec 04
    push ebx                             ; 10034d: 53
    push esi                             ; 10034e: 56
    push edi                             ; 10034f: 57
    mov eax, [ebp+8]                     ; 100350: 8b 45 08
    mov [ebp-4], eax                     ; 100353: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100356: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100359: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10035c: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 10035f: b8 f8 10 10 00
    push eax                             ; 100364: 50
    call print                           ; 100365: e8 16 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10036d: 57
    call printU32                        ; 10036e: e8 59 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 100376: b8 18 11 10 00
    push eax                             ; 10037b: 50
    call print                           ; 10037c: e8 ff fc ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100384: 56
    call printU32                        ; 100385: e8 42 fd ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 10038d: b8 38 11 10 00
    push eax                             ; 100392: 50
    call print                           ; 100393: e8 e8 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 10039b: ff 75 fc
    call print                           ; 10039e: e8 dd fc ff ff
    add esp, 4                           ; 1003a3: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 1003a6: b8 40 11 10 00
    push eax                             ; 1003ab: 50
    call print                           ; 1003ac: e8 cf fc ff ff
    add esp, 4                           ; 1003b1: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1003b4: 53
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
