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
    call __tskc_init                     ; 10003b: e8 96 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 2b 04 00 00
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
    jge short .L4                        ; 100097: 7d 18
.L2:
    movzx eax, byte [ebx+edi+4]          ; 100099: 0f b6 44 3b 04
    movzx eax, al                        ; 10009e: 0f b6 c0
    push eax                             ; 1000a1: 50
    call putc                            ; 1000a2: e8 a4 ff ff ff
    add esp, 4                           ; 1000a7: 83 c4 04
    add edi, 1                           ; 1000aa: 83 c7 01
    cmp edi, esi                         ; 1000ad: 39 f7
    jl short .L2                         ; 1000af: 7c e8
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 1000b1: 5f
    pop esi                              ; 1000b2: 5e
    pop ebx                              ; 1000b3: 5b
    pop ebp                              ; 1000b4: 5d
    ret                                  ; 1000b5: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b6: 55
    mov ebp, esp                         ; 1000b7: 89 e5
    mov eax, [ebp+8]                     ; 1000b9: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000bc: 50
    call print                           ; 1000bd: e8 c3 ff ff ff
    add esp, 4                           ; 1000c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c5: 6a 0a
    call putc                            ; 1000c7: e8 7f ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000cf: 5d
    ret                                  ; 1000d0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d1: 55
    mov ebp, esp                         ; 1000d2: 89 e5
    push ebx                             ; 1000d4: 53
    mov ebx, [ebp+8]                     ; 1000d5: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000d8: 83 fb 0a
    jb short .L2                         ; 1000db: 72 14
    mov ecx, 0xa                         ; 1000dd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e2: 89 d8
    xor edx, edx                         ; 1000e4: 31 d2
    div ecx                              ; 1000e6: f7 f1
    push eax                             ; 1000e8: 50
    call printU32                        ; 1000e9: e8 e3 ff ff ff
    add esp, 4                           ; 1000ee: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f1: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f6: 89 d8
    xor edx, edx                         ; 1000f8: 31 d2
    div ecx                              ; 1000fa: f7 f1
    add edx, 0x30                        ; 1000fc: 83 c2 30
    movzx eax, dl                        ; 1000ff: 0f b6 c2
    push eax                             ; 100102: 50
    call putc                            ; 100103: e8 43 ff ff ff
    add esp, 4                           ; 100108: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010b: 5b
    pop ebp                              ; 10010c: 5d
    ret                                  ; 10010d: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    push ebx                             ; 100111: 53
    mov ebx, [ebp+8]                     ; 100112: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100115: 83 fb 00
    jge short .L2                        ; 100118: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011a: 6a 2d
    call putc                            ; 10011c: e8 2a ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100124: 89 d8
    neg eax                              ; 100126: f7 d8
    push eax                             ; 100128: 50
    call printU32                        ; 100129: e8 a3 ff ff ff
    add esp, 4                           ; 10012e: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100131: 5b
    pop ebp                              ; 100132: 5d
    ret                                  ; 100133: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100134: 53
    call printU32                        ; 100135: e8 97 ff ff ff
    add esp, 4                           ; 10013a: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013d: 5b
    pop ebp                              ; 10013e: 5d
    ret                                  ; 10013f: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100140: 55
    mov ebp, esp                         ; 100141: 89 e5
    mov eax, [ebp+8]                     ; 100143: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100146: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100148: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100149: f4
    jmp short .L2                        ; 10014a: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014c: 55
    mov ebp, esp                         ; 10014d: 89 e5
    mov eax, [ebp+8]                     ; 10014f: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100152: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100157: 5d
    ret                                  ; 100158: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100159: 55
    mov ebp, esp                         ; 10015a: 89 e5
    push ebx                             ; 10015c: 53
    push esi                             ; 10015d: 56
    mov eax, [ebp+8]                     ; 10015e: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100161: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100164: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100167: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10016a: 8b 35 00 20 10 00
    push ebx                             ; 100170: 53
    push edx                             ; 100171: 52
    push ecx                             ; 100172: 51
    push eax                             ; 100173: 50
    call esi                             ; 100174: ff d6
    add esp, 0x10                        ; 100176: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100179: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10017a: f4
    jmp short .L2                        ; 10017b: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    sub esp, 4                           ; 100180: 83 ec 04
    push ebx                             ; 100183: 53
    push esi                             ; 100184: 56
    push edi                             ; 100185: 57
    mov ebx, [ebp+8]                     ; 100186: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100189: 8b 45 0c
    mov [ebp-4], eax                     ; 10018c: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10018f: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100192: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100195: b8 1c 10 10 00
    push eax                             ; 10019a: 50
    call print                           ; 10019b: e8 e5 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1001a3: 56
    call printU32                        ; 1001a4: e8 28 ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 1001ac: b8 3c 10 10 00
    push eax                             ; 1001b1: 50
    call print                           ; 1001b2: e8 ce fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001ba: 57
    call printU32                        ; 1001bb: e8 11 ff ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 1001c3: b8 5c 10 10 00
    push eax                             ; 1001c8: 50
    call print                           ; 1001c9: e8 b7 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001d1: 53
    call print                           ; 1001d2: e8 ae fe ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001da: b8 64 10 10 00
    push eax                             ; 1001df: 50
    call print                           ; 1001e0: e8 a0 fe ff ff
    add esp, 4                           ; 1001e5: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001e8: 8b 45 fc
    push eax                             ; 1001eb: 50
    call printU32                        ; 1001ec: e8 e0 fe ff ff
    add esp, 4                           ; 1001f1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001f4: b8 6c 10 10 00
    push eax                             ; 1001f9: 50
    call println                         ; 1001fa: e8 b7 fe ff ff
    add esp, 4                           ; 1001ff: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100202: 5f
    pop esi                              ; 100203: 5e
    pop ebx                              ; 100204: 5b
    leave                                ; 100205: c9
    ret                                  ; 100206: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebp                             ; 100207: 55
    mov ebp, esp                         ; 100208: 89 e5
    push ebx                             ; 10020a: 53
    mov eax, [ebp+8]                     ; 10020b: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10020e: 8b 5d 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 100211: 50
    call print                           ; 100212: e8 6e fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 10021a: b8 70 10 10 00
    push eax                             ; 10021f: 50
    call print                           ; 100220: e8 60 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 100228: 53
    call printI32                        ; 100229: e8 e0 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 100231: b8 6c 10 10 00
    push eax                             ; 100236: 50
    call println                         ; 100237: e8 7a fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 10023f: 5b
    pop ebp                              ; 100240: 5d
    ret                                  ; 100241: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100242: 55
    mov ebp, esp                         ; 100243: 89 e5
    push ebx                             ; 100245: 53
    push esi                             ; 100246: 56
    mov ebx, [ebp+0x10]                  ; 100247: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 10024a: 8b 75 14
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 10024d: b8 78 10 10 00
    push eax                             ; 100252: 50
    call print                           ; 100253: e8 2d fe ff ff
    add esp, 4                           ; 100258: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push ebx                             ; 10025b: 53
    call printU32                        ; 10025c: e8 70 fe ff ff
    add esp, 4                           ; 100261: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100264: b8 8c 10 10 00
    push eax                             ; 100269: 50
    call print                           ; 10026a: e8 16 fe ff ff
    add esp, 4                           ; 10026f: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push esi                             ; 100272: 56
    call printU32                        ; 100273: e8 59 fe ff ff
    add esp, 4                           ; 100278: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 10027b: b8 6c 10 10 00
    push eax                             ; 100280: 50
    call println                         ; 100281: e8 30 fe ff ff
    add esp, 4                           ; 100286: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 100289: 6a 00
    call exit                            ; 10028b: e8 b0 fe ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100293: 5e
    pop ebx                              ; 100294: 5b
    pop ebp                              ; 100295: 5d
    ret                                  ; 100296: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebp                             ; 100297: 55
    mov ebp, esp                         ; 100298: 89 e5
    sub esp, 0x18                        ; 10029a: 83 ec 18
    push ebx                             ; 10029d: 53
    push esi                             ; 10029e: 56
    push edi                             ; 10029f: 57
    mov eax, [ebp+8]                     ; 1002a0: 8b 45 08
    mov [ebp-0x18], eax                  ; 1002a3: 89 45 e8
    mov eax, [ebp+0xc]                   ; 1002a6: 8b 45 0c
    mov [ebp-0x14], eax                  ; 1002a9: 89 45 ec
    mov eax, [ebp+0x10]                  ; 1002ac: 8b 45 10
    mov [ebp-0xc], eax                   ; 1002af: 89 45 f4
    mov ebx, [ebp+0x14]                  ; 1002b2: 8b 5d 14
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, [ebp-0x18]                  ; 1002b5: 8b 45 e8
    cmp eax, 4                           ; 1002b8: 83 f8 04
    jae near .L1                         ; 1002bb: 0f 83 1b 01 00 00
    mov eax, [ebp-0x18]                  ; 1002c1: 8b 45 e8
    mov dword [eax*4+b+4], 0x3e8         ; 1002c4: c7 04 85 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov eax, str_12                      ; 1002cf: b8 b4 10 10 00
    mov ecx, [b+4]                       ; 1002d4: 8b 0d 18 30 10 00
    push ecx                             ; 1002da: 51
    push eax                             ; 1002db: 50
    call show                            ; 1002dc: e8 26 ff ff ff
    add esp, 8                           ; 1002e1: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, [ebp-0x14]                  ; 1002e4: 8b 45 ec
    cmp eax, 4                           ; 1002e7: 83 f8 04
    jae near .L5                         ; 1002ea: 0f 83 02 01 00 00
    mov eax, [ebp-0x14]                  ; 1002f0: 8b 45 ec
    mov [ebp-0x10], eax                  ; 1002f3: 89 45 f0
    mov eax, [ebp-0x10]                  ; 1002f6: 8b 45 f0
    add eax, 1                           ; 1002f9: 83 c0 01
    mov [ebp-0x10], eax                  ; 1002fc: 89 45 f0
    mov eax, [ebp-0x10]                  ; 1002ff: 8b 45 f0
    cmp eax, 4                           ; 100302: 83 f8 04
    jae near .L9                         ; 100305: 0f 83 fd 00 00 00
    mov eax, [ebp-0x10]                  ; 10030b: 8b 45 f0
    mov eax, [eax*4+a+4]                 ; 10030e: 8b 04 85 04 30 10 00
    mov ecx, [ebp-0x14]                  ; 100315: 8b 4d ec
    mov [ecx*4+b+4], eax                 ; 100318: 89 04 8d 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov eax, str_13                      ; 10031f: b8 d0 10 10 00
    mov ecx, [b+4]                       ; 100324: 8b 0d 18 30 10 00
    push ecx                             ; 10032a: 51
    push eax                             ; 10032b: 50
    call show                            ; 10032c: e8 d6 fe ff ff
    add esp, 8                           ; 100331: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, [ebp-0xc]                   ; 100334: 8b 45 f4
    cmp eax, 4                           ; 100337: 83 f8 04
    jae near .L13                        ; 10033a: 0f 83 de 00 00 00
    mov eax, [ebp-0xc]                   ; 100340: 8b 45 f4
    mov [ebp-4], eax                     ; 100343: 89 45 fc
    mov eax, [ebp-4]                     ; 100346: 8b 45 fc
    add eax, 1                           ; 100349: 83 c0 01
    mov [ebp-4], eax                     ; 10034c: 89 45 fc
    mov eax, [ebp-0xc]                   ; 10034f: 8b 45 f4
    mov [eax*4+b+4], eax                 ; 100352: 89 04 85 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov eax, str_14                      ; 100359: b8 e8 10 10 00
    mov ecx, [b+12]                      ; 10035e: 8b 0d 20 30 10 00
    push ecx                             ; 100364: 51
    push eax                             ; 100365: 50
    call show                            ; 100366: e8 9c fe ff ff
    add esp, 8                           ; 10036b: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, [ebx-4]                     ; 10036e: 8b 43 fc
    mov [ebp-8], eax                     ; 100371: 89 45 f8
    mov eax, [ebp-4]                     ; 100374: 8b 45 fc
    mov ecx, [ebp-8]                     ; 100377: 8b 4d f8
    cmp eax, ecx                         ; 10037a: 39 c8
    jae near .L17                        ; 10037c: 0f 83 b2 00 00 00
    mov esi, a+4                         ; 100382: be 04 30 10 00
    cmp esi, esi                         ; 100387: 39 f6
    jne short .L22                       ; 100389: 75 07
    mov eax, 1                           ; 10038b: b8 01 00 00 00
    jmp short .L23                       ; 100390: eb 05
.L22:
    mov eax, 0                           ; 100392: b8 00 00 00 00
.L23:
    mov ecx, [ebp-4]                     ; 100397: 8b 4d fc
    mov [ebx+ecx*4], eax                 ; 10039a: 89 04 8b
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov eax, str_15                      ; 10039d: b8 fc 10 10 00
    mov ecx, [b+16]                      ; 1003a2: 8b 0d 24 30 10 00
    push ecx                             ; 1003a8: 51
    push eax                             ; 1003a9: 50
    call show                            ; 1003aa: e8 58 fe ff ff
    add esp, 8                           ; 1003af: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov ebx, [esi-4]                     ; 1003b2: 8b 5e fc
    mov edi, 0                           ; 1003b5: bf 00 00 00 00
    cmp edi, ebx                         ; 1003ba: 39 df
    jae short .L28                       ; 1003bc: 73 19
.L26:
    mov eax, [esi+edi*4]                 ; 1003be: 8b 04 be
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov ecx, str_16                      ; 1003c1: b9 20 11 10 00
    push eax                             ; 1003c6: 50
    push ecx                             ; 1003c7: 51
    call show                            ; 1003c8: e8 3a fe ff ff
    add esp, 8                           ; 1003cd: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add edi, 1                           ; 1003d0: 83 c7 01
    cmp edi, ebx                         ; 1003d3: 39 df
    jb short .L26                        ; 1003d5: 72 e7
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 1003d7: 5f
    pop esi                              ; 1003d8: 5e
    pop ebx                              ; 1003d9: 5b
    leave                                ; 1003da: c9
    ret                                  ; 1003db: c3
.L1:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, str_11                      ; 1003dc: b8 94 10 10 00
    push 4                               ; 1003e1: 6a 04
    mov ecx, [ebp-0x18]                  ; 1003e3: 8b 4d e8
    push ecx                             ; 1003e6: 51
    push 0x20                            ; 1003e7: 6a 20
    push eax                             ; 1003e9: 50
    call boundsTrap                      ; 1003ea: e8 6a fd ff ff
    add esp, 0x10                        ; 1003ef: 83 c4 10
.L5:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, str_11                      ; 1003f2: b8 94 10 10 00
    push 4                               ; 1003f7: 6a 04
    mov ecx, [ebp-0x14]                  ; 1003f9: 8b 4d ec
    push ecx                             ; 1003fc: 51
    push 0x22                            ; 1003fd: 6a 22
    push eax                             ; 1003ff: 50
    call boundsTrap                      ; 100400: e8 54 fd ff ff
    add esp, 0x10                        ; 100405: 83 c4 10
.L9:
    mov eax, str_11                      ; 100408: b8 94 10 10 00
    push 4                               ; 10040d: 6a 04
    mov ecx, [ebp-0x10]                  ; 10040f: 8b 4d f0
    push ecx                             ; 100412: 51
    push 0x22                            ; 100413: 6a 22
    push eax                             ; 100415: 50
    call boundsTrap                      ; 100416: e8 3e fd ff ff
    add esp, 0x10                        ; 10041b: 83 c4 10
.L13:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, str_11                      ; 10041e: b8 94 10 10 00
    push 4                               ; 100423: 6a 04
    mov ecx, [ebp-0xc]                   ; 100425: 8b 4d f4
    push ecx                             ; 100428: 51
    push 0x24                            ; 100429: 6a 24
    push eax                             ; 10042b: 50
    call boundsTrap                      ; 10042c: e8 28 fd ff ff
    add esp, 0x10                        ; 100431: 83 c4 10
.L17:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, str_11                      ; 100434: b8 94 10 10 00
    mov ecx, [ebp-8]                     ; 100439: 8b 4d f8
    push ecx                             ; 10043c: 51
    mov ecx, [ebp-4]                     ; 10043d: 8b 4d fc
    push ecx                             ; 100440: 51
    push 0x26                            ; 100441: 6a 26
    push eax                             ; 100443: 50
    call boundsTrap                      ; 100444: e8 10 fd ff ff
    add esp, 0x10                        ; 100449: 83 c4 10

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 10044c: 55
    mov ebp, esp                         ; 10044d: 89 e5
    push ebx                             ; 10044f: 53
    push esi                             ; 100450: 56
    push edi                             ; 100451: 57
    mov ebx, [ebp+8]                     ; 100452: 8b 5d 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100455: bf 4c 11 10 00
    mov esi, 5                           ; 10045a: be 05 00 00 00
    mov eax, ebx                         ; 10045f: 89 d8
    sub eax, esi                         ; 100461: 29 f0
    push eax                             ; 100463: 50
    push edi                             ; 100464: 57
    call show                            ; 100465: e8 9d fd ff ff
    add esp, 8                           ; 10046a: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 10046d: 5f
    pop esi                              ; 10046e: 5e
    pop ebx                              ; 10046f: 5b
    pop ebp                              ; 100470: 5d
    ret                                  ; 100471: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push ebp                             ; 100472: 55
    mov ebp, esp                         ; 100473: 89 e5
    push 3                               ; 100475: 6a 03
    call asmOperands                     ; 100477: e8 d0 ff ff ff
    add esp, 4                           ; 10047c: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 10047f: b8 42 02 10 00
    push eax                             ; 100484: 50
    call onBoundsError                   ; 100485: e8 c2 fc ff ff
    add esp, 4                           ; 10048a: 83 c4 04
    mov eax, 0                           ; 10048d: b8 00 00 00 00
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    cmp eax, 4                           ; 100492: 83 f8 04
    jge short .L4                        ; 100495: 7d 14
.L2:
    mov ecx, eax                         ; 100497: 89 c1
    add ecx, 0xa                         ; 100499: 83 c1 0a
    mov [eax*4+a+4], ecx                 ; 10049c: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1004a3: 83 c0 01
    cmp eax, 4                           ; 1004a6: 83 f8 04
    jl short .L2                         ; 1004a9: 7c ec
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 1004ab: b8 18 30 10 00
    push eax                             ; 1004b0: 50
    push 2                               ; 1004b1: 6a 02
    push 0                               ; 1004b3: 6a 00
    push 0                               ; 1004b5: 6a 00
    call targets                         ; 1004b7: e8 db fd ff ff
    add esp, 0x10                        ; 1004bc: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, str_11                      ; 1004bf: b8 94 10 10 00
    push 4                               ; 1004c4: 6a 04
    push 0x3e8                           ; 1004c6: 68 e8 03 00 00
    push 0x3b                            ; 1004cb: 6a 3b
    push eax                             ; 1004cd: 50
    call boundsTrap                      ; 1004ce: e8 86 fc ff ff
    add esp, 0x10                        ; 1004d3: 83 c4 10

__tskc_init:
    push ebp                             ; 1004d6: 55
    mov ebp, esp                         ; 1004d7: 89 e5
    mov dword [a], 4                     ; 1004d9: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 1004e3: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004ed: c7 05 28 30 10 00 04 00 00 00
    pop ebp                              ; 1004f7: 5d
    ret                                  ; 1004f8: c3

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
