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
    call main                            ; 10003d: e8 ac 01 00 00
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
    push edi                             ; 100077: 57
    mov edi, [esp+0x10]                  ; 100078: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 10007c: 8b 37
    xor ebx, ebx                         ; 10007e: 31 db
    cmp ebx, esi                         ; 100080: 39 f3
    jge short .L4                        ; 100082: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100084: 0f b6 44 1f 04
    push eax                             ; 100089: 50
    call putc                            ; 10008a: e8 b7 ff ff ff
    add esp, 4                           ; 10008f: 83 c4 04
    add ebx, 1                           ; 100092: 83 c3 01
    cmp ebx, esi                         ; 100095: 39 f3
    jl short .L7                         ; 100097: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    ret                                  ; 10009c: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009d: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a1: 50
    call print                           ; 1000a2: e8 ce ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000aa: 6a 0a
    call putc                            ; 1000ac: e8 95 ff ff ff
    add esp, 4                           ; 1000b1: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b4: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b5: 53
    mov ebx, [esp+8]                     ; 1000b6: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000ba: 83 fb 0a
    jb short .L2                         ; 1000bd: 72 14
    mov ecx, 0xa                         ; 1000bf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c4: 89 d8
    xor edx, edx                         ; 1000c6: 31 d2
    div ecx                              ; 1000c8: f7 f1
    push eax                             ; 1000ca: 50
    call printU32                        ; 1000cb: e8 e5 ff ff ff
    add esp, 4                           ; 1000d0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d8: 89 d8
    xor edx, edx                         ; 1000da: 31 d2
    div ecx                              ; 1000dc: f7 f1
    lea eax, [edx+0x30]                  ; 1000de: 8d 42 30
    movzx eax, al                        ; 1000e1: 0f b6 c0
    push eax                             ; 1000e4: 50
    call putc                            ; 1000e5: e8 5c ff ff ff
    add esp, 4                           ; 1000ea: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ed: 5b
    ret                                  ; 1000ee: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ef: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000f3: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f5: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f6: f4
    jmp short .L2                        ; 1000f7: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    mov eax, [esp+4]                     ; 1000f9: 8b 44 24 04
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 1000fd: 83 f8 07
    jae short .L8                        ; 100100: 73 31
    jmp dword [eax*4+dayName.switch31]   ; 100102: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100109: b8 1c 10 10 00
    ret                                  ; 10010e: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 10010f: b8 24 10 10 00
    ret                                  ; 100114: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100115: b8 2c 10 10 00
    ret                                  ; 10011a: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 10011b: b8 34 10 10 00
    ret                                  ; 100120: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 100121: b8 3c 10 10 00
    ret                                  ; 100126: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 100127: b8 44 10 10 00
    ret                                  ; 10012c: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 10012d: b8 4c 10 10 00
    ret                                  ; 100132: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100133: b8 54 10 10 00
    ret                                  ; 100138: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    mov eax, [esp+4]                     ; 100139: 8b 44 24 04
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 3                           ; 10013d: 83 f8 03
    jne short .L6                        ; 100140: 75 2c
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 100142: b8 5c 10 10 00
    push eax                             ; 100147: 50
    call print                           ; 100148: e8 28 ff ff ff
    add esp, 4                           ; 10014d: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 100150: b8 64 10 10 00
    push eax                             ; 100155: 50
    call print                           ; 100156: e8 1a ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 10015e: b8 6c 10 10 00
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 0c ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 10016c: eb 18
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 2                           ; 10016e: 83 f8 02
    je short .L2                         ; 100171: 74 dd
    cmp eax, 1                           ; 100173: 83 f8 01
    je short .L3                         ; 100176: 74 e6
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 100178: b8 74 10 10 00
    push eax                             ; 10017d: 50
    call print                           ; 10017e: e8 f2 fe ff ff
    add esp, 4                           ; 100183: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 100186: b8 80 10 10 00
    push eax                             ; 10018b: 50
    call println                         ; 10018c: e8 0c ff ff ff
    add esp, 4                           ; 100191: 83 c4 04
    ; test/golden/switch.ts:46: }
    ret                                  ; 100194: c3

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    mov eax, [esp+4]                     ; 100195: 8b 44 24 04
    ; test/golden/switch.ts:49: switch (c) {
    test eax, eax                        ; 100199: 85 c0
    jne short .L6                        ; 10019b: 75 0c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 10019d: b8 88 10 10 00
    ret                                  ; 1001a2: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001a3: b8 90 10 10 00
    ret                                  ; 1001a8: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 1                           ; 1001a9: 83 f8 01
    je short .L2                         ; 1001ac: 74 f5
    cmp eax, 0xa                         ; 1001ae: 83 f8 0a
    jne short .L4                        ; 1001b1: 75 06
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001b3: b8 9c 10 10 00
    ret                                  ; 1001b8: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001b9: b8 a4 10 10 00
    ret                                  ; 1001be: c3

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    mov eax, [esp+4]                     ; 1001bf: 8b 44 24 04
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x3f8                       ; 1001c3: 3d f8 03 00 00
    jne short .L5                        ; 1001c8: 75 0c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001ca: b8 b0 10 10 00
    ret                                  ; 1001cf: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 1001d0: b8 b8 10 10 00
    ret                                  ; 1001d5: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x2f8                       ; 1001d6: 3d f8 02 00 00
    je short .L2                         ; 1001db: 74 f3
    cmp eax, 0x60                        ; 1001dd: 83 f8 60
    jne short .L4                        ; 1001e0: 75 06
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 1001e2: b8 c0 10 10 00
    ret                                  ; 1001e7: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 1001e8: b8 d0 10 10 00
    ret                                  ; 1001ed: c3

main:
    push ebx                             ; 1001ee: 53
    xor ebx, ebx                         ; 1001ef: 31 db
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    cmp ebx, 8                           ; 1001f1: 83 fb 08
    jae short .L4                        ; 1001f4: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 1001f6: 53
    call dayName                         ; 1001f7: e8 fd fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    push eax                             ; 1001ff: 50
    call print                           ; 100200: e8 70 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100208: b8 dc 10 10 00
    push eax                             ; 10020d: 50
    call print                           ; 10020e: e8 62 fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100216: 83 c3 01
    cmp ebx, 8                           ; 100219: 83 fb 08
    jb short .L2                         ; 10021c: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov ebx, str_24                      ; 10021e: bb e4 10 10 00
    push ebx                             ; 100223: 53
    call println                         ; 100224: e8 74 fe ff ff
    add esp, 4                           ; 100229: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 10022c: 6a 03
    call countdown                       ; 10022e: e8 06 ff ff ff
    add esp, 4                           ; 100233: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100236: 6a 01
    call countdown                       ; 100238: e8 fc fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100240: 6a 07
    call countdown                       ; 100242: e8 f2 fe ff ff
    add esp, 4                           ; 100247: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 10024a: 6a 0a
    call colorName                       ; 10024c: e8 44 ff ff ff
    add esp, 4                           ; 100251: 83 c4 04
    push eax                             ; 100254: 50
    call println                         ; 100255: e8 43 fe ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 10025d: 6a 0b
    call colorName                       ; 10025f: e8 31 ff ff ff
    add esp, 4                           ; 100264: 83 c4 04
    push eax                             ; 100267: 50
    call println                         ; 100268: e8 30 fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 100270: b8 e8 10 10 00
    push eax                             ; 100275: 50
    call print                           ; 100276: e8 fa fd ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 10027e: 6a 0b
    call printU32                        ; 100280: e8 30 fe ff ff
    add esp, 4                           ; 100285: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    push ebx                             ; 100288: 53
    call println                         ; 100289: e8 0f fe ff ff
    add esp, 4                           ; 10028e: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 100291: 68 f8 03 00 00
    call portName                        ; 100296: e8 24 ff ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    push eax                             ; 10029e: 50
    call println                         ; 10029f: e8 f9 fd ff ff
    add esp, 4                           ; 1002a4: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002a7: 6a 60
    call portName                        ; 1002a9: e8 11 ff ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    push eax                             ; 1002b1: 50
    call println                         ; 1002b2: e8 e6 fd ff ff
    add esp, 4                           ; 1002b7: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002ba: 68 80 00 00 00
    call portName                        ; 1002bf: e8 fb fe ff ff
    add esp, 4                           ; 1002c4: 83 c4 04
    push eax                             ; 1002c7: 50
    call println                         ; 1002c8: e8 d0 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 1002d0: 6a 00
    call exit                            ; 1002d2: e8 18 fe ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 1002da: 5b
    ret                                  ; 1002db: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002dc: 53
    push esi                             ; 1002dd: 56
    mov esi, [esp+0xc]                   ; 1002de: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002e2: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002e6: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002ea: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002ee: a1 00 20 10 00
    push ecx                             ; 1002f3: 51
    push edx                             ; 1002f4: 52
    push ebx                             ; 1002f5: 53
    push esi                             ; 1002f6: 56
    call eax                             ; 1002f7: ff d0
    add esp, 0x10                        ; 1002f9: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002fc: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002fd: f4
    jmp short .L2                        ; 1002fe: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100300: 53
    push esi                             ; 100301: 56
    push edi                             ; 100302: 57
    mov ebx, [esp+0x14]                  ; 100303: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100307: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10030b: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_26                      ; 10030f: b8 f8 10 10 00
    push eax                             ; 100314: 50
    call print                           ; 100315: e8 5b fd ff ff
    add esp, 4                           ; 10031a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10031d: 57
    call printU32                        ; 10031e: e8 92 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_27                      ; 100326: b8 18 11 10 00
    push eax                             ; 10032b: 50
    call print                           ; 10032c: e8 44 fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100334: 56
    call printU32                        ; 100335: e8 7b fd ff ff
    add esp, 4                           ; 10033a: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_28                      ; 10033d: b8 38 11 10 00
    push eax                             ; 100342: 50
    call print                           ; 100343: e8 2d fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10034b: ff 74 24 10
    call print                           ; 10034f: e8 21 fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_29                      ; 100357: b8 40 11 10 00
    push eax                             ; 10035c: 50
    call print                           ; 10035d: e8 13 fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100365: 53
    call printU32                        ; 100366: e8 4a fd ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_24                      ; 10036e: b8 e4 10 10 00
    push eax                             ; 100373: 50
    call println                         ; 100374: e8 24 fd ff ff
    add esp, 4                           ; 100379: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10037c: 6a 65
    call exit                            ; 10037e: e8 6c fd ff ff
    add esp, 4                           ; 100383: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100386: 5f
    pop esi                              ; 100387: 5e
    pop ebx                              ; 100388: 5b
    ret                                  ; 100389: c3

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
