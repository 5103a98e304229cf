; tskc 0.1.0 listing of test/golden/loop-versioning.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 10 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 10 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 38 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 05 02 00 00
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

mark:
    ; test/golden/loop-versioning.ts:11: function mark(first: i32, last: i32, step: i32, shift: i32): void {
    push ebx                             ; 100126: 53
    push esi                             ; 100127: 56
    push edi                             ; 100128: 57
    mov ebx, [esp+0x10]                  ; 100129: 8b 5c 24 10
    mov edi, [esp+0x14]                  ; 10012d: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 100131: 8b 74 24 18
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    mov eax, 0x7fffffff                  ; 100135: b8 ff ff ff 7f
    sub eax, esi                         ; 10013a: 29 f0
    mov edx, [esp+0x1c]                  ; 10013c: 8b 54 24 1c
    lea ecx, [ebx+edx]                   ; 100140: 8d 0c 13
    lea edx, [edi+edx]                   ; 100143: 8d 14 17
    test esi, esi                        ; 100146: 85 f6
    jle short .L1                        ; 100148: 7e 11
    cmp edi, eax                         ; 10014a: 39 c7
    jg short .L1                         ; 10014c: 7f 0d
    test ecx, ecx                        ; 10014e: 85 c9
    jl short .L1                         ; 100150: 7c 09
    cmp ecx, edx                         ; 100152: 39 d1
    jg short .L1                         ; 100154: 7f 05
    cmp edx, 0xa                         ; 100156: 83 fa 0a
    jl short .L8                         ; 100159: 7c 46
.L1:
    cmp ebx, edi                         ; 10015b: 39 fb
    jg short .L4                         ; 10015d: 7f 30
.L2:
    ; test/golden/loop-versioning.ts:13: printI32(j);
    push ebx                             ; 10015f: 53
    call printI32                        ; 100160: e8 8b ff ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 100168: b8 1c 10 10 00
    push eax                             ; 10016d: 50
    call print                           ; 10016e: e8 07 ff ff ff
    add esp, 4                           ; 100173: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov edx, [esp+0x1c]                  ; 100176: 8b 54 24 1c
    lea eax, [ebx+edx]                   ; 10017a: 8d 04 13
    cmp eax, 0xa                         ; 10017d: 83 f8 0a
    jae short .L20                       ; 100180: 73 5e
    mov byte [eax+a+4], 1                ; 100182: c6 80 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, esi                         ; 100189: 01 f3
    cmp ebx, edi                         ; 10018b: 39 fb
    jle short .L2                        ; 10018d: 7e d0
.L4:
    ; test/golden/loop-versioning.ts:17: println("");
    mov eax, str_4                       ; 10018f: b8 48 10 10 00
    push eax                             ; 100194: 50
    call println                         ; 100195: e8 04 ff ff ff
    add esp, 4                           ; 10019a: 83 c4 04
    ; test/golden/loop-versioning.ts:18: }
    pop edi                              ; 10019d: 5f
    pop esi                              ; 10019e: 5e
    pop ebx                              ; 10019f: 5b
    ret                                  ; 1001a0: c3
.L8:
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    cmp ebx, edi                         ; 1001a1: 39 fb
    jg short .L12                        ; 1001a3: 7f 29
.L11:
    ; test/golden/loop-versioning.ts:13: printI32(j);
    push ebx                             ; 1001a5: 53
    call printI32                        ; 1001a6: e8 45 ff ff ff
    add esp, 4                           ; 1001ab: 83 c4 04
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 1001ae: b8 1c 10 10 00
    push eax                             ; 1001b3: 50
    call print                           ; 1001b4: e8 c1 fe ff ff
    add esp, 4                           ; 1001b9: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov edx, [esp+0x1c]                  ; 1001bc: 8b 54 24 1c
    mov byte [ebx+edx+a+4], 1            ; 1001c0: c6 84 13 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, esi                         ; 1001c8: 01 f3
    cmp ebx, edi                         ; 1001ca: 39 fb
    jle short .L11                       ; 1001cc: 7e d7
.L12:
    ; test/golden/loop-versioning.ts:17: println("");
    mov eax, str_4                       ; 1001ce: b8 48 10 10 00
    push eax                             ; 1001d3: 50
    call println                         ; 1001d4: e8 c5 fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/loop-versioning.ts:18: }
    pop edi                              ; 1001dc: 5f
    pop esi                              ; 1001dd: 5e
    pop ebx                              ; 1001de: 5b
    ret                                  ; 1001df: c3
.L20:
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    push 0xa                             ; 1001e0: 6a 0a
    push eax                             ; 1001e2: 50
    push 0xf                             ; 1001e3: 6a 0f
    push str_3                           ; 1001e5: 68 24 10 10 00
    call boundsTrap                      ; 1001ea: e8 db 00 00 00

count:
    ; test/golden/loop-versioning.ts:21: function count(top: i32, bottom: i32): u32 {
    push ebx                             ; 1001ef: 53
    mov ecx, [esp+8]                     ; 1001f0: 8b 4c 24 08
    mov edx, [esp+0xc]                   ; 1001f4: 8b 54 24 0c
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    lea eax, [edx+1]                     ; 1001f8: 8d 42 01
    test eax, eax                        ; 1001fb: 85 c0
    jl short .L14                        ; 1001fd: 7c 09
    cmp eax, ecx                         ; 1001ff: 39 c8
    jg short .L14                        ; 100201: 7f 05
    cmp ecx, 0xa                         ; 100203: 83 f9 0a
    jl short .L15                        ; 100206: 7c 1d
.L14:
    xor eax, eax                         ; 100208: 31 c0
    cmp ecx, edx                         ; 10020a: 39 d1
    jle short .L4                        ; 10020c: 7e 15
.L2:
    cmp ecx, 0xa                         ; 10020e: 83 f9 0a
    jae short .L18                       ; 100211: 73 2a
    movzx ebx, byte [ecx+a+4]            ; 100213: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 10021a: 01 d8
    sub ecx, 1                           ; 10021c: 83 e9 01
    cmp ecx, edx                         ; 10021f: 39 d1
    jg short .L2                         ; 100221: 7f eb
.L4:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 100223: 5b
    ret                                  ; 100224: c3
.L15:
    xor eax, eax                         ; 100225: 31 c0
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    cmp ecx, edx                         ; 100227: 39 d1
    jle short .L12                       ; 100229: 7e 10
.L10:
    movzx ebx, byte [ecx+a+4]            ; 10022b: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 100232: 01 d8
    sub ecx, 1                           ; 100234: 83 e9 01
    cmp ecx, edx                         ; 100237: 39 d1
    jg short .L10                        ; 100239: 7f f0
.L12:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 10023b: 5b
    ret                                  ; 10023c: c3
.L18:
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    push 0xa                             ; 10023d: 6a 0a
    push ecx                             ; 10023f: 51
    push 0x17                            ; 100240: 6a 17
    push str_3                           ; 100242: 68 24 10 10 00
    call boundsTrap                      ; 100247: e8 7e 00 00 00

main:
    ; test/golden/loop-versioning.ts:28: mark(0, 9, 3, 0); // 0 3 6 9: in bounds, the copy without checks
    push ebx                             ; 10024c: 53
    push 0                               ; 10024d: 6a 00
    push 3                               ; 10024f: 6a 03
    push 9                               ; 100251: 6a 09
    push 0                               ; 100253: 6a 00
    call mark                            ; 100255: e8 cc fe ff ff
    add esp, 0x10                        ; 10025a: 83 c4 10
    ; test/golden/loop-versioning.ts:29: mark(-3, 4, 2, 3); // -3 -1 1 3 at a[0], a[2], a[4], a[6]
    push 3                               ; 10025d: 6a 03
    push 2                               ; 10025f: 6a 02
    push 4                               ; 100261: 6a 04
    push 0xfffffffd                      ; 100263: 6a fd
    call mark                            ; 100265: e8 bc fe ff ff
    add esp, 0x10                        ; 10026a: 83 c4 10
    ; test/golden/loop-versioning.ts:30: printU32(count(9, -1));
    push 0xffffffff                      ; 10026d: 6a ff
    push 9                               ; 10026f: 6a 09
    call count                           ; 100271: e8 79 ff ff ff
    add esp, 8                           ; 100276: 83 c4 08
    push eax                             ; 100279: 50
    call printU32                        ; 10027a: e8 37 fe ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; test/golden/loop-versioning.ts:31: println("");
    mov ebx, str_4                       ; 100282: bb 48 10 10 00
    push ebx                             ; 100287: 53
    call println                         ; 100288: e8 11 fe ff ff
    add esp, 4                           ; 10028d: 83 c4 04
    ; test/golden/loop-versioning.ts:32: printU32(count(10, 10)); // no iteration: a[10] is never read
    push 0xa                             ; 100290: 6a 0a
    push 0xa                             ; 100292: 6a 0a
    call count                           ; 100294: e8 56 ff ff ff
    add esp, 8                           ; 100299: 83 c4 08
    push eax                             ; 10029c: 50
    call printU32                        ; 10029d: e8 14 fe ff ff
    add esp, 4                           ; 1002a2: 83 c4 04
    ; test/golden/loop-versioning.ts:33: println("");
    push ebx                             ; 1002a5: 53
    call println                         ; 1002a6: e8 f3 fd ff ff
    add esp, 4                           ; 1002ab: 83 c4 04
    ; test/golden/loop-versioning.ts:34: mark(2, 11, 4, 0); // 2 6 10: a[10] traps on the third iteration, after printing 10
    push 0                               ; 1002ae: 6a 00
    push 4                               ; 1002b0: 6a 04
    push 0xb                             ; 1002b2: 6a 0b
    push 2                               ; 1002b4: 6a 02
    call mark                            ; 1002b6: e8 6b fe ff ff
    add esp, 0x10                        ; 1002bb: 83 c4 10
    ; test/golden/loop-versioning.ts:35: exit(0);
    push 0                               ; 1002be: 6a 00
    call exit                            ; 1002c0: e8 57 fe ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/loop-versioning.ts:36: }
    pop ebx                              ; 1002c8: 5b
    ret                                  ; 1002c9: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002ca: 53
    push esi                             ; 1002cb: 56
    mov esi, [esp+0xc]                   ; 1002cc: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002d0: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002d4: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002d8: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002dc: a1 00 20 10 00
    push ecx                             ; 1002e1: 51
    push edx                             ; 1002e2: 52
    push ebx                             ; 1002e3: 53
    push esi                             ; 1002e4: 56
    call eax                             ; 1002e5: ff d0
    add esp, 0x10                        ; 1002e7: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002ea: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002eb: f4
    jmp short .L2                        ; 1002ec: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002ee: 53
    push esi                             ; 1002ef: 56
    push edi                             ; 1002f0: 57
    mov ebx, [esp+0x14]                  ; 1002f1: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1002f5: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1002f9: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 1002fd: b8 4c 10 10 00
    push eax                             ; 100302: 50
    call print                           ; 100303: e8 72 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10030b: 57
    call printU32                        ; 10030c: e8 a5 fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100314: b8 6c 10 10 00
    push eax                             ; 100319: 50
    call print                           ; 10031a: e8 5b fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100322: 56
    call printU32                        ; 100323: e8 8e fd ff ff
    add esp, 4                           ; 100328: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 10032b: b8 8c 10 10 00
    push eax                             ; 100330: 50
    call print                           ; 100331: e8 44 fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100339: ff 74 24 10
    call print                           ; 10033d: e8 38 fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 100345: b8 94 10 10 00
    push eax                             ; 10034a: 50
    call print                           ; 10034b: e8 2a fd ff ff
    add esp, 4                           ; 100350: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100353: 53
    call printU32                        ; 100354: e8 5d fd ff ff
    add esp, 4                           ; 100359: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 10035c: b8 48 10 10 00
    push eax                             ; 100361: 50
    call println                         ; 100362: e8 37 fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10036a: 6a 65
    call exit                            ; 10036c: e8 ab fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100374: 5f
    pop esi                              ; 100375: 5e
    pop ebx                              ; 100376: 5b
    ret                                  ; 100377: c3

__tskc_init:
    mov dword [a], 0xa                   ; 100378: c7 05 00 30 10 00 0a 00 00 00
    ret                                  ; 100382: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_2:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x1024 - ($ - $$) db 0
str_3:  ; "test/golden/loop-versioning.ts"
    db 0x1e, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x6c, 0x6f, 0x6f, 0x70, 0x2d, 0x76, 0x65, 0x72, 0x73, 0x69, 0x6f, 0x6e, 0x69, 0x6e, 0x67, 0x2e
    db 0x74, 0x73
    times 0x1048 - ($ - $$) db 0
str_4:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x104c - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x106c - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x108c - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1094 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
a equ 0x103000  ; StaticArray<u8>(10), 14 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
