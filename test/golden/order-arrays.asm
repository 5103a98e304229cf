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
    call __tskc_init                     ; 10003b: e8 6c 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 00 04 00 00
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
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
    jl short .L2                         ; 1000b0: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
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
    sub esp, 4                           ; 10029a: 83 ec 04
    push ebx                             ; 10029d: 53
    push esi                             ; 10029e: 56
    push edi                             ; 10029f: 57
    mov eax, [ebp+8]                     ; 1002a0: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1002a3: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 1002a6: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1002a9: 8b 7d 14
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov ecx, eax                         ; 1002ac: 89 c1
    cmp ecx, 4                           ; 1002ae: 83 f9 04
    jae near .L29                        ; 1002b1: 0f 83 19 01 00 00
    mov eax, 0x3e8                       ; 1002b7: b8 e8 03 00 00
    mov dword [ecx*4+b+4], 0x3e8         ; 1002bc: c7 04 8d 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov eax, str_12                      ; 1002c7: b8 b4 10 10 00
    mov ecx, [b+4]                       ; 1002cc: 8b 0d 18 30 10 00
    push ecx                             ; 1002d2: 51
    push eax                             ; 1002d3: 50
    call show                            ; 1002d4: e8 2e ff ff ff
    add esp, 8                           ; 1002d9: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, ebx                         ; 1002dc: 89 d8
    cmp eax, 4                           ; 1002de: 83 f8 04
    jae near .L30                        ; 1002e1: 0f 83 f8 00 00 00
    mov ecx, ebx                         ; 1002e7: 89 d9
    add ecx, 1                           ; 1002e9: 83 c1 01
    mov ebx, ecx                         ; 1002ec: 89 cb
    cmp ecx, 4                           ; 1002ee: 83 f9 04
    jae near .L31                        ; 1002f1: 0f 83 f7 00 00 00
    mov ecx, [ecx*4+a+4]                 ; 1002f7: 8b 0c 8d 04 30 10 00
    mov [eax*4+b+4], ecx                 ; 1002fe: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov eax, str_13                      ; 100305: b8 d0 10 10 00
    mov ecx, [b+4]                       ; 10030a: 8b 0d 18 30 10 00
    push ecx                             ; 100310: 51
    push eax                             ; 100311: 50
    call show                            ; 100312: e8 f0 fe ff ff
    add esp, 8                           ; 100317: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, esi                         ; 10031a: 89 f0
    cmp eax, 4                           ; 10031c: 83 f8 04
    jae near .L32                        ; 10031f: 0f 83 d8 00 00 00
    mov ecx, esi                         ; 100325: 89 f1
    add esi, 1                           ; 100327: 83 c6 01
    mov [eax*4+b+4], ecx                 ; 10032a: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov eax, str_14                      ; 100331: b8 e8 10 10 00
    mov ecx, [b+12]                      ; 100336: 8b 0d 20 30 10 00
    push ecx                             ; 10033c: 51
    push eax                             ; 10033d: 50
    call show                            ; 10033e: e8 c4 fe ff ff
    add esp, 8                           ; 100343: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, edi                         ; 100346: 89 f8
    mov ecx, [eax-4]                     ; 100348: 8b 48 fc
    cmp esi, ecx                         ; 10034b: 39 ce
    jae near .L33                        ; 10034d: 0f 83 b9 00 00 00
    mov ecx, a+4                         ; 100353: b9 04 30 10 00
    mov edi, ecx                         ; 100358: 89 cf
    mov edx, a+4                         ; 10035a: ba 04 30 10 00
    cmp ecx, edx                         ; 10035f: 39 d1
    jne short .L22                       ; 100361: 75 07
    mov ecx, 1                           ; 100363: b9 01 00 00 00
    jmp short .L23                       ; 100368: eb 05
.L22:
    mov ecx, 0                           ; 10036a: b9 00 00 00 00
.L23:
    mov [eax+esi*4], ecx                 ; 10036f: 89 0c b0
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov eax, str_15                      ; 100372: b8 fc 10 10 00
    mov ecx, [b+16]                      ; 100377: 8b 0d 24 30 10 00
    push ecx                             ; 10037d: 51
    push eax                             ; 10037e: 50
    call show                            ; 10037f: e8 83 fe ff ff
    add esp, 8                           ; 100384: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov ebx, edi                         ; 100387: 89 fb
    mov esi, [ebx-4]                     ; 100389: 8b 73 fc
    mov eax, 0                           ; 10038c: b8 00 00 00 00
    mov [ebp-4], eax                     ; 100391: 89 45 fc
    mov eax, [ebp-4]                     ; 100394: 8b 45 fc
    cmp eax, esi                         ; 100397: 39 f0
    jae short .L28                       ; 100399: 73 30
.L26:
    mov eax, [ebp-4]                     ; 10039b: 8b 45 fc
    mov eax, [ebx+eax*4]                 ; 10039e: 8b 04 83
    ; test/golden/order-arrays.ts:41: arr = guard;
    mov edi, guard+4                     ; 1003a1: bf 2c 30 10 00
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov ecx, str_16                      ; 1003a6: b9 20 11 10 00
    push eax                             ; 1003ab: 50
    push ecx                             ; 1003ac: 51
    call show                            ; 1003ad: e8 55 fe ff ff
    add esp, 8                           ; 1003b2: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov eax, [ebp-4]                     ; 1003b5: 8b 45 fc
    mov [ebp-4], eax                     ; 1003b8: 89 45 fc
    mov eax, [ebp-4]                     ; 1003bb: 8b 45 fc
    add eax, 1                           ; 1003be: 83 c0 01
    mov [ebp-4], eax                     ; 1003c1: 89 45 fc
    mov eax, [ebp-4]                     ; 1003c4: 8b 45 fc
    cmp eax, esi                         ; 1003c7: 39 f0
    jb short .L26                        ; 1003c9: 72 d0
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 1003cb: 5f
    pop esi                              ; 1003cc: 5e
    pop ebx                              ; 1003cd: 5b
    leave                                ; 1003ce: c9
    ret                                  ; 1003cf: c3
.L29:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    push 4                               ; 1003d0: 6a 04
    push ecx                             ; 1003d2: 51
    push 0x20                            ; 1003d3: 6a 20
    push str_11                          ; 1003d5: 68 94 10 10 00
    call boundsTrap                      ; 1003da: e8 7a fd ff ff
.L30:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    push 4                               ; 1003df: 6a 04
    push eax                             ; 1003e1: 50
    push 0x22                            ; 1003e2: 6a 22
    push str_11                          ; 1003e4: 68 94 10 10 00
    call boundsTrap                      ; 1003e9: e8 6b fd ff ff
.L31:
    push 4                               ; 1003ee: 6a 04
    push ecx                             ; 1003f0: 51
    push 0x22                            ; 1003f1: 6a 22
    push str_11                          ; 1003f3: 68 94 10 10 00
    call boundsTrap                      ; 1003f8: e8 5c fd ff ff
.L32:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    push 4                               ; 1003fd: 6a 04
    push eax                             ; 1003ff: 50
    push 0x24                            ; 100400: 6a 24
    push str_11                          ; 100402: 68 94 10 10 00
    call boundsTrap                      ; 100407: e8 4d fd ff ff
.L33:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    push ecx                             ; 10040c: 51
    push esi                             ; 10040d: 56
    push 0x26                            ; 10040e: 6a 26
    push str_11                          ; 100410: 68 94 10 10 00
    call boundsTrap                      ; 100415: e8 3f fd ff ff

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 10041a: 55
    mov ebp, esp                         ; 10041b: 89 e5
    push ebx                             ; 10041d: 53
    push esi                             ; 10041e: 56
    push edi                             ; 10041f: 57
    mov eax, [ebp+8]                     ; 100420: 8b 45 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100423: bf 4c 11 10 00
    mov ebx, eax                         ; 100428: 89 c3
    mov eax, 5                           ; 10042a: b8 05 00 00 00
    mov esi, 5                           ; 10042f: be 05 00 00 00
    mov eax, ebx                         ; 100434: 89 d8
    sub eax, esi                         ; 100436: 29 f0
    push eax                             ; 100438: 50
    push edi                             ; 100439: 57
    call show                            ; 10043a: e8 c8 fd ff ff
    add esp, 8                           ; 10043f: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 100442: 5f
    pop esi                              ; 100443: 5e
    pop ebx                              ; 100444: 5b
    pop ebp                              ; 100445: 5d
    ret                                  ; 100446: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push ebp                             ; 100447: 55
    mov ebp, esp                         ; 100448: 89 e5
    push 3                               ; 10044a: 6a 03
    call asmOperands                     ; 10044c: e8 c9 ff ff ff
    add esp, 4                           ; 100451: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 100454: b8 42 02 10 00
    push eax                             ; 100459: 50
    call onBoundsError                   ; 10045a: e8 ed fc ff ff
    add esp, 4                           ; 10045f: 83 c4 04
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    mov eax, 0                           ; 100462: b8 00 00 00 00
    cmp eax, 4                           ; 100467: 83 f8 04
    jge short .L4                        ; 10046a: 7d 14
.L2:
    mov ecx, eax                         ; 10046c: 89 c1
    add ecx, 0xa                         ; 10046e: 83 c1 0a
    mov [eax*4+a+4], ecx                 ; 100471: 89 0c 85 04 30 10 00
    add eax, 1                           ; 100478: 83 c0 01
    cmp eax, 4                           ; 10047b: 83 f8 04
    jl short .L2                         ; 10047e: 7c ec
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 100480: b8 18 30 10 00
    push eax                             ; 100485: 50
    push 2                               ; 100486: 6a 02
    push 0                               ; 100488: 6a 00
    push 0                               ; 10048a: 6a 00
    call targets                         ; 10048c: e8 06 fe ff ff
    add esp, 0x10                        ; 100491: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, 0x3e8                       ; 100494: b8 e8 03 00 00
    mov ecx, str_11                      ; 100499: b9 94 10 10 00
    push 4                               ; 10049e: 6a 04
    push eax                             ; 1004a0: 50
    push 0x3b                            ; 1004a1: 6a 3b
    push ecx                             ; 1004a3: 51
    call boundsTrap                      ; 1004a4: e8 b0 fc ff ff
    add esp, 0x10                        ; 1004a9: 83 c4 10

__tskc_init:
    push ebp                             ; 1004ac: 55
    mov ebp, esp                         ; 1004ad: 89 e5
    mov dword [a], 4                     ; 1004af: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 1004b9: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004c3: c7 05 28 30 10 00 04 00 00 00
    pop ebp                              ; 1004cd: 5d
    ret                                  ; 1004ce: c3

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
