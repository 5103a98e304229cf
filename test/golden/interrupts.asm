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
    call __tskc_init                     ; 10003b: e8 29 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 c1 01 00 00
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
    test eax, eax                        ; 10005d: 85 c0
    jne short .L3                        ; 10005f: 75 12
.L2:
    pause                                ; 100061: f3 90
    mov edx, 0x3fd                       ; 100063: ba fd 03 00 00
    in al, dx                            ; 100068: ec
    movzx eax, al                        ; 100069: 0f b6 c0
    and eax, 0x20                        ; 10006c: 83 e0 20
    test eax, eax                        ; 10006f: 85 c0
    je short .L2                         ; 100071: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100073: 89 c8
    mov edx, 0x3f8                       ; 100075: ba f8 03 00 00
    out dx, al                           ; 10007a: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 10007b: 5d
    ret                                  ; 10007c: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 10007d: 55
    mov ebp, esp                         ; 10007e: 89 e5
    push ebx                             ; 100080: 53
    push esi                             ; 100081: 56
    mov ebx, [ebp+8]                     ; 100082: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    xor esi, esi                         ; 100085: 31 f6
    cmp esi, [ebx]                       ; 100087: 3b 33
    jge short .L4                        ; 100089: 7d 15
.L2:
    movzx eax, byte [ebx+esi+4]          ; 10008b: 0f b6 44 33 04
    push eax                             ; 100090: 50
    call putc                            ; 100091: e8 b5 ff ff ff
    add esp, 4                           ; 100096: 83 c4 04
    add esi, 1                           ; 100099: 83 c6 01
    cmp esi, [ebx]                       ; 10009c: 3b 33
    jl short .L2                         ; 10009e: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000a0: 5e
    pop ebx                              ; 1000a1: 5b
    pop ebp                              ; 1000a2: 5d
    ret                                  ; 1000a3: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a4: 55
    mov ebp, esp                         ; 1000a5: 89 e5
    mov eax, [ebp+8]                     ; 1000a7: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000aa: 50
    call print                           ; 1000ab: e8 cd ff ff ff
    add esp, 4                           ; 1000b0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000b3: 6a 0a
    call putc                            ; 1000b5: e8 91 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000bd: 5d
    ret                                  ; 1000be: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bf: 55
    mov ebp, esp                         ; 1000c0: 89 e5
    push ebx                             ; 1000c2: 53
    mov ebx, [ebp+8]                     ; 1000c3: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c6: 83 fb 0a
    jb short .L2                         ; 1000c9: 72 14
    mov ecx, 0xa                         ; 1000cb: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d0: 89 d8
    xor edx, edx                         ; 1000d2: 31 d2
    div ecx                              ; 1000d4: f7 f1
    push eax                             ; 1000d6: 50
    call printU32                        ; 1000d7: e8 e3 ff ff ff
    add esp, 4                           ; 1000dc: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    lea eax, [edx+0x30]                  ; 1000ea: 8d 42 30
    movzx eax, al                        ; 1000ed: 0f b6 c0
    push eax                             ; 1000f0: 50
    call putc                            ; 1000f1: e8 55 ff ff ff
    add esp, 4                           ; 1000f6: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f9: 5b
    pop ebp                              ; 1000fa: 5d
    ret                                  ; 1000fb: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 1000fc: 55
    mov ebp, esp                         ; 1000fd: 89 e5
    push ebx                             ; 1000ff: 53
    push esi                             ; 100100: 56
    push edi                             ; 100101: 57
    mov ebx, [ebp+8]                     ; 100102: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100105: b8 1c 10 10 00
    push eax                             ; 10010a: 50
    call print                           ; 10010b: e8 6d ff ff ff
    add esp, 4                           ; 100110: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100113: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100118: 89 d8
    mov ecx, esi                         ; 10011a: 89 f1
    shr eax, cl                          ; 10011c: d3 e8
    mov edi, eax                         ; 10011e: 89 c7
    and edi, 0xf                         ; 100120: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100123: 83 ff 0a
    jb short .L5                         ; 100126: 72 05
.L6:
    lea eax, [edi+0x57]                  ; 100128: 8d 47 57
    jmp short .L7                        ; 10012b: eb 03
.L5:
    lea eax, [edi+0x30]                  ; 10012d: 8d 47 30
.L7:
    movzx eax, al                        ; 100130: 0f b6 c0
    push eax                             ; 100133: 50
    call putc                            ; 100134: e8 12 ff ff ff
    add esp, 4                           ; 100139: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test esi, esi                        ; 10013c: 85 f6
    je short .L4                         ; 10013e: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100140: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100143: 89 d8
    mov ecx, esi                         ; 100145: 89 f1
    shr eax, cl                          ; 100147: d3 e8
    mov edi, eax                         ; 100149: 89 c7
    and edi, 0xf                         ; 10014b: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10014e: 83 ff 0a
    jb short .L5                         ; 100151: 72 da
    jmp short .L6                        ; 100153: eb d3
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 100155: 5f
    pop esi                              ; 100156: 5e
    pop ebx                              ; 100157: 5b
    pop ebp                              ; 100158: 5d
    ret                                  ; 100159: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10015a: 55
    mov ebp, esp                         ; 10015b: 89 e5
    mov eax, [ebp+8]                     ; 10015d: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100160: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100162: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100163: f4
    jmp short .L2                        ; 100164: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    push ebp                             ; 100166: 55
    mov ebp, esp                         ; 100167: 89 e5
    mov eax, [ebp+8]                     ; 100169: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10016c: 8b 4d 0c
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 10016f: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [eax+5], cl                      ; 100174: 88 48 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 100177: c6 40 06 cf
    ; test/golden/interrupts.ts:43: }
    pop ebp                              ; 10017b: 5d
    ret                                  ; 10017c: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    push ebx                             ; 100180: 53
    mov ebx, [ebp+8]                     ; 100181: 8b 5d 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100184: b8 24 10 10 00
    push eax                             ; 100189: 50
    call print                           ; 10018a: e8 ee fe ff ff
    add esp, 4                           ; 10018f: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 100192: 8b 43 30
    push eax                             ; 100195: 50
    call printU32                        ; 100196: e8 24 ff ff ff
    add esp, 4                           ; 10019b: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 10019e: b8 34 10 10 00
    push eax                             ; 1001a3: 50
    call print                           ; 1001a4: e8 d4 fe ff ff
    add esp, 4                           ; 1001a9: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 1001ac: 8b 43 34
    push eax                             ; 1001af: 50
    call printHex                        ; 1001b0: e8 47 ff ff ff
    add esp, 4                           ; 1001b5: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001b8: b8 40 10 10 00
    push eax                             ; 1001bd: 50
    call print                           ; 1001be: e8 ba fe ff ff
    add esp, 4                           ; 1001c3: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001c6: 8b 43 3c
    push eax                             ; 1001c9: 50
    call printHex                        ; 1001ca: e8 2d ff ff ff
    add esp, 4                           ; 1001cf: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001d2: b8 48 10 10 00
    push eax                             ; 1001d7: 50
    call println                         ; 1001d8: e8 c7 fe ff ff
    add esp, 4                           ; 1001dd: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    cmp dword [ebx+0x30], 0x41           ; 1001e0: 83 7b 30 41
    jne short .L2                        ; 1001e4: 75 10
    mov dword [ebx+0x1c], 0x2a           ; 1001e6: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001ed: 83 7b 30 0d
    je short .L4                         ; 1001f1: 74 09
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001f3: 5b
    pop ebp                              ; 1001f4: 5d
    ret                                  ; 1001f5: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001f6: 83 7b 30 0d
    jne short .L5                        ; 1001fa: 75 f7
.L4:
    mov eax, [ebx+0x38]                  ; 1001fc: 8b 43 38
    lea eax, [eax+2]                     ; 1001ff: 8d 40 02
    mov [ebx+0x38], eax                  ; 100202: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 100205: 5b
    pop ebp                              ; 100206: 5d
    ret                                  ; 100207: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 100208: 55
    mov ebp, esp                         ; 100209: 89 e5
    push ebx                             ; 10020b: 53
    push esi                             ; 10020c: 56
    mov eax, gdt+12                      ; 10020d: b8 0c 30 10 00
    push 0x9a                            ; 100212: 68 9a 00 00 00
    push eax                             ; 100217: 50
    call flatSegment                     ; 100218: e8 49 ff ff ff
    add esp, 8                           ; 10021d: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 100220: b8 14 30 10 00
    push 0x92                            ; 100225: 68 92 00 00 00
    push eax                             ; 10022a: 50
    call flatSegment                     ; 10022b: e8 36 ff ff ff
    add esp, 8                           ; 100230: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 100233: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 10023c: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 100241: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    lgdt [gdtPointer]                    ; 100246: 0f 01 15 20 38 10 00
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 10024d: b8 10 00 00 00
    mov ds, eax                          ; 100252: 8e d8
    mov es, eax                          ; 100254: 8e c0
    mov fs, eax                          ; 100256: 8e e0
    mov gs, eax                          ; 100258: 8e e8
    mov ss, eax                          ; 10025a: 8e d0
    mov eax, 8                           ; 10025c: b8 08 00 00 00
    push eax                             ; 100261: 50
    call 0x100267                        ; 100262: e8 00 00 00 00
    add dword [esp], 5                   ; 100267: 83 04 24 05
    retf                                 ; 10026b: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 10026c: b8 4c 10 10 00
    push eax                             ; 100271: 50
    call println                         ; 100272: e8 2d fe ff ff
    add esp, 4                           ; 100277: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    xor eax, eax                         ; 10027a: 31 c0
    cmp eax, 0x100                       ; 10027c: 3d 00 01 00 00
    jge short .L4                        ; 100281: 7d 33
.L2:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov ecx, idt+4                       ; 100283: b9 20 30 10 00
    lea ecx, [ecx+eax*8]                 ; 100288: 8d 0c c1
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov edx, [eax*4+onInterrupt_stubs+4] ; 10028b: 8b 14 85 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, dx                        ; 100292: 0f b7 da
    mov [ecx], bx                        ; 100295: 66 89 19
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ecx+2], 8                  ; 100298: 66 c7 41 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ecx+5], 0x8e               ; 10029e: c6 41 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr edx, 0x10                        ; 1002a2: c1 ea 10
    movzx edx, dx                        ; 1002a5: 0f b7 d2
    mov [ecx+6], dx                      ; 1002a8: 66 89 51 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add eax, 1                           ; 1002ac: 83 c0 01
    cmp eax, 0x100                       ; 1002af: 3d 00 01 00 00
    jl short .L2                         ; 1002b4: 7c cd
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002b6: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002bf: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002c4: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 1002c9: 0f 01 1d 28 38 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002d0: b8 7c 10 10 00
    push eax                             ; 1002d5: 50
    call println                         ; 1002d6: e8 c9 fd ff ff
    add esp, 4                           ; 1002db: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002de: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002df: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002e1: cd 41
    mov ebx, eax                         ; 1002e3: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002e5: b8 8c 10 10 00
    push eax                             ; 1002ea: 50
    call print                           ; 1002eb: e8 8d fd ff ff
    add esp, 4                           ; 1002f0: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002f3: 53
    call printU32                        ; 1002f4: e8 c6 fd ff ff
    add esp, 4                           ; 1002f9: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 1002fc: b8 48 10 10 00
    push eax                             ; 100301: 50
    call println                         ; 100302: e8 9d fd ff ff
    add esp, 4                           ; 100307: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 10030a: b8 34 12 00 00
    mov ds, eax                          ; 10030f: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 100311: b8 a4 10 10 00
    push eax                             ; 100316: 50
    call println                         ; 100317: e8 88 fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 10031f: b8 bc 10 10 00
    push eax                             ; 100324: 50
    call print                           ; 100325: e8 53 fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 10032d: 0f 20 c0
    and eax, 1                           ; 100330: 83 e0 01
    test eax, eax                        ; 100333: 85 c0
    je short .L15                        ; 100335: 74 07
    mov eax, str_12                      ; 100337: b8 d0 10 10 00
    jmp short .L16                       ; 10033c: eb 05
.L15:
    mov eax, str_13                      ; 10033e: b8 d8 10 10 00
.L16:
    push eax                             ; 100343: 50
    call println                         ; 100344: e8 5b fd ff ff
    add esp, 4                           ; 100349: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 10034c: b8 e0 10 10 00
    push eax                             ; 100351: 50
    call print                           ; 100352: e8 26 fd ff ff
    add esp, 4                           ; 100357: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 10035a: 9c
    pop eax                              ; 10035b: 58
    and eax, 0x200                       ; 10035c: 25 00 02 00 00
    test eax, eax                        ; 100361: 85 c0
    je short .L19                        ; 100363: 74 07
    mov eax, str_12                      ; 100365: b8 d0 10 10 00
    jmp short .L20                       ; 10036a: eb 05
.L19:
    mov eax, str_13                      ; 10036c: b8 d8 10 10 00
.L20:
    push eax                             ; 100371: 50
    call println                         ; 100372: e8 2d fd ff ff
    add esp, 4                           ; 100377: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 10037a: b8 f8 10 10 00
    push eax                             ; 10037f: 50
    call print                           ; 100380: e8 f8 fc ff ff
    add esp, 4                           ; 100385: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100388: bb 14 00 00 00
    mov esi, 0x16                        ; 10038d: be 16 00 00 00
    mov eax, ebx                         ; 100392: 89 d8
    add eax, esi                         ; 100394: 01 f0
    push eax                             ; 100396: 50
    call printU32                        ; 100397: e8 23 fd ff ff
    add esp, 4                           ; 10039c: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 10039f: b8 48 10 10 00
    push eax                             ; 1003a4: 50
    call println                         ; 1003a5: e8 fa fc ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003ad: 6a 00
    call exit                            ; 1003af: e8 a6 fd ff ff
    add esp, 4                           ; 1003b4: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003b7: 5e
    pop ebx                              ; 1003b8: 5b
    pop ebp                              ; 1003b9: 5d
    ret                                  ; 1003ba: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003bb: 55
    mov ebp, esp                         ; 1003bc: 89 e5
    push ebx                             ; 1003be: 53
    push esi                             ; 1003bf: 56
    mov eax, [ebp+8]                     ; 1003c0: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003c3: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003c6: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003c9: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003cc: 8b 35 00 20 10 00
    push ebx                             ; 1003d2: 53
    push edx                             ; 1003d3: 52
    push ecx                             ; 1003d4: 51
    push eax                             ; 1003d5: 50
    call esi                             ; 1003d6: ff d6
    add esp, 0x10                        ; 1003d8: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003db: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003dc: f4
    jmp short .L2                        ; 1003dd: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003df: 55
    mov ebp, esp                         ; 1003e0: 89 e5
    sub esp, 4                           ; 1003e2: 83 ec 04
    push ebx                             ; 1003e5: 53
    push esi                             ; 1003e6: 56
    push edi                             ; 1003e7: 57
    mov ebx, [ebp+8]                     ; 1003e8: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003eb: 8b 45 0c
    mov [ebp-4], eax                     ; 1003ee: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003f1: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003f4: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003f7: b8 14 11 10 00
    push eax                             ; 1003fc: 50
    call print                           ; 1003fd: e8 7b fc ff ff
    add esp, 4                           ; 100402: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100405: 56
    call printU32                        ; 100406: e8 b4 fc ff ff
    add esp, 4                           ; 10040b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 10040e: b8 34 11 10 00
    push eax                             ; 100413: 50
    call print                           ; 100414: e8 64 fc ff ff
    add esp, 4                           ; 100419: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10041c: 57
    call printU32                        ; 10041d: e8 9d fc ff ff
    add esp, 4                           ; 100422: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 100425: b8 54 11 10 00
    push eax                             ; 10042a: 50
    call print                           ; 10042b: e8 4d fc ff ff
    add esp, 4                           ; 100430: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100433: 53
    call print                           ; 100434: e8 44 fc ff ff
    add esp, 4                           ; 100439: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 10043c: b8 5c 11 10 00
    push eax                             ; 100441: 50
    call print                           ; 100442: e8 36 fc ff ff
    add esp, 4                           ; 100447: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10044a: 8b 45 fc
    push eax                             ; 10044d: 50
    call printU32                        ; 10044e: e8 6c fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 100456: b8 48 10 10 00
    push eax                             ; 10045b: 50
    call println                         ; 10045c: e8 43 fc ff ff
    add esp, 4                           ; 100461: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100464: 5f
    pop esi                              ; 100465: 5e
    pop ebx                              ; 100466: 5b
    leave                                ; 100467: c9
    ret                                  ; 100468: c3

__tskc_init:
    push ebp                             ; 100469: 55
    mov ebp, esp                         ; 10046a: 89 e5
    mov dword [gdt], 3                   ; 10046c: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100476: c7 05 1c 30 10 00 00 01 00 00
    pop ebp                              ; 100480: 5d
    ret                                  ; 100481: c3

onInterrupt_entry:
.L0:
    push 0                               ; 100482: 6a 00
    push 0                               ; 100484: 6a 00
    jmp .L256                            ; 100486: e9 36 0a 00 00
.L1:
    push 0                               ; 10048b: 6a 00
    push 1                               ; 10048d: 6a 01
    jmp .L256                            ; 10048f: e9 2d 0a 00 00
.L2:
    push 0                               ; 100494: 6a 00
    push 2                               ; 100496: 6a 02
    jmp .L256                            ; 100498: e9 24 0a 00 00
.L3:
    push 0                               ; 10049d: 6a 00
    push 3                               ; 10049f: 6a 03
    jmp .L256                            ; 1004a1: e9 1b 0a 00 00
.L4:
    push 0                               ; 1004a6: 6a 00
    push 4                               ; 1004a8: 6a 04
    jmp .L256                            ; 1004aa: e9 12 0a 00 00
.L5:
    push 0                               ; 1004af: 6a 00
    push 5                               ; 1004b1: 6a 05
    jmp .L256                            ; 1004b3: e9 09 0a 00 00
.L6:
    push 0                               ; 1004b8: 6a 00
    push 6                               ; 1004ba: 6a 06
    jmp .L256                            ; 1004bc: e9 00 0a 00 00
.L7:
    push 0                               ; 1004c1: 6a 00
    push 7                               ; 1004c3: 6a 07
    jmp .L256                            ; 1004c5: e9 f7 09 00 00
.L8:
    push 8                               ; 1004ca: 6a 08
    jmp .L256                            ; 1004cc: e9 f0 09 00 00
.L9:
    push 0                               ; 1004d1: 6a 00
    push 9                               ; 1004d3: 6a 09
    jmp .L256                            ; 1004d5: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004da: 6a 0a
    jmp .L256                            ; 1004dc: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004e1: 6a 0b
    jmp .L256                            ; 1004e3: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004e8: 6a 0c
    jmp .L256                            ; 1004ea: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004ef: 6a 0d
    jmp .L256                            ; 1004f1: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004f6: 6a 0e
    jmp .L256                            ; 1004f8: e9 c4 09 00 00
.L15:
    push 0                               ; 1004fd: 6a 00
    push 0xf                             ; 1004ff: 6a 0f
    jmp .L256                            ; 100501: e9 bb 09 00 00
.L16:
    push 0                               ; 100506: 6a 00
    push 0x10                            ; 100508: 6a 10
    jmp .L256                            ; 10050a: e9 b2 09 00 00
.L17:
    push 0x11                            ; 10050f: 6a 11
    jmp .L256                            ; 100511: e9 ab 09 00 00
.L18:
    push 0                               ; 100516: 6a 00
    push 0x12                            ; 100518: 6a 12
    jmp .L256                            ; 10051a: e9 a2 09 00 00
.L19:
    push 0                               ; 10051f: 6a 00
    push 0x13                            ; 100521: 6a 13
    jmp .L256                            ; 100523: e9 99 09 00 00
.L20:
    push 0                               ; 100528: 6a 00
    push 0x14                            ; 10052a: 6a 14
    jmp .L256                            ; 10052c: e9 90 09 00 00
.L21:
    push 0x15                            ; 100531: 6a 15
    jmp .L256                            ; 100533: e9 89 09 00 00
.L22:
    push 0                               ; 100538: 6a 00
    push 0x16                            ; 10053a: 6a 16
    jmp .L256                            ; 10053c: e9 80 09 00 00
.L23:
    push 0                               ; 100541: 6a 00
    push 0x17                            ; 100543: 6a 17
    jmp .L256                            ; 100545: e9 77 09 00 00
.L24:
    push 0                               ; 10054a: 6a 00
    push 0x18                            ; 10054c: 6a 18
    jmp .L256                            ; 10054e: e9 6e 09 00 00
.L25:
    push 0                               ; 100553: 6a 00
    push 0x19                            ; 100555: 6a 19
    jmp .L256                            ; 100557: e9 65 09 00 00
.L26:
    push 0                               ; 10055c: 6a 00
    push 0x1a                            ; 10055e: 6a 1a
    jmp .L256                            ; 100560: e9 5c 09 00 00
.L27:
    push 0                               ; 100565: 6a 00
    push 0x1b                            ; 100567: 6a 1b
    jmp .L256                            ; 100569: e9 53 09 00 00
.L28:
    push 0                               ; 10056e: 6a 00
    push 0x1c                            ; 100570: 6a 1c
    jmp .L256                            ; 100572: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100577: 6a 1d
    jmp .L256                            ; 100579: e9 43 09 00 00
.L30:
    push 0x1e                            ; 10057e: 6a 1e
    jmp .L256                            ; 100580: e9 3c 09 00 00
.L31:
    push 0                               ; 100585: 6a 00
    push 0x1f                            ; 100587: 6a 1f
    jmp .L256                            ; 100589: e9 33 09 00 00
.L32:
    push 0                               ; 10058e: 6a 00
    push 0x20                            ; 100590: 6a 20
    jmp .L256                            ; 100592: e9 2a 09 00 00
.L33:
    push 0                               ; 100597: 6a 00
    push 0x21                            ; 100599: 6a 21
    jmp .L256                            ; 10059b: e9 21 09 00 00
.L34:
    push 0                               ; 1005a0: 6a 00
    push 0x22                            ; 1005a2: 6a 22
    jmp .L256                            ; 1005a4: e9 18 09 00 00
.L35:
    push 0                               ; 1005a9: 6a 00
    push 0x23                            ; 1005ab: 6a 23
    jmp .L256                            ; 1005ad: e9 0f 09 00 00
.L36:
    push 0                               ; 1005b2: 6a 00
    push 0x24                            ; 1005b4: 6a 24
    jmp .L256                            ; 1005b6: e9 06 09 00 00
.L37:
    push 0                               ; 1005bb: 6a 00
    push 0x25                            ; 1005bd: 6a 25
    jmp .L256                            ; 1005bf: e9 fd 08 00 00
.L38:
    push 0                               ; 1005c4: 6a 00
    push 0x26                            ; 1005c6: 6a 26
    jmp .L256                            ; 1005c8: e9 f4 08 00 00
.L39:
    push 0                               ; 1005cd: 6a 00
    push 0x27                            ; 1005cf: 6a 27
    jmp .L256                            ; 1005d1: e9 eb 08 00 00
.L40:
    push 0                               ; 1005d6: 6a 00
    push 0x28                            ; 1005d8: 6a 28
    jmp .L256                            ; 1005da: e9 e2 08 00 00
.L41:
    push 0                               ; 1005df: 6a 00
    push 0x29                            ; 1005e1: 6a 29
    jmp .L256                            ; 1005e3: e9 d9 08 00 00
.L42:
    push 0                               ; 1005e8: 6a 00
    push 0x2a                            ; 1005ea: 6a 2a
    jmp .L256                            ; 1005ec: e9 d0 08 00 00
.L43:
    push 0                               ; 1005f1: 6a 00
    push 0x2b                            ; 1005f3: 6a 2b
    jmp .L256                            ; 1005f5: e9 c7 08 00 00
.L44:
    push 0                               ; 1005fa: 6a 00
    push 0x2c                            ; 1005fc: 6a 2c
    jmp .L256                            ; 1005fe: e9 be 08 00 00
.L45:
    push 0                               ; 100603: 6a 00
    push 0x2d                            ; 100605: 6a 2d
    jmp .L256                            ; 100607: e9 b5 08 00 00
.L46:
    push 0                               ; 10060c: 6a 00
    push 0x2e                            ; 10060e: 6a 2e
    jmp .L256                            ; 100610: e9 ac 08 00 00
.L47:
    push 0                               ; 100615: 6a 00
    push 0x2f                            ; 100617: 6a 2f
    jmp .L256                            ; 100619: e9 a3 08 00 00
.L48:
    push 0                               ; 10061e: 6a 00
    push 0x30                            ; 100620: 6a 30
    jmp .L256                            ; 100622: e9 9a 08 00 00
.L49:
    push 0                               ; 100627: 6a 00
    push 0x31                            ; 100629: 6a 31
    jmp .L256                            ; 10062b: e9 91 08 00 00
.L50:
    push 0                               ; 100630: 6a 00
    push 0x32                            ; 100632: 6a 32
    jmp .L256                            ; 100634: e9 88 08 00 00
.L51:
    push 0                               ; 100639: 6a 00
    push 0x33                            ; 10063b: 6a 33
    jmp .L256                            ; 10063d: e9 7f 08 00 00
.L52:
    push 0                               ; 100642: 6a 00
    push 0x34                            ; 100644: 6a 34
    jmp .L256                            ; 100646: e9 76 08 00 00
.L53:
    push 0                               ; 10064b: 6a 00
    push 0x35                            ; 10064d: 6a 35
    jmp .L256                            ; 10064f: e9 6d 08 00 00
.L54:
    push 0                               ; 100654: 6a 00
    push 0x36                            ; 100656: 6a 36
    jmp .L256                            ; 100658: e9 64 08 00 00
.L55:
    push 0                               ; 10065d: 6a 00
    push 0x37                            ; 10065f: 6a 37
    jmp .L256                            ; 100661: e9 5b 08 00 00
.L56:
    push 0                               ; 100666: 6a 00
    push 0x38                            ; 100668: 6a 38
    jmp .L256                            ; 10066a: e9 52 08 00 00
.L57:
    push 0                               ; 10066f: 6a 00
    push 0x39                            ; 100671: 6a 39
    jmp .L256                            ; 100673: e9 49 08 00 00
.L58:
    push 0                               ; 100678: 6a 00
    push 0x3a                            ; 10067a: 6a 3a
    jmp .L256                            ; 10067c: e9 40 08 00 00
.L59:
    push 0                               ; 100681: 6a 00
    push 0x3b                            ; 100683: 6a 3b
    jmp .L256                            ; 100685: e9 37 08 00 00
.L60:
    push 0                               ; 10068a: 6a 00
    push 0x3c                            ; 10068c: 6a 3c
    jmp .L256                            ; 10068e: e9 2e 08 00 00
.L61:
    push 0                               ; 100693: 6a 00
    push 0x3d                            ; 100695: 6a 3d
    jmp .L256                            ; 100697: e9 25 08 00 00
.L62:
    push 0                               ; 10069c: 6a 00
    push 0x3e                            ; 10069e: 6a 3e
    jmp .L256                            ; 1006a0: e9 1c 08 00 00
.L63:
    push 0                               ; 1006a5: 6a 00
    push 0x3f                            ; 1006a7: 6a 3f
    jmp .L256                            ; 1006a9: e9 13 08 00 00
.L64:
    push 0                               ; 1006ae: 6a 00
    push 0x40                            ; 1006b0: 6a 40
    jmp .L256                            ; 1006b2: e9 0a 08 00 00
.L65:
    push 0                               ; 1006b7: 6a 00
    push 0x41                            ; 1006b9: 6a 41
    jmp .L256                            ; 1006bb: e9 01 08 00 00
.L66:
    push 0                               ; 1006c0: 6a 00
    push 0x42                            ; 1006c2: 6a 42
    jmp .L256                            ; 1006c4: e9 f8 07 00 00
.L67:
    push 0                               ; 1006c9: 6a 00
    push 0x43                            ; 1006cb: 6a 43
    jmp .L256                            ; 1006cd: e9 ef 07 00 00
.L68:
    push 0                               ; 1006d2: 6a 00
    push 0x44                            ; 1006d4: 6a 44
    jmp .L256                            ; 1006d6: e9 e6 07 00 00
.L69:
    push 0                               ; 1006db: 6a 00
    push 0x45                            ; 1006dd: 6a 45
    jmp .L256                            ; 1006df: e9 dd 07 00 00
.L70:
    push 0                               ; 1006e4: 6a 00
    push 0x46                            ; 1006e6: 6a 46
    jmp .L256                            ; 1006e8: e9 d4 07 00 00
.L71:
    push 0                               ; 1006ed: 6a 00
    push 0x47                            ; 1006ef: 6a 47
    jmp .L256                            ; 1006f1: e9 cb 07 00 00
.L72:
    push 0                               ; 1006f6: 6a 00
    push 0x48                            ; 1006f8: 6a 48
    jmp .L256                            ; 1006fa: e9 c2 07 00 00
.L73:
    push 0                               ; 1006ff: 6a 00
    push 0x49                            ; 100701: 6a 49
    jmp .L256                            ; 100703: e9 b9 07 00 00
.L74:
    push 0                               ; 100708: 6a 00
    push 0x4a                            ; 10070a: 6a 4a
    jmp .L256                            ; 10070c: e9 b0 07 00 00
.L75:
    push 0                               ; 100711: 6a 00
    push 0x4b                            ; 100713: 6a 4b
    jmp .L256                            ; 100715: e9 a7 07 00 00
.L76:
    push 0                               ; 10071a: 6a 00
    push 0x4c                            ; 10071c: 6a 4c
    jmp .L256                            ; 10071e: e9 9e 07 00 00
.L77:
    push 0                               ; 100723: 6a 00
    push 0x4d                            ; 100725: 6a 4d
    jmp .L256                            ; 100727: e9 95 07 00 00
.L78:
    push 0                               ; 10072c: 6a 00
    push 0x4e                            ; 10072e: 6a 4e
    jmp .L256                            ; 100730: e9 8c 07 00 00
.L79:
    push 0                               ; 100735: 6a 00
    push 0x4f                            ; 100737: 6a 4f
    jmp .L256                            ; 100739: e9 83 07 00 00
.L80:
    push 0                               ; 10073e: 6a 00
    push 0x50                            ; 100740: 6a 50
    jmp .L256                            ; 100742: e9 7a 07 00 00
.L81:
    push 0                               ; 100747: 6a 00
    push 0x51                            ; 100749: 6a 51
    jmp .L256                            ; 10074b: e9 71 07 00 00
.L82:
    push 0                               ; 100750: 6a 00
    push 0x52                            ; 100752: 6a 52
    jmp .L256                            ; 100754: e9 68 07 00 00
.L83:
    push 0                               ; 100759: 6a 00
    push 0x53                            ; 10075b: 6a 53
    jmp .L256                            ; 10075d: e9 5f 07 00 00
.L84:
    push 0                               ; 100762: 6a 00
    push 0x54                            ; 100764: 6a 54
    jmp .L256                            ; 100766: e9 56 07 00 00
.L85:
    push 0                               ; 10076b: 6a 00
    push 0x55                            ; 10076d: 6a 55
    jmp .L256                            ; 10076f: e9 4d 07 00 00
.L86:
    push 0                               ; 100774: 6a 00
    push 0x56                            ; 100776: 6a 56
    jmp .L256                            ; 100778: e9 44 07 00 00
.L87:
    push 0                               ; 10077d: 6a 00
    push 0x57                            ; 10077f: 6a 57
    jmp .L256                            ; 100781: e9 3b 07 00 00
.L88:
    push 0                               ; 100786: 6a 00
    push 0x58                            ; 100788: 6a 58
    jmp .L256                            ; 10078a: e9 32 07 00 00
.L89:
    push 0                               ; 10078f: 6a 00
    push 0x59                            ; 100791: 6a 59
    jmp .L256                            ; 100793: e9 29 07 00 00
.L90:
    push 0                               ; 100798: 6a 00
    push 0x5a                            ; 10079a: 6a 5a
    jmp .L256                            ; 10079c: e9 20 07 00 00
.L91:
    push 0                               ; 1007a1: 6a 00
    push 0x5b                            ; 1007a3: 6a 5b
    jmp .L256                            ; 1007a5: e9 17 07 00 00
.L92:
    push 0                               ; 1007aa: 6a 00
    push 0x5c                            ; 1007ac: 6a 5c
    jmp .L256                            ; 1007ae: e9 0e 07 00 00
.L93:
    push 0                               ; 1007b3: 6a 00
    push 0x5d                            ; 1007b5: 6a 5d
    jmp .L256                            ; 1007b7: e9 05 07 00 00
.L94:
    push 0                               ; 1007bc: 6a 00
    push 0x5e                            ; 1007be: 6a 5e
    jmp .L256                            ; 1007c0: e9 fc 06 00 00
.L95:
    push 0                               ; 1007c5: 6a 00
    push 0x5f                            ; 1007c7: 6a 5f
    jmp .L256                            ; 1007c9: e9 f3 06 00 00
.L96:
    push 0                               ; 1007ce: 6a 00
    push 0x60                            ; 1007d0: 6a 60
    jmp .L256                            ; 1007d2: e9 ea 06 00 00
.L97:
    push 0                               ; 1007d7: 6a 00
    push 0x61                            ; 1007d9: 6a 61
    jmp .L256                            ; 1007db: e9 e1 06 00 00
.L98:
    push 0                               ; 1007e0: 6a 00
    push 0x62                            ; 1007e2: 6a 62
    jmp .L256                            ; 1007e4: e9 d8 06 00 00
.L99:
    push 0                               ; 1007e9: 6a 00
    push 0x63                            ; 1007eb: 6a 63
    jmp .L256                            ; 1007ed: e9 cf 06 00 00
.L100:
    push 0                               ; 1007f2: 6a 00
    push 0x64                            ; 1007f4: 6a 64
    jmp .L256                            ; 1007f6: e9 c6 06 00 00
.L101:
    push 0                               ; 1007fb: 6a 00
    push 0x65                            ; 1007fd: 6a 65
    jmp .L256                            ; 1007ff: e9 bd 06 00 00
.L102:
    push 0                               ; 100804: 6a 00
    push 0x66                            ; 100806: 6a 66
    jmp .L256                            ; 100808: e9 b4 06 00 00
.L103:
    push 0                               ; 10080d: 6a 00
    push 0x67                            ; 10080f: 6a 67
    jmp .L256                            ; 100811: e9 ab 06 00 00
.L104:
    push 0                               ; 100816: 6a 00
    push 0x68                            ; 100818: 6a 68
    jmp .L256                            ; 10081a: e9 a2 06 00 00
.L105:
    push 0                               ; 10081f: 6a 00
    push 0x69                            ; 100821: 6a 69
    jmp .L256                            ; 100823: e9 99 06 00 00
.L106:
    push 0                               ; 100828: 6a 00
    push 0x6a                            ; 10082a: 6a 6a
    jmp .L256                            ; 10082c: e9 90 06 00 00
.L107:
    push 0                               ; 100831: 6a 00
    push 0x6b                            ; 100833: 6a 6b
    jmp .L256                            ; 100835: e9 87 06 00 00
.L108:
    push 0                               ; 10083a: 6a 00
    push 0x6c                            ; 10083c: 6a 6c
    jmp .L256                            ; 10083e: e9 7e 06 00 00
.L109:
    push 0                               ; 100843: 6a 00
    push 0x6d                            ; 100845: 6a 6d
    jmp .L256                            ; 100847: e9 75 06 00 00
.L110:
    push 0                               ; 10084c: 6a 00
    push 0x6e                            ; 10084e: 6a 6e
    jmp .L256                            ; 100850: e9 6c 06 00 00
.L111:
    push 0                               ; 100855: 6a 00
    push 0x6f                            ; 100857: 6a 6f
    jmp .L256                            ; 100859: e9 63 06 00 00
.L112:
    push 0                               ; 10085e: 6a 00
    push 0x70                            ; 100860: 6a 70
    jmp .L256                            ; 100862: e9 5a 06 00 00
.L113:
    push 0                               ; 100867: 6a 00
    push 0x71                            ; 100869: 6a 71
    jmp .L256                            ; 10086b: e9 51 06 00 00
.L114:
    push 0                               ; 100870: 6a 00
    push 0x72                            ; 100872: 6a 72
    jmp .L256                            ; 100874: e9 48 06 00 00
.L115:
    push 0                               ; 100879: 6a 00
    push 0x73                            ; 10087b: 6a 73
    jmp .L256                            ; 10087d: e9 3f 06 00 00
.L116:
    push 0                               ; 100882: 6a 00
    push 0x74                            ; 100884: 6a 74
    jmp .L256                            ; 100886: e9 36 06 00 00
.L117:
    push 0                               ; 10088b: 6a 00
    push 0x75                            ; 10088d: 6a 75
    jmp .L256                            ; 10088f: e9 2d 06 00 00
.L118:
    push 0                               ; 100894: 6a 00
    push 0x76                            ; 100896: 6a 76
    jmp .L256                            ; 100898: e9 24 06 00 00
.L119:
    push 0                               ; 10089d: 6a 00
    push 0x77                            ; 10089f: 6a 77
    jmp .L256                            ; 1008a1: e9 1b 06 00 00
.L120:
    push 0                               ; 1008a6: 6a 00
    push 0x78                            ; 1008a8: 6a 78
    jmp .L256                            ; 1008aa: e9 12 06 00 00
.L121:
    push 0                               ; 1008af: 6a 00
    push 0x79                            ; 1008b1: 6a 79
    jmp .L256                            ; 1008b3: e9 09 06 00 00
.L122:
    push 0                               ; 1008b8: 6a 00
    push 0x7a                            ; 1008ba: 6a 7a
    jmp .L256                            ; 1008bc: e9 00 06 00 00
.L123:
    push 0                               ; 1008c1: 6a 00
    push 0x7b                            ; 1008c3: 6a 7b
    jmp .L256                            ; 1008c5: e9 f7 05 00 00
.L124:
    push 0                               ; 1008ca: 6a 00
    push 0x7c                            ; 1008cc: 6a 7c
    jmp .L256                            ; 1008ce: e9 ee 05 00 00
.L125:
    push 0                               ; 1008d3: 6a 00
    push 0x7d                            ; 1008d5: 6a 7d
    jmp .L256                            ; 1008d7: e9 e5 05 00 00
.L126:
    push 0                               ; 1008dc: 6a 00
    push 0x7e                            ; 1008de: 6a 7e
    jmp .L256                            ; 1008e0: e9 dc 05 00 00
.L127:
    push 0                               ; 1008e5: 6a 00
    push 0x7f                            ; 1008e7: 6a 7f
    jmp .L256                            ; 1008e9: e9 d3 05 00 00
.L128:
    push 0                               ; 1008ee: 6a 00
    push 0x80                            ; 1008f0: 68 80 00 00 00
    jmp .L256                            ; 1008f5: e9 c7 05 00 00
.L129:
    push 0                               ; 1008fa: 6a 00
    push 0x81                            ; 1008fc: 68 81 00 00 00
    jmp .L256                            ; 100901: e9 bb 05 00 00
.L130:
    push 0                               ; 100906: 6a 00
    push 0x82                            ; 100908: 68 82 00 00 00
    jmp .L256                            ; 10090d: e9 af 05 00 00
.L131:
    push 0                               ; 100912: 6a 00
    push 0x83                            ; 100914: 68 83 00 00 00
    jmp .L256                            ; 100919: e9 a3 05 00 00
.L132:
    push 0                               ; 10091e: 6a 00
    push 0x84                            ; 100920: 68 84 00 00 00
    jmp .L256                            ; 100925: e9 97 05 00 00
.L133:
    push 0                               ; 10092a: 6a 00
    push 0x85                            ; 10092c: 68 85 00 00 00
    jmp .L256                            ; 100931: e9 8b 05 00 00
.L134:
    push 0                               ; 100936: 6a 00
    push 0x86                            ; 100938: 68 86 00 00 00
    jmp .L256                            ; 10093d: e9 7f 05 00 00
.L135:
    push 0                               ; 100942: 6a 00
    push 0x87                            ; 100944: 68 87 00 00 00
    jmp .L256                            ; 100949: e9 73 05 00 00
.L136:
    push 0                               ; 10094e: 6a 00
    push 0x88                            ; 100950: 68 88 00 00 00
    jmp .L256                            ; 100955: e9 67 05 00 00
.L137:
    push 0                               ; 10095a: 6a 00
    push 0x89                            ; 10095c: 68 89 00 00 00
    jmp .L256                            ; 100961: e9 5b 05 00 00
.L138:
    push 0                               ; 100966: 6a 00
    push 0x8a                            ; 100968: 68 8a 00 00 00
    jmp .L256                            ; 10096d: e9 4f 05 00 00
.L139:
    push 0                               ; 100972: 6a 00
    push 0x8b                            ; 100974: 68 8b 00 00 00
    jmp .L256                            ; 100979: e9 43 05 00 00
.L140:
    push 0                               ; 10097e: 6a 00
    push 0x8c                            ; 100980: 68 8c 00 00 00
    jmp .L256                            ; 100985: e9 37 05 00 00
.L141:
    push 0                               ; 10098a: 6a 00
    push 0x8d                            ; 10098c: 68 8d 00 00 00
    jmp .L256                            ; 100991: e9 2b 05 00 00
.L142:
    push 0                               ; 100996: 6a 00
    push 0x8e                            ; 100998: 68 8e 00 00 00
    jmp .L256                            ; 10099d: e9 1f 05 00 00
.L143:
    push 0                               ; 1009a2: 6a 00
    push 0x8f                            ; 1009a4: 68 8f 00 00 00
    jmp .L256                            ; 1009a9: e9 13 05 00 00
.L144:
    push 0                               ; 1009ae: 6a 00
    push 0x90                            ; 1009b0: 68 90 00 00 00
    jmp .L256                            ; 1009b5: e9 07 05 00 00
.L145:
    push 0                               ; 1009ba: 6a 00
    push 0x91                            ; 1009bc: 68 91 00 00 00
    jmp .L256                            ; 1009c1: e9 fb 04 00 00
.L146:
    push 0                               ; 1009c6: 6a 00
    push 0x92                            ; 1009c8: 68 92 00 00 00
    jmp .L256                            ; 1009cd: e9 ef 04 00 00
.L147:
    push 0                               ; 1009d2: 6a 00
    push 0x93                            ; 1009d4: 68 93 00 00 00
    jmp .L256                            ; 1009d9: e9 e3 04 00 00
.L148:
    push 0                               ; 1009de: 6a 00
    push 0x94                            ; 1009e0: 68 94 00 00 00
    jmp .L256                            ; 1009e5: e9 d7 04 00 00
.L149:
    push 0                               ; 1009ea: 6a 00
    push 0x95                            ; 1009ec: 68 95 00 00 00
    jmp .L256                            ; 1009f1: e9 cb 04 00 00
.L150:
    push 0                               ; 1009f6: 6a 00
    push 0x96                            ; 1009f8: 68 96 00 00 00
    jmp .L256                            ; 1009fd: e9 bf 04 00 00
.L151:
    push 0                               ; 100a02: 6a 00
    push 0x97                            ; 100a04: 68 97 00 00 00
    jmp .L256                            ; 100a09: e9 b3 04 00 00
.L152:
    push 0                               ; 100a0e: 6a 00
    push 0x98                            ; 100a10: 68 98 00 00 00
    jmp .L256                            ; 100a15: e9 a7 04 00 00
.L153:
    push 0                               ; 100a1a: 6a 00
    push 0x99                            ; 100a1c: 68 99 00 00 00
    jmp .L256                            ; 100a21: e9 9b 04 00 00
.L154:
    push 0                               ; 100a26: 6a 00
    push 0x9a                            ; 100a28: 68 9a 00 00 00
    jmp .L256                            ; 100a2d: e9 8f 04 00 00
.L155:
    push 0                               ; 100a32: 6a 00
    push 0x9b                            ; 100a34: 68 9b 00 00 00
    jmp .L256                            ; 100a39: e9 83 04 00 00
.L156:
    push 0                               ; 100a3e: 6a 00
    push 0x9c                            ; 100a40: 68 9c 00 00 00
    jmp .L256                            ; 100a45: e9 77 04 00 00
.L157:
    push 0                               ; 100a4a: 6a 00
    push 0x9d                            ; 100a4c: 68 9d 00 00 00
    jmp .L256                            ; 100a51: e9 6b 04 00 00
.L158:
    push 0                               ; 100a56: 6a 00
    push 0x9e                            ; 100a58: 68 9e 00 00 00
    jmp .L256                            ; 100a5d: e9 5f 04 00 00
.L159:
    push 0                               ; 100a62: 6a 00
    push 0x9f                            ; 100a64: 68 9f 00 00 00
    jmp .L256                            ; 100a69: e9 53 04 00 00
.L160:
    push 0                               ; 100a6e: 6a 00
    push 0xa0                            ; 100a70: 68 a0 00 00 00
    jmp .L256                            ; 100a75: e9 47 04 00 00
.L161:
    push 0                               ; 100a7a: 6a 00
    push 0xa1                            ; 100a7c: 68 a1 00 00 00
    jmp .L256                            ; 100a81: e9 3b 04 00 00
.L162:
    push 0                               ; 100a86: 6a 00
    push 0xa2                            ; 100a88: 68 a2 00 00 00
    jmp .L256                            ; 100a8d: e9 2f 04 00 00
.L163:
    push 0                               ; 100a92: 6a 00
    push 0xa3                            ; 100a94: 68 a3 00 00 00
    jmp .L256                            ; 100a99: e9 23 04 00 00
.L164:
    push 0                               ; 100a9e: 6a 00
    push 0xa4                            ; 100aa0: 68 a4 00 00 00
    jmp .L256                            ; 100aa5: e9 17 04 00 00
.L165:
    push 0                               ; 100aaa: 6a 00
    push 0xa5                            ; 100aac: 68 a5 00 00 00
    jmp .L256                            ; 100ab1: e9 0b 04 00 00
.L166:
    push 0                               ; 100ab6: 6a 00
    push 0xa6                            ; 100ab8: 68 a6 00 00 00
    jmp .L256                            ; 100abd: e9 ff 03 00 00
.L167:
    push 0                               ; 100ac2: 6a 00
    push 0xa7                            ; 100ac4: 68 a7 00 00 00
    jmp .L256                            ; 100ac9: e9 f3 03 00 00
.L168:
    push 0                               ; 100ace: 6a 00
    push 0xa8                            ; 100ad0: 68 a8 00 00 00
    jmp .L256                            ; 100ad5: e9 e7 03 00 00
.L169:
    push 0                               ; 100ada: 6a 00
    push 0xa9                            ; 100adc: 68 a9 00 00 00
    jmp .L256                            ; 100ae1: e9 db 03 00 00
.L170:
    push 0                               ; 100ae6: 6a 00
    push 0xaa                            ; 100ae8: 68 aa 00 00 00
    jmp .L256                            ; 100aed: e9 cf 03 00 00
.L171:
    push 0                               ; 100af2: 6a 00
    push 0xab                            ; 100af4: 68 ab 00 00 00
    jmp .L256                            ; 100af9: e9 c3 03 00 00
.L172:
    push 0                               ; 100afe: 6a 00
    push 0xac                            ; 100b00: 68 ac 00 00 00
    jmp .L256                            ; 100b05: e9 b7 03 00 00
.L173:
    push 0                               ; 100b0a: 6a 00
    push 0xad                            ; 100b0c: 68 ad 00 00 00
    jmp .L256                            ; 100b11: e9 ab 03 00 00
.L174:
    push 0                               ; 100b16: 6a 00
    push 0xae                            ; 100b18: 68 ae 00 00 00
    jmp .L256                            ; 100b1d: e9 9f 03 00 00
.L175:
    push 0                               ; 100b22: 6a 00
    push 0xaf                            ; 100b24: 68 af 00 00 00
    jmp .L256                            ; 100b29: e9 93 03 00 00
.L176:
    push 0                               ; 100b2e: 6a 00
    push 0xb0                            ; 100b30: 68 b0 00 00 00
    jmp .L256                            ; 100b35: e9 87 03 00 00
.L177:
    push 0                               ; 100b3a: 6a 00
    push 0xb1                            ; 100b3c: 68 b1 00 00 00
    jmp .L256                            ; 100b41: e9 7b 03 00 00
.L178:
    push 0                               ; 100b46: 6a 00
    push 0xb2                            ; 100b48: 68 b2 00 00 00
    jmp .L256                            ; 100b4d: e9 6f 03 00 00
.L179:
    push 0                               ; 100b52: 6a 00
    push 0xb3                            ; 100b54: 68 b3 00 00 00
    jmp .L256                            ; 100b59: e9 63 03 00 00
.L180:
    push 0                               ; 100b5e: 6a 00
    push 0xb4                            ; 100b60: 68 b4 00 00 00
    jmp .L256                            ; 100b65: e9 57 03 00 00
.L181:
    push 0                               ; 100b6a: 6a 00
    push 0xb5                            ; 100b6c: 68 b5 00 00 00
    jmp .L256                            ; 100b71: e9 4b 03 00 00
.L182:
    push 0                               ; 100b76: 6a 00
    push 0xb6                            ; 100b78: 68 b6 00 00 00
    jmp .L256                            ; 100b7d: e9 3f 03 00 00
.L183:
    push 0                               ; 100b82: 6a 00
    push 0xb7                            ; 100b84: 68 b7 00 00 00
    jmp .L256                            ; 100b89: e9 33 03 00 00
.L184:
    push 0                               ; 100b8e: 6a 00
    push 0xb8                            ; 100b90: 68 b8 00 00 00
    jmp .L256                            ; 100b95: e9 27 03 00 00
.L185:
    push 0                               ; 100b9a: 6a 00
    push 0xb9                            ; 100b9c: 68 b9 00 00 00
    jmp .L256                            ; 100ba1: e9 1b 03 00 00
.L186:
    push 0                               ; 100ba6: 6a 00
    push 0xba                            ; 100ba8: 68 ba 00 00 00
    jmp .L256                            ; 100bad: e9 0f 03 00 00
.L187:
    push 0                               ; 100bb2: 6a 00
    push 0xbb                            ; 100bb4: 68 bb 00 00 00
    jmp .L256                            ; 100bb9: e9 03 03 00 00
.L188:
    push 0                               ; 100bbe: 6a 00
    push 0xbc                            ; 100bc0: 68 bc 00 00 00
    jmp .L256                            ; 100bc5: e9 f7 02 00 00
.L189:
    push 0                               ; 100bca: 6a 00
    push 0xbd                            ; 100bcc: 68 bd 00 00 00
    jmp .L256                            ; 100bd1: e9 eb 02 00 00
.L190:
    push 0                               ; 100bd6: 6a 00
    push 0xbe                            ; 100bd8: 68 be 00 00 00
    jmp .L256                            ; 100bdd: e9 df 02 00 00
.L191:
    push 0                               ; 100be2: 6a 00
    push 0xbf                            ; 100be4: 68 bf 00 00 00
    jmp .L256                            ; 100be9: e9 d3 02 00 00
.L192:
    push 0                               ; 100bee: 6a 00
    push 0xc0                            ; 100bf0: 68 c0 00 00 00
    jmp .L256                            ; 100bf5: e9 c7 02 00 00
.L193:
    push 0                               ; 100bfa: 6a 00
    push 0xc1                            ; 100bfc: 68 c1 00 00 00
    jmp .L256                            ; 100c01: e9 bb 02 00 00
.L194:
    push 0                               ; 100c06: 6a 00
    push 0xc2                            ; 100c08: 68 c2 00 00 00
    jmp .L256                            ; 100c0d: e9 af 02 00 00
.L195:
    push 0                               ; 100c12: 6a 00
    push 0xc3                            ; 100c14: 68 c3 00 00 00
    jmp .L256                            ; 100c19: e9 a3 02 00 00
.L196:
    push 0                               ; 100c1e: 6a 00
    push 0xc4                            ; 100c20: 68 c4 00 00 00
    jmp .L256                            ; 100c25: e9 97 02 00 00
.L197:
    push 0                               ; 100c2a: 6a 00
    push 0xc5                            ; 100c2c: 68 c5 00 00 00
    jmp .L256                            ; 100c31: e9 8b 02 00 00
.L198:
    push 0                               ; 100c36: 6a 00
    push 0xc6                            ; 100c38: 68 c6 00 00 00
    jmp .L256                            ; 100c3d: e9 7f 02 00 00
.L199:
    push 0                               ; 100c42: 6a 00
    push 0xc7                            ; 100c44: 68 c7 00 00 00
    jmp .L256                            ; 100c49: e9 73 02 00 00
.L200:
    push 0                               ; 100c4e: 6a 00
    push 0xc8                            ; 100c50: 68 c8 00 00 00
    jmp .L256                            ; 100c55: e9 67 02 00 00
.L201:
    push 0                               ; 100c5a: 6a 00
    push 0xc9                            ; 100c5c: 68 c9 00 00 00
    jmp .L256                            ; 100c61: e9 5b 02 00 00
.L202:
    push 0                               ; 100c66: 6a 00
    push 0xca                            ; 100c68: 68 ca 00 00 00
    jmp .L256                            ; 100c6d: e9 4f 02 00 00
.L203:
    push 0                               ; 100c72: 6a 00
    push 0xcb                            ; 100c74: 68 cb 00 00 00
    jmp .L256                            ; 100c79: e9 43 02 00 00
.L204:
    push 0                               ; 100c7e: 6a 00
    push 0xcc                            ; 100c80: 68 cc 00 00 00
    jmp .L256                            ; 100c85: e9 37 02 00 00
.L205:
    push 0                               ; 100c8a: 6a 00
    push 0xcd                            ; 100c8c: 68 cd 00 00 00
    jmp .L256                            ; 100c91: e9 2b 02 00 00
.L206:
    push 0                               ; 100c96: 6a 00
    push 0xce                            ; 100c98: 68 ce 00 00 00
    jmp .L256                            ; 100c9d: e9 1f 02 00 00
.L207:
    push 0                               ; 100ca2: 6a 00
    push 0xcf                            ; 100ca4: 68 cf 00 00 00
    jmp .L256                            ; 100ca9: e9 13 02 00 00
.L208:
    push 0                               ; 100cae: 6a 00
    push 0xd0                            ; 100cb0: 68 d0 00 00 00
    jmp .L256                            ; 100cb5: e9 07 02 00 00
.L209:
    push 0                               ; 100cba: 6a 00
    push 0xd1                            ; 100cbc: 68 d1 00 00 00
    jmp .L256                            ; 100cc1: e9 fb 01 00 00
.L210:
    push 0                               ; 100cc6: 6a 00
    push 0xd2                            ; 100cc8: 68 d2 00 00 00
    jmp .L256                            ; 100ccd: e9 ef 01 00 00
.L211:
    push 0                               ; 100cd2: 6a 00
    push 0xd3                            ; 100cd4: 68 d3 00 00 00
    jmp .L256                            ; 100cd9: e9 e3 01 00 00
.L212:
    push 0                               ; 100cde: 6a 00
    push 0xd4                            ; 100ce0: 68 d4 00 00 00
    jmp .L256                            ; 100ce5: e9 d7 01 00 00
.L213:
    push 0                               ; 100cea: 6a 00
    push 0xd5                            ; 100cec: 68 d5 00 00 00
    jmp .L256                            ; 100cf1: e9 cb 01 00 00
.L214:
    push 0                               ; 100cf6: 6a 00
    push 0xd6                            ; 100cf8: 68 d6 00 00 00
    jmp .L256                            ; 100cfd: e9 bf 01 00 00
.L215:
    push 0                               ; 100d02: 6a 00
    push 0xd7                            ; 100d04: 68 d7 00 00 00
    jmp .L256                            ; 100d09: e9 b3 01 00 00
.L216:
    push 0                               ; 100d0e: 6a 00
    push 0xd8                            ; 100d10: 68 d8 00 00 00
    jmp .L256                            ; 100d15: e9 a7 01 00 00
.L217:
    push 0                               ; 100d1a: 6a 00
    push 0xd9                            ; 100d1c: 68 d9 00 00 00
    jmp .L256                            ; 100d21: e9 9b 01 00 00
.L218:
    push 0                               ; 100d26: 6a 00
    push 0xda                            ; 100d28: 68 da 00 00 00
    jmp .L256                            ; 100d2d: e9 8f 01 00 00
.L219:
    push 0                               ; 100d32: 6a 00
    push 0xdb                            ; 100d34: 68 db 00 00 00
    jmp .L256                            ; 100d39: e9 83 01 00 00
.L220:
    push 0                               ; 100d3e: 6a 00
    push 0xdc                            ; 100d40: 68 dc 00 00 00
    jmp .L256                            ; 100d45: e9 77 01 00 00
.L221:
    push 0                               ; 100d4a: 6a 00
    push 0xdd                            ; 100d4c: 68 dd 00 00 00
    jmp .L256                            ; 100d51: e9 6b 01 00 00
.L222:
    push 0                               ; 100d56: 6a 00
    push 0xde                            ; 100d58: 68 de 00 00 00
    jmp .L256                            ; 100d5d: e9 5f 01 00 00
.L223:
    push 0                               ; 100d62: 6a 00
    push 0xdf                            ; 100d64: 68 df 00 00 00
    jmp .L256                            ; 100d69: e9 53 01 00 00
.L224:
    push 0                               ; 100d6e: 6a 00
    push 0xe0                            ; 100d70: 68 e0 00 00 00
    jmp .L256                            ; 100d75: e9 47 01 00 00
.L225:
    push 0                               ; 100d7a: 6a 00
    push 0xe1                            ; 100d7c: 68 e1 00 00 00
    jmp .L256                            ; 100d81: e9 3b 01 00 00
.L226:
    push 0                               ; 100d86: 6a 00
    push 0xe2                            ; 100d88: 68 e2 00 00 00
    jmp .L256                            ; 100d8d: e9 2f 01 00 00
.L227:
    push 0                               ; 100d92: 6a 00
    push 0xe3                            ; 100d94: 68 e3 00 00 00
    jmp .L256                            ; 100d99: e9 23 01 00 00
.L228:
    push 0                               ; 100d9e: 6a 00
    push 0xe4                            ; 100da0: 68 e4 00 00 00
    jmp .L256                            ; 100da5: e9 17 01 00 00
.L229:
    push 0                               ; 100daa: 6a 00
    push 0xe5                            ; 100dac: 68 e5 00 00 00
    jmp .L256                            ; 100db1: e9 0b 01 00 00
.L230:
    push 0                               ; 100db6: 6a 00
    push 0xe6                            ; 100db8: 68 e6 00 00 00
    jmp .L256                            ; 100dbd: e9 ff 00 00 00
.L231:
    push 0                               ; 100dc2: 6a 00
    push 0xe7                            ; 100dc4: 68 e7 00 00 00
    jmp .L256                            ; 100dc9: e9 f3 00 00 00
.L232:
    push 0                               ; 100dce: 6a 00
    push 0xe8                            ; 100dd0: 68 e8 00 00 00
    jmp .L256                            ; 100dd5: e9 e7 00 00 00
.L233:
    push 0                               ; 100dda: 6a 00
    push 0xe9                            ; 100ddc: 68 e9 00 00 00
    jmp .L256                            ; 100de1: e9 db 00 00 00
.L234:
    push 0                               ; 100de6: 6a 00
    push 0xea                            ; 100de8: 68 ea 00 00 00
    jmp .L256                            ; 100ded: e9 cf 00 00 00
.L235:
    push 0                               ; 100df2: 6a 00
    push 0xeb                            ; 100df4: 68 eb 00 00 00
    jmp .L256                            ; 100df9: e9 c3 00 00 00
.L236:
    push 0                               ; 100dfe: 6a 00
    push 0xec                            ; 100e00: 68 ec 00 00 00
    jmp .L256                            ; 100e05: e9 b7 00 00 00
.L237:
    push 0                               ; 100e0a: 6a 00
    push 0xed                            ; 100e0c: 68 ed 00 00 00
    jmp .L256                            ; 100e11: e9 ab 00 00 00
.L238:
    push 0                               ; 100e16: 6a 00
    push 0xee                            ; 100e18: 68 ee 00 00 00
    jmp .L256                            ; 100e1d: e9 9f 00 00 00
.L239:
    push 0                               ; 100e22: 6a 00
    push 0xef                            ; 100e24: 68 ef 00 00 00
    jmp .L256                            ; 100e29: e9 93 00 00 00
.L240:
    push 0                               ; 100e2e: 6a 00
    push 0xf0                            ; 100e30: 68 f0 00 00 00
    jmp .L256                            ; 100e35: e9 87 00 00 00
.L241:
    push 0                               ; 100e3a: 6a 00
    push 0xf1                            ; 100e3c: 68 f1 00 00 00
    jmp short .L256                      ; 100e41: eb 7e
.L242:
    push 0                               ; 100e43: 6a 00
    push 0xf2                            ; 100e45: 68 f2 00 00 00
    jmp short .L256                      ; 100e4a: eb 75
.L243:
    push 0                               ; 100e4c: 6a 00
    push 0xf3                            ; 100e4e: 68 f3 00 00 00
    jmp short .L256                      ; 100e53: eb 6c
.L244:
    push 0                               ; 100e55: 6a 00
    push 0xf4                            ; 100e57: 68 f4 00 00 00
    jmp short .L256                      ; 100e5c: eb 63
.L245:
    push 0                               ; 100e5e: 6a 00
    push 0xf5                            ; 100e60: 68 f5 00 00 00
    jmp short .L256                      ; 100e65: eb 5a
.L246:
    push 0                               ; 100e67: 6a 00
    push 0xf6                            ; 100e69: 68 f6 00 00 00
    jmp short .L256                      ; 100e6e: eb 51
.L247:
    push 0                               ; 100e70: 6a 00
    push 0xf7                            ; 100e72: 68 f7 00 00 00
    jmp short .L256                      ; 100e77: eb 48
.L248:
    push 0                               ; 100e79: 6a 00
    push 0xf8                            ; 100e7b: 68 f8 00 00 00
    jmp short .L256                      ; 100e80: eb 3f
.L249:
    push 0                               ; 100e82: 6a 00
    push 0xf9                            ; 100e84: 68 f9 00 00 00
    jmp short .L256                      ; 100e89: eb 36
.L250:
    push 0                               ; 100e8b: 6a 00
    push 0xfa                            ; 100e8d: 68 fa 00 00 00
    jmp short .L256                      ; 100e92: eb 2d
.L251:
    push 0                               ; 100e94: 6a 00
    push 0xfb                            ; 100e96: 68 fb 00 00 00
    jmp short .L256                      ; 100e9b: eb 24
.L252:
    push 0                               ; 100e9d: 6a 00
    push 0xfc                            ; 100e9f: 68 fc 00 00 00
    jmp short .L256                      ; 100ea4: eb 1b
.L253:
    push 0                               ; 100ea6: 6a 00
    push 0xfd                            ; 100ea8: 68 fd 00 00 00
    jmp short .L256                      ; 100ead: eb 12
.L254:
    push 0                               ; 100eaf: 6a 00
    push 0xfe                            ; 100eb1: 68 fe 00 00 00
    jmp short .L256                      ; 100eb6: eb 09
.L255:
    push 0                               ; 100eb8: 6a 00
    push 0xff                            ; 100eba: 68 ff 00 00 00
    jmp short .L256                      ; 100ebf: eb 00
.L256:
    push ds                              ; 100ec1: 1e
    push es                              ; 100ec2: 06
    push fs                              ; 100ec3: 0f a0
    push gs                              ; 100ec5: 0f a8
    pusha                                ; 100ec7: 60
    mov eax, ss                          ; 100ec8: 8c d0
    mov ds, eax                          ; 100eca: 8e d8
    mov es, eax                          ; 100ecc: 8e c0
    mov fs, eax                          ; 100ece: 8e e0
    mov gs, eax                          ; 100ed0: 8e e8
    cld                                  ; 100ed2: fc
    push esp                             ; 100ed3: 54
    call onInterrupt                     ; 100ed4: e8 a4 f2 ff ff
    add esp, 4                           ; 100ed9: 83 c4 04
    popa                                 ; 100edc: 61
    pop gs                               ; 100edd: 0f a9
    pop fs                               ; 100edf: 0f a1
    pop es                               ; 100ee1: 07
    pop ds                               ; 100ee2: 1f
    add esp, 8                           ; 100ee3: 83 c4 08
    iret                                 ; 100ee6: cf

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
