; tskc 0.1.0 listing of test/golden/arrays.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102020, 0x108000, 0x100020

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
    call __tskc_init                     ; 10003b: e8 68 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 8e 02 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    movzx eax, al                        ; 10005d: 0f b6 c0
    cmp eax, 0                           ; 100060: 83 f8 00
    jne short .L3                        ; 100063: 75 04
    pause                                ; 100065: f3 90
    jmp short .L1                        ; 100067: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100069: 89 c8
    mov edx, 0x3f8                       ; 10006b: ba f8 03 00 00
    out dx, al                           ; 100070: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100071: 5d
    ret                                  ; 100072: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100073: 55
    mov ebp, esp                         ; 100074: 89 e5
    push ebx                             ; 100076: 53
    push esi                             ; 100077: 56
    mov ebx, [ebp+8]                     ; 100078: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10007b: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 100080: 8b 03
    cmp esi, eax                         ; 100082: 39 c6
    jge short .L4                        ; 100084: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    movzx eax, al                        ; 10008b: 0f b6 c0
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add esi, 1                           ; 100097: 83 c6 01
    jmp short .L1                        ; 10009a: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    pop ebp                              ; 10009e: 5d
    ret                                  ; 10009f: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a0: 55
    mov ebp, esp                         ; 1000a1: 89 e5
    mov eax, [ebp+8]                     ; 1000a3: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 c7 ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b9: 5d
    ret                                  ; 1000ba: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bb: 55
    mov ebp, esp                         ; 1000bc: 89 e5
    push ebx                             ; 1000be: 53
    mov ebx, [ebp+8]                     ; 1000bf: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c2: 83 fb 0a
    jb short .L2                         ; 1000c5: 72 14
    mov ecx, 0xa                         ; 1000c7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cc: 89 d8
    xor edx, edx                         ; 1000ce: 31 d2
    div ecx                              ; 1000d0: f7 f1
    push eax                             ; 1000d2: 50
    call printU32                        ; 1000d3: e8 e3 ff ff ff
    add esp, 4                           ; 1000d8: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000db: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e0: 89 d8
    xor edx, edx                         ; 1000e2: 31 d2
    div ecx                              ; 1000e4: f7 f1
    add edx, 0x30                        ; 1000e6: 83 c2 30
    movzx eax, dl                        ; 1000e9: 0f b6 c2
    push eax                             ; 1000ec: 50
    call putc                            ; 1000ed: e8 59 ff ff ff
    add esp, 4                           ; 1000f2: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f5: 5b
    pop ebp                              ; 1000f6: 5d
    ret                                  ; 1000f7: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebp                             ; 1000f8: 55
    mov ebp, esp                         ; 1000f9: 89 e5
    push ebx                             ; 1000fb: 53
    mov ebx, [ebp+8]                     ; 1000fc: 8b 5d 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    cmp ebx, 0                           ; 1000ff: 83 fb 00
    jge short .L2                        ; 100102: 7d 19
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 100104: 6a 2d
    call putc                            ; 100106: e8 40 ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    mov eax, ebx                         ; 10010e: 89 d8
    neg eax                              ; 100110: f7 d8
    push eax                             ; 100112: 50
    call printU32                        ; 100113: e8 a3 ff ff ff
    add esp, 4                           ; 100118: 83 c4 04
    jmp short .L3                        ; 10011b: eb 09
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 10011d: 53
    call printU32                        ; 10011e: e8 98 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
.L3:
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 100126: 5b
    pop ebp                              ; 100127: 5d
    ret                                  ; 100128: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100129: 55
    mov ebp, esp                         ; 10012a: 89 e5
    mov eax, [ebp+8]                     ; 10012c: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10012f: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100131: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100132: f4
    jmp short .L2                        ; 100133: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 100135: 55
    mov ebp, esp                         ; 100136: 89 e5
    mov eax, [ebp+8]                     ; 100138: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10013b: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 100140: 5d
    ret                                  ; 100141: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100142: 55
    mov ebp, esp                         ; 100143: 89 e5
    push ebx                             ; 100145: 53
    push esi                             ; 100146: 56
    mov eax, [ebp+8]                     ; 100147: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10014a: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10014d: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100150: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100153: 8b 35 00 20 10 00
    push ebx                             ; 100159: 53
    push edx                             ; 10015a: 52
    push ecx                             ; 10015b: 51
    push eax                             ; 10015c: 50
    call esi                             ; 10015d: ff d6
    add esp, 0x10                        ; 10015f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100162: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100163: f4
    jmp short .L2                        ; 100164: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100166: 55
    mov ebp, esp                         ; 100167: 89 e5
    sub esp, 4                           ; 100169: 83 ec 04
    push ebx                             ; 10016c: 53
    push esi                             ; 10016d: 56
    push edi                             ; 10016e: 57
    mov ebx, [ebp+8]                     ; 10016f: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100172: 8b 45 0c
    mov [ebp-4], eax                     ; 100175: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100178: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10017b: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_5                       ; 10017e: b8 40 10 10 00
    push eax                             ; 100183: 50
    call print                           ; 100184: e8 ea fe ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10018c: 56
    call printU32                        ; 10018d: e8 29 ff ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_6                       ; 100195: b8 60 10 10 00
    push eax                             ; 10019a: 50
    call print                           ; 10019b: e8 d3 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1001a3: 57
    call printU32                        ; 1001a4: e8 12 ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_7                       ; 1001ac: b8 80 10 10 00
    push eax                             ; 1001b1: 50
    call print                           ; 1001b2: e8 bc fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1001ba: 53
    call print                           ; 1001bb: e8 b3 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_8                       ; 1001c3: b8 88 10 10 00
    push eax                             ; 1001c8: 50
    call print                           ; 1001c9: e8 a5 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001d1: 8b 45 fc
    push eax                             ; 1001d4: 50
    call printU32                        ; 1001d5: e8 e1 fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_9                       ; 1001dd: b8 90 10 10 00
    push eax                             ; 1001e2: 50
    call println                         ; 1001e3: e8 b8 fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001eb: 5f
    pop esi                              ; 1001ec: 5e
    pop ebx                              ; 1001ed: 5b
    leave                                ; 1001ee: c9
    ret                                  ; 1001ef: c3

sum:
    ; test/golden/arrays.ts:12: function sum(values: StaticArray<u32>): u32 {
    push ebp                             ; 1001f0: 55
    mov ebp, esp                         ; 1001f1: 89 e5
    push ebx                             ; 1001f3: 53
    push esi                             ; 1001f4: 56
    mov eax, [ebp+8]                     ; 1001f5: 8b 45 08
    ; test/golden/arrays.ts:13: let total: u32 = 0;
    mov ecx, 0                           ; 1001f8: b9 00 00 00 00
    ; test/golden/arrays.ts:14: for (const v of values) total += v;
    mov edx, [eax-4]                     ; 1001fd: 8b 50 fc
    mov ebx, 0                           ; 100200: bb 00 00 00 00
.L1:
    cmp ebx, edx                         ; 100205: 39 d3
    jae short .L4                        ; 100207: 73 0a
    mov esi, [eax+ebx*4]                 ; 100209: 8b 34 98
    add ecx, esi                         ; 10020c: 01 f1
    add ebx, 1                           ; 10020e: 83 c3 01
    jmp short .L1                        ; 100211: eb f2
.L4:
    ; test/golden/arrays.ts:15: return total;
    mov eax, ecx                         ; 100213: 89 c8
    pop esi                              ; 100215: 5e
    pop ebx                              ; 100216: 5b
    pop ebp                              ; 100217: 5d
    ret                                  ; 100218: c3

pick:
    ; test/golden/arrays.ts:18: function pick(values: StaticArray<u8>, index: i32): u8 {
    push ebp                             ; 100219: 55
    mov ebp, esp                         ; 10021a: 89 e5
    mov eax, [ebp+8]                     ; 10021c: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10021f: 8b 4d 0c
    ; test/golden/arrays.ts:19: return values[index];
    mov edx, [eax-4]                     ; 100222: 8b 50 fc
    cmp ecx, edx                         ; 100225: 39 d1
    jae short .L1                        ; 100227: 73 06
    movzx eax, byte [eax+ecx]            ; 100229: 0f b6 04 08
    pop ebp                              ; 10022d: 5d
    ret                                  ; 10022e: c3
.L1:
    mov eax, str_11                      ; 10022f: b8 94 10 10 00
    push edx                             ; 100234: 52
    push ecx                             ; 100235: 51
    push 0x13                            ; 100236: 6a 13
    push eax                             ; 100238: 50
    call boundsTrap                      ; 100239: e8 04 ff ff ff
    add esp, 0x10                        ; 10023e: 83 c4 10

outOfBounds:
    ; test/golden/arrays.ts:22: function outOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100241: 55
    mov ebp, esp                         ; 100242: 89 e5
    sub esp, 4                           ; 100244: 83 ec 04
    push ebx                             ; 100247: 53
    push esi                             ; 100248: 56
    push edi                             ; 100249: 57
    mov ebx, [ebp+8]                     ; 10024a: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10024d: 8b 45 0c
    mov [ebp-4], eax                     ; 100250: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100253: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100256: 8b 7d 14
    ; test/golden/arrays.ts:23: print("trap: index ");
    mov eax, str_12                      ; 100259: b8 b0 10 10 00
    push eax                             ; 10025e: 50
    call print                           ; 10025f: e8 0f fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/arrays.ts:24: printU32(index);
    push esi                             ; 100267: 56
    call printU32                        ; 100268: e8 4e fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; test/golden/arrays.ts:25: print(" length ");
    mov eax, str_13                      ; 100270: b8 c0 10 10 00
    push eax                             ; 100275: 50
    call print                           ; 100276: e8 f8 fd ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/arrays.ts:26: printU32(length);
    push edi                             ; 10027e: 57
    call printU32                        ; 10027f: e8 37 fe ff ff
    add esp, 4                           ; 100284: 83 c4 04
    ; test/golden/arrays.ts:27: print(" at ");
    mov eax, str_7                       ; 100287: b8 80 10 10 00
    push eax                             ; 10028c: 50
    call print                           ; 10028d: e8 e1 fd ff ff
    add esp, 4                           ; 100292: 83 c4 04
    ; test/golden/arrays.ts:28: print(file);
    push ebx                             ; 100295: 53
    call print                           ; 100296: e8 d8 fd ff ff
    add esp, 4                           ; 10029b: 83 c4 04
    ; test/golden/arrays.ts:29: print(":");
    mov eax, str_8                       ; 10029e: b8 88 10 10 00
    push eax                             ; 1002a3: 50
    call print                           ; 1002a4: e8 ca fd ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    ; test/golden/arrays.ts:30: printU32(line);
    mov eax, [ebp-4]                     ; 1002ac: 8b 45 fc
    push eax                             ; 1002af: 50
    call printU32                        ; 1002b0: e8 06 fe ff ff
    add esp, 4                           ; 1002b5: 83 c4 04
    ; test/golden/arrays.ts:31: println("");
    mov eax, str_9                       ; 1002b8: b8 90 10 10 00
    push eax                             ; 1002bd: 50
    call println                         ; 1002be: e8 dd fd ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/arrays.ts:32: exit(3);
    push 3                               ; 1002c6: 6a 03
    call exit                            ; 1002c8: e8 5c fe ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/arrays.ts:33: }
    pop edi                              ; 1002d0: 5f
    pop esi                              ; 1002d1: 5e
    pop ebx                              ; 1002d2: 5b
    leave                                ; 1002d3: c9
    ret                                  ; 1002d4: c3

main:
    ; test/golden/arrays.ts:36: for (let i = 0; i < squares.length; i++) squares[i] = u32(i * i);
    push ebp                             ; 1002d5: 55
    mov ebp, esp                         ; 1002d6: 89 e5
    push ebx                             ; 1002d8: 53
    mov eax, 0                           ; 1002d9: b8 00 00 00 00
.L1:
    cmp eax, 0xa                         ; 1002de: 83 f8 0a
    jge short .L4                        ; 1002e1: 7d 11
    mov ecx, eax                         ; 1002e3: 89 c1
    imul ecx, eax                        ; 1002e5: 0f af c8
    mov [eax*4+squares+4], ecx           ; 1002e8: 89 0c 85 04 30 10 00
    add eax, 1                           ; 1002ef: 83 c0 01
    jmp short .L1                        ; 1002f2: eb ea
.L4:
    ; test/golden/arrays.ts:37: print("sum of squares ");
    mov eax, str_14                      ; 1002f4: b8 cc 10 10 00
    push eax                             ; 1002f9: 50
    call print                           ; 1002fa: e8 74 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/arrays.ts:38: printU32(sum(squares));
    mov eax, squares+4                   ; 100302: b8 04 30 10 00
    push eax                             ; 100307: 50
    call sum                             ; 100308: e8 e3 fe ff ff
    add esp, 4                           ; 10030d: 83 c4 04
    push eax                             ; 100310: 50
    call printU32                        ; 100311: e8 a5 fd ff ff
    add esp, 4                           ; 100316: 83 c4 04
    ; test/golden/arrays.ts:39: println("");
    mov eax, str_9                       ; 100319: b8 90 10 10 00
    push eax                             ; 10031e: 50
    call println                         ; 10031f: e8 7c fd ff ff
    add esp, 4                           ; 100324: 83 c4 04
    ; test/golden/arrays.ts:41: words[0] = -1;
    mov word [words+4], 0xffff           ; 100327: 66 c7 05 30 30 10 00 ff ff
    ; test/golden/arrays.ts:42: words[3] = 32767;
    mov word [words+10], 0x7fff          ; 100330: 66 c7 05 36 30 10 00 ff 7f
    ; test/golden/arrays.ts:43: words[3]++;
    movsx eax, word [words+10]           ; 100339: 0f bf 05 36 30 10 00
    add eax, 1                           ; 100340: 83 c0 01
    movsx eax, ax                        ; 100343: 0f bf c0
    mov [words+10], ax                   ; 100346: 66 a3 36 30 10 00
    ; test/golden/arrays.ts:44: printI32(words[0]);
    movsx eax, word [words+4]            ; 10034c: 0f bf 05 30 30 10 00
    push eax                             ; 100353: 50
    call printI32                        ; 100354: e8 9f fd ff ff
    add esp, 4                           ; 100359: 83 c4 04
    ; test/golden/arrays.ts:45: print(" ");
    mov eax, str_15                      ; 10035c: b8 e0 10 10 00
    push eax                             ; 100361: 50
    call print                           ; 100362: e8 0c fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; test/golden/arrays.ts:46: printI32(words[3]);
    movsx eax, word [words+10]           ; 10036a: 0f bf 05 36 30 10 00
    push eax                             ; 100371: 50
    call printI32                        ; 100372: e8 81 fd ff ff
    add esp, 4                           ; 100377: 83 c4 04
    ; test/golden/arrays.ts:47: println("");
    mov eax, str_9                       ; 10037a: b8 90 10 10 00
    push eax                             ; 10037f: 50
    call println                         ; 100380: e8 1b fd ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; test/golden/arrays.ts:49: let primeSum: u32 = 0;
    mov ebx, 0                           ; 100388: bb 00 00 00 00
    ; test/golden/arrays.ts:50: for (const p of primes) primeSum += p;
    mov eax, 0                           ; 10038d: b8 00 00 00 00
.L10:
    cmp eax, 6                           ; 100392: 83 f8 06
    jae short .L13                       ; 100395: 73 0e
    movzx ecx, byte [eax+primes+4]       ; 100397: 0f b6 88 08 20 10 00
    add ebx, ecx                         ; 10039e: 01 cb
    add eax, 1                           ; 1003a0: 83 c0 01
    jmp short .L10                       ; 1003a3: eb ed
.L13:
    ; test/golden/arrays.ts:51: print("primes ");
    mov eax, str_16                      ; 1003a5: b8 e8 10 10 00
    push eax                             ; 1003aa: 50
    call print                           ; 1003ab: e8 c3 fc ff ff
    add esp, 4                           ; 1003b0: 83 c4 04
    ; test/golden/arrays.ts:52: printI32(primes.length);
    push 6                               ; 1003b3: 6a 06
    call printI32                        ; 1003b5: e8 3e fd ff ff
    add esp, 4                           ; 1003ba: 83 c4 04
    ; test/golden/arrays.ts:53: print(" sum ");
    mov eax, str_17                      ; 1003bd: b8 f4 10 10 00
    push eax                             ; 1003c2: 50
    call print                           ; 1003c3: e8 ab fc ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; test/golden/arrays.ts:54: printU32(primeSum);
    push ebx                             ; 1003cb: 53
    call printU32                        ; 1003cc: e8 ea fc ff ff
    add esp, 4                           ; 1003d1: 83 c4 04
    ; test/golden/arrays.ts:55: println("");
    mov eax, str_9                       ; 1003d4: b8 90 10 10 00
    push eax                             ; 1003d9: 50
    call println                         ; 1003da: e8 c1 fc ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    mov ebx, 0                           ; 1003e2: bb 00 00 00 00
.L15:
    cmp ebx, 3                           ; 1003e7: 83 fb 03
    jae short .L18                       ; 1003ea: 73 23
    mov eax, [ebx*4+greetings+4]         ; 1003ec: 8b 04 9d 14 20 10 00
    ; test/golden/arrays.ts:58: print(g);
    push eax                             ; 1003f3: 50
    call print                           ; 1003f4: e8 7a fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; test/golden/arrays.ts:59: print(" ");
    mov eax, str_15                      ; 1003fc: b8 e0 10 10 00
    push eax                             ; 100401: 50
    call print                           ; 100402: e8 6c fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; test/golden/arrays.ts:57: for (const g of greetings) {
    add ebx, 1                           ; 10040a: 83 c3 01
    jmp short .L15                       ; 10040d: eb d8
.L18:
    ; test/golden/arrays.ts:61: println("");
    mov eax, str_9                       ; 10040f: b8 90 10 10 00
    push eax                             ; 100414: 50
    call println                         ; 100415: e8 86 fc ff ff
    add esp, 4                           ; 10041a: 83 c4 04
    ; test/golden/arrays.ts:63: print("unchecked ");
    mov eax, str_18                      ; 10041d: b8 00 11 10 00
    push eax                             ; 100422: 50
    call print                           ; 100423: e8 4b fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; test/golden/arrays.ts:64: printU32(unchecked(primes[5]));
    movzx eax, byte [primes+9]           ; 10042b: 0f b6 05 0d 20 10 00
    push eax                             ; 100432: 50
    call printU32                        ; 100433: e8 83 fc ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; test/golden/arrays.ts:65: println("");
    mov eax, str_9                       ; 10043b: b8 90 10 10 00
    push eax                             ; 100440: 50
    call println                         ; 100441: e8 5a fc ff ff
    add esp, 4                           ; 100446: 83 c4 04
    ; test/golden/arrays.ts:67: onBoundsError(outOfBounds);
    mov eax, outOfBounds                 ; 100449: b8 41 02 10 00
    push eax                             ; 10044e: 50
    call onBoundsError                   ; 10044f: e8 e1 fc ff ff
    add esp, 4                           ; 100454: 83 c4 04
    ; test/golden/arrays.ts:68: printU32(pick(primes, 5));
    mov eax, primes+4                    ; 100457: b8 08 20 10 00
    push 5                               ; 10045c: 6a 05
    push eax                             ; 10045e: 50
    call pick                            ; 10045f: e8 b5 fd ff ff
    add esp, 8                           ; 100464: 83 c4 08
    push eax                             ; 100467: 50
    call printU32                        ; 100468: e8 4e fc ff ff
    add esp, 4                           ; 10046d: 83 c4 04
    ; test/golden/arrays.ts:69: println("");
    mov eax, str_9                       ; 100470: b8 90 10 10 00
    push eax                             ; 100475: 50
    call println                         ; 100476: e8 25 fc ff ff
    add esp, 4                           ; 10047b: 83 c4 04
    ; test/golden/arrays.ts:70: printU32(pick(primes, 6));
    mov eax, primes+4                    ; 10047e: b8 08 20 10 00
    push 6                               ; 100483: 6a 06
    push eax                             ; 100485: 50
    call pick                            ; 100486: e8 8e fd ff ff
    add esp, 8                           ; 10048b: 83 c4 08
    push eax                             ; 10048e: 50
    call printU32                        ; 10048f: e8 27 fc ff ff
    add esp, 4                           ; 100494: 83 c4 04
    ; test/golden/arrays.ts:71: println("not reached");
    mov eax, str_19                      ; 100497: b8 10 11 10 00
    push eax                             ; 10049c: 50
    call println                         ; 10049d: e8 fe fb ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; test/golden/arrays.ts:72: }
    pop ebx                              ; 1004a5: 5b
    pop ebp                              ; 1004a6: 5d
    ret                                  ; 1004a7: c3

__tskc_init:
    push ebp                             ; 1004a8: 55
    mov ebp, esp                         ; 1004a9: 89 e5
    mov dword [squares], 0xa             ; 1004ab: c7 05 00 30 10 00 0a 00 00 00
    mov dword [words], 4                 ; 1004b5: c7 05 2c 30 10 00 04 00 00 00
    pop ebp                              ; 1004bf: 5d
    ret                                  ; 1004c0: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "hello"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x65, 0x6c, 0x6c, 0x6f
    times 0x100c - ($ - $$) db 0
str_1:  ; "bonjour"
    db 0x7, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x6e, 0x6a, 0x6f, 0x75, 0x72
    times 0x1018 - ($ - $$) db 0
str_2:  ; "hallo"
    db 0x5, 0x0, 0x0, 0x0, 0x68, 0x61, 0x6c, 0x6c, 0x6f
    times 0x1024 - ($ - $$) db 0
str_3:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x1040 - ($ - $$) db 0
str_5:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1060 - ($ - $$) db 0
str_6:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1080 - ($ - $$) db 0
str_7:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1088 - ($ - $$) db 0
str_8:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1090 - ($ - $$) db 0
str_9:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1094 - ($ - $$) db 0
str_11:  ; "test/golden/arrays.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x61, 0x72, 0x72, 0x61, 0x79, 0x73, 0x2e, 0x74, 0x73
    times 0x10b0 - ($ - $$) db 0
str_12:  ; "trap: index "
    db 0xc, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x10c0 - ($ - $$) db 0
str_13:  ; " length "
    db 0x8, 0x0, 0x0, 0x0, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x10cc - ($ - $$) db 0
str_14:  ; "sum of squares "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x75, 0x6d, 0x20, 0x6f, 0x66, 0x20, 0x73, 0x71, 0x75, 0x61, 0x72
    db 0x65, 0x73, 0x20
    times 0x10e0 - ($ - $$) db 0
str_15:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10e8 - ($ - $$) db 0
str_16:  ; "primes "
    db 0x7, 0x0, 0x0, 0x0, 0x70, 0x72, 0x69, 0x6d, 0x65, 0x73, 0x20
    times 0x10f4 - ($ - $$) db 0
str_17:  ; " sum "
    db 0x5, 0x0, 0x0, 0x0, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1100 - ($ - $$) db 0
str_18:  ; "unchecked "
    db 0xa, 0x0, 0x0, 0x0, 0x75, 0x6e, 0x63, 0x68, 0x65, 0x63, 0x6b, 0x65, 0x64, 0x20
    times 0x1110 - ($ - $$) db 0
str_19:  ; "not reached"
    db 0xb, 0x0, 0x0, 0x0, 0x6e, 0x6f, 0x74, 0x20, 0x72, 0x65, 0x61, 0x63, 0x68, 0x65, 0x64

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds
    times 0x2004 - ($ - $$) db 0
primes:  ; StaticArray<u8>(6)
    db 0x6, 0x0, 0x0, 0x0, 0x2, 0x3, 0x5, 0x7, 0xb, 0xd
    times 0x2010 - ($ - $$) db 0
greetings:  ; StaticArray<string>(3)
    db 0x3, 0x0, 0x0, 0x0
    dd str_0
    dd str_1
    dd str_2

    times 0x2020 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107040
squares equ 0x103000  ; StaticArray<u32>(10), 44 bytes
words equ 0x10302c  ; StaticArray<i16>(4), 12 bytes
__stack equ 0x103040  ; boot stack, 16384 bytes
