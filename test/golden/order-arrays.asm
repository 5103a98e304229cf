; tskc 0.1.0 listing of test/golden/order-arrays.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 40 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 40 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 9b 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 2d 04 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    movzx eax, al                        ; 10005d: 0f b6 c0
    cmp eax, 0                           ; 100060: 83 f8 00
    jne short .L3                        ; 100063: 75 16
.L2:
    pause                                ; 100065: f3 90
    mov edx, 0x3fd                       ; 100067: ba fd 03 00 00
    in al, dx                            ; 10006c: ec
    movzx eax, al                        ; 10006d: 0f b6 c0
    and eax, 0x20                        ; 100070: 83 e0 20
    movzx eax, al                        ; 100073: 0f b6 c0
    cmp eax, 0                           ; 100076: 83 f8 00
    je short .L2                         ; 100079: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10007b: 89 c8
    mov edx, 0x3f8                       ; 10007d: ba f8 03 00 00
    out dx, al                           ; 100082: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100083: 5d
    ret                                  ; 100084: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100085: 55
    mov ebp, esp                         ; 100086: 89 e5
    push ebx                             ; 100088: 53
    push esi                             ; 100089: 56
    push edi                             ; 10008a: 57
    mov ebx, [ebp+8]                     ; 10008b: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 10008e: 8b 33
    mov edi, 0                           ; 100090: bf 00 00 00 00
    cmp edi, esi                         ; 100095: 39 f7
    jl short .L7                         ; 100097: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 10009e: 0f b6 44 3b 04
    movzx eax, al                        ; 1000a3: 0f b6 c0
    push eax                             ; 1000a6: 50
    call putc                            ; 1000a7: e8 9f ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    add edi, 1                           ; 1000af: 83 c7 01
    cmp edi, esi                         ; 1000b2: 39 f7
    jl short .L7                         ; 1000b4: 7c e8
    jmp short .L4                        ; 1000b6: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b8: 55
    mov ebp, esp                         ; 1000b9: 89 e5
    mov eax, [ebp+8]                     ; 1000bb: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000be: 50
    call print                           ; 1000bf: e8 c1 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c7: 6a 0a
    call putc                            ; 1000c9: e8 7d ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000d1: 5d
    ret                                  ; 1000d2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d3: 55
    mov ebp, esp                         ; 1000d4: 89 e5
    push ebx                             ; 1000d6: 53
    mov ebx, [ebp+8]                     ; 1000d7: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000da: 83 fb 0a
    jb short .L2                         ; 1000dd: 72 14
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    push eax                             ; 1000ea: 50
    call printU32                        ; 1000eb: e8 e3 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f8: 89 d8
    xor edx, edx                         ; 1000fa: 31 d2
    div ecx                              ; 1000fc: f7 f1
    add edx, 0x30                        ; 1000fe: 83 c2 30
    movzx eax, dl                        ; 100101: 0f b6 c2
    push eax                             ; 100104: 50
    call putc                            ; 100105: e8 41 ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010d: 5b
    pop ebp                              ; 10010e: 5d
    ret                                  ; 10010f: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 100110: 55
    mov ebp, esp                         ; 100111: 89 e5
    push ebx                             ; 100113: 53
    mov ebx, [ebp+8]                     ; 100114: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100117: 83 fb 00
    jge short .L2                        ; 10011a: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011c: 6a 2d
    call putc                            ; 10011e: e8 28 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100126: 89 d8
    neg eax                              ; 100128: f7 d8
    push eax                             ; 10012a: 50
    call printU32                        ; 10012b: e8 a3 ff ff ff
    add esp, 4                           ; 100130: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100133: 5b
    pop ebp                              ; 100134: 5d
    ret                                  ; 100135: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100136: 53
    call printU32                        ; 100137: e8 97 ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013f: 5b
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100142: 55
    mov ebp, esp                         ; 100143: 89 e5
    mov eax, [ebp+8]                     ; 100145: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100148: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10014b: f4
    jmp short .L2                        ; 10014c: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014e: 55
    mov ebp, esp                         ; 10014f: 89 e5
    mov eax, [ebp+8]                     ; 100151: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100154: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100159: 5d
    ret                                  ; 10015a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10015b: 55
    mov ebp, esp                         ; 10015c: 89 e5
    push ebx                             ; 10015e: 53
    push esi                             ; 10015f: 56
    mov eax, [ebp+8]                     ; 100160: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100163: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100166: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100169: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10016c: 8b 35 00 20 10 00
    push ebx                             ; 100172: 53
    push edx                             ; 100173: 52
    push ecx                             ; 100174: 51
    push eax                             ; 100175: 50
    call esi                             ; 100176: ff d6
    add esp, 0x10                        ; 100178: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10017b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10017c: f4
    jmp short .L2                        ; 10017d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017f: 55
    mov ebp, esp                         ; 100180: 89 e5
    sub esp, 4                           ; 100182: 83 ec 04
    push ebx                             ; 100185: 53
    push esi                             ; 100186: 56
    push edi                             ; 100187: 57
    mov ebx, [ebp+8]                     ; 100188: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10018b: 8b 45 0c
    mov [ebp-4], eax                     ; 10018e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100191: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100194: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100197: b8 1c 10 10 00
    push eax                             ; 10019c: 50
    call print                           ; 10019d: e8 e3 fe ff ff
    add esp, 4                           ; 1001a2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001a5: 56
    call printU32                        ; 1001a6: e8 28 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 1001ae: b8 3c 10 10 00
    push eax                             ; 1001b3: 50
    call print                           ; 1001b4: e8 cc fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001bc: 57
    call printU32                        ; 1001bd: e8 11 ff ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 1001c5: b8 5c 10 10 00
    push eax                             ; 1001ca: 50
    call print                           ; 1001cb: e8 b5 fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001d3: 53
    call print                           ; 1001d4: e8 ac fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001dc: b8 64 10 10 00
    push eax                             ; 1001e1: 50
    call print                           ; 1001e2: e8 9e fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001ea: 8b 45 fc
    push eax                             ; 1001ed: 50
    call printU32                        ; 1001ee: e8 e0 fe ff ff
    add esp, 4                           ; 1001f3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001f6: b8 6c 10 10 00
    push eax                             ; 1001fb: 50
    call println                         ; 1001fc: e8 b7 fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100204: 5f
    pop esi                              ; 100205: 5e
    pop ebx                              ; 100206: 5b
    leave                                ; 100207: c9
    ret                                  ; 100208: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebp                             ; 100209: 55
    mov ebp, esp                         ; 10020a: 89 e5
    push ebx                             ; 10020c: 53
    mov eax, [ebp+8]                     ; 10020d: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100210: 8b 5d 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 100213: 50
    call print                           ; 100214: e8 6c fe ff ff
    add esp, 4                           ; 100219: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 10021c: b8 70 10 10 00
    push eax                             ; 100221: 50
    call print                           ; 100222: e8 5e fe ff ff
    add esp, 4                           ; 100227: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 10022a: 53
    call printI32                        ; 10022b: e8 e0 fe ff ff
    add esp, 4                           ; 100230: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 100233: b8 6c 10 10 00
    push eax                             ; 100238: 50
    call println                         ; 100239: e8 7a fe ff ff
    add esp, 4                           ; 10023e: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 100241: 5b
    pop ebp                              ; 100242: 5d
    ret                                  ; 100243: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100244: 55
    mov ebp, esp                         ; 100245: 89 e5
    push ebx                             ; 100247: 53
    push esi                             ; 100248: 56
    mov ebx, [ebp+0x10]                  ; 100249: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 10024c: 8b 75 14
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 10024f: b8 78 10 10 00
    push eax                             ; 100254: 50
    call print                           ; 100255: e8 2b fe ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push ebx                             ; 10025d: 53
    call printU32                        ; 10025e: e8 70 fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100266: b8 8c 10 10 00
    push eax                             ; 10026b: 50
    call print                           ; 10026c: e8 14 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push esi                             ; 100274: 56
    call printU32                        ; 100275: e8 59 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 10027d: b8 6c 10 10 00
    push eax                             ; 100282: 50
    call println                         ; 100283: e8 30 fe ff ff
    add esp, 4                           ; 100288: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 10028b: 6a 00
    call exit                            ; 10028d: e8 b0 fe ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100295: 5e
    pop ebx                              ; 100296: 5b
    pop ebp                              ; 100297: 5d
    ret                                  ; 100298: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebp                             ; 100299: 55
    mov ebp, esp                         ; 10029a: 89 e5
    sub esp, 0x18                        ; 10029c: 83 ec 18
    push ebx                             ; 10029f: 53
    push esi                             ; 1002a0: 56
    push edi                             ; 1002a1: 57
    mov eax, [ebp+8]                     ; 1002a2: 8b 45 08
    mov [ebp-0x18], eax                  ; 1002a5: 89 45 e8
    mov eax, [ebp+0xc]                   ; 1002a8: 8b 45 0c
    mov [ebp-0x14], eax                  ; 1002ab: 89 45 ec
    mov eax, [ebp+0x10]                  ; 1002ae: 8b 45 10
    mov [ebp-0xc], eax                   ; 1002b1: 89 45 f4
    mov ebx, [ebp+0x14]                  ; 1002b4: 8b 5d 14
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, [ebp-0x18]                  ; 1002b7: 8b 45 e8
    cmp eax, 4                           ; 1002ba: 83 f8 04
    jae near .L1                         ; 1002bd: 0f 83 1b 01 00 00
    mov eax, [ebp-0x18]                  ; 1002c3: 8b 45 e8
    mov dword [eax*4+b+4], 0x3e8         ; 1002c6: c7 04 85 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov eax, str_12                      ; 1002d1: b8 b4 10 10 00
    mov ecx, [b+4]                       ; 1002d6: 8b 0d 18 30 10 00
    push ecx                             ; 1002dc: 51
    push eax                             ; 1002dd: 50
    call show                            ; 1002de: e8 26 ff ff ff
    add esp, 8                           ; 1002e3: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, [ebp-0x14]                  ; 1002e6: 8b 45 ec
    cmp eax, 4                           ; 1002e9: 83 f8 04
    jae near .L5                         ; 1002ec: 0f 83 02 01 00 00
    mov eax, [ebp-0x14]                  ; 1002f2: 8b 45 ec
    mov [ebp-0x10], eax                  ; 1002f5: 89 45 f0
    mov eax, [ebp-0x10]                  ; 1002f8: 8b 45 f0
    add eax, 1                           ; 1002fb: 83 c0 01
    mov [ebp-0x10], eax                  ; 1002fe: 89 45 f0
    mov eax, [ebp-0x10]                  ; 100301: 8b 45 f0
    cmp eax, 4                           ; 100304: 83 f8 04
    jae near .L9                         ; 100307: 0f 83 fd 00 00 00
    mov eax, [ebp-0x10]                  ; 10030d: 8b 45 f0
    mov eax, [eax*4+a+4]                 ; 100310: 8b 04 85 04 30 10 00
    mov ecx, [ebp-0x14]                  ; 100317: 8b 4d ec
    mov [ecx*4+b+4], eax                 ; 10031a: 89 04 8d 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov eax, str_13                      ; 100321: b8 d0 10 10 00
    mov ecx, [b+4]                       ; 100326: 8b 0d 18 30 10 00
    push ecx                             ; 10032c: 51
    push eax                             ; 10032d: 50
    call show                            ; 10032e: e8 d6 fe ff ff
    add esp, 8                           ; 100333: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, [ebp-0xc]                   ; 100336: 8b 45 f4
    cmp eax, 4                           ; 100339: 83 f8 04
    jae near .L13                        ; 10033c: 0f 83 de 00 00 00
    mov eax, [ebp-0xc]                   ; 100342: 8b 45 f4
    mov [ebp-4], eax                     ; 100345: 89 45 fc
    mov eax, [ebp-4]                     ; 100348: 8b 45 fc
    add eax, 1                           ; 10034b: 83 c0 01
    mov [ebp-4], eax                     ; 10034e: 89 45 fc
    mov eax, [ebp-0xc]                   ; 100351: 8b 45 f4
    mov [eax*4+b+4], eax                 ; 100354: 89 04 85 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov eax, str_14                      ; 10035b: b8 e8 10 10 00
    mov ecx, [b+12]                      ; 100360: 8b 0d 20 30 10 00
    push ecx                             ; 100366: 51
    push eax                             ; 100367: 50
    call show                            ; 100368: e8 9c fe ff ff
    add esp, 8                           ; 10036d: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, [ebx-4]                     ; 100370: 8b 43 fc
    mov [ebp-8], eax                     ; 100373: 89 45 f8
    mov eax, [ebp-4]                     ; 100376: 8b 45 fc
    mov ecx, [ebp-8]                     ; 100379: 8b 4d f8
    cmp eax, ecx                         ; 10037c: 39 c8
    jae near .L17                        ; 10037e: 0f 83 b2 00 00 00
    mov esi, a+4                         ; 100384: be 04 30 10 00
    cmp esi, esi                         ; 100389: 39 f6
    jne short .L22                       ; 10038b: 75 07
    mov eax, 1                           ; 10038d: b8 01 00 00 00
    jmp short .L23                       ; 100392: eb 05
.L22:
    mov eax, 0                           ; 100394: b8 00 00 00 00
.L23:
    mov ecx, [ebp-4]                     ; 100399: 8b 4d fc
    mov [ebx+ecx*4], eax                 ; 10039c: 89 04 8b
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov eax, str_15                      ; 10039f: b8 fc 10 10 00
    mov ecx, [b+16]                      ; 1003a4: 8b 0d 24 30 10 00
    push ecx                             ; 1003aa: 51
    push eax                             ; 1003ab: 50
    call show                            ; 1003ac: e8 58 fe ff ff
    add esp, 8                           ; 1003b1: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov ebx, [esi-4]                     ; 1003b4: 8b 5e fc
    mov edi, 0                           ; 1003b7: bf 00 00 00 00
    cmp edi, ebx                         ; 1003bc: 39 df
    jae short .L28                       ; 1003be: 73 19
.L26:
    mov eax, [esi+edi*4]                 ; 1003c0: 8b 04 be
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov ecx, str_16                      ; 1003c3: b9 20 11 10 00
    push eax                             ; 1003c8: 50
    push ecx                             ; 1003c9: 51
    call show                            ; 1003ca: e8 3a fe ff ff
    add esp, 8                           ; 1003cf: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add edi, 1                           ; 1003d2: 83 c7 01
    cmp edi, ebx                         ; 1003d5: 39 df
    jb short .L26                        ; 1003d7: 72 e7
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 1003d9: 5f
    pop esi                              ; 1003da: 5e
    pop ebx                              ; 1003db: 5b
    leave                                ; 1003dc: c9
    ret                                  ; 1003dd: c3
.L1:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, str_11                      ; 1003de: b8 94 10 10 00
    push 4                               ; 1003e3: 6a 04
    mov ecx, [ebp-0x18]                  ; 1003e5: 8b 4d e8
    push ecx                             ; 1003e8: 51
    push 0x20                            ; 1003e9: 6a 20
    push eax                             ; 1003eb: 50
    call boundsTrap                      ; 1003ec: e8 6a fd ff ff
    add esp, 0x10                        ; 1003f1: 83 c4 10
.L5:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, str_11                      ; 1003f4: b8 94 10 10 00
    push 4                               ; 1003f9: 6a 04
    mov ecx, [ebp-0x14]                  ; 1003fb: 8b 4d ec
    push ecx                             ; 1003fe: 51
    push 0x22                            ; 1003ff: 6a 22
    push eax                             ; 100401: 50
    call boundsTrap                      ; 100402: e8 54 fd ff ff
    add esp, 0x10                        ; 100407: 83 c4 10
.L9:
    mov eax, str_11                      ; 10040a: b8 94 10 10 00
    push 4                               ; 10040f: 6a 04
    mov ecx, [ebp-0x10]                  ; 100411: 8b 4d f0
    push ecx                             ; 100414: 51
    push 0x22                            ; 100415: 6a 22
    push eax                             ; 100417: 50
    call boundsTrap                      ; 100418: e8 3e fd ff ff
    add esp, 0x10                        ; 10041d: 83 c4 10
.L13:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, str_11                      ; 100420: b8 94 10 10 00
    push 4                               ; 100425: 6a 04
    mov ecx, [ebp-0xc]                   ; 100427: 8b 4d f4
    push ecx                             ; 10042a: 51
    push 0x24                            ; 10042b: 6a 24
    push eax                             ; 10042d: 50
    call boundsTrap                      ; 10042e: e8 28 fd ff ff
    add esp, 0x10                        ; 100433: 83 c4 10
.L17:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, str_11                      ; 100436: b8 94 10 10 00
    mov ecx, [ebp-8]                     ; 10043b: 8b 4d f8
    push ecx                             ; 10043e: 51
    mov ecx, [ebp-4]                     ; 10043f: 8b 4d fc
    push ecx                             ; 100442: 51
    push 0x26                            ; 100443: 6a 26
    push eax                             ; 100445: 50
    call boundsTrap                      ; 100446: e8 10 fd ff ff
    add esp, 0x10                        ; 10044b: 83 c4 10

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 10044e: 55
    mov ebp, esp                         ; 10044f: 89 e5
    push ebx                             ; 100451: 53
    push esi                             ; 100452: 56
    push edi                             ; 100453: 57
    mov ebx, [ebp+8]                     ; 100454: 8b 5d 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100457: bf 4c 11 10 00
    mov esi, 5                           ; 10045c: be 05 00 00 00
    mov eax, ebx                         ; 100461: 89 d8
    sub eax, esi                         ; 100463: 29 f0
    push eax                             ; 100465: 50
    push edi                             ; 100466: 57
    call show                            ; 100467: e8 9d fd ff ff
    add esp, 8                           ; 10046c: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 10046f: 5f
    pop esi                              ; 100470: 5e
    pop ebx                              ; 100471: 5b
    pop ebp                              ; 100472: 5d
    ret                                  ; 100473: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push ebp                             ; 100474: 55
    mov ebp, esp                         ; 100475: 89 e5
    push ebx                             ; 100477: 53
    push 3                               ; 100478: 6a 03
    call asmOperands                     ; 10047a: e8 cf ff ff ff
    add esp, 4                           ; 10047f: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 100482: b8 44 02 10 00
    push eax                             ; 100487: 50
    call onBoundsError                   ; 100488: e8 c1 fc ff ff
    add esp, 4                           ; 10048d: 83 c4 04
    mov ebx, 0                           ; 100490: bb 00 00 00 00
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    cmp ebx, 4                           ; 100495: 83 fb 04
    jl short .L7                         ; 100498: 7c 2b
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 10049a: b8 18 30 10 00
    push eax                             ; 10049f: 50
    push 2                               ; 1004a0: 6a 02
    push 0                               ; 1004a2: 6a 00
    push 0                               ; 1004a4: 6a 00
    call targets                         ; 1004a6: e8 ee fd ff ff
    add esp, 0x10                        ; 1004ab: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, str_11                      ; 1004ae: b8 94 10 10 00
    push 4                               ; 1004b3: 6a 04
    push 0x3e8                           ; 1004b5: 68 e8 03 00 00
    push 0x3b                            ; 1004ba: 6a 3b
    push eax                             ; 1004bc: 50
    call boundsTrap                      ; 1004bd: e8 99 fc ff ff
    add esp, 0x10                        ; 1004c2: 83 c4 10
.L7:
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    mov eax, ebx                         ; 1004c5: 89 d8
    add eax, 0xa                         ; 1004c7: 83 c0 0a
    mov [ebx*4+a+4], eax                 ; 1004ca: 89 04 9d 04 30 10 00
    add ebx, 1                           ; 1004d1: 83 c3 01
    cmp ebx, 4                           ; 1004d4: 83 fb 04
    jl short .L7                         ; 1004d7: 7c ec
    jmp short .L4                        ; 1004d9: eb bf

__tskc_init:
    push ebp                             ; 1004db: 55
    mov ebp, esp                         ; 1004dc: 89 e5
    mov dword [a], 4                     ; 1004de: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 1004e8: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004f2: c7 05 28 30 10 00 04 00 00 00
    pop ebp                              ; 1004fc: 5d
    ret                                  ; 1004fd: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x103c - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x105c - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1064 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x106c - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1070 - ($ - $$) db 0
str_8:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x1078 - ($ - $$) db 0
str_9:  ; "trapped: index "
    db 0xf, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64
    db 0x65, 0x78, 0x20
    times 0x108c - ($ - $$) db 0
str_10:  ; " of "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x6f, 0x66, 0x20
    times 0x1094 - ($ - $$) db 0
str_11:  ; "test/golden/order-arrays.ts"
    db 0x1b, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6f, 0x72, 0x64, 0x65, 0x72, 0x2d, 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x10b4 - ($ - $$) db 0
str_12:  ; "b[j] = (j = 1000): b[0]"
    db 0x17, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x6a, 0x5d, 0x20, 0x3d, 0x20, 0x28, 0x6a, 0x20, 0x3d, 0x20
    db 0x31, 0x30, 0x30, 0x30, 0x29, 0x3a, 0x20, 0x62, 0x5b, 0x30, 0x5d
    times 0x10d0 - ($ - $$) db 0
str_13:  ; "b[q] = a[++q]: b[0]"
    db 0x13, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x71, 0x5d, 0x20, 0x3d, 0x20, 0x61, 0x5b, 0x2b, 0x2b, 0x71
    db 0x5d, 0x3a, 0x20, 0x62, 0x5b, 0x30, 0x5d
    times 0x10e8 - ($ - $$) db 0
str_14:  ; "b[z] = z++: b[2]"
    db 0x10, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x7a, 0x5d, 0x20, 0x3d, 0x20, 0x7a, 0x2b, 0x2b, 0x3a, 0x20
    db 0x62, 0x5b, 0x32, 0x5d
    times 0x10fc - ($ - $$) db 0
str_15:  ; "arr[z] = ((arr = a) == a): b[3]"
    db 0x1f, 0x0, 0x0, 0x0, 0x61, 0x72, 0x72, 0x5b, 0x7a, 0x5d, 0x20, 0x3d, 0x20, 0x28, 0x28, 0x61
    db 0x72, 0x72, 0x20, 0x3d, 0x20, 0x61, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x61, 0x29, 0x3a, 0x20, 0x62
    db 0x5b, 0x33, 0x5d
    times 0x1120 - ($ - $$) db 0
str_16:  ; "for...of walks the array it started with"
    db 0x28, 0x0, 0x0, 0x0, 0x66, 0x6f, 0x72, 0x2e, 0x2e, 0x2e, 0x6f, 0x66, 0x20, 0x77, 0x61, 0x6c
    db 0x6b, 0x73, 0x20, 0x74, 0x68, 0x65, 0x20, 0x61, 0x72, 0x72, 0x61, 0x79, 0x20, 0x69, 0x74, 0x20
    db 0x73, 0x74, 0x61, 0x72, 0x74, 0x65, 0x64, 0x20, 0x77, 0x69, 0x74, 0x68
    times 0x114c - ($ - $$) db 0
str_17:  ; "asm ${x} - ${x = 5}"
    db 0x13, 0x0, 0x0, 0x0, 0x61, 0x73, 0x6d, 0x20, 0x24, 0x7b, 0x78, 0x7d, 0x20, 0x2d, 0x20, 0x24
    db 0x7b, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x7d
    times 0x1164 - ($ - $$) db 0
str_18:  ; "not reached"
    db 0xb, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x72, 0x65, 0x61, 0x63, 0x68, 0x65, 0x64

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107040
a equ 0x103000  ; StaticArray<i32>(4), 20 bytes
b equ 0x103014  ; StaticArray<i32>(4), 20 bytes
guard equ 0x103028  ; StaticArray<i32>(4), 20 bytes
__stack equ 0x103040  ; boot stack, 16384 bytes
