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
    call __tskc_init                     ; 10003b: e8 4c 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 e5 03 00 00
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
    test eax, eax                        ; 10005d: 85 c0
    jne short .L3                        ; 10005f: 75 12
.L2:
    pause                                ; 100061: f3 90
    mov edx, 0x3fd                       ; 100063: ba fd 03 00 00
    in al, dx                            ; 100068: ec
    movzx eax, al                        ; 100069: 0f b6 c0
    and eax, 0x20                        ; 10006c: 83 e0 20
    test eax, eax                        ; 10006f: 85 c0
    je short .L2                         ; 100071: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100073: 89 c8
    mov edx, 0x3f8                       ; 100075: ba f8 03 00 00
    out dx, al                           ; 10007a: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007b: 5d
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10007d: 55
    mov ebp, esp                         ; 10007e: 89 e5
    push ebx                             ; 100080: 53
    push esi                             ; 100081: 56
    mov ebx, [ebp+8]                     ; 100082: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100085: 31 f6
    cmp esi, [ebx]                       ; 100087: 3b 33
    jge short .L4                        ; 100089: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 10008b: 0f b6 44 33 04
    push eax                             ; 100090: 50
    call putc                            ; 100091: e8 b5 ff ff ff
    add esp, 4                           ; 100096: 83 c4 04
    add esi, 1                           ; 100099: 83 c6 01
    cmp esi, [ebx]                       ; 10009c: 3b 33
    jl short .L2                         ; 10009e: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a0: 5e
    pop ebx                              ; 1000a1: 5b
    pop ebp                              ; 1000a2: 5d
    ret                                  ; 1000a3: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a4: 55
    mov ebp, esp                         ; 1000a5: 89 e5
    mov eax, [ebp+8]                     ; 1000a7: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000aa: 50
    call print                           ; 1000ab: e8 cd ff ff ff
    add esp, 4                           ; 1000b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b3: 6a 0a
    call putc                            ; 1000b5: e8 91 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000bd: 5d
    ret                                  ; 1000be: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bf: 55
    mov ebp, esp                         ; 1000c0: 89 e5
    push ebx                             ; 1000c2: 53
    mov ebx, [ebp+8]                     ; 1000c3: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c6: 83 fb 0a
    jb short .L2                         ; 1000c9: 72 14
    mov ecx, 0xa                         ; 1000cb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d0: 89 d8
    xor edx, edx                         ; 1000d2: 31 d2
    div ecx                              ; 1000d4: f7 f1
    push eax                             ; 1000d6: 50
    call printU32                        ; 1000d7: e8 e3 ff ff ff
    add esp, 4                           ; 1000dc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    lea eax, [edx+0x30]                  ; 1000ea: 8d 42 30
    movzx eax, al                        ; 1000ed: 0f b6 c0
    push eax                             ; 1000f0: 50
    call putc                            ; 1000f1: e8 55 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f9: 5b
    pop ebp                              ; 1000fa: 5d
    ret                                  ; 1000fb: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    push ebx                             ; 1000ff: 53
    mov ebx, [ebp+8]                     ; 100100: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 100103: 85 db
    jge short .L2                        ; 100105: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100107: 6a 2d
    call putc                            ; 100109: e8 3d ff ff ff
    add esp, 4                           ; 10010e: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 100111: 89 d8
    neg eax                              ; 100113: f7 d8
    push eax                             ; 100115: 50
    call printU32                        ; 100116: e8 a4 ff ff ff
    add esp, 4                           ; 10011b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10011e: 5b
    pop ebp                              ; 10011f: 5d
    ret                                  ; 100120: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100121: 53
    call printU32                        ; 100122: e8 98 ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012a: 5b
    pop ebp                              ; 10012b: 5d
    ret                                  ; 10012c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10012d: 55
    mov ebp, esp                         ; 10012e: 89 e5
    mov eax, [ebp+8]                     ; 100130: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100133: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100135: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100136: f4
    jmp short .L2                        ; 100137: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 100139: 55
    mov ebp, esp                         ; 10013a: 89 e5
    mov eax, [ebp+8]                     ; 10013c: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10013f: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100144: 5d
    ret                                  ; 100145: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100146: 55
    mov ebp, esp                         ; 100147: 89 e5
    push ebx                             ; 100149: 53
    push esi                             ; 10014a: 56
    mov eax, [ebp+8]                     ; 10014b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10014e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100151: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100154: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100157: 8b 35 00 20 10 00
    push ebx                             ; 10015d: 53
    push edx                             ; 10015e: 52
    push ecx                             ; 10015f: 51
    push eax                             ; 100160: 50
    call esi                             ; 100161: ff d6
    add esp, 0x10                        ; 100163: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100166: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100167: f4
    jmp short .L2                        ; 100168: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10016a: 55
    mov ebp, esp                         ; 10016b: 89 e5
    sub esp, 4                           ; 10016d: 83 ec 04
    push ebx                             ; 100170: 53
    push esi                             ; 100171: 56
    push edi                             ; 100172: 57
    mov ebx, [ebp+8]                     ; 100173: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100176: 8b 45 0c
    mov [ebp-4], eax                     ; 100179: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10017c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10017f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100182: b8 1c 10 10 00
    push eax                             ; 100187: 50
    call print                           ; 100188: e8 f0 fe ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100190: 56
    call printU32                        ; 100191: e8 29 ff ff ff
    add esp, 4                           ; 100196: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 100199: b8 3c 10 10 00
    push eax                             ; 10019e: 50
    call print                           ; 10019f: e8 d9 fe ff ff
    add esp, 4                           ; 1001a4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001a7: 57
    call printU32                        ; 1001a8: e8 12 ff ff ff
    add esp, 4                           ; 1001ad: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 1001b0: b8 5c 10 10 00
    push eax                             ; 1001b5: 50
    call print                           ; 1001b6: e8 c2 fe ff ff
    add esp, 4                           ; 1001bb: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001be: 53
    call print                           ; 1001bf: e8 b9 fe ff ff
    add esp, 4                           ; 1001c4: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001c7: b8 64 10 10 00
    push eax                             ; 1001cc: 50
    call print                           ; 1001cd: e8 ab fe ff ff
    add esp, 4                           ; 1001d2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001d5: 8b 45 fc
    push eax                             ; 1001d8: 50
    call printU32                        ; 1001d9: e8 e1 fe ff ff
    add esp, 4                           ; 1001de: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001e1: b8 6c 10 10 00
    push eax                             ; 1001e6: 50
    call println                         ; 1001e7: e8 b8 fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001ef: 5f
    pop esi                              ; 1001f0: 5e
    pop ebx                              ; 1001f1: 5b
    leave                                ; 1001f2: c9
    ret                                  ; 1001f3: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    push ebx                             ; 1001f7: 53
    mov eax, [ebp+8]                     ; 1001f8: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001fb: 8b 5d 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 1001fe: 50
    call print                           ; 1001ff: e8 79 fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 100207: b8 70 10 10 00
    push eax                             ; 10020c: 50
    call print                           ; 10020d: e8 6b fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 100215: 53
    call printI32                        ; 100216: e8 e1 fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 10021e: b8 6c 10 10 00
    push eax                             ; 100223: 50
    call println                         ; 100224: e8 7b fe ff ff
    add esp, 4                           ; 100229: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 10022c: 5b
    pop ebp                              ; 10022d: 5d
    ret                                  ; 10022e: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10022f: 55
    mov ebp, esp                         ; 100230: 89 e5
    push ebx                             ; 100232: 53
    push esi                             ; 100233: 56
    mov ebx, [ebp+0x10]                  ; 100234: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 100237: 8b 75 14
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 10023a: b8 78 10 10 00
    push eax                             ; 10023f: 50
    call print                           ; 100240: e8 38 fe ff ff
    add esp, 4                           ; 100245: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push ebx                             ; 100248: 53
    call printU32                        ; 100249: e8 71 fe ff ff
    add esp, 4                           ; 10024e: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100251: b8 8c 10 10 00
    push eax                             ; 100256: 50
    call print                           ; 100257: e8 21 fe ff ff
    add esp, 4                           ; 10025c: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push esi                             ; 10025f: 56
    call printU32                        ; 100260: e8 5a fe ff ff
    add esp, 4                           ; 100265: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 100268: b8 6c 10 10 00
    push eax                             ; 10026d: 50
    call println                         ; 10026e: e8 31 fe ff ff
    add esp, 4                           ; 100273: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 100276: 6a 00
    call exit                            ; 100278: e8 b0 fe ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100280: 5e
    pop ebx                              ; 100281: 5b
    pop ebp                              ; 100282: 5d
    ret                                  ; 100283: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebp                             ; 100284: 55
    mov ebp, esp                         ; 100285: 89 e5
    sub esp, 4                           ; 100287: 83 ec 04
    push ebx                             ; 10028a: 53
    push esi                             ; 10028b: 56
    push edi                             ; 10028c: 57
    mov eax, [ebp+8]                     ; 10028d: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100290: 8b 5d 0c
    mov esi, [ebp+0x10]                  ; 100293: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100296: 8b 7d 14
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov ecx, eax                         ; 100299: 89 c1
    cmp ecx, 4                           ; 10029b: 83 f9 04
    jae near .L29                        ; 10029e: 0f 83 11 01 00 00
    mov eax, 0x3e8                       ; 1002a4: b8 e8 03 00 00
    mov dword [ecx*4+b+4], 0x3e8         ; 1002a9: c7 04 8d 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov eax, str_12                      ; 1002b4: b8 b4 10 10 00
    mov ecx, [b+4]                       ; 1002b9: 8b 0d 18 30 10 00
    push ecx                             ; 1002bf: 51
    push eax                             ; 1002c0: 50
    call show                            ; 1002c1: e8 2e ff ff ff
    add esp, 8                           ; 1002c6: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, ebx                         ; 1002c9: 89 d8
    cmp eax, 4                           ; 1002cb: 83 f8 04
    jae near .L30                        ; 1002ce: 0f 83 f0 00 00 00
    lea ecx, [ebx+1]                     ; 1002d4: 8d 4b 01
    mov ebx, ecx                         ; 1002d7: 89 cb
    cmp ecx, 4                           ; 1002d9: 83 f9 04
    jae near .L31                        ; 1002dc: 0f 83 f1 00 00 00
    mov ecx, [ecx*4+a+4]                 ; 1002e2: 8b 0c 8d 04 30 10 00
    mov [eax*4+b+4], ecx                 ; 1002e9: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov eax, str_13                      ; 1002f0: b8 d0 10 10 00
    mov ecx, [b+4]                       ; 1002f5: 8b 0d 18 30 10 00
    push ecx                             ; 1002fb: 51
    push eax                             ; 1002fc: 50
    call show                            ; 1002fd: e8 f2 fe ff ff
    add esp, 8                           ; 100302: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, esi                         ; 100305: 89 f0
    cmp eax, 4                           ; 100307: 83 f8 04
    jae near .L32                        ; 10030a: 0f 83 d2 00 00 00
    mov ecx, esi                         ; 100310: 89 f1
    add esi, 1                           ; 100312: 83 c6 01
    mov [eax*4+b+4], ecx                 ; 100315: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov eax, str_14                      ; 10031c: b8 e8 10 10 00
    mov ecx, [b+12]                      ; 100321: 8b 0d 20 30 10 00
    push ecx                             ; 100327: 51
    push eax                             ; 100328: 50
    call show                            ; 100329: e8 c6 fe ff ff
    add esp, 8                           ; 10032e: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, edi                         ; 100331: 89 f8
    mov ecx, [eax-4]                     ; 100333: 8b 48 fc
    cmp esi, ecx                         ; 100336: 39 ce
    jae near .L33                        ; 100338: 0f 83 b3 00 00 00
    mov ecx, a+4                         ; 10033e: b9 04 30 10 00
    mov edi, ecx                         ; 100343: 89 cf
    mov edx, a+4                         ; 100345: ba 04 30 10 00
    cmp ecx, edx                         ; 10034a: 39 d1
    jne short .L22                       ; 10034c: 75 07
    mov ecx, 1                           ; 10034e: b9 01 00 00 00
    jmp short .L23                       ; 100353: eb 02
.L22:
    xor ecx, ecx                         ; 100355: 31 c9
.L23:
    mov [eax+esi*4], ecx                 ; 100357: 89 0c b0
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov eax, str_15                      ; 10035a: b8 fc 10 10 00
    mov ecx, [b+16]                      ; 10035f: 8b 0d 24 30 10 00
    push ecx                             ; 100365: 51
    push eax                             ; 100366: 50
    call show                            ; 100367: e8 88 fe ff ff
    add esp, 8                           ; 10036c: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov ebx, edi                         ; 10036f: 89 fb
    mov esi, [ebx-4]                     ; 100371: 8b 73 fc
    xor eax, eax                         ; 100374: 31 c0
    mov [ebp-4], eax                     ; 100376: 89 45 fc
    mov eax, [ebp-4]                     ; 100379: 8b 45 fc
    cmp eax, esi                         ; 10037c: 39 f0
    jae short .L28                       ; 10037e: 73 30
.L26:
    mov eax, [ebp-4]                     ; 100380: 8b 45 fc
    mov eax, [ebx+eax*4]                 ; 100383: 8b 04 83
    ; test/golden/order-arrays.ts:41: arr = guard;
    mov edi, guard+4                     ; 100386: bf 2c 30 10 00
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov ecx, str_16                      ; 10038b: b9 20 11 10 00
    push eax                             ; 100390: 50
    push ecx                             ; 100391: 51
    call show                            ; 100392: e8 5d fe ff ff
    add esp, 8                           ; 100397: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov eax, [ebp-4]                     ; 10039a: 8b 45 fc
    mov [ebp-4], eax                     ; 10039d: 89 45 fc
    mov eax, [ebp-4]                     ; 1003a0: 8b 45 fc
    add eax, 1                           ; 1003a3: 83 c0 01
    mov [ebp-4], eax                     ; 1003a6: 89 45 fc
    mov eax, [ebp-4]                     ; 1003a9: 8b 45 fc
    cmp eax, esi                         ; 1003ac: 39 f0
    jb short .L26                        ; 1003ae: 72 d0
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 1003b0: 5f
    pop esi                              ; 1003b1: 5e
    pop ebx                              ; 1003b2: 5b
    leave                                ; 1003b3: c9
    ret                                  ; 1003b4: c3
.L29:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    push 4                               ; 1003b5: 6a 04
    push ecx                             ; 1003b7: 51
    push 0x20                            ; 1003b8: 6a 20
    push str_11                          ; 1003ba: 68 94 10 10 00
    call boundsTrap                      ; 1003bf: e8 82 fd ff ff
.L30:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    push 4                               ; 1003c4: 6a 04
    push eax                             ; 1003c6: 50
    push 0x22                            ; 1003c7: 6a 22
    push str_11                          ; 1003c9: 68 94 10 10 00
    call boundsTrap                      ; 1003ce: e8 73 fd ff ff
.L31:
    push 4                               ; 1003d3: 6a 04
    push ecx                             ; 1003d5: 51
    push 0x22                            ; 1003d6: 6a 22
    push str_11                          ; 1003d8: 68 94 10 10 00
    call boundsTrap                      ; 1003dd: e8 64 fd ff ff
.L32:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    push 4                               ; 1003e2: 6a 04
    push eax                             ; 1003e4: 50
    push 0x24                            ; 1003e5: 6a 24
    push str_11                          ; 1003e7: 68 94 10 10 00
    call boundsTrap                      ; 1003ec: e8 55 fd ff ff
.L33:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    push ecx                             ; 1003f1: 51
    push esi                             ; 1003f2: 56
    push 0x26                            ; 1003f3: 6a 26
    push str_11                          ; 1003f5: 68 94 10 10 00
    call boundsTrap                      ; 1003fa: e8 47 fd ff ff

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 1003ff: 55
    mov ebp, esp                         ; 100400: 89 e5
    push ebx                             ; 100402: 53
    push esi                             ; 100403: 56
    push edi                             ; 100404: 57
    mov eax, [ebp+8]                     ; 100405: 8b 45 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100408: bf 4c 11 10 00
    mov ebx, eax                         ; 10040d: 89 c3
    mov eax, 5                           ; 10040f: b8 05 00 00 00
    mov esi, 5                           ; 100414: be 05 00 00 00
    mov eax, ebx                         ; 100419: 89 d8
    sub eax, esi                         ; 10041b: 29 f0
    push eax                             ; 10041d: 50
    push edi                             ; 10041e: 57
    call show                            ; 10041f: e8 d0 fd ff ff
    add esp, 8                           ; 100424: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 100427: 5f
    pop esi                              ; 100428: 5e
    pop ebx                              ; 100429: 5b
    pop ebp                              ; 10042a: 5d
    ret                                  ; 10042b: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push ebp                             ; 10042c: 55
    mov ebp, esp                         ; 10042d: 89 e5
    push 3                               ; 10042f: 6a 03
    call asmOperands                     ; 100431: e8 c9 ff ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 100439: b8 2f 02 10 00
    push eax                             ; 10043e: 50
    call onBoundsError                   ; 10043f: e8 f5 fc ff ff
    add esp, 4                           ; 100444: 83 c4 04
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    xor eax, eax                         ; 100447: 31 c0
    cmp eax, 4                           ; 100449: 83 f8 04
    jge short .L4                        ; 10044c: 7d 12
.L2:
    lea ecx, [eax+0xa]                   ; 10044e: 8d 48 0a
    mov [eax*4+a+4], ecx                 ; 100451: 89 0c 85 04 30 10 00
    add eax, 1                           ; 100458: 83 c0 01
    cmp eax, 4                           ; 10045b: 83 f8 04
    jl short .L2                         ; 10045e: 7c ee
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 100460: b8 18 30 10 00
    push eax                             ; 100465: 50
    push 2                               ; 100466: 6a 02
    push 0                               ; 100468: 6a 00
    push 0                               ; 10046a: 6a 00
    call targets                         ; 10046c: e8 13 fe ff ff
    add esp, 0x10                        ; 100471: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, 0x3e8                       ; 100474: b8 e8 03 00 00
    mov ecx, str_11                      ; 100479: b9 94 10 10 00
    push 4                               ; 10047e: 6a 04
    push eax                             ; 100480: 50
    push 0x3b                            ; 100481: 6a 3b
    push ecx                             ; 100483: 51
    call boundsTrap                      ; 100484: e8 bd fc ff ff
    add esp, 0x10                        ; 100489: 83 c4 10

__tskc_init:
    push ebp                             ; 10048c: 55
    mov ebp, esp                         ; 10048d: 89 e5
    mov dword [a], 4                     ; 10048f: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 100499: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004a3: c7 05 28 30 10 00 04 00 00 00
    pop ebp                              ; 1004ad: 5d
    ret                                  ; 1004ae: c3

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
