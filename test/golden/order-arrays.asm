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
    call __tskc_init                     ; 10003b: e8 81 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 15 04 00 00
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
    mov esi, [ebp+8]                     ; 10008a: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 10008d: bb 00 00 00 00
    mov eax, [esi]                       ; 100092: 8b 06
    cmp ebx, eax                         ; 100094: 39 c3
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100098: 0f b6 44 1e 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add ebx, 1                           ; 1000a9: 83 c3 01
    mov eax, [esi]                       ; 1000ac: 8b 06
    cmp ebx, eax                         ; 1000ae: 39 c3
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
    jge short .L2                        ; 100118: 7d 18
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 10011a: 6a 2d
    call putc                            ; 10011c: e8 2a ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100124: f7 db
    push ebx                             ; 100126: 53
    call printU32                        ; 100127: e8 a5 ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10012f: 5b
    pop ebp                              ; 100130: 5d
    ret                                  ; 100131: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 100132: 53
    call printU32                        ; 100133: e8 99 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 10013b: 5b
    pop ebp                              ; 10013c: 5d
    ret                                  ; 10013d: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10013e: 55
    mov ebp, esp                         ; 10013f: 89 e5
    mov eax, [ebp+8]                     ; 100141: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100144: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100146: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100147: f4
    jmp short .L2                        ; 100148: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 10014a: 55
    mov ebp, esp                         ; 10014b: 89 e5
    mov eax, [ebp+8]                     ; 10014d: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 100150: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100155: 5d
    ret                                  ; 100156: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100157: 55
    mov ebp, esp                         ; 100158: 89 e5
    push ebx                             ; 10015a: 53
    push esi                             ; 10015b: 56
    mov esi, [ebp+8]                     ; 10015c: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 10015f: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100162: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 100165: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100168: a1 00 20 10 00
    push ecx                             ; 10016d: 51
    push edx                             ; 10016e: 52
    push ebx                             ; 10016f: 53
    push esi                             ; 100170: 56
    call eax                             ; 100171: ff d0
    add esp, 0x10                        ; 100173: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100176: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100177: f4
    jmp short .L2                        ; 100178: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10017a: 55
    mov ebp, esp                         ; 10017b: 89 e5
    sub esp, 4                           ; 10017d: 83 ec 04
    push ebx                             ; 100180: 53
    push esi                             ; 100181: 56
    push edi                             ; 100182: 57
    mov eax, [ebp+8]                     ; 100183: 8b 45 08
    mov [ebp-4], eax                     ; 100186: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100189: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 10018c: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 10018f: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 100192: b8 1c 10 10 00
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 e8 fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 1001a0: 57
    call printU32                        ; 1001a1: e8 2b ff ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 1001a9: b8 3c 10 10 00
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 d1 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 1001b7: 56
    call printU32                        ; 1001b8: e8 14 ff ff ff
    add esp, 4                           ; 1001bd: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 1001c0: b8 5c 10 10 00
    push eax                             ; 1001c5: 50
    call print                           ; 1001c6: e8 ba fe ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 1001ce: ff 75 fc
    call print                           ; 1001d1: e8 af fe ff ff
    add esp, 4                           ; 1001d6: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 1001d9: b8 64 10 10 00
    push eax                             ; 1001de: 50
    call print                           ; 1001df: e8 a1 fe ff ff
    add esp, 4                           ; 1001e4: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 1001e7: 53
    call printU32                        ; 1001e8: e8 e4 fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001f0: b8 6c 10 10 00
    push eax                             ; 1001f5: 50
    call println                         ; 1001f6: e8 bb fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001fe: 5f
    pop esi                              ; 1001ff: 5e
    pop ebx                              ; 100200: 5b
    leave                                ; 100201: c9
    ret                                  ; 100202: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebp                             ; 100203: 55
    mov ebp, esp                         ; 100204: 89 e5
    push ebx                             ; 100206: 53
    mov eax, [ebp+8]                     ; 100207: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10020a: 8b 5d 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 10020d: 50
    call print                           ; 10020e: e8 72 fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 100216: b8 70 10 10 00
    push eax                             ; 10021b: 50
    call print                           ; 10021c: e8 64 fe ff ff
    add esp, 4                           ; 100221: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 100224: 53
    call printI32                        ; 100225: e8 e4 fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 10022d: b8 6c 10 10 00
    push eax                             ; 100232: 50
    call println                         ; 100233: e8 7e fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 10023b: 5b
    pop ebp                              ; 10023c: 5d
    ret                                  ; 10023d: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10023e: 55
    mov ebp, esp                         ; 10023f: 89 e5
    push ebx                             ; 100241: 53
    push esi                             ; 100242: 56
    mov esi, [ebp+0x10]                  ; 100243: 8b 75 10
    mov ebx, [ebp+0x14]                  ; 100246: 8b 5d 14
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 100249: b8 78 10 10 00
    push eax                             ; 10024e: 50
    call print                           ; 10024f: e8 31 fe ff ff
    add esp, 4                           ; 100254: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push esi                             ; 100257: 56
    call printU32                        ; 100258: e8 74 fe ff ff
    add esp, 4                           ; 10025d: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100260: b8 8c 10 10 00
    push eax                             ; 100265: 50
    call print                           ; 100266: e8 1a fe ff ff
    add esp, 4                           ; 10026b: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push ebx                             ; 10026e: 53
    call printU32                        ; 10026f: e8 5d fe ff ff
    add esp, 4                           ; 100274: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 100277: b8 6c 10 10 00
    push eax                             ; 10027c: 50
    call println                         ; 10027d: e8 34 fe ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 100285: 6a 00
    call exit                            ; 100287: e8 b2 fe ff ff
    add esp, 4                           ; 10028c: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 10028f: 5e
    pop ebx                              ; 100290: 5b
    pop ebp                              ; 100291: 5d
    ret                                  ; 100292: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebp                             ; 100293: 55
    mov ebp, esp                         ; 100294: 89 e5
    sub esp, 0x14                        ; 100296: 83 ec 14
    push ebx                             ; 100299: 53
    push esi                             ; 10029a: 56
    push edi                             ; 10029b: 57
    mov eax, [ebp+8]                     ; 10029c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10029f: 8b 4d 0c
    mov [ebp-0x10], ecx                  ; 1002a2: 89 4d f0
    mov ebx, [ebp+0x10]                  ; 1002a5: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 1002a8: 8b 75 14
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov ecx, eax                         ; 1002ab: 89 c1
    cmp ecx, 4                           ; 1002ad: 83 f9 04
    jae near .L1                         ; 1002b0: 0f 83 15 01 00 00
    mov eax, 0x3e8                       ; 1002b6: b8 e8 03 00 00
    mov dword [ecx*4+b+4], 0x3e8         ; 1002bb: c7 04 8d 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov ecx, str_12                      ; 1002c6: b9 b4 10 10 00
    mov eax, [b+4]                       ; 1002cb: a1 18 30 10 00
    push eax                             ; 1002d0: 50
    push ecx                             ; 1002d1: 51
    call show                            ; 1002d2: e8 2c ff ff ff
    add esp, 8                           ; 1002d7: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, [ebp-0x10]                  ; 1002da: 8b 45 f0
    mov [ebp-0xc], eax                   ; 1002dd: 89 45 f4
    cmp dword [ebp-0xc], 4               ; 1002e0: 83 7d f4 04
    jae near .L5                         ; 1002e4: 0f 83 f4 00 00 00
    mov edi, [ebp-0x10]                  ; 1002ea: 8b 7d f0
    add edi, 1                           ; 1002ed: 83 c7 01
    mov [ebp-0x10], edi                  ; 1002f0: 89 7d f0
    cmp edi, 4                           ; 1002f3: 83 ff 04
    jae near .L9                         ; 1002f6: 0f 83 f7 00 00 00
    mov ecx, [edi*4+a+4]                 ; 1002fc: 8b 0c bd 04 30 10 00
    mov eax, [ebp-0xc]                   ; 100303: 8b 45 f4
    mov [eax*4+b+4], ecx                 ; 100306: 89 0c 85 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov ecx, str_13                      ; 10030d: b9 d0 10 10 00
    mov eax, [b+4]                       ; 100312: a1 18 30 10 00
    push eax                             ; 100317: 50
    push ecx                             ; 100318: 51
    call show                            ; 100319: e8 e5 fe ff ff
    add esp, 8                           ; 10031e: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov [ebp-8], ebx                     ; 100321: 89 5d f8
    cmp dword [ebp-8], 4                 ; 100324: 83 7d f8 04
    jae near .L13                        ; 100328: 0f 83 d8 00 00 00
    mov eax, ebx                         ; 10032e: 89 d8
    add ebx, 1                           ; 100330: 83 c3 01
    mov ecx, [ebp-8]                     ; 100333: 8b 4d f8
    mov [ecx*4+b+4], eax                 ; 100336: 89 04 8d 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov ecx, str_14                      ; 10033d: b9 e8 10 10 00
    mov eax, [b+12]                      ; 100342: a1 20 30 10 00
    push eax                             ; 100347: 50
    push ecx                             ; 100348: 51
    call show                            ; 100349: e8 b5 fe ff ff
    add esp, 8                           ; 10034e: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, esi                         ; 100351: 89 f0
    mov ecx, [eax-4]                     ; 100353: 8b 48 fc
    mov [ebp-0x14], ecx                  ; 100356: 89 4d ec
    cmp ebx, [ebp-0x14]                  ; 100359: 3b 5d ec
    jae near .L17                        ; 10035c: 0f 83 b9 00 00 00
    mov esi, a+4                         ; 100362: be 04 30 10 00
    mov ecx, a+4                         ; 100367: b9 04 30 10 00
    cmp esi, ecx                         ; 10036c: 39 ce
    jne short .L22                       ; 10036e: 75 07
    mov ecx, 1                           ; 100370: b9 01 00 00 00
    jmp short .L23                       ; 100375: eb 05
.L22:
    mov ecx, 0                           ; 100377: b9 00 00 00 00
.L23:
    mov [eax+ebx*4], ecx                 ; 10037c: 89 0c 98
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov ecx, str_15                      ; 10037f: b9 fc 10 10 00
    mov eax, [b+16]                      ; 100384: a1 24 30 10 00
    push eax                             ; 100389: 50
    push ecx                             ; 10038a: 51
    call show                            ; 10038b: e8 73 fe ff ff
    add esp, 8                           ; 100390: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov [ebp-4], esi                     ; 100393: 89 75 fc
    mov eax, [ebp-4]                     ; 100396: 8b 45 fc
    mov edi, [eax-4]                     ; 100399: 8b 78 fc
    mov ebx, 0                           ; 10039c: bb 00 00 00 00
    cmp ebx, edi                         ; 1003a1: 39 fb
    jae short .L28                       ; 1003a3: 73 21
.L26:
    mov eax, [ebp-4]                     ; 1003a5: 8b 45 fc
    mov ecx, [eax+ebx*4]                 ; 1003a8: 8b 0c 98
    ; test/golden/order-arrays.ts:41: arr = guard;
    mov esi, guard+4                     ; 1003ab: be 2c 30 10 00
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov eax, str_16                      ; 1003b0: b8 20 11 10 00
    push ecx                             ; 1003b5: 51
    push eax                             ; 1003b6: 50
    call show                            ; 1003b7: e8 47 fe ff ff
    add esp, 8                           ; 1003bc: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add ebx, 1                           ; 1003bf: 83 c3 01
    cmp ebx, edi                         ; 1003c2: 39 fb
    jb short .L26                        ; 1003c4: 72 df
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 1003c6: 5f
    pop esi                              ; 1003c7: 5e
    pop ebx                              ; 1003c8: 5b
    leave                                ; 1003c9: c9
    ret                                  ; 1003ca: c3
.L1:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    mov eax, str_11                      ; 1003cb: b8 94 10 10 00
    push 4                               ; 1003d0: 6a 04
    push ecx                             ; 1003d2: 51
    push 0x20                            ; 1003d3: 6a 20
    push eax                             ; 1003d5: 50
    call boundsTrap                      ; 1003d6: e8 7c fd ff ff
    add esp, 0x10                        ; 1003db: 83 c4 10
.L5:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    mov eax, str_11                      ; 1003de: b8 94 10 10 00
    push 4                               ; 1003e3: 6a 04
    push dword [ebp-0xc]                 ; 1003e5: ff 75 f4
    push 0x22                            ; 1003e8: 6a 22
    push eax                             ; 1003ea: 50
    call boundsTrap                      ; 1003eb: e8 67 fd ff ff
    add esp, 0x10                        ; 1003f0: 83 c4 10
.L9:
    mov eax, str_11                      ; 1003f3: b8 94 10 10 00
    push 4                               ; 1003f8: 6a 04
    push edi                             ; 1003fa: 57
    push 0x22                            ; 1003fb: 6a 22
    push eax                             ; 1003fd: 50
    call boundsTrap                      ; 1003fe: e8 54 fd ff ff
    add esp, 0x10                        ; 100403: 83 c4 10
.L13:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    mov eax, str_11                      ; 100406: b8 94 10 10 00
    push 4                               ; 10040b: 6a 04
    push dword [ebp-8]                   ; 10040d: ff 75 f8
    push 0x24                            ; 100410: 6a 24
    push eax                             ; 100412: 50
    call boundsTrap                      ; 100413: e8 3f fd ff ff
    add esp, 0x10                        ; 100418: 83 c4 10
.L17:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, str_11                      ; 10041b: b8 94 10 10 00
    push dword [ebp-0x14]                ; 100420: ff 75 ec
    push ebx                             ; 100423: 53
    push 0x26                            ; 100424: 6a 26
    push eax                             ; 100426: 50
    call boundsTrap                      ; 100427: e8 2b fd ff ff
    add esp, 0x10                        ; 10042c: 83 c4 10

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 10042f: 55
    mov ebp, esp                         ; 100430: 89 e5
    push ebx                             ; 100432: 53
    push esi                             ; 100433: 56
    push edi                             ; 100434: 57
    mov eax, [ebp+8]                     ; 100435: 8b 45 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 100438: bf 4c 11 10 00
    mov ebx, eax                         ; 10043d: 89 c3
    mov eax, 5                           ; 10043f: b8 05 00 00 00
    mov esi, 5                           ; 100444: be 05 00 00 00
    mov eax, ebx                         ; 100449: 89 d8
    sub eax, esi                         ; 10044b: 29 f0
    push eax                             ; 10044d: 50
    push edi                             ; 10044e: 57
    call show                            ; 10044f: e8 af fd ff ff
    add esp, 8                           ; 100454: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 100457: 5f
    pop esi                              ; 100458: 5e
    pop ebx                              ; 100459: 5b
    pop ebp                              ; 10045a: 5d
    ret                                  ; 10045b: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push ebp                             ; 10045c: 55
    mov ebp, esp                         ; 10045d: 89 e5
    push 3                               ; 10045f: 6a 03
    call asmOperands                     ; 100461: e8 c9 ff ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 100469: b8 3e 02 10 00
    push eax                             ; 10046e: 50
    call onBoundsError                   ; 10046f: e8 d6 fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    mov eax, 0                           ; 100477: b8 00 00 00 00
    cmp eax, 4                           ; 10047c: 83 f8 04
    jge short .L4                        ; 10047f: 7d 14
.L2:
    mov ecx, eax                         ; 100481: 89 c1
    add ecx, 0xa                         ; 100483: 83 c1 0a
    mov [eax*4+a+4], ecx                 ; 100486: 89 0c 85 04 30 10 00
    add eax, 1                           ; 10048d: 83 c0 01
    cmp eax, 4                           ; 100490: 83 f8 04
    jl short .L2                         ; 100493: 7c ec
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 100495: b8 18 30 10 00
    push eax                             ; 10049a: 50
    push 2                               ; 10049b: 6a 02
    push 0                               ; 10049d: 6a 00
    push 0                               ; 10049f: 6a 00
    call targets                         ; 1004a1: e8 ed fd ff ff
    add esp, 0x10                        ; 1004a6: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov ecx, 0x3e8                       ; 1004a9: b9 e8 03 00 00
    mov eax, str_11                      ; 1004ae: b8 94 10 10 00
    push 4                               ; 1004b3: 6a 04
    push ecx                             ; 1004b5: 51
    push 0x3b                            ; 1004b6: 6a 3b
    push eax                             ; 1004b8: 50
    call boundsTrap                      ; 1004b9: e8 99 fc ff ff
    add esp, 0x10                        ; 1004be: 83 c4 10

__tskc_init:
    push ebp                             ; 1004c1: 55
    mov ebp, esp                         ; 1004c2: 89 e5
    mov dword [a], 4                     ; 1004c4: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 1004ce: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 1004d8: c7 05 28 30 10 00 04 00 00 00
    pop ebp                              ; 1004e2: 5d
    ret                                  ; 1004e3: c3

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
