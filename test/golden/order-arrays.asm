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
    call __tskc_init                     ; 10003b: e8 e8 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 85 03 00 00
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
    test eax, eax                        ; 10005b: 85 c0
    jne short .L3                        ; 10005d: 75 12
.L2:
    pause                                ; 10005f: f3 90
    mov edx, 0x3fd                       ; 100061: ba fd 03 00 00
    in al, dx                            ; 100066: ec
    movzx eax, al                        ; 100067: 0f b6 c0
    and eax, 0x20                        ; 10006a: 83 e0 20
    test eax, eax                        ; 10006d: 85 c0
    je short .L2                         ; 10006f: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100071: 89 c8
    mov edx, 0x3f8                       ; 100073: ba f8 03 00 00
    out dx, al                           ; 100078: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100079: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 10007a: 53
    push esi                             ; 10007b: 56
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000f0: 53
    mov ebx, [esp+8]                     ; 1000f1: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f5: 85 db
    jge short .L2                        ; 1000f7: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f9: 6a 2d
    call putc                            ; 1000fb: e8 4b ff ff ff
    add esp, 4                           ; 100100: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100103: f7 db
    push ebx                             ; 100105: 53
    call printU32                        ; 100106: e8 ab ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10010e: 5b
    ret                                  ; 10010f: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100110: 53
    call printU32                        ; 100111: e8 a0 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    ret                                  ; 10011a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011b: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10011f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100121: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100122: f4
    jmp short .L2                        ; 100123: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100125: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100129: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 10012e: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10012f: 53
    push esi                             ; 100130: 56
    mov esi, [esp+0xc]                   ; 100131: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100135: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100139: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10013d: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100141: a1 00 20 10 00
    push ecx                             ; 100146: 51
    push edx                             ; 100147: 52
    push ebx                             ; 100148: 53
    push esi                             ; 100149: 56
    call eax                             ; 10014a: ff d0
    add esp, 0x10                        ; 10014c: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10014f: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100150: f4
    jmp short .L2                        ; 100151: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100153: 53
    push esi                             ; 100154: 56
    push edi                             ; 100155: 57
    mov ebx, [esp+0x14]                  ; 100156: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10015a: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10015e: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100162: b8 1c 10 10 00
    push eax                             ; 100167: 50
    call print                           ; 100168: e8 0d ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100170: 57
    call printU32                        ; 100171: e8 40 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 100179: b8 3c 10 10 00
    push eax                             ; 10017e: 50
    call print                           ; 10017f: e8 f6 fe ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100187: 56
    call printU32                        ; 100188: e8 29 ff ff ff
    add esp, 4                           ; 10018d: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100190: b8 5c 10 10 00
    push eax                             ; 100195: 50
    call print                           ; 100196: e8 df fe ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019e: ff 74 24 10
    call print                           ; 1001a2: e8 d3 fe ff ff
    add esp, 4                           ; 1001a7: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 1001aa: b8 64 10 10 00
    push eax                             ; 1001af: 50
    call print                           ; 1001b0: e8 c5 fe ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b8: 53
    call printU32                        ; 1001b9: e8 f8 fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 1001c1: b8 6c 10 10 00
    push eax                             ; 1001c6: 50
    call println                         ; 1001c7: e8 d2 fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001cf: 6a 65
    call exit                            ; 1001d1: e8 45 ff ff ff
    add esp, 4                           ; 1001d6: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001d9: 5f
    pop esi                              ; 1001da: 5e
    pop ebx                              ; 1001db: 5b
    ret                                  ; 1001dc: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebx                             ; 1001dd: 53
    mov eax, [esp+8]                     ; 1001de: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001e2: 8b 5c 24 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 1001e6: 50
    call print                           ; 1001e7: e8 8e fe ff ff
    add esp, 4                           ; 1001ec: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 1001ef: b8 70 10 10 00
    push eax                             ; 1001f4: 50
    call print                           ; 1001f5: e8 80 fe ff ff
    add esp, 4                           ; 1001fa: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 1001fd: 53
    call printI32                        ; 1001fe: e8 ed fe ff ff
    add esp, 4                           ; 100203: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 100206: b8 6c 10 10 00
    push eax                             ; 10020b: 50
    call println                         ; 10020c: e8 8d fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 100214: 5b
    ret                                  ; 100215: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100216: 53
    push esi                             ; 100217: 56
    mov esi, [esp+0x14]                  ; 100218: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 10021c: 8b 5c 24 18
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 100220: b8 78 10 10 00
    push eax                             ; 100225: 50
    call print                           ; 100226: e8 4f fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push esi                             ; 10022e: 56
    call printU32                        ; 10022f: e8 82 fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100237: b8 8c 10 10 00
    push eax                             ; 10023c: 50
    call print                           ; 10023d: e8 38 fe ff ff
    add esp, 4                           ; 100242: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push ebx                             ; 100245: 53
    call printU32                        ; 100246: e8 6b fe ff ff
    add esp, 4                           ; 10024b: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 10024e: b8 6c 10 10 00
    push eax                             ; 100253: 50
    call println                         ; 100254: e8 45 fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 10025c: 6a 00
    call exit                            ; 10025e: e8 b8 fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100266: 5e
    pop ebx                              ; 100267: 5b
    ret                                  ; 100268: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebx                             ; 100269: 53
    push esi                             ; 10026a: 56
    push edi                             ; 10026b: 57
    mov eax, [esp+0x10]                  ; 10026c: 8b 44 24 10
    mov ebx, [esp+0x14]                  ; 100270: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 100274: 8b 74 24 18
    mov edi, [esp+0x1c]                  ; 100278: 8b 7c 24 1c
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    cmp eax, 4                           ; 10027c: 83 f8 04
    jae near .L29                        ; 10027f: 0f 83 d7 00 00 00
    mov dword [eax*4+b+4], 0x3e8         ; 100285: c7 04 85 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov ecx, str_12                      ; 100290: b9 b4 10 10 00
    mov eax, [b+4]                       ; 100295: a1 18 30 10 00
    push eax                             ; 10029a: 50
    push ecx                             ; 10029b: 51
    call show                            ; 10029c: e8 3c ff ff ff
    add esp, 8                           ; 1002a1: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    cmp ebx, 4                           ; 1002a4: 83 fb 04
    jae near .L30                        ; 1002a7: 0f 83 be 00 00 00
    lea eax, [ebx+1]                     ; 1002ad: 8d 43 01
    cmp eax, 4                           ; 1002b0: 83 f8 04
    jae near .L31                        ; 1002b3: 0f 83 c1 00 00 00
    mov eax, [eax*4+a+4]                 ; 1002b9: 8b 04 85 04 30 10 00
    mov [ebx*4+b+4], eax                 ; 1002c0: 89 04 9d 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov ecx, str_13                      ; 1002c7: b9 d0 10 10 00
    mov eax, [b+4]                       ; 1002cc: a1 18 30 10 00
    push eax                             ; 1002d1: 50
    push ecx                             ; 1002d2: 51
    call show                            ; 1002d3: e8 05 ff ff ff
    add esp, 8                           ; 1002d8: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    cmp esi, 4                           ; 1002db: 83 fe 04
    jae near .L32                        ; 1002de: 0f 83 a5 00 00 00
    lea ebx, [esi+1]                     ; 1002e4: 8d 5e 01
    mov [esi*4+b+4], esi                 ; 1002e7: 89 34 b5 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov ecx, str_14                      ; 1002ee: b9 e8 10 10 00
    mov eax, [b+12]                      ; 1002f3: a1 20 30 10 00
    push eax                             ; 1002f8: 50
    push ecx                             ; 1002f9: 51
    call show                            ; 1002fa: e8 de fe ff ff
    add esp, 8                           ; 1002ff: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, [edi-4]                     ; 100302: 8b 47 fc
    cmp ebx, eax                         ; 100305: 39 c3
    jae near .L33                        ; 100307: 0f 83 8b 00 00 00
    mov esi, a+4                         ; 10030d: be 04 30 10 00
    cmp esi, esi                         ; 100312: 39 f6
    jne short .L22                       ; 100314: 75 07
    mov eax, 1                           ; 100316: b8 01 00 00 00
    jmp short .L23                       ; 10031b: eb 02
.L22:
    xor eax, eax                         ; 10031d: 31 c0
.L23:
    mov [edi+ebx*4], eax                 ; 10031f: 89 04 9f
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov ecx, str_15                      ; 100322: b9 fc 10 10 00
    mov eax, [b+16]                      ; 100327: a1 24 30 10 00
    push eax                             ; 10032c: 50
    push ecx                             ; 10032d: 51
    call show                            ; 10032e: e8 aa fe ff ff
    add esp, 8                           ; 100333: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov edi, [esi-4]                     ; 100336: 8b 7e fc
    xor ebx, ebx                         ; 100339: 31 db
    cmp ebx, edi                         ; 10033b: 39 fb
    jae short .L28                       ; 10033d: 73 19
.L26:
    mov ecx, [esi+ebx*4]                 ; 10033f: 8b 0c 9e
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov eax, str_16                      ; 100342: b8 20 11 10 00
    push ecx                             ; 100347: 51
    push eax                             ; 100348: 50
    call show                            ; 100349: e8 8f fe ff ff
    add esp, 8                           ; 10034e: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add ebx, 1                           ; 100351: 83 c3 01
    cmp ebx, edi                         ; 100354: 39 fb
    jb short .L26                        ; 100356: 72 e7
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 100358: 5f
    pop esi                              ; 100359: 5e
    pop ebx                              ; 10035a: 5b
    ret                                  ; 10035b: c3
.L29:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    push 4                               ; 10035c: 6a 04
    push eax                             ; 10035e: 50
    push 0x20                            ; 10035f: 6a 20
    push str_11                          ; 100361: 68 94 10 10 00
    call boundsTrap                      ; 100366: e8 c4 fd ff ff
.L30:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    push 4                               ; 10036b: 6a 04
    push ebx                             ; 10036d: 53
    push 0x22                            ; 10036e: 6a 22
    push str_11                          ; 100370: 68 94 10 10 00
    call boundsTrap                      ; 100375: e8 b5 fd ff ff
.L31:
    push 4                               ; 10037a: 6a 04
    push eax                             ; 10037c: 50
    push 0x22                            ; 10037d: 6a 22
    push str_11                          ; 10037f: 68 94 10 10 00
    call boundsTrap                      ; 100384: e8 a6 fd ff ff
.L32:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    push 4                               ; 100389: 6a 04
    push esi                             ; 10038b: 56
    push 0x24                            ; 10038c: 6a 24
    push str_11                          ; 10038e: 68 94 10 10 00
    call boundsTrap                      ; 100393: e8 97 fd ff ff
.L33:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    push eax                             ; 100398: 50
    push ebx                             ; 100399: 53
    push 0x26                            ; 10039a: 6a 26
    push str_11                          ; 10039c: 68 94 10 10 00
    call boundsTrap                      ; 1003a1: e8 89 fd ff ff

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 1003a6: 55
    mov ebp, esp                         ; 1003a7: 89 e5
    push ebx                             ; 1003a9: 53
    push esi                             ; 1003aa: 56
    push edi                             ; 1003ab: 57
    mov ebx, [ebp+8]                     ; 1003ac: 8b 5d 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 1003af: bf 4c 11 10 00
    mov esi, 5                           ; 1003b4: be 05 00 00 00
    mov eax, ebx                         ; 1003b9: 89 d8
    sub eax, esi                         ; 1003bb: 29 f0
    push eax                             ; 1003bd: 50
    push edi                             ; 1003be: 57
    call show                            ; 1003bf: e8 19 fe ff ff
    add esp, 8                           ; 1003c4: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 1003c7: 5f
    pop esi                              ; 1003c8: 5e
    pop ebx                              ; 1003c9: 5b
    pop ebp                              ; 1003ca: 5d
    ret                                  ; 1003cb: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push 3                               ; 1003cc: 6a 03
    call asmOperands                     ; 1003ce: e8 d3 ff ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 1003d6: b8 16 02 10 00
    push eax                             ; 1003db: 50
    call onBoundsError                   ; 1003dc: e8 44 fd ff ff
    add esp, 4                           ; 1003e1: 83 c4 04
    xor eax, eax                         ; 1003e4: 31 c0
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    cmp eax, 4                           ; 1003e6: 83 f8 04
    jge short .L4                        ; 1003e9: 7d 12
.L7:
    lea ecx, [eax+0xa]                   ; 1003eb: 8d 48 0a
    mov [eax*4+a+4], ecx                 ; 1003ee: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1003f5: 83 c0 01
    cmp eax, 4                           ; 1003f8: 83 f8 04
    jl short .L7                         ; 1003fb: 7c ee
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 1003fd: b8 18 30 10 00
    push eax                             ; 100402: 50
    push 2                               ; 100403: 6a 02
    push 0                               ; 100405: 6a 00
    push 0                               ; 100407: 6a 00
    call targets                         ; 100409: e8 5b fe ff ff
    add esp, 0x10                        ; 10040e: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, str_11                      ; 100411: b8 94 10 10 00
    push 4                               ; 100416: 6a 04
    push 0x3e8                           ; 100418: 68 e8 03 00 00
    push 0x3b                            ; 10041d: 6a 3b
    push eax                             ; 10041f: 50
    call boundsTrap                      ; 100420: e8 0a fd ff ff
    add esp, 0x10                        ; 100425: 83 c4 10

__tskc_init:
    mov dword [a], 4                     ; 100428: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 100432: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 10043c: c7 05 28 30 10 00 04 00 00 00
    ret                                  ; 100446: c3

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
