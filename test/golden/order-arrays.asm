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
    call __tskc_init                     ; 10003b: e8 6f 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 06 04 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 10004b: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004f: ba fd 03 00 00
    in al, dx                            ; 100054: ec
    movzx eax, al                        ; 100055: 0f b6 c0
    and eax, 0x20                        ; 100058: 83 e0 20
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 100102: 53
    mov ebx, [esp+8]                     ; 100103: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 100107: 83 fb 00
    jge short .L2                        ; 10010a: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10010c: 6a 2d
    call putc                            ; 10010e: e8 38 ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100116: f7 db
    push ebx                             ; 100118: 53
    call printU32                        ; 100119: e8 aa ff ff ff
    add esp, 4                           ; 10011e: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100121: 5b
    ret                                  ; 100122: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100123: 53
    call printU32                        ; 100124: e8 9f ff ff ff
    add esp, 4                           ; 100129: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012c: 5b
    ret                                  ; 10012d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10012e: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100132: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100134: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100135: f4
    jmp short .L2                        ; 100136: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100138: 8b 44 24 04
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10013c: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    ret                                  ; 100141: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100142: 53
    push esi                             ; 100143: 56
    mov esi, [esp+0xc]                   ; 100144: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100148: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10014c: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100150: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100154: a1 00 20 10 00
    push ecx                             ; 100159: 51
    push edx                             ; 10015a: 52
    push ebx                             ; 10015b: 53
    push esi                             ; 10015c: 56
    call eax                             ; 10015d: ff d0
    add esp, 0x10                        ; 10015f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100162: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100163: f4
    jmp short .L2                        ; 100164: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100166: 53
    push esi                             ; 100167: 56
    push edi                             ; 100168: 57
    mov ebx, [esp+0x14]                  ; 100169: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10016d: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100171: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100175: b8 1c 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 02 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100183: 57
    call printU32                        ; 100184: e8 3f ff ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 10018c: b8 3c 10 10 00
    push eax                             ; 100191: 50
    call print                           ; 100192: e8 eb fe ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10019a: 56
    call printU32                        ; 10019b: e8 28 ff ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 1001a3: b8 5c 10 10 00
    push eax                             ; 1001a8: 50
    call print                           ; 1001a9: e8 d4 fe ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 1001b1: ff 74 24 10
    call print                           ; 1001b5: e8 c8 fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001bd: b8 64 10 10 00
    push eax                             ; 1001c2: 50
    call print                           ; 1001c3: e8 ba fe ff ff
    add esp, 4                           ; 1001c8: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001cb: 53
    call printU32                        ; 1001cc: e8 f7 fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001d4: b8 6c 10 10 00
    push eax                             ; 1001d9: 50
    call println                         ; 1001da: e8 d1 fe ff ff
    add esp, 4                           ; 1001df: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001e2: 5f
    pop esi                              ; 1001e3: 5e
    pop ebx                              ; 1001e4: 5b
    ret                                  ; 1001e5: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebx                             ; 1001e6: 53
    mov eax, [esp+8]                     ; 1001e7: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001eb: 8b 5c 24 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 1001ef: 50
    call print                           ; 1001f0: e8 8d fe ff ff
    add esp, 4                           ; 1001f5: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 1001f8: b8 70 10 10 00
    push eax                             ; 1001fd: 50
    call print                           ; 1001fe: e8 7f fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 100206: 53
    call printI32                        ; 100207: e8 f6 fe ff ff
    add esp, 4                           ; 10020c: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 10020f: b8 6c 10 10 00
    push eax                             ; 100214: 50
    call println                         ; 100215: e8 96 fe ff ff
    add esp, 4                           ; 10021a: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 10021d: 5b
    ret                                  ; 10021e: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10021f: 53
    push esi                             ; 100220: 56
    mov esi, [esp+0x14]                  ; 100221: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 100225: 8b 5c 24 18
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 100229: b8 78 10 10 00
    push eax                             ; 10022e: 50
    call print                           ; 10022f: e8 4e fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push esi                             ; 100237: 56
    call printU32                        ; 100238: e8 8b fe ff ff
    add esp, 4                           ; 10023d: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100240: b8 8c 10 10 00
    push eax                             ; 100245: 50
    call print                           ; 100246: e8 37 fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push ebx                             ; 10024e: 53
    call printU32                        ; 10024f: e8 74 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 100257: b8 6c 10 10 00
    push eax                             ; 10025c: 50
    call println                         ; 10025d: e8 4e fe ff ff
    add esp, 4                           ; 100262: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 100265: 6a 00
    call exit                            ; 100267: e8 c2 fe ff ff
    add esp, 4                           ; 10026c: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 10026f: 5e
    pop ebx                              ; 100270: 5b
    ret                                  ; 100271: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebx                             ; 100272: 53
    push esi                             ; 100273: 56
    push edi                             ; 100274: 57
    sub esp, 0x14                        ; 100275: 83 ec 14
    mov eax, [esp+0x24]                  ; 100278: 8b 44 24 24
    mov ecx, [esp+0x28]                  ; 10027c: 8b 4c 24 28
    mov [esp+4], ecx                     ; 100280: 89 4c 24 04
    mov ebx, [esp+0x2c]                  ; 100284: 8b 5c 24 2c
    mov esi, [esp+0x30]                  ; 100288: 8b 74 24 30
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov ecx, eax                         ; 10028c: 89 c1
    cmp ecx, 4                           ; 10028e: 83 f9 04
    jae near .L1                         ; 100291: 0f 83 23 01 00 00
    mov eax, 0x3e8                       ; 100297: b8 e8 03 00 00
    mov dword [ecx*4+b+4], 0x3e8         ; 10029c: c7 04 8d 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov ecx, str_12                      ; 1002a7: b9 b4 10 10 00
    mov eax, [b+4]                       ; 1002ac: a1 18 30 10 00
    push eax                             ; 1002b1: 50
    push ecx                             ; 1002b2: 51
    call show                            ; 1002b3: e8 2e ff ff ff
    add esp, 8                           ; 1002b8: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, [esp+4]                     ; 1002bb: 8b 44 24 04
    mov [esp+8], eax                     ; 1002bf: 89 44 24 08
    cmp dword [esp+8], 4                 ; 1002c3: 83 7c 24 08 04
    jae near .L5                         ; 1002c8: 0f 83 ff 00 00 00
    mov edi, [esp+4]                     ; 1002ce: 8b 7c 24 04
    add edi, 1                           ; 1002d2: 83 c7 01
    mov [esp+4], edi                     ; 1002d5: 89 7c 24 04
    cmp edi, 4                           ; 1002d9: 83 ff 04
    jae near .L9                         ; 1002dc: 0f 83 01 01 00 00
    mov ecx, [edi*4+a+4]                 ; 1002e2: 8b 0c bd 04 30 10 00
    mov eax, [esp+8]                     ; 1002e9: 8b 44 24 08
    mov [eax*4+b+4], ecx                 ; 1002ed: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov ecx, str_13                      ; 1002f4: b9 d0 10 10 00
    mov eax, [b+4]                       ; 1002f9: a1 18 30 10 00
    push eax                             ; 1002fe: 50
    push ecx                             ; 1002ff: 51
    call show                            ; 100300: e8 e1 fe ff ff
    add esp, 8                           ; 100305: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov [esp+0xc], ebx                   ; 100308: 89 5c 24 0c
    cmp dword [esp+0xc], 4               ; 10030c: 83 7c 24 0c 04
    jae near .L13                        ; 100311: 0f 83 df 00 00 00
    mov eax, ebx                         ; 100317: 89 d8
    add ebx, 1                           ; 100319: 83 c3 01
    mov ecx, [esp+0xc]                   ; 10031c: 8b 4c 24 0c
    mov [ecx*4+b+4], eax                 ; 100320: 89 04 8d 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov ecx, str_14                      ; 100327: b9 e8 10 10 00
    mov eax, [b+12]                      ; 10032c: a1 20 30 10 00
    push eax                             ; 100331: 50
    push ecx                             ; 100332: 51
    call show                            ; 100333: e8 ae fe ff ff
    add esp, 8                           ; 100338: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, esi                         ; 10033b: 89 f0
    mov ecx, [eax-4]                     ; 10033d: 8b 48 fc
    mov [esp], ecx                       ; 100340: 89 0c 24
    cmp ebx, [esp]                       ; 100343: 3b 1c 24
    jae near .L17                        ; 100346: 0f 83 c0 00 00 00
    mov esi, a+4                         ; 10034c: be 04 30 10 00
    mov ecx, a+4                         ; 100351: b9 04 30 10 00
    cmp esi, ecx                         ; 100356: 39 ce
    jne short .L22                       ; 100358: 75 07
    mov ecx, 1                           ; 10035a: b9 01 00 00 00
    jmp short .L23                       ; 10035f: eb 05
.L22:
    mov ecx, 0                           ; 100361: b9 00 00 00 00
.L23:
    mov [eax+ebx*4], ecx                 ; 100366: 89 0c 98
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov ecx, str_15                      ; 100369: b9 fc 10 10 00
    mov eax, [b+16]                      ; 10036e: a1 24 30 10 00
    push eax                             ; 100373: 50
    push ecx                             ; 100374: 51
    call show                            ; 100375: e8 6c fe ff ff
    add esp, 8                           ; 10037a: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov [esp+0x10], esi                  ; 10037d: 89 74 24 10
    mov eax, [esp+0x10]                  ; 100381: 8b 44 24 10
    mov edi, [eax-4]                     ; 100385: 8b 78 fc
    mov ebx, 0                           ; 100388: bb 00 00 00 00
    cmp ebx, edi                         ; 10038d: 39 fb
    jae short .L28                       ; 10038f: 73 22
.L26:
    mov eax, [esp+0x10]                  ; 100391: 8b 44 24 10
    mov ecx, [eax+ebx*4]                 ; 100395: 8b 0c 98
    ; test/golden/order-arrays.ts:41: arr = guard;
    mov esi, guard+4                     ; 100398: be 2c 30 10 00
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov eax, str_16                      ; 10039d: b8 20 11 10 00
    push ecx                             ; 1003a2: 51
    push eax                             ; 1003a3: 50
    call show                            ; 1003a4: e8 3d fe ff ff
    add esp, 8                           ; 1003a9: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add ebx, 1                           ; 1003ac: 83 c3 01
    cmp ebx, edi                         ; 1003af: 39 fb
    jb short .L26                        ; 1003b1: 72 de
.L28:
    ; test/golden/order-arrays.ts:44: }
    add esp, 0x14                        ; 1003b3: 83 c4 14
    pop edi                              ; 1003b6: 5f
    pop esi                              ; 1003b7: 5e
    pop ebx                              ; 1003b8: 5b
    ret                                  ; 1003b9: c3
.L1:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, str_11                      ; 1003ba: b8 94 10 10 00
    push 4                               ; 1003bf: 6a 04
    push ecx                             ; 1003c1: 51
    push 0x20                            ; 1003c2: 6a 20
    push eax                             ; 1003c4: 50
    call boundsTrap                      ; 1003c5: e8 78 fd ff ff
    add esp, 0x10                        ; 1003ca: 83 c4 10
.L5:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, str_11                      ; 1003cd: b8 94 10 10 00
    push 4                               ; 1003d2: 6a 04
    push dword [esp+0xc]                 ; 1003d4: ff 74 24 0c
    push 0x22                            ; 1003d8: 6a 22
    push eax                             ; 1003da: 50
    call boundsTrap                      ; 1003db: e8 62 fd ff ff
    add esp, 0x10                        ; 1003e0: 83 c4 10
.L9:
    mov eax, str_11                      ; 1003e3: b8 94 10 10 00
    push 4                               ; 1003e8: 6a 04
    push edi                             ; 1003ea: 57
    push 0x22                            ; 1003eb: 6a 22
    push eax                             ; 1003ed: 50
    call boundsTrap                      ; 1003ee: e8 4f fd ff ff
    add esp, 0x10                        ; 1003f3: 83 c4 10
.L13:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, str_11                      ; 1003f6: b8 94 10 10 00
    push 4                               ; 1003fb: 6a 04
    push dword [esp+0x10]                ; 1003fd: ff 74 24 10
    push 0x24                            ; 100401: 6a 24
    push eax                             ; 100403: 50
    call boundsTrap                      ; 100404: e8 39 fd ff ff
    add esp, 0x10                        ; 100409: 83 c4 10
.L17:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, str_11                      ; 10040c: b8 94 10 10 00
    push dword [esp]                     ; 100411: ff 34 24
    push ebx                             ; 100414: 53
    push 0x26                            ; 100415: 6a 26
    push eax                             ; 100417: 50
    call boundsTrap                      ; 100418: e8 25 fd ff ff
    add esp, 0x10                        ; 10041d: 83 c4 10

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 100420: 55
    mov ebp, esp                         ; 100421: 89 e5
    push ebx                             ; 100423: 53
    push esi                             ; 100424: 56
    push edi                             ; 100425: 57
    mov eax, [ebp+8]                     ; 100426: 8b 45 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100429: bf 4c 11 10 00
    mov ebx, eax                         ; 10042e: 89 c3
    mov eax, 5                           ; 100430: b8 05 00 00 00
    mov esi, 5                           ; 100435: be 05 00 00 00
    mov eax, ebx                         ; 10043a: 89 d8
    sub eax, esi                         ; 10043c: 29 f0
    push eax                             ; 10043e: 50
    push edi                             ; 10043f: 57
    call show                            ; 100440: e8 a1 fd ff ff
    add esp, 8                           ; 100445: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 100448: 5f
    pop esi                              ; 100449: 5e
    pop ebx                              ; 10044a: 5b
    pop ebp                              ; 10044b: 5d
    ret                                  ; 10044c: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push 3                               ; 10044d: 6a 03
    call asmOperands                     ; 10044f: e8 cc ff ff ff
    add esp, 4                           ; 100454: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 100457: b8 1f 02 10 00
    push eax                             ; 10045c: 50
    call onBoundsError                   ; 10045d: e8 d6 fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    mov eax, 0                           ; 100465: b8 00 00 00 00
    cmp eax, 4                           ; 10046a: 83 f8 04
    jge short .L4                        ; 10046d: 7d 14
.L2:
    mov ecx, eax                         ; 10046f: 89 c1
    add ecx, 0xa                         ; 100471: 83 c1 0a
    mov [eax*4+a+4], ecx                 ; 100474: 89 0c 85 04 30 10 00
    add eax, 1                           ; 10047b: 83 c0 01
    cmp eax, 4                           ; 10047e: 83 f8 04
    jl short .L2                         ; 100481: 7c ec
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 100483: b8 18 30 10 00
    push eax                             ; 100488: 50
    push 2                               ; 100489: 6a 02
    push 0                               ; 10048b: 6a 00
    push 0                               ; 10048d: 6a 00
    call targets                         ; 10048f: e8 de fd ff ff
    add esp, 0x10                        ; 100494: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov ecx, 0x3e8                       ; 100497: b9 e8 03 00 00
    mov eax, str_11                      ; 10049c: b8 94 10 10 00
    push 4                               ; 1004a1: 6a 04
    push ecx                             ; 1004a3: 51
    push 0x3b                            ; 1004a4: 6a 3b
    push eax                             ; 1004a6: 50
    call boundsTrap                      ; 1004a7: e8 96 fc ff ff
    add esp, 0x10                        ; 1004ac: 83 c4 10

__tskc_init:
    mov dword [a], 4                     ; 1004af: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 1004b9: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004c3: c7 05 28 30 10 00 04 00 00 00
    ret                                  ; 1004cd: c3

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
