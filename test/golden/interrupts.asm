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
    call __tskc_init                     ; 10003b: e8 0d 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a8 01 00 00
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
    push edi                             ; 10007c: 57
    mov edi, [esp+0x10]                  ; 10007d: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 100081: 8b 37
    xor ebx, ebx                         ; 100083: 31 db
    cmp ebx, esi                         ; 100085: 39 f3
    jge short .L4                        ; 100087: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100089: 0f b6 44 1f 04
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add ebx, 1                           ; 100097: 83 c3 01
    cmp ebx, esi                         ; 10009a: 39 f3
    jl short .L7                         ; 10009c: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 10009e: 5f
    pop esi                              ; 10009f: 5e
    pop ebx                              ; 1000a0: 5b
    ret                                  ; 1000a1: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000a2: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 ce ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000ba: 53
    mov ebx, [esp+8]                     ; 1000bb: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bf: 83 fb 0a
    jb short .L2                         ; 1000c2: 72 14
    mov ecx, 0xa                         ; 1000c4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c9: 89 d8
    xor edx, edx                         ; 1000cb: 31 d2
    div ecx                              ; 1000cd: f7 f1
    push eax                             ; 1000cf: 50
    call printU32                        ; 1000d0: e8 e5 ff ff ff
    add esp, 4                           ; 1000d5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    lea eax, [edx+0x30]                  ; 1000e3: 8d 42 30
    movzx eax, al                        ; 1000e6: 0f b6 c0
    push eax                             ; 1000e9: 50
    call putc                            ; 1000ea: e8 5c ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 1000f4: 53
    push esi                             ; 1000f5: 56
    mov esi, [esp+0xc]                   ; 1000f6: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 1000fa: b8 1c 10 10 00
    push eax                             ; 1000ff: 50
    call print                           ; 100100: e8 75 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    mov ebx, 0x1c                        ; 100108: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10010d: 89 f0
    mov ecx, ebx                         ; 10010f: 89 d9
    shr eax, cl                          ; 100111: d3 e8
    and eax, 0xf                         ; 100113: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100116: 83 f8 0a
    jb short .L5                         ; 100119: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 10011b: 8d 40 57
    jmp short .L7                        ; 10011e: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100120: 8d 40 30
.L7:
    movzx eax, al                        ; 100123: 0f b6 c0
    push eax                             ; 100126: 50
    call putc                            ; 100127: e8 1f ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 10012f: 85 db
    je short .L4                         ; 100131: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100133: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100136: 89 f0
    mov ecx, ebx                         ; 100138: 89 d9
    shr eax, cl                          ; 10013a: d3 e8
    and eax, 0xf                         ; 10013c: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10013f: 83 f8 0a
    jb short .L5                         ; 100142: 72 dc
    jmp short .L6                        ; 100144: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100146: 5e
    pop ebx                              ; 100147: 5b
    ret                                  ; 100148: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100149: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10014d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100150: f4
    jmp short .L2                        ; 100151: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    mov ecx, [esp+4]                     ; 100153: 8b 4c 24 04
    mov eax, [esp+8]                     ; 100157: 8b 44 24 08
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [ecx], 0xffff               ; 10015b: 66 c7 01 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [ecx+5], al                      ; 100160: 88 41 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [ecx+6], 0xcf               ; 100163: c6 41 06 cf
    ; test/golden/interrupts.ts:43: }
    ret                                  ; 100167: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebx                             ; 100168: 53
    mov ebx, [esp+8]                     ; 100169: 8b 5c 24 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 10016d: b8 24 10 10 00
    push eax                             ; 100172: 50
    call print                           ; 100173: e8 02 ff ff ff
    add esp, 4                           ; 100178: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 10017b: 8b 43 30
    push eax                             ; 10017e: 50
    call printU32                        ; 10017f: e8 36 ff ff ff
    add esp, 4                           ; 100184: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 100187: b8 34 10 10 00
    push eax                             ; 10018c: 50
    call print                           ; 10018d: e8 e8 fe ff ff
    add esp, 4                           ; 100192: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 100195: 8b 43 34
    push eax                             ; 100198: 50
    call printHex                        ; 100199: e8 56 ff ff ff
    add esp, 4                           ; 10019e: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001a1: b8 40 10 10 00
    push eax                             ; 1001a6: 50
    call print                           ; 1001a7: e8 ce fe ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001af: 8b 43 3c
    push eax                             ; 1001b2: 50
    call printHex                        ; 1001b3: e8 3c ff ff ff
    add esp, 4                           ; 1001b8: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001bb: b8 48 10 10 00
    push eax                             ; 1001c0: 50
    call println                         ; 1001c1: e8 dc fe ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    cmp dword [ebx+0x30], 0x41           ; 1001c9: 83 7b 30 41
    jne short .L2                        ; 1001cd: 75 0f
    mov dword [ebx+0x1c], 0x2a           ; 1001cf: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001d6: 83 7b 30 0d
    je short .L4                         ; 1001da: 74 08
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001dc: 5b
    ret                                  ; 1001dd: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001de: 83 7b 30 0d
    jne short .L5                        ; 1001e2: 75 f8
.L4:
    mov eax, [ebx+0x38]                  ; 1001e4: 8b 43 38
    lea eax, [eax+2]                     ; 1001e7: 8d 40 02
    mov [ebx+0x38], eax                  ; 1001ea: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001ed: 5b
    ret                                  ; 1001ee: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 1001ef: 55
    mov ebp, esp                         ; 1001f0: 89 e5
    push ebx                             ; 1001f2: 53
    push esi                             ; 1001f3: 56
    push edi                             ; 1001f4: 57
    mov eax, gdt+12                      ; 1001f5: b8 0c 30 10 00
    push 0x9a                            ; 1001fa: 68 9a 00 00 00
    push eax                             ; 1001ff: 50
    call flatSegment                     ; 100200: e8 4e ff ff ff
    add esp, 8                           ; 100205: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 100208: b8 14 30 10 00
    push 0x92                            ; 10020d: 68 92 00 00 00
    push eax                             ; 100212: 50
    call flatSegment                     ; 100213: e8 3b ff ff ff
    add esp, 8                           ; 100218: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 10021b: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100224: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 100229: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    lgdt [gdtPointer]                    ; 10022e: 0f 01 15 20 38 10 00
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 100235: b8 10 00 00 00
    mov ds, eax                          ; 10023a: 8e d8
    mov es, eax                          ; 10023c: 8e c0
    mov fs, eax                          ; 10023e: 8e e0
    mov gs, eax                          ; 100240: 8e e8
    mov ss, eax                          ; 100242: 8e d0
    mov eax, 8                           ; 100244: b8 08 00 00 00
    push eax                             ; 100249: 50
    call 0x10024f                        ; 10024a: e8 00 00 00 00
    add dword [esp], 5                   ; 10024f: 83 04 24 05
    retf                                 ; 100253: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 100254: b8 4c 10 10 00
    push eax                             ; 100259: 50
    call println                         ; 10025a: e8 43 fe ff ff
    add esp, 4                           ; 10025f: 83 c4 04
    xor ecx, ecx                         ; 100262: 31 c9
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    cmp ecx, 0x100                       ; 100264: 81 f9 00 01 00 00
    jge short .L4                        ; 10026a: 7d 34
.L7:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 10026c: b8 20 30 10 00
    lea ebx, [eax+ecx*8]                 ; 100271: 8d 1c c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov eax, [ecx*4+onInterrupt_stubs+4] ; 100274: 8b 04 8d 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx edx, ax                        ; 10027b: 0f b7 d0
    mov [ebx], dx                        ; 10027e: 66 89 13
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ebx+2], 8                  ; 100281: 66 c7 43 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ebx+5], 0x8e               ; 100287: c6 43 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr eax, 0x10                        ; 10028b: c1 e8 10
    movzx eax, ax                        ; 10028e: 0f b7 c0
    mov [ebx+6], ax                      ; 100291: 66 89 43 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add ecx, 1                           ; 100295: 83 c1 01
    cmp ecx, 0x100                       ; 100298: 81 f9 00 01 00 00
    jl short .L7                         ; 10029e: 7c cc
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002a0: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002a9: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002ae: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 1002b3: 0f 01 1d 28 38 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002ba: b8 7c 10 10 00
    push eax                             ; 1002bf: 50
    call println                         ; 1002c0: e8 dd fd ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002c8: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002c9: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002cb: cd 41
    mov ebx, eax                         ; 1002cd: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002cf: b8 8c 10 10 00
    push eax                             ; 1002d4: 50
    call print                           ; 1002d5: e8 a0 fd ff ff
    add esp, 4                           ; 1002da: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002dd: 53
    call printU32                        ; 1002de: e8 d7 fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov edi, str_5                       ; 1002e6: bf 48 10 10 00
    push edi                             ; 1002eb: 57
    call println                         ; 1002ec: e8 b1 fd ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 1002f4: b8 34 12 00 00
    mov ds, eax                          ; 1002f9: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 1002fb: b8 a4 10 10 00
    push eax                             ; 100300: 50
    call println                         ; 100301: e8 9c fd ff ff
    add esp, 4                           ; 100306: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100309: b8 bc 10 10 00
    push eax                             ; 10030e: 50
    call print                           ; 10030f: e8 66 fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100317: 0f 20 c0
    test eax, 1                          ; 10031a: a9 01 00 00 00
    je short .L15                        ; 10031f: 74 07
    mov eax, str_12                      ; 100321: b8 d0 10 10 00
    jmp short .L16                       ; 100326: eb 05
.L15:
    mov eax, str_13                      ; 100328: b8 d8 10 10 00
.L16:
    push eax                             ; 10032d: 50
    call println                         ; 10032e: e8 6f fd ff ff
    add esp, 4                           ; 100333: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100336: b8 e0 10 10 00
    push eax                             ; 10033b: 50
    call print                           ; 10033c: e8 39 fd ff ff
    add esp, 4                           ; 100341: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100344: 9c
    pop eax                              ; 100345: 58
    test eax, 0x200                      ; 100346: a9 00 02 00 00
    je short .L19                        ; 10034b: 74 07
    mov eax, str_12                      ; 10034d: b8 d0 10 10 00
    jmp short .L20                       ; 100352: eb 05
.L19:
    mov eax, str_13                      ; 100354: b8 d8 10 10 00
.L20:
    push eax                             ; 100359: 50
    call println                         ; 10035a: e8 43 fd ff ff
    add esp, 4                           ; 10035f: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 100362: b8 f8 10 10 00
    push eax                             ; 100367: 50
    call print                           ; 100368: e8 0d fd ff ff
    add esp, 4                           ; 10036d: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100370: bb 14 00 00 00
    mov esi, 0x16                        ; 100375: be 16 00 00 00
    mov eax, ebx                         ; 10037a: 89 d8
    add eax, esi                         ; 10037c: 01 f0
    push eax                             ; 10037e: 50
    call printU32                        ; 10037f: e8 36 fd ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    push edi                             ; 100387: 57
    call println                         ; 100388: e8 15 fd ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 100390: 6a 00
    call exit                            ; 100392: e8 b2 fd ff ff
    add esp, 4                           ; 100397: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop edi                              ; 10039a: 5f
    pop esi                              ; 10039b: 5e
    pop ebx                              ; 10039c: 5b
    pop ebp                              ; 10039d: 5d
    ret                                  ; 10039e: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10039f: 53
    push esi                             ; 1003a0: 56
    mov esi, [esp+0xc]                   ; 1003a1: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003a5: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003a9: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003ad: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003b1: a1 00 20 10 00
    push ecx                             ; 1003b6: 51
    push edx                             ; 1003b7: 52
    push ebx                             ; 1003b8: 53
    push esi                             ; 1003b9: 56
    call eax                             ; 1003ba: ff d0
    add esp, 0x10                        ; 1003bc: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003bf: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003c0: f4
    jmp short .L2                        ; 1003c1: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c3: 53
    push esi                             ; 1003c4: 56
    push edi                             ; 1003c5: 57
    mov ebx, [esp+0x14]                  ; 1003c6: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003ca: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003ce: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003d2: b8 14 11 10 00
    push eax                             ; 1003d7: 50
    call print                           ; 1003d8: e8 9d fc ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003e0: 57
    call printU32                        ; 1003e1: e8 d4 fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_17                      ; 1003e9: b8 34 11 10 00
    push eax                             ; 1003ee: 50
    call print                           ; 1003ef: e8 86 fc ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003f7: 56
    call printU32                        ; 1003f8: e8 bd fc ff ff
    add esp, 4                           ; 1003fd: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_18                      ; 100400: b8 54 11 10 00
    push eax                             ; 100405: 50
    call print                           ; 100406: e8 6f fc ff ff
    add esp, 4                           ; 10040b: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10040e: ff 74 24 10
    call print                           ; 100412: e8 63 fc ff ff
    add esp, 4                           ; 100417: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_19                      ; 10041a: b8 5c 11 10 00
    push eax                             ; 10041f: 50
    call print                           ; 100420: e8 55 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100428: 53
    call printU32                        ; 100429: e8 8c fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_5                       ; 100431: b8 48 10 10 00
    push eax                             ; 100436: 50
    call println                         ; 100437: e8 66 fc ff ff
    add esp, 4                           ; 10043c: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10043f: 6a 65
    call exit                            ; 100441: e8 03 fd ff ff
    add esp, 4                           ; 100446: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100449: 5f
    pop esi                              ; 10044a: 5e
    pop ebx                              ; 10044b: 5b
    ret                                  ; 10044c: c3

__tskc_init:
    mov dword [gdt], 3                   ; 10044d: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100457: c7 05 1c 30 10 00 00 01 00 00
    ret                                  ; 100461: c3

onInterrupt_entry:
.L0:
    push 0                               ; 100462: 6a 00
    push 0                               ; 100464: 6a 00
    jmp .L256                            ; 100466: e9 36 0a 00 00
.L1:
    push 0                               ; 10046b: 6a 00
    push 1                               ; 10046d: 6a 01
    jmp .L256                            ; 10046f: e9 2d 0a 00 00
.L2:
    push 0                               ; 100474: 6a 00
    push 2                               ; 100476: 6a 02
    jmp .L256                            ; 100478: e9 24 0a 00 00
.L3:
    push 0                               ; 10047d: 6a 00
    push 3                               ; 10047f: 6a 03
    jmp .L256                            ; 100481: e9 1b 0a 00 00
.L4:
    push 0                               ; 100486: 6a 00
    push 4                               ; 100488: 6a 04
    jmp .L256                            ; 10048a: e9 12 0a 00 00
.L5:
    push 0                               ; 10048f: 6a 00
    push 5                               ; 100491: 6a 05
    jmp .L256                            ; 100493: e9 09 0a 00 00
.L6:
    push 0                               ; 100498: 6a 00
    push 6                               ; 10049a: 6a 06
    jmp .L256                            ; 10049c: e9 00 0a 00 00
.L7:
    push 0                               ; 1004a1: 6a 00
    push 7                               ; 1004a3: 6a 07
    jmp .L256                            ; 1004a5: e9 f7 09 00 00
.L8:
    push 8                               ; 1004aa: 6a 08
    jmp .L256                            ; 1004ac: e9 f0 09 00 00
.L9:
    push 0                               ; 1004b1: 6a 00
    push 9                               ; 1004b3: 6a 09
    jmp .L256                            ; 1004b5: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004ba: 6a 0a
    jmp .L256                            ; 1004bc: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004c1: 6a 0b
    jmp .L256                            ; 1004c3: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004c8: 6a 0c
    jmp .L256                            ; 1004ca: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004cf: 6a 0d
    jmp .L256                            ; 1004d1: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004d6: 6a 0e
    jmp .L256                            ; 1004d8: e9 c4 09 00 00
.L15:
    push 0                               ; 1004dd: 6a 00
    push 0xf                             ; 1004df: 6a 0f
    jmp .L256                            ; 1004e1: e9 bb 09 00 00
.L16:
    push 0                               ; 1004e6: 6a 00
    push 0x10                            ; 1004e8: 6a 10
    jmp .L256                            ; 1004ea: e9 b2 09 00 00
.L17:
    push 0x11                            ; 1004ef: 6a 11
    jmp .L256                            ; 1004f1: e9 ab 09 00 00
.L18:
    push 0                               ; 1004f6: 6a 00
    push 0x12                            ; 1004f8: 6a 12
    jmp .L256                            ; 1004fa: e9 a2 09 00 00
.L19:
    push 0                               ; 1004ff: 6a 00
    push 0x13                            ; 100501: 6a 13
    jmp .L256                            ; 100503: e9 99 09 00 00
.L20:
    push 0                               ; 100508: 6a 00
    push 0x14                            ; 10050a: 6a 14
    jmp .L256                            ; 10050c: e9 90 09 00 00
.L21:
    push 0x15                            ; 100511: 6a 15
    jmp .L256                            ; 100513: e9 89 09 00 00
.L22:
    push 0                               ; 100518: 6a 00
    push 0x16                            ; 10051a: 6a 16
    jmp .L256                            ; 10051c: e9 80 09 00 00
.L23:
    push 0                               ; 100521: 6a 00
    push 0x17                            ; 100523: 6a 17
    jmp .L256                            ; 100525: e9 77 09 00 00
.L24:
    push 0                               ; 10052a: 6a 00
    push 0x18                            ; 10052c: 6a 18
    jmp .L256                            ; 10052e: e9 6e 09 00 00
.L25:
    push 0                               ; 100533: 6a 00
    push 0x19                            ; 100535: 6a 19
    jmp .L256                            ; 100537: e9 65 09 00 00
.L26:
    push 0                               ; 10053c: 6a 00
    push 0x1a                            ; 10053e: 6a 1a
    jmp .L256                            ; 100540: e9 5c 09 00 00
.L27:
    push 0                               ; 100545: 6a 00
    push 0x1b                            ; 100547: 6a 1b
    jmp .L256                            ; 100549: e9 53 09 00 00
.L28:
    push 0                               ; 10054e: 6a 00
    push 0x1c                            ; 100550: 6a 1c
    jmp .L256                            ; 100552: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100557: 6a 1d
    jmp .L256                            ; 100559: e9 43 09 00 00
.L30:
    push 0x1e                            ; 10055e: 6a 1e
    jmp .L256                            ; 100560: e9 3c 09 00 00
.L31:
    push 0                               ; 100565: 6a 00
    push 0x1f                            ; 100567: 6a 1f
    jmp .L256                            ; 100569: e9 33 09 00 00
.L32:
    push 0                               ; 10056e: 6a 00
    push 0x20                            ; 100570: 6a 20
    jmp .L256                            ; 100572: e9 2a 09 00 00
.L33:
    push 0                               ; 100577: 6a 00
    push 0x21                            ; 100579: 6a 21
    jmp .L256                            ; 10057b: e9 21 09 00 00
.L34:
    push 0                               ; 100580: 6a 00
    push 0x22                            ; 100582: 6a 22
    jmp .L256                            ; 100584: e9 18 09 00 00
.L35:
    push 0                               ; 100589: 6a 00
    push 0x23                            ; 10058b: 6a 23
    jmp .L256                            ; 10058d: e9 0f 09 00 00
.L36:
    push 0                               ; 100592: 6a 00
    push 0x24                            ; 100594: 6a 24
    jmp .L256                            ; 100596: e9 06 09 00 00
.L37:
    push 0                               ; 10059b: 6a 00
    push 0x25                            ; 10059d: 6a 25
    jmp .L256                            ; 10059f: e9 fd 08 00 00
.L38:
    push 0                               ; 1005a4: 6a 00
    push 0x26                            ; 1005a6: 6a 26
    jmp .L256                            ; 1005a8: e9 f4 08 00 00
.L39:
    push 0                               ; 1005ad: 6a 00
    push 0x27                            ; 1005af: 6a 27
    jmp .L256                            ; 1005b1: e9 eb 08 00 00
.L40:
    push 0                               ; 1005b6: 6a 00
    push 0x28                            ; 1005b8: 6a 28
    jmp .L256                            ; 1005ba: e9 e2 08 00 00
.L41:
    push 0                               ; 1005bf: 6a 00
    push 0x29                            ; 1005c1: 6a 29
    jmp .L256                            ; 1005c3: e9 d9 08 00 00
.L42:
    push 0                               ; 1005c8: 6a 00
    push 0x2a                            ; 1005ca: 6a 2a
    jmp .L256                            ; 1005cc: e9 d0 08 00 00
.L43:
    push 0                               ; 1005d1: 6a 00
    push 0x2b                            ; 1005d3: 6a 2b
    jmp .L256                            ; 1005d5: e9 c7 08 00 00
.L44:
    push 0                               ; 1005da: 6a 00
    push 0x2c                            ; 1005dc: 6a 2c
    jmp .L256                            ; 1005de: e9 be 08 00 00
.L45:
    push 0                               ; 1005e3: 6a 00
    push 0x2d                            ; 1005e5: 6a 2d
    jmp .L256                            ; 1005e7: e9 b5 08 00 00
.L46:
    push 0                               ; 1005ec: 6a 00
    push 0x2e                            ; 1005ee: 6a 2e
    jmp .L256                            ; 1005f0: e9 ac 08 00 00
.L47:
    push 0                               ; 1005f5: 6a 00
    push 0x2f                            ; 1005f7: 6a 2f
    jmp .L256                            ; 1005f9: e9 a3 08 00 00
.L48:
    push 0                               ; 1005fe: 6a 00
    push 0x30                            ; 100600: 6a 30
    jmp .L256                            ; 100602: e9 9a 08 00 00
.L49:
    push 0                               ; 100607: 6a 00
    push 0x31                            ; 100609: 6a 31
    jmp .L256                            ; 10060b: e9 91 08 00 00
.L50:
    push 0                               ; 100610: 6a 00
    push 0x32                            ; 100612: 6a 32
    jmp .L256                            ; 100614: e9 88 08 00 00
.L51:
    push 0                               ; 100619: 6a 00
    push 0x33                            ; 10061b: 6a 33
    jmp .L256                            ; 10061d: e9 7f 08 00 00
.L52:
    push 0                               ; 100622: 6a 00
    push 0x34                            ; 100624: 6a 34
    jmp .L256                            ; 100626: e9 76 08 00 00
.L53:
    push 0                               ; 10062b: 6a 00
    push 0x35                            ; 10062d: 6a 35
    jmp .L256                            ; 10062f: e9 6d 08 00 00
.L54:
    push 0                               ; 100634: 6a 00
    push 0x36                            ; 100636: 6a 36
    jmp .L256                            ; 100638: e9 64 08 00 00
.L55:
    push 0                               ; 10063d: 6a 00
    push 0x37                            ; 10063f: 6a 37
    jmp .L256                            ; 100641: e9 5b 08 00 00
.L56:
    push 0                               ; 100646: 6a 00
    push 0x38                            ; 100648: 6a 38
    jmp .L256                            ; 10064a: e9 52 08 00 00
.L57:
    push 0                               ; 10064f: 6a 00
    push 0x39                            ; 100651: 6a 39
    jmp .L256                            ; 100653: e9 49 08 00 00
.L58:
    push 0                               ; 100658: 6a 00
    push 0x3a                            ; 10065a: 6a 3a
    jmp .L256                            ; 10065c: e9 40 08 00 00
.L59:
    push 0                               ; 100661: 6a 00
    push 0x3b                            ; 100663: 6a 3b
    jmp .L256                            ; 100665: e9 37 08 00 00
.L60:
    push 0                               ; 10066a: 6a 00
    push 0x3c                            ; 10066c: 6a 3c
    jmp .L256                            ; 10066e: e9 2e 08 00 00
.L61:
    push 0                               ; 100673: 6a 00
    push 0x3d                            ; 100675: 6a 3d
    jmp .L256                            ; 100677: e9 25 08 00 00
.L62:
    push 0                               ; 10067c: 6a 00
    push 0x3e                            ; 10067e: 6a 3e
    jmp .L256                            ; 100680: e9 1c 08 00 00
.L63:
    push 0                               ; 100685: 6a 00
    push 0x3f                            ; 100687: 6a 3f
    jmp .L256                            ; 100689: e9 13 08 00 00
.L64:
    push 0                               ; 10068e: 6a 00
    push 0x40                            ; 100690: 6a 40
    jmp .L256                            ; 100692: e9 0a 08 00 00
.L65:
    push 0                               ; 100697: 6a 00
    push 0x41                            ; 100699: 6a 41
    jmp .L256                            ; 10069b: e9 01 08 00 00
.L66:
    push 0                               ; 1006a0: 6a 00
    push 0x42                            ; 1006a2: 6a 42
    jmp .L256                            ; 1006a4: e9 f8 07 00 00
.L67:
    push 0                               ; 1006a9: 6a 00
    push 0x43                            ; 1006ab: 6a 43
    jmp .L256                            ; 1006ad: e9 ef 07 00 00
.L68:
    push 0                               ; 1006b2: 6a 00
    push 0x44                            ; 1006b4: 6a 44
    jmp .L256                            ; 1006b6: e9 e6 07 00 00
.L69:
    push 0                               ; 1006bb: 6a 00
    push 0x45                            ; 1006bd: 6a 45
    jmp .L256                            ; 1006bf: e9 dd 07 00 00
.L70:
    push 0                               ; 1006c4: 6a 00
    push 0x46                            ; 1006c6: 6a 46
    jmp .L256                            ; 1006c8: e9 d4 07 00 00
.L71:
    push 0                               ; 1006cd: 6a 00
    push 0x47                            ; 1006cf: 6a 47
    jmp .L256                            ; 1006d1: e9 cb 07 00 00
.L72:
    push 0                               ; 1006d6: 6a 00
    push 0x48                            ; 1006d8: 6a 48
    jmp .L256                            ; 1006da: e9 c2 07 00 00
.L73:
    push 0                               ; 1006df: 6a 00
    push 0x49                            ; 1006e1: 6a 49
    jmp .L256                            ; 1006e3: e9 b9 07 00 00
.L74:
    push 0                               ; 1006e8: 6a 00
    push 0x4a                            ; 1006ea: 6a 4a
    jmp .L256                            ; 1006ec: e9 b0 07 00 00
.L75:
    push 0                               ; 1006f1: 6a 00
    push 0x4b                            ; 1006f3: 6a 4b
    jmp .L256                            ; 1006f5: e9 a7 07 00 00
.L76:
    push 0                               ; 1006fa: 6a 00
    push 0x4c                            ; 1006fc: 6a 4c
    jmp .L256                            ; 1006fe: e9 9e 07 00 00
.L77:
    push 0                               ; 100703: 6a 00
    push 0x4d                            ; 100705: 6a 4d
    jmp .L256                            ; 100707: e9 95 07 00 00
.L78:
    push 0                               ; 10070c: 6a 00
    push 0x4e                            ; 10070e: 6a 4e
    jmp .L256                            ; 100710: e9 8c 07 00 00
.L79:
    push 0                               ; 100715: 6a 00
    push 0x4f                            ; 100717: 6a 4f
    jmp .L256                            ; 100719: e9 83 07 00 00
.L80:
    push 0                               ; 10071e: 6a 00
    push 0x50                            ; 100720: 6a 50
    jmp .L256                            ; 100722: e9 7a 07 00 00
.L81:
    push 0                               ; 100727: 6a 00
    push 0x51                            ; 100729: 6a 51
    jmp .L256                            ; 10072b: e9 71 07 00 00
.L82:
    push 0                               ; 100730: 6a 00
    push 0x52                            ; 100732: 6a 52
    jmp .L256                            ; 100734: e9 68 07 00 00
.L83:
    push 0                               ; 100739: 6a 00
    push 0x53                            ; 10073b: 6a 53
    jmp .L256                            ; 10073d: e9 5f 07 00 00
.L84:
    push 0                               ; 100742: 6a 00
    push 0x54                            ; 100744: 6a 54
    jmp .L256                            ; 100746: e9 56 07 00 00
.L85:
    push 0                               ; 10074b: 6a 00
    push 0x55                            ; 10074d: 6a 55
    jmp .L256                            ; 10074f: e9 4d 07 00 00
.L86:
    push 0                               ; 100754: 6a 00
    push 0x56                            ; 100756: 6a 56
    jmp .L256                            ; 100758: e9 44 07 00 00
.L87:
    push 0                               ; 10075d: 6a 00
    push 0x57                            ; 10075f: 6a 57
    jmp .L256                            ; 100761: e9 3b 07 00 00
.L88:
    push 0                               ; 100766: 6a 00
    push 0x58                            ; 100768: 6a 58
    jmp .L256                            ; 10076a: e9 32 07 00 00
.L89:
    push 0                               ; 10076f: 6a 00
    push 0x59                            ; 100771: 6a 59
    jmp .L256                            ; 100773: e9 29 07 00 00
.L90:
    push 0                               ; 100778: 6a 00
    push 0x5a                            ; 10077a: 6a 5a
    jmp .L256                            ; 10077c: e9 20 07 00 00
.L91:
    push 0                               ; 100781: 6a 00
    push 0x5b                            ; 100783: 6a 5b
    jmp .L256                            ; 100785: e9 17 07 00 00
.L92:
    push 0                               ; 10078a: 6a 00
    push 0x5c                            ; 10078c: 6a 5c
    jmp .L256                            ; 10078e: e9 0e 07 00 00
.L93:
    push 0                               ; 100793: 6a 00
    push 0x5d                            ; 100795: 6a 5d
    jmp .L256                            ; 100797: e9 05 07 00 00
.L94:
    push 0                               ; 10079c: 6a 00
    push 0x5e                            ; 10079e: 6a 5e
    jmp .L256                            ; 1007a0: e9 fc 06 00 00
.L95:
    push 0                               ; 1007a5: 6a 00
    push 0x5f                            ; 1007a7: 6a 5f
    jmp .L256                            ; 1007a9: e9 f3 06 00 00
.L96:
    push 0                               ; 1007ae: 6a 00
    push 0x60                            ; 1007b0: 6a 60
    jmp .L256                            ; 1007b2: e9 ea 06 00 00
.L97:
    push 0                               ; 1007b7: 6a 00
    push 0x61                            ; 1007b9: 6a 61
    jmp .L256                            ; 1007bb: e9 e1 06 00 00
.L98:
    push 0                               ; 1007c0: 6a 00
    push 0x62                            ; 1007c2: 6a 62
    jmp .L256                            ; 1007c4: e9 d8 06 00 00
.L99:
    push 0                               ; 1007c9: 6a 00
    push 0x63                            ; 1007cb: 6a 63
    jmp .L256                            ; 1007cd: e9 cf 06 00 00
.L100:
    push 0                               ; 1007d2: 6a 00
    push 0x64                            ; 1007d4: 6a 64
    jmp .L256                            ; 1007d6: e9 c6 06 00 00
.L101:
    push 0                               ; 1007db: 6a 00
    push 0x65                            ; 1007dd: 6a 65
    jmp .L256                            ; 1007df: e9 bd 06 00 00
.L102:
    push 0                               ; 1007e4: 6a 00
    push 0x66                            ; 1007e6: 6a 66
    jmp .L256                            ; 1007e8: e9 b4 06 00 00
.L103:
    push 0                               ; 1007ed: 6a 00
    push 0x67                            ; 1007ef: 6a 67
    jmp .L256                            ; 1007f1: e9 ab 06 00 00
.L104:
    push 0                               ; 1007f6: 6a 00
    push 0x68                            ; 1007f8: 6a 68
    jmp .L256                            ; 1007fa: e9 a2 06 00 00
.L105:
    push 0                               ; 1007ff: 6a 00
    push 0x69                            ; 100801: 6a 69
    jmp .L256                            ; 100803: e9 99 06 00 00
.L106:
    push 0                               ; 100808: 6a 00
    push 0x6a                            ; 10080a: 6a 6a
    jmp .L256                            ; 10080c: e9 90 06 00 00
.L107:
    push 0                               ; 100811: 6a 00
    push 0x6b                            ; 100813: 6a 6b
    jmp .L256                            ; 100815: e9 87 06 00 00
.L108:
    push 0                               ; 10081a: 6a 00
    push 0x6c                            ; 10081c: 6a 6c
    jmp .L256                            ; 10081e: e9 7e 06 00 00
.L109:
    push 0                               ; 100823: 6a 00
    push 0x6d                            ; 100825: 6a 6d
    jmp .L256                            ; 100827: e9 75 06 00 00
.L110:
    push 0                               ; 10082c: 6a 00
    push 0x6e                            ; 10082e: 6a 6e
    jmp .L256                            ; 100830: e9 6c 06 00 00
.L111:
    push 0                               ; 100835: 6a 00
    push 0x6f                            ; 100837: 6a 6f
    jmp .L256                            ; 100839: e9 63 06 00 00
.L112:
    push 0                               ; 10083e: 6a 00
    push 0x70                            ; 100840: 6a 70
    jmp .L256                            ; 100842: e9 5a 06 00 00
.L113:
    push 0                               ; 100847: 6a 00
    push 0x71                            ; 100849: 6a 71
    jmp .L256                            ; 10084b: e9 51 06 00 00
.L114:
    push 0                               ; 100850: 6a 00
    push 0x72                            ; 100852: 6a 72
    jmp .L256                            ; 100854: e9 48 06 00 00
.L115:
    push 0                               ; 100859: 6a 00
    push 0x73                            ; 10085b: 6a 73
    jmp .L256                            ; 10085d: e9 3f 06 00 00
.L116:
    push 0                               ; 100862: 6a 00
    push 0x74                            ; 100864: 6a 74
    jmp .L256                            ; 100866: e9 36 06 00 00
.L117:
    push 0                               ; 10086b: 6a 00
    push 0x75                            ; 10086d: 6a 75
    jmp .L256                            ; 10086f: e9 2d 06 00 00
.L118:
    push 0                               ; 100874: 6a 00
    push 0x76                            ; 100876: 6a 76
    jmp .L256                            ; 100878: e9 24 06 00 00
.L119:
    push 0                               ; 10087d: 6a 00
    push 0x77                            ; 10087f: 6a 77
    jmp .L256                            ; 100881: e9 1b 06 00 00
.L120:
    push 0                               ; 100886: 6a 00
    push 0x78                            ; 100888: 6a 78
    jmp .L256                            ; 10088a: e9 12 06 00 00
.L121:
    push 0                               ; 10088f: 6a 00
    push 0x79                            ; 100891: 6a 79
    jmp .L256                            ; 100893: e9 09 06 00 00
.L122:
    push 0                               ; 100898: 6a 00
    push 0x7a                            ; 10089a: 6a 7a
    jmp .L256                            ; 10089c: e9 00 06 00 00
.L123:
    push 0                               ; 1008a1: 6a 00
    push 0x7b                            ; 1008a3: 6a 7b
    jmp .L256                            ; 1008a5: e9 f7 05 00 00
.L124:
    push 0                               ; 1008aa: 6a 00
    push 0x7c                            ; 1008ac: 6a 7c
    jmp .L256                            ; 1008ae: e9 ee 05 00 00
.L125:
    push 0                               ; 1008b3: 6a 00
    push 0x7d                            ; 1008b5: 6a 7d
    jmp .L256                            ; 1008b7: e9 e5 05 00 00
.L126:
    push 0                               ; 1008bc: 6a 00
    push 0x7e                            ; 1008be: 6a 7e
    jmp .L256                            ; 1008c0: e9 dc 05 00 00
.L127:
    push 0                               ; 1008c5: 6a 00
    push 0x7f                            ; 1008c7: 6a 7f
    jmp .L256                            ; 1008c9: e9 d3 05 00 00
.L128:
    push 0                               ; 1008ce: 6a 00
    push 0x80                            ; 1008d0: 68 80 00 00 00
    jmp .L256                            ; 1008d5: e9 c7 05 00 00
.L129:
    push 0                               ; 1008da: 6a 00
    push 0x81                            ; 1008dc: 68 81 00 00 00
    jmp .L256                            ; 1008e1: e9 bb 05 00 00
.L130:
    push 0                               ; 1008e6: 6a 00
    push 0x82                            ; 1008e8: 68 82 00 00 00
    jmp .L256                            ; 1008ed: e9 af 05 00 00
.L131:
    push 0                               ; 1008f2: 6a 00
    push 0x83                            ; 1008f4: 68 83 00 00 00
    jmp .L256                            ; 1008f9: e9 a3 05 00 00
.L132:
    push 0                               ; 1008fe: 6a 00
    push 0x84                            ; 100900: 68 84 00 00 00
    jmp .L256                            ; 100905: e9 97 05 00 00
.L133:
    push 0                               ; 10090a: 6a 00
    push 0x85                            ; 10090c: 68 85 00 00 00
    jmp .L256                            ; 100911: e9 8b 05 00 00
.L134:
    push 0                               ; 100916: 6a 00
    push 0x86                            ; 100918: 68 86 00 00 00
    jmp .L256                            ; 10091d: e9 7f 05 00 00
.L135:
    push 0                               ; 100922: 6a 00
    push 0x87                            ; 100924: 68 87 00 00 00
    jmp .L256                            ; 100929: e9 73 05 00 00
.L136:
    push 0                               ; 10092e: 6a 00
    push 0x88                            ; 100930: 68 88 00 00 00
    jmp .L256                            ; 100935: e9 67 05 00 00
.L137:
    push 0                               ; 10093a: 6a 00
    push 0x89                            ; 10093c: 68 89 00 00 00
    jmp .L256                            ; 100941: e9 5b 05 00 00
.L138:
    push 0                               ; 100946: 6a 00
    push 0x8a                            ; 100948: 68 8a 00 00 00
    jmp .L256                            ; 10094d: e9 4f 05 00 00
.L139:
    push 0                               ; 100952: 6a 00
    push 0x8b                            ; 100954: 68 8b 00 00 00
    jmp .L256                            ; 100959: e9 43 05 00 00
.L140:
    push 0                               ; 10095e: 6a 00
    push 0x8c                            ; 100960: 68 8c 00 00 00
    jmp .L256                            ; 100965: e9 37 05 00 00
.L141:
    push 0                               ; 10096a: 6a 00
    push 0x8d                            ; 10096c: 68 8d 00 00 00
    jmp .L256                            ; 100971: e9 2b 05 00 00
.L142:
    push 0                               ; 100976: 6a 00
    push 0x8e                            ; 100978: 68 8e 00 00 00
    jmp .L256                            ; 10097d: e9 1f 05 00 00
.L143:
    push 0                               ; 100982: 6a 00
    push 0x8f                            ; 100984: 68 8f 00 00 00
    jmp .L256                            ; 100989: e9 13 05 00 00
.L144:
    push 0                               ; 10098e: 6a 00
    push 0x90                            ; 100990: 68 90 00 00 00
    jmp .L256                            ; 100995: e9 07 05 00 00
.L145:
    push 0                               ; 10099a: 6a 00
    push 0x91                            ; 10099c: 68 91 00 00 00
    jmp .L256                            ; 1009a1: e9 fb 04 00 00
.L146:
    push 0                               ; 1009a6: 6a 00
    push 0x92                            ; 1009a8: 68 92 00 00 00
    jmp .L256                            ; 1009ad: e9 ef 04 00 00
.L147:
    push 0                               ; 1009b2: 6a 00
    push 0x93                            ; 1009b4: 68 93 00 00 00
    jmp .L256                            ; 1009b9: e9 e3 04 00 00
.L148:
    push 0                               ; 1009be: 6a 00
    push 0x94                            ; 1009c0: 68 94 00 00 00
    jmp .L256                            ; 1009c5: e9 d7 04 00 00
.L149:
    push 0                               ; 1009ca: 6a 00
    push 0x95                            ; 1009cc: 68 95 00 00 00
    jmp .L256                            ; 1009d1: e9 cb 04 00 00
.L150:
    push 0                               ; 1009d6: 6a 00
    push 0x96                            ; 1009d8: 68 96 00 00 00
    jmp .L256                            ; 1009dd: e9 bf 04 00 00
.L151:
    push 0                               ; 1009e2: 6a 00
    push 0x97                            ; 1009e4: 68 97 00 00 00
    jmp .L256                            ; 1009e9: e9 b3 04 00 00
.L152:
    push 0                               ; 1009ee: 6a 00
    push 0x98                            ; 1009f0: 68 98 00 00 00
    jmp .L256                            ; 1009f5: e9 a7 04 00 00
.L153:
    push 0                               ; 1009fa: 6a 00
    push 0x99                            ; 1009fc: 68 99 00 00 00
    jmp .L256                            ; 100a01: e9 9b 04 00 00
.L154:
    push 0                               ; 100a06: 6a 00
    push 0x9a                            ; 100a08: 68 9a 00 00 00
    jmp .L256                            ; 100a0d: e9 8f 04 00 00
.L155:
    push 0                               ; 100a12: 6a 00
    push 0x9b                            ; 100a14: 68 9b 00 00 00
    jmp .L256                            ; 100a19: e9 83 04 00 00
.L156:
    push 0                               ; 100a1e: 6a 00
    push 0x9c                            ; 100a20: 68 9c 00 00 00
    jmp .L256                            ; 100a25: e9 77 04 00 00
.L157:
    push 0                               ; 100a2a: 6a 00
    push 0x9d                            ; 100a2c: 68 9d 00 00 00
    jmp .L256                            ; 100a31: e9 6b 04 00 00
.L158:
    push 0                               ; 100a36: 6a 00
    push 0x9e                            ; 100a38: 68 9e 00 00 00
    jmp .L256                            ; 100a3d: e9 5f 04 00 00
.L159:
    push 0                               ; 100a42: 6a 00
    push 0x9f                            ; 100a44: 68 9f 00 00 00
    jmp .L256                            ; 100a49: e9 53 04 00 00
.L160:
    push 0                               ; 100a4e: 6a 00
    push 0xa0                            ; 100a50: 68 a0 00 00 00
    jmp .L256                            ; 100a55: e9 47 04 00 00
.L161:
    push 0                               ; 100a5a: 6a 00
    push 0xa1                            ; 100a5c: 68 a1 00 00 00
    jmp .L256                            ; 100a61: e9 3b 04 00 00
.L162:
    push 0                               ; 100a66: 6a 00
    push 0xa2                            ; 100a68: 68 a2 00 00 00
    jmp .L256                            ; 100a6d: e9 2f 04 00 00
.L163:
    push 0                               ; 100a72: 6a 00
    push 0xa3                            ; 100a74: 68 a3 00 00 00
    jmp .L256                            ; 100a79: e9 23 04 00 00
.L164:
    push 0                               ; 100a7e: 6a 00
    push 0xa4                            ; 100a80: 68 a4 00 00 00
    jmp .L256                            ; 100a85: e9 17 04 00 00
.L165:
    push 0                               ; 100a8a: 6a 00
    push 0xa5                            ; 100a8c: 68 a5 00 00 00
    jmp .L256                            ; 100a91: e9 0b 04 00 00
.L166:
    push 0                               ; 100a96: 6a 00
    push 0xa6                            ; 100a98: 68 a6 00 00 00
    jmp .L256                            ; 100a9d: e9 ff 03 00 00
.L167:
    push 0                               ; 100aa2: 6a 00
    push 0xa7                            ; 100aa4: 68 a7 00 00 00
    jmp .L256                            ; 100aa9: e9 f3 03 00 00
.L168:
    push 0                               ; 100aae: 6a 00
    push 0xa8                            ; 100ab0: 68 a8 00 00 00
    jmp .L256                            ; 100ab5: e9 e7 03 00 00
.L169:
    push 0                               ; 100aba: 6a 00
    push 0xa9                            ; 100abc: 68 a9 00 00 00
    jmp .L256                            ; 100ac1: e9 db 03 00 00
.L170:
    push 0                               ; 100ac6: 6a 00
    push 0xaa                            ; 100ac8: 68 aa 00 00 00
    jmp .L256                            ; 100acd: e9 cf 03 00 00
.L171:
    push 0                               ; 100ad2: 6a 00
    push 0xab                            ; 100ad4: 68 ab 00 00 00
    jmp .L256                            ; 100ad9: e9 c3 03 00 00
.L172:
    push 0                               ; 100ade: 6a 00
    push 0xac                            ; 100ae0: 68 ac 00 00 00
    jmp .L256                            ; 100ae5: e9 b7 03 00 00
.L173:
    push 0                               ; 100aea: 6a 00
    push 0xad                            ; 100aec: 68 ad 00 00 00
    jmp .L256                            ; 100af1: e9 ab 03 00 00
.L174:
    push 0                               ; 100af6: 6a 00
    push 0xae                            ; 100af8: 68 ae 00 00 00
    jmp .L256                            ; 100afd: e9 9f 03 00 00
.L175:
    push 0                               ; 100b02: 6a 00
    push 0xaf                            ; 100b04: 68 af 00 00 00
    jmp .L256                            ; 100b09: e9 93 03 00 00
.L176:
    push 0                               ; 100b0e: 6a 00
    push 0xb0                            ; 100b10: 68 b0 00 00 00
    jmp .L256                            ; 100b15: e9 87 03 00 00
.L177:
    push 0                               ; 100b1a: 6a 00
    push 0xb1                            ; 100b1c: 68 b1 00 00 00
    jmp .L256                            ; 100b21: e9 7b 03 00 00
.L178:
    push 0                               ; 100b26: 6a 00
    push 0xb2                            ; 100b28: 68 b2 00 00 00
    jmp .L256                            ; 100b2d: e9 6f 03 00 00
.L179:
    push 0                               ; 100b32: 6a 00
    push 0xb3                            ; 100b34: 68 b3 00 00 00
    jmp .L256                            ; 100b39: e9 63 03 00 00
.L180:
    push 0                               ; 100b3e: 6a 00
    push 0xb4                            ; 100b40: 68 b4 00 00 00
    jmp .L256                            ; 100b45: e9 57 03 00 00
.L181:
    push 0                               ; 100b4a: 6a 00
    push 0xb5                            ; 100b4c: 68 b5 00 00 00
    jmp .L256                            ; 100b51: e9 4b 03 00 00
.L182:
    push 0                               ; 100b56: 6a 00
    push 0xb6                            ; 100b58: 68 b6 00 00 00
    jmp .L256                            ; 100b5d: e9 3f 03 00 00
.L183:
    push 0                               ; 100b62: 6a 00
    push 0xb7                            ; 100b64: 68 b7 00 00 00
    jmp .L256                            ; 100b69: e9 33 03 00 00
.L184:
    push 0                               ; 100b6e: 6a 00
    push 0xb8                            ; 100b70: 68 b8 00 00 00
    jmp .L256                            ; 100b75: e9 27 03 00 00
.L185:
    push 0                               ; 100b7a: 6a 00
    push 0xb9                            ; 100b7c: 68 b9 00 00 00
    jmp .L256                            ; 100b81: e9 1b 03 00 00
.L186:
    push 0                               ; 100b86: 6a 00
    push 0xba                            ; 100b88: 68 ba 00 00 00
    jmp .L256                            ; 100b8d: e9 0f 03 00 00
.L187:
    push 0                               ; 100b92: 6a 00
    push 0xbb                            ; 100b94: 68 bb 00 00 00
    jmp .L256                            ; 100b99: e9 03 03 00 00
.L188:
    push 0                               ; 100b9e: 6a 00
    push 0xbc                            ; 100ba0: 68 bc 00 00 00
    jmp .L256                            ; 100ba5: e9 f7 02 00 00
.L189:
    push 0                               ; 100baa: 6a 00
    push 0xbd                            ; 100bac: 68 bd 00 00 00
    jmp .L256                            ; 100bb1: e9 eb 02 00 00
.L190:
    push 0                               ; 100bb6: 6a 00
    push 0xbe                            ; 100bb8: 68 be 00 00 00
    jmp .L256                            ; 100bbd: e9 df 02 00 00
.L191:
    push 0                               ; 100bc2: 6a 00
    push 0xbf                            ; 100bc4: 68 bf 00 00 00
    jmp .L256                            ; 100bc9: e9 d3 02 00 00
.L192:
    push 0                               ; 100bce: 6a 00
    push 0xc0                            ; 100bd0: 68 c0 00 00 00
    jmp .L256                            ; 100bd5: e9 c7 02 00 00
.L193:
    push 0                               ; 100bda: 6a 00
    push 0xc1                            ; 100bdc: 68 c1 00 00 00
    jmp .L256                            ; 100be1: e9 bb 02 00 00
.L194:
    push 0                               ; 100be6: 6a 00
    push 0xc2                            ; 100be8: 68 c2 00 00 00
    jmp .L256                            ; 100bed: e9 af 02 00 00
.L195:
    push 0                               ; 100bf2: 6a 00
    push 0xc3                            ; 100bf4: 68 c3 00 00 00
    jmp .L256                            ; 100bf9: e9 a3 02 00 00
.L196:
    push 0                               ; 100bfe: 6a 00
    push 0xc4                            ; 100c00: 68 c4 00 00 00
    jmp .L256                            ; 100c05: e9 97 02 00 00
.L197:
    push 0                               ; 100c0a: 6a 00
    push 0xc5                            ; 100c0c: 68 c5 00 00 00
    jmp .L256                            ; 100c11: e9 8b 02 00 00
.L198:
    push 0                               ; 100c16: 6a 00
    push 0xc6                            ; 100c18: 68 c6 00 00 00
    jmp .L256                            ; 100c1d: e9 7f 02 00 00
.L199:
    push 0                               ; 100c22: 6a 00
    push 0xc7                            ; 100c24: 68 c7 00 00 00
    jmp .L256                            ; 100c29: e9 73 02 00 00
.L200:
    push 0                               ; 100c2e: 6a 00
    push 0xc8                            ; 100c30: 68 c8 00 00 00
    jmp .L256                            ; 100c35: e9 67 02 00 00
.L201:
    push 0                               ; 100c3a: 6a 00
    push 0xc9                            ; 100c3c: 68 c9 00 00 00
    jmp .L256                            ; 100c41: e9 5b 02 00 00
.L202:
    push 0                               ; 100c46: 6a 00
    push 0xca                            ; 100c48: 68 ca 00 00 00
    jmp .L256                            ; 100c4d: e9 4f 02 00 00
.L203:
    push 0                               ; 100c52: 6a 00
    push 0xcb                            ; 100c54: 68 cb 00 00 00
    jmp .L256                            ; 100c59: e9 43 02 00 00
.L204:
    push 0                               ; 100c5e: 6a 00
    push 0xcc                            ; 100c60: 68 cc 00 00 00
    jmp .L256                            ; 100c65: e9 37 02 00 00
.L205:
    push 0                               ; 100c6a: 6a 00
    push 0xcd                            ; 100c6c: 68 cd 00 00 00
    jmp .L256                            ; 100c71: e9 2b 02 00 00
.L206:
    push 0                               ; 100c76: 6a 00
    push 0xce                            ; 100c78: 68 ce 00 00 00
    jmp .L256                            ; 100c7d: e9 1f 02 00 00
.L207:
    push 0                               ; 100c82: 6a 00
    push 0xcf                            ; 100c84: 68 cf 00 00 00
    jmp .L256                            ; 100c89: e9 13 02 00 00
.L208:
    push 0                               ; 100c8e: 6a 00
    push 0xd0                            ; 100c90: 68 d0 00 00 00
    jmp .L256                            ; 100c95: e9 07 02 00 00
.L209:
    push 0                               ; 100c9a: 6a 00
    push 0xd1                            ; 100c9c: 68 d1 00 00 00
    jmp .L256                            ; 100ca1: e9 fb 01 00 00
.L210:
    push 0                               ; 100ca6: 6a 00
    push 0xd2                            ; 100ca8: 68 d2 00 00 00
    jmp .L256                            ; 100cad: e9 ef 01 00 00
.L211:
    push 0                               ; 100cb2: 6a 00
    push 0xd3                            ; 100cb4: 68 d3 00 00 00
    jmp .L256                            ; 100cb9: e9 e3 01 00 00
.L212:
    push 0                               ; 100cbe: 6a 00
    push 0xd4                            ; 100cc0: 68 d4 00 00 00
    jmp .L256                            ; 100cc5: e9 d7 01 00 00
.L213:
    push 0                               ; 100cca: 6a 00
    push 0xd5                            ; 100ccc: 68 d5 00 00 00
    jmp .L256                            ; 100cd1: e9 cb 01 00 00
.L214:
    push 0                               ; 100cd6: 6a 00
    push 0xd6                            ; 100cd8: 68 d6 00 00 00
    jmp .L256                            ; 100cdd: e9 bf 01 00 00
.L215:
    push 0                               ; 100ce2: 6a 00
    push 0xd7                            ; 100ce4: 68 d7 00 00 00
    jmp .L256                            ; 100ce9: e9 b3 01 00 00
.L216:
    push 0                               ; 100cee: 6a 00
    push 0xd8                            ; 100cf0: 68 d8 00 00 00
    jmp .L256                            ; 100cf5: e9 a7 01 00 00
.L217:
    push 0                               ; 100cfa: 6a 00
    push 0xd9                            ; 100cfc: 68 d9 00 00 00
    jmp .L256                            ; 100d01: e9 9b 01 00 00
.L218:
    push 0                               ; 100d06: 6a 00
    push 0xda                            ; 100d08: 68 da 00 00 00
    jmp .L256                            ; 100d0d: e9 8f 01 00 00
.L219:
    push 0                               ; 100d12: 6a 00
    push 0xdb                            ; 100d14: 68 db 00 00 00
    jmp .L256                            ; 100d19: e9 83 01 00 00
.L220:
    push 0                               ; 100d1e: 6a 00
    push 0xdc                            ; 100d20: 68 dc 00 00 00
    jmp .L256                            ; 100d25: e9 77 01 00 00
.L221:
    push 0                               ; 100d2a: 6a 00
    push 0xdd                            ; 100d2c: 68 dd 00 00 00
    jmp .L256                            ; 100d31: e9 6b 01 00 00
.L222:
    push 0                               ; 100d36: 6a 00
    push 0xde                            ; 100d38: 68 de 00 00 00
    jmp .L256                            ; 100d3d: e9 5f 01 00 00
.L223:
    push 0                               ; 100d42: 6a 00
    push 0xdf                            ; 100d44: 68 df 00 00 00
    jmp .L256                            ; 100d49: e9 53 01 00 00
.L224:
    push 0                               ; 100d4e: 6a 00
    push 0xe0                            ; 100d50: 68 e0 00 00 00
    jmp .L256                            ; 100d55: e9 47 01 00 00
.L225:
    push 0                               ; 100d5a: 6a 00
    push 0xe1                            ; 100d5c: 68 e1 00 00 00
    jmp .L256                            ; 100d61: e9 3b 01 00 00
.L226:
    push 0                               ; 100d66: 6a 00
    push 0xe2                            ; 100d68: 68 e2 00 00 00
    jmp .L256                            ; 100d6d: e9 2f 01 00 00
.L227:
    push 0                               ; 100d72: 6a 00
    push 0xe3                            ; 100d74: 68 e3 00 00 00
    jmp .L256                            ; 100d79: e9 23 01 00 00
.L228:
    push 0                               ; 100d7e: 6a 00
    push 0xe4                            ; 100d80: 68 e4 00 00 00
    jmp .L256                            ; 100d85: e9 17 01 00 00
.L229:
    push 0                               ; 100d8a: 6a 00
    push 0xe5                            ; 100d8c: 68 e5 00 00 00
    jmp .L256                            ; 100d91: e9 0b 01 00 00
.L230:
    push 0                               ; 100d96: 6a 00
    push 0xe6                            ; 100d98: 68 e6 00 00 00
    jmp .L256                            ; 100d9d: e9 ff 00 00 00
.L231:
    push 0                               ; 100da2: 6a 00
    push 0xe7                            ; 100da4: 68 e7 00 00 00
    jmp .L256                            ; 100da9: e9 f3 00 00 00
.L232:
    push 0                               ; 100dae: 6a 00
    push 0xe8                            ; 100db0: 68 e8 00 00 00
    jmp .L256                            ; 100db5: e9 e7 00 00 00
.L233:
    push 0                               ; 100dba: 6a 00
    push 0xe9                            ; 100dbc: 68 e9 00 00 00
    jmp .L256                            ; 100dc1: e9 db 00 00 00
.L234:
    push 0                               ; 100dc6: 6a 00
    push 0xea                            ; 100dc8: 68 ea 00 00 00
    jmp .L256                            ; 100dcd: e9 cf 00 00 00
.L235:
    push 0                               ; 100dd2: 6a 00
    push 0xeb                            ; 100dd4: 68 eb 00 00 00
    jmp .L256                            ; 100dd9: e9 c3 00 00 00
.L236:
    push 0                               ; 100dde: 6a 00
    push 0xec                            ; 100de0: 68 ec 00 00 00
    jmp .L256                            ; 100de5: e9 b7 00 00 00
.L237:
    push 0                               ; 100dea: 6a 00
    push 0xed                            ; 100dec: 68 ed 00 00 00
    jmp .L256                            ; 100df1: e9 ab 00 00 00
.L238:
    push 0                               ; 100df6: 6a 00
    push 0xee                            ; 100df8: 68 ee 00 00 00
    jmp .L256                            ; 100dfd: e9 9f 00 00 00
.L239:
    push 0                               ; 100e02: 6a 00
    push 0xef                            ; 100e04: 68 ef 00 00 00
    jmp .L256                            ; 100e09: e9 93 00 00 00
.L240:
    push 0                               ; 100e0e: 6a 00
    push 0xf0                            ; 100e10: 68 f0 00 00 00
    jmp .L256                            ; 100e15: e9 87 00 00 00
.L241:
    push 0                               ; 100e1a: 6a 00
    push 0xf1                            ; 100e1c: 68 f1 00 00 00
    jmp short .L256                      ; 100e21: eb 7e
.L242:
    push 0                               ; 100e23: 6a 00
    push 0xf2                            ; 100e25: 68 f2 00 00 00
    jmp short .L256                      ; 100e2a: eb 75
.L243:
    push 0                               ; 100e2c: 6a 00
    push 0xf3                            ; 100e2e: 68 f3 00 00 00
    jmp short .L256                      ; 100e33: eb 6c
.L244:
    push 0                               ; 100e35: 6a 00
    push 0xf4                            ; 100e37: 68 f4 00 00 00
    jmp short .L256                      ; 100e3c: eb 63
.L245:
    push 0                               ; 100e3e: 6a 00
    push 0xf5                            ; 100e40: 68 f5 00 00 00
    jmp short .L256                      ; 100e45: eb 5a
.L246:
    push 0                               ; 100e47: 6a 00
    push 0xf6                            ; 100e49: 68 f6 00 00 00
    jmp short .L256                      ; 100e4e: eb 51
.L247:
    push 0                               ; 100e50: 6a 00
    push 0xf7                            ; 100e52: 68 f7 00 00 00
    jmp short .L256                      ; 100e57: eb 48
.L248:
    push 0                               ; 100e59: 6a 00
    push 0xf8                            ; 100e5b: 68 f8 00 00 00
    jmp short .L256                      ; 100e60: eb 3f
.L249:
    push 0                               ; 100e62: 6a 00
    push 0xf9                            ; 100e64: 68 f9 00 00 00
    jmp short .L256                      ; 100e69: eb 36
.L250:
    push 0                               ; 100e6b: 6a 00
    push 0xfa                            ; 100e6d: 68 fa 00 00 00
    jmp short .L256                      ; 100e72: eb 2d
.L251:
    push 0                               ; 100e74: 6a 00
    push 0xfb                            ; 100e76: 68 fb 00 00 00
    jmp short .L256                      ; 100e7b: eb 24
.L252:
    push 0                               ; 100e7d: 6a 00
    push 0xfc                            ; 100e7f: 68 fc 00 00 00
    jmp short .L256                      ; 100e84: eb 1b
.L253:
    push 0                               ; 100e86: 6a 00
    push 0xfd                            ; 100e88: 68 fd 00 00 00
    jmp short .L256                      ; 100e8d: eb 12
.L254:
    push 0                               ; 100e8f: 6a 00
    push 0xfe                            ; 100e91: 68 fe 00 00 00
    jmp short .L256                      ; 100e96: eb 09
.L255:
    push 0                               ; 100e98: 6a 00
    push 0xff                            ; 100e9a: 68 ff 00 00 00
    jmp short .L256                      ; 100e9f: eb 00
.L256:
    push ds                              ; 100ea1: 1e
    push es                              ; 100ea2: 06
    push fs                              ; 100ea3: 0f a0
    push gs                              ; 100ea5: 0f a8
    pusha                                ; 100ea7: 60
    mov eax, ss                          ; 100ea8: 8c d0
    mov ds, eax                          ; 100eaa: 8e d8
    mov es, eax                          ; 100eac: 8e c0
    mov fs, eax                          ; 100eae: 8e e0
    mov gs, eax                          ; 100eb0: 8e e8
    cld                                  ; 100eb2: fc
    push esp                             ; 100eb3: 54
    call onInterrupt                     ; 100eb4: e8 af f2 ff ff
    add esp, 4                           ; 100eb9: 83 c4 04
    popa                                 ; 100ebc: 61
    pop gs                               ; 100ebd: 0f a9
    pop fs                               ; 100ebf: 0f a1
    pop es                               ; 100ec1: 07
    pop ds                               ; 100ec2: 1f
    add esp, 8                           ; 100ec3: 83 c4 08
    iret                                 ; 100ec6: cf

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
