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
    call main                            ; 10003d: e8 a8 01 00 00
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
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000eb: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000ef: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000f1: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000f2: f4
    jmp short .L2                        ; 1000f3: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    mov eax, [esp+4]                     ; 1000f5: 8b 44 24 04
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 1000f9: 83 f8 07
    jae short .L8                        ; 1000fc: 73 31
    jmp dword [eax*4+dayName.switch31]   ; 1000fe: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100105: b8 1c 10 10 00
    ret                                  ; 10010a: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 10010b: b8 24 10 10 00
    ret                                  ; 100110: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100111: b8 2c 10 10 00
    ret                                  ; 100116: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 100117: b8 34 10 10 00
    ret                                  ; 10011c: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 10011d: b8 3c 10 10 00
    ret                                  ; 100122: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 100123: b8 44 10 10 00
    ret                                  ; 100128: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 100129: b8 4c 10 10 00
    ret                                  ; 10012e: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 10012f: b8 54 10 10 00
    ret                                  ; 100134: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    mov eax, [esp+4]                     ; 100135: 8b 44 24 04
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 3                           ; 100139: 83 f8 03
    jne short .L6                        ; 10013c: 75 2c
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 10013e: b8 5c 10 10 00
    push eax                             ; 100143: 50
    call print                           ; 100144: e8 2c ff ff ff
    add esp, 4                           ; 100149: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 10014c: b8 64 10 10 00
    push eax                             ; 100151: 50
    call print                           ; 100152: e8 1e ff ff ff
    add esp, 4                           ; 100157: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 10015a: b8 6c 10 10 00
    push eax                             ; 10015f: 50
    call print                           ; 100160: e8 10 ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 100168: eb 18
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 2                           ; 10016a: 83 f8 02
    je short .L2                         ; 10016d: 74 dd
    cmp eax, 1                           ; 10016f: 83 f8 01
    je short .L3                         ; 100172: 74 e6
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 100174: b8 74 10 10 00
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 f6 fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 100182: b8 80 10 10 00
    push eax                             ; 100187: 50
    call println                         ; 100188: e8 0c ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; test/golden/switch.ts:46: }
    ret                                  ; 100190: c3

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    mov eax, [esp+4]                     ; 100191: 8b 44 24 04
    ; test/golden/switch.ts:49: switch (c) {
    test eax, eax                        ; 100195: 85 c0
    jne short .L6                        ; 100197: 75 0c
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 100199: b8 88 10 10 00
    ret                                  ; 10019e: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 10019f: b8 90 10 10 00
    ret                                  ; 1001a4: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 1                           ; 1001a5: 83 f8 01
    je short .L2                         ; 1001a8: 74 f5
    cmp eax, 0xa                         ; 1001aa: 83 f8 0a
    jne short .L4                        ; 1001ad: 75 06
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001af: b8 9c 10 10 00
    ret                                  ; 1001b4: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001b5: b8 a4 10 10 00
    ret                                  ; 1001ba: c3

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    mov eax, [esp+4]                     ; 1001bb: 8b 44 24 04
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x3f8                       ; 1001bf: 3d f8 03 00 00
    jne short .L5                        ; 1001c4: 75 0c
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001c6: b8 b0 10 10 00
    ret                                  ; 1001cb: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 1001cc: b8 b8 10 10 00
    ret                                  ; 1001d1: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x2f8                       ; 1001d2: 3d f8 02 00 00
    je short .L2                         ; 1001d7: 74 f3
    cmp eax, 0x60                        ; 1001d9: 83 f8 60
    jne short .L4                        ; 1001dc: 75 06
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 1001de: b8 c0 10 10 00
    ret                                  ; 1001e3: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 1001e4: b8 d0 10 10 00
    ret                                  ; 1001e9: c3

main:
    push ebx                             ; 1001ea: 53
    xor ebx, ebx                         ; 1001eb: 31 db
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    cmp ebx, 8                           ; 1001ed: 83 fb 08
    jae short .L4                        ; 1001f0: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 1001f2: 53
    call dayName                         ; 1001f3: e8 fd fe ff ff
    add esp, 4                           ; 1001f8: 83 c4 04
    push eax                             ; 1001fb: 50
    call print                           ; 1001fc: e8 74 fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100204: b8 dc 10 10 00
    push eax                             ; 100209: 50
    call print                           ; 10020a: e8 66 fe ff ff
    add esp, 4                           ; 10020f: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 100212: 83 c3 01
    cmp ebx, 8                           ; 100215: 83 fb 08
    jb short .L2                         ; 100218: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov ebx, str_24                      ; 10021a: bb e4 10 10 00
    push ebx                             ; 10021f: 53
    call println                         ; 100220: e8 74 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100228: 6a 03
    call countdown                       ; 10022a: e8 06 ff ff ff
    add esp, 4                           ; 10022f: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 100232: 6a 01
    call countdown                       ; 100234: e8 fc fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 10023c: 6a 07
    call countdown                       ; 10023e: e8 f2 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100246: 6a 0a
    call colorName                       ; 100248: e8 44 ff ff ff
    add esp, 4                           ; 10024d: 83 c4 04
    push eax                             ; 100250: 50
    call println                         ; 100251: e8 43 fe ff ff
    add esp, 4                           ; 100256: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 100259: 6a 0b
    call colorName                       ; 10025b: e8 31 ff ff ff
    add esp, 4                           ; 100260: 83 c4 04
    push eax                             ; 100263: 50
    call println                         ; 100264: e8 30 fe ff ff
    add esp, 4                           ; 100269: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 10026c: b8 e8 10 10 00
    push eax                             ; 100271: 50
    call print                           ; 100272: e8 fe fd ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 10027a: 6a 0b
    call printU32                        ; 10027c: e8 30 fe ff ff
    add esp, 4                           ; 100281: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    push ebx                             ; 100284: 53
    call println                         ; 100285: e8 0f fe ff ff
    add esp, 4                           ; 10028a: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 10028d: 68 f8 03 00 00
    call portName                        ; 100292: e8 24 ff ff ff
    add esp, 4                           ; 100297: 83 c4 04
    push eax                             ; 10029a: 50
    call println                         ; 10029b: e8 f9 fd ff ff
    add esp, 4                           ; 1002a0: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002a3: 6a 60
    call portName                        ; 1002a5: e8 11 ff ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    push eax                             ; 1002ad: 50
    call println                         ; 1002ae: e8 e6 fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002b6: 68 80 00 00 00
    call portName                        ; 1002bb: e8 fb fe ff ff
    add esp, 4                           ; 1002c0: 83 c4 04
    push eax                             ; 1002c3: 50
    call println                         ; 1002c4: e8 d0 fd ff ff
    add esp, 4                           ; 1002c9: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 1002cc: 6a 00
    call exit                            ; 1002ce: e8 18 fe ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 1002d6: 5b
    ret                                  ; 1002d7: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002d8: 53
    push esi                             ; 1002d9: 56
    mov esi, [esp+0xc]                   ; 1002da: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002de: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002e2: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002e6: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002ea: a1 00 20 10 00
    push ecx                             ; 1002ef: 51
    push edx                             ; 1002f0: 52
    push ebx                             ; 1002f1: 53
    push esi                             ; 1002f2: 56
    call eax                             ; 1002f3: ff d0
    add esp, 0x10                        ; 1002f5: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002f8: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002f9: f4
    jmp short .L2                        ; 1002fa: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002fc: 53
    push esi                             ; 1002fd: 56
    push edi                             ; 1002fe: 57
    mov ebx, [esp+0x14]                  ; 1002ff: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100303: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100307: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_26                      ; 10030b: b8 f8 10 10 00
    push eax                             ; 100310: 50
    call print                           ; 100311: e8 5f fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100319: 57
    call printU32                        ; 10031a: e8 92 fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_27                      ; 100322: b8 18 11 10 00
    push eax                             ; 100327: 50
    call print                           ; 100328: e8 48 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100330: 56
    call printU32                        ; 100331: e8 7b fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_28                      ; 100339: b8 38 11 10 00
    push eax                             ; 10033e: 50
    call print                           ; 10033f: e8 31 fd ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100347: ff 74 24 10
    call print                           ; 10034b: e8 25 fd ff ff
    add esp, 4                           ; 100350: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_29                      ; 100353: b8 40 11 10 00
    push eax                             ; 100358: 50
    call print                           ; 100359: e8 17 fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100361: 53
    call printU32                        ; 100362: e8 4a fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_24                      ; 10036a: b8 e4 10 10 00
    push eax                             ; 10036f: 50
    call println                         ; 100370: e8 24 fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100378: 6a 65
    call exit                            ; 10037a: e8 6c fd ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100382: 5f
    pop esi                              ; 100383: 5e
    pop ebx                              ; 100384: 5b
    ret                                  ; 100385: c3

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
