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
    call __tskc_init                     ; 10003b: e8 e0 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 72 03 00 00
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
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000d9: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000dd: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 1000df: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 1000e0: f4
    jmp short .L2                        ; 1000e1: eb fd

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1000e3: 53
    push esi                             ; 1000e4: 56
    mov esi, [esp+0xc]                   ; 1000e5: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1000e9: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1000ed: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1000f1: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1000f5: a1 00 20 10 00
    push ecx                             ; 1000fa: 51
    push edx                             ; 1000fb: 52
    push ebx                             ; 1000fc: 53
    push esi                             ; 1000fd: 56
    call eax                             ; 1000fe: ff d0
    add esp, 0x10                        ; 100100: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100103: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100104: f4
    jmp short .L2                        ; 100105: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100107: 53
    push esi                             ; 100108: 56
    push edi                             ; 100109: 57
    mov ebx, [esp+0x14]                  ; 10010a: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10010e: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100112: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_2                       ; 100116: b8 00 10 10 00
    push eax                             ; 10011b: 50
    call print                           ; 10011c: e8 59 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100124: 57
    call printU32                        ; 100125: e8 75 ff ff ff
    add esp, 4                           ; 10012a: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_3                       ; 10012d: b8 20 10 10 00
    push eax                             ; 100132: 50
    call print                           ; 100133: e8 42 ff ff ff
    add esp, 4                           ; 100138: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10013b: 56
    call printU32                        ; 10013c: e8 5e ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_4                       ; 100144: b8 40 10 10 00
    push eax                             ; 100149: 50
    call print                           ; 10014a: e8 2b ff ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100152: ff 74 24 10
    call print                           ; 100156: e8 1f ff ff ff
    add esp, 4                           ; 10015b: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_5                       ; 10015e: b8 48 10 10 00
    push eax                             ; 100163: 50
    call print                           ; 100164: e8 11 ff ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10016c: 53
    call printU32                        ; 10016d: e8 2d ff ff ff
    add esp, 4                           ; 100172: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_6                       ; 100175: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 fa fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100183: 6a 0a
    call putc                            ; 100185: e8 c1 fe ff ff
    add esp, 4                           ; 10018a: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10018d: 6a 65
    call exit                            ; 10018f: e8 45 ff ff ff
    add esp, 4                           ; 100194: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100197: 5f
    pop esi                              ; 100198: 5e
    pop ebx                              ; 100199: 5b
    ret                                  ; 10019a: c3

show:
    ; test/golden/order-arrays.ts:14: function show(label: string, value: i32): void {
    push ebx                             ; 10019b: 53
    mov eax, [esp+8]                     ; 10019c: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001a0: 8b 5c 24 0c
    ; test/golden/order-arrays.ts:15: print(label);
    push eax                             ; 1001a4: 50
    call print                           ; 1001a5: e8 d0 fe ff ff
    add esp, 4                           ; 1001aa: 83 c4 04
    ; test/golden/order-arrays.ts:16: print(" = ");
    mov eax, str_8                       ; 1001ad: b8 54 10 10 00
    push eax                             ; 1001b2: 50
    call print                           ; 1001b3: e8 c2 fe ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1001bb: 85 db
    jge short .L5                        ; 1001bd: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1001bf: 6a 2d
    call putc                            ; 1001c1: e8 85 fe ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1001c9: f7 db
    push ebx                             ; 1001cb: 53
    call printU32                        ; 1001cc: e8 ce fe ff ff
    add esp, 4                           ; 1001d1: 83 c4 04
    jmp short .L2                        ; 1001d4: eb 09
.L5:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1001d6: 53
    call printU32                        ; 1001d7: e8 c3 fe ff ff
    add esp, 4                           ; 1001dc: 83 c4 04
.L2:
    ; test/golden/order-arrays.ts:18: println("");
    mov eax, str_6                       ; 1001df: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001e4: 50
    call print                           ; 1001e5: e8 90 fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001ed: 6a 0a
    call putc                            ; 1001ef: e8 57 fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    ; test/golden/order-arrays.ts:19: }
    pop ebx                              ; 1001f7: 5b
    ret                                  ; 1001f8: c3

stop:
    ; test/golden/order-arrays.ts:21: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1001f9: 53
    push esi                             ; 1001fa: 56
    mov esi, [esp+0x14]                  ; 1001fb: 8b 74 24 14
    mov ebx, [esp+0x18]                  ; 1001ff: 8b 5c 24 18
    ; test/golden/order-arrays.ts:22: print("trapped: index ");
    mov eax, str_9                       ; 100203: b8 5c 10 10 00
    push eax                             ; 100208: 50
    call print                           ; 100209: e8 6c fe ff ff
    add esp, 4                           ; 10020e: 83 c4 04
    ; test/golden/order-arrays.ts:23: printU32(index);
    push esi                             ; 100211: 56
    call printU32                        ; 100212: e8 88 fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; test/golden/order-arrays.ts:24: print(" of ");
    mov eax, str_10                      ; 10021a: b8 70 10 10 00
    push eax                             ; 10021f: 50
    call print                           ; 100220: e8 55 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; test/golden/order-arrays.ts:25: printU32(length);
    push ebx                             ; 100228: 53
    call printU32                        ; 100229: e8 71 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; test/golden/order-arrays.ts:26: println("");
    mov eax, str_6                       ; 100231: b8 50 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100236: 50
    call print                           ; 100237: e8 3e fe ff ff
    add esp, 4                           ; 10023c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10023f: 6a 0a
    call putc                            ; 100241: e8 05 fe ff ff
    add esp, 4                           ; 100246: 83 c4 04
    ; test/golden/order-arrays.ts:27: exit(0);
    push 0                               ; 100249: 6a 00
    call exit                            ; 10024b: e8 89 fe ff ff
    add esp, 4                           ; 100250: 83 c4 04
    ; test/golden/order-arrays.ts:28: }
    pop esi                              ; 100253: 5e
    pop ebx                              ; 100254: 5b
    ret                                  ; 100255: c3

targets:
    ; test/golden/order-arrays.ts:31: /** @noinline */ function targets(j: i32, q: i32, z: i32, arr: StaticArray<i32>): void {
    push ebx                             ; 100256: 53
    push esi                             ; 100257: 56
    push edi                             ; 100258: 57
    mov eax, [esp+0x10]                  ; 100259: 8b 44 24 10
    mov ebx, [esp+0x14]                  ; 10025d: 8b 5c 24 14
    mov esi, [esp+0x18]                  ; 100261: 8b 74 24 18
    mov edi, [esp+0x1c]                  ; 100265: 8b 7c 24 1c
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    cmp eax, 4                           ; 100269: 83 f8 04
    jae near .L29                        ; 10026c: 0f 83 d7 00 00 00
    mov dword [eax*4+b+4], 0x3e8         ; 100272: c7 04 85 18 30 10 00 e8 03 00 00
    ; test/golden/order-arrays.ts:33: show("b[j] = (j = 1000): b[0]", b[0]);
    mov ecx, str_12                      ; 10027d: b9 98 10 10 00
    mov eax, [b+4]                       ; 100282: a1 18 30 10 00
    push eax                             ; 100287: 50
    push ecx                             ; 100288: 51
    call show                            ; 100289: e8 0d ff ff ff
    add esp, 8                           ; 10028e: 83 c4 08
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    cmp ebx, 4                           ; 100291: 83 fb 04
    jae near .L30                        ; 100294: 0f 83 be 00 00 00
    lea eax, [ebx+1]                     ; 10029a: 8d 43 01
    cmp eax, 4                           ; 10029d: 83 f8 04
    jae near .L31                        ; 1002a0: 0f 83 c1 00 00 00
    mov eax, [eax*4+a+4]                 ; 1002a6: 8b 04 85 04 30 10 00
    mov [ebx*4+b+4], eax                 ; 1002ad: 89 04 9d 18 30 10 00
    ; test/golden/order-arrays.ts:35: show("b[q] = a[++q]: b[0]", b[0]);
    mov ecx, str_13                      ; 1002b4: b9 b4 10 10 00
    mov eax, [b+4]                       ; 1002b9: a1 18 30 10 00
    push eax                             ; 1002be: 50
    push ecx                             ; 1002bf: 51
    call show                            ; 1002c0: e8 d6 fe ff ff
    add esp, 8                           ; 1002c5: 83 c4 08
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    cmp esi, 4                           ; 1002c8: 83 fe 04
    jae near .L32                        ; 1002cb: 0f 83 a5 00 00 00
    lea ebx, [esi+1]                     ; 1002d1: 8d 5e 01
    mov [esi*4+b+4], esi                 ; 1002d4: 89 34 b5 18 30 10 00
    ; test/golden/order-arrays.ts:37: show("b[z] = z++: b[2]", b[2]);
    mov ecx, str_14                      ; 1002db: b9 cc 10 10 00
    mov eax, [b+12]                      ; 1002e0: a1 20 30 10 00
    push eax                             ; 1002e5: 50
    push ecx                             ; 1002e6: 51
    call show                            ; 1002e7: e8 af fe ff ff
    add esp, 8                           ; 1002ec: 83 c4 08
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    mov eax, [edi-4]                     ; 1002ef: 8b 47 fc
    cmp ebx, eax                         ; 1002f2: 39 c3
    jae near .L33                        ; 1002f4: 0f 83 8b 00 00 00
    mov esi, a+4                         ; 1002fa: be 04 30 10 00
    cmp esi, esi                         ; 1002ff: 39 f6
    jne short .L22                       ; 100301: 75 07
    mov eax, 1                           ; 100303: b8 01 00 00 00
    jmp short .L23                       ; 100308: eb 02
.L22:
    xor eax, eax                         ; 10030a: 31 c0
.L23:
    mov [edi+ebx*4], eax                 ; 10030c: 89 04 9f
    ; test/golden/order-arrays.ts:39: show("arr[z] = ((arr = a) == a): b[3]", b[3]);
    mov ecx, str_15                      ; 10030f: b9 e0 10 10 00
    mov eax, [b+16]                      ; 100314: a1 24 30 10 00
    push eax                             ; 100319: 50
    push ecx                             ; 10031a: 51
    call show                            ; 10031b: e8 7b fe ff ff
    add esp, 8                           ; 100320: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    mov edi, [esi-4]                     ; 100323: 8b 7e fc
    xor ebx, ebx                         ; 100326: 31 db
    test edi, edi                        ; 100328: 85 ff
    jbe short .L28                       ; 10032a: 76 19
.L26:
    mov ecx, [esi+ebx*4]                 ; 10032c: 8b 0c 9e
    ; test/golden/order-arrays.ts:42: show("for...of walks the array it started with", x);
    mov eax, str_16                      ; 10032f: b8 04 11 10 00
    push ecx                             ; 100334: 51
    push eax                             ; 100335: 50
    call show                            ; 100336: e8 60 fe ff ff
    add esp, 8                           ; 10033b: 83 c4 08
    ; test/golden/order-arrays.ts:40: for (const x of arr) {
    add ebx, 1                           ; 10033e: 83 c3 01
    cmp ebx, edi                         ; 100341: 39 fb
    jb short .L26                        ; 100343: 72 e7
.L28:
    ; test/golden/order-arrays.ts:44: }
    pop edi                              ; 100345: 5f
    pop esi                              ; 100346: 5e
    pop ebx                              ; 100347: 5b
    ret                                  ; 100348: c3
.L29:
    ; test/golden/order-arrays.ts:32: b[j] = (j = 1000);
    push 4                               ; 100349: 6a 04
    push eax                             ; 10034b: 50
    push 0x20                            ; 10034c: 6a 20
    push str_11                          ; 10034e: 68 78 10 10 00
    call boundsTrap                      ; 100353: e8 8b fd ff ff
.L30:
    ; test/golden/order-arrays.ts:34: b[q] = a[++q];
    push 4                               ; 100358: 6a 04
    push ebx                             ; 10035a: 53
    push 0x22                            ; 10035b: 6a 22
    push str_11                          ; 10035d: 68 78 10 10 00
    call boundsTrap                      ; 100362: e8 7c fd ff ff
.L31:
    push 4                               ; 100367: 6a 04
    push eax                             ; 100369: 50
    push 0x22                            ; 10036a: 6a 22
    push str_11                          ; 10036c: 68 78 10 10 00
    call boundsTrap                      ; 100371: e8 6d fd ff ff
.L32:
    ; test/golden/order-arrays.ts:36: b[z] = z++;
    push 4                               ; 100376: 6a 04
    push esi                             ; 100378: 56
    push 0x24                            ; 100379: 6a 24
    push str_11                          ; 10037b: 68 78 10 10 00
    call boundsTrap                      ; 100380: e8 5e fd ff ff
.L33:
    ; test/golden/order-arrays.ts:38: arr[z] = (arr = a) == a ? 1 : 0;
    push eax                             ; 100385: 50
    push ebx                             ; 100386: 53
    push 0x26                            ; 100387: 6a 26
    push str_11                          ; 100389: 68 78 10 10 00
    call boundsTrap                      ; 10038e: e8 50 fd ff ff

asmOperands:
    ; test/golden/order-arrays.ts:47: function asmOperands(x: u32): void {
    push ebp                             ; 100393: 55
    mov ebp, esp                         ; 100394: 89 e5
    push ebx                             ; 100396: 53
    push esi                             ; 100397: 56
    push edi                             ; 100398: 57
    mov ebx, [ebp+8]                     ; 100399: 8b 5d 08
    ; test/golden/order-arrays.ts:48: show("asm ${x} - ${x = 5}", i32(asm`mov eax, ${x}
    mov edi, str_17                      ; 10039c: bf 30 11 10 00
    mov esi, 5                           ; 1003a1: be 05 00 00 00
    mov eax, ebx                         ; 1003a6: 89 d8
    sub eax, esi                         ; 1003a8: 29 f0
    push eax                             ; 1003aa: 50
    push edi                             ; 1003ab: 57
    call show                            ; 1003ac: e8 ea fd ff ff
    add esp, 8                           ; 1003b1: 83 c4 08
    ; test/golden/order-arrays.ts:50: }
    pop edi                              ; 1003b4: 5f
    pop esi                              ; 1003b5: 5e
    pop ebx                              ; 1003b6: 5b
    pop ebp                              ; 1003b7: 5d
    ret                                  ; 1003b8: c3

main:
    ; test/golden/order-arrays.ts:53: asmOperands(3);
    push 3                               ; 1003b9: 6a 03
    call asmOperands                     ; 1003bb: e8 d3 ff ff ff
    add esp, 4                           ; 1003c0: 83 c4 04
    ; test/golden/order-arrays.ts:54: onBoundsError(stop);
    mov eax, stop                        ; 1003c3: b8 f9 01 10 00
    ; runtime/lib/trap.ts:20: boundsHandler = handler;
    mov [boundsHandler], eax             ; 1003c8: a3 00 20 10 00
    ; test/golden/order-arrays.ts:55: for (let k = 0; k < 4; k++) a[k] = 10 + k;
    mov dword [a+4], 0xa                 ; 1003cd: c7 05 04 30 10 00 0a 00 00 00
    mov dword [a+8], 0xb                 ; 1003d7: c7 05 08 30 10 00 0b 00 00 00
    mov dword [a+12], 0xc                ; 1003e1: c7 05 0c 30 10 00 0c 00 00 00
    mov dword [a+16], 0xd                ; 1003eb: c7 05 10 30 10 00 0d 00 00 00
    ; test/golden/order-arrays.ts:56: targets(0, 0, 2, b);
    mov eax, b+4                         ; 1003f5: b8 18 30 10 00
    push eax                             ; 1003fa: 50
    push 2                               ; 1003fb: 6a 02
    push 0                               ; 1003fd: 6a 00
    push 0                               ; 1003ff: 6a 00
    call targets                         ; 100401: e8 50 fe ff ff
    add esp, 0x10                        ; 100406: 83 c4 10
    ; test/golden/order-arrays.ts:59: b[i] = (i = 0);
    mov eax, str_11                      ; 100409: b8 78 10 10 00
    push 4                               ; 10040e: 6a 04
    push 0x3e8                           ; 100410: 68 e8 03 00 00
    push 0x3b                            ; 100415: 6a 3b
    push eax                             ; 100417: 50
    call boundsTrap                      ; 100418: e8 c6 fc ff ff
    add esp, 0x10                        ; 10041d: 83 c4 10

__tskc_init:
    mov dword [a], 4                     ; 100420: c7 05 00 30 10 00 04 00 00 00
    mov dword [b], 4                     ; 10042a: c7 05 14 30 10 00 04 00 00 00
    mov dword [guard], 4                 ; 100434: c7 05 28 30 10 00 04 00 00 00
    ret                                  ; 10043e: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1020 - ($ - $$) db 0
str_3:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1048 - ($ - $$) db 0
str_5:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1050 - ($ - $$) db 0
str_6:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1054 - ($ - $$) db 0
str_8:  ; " = "
    db 0x3, 0x0, 0x0, 0x0, 0x20, 0x3d, 0x20
    times 0x105c - ($ - $$) db 0
str_9:  ; "trapped: index "
    db 0xf, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64
    db 0x65, 0x78, 0x20
    times 0x1070 - ($ - $$) db 0
str_10:  ; " of "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x6f, 0x66, 0x20
    times 0x1078 - ($ - $$) db 0
str_11:  ; "test/golden/order-arrays.ts"
    db 0x1b, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6f, 0x72, 0x64, 0x65, 0x72, 0x2d, 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x1098 - ($ - $$) db 0
str_12:  ; "b[j] = (j = 1000): b[0]"
    db 0x17, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x6a, 0x5d, 0x20, 0x3d, 0x20, 0x28, 0x6a, 0x20, 0x3d, 0x20
    db 0x31, 0x30, 0x30, 0x30, 0x29, 0x3a, 0x20, 0x62, 0x5b, 0x30, 0x5d
    times 0x10b4 - ($ - $$) db 0
str_13:  ; "b[q] = a[++q]: b[0]"
    db 0x13, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x71, 0x5d, 0x20, 0x3d, 0x20, 0x61, 0x5b, 0x2b, 0x2b, 0x71
    db 0x5d, 0x3a, 0x20, 0x62, 0x5b, 0x30, 0x5d
    times 0x10cc - ($ - $$) db 0
str_14:  ; "b[z] = z++: b[2]"
    db 0x10, 0x0, 0x0, 0x0, 0x62, 0x5b, 0x7a, 0x5d, 0x20, 0x3d, 0x20, 0x7a, 0x2b, 0x2b, 0x3a, 0x20
    db 0x62, 0x5b, 0x32, 0x5d
    times 0x10e0 - ($ - $$) db 0
str_15:  ; "arr[z] = ((arr = a) == a): b[3]"
    db 0x1f, 0x0, 0x0, 0x0, 0x61, 0x72, 0x72, 0x5b, 0x7a, 0x5d, 0x20, 0x3d, 0x20, 0x28, 0x28, 0x61
    db 0x72, 0x72, 0x20, 0x3d, 0x20, 0x61, 0x29, 0x20, 0x3d, 0x3d, 0x20, 0x61, 0x29, 0x3a, 0x20, 0x62
    db 0x5b, 0x33, 0x5d
    times 0x1104 - ($ - $$) db 0
str_16:  ; "for...of walks the array it started with"
    db 0x28, 0x0, 0x0, 0x0, 0x66, 0x6f, 0x72, 0x2e, 0x2e, 0x2e, 0x6f, 0x66, 0x20, 0x77, 0x61, 0x6c
    db 0x6b, 0x73, 0x20, 0x74, 0x68, 0x65, 0x20, 0x61, 0x72, 0x72, 0x61, 0x79, 0x20, 0x69, 0x74, 0x20
    db 0x73, 0x74, 0x61, 0x72, 0x74, 0x65, 0x64, 0x20, 0x77, 0x69, 0x74, 0x68
    times 0x1130 - ($ - $$) db 0
str_17:  ; "asm ${x} - ${x = 5}"
    db 0x13, 0x0, 0x0, 0x0, 0x61, 0x73, 0x6d, 0x20, 0x24, 0x7b, 0x78, 0x7d, 0x20, 0x2d, 0x20, 0x24
    db 0x7b, 0x78, 0x20, 0x3d, 0x20, 0x35, 0x7d

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
