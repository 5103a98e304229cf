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
    call main                            ; 10003d: e8 d3 01 00 00
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
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    mov eax, [ebp+8]                     ; 1000fa: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000fd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000ff: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100100: f4
    jmp short .L2                        ; 100101: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    push ebp                             ; 100103: 55
    mov ebp, esp                         ; 100104: 89 e5
    mov eax, [ebp+8]                     ; 100106: 8b 45 08
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 100109: 83 f8 07
    jae short .L8                        ; 10010c: 73 38
    jmp dword [eax*4+dayName.switch31]   ; 10010e: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100115: b8 1c 10 10 00
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 10011c: b8 24 10 10 00
    pop ebp                              ; 100121: 5d
    ret                                  ; 100122: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100123: b8 2c 10 10 00
    pop ebp                              ; 100128: 5d
    ret                                  ; 100129: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 10012a: b8 34 10 10 00
    pop ebp                              ; 10012f: 5d
    ret                                  ; 100130: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 100131: b8 3c 10 10 00
    pop ebp                              ; 100136: 5d
    ret                                  ; 100137: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 100138: b8 44 10 10 00
    pop ebp                              ; 10013d: 5d
    ret                                  ; 10013e: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 10013f: b8 4c 10 10 00
    pop ebp                              ; 100144: 5d
    ret                                  ; 100145: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100146: b8 54 10 10 00
    pop ebp                              ; 10014b: 5d
    ret                                  ; 10014c: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    push ebp                             ; 10014d: 55
    mov ebp, esp                         ; 10014e: 89 e5
    push ebx                             ; 100150: 53
    mov ebx, [ebp+8]                     ; 100151: 8b 5d 08
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 3                           ; 100154: 83 fb 03
    jne short .L6                        ; 100157: 75 2c
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 100159: b8 5c 10 10 00
    push eax                             ; 10015e: 50
    call print                           ; 10015f: e8 14 ff ff ff
    add esp, 4                           ; 100164: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 100167: b8 64 10 10 00
    push eax                             ; 10016c: 50
    call print                           ; 10016d: e8 06 ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 100175: b8 6c 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 f8 fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100183: eb 18
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp ebx, 2                           ; 100185: 83 fb 02
    je short .L2                         ; 100188: 74 dd
    cmp ebx, 1                           ; 10018a: 83 fb 01
    je short .L3                         ; 10018d: 74 e6
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 10018f: b8 74 10 10 00
    push eax                             ; 100194: 50
    call print                           ; 100195: e8 de fe ff ff
    add esp, 4                           ; 10019a: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 10019d: b8 80 10 10 00
    push eax                             ; 1001a2: 50
    call println                         ; 1001a3: e8 f7 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; test/golden/switch.ts:46: }
    pop ebx                              ; 1001ab: 5b
    pop ebp                              ; 1001ac: 5d
    ret                                  ; 1001ad: c3

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    push ebp                             ; 1001ae: 55
    mov ebp, esp                         ; 1001af: 89 e5
    mov ecx, [ebp+8]                     ; 1001b1: 8b 4d 08
    ; test/golden/switch.ts:49: switch (c) {
    test ecx, ecx                        ; 1001b4: 85 c9
    jne short .L6                        ; 1001b6: 75 0e
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001b8: b8 88 10 10 00
    pop ebp                              ; 1001bd: 5d
    ret                                  ; 1001be: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001bf: b8 90 10 10 00
    pop ebp                              ; 1001c4: 5d
    ret                                  ; 1001c5: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp ecx, 1                           ; 1001c6: 83 f9 01
    je short .L2                         ; 1001c9: 74 f4
    cmp ecx, 0xa                         ; 1001cb: 83 f9 0a
    jne short .L4                        ; 1001ce: 75 07
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001d0: b8 9c 10 10 00
    pop ebp                              ; 1001d5: 5d
    ret                                  ; 1001d6: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001d7: b8 a4 10 10 00
    pop ebp                              ; 1001dc: 5d
    ret                                  ; 1001dd: c3

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    push ebp                             ; 1001de: 55
    mov ebp, esp                         ; 1001df: 89 e5
    mov ecx, [ebp+8]                     ; 1001e1: 8b 4d 08
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x3f8                       ; 1001e4: 81 f9 f8 03 00 00
    jne short .L5                        ; 1001ea: 75 0e
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001ec: b8 b0 10 10 00
    pop ebp                              ; 1001f1: 5d
    ret                                  ; 1001f2: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 1001f3: b8 b8 10 10 00
    pop ebp                              ; 1001f8: 5d
    ret                                  ; 1001f9: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp ecx, 0x2f8                       ; 1001fa: 81 f9 f8 02 00 00
    je short .L2                         ; 100200: 74 f1
    cmp ecx, 0x60                        ; 100202: 83 f9 60
    jne short .L4                        ; 100205: 75 07
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 100207: b8 c0 10 10 00
    pop ebp                              ; 10020c: 5d
    ret                                  ; 10020d: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 10020e: b8 d0 10 10 00
    pop ebp                              ; 100213: 5d
    ret                                  ; 100214: c3

main:
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    push ebp                             ; 100215: 55
    mov ebp, esp                         ; 100216: 89 e5
    push ebx                             ; 100218: 53
    xor ebx, ebx                         ; 100219: 31 db
    cmp ebx, 8                           ; 10021b: 83 fb 08
    jae short .L4                        ; 10021e: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 100220: 53
    call dayName                         ; 100221: e8 dd fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    push eax                             ; 100229: 50
    call print                           ; 10022a: e8 49 fe ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100232: b8 dc 10 10 00
    push eax                             ; 100237: 50
    call print                           ; 100238: e8 3b fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100240: 83 c3 01
    cmp ebx, 8                           ; 100243: 83 fb 08
    jb short .L2                         ; 100246: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov eax, str_24                      ; 100248: b8 e4 10 10 00
    push eax                             ; 10024d: 50
    call println                         ; 10024e: e8 4c fe ff ff
    add esp, 4                           ; 100253: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100256: 6a 03
    call countdown                       ; 100258: e8 f0 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100260: 6a 01
    call countdown                       ; 100262: e8 e6 fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 10026a: 6a 07
    call countdown                       ; 10026c: e8 dc fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100274: 6a 0a
    call colorName                       ; 100276: e8 33 ff ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    push eax                             ; 10027e: 50
    call println                         ; 10027f: e8 1b fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 100287: 6a 0b
    call colorName                       ; 100289: e8 20 ff ff ff
    add esp, 4                           ; 10028e: 83 c4 04
    push eax                             ; 100291: 50
    call println                         ; 100292: e8 08 fe ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 10029a: b8 e8 10 10 00
    push eax                             ; 10029f: 50
    call print                           ; 1002a0: e8 d3 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 1002a8: 6a 0b
    call printU32                        ; 1002aa: e8 0b fe ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    mov eax, str_24                      ; 1002b2: b8 e4 10 10 00
    push eax                             ; 1002b7: 50
    call println                         ; 1002b8: e8 e2 fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002c0: 68 f8 03 00 00
    call portName                        ; 1002c5: e8 14 ff ff ff
    add esp, 4                           ; 1002ca: 83 c4 04
    push eax                             ; 1002cd: 50
    call println                         ; 1002ce: e8 cc fd ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002d6: 6a 60
    call portName                        ; 1002d8: e8 01 ff ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    push eax                             ; 1002e0: 50
    call println                         ; 1002e1: e8 b9 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002e9: 68 80 00 00 00
    call portName                        ; 1002ee: e8 eb fe ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    push eax                             ; 1002f6: 50
    call println                         ; 1002f7: e8 a3 fd ff ff
    add esp, 4                           ; 1002fc: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 1002ff: 6a 00
    call exit                            ; 100301: e8 f1 fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 100309: 5b
    pop ebp                              ; 10030a: 5d
    ret                                  ; 10030b: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10030c: 55
    mov ebp, esp                         ; 10030d: 89 e5
    push ebx                             ; 10030f: 53
    push esi                             ; 100310: 56
    mov eax, [ebp+8]                     ; 100311: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100314: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100317: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10031a: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10031d: 8b 35 00 20 10 00
    push ebx                             ; 100323: 53
    push edx                             ; 100324: 52
    push ecx                             ; 100325: 51
    push eax                             ; 100326: 50
    call esi                             ; 100327: ff d6
    add esp, 0x10                        ; 100329: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10032c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10032d: f4
    jmp short .L2                        ; 10032e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100330: 55
    mov ebp, esp                         ; 100331: 89 e5
    sub esp, 4                           ; 100333: 83 ec 04
    push ebx                             ; 100336: 53
    push esi                             ; 100337: 56
    push edi                             ; 100338: 57
    mov ebx, [ebp+8]                     ; 100339: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10033c: 8b 45 0c
    mov [ebp-4], eax                     ; 10033f: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100342: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100345: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 100348: b8 f8 10 10 00
    push eax                             ; 10034d: 50
    call print                           ; 10034e: e8 25 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100356: 56
    call printU32                        ; 100357: e8 5e fd ff ff
    add esp, 4                           ; 10035c: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 10035f: b8 18 11 10 00
    push eax                             ; 100364: 50
    call print                           ; 100365: e8 0e fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10036d: 57
    call printU32                        ; 10036e: e8 47 fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 100376: b8 38 11 10 00
    push eax                             ; 10037b: 50
    call print                           ; 10037c: e8 f7 fc ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100384: 53
    call print                           ; 100385: e8 ee fc ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 10038d: b8 40 11 10 00
    push eax                             ; 100392: 50
    call print                           ; 100393: e8 e0 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10039b: 8b 45 fc
    push eax                             ; 10039e: 50
    call printU32                        ; 10039f: e8 16 fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_24                      ; 1003a7: b8 e4 10 10 00
    push eax                             ; 1003ac: 50
    call println                         ; 1003ad: e8 ed fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1003b5: 5f
    pop esi                              ; 1003b6: 5e
    pop ebx                              ; 1003b7: 5b
    leave                                ; 1003b8: c9
    ret                                  ; 1003b9: c3

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
