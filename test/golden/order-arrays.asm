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
    call __tskc_init                     ; 10003b: e8 e9 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 86 03 00 00
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
    mov eax, [esp+4]                     ; 1000f0: 8b 44 24 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test eax, eax                        ; 1000f4: 85 c0
    jge short .L2                        ; 1000f6: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push ebx                             ; 1000f8: 53
    mov ebx, eax                         ; 1000f9: 89 c3
    push 0x2d                            ; 1000fb: 6a 2d
    call putc                            ; 1000fd: e8 49 ff ff ff
    add esp, 4                           ; 100102: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 100105: f7 db
    push ebx                             ; 100107: 53
    call printU32                        ; 100108: e8 a9 ff ff ff
    add esp, 4                           ; 10010d: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100110: 5b
    ret                                  ; 100111: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push eax                             ; 100112: 50
    call printU32                        ; 100113: e8 9e ff ff ff
    add esp, 4                           ; 100118: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    ret                                  ; 10011b: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10011c: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100120: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100122: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100123: f4
    jmp short .L2                        ; 100124: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:19: export function onBoundsError(handler: BoundsHandler): void {
    mov eax, [esp+4]                     ; 100126: 8b 44 24 04
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10012a: a3 00 20 10 00
    ; runtime/lib/trap.ts:21: }
    ret                                  ; 10012f: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100130: 53
    push esi                             ; 100131: 56
    mov esi, [esp+0xc]                   ; 100132: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100136: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10013a: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10013e: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100142: a1 00 20 10 00
    push ecx                             ; 100147: 51
    push edx                             ; 100148: 52
    push ebx                             ; 100149: 53
    push esi                             ; 10014a: 56
    call eax                             ; 10014b: ff d0
    add esp, 0x10                        ; 10014d: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100150: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100151: f4
    jmp short .L2                        ; 100152: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100154: 53
    push esi                             ; 100155: 56
    push edi                             ; 100156: 57
    mov ebx, [esp+0x14]                  ; 100157: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10015b: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10015f: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100163: b8 1c 10 10 00
    push eax                             ; 100168: 50
    call print                           ; 100169: e8 0c ff ff ff
    add esp, 4                           ; 10016e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100171: 57
    call printU32                        ; 100172: e8 3f ff ff ff
    add esp, 4                           ; 100177: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10017a: b8 3c 10 10 00
    push eax                             ; 10017f: 50
    call print                           ; 100180: e8 f5 fe ff ff
    add esp, 4                           ; 100185: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100188: 56
    call printU32                        ; 100189: e8 28 ff ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100191: b8 5c 10 10 00
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 de fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10019f: ff 74 24 10
    call print                           ; 1001a3: e8 d2 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 1001ab: b8 64 10 10 00
    push eax                             ; 1001b0: 50
    call print                           ; 1001b1: e8 c4 fe ff ff
    add esp, 4                           ; 1001b6: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1001b9: 53
    call printU32                        ; 1001ba: e8 f7 fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 1001c2: b8 6c 10 10 00
    push eax                             ; 1001c7: 50
    call println                         ; 1001c8: e8 d1 fe ff ff
    add esp, 4                           ; 1001cd: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1001d0: 6a 65
    call exit                            ; 1001d2: e8 45 ff ff ff
    add esp, 4                           ; 1001d7: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1001da: 5f
    pop esi                              ; 1001db: 5e
    pop ebx                              ; 1001dc: 5b
    ret                                  ; 1001dd: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebx                             ; 1001de: 53
    mov eax, [esp+8]                     ; 1001df: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001e3: 8b 5c 24 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 1001e7: 50
    call print                           ; 1001e8: e8 8d fe ff ff
    add esp, 4                           ; 1001ed: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 1001f0: b8 70 10 10 00
    push eax                             ; 1001f5: 50
    call print                           ; 1001f6: e8 7f fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; test/golden/order-arrays.ts:17: printI32(value);
    push ebx                             ; 1001fe: 53
    call printI32                        ; 1001ff: e8 ec fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 100207: b8 6c 10 10 00
    push eax                             ; 10020c: 50
    call println                         ; 10020d: e8 8c fe ff ff
    add esp, 4                           ; 100212: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 100215: 5b
    ret                                  ; 100216: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100217: 53
    push esi                             ; 100218: 56
    mov esi, [esp+0x14]                  ; 100219: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 10021d: 8b 5c 24 18
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 100221: b8 78 10 10 00
    push eax                             ; 100226: 50
    call print                           ; 100227: e8 4e fe ff ff
    add esp, 4                           ; 10022c: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push esi                             ; 10022f: 56
    call printU32                        ; 100230: e8 81 fe ff ff
    add esp, 4                           ; 100235: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 100238: b8 8c 10 10 00
    push eax                             ; 10023d: 50
    call print                           ; 10023e: e8 37 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push ebx                             ; 100246: 53
    call printU32                        ; 100247: e8 6a fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 10024f: b8 6c 10 10 00
    push eax                             ; 100254: 50
    call println                         ; 100255: e8 44 fe ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 10025d: 6a 00
    call exit                            ; 10025f: e8 b8 fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100267: 5e
    pop ebx                              ; 100268: 5b
    ret                                  ; 100269: c3

targets:
    ; test/golden/order-arrays.ts:31: function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebx                             ; 10026a: 53
    push esi                             ; 10026b: 56
    push edi                             ; 10026c: 57
    mov eax, [esp+0x10]                  ; 10026d: 8b 44 24 10
    mov ebx, [esp+0x14]                  ; 100271: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 100275: 8b 74 24 18
    mov edi, [esp+0x1c]                  ; 100279: 8b 7c 24 1c
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    cmp eax, 4                           ; 10027d: 83 f8 04
    jae near .L29                        ; 100280: 0f 83 d7 00 00 00
    mov dword [eax*4+b+4], 0x3e8         ; 100286: c7 04 85 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov ecx, str_12                      ; 100291: b9 b4 10 10 00
    mov eax, [b+4]                       ; 100296: a1 18 30 10 00
    push eax                             ; 10029b: 50
    push ecx                             ; 10029c: 51
    call show                            ; 10029d: e8 3c ff ff ff
    add esp, 8                           ; 1002a2: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    cmp ebx, 4                           ; 1002a5: 83 fb 04
    jae near .L30                        ; 1002a8: 0f 83 be 00 00 00
    lea eax, [ebx+1]                     ; 1002ae: 8d 43 01
    cmp eax, 4                           ; 1002b1: 83 f8 04
    jae near .L31                        ; 1002b4: 0f 83 c1 00 00 00
    mov eax, [eax*4+a+4]                 ; 1002ba: 8b 04 85 04 30 10 00
    mov [ebx*4+b+4], eax                 ; 1002c1: 89 04 9d 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov ecx, str_13                      ; 1002c8: b9 d0 10 10 00
    mov eax, [b+4]                       ; 1002cd: a1 18 30 10 00
    push eax                             ; 1002d2: 50
    push ecx                             ; 1002d3: 51
    call show                            ; 1002d4: e8 05 ff ff ff
    add esp, 8                           ; 1002d9: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    cmp esi, 4                           ; 1002dc: 83 fe 04
    jae near .L32                        ; 1002df: 0f 83 a5 00 00 00
    lea ebx, [esi+1]                     ; 1002e5: 8d 5e 01
    mov [esi*4+b+4], esi                 ; 1002e8: 89 34 b5 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov ecx, str_14                      ; 1002ef: b9 e8 10 10 00
    mov eax, [b+12]                      ; 1002f4: a1 20 30 10 00
    push eax                             ; 1002f9: 50
    push ecx                             ; 1002fa: 51
    call show                            ; 1002fb: e8 de fe ff ff
    add esp, 8                           ; 100300: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, [edi-4]                     ; 100303: 8b 47 fc
    cmp ebx, eax                         ; 100306: 39 c3
    jae near .L33                        ; 100308: 0f 83 8b 00 00 00
    mov esi, a+4                         ; 10030e: be 04 30 10 00
    cmp esi, esi                         ; 100313: 39 f6
    jne short .L22                       ; 100315: 75 07
    mov eax, 1                           ; 100317: b8 01 00 00 00
    jmp short .L23                       ; 10031c: eb 02
.L22:
    xor eax, eax                         ; 10031e: 31 c0
.L23:
    mov [edi+ebx*4], eax                 ; 100320: 89 04 9f
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov ecx, str_15                      ; 100323: b9 fc 10 10 00
    mov eax, [b+16]                      ; 100328: a1 24 30 10 00
    push eax                             ; 10032d: 50
    push ecx                             ; 10032e: 51
    call show                            ; 10032f: e8 aa fe ff ff
    add esp, 8                           ; 100334: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov edi, [esi-4]                     ; 100337: 8b 7e fc
    xor ebx, ebx                         ; 10033a: 31 db
    cmp ebx, edi                         ; 10033c: 39 fb
    jae short .L28                       ; 10033e: 73 19
.L26:
    mov ecx, [esi+ebx*4]                 ; 100340: 8b 0c 9e
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov eax, str_16                      ; 100343: b8 20 11 10 00
    push ecx                             ; 100348: 51
    push eax                             ; 100349: 50
    call show                            ; 10034a: e8 8f fe ff ff
    add esp, 8                           ; 10034f: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add ebx, 1                           ; 100352: 83 c3 01
    cmp ebx, edi                         ; 100355: 39 fb
    jb short .L26                        ; 100357: 72 e7
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 100359: 5f
    pop esi                              ; 10035a: 5e
    pop ebx                              ; 10035b: 5b
    ret                                  ; 10035c: c3
.L29:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    push 4                               ; 10035d: 6a 04
    push eax                             ; 10035f: 50
    push 0x20                            ; 100360: 6a 20
    push str_11                          ; 100362: 68 94 10 10 00
    call boundsTrap                      ; 100367: e8 c4 fd ff ff
.L30:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    push 4                               ; 10036c: 6a 04
    push ebx                             ; 10036e: 53
    push 0x22                            ; 10036f: 6a 22
    push str_11                          ; 100371: 68 94 10 10 00
    call boundsTrap                      ; 100376: e8 b5 fd ff ff
.L31:
    push 4                               ; 10037b: 6a 04
    push eax                             ; 10037d: 50
    push 0x22                            ; 10037e: 6a 22
    push str_11                          ; 100380: 68 94 10 10 00
    call boundsTrap                      ; 100385: e8 a6 fd ff ff
.L32:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    push 4                               ; 10038a: 6a 04
    push esi                             ; 10038c: 56
    push 0x24                            ; 10038d: 6a 24
    push str_11                          ; 10038f: 68 94 10 10 00
    call boundsTrap                      ; 100394: e8 97 fd ff ff
.L33:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    push eax                             ; 100399: 50
    push ebx                             ; 10039a: 53
    push 0x26                            ; 10039b: 6a 26
    push str_11                          ; 10039d: 68 94 10 10 00
    call boundsTrap                      ; 1003a2: e8 89 fd ff ff

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 1003a7: 55
    mov ebp, esp                         ; 1003a8: 89 e5
    push ebx                             ; 1003aa: 53
    push esi                             ; 1003ab: 56
    push edi                             ; 1003ac: 57
    mov ebx, [ebp+8]                     ; 1003ad: 8b 5d 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 1003b0: bf 4c 11 10 00
    mov esi, 5                           ; 1003b5: be 05 00 00 00
    mov eax, ebx                         ; 1003ba: 89 d8
    sub eax, esi                         ; 1003bc: 29 f0
    push eax                             ; 1003be: 50
    push edi                             ; 1003bf: 57
    call show                            ; 1003c0: e8 19 fe ff ff
    add esp, 8                           ; 1003c5: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 1003c8: 5f
    pop esi                              ; 1003c9: 5e
    pop ebx                              ; 1003ca: 5b
    pop ebp                              ; 1003cb: 5d
    ret                                  ; 1003cc: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push 3                               ; 1003cd: 6a 03
    call asmOperands                     ; 1003cf: e8 d3 ff ff ff
    add esp, 4                           ; 1003d4: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 1003d7: b8 17 02 10 00
    push eax                             ; 1003dc: 50
    call onBoundsError                   ; 1003dd: e8 44 fd ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    xor eax, eax                         ; 1003e5: 31 c0
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    cmp eax, 4                           ; 1003e7: 83 f8 04
    jge short .L4                        ; 1003ea: 7d 12
.L7:
    lea ecx, [eax+0xa]                   ; 1003ec: 8d 48 0a
    mov [eax*4+a+4], ecx                 ; 1003ef: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1003f6: 83 c0 01
    cmp eax, 4                           ; 1003f9: 83 f8 04
    jl short .L7                         ; 1003fc: 7c ee
.L4:
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 1003fe: b8 18 30 10 00
    push eax                             ; 100403: 50
    push 2                               ; 100404: 6a 02
    push 0                               ; 100406: 6a 00
    push 0                               ; 100408: 6a 00
    call targets                         ; 10040a: e8 5b fe ff ff
    add esp, 0x10                        ; 10040f: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, str_11                      ; 100412: b8 94 10 10 00
    push 4                               ; 100417: 6a 04
    push 0x3e8                           ; 100419: 68 e8 03 00 00
    push 0x3b                            ; 10041e: 6a 3b
    push eax                             ; 100420: 50
    call boundsTrap                      ; 100421: e8 0a fd ff ff
    add esp, 0x10                        ; 100426: 83 c4 10

__tskc_init:
    mov dword [a], 4                     ; 100429: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 100433: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 10043d: c7 05 28 30 10 00 04 00 00 00
    ret                                  ; 100447: c3

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
