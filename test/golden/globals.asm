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
    call main                            ; 10003d: e8 be 01 00 00
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
    mov edi, ebx                         ; 100144: 89 df
    mov ecx, esi                         ; 100146: 89 f1
    shr edi, cl                          ; 100148: d3 ef
    and edi, 0xf                         ; 10014a: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10014d: 83 ff 0a
    jb short .L5                         ; 100150: 72 05
.L6:
    lea eax, [edi+0x57]                  ; 100152: 8d 47 57
    jmp short .L7                        ; 100155: eb 03
.L5:
    lea eax, [edi+0x30]                  ; 100157: 8d 47 30
.L7:
    movzx eax, al                        ; 10015a: 0f b6 c0
    push eax                             ; 10015d: 50
    call putc                            ; 10015e: e8 e3 fe ff ff
    add esp, 4                           ; 100163: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test esi, esi                        ; 100166: 85 f6
    je short .L4                         ; 100168: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10016a: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edi, ebx                         ; 10016d: 89 df
    mov ecx, esi                         ; 10016f: 89 f1
    shr edi, cl                          ; 100171: d3 ef
    and edi, 0xf                         ; 100173: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100176: 83 ff 0a
    jb short .L5                         ; 100179: 72 dc
    jmp short .L6                        ; 10017b: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 10017d: 5f
    pop esi                              ; 10017e: 5e
    pop ebx                              ; 10017f: 5b
    pop ebp                              ; 100180: 5d
    ret                                  ; 100181: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100182: 55
    mov ebp, esp                         ; 100183: 89 e5
    mov eax, [ebp+8]                     ; 100185: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100188: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10018a: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10018b: f4
    jmp short .L2                        ; 10018c: eb fd

$add:
    ; test/golden/globals.ts:13: function add(a: i32, b: i32): i32 {
    push ebp                             ; 10018e: 55
    mov ebp, esp                         ; 10018f: 89 e5
    mov eax, [ebp+8]                     ; 100191: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100194: 8b 4d 0c
    ; test/golden/globals.ts:14: calls++;
    mov edx, [calls]                     ; 100197: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 10019d: 8d 52 01
    mov [calls], edx                     ; 1001a0: 89 15 00 30 10 00
    ; test/golden/globals.ts:15: return a + b;
    lea eax, [eax+ecx]                   ; 1001a6: 8d 04 08
    pop ebp                              ; 1001a9: 5d
    ret                                  ; 1001aa: c3

multiply:
    ; test/golden/globals.ts:18: function multiply(a: i32, b: i32): i32 {
    push ebp                             ; 1001ab: 55
    mov ebp, esp                         ; 1001ac: 89 e5
    mov eax, [ebp+8]                     ; 1001ae: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001b1: 8b 4d 0c
    ; test/golden/globals.ts:19: calls++;
    mov edx, [calls]                     ; 1001b4: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 1001ba: 8d 52 01
    mov [calls], edx                     ; 1001bd: 89 15 00 30 10 00
    ; test/golden/globals.ts:20: return a * b * scale;
    imul eax, ecx                        ; 1001c3: 0f af c1
    imul eax, [scale]                    ; 1001c6: 0f af 05 00 20 10 00
    pop ebp                              ; 1001cd: 5d
    ret                                  ; 1001ce: c3

subtract:
    ; test/golden/globals.ts:23: function subtract(a: i32, b: i32): i32 {
    push ebp                             ; 1001cf: 55
    mov ebp, esp                         ; 1001d0: 89 e5
    mov eax, [ebp+8]                     ; 1001d2: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001d5: 8b 4d 0c
    ; test/golden/globals.ts:24: calls += 1;
    mov edx, [calls]                     ; 1001d8: 8b 15 00 30 10 00
    lea edx, [edx+1]                     ; 1001de: 8d 52 01
    mov [calls], edx                     ; 1001e1: 89 15 00 30 10 00
    ; test/golden/globals.ts:25: return a - b;
    sub eax, ecx                         ; 1001e7: 29 c8
    pop ebp                              ; 1001e9: 5d
    ret                                  ; 1001ea: c3

apply:
    ; test/golden/globals.ts:30: function apply(op: Operation, a: i32, b: i32): i32 {
    push ebp                             ; 1001eb: 55
    mov ebp, esp                         ; 1001ec: 89 e5
    mov eax, [ebp+8]                     ; 1001ee: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1001f1: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1001f4: 8b 55 10
    ; test/golden/globals.ts:31: return op(a, b);
    push edx                             ; 1001f7: 52
    push ecx                             ; 1001f8: 51
    call eax                             ; 1001f9: ff d0
    add esp, 8                           ; 1001fb: 83 c4 08
    pop ebp                              ; 1001fe: 5d
    ret                                  ; 1001ff: c3

main:
    ; test/golden/globals.ts:35: println(banner);
    push ebp                             ; 100200: 55
    mov ebp, esp                         ; 100201: 89 e5
    push ebx                             ; 100203: 53
    mov eax, [banner]                    ; 100204: a1 04 20 10 00
    push eax                             ; 100209: 50
    call println                         ; 10020a: e8 90 fe ff ff
    add esp, 4                           ; 10020f: 83 c4 04
    ; test/golden/globals.ts:36: printI32(current(2, 3));
    mov eax, [current]                   ; 100212: a1 08 20 10 00
    push 3                               ; 100217: 6a 03
    push 2                               ; 100219: 6a 02
    call eax                             ; 10021b: ff d0
    add esp, 8                           ; 10021d: 83 c4 08
    push eax                             ; 100220: 50
    call printI32                        ; 100221: e8 d1 fe ff ff
    add esp, 4                           ; 100226: 83 c4 04
    ; test/golden/globals.ts:37: println("");
    mov eax, str_3                       ; 100229: b8 30 10 10 00
    push eax                             ; 10022e: 50
    call println                         ; 10022f: e8 6b fe ff ff
    add esp, 4                           ; 100234: 83 c4 04
    ; test/golden/globals.ts:38: current = subtract;
    mov eax, subtract                    ; 100237: b8 cf 01 10 00
    mov [current], eax                   ; 10023c: a3 08 20 10 00
    ; test/golden/globals.ts:39: printI32(current(2, 3));
    mov eax, [current]                   ; 100241: a1 08 20 10 00
    push 3                               ; 100246: 6a 03
    push 2                               ; 100248: 6a 02
    call eax                             ; 10024a: ff d0
    add esp, 8                           ; 10024c: 83 c4 08
    push eax                             ; 10024f: 50
    call printI32                        ; 100250: e8 a2 fe ff ff
    add esp, 4                           ; 100255: 83 c4 04
    ; test/golden/globals.ts:40: println("");
    mov eax, str_3                       ; 100258: b8 30 10 10 00
    push eax                             ; 10025d: 50
    call println                         ; 10025e: e8 3c fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/globals.ts:41: scale = -1;
    mov dword [scale], 0xffffffff        ; 100266: c7 05 00 20 10 00 ff ff ff ff
    ; test/golden/globals.ts:42: for (const op of operations) {
    xor ebx, ebx                         ; 100270: 31 db
    cmp ebx, 3                           ; 100272: 83 fb 03
    jae short .L4                        ; 100275: 73 33
.L2:
    mov eax, [ebx*4+operations+4]        ; 100277: 8b 04 9d 10 20 10 00
    ; test/golden/globals.ts:43: printI32(apply(op, 6, 7));
    push 7                               ; 10027e: 6a 07
    push 6                               ; 100280: 6a 06
    push eax                             ; 100282: 50
    call apply                           ; 100283: e8 63 ff ff ff
    add esp, 0xc                         ; 100288: 83 c4 0c
    push eax                             ; 10028b: 50
    call printI32                        ; 10028c: e8 66 fe ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/globals.ts:44: print(" ");
    mov eax, str_4                       ; 100294: b8 34 10 10 00
    push eax                             ; 100299: 50
    call print                           ; 10029a: e8 d9 fd ff ff
    add esp, 4                           ; 10029f: 83 c4 04
    ; test/golden/globals.ts:42: for (const op of operations) {
    add ebx, 1                           ; 1002a2: 83 c3 01
    cmp ebx, 3                           ; 1002a5: 83 fb 03
    jb short .L2                         ; 1002a8: 72 cd
.L4:
    ; test/golden/globals.ts:46: println("");
    mov eax, str_3                       ; 1002aa: b8 30 10 10 00
    push eax                             ; 1002af: 50
    call println                         ; 1002b0: e8 ea fd ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/globals.ts:47: print("calls ");
    mov eax, str_5                       ; 1002b8: b8 3c 10 10 00
    push eax                             ; 1002bd: 50
    call print                           ; 1002be: e8 b5 fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/globals.ts:48: printU32(calls);
    mov eax, [calls]                     ; 1002c6: a1 00 30 10 00
    push eax                             ; 1002cb: 50
    call printU32                        ; 1002cc: e8 e9 fd ff ff
    add esp, 4                           ; 1002d1: 83 c4 04
    ; test/golden/globals.ts:49: println("");
    mov eax, str_3                       ; 1002d4: b8 30 10 10 00
    push eax                             ; 1002d9: 50
    call println                         ; 1002da: e8 c0 fd ff ff
    add esp, 4                           ; 1002df: 83 c4 04
    ; test/golden/globals.ts:50: print("globals are page-aligned data: ");
    mov eax, str_6                       ; 1002e2: b8 48 10 10 00
    push eax                             ; 1002e7: 50
    call print                           ; 1002e8: e8 8b fd ff ff
    add esp, 4                           ; 1002ed: 83 c4 04
    ; test/golden/globals.ts:51: println((addressof(scale) & 0xfff) == 0 ? "yes" : "no");
    mov eax, scale                       ; 1002f0: b8 00 20 10 00
    test eax, 0xfff                      ; 1002f5: a9 ff 0f 00 00
    jne short .L7                        ; 1002fa: 75 07
    mov eax, str_7                       ; 1002fc: b8 6c 10 10 00
    jmp short .L8                        ; 100301: eb 05
.L7:
    mov eax, str_8                       ; 100303: b8 74 10 10 00
.L8:
    push eax                             ; 100308: 50
    call println                         ; 100309: e8 91 fd ff ff
    add esp, 4                           ; 10030e: 83 c4 04
    ; test/golden/globals.ts:52: print("calls lives in bss: ");
    mov eax, str_9                       ; 100311: b8 7c 10 10 00
    push eax                             ; 100316: 50
    call print                           ; 100317: e8 5c fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/globals.ts:53: println(addressof(calls) > addressof(scale) ? "yes" : "no");
    mov eax, calls                       ; 10031f: b8 00 30 10 00
    mov ecx, scale                       ; 100324: b9 00 20 10 00
    cmp eax, ecx                         ; 100329: 39 c8
    jbe short .L11                       ; 10032b: 76 07
    mov eax, str_7                       ; 10032d: b8 6c 10 10 00
    jmp short .L12                       ; 100332: eb 05
.L11:
    mov eax, str_8                       ; 100334: b8 74 10 10 00
.L12:
    push eax                             ; 100339: 50
    call println                         ; 10033a: e8 60 fd ff ff
    add esp, 4                           ; 10033f: 83 c4 04
    ; test/golden/globals.ts:54: printHex(u32(load<i32>(addressof(scale))));
    mov eax, [scale]                     ; 100342: a1 00 20 10 00
    push eax                             ; 100347: 50
    call printHex                        ; 100348: e8 db fd ff ff
    add esp, 4                           ; 10034d: 83 c4 04
    ; test/golden/globals.ts:55: println("");
    mov eax, str_3                       ; 100350: b8 30 10 10 00
    push eax                             ; 100355: 50
    call println                         ; 100356: e8 44 fd ff ff
    add esp, 4                           ; 10035b: 83 c4 04
    ; test/golden/globals.ts:56: exit(0);
    push 0                               ; 10035e: 6a 00
    call exit                            ; 100360: e8 1d fe ff ff
    add esp, 4                           ; 100365: 83 c4 04
    ; test/golden/globals.ts:57: }
    pop ebx                              ; 100368: 5b
    pop ebp                              ; 100369: 5d
    ret                                  ; 10036a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10036b: 55
    mov ebp, esp                         ; 10036c: 89 e5
    push ebx                             ; 10036e: 53
    push esi                             ; 10036f: 56
    mov eax, [ebp+8]                     ; 100370: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100373: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100376: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100379: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10037c: 8b 35 1c 20 10 00
    push ebx                             ; 100382: 53
    push edx                             ; 100383: 52
    push ecx                             ; 100384: 51
    push eax                             ; 100385: 50
    call esi                             ; 100386: ff d6
    add esp, 0x10                        ; 100388: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10038b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10038c: f4
    jmp short .L2                        ; 10038d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10038f: 55
    mov ebp, esp                         ; 100390: 89 e5
    sub esp, 4                           ; 100392: 83 ec 04
    push ebx                             ; 100395: 53
    push esi                             ; 100396: 56
    push edi                             ; 100397: 57
    mov ebx, [ebp+8]                     ; 100398: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10039b: 8b 45 0c
    mov [ebp-4], eax                     ; 10039e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003a1: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003a4: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_10                      ; 1003a7: b8 94 10 10 00
    push eax                             ; 1003ac: 50
    call print                           ; 1003ad: e8 c6 fc ff ff
    add esp, 4                           ; 1003b2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003b5: 56
    call printU32                        ; 1003b6: e8 ff fc ff ff
    add esp, 4                           ; 1003bb: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_11                      ; 1003be: b8 b4 10 10 00
    push eax                             ; 1003c3: 50
    call print                           ; 1003c4: e8 af fc ff ff
    add esp, 4                           ; 1003c9: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1003cc: 57
    call printU32                        ; 1003cd: e8 e8 fc ff ff
    add esp, 4                           ; 1003d2: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_12                      ; 1003d5: b8 d4 10 10 00
    push eax                             ; 1003da: 50
    call print                           ; 1003db: e8 98 fc ff ff
    add esp, 4                           ; 1003e0: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1003e3: 53
    call print                           ; 1003e4: e8 8f fc ff ff
    add esp, 4                           ; 1003e9: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_13                      ; 1003ec: b8 dc 10 10 00
    push eax                             ; 1003f1: 50
    call print                           ; 1003f2: e8 81 fc ff ff
    add esp, 4                           ; 1003f7: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1003fa: 8b 45 fc
    push eax                             ; 1003fd: 50
    call printU32                        ; 1003fe: e8 b7 fc ff ff
    add esp, 4                           ; 100403: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_3                       ; 100406: b8 30 10 10 00
    push eax                             ; 10040b: 50
    call println                         ; 10040c: e8 8e fc ff ff
    add esp, 4                           ; 100411: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100414: 5f
    pop esi                              ; 100415: 5e
    pop ebx                              ; 100416: 5b
    leave                                ; 100417: c9
    ret                                  ; 100418: c3

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
