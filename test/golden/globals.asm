; tskc 0.1.0 listing of test/golden/globals.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102020, 0x108000, 0x100020

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
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 9c 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 10007d: 3b 1e
    jge short .L4                        ; 10007f: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100081: 0f b6 44 1e 04
    push eax                             ; 100086: 50
    call putc                            ; 100087: e8 ba ff ff ff
    add esp, 4                           ; 10008c: 83 c4 04
    add ebx, 1                           ; 10008f: 83 c3 01
    cmp ebx, [esi]                       ; 100092: 3b 1e
    jl short .L7                         ; 100094: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100096: 5e
    pop ebx                              ; 100097: 5b
    ret                                  ; 100098: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 100099: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10009d: 50
    call print                           ; 10009e: e8 d2 ff ff ff
    add esp, 4                           ; 1000a3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000a6: 6a 0a
    call putc                            ; 1000a8: e8 99 ff ff ff
    add esp, 4                           ; 1000ad: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b0: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b1: 53
    mov ebx, [esp+8]                     ; 1000b2: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000b6: 83 fb 0a
    jb short .L2                         ; 1000b9: 72 14
    mov ecx, 0xa                         ; 1000bb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c0: 89 d8
    xor edx, edx                         ; 1000c2: 31 d2
    div ecx                              ; 1000c4: f7 f1
    push eax                             ; 1000c6: 50
    call printU32                        ; 1000c7: e8 e5 ff ff ff
    add esp, 4                           ; 1000cc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000cf: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d4: 89 d8
    xor edx, edx                         ; 1000d6: 31 d2
    div ecx                              ; 1000d8: f7 f1
    lea eax, [edx+0x30]                  ; 1000da: 8d 42 30
    movzx eax, al                        ; 1000dd: 0f b6 c0
    push eax                             ; 1000e0: 50
    call putc                            ; 1000e1: e8 60 ff ff ff
    add esp, 4                           ; 1000e6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000e9: 5b
    ret                                  ; 1000ea: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000eb: 53
    mov ebx, [esp+8]                     ; 1000ec: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000f0: 85 db
    jge short .L2                        ; 1000f2: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000f4: 6a 2d
    call putc                            ; 1000f6: e8 4b ff ff ff
    add esp, 4                           ; 1000fb: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000fe: f7 db
    push ebx                             ; 100100: 53
    call printU32                        ; 100101: e8 ab ff ff ff
    add esp, 4                           ; 100106: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100109: 5b
    ret                                  ; 10010a: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10010b: 53
    call printU32                        ; 10010c: e8 a0 ff ff ff
    add esp, 4                           ; 100111: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100114: 5b
    ret                                  ; 100115: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100116: 53
    push esi                             ; 100117: 56
    mov esi, [esp+0xc]                   ; 100118: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 10011c: b8 28 10 10 00
    push eax                             ; 100121: 50
    call print                           ; 100122: e8 4e ff ff ff
    add esp, 4                           ; 100127: 83 c4 04
    mov ebx, 0x1c                        ; 10012a: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10012f: 89 f0
    mov ecx, ebx                         ; 100131: 89 d9
    shr eax, cl                          ; 100133: d3 e8
    and eax, 0xf                         ; 100135: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100138: 83 f8 0a
    jb short .L5                         ; 10013b: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 10013d: 8d 40 57
    jmp short .L7                        ; 100140: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100142: 8d 40 30
.L7:
    movzx eax, al                        ; 100145: 0f b6 c0
    push eax                             ; 100148: 50
    call putc                            ; 100149: e8 f8 fe ff ff
    add esp, 4                           ; 10014e: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100151: 85 db
    je short .L4                         ; 100153: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100155: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100158: 89 f0
    mov ecx, ebx                         ; 10015a: 89 d9
    shr eax, cl                          ; 10015c: d3 e8
    and eax, 0xf                         ; 10015e: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100161: 83 f8 0a
    jb short .L5                         ; 100164: 72 dc
    jmp short .L6                        ; 100166: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100168: 5e
    pop ebx                              ; 100169: 5b
    ret                                  ; 10016a: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10016b: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10016f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100171: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100172: f4
    jmp short .L2                        ; 100173: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 100175: 8b 54 24 04
    mov ecx, [esp+8]                     ; 100179: 8b 4c 24 08
    ; test/golden/globals.ts:14: calls++;
    mov eax, [calls]                     ; 10017d: a1 00 30 10 00
    lea eax, [eax+1]                     ; 100182: 8d 40 01
    mov [calls], eax                     ; 100185: a3 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [edx+ecx]                   ; 10018a: 8d 04 0a
    ret                                  ; 10018d: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 10018e: 8b 44 24 04
    mov edx, [esp+8]                     ; 100192: 8b 54 24 08
    ; test/golden/globals.ts:19: calls++;
    mov ecx, [calls]                     ; 100196: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 10019c: 8d 49 01
    mov [calls], ecx                     ; 10019f: 89 0d 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, edx                        ; 1001a5: 0f af c2
    imul eax, [scale]                    ; 1001a8: 0f af 05 00 20 10 00
    ret                                  ; 1001af: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    mov eax, [esp+4]                     ; 1001b0: 8b 44 24 04
    mov edx, [esp+8]                     ; 1001b4: 8b 54 24 08
    ; test/golden/globals.ts:24: calls += 1;
    mov ecx, [calls]                     ; 1001b8: 8b 0d 00 30 10 00
    lea ecx, [ecx+1]                     ; 1001be: 8d 49 01
    mov [calls], ecx                     ; 1001c1: 89 0d 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, edx                         ; 1001c7: 29 d0
    ret                                  ; 1001c9: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    mov edx, [esp+4]                     ; 1001ca: 8b 54 24 04
    mov ecx, [esp+8]                     ; 1001ce: 8b 4c 24 08
    mov eax, [esp+0xc]                   ; 1001d2: 8b 44 24 0c
    ; test/golden/globals.ts:31: return op(a, b);
    push eax                             ; 1001d6: 50
    push ecx                             ; 1001d7: 51
    call edx                             ; 1001d8: ff d2
    add esp, 8                           ; 1001da: 83 c4 08
    ret                                  ; 1001dd: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebx                             ; 1001de: 53
    push esi                             ; 1001df: 56
    mov eax, [banner]                    ; 1001e0: a1 04 20 10 00
    push eax                             ; 1001e5: 50
    call println                         ; 1001e6: e8 ae fe ff ff
    add esp, 4                           ; 1001eb: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 1001ee: a1 08 20 10 00
    push 3                               ; 1001f3: 6a 03
    push 2                               ; 1001f5: 6a 02
    call eax                             ; 1001f7: ff d0
    add esp, 8                           ; 1001f9: 83 c4 08
    push eax                             ; 1001fc: 50
    call printI32                        ; 1001fd: e8 e9 fe ff ff
    add esp, 4                           ; 100202: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov esi, str_3                       ; 100205: be 30 10 10 00
    push esi                             ; 10020a: 56
    call println                         ; 10020b: e8 89 fe ff ff
    add esp, 4                           ; 100210: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 100213: b8 b0 01 10 00
    mov [current], eax                   ; 100218: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 10021d: a1 08 20 10 00
    push 3                               ; 100222: 6a 03
    push 2                               ; 100224: 6a 02
    call eax                             ; 100226: ff d0
    add esp, 8                           ; 100228: 83 c4 08
    push eax                             ; 10022b: 50
    call printI32                        ; 10022c: e8 ba fe ff ff
    add esp, 4                           ; 100231: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    push esi                             ; 100234: 56
    call println                         ; 100235: e8 5f fe ff ff
    add esp, 4                           ; 10023a: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10023d: c7 05 00 20 10 00 ff ff ff ff
    xor ebx, ebx                         ; 100247: 31 db
    ; test/golden/globals.ts:42: for (const op of operations) {
    cmp ebx, 3                           ; 100249: 83 fb 03
    jae short .L4                        ; 10024c: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 10024e: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100255: 6a 07
    push 6                               ; 100257: 6a 06
    push eax                             ; 100259: 50
    call apply                           ; 10025a: e8 6b ff ff ff
    add esp, 0xc                         ; 10025f: 83 c4 0c
    push eax                             ; 100262: 50
    call printI32                        ; 100263: e8 83 fe ff ff
    add esp, 4                           ; 100268: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 10026b: b8 34 10 10 00
    push eax                             ; 100270: 50
    call print                           ; 100271: e8 ff fd ff ff
    add esp, 4                           ; 100276: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 100279: 83 c3 01
    cmp ebx, 3                           ; 10027c: 83 fb 03
    jb short .L2                         ; 10027f: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    push esi                             ; 100281: 56
    call println                         ; 100282: e8 12 fe ff ff
    add esp, 4                           ; 100287: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 10028a: b8 3c 10 10 00
    push eax                             ; 10028f: 50
    call print                           ; 100290: e8 e0 fd ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 100298: a1 00 30 10 00
    push eax                             ; 10029d: 50
    call printU32                        ; 10029e: e8 0e fe ff ff
    add esp, 4                           ; 1002a3: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    push esi                             ; 1002a6: 56
    call println                         ; 1002a7: e8 ed fd ff ff
    add esp, 4                           ; 1002ac: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002af: b8 48 10 10 00
    push eax                             ; 1002b4: 50
    call print                           ; 1002b5: e8 bb fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov ebx, scale                       ; 1002bd: bb 00 20 10 00
    test ebx, 0xfff                      ; 1002c2: f7 c3 ff 0f 00 00
    jne short .L7                        ; 1002c8: 75 07
    mov eax, str_7                       ; 1002ca: b8 6c 10 10 00
    jmp short .L8                        ; 1002cf: eb 05
.L7:
    mov eax, str_8                       ; 1002d1: b8 74 10 10 00
.L8:
    push eax                             ; 1002d6: 50
    call println                         ; 1002d7: e8 bd fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 1002df: b8 7c 10 10 00
    push eax                             ; 1002e4: 50
    call print                           ; 1002e5: e8 8b fd ff ff
    add esp, 4                           ; 1002ea: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 1002ed: b8 00 30 10 00
    cmp eax, ebx                         ; 1002f2: 39 d8
    jbe short .L11                       ; 1002f4: 76 07
    mov eax, str_7                       ; 1002f6: b8 6c 10 10 00
    jmp short .L12                       ; 1002fb: eb 05
.L11:
    mov eax, str_8                       ; 1002fd: b8 74 10 10 00
.L12:
    push eax                             ; 100302: 50
    call println                         ; 100303: e8 91 fd ff ff
    add esp, 4                           ; 100308: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, [ebx]                       ; 10030b: 8b 03
    push eax                             ; 10030d: 50
    call printHex                        ; 10030e: e8 03 fe ff ff
    add esp, 4                           ; 100313: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    push esi                             ; 100316: 56
    call println                         ; 100317: e8 7d fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10031f: 6a 00
    call exit                            ; 100321: e8 45 fe ff ff
    add esp, 4                           ; 100326: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop esi                              ; 100329: 5e
    pop ebx                              ; 10032a: 5b
    ret                                  ; 10032b: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10032c: 53
    push esi                             ; 10032d: 56
    mov esi, [esp+0xc]                   ; 10032e: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 100332: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100336: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10033a: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10033e: a1 1c 20 10 00
    push ecx                             ; 100343: 51
    push edx                             ; 100344: 52
    push ebx                             ; 100345: 53
    push esi                             ; 100346: 56
    call eax                             ; 100347: ff d0
    add esp, 0x10                        ; 100349: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 10034c: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 10034d: f4
    jmp short .L2                        ; 10034e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100350: 53
    push esi                             ; 100351: 56
    push edi                             ; 100352: 57
    mov ebx, [esp+0x14]                  ; 100353: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100357: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 10035b: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_10                      ; 10035f: b8 94 10 10 00
    push eax                             ; 100364: 50
    call print                           ; 100365: e8 0b fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 10036d: 57
    call printU32                        ; 10036e: e8 3e fd ff ff
    add esp, 4                           ; 100373: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_11                      ; 100376: b8 b4 10 10 00
    push eax                             ; 10037b: 50
    call print                           ; 10037c: e8 f4 fc ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100384: 56
    call printU32                        ; 100385: e8 27 fd ff ff
    add esp, 4                           ; 10038a: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_12                      ; 10038d: b8 d4 10 10 00
    push eax                             ; 100392: 50
    call print                           ; 100393: e8 dd fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10039b: ff 74 24 10
    call print                           ; 10039f: e8 d1 fc ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_13                      ; 1003a7: b8 dc 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 c3 fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 1003b5: 53
    call printU32                        ; 1003b6: e8 f6 fc ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_3                       ; 1003be: b8 30 10 10 00
    push eax                             ; 1003c3: 50
    call println                         ; 1003c4: e8 d0 fc ff ff
    add esp, 4                           ; 1003c9: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 1003cc: 6a 65
    call exit                            ; 1003ce: e8 98 fd ff ff
    add esp, 4                           ; 1003d3: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 1003d6: 5f
    pop esi                              ; 1003d7: 5e
    pop ebx                              ; 1003d8: 5b
    ret                                  ; 1003d9: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "globals"
    db 0x7, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73
    times 0x100c - ($ - $$) db 0
str_1:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x1028 - ($ - $$) db 0
str_2:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1030 - ($ - $$) db 0
str_3:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1034 - ($ - $$) db 0
str_4:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x103c - ($ - $$) db 0
str_5:  ; "calls "
    db 0x6, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20
    times 0x1048 - ($ - $$) db 0
str_6:  ; "globals are page-aligned data: "
    db 0x1f, 0x0, 0x0, 0x0, 0x67, 0x6c, 0x6f, 0x62, 0x61, 0x6c, 0x73, 0x20, 0x61, 0x72, 0x65, 0x20
    db 0x70, 0x61, 0x67, 0x65, 0x2d, 0x61, 0x6c, 0x69, 0x67, 0x6e, 0x65, 0x64, 0x20, 0x64, 0x61, 0x74
    db 0x61, 0x3a, 0x20
    times 0x106c - ($ - $$) db 0
str_7:  ; "yes"
    db 0x3, 0x0, 0x0, 0x0, 0x79, 0x65, 0x73
    times 0x1074 - ($ - $$) db 0
str_8:  ; "no"
    db 0x2, 0x0, 0x0, 0x0, 0x6e, 0x6f
    times 0x107c - ($ - $$) db 0
str_9:  ; "calls lives in bss: "
    db 0x14, 0x0, 0x0, 0x0, 0x63, 0x61, 0x6c, 0x6c, 0x73, 0x20, 0x6c, 0x69, 0x76, 0x65, 0x73, 0x20
    db 0x69, 0x6e, 0x20, 0x62, 0x73, 0x73, 0x3a, 0x20
    times 0x1094 - ($ - $$) db 0
str_10:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10b4 - ($ - $$) db 0
str_11:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10d4 - ($ - $$) db 0
str_12:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x10dc - ($ - $$) db 0
str_13:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
scale:  ; i32
    db 0x3, 0x0, 0x0, 0x0
    times 0x2004 - ($ - $$) db 0
banner:  ; string
    dd str_0
    times 0x2008 - ($ - $$) db 0
current:  ; (i32, i32) => i32
    dd $add
    times 0x200c - ($ - $$) db 0
operations:  ; StaticArray<(i32, i32) => i32>(3)
    db 0x3, 0x0, 0x0, 0x0
    dd $add
    dd multiply
    dd subtract
    times 0x201c - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2020 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107010
calls equ 0x103000  ; u32, 4 bytes
__stack equ 0x103010  ; boot stack, 16384 bytes
