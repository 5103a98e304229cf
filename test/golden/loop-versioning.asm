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
    call __tskc_init                     ; 10003b: e8 3b 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 08 02 00 00
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

mark:
    ; test/golden/loop-versioning.ts:11: function mark(first: i32, last: i32, step: i32, shift: i32): void {
    push ebx                             ; 100125: 53
    push esi                             ; 100126: 56
    push edi                             ; 100127: 57
    mov ebx, [esp+0x10]                  ; 100128: 8b 5c 24 10
    mov edi, [esp+0x14]                  ; 10012c: 8b 7c 24 14
    mov esi, [esp+0x18]                  ; 100130: 8b 74 24 18
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    mov eax, 0x7fffffff                  ; 100134: b8 ff ff ff 7f
    sub eax, esi                         ; 100139: 29 f0
    mov ecx, [esp+0x1c]                  ; 10013b: 8b 4c 24 1c
    lea ecx, [ebx+ecx]                   ; 10013f: 8d 0c 0b
    mov edx, [esp+0x1c]                  ; 100142: 8b 54 24 1c
    lea edx, [edi+edx]                   ; 100146: 8d 14 17
    test esi, esi                        ; 100149: 85 f6
    jle short .L1                        ; 10014b: 7e 11
    cmp edi, eax                         ; 10014d: 39 c7
    jg short .L1                         ; 10014f: 7f 0d
    test ecx, ecx                        ; 100151: 85 c9
    jl short .L1                         ; 100153: 7c 09
    cmp ecx, edx                         ; 100155: 39 d1
    jg short .L1                         ; 100157: 7f 05
    cmp edx, 0xa                         ; 100159: 83 fa 0a
    jl short .L8                         ; 10015c: 7c 46
.L1:
    cmp ebx, edi                         ; 10015e: 39 fb
    jg short .L4                         ; 100160: 7f 30
.L2:
    ; test/golden/loop-versioning.ts:13: printI32(j);
    push ebx                             ; 100162: 53
    call printI32                        ; 100163: e8 88 ff ff ff
    add esp, 4                           ; 100168: 83 c4 04
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 10016b: b8 1c 10 10 00
    push eax                             ; 100170: 50
    call print                           ; 100171: e8 04 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov eax, [esp+0x1c]                  ; 100179: 8b 44 24 1c
    lea eax, [ebx+eax]                   ; 10017d: 8d 04 03
    cmp eax, 0xa                         ; 100180: 83 f8 0a
    jae short .L20                       ; 100183: 73 5e
    mov byte [eax+a+4], 1                ; 100185: c6 80 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, esi                         ; 10018c: 01 f3
    cmp ebx, edi                         ; 10018e: 39 fb
    jle short .L2                        ; 100190: 7e d0
.L4:
    ; test/golden/loop-versioning.ts:17: println("");
    mov eax, str_4                       ; 100192: b8 48 10 10 00
    push eax                             ; 100197: 50
    call println                         ; 100198: e8 01 ff ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; test/golden/loop-versioning.ts:18: }
    pop edi                              ; 1001a0: 5f
    pop esi                              ; 1001a1: 5e
    pop ebx                              ; 1001a2: 5b
    ret                                  ; 1001a3: c3
.L8:
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    cmp ebx, edi                         ; 1001a4: 39 fb
    jg short .L12                        ; 1001a6: 7f 29
.L11:
    ; test/golden/loop-versioning.ts:13: printI32(j);
    push ebx                             ; 1001a8: 53
    call printI32                        ; 1001a9: e8 42 ff ff ff
    add esp, 4                           ; 1001ae: 83 c4 04
    ; test/golden/loop-versioning.ts:14: print(" ");
    mov eax, str_2                       ; 1001b1: b8 1c 10 10 00
    push eax                             ; 1001b6: 50
    call print                           ; 1001b7: e8 be fe ff ff
    add esp, 4                           ; 1001bc: 83 c4 04
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    mov eax, [esp+0x1c]                  ; 1001bf: 8b 44 24 1c
    mov byte [eax+ebx+a+4], 1            ; 1001c3: c6 84 18 04 30 10 00 01
    ; test/golden/loop-versioning.ts:12: for (let j = first; j <= last; j += step) {
    add ebx, esi                         ; 1001cb: 01 f3
    cmp ebx, edi                         ; 1001cd: 39 fb
    jle short .L11                       ; 1001cf: 7e d7
.L12:
    ; test/golden/loop-versioning.ts:17: println("");
    mov eax, str_4                       ; 1001d1: b8 48 10 10 00
    push eax                             ; 1001d6: 50
    call println                         ; 1001d7: e8 c2 fe ff ff
    add esp, 4                           ; 1001dc: 83 c4 04
    ; test/golden/loop-versioning.ts:18: }
    pop edi                              ; 1001df: 5f
    pop esi                              ; 1001e0: 5e
    pop ebx                              ; 1001e1: 5b
    ret                                  ; 1001e2: c3
.L20:
    ; test/golden/loop-versioning.ts:15: a[j + shift] = 1;
    push 0xa                             ; 1001e3: 6a 0a
    push eax                             ; 1001e5: 50
    push 0xf                             ; 1001e6: 6a 0f
    push str_3                           ; 1001e8: 68 24 10 10 00
    call boundsTrap                      ; 1001ed: e8 db 00 00 00

count:
    ; test/golden/loop-versioning.ts:21: function count(top: i32, bottom: i32): u32 {
    push ebx                             ; 1001f2: 53
    mov ecx, [esp+8]                     ; 1001f3: 8b 4c 24 08
    mov edx, [esp+0xc]                   ; 1001f7: 8b 54 24 0c
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    lea eax, [edx+1]                     ; 1001fb: 8d 42 01
    test eax, eax                        ; 1001fe: 85 c0
    jl short .L14                        ; 100200: 7c 09
    cmp eax, ecx                         ; 100202: 39 c8
    jg short .L14                        ; 100204: 7f 05
    cmp ecx, 0xa                         ; 100206: 83 f9 0a
    jl short .L15                        ; 100209: 7c 1d
.L14:
    xor eax, eax                         ; 10020b: 31 c0
    cmp ecx, edx                         ; 10020d: 39 d1
    jle short .L4                        ; 10020f: 7e 15
.L2:
    cmp ecx, 0xa                         ; 100211: 83 f9 0a
    jae short .L18                       ; 100214: 73 2a
    movzx ebx, byte [ecx+a+4]            ; 100216: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 10021d: 01 d8
    sub ecx, 1                           ; 10021f: 83 e9 01
    cmp ecx, edx                         ; 100222: 39 d1
    jg short .L2                         ; 100224: 7f eb
.L4:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 100226: 5b
    ret                                  ; 100227: c3
.L15:
    xor eax, eax                         ; 100228: 31 c0
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    cmp ecx, edx                         ; 10022a: 39 d1
    jle short .L12                       ; 10022c: 7e 10
.L10:
    movzx ebx, byte [ecx+a+4]            ; 10022e: 0f b6 99 04 30 10 00
    add eax, ebx                         ; 100235: 01 d8
    sub ecx, 1                           ; 100237: 83 e9 01
    cmp ecx, edx                         ; 10023a: 39 d1
    jg short .L10                        ; 10023c: 7f f0
.L12:
    ; test/golden/loop-versioning.ts:24: return sum;
    pop ebx                              ; 10023e: 5b
    ret                                  ; 10023f: c3
.L18:
    ; test/golden/loop-versioning.ts:23: for (let i = top; i > bottom; i--) sum += a[i];
    push 0xa                             ; 100240: 6a 0a
    push ecx                             ; 100242: 51
    push 0x17                            ; 100243: 6a 17
    push str_3                           ; 100245: 68 24 10 10 00
    call boundsTrap                      ; 10024a: e8 7e 00 00 00

main:
    ; test/golden/loop-versioning.ts:28: mark(0, 9, 3, 0); // 0 3 6 9: in bounds, the copy without checks
    push ebx                             ; 10024f: 53
    push 0                               ; 100250: 6a 00
    push 3                               ; 100252: 6a 03
    push 9                               ; 100254: 6a 09
    push 0                               ; 100256: 6a 00
    call mark                            ; 100258: e8 c8 fe ff ff
    add esp, 0x10                        ; 10025d: 83 c4 10
    ; test/golden/loop-versioning.ts:29: mark(-3, 4, 2, 3); // -3 -1 1 3 at a[0], a[2], a[4], a[6]
    push 3                               ; 100260: 6a 03
    push 2                               ; 100262: 6a 02
    push 4                               ; 100264: 6a 04
    push 0xfffffffd                      ; 100266: 6a fd
    call mark                            ; 100268: e8 b8 fe ff ff
    add esp, 0x10                        ; 10026d: 83 c4 10
    ; test/golden/loop-versioning.ts:30: printU32(count(9, -1));
    push 0xffffffff                      ; 100270: 6a ff
    push 9                               ; 100272: 6a 09
    call count                           ; 100274: e8 79 ff ff ff
    add esp, 8                           ; 100279: 83 c4 08
    push eax                             ; 10027c: 50
    call printU32                        ; 10027d: e8 34 fe ff ff
    add esp, 4                           ; 100282: 83 c4 04
    ; test/golden/loop-versioning.ts:31: println("");
    mov ebx, str_4                       ; 100285: bb 48 10 10 00
    push ebx                             ; 10028a: 53
    call println                         ; 10028b: e8 0e fe ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/loop-versioning.ts:32: printU32(count(10, 10)); // no iteration: a[10] is never read
    push 0xa                             ; 100293: 6a 0a
    push 0xa                             ; 100295: 6a 0a
    call count                           ; 100297: e8 56 ff ff ff
    add esp, 8                           ; 10029c: 83 c4 08
    push eax                             ; 10029f: 50
    call printU32                        ; 1002a0: e8 11 fe ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; test/golden/loop-versioning.ts:33: println("");
    push ebx                             ; 1002a8: 53
    call println                         ; 1002a9: e8 f0 fd ff ff
    add esp, 4                           ; 1002ae: 83 c4 04
    ; test/golden/loop-versioning.ts:34: mark(2, 11, 4, 0); // 2 6 10: a[10] traps on the third iteration, after printing 10
    push 0                               ; 1002b1: 6a 00
    push 4                               ; 1002b3: 6a 04
    push 0xb                             ; 1002b5: 6a 0b
    push 2                               ; 1002b7: 6a 02
    call mark                            ; 1002b9: e8 67 fe ff ff
    add esp, 0x10                        ; 1002be: 83 c4 10
    ; test/golden/loop-versioning.ts:35: exit(0);
    push 0                               ; 1002c1: 6a 00
    call exit                            ; 1002c3: e8 53 fe ff ff
    add esp, 4                           ; 1002c8: 83 c4 04
    ; test/golden/loop-versioning.ts:36: }
    pop ebx                              ; 1002cb: 5b
    ret                                  ; 1002cc: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002cd: 53
    push esi                             ; 1002ce: 56
    mov esi, [esp+0xc]                   ; 1002cf: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1002d3: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1002d7: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1002db: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1002df: a1 00 20 10 00
    push ecx                             ; 1002e4: 51
    push edx                             ; 1002e5: 52
    push ebx                             ; 1002e6: 53
    push esi                             ; 1002e7: 56
    call eax                             ; 1002e8: ff d0
    add esp, 0x10                        ; 1002ea: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1002ed: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1002ee: f4
    jmp short .L2                        ; 1002ef: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1002f1: 53
    push esi                             ; 1002f2: 56
    push edi                             ; 1002f3: 57
    mov ebx, [esp+0x14]                  ; 1002f4: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1002f8: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1002fc: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_5                       ; 100300: b8 4c 10 10 00
    push eax                             ; 100305: 50
    call print                           ; 100306: e8 6f fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10030e: 57
    call printU32                        ; 10030f: e8 a2 fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_6                       ; 100317: b8 6c 10 10 00
    push eax                             ; 10031c: 50
    call print                           ; 10031d: e8 58 fd ff ff
    add esp, 4                           ; 100322: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100325: 56
    call printU32                        ; 100326: e8 8b fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_7                       ; 10032e: b8 8c 10 10 00
    push eax                             ; 100333: 50
    call print                           ; 100334: e8 41 fd ff ff
    add esp, 4                           ; 100339: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10033c: ff 74 24 10
    call print                           ; 100340: e8 35 fd ff ff
    add esp, 4                           ; 100345: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_8                       ; 100348: b8 94 10 10 00
    push eax                             ; 10034d: 50
    call print                           ; 10034e: e8 27 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100356: 53
    call printU32                        ; 100357: e8 5a fd ff ff
    add esp, 4                           ; 10035c: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_4                       ; 10035f: b8 48 10 10 00
    push eax                             ; 100364: 50
    call println                         ; 100365: e8 34 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10036d: 6a 65
    call exit                            ; 10036f: e8 a7 fd ff ff
    add esp, 4                           ; 100374: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100377: 5f
    pop esi                              ; 100378: 5e
    pop ebx                              ; 100379: 5b
    ret                                  ; 10037a: c3

__tskc_init:
    mov dword [a], 0xa                   ; 10037b: c7 05 00 30 10 00 0a 00 00 00
    ret                                  ; 100385: c3

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
