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
    call main                            ; 10003d: e8 c1 01 00 00
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
    movzx eax, al                        ; 100056: 0f b6 c0
    cmp eax, 0                           ; 100059: 83 f8 00
    jne short .L3                        ; 10005c: 75 16
.L2:
    pause                                ; 10005e: f3 90
    mov edx, 0x3fd                       ; 100060: ba fd 03 00 00
    in al, dx                            ; 100065: ec
    movzx eax, al                        ; 100066: 0f b6 c0
    and eax, 0x20                        ; 100069: 83 e0 20
    movzx eax, al                        ; 10006c: 0f b6 c0
    cmp eax, 0                           ; 10006f: 83 f8 00
    je short .L2                         ; 100072: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100074: 89 c8
    mov edx, 0x3f8                       ; 100076: ba f8 03 00 00
    out dx, al                           ; 10007b: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007d: 53
    push esi                             ; 10007e: 56
    mov esi, [esp+0xc]                   ; 10007f: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100083: bb 00 00 00 00
    mov eax, [esi]                       ; 100088: 8b 06
    cmp ebx, eax                         ; 10008a: 39 c3
    jge short .L4                        ; 10008c: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 10008e: 0f b6 44 1e 04
    movzx eax, al                        ; 100093: 0f b6 c0
    push eax                             ; 100096: 50
    call putc                            ; 100097: e8 aa ff ff ff
    add esp, 4                           ; 10009c: 83 c4 04
    add ebx, 1                           ; 10009f: 83 c3 01
    mov eax, [esi]                       ; 1000a2: 8b 06
    cmp ebx, eax                         ; 1000a4: 39 c3
    jl short .L2                         ; 1000a6: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a8: 5e
    pop ebx                              ; 1000a9: 5b
    ret                                  ; 1000aa: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000ab: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000af: 50
    call print                           ; 1000b0: e8 c8 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b8: 6a 0a
    call putc                            ; 1000ba: e8 87 ff ff ff
    add esp, 4                           ; 1000bf: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c3: 53
    mov ebx, [esp+8]                     ; 1000c4: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c8: 83 fb 0a
    jb short .L2                         ; 1000cb: 72 14
    mov ecx, 0xa                         ; 1000cd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d2: 89 d8
    xor edx, edx                         ; 1000d4: 31 d2
    div ecx                              ; 1000d6: f7 f1
    push eax                             ; 1000d8: 50
    call printU32                        ; 1000d9: e8 e5 ff ff ff
    add esp, 4                           ; 1000de: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e6: 89 d8
    xor edx, edx                         ; 1000e8: 31 d2
    div ecx                              ; 1000ea: f7 f1
    add edx, 0x30                        ; 1000ec: 83 c2 30
    movzx eax, dl                        ; 1000ef: 0f b6 c2
    push eax                             ; 1000f2: 50
    call putc                            ; 1000f3: e8 4e ff ff ff
    add esp, 4                           ; 1000f8: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000fb: 5b
    ret                                  ; 1000fc: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000fd: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100101: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100103: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100104: f4
    jmp short .L2                        ; 100105: eb fd

dayName:
    ; test/golden/switch.ts:19: function dayName(day: u32): string {
    mov eax, [esp+4]                     ; 100107: 8b 44 24 04
    ; test/golden/switch.ts:20: switch (day) {
    cmp eax, 7                           ; 10010b: 83 f8 07
    jae short .L8                        ; 10010e: 73 31
    jmp dword [eax*4+dayName.switch31]   ; 100110: ff 24 85 48 11 10 00
.L1:
    ; test/golden/switch.ts:21: case 0: return "sun";
    mov eax, str_2                       ; 100117: b8 1c 10 10 00
    ret                                  ; 10011c: c3
.L2:
    ; test/golden/switch.ts:22: case 1: return "mon";
    mov eax, str_3                       ; 10011d: b8 24 10 10 00
    ret                                  ; 100122: c3
.L3:
    ; test/golden/switch.ts:23: case 2: return "tue";
    mov eax, str_4                       ; 100123: b8 2c 10 10 00
    ret                                  ; 100128: c3
.L4:
    ; test/golden/switch.ts:24: case 3: return "wed";
    mov eax, str_5                       ; 100129: b8 34 10 10 00
    ret                                  ; 10012e: c3
.L5:
    ; test/golden/switch.ts:25: case 4: return "thu";
    mov eax, str_6                       ; 10012f: b8 3c 10 10 00
    ret                                  ; 100134: c3
.L6:
    ; test/golden/switch.ts:26: case 5: return "fri";
    mov eax, str_7                       ; 100135: b8 44 10 10 00
    ret                                  ; 10013a: c3
.L7:
    ; test/golden/switch.ts:27: case 6: return "sat";
    mov eax, str_8                       ; 10013b: b8 4c 10 10 00
    ret                                  ; 100140: c3
.L8:
    ; test/golden/switch.ts:28: default: return "???";
    mov eax, str_9                       ; 100141: b8 54 10 10 00
    ret                                  ; 100146: c3

countdown:
    ; test/golden/switch.ts:33: function countdown(from: i32): void {
    mov eax, [esp+4]                     ; 100147: 8b 44 24 04
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 3                           ; 10014b: 83 f8 03
    jne short .L6                        ; 10014e: 75 49
    ; test/golden/switch.ts:36: print("3 ");
    mov eax, str_10                      ; 100150: b8 5c 10 10 00
    push eax                             ; 100155: 50
    call print                           ; 100156: e8 22 ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
.L2:
    ; test/golden/switch.ts:38: print("2 ");
    mov eax, str_11                      ; 10015e: b8 64 10 10 00
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 14 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
.L3:
    ; test/golden/switch.ts:40: print("1 ");
    mov eax, str_12                      ; 10016c: b8 6c 10 10 00
    push eax                             ; 100171: 50
    call print                           ; 100172: e8 06 ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; test/golden/switch.ts:41: break;
    jmp short .L5                        ; 10017a: eb 0e
.L4:
    ; test/golden/switch.ts:43: print("none ");
    mov eax, str_13                      ; 10017c: b8 74 10 10 00
    push eax                             ; 100181: 50
    call print                           ; 100182: e8 f6 fe ff ff
    add esp, 4                           ; 100187: 83 c4 04
.L5:
    ; test/golden/switch.ts:45: println("go");
    mov eax, str_14                      ; 10018a: b8 80 10 10 00
    push eax                             ; 10018f: 50
    call println                         ; 100190: e8 16 ff ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; test/golden/switch.ts:46: }
    ret                                  ; 100198: c3
.L6:
    ; test/golden/switch.ts:34: switch (from) {
    cmp eax, 2                           ; 100199: 83 f8 02
    je short .L2                         ; 10019c: 74 c0
    cmp eax, 1                           ; 10019e: 83 f8 01
    je short .L3                         ; 1001a1: 74 c9
    jmp short .L4                        ; 1001a3: eb d7

colorName:
    ; test/golden/switch.ts:48: function colorName(c: Color): string {
    mov eax, [esp+4]                     ; 1001a5: 8b 44 24 04
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 0                           ; 1001a9: 83 f8 00
    jne short .L6                        ; 1001ac: 75 18
    ; test/golden/switch.ts:50: case Color.Red: return "red";
    mov eax, str_15                      ; 1001ae: b8 88 10 10 00
    ret                                  ; 1001b3: c3
.L2:
    ; test/golden/switch.ts:51: case Color.Green: return "green";
    mov eax, str_16                      ; 1001b4: b8 90 10 10 00
    ret                                  ; 1001b9: c3
.L3:
    ; test/golden/switch.ts:52: case Color.Blue: return "blue";
    mov eax, str_17                      ; 1001ba: b8 9c 10 10 00
    ret                                  ; 1001bf: c3
.L4:
    ; test/golden/switch.ts:53: default: return "violet";
    mov eax, str_18                      ; 1001c0: b8 a4 10 10 00
    ret                                  ; 1001c5: c3
.L6:
    ; test/golden/switch.ts:49: switch (c) {
    cmp eax, 1                           ; 1001c6: 83 f8 01
    je short .L2                         ; 1001c9: 74 e9
    cmp eax, 0xa                         ; 1001cb: 83 f8 0a
    je short .L3                         ; 1001ce: 74 ea
    jmp short .L4                        ; 1001d0: eb ee

portName:
    ; test/golden/switch.ts:58: function portName(port: u16): string {
    mov eax, [esp+4]                     ; 1001d2: 8b 44 24 04
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x3f8                       ; 1001d6: 3d f8 03 00 00
    jne short .L5                        ; 1001db: 75 18
    ; test/golden/switch.ts:60: case Port.Com1: return "COM1";
    mov eax, str_19                      ; 1001dd: b8 b0 10 10 00
    ret                                  ; 1001e2: c3
.L2:
    ; test/golden/switch.ts:61: case Port.Com2: return "COM2";
    mov eax, str_20                      ; 1001e3: b8 b8 10 10 00
    ret                                  ; 1001e8: c3
.L3:
    ; test/golden/switch.ts:62: case 0x60: return "PS/2 data";
    mov eax, str_21                      ; 1001e9: b8 c0 10 10 00
    ret                                  ; 1001ee: c3
.L4:
    ; test/golden/switch.ts:64: return "unknown";
    mov eax, str_22                      ; 1001ef: b8 d0 10 10 00
    ret                                  ; 1001f4: c3
.L5:
    ; test/golden/switch.ts:59: switch (port) {
    cmp eax, 0x2f8                       ; 1001f5: 3d f8 02 00 00
    je short .L2                         ; 1001fa: 74 e7
    cmp eax, 0x60                        ; 1001fc: 83 f8 60
    je short .L3                         ; 1001ff: 74 e8
    jmp short .L4                        ; 100201: eb ec

main:
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    push ebx                             ; 100203: 53
    mov ebx, 0                           ; 100204: bb 00 00 00 00
    cmp ebx, 8                           ; 100209: 83 fb 08
    jae short .L4                        ; 10020c: 73 28
.L2:
    ; test/golden/switch.ts:69: print(dayName(d));
    push ebx                             ; 10020e: 53
    call dayName                         ; 10020f: e8 f3 fe ff ff
    add esp, 4                           ; 100214: 83 c4 04
    push eax                             ; 100217: 50
    call print                           ; 100218: e8 60 fe ff ff
    add esp, 4                           ; 10021d: 83 c4 04
    ; test/golden/switch.ts:70: print(" ");
    mov eax, str_23                      ; 100220: b8 dc 10 10 00
    push eax                             ; 100225: 50
    call print                           ; 100226: e8 52 fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/switch.ts:68: for (let d: u32 = 0; d < 8; d++) {
    add ebx, 1                           ; 10022e: 83 c3 01
    cmp ebx, 8                           ; 100231: 83 fb 08
    jb short .L2                         ; 100234: 72 d8
.L4:
    ; test/golden/switch.ts:72: println("");
    mov eax, str_24                      ; 100236: b8 e4 10 10 00
    push eax                             ; 10023b: 50
    call println                         ; 10023c: e8 6a fe ff ff
    add esp, 4                           ; 100241: 83 c4 04
    ; test/golden/switch.ts:73: countdown(3);
    push 3                               ; 100244: 6a 03
    call countdown                       ; 100246: e8 fc fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/switch.ts:74: countdown(1);
    push 1                               ; 10024e: 6a 01
    call countdown                       ; 100250: e8 f2 fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/switch.ts:75: countdown(7);
    push 7                               ; 100258: 6a 07
    call countdown                       ; 10025a: e8 e8 fe ff ff
    add esp, 4                           ; 10025f: 83 c4 04
    ; test/golden/switch.ts:76: println(colorName(Color.Blue));
    push 0xa                             ; 100262: 6a 0a
    call colorName                       ; 100264: e8 3c ff ff ff
    add esp, 4                           ; 100269: 83 c4 04
    push eax                             ; 10026c: 50
    call println                         ; 10026d: e8 39 fe ff ff
    add esp, 4                           ; 100272: 83 c4 04
    ; test/golden/switch.ts:77: println(colorName(Color.Violet));
    push 0xb                             ; 100275: 6a 0b
    call colorName                       ; 100277: e8 29 ff ff ff
    add esp, 4                           ; 10027c: 83 c4 04
    push eax                             ; 10027f: 50
    call println                         ; 100280: e8 26 fe ff ff
    add esp, 4                           ; 100285: 83 c4 04
    ; test/golden/switch.ts:78: print("Violet = ");
    mov eax, str_25                      ; 100288: b8 e8 10 10 00
    push eax                             ; 10028d: 50
    call print                           ; 10028e: e8 ea fd ff ff
    add esp, 4                           ; 100293: 83 c4 04
    ; test/golden/switch.ts:79: printU32(u32(Color.Violet));
    push 0xb                             ; 100296: 6a 0b
    call printU32                        ; 100298: e8 26 fe ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; test/golden/switch.ts:80: println("");
    mov eax, str_24                      ; 1002a0: b8 e4 10 10 00
    push eax                             ; 1002a5: 50
    call println                         ; 1002a6: e8 00 fe ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/switch.ts:81: println(portName(0x3f8));
    push 0x3f8                           ; 1002ae: 68 f8 03 00 00
    call portName                        ; 1002b3: e8 1a ff ff ff
    add esp, 4                           ; 1002b8: 83 c4 04
    push eax                             ; 1002bb: 50
    call println                         ; 1002bc: e8 ea fd ff ff
    add esp, 4                           ; 1002c1: 83 c4 04
    ; test/golden/switch.ts:82: println(portName(0x60));
    push 0x60                            ; 1002c4: 6a 60
    call portName                        ; 1002c6: e8 07 ff ff ff
    add esp, 4                           ; 1002cb: 83 c4 04
    push eax                             ; 1002ce: 50
    call println                         ; 1002cf: e8 d7 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; test/golden/switch.ts:83: println(portName(0x80));
    push 0x80                            ; 1002d7: 68 80 00 00 00
    call portName                        ; 1002dc: e8 f1 fe ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    push eax                             ; 1002e4: 50
    call println                         ; 1002e5: e8 c1 fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/switch.ts:84: exit(0);
    push 0                               ; 1002ed: 6a 00
    call exit                            ; 1002ef: e8 09 fe ff ff
    add esp, 4                           ; 1002f4: 83 c4 04
    ; test/golden/switch.ts:85: }
    pop ebx                              ; 1002f7: 5b
    ret                                  ; 1002f8: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002f9: 53
    push esi                             ; 1002fa: 56
    mov esi, [esp+0xc]                   ; 1002fb: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002ff: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100303: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100307: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10030b: a1 00 20 10 00
    push ecx                             ; 100310: 51
    push edx                             ; 100311: 52
    push ebx                             ; 100312: 53
    push esi                             ; 100313: 56
    call eax                             ; 100314: ff d0
    add esp, 0x10                        ; 100316: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100319: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10031a: f4
    jmp short .L2                        ; 10031b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10031d: 53
    push esi                             ; 10031e: 56
    push edi                             ; 10031f: 57
    mov ebx, [esp+0x14]                  ; 100320: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100324: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100328: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_26                      ; 10032c: b8 f8 10 10 00
    push eax                             ; 100331: 50
    call print                           ; 100332: e8 46 fd ff ff
    add esp, 4                           ; 100337: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 10033a: 57
    call printU32                        ; 10033b: e8 83 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_27                      ; 100343: b8 18 11 10 00
    push eax                             ; 100348: 50
    call print                           ; 100349: e8 2f fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100351: 56
    call printU32                        ; 100352: e8 6c fd ff ff
    add esp, 4                           ; 100357: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_28                      ; 10035a: b8 38 11 10 00
    push eax                             ; 10035f: 50
    call print                           ; 100360: e8 18 fd ff ff
    add esp, 4                           ; 100365: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100368: ff 74 24 10
    call print                           ; 10036c: e8 0c fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_29                      ; 100374: b8 40 11 10 00
    push eax                             ; 100379: 50
    call print                           ; 10037a: e8 fe fc ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100382: 53
    call printU32                        ; 100383: e8 3b fd ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_24                      ; 10038b: b8 e4 10 10 00
    push eax                             ; 100390: 50
    call println                         ; 100391: e8 15 fd ff ff
    add esp, 4                           ; 100396: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100399: 5f
    pop esi                              ; 10039a: 5e
    pop ebx                              ; 10039b: 5b
    ret                                  ; 10039c: c3

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
