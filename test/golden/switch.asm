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
    call main                            ; 10003d: e8 ee 01 00 00
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
    push edi                             ; 100085: 57
    mov ebx, [ebp+8]                     ; 100086: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 100089: 8b 33
    mov edi, 0                           ; 10008b: bf 00 00 00 00
    cmp edi, esi                         ; 100090: 39 f7
    jl short .L7                         ; 100092: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100094: 5f
    pop esi                              ; 100095: 5e
    pop ebx                              ; 100096: 5b
    pop ebp                              ; 100097: 5d
    ret                                  ; 100098: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 9f ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L7                         ; 1000af: 7c e8
    jmp short .L4                        ; 1000b1: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b3: 55
    mov ebp, esp                         ; 1000b4: 89 e5
    mov eax, [ebp+8]                     ; 1000b6: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b9: 50
    call print                           ; 1000ba: e8 c1 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c2: 6a 0a
    call putc                            ; 1000c4: e8 7d ff ff ff
    add esp, 4                           ; 1000c9: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cc: 5d
    ret                                  ; 1000cd: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ce: 55
    mov ebp, esp                         ; 1000cf: 89 e5
    push ebx                             ; 1000d1: 53
    mov ebx, [ebp+8]                     ; 1000d2: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d5: 83 fb 0a
    jb short .L2                         ; 1000d8: 72 14
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    push eax                             ; 1000e5: 50
    call printU32                        ; 1000e6: e8 e3 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000ee: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f3: 89 d8
    xor edx, edx                         ; 1000f5: 31 d2
    div ecx                              ; 1000f7: f7 f1
    add edx, 0x30                        ; 1000f9: 83 c2 30
    movzx eax, dl                        ; 1000fc: 0f b6 c2
    push eax                             ; 1000ff: 50
    call putc                            ; 100100: e8 41 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100108: 5b
    pop ebp                              ; 100109: 5d
    ret                                  ; 10010a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10010b: 55
    mov ebp, esp                         ; 10010c: 89 e5
    mov eax, [ebp+8]                     ; 10010e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100111: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100113: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100114: f4
    jmp short .L2                        ; 100115: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    push ebp                             ; 100117: 55
    mov ebp, esp                         ; 100118: 89 e5
    mov eax, [ebp+8]                     ; 10011a: 8b 45 08
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 10011d: 83 f8 07
    jae short .L8                        ; 100120: 73 38
    jmp dword [eax*4+dayName.switch31]   ; 100122: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100129: b8 1c 10 10 00
    pop ebp                              ; 10012e: 5d
    ret                                  ; 10012f: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 100130: b8 24 10 10 00
    pop ebp                              ; 100135: 5d
    ret                                  ; 100136: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100137: b8 2c 10 10 00
    pop ebp                              ; 10013c: 5d
    ret                                  ; 10013d: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 10013e: b8 34 10 10 00
    pop ebp                              ; 100143: 5d
    ret                                  ; 100144: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 100145: b8 3c 10 10 00
    pop ebp                              ; 10014a: 5d
    ret                                  ; 10014b: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 10014c: b8 44 10 10 00
    pop ebp                              ; 100151: 5d
    ret                                  ; 100152: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 100153: b8 4c 10 10 00
    pop ebp                              ; 100158: 5d
    ret                                  ; 100159: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 10015a: b8 54 10 10 00
    pop ebp                              ; 10015f: 5d
    ret                                  ; 100160: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    push ebp                             ; 100161: 55
    mov ebp, esp                         ; 100162: 89 e5
    push ebx                             ; 100164: 53
    mov ebx, [ebp+8]                     ; 100165: 8b 5d 08
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 3                           ; 100168: 83 fb 03
    jne short .L6                        ; 10016b: 75 4b
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 10016d: b8 5c 10 10 00
    push eax                             ; 100172: 50
    call print                           ; 100173: e8 08 ff ff ff
    add esp, 4                           ; 100178: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 10017b: b8 64 10 10 00
    push eax                             ; 100180: 50
    call print                           ; 100181: e8 fa fe ff ff
    add esp, 4                           ; 100186: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100189: b8 6c 10 10 00
    push eax                             ; 10018e: 50
    call print                           ; 10018f: e8 ec fe ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100197: eb 0e
.L4:
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 100199: b8 74 10 10 00
    push eax                             ; 10019e: 50
    call print                           ; 10019f: e8 dc fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 1001a7: b8 80 10 10 00
    push eax                             ; 1001ac: 50
    call println                         ; 1001ad: e8 01 ff ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; test/golden/switch.ts:46: }
    pop ebx                              ; 1001b5: 5b
    pop ebp                              ; 1001b6: 5d
    ret                                  ; 1001b7: c3
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 2                           ; 1001b8: 83 fb 02
    je short .L2                         ; 1001bb: 74 be
    cmp ebx, 1                           ; 1001bd: 83 fb 01
    je short .L3                         ; 1001c0: 74 c7
    jmp short .L4                        ; 1001c2: eb d5

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    push ebp                             ; 1001c4: 55
    mov ebp, esp                         ; 1001c5: 89 e5
    mov ecx, [ebp+8]                     ; 1001c7: 8b 4d 08
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 0                           ; 1001ca: 83 f9 00
    jne short .L6                        ; 1001cd: 75 1c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001cf: b8 88 10 10 00
    pop ebp                              ; 1001d4: 5d
    ret                                  ; 1001d5: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001d6: b8 90 10 10 00
    pop ebp                              ; 1001db: 5d
    ret                                  ; 1001dc: c3
.L3:
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001dd: b8 9c 10 10 00
    pop ebp                              ; 1001e2: 5d
    ret                                  ; 1001e3: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001e4: b8 a4 10 10 00
    pop ebp                              ; 1001e9: 5d
    ret                                  ; 1001ea: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 1                           ; 1001eb: 83 f9 01
    je short .L2                         ; 1001ee: 74 e6
    cmp ecx, 0xa                         ; 1001f0: 83 f9 0a
    je short .L3                         ; 1001f3: 74 e8
    jmp short .L4                        ; 1001f5: eb ed

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    push ebp                             ; 1001f7: 55
    mov ebp, esp                         ; 1001f8: 89 e5
    mov ecx, [ebp+8]                     ; 1001fa: 8b 4d 08
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x3f8                       ; 1001fd: 81 f9 f8 03 00 00
    jne short .L5                        ; 100203: 75 1c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 100205: b8 b0 10 10 00
    pop ebp                              ; 10020a: 5d
    ret                                  ; 10020b: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 10020c: b8 b8 10 10 00
    pop ebp                              ; 100211: 5d
    ret                                  ; 100212: c3
.L3:
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 100213: b8 c0 10 10 00
    pop ebp                              ; 100218: 5d
    ret                                  ; 100219: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 10021a: b8 d0 10 10 00
    pop ebp                              ; 10021f: 5d
    ret                                  ; 100220: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x2f8                       ; 100221: 81 f9 f8 02 00 00
    je short .L2                         ; 100227: 74 e3
    cmp ecx, 0x60                        ; 100229: 83 f9 60
    je short .L3                         ; 10022c: 74 e5
    jmp short .L4                        ; 10022e: eb ea

main:
    push ebp                             ; 100230: 55
    mov ebp, esp                         ; 100231: 89 e5
    push ebx                             ; 100233: 53
    mov ebx, 0                           ; 100234: bb 00 00 00 00
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    cmp ebx, 8                           ; 100239: 83 fb 08
    jae short .L4                        ; 10023c: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 10023e: 53
    call dayName                         ; 10023f: e8 d3 fe ff ff
    add esp, 4                           ; 100244: 83 c4 04
    push eax                             ; 100247: 50
    call print                           ; 100248: e8 33 fe ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100250: b8 dc 10 10 00
    push eax                             ; 100255: 50
    call print                           ; 100256: e8 25 fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 10025e: 83 c3 01
    cmp ebx, 8                           ; 100261: 83 fb 08
    jb short .L2                         ; 100264: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov ebx, str_24                      ; 100266: bb e4 10 10 00
    push ebx                             ; 10026b: 53
    call println                         ; 10026c: e8 42 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100274: 6a 03
    call countdown                       ; 100276: e8 e6 fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 10027e: 6a 01
    call countdown                       ; 100280: e8 dc fe ff ff
    add esp, 4                           ; 100285: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100288: 6a 07
    call countdown                       ; 10028a: e8 d2 fe ff ff
    add esp, 4                           ; 10028f: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100292: 6a 0a
    call colorName                       ; 100294: e8 2b ff ff ff
    add esp, 4                           ; 100299: 83 c4 04
    push eax                             ; 10029c: 50
    call println                         ; 10029d: e8 11 fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 1002a5: 6a 0b
    call colorName                       ; 1002a7: e8 18 ff ff ff
    add esp, 4                           ; 1002ac: 83 c4 04
    push eax                             ; 1002af: 50
    call println                         ; 1002b0: e8 fe fd ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 1002b8: b8 e8 10 10 00
    push eax                             ; 1002bd: 50
    call print                           ; 1002be: e8 bd fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 1002c6: 6a 0b
    call printU32                        ; 1002c8: e8 01 fe ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    push ebx                             ; 1002d0: 53
    call println                         ; 1002d1: e8 dd fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002d9: 68 f8 03 00 00
    call portName                        ; 1002de: e8 14 ff ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    push eax                             ; 1002e6: 50
    call println                         ; 1002e7: e8 c7 fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002ef: 6a 60
    call portName                        ; 1002f1: e8 01 ff ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 b4 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 100302: 68 80 00 00 00
    call portName                        ; 100307: e8 eb fe ff ff
    add esp, 4                           ; 10030c: 83 c4 04
    push eax                             ; 10030f: 50
    call println                         ; 100310: e8 9e fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 100318: 6a 00
    call exit                            ; 10031a: e8 ec fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 100322: 5b
    pop ebp                              ; 100323: 5d
    ret                                  ; 100324: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100325: 55
    mov ebp, esp                         ; 100326: 89 e5
    push ebx                             ; 100328: 53
    push esi                             ; 100329: 56
    mov eax, [ebp+8]                     ; 10032a: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10032d: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100330: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100333: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100336: 8b 35 00 20 10 00
    push ebx                             ; 10033c: 53
    push edx                             ; 10033d: 52
    push ecx                             ; 10033e: 51
    push eax                             ; 10033f: 50
    call esi                             ; 100340: ff d6
    add esp, 0x10                        ; 100342: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100345: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100346: f4
    jmp short .L2                        ; 100347: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100349: 55
    mov ebp, esp                         ; 10034a: 89 e5
    sub esp, 4                           ; 10034c: 83 ec 04
    push ebx                             ; 10034f: 53
    push esi                             ; 100350: 56
    push edi                             ; 100351: 57
    mov ebx, [ebp+8]                     ; 100352: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100355: 8b 45 0c
    mov [ebp-4], eax                     ; 100358: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10035b: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10035e: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 100361: b8 f8 10 10 00
    push eax                             ; 100366: 50
    call print                           ; 100367: e8 14 fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10036f: 56
    call printU32                        ; 100370: e8 59 fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 100378: b8 18 11 10 00
    push eax                             ; 10037d: 50
    call print                           ; 10037e: e8 fd fc ff ff
    add esp, 4                           ; 100383: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100386: 57
    call printU32                        ; 100387: e8 42 fd ff ff
    add esp, 4                           ; 10038c: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 10038f: b8 38 11 10 00
    push eax                             ; 100394: 50
    call print                           ; 100395: e8 e6 fc ff ff
    add esp, 4                           ; 10039a: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10039d: 53
    call print                           ; 10039e: e8 dd fc ff ff
    add esp, 4                           ; 1003a3: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 1003a6: b8 40 11 10 00
    push eax                             ; 1003ab: 50
    call print                           ; 1003ac: e8 cf fc ff ff
    add esp, 4                           ; 1003b1: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003b4: 8b 45 fc
    push eax                             ; 1003b7: 50
    call printU32                        ; 1003b8: e8 11 fd ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_24                      ; 1003c0: b8 e4 10 10 00
    push eax                             ; 1003c5: 50
    call println                         ; 1003c6: e8 e8 fc ff ff
    add esp, 4                           ; 1003cb: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003ce: 5f
    pop esi                              ; 1003cf: 5e
    pop ebx                              ; 1003d0: 5b
    leave                                ; 1003d1: c9
    ret                                  ; 1003d2: c3

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
