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
    call __tskc_init                     ; 10003b: e8 23 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 bd 01 00 00
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
    mov edi, ebx                         ; 100118: 89 df
    mov ecx, esi                         ; 10011a: 89 f1
    shr edi, cl                          ; 10011c: d3 ef
    and edi, 0xf                         ; 10011e: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100121: 83 ff 0a
    jb short .L5                         ; 100124: 72 05
.L6:
    lea eax, [edi+0x57]                  ; 100126: 8d 47 57
    jmp short .L7                        ; 100129: eb 03
.L5:
    lea eax, [edi+0x30]                  ; 10012b: 8d 47 30
.L7:
    movzx eax, al                        ; 10012e: 0f b6 c0
    push eax                             ; 100131: 50
    call putc                            ; 100132: e8 14 ff ff ff
    add esp, 4                           ; 100137: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test esi, esi                        ; 10013a: 85 f6
    je short .L4                         ; 10013c: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10013e: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edi, ebx                         ; 100141: 89 df
    mov ecx, esi                         ; 100143: 89 f1
    shr edi, cl                          ; 100145: d3 ef
    and edi, 0xf                         ; 100147: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 10014a: 83 ff 0a
    jb short .L5                         ; 10014d: 72 dc
    jmp short .L6                        ; 10014f: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 100151: 5f
    pop esi                              ; 100152: 5e
    pop ebx                              ; 100153: 5b
    pop ebp                              ; 100154: 5d
    ret                                  ; 100155: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100156: 55
    mov ebp, esp                         ; 100157: 89 e5
    mov eax, [ebp+8]                     ; 100159: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10015c: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10015e: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10015f: f4
    jmp short .L2                        ; 100160: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    push ebp                             ; 100162: 55
    mov ebp, esp                         ; 100163: 89 e5
    mov eax, [ebp+8]                     ; 100165: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100168: 8b 4d 0c
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 10016b: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [eax+5], cl                      ; 100170: 88 48 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 100173: c6 40 06 cf
    ; test/golden/interrupts.ts:43: }
    pop ebp                              ; 100177: 5d
    ret                                  ; 100178: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebp                             ; 100179: 55
    mov ebp, esp                         ; 10017a: 89 e5
    push ebx                             ; 10017c: 53
    mov ebx, [ebp+8]                     ; 10017d: 8b 5d 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100180: b8 24 10 10 00
    push eax                             ; 100185: 50
    call print                           ; 100186: e8 f2 fe ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 10018e: 8b 43 30
    push eax                             ; 100191: 50
    call printU32                        ; 100192: e8 28 ff ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 10019a: b8 34 10 10 00
    push eax                             ; 10019f: 50
    call print                           ; 1001a0: e8 d8 fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 1001a8: 8b 43 34
    push eax                             ; 1001ab: 50
    call printHex                        ; 1001ac: e8 4b ff ff ff
    add esp, 4                           ; 1001b1: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001b4: b8 40 10 10 00
    push eax                             ; 1001b9: 50
    call print                           ; 1001ba: e8 be fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001c2: 8b 43 3c
    push eax                             ; 1001c5: 50
    call printHex                        ; 1001c6: e8 31 ff ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001ce: b8 48 10 10 00
    push eax                             ; 1001d3: 50
    call println                         ; 1001d4: e8 cb fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    cmp dword [ebx+0x30], 0x41           ; 1001dc: 83 7b 30 41
    jne short .L2                        ; 1001e0: 75 10
    mov dword [ebx+0x1c], 0x2a           ; 1001e2: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001e9: 83 7b 30 0d
    je short .L4                         ; 1001ed: 74 09
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001ef: 5b
    pop ebp                              ; 1001f0: 5d
    ret                                  ; 1001f1: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001f2: 83 7b 30 0d
    jne short .L5                        ; 1001f6: 75 f7
.L4:
    mov eax, [ebx+0x38]                  ; 1001f8: 8b 43 38
    lea eax, [eax+2]                     ; 1001fb: 8d 40 02
    mov [ebx+0x38], eax                  ; 1001fe: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 100201: 5b
    pop ebp                              ; 100202: 5d
    ret                                  ; 100203: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 100204: 55
    mov ebp, esp                         ; 100205: 89 e5
    push ebx                             ; 100207: 53
    push esi                             ; 100208: 56
    mov eax, gdt+12                      ; 100209: b8 0c 30 10 00
    push 0x9a                            ; 10020e: 68 9a 00 00 00
    push eax                             ; 100213: 50
    call flatSegment                     ; 100214: e8 49 ff ff ff
    add esp, 8                           ; 100219: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 10021c: b8 14 30 10 00
    push 0x92                            ; 100221: 68 92 00 00 00
    push eax                             ; 100226: 50
    call flatSegment                     ; 100227: e8 36 ff ff ff
    add esp, 8                           ; 10022c: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 10022f: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100238: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 10023d: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    lgdt [gdtPointer]                    ; 100242: 0f 01 15 20 38 10 00
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 100249: b8 10 00 00 00
    mov ds, eax                          ; 10024e: 8e d8
    mov es, eax                          ; 100250: 8e c0
    mov fs, eax                          ; 100252: 8e e0
    mov gs, eax                          ; 100254: 8e e8
    mov ss, eax                          ; 100256: 8e d0
    mov eax, 8                           ; 100258: b8 08 00 00 00
    push eax                             ; 10025d: 50
    call 0x100263                        ; 10025e: e8 00 00 00 00
    add dword [esp], 5                   ; 100263: 83 04 24 05
    retf                                 ; 100267: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 100268: b8 4c 10 10 00
    push eax                             ; 10026d: 50
    call println                         ; 10026e: e8 31 fe ff ff
    add esp, 4                           ; 100273: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    xor eax, eax                         ; 100276: 31 c0
    cmp eax, 0x100                       ; 100278: 3d 00 01 00 00
    jge short .L4                        ; 10027d: 7d 33
.L2:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov ecx, idt+4                       ; 10027f: b9 20 30 10 00
    lea ecx, [ecx+eax*8]                 ; 100284: 8d 0c c1
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov edx, [eax*4+onInterrupt_stubs+4] ; 100287: 8b 14 85 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, dx                        ; 10028e: 0f b7 da
    mov [ecx], bx                        ; 100291: 66 89 19
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ecx+2], 8                  ; 100294: 66 c7 41 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ecx+5], 0x8e               ; 10029a: c6 41 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr edx, 0x10                        ; 10029e: c1 ea 10
    movzx edx, dx                        ; 1002a1: 0f b7 d2
    mov [ecx+6], dx                      ; 1002a4: 66 89 51 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add eax, 1                           ; 1002a8: 83 c0 01
    cmp eax, 0x100                       ; 1002ab: 3d 00 01 00 00
    jl short .L2                         ; 1002b0: 7c cd
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002b2: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002bb: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002c0: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 1002c5: 0f 01 1d 28 38 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002cc: b8 7c 10 10 00
    push eax                             ; 1002d1: 50
    call println                         ; 1002d2: e8 cd fd ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002da: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002db: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002dd: cd 41
    mov ebx, eax                         ; 1002df: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002e1: b8 8c 10 10 00
    push eax                             ; 1002e6: 50
    call print                           ; 1002e7: e8 91 fd ff ff
    add esp, 4                           ; 1002ec: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002ef: 53
    call printU32                        ; 1002f0: e8 ca fd ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 1002f8: b8 48 10 10 00
    push eax                             ; 1002fd: 50
    call println                         ; 1002fe: e8 a1 fd ff ff
    add esp, 4                           ; 100303: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 100306: b8 34 12 00 00
    mov ds, eax                          ; 10030b: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 10030d: b8 a4 10 10 00
    push eax                             ; 100312: 50
    call println                         ; 100313: e8 8c fd ff ff
    add esp, 4                           ; 100318: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 10031b: b8 bc 10 10 00
    push eax                             ; 100320: 50
    call print                           ; 100321: e8 57 fd ff ff
    add esp, 4                           ; 100326: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100329: 0f 20 c0
    test eax, 1                          ; 10032c: a9 01 00 00 00
    je short .L15                        ; 100331: 74 07
    mov eax, str_12                      ; 100333: b8 d0 10 10 00
    jmp short .L16                       ; 100338: eb 05
.L15:
    mov eax, str_13                      ; 10033a: b8 d8 10 10 00
.L16:
    push eax                             ; 10033f: 50
    call println                         ; 100340: e8 5f fd ff ff
    add esp, 4                           ; 100345: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100348: b8 e0 10 10 00
    push eax                             ; 10034d: 50
    call print                           ; 10034e: e8 2a fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100356: 9c
    pop eax                              ; 100357: 58
    test eax, 0x200                      ; 100358: a9 00 02 00 00
    je short .L19                        ; 10035d: 74 07
    mov eax, str_12                      ; 10035f: b8 d0 10 10 00
    jmp short .L20                       ; 100364: eb 05
.L19:
    mov eax, str_13                      ; 100366: b8 d8 10 10 00
.L20:
    push eax                             ; 10036b: 50
    call println                         ; 10036c: e8 33 fd ff ff
    add esp, 4                           ; 100371: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 100374: b8 f8 10 10 00
    push eax                             ; 100379: 50
    call print                           ; 10037a: e8 fe fc ff ff
    add esp, 4                           ; 10037f: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100382: bb 14 00 00 00
    mov esi, 0x16                        ; 100387: be 16 00 00 00
    mov eax, ebx                         ; 10038c: 89 d8
    add eax, esi                         ; 10038e: 01 f0
    push eax                             ; 100390: 50
    call printU32                        ; 100391: e8 29 fd ff ff
    add esp, 4                           ; 100396: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 100399: b8 48 10 10 00
    push eax                             ; 10039e: 50
    call println                         ; 10039f: e8 00 fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003a7: 6a 00
    call exit                            ; 1003a9: e8 a8 fd ff ff
    add esp, 4                           ; 1003ae: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003b1: 5e
    pop ebx                              ; 1003b2: 5b
    pop ebp                              ; 1003b3: 5d
    ret                                  ; 1003b4: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003b5: 55
    mov ebp, esp                         ; 1003b6: 89 e5
    push ebx                             ; 1003b8: 53
    push esi                             ; 1003b9: 56
    mov eax, [ebp+8]                     ; 1003ba: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003bd: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003c0: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003c3: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003c6: 8b 35 00 20 10 00
    push ebx                             ; 1003cc: 53
    push edx                             ; 1003cd: 52
    push ecx                             ; 1003ce: 51
    push eax                             ; 1003cf: 50
    call esi                             ; 1003d0: ff d6
    add esp, 0x10                        ; 1003d2: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003d5: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003d6: f4
    jmp short .L2                        ; 1003d7: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003d9: 55
    mov ebp, esp                         ; 1003da: 89 e5
    sub esp, 4                           ; 1003dc: 83 ec 04
    push ebx                             ; 1003df: 53
    push esi                             ; 1003e0: 56
    push edi                             ; 1003e1: 57
    mov ebx, [ebp+8]                     ; 1003e2: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003e5: 8b 45 0c
    mov [ebp-4], eax                     ; 1003e8: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003eb: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003ee: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003f1: b8 14 11 10 00
    push eax                             ; 1003f6: 50
    call print                           ; 1003f7: e8 81 fc ff ff
    add esp, 4                           ; 1003fc: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003ff: 56
    call printU32                        ; 100400: e8 ba fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 100408: b8 34 11 10 00
    push eax                             ; 10040d: 50
    call print                           ; 10040e: e8 6a fc ff ff
    add esp, 4                           ; 100413: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100416: 57
    call printU32                        ; 100417: e8 a3 fc ff ff
    add esp, 4                           ; 10041c: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 10041f: b8 54 11 10 00
    push eax                             ; 100424: 50
    call print                           ; 100425: e8 53 fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10042d: 53
    call print                           ; 10042e: e8 4a fc ff ff
    add esp, 4                           ; 100433: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 100436: b8 5c 11 10 00
    push eax                             ; 10043b: 50
    call print                           ; 10043c: e8 3c fc ff ff
    add esp, 4                           ; 100441: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 100444: 8b 45 fc
    push eax                             ; 100447: 50
    call printU32                        ; 100448: e8 72 fc ff ff
    add esp, 4                           ; 10044d: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 100450: b8 48 10 10 00
    push eax                             ; 100455: 50
    call println                         ; 100456: e8 49 fc ff ff
    add esp, 4                           ; 10045b: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 10045e: 5f
    pop esi                              ; 10045f: 5e
    pop ebx                              ; 100460: 5b
    leave                                ; 100461: c9
    ret                                  ; 100462: c3

__tskc_init:
    push ebp                             ; 100463: 55
    mov ebp, esp                         ; 100464: 89 e5
    mov dword [gdt], 3                   ; 100466: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100470: c7 05 1c 30 10 00 00 01 00 00
    pop ebp                              ; 10047a: 5d
    ret                                  ; 10047b: c3

onInterrupt_entry:
.L0:
    push 0                               ; 10047c: 6a 00
    push 0                               ; 10047e: 6a 00
    jmp .L256                            ; 100480: e9 36 0a 00 00
.L1:
    push 0                               ; 100485: 6a 00
    push 1                               ; 100487: 6a 01
    jmp .L256                            ; 100489: e9 2d 0a 00 00
.L2:
    push 0                               ; 10048e: 6a 00
    push 2                               ; 100490: 6a 02
    jmp .L256                            ; 100492: e9 24 0a 00 00
.L3:
    push 0                               ; 100497: 6a 00
    push 3                               ; 100499: 6a 03
    jmp .L256                            ; 10049b: e9 1b 0a 00 00
.L4:
    push 0                               ; 1004a0: 6a 00
    push 4                               ; 1004a2: 6a 04
    jmp .L256                            ; 1004a4: e9 12 0a 00 00
.L5:
    push 0                               ; 1004a9: 6a 00
    push 5                               ; 1004ab: 6a 05
    jmp .L256                            ; 1004ad: e9 09 0a 00 00
.L6:
    push 0                               ; 1004b2: 6a 00
    push 6                               ; 1004b4: 6a 06
    jmp .L256                            ; 1004b6: e9 00 0a 00 00
.L7:
    push 0                               ; 1004bb: 6a 00
    push 7                               ; 1004bd: 6a 07
    jmp .L256                            ; 1004bf: e9 f7 09 00 00
.L8:
    push 8                               ; 1004c4: 6a 08
    jmp .L256                            ; 1004c6: e9 f0 09 00 00
.L9:
    push 0                               ; 1004cb: 6a 00
    push 9                               ; 1004cd: 6a 09
    jmp .L256                            ; 1004cf: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004d4: 6a 0a
    jmp .L256                            ; 1004d6: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004db: 6a 0b
    jmp .L256                            ; 1004dd: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004e2: 6a 0c
    jmp .L256                            ; 1004e4: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004e9: 6a 0d
    jmp .L256                            ; 1004eb: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004f0: 6a 0e
    jmp .L256                            ; 1004f2: e9 c4 09 00 00
.L15:
    push 0                               ; 1004f7: 6a 00
    push 0xf                             ; 1004f9: 6a 0f
    jmp .L256                            ; 1004fb: e9 bb 09 00 00
.L16:
    push 0                               ; 100500: 6a 00
    push 0x10                            ; 100502: 6a 10
    jmp .L256                            ; 100504: e9 b2 09 00 00
.L17:
    push 0x11                            ; 100509: 6a 11
    jmp .L256                            ; 10050b: e9 ab 09 00 00
.L18:
    push 0                               ; 100510: 6a 00
    push 0x12                            ; 100512: 6a 12
    jmp .L256                            ; 100514: e9 a2 09 00 00
.L19:
    push 0                               ; 100519: 6a 00
    push 0x13                            ; 10051b: 6a 13
    jmp .L256                            ; 10051d: e9 99 09 00 00
.L20:
    push 0                               ; 100522: 6a 00
    push 0x14                            ; 100524: 6a 14
    jmp .L256                            ; 100526: e9 90 09 00 00
.L21:
    push 0x15                            ; 10052b: 6a 15
    jmp .L256                            ; 10052d: e9 89 09 00 00
.L22:
    push 0                               ; 100532: 6a 00
    push 0x16                            ; 100534: 6a 16
    jmp .L256                            ; 100536: e9 80 09 00 00
.L23:
    push 0                               ; 10053b: 6a 00
    push 0x17                            ; 10053d: 6a 17
    jmp .L256                            ; 10053f: e9 77 09 00 00
.L24:
    push 0                               ; 100544: 6a 00
    push 0x18                            ; 100546: 6a 18
    jmp .L256                            ; 100548: e9 6e 09 00 00
.L25:
    push 0                               ; 10054d: 6a 00
    push 0x19                            ; 10054f: 6a 19
    jmp .L256                            ; 100551: e9 65 09 00 00
.L26:
    push 0                               ; 100556: 6a 00
    push 0x1a                            ; 100558: 6a 1a
    jmp .L256                            ; 10055a: e9 5c 09 00 00
.L27:
    push 0                               ; 10055f: 6a 00
    push 0x1b                            ; 100561: 6a 1b
    jmp .L256                            ; 100563: e9 53 09 00 00
.L28:
    push 0                               ; 100568: 6a 00
    push 0x1c                            ; 10056a: 6a 1c
    jmp .L256                            ; 10056c: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100571: 6a 1d
    jmp .L256                            ; 100573: e9 43 09 00 00
.L30:
    push 0x1e                            ; 100578: 6a 1e
    jmp .L256                            ; 10057a: e9 3c 09 00 00
.L31:
    push 0                               ; 10057f: 6a 00
    push 0x1f                            ; 100581: 6a 1f
    jmp .L256                            ; 100583: e9 33 09 00 00
.L32:
    push 0                               ; 100588: 6a 00
    push 0x20                            ; 10058a: 6a 20
    jmp .L256                            ; 10058c: e9 2a 09 00 00
.L33:
    push 0                               ; 100591: 6a 00
    push 0x21                            ; 100593: 6a 21
    jmp .L256                            ; 100595: e9 21 09 00 00
.L34:
    push 0                               ; 10059a: 6a 00
    push 0x22                            ; 10059c: 6a 22
    jmp .L256                            ; 10059e: e9 18 09 00 00
.L35:
    push 0                               ; 1005a3: 6a 00
    push 0x23                            ; 1005a5: 6a 23
    jmp .L256                            ; 1005a7: e9 0f 09 00 00
.L36:
    push 0                               ; 1005ac: 6a 00
    push 0x24                            ; 1005ae: 6a 24
    jmp .L256                            ; 1005b0: e9 06 09 00 00
.L37:
    push 0                               ; 1005b5: 6a 00
    push 0x25                            ; 1005b7: 6a 25
    jmp .L256                            ; 1005b9: e9 fd 08 00 00
.L38:
    push 0                               ; 1005be: 6a 00
    push 0x26                            ; 1005c0: 6a 26
    jmp .L256                            ; 1005c2: e9 f4 08 00 00
.L39:
    push 0                               ; 1005c7: 6a 00
    push 0x27                            ; 1005c9: 6a 27
    jmp .L256                            ; 1005cb: e9 eb 08 00 00
.L40:
    push 0                               ; 1005d0: 6a 00
    push 0x28                            ; 1005d2: 6a 28
    jmp .L256                            ; 1005d4: e9 e2 08 00 00
.L41:
    push 0                               ; 1005d9: 6a 00
    push 0x29                            ; 1005db: 6a 29
    jmp .L256                            ; 1005dd: e9 d9 08 00 00
.L42:
    push 0                               ; 1005e2: 6a 00
    push 0x2a                            ; 1005e4: 6a 2a
    jmp .L256                            ; 1005e6: e9 d0 08 00 00
.L43:
    push 0                               ; 1005eb: 6a 00
    push 0x2b                            ; 1005ed: 6a 2b
    jmp .L256                            ; 1005ef: e9 c7 08 00 00
.L44:
    push 0                               ; 1005f4: 6a 00
    push 0x2c                            ; 1005f6: 6a 2c
    jmp .L256                            ; 1005f8: e9 be 08 00 00
.L45:
    push 0                               ; 1005fd: 6a 00
    push 0x2d                            ; 1005ff: 6a 2d
    jmp .L256                            ; 100601: e9 b5 08 00 00
.L46:
    push 0                               ; 100606: 6a 00
    push 0x2e                            ; 100608: 6a 2e
    jmp .L256                            ; 10060a: e9 ac 08 00 00
.L47:
    push 0                               ; 10060f: 6a 00
    push 0x2f                            ; 100611: 6a 2f
    jmp .L256                            ; 100613: e9 a3 08 00 00
.L48:
    push 0                               ; 100618: 6a 00
    push 0x30                            ; 10061a: 6a 30
    jmp .L256                            ; 10061c: e9 9a 08 00 00
.L49:
    push 0                               ; 100621: 6a 00
    push 0x31                            ; 100623: 6a 31
    jmp .L256                            ; 100625: e9 91 08 00 00
.L50:
    push 0                               ; 10062a: 6a 00
    push 0x32                            ; 10062c: 6a 32
    jmp .L256                            ; 10062e: e9 88 08 00 00
.L51:
    push 0                               ; 100633: 6a 00
    push 0x33                            ; 100635: 6a 33
    jmp .L256                            ; 100637: e9 7f 08 00 00
.L52:
    push 0                               ; 10063c: 6a 00
    push 0x34                            ; 10063e: 6a 34
    jmp .L256                            ; 100640: e9 76 08 00 00
.L53:
    push 0                               ; 100645: 6a 00
    push 0x35                            ; 100647: 6a 35
    jmp .L256                            ; 100649: e9 6d 08 00 00
.L54:
    push 0                               ; 10064e: 6a 00
    push 0x36                            ; 100650: 6a 36
    jmp .L256                            ; 100652: e9 64 08 00 00
.L55:
    push 0                               ; 100657: 6a 00
    push 0x37                            ; 100659: 6a 37
    jmp .L256                            ; 10065b: e9 5b 08 00 00
.L56:
    push 0                               ; 100660: 6a 00
    push 0x38                            ; 100662: 6a 38
    jmp .L256                            ; 100664: e9 52 08 00 00
.L57:
    push 0                               ; 100669: 6a 00
    push 0x39                            ; 10066b: 6a 39
    jmp .L256                            ; 10066d: e9 49 08 00 00
.L58:
    push 0                               ; 100672: 6a 00
    push 0x3a                            ; 100674: 6a 3a
    jmp .L256                            ; 100676: e9 40 08 00 00
.L59:
    push 0                               ; 10067b: 6a 00
    push 0x3b                            ; 10067d: 6a 3b
    jmp .L256                            ; 10067f: e9 37 08 00 00
.L60:
    push 0                               ; 100684: 6a 00
    push 0x3c                            ; 100686: 6a 3c
    jmp .L256                            ; 100688: e9 2e 08 00 00
.L61:
    push 0                               ; 10068d: 6a 00
    push 0x3d                            ; 10068f: 6a 3d
    jmp .L256                            ; 100691: e9 25 08 00 00
.L62:
    push 0                               ; 100696: 6a 00
    push 0x3e                            ; 100698: 6a 3e
    jmp .L256                            ; 10069a: e9 1c 08 00 00
.L63:
    push 0                               ; 10069f: 6a 00
    push 0x3f                            ; 1006a1: 6a 3f
    jmp .L256                            ; 1006a3: e9 13 08 00 00
.L64:
    push 0                               ; 1006a8: 6a 00
    push 0x40                            ; 1006aa: 6a 40
    jmp .L256                            ; 1006ac: e9 0a 08 00 00
.L65:
    push 0                               ; 1006b1: 6a 00
    push 0x41                            ; 1006b3: 6a 41
    jmp .L256                            ; 1006b5: e9 01 08 00 00
.L66:
    push 0                               ; 1006ba: 6a 00
    push 0x42                            ; 1006bc: 6a 42
    jmp .L256                            ; 1006be: e9 f8 07 00 00
.L67:
    push 0                               ; 1006c3: 6a 00
    push 0x43                            ; 1006c5: 6a 43
    jmp .L256                            ; 1006c7: e9 ef 07 00 00
.L68:
    push 0                               ; 1006cc: 6a 00
    push 0x44                            ; 1006ce: 6a 44
    jmp .L256                            ; 1006d0: e9 e6 07 00 00
.L69:
    push 0                               ; 1006d5: 6a 00
    push 0x45                            ; 1006d7: 6a 45
    jmp .L256                            ; 1006d9: e9 dd 07 00 00
.L70:
    push 0                               ; 1006de: 6a 00
    push 0x46                            ; 1006e0: 6a 46
    jmp .L256                            ; 1006e2: e9 d4 07 00 00
.L71:
    push 0                               ; 1006e7: 6a 00
    push 0x47                            ; 1006e9: 6a 47
    jmp .L256                            ; 1006eb: e9 cb 07 00 00
.L72:
    push 0                               ; 1006f0: 6a 00
    push 0x48                            ; 1006f2: 6a 48
    jmp .L256                            ; 1006f4: e9 c2 07 00 00
.L73:
    push 0                               ; 1006f9: 6a 00
    push 0x49                            ; 1006fb: 6a 49
    jmp .L256                            ; 1006fd: e9 b9 07 00 00
.L74:
    push 0                               ; 100702: 6a 00
    push 0x4a                            ; 100704: 6a 4a
    jmp .L256                            ; 100706: e9 b0 07 00 00
.L75:
    push 0                               ; 10070b: 6a 00
    push 0x4b                            ; 10070d: 6a 4b
    jmp .L256                            ; 10070f: e9 a7 07 00 00
.L76:
    push 0                               ; 100714: 6a 00
    push 0x4c                            ; 100716: 6a 4c
    jmp .L256                            ; 100718: e9 9e 07 00 00
.L77:
    push 0                               ; 10071d: 6a 00
    push 0x4d                            ; 10071f: 6a 4d
    jmp .L256                            ; 100721: e9 95 07 00 00
.L78:
    push 0                               ; 100726: 6a 00
    push 0x4e                            ; 100728: 6a 4e
    jmp .L256                            ; 10072a: e9 8c 07 00 00
.L79:
    push 0                               ; 10072f: 6a 00
    push 0x4f                            ; 100731: 6a 4f
    jmp .L256                            ; 100733: e9 83 07 00 00
.L80:
    push 0                               ; 100738: 6a 00
    push 0x50                            ; 10073a: 6a 50
    jmp .L256                            ; 10073c: e9 7a 07 00 00
.L81:
    push 0                               ; 100741: 6a 00
    push 0x51                            ; 100743: 6a 51
    jmp .L256                            ; 100745: e9 71 07 00 00
.L82:
    push 0                               ; 10074a: 6a 00
    push 0x52                            ; 10074c: 6a 52
    jmp .L256                            ; 10074e: e9 68 07 00 00
.L83:
    push 0                               ; 100753: 6a 00
    push 0x53                            ; 100755: 6a 53
    jmp .L256                            ; 100757: e9 5f 07 00 00
.L84:
    push 0                               ; 10075c: 6a 00
    push 0x54                            ; 10075e: 6a 54
    jmp .L256                            ; 100760: e9 56 07 00 00
.L85:
    push 0                               ; 100765: 6a 00
    push 0x55                            ; 100767: 6a 55
    jmp .L256                            ; 100769: e9 4d 07 00 00
.L86:
    push 0                               ; 10076e: 6a 00
    push 0x56                            ; 100770: 6a 56
    jmp .L256                            ; 100772: e9 44 07 00 00
.L87:
    push 0                               ; 100777: 6a 00
    push 0x57                            ; 100779: 6a 57
    jmp .L256                            ; 10077b: e9 3b 07 00 00
.L88:
    push 0                               ; 100780: 6a 00
    push 0x58                            ; 100782: 6a 58
    jmp .L256                            ; 100784: e9 32 07 00 00
.L89:
    push 0                               ; 100789: 6a 00
    push 0x59                            ; 10078b: 6a 59
    jmp .L256                            ; 10078d: e9 29 07 00 00
.L90:
    push 0                               ; 100792: 6a 00
    push 0x5a                            ; 100794: 6a 5a
    jmp .L256                            ; 100796: e9 20 07 00 00
.L91:
    push 0                               ; 10079b: 6a 00
    push 0x5b                            ; 10079d: 6a 5b
    jmp .L256                            ; 10079f: e9 17 07 00 00
.L92:
    push 0                               ; 1007a4: 6a 00
    push 0x5c                            ; 1007a6: 6a 5c
    jmp .L256                            ; 1007a8: e9 0e 07 00 00
.L93:
    push 0                               ; 1007ad: 6a 00
    push 0x5d                            ; 1007af: 6a 5d
    jmp .L256                            ; 1007b1: e9 05 07 00 00
.L94:
    push 0                               ; 1007b6: 6a 00
    push 0x5e                            ; 1007b8: 6a 5e
    jmp .L256                            ; 1007ba: e9 fc 06 00 00
.L95:
    push 0                               ; 1007bf: 6a 00
    push 0x5f                            ; 1007c1: 6a 5f
    jmp .L256                            ; 1007c3: e9 f3 06 00 00
.L96:
    push 0                               ; 1007c8: 6a 00
    push 0x60                            ; 1007ca: 6a 60
    jmp .L256                            ; 1007cc: e9 ea 06 00 00
.L97:
    push 0                               ; 1007d1: 6a 00
    push 0x61                            ; 1007d3: 6a 61
    jmp .L256                            ; 1007d5: e9 e1 06 00 00
.L98:
    push 0                               ; 1007da: 6a 00
    push 0x62                            ; 1007dc: 6a 62
    jmp .L256                            ; 1007de: e9 d8 06 00 00
.L99:
    push 0                               ; 1007e3: 6a 00
    push 0x63                            ; 1007e5: 6a 63
    jmp .L256                            ; 1007e7: e9 cf 06 00 00
.L100:
    push 0                               ; 1007ec: 6a 00
    push 0x64                            ; 1007ee: 6a 64
    jmp .L256                            ; 1007f0: e9 c6 06 00 00
.L101:
    push 0                               ; 1007f5: 6a 00
    push 0x65                            ; 1007f7: 6a 65
    jmp .L256                            ; 1007f9: e9 bd 06 00 00
.L102:
    push 0                               ; 1007fe: 6a 00
    push 0x66                            ; 100800: 6a 66
    jmp .L256                            ; 100802: e9 b4 06 00 00
.L103:
    push 0                               ; 100807: 6a 00
    push 0x67                            ; 100809: 6a 67
    jmp .L256                            ; 10080b: e9 ab 06 00 00
.L104:
    push 0                               ; 100810: 6a 00
    push 0x68                            ; 100812: 6a 68
    jmp .L256                            ; 100814: e9 a2 06 00 00
.L105:
    push 0                               ; 100819: 6a 00
    push 0x69                            ; 10081b: 6a 69
    jmp .L256                            ; 10081d: e9 99 06 00 00
.L106:
    push 0                               ; 100822: 6a 00
    push 0x6a                            ; 100824: 6a 6a
    jmp .L256                            ; 100826: e9 90 06 00 00
.L107:
    push 0                               ; 10082b: 6a 00
    push 0x6b                            ; 10082d: 6a 6b
    jmp .L256                            ; 10082f: e9 87 06 00 00
.L108:
    push 0                               ; 100834: 6a 00
    push 0x6c                            ; 100836: 6a 6c
    jmp .L256                            ; 100838: e9 7e 06 00 00
.L109:
    push 0                               ; 10083d: 6a 00
    push 0x6d                            ; 10083f: 6a 6d
    jmp .L256                            ; 100841: e9 75 06 00 00
.L110:
    push 0                               ; 100846: 6a 00
    push 0x6e                            ; 100848: 6a 6e
    jmp .L256                            ; 10084a: e9 6c 06 00 00
.L111:
    push 0                               ; 10084f: 6a 00
    push 0x6f                            ; 100851: 6a 6f
    jmp .L256                            ; 100853: e9 63 06 00 00
.L112:
    push 0                               ; 100858: 6a 00
    push 0x70                            ; 10085a: 6a 70
    jmp .L256                            ; 10085c: e9 5a 06 00 00
.L113:
    push 0                               ; 100861: 6a 00
    push 0x71                            ; 100863: 6a 71
    jmp .L256                            ; 100865: e9 51 06 00 00
.L114:
    push 0                               ; 10086a: 6a 00
    push 0x72                            ; 10086c: 6a 72
    jmp .L256                            ; 10086e: e9 48 06 00 00
.L115:
    push 0                               ; 100873: 6a 00
    push 0x73                            ; 100875: 6a 73
    jmp .L256                            ; 100877: e9 3f 06 00 00
.L116:
    push 0                               ; 10087c: 6a 00
    push 0x74                            ; 10087e: 6a 74
    jmp .L256                            ; 100880: e9 36 06 00 00
.L117:
    push 0                               ; 100885: 6a 00
    push 0x75                            ; 100887: 6a 75
    jmp .L256                            ; 100889: e9 2d 06 00 00
.L118:
    push 0                               ; 10088e: 6a 00
    push 0x76                            ; 100890: 6a 76
    jmp .L256                            ; 100892: e9 24 06 00 00
.L119:
    push 0                               ; 100897: 6a 00
    push 0x77                            ; 100899: 6a 77
    jmp .L256                            ; 10089b: e9 1b 06 00 00
.L120:
    push 0                               ; 1008a0: 6a 00
    push 0x78                            ; 1008a2: 6a 78
    jmp .L256                            ; 1008a4: e9 12 06 00 00
.L121:
    push 0                               ; 1008a9: 6a 00
    push 0x79                            ; 1008ab: 6a 79
    jmp .L256                            ; 1008ad: e9 09 06 00 00
.L122:
    push 0                               ; 1008b2: 6a 00
    push 0x7a                            ; 1008b4: 6a 7a
    jmp .L256                            ; 1008b6: e9 00 06 00 00
.L123:
    push 0                               ; 1008bb: 6a 00
    push 0x7b                            ; 1008bd: 6a 7b
    jmp .L256                            ; 1008bf: e9 f7 05 00 00
.L124:
    push 0                               ; 1008c4: 6a 00
    push 0x7c                            ; 1008c6: 6a 7c
    jmp .L256                            ; 1008c8: e9 ee 05 00 00
.L125:
    push 0                               ; 1008cd: 6a 00
    push 0x7d                            ; 1008cf: 6a 7d
    jmp .L256                            ; 1008d1: e9 e5 05 00 00
.L126:
    push 0                               ; 1008d6: 6a 00
    push 0x7e                            ; 1008d8: 6a 7e
    jmp .L256                            ; 1008da: e9 dc 05 00 00
.L127:
    push 0                               ; 1008df: 6a 00
    push 0x7f                            ; 1008e1: 6a 7f
    jmp .L256                            ; 1008e3: e9 d3 05 00 00
.L128:
    push 0                               ; 1008e8: 6a 00
    push 0x80                            ; 1008ea: 68 80 00 00 00
    jmp .L256                            ; 1008ef: e9 c7 05 00 00
.L129:
    push 0                               ; 1008f4: 6a 00
    push 0x81                            ; 1008f6: 68 81 00 00 00
    jmp .L256                            ; 1008fb: e9 bb 05 00 00
.L130:
    push 0                               ; 100900: 6a 00
    push 0x82                            ; 100902: 68 82 00 00 00
    jmp .L256                            ; 100907: e9 af 05 00 00
.L131:
    push 0                               ; 10090c: 6a 00
    push 0x83                            ; 10090e: 68 83 00 00 00
    jmp .L256                            ; 100913: e9 a3 05 00 00
.L132:
    push 0                               ; 100918: 6a 00
    push 0x84                            ; 10091a: 68 84 00 00 00
    jmp .L256                            ; 10091f: e9 97 05 00 00
.L133:
    push 0                               ; 100924: 6a 00
    push 0x85                            ; 100926: 68 85 00 00 00
    jmp .L256                            ; 10092b: e9 8b 05 00 00
.L134:
    push 0                               ; 100930: 6a 00
    push 0x86                            ; 100932: 68 86 00 00 00
    jmp .L256                            ; 100937: e9 7f 05 00 00
.L135:
    push 0                               ; 10093c: 6a 00
    push 0x87                            ; 10093e: 68 87 00 00 00
    jmp .L256                            ; 100943: e9 73 05 00 00
.L136:
    push 0                               ; 100948: 6a 00
    push 0x88                            ; 10094a: 68 88 00 00 00
    jmp .L256                            ; 10094f: e9 67 05 00 00
.L137:
    push 0                               ; 100954: 6a 00
    push 0x89                            ; 100956: 68 89 00 00 00
    jmp .L256                            ; 10095b: e9 5b 05 00 00
.L138:
    push 0                               ; 100960: 6a 00
    push 0x8a                            ; 100962: 68 8a 00 00 00
    jmp .L256                            ; 100967: e9 4f 05 00 00
.L139:
    push 0                               ; 10096c: 6a 00
    push 0x8b                            ; 10096e: 68 8b 00 00 00
    jmp .L256                            ; 100973: e9 43 05 00 00
.L140:
    push 0                               ; 100978: 6a 00
    push 0x8c                            ; 10097a: 68 8c 00 00 00
    jmp .L256                            ; 10097f: e9 37 05 00 00
.L141:
    push 0                               ; 100984: 6a 00
    push 0x8d                            ; 100986: 68 8d 00 00 00
    jmp .L256                            ; 10098b: e9 2b 05 00 00
.L142:
    push 0                               ; 100990: 6a 00
    push 0x8e                            ; 100992: 68 8e 00 00 00
    jmp .L256                            ; 100997: e9 1f 05 00 00
.L143:
    push 0                               ; 10099c: 6a 00
    push 0x8f                            ; 10099e: 68 8f 00 00 00
    jmp .L256                            ; 1009a3: e9 13 05 00 00
.L144:
    push 0                               ; 1009a8: 6a 00
    push 0x90                            ; 1009aa: 68 90 00 00 00
    jmp .L256                            ; 1009af: e9 07 05 00 00
.L145:
    push 0                               ; 1009b4: 6a 00
    push 0x91                            ; 1009b6: 68 91 00 00 00
    jmp .L256                            ; 1009bb: e9 fb 04 00 00
.L146:
    push 0                               ; 1009c0: 6a 00
    push 0x92                            ; 1009c2: 68 92 00 00 00
    jmp .L256                            ; 1009c7: e9 ef 04 00 00
.L147:
    push 0                               ; 1009cc: 6a 00
    push 0x93                            ; 1009ce: 68 93 00 00 00
    jmp .L256                            ; 1009d3: e9 e3 04 00 00
.L148:
    push 0                               ; 1009d8: 6a 00
    push 0x94                            ; 1009da: 68 94 00 00 00
    jmp .L256                            ; 1009df: e9 d7 04 00 00
.L149:
    push 0                               ; 1009e4: 6a 00
    push 0x95                            ; 1009e6: 68 95 00 00 00
    jmp .L256                            ; 1009eb: e9 cb 04 00 00
.L150:
    push 0                               ; 1009f0: 6a 00
    push 0x96                            ; 1009f2: 68 96 00 00 00
    jmp .L256                            ; 1009f7: e9 bf 04 00 00
.L151:
    push 0                               ; 1009fc: 6a 00
    push 0x97                            ; 1009fe: 68 97 00 00 00
    jmp .L256                            ; 100a03: e9 b3 04 00 00
.L152:
    push 0                               ; 100a08: 6a 00
    push 0x98                            ; 100a0a: 68 98 00 00 00
    jmp .L256                            ; 100a0f: e9 a7 04 00 00
.L153:
    push 0                               ; 100a14: 6a 00
    push 0x99                            ; 100a16: 68 99 00 00 00
    jmp .L256                            ; 100a1b: e9 9b 04 00 00
.L154:
    push 0                               ; 100a20: 6a 00
    push 0x9a                            ; 100a22: 68 9a 00 00 00
    jmp .L256                            ; 100a27: e9 8f 04 00 00
.L155:
    push 0                               ; 100a2c: 6a 00
    push 0x9b                            ; 100a2e: 68 9b 00 00 00
    jmp .L256                            ; 100a33: e9 83 04 00 00
.L156:
    push 0                               ; 100a38: 6a 00
    push 0x9c                            ; 100a3a: 68 9c 00 00 00
    jmp .L256                            ; 100a3f: e9 77 04 00 00
.L157:
    push 0                               ; 100a44: 6a 00
    push 0x9d                            ; 100a46: 68 9d 00 00 00
    jmp .L256                            ; 100a4b: e9 6b 04 00 00
.L158:
    push 0                               ; 100a50: 6a 00
    push 0x9e                            ; 100a52: 68 9e 00 00 00
    jmp .L256                            ; 100a57: e9 5f 04 00 00
.L159:
    push 0                               ; 100a5c: 6a 00
    push 0x9f                            ; 100a5e: 68 9f 00 00 00
    jmp .L256                            ; 100a63: e9 53 04 00 00
.L160:
    push 0                               ; 100a68: 6a 00
    push 0xa0                            ; 100a6a: 68 a0 00 00 00
    jmp .L256                            ; 100a6f: e9 47 04 00 00
.L161:
    push 0                               ; 100a74: 6a 00
    push 0xa1                            ; 100a76: 68 a1 00 00 00
    jmp .L256                            ; 100a7b: e9 3b 04 00 00
.L162:
    push 0                               ; 100a80: 6a 00
    push 0xa2                            ; 100a82: 68 a2 00 00 00
    jmp .L256                            ; 100a87: e9 2f 04 00 00
.L163:
    push 0                               ; 100a8c: 6a 00
    push 0xa3                            ; 100a8e: 68 a3 00 00 00
    jmp .L256                            ; 100a93: e9 23 04 00 00
.L164:
    push 0                               ; 100a98: 6a 00
    push 0xa4                            ; 100a9a: 68 a4 00 00 00
    jmp .L256                            ; 100a9f: e9 17 04 00 00
.L165:
    push 0                               ; 100aa4: 6a 00
    push 0xa5                            ; 100aa6: 68 a5 00 00 00
    jmp .L256                            ; 100aab: e9 0b 04 00 00
.L166:
    push 0                               ; 100ab0: 6a 00
    push 0xa6                            ; 100ab2: 68 a6 00 00 00
    jmp .L256                            ; 100ab7: e9 ff 03 00 00
.L167:
    push 0                               ; 100abc: 6a 00
    push 0xa7                            ; 100abe: 68 a7 00 00 00
    jmp .L256                            ; 100ac3: e9 f3 03 00 00
.L168:
    push 0                               ; 100ac8: 6a 00
    push 0xa8                            ; 100aca: 68 a8 00 00 00
    jmp .L256                            ; 100acf: e9 e7 03 00 00
.L169:
    push 0                               ; 100ad4: 6a 00
    push 0xa9                            ; 100ad6: 68 a9 00 00 00
    jmp .L256                            ; 100adb: e9 db 03 00 00
.L170:
    push 0                               ; 100ae0: 6a 00
    push 0xaa                            ; 100ae2: 68 aa 00 00 00
    jmp .L256                            ; 100ae7: e9 cf 03 00 00
.L171:
    push 0                               ; 100aec: 6a 00
    push 0xab                            ; 100aee: 68 ab 00 00 00
    jmp .L256                            ; 100af3: e9 c3 03 00 00
.L172:
    push 0                               ; 100af8: 6a 00
    push 0xac                            ; 100afa: 68 ac 00 00 00
    jmp .L256                            ; 100aff: e9 b7 03 00 00
.L173:
    push 0                               ; 100b04: 6a 00
    push 0xad                            ; 100b06: 68 ad 00 00 00
    jmp .L256                            ; 100b0b: e9 ab 03 00 00
.L174:
    push 0                               ; 100b10: 6a 00
    push 0xae                            ; 100b12: 68 ae 00 00 00
    jmp .L256                            ; 100b17: e9 9f 03 00 00
.L175:
    push 0                               ; 100b1c: 6a 00
    push 0xaf                            ; 100b1e: 68 af 00 00 00
    jmp .L256                            ; 100b23: e9 93 03 00 00
.L176:
    push 0                               ; 100b28: 6a 00
    push 0xb0                            ; 100b2a: 68 b0 00 00 00
    jmp .L256                            ; 100b2f: e9 87 03 00 00
.L177:
    push 0                               ; 100b34: 6a 00
    push 0xb1                            ; 100b36: 68 b1 00 00 00
    jmp .L256                            ; 100b3b: e9 7b 03 00 00
.L178:
    push 0                               ; 100b40: 6a 00
    push 0xb2                            ; 100b42: 68 b2 00 00 00
    jmp .L256                            ; 100b47: e9 6f 03 00 00
.L179:
    push 0                               ; 100b4c: 6a 00
    push 0xb3                            ; 100b4e: 68 b3 00 00 00
    jmp .L256                            ; 100b53: e9 63 03 00 00
.L180:
    push 0                               ; 100b58: 6a 00
    push 0xb4                            ; 100b5a: 68 b4 00 00 00
    jmp .L256                            ; 100b5f: e9 57 03 00 00
.L181:
    push 0                               ; 100b64: 6a 00
    push 0xb5                            ; 100b66: 68 b5 00 00 00
    jmp .L256                            ; 100b6b: e9 4b 03 00 00
.L182:
    push 0                               ; 100b70: 6a 00
    push 0xb6                            ; 100b72: 68 b6 00 00 00
    jmp .L256                            ; 100b77: e9 3f 03 00 00
.L183:
    push 0                               ; 100b7c: 6a 00
    push 0xb7                            ; 100b7e: 68 b7 00 00 00
    jmp .L256                            ; 100b83: e9 33 03 00 00
.L184:
    push 0                               ; 100b88: 6a 00
    push 0xb8                            ; 100b8a: 68 b8 00 00 00
    jmp .L256                            ; 100b8f: e9 27 03 00 00
.L185:
    push 0                               ; 100b94: 6a 00
    push 0xb9                            ; 100b96: 68 b9 00 00 00
    jmp .L256                            ; 100b9b: e9 1b 03 00 00
.L186:
    push 0                               ; 100ba0: 6a 00
    push 0xba                            ; 100ba2: 68 ba 00 00 00
    jmp .L256                            ; 100ba7: e9 0f 03 00 00
.L187:
    push 0                               ; 100bac: 6a 00
    push 0xbb                            ; 100bae: 68 bb 00 00 00
    jmp .L256                            ; 100bb3: e9 03 03 00 00
.L188:
    push 0                               ; 100bb8: 6a 00
    push 0xbc                            ; 100bba: 68 bc 00 00 00
    jmp .L256                            ; 100bbf: e9 f7 02 00 00
.L189:
    push 0                               ; 100bc4: 6a 00
    push 0xbd                            ; 100bc6: 68 bd 00 00 00
    jmp .L256                            ; 100bcb: e9 eb 02 00 00
.L190:
    push 0                               ; 100bd0: 6a 00
    push 0xbe                            ; 100bd2: 68 be 00 00 00
    jmp .L256                            ; 100bd7: e9 df 02 00 00
.L191:
    push 0                               ; 100bdc: 6a 00
    push 0xbf                            ; 100bde: 68 bf 00 00 00
    jmp .L256                            ; 100be3: e9 d3 02 00 00
.L192:
    push 0                               ; 100be8: 6a 00
    push 0xc0                            ; 100bea: 68 c0 00 00 00
    jmp .L256                            ; 100bef: e9 c7 02 00 00
.L193:
    push 0                               ; 100bf4: 6a 00
    push 0xc1                            ; 100bf6: 68 c1 00 00 00
    jmp .L256                            ; 100bfb: e9 bb 02 00 00
.L194:
    push 0                               ; 100c00: 6a 00
    push 0xc2                            ; 100c02: 68 c2 00 00 00
    jmp .L256                            ; 100c07: e9 af 02 00 00
.L195:
    push 0                               ; 100c0c: 6a 00
    push 0xc3                            ; 100c0e: 68 c3 00 00 00
    jmp .L256                            ; 100c13: e9 a3 02 00 00
.L196:
    push 0                               ; 100c18: 6a 00
    push 0xc4                            ; 100c1a: 68 c4 00 00 00
    jmp .L256                            ; 100c1f: e9 97 02 00 00
.L197:
    push 0                               ; 100c24: 6a 00
    push 0xc5                            ; 100c26: 68 c5 00 00 00
    jmp .L256                            ; 100c2b: e9 8b 02 00 00
.L198:
    push 0                               ; 100c30: 6a 00
    push 0xc6                            ; 100c32: 68 c6 00 00 00
    jmp .L256                            ; 100c37: e9 7f 02 00 00
.L199:
    push 0                               ; 100c3c: 6a 00
    push 0xc7                            ; 100c3e: 68 c7 00 00 00
    jmp .L256                            ; 100c43: e9 73 02 00 00
.L200:
    push 0                               ; 100c48: 6a 00
    push 0xc8                            ; 100c4a: 68 c8 00 00 00
    jmp .L256                            ; 100c4f: e9 67 02 00 00
.L201:
    push 0                               ; 100c54: 6a 00
    push 0xc9                            ; 100c56: 68 c9 00 00 00
    jmp .L256                            ; 100c5b: e9 5b 02 00 00
.L202:
    push 0                               ; 100c60: 6a 00
    push 0xca                            ; 100c62: 68 ca 00 00 00
    jmp .L256                            ; 100c67: e9 4f 02 00 00
.L203:
    push 0                               ; 100c6c: 6a 00
    push 0xcb                            ; 100c6e: 68 cb 00 00 00
    jmp .L256                            ; 100c73: e9 43 02 00 00
.L204:
    push 0                               ; 100c78: 6a 00
    push 0xcc                            ; 100c7a: 68 cc 00 00 00
    jmp .L256                            ; 100c7f: e9 37 02 00 00
.L205:
    push 0                               ; 100c84: 6a 00
    push 0xcd                            ; 100c86: 68 cd 00 00 00
    jmp .L256                            ; 100c8b: e9 2b 02 00 00
.L206:
    push 0                               ; 100c90: 6a 00
    push 0xce                            ; 100c92: 68 ce 00 00 00
    jmp .L256                            ; 100c97: e9 1f 02 00 00
.L207:
    push 0                               ; 100c9c: 6a 00
    push 0xcf                            ; 100c9e: 68 cf 00 00 00
    jmp .L256                            ; 100ca3: e9 13 02 00 00
.L208:
    push 0                               ; 100ca8: 6a 00
    push 0xd0                            ; 100caa: 68 d0 00 00 00
    jmp .L256                            ; 100caf: e9 07 02 00 00
.L209:
    push 0                               ; 100cb4: 6a 00
    push 0xd1                            ; 100cb6: 68 d1 00 00 00
    jmp .L256                            ; 100cbb: e9 fb 01 00 00
.L210:
    push 0                               ; 100cc0: 6a 00
    push 0xd2                            ; 100cc2: 68 d2 00 00 00
    jmp .L256                            ; 100cc7: e9 ef 01 00 00
.L211:
    push 0                               ; 100ccc: 6a 00
    push 0xd3                            ; 100cce: 68 d3 00 00 00
    jmp .L256                            ; 100cd3: e9 e3 01 00 00
.L212:
    push 0                               ; 100cd8: 6a 00
    push 0xd4                            ; 100cda: 68 d4 00 00 00
    jmp .L256                            ; 100cdf: e9 d7 01 00 00
.L213:
    push 0                               ; 100ce4: 6a 00
    push 0xd5                            ; 100ce6: 68 d5 00 00 00
    jmp .L256                            ; 100ceb: e9 cb 01 00 00
.L214:
    push 0                               ; 100cf0: 6a 00
    push 0xd6                            ; 100cf2: 68 d6 00 00 00
    jmp .L256                            ; 100cf7: e9 bf 01 00 00
.L215:
    push 0                               ; 100cfc: 6a 00
    push 0xd7                            ; 100cfe: 68 d7 00 00 00
    jmp .L256                            ; 100d03: e9 b3 01 00 00
.L216:
    push 0                               ; 100d08: 6a 00
    push 0xd8                            ; 100d0a: 68 d8 00 00 00
    jmp .L256                            ; 100d0f: e9 a7 01 00 00
.L217:
    push 0                               ; 100d14: 6a 00
    push 0xd9                            ; 100d16: 68 d9 00 00 00
    jmp .L256                            ; 100d1b: e9 9b 01 00 00
.L218:
    push 0                               ; 100d20: 6a 00
    push 0xda                            ; 100d22: 68 da 00 00 00
    jmp .L256                            ; 100d27: e9 8f 01 00 00
.L219:
    push 0                               ; 100d2c: 6a 00
    push 0xdb                            ; 100d2e: 68 db 00 00 00
    jmp .L256                            ; 100d33: e9 83 01 00 00
.L220:
    push 0                               ; 100d38: 6a 00
    push 0xdc                            ; 100d3a: 68 dc 00 00 00
    jmp .L256                            ; 100d3f: e9 77 01 00 00
.L221:
    push 0                               ; 100d44: 6a 00
    push 0xdd                            ; 100d46: 68 dd 00 00 00
    jmp .L256                            ; 100d4b: e9 6b 01 00 00
.L222:
    push 0                               ; 100d50: 6a 00
    push 0xde                            ; 100d52: 68 de 00 00 00
    jmp .L256                            ; 100d57: e9 5f 01 00 00
.L223:
    push 0                               ; 100d5c: 6a 00
    push 0xdf                            ; 100d5e: 68 df 00 00 00
    jmp .L256                            ; 100d63: e9 53 01 00 00
.L224:
    push 0                               ; 100d68: 6a 00
    push 0xe0                            ; 100d6a: 68 e0 00 00 00
    jmp .L256                            ; 100d6f: e9 47 01 00 00
.L225:
    push 0                               ; 100d74: 6a 00
    push 0xe1                            ; 100d76: 68 e1 00 00 00
    jmp .L256                            ; 100d7b: e9 3b 01 00 00
.L226:
    push 0                               ; 100d80: 6a 00
    push 0xe2                            ; 100d82: 68 e2 00 00 00
    jmp .L256                            ; 100d87: e9 2f 01 00 00
.L227:
    push 0                               ; 100d8c: 6a 00
    push 0xe3                            ; 100d8e: 68 e3 00 00 00
    jmp .L256                            ; 100d93: e9 23 01 00 00
.L228:
    push 0                               ; 100d98: 6a 00
    push 0xe4                            ; 100d9a: 68 e4 00 00 00
    jmp .L256                            ; 100d9f: e9 17 01 00 00
.L229:
    push 0                               ; 100da4: 6a 00
    push 0xe5                            ; 100da6: 68 e5 00 00 00
    jmp .L256                            ; 100dab: e9 0b 01 00 00
.L230:
    push 0                               ; 100db0: 6a 00
    push 0xe6                            ; 100db2: 68 e6 00 00 00
    jmp .L256                            ; 100db7: e9 ff 00 00 00
.L231:
    push 0                               ; 100dbc: 6a 00
    push 0xe7                            ; 100dbe: 68 e7 00 00 00
    jmp .L256                            ; 100dc3: e9 f3 00 00 00
.L232:
    push 0                               ; 100dc8: 6a 00
    push 0xe8                            ; 100dca: 68 e8 00 00 00
    jmp .L256                            ; 100dcf: e9 e7 00 00 00
.L233:
    push 0                               ; 100dd4: 6a 00
    push 0xe9                            ; 100dd6: 68 e9 00 00 00
    jmp .L256                            ; 100ddb: e9 db 00 00 00
.L234:
    push 0                               ; 100de0: 6a 00
    push 0xea                            ; 100de2: 68 ea 00 00 00
    jmp .L256                            ; 100de7: e9 cf 00 00 00
.L235:
    push 0                               ; 100dec: 6a 00
    push 0xeb                            ; 100dee: 68 eb 00 00 00
    jmp .L256                            ; 100df3: e9 c3 00 00 00
.L236:
    push 0                               ; 100df8: 6a 00
    push 0xec                            ; 100dfa: 68 ec 00 00 00
    jmp .L256                            ; 100dff: e9 b7 00 00 00
.L237:
    push 0                               ; 100e04: 6a 00
    push 0xed                            ; 100e06: 68 ed 00 00 00
    jmp .L256                            ; 100e0b: e9 ab 00 00 00
.L238:
    push 0                               ; 100e10: 6a 00
    push 0xee                            ; 100e12: 68 ee 00 00 00
    jmp .L256                            ; 100e17: e9 9f 00 00 00
.L239:
    push 0                               ; 100e1c: 6a 00
    push 0xef                            ; 100e1e: 68 ef 00 00 00
    jmp .L256                            ; 100e23: e9 93 00 00 00
.L240:
    push 0                               ; 100e28: 6a 00
    push 0xf0                            ; 100e2a: 68 f0 00 00 00
    jmp .L256                            ; 100e2f: e9 87 00 00 00
.L241:
    push 0                               ; 100e34: 6a 00
    push 0xf1                            ; 100e36: 68 f1 00 00 00
    jmp short .L256                      ; 100e3b: eb 7e
.L242:
    push 0                               ; 100e3d: 6a 00
    push 0xf2                            ; 100e3f: 68 f2 00 00 00
    jmp short .L256                      ; 100e44: eb 75
.L243:
    push 0                               ; 100e46: 6a 00
    push 0xf3                            ; 100e48: 68 f3 00 00 00
    jmp short .L256                      ; 100e4d: eb 6c
.L244:
    push 0                               ; 100e4f: 6a 00
    push 0xf4                            ; 100e51: 68 f4 00 00 00
    jmp short .L256                      ; 100e56: eb 63
.L245:
    push 0                               ; 100e58: 6a 00
    push 0xf5                            ; 100e5a: 68 f5 00 00 00
    jmp short .L256                      ; 100e5f: eb 5a
.L246:
    push 0                               ; 100e61: 6a 00
    push 0xf6                            ; 100e63: 68 f6 00 00 00
    jmp short .L256                      ; 100e68: eb 51
.L247:
    push 0                               ; 100e6a: 6a 00
    push 0xf7                            ; 100e6c: 68 f7 00 00 00
    jmp short .L256                      ; 100e71: eb 48
.L248:
    push 0                               ; 100e73: 6a 00
    push 0xf8                            ; 100e75: 68 f8 00 00 00
    jmp short .L256                      ; 100e7a: eb 3f
.L249:
    push 0                               ; 100e7c: 6a 00
    push 0xf9                            ; 100e7e: 68 f9 00 00 00
    jmp short .L256                      ; 100e83: eb 36
.L250:
    push 0                               ; 100e85: 6a 00
    push 0xfa                            ; 100e87: 68 fa 00 00 00
    jmp short .L256                      ; 100e8c: eb 2d
.L251:
    push 0                               ; 100e8e: 6a 00
    push 0xfb                            ; 100e90: 68 fb 00 00 00
    jmp short .L256                      ; 100e95: eb 24
.L252:
    push 0                               ; 100e97: 6a 00
    push 0xfc                            ; 100e99: 68 fc 00 00 00
    jmp short .L256                      ; 100e9e: eb 1b
.L253:
    push 0                               ; 100ea0: 6a 00
    push 0xfd                            ; 100ea2: 68 fd 00 00 00
    jmp short .L256                      ; 100ea7: eb 12
.L254:
    push 0                               ; 100ea9: 6a 00
    push 0xfe                            ; 100eab: 68 fe 00 00 00
    jmp short .L256                      ; 100eb0: eb 09
.L255:
    push 0                               ; 100eb2: 6a 00
    push 0xff                            ; 100eb4: 68 ff 00 00 00
    jmp short .L256                      ; 100eb9: eb 00
.L256:
    push ds                              ; 100ebb: 1e
    push es                              ; 100ebc: 06
    push fs                              ; 100ebd: 0f a0
    push gs                              ; 100ebf: 0f a8
    pusha                                ; 100ec1: 60
    mov eax, ss                          ; 100ec2: 8c d0
    mov ds, eax                          ; 100ec4: 8e d8
    mov es, eax                          ; 100ec6: 8e c0
    mov fs, eax                          ; 100ec8: 8e e0
    mov gs, eax                          ; 100eca: 8e e8
    cld                                  ; 100ecc: fc
    push esp                             ; 100ecd: 54
    call onInterrupt                     ; 100ece: e8 a6 f2 ff ff
    add esp, 4                           ; 100ed3: 83 c4 04
    popa                                 ; 100ed6: 61
    pop gs                               ; 100ed7: 0f a9
    pop fs                               ; 100ed9: 0f a1
    pop es                               ; 100edb: 07
    pop ds                               ; 100edc: 1f
    add esp, 8                           ; 100edd: 83 c4 08
    iret                                 ; 100ee0: cf

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
