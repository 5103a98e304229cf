; tskc 0.1.0 listing of test/golden/bounds.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 50 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 50 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 bf 02 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 3b 02 00 00
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

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 1000f8: 55
    mov ebp, esp                         ; 1000f9: 89 e5
    mov eax, [ebp+8]                     ; 1000fb: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 1000fe: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100100: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100101: f4
    jmp short .L2                        ; 100102: eb fd

onBoundsError:
    ; runtime/lib/trap.ts:13: export function onBoundsError(handler: BoundsHandler): void {
    push ebp                             ; 100104: 55
    mov ebp, esp                         ; 100105: 89 e5
    mov eax, [ebp+8]                     ; 100107: 8b 45 08
    ; runtime/lib/trap.ts:14: boundsHandler = handler;
    mov [boundsHandler], eax             ; 10010a: a3 00 20 10 00
    ; runtime/lib/trap.ts:15: }
    pop ebp                              ; 10010f: 5d
    ret                                  ; 100110: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100111: 55
    mov ebp, esp                         ; 100112: 89 e5
    push ebx                             ; 100114: 53
    push esi                             ; 100115: 56
    mov eax, [ebp+8]                     ; 100116: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100119: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10011c: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10011f: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100122: 8b 35 00 20 10 00
    push ebx                             ; 100128: 53
    push edx                             ; 100129: 52
    push ecx                             ; 10012a: 51
    push eax                             ; 10012b: 50
    call esi                             ; 10012c: ff d6
    add esp, 0x10                        ; 10012e: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100131: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100132: f4
    jmp short .L2                        ; 100133: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100135: 55
    mov ebp, esp                         ; 100136: 89 e5
    sub esp, 4                           ; 100138: 83 ec 04
    push ebx                             ; 10013b: 53
    push esi                             ; 10013c: 56
    push edi                             ; 10013d: 57
    mov ebx, [ebp+8]                     ; 10013e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100141: 8b 45 0c
    mov [ebp-4], eax                     ; 100144: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100147: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10014a: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_2                       ; 10014d: b8 1c 10 10 00
    push eax                             ; 100152: 50
    call print                           ; 100153: e8 1b ff ff ff
    add esp, 4                           ; 100158: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10015b: 56
    call printU32                        ; 10015c: e8 5a ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_3                       ; 100164: b8 3c 10 10 00
    push eax                             ; 100169: 50
    call print                           ; 10016a: e8 04 ff ff ff
    add esp, 4                           ; 10016f: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100172: 57
    call printU32                        ; 100173: e8 43 ff ff ff
    add esp, 4                           ; 100178: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_4                       ; 10017b: b8 5c 10 10 00
    push eax                             ; 100180: 50
    call print                           ; 100181: e8 ed fe ff ff
    add esp, 4                           ; 100186: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100189: 53
    call print                           ; 10018a: e8 e4 fe ff ff
    add esp, 4                           ; 10018f: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_5                       ; 100192: b8 64 10 10 00
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 d6 fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1001a0: 8b 45 fc
    push eax                             ; 1001a3: 50
    call printU32                        ; 1001a4: e8 12 ff ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_6                       ; 1001ac: b8 6c 10 10 00
    push eax                             ; 1001b1: 50
    call println                         ; 1001b2: e8 e9 fe ff ff
    add esp, 4                           ; 1001b7: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1001ba: 5f
    pop esi                              ; 1001bb: 5e
    pop ebx                              ; 1001bc: 5b
    leave                                ; 1001bd: c9
    ret                                  ; 1001be: c3

fill:
    ; test/golden/bounds.ts:16: function fill(values: StaticArray<u32>): void {
    push ebp                             ; 1001bf: 55
    mov ebp, esp                         ; 1001c0: 89 e5
    push ebx                             ; 1001c2: 53
    mov eax, [ebp+8]                     ; 1001c3: 8b 45 08
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov ecx, 0                           ; 1001c6: b9 00 00 00 00
.L1:
    mov edx, [eax-4]                     ; 1001cb: 8b 50 fc
    cmp ecx, edx                         ; 1001ce: 39 d1
    jge short .L4                        ; 1001d0: 7d 0f
    ; test/golden/bounds.ts:11: function square(x: u32): u32 {
    mov edx, ecx                         ; 1001d2: 89 ca
    ; test/golden/bounds.ts:12: return x * x;
    mov ebx, edx                         ; 1001d4: 89 d3
    imul ebx, edx                        ; 1001d6: 0f af da
    ; test/golden/bounds.ts:17: for (let i = 0; i < values.length; i++) values[i] = square(u32(i));
    mov [eax+ecx*4], ebx                 ; 1001d9: 89 1c 88
    add ecx, 1                           ; 1001dc: 83 c1 01
    jmp short .L1                        ; 1001df: eb ea
.L4:
    ; test/golden/bounds.ts:18: }
    pop ebx                              ; 1001e1: 5b
    pop ebp                              ; 1001e2: 5d
    ret                                  ; 1001e3: c3

total:
    ; test/golden/bounds.ts:22: let sum: u32 = 0;
    push ebp                             ; 1001e4: 55
    mov ebp, esp                         ; 1001e5: 89 e5
    mov eax, 0                           ; 1001e7: b8 00 00 00 00
    ; test/golden/bounds.ts:23: for (let i = 0; i < table.length; i++) sum += table[i];
    mov ecx, 0                           ; 1001ec: b9 00 00 00 00
.L1:
    cmp ecx, 0x10                        ; 1001f1: 83 f9 10
    jge short .L4                        ; 1001f4: 7d 0e
    mov edx, [ecx*4+table+4]             ; 1001f6: 8b 14 8d 04 30 10 00
    add eax, edx                         ; 1001fd: 01 d0
    add ecx, 1                           ; 1001ff: 83 c1 01
    jmp short .L1                        ; 100202: eb ed
.L4:
    ; test/golden/bounds.ts:24: return sum;
    pop ebp                              ; 100204: 5d
    ret                                  ; 100205: c3

$at:
    ; test/golden/bounds.ts:28: function at(values: StaticArray<u32>, index: i32): u32 {
    push ebp                             ; 100206: 55
    mov ebp, esp                         ; 100207: 89 e5
    mov eax, [ebp+8]                     ; 100209: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10020c: 8b 4d 0c
    ; test/golden/bounds.ts:29: return values[index];
    mov edx, [eax-4]                     ; 10020f: 8b 50 fc
    cmp ecx, edx                         ; 100212: 39 d1
    jae short .L1                        ; 100214: 73 05
    mov eax, [eax+ecx*4]                 ; 100216: 8b 04 88
    pop ebp                              ; 100219: 5d
    ret                                  ; 10021a: c3
.L1:
    mov eax, str_8                       ; 10021b: b8 70 10 10 00
    push edx                             ; 100220: 52
    push ecx                             ; 100221: 51
    push 0x1d                            ; 100222: 6a 1d
    push eax                             ; 100224: 50
    call boundsTrap                      ; 100225: e8 e7 fe ff ff
    add esp, 0x10                        ; 10022a: 83 c4 10

stop:
    ; test/golden/bounds.ts:32: function stop(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10022d: 55
    mov ebp, esp                         ; 10022e: 89 e5
    push ebx                             ; 100230: 53
    push esi                             ; 100231: 56
    mov ebx, [ebp+0x10]                  ; 100232: 8b 5d 10
    mov esi, [ebp+0x14]                  ; 100235: 8b 75 14
    ; test/golden/bounds.ts:33: print("trapped: index ");
    mov eax, str_9                       ; 100238: b8 8c 10 10 00
    push eax                             ; 10023d: 50
    call print                           ; 10023e: e8 30 fe ff ff
    add esp, 4                           ; 100243: 83 c4 04
    ; test/golden/bounds.ts:34: printU32(index);
    push ebx                             ; 100246: 53
    call printU32                        ; 100247: e8 6f fe ff ff
    add esp, 4                           ; 10024c: 83 c4 04
    ; test/golden/bounds.ts:35: print(" of ");
    mov eax, str_10                      ; 10024f: b8 a0 10 10 00
    push eax                             ; 100254: 50
    call print                           ; 100255: e8 19 fe ff ff
    add esp, 4                           ; 10025a: 83 c4 04
    ; test/golden/bounds.ts:36: printU32(length);
    push esi                             ; 10025d: 56
    call printU32                        ; 10025e: e8 58 fe ff ff
    add esp, 4                           ; 100263: 83 c4 04
    ; test/golden/bounds.ts:37: println("");
    mov eax, str_6                       ; 100266: b8 6c 10 10 00
    push eax                             ; 10026b: 50
    call println                         ; 10026c: e8 2f fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/bounds.ts:38: exit(0);
    push 0                               ; 100274: 6a 00
    call exit                            ; 100276: e8 7d fe ff ff
    add esp, 4                           ; 10027b: 83 c4 04
    ; test/golden/bounds.ts:39: }
    pop esi                              ; 10027e: 5e
    pop ebx                              ; 10027f: 5b
    pop ebp                              ; 100280: 5d
    ret                                  ; 100281: c3

main:
    ; test/golden/bounds.ts:42: onBoundsError(stop);
    push ebp                             ; 100282: 55
    mov ebp, esp                         ; 100283: 89 e5
    mov eax, stop                        ; 100285: b8 2d 02 10 00
    push eax                             ; 10028a: 50
    call onBoundsError                   ; 10028b: e8 74 fe ff ff
    add esp, 4                           ; 100290: 83 c4 04
    ; test/golden/bounds.ts:43: fill(table);
    mov eax, table+4                     ; 100293: b8 04 30 10 00
    push eax                             ; 100298: 50
    call fill                            ; 100299: e8 21 ff ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; test/golden/bounds.ts:44: printU32(total());
    call total                           ; 1002a1: e8 3e ff ff ff
    push eax                             ; 1002a6: 50
    call printU32                        ; 1002a7: e8 0f fe ff ff
    add esp, 4                           ; 1002ac: 83 c4 04
    ; test/golden/bounds.ts:45: println("");
    mov eax, str_6                       ; 1002af: b8 6c 10 10 00
    push eax                             ; 1002b4: 50
    call println                         ; 1002b5: e8 e6 fd ff ff
    add esp, 4                           ; 1002ba: 83 c4 04
    ; test/golden/bounds.ts:46: printU32(at(table, 15));
    mov eax, table+4                     ; 1002bd: b8 04 30 10 00
    push 0xf                             ; 1002c2: 6a 0f
    push eax                             ; 1002c4: 50
    call $at                             ; 1002c5: e8 3c ff ff ff
    add esp, 8                           ; 1002ca: 83 c4 08
    push eax                             ; 1002cd: 50
    call printU32                        ; 1002ce: e8 e8 fd ff ff
    add esp, 4                           ; 1002d3: 83 c4 04
    ; test/golden/bounds.ts:47: println("");
    mov eax, str_6                       ; 1002d6: b8 6c 10 10 00
    push eax                             ; 1002db: 50
    call println                         ; 1002dc: e8 bf fd ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    ; test/golden/bounds.ts:48: printU32(at(table, 16));
    mov eax, table+4                     ; 1002e4: b8 04 30 10 00
    push 0x10                            ; 1002e9: 6a 10
    push eax                             ; 1002eb: 50
    call $at                             ; 1002ec: e8 15 ff ff ff
    add esp, 8                           ; 1002f1: 83 c4 08
    push eax                             ; 1002f4: 50
    call printU32                        ; 1002f5: e8 c1 fd ff ff
    add esp, 4                           ; 1002fa: 83 c4 04
    ; test/golden/bounds.ts:49: }
    pop ebp                              ; 1002fd: 5d
    ret                                  ; 1002fe: c3

__tskc_init:
    push ebp                             ; 1002ff: 55
    mov ebp, esp                         ; 100300: 89 e5
    mov dword [table], 0x10              ; 100302: c7 05 00 30 10 00 10 00 00 00
    pop ebp                              ; 10030c: 5d
    ret                                  ; 10030d: c3

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
str_8:  ; "test/golden/bounds.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x2e, 0x74, 0x73
    times 0x108c - ($ - $$) db 0
str_9:  ; "trapped: index "
    db 0xf, 0x0, 0x0, 0x0, 0x74, 0x72, 0x61, 0x70, 0x70, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64
    db 0x65, 0x78, 0x20
    times 0x10a0 - ($ - $$) db 0
str_10:  ; " of "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x6f, 0x66, 0x20

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107050
table equ 0x103000  ; StaticArray<u32>(16), 68 bytes
__stack equ 0x103050  ; boot stack, 16384 bytes
