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
    call main                            ; 10003d: e8 d6 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    movzx eax, al                        ; 100058: 0f b6 c0
    cmp eax, 0                           ; 10005b: 83 f8 00
    jne short .L3                        ; 10005e: 75 04
    pause                                ; 100060: f3 90
    jmp short .L1                        ; 100062: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100064: 89 c8
    mov edx, 0x3f8                       ; 100066: ba f8 03 00 00
    out dx, al                           ; 10006b: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10006c: 5d
    ret                                  ; 10006d: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10006e: 55
    mov ebp, esp                         ; 10006f: 89 e5
    push ebx                             ; 100071: 53
    push esi                             ; 100072: 56
    mov ebx, [ebp+8]                     ; 100073: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 100076: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 10007b: 8b 03
    cmp esi, eax                         ; 10007d: 39 c6
    jge short .L4                        ; 10007f: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100081: 0f b6 44 33 04
    movzx eax, al                        ; 100086: 0f b6 c0
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add esi, 1                           ; 100092: 83 c6 01
    jmp short .L1                        ; 100095: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    pop ebp                              ; 100099: 5d
    ret                                  ; 10009a: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009b: 55
    mov ebp, esp                         ; 10009c: 89 e5
    mov eax, [ebp+8]                     ; 10009e: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 c7 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    push ebx                             ; 1000b9: 53
    mov ebx, [ebp+8]                     ; 1000ba: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bd: 83 fb 0a
    jb short .L2                         ; 1000c0: 72 14
    mov ecx, 0xa                         ; 1000c2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c7: 89 d8
    xor edx, edx                         ; 1000c9: 31 d2
    div ecx                              ; 1000cb: f7 f1
    push eax                             ; 1000cd: 50
    call printU32                        ; 1000ce: e8 e3 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000db: 89 d8
    xor edx, edx                         ; 1000dd: 31 d2
    div ecx                              ; 1000df: f7 f1
    add edx, 0x30                        ; 1000e1: 83 c2 30
    movzx eax, dl                        ; 1000e4: 0f b6 c2
    push eax                             ; 1000e7: 50
    call putc                            ; 1000e8: e8 59 ff ff ff
    add esp, 4                           ; 1000ed: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f0: 5b
    pop ebp                              ; 1000f1: 5d
    ret                                  ; 1000f2: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000f3: 55
    mov ebp, esp                         ; 1000f4: 89 e5
    mov eax, [ebp+8]                     ; 1000f6: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f9: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000fb: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000fc: f4
    jmp short .L2                        ; 1000fd: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    push ebp                             ; 1000ff: 55
    mov ebp, esp                         ; 100100: 89 e5
    mov eax, [ebp+8]                     ; 100102: 8b 45 08
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 100105: 83 f8 07
    jae short .L8                        ; 100108: 73 38
    jmp dword [eax*4+dayName.switch31]   ; 10010a: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100111: b8 1c 10 10 00
    pop ebp                              ; 100116: 5d
    ret                                  ; 100117: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 100118: b8 24 10 10 00
    pop ebp                              ; 10011d: 5d
    ret                                  ; 10011e: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 10011f: b8 2c 10 10 00
    pop ebp                              ; 100124: 5d
    ret                                  ; 100125: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 100126: b8 34 10 10 00
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 10012d: b8 3c 10 10 00
    pop ebp                              ; 100132: 5d
    ret                                  ; 100133: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 100134: b8 44 10 10 00
    pop ebp                              ; 100139: 5d
    ret                                  ; 10013a: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 10013b: b8 4c 10 10 00
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100142: b8 54 10 10 00
    pop ebp                              ; 100147: 5d
    ret                                  ; 100148: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    push ebp                             ; 100149: 55
    mov ebp, esp                         ; 10014a: 89 e5
    push ebx                             ; 10014c: 53
    mov ebx, [ebp+8]                     ; 10014d: 8b 5d 08
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 3                           ; 100150: 83 fb 03
    jne short .L6                        ; 100153: 75 4b
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 100155: b8 5c 10 10 00
    push eax                             ; 10015a: 50
    call print                           ; 10015b: e8 0e ff ff ff
    add esp, 4                           ; 100160: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 100163: b8 64 10 10 00
    push eax                             ; 100168: 50
    call print                           ; 100169: e8 00 ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100171: b8 6c 10 10 00
    push eax                             ; 100176: 50
    call print                           ; 100177: e8 f2 fe ff ff
    add esp, 4                           ; 10017c: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 10017f: eb 0e
.L4:
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 100181: b8 74 10 10 00
    push eax                             ; 100186: 50
    call print                           ; 100187: e8 e2 fe ff ff
    add esp, 4                           ; 10018c: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 10018f: b8 80 10 10 00
    push eax                             ; 100194: 50
    call println                         ; 100195: e8 01 ff ff ff
    add esp, 4                           ; 10019a: 83 c4 04
    ; test/golden/switch.ts:46: }
    pop ebx                              ; 10019d: 5b
    pop ebp                              ; 10019e: 5d
    ret                                  ; 10019f: c3
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 2                           ; 1001a0: 83 fb 02
    je short .L2                         ; 1001a3: 74 be
    cmp ebx, 1                           ; 1001a5: 83 fb 01
    je short .L3                         ; 1001a8: 74 c7
    jmp short .L4                        ; 1001aa: eb d5

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    push ebp                             ; 1001ac: 55
    mov ebp, esp                         ; 1001ad: 89 e5
    mov ecx, [ebp+8]                     ; 1001af: 8b 4d 08
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 0                           ; 1001b2: 83 f9 00
    jne short .L6                        ; 1001b5: 75 1c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001b7: b8 88 10 10 00
    pop ebp                              ; 1001bc: 5d
    ret                                  ; 1001bd: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001be: b8 90 10 10 00
    pop ebp                              ; 1001c3: 5d
    ret                                  ; 1001c4: c3
.L3:
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001c5: b8 9c 10 10 00
    pop ebp                              ; 1001ca: 5d
    ret                                  ; 1001cb: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001cc: b8 a4 10 10 00
    pop ebp                              ; 1001d1: 5d
    ret                                  ; 1001d2: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 1                           ; 1001d3: 83 f9 01
    je short .L2                         ; 1001d6: 74 e6
    cmp ecx, 0xa                         ; 1001d8: 83 f9 0a
    je short .L3                         ; 1001db: 74 e8
    jmp short .L4                        ; 1001dd: eb ed

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    push ebp                             ; 1001df: 55
    mov ebp, esp                         ; 1001e0: 89 e5
    mov ecx, [ebp+8]                     ; 1001e2: 8b 4d 08
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x3f8                       ; 1001e5: 81 f9 f8 03 00 00
    jne short .L5                        ; 1001eb: 75 1c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001ed: b8 b0 10 10 00
    pop ebp                              ; 1001f2: 5d
    ret                                  ; 1001f3: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 1001f4: b8 b8 10 10 00
    pop ebp                              ; 1001f9: 5d
    ret                                  ; 1001fa: c3
.L3:
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 1001fb: b8 c0 10 10 00
    pop ebp                              ; 100200: 5d
    ret                                  ; 100201: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 100202: b8 d0 10 10 00
    pop ebp                              ; 100207: 5d
    ret                                  ; 100208: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x2f8                       ; 100209: 81 f9 f8 02 00 00
    je short .L2                         ; 10020f: 74 e3
    cmp ecx, 0x60                        ; 100211: 83 f9 60
    je short .L3                         ; 100214: 74 e5
    jmp short .L4                        ; 100216: eb ea

main:
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    push ebp                             ; 100218: 55
    mov ebp, esp                         ; 100219: 89 e5
    push ebx                             ; 10021b: 53
    mov ebx, 0                           ; 10021c: bb 00 00 00 00
.L1:
    cmp ebx, 8                           ; 100221: 83 fb 08
    jae short .L4                        ; 100224: 73 25
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 100226: 53
    call dayName                         ; 100227: e8 d3 fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    push eax                             ; 10022f: 50
    call print                           ; 100230: e8 39 fe ff ff
    add esp, 4                           ; 100235: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100238: b8 dc 10 10 00
    push eax                             ; 10023d: 50
    call print                           ; 10023e: e8 2b fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100246: 83 c3 01
    jmp short .L1                        ; 100249: eb d6
.L4:
    ; test/golden/switch.ts:72: println("");
    mov eax, str_24                      ; 10024b: b8 e4 10 10 00
    push eax                             ; 100250: 50
    call println                         ; 100251: e8 45 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100259: 6a 03
    call countdown                       ; 10025b: e8 e9 fe ff ff
    add esp, 4                           ; 100260: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100263: 6a 01
    call countdown                       ; 100265: e8 df fe ff ff
    add esp, 4                           ; 10026a: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 10026d: 6a 07
    call countdown                       ; 10026f: e8 d5 fe ff ff
    add esp, 4                           ; 100274: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100277: 6a 0a
    call colorName                       ; 100279: e8 2e ff ff ff
    add esp, 4                           ; 10027e: 83 c4 04
    push eax                             ; 100281: 50
    call println                         ; 100282: e8 14 fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 10028a: 6a 0b
    call colorName                       ; 10028c: e8 1b ff ff ff
    add esp, 4                           ; 100291: 83 c4 04
    push eax                             ; 100294: 50
    call println                         ; 100295: e8 01 fe ff ff
    add esp, 4                           ; 10029a: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 10029d: b8 e8 10 10 00
    push eax                             ; 1002a2: 50
    call print                           ; 1002a3: e8 c6 fd ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 1002ab: 6a 0b
    call printU32                        ; 1002ad: e8 04 fe ff ff
    add esp, 4                           ; 1002b2: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    mov eax, str_24                      ; 1002b5: b8 e4 10 10 00
    push eax                             ; 1002ba: 50
    call println                         ; 1002bb: e8 db fd ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002c3: 68 f8 03 00 00
    call portName                        ; 1002c8: e8 12 ff ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    push eax                             ; 1002d0: 50
    call println                         ; 1002d1: e8 c5 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002d9: 6a 60
    call portName                        ; 1002db: e8 ff fe ff ff
    add esp, 4                           ; 1002e0: 83 c4 04
    push eax                             ; 1002e3: 50
    call println                         ; 1002e4: e8 b2 fd ff ff
    add esp, 4                           ; 1002e9: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002ec: 68 80 00 00 00
    call portName                        ; 1002f1: e8 e9 fe ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 9c fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 100302: 6a 00
    call exit                            ; 100304: e8 ea fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 10030c: 5b
    pop ebp                              ; 10030d: 5d
    ret                                  ; 10030e: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10030f: 55
    mov ebp, esp                         ; 100310: 89 e5
    push ebx                             ; 100312: 53
    push esi                             ; 100313: 56
    mov eax, [ebp+8]                     ; 100314: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100317: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10031a: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10031d: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100320: 8b 35 00 20 10 00
    push ebx                             ; 100326: 53
    push edx                             ; 100327: 52
    push ecx                             ; 100328: 51
    push eax                             ; 100329: 50
    call esi                             ; 10032a: ff d6
    add esp, 0x10                        ; 10032c: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10032f: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100330: f4
    jmp short .L2                        ; 100331: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100333: 55
    mov ebp, esp                         ; 100334: 89 e5
    sub esp, 4                           ; 100336: 83 ec 04
    push ebx                             ; 100339: 53
    push esi                             ; 10033a: 56
    push edi                             ; 10033b: 57
    mov ebx, [ebp+8]                     ; 10033c: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10033f: 8b 45 0c
    mov [ebp-4], eax                     ; 100342: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100345: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100348: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 10034b: b8 f8 10 10 00
    push eax                             ; 100350: 50
    call print                           ; 100351: e8 18 fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100359: 56
    call printU32                        ; 10035a: e8 57 fd ff ff
    add esp, 4                           ; 10035f: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 100362: b8 18 11 10 00
    push eax                             ; 100367: 50
    call print                           ; 100368: e8 01 fd ff ff
    add esp, 4                           ; 10036d: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100370: 57
    call printU32                        ; 100371: e8 40 fd ff ff
    add esp, 4                           ; 100376: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 100379: b8 38 11 10 00
    push eax                             ; 10037e: 50
    call print                           ; 10037f: e8 ea fc ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100387: 53
    call print                           ; 100388: e8 e1 fc ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 100390: b8 40 11 10 00
    push eax                             ; 100395: 50
    call print                           ; 100396: e8 d3 fc ff ff
    add esp, 4                           ; 10039b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10039e: 8b 45 fc
    push eax                             ; 1003a1: 50
    call printU32                        ; 1003a2: e8 0f fd ff ff
    add esp, 4                           ; 1003a7: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_24                      ; 1003aa: b8 e4 10 10 00
    push eax                             ; 1003af: 50
    call println                         ; 1003b0: e8 e6 fc ff ff
    add esp, 4                           ; 1003b5: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003b8: 5f
    pop esi                              ; 1003b9: 5e
    pop ebx                              ; 1003ba: 5b
    leave                                ; 1003bb: c9
    ret                                  ; 1003bc: c3

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
