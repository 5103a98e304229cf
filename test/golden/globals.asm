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
    call main                            ; 10003d: e8 c2 01 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 100046: 55
    mov ebp, esp                         ; 100047: 89 e5
    mov ecx, [ebp+8]                     ; 100049: 8b 4d 08
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004c: ba fd 03 00 00
    in al, dx                            ; 100051: ec
    movzx eax, al                        ; 100052: 0f b6 c0
    and eax, 0x20                        ; 100055: 83 e0 20
    test eax, eax                        ; 100058: 85 c0
    jne short .L3                        ; 10005a: 75 12
.L2:
    pause                                ; 10005c: f3 90
    mov edx, 0x3fd                       ; 10005e: ba fd 03 00 00
    in al, dx                            ; 100063: ec
    movzx eax, al                        ; 100064: 0f b6 c0
    and eax, 0x20                        ; 100067: 83 e0 20
    test eax, eax                        ; 10006a: 85 c0
    je short .L2                         ; 10006c: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006e: 89 c8
    mov edx, 0x3f8                       ; 100070: ba f8 03 00 00
    out dx, al                           ; 100075: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100076: 5d
    ret                                  ; 100077: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100078: 55
    mov ebp, esp                         ; 100079: 89 e5
    push ebx                             ; 10007b: 53
    push esi                             ; 10007c: 56
    mov ebx, [ebp+8]                     ; 10007d: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100080: 31 f6
    cmp esi, [ebx]                       ; 100082: 3b 33
    jge short .L4                        ; 100084: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 b5 ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add esi, 1                           ; 100094: 83 c6 01
    cmp esi, [ebx]                       ; 100097: 3b 33
    jl short .L2                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    pop ebp                              ; 10009d: 5d
    ret                                  ; 10009e: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 10009f: 55
    mov ebp, esp                         ; 1000a0: 89 e5
    mov eax, [ebp+8]                     ; 1000a2: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a5: 50
    call print                           ; 1000a6: e8 cd ff ff ff
    add esp, 4                           ; 1000ab: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ae: 6a 0a
    call putc                            ; 1000b0: e8 91 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b8: 5d
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000ba: 55
    mov ebp, esp                         ; 1000bb: 89 e5
    push ebx                             ; 1000bd: 53
    mov ebx, [ebp+8]                     ; 1000be: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c1: 83 fb 0a
    jb short .L2                         ; 1000c4: 72 14
    mov ecx, 0xa                         ; 1000c6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cb: 89 d8
    xor edx, edx                         ; 1000cd: 31 d2
    div ecx                              ; 1000cf: f7 f1
    push eax                             ; 1000d1: 50
    call printU32                        ; 1000d2: e8 e3 ff ff ff
    add esp, 4                           ; 1000d7: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000da: b9 0a 00 00 00
    mov eax, ebx                         ; 1000df: 89 d8
    xor edx, edx                         ; 1000e1: 31 d2
    div ecx                              ; 1000e3: f7 f1
    lea eax, [edx+0x30]                  ; 1000e5: 8d 42 30
    movzx eax, al                        ; 1000e8: 0f b6 c0
    push eax                             ; 1000eb: 50
    call putc                            ; 1000ec: e8 55 ff ff ff
    add esp, 4                           ; 1000f1: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f4: 5b
    pop ebp                              ; 1000f5: 5d
    ret                                  ; 1000f6: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f7: 55
    mov ebp, esp                         ; 1000f8: 89 e5
    push ebx                             ; 1000fa: 53
    mov ebx, [ebp+8]                     ; 1000fb: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000fe: 85 db
    jge short .L2                        ; 100100: 7d 1a
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100102: 6a 2d
    call putc                            ; 100104: e8 3d ff ff ff
    add esp, 4                           ; 100109: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010c: 89 d8
    neg eax                              ; 10010e: f7 d8
    push eax                             ; 100110: 50
    call printU32                        ; 100111: e8 a4 ff ff ff
    add esp, 4                           ; 100116: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100119: 5b
    pop ebp                              ; 10011a: 5d
    ret                                  ; 10011b: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011c: 53
    call printU32                        ; 10011d: e8 98 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100125: 5b
    pop ebp                              ; 100126: 5d
    ret                                  ; 100127: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100128: 55
    mov ebp, esp                         ; 100129: 89 e5
    push ebx                             ; 10012b: 53
    push esi                             ; 10012c: 56
    push edi                             ; 10012d: 57
    mov ebx, [ebp+8]                     ; 10012e: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_2                       ; 100131: b8 28 10 10 00
    push eax                             ; 100136: 50
    call print                           ; 100137: e8 3c ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10013f: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100144: 89 d8
    mov ecx, esi                         ; 100146: 89 f1
    shr eax, cl                          ; 100148: d3 e8
    mov edi, eax                         ; 10014a: 89 c7
    and edi, 0xf                         ; 10014c: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10014f: 83 ff 0a
    jb short .L5                         ; 100152: 72 05
.L6:
    lea eax, [edi+0x57]                  ; 100154: 8d 47 57
    jmp short .L7                        ; 100157: eb 03
.L5:
    lea eax, [edi+0x30]                  ; 100159: 8d 47 30
.L7:
    movzx eax, al                        ; 10015c: 0f b6 c0
    push eax                             ; 10015f: 50
    call putc                            ; 100160: e8 e1 fe ff ff
    add esp, 4                           ; 100165: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test esi, esi                        ; 100168: 85 f6
    je short .L4                         ; 10016a: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10016c: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10016f: 89 d8
    mov ecx, esi                         ; 100171: 89 f1
    shr eax, cl                          ; 100173: d3 e8
    mov edi, eax                         ; 100175: 89 c7
    and edi, 0xf                         ; 100177: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10017a: 83 ff 0a
    jb short .L5                         ; 10017d: 72 da
    jmp short .L6                        ; 10017f: eb d3
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 100181: 5f
    pop esi                              ; 100182: 5e
    pop ebx                              ; 100183: 5b
    pop ebp                              ; 100184: 5d
    ret                                  ; 100185: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100186: 55
    mov ebp, esp                         ; 100187: 89 e5
    mov eax, [ebp+8]                     ; 100189: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10018c: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10018e: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10018f: f4
    jmp short .L2                        ; 100190: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 100192: 55
    mov ebp, esp                         ; 100193: 89 e5
    mov eax, [ebp+8]                     ; 100195: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100198: 8b 4d 0c
    ; test/golden/globals.ts:14: calls++;
    mov edx, [calls]                     ; 10019b: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 1001a1: 8d 52 01
    mov [calls], edx                     ; 1001a4: 89 15 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [eax+ecx]                   ; 1001aa: 8d 04 08
    pop ebp                              ; 1001ad: 5d
    ret                                  ; 1001ae: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 1001af: 55
    mov ebp, esp                         ; 1001b0: 89 e5
    mov eax, [ebp+8]                     ; 1001b2: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b5: 8b 4d 0c
    ; test/golden/globals.ts:19: calls++;
    mov edx, [calls]                     ; 1001b8: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 1001be: 8d 52 01
    mov [calls], edx                     ; 1001c1: 89 15 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, ecx                        ; 1001c7: 0f af c1
    imul eax, [scale]                    ; 1001ca: 0f af 05 00 20 10 00
    pop ebp                              ; 1001d1: 5d
    ret                                  ; 1001d2: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001d3: 55
    mov ebp, esp                         ; 1001d4: 89 e5
    mov eax, [ebp+8]                     ; 1001d6: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001d9: 8b 4d 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov edx, [calls]                     ; 1001dc: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 1001e2: 8d 52 01
    mov [calls], edx                     ; 1001e5: 89 15 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, ecx                         ; 1001eb: 29 c8
    pop ebp                              ; 1001ed: 5d
    ret                                  ; 1001ee: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 1001ef: 55
    mov ebp, esp                         ; 1001f0: 89 e5
    mov eax, [ebp+8]                     ; 1001f2: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001f5: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001f8: 8b 55 10
    ; test/golden/globals.ts:31: return op(a, b);
    push edx                             ; 1001fb: 52
    push ecx                             ; 1001fc: 51
    call eax                             ; 1001fd: ff d0
    add esp, 8                           ; 1001ff: 83 c4 08
    pop ebp                              ; 100202: 5d
    ret                                  ; 100203: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 100204: 55
    mov ebp, esp                         ; 100205: 89 e5
    push ebx                             ; 100207: 53
    mov eax, [banner]                    ; 100208: a1 04 20 10 00
    push eax                             ; 10020d: 50
    call println                         ; 10020e: e8 8c fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100216: a1 08 20 10 00
    push 3                               ; 10021b: 6a 03
    push 2                               ; 10021d: 6a 02
    call eax                             ; 10021f: ff d0
    add esp, 8                           ; 100221: 83 c4 08
    push eax                             ; 100224: 50
    call printI32                        ; 100225: e8 cd fe ff ff
    add esp, 4                           ; 10022a: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 10022d: b8 30 10 10 00
    push eax                             ; 100232: 50
    call println                         ; 100233: e8 67 fe ff ff
    add esp, 4                           ; 100238: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 10023b: b8 d3 01 10 00
    mov [current], eax                   ; 100240: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100245: a1 08 20 10 00
    push 3                               ; 10024a: 6a 03
    push 2                               ; 10024c: 6a 02
    call eax                             ; 10024e: ff d0
    add esp, 8                           ; 100250: 83 c4 08
    push eax                             ; 100253: 50
    call printI32                        ; 100254: e8 9e fe ff ff
    add esp, 4                           ; 100259: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 10025c: b8 30 10 10 00
    push eax                             ; 100261: 50
    call println                         ; 100262: e8 38 fe ff ff
    add esp, 4                           ; 100267: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 10026a: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    xor ebx, ebx                         ; 100274: 31 db
    cmp ebx, 3                           ; 100276: 83 fb 03
    jae short .L4                        ; 100279: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 10027b: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 100282: 6a 07
    push 6                               ; 100284: 6a 06
    push eax                             ; 100286: 50
    call apply                           ; 100287: e8 63 ff ff ff
    add esp, 0xc                         ; 10028c: 83 c4 0c
    push eax                             ; 10028f: 50
    call printI32                        ; 100290: e8 62 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 100298: b8 34 10 10 00
    push eax                             ; 10029d: 50
    call print                           ; 10029e: e8 d5 fd ff ff
    add esp, 4                           ; 1002a3: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 1002a6: 83 c3 01
    cmp ebx, 3                           ; 1002a9: 83 fb 03
    jb short .L2                         ; 1002ac: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002ae: b8 30 10 10 00
    push eax                             ; 1002b3: 50
    call println                         ; 1002b4: e8 e6 fd ff ff
    add esp, 4                           ; 1002b9: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002bc: b8 3c 10 10 00
    push eax                             ; 1002c1: 50
    call print                           ; 1002c2: e8 b1 fd ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002ca: a1 00 30 10 00
    push eax                             ; 1002cf: 50
    call printU32                        ; 1002d0: e8 e5 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002d8: b8 30 10 10 00
    push eax                             ; 1002dd: 50
    call println                         ; 1002de: e8 bc fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002e6: b8 48 10 10 00
    push eax                             ; 1002eb: 50
    call print                           ; 1002ec: e8 87 fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 1002f4: b8 00 20 10 00
    and eax, 0xfff                       ; 1002f9: 25 ff 0f 00 00
    test eax, eax                        ; 1002fe: 85 c0
    jne short .L7                        ; 100300: 75 07
    mov eax, str_7                       ; 100302: b8 6c 10 10 00
    jmp short .L8                        ; 100307: eb 05
.L7:
    mov eax, str_8                       ; 100309: b8 74 10 10 00
.L8:
    push eax                             ; 10030e: 50
    call println                         ; 10030f: e8 8b fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 100317: b8 7c 10 10 00
    push eax                             ; 10031c: 50
    call print                           ; 10031d: e8 56 fd ff ff
    add esp, 4                           ; 100322: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 100325: b8 00 30 10 00
    mov ecx, scale                       ; 10032a: b9 00 20 10 00
    cmp eax, ecx                         ; 10032f: 39 c8
    jbe short .L11                       ; 100331: 76 07
    mov eax, str_7                       ; 100333: b8 6c 10 10 00
    jmp short .L12                       ; 100338: eb 05
.L11:
    mov eax, str_8                       ; 10033a: b8 74 10 10 00
.L12:
    push eax                             ; 10033f: 50
    call println                         ; 100340: e8 5a fd ff ff
    add esp, 4                           ; 100345: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, [scale]                     ; 100348: a1 00 20 10 00
    push eax                             ; 10034d: 50
    call printHex                        ; 10034e: e8 d5 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 100356: b8 30 10 10 00
    push eax                             ; 10035b: 50
    call println                         ; 10035c: e8 3e fd ff ff
    add esp, 4                           ; 100361: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 100364: 6a 00
    call exit                            ; 100366: e8 1b fe ff ff
    add esp, 4                           ; 10036b: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 10036e: 5b
    pop ebp                              ; 10036f: 5d
    ret                                  ; 100370: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100371: 55
    mov ebp, esp                         ; 100372: 89 e5
    push ebx                             ; 100374: 53
    push esi                             ; 100375: 56
    mov eax, [ebp+8]                     ; 100376: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100379: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10037c: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10037f: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100382: 8b 35 1c 20 10 00
    push ebx                             ; 100388: 53
    push edx                             ; 100389: 52
    push ecx                             ; 10038a: 51
    push eax                             ; 10038b: 50
    call esi                             ; 10038c: ff d6
    add esp, 0x10                        ; 10038e: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100391: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100392: f4
    jmp short .L2                        ; 100393: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100395: 55
    mov ebp, esp                         ; 100396: 89 e5
    sub esp, 4                           ; 100398: 83 ec 04
    push ebx                             ; 10039b: 53
    push esi                             ; 10039c: 56
    push edi                             ; 10039d: 57
    mov ebx, [ebp+8]                     ; 10039e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003a1: 8b 45 0c
    mov [ebp-4], eax                     ; 1003a4: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003a7: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003aa: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003ad: b8 94 10 10 00
    push eax                             ; 1003b2: 50
    call print                           ; 1003b3: e8 c0 fc ff ff
    add esp, 4                           ; 1003b8: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003bb: 56
    call printU32                        ; 1003bc: e8 f9 fc ff ff
    add esp, 4                           ; 1003c1: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003c4: b8 b4 10 10 00
    push eax                             ; 1003c9: 50
    call print                           ; 1003ca: e8 a9 fc ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003d2: 57
    call printU32                        ; 1003d3: e8 e2 fc ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003db: b8 d4 10 10 00
    push eax                             ; 1003e0: 50
    call print                           ; 1003e1: e8 92 fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003e9: 53
    call print                           ; 1003ea: e8 89 fc ff ff
    add esp, 4                           ; 1003ef: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 1003f2: b8 dc 10 10 00
    push eax                             ; 1003f7: 50
    call print                           ; 1003f8: e8 7b fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100400: 8b 45 fc
    push eax                             ; 100403: 50
    call printU32                        ; 100404: e8 b1 fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 10040c: b8 30 10 10 00
    push eax                             ; 100411: 50
    call println                         ; 100412: e8 88 fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10041a: 5f
    pop esi                              ; 10041b: 5e
    pop ebx                              ; 10041c: 5b
    leave                                ; 10041d: c9
    ret                                  ; 10041e: c3

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
