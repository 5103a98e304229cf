; tskc 0.1.0 listing of test/golden/interrupts.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 78 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 78 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 4f 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 de 01 00 00
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
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 10010e: 55
    mov ebp, esp                         ; 10010f: 89 e5
    push ebx                             ; 100111: 53
    push esi                             ; 100112: 56
    push edi                             ; 100113: 57
    mov ebx, [ebp+8]                     ; 100114: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100117: b8 1c 10 10 00
    push eax                             ; 10011c: 50
    call print                           ; 10011d: e8 63 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100125: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10012a: 89 d8
    mov ecx, esi                         ; 10012c: 89 f1
    shr eax, cl                          ; 10012e: d3 e8
    mov edi, eax                         ; 100130: 89 c7
    and edi, 0xf                         ; 100132: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100135: 83 ff 0a
    jb short .L5                         ; 100138: 72 07
.L6:
    mov eax, edi                         ; 10013a: 89 f8
    add eax, 0x57                        ; 10013c: 83 c0 57
    jmp short .L7                        ; 10013f: eb 05
.L5:
    mov eax, edi                         ; 100141: 89 f8
    add eax, 0x30                        ; 100143: 83 c0 30
.L7:
    movzx eax, al                        ; 100146: 0f b6 c0
    push eax                             ; 100149: 50
    call putc                            ; 10014a: e8 fc fe ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100152: 83 fe 00
    je short .L4                         ; 100155: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100157: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10015a: 89 d8
    mov ecx, esi                         ; 10015c: 89 f1
    shr eax, cl                          ; 10015e: d3 e8
    mov edi, eax                         ; 100160: 89 c7
    and edi, 0xf                         ; 100162: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100165: 83 ff 0a
    jb short .L5                         ; 100168: 72 d7
    jmp short .L6                        ; 10016a: eb ce
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 10016c: 5f
    pop esi                              ; 10016d: 5e
    pop ebx                              ; 10016e: 5b
    pop ebp                              ; 10016f: 5d
    ret                                  ; 100170: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100171: 55
    mov ebp, esp                         ; 100172: 89 e5
    mov eax, [ebp+8]                     ; 100174: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100177: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100179: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10017a: f4
    jmp short .L2                        ; 10017b: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    mov eax, [ebp+8]                     ; 100180: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100183: 8b 4d 0c
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 100186: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [eax+5], cl                      ; 10018b: 88 48 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 10018e: c6 40 06 cf
    ; test/golden/interrupts.ts:43: }
    pop ebp                              ; 100192: 5d
    ret                                  ; 100193: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebp                             ; 100194: 55
    mov ebp, esp                         ; 100195: 89 e5
    push ebx                             ; 100197: 53
    mov ebx, [ebp+8]                     ; 100198: 8b 5d 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 10019b: b8 24 10 10 00
    push eax                             ; 1001a0: 50
    call print                           ; 1001a1: e8 df fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 1001a9: 8b 43 30
    push eax                             ; 1001ac: 50
    call printU32                        ; 1001ad: e8 1f ff ff ff
    add esp, 4                           ; 1001b2: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 1001b5: b8 34 10 10 00
    push eax                             ; 1001ba: 50
    call print                           ; 1001bb: e8 c5 fe ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 1001c3: 8b 43 34
    push eax                             ; 1001c6: 50
    call printHex                        ; 1001c7: e8 42 ff ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001cf: b8 40 10 10 00
    push eax                             ; 1001d4: 50
    call print                           ; 1001d5: e8 ab fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001dd: 8b 43 3c
    push eax                             ; 1001e0: 50
    call printHex                        ; 1001e1: e8 28 ff ff ff
    add esp, 4                           ; 1001e6: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001e9: b8 48 10 10 00
    push eax                             ; 1001ee: 50
    call println                         ; 1001ef: e8 c2 fe ff ff
    add esp, 4                           ; 1001f4: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    mov eax, [ebx+0x30]                  ; 1001f7: 8b 43 30
    cmp eax, 0x41                        ; 1001fa: 83 f8 41
    jne short .L2                        ; 1001fd: 75 12
    mov dword [ebx+0x1c], 0x2a           ; 1001ff: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    mov eax, [ebx+0x30]                  ; 100206: 8b 43 30
    cmp eax, 0xd                         ; 100209: 83 f8 0d
    je short .L4                         ; 10020c: 74 0b
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 10020e: 5b
    pop ebp                              ; 10020f: 5d
    ret                                  ; 100210: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    mov eax, [ebx+0x30]                  ; 100211: 8b 43 30
    cmp eax, 0xd                         ; 100214: 83 f8 0d
    jne short .L5                        ; 100217: 75 f5
.L4:
    mov eax, [ebx+0x38]                  ; 100219: 8b 43 38
    add eax, 2                           ; 10021c: 83 c0 02
    mov [ebx+0x38], eax                  ; 10021f: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 100222: 5b
    pop ebp                              ; 100223: 5d
    ret                                  ; 100224: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 100225: 55
    mov ebp, esp                         ; 100226: 89 e5
    push ebx                             ; 100228: 53
    push esi                             ; 100229: 56
    mov eax, gdt+12                      ; 10022a: b8 0c 30 10 00
    push 0x9a                            ; 10022f: 68 9a 00 00 00
    push eax                             ; 100234: 50
    call flatSegment                     ; 100235: e8 43 ff ff ff
    add esp, 8                           ; 10023a: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 10023d: b8 14 30 10 00
    push 0x92                            ; 100242: 68 92 00 00 00
    push eax                             ; 100247: 50
    call flatSegment                     ; 100248: e8 30 ff ff ff
    add esp, 8                           ; 10024d: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 100250: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100259: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 10025e: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    mov eax, gdtPointer                  ; 100263: b8 20 38 10 00
    lgdt [eax]                           ; 100268: 0f 01 10
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 10026b: b8 10 00 00 00
    mov ds, eax                          ; 100270: 8e d8
    mov es, eax                          ; 100272: 8e c0
    mov fs, eax                          ; 100274: 8e e0
    mov gs, eax                          ; 100276: 8e e8
    mov ss, eax                          ; 100278: 8e d0
    mov eax, 8                           ; 10027a: b8 08 00 00 00
    push eax                             ; 10027f: 50
    call 0x100285                        ; 100280: e8 00 00 00 00
    add dword [esp], 5                   ; 100285: 83 04 24 05
    retf                                 ; 100289: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 10028a: b8 4c 10 10 00
    push eax                             ; 10028f: 50
    call println                         ; 100290: e8 21 fe ff ff
    add esp, 4                           ; 100295: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    mov eax, 0                           ; 100298: b8 00 00 00 00
    cmp eax, 0x100                       ; 10029d: 3d 00 01 00 00
    jge short .L4                        ; 1002a2: 7d 35
.L2:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov ecx, idt+4                       ; 1002a4: b9 20 30 10 00
    imul edx, eax, 8                     ; 1002a9: 6b d0 08
    add ecx, edx                         ; 1002ac: 01 d1
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov edx, [eax*4+onInterrupt_stubs+4] ; 1002ae: 8b 14 85 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, dx                        ; 1002b5: 0f b7 da
    mov [ecx], bx                        ; 1002b8: 66 89 19
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ecx+2], 8                  ; 1002bb: 66 c7 41 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ecx+5], 0x8e               ; 1002c1: c6 41 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr edx, 0x10                        ; 1002c5: c1 ea 10
    movzx edx, dx                        ; 1002c8: 0f b7 d2
    mov [ecx+6], dx                      ; 1002cb: 66 89 51 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add eax, 1                           ; 1002cf: 83 c0 01
    cmp eax, 0x100                       ; 1002d2: 3d 00 01 00 00
    jl short .L2                         ; 1002d7: 7c cb
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002d9: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002e2: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002e7: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    mov eax, idtPointer                  ; 1002ec: b8 28 38 10 00
    lidt [eax]                           ; 1002f1: 0f 01 18
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002f4: b8 7c 10 10 00
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 b7 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 100302: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 100303: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 100305: cd 41
    mov ebx, eax                         ; 100307: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 100309: b8 8c 10 10 00
    push eax                             ; 10030e: 50
    call print                           ; 10030f: e8 71 fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 100317: 53
    call printU32                        ; 100318: e8 b4 fd ff ff
    add esp, 4                           ; 10031d: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 100320: b8 48 10 10 00
    push eax                             ; 100325: 50
    call println                         ; 100326: e8 8b fd ff ff
    add esp, 4                           ; 10032b: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 10032e: b8 34 12 00 00
    mov ds, eax                          ; 100333: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 100335: b8 a4 10 10 00
    push eax                             ; 10033a: 50
    call println                         ; 10033b: e8 76 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100343: b8 bc 10 10 00
    push eax                             ; 100348: 50
    call print                           ; 100349: e8 37 fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100351: 0f 20 c0
    and eax, 1                           ; 100354: 83 e0 01
    cmp eax, 0                           ; 100357: 83 f8 00
    je short .L15                        ; 10035a: 74 07
    mov eax, str_12                      ; 10035c: b8 d0 10 10 00
    jmp short .L16                       ; 100361: eb 05
.L15:
    mov eax, str_13                      ; 100363: b8 d8 10 10 00
.L16:
    push eax                             ; 100368: 50
    call println                         ; 100369: e8 48 fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100371: b8 e0 10 10 00
    push eax                             ; 100376: 50
    call print                           ; 100377: e8 09 fd ff ff
    add esp, 4                           ; 10037c: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 10037f: 9c
    pop eax                              ; 100380: 58
    and eax, 0x200                       ; 100381: 25 00 02 00 00
    cmp eax, 0                           ; 100386: 83 f8 00
    je short .L19                        ; 100389: 74 07
    mov eax, str_12                      ; 10038b: b8 d0 10 10 00
    jmp short .L20                       ; 100390: eb 05
.L19:
    mov eax, str_13                      ; 100392: b8 d8 10 10 00
.L20:
    push eax                             ; 100397: 50
    call println                         ; 100398: e8 19 fd ff ff
    add esp, 4                           ; 10039d: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 1003a0: b8 f8 10 10 00
    push eax                             ; 1003a5: 50
    call print                           ; 1003a6: e8 da fc ff ff
    add esp, 4                           ; 1003ab: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 1003ae: bb 14 00 00 00
    mov esi, 0x16                        ; 1003b3: be 16 00 00 00
    mov eax, ebx                         ; 1003b8: 89 d8
    add eax, esi                         ; 1003ba: 01 f0
    push eax                             ; 1003bc: 50
    call printU32                        ; 1003bd: e8 0f fd ff ff
    add esp, 4                           ; 1003c2: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 1003c5: b8 48 10 10 00
    push eax                             ; 1003ca: 50
    call println                         ; 1003cb: e8 e6 fc ff ff
    add esp, 4                           ; 1003d0: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003d3: 6a 00
    call exit                            ; 1003d5: e8 97 fd ff ff
    add esp, 4                           ; 1003da: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003dd: 5e
    pop ebx                              ; 1003de: 5b
    pop ebp                              ; 1003df: 5d
    ret                                  ; 1003e0: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003e1: 55
    mov ebp, esp                         ; 1003e2: 89 e5
    push ebx                             ; 1003e4: 53
    push esi                             ; 1003e5: 56
    mov eax, [ebp+8]                     ; 1003e6: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003e9: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003ec: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003ef: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003f2: 8b 35 00 20 10 00
    push ebx                             ; 1003f8: 53
    push edx                             ; 1003f9: 52
    push ecx                             ; 1003fa: 51
    push eax                             ; 1003fb: 50
    call esi                             ; 1003fc: ff d6
    add esp, 0x10                        ; 1003fe: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100401: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100402: f4
    jmp short .L2                        ; 100403: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100405: 55
    mov ebp, esp                         ; 100406: 89 e5
    sub esp, 4                           ; 100408: 83 ec 04
    push ebx                             ; 10040b: 53
    push esi                             ; 10040c: 56
    push edi                             ; 10040d: 57
    mov ebx, [ebp+8]                     ; 10040e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100411: 8b 45 0c
    mov [ebp-4], eax                     ; 100414: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100417: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10041a: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 10041d: b8 14 11 10 00
    push eax                             ; 100422: 50
    call print                           ; 100423: e8 5d fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10042b: 56
    call printU32                        ; 10042c: e8 a0 fc ff ff
    add esp, 4                           ; 100431: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 100434: b8 34 11 10 00
    push eax                             ; 100439: 50
    call print                           ; 10043a: e8 46 fc ff ff
    add esp, 4                           ; 10043f: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100442: 57
    call printU32                        ; 100443: e8 89 fc ff ff
    add esp, 4                           ; 100448: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 10044b: b8 54 11 10 00
    push eax                             ; 100450: 50
    call print                           ; 100451: e8 2f fc ff ff
    add esp, 4                           ; 100456: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100459: 53
    call print                           ; 10045a: e8 26 fc ff ff
    add esp, 4                           ; 10045f: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 100462: b8 5c 11 10 00
    push eax                             ; 100467: 50
    call print                           ; 100468: e8 18 fc ff ff
    add esp, 4                           ; 10046d: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100470: 8b 45 fc
    push eax                             ; 100473: 50
    call printU32                        ; 100474: e8 58 fc ff ff
    add esp, 4                           ; 100479: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 10047c: b8 48 10 10 00
    push eax                             ; 100481: 50
    call println                         ; 100482: e8 2f fc ff ff
    add esp, 4                           ; 100487: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10048a: 5f
    pop esi                              ; 10048b: 5e
    pop ebx                              ; 10048c: 5b
    leave                                ; 10048d: c9
    ret                                  ; 10048e: c3

__tskc_init:
    push ebp                             ; 10048f: 55
    mov ebp, esp                         ; 100490: 89 e5
    mov dword [gdt], 3                   ; 100492: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 10049c: c7 05 1c 30 10 00 00 01 00 00
    pop ebp                              ; 1004a6: 5d
    ret                                  ; 1004a7: c3

onInterrupt_entry:
.L0:
    push 0                               ; 1004a8: 6a 00
    push 0                               ; 1004aa: 6a 00
    jmp .L256                            ; 1004ac: e9 36 0a 00 00
.L1:
    push 0                               ; 1004b1: 6a 00
    push 1                               ; 1004b3: 6a 01
    jmp .L256                            ; 1004b5: e9 2d 0a 00 00
.L2:
    push 0                               ; 1004ba: 6a 00
    push 2                               ; 1004bc: 6a 02
    jmp .L256                            ; 1004be: e9 24 0a 00 00
.L3:
    push 0                               ; 1004c3: 6a 00
    push 3                               ; 1004c5: 6a 03
    jmp .L256                            ; 1004c7: e9 1b 0a 00 00
.L4:
    push 0                               ; 1004cc: 6a 00
    push 4                               ; 1004ce: 6a 04
    jmp .L256                            ; 1004d0: e9 12 0a 00 00
.L5:
    push 0                               ; 1004d5: 6a 00
    push 5                               ; 1004d7: 6a 05
    jmp .L256                            ; 1004d9: e9 09 0a 00 00
.L6:
    push 0                               ; 1004de: 6a 00
    push 6                               ; 1004e0: 6a 06
    jmp .L256                            ; 1004e2: e9 00 0a 00 00
.L7:
    push 0                               ; 1004e7: 6a 00
    push 7                               ; 1004e9: 6a 07
    jmp .L256                            ; 1004eb: e9 f7 09 00 00
.L8:
    push 8                               ; 1004f0: 6a 08
    jmp .L256                            ; 1004f2: e9 f0 09 00 00
.L9:
    push 0                               ; 1004f7: 6a 00
    push 9                               ; 1004f9: 6a 09
    jmp .L256                            ; 1004fb: e9 e7 09 00 00
.L10:
    push 0xa                             ; 100500: 6a 0a
    jmp .L256                            ; 100502: e9 e0 09 00 00
.L11:
    push 0xb                             ; 100507: 6a 0b
    jmp .L256                            ; 100509: e9 d9 09 00 00
.L12:
    push 0xc                             ; 10050e: 6a 0c
    jmp .L256                            ; 100510: e9 d2 09 00 00
.L13:
    push 0xd                             ; 100515: 6a 0d
    jmp .L256                            ; 100517: e9 cb 09 00 00
.L14:
    push 0xe                             ; 10051c: 6a 0e
    jmp .L256                            ; 10051e: e9 c4 09 00 00
.L15:
    push 0                               ; 100523: 6a 00
    push 0xf                             ; 100525: 6a 0f
    jmp .L256                            ; 100527: e9 bb 09 00 00
.L16:
    push 0                               ; 10052c: 6a 00
    push 0x10                            ; 10052e: 6a 10
    jmp .L256                            ; 100530: e9 b2 09 00 00
.L17:
    push 0x11                            ; 100535: 6a 11
    jmp .L256                            ; 100537: e9 ab 09 00 00
.L18:
    push 0                               ; 10053c: 6a 00
    push 0x12                            ; 10053e: 6a 12
    jmp .L256                            ; 100540: e9 a2 09 00 00
.L19:
    push 0                               ; 100545: 6a 00
    push 0x13                            ; 100547: 6a 13
    jmp .L256                            ; 100549: e9 99 09 00 00
.L20:
    push 0                               ; 10054e: 6a 00
    push 0x14                            ; 100550: 6a 14
    jmp .L256                            ; 100552: e9 90 09 00 00
.L21:
    push 0x15                            ; 100557: 6a 15
    jmp .L256                            ; 100559: e9 89 09 00 00
.L22:
    push 0                               ; 10055e: 6a 00
    push 0x16                            ; 100560: 6a 16
    jmp .L256                            ; 100562: e9 80 09 00 00
.L23:
    push 0                               ; 100567: 6a 00
    push 0x17                            ; 100569: 6a 17
    jmp .L256                            ; 10056b: e9 77 09 00 00
.L24:
    push 0                               ; 100570: 6a 00
    push 0x18                            ; 100572: 6a 18
    jmp .L256                            ; 100574: e9 6e 09 00 00
.L25:
    push 0                               ; 100579: 6a 00
    push 0x19                            ; 10057b: 6a 19
    jmp .L256                            ; 10057d: e9 65 09 00 00
.L26:
    push 0                               ; 100582: 6a 00
    push 0x1a                            ; 100584: 6a 1a
    jmp .L256                            ; 100586: e9 5c 09 00 00
.L27:
    push 0                               ; 10058b: 6a 00
    push 0x1b                            ; 10058d: 6a 1b
    jmp .L256                            ; 10058f: e9 53 09 00 00
.L28:
    push 0                               ; 100594: 6a 00
    push 0x1c                            ; 100596: 6a 1c
    jmp .L256                            ; 100598: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 10059d: 6a 1d
    jmp .L256                            ; 10059f: e9 43 09 00 00
.L30:
    push 0x1e                            ; 1005a4: 6a 1e
    jmp .L256                            ; 1005a6: e9 3c 09 00 00
.L31:
    push 0                               ; 1005ab: 6a 00
    push 0x1f                            ; 1005ad: 6a 1f
    jmp .L256                            ; 1005af: e9 33 09 00 00
.L32:
    push 0                               ; 1005b4: 6a 00
    push 0x20                            ; 1005b6: 6a 20
    jmp .L256                            ; 1005b8: e9 2a 09 00 00
.L33:
    push 0                               ; 1005bd: 6a 00
    push 0x21                            ; 1005bf: 6a 21
    jmp .L256                            ; 1005c1: e9 21 09 00 00
.L34:
    push 0                               ; 1005c6: 6a 00
    push 0x22                            ; 1005c8: 6a 22
    jmp .L256                            ; 1005ca: e9 18 09 00 00
.L35:
    push 0                               ; 1005cf: 6a 00
    push 0x23                            ; 1005d1: 6a 23
    jmp .L256                            ; 1005d3: e9 0f 09 00 00
.L36:
    push 0                               ; 1005d8: 6a 00
    push 0x24                            ; 1005da: 6a 24
    jmp .L256                            ; 1005dc: e9 06 09 00 00
.L37:
    push 0                               ; 1005e1: 6a 00
    push 0x25                            ; 1005e3: 6a 25
    jmp .L256                            ; 1005e5: e9 fd 08 00 00
.L38:
    push 0                               ; 1005ea: 6a 00
    push 0x26                            ; 1005ec: 6a 26
    jmp .L256                            ; 1005ee: e9 f4 08 00 00
.L39:
    push 0                               ; 1005f3: 6a 00
    push 0x27                            ; 1005f5: 6a 27
    jmp .L256                            ; 1005f7: e9 eb 08 00 00
.L40:
    push 0                               ; 1005fc: 6a 00
    push 0x28                            ; 1005fe: 6a 28
    jmp .L256                            ; 100600: e9 e2 08 00 00
.L41:
    push 0                               ; 100605: 6a 00
    push 0x29                            ; 100607: 6a 29
    jmp .L256                            ; 100609: e9 d9 08 00 00
.L42:
    push 0                               ; 10060e: 6a 00
    push 0x2a                            ; 100610: 6a 2a
    jmp .L256                            ; 100612: e9 d0 08 00 00
.L43:
    push 0                               ; 100617: 6a 00
    push 0x2b                            ; 100619: 6a 2b
    jmp .L256                            ; 10061b: e9 c7 08 00 00
.L44:
    push 0                               ; 100620: 6a 00
    push 0x2c                            ; 100622: 6a 2c
    jmp .L256                            ; 100624: e9 be 08 00 00
.L45:
    push 0                               ; 100629: 6a 00
    push 0x2d                            ; 10062b: 6a 2d
    jmp .L256                            ; 10062d: e9 b5 08 00 00
.L46:
    push 0                               ; 100632: 6a 00
    push 0x2e                            ; 100634: 6a 2e
    jmp .L256                            ; 100636: e9 ac 08 00 00
.L47:
    push 0                               ; 10063b: 6a 00
    push 0x2f                            ; 10063d: 6a 2f
    jmp .L256                            ; 10063f: e9 a3 08 00 00
.L48:
    push 0                               ; 100644: 6a 00
    push 0x30                            ; 100646: 6a 30
    jmp .L256                            ; 100648: e9 9a 08 00 00
.L49:
    push 0                               ; 10064d: 6a 00
    push 0x31                            ; 10064f: 6a 31
    jmp .L256                            ; 100651: e9 91 08 00 00
.L50:
    push 0                               ; 100656: 6a 00
    push 0x32                            ; 100658: 6a 32
    jmp .L256                            ; 10065a: e9 88 08 00 00
.L51:
    push 0                               ; 10065f: 6a 00
    push 0x33                            ; 100661: 6a 33
    jmp .L256                            ; 100663: e9 7f 08 00 00
.L52:
    push 0                               ; 100668: 6a 00
    push 0x34                            ; 10066a: 6a 34
    jmp .L256                            ; 10066c: e9 76 08 00 00
.L53:
    push 0                               ; 100671: 6a 00
    push 0x35                            ; 100673: 6a 35
    jmp .L256                            ; 100675: e9 6d 08 00 00
.L54:
    push 0                               ; 10067a: 6a 00
    push 0x36                            ; 10067c: 6a 36
    jmp .L256                            ; 10067e: e9 64 08 00 00
.L55:
    push 0                               ; 100683: 6a 00
    push 0x37                            ; 100685: 6a 37
    jmp .L256                            ; 100687: e9 5b 08 00 00
.L56:
    push 0                               ; 10068c: 6a 00
    push 0x38                            ; 10068e: 6a 38
    jmp .L256                            ; 100690: e9 52 08 00 00
.L57:
    push 0                               ; 100695: 6a 00
    push 0x39                            ; 100697: 6a 39
    jmp .L256                            ; 100699: e9 49 08 00 00
.L58:
    push 0                               ; 10069e: 6a 00
    push 0x3a                            ; 1006a0: 6a 3a
    jmp .L256                            ; 1006a2: e9 40 08 00 00
.L59:
    push 0                               ; 1006a7: 6a 00
    push 0x3b                            ; 1006a9: 6a 3b
    jmp .L256                            ; 1006ab: e9 37 08 00 00
.L60:
    push 0                               ; 1006b0: 6a 00
    push 0x3c                            ; 1006b2: 6a 3c
    jmp .L256                            ; 1006b4: e9 2e 08 00 00
.L61:
    push 0                               ; 1006b9: 6a 00
    push 0x3d                            ; 1006bb: 6a 3d
    jmp .L256                            ; 1006bd: e9 25 08 00 00
.L62:
    push 0                               ; 1006c2: 6a 00
    push 0x3e                            ; 1006c4: 6a 3e
    jmp .L256                            ; 1006c6: e9 1c 08 00 00
.L63:
    push 0                               ; 1006cb: 6a 00
    push 0x3f                            ; 1006cd: 6a 3f
    jmp .L256                            ; 1006cf: e9 13 08 00 00
.L64:
    push 0                               ; 1006d4: 6a 00
    push 0x40                            ; 1006d6: 6a 40
    jmp .L256                            ; 1006d8: e9 0a 08 00 00
.L65:
    push 0                               ; 1006dd: 6a 00
    push 0x41                            ; 1006df: 6a 41
    jmp .L256                            ; 1006e1: e9 01 08 00 00
.L66:
    push 0                               ; 1006e6: 6a 00
    push 0x42                            ; 1006e8: 6a 42
    jmp .L256                            ; 1006ea: e9 f8 07 00 00
.L67:
    push 0                               ; 1006ef: 6a 00
    push 0x43                            ; 1006f1: 6a 43
    jmp .L256                            ; 1006f3: e9 ef 07 00 00
.L68:
    push 0                               ; 1006f8: 6a 00
    push 0x44                            ; 1006fa: 6a 44
    jmp .L256                            ; 1006fc: e9 e6 07 00 00
.L69:
    push 0                               ; 100701: 6a 00
    push 0x45                            ; 100703: 6a 45
    jmp .L256                            ; 100705: e9 dd 07 00 00
.L70:
    push 0                               ; 10070a: 6a 00
    push 0x46                            ; 10070c: 6a 46
    jmp .L256                            ; 10070e: e9 d4 07 00 00
.L71:
    push 0                               ; 100713: 6a 00
    push 0x47                            ; 100715: 6a 47
    jmp .L256                            ; 100717: e9 cb 07 00 00
.L72:
    push 0                               ; 10071c: 6a 00
    push 0x48                            ; 10071e: 6a 48
    jmp .L256                            ; 100720: e9 c2 07 00 00
.L73:
    push 0                               ; 100725: 6a 00
    push 0x49                            ; 100727: 6a 49
    jmp .L256                            ; 100729: e9 b9 07 00 00
.L74:
    push 0                               ; 10072e: 6a 00
    push 0x4a                            ; 100730: 6a 4a
    jmp .L256                            ; 100732: e9 b0 07 00 00
.L75:
    push 0                               ; 100737: 6a 00
    push 0x4b                            ; 100739: 6a 4b
    jmp .L256                            ; 10073b: e9 a7 07 00 00
.L76:
    push 0                               ; 100740: 6a 00
    push 0x4c                            ; 100742: 6a 4c
    jmp .L256                            ; 100744: e9 9e 07 00 00
.L77:
    push 0                               ; 100749: 6a 00
    push 0x4d                            ; 10074b: 6a 4d
    jmp .L256                            ; 10074d: e9 95 07 00 00
.L78:
    push 0                               ; 100752: 6a 00
    push 0x4e                            ; 100754: 6a 4e
    jmp .L256                            ; 100756: e9 8c 07 00 00
.L79:
    push 0                               ; 10075b: 6a 00
    push 0x4f                            ; 10075d: 6a 4f
    jmp .L256                            ; 10075f: e9 83 07 00 00
.L80:
    push 0                               ; 100764: 6a 00
    push 0x50                            ; 100766: 6a 50
    jmp .L256                            ; 100768: e9 7a 07 00 00
.L81:
    push 0                               ; 10076d: 6a 00
    push 0x51                            ; 10076f: 6a 51
    jmp .L256                            ; 100771: e9 71 07 00 00
.L82:
    push 0                               ; 100776: 6a 00
    push 0x52                            ; 100778: 6a 52
    jmp .L256                            ; 10077a: e9 68 07 00 00
.L83:
    push 0                               ; 10077f: 6a 00
    push 0x53                            ; 100781: 6a 53
    jmp .L256                            ; 100783: e9 5f 07 00 00
.L84:
    push 0                               ; 100788: 6a 00
    push 0x54                            ; 10078a: 6a 54
    jmp .L256                            ; 10078c: e9 56 07 00 00
.L85:
    push 0                               ; 100791: 6a 00
    push 0x55                            ; 100793: 6a 55
    jmp .L256                            ; 100795: e9 4d 07 00 00
.L86:
    push 0                               ; 10079a: 6a 00
    push 0x56                            ; 10079c: 6a 56
    jmp .L256                            ; 10079e: e9 44 07 00 00
.L87:
    push 0                               ; 1007a3: 6a 00
    push 0x57                            ; 1007a5: 6a 57
    jmp .L256                            ; 1007a7: e9 3b 07 00 00
.L88:
    push 0                               ; 1007ac: 6a 00
    push 0x58                            ; 1007ae: 6a 58
    jmp .L256                            ; 1007b0: e9 32 07 00 00
.L89:
    push 0                               ; 1007b5: 6a 00
    push 0x59                            ; 1007b7: 6a 59
    jmp .L256                            ; 1007b9: e9 29 07 00 00
.L90:
    push 0                               ; 1007be: 6a 00
    push 0x5a                            ; 1007c0: 6a 5a
    jmp .L256                            ; 1007c2: e9 20 07 00 00
.L91:
    push 0                               ; 1007c7: 6a 00
    push 0x5b                            ; 1007c9: 6a 5b
    jmp .L256                            ; 1007cb: e9 17 07 00 00
.L92:
    push 0                               ; 1007d0: 6a 00
    push 0x5c                            ; 1007d2: 6a 5c
    jmp .L256                            ; 1007d4: e9 0e 07 00 00
.L93:
    push 0                               ; 1007d9: 6a 00
    push 0x5d                            ; 1007db: 6a 5d
    jmp .L256                            ; 1007dd: e9 05 07 00 00
.L94:
    push 0                               ; 1007e2: 6a 00
    push 0x5e                            ; 1007e4: 6a 5e
    jmp .L256                            ; 1007e6: e9 fc 06 00 00
.L95:
    push 0                               ; 1007eb: 6a 00
    push 0x5f                            ; 1007ed: 6a 5f
    jmp .L256                            ; 1007ef: e9 f3 06 00 00
.L96:
    push 0                               ; 1007f4: 6a 00
    push 0x60                            ; 1007f6: 6a 60
    jmp .L256                            ; 1007f8: e9 ea 06 00 00
.L97:
    push 0                               ; 1007fd: 6a 00
    push 0x61                            ; 1007ff: 6a 61
    jmp .L256                            ; 100801: e9 e1 06 00 00
.L98:
    push 0                               ; 100806: 6a 00
    push 0x62                            ; 100808: 6a 62
    jmp .L256                            ; 10080a: e9 d8 06 00 00
.L99:
    push 0                               ; 10080f: 6a 00
    push 0x63                            ; 100811: 6a 63
    jmp .L256                            ; 100813: e9 cf 06 00 00
.L100:
    push 0                               ; 100818: 6a 00
    push 0x64                            ; 10081a: 6a 64
    jmp .L256                            ; 10081c: e9 c6 06 00 00
.L101:
    push 0                               ; 100821: 6a 00
    push 0x65                            ; 100823: 6a 65
    jmp .L256                            ; 100825: e9 bd 06 00 00
.L102:
    push 0                               ; 10082a: 6a 00
    push 0x66                            ; 10082c: 6a 66
    jmp .L256                            ; 10082e: e9 b4 06 00 00
.L103:
    push 0                               ; 100833: 6a 00
    push 0x67                            ; 100835: 6a 67
    jmp .L256                            ; 100837: e9 ab 06 00 00
.L104:
    push 0                               ; 10083c: 6a 00
    push 0x68                            ; 10083e: 6a 68
    jmp .L256                            ; 100840: e9 a2 06 00 00
.L105:
    push 0                               ; 100845: 6a 00
    push 0x69                            ; 100847: 6a 69
    jmp .L256                            ; 100849: e9 99 06 00 00
.L106:
    push 0                               ; 10084e: 6a 00
    push 0x6a                            ; 100850: 6a 6a
    jmp .L256                            ; 100852: e9 90 06 00 00
.L107:
    push 0                               ; 100857: 6a 00
    push 0x6b                            ; 100859: 6a 6b
    jmp .L256                            ; 10085b: e9 87 06 00 00
.L108:
    push 0                               ; 100860: 6a 00
    push 0x6c                            ; 100862: 6a 6c
    jmp .L256                            ; 100864: e9 7e 06 00 00
.L109:
    push 0                               ; 100869: 6a 00
    push 0x6d                            ; 10086b: 6a 6d
    jmp .L256                            ; 10086d: e9 75 06 00 00
.L110:
    push 0                               ; 100872: 6a 00
    push 0x6e                            ; 100874: 6a 6e
    jmp .L256                            ; 100876: e9 6c 06 00 00
.L111:
    push 0                               ; 10087b: 6a 00
    push 0x6f                            ; 10087d: 6a 6f
    jmp .L256                            ; 10087f: e9 63 06 00 00
.L112:
    push 0                               ; 100884: 6a 00
    push 0x70                            ; 100886: 6a 70
    jmp .L256                            ; 100888: e9 5a 06 00 00
.L113:
    push 0                               ; 10088d: 6a 00
    push 0x71                            ; 10088f: 6a 71
    jmp .L256                            ; 100891: e9 51 06 00 00
.L114:
    push 0                               ; 100896: 6a 00
    push 0x72                            ; 100898: 6a 72
    jmp .L256                            ; 10089a: e9 48 06 00 00
.L115:
    push 0                               ; 10089f: 6a 00
    push 0x73                            ; 1008a1: 6a 73
    jmp .L256                            ; 1008a3: e9 3f 06 00 00
.L116:
    push 0                               ; 1008a8: 6a 00
    push 0x74                            ; 1008aa: 6a 74
    jmp .L256                            ; 1008ac: e9 36 06 00 00
.L117:
    push 0                               ; 1008b1: 6a 00
    push 0x75                            ; 1008b3: 6a 75
    jmp .L256                            ; 1008b5: e9 2d 06 00 00
.L118:
    push 0                               ; 1008ba: 6a 00
    push 0x76                            ; 1008bc: 6a 76
    jmp .L256                            ; 1008be: e9 24 06 00 00
.L119:
    push 0                               ; 1008c3: 6a 00
    push 0x77                            ; 1008c5: 6a 77
    jmp .L256                            ; 1008c7: e9 1b 06 00 00
.L120:
    push 0                               ; 1008cc: 6a 00
    push 0x78                            ; 1008ce: 6a 78
    jmp .L256                            ; 1008d0: e9 12 06 00 00
.L121:
    push 0                               ; 1008d5: 6a 00
    push 0x79                            ; 1008d7: 6a 79
    jmp .L256                            ; 1008d9: e9 09 06 00 00
.L122:
    push 0                               ; 1008de: 6a 00
    push 0x7a                            ; 1008e0: 6a 7a
    jmp .L256                            ; 1008e2: e9 00 06 00 00
.L123:
    push 0                               ; 1008e7: 6a 00
    push 0x7b                            ; 1008e9: 6a 7b
    jmp .L256                            ; 1008eb: e9 f7 05 00 00
.L124:
    push 0                               ; 1008f0: 6a 00
    push 0x7c                            ; 1008f2: 6a 7c
    jmp .L256                            ; 1008f4: e9 ee 05 00 00
.L125:
    push 0                               ; 1008f9: 6a 00
    push 0x7d                            ; 1008fb: 6a 7d
    jmp .L256                            ; 1008fd: e9 e5 05 00 00
.L126:
    push 0                               ; 100902: 6a 00
    push 0x7e                            ; 100904: 6a 7e
    jmp .L256                            ; 100906: e9 dc 05 00 00
.L127:
    push 0                               ; 10090b: 6a 00
    push 0x7f                            ; 10090d: 6a 7f
    jmp .L256                            ; 10090f: e9 d3 05 00 00
.L128:
    push 0                               ; 100914: 6a 00
    push 0x80                            ; 100916: 68 80 00 00 00
    jmp .L256                            ; 10091b: e9 c7 05 00 00
.L129:
    push 0                               ; 100920: 6a 00
    push 0x81                            ; 100922: 68 81 00 00 00
    jmp .L256                            ; 100927: e9 bb 05 00 00
.L130:
    push 0                               ; 10092c: 6a 00
    push 0x82                            ; 10092e: 68 82 00 00 00
    jmp .L256                            ; 100933: e9 af 05 00 00
.L131:
    push 0                               ; 100938: 6a 00
    push 0x83                            ; 10093a: 68 83 00 00 00
    jmp .L256                            ; 10093f: e9 a3 05 00 00
.L132:
    push 0                               ; 100944: 6a 00
    push 0x84                            ; 100946: 68 84 00 00 00
    jmp .L256                            ; 10094b: e9 97 05 00 00
.L133:
    push 0                               ; 100950: 6a 00
    push 0x85                            ; 100952: 68 85 00 00 00
    jmp .L256                            ; 100957: e9 8b 05 00 00
.L134:
    push 0                               ; 10095c: 6a 00
    push 0x86                            ; 10095e: 68 86 00 00 00
    jmp .L256                            ; 100963: e9 7f 05 00 00
.L135:
    push 0                               ; 100968: 6a 00
    push 0x87                            ; 10096a: 68 87 00 00 00
    jmp .L256                            ; 10096f: e9 73 05 00 00
.L136:
    push 0                               ; 100974: 6a 00
    push 0x88                            ; 100976: 68 88 00 00 00
    jmp .L256                            ; 10097b: e9 67 05 00 00
.L137:
    push 0                               ; 100980: 6a 00
    push 0x89                            ; 100982: 68 89 00 00 00
    jmp .L256                            ; 100987: e9 5b 05 00 00
.L138:
    push 0                               ; 10098c: 6a 00
    push 0x8a                            ; 10098e: 68 8a 00 00 00
    jmp .L256                            ; 100993: e9 4f 05 00 00
.L139:
    push 0                               ; 100998: 6a 00
    push 0x8b                            ; 10099a: 68 8b 00 00 00
    jmp .L256                            ; 10099f: e9 43 05 00 00
.L140:
    push 0                               ; 1009a4: 6a 00
    push 0x8c                            ; 1009a6: 68 8c 00 00 00
    jmp .L256                            ; 1009ab: e9 37 05 00 00
.L141:
    push 0                               ; 1009b0: 6a 00
    push 0x8d                            ; 1009b2: 68 8d 00 00 00
    jmp .L256                            ; 1009b7: e9 2b 05 00 00
.L142:
    push 0                               ; 1009bc: 6a 00
    push 0x8e                            ; 1009be: 68 8e 00 00 00
    jmp .L256                            ; 1009c3: e9 1f 05 00 00
.L143:
    push 0                               ; 1009c8: 6a 00
    push 0x8f                            ; 1009ca: 68 8f 00 00 00
    jmp .L256                            ; 1009cf: e9 13 05 00 00
.L144:
    push 0                               ; 1009d4: 6a 00
    push 0x90                            ; 1009d6: 68 90 00 00 00
    jmp .L256                            ; 1009db: e9 07 05 00 00
.L145:
    push 0                               ; 1009e0: 6a 00
    push 0x91                            ; 1009e2: 68 91 00 00 00
    jmp .L256                            ; 1009e7: e9 fb 04 00 00
.L146:
    push 0                               ; 1009ec: 6a 00
    push 0x92                            ; 1009ee: 68 92 00 00 00
    jmp .L256                            ; 1009f3: e9 ef 04 00 00
.L147:
    push 0                               ; 1009f8: 6a 00
    push 0x93                            ; 1009fa: 68 93 00 00 00
    jmp .L256                            ; 1009ff: e9 e3 04 00 00
.L148:
    push 0                               ; 100a04: 6a 00
    push 0x94                            ; 100a06: 68 94 00 00 00
    jmp .L256                            ; 100a0b: e9 d7 04 00 00
.L149:
    push 0                               ; 100a10: 6a 00
    push 0x95                            ; 100a12: 68 95 00 00 00
    jmp .L256                            ; 100a17: e9 cb 04 00 00
.L150:
    push 0                               ; 100a1c: 6a 00
    push 0x96                            ; 100a1e: 68 96 00 00 00
    jmp .L256                            ; 100a23: e9 bf 04 00 00
.L151:
    push 0                               ; 100a28: 6a 00
    push 0x97                            ; 100a2a: 68 97 00 00 00
    jmp .L256                            ; 100a2f: e9 b3 04 00 00
.L152:
    push 0                               ; 100a34: 6a 00
    push 0x98                            ; 100a36: 68 98 00 00 00
    jmp .L256                            ; 100a3b: e9 a7 04 00 00
.L153:
    push 0                               ; 100a40: 6a 00
    push 0x99                            ; 100a42: 68 99 00 00 00
    jmp .L256                            ; 100a47: e9 9b 04 00 00
.L154:
    push 0                               ; 100a4c: 6a 00
    push 0x9a                            ; 100a4e: 68 9a 00 00 00
    jmp .L256                            ; 100a53: e9 8f 04 00 00
.L155:
    push 0                               ; 100a58: 6a 00
    push 0x9b                            ; 100a5a: 68 9b 00 00 00
    jmp .L256                            ; 100a5f: e9 83 04 00 00
.L156:
    push 0                               ; 100a64: 6a 00
    push 0x9c                            ; 100a66: 68 9c 00 00 00
    jmp .L256                            ; 100a6b: e9 77 04 00 00
.L157:
    push 0                               ; 100a70: 6a 00
    push 0x9d                            ; 100a72: 68 9d 00 00 00
    jmp .L256                            ; 100a77: e9 6b 04 00 00
.L158:
    push 0                               ; 100a7c: 6a 00
    push 0x9e                            ; 100a7e: 68 9e 00 00 00
    jmp .L256                            ; 100a83: e9 5f 04 00 00
.L159:
    push 0                               ; 100a88: 6a 00
    push 0x9f                            ; 100a8a: 68 9f 00 00 00
    jmp .L256                            ; 100a8f: e9 53 04 00 00
.L160:
    push 0                               ; 100a94: 6a 00
    push 0xa0                            ; 100a96: 68 a0 00 00 00
    jmp .L256                            ; 100a9b: e9 47 04 00 00
.L161:
    push 0                               ; 100aa0: 6a 00
    push 0xa1                            ; 100aa2: 68 a1 00 00 00
    jmp .L256                            ; 100aa7: e9 3b 04 00 00
.L162:
    push 0                               ; 100aac: 6a 00
    push 0xa2                            ; 100aae: 68 a2 00 00 00
    jmp .L256                            ; 100ab3: e9 2f 04 00 00
.L163:
    push 0                               ; 100ab8: 6a 00
    push 0xa3                            ; 100aba: 68 a3 00 00 00
    jmp .L256                            ; 100abf: e9 23 04 00 00
.L164:
    push 0                               ; 100ac4: 6a 00
    push 0xa4                            ; 100ac6: 68 a4 00 00 00
    jmp .L256                            ; 100acb: e9 17 04 00 00
.L165:
    push 0                               ; 100ad0: 6a 00
    push 0xa5                            ; 100ad2: 68 a5 00 00 00
    jmp .L256                            ; 100ad7: e9 0b 04 00 00
.L166:
    push 0                               ; 100adc: 6a 00
    push 0xa6                            ; 100ade: 68 a6 00 00 00
    jmp .L256                            ; 100ae3: e9 ff 03 00 00
.L167:
    push 0                               ; 100ae8: 6a 00
    push 0xa7                            ; 100aea: 68 a7 00 00 00
    jmp .L256                            ; 100aef: e9 f3 03 00 00
.L168:
    push 0                               ; 100af4: 6a 00
    push 0xa8                            ; 100af6: 68 a8 00 00 00
    jmp .L256                            ; 100afb: e9 e7 03 00 00
.L169:
    push 0                               ; 100b00: 6a 00
    push 0xa9                            ; 100b02: 68 a9 00 00 00
    jmp .L256                            ; 100b07: e9 db 03 00 00
.L170:
    push 0                               ; 100b0c: 6a 00
    push 0xaa                            ; 100b0e: 68 aa 00 00 00
    jmp .L256                            ; 100b13: e9 cf 03 00 00
.L171:
    push 0                               ; 100b18: 6a 00
    push 0xab                            ; 100b1a: 68 ab 00 00 00
    jmp .L256                            ; 100b1f: e9 c3 03 00 00
.L172:
    push 0                               ; 100b24: 6a 00
    push 0xac                            ; 100b26: 68 ac 00 00 00
    jmp .L256                            ; 100b2b: e9 b7 03 00 00
.L173:
    push 0                               ; 100b30: 6a 00
    push 0xad                            ; 100b32: 68 ad 00 00 00
    jmp .L256                            ; 100b37: e9 ab 03 00 00
.L174:
    push 0                               ; 100b3c: 6a 00
    push 0xae                            ; 100b3e: 68 ae 00 00 00
    jmp .L256                            ; 100b43: e9 9f 03 00 00
.L175:
    push 0                               ; 100b48: 6a 00
    push 0xaf                            ; 100b4a: 68 af 00 00 00
    jmp .L256                            ; 100b4f: e9 93 03 00 00
.L176:
    push 0                               ; 100b54: 6a 00
    push 0xb0                            ; 100b56: 68 b0 00 00 00
    jmp .L256                            ; 100b5b: e9 87 03 00 00
.L177:
    push 0                               ; 100b60: 6a 00
    push 0xb1                            ; 100b62: 68 b1 00 00 00
    jmp .L256                            ; 100b67: e9 7b 03 00 00
.L178:
    push 0                               ; 100b6c: 6a 00
    push 0xb2                            ; 100b6e: 68 b2 00 00 00
    jmp .L256                            ; 100b73: e9 6f 03 00 00
.L179:
    push 0                               ; 100b78: 6a 00
    push 0xb3                            ; 100b7a: 68 b3 00 00 00
    jmp .L256                            ; 100b7f: e9 63 03 00 00
.L180:
    push 0                               ; 100b84: 6a 00
    push 0xb4                            ; 100b86: 68 b4 00 00 00
    jmp .L256                            ; 100b8b: e9 57 03 00 00
.L181:
    push 0                               ; 100b90: 6a 00
    push 0xb5                            ; 100b92: 68 b5 00 00 00
    jmp .L256                            ; 100b97: e9 4b 03 00 00
.L182:
    push 0                               ; 100b9c: 6a 00
    push 0xb6                            ; 100b9e: 68 b6 00 00 00
    jmp .L256                            ; 100ba3: e9 3f 03 00 00
.L183:
    push 0                               ; 100ba8: 6a 00
    push 0xb7                            ; 100baa: 68 b7 00 00 00
    jmp .L256                            ; 100baf: e9 33 03 00 00
.L184:
    push 0                               ; 100bb4: 6a 00
    push 0xb8                            ; 100bb6: 68 b8 00 00 00
    jmp .L256                            ; 100bbb: e9 27 03 00 00
.L185:
    push 0                               ; 100bc0: 6a 00
    push 0xb9                            ; 100bc2: 68 b9 00 00 00
    jmp .L256                            ; 100bc7: e9 1b 03 00 00
.L186:
    push 0                               ; 100bcc: 6a 00
    push 0xba                            ; 100bce: 68 ba 00 00 00
    jmp .L256                            ; 100bd3: e9 0f 03 00 00
.L187:
    push 0                               ; 100bd8: 6a 00
    push 0xbb                            ; 100bda: 68 bb 00 00 00
    jmp .L256                            ; 100bdf: e9 03 03 00 00
.L188:
    push 0                               ; 100be4: 6a 00
    push 0xbc                            ; 100be6: 68 bc 00 00 00
    jmp .L256                            ; 100beb: e9 f7 02 00 00
.L189:
    push 0                               ; 100bf0: 6a 00
    push 0xbd                            ; 100bf2: 68 bd 00 00 00
    jmp .L256                            ; 100bf7: e9 eb 02 00 00
.L190:
    push 0                               ; 100bfc: 6a 00
    push 0xbe                            ; 100bfe: 68 be 00 00 00
    jmp .L256                            ; 100c03: e9 df 02 00 00
.L191:
    push 0                               ; 100c08: 6a 00
    push 0xbf                            ; 100c0a: 68 bf 00 00 00
    jmp .L256                            ; 100c0f: e9 d3 02 00 00
.L192:
    push 0                               ; 100c14: 6a 00
    push 0xc0                            ; 100c16: 68 c0 00 00 00
    jmp .L256                            ; 100c1b: e9 c7 02 00 00
.L193:
    push 0                               ; 100c20: 6a 00
    push 0xc1                            ; 100c22: 68 c1 00 00 00
    jmp .L256                            ; 100c27: e9 bb 02 00 00
.L194:
    push 0                               ; 100c2c: 6a 00
    push 0xc2                            ; 100c2e: 68 c2 00 00 00
    jmp .L256                            ; 100c33: e9 af 02 00 00
.L195:
    push 0                               ; 100c38: 6a 00
    push 0xc3                            ; 100c3a: 68 c3 00 00 00
    jmp .L256                            ; 100c3f: e9 a3 02 00 00
.L196:
    push 0                               ; 100c44: 6a 00
    push 0xc4                            ; 100c46: 68 c4 00 00 00
    jmp .L256                            ; 100c4b: e9 97 02 00 00
.L197:
    push 0                               ; 100c50: 6a 00
    push 0xc5                            ; 100c52: 68 c5 00 00 00
    jmp .L256                            ; 100c57: e9 8b 02 00 00
.L198:
    push 0                               ; 100c5c: 6a 00
    push 0xc6                            ; 100c5e: 68 c6 00 00 00
    jmp .L256                            ; 100c63: e9 7f 02 00 00
.L199:
    push 0                               ; 100c68: 6a 00
    push 0xc7                            ; 100c6a: 68 c7 00 00 00
    jmp .L256                            ; 100c6f: e9 73 02 00 00
.L200:
    push 0                               ; 100c74: 6a 00
    push 0xc8                            ; 100c76: 68 c8 00 00 00
    jmp .L256                            ; 100c7b: e9 67 02 00 00
.L201:
    push 0                               ; 100c80: 6a 00
    push 0xc9                            ; 100c82: 68 c9 00 00 00
    jmp .L256                            ; 100c87: e9 5b 02 00 00
.L202:
    push 0                               ; 100c8c: 6a 00
    push 0xca                            ; 100c8e: 68 ca 00 00 00
    jmp .L256                            ; 100c93: e9 4f 02 00 00
.L203:
    push 0                               ; 100c98: 6a 00
    push 0xcb                            ; 100c9a: 68 cb 00 00 00
    jmp .L256                            ; 100c9f: e9 43 02 00 00
.L204:
    push 0                               ; 100ca4: 6a 00
    push 0xcc                            ; 100ca6: 68 cc 00 00 00
    jmp .L256                            ; 100cab: e9 37 02 00 00
.L205:
    push 0                               ; 100cb0: 6a 00
    push 0xcd                            ; 100cb2: 68 cd 00 00 00
    jmp .L256                            ; 100cb7: e9 2b 02 00 00
.L206:
    push 0                               ; 100cbc: 6a 00
    push 0xce                            ; 100cbe: 68 ce 00 00 00
    jmp .L256                            ; 100cc3: e9 1f 02 00 00
.L207:
    push 0                               ; 100cc8: 6a 00
    push 0xcf                            ; 100cca: 68 cf 00 00 00
    jmp .L256                            ; 100ccf: e9 13 02 00 00
.L208:
    push 0                               ; 100cd4: 6a 00
    push 0xd0                            ; 100cd6: 68 d0 00 00 00
    jmp .L256                            ; 100cdb: e9 07 02 00 00
.L209:
    push 0                               ; 100ce0: 6a 00
    push 0xd1                            ; 100ce2: 68 d1 00 00 00
    jmp .L256                            ; 100ce7: e9 fb 01 00 00
.L210:
    push 0                               ; 100cec: 6a 00
    push 0xd2                            ; 100cee: 68 d2 00 00 00
    jmp .L256                            ; 100cf3: e9 ef 01 00 00
.L211:
    push 0                               ; 100cf8: 6a 00
    push 0xd3                            ; 100cfa: 68 d3 00 00 00
    jmp .L256                            ; 100cff: e9 e3 01 00 00
.L212:
    push 0                               ; 100d04: 6a 00
    push 0xd4                            ; 100d06: 68 d4 00 00 00
    jmp .L256                            ; 100d0b: e9 d7 01 00 00
.L213:
    push 0                               ; 100d10: 6a 00
    push 0xd5                            ; 100d12: 68 d5 00 00 00
    jmp .L256                            ; 100d17: e9 cb 01 00 00
.L214:
    push 0                               ; 100d1c: 6a 00
    push 0xd6                            ; 100d1e: 68 d6 00 00 00
    jmp .L256                            ; 100d23: e9 bf 01 00 00
.L215:
    push 0                               ; 100d28: 6a 00
    push 0xd7                            ; 100d2a: 68 d7 00 00 00
    jmp .L256                            ; 100d2f: e9 b3 01 00 00
.L216:
    push 0                               ; 100d34: 6a 00
    push 0xd8                            ; 100d36: 68 d8 00 00 00
    jmp .L256                            ; 100d3b: e9 a7 01 00 00
.L217:
    push 0                               ; 100d40: 6a 00
    push 0xd9                            ; 100d42: 68 d9 00 00 00
    jmp .L256                            ; 100d47: e9 9b 01 00 00
.L218:
    push 0                               ; 100d4c: 6a 00
    push 0xda                            ; 100d4e: 68 da 00 00 00
    jmp .L256                            ; 100d53: e9 8f 01 00 00
.L219:
    push 0                               ; 100d58: 6a 00
    push 0xdb                            ; 100d5a: 68 db 00 00 00
    jmp .L256                            ; 100d5f: e9 83 01 00 00
.L220:
    push 0                               ; 100d64: 6a 00
    push 0xdc                            ; 100d66: 68 dc 00 00 00
    jmp .L256                            ; 100d6b: e9 77 01 00 00
.L221:
    push 0                               ; 100d70: 6a 00
    push 0xdd                            ; 100d72: 68 dd 00 00 00
    jmp .L256                            ; 100d77: e9 6b 01 00 00
.L222:
    push 0                               ; 100d7c: 6a 00
    push 0xde                            ; 100d7e: 68 de 00 00 00
    jmp .L256                            ; 100d83: e9 5f 01 00 00
.L223:
    push 0                               ; 100d88: 6a 00
    push 0xdf                            ; 100d8a: 68 df 00 00 00
    jmp .L256                            ; 100d8f: e9 53 01 00 00
.L224:
    push 0                               ; 100d94: 6a 00
    push 0xe0                            ; 100d96: 68 e0 00 00 00
    jmp .L256                            ; 100d9b: e9 47 01 00 00
.L225:
    push 0                               ; 100da0: 6a 00
    push 0xe1                            ; 100da2: 68 e1 00 00 00
    jmp .L256                            ; 100da7: e9 3b 01 00 00
.L226:
    push 0                               ; 100dac: 6a 00
    push 0xe2                            ; 100dae: 68 e2 00 00 00
    jmp .L256                            ; 100db3: e9 2f 01 00 00
.L227:
    push 0                               ; 100db8: 6a 00
    push 0xe3                            ; 100dba: 68 e3 00 00 00
    jmp .L256                            ; 100dbf: e9 23 01 00 00
.L228:
    push 0                               ; 100dc4: 6a 00
    push 0xe4                            ; 100dc6: 68 e4 00 00 00
    jmp .L256                            ; 100dcb: e9 17 01 00 00
.L229:
    push 0                               ; 100dd0: 6a 00
    push 0xe5                            ; 100dd2: 68 e5 00 00 00
    jmp .L256                            ; 100dd7: e9 0b 01 00 00
.L230:
    push 0                               ; 100ddc: 6a 00
    push 0xe6                            ; 100dde: 68 e6 00 00 00
    jmp .L256                            ; 100de3: e9 ff 00 00 00
.L231:
    push 0                               ; 100de8: 6a 00
    push 0xe7                            ; 100dea: 68 e7 00 00 00
    jmp .L256                            ; 100def: e9 f3 00 00 00
.L232:
    push 0                               ; 100df4: 6a 00
    push 0xe8                            ; 100df6: 68 e8 00 00 00
    jmp .L256                            ; 100dfb: e9 e7 00 00 00
.L233:
    push 0                               ; 100e00: 6a 00
    push 0xe9                            ; 100e02: 68 e9 00 00 00
    jmp .L256                            ; 100e07: e9 db 00 00 00
.L234:
    push 0                               ; 100e0c: 6a 00
    push 0xea                            ; 100e0e: 68 ea 00 00 00
    jmp .L256                            ; 100e13: e9 cf 00 00 00
.L235:
    push 0                               ; 100e18: 6a 00
    push 0xeb                            ; 100e1a: 68 eb 00 00 00
    jmp .L256                            ; 100e1f: e9 c3 00 00 00
.L236:
    push 0                               ; 100e24: 6a 00
    push 0xec                            ; 100e26: 68 ec 00 00 00
    jmp .L256                            ; 100e2b: e9 b7 00 00 00
.L237:
    push 0                               ; 100e30: 6a 00
    push 0xed                            ; 100e32: 68 ed 00 00 00
    jmp .L256                            ; 100e37: e9 ab 00 00 00
.L238:
    push 0                               ; 100e3c: 6a 00
    push 0xee                            ; 100e3e: 68 ee 00 00 00
    jmp .L256                            ; 100e43: e9 9f 00 00 00
.L239:
    push 0                               ; 100e48: 6a 00
    push 0xef                            ; 100e4a: 68 ef 00 00 00
    jmp .L256                            ; 100e4f: e9 93 00 00 00
.L240:
    push 0                               ; 100e54: 6a 00
    push 0xf0                            ; 100e56: 68 f0 00 00 00
    jmp .L256                            ; 100e5b: e9 87 00 00 00
.L241:
    push 0                               ; 100e60: 6a 00
    push 0xf1                            ; 100e62: 68 f1 00 00 00
    jmp short .L256                      ; 100e67: eb 7e
.L242:
    push 0                               ; 100e69: 6a 00
    push 0xf2                            ; 100e6b: 68 f2 00 00 00
    jmp short .L256                      ; 100e70: eb 75
.L243:
    push 0                               ; 100e72: 6a 00
    push 0xf3                            ; 100e74: 68 f3 00 00 00
    jmp short .L256                      ; 100e79: eb 6c
.L244:
    push 0                               ; 100e7b: 6a 00
    push 0xf4                            ; 100e7d: 68 f4 00 00 00
    jmp short .L256                      ; 100e82: eb 63
.L245:
    push 0                               ; 100e84: 6a 00
    push 0xf5                            ; 100e86: 68 f5 00 00 00
    jmp short .L256                      ; 100e8b: eb 5a
.L246:
    push 0                               ; 100e8d: 6a 00
    push 0xf6                            ; 100e8f: 68 f6 00 00 00
    jmp short .L256                      ; 100e94: eb 51
.L247:
    push 0                               ; 100e96: 6a 00
    push 0xf7                            ; 100e98: 68 f7 00 00 00
    jmp short .L256                      ; 100e9d: eb 48
.L248:
    push 0                               ; 100e9f: 6a 00
    push 0xf8                            ; 100ea1: 68 f8 00 00 00
    jmp short .L256                      ; 100ea6: eb 3f
.L249:
    push 0                               ; 100ea8: 6a 00
    push 0xf9                            ; 100eaa: 68 f9 00 00 00
    jmp short .L256                      ; 100eaf: eb 36
.L250:
    push 0                               ; 100eb1: 6a 00
    push 0xfa                            ; 100eb3: 68 fa 00 00 00
    jmp short .L256                      ; 100eb8: eb 2d
.L251:
    push 0                               ; 100eba: 6a 00
    push 0xfb                            ; 100ebc: 68 fb 00 00 00
    jmp short .L256                      ; 100ec1: eb 24
.L252:
    push 0                               ; 100ec3: 6a 00
    push 0xfc                            ; 100ec5: 68 fc 00 00 00
    jmp short .L256                      ; 100eca: eb 1b
.L253:
    push 0                               ; 100ecc: 6a 00
    push 0xfd                            ; 100ece: 68 fd 00 00 00
    jmp short .L256                      ; 100ed3: eb 12
.L254:
    push 0                               ; 100ed5: 6a 00
    push 0xfe                            ; 100ed7: 68 fe 00 00 00
    jmp short .L256                      ; 100edc: eb 09
.L255:
    push 0                               ; 100ede: 6a 00
    push 0xff                            ; 100ee0: 68 ff 00 00 00
    jmp short .L256                      ; 100ee5: eb 00
.L256:
    push ds                              ; 100ee7: 1e
    push es                              ; 100ee8: 06
    push fs                              ; 100ee9: 0f a0
    push gs                              ; 100eeb: 0f a8
    pusha                                ; 100eed: 60
    mov eax, ss                          ; 100eee: 8c d0
    mov ds, eax                          ; 100ef0: 8e d8
    mov es, eax                          ; 100ef2: 8e c0
    mov fs, eax                          ; 100ef4: 8e e0
    mov gs, eax                          ; 100ef6: 8e e8
    cld                                  ; 100ef8: fc
    push esp                             ; 100ef9: 54
    call onInterrupt                     ; 100efa: e8 95 f2 ff ff
    add esp, 4                           ; 100eff: 83 c4 04
    popa                                 ; 100f02: 61
    pop gs                               ; 100f03: 0f a9
    pop fs                               ; 100f05: 0f a1
    pop es                               ; 100f07: 07
    pop ds                               ; 100f08: 1f
    add esp, 8                           ; 100f09: 83 c4 08
    iret                                 ; 100f0c: cf

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1024 - ($ - $$) db 0
str_2:  ; "interrupt "
    db 0xa, 0x0, 0x0, 0x0, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x75, 0x70, 0x74, 0x20
    times 0x1034 - ($ - $$) db 0
str_3:  ; " error "
    db 0x7, 0x0, 0x0, 0x0, 0x20, 0x65, 0x72, 0x72, 0x6f, 0x72, 0x20
    times 0x1040 - ($ - $$) db 0
str_4:  ; " cs "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x63, 0x73, 0x20
    times 0x1048 - ($ - $$) db 0
str_5:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x104c - ($ - $$) db 0
str_6:  ; "gdt loaded"
    db 0xa, 0x0, 0x0, 0x0, 0x67, 0x64, 0x74, 0x20, 0x6c, 0x6f, 0x61, 0x64, 0x65, 0x64
    times 0x105c - ($ - $$) db 0
str_7:  ; "test/golden/interrupts.ts"
    db 0x19, 0x0, 0x0, 0x0, 0x74, 0x65, 0x73, 0x74, 0x2f, 0x67, 0x6f, 0x6c, 0x64, 0x65, 0x6e, 0x2f
    db 0x69, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x75, 0x70, 0x74, 0x73, 0x2e, 0x74, 0x73
    times 0x107c - ($ - $$) db 0
str_8:  ; "idt loaded"
    db 0xa, 0x0, 0x0, 0x0, 0x69, 0x64, 0x74, 0x20, 0x6c, 0x6f, 0x61, 0x64, 0x65, 0x64
    times 0x108c - ($ - $$) db 0
str_9:  ; "eax after int 0x41: "
    db 0x14, 0x0, 0x0, 0x0, 0x65, 0x61, 0x78, 0x20, 0x61, 0x66, 0x74, 0x65, 0x72, 0x20, 0x69, 0x6e
    db 0x74, 0x20, 0x30, 0x78, 0x34, 0x31, 0x3a, 0x20
    times 0x10a4 - ($ - $$) db 0
str_10:  ; "resumed after #GP"
    db 0x11, 0x0, 0x0, 0x0, 0x72, 0x65, 0x73, 0x75, 0x6d, 0x65, 0x64, 0x20, 0x61, 0x66, 0x74, 0x65
    db 0x72, 0x20, 0x23, 0x47, 0x50
    times 0x10bc - ($ - $$) db 0
str_11:  ; "protected mode: "
    db 0x10, 0x0, 0x0, 0x0, 0x70, 0x72, 0x6f, 0x74, 0x65, 0x63, 0x74, 0x65, 0x64, 0x20, 0x6d, 0x6f
    db 0x64, 0x65, 0x3a, 0x20
    times 0x10d0 - ($ - $$) db 0
str_12:  ; "yes"
    db 0x3, 0x0, 0x0, 0x0, 0x79, 0x65, 0x73
    times 0x10d8 - ($ - $$) db 0
str_13:  ; "no"
    db 0x2, 0x0, 0x0, 0x0, 0x6e, 0x6f
    times 0x10e0 - ($ - $$) db 0
str_14:  ; "interrupts enabled: "
    db 0x14, 0x0, 0x0, 0x0, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x75, 0x70, 0x74, 0x73, 0x20, 0x65
    db 0x6e, 0x61, 0x62, 0x6c, 0x65, 0x64, 0x3a, 0x20
    times 0x10f8 - ($ - $$) db 0
str_15:  ; "operand sum via asm: "
    db 0x15, 0x0, 0x0, 0x0, 0x6f, 0x70, 0x65, 0x72, 0x61, 0x6e, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    db 0x76, 0x69, 0x61, 0x20, 0x61, 0x73, 0x6d, 0x3a, 0x20
    times 0x1114 - ($ - $$) db 0
str_16:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1134 - ($ - $$) db 0
str_17:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1154 - ($ - $$) db 0
str_18:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x115c - ($ - $$) db 0
str_19:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a
    times 0x1164 - ($ - $$) db 0
onInterrupt_stubs:  ; interrupt entry stubs of onInterrupt
    db 0x0, 0x1, 0x0, 0x0
    dd onInterrupt_entry.L0
    dd onInterrupt_entry.L1
    dd onInterrupt_entry.L2
    dd onInterrupt_entry.L3
    dd onInterrupt_entry.L4
    dd onInterrupt_entry.L5
    dd onInterrupt_entry.L6
    dd onInterrupt_entry.L7
    dd onInterrupt_entry.L8
    dd onInterrupt_entry.L9
    dd onInterrupt_entry.L10
    dd onInterrupt_entry.L11
    dd onInterrupt_entry.L12
    dd onInterrupt_entry.L13
    dd onInterrupt_entry.L14
    dd onInterrupt_entry.L15
    dd onInterrupt_entry.L16
    dd onInterrupt_entry.L17
    dd onInterrupt_entry.L18
    dd onInterrupt_entry.L19
    dd onInterrupt_entry.L20
    dd onInterrupt_entry.L21
    dd onInterrupt_entry.L22
    dd onInterrupt_entry.L23
    dd onInterrupt_entry.L24
    dd onInterrupt_entry.L25
    dd onInterrupt_entry.L26
    dd onInterrupt_entry.L27
    dd onInterrupt_entry.L28
    dd onInterrupt_entry.L29
    dd onInterrupt_entry.L30
    dd onInterrupt_entry.L31
    dd onInterrupt_entry.L32
    dd onInterrupt_entry.L33
    dd onInterrupt_entry.L34
    dd onInterrupt_entry.L35
    dd onInterrupt_entry.L36
    dd onInterrupt_entry.L37
    dd onInterrupt_entry.L38
    dd onInterrupt_entry.L39
    dd onInterrupt_entry.L40
    dd onInterrupt_entry.L41
    dd onInterrupt_entry.L42
    dd onInterrupt_entry.L43
    dd onInterrupt_entry.L44
    dd onInterrupt_entry.L45
    dd onInterrupt_entry.L46
    dd onInterrupt_entry.L47
    dd onInterrupt_entry.L48
    dd onInterrupt_entry.L49
    dd onInterrupt_entry.L50
    dd onInterrupt_entry.L51
    dd onInterrupt_entry.L52
    dd onInterrupt_entry.L53
    dd onInterrupt_entry.L54
    dd onInterrupt_entry.L55
    dd onInterrupt_entry.L56
    dd onInterrupt_entry.L57
    dd onInterrupt_entry.L58
    dd onInterrupt_entry.L59
    dd onInterrupt_entry.L60
    dd onInterrupt_entry.L61
    dd onInterrupt_entry.L62
    dd onInterrupt_entry.L63
    dd onInterrupt_entry.L64
    dd onInterrupt_entry.L65
    dd onInterrupt_entry.L66
    dd onInterrupt_entry.L67
    dd onInterrupt_entry.L68
    dd onInterrupt_entry.L69
    dd onInterrupt_entry.L70
    dd onInterrupt_entry.L71
    dd onInterrupt_entry.L72
    dd onInterrupt_entry.L73
    dd onInterrupt_entry.L74
    dd onInterrupt_entry.L75
    dd onInterrupt_entry.L76
    dd onInterrupt_entry.L77
    dd onInterrupt_entry.L78
    dd onInterrupt_entry.L79
    dd onInterrupt_entry.L80
    dd onInterrupt_entry.L81
    dd onInterrupt_entry.L82
    dd onInterrupt_entry.L83
    dd onInterrupt_entry.L84
    dd onInterrupt_entry.L85
    dd onInterrupt_entry.L86
    dd onInterrupt_entry.L87
    dd onInterrupt_entry.L88
    dd onInterrupt_entry.L89
    dd onInterrupt_entry.L90
    dd onInterrupt_entry.L91
    dd onInterrupt_entry.L92
    dd onInterrupt_entry.L93
    dd onInterrupt_entry.L94
    dd onInterrupt_entry.L95
    dd onInterrupt_entry.L96
    dd onInterrupt_entry.L97
    dd onInterrupt_entry.L98
    dd onInterrupt_entry.L99
    dd onInterrupt_entry.L100
    dd onInterrupt_entry.L101
    dd onInterrupt_entry.L102
    dd onInterrupt_entry.L103
    dd onInterrupt_entry.L104
    dd onInterrupt_entry.L105
    dd onInterrupt_entry.L106
    dd onInterrupt_entry.L107
    dd onInterrupt_entry.L108
    dd onInterrupt_entry.L109
    dd onInterrupt_entry.L110
    dd onInterrupt_entry.L111
    dd onInterrupt_entry.L112
    dd onInterrupt_entry.L113
    dd onInterrupt_entry.L114
    dd onInterrupt_entry.L115
    dd onInterrupt_entry.L116
    dd onInterrupt_entry.L117
    dd onInterrupt_entry.L118
    dd onInterrupt_entry.L119
    dd onInterrupt_entry.L120
    dd onInterrupt_entry.L121
    dd onInterrupt_entry.L122
    dd onInterrupt_entry.L123
    dd onInterrupt_entry.L124
    dd onInterrupt_entry.L125
    dd onInterrupt_entry.L126
    dd onInterrupt_entry.L127
    dd onInterrupt_entry.L128
    dd onInterrupt_entry.L129
    dd onInterrupt_entry.L130
    dd onInterrupt_entry.L131
    dd onInterrupt_entry.L132
    dd onInterrupt_entry.L133
    dd onInterrupt_entry.L134
    dd onInterrupt_entry.L135
    dd onInterrupt_entry.L136
    dd onInterrupt_entry.L137
    dd onInterrupt_entry.L138
    dd onInterrupt_entry.L139
    dd onInterrupt_entry.L140
    dd onInterrupt_entry.L141
    dd onInterrupt_entry.L142
    dd onInterrupt_entry.L143
    dd onInterrupt_entry.L144
    dd onInterrupt_entry.L145
    dd onInterrupt_entry.L146
    dd onInterrupt_entry.L147
    dd onInterrupt_entry.L148
    dd onInterrupt_entry.L149
    dd onInterrupt_entry.L150
    dd onInterrupt_entry.L151
    dd onInterrupt_entry.L152
    dd onInterrupt_entry.L153
    dd onInterrupt_entry.L154
    dd onInterrupt_entry.L155
    dd onInterrupt_entry.L156
    dd onInterrupt_entry.L157
    dd onInterrupt_entry.L158
    dd onInterrupt_entry.L159
    dd onInterrupt_entry.L160
    dd onInterrupt_entry.L161
    dd onInterrupt_entry.L162
    dd onInterrupt_entry.L163
    dd onInterrupt_entry.L164
    dd onInterrupt_entry.L165
    dd onInterrupt_entry.L166
    dd onInterrupt_entry.L167
    dd onInterrupt_entry.L168
    dd onInterrupt_entry.L169
    dd onInterrupt_entry.L170
    dd onInterrupt_entry.L171
    dd onInterrupt_entry.L172
    dd onInterrupt_entry.L173
    dd onInterrupt_entry.L174
    dd onInterrupt_entry.L175
    dd onInterrupt_entry.L176
    dd onInterrupt_entry.L177
    dd onInterrupt_entry.L178
    dd onInterrupt_entry.L179
    dd onInterrupt_entry.L180
    dd onInterrupt_entry.L181
    dd onInterrupt_entry.L182
    dd onInterrupt_entry.L183
    dd onInterrupt_entry.L184
    dd onInterrupt_entry.L185
    dd onInterrupt_entry.L186
    dd onInterrupt_entry.L187
    dd onInterrupt_entry.L188
    dd onInterrupt_entry.L189
    dd onInterrupt_entry.L190
    dd onInterrupt_entry.L191
    dd onInterrupt_entry.L192
    dd onInterrupt_entry.L193
    dd onInterrupt_entry.L194
    dd onInterrupt_entry.L195
    dd onInterrupt_entry.L196
    dd onInterrupt_entry.L197
    dd onInterrupt_entry.L198
    dd onInterrupt_entry.L199
    dd onInterrupt_entry.L200
    dd onInterrupt_entry.L201
    dd onInterrupt_entry.L202
    dd onInterrupt_entry.L203
    dd onInterrupt_entry.L204
    dd onInterrupt_entry.L205
    dd onInterrupt_entry.L206
    dd onInterrupt_entry.L207
    dd onInterrupt_entry.L208
    dd onInterrupt_entry.L209
    dd onInterrupt_entry.L210
    dd onInterrupt_entry.L211
    dd onInterrupt_entry.L212
    dd onInterrupt_entry.L213
    dd onInterrupt_entry.L214
    dd onInterrupt_entry.L215
    dd onInterrupt_entry.L216
    dd onInterrupt_entry.L217
    dd onInterrupt_entry.L218
    dd onInterrupt_entry.L219
    dd onInterrupt_entry.L220
    dd onInterrupt_entry.L221
    dd onInterrupt_entry.L222
    dd onInterrupt_entry.L223
    dd onInterrupt_entry.L224
    dd onInterrupt_entry.L225
    dd onInterrupt_entry.L226
    dd onInterrupt_entry.L227
    dd onInterrupt_entry.L228
    dd onInterrupt_entry.L229
    dd onInterrupt_entry.L230
    dd onInterrupt_entry.L231
    dd onInterrupt_entry.L232
    dd onInterrupt_entry.L233
    dd onInterrupt_entry.L234
    dd onInterrupt_entry.L235
    dd onInterrupt_entry.L236
    dd onInterrupt_entry.L237
    dd onInterrupt_entry.L238
    dd onInterrupt_entry.L239
    dd onInterrupt_entry.L240
    dd onInterrupt_entry.L241
    dd onInterrupt_entry.L242
    dd onInterrupt_entry.L243
    dd onInterrupt_entry.L244
    dd onInterrupt_entry.L245
    dd onInterrupt_entry.L246
    dd onInterrupt_entry.L247
    dd onInterrupt_entry.L248
    dd onInterrupt_entry.L249
    dd onInterrupt_entry.L250
    dd onInterrupt_entry.L251
    dd onInterrupt_entry.L252
    dd onInterrupt_entry.L253
    dd onInterrupt_entry.L254
    dd onInterrupt_entry.L255

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107830
gdt equ 0x103000  ; StaticArray<SegmentDescriptor>(3), 28 bytes
idt equ 0x10301c  ; StaticArray<Gate>(256), 2052 bytes
gdtPointer equ 0x103820  ; TablePointer, 6 bytes
idtPointer equ 0x103828  ; TablePointer, 6 bytes
__stack equ 0x103830  ; boot stack, 16384 bytes
