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
    call __tskc_init                     ; 10003b: e8 2c 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 c3 01 00 00
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
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100102: 53
    push esi                             ; 100103: 56
    mov ebx, [esp+0xc]                   ; 100104: 8b 5c 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100108: b8 1c 10 10 00
    push eax                             ; 10010d: 50
    call print                           ; 10010e: e8 6f ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100116: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10011b: 89 d8
    mov ecx, esi                         ; 10011d: 89 f1
    shr eax, cl                          ; 10011f: d3 e8
    and eax, 0xf                         ; 100121: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100124: 83 f8 0a
    jb short .L5                         ; 100127: 72 18
    jmp short .L6                        ; 100129: eb 1b
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10012b: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10012e: 89 d8
    mov ecx, esi                         ; 100130: 89 f1
    shr eax, cl                          ; 100132: d3 e8
    and eax, 0xf                         ; 100134: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100137: 83 f8 0a
    jb short .L5                         ; 10013a: 72 05
    jmp short .L6                        ; 10013c: eb 08
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10013e: 5e
    pop ebx                              ; 10013f: 5b
    ret                                  ; 100140: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 100141: 83 c0 30
    jmp short .L7                        ; 100144: eb 03
.L6:
    add eax, 0x57                        ; 100146: 83 c0 57
.L7:
    movzx eax, al                        ; 100149: 0f b6 c0
    push eax                             ; 10014c: 50
    call putc                            ; 10014d: e8 f9 fe ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100155: 83 fe 00
    je short .L4                         ; 100158: 74 e4
    jmp short .L3                        ; 10015a: eb cf

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10015c: 8b 44 24 04
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
    mov ecx, [esp+4]                     ; 100166: 8b 4c 24 04
    mov eax, [esp+8]                     ; 10016a: 8b 44 24 08
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [ecx], 0xffff               ; 10016e: 66 c7 01 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [ecx+5], al                      ; 100173: 88 41 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [ecx+6], 0xcf               ; 100176: c6 41 06 cf
    ; test/golden/interrupts.ts:43: }
    ret                                  ; 10017a: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebx                             ; 10017b: 53
    mov ebx, [esp+8]                     ; 10017c: 8b 5c 24 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100180: b8 24 10 10 00
    push eax                             ; 100185: 50
    call print                           ; 100186: e8 f7 fe ff ff
    add esp, 4                           ; 10018b: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 10018e: 8b 43 30
    push eax                             ; 100191: 50
    call printU32                        ; 100192: e8 31 ff ff ff
    add esp, 4                           ; 100197: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 10019a: b8 34 10 10 00
    push eax                             ; 10019f: 50
    call print                           ; 1001a0: e8 dd fe ff ff
    add esp, 4                           ; 1001a5: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 1001a8: 8b 43 34
    push eax                             ; 1001ab: 50
    call printHex                        ; 1001ac: e8 51 ff ff ff
    add esp, 4                           ; 1001b1: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001b4: b8 40 10 10 00
    push eax                             ; 1001b9: 50
    call print                           ; 1001ba: e8 c3 fe ff ff
    add esp, 4                           ; 1001bf: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001c2: 8b 43 3c
    push eax                             ; 1001c5: 50
    call printHex                        ; 1001c6: e8 37 ff ff ff
    add esp, 4                           ; 1001cb: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001ce: b8 48 10 10 00
    push eax                             ; 1001d3: 50
    call println                         ; 1001d4: e8 d7 fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    mov eax, [ebx+0x30]                  ; 1001dc: 8b 43 30
    cmp eax, 0x41                        ; 1001df: 83 f8 41
    jne short .L2                        ; 1001e2: 75 11
    mov dword [ebx+0x1c], 0x2a           ; 1001e4: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    mov eax, [ebx+0x30]                  ; 1001eb: 8b 43 30
    cmp eax, 0xd                         ; 1001ee: 83 f8 0d
    je short .L4                         ; 1001f1: 74 0a
    jmp short .L5                        ; 1001f3: eb 13
.L2:
    mov eax, [ebx+0x30]                  ; 1001f5: 8b 43 30
    cmp eax, 0xd                         ; 1001f8: 83 f8 0d
    jne short .L5                        ; 1001fb: 75 0b
.L4:
    mov eax, [ebx+0x38]                  ; 1001fd: 8b 43 38
    add eax, 2                           ; 100200: 83 c0 02
    mov [ebx+0x38], eax                  ; 100203: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 100206: 5b
    ret                                  ; 100207: c3
.L5:
    pop ebx                              ; 100208: 5b
    ret                                  ; 100209: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 10020a: 55
    mov ebp, esp                         ; 10020b: 89 e5
    push ebx                             ; 10020d: 53
    push esi                             ; 10020e: 56
    mov eax, gdt+12                      ; 10020f: b8 0c 30 10 00
    push 0x9a                            ; 100214: 68 9a 00 00 00
    push eax                             ; 100219: 50
    call flatSegment                     ; 10021a: e8 47 ff ff ff
    add esp, 8                           ; 10021f: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 100222: b8 14 30 10 00
    push 0x92                            ; 100227: 68 92 00 00 00
    push eax                             ; 10022c: 50
    call flatSegment                     ; 10022d: e8 34 ff ff ff
    add esp, 8                           ; 100232: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 100235: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 10023e: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 100243: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    mov eax, gdtPointer                  ; 100248: b8 20 38 10 00
    lgdt [eax]                           ; 10024d: 0f 01 10
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 100250: b8 10 00 00 00
    mov ds, eax                          ; 100255: 8e d8
    mov es, eax                          ; 100257: 8e c0
    mov fs, eax                          ; 100259: 8e e0
    mov gs, eax                          ; 10025b: 8e e8
    mov ss, eax                          ; 10025d: 8e d0
    mov eax, 8                           ; 10025f: b8 08 00 00 00
    push eax                             ; 100264: 50
    call 0x10026a                        ; 100265: e8 00 00 00 00
    add dword [esp], 5                   ; 10026a: 83 04 24 05
    retf                                 ; 10026e: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 10026f: b8 4c 10 10 00
    push eax                             ; 100274: 50
    call println                         ; 100275: e8 36 fe ff ff
    add esp, 4                           ; 10027a: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    mov edx, 0                           ; 10027d: ba 00 00 00 00
    cmp edx, 0x100                       ; 100282: 81 fa 00 01 00 00
    jge short .L4                        ; 100288: 7d 36
.L2:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 10028a: b8 20 30 10 00
    imul ecx, edx, 8                     ; 10028f: 6b ca 08
    add eax, ecx                         ; 100292: 01 c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov ecx, [edx*4+onInterrupt_stubs+4] ; 100294: 8b 0c 95 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, cx                        ; 10029b: 0f b7 d9
    mov [eax], bx                        ; 10029e: 66 89 18
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [eax+2], 8                  ; 1002a1: 66 c7 40 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [eax+5], 0x8e               ; 1002a7: c6 40 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr ecx, 0x10                        ; 1002ab: c1 e9 10
    movzx ecx, cx                        ; 1002ae: 0f b7 c9
    mov [eax+6], cx                      ; 1002b1: 66 89 48 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add edx, 1                           ; 1002b5: 83 c2 01
    cmp edx, 0x100                       ; 1002b8: 81 fa 00 01 00 00
    jl short .L2                         ; 1002be: 7c ca
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002c0: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002c9: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002ce: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    mov eax, idtPointer                  ; 1002d3: b8 28 38 10 00
    lidt [eax]                           ; 1002d8: 0f 01 18
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002db: b8 7c 10 10 00
    push eax                             ; 1002e0: 50
    call println                         ; 1002e1: e8 ca fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002e9: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002ea: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002ec: cd 41
    mov ebx, eax                         ; 1002ee: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002f0: b8 8c 10 10 00
    push eax                             ; 1002f5: 50
    call print                           ; 1002f6: e8 87 fd ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002fe: 53
    call printU32                        ; 1002ff: e8 c4 fd ff ff
    add esp, 4                           ; 100304: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 100307: b8 48 10 10 00
    push eax                             ; 10030c: 50
    call println                         ; 10030d: e8 9e fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 100315: b8 34 12 00 00
    mov ds, eax                          ; 10031a: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 10031c: b8 a4 10 10 00
    push eax                             ; 100321: 50
    call println                         ; 100322: e8 89 fd ff ff
    add esp, 4                           ; 100327: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 10032a: b8 bc 10 10 00
    push eax                             ; 10032f: 50
    call print                           ; 100330: e8 4d fd ff ff
    add esp, 4                           ; 100335: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100338: 0f 20 c0
    and eax, 1                           ; 10033b: 83 e0 01
    cmp eax, 0                           ; 10033e: 83 f8 00
    je short .L15                        ; 100341: 74 07
    mov eax, str_12                      ; 100343: b8 d0 10 10 00
    jmp short .L16                       ; 100348: eb 05
.L15:
    mov eax, str_13                      ; 10034a: b8 d8 10 10 00
.L16:
    push eax                             ; 10034f: 50
    call println                         ; 100350: e8 5b fd ff ff
    add esp, 4                           ; 100355: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100358: b8 e0 10 10 00
    push eax                             ; 10035d: 50
    call print                           ; 10035e: e8 1f fd ff ff
    add esp, 4                           ; 100363: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100366: 9c
    pop eax                              ; 100367: 58
    and eax, 0x200                       ; 100368: 25 00 02 00 00
    cmp eax, 0                           ; 10036d: 83 f8 00
    je short .L19                        ; 100370: 74 07
    mov eax, str_12                      ; 100372: b8 d0 10 10 00
    jmp short .L20                       ; 100377: eb 05
.L19:
    mov eax, str_13                      ; 100379: b8 d8 10 10 00
.L20:
    push eax                             ; 10037e: 50
    call println                         ; 10037f: e8 2c fd ff ff
    add esp, 4                           ; 100384: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 100387: b8 f8 10 10 00
    push eax                             ; 10038c: 50
    call print                           ; 10038d: e8 f0 fc ff ff
    add esp, 4                           ; 100392: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100395: bb 14 00 00 00
    mov esi, 0x16                        ; 10039a: be 16 00 00 00
    mov eax, ebx                         ; 10039f: 89 d8
    add eax, esi                         ; 1003a1: 01 f0
    push eax                             ; 1003a3: 50
    call printU32                        ; 1003a4: e8 1f fd ff ff
    add esp, 4                           ; 1003a9: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 1003ac: b8 48 10 10 00
    push eax                             ; 1003b1: 50
    call println                         ; 1003b2: e8 f9 fc ff ff
    add esp, 4                           ; 1003b7: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003ba: 6a 00
    call exit                            ; 1003bc: e8 9b fd ff ff
    add esp, 4                           ; 1003c1: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003c4: 5e
    pop ebx                              ; 1003c5: 5b
    pop ebp                              ; 1003c6: 5d
    ret                                  ; 1003c7: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003c8: 53
    push esi                             ; 1003c9: 56
    mov esi, [esp+0xc]                   ; 1003ca: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003ce: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003d2: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003d6: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003da: a1 00 20 10 00
    push ecx                             ; 1003df: 51
    push edx                             ; 1003e0: 52
    push ebx                             ; 1003e1: 53
    push esi                             ; 1003e2: 56
    call eax                             ; 1003e3: ff d0
    add esp, 0x10                        ; 1003e5: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003e8: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003e9: f4
    jmp short .L2                        ; 1003ea: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003ec: 53
    push esi                             ; 1003ed: 56
    push edi                             ; 1003ee: 57
    mov ebx, [esp+0x14]                  ; 1003ef: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003f3: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003f7: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003fb: b8 14 11 10 00
    push eax                             ; 100400: 50
    call print                           ; 100401: e8 7c fc ff ff
    add esp, 4                           ; 100406: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100409: 57
    call printU32                        ; 10040a: e8 b9 fc ff ff
    add esp, 4                           ; 10040f: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 100412: b8 34 11 10 00
    push eax                             ; 100417: 50
    call print                           ; 100418: e8 65 fc ff ff
    add esp, 4                           ; 10041d: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 100420: 56
    call printU32                        ; 100421: e8 a2 fc ff ff
    add esp, 4                           ; 100426: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 100429: b8 54 11 10 00
    push eax                             ; 10042e: 50
    call print                           ; 10042f: e8 4e fc ff ff
    add esp, 4                           ; 100434: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100437: ff 74 24 10
    call print                           ; 10043b: e8 42 fc ff ff
    add esp, 4                           ; 100440: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 100443: b8 5c 11 10 00
    push eax                             ; 100448: 50
    call print                           ; 100449: e8 34 fc ff ff
    add esp, 4                           ; 10044e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 100451: 53
    call printU32                        ; 100452: e8 71 fc ff ff
    add esp, 4                           ; 100457: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 10045a: b8 48 10 10 00
    push eax                             ; 10045f: 50
    call println                         ; 100460: e8 4b fc ff ff
    add esp, 4                           ; 100465: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100468: 5f
    pop esi                              ; 100469: 5e
    pop ebx                              ; 10046a: 5b
    ret                                  ; 10046b: c3

__tskc_init:
    mov dword [gdt], 3                   ; 10046c: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100476: c7 05 1c 30 10 00 00 01 00 00
    ret                                  ; 100480: c3

onInterrupt_entry:
.L0:
    push 0                               ; 100481: 6a 00
    push 0                               ; 100483: 6a 00
    jmp .L256                            ; 100485: e9 36 0a 00 00
.L1:
    push 0                               ; 10048a: 6a 00
    push 1                               ; 10048c: 6a 01
    jmp .L256                            ; 10048e: e9 2d 0a 00 00
.L2:
    push 0                               ; 100493: 6a 00
    push 2                               ; 100495: 6a 02
    jmp .L256                            ; 100497: e9 24 0a 00 00
.L3:
    push 0                               ; 10049c: 6a 00
    push 3                               ; 10049e: 6a 03
    jmp .L256                            ; 1004a0: e9 1b 0a 00 00
.L4:
    push 0                               ; 1004a5: 6a 00
    push 4                               ; 1004a7: 6a 04
    jmp .L256                            ; 1004a9: e9 12 0a 00 00
.L5:
    push 0                               ; 1004ae: 6a 00
    push 5                               ; 1004b0: 6a 05
    jmp .L256                            ; 1004b2: e9 09 0a 00 00
.L6:
    push 0                               ; 1004b7: 6a 00
    push 6                               ; 1004b9: 6a 06
    jmp .L256                            ; 1004bb: e9 00 0a 00 00
.L7:
    push 0                               ; 1004c0: 6a 00
    push 7                               ; 1004c2: 6a 07
    jmp .L256                            ; 1004c4: e9 f7 09 00 00
.L8:
    push 8                               ; 1004c9: 6a 08
    jmp .L256                            ; 1004cb: e9 f0 09 00 00
.L9:
    push 0                               ; 1004d0: 6a 00
    push 9                               ; 1004d2: 6a 09
    jmp .L256                            ; 1004d4: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004d9: 6a 0a
    jmp .L256                            ; 1004db: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004e0: 6a 0b
    jmp .L256                            ; 1004e2: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004e7: 6a 0c
    jmp .L256                            ; 1004e9: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004ee: 6a 0d
    jmp .L256                            ; 1004f0: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004f5: 6a 0e
    jmp .L256                            ; 1004f7: e9 c4 09 00 00
.L15:
    push 0                               ; 1004fc: 6a 00
    push 0xf                             ; 1004fe: 6a 0f
    jmp .L256                            ; 100500: e9 bb 09 00 00
.L16:
    push 0                               ; 100505: 6a 00
    push 0x10                            ; 100507: 6a 10
    jmp .L256                            ; 100509: e9 b2 09 00 00
.L17:
    push 0x11                            ; 10050e: 6a 11
    jmp .L256                            ; 100510: e9 ab 09 00 00
.L18:
    push 0                               ; 100515: 6a 00
    push 0x12                            ; 100517: 6a 12
    jmp .L256                            ; 100519: e9 a2 09 00 00
.L19:
    push 0                               ; 10051e: 6a 00
    push 0x13                            ; 100520: 6a 13
    jmp .L256                            ; 100522: e9 99 09 00 00
.L20:
    push 0                               ; 100527: 6a 00
    push 0x14                            ; 100529: 6a 14
    jmp .L256                            ; 10052b: e9 90 09 00 00
.L21:
    push 0x15                            ; 100530: 6a 15
    jmp .L256                            ; 100532: e9 89 09 00 00
.L22:
    push 0                               ; 100537: 6a 00
    push 0x16                            ; 100539: 6a 16
    jmp .L256                            ; 10053b: e9 80 09 00 00
.L23:
    push 0                               ; 100540: 6a 00
    push 0x17                            ; 100542: 6a 17
    jmp .L256                            ; 100544: e9 77 09 00 00
.L24:
    push 0                               ; 100549: 6a 00
    push 0x18                            ; 10054b: 6a 18
    jmp .L256                            ; 10054d: e9 6e 09 00 00
.L25:
    push 0                               ; 100552: 6a 00
    push 0x19                            ; 100554: 6a 19
    jmp .L256                            ; 100556: e9 65 09 00 00
.L26:
    push 0                               ; 10055b: 6a 00
    push 0x1a                            ; 10055d: 6a 1a
    jmp .L256                            ; 10055f: e9 5c 09 00 00
.L27:
    push 0                               ; 100564: 6a 00
    push 0x1b                            ; 100566: 6a 1b
    jmp .L256                            ; 100568: e9 53 09 00 00
.L28:
    push 0                               ; 10056d: 6a 00
    push 0x1c                            ; 10056f: 6a 1c
    jmp .L256                            ; 100571: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100576: 6a 1d
    jmp .L256                            ; 100578: e9 43 09 00 00
.L30:
    push 0x1e                            ; 10057d: 6a 1e
    jmp .L256                            ; 10057f: e9 3c 09 00 00
.L31:
    push 0                               ; 100584: 6a 00
    push 0x1f                            ; 100586: 6a 1f
    jmp .L256                            ; 100588: e9 33 09 00 00
.L32:
    push 0                               ; 10058d: 6a 00
    push 0x20                            ; 10058f: 6a 20
    jmp .L256                            ; 100591: e9 2a 09 00 00
.L33:
    push 0                               ; 100596: 6a 00
    push 0x21                            ; 100598: 6a 21
    jmp .L256                            ; 10059a: e9 21 09 00 00
.L34:
    push 0                               ; 10059f: 6a 00
    push 0x22                            ; 1005a1: 6a 22
    jmp .L256                            ; 1005a3: e9 18 09 00 00
.L35:
    push 0                               ; 1005a8: 6a 00
    push 0x23                            ; 1005aa: 6a 23
    jmp .L256                            ; 1005ac: e9 0f 09 00 00
.L36:
    push 0                               ; 1005b1: 6a 00
    push 0x24                            ; 1005b3: 6a 24
    jmp .L256                            ; 1005b5: e9 06 09 00 00
.L37:
    push 0                               ; 1005ba: 6a 00
    push 0x25                            ; 1005bc: 6a 25
    jmp .L256                            ; 1005be: e9 fd 08 00 00
.L38:
    push 0                               ; 1005c3: 6a 00
    push 0x26                            ; 1005c5: 6a 26
    jmp .L256                            ; 1005c7: e9 f4 08 00 00
.L39:
    push 0                               ; 1005cc: 6a 00
    push 0x27                            ; 1005ce: 6a 27
    jmp .L256                            ; 1005d0: e9 eb 08 00 00
.L40:
    push 0                               ; 1005d5: 6a 00
    push 0x28                            ; 1005d7: 6a 28
    jmp .L256                            ; 1005d9: e9 e2 08 00 00
.L41:
    push 0                               ; 1005de: 6a 00
    push 0x29                            ; 1005e0: 6a 29
    jmp .L256                            ; 1005e2: e9 d9 08 00 00
.L42:
    push 0                               ; 1005e7: 6a 00
    push 0x2a                            ; 1005e9: 6a 2a
    jmp .L256                            ; 1005eb: e9 d0 08 00 00
.L43:
    push 0                               ; 1005f0: 6a 00
    push 0x2b                            ; 1005f2: 6a 2b
    jmp .L256                            ; 1005f4: e9 c7 08 00 00
.L44:
    push 0                               ; 1005f9: 6a 00
    push 0x2c                            ; 1005fb: 6a 2c
    jmp .L256                            ; 1005fd: e9 be 08 00 00
.L45:
    push 0                               ; 100602: 6a 00
    push 0x2d                            ; 100604: 6a 2d
    jmp .L256                            ; 100606: e9 b5 08 00 00
.L46:
    push 0                               ; 10060b: 6a 00
    push 0x2e                            ; 10060d: 6a 2e
    jmp .L256                            ; 10060f: e9 ac 08 00 00
.L47:
    push 0                               ; 100614: 6a 00
    push 0x2f                            ; 100616: 6a 2f
    jmp .L256                            ; 100618: e9 a3 08 00 00
.L48:
    push 0                               ; 10061d: 6a 00
    push 0x30                            ; 10061f: 6a 30
    jmp .L256                            ; 100621: e9 9a 08 00 00
.L49:
    push 0                               ; 100626: 6a 00
    push 0x31                            ; 100628: 6a 31
    jmp .L256                            ; 10062a: e9 91 08 00 00
.L50:
    push 0                               ; 10062f: 6a 00
    push 0x32                            ; 100631: 6a 32
    jmp .L256                            ; 100633: e9 88 08 00 00
.L51:
    push 0                               ; 100638: 6a 00
    push 0x33                            ; 10063a: 6a 33
    jmp .L256                            ; 10063c: e9 7f 08 00 00
.L52:
    push 0                               ; 100641: 6a 00
    push 0x34                            ; 100643: 6a 34
    jmp .L256                            ; 100645: e9 76 08 00 00
.L53:
    push 0                               ; 10064a: 6a 00
    push 0x35                            ; 10064c: 6a 35
    jmp .L256                            ; 10064e: e9 6d 08 00 00
.L54:
    push 0                               ; 100653: 6a 00
    push 0x36                            ; 100655: 6a 36
    jmp .L256                            ; 100657: e9 64 08 00 00
.L55:
    push 0                               ; 10065c: 6a 00
    push 0x37                            ; 10065e: 6a 37
    jmp .L256                            ; 100660: e9 5b 08 00 00
.L56:
    push 0                               ; 100665: 6a 00
    push 0x38                            ; 100667: 6a 38
    jmp .L256                            ; 100669: e9 52 08 00 00
.L57:
    push 0                               ; 10066e: 6a 00
    push 0x39                            ; 100670: 6a 39
    jmp .L256                            ; 100672: e9 49 08 00 00
.L58:
    push 0                               ; 100677: 6a 00
    push 0x3a                            ; 100679: 6a 3a
    jmp .L256                            ; 10067b: e9 40 08 00 00
.L59:
    push 0                               ; 100680: 6a 00
    push 0x3b                            ; 100682: 6a 3b
    jmp .L256                            ; 100684: e9 37 08 00 00
.L60:
    push 0                               ; 100689: 6a 00
    push 0x3c                            ; 10068b: 6a 3c
    jmp .L256                            ; 10068d: e9 2e 08 00 00
.L61:
    push 0                               ; 100692: 6a 00
    push 0x3d                            ; 100694: 6a 3d
    jmp .L256                            ; 100696: e9 25 08 00 00
.L62:
    push 0                               ; 10069b: 6a 00
    push 0x3e                            ; 10069d: 6a 3e
    jmp .L256                            ; 10069f: e9 1c 08 00 00
.L63:
    push 0                               ; 1006a4: 6a 00
    push 0x3f                            ; 1006a6: 6a 3f
    jmp .L256                            ; 1006a8: e9 13 08 00 00
.L64:
    push 0                               ; 1006ad: 6a 00
    push 0x40                            ; 1006af: 6a 40
    jmp .L256                            ; 1006b1: e9 0a 08 00 00
.L65:
    push 0                               ; 1006b6: 6a 00
    push 0x41                            ; 1006b8: 6a 41
    jmp .L256                            ; 1006ba: e9 01 08 00 00
.L66:
    push 0                               ; 1006bf: 6a 00
    push 0x42                            ; 1006c1: 6a 42
    jmp .L256                            ; 1006c3: e9 f8 07 00 00
.L67:
    push 0                               ; 1006c8: 6a 00
    push 0x43                            ; 1006ca: 6a 43
    jmp .L256                            ; 1006cc: e9 ef 07 00 00
.L68:
    push 0                               ; 1006d1: 6a 00
    push 0x44                            ; 1006d3: 6a 44
    jmp .L256                            ; 1006d5: e9 e6 07 00 00
.L69:
    push 0                               ; 1006da: 6a 00
    push 0x45                            ; 1006dc: 6a 45
    jmp .L256                            ; 1006de: e9 dd 07 00 00
.L70:
    push 0                               ; 1006e3: 6a 00
    push 0x46                            ; 1006e5: 6a 46
    jmp .L256                            ; 1006e7: e9 d4 07 00 00
.L71:
    push 0                               ; 1006ec: 6a 00
    push 0x47                            ; 1006ee: 6a 47
    jmp .L256                            ; 1006f0: e9 cb 07 00 00
.L72:
    push 0                               ; 1006f5: 6a 00
    push 0x48                            ; 1006f7: 6a 48
    jmp .L256                            ; 1006f9: e9 c2 07 00 00
.L73:
    push 0                               ; 1006fe: 6a 00
    push 0x49                            ; 100700: 6a 49
    jmp .L256                            ; 100702: e9 b9 07 00 00
.L74:
    push 0                               ; 100707: 6a 00
    push 0x4a                            ; 100709: 6a 4a
    jmp .L256                            ; 10070b: e9 b0 07 00 00
.L75:
    push 0                               ; 100710: 6a 00
    push 0x4b                            ; 100712: 6a 4b
    jmp .L256                            ; 100714: e9 a7 07 00 00
.L76:
    push 0                               ; 100719: 6a 00
    push 0x4c                            ; 10071b: 6a 4c
    jmp .L256                            ; 10071d: e9 9e 07 00 00
.L77:
    push 0                               ; 100722: 6a 00
    push 0x4d                            ; 100724: 6a 4d
    jmp .L256                            ; 100726: e9 95 07 00 00
.L78:
    push 0                               ; 10072b: 6a 00
    push 0x4e                            ; 10072d: 6a 4e
    jmp .L256                            ; 10072f: e9 8c 07 00 00
.L79:
    push 0                               ; 100734: 6a 00
    push 0x4f                            ; 100736: 6a 4f
    jmp .L256                            ; 100738: e9 83 07 00 00
.L80:
    push 0                               ; 10073d: 6a 00
    push 0x50                            ; 10073f: 6a 50
    jmp .L256                            ; 100741: e9 7a 07 00 00
.L81:
    push 0                               ; 100746: 6a 00
    push 0x51                            ; 100748: 6a 51
    jmp .L256                            ; 10074a: e9 71 07 00 00
.L82:
    push 0                               ; 10074f: 6a 00
    push 0x52                            ; 100751: 6a 52
    jmp .L256                            ; 100753: e9 68 07 00 00
.L83:
    push 0                               ; 100758: 6a 00
    push 0x53                            ; 10075a: 6a 53
    jmp .L256                            ; 10075c: e9 5f 07 00 00
.L84:
    push 0                               ; 100761: 6a 00
    push 0x54                            ; 100763: 6a 54
    jmp .L256                            ; 100765: e9 56 07 00 00
.L85:
    push 0                               ; 10076a: 6a 00
    push 0x55                            ; 10076c: 6a 55
    jmp .L256                            ; 10076e: e9 4d 07 00 00
.L86:
    push 0                               ; 100773: 6a 00
    push 0x56                            ; 100775: 6a 56
    jmp .L256                            ; 100777: e9 44 07 00 00
.L87:
    push 0                               ; 10077c: 6a 00
    push 0x57                            ; 10077e: 6a 57
    jmp .L256                            ; 100780: e9 3b 07 00 00
.L88:
    push 0                               ; 100785: 6a 00
    push 0x58                            ; 100787: 6a 58
    jmp .L256                            ; 100789: e9 32 07 00 00
.L89:
    push 0                               ; 10078e: 6a 00
    push 0x59                            ; 100790: 6a 59
    jmp .L256                            ; 100792: e9 29 07 00 00
.L90:
    push 0                               ; 100797: 6a 00
    push 0x5a                            ; 100799: 6a 5a
    jmp .L256                            ; 10079b: e9 20 07 00 00
.L91:
    push 0                               ; 1007a0: 6a 00
    push 0x5b                            ; 1007a2: 6a 5b
    jmp .L256                            ; 1007a4: e9 17 07 00 00
.L92:
    push 0                               ; 1007a9: 6a 00
    push 0x5c                            ; 1007ab: 6a 5c
    jmp .L256                            ; 1007ad: e9 0e 07 00 00
.L93:
    push 0                               ; 1007b2: 6a 00
    push 0x5d                            ; 1007b4: 6a 5d
    jmp .L256                            ; 1007b6: e9 05 07 00 00
.L94:
    push 0                               ; 1007bb: 6a 00
    push 0x5e                            ; 1007bd: 6a 5e
    jmp .L256                            ; 1007bf: e9 fc 06 00 00
.L95:
    push 0                               ; 1007c4: 6a 00
    push 0x5f                            ; 1007c6: 6a 5f
    jmp .L256                            ; 1007c8: e9 f3 06 00 00
.L96:
    push 0                               ; 1007cd: 6a 00
    push 0x60                            ; 1007cf: 6a 60
    jmp .L256                            ; 1007d1: e9 ea 06 00 00
.L97:
    push 0                               ; 1007d6: 6a 00
    push 0x61                            ; 1007d8: 6a 61
    jmp .L256                            ; 1007da: e9 e1 06 00 00
.L98:
    push 0                               ; 1007df: 6a 00
    push 0x62                            ; 1007e1: 6a 62
    jmp .L256                            ; 1007e3: e9 d8 06 00 00
.L99:
    push 0                               ; 1007e8: 6a 00
    push 0x63                            ; 1007ea: 6a 63
    jmp .L256                            ; 1007ec: e9 cf 06 00 00
.L100:
    push 0                               ; 1007f1: 6a 00
    push 0x64                            ; 1007f3: 6a 64
    jmp .L256                            ; 1007f5: e9 c6 06 00 00
.L101:
    push 0                               ; 1007fa: 6a 00
    push 0x65                            ; 1007fc: 6a 65
    jmp .L256                            ; 1007fe: e9 bd 06 00 00
.L102:
    push 0                               ; 100803: 6a 00
    push 0x66                            ; 100805: 6a 66
    jmp .L256                            ; 100807: e9 b4 06 00 00
.L103:
    push 0                               ; 10080c: 6a 00
    push 0x67                            ; 10080e: 6a 67
    jmp .L256                            ; 100810: e9 ab 06 00 00
.L104:
    push 0                               ; 100815: 6a 00
    push 0x68                            ; 100817: 6a 68
    jmp .L256                            ; 100819: e9 a2 06 00 00
.L105:
    push 0                               ; 10081e: 6a 00
    push 0x69                            ; 100820: 6a 69
    jmp .L256                            ; 100822: e9 99 06 00 00
.L106:
    push 0                               ; 100827: 6a 00
    push 0x6a                            ; 100829: 6a 6a
    jmp .L256                            ; 10082b: e9 90 06 00 00
.L107:
    push 0                               ; 100830: 6a 00
    push 0x6b                            ; 100832: 6a 6b
    jmp .L256                            ; 100834: e9 87 06 00 00
.L108:
    push 0                               ; 100839: 6a 00
    push 0x6c                            ; 10083b: 6a 6c
    jmp .L256                            ; 10083d: e9 7e 06 00 00
.L109:
    push 0                               ; 100842: 6a 00
    push 0x6d                            ; 100844: 6a 6d
    jmp .L256                            ; 100846: e9 75 06 00 00
.L110:
    push 0                               ; 10084b: 6a 00
    push 0x6e                            ; 10084d: 6a 6e
    jmp .L256                            ; 10084f: e9 6c 06 00 00
.L111:
    push 0                               ; 100854: 6a 00
    push 0x6f                            ; 100856: 6a 6f
    jmp .L256                            ; 100858: e9 63 06 00 00
.L112:
    push 0                               ; 10085d: 6a 00
    push 0x70                            ; 10085f: 6a 70
    jmp .L256                            ; 100861: e9 5a 06 00 00
.L113:
    push 0                               ; 100866: 6a 00
    push 0x71                            ; 100868: 6a 71
    jmp .L256                            ; 10086a: e9 51 06 00 00
.L114:
    push 0                               ; 10086f: 6a 00
    push 0x72                            ; 100871: 6a 72
    jmp .L256                            ; 100873: e9 48 06 00 00
.L115:
    push 0                               ; 100878: 6a 00
    push 0x73                            ; 10087a: 6a 73
    jmp .L256                            ; 10087c: e9 3f 06 00 00
.L116:
    push 0                               ; 100881: 6a 00
    push 0x74                            ; 100883: 6a 74
    jmp .L256                            ; 100885: e9 36 06 00 00
.L117:
    push 0                               ; 10088a: 6a 00
    push 0x75                            ; 10088c: 6a 75
    jmp .L256                            ; 10088e: e9 2d 06 00 00
.L118:
    push 0                               ; 100893: 6a 00
    push 0x76                            ; 100895: 6a 76
    jmp .L256                            ; 100897: e9 24 06 00 00
.L119:
    push 0                               ; 10089c: 6a 00
    push 0x77                            ; 10089e: 6a 77
    jmp .L256                            ; 1008a0: e9 1b 06 00 00
.L120:
    push 0                               ; 1008a5: 6a 00
    push 0x78                            ; 1008a7: 6a 78
    jmp .L256                            ; 1008a9: e9 12 06 00 00
.L121:
    push 0                               ; 1008ae: 6a 00
    push 0x79                            ; 1008b0: 6a 79
    jmp .L256                            ; 1008b2: e9 09 06 00 00
.L122:
    push 0                               ; 1008b7: 6a 00
    push 0x7a                            ; 1008b9: 6a 7a
    jmp .L256                            ; 1008bb: e9 00 06 00 00
.L123:
    push 0                               ; 1008c0: 6a 00
    push 0x7b                            ; 1008c2: 6a 7b
    jmp .L256                            ; 1008c4: e9 f7 05 00 00
.L124:
    push 0                               ; 1008c9: 6a 00
    push 0x7c                            ; 1008cb: 6a 7c
    jmp .L256                            ; 1008cd: e9 ee 05 00 00
.L125:
    push 0                               ; 1008d2: 6a 00
    push 0x7d                            ; 1008d4: 6a 7d
    jmp .L256                            ; 1008d6: e9 e5 05 00 00
.L126:
    push 0                               ; 1008db: 6a 00
    push 0x7e                            ; 1008dd: 6a 7e
    jmp .L256                            ; 1008df: e9 dc 05 00 00
.L127:
    push 0                               ; 1008e4: 6a 00
    push 0x7f                            ; 1008e6: 6a 7f
    jmp .L256                            ; 1008e8: e9 d3 05 00 00
.L128:
    push 0                               ; 1008ed: 6a 00
    push 0x80                            ; 1008ef: 68 80 00 00 00
    jmp .L256                            ; 1008f4: e9 c7 05 00 00
.L129:
    push 0                               ; 1008f9: 6a 00
    push 0x81                            ; 1008fb: 68 81 00 00 00
    jmp .L256                            ; 100900: e9 bb 05 00 00
.L130:
    push 0                               ; 100905: 6a 00
    push 0x82                            ; 100907: 68 82 00 00 00
    jmp .L256                            ; 10090c: e9 af 05 00 00
.L131:
    push 0                               ; 100911: 6a 00
    push 0x83                            ; 100913: 68 83 00 00 00
    jmp .L256                            ; 100918: e9 a3 05 00 00
.L132:
    push 0                               ; 10091d: 6a 00
    push 0x84                            ; 10091f: 68 84 00 00 00
    jmp .L256                            ; 100924: e9 97 05 00 00
.L133:
    push 0                               ; 100929: 6a 00
    push 0x85                            ; 10092b: 68 85 00 00 00
    jmp .L256                            ; 100930: e9 8b 05 00 00
.L134:
    push 0                               ; 100935: 6a 00
    push 0x86                            ; 100937: 68 86 00 00 00
    jmp .L256                            ; 10093c: e9 7f 05 00 00
.L135:
    push 0                               ; 100941: 6a 00
    push 0x87                            ; 100943: 68 87 00 00 00
    jmp .L256                            ; 100948: e9 73 05 00 00
.L136:
    push 0                               ; 10094d: 6a 00
    push 0x88                            ; 10094f: 68 88 00 00 00
    jmp .L256                            ; 100954: e9 67 05 00 00
.L137:
    push 0                               ; 100959: 6a 00
    push 0x89                            ; 10095b: 68 89 00 00 00
    jmp .L256                            ; 100960: e9 5b 05 00 00
.L138:
    push 0                               ; 100965: 6a 00
    push 0x8a                            ; 100967: 68 8a 00 00 00
    jmp .L256                            ; 10096c: e9 4f 05 00 00
.L139:
    push 0                               ; 100971: 6a 00
    push 0x8b                            ; 100973: 68 8b 00 00 00
    jmp .L256                            ; 100978: e9 43 05 00 00
.L140:
    push 0                               ; 10097d: 6a 00
    push 0x8c                            ; 10097f: 68 8c 00 00 00
    jmp .L256                            ; 100984: e9 37 05 00 00
.L141:
    push 0                               ; 100989: 6a 00
    push 0x8d                            ; 10098b: 68 8d 00 00 00
    jmp .L256                            ; 100990: e9 2b 05 00 00
.L142:
    push 0                               ; 100995: 6a 00
    push 0x8e                            ; 100997: 68 8e 00 00 00
    jmp .L256                            ; 10099c: e9 1f 05 00 00
.L143:
    push 0                               ; 1009a1: 6a 00
    push 0x8f                            ; 1009a3: 68 8f 00 00 00
    jmp .L256                            ; 1009a8: e9 13 05 00 00
.L144:
    push 0                               ; 1009ad: 6a 00
    push 0x90                            ; 1009af: 68 90 00 00 00
    jmp .L256                            ; 1009b4: e9 07 05 00 00
.L145:
    push 0                               ; 1009b9: 6a 00
    push 0x91                            ; 1009bb: 68 91 00 00 00
    jmp .L256                            ; 1009c0: e9 fb 04 00 00
.L146:
    push 0                               ; 1009c5: 6a 00
    push 0x92                            ; 1009c7: 68 92 00 00 00
    jmp .L256                            ; 1009cc: e9 ef 04 00 00
.L147:
    push 0                               ; 1009d1: 6a 00
    push 0x93                            ; 1009d3: 68 93 00 00 00
    jmp .L256                            ; 1009d8: e9 e3 04 00 00
.L148:
    push 0                               ; 1009dd: 6a 00
    push 0x94                            ; 1009df: 68 94 00 00 00
    jmp .L256                            ; 1009e4: e9 d7 04 00 00
.L149:
    push 0                               ; 1009e9: 6a 00
    push 0x95                            ; 1009eb: 68 95 00 00 00
    jmp .L256                            ; 1009f0: e9 cb 04 00 00
.L150:
    push 0                               ; 1009f5: 6a 00
    push 0x96                            ; 1009f7: 68 96 00 00 00
    jmp .L256                            ; 1009fc: e9 bf 04 00 00
.L151:
    push 0                               ; 100a01: 6a 00
    push 0x97                            ; 100a03: 68 97 00 00 00
    jmp .L256                            ; 100a08: e9 b3 04 00 00
.L152:
    push 0                               ; 100a0d: 6a 00
    push 0x98                            ; 100a0f: 68 98 00 00 00
    jmp .L256                            ; 100a14: e9 a7 04 00 00
.L153:
    push 0                               ; 100a19: 6a 00
    push 0x99                            ; 100a1b: 68 99 00 00 00
    jmp .L256                            ; 100a20: e9 9b 04 00 00
.L154:
    push 0                               ; 100a25: 6a 00
    push 0x9a                            ; 100a27: 68 9a 00 00 00
    jmp .L256                            ; 100a2c: e9 8f 04 00 00
.L155:
    push 0                               ; 100a31: 6a 00
    push 0x9b                            ; 100a33: 68 9b 00 00 00
    jmp .L256                            ; 100a38: e9 83 04 00 00
.L156:
    push 0                               ; 100a3d: 6a 00
    push 0x9c                            ; 100a3f: 68 9c 00 00 00
    jmp .L256                            ; 100a44: e9 77 04 00 00
.L157:
    push 0                               ; 100a49: 6a 00
    push 0x9d                            ; 100a4b: 68 9d 00 00 00
    jmp .L256                            ; 100a50: e9 6b 04 00 00
.L158:
    push 0                               ; 100a55: 6a 00
    push 0x9e                            ; 100a57: 68 9e 00 00 00
    jmp .L256                            ; 100a5c: e9 5f 04 00 00
.L159:
    push 0                               ; 100a61: 6a 00
    push 0x9f                            ; 100a63: 68 9f 00 00 00
    jmp .L256                            ; 100a68: e9 53 04 00 00
.L160:
    push 0                               ; 100a6d: 6a 00
    push 0xa0                            ; 100a6f: 68 a0 00 00 00
    jmp .L256                            ; 100a74: e9 47 04 00 00
.L161:
    push 0                               ; 100a79: 6a 00
    push 0xa1                            ; 100a7b: 68 a1 00 00 00
    jmp .L256                            ; 100a80: e9 3b 04 00 00
.L162:
    push 0                               ; 100a85: 6a 00
    push 0xa2                            ; 100a87: 68 a2 00 00 00
    jmp .L256                            ; 100a8c: e9 2f 04 00 00
.L163:
    push 0                               ; 100a91: 6a 00
    push 0xa3                            ; 100a93: 68 a3 00 00 00
    jmp .L256                            ; 100a98: e9 23 04 00 00
.L164:
    push 0                               ; 100a9d: 6a 00
    push 0xa4                            ; 100a9f: 68 a4 00 00 00
    jmp .L256                            ; 100aa4: e9 17 04 00 00
.L165:
    push 0                               ; 100aa9: 6a 00
    push 0xa5                            ; 100aab: 68 a5 00 00 00
    jmp .L256                            ; 100ab0: e9 0b 04 00 00
.L166:
    push 0                               ; 100ab5: 6a 00
    push 0xa6                            ; 100ab7: 68 a6 00 00 00
    jmp .L256                            ; 100abc: e9 ff 03 00 00
.L167:
    push 0                               ; 100ac1: 6a 00
    push 0xa7                            ; 100ac3: 68 a7 00 00 00
    jmp .L256                            ; 100ac8: e9 f3 03 00 00
.L168:
    push 0                               ; 100acd: 6a 00
    push 0xa8                            ; 100acf: 68 a8 00 00 00
    jmp .L256                            ; 100ad4: e9 e7 03 00 00
.L169:
    push 0                               ; 100ad9: 6a 00
    push 0xa9                            ; 100adb: 68 a9 00 00 00
    jmp .L256                            ; 100ae0: e9 db 03 00 00
.L170:
    push 0                               ; 100ae5: 6a 00
    push 0xaa                            ; 100ae7: 68 aa 00 00 00
    jmp .L256                            ; 100aec: e9 cf 03 00 00
.L171:
    push 0                               ; 100af1: 6a 00
    push 0xab                            ; 100af3: 68 ab 00 00 00
    jmp .L256                            ; 100af8: e9 c3 03 00 00
.L172:
    push 0                               ; 100afd: 6a 00
    push 0xac                            ; 100aff: 68 ac 00 00 00
    jmp .L256                            ; 100b04: e9 b7 03 00 00
.L173:
    push 0                               ; 100b09: 6a 00
    push 0xad                            ; 100b0b: 68 ad 00 00 00
    jmp .L256                            ; 100b10: e9 ab 03 00 00
.L174:
    push 0                               ; 100b15: 6a 00
    push 0xae                            ; 100b17: 68 ae 00 00 00
    jmp .L256                            ; 100b1c: e9 9f 03 00 00
.L175:
    push 0                               ; 100b21: 6a 00
    push 0xaf                            ; 100b23: 68 af 00 00 00
    jmp .L256                            ; 100b28: e9 93 03 00 00
.L176:
    push 0                               ; 100b2d: 6a 00
    push 0xb0                            ; 100b2f: 68 b0 00 00 00
    jmp .L256                            ; 100b34: e9 87 03 00 00
.L177:
    push 0                               ; 100b39: 6a 00
    push 0xb1                            ; 100b3b: 68 b1 00 00 00
    jmp .L256                            ; 100b40: e9 7b 03 00 00
.L178:
    push 0                               ; 100b45: 6a 00
    push 0xb2                            ; 100b47: 68 b2 00 00 00
    jmp .L256                            ; 100b4c: e9 6f 03 00 00
.L179:
    push 0                               ; 100b51: 6a 00
    push 0xb3                            ; 100b53: 68 b3 00 00 00
    jmp .L256                            ; 100b58: e9 63 03 00 00
.L180:
    push 0                               ; 100b5d: 6a 00
    push 0xb4                            ; 100b5f: 68 b4 00 00 00
    jmp .L256                            ; 100b64: e9 57 03 00 00
.L181:
    push 0                               ; 100b69: 6a 00
    push 0xb5                            ; 100b6b: 68 b5 00 00 00
    jmp .L256                            ; 100b70: e9 4b 03 00 00
.L182:
    push 0                               ; 100b75: 6a 00
    push 0xb6                            ; 100b77: 68 b6 00 00 00
    jmp .L256                            ; 100b7c: e9 3f 03 00 00
.L183:
    push 0                               ; 100b81: 6a 00
    push 0xb7                            ; 100b83: 68 b7 00 00 00
    jmp .L256                            ; 100b88: e9 33 03 00 00
.L184:
    push 0                               ; 100b8d: 6a 00
    push 0xb8                            ; 100b8f: 68 b8 00 00 00
    jmp .L256                            ; 100b94: e9 27 03 00 00
.L185:
    push 0                               ; 100b99: 6a 00
    push 0xb9                            ; 100b9b: 68 b9 00 00 00
    jmp .L256                            ; 100ba0: e9 1b 03 00 00
.L186:
    push 0                               ; 100ba5: 6a 00
    push 0xba                            ; 100ba7: 68 ba 00 00 00
    jmp .L256                            ; 100bac: e9 0f 03 00 00
.L187:
    push 0                               ; 100bb1: 6a 00
    push 0xbb                            ; 100bb3: 68 bb 00 00 00
    jmp .L256                            ; 100bb8: e9 03 03 00 00
.L188:
    push 0                               ; 100bbd: 6a 00
    push 0xbc                            ; 100bbf: 68 bc 00 00 00
    jmp .L256                            ; 100bc4: e9 f7 02 00 00
.L189:
    push 0                               ; 100bc9: 6a 00
    push 0xbd                            ; 100bcb: 68 bd 00 00 00
    jmp .L256                            ; 100bd0: e9 eb 02 00 00
.L190:
    push 0                               ; 100bd5: 6a 00
    push 0xbe                            ; 100bd7: 68 be 00 00 00
    jmp .L256                            ; 100bdc: e9 df 02 00 00
.L191:
    push 0                               ; 100be1: 6a 00
    push 0xbf                            ; 100be3: 68 bf 00 00 00
    jmp .L256                            ; 100be8: e9 d3 02 00 00
.L192:
    push 0                               ; 100bed: 6a 00
    push 0xc0                            ; 100bef: 68 c0 00 00 00
    jmp .L256                            ; 100bf4: e9 c7 02 00 00
.L193:
    push 0                               ; 100bf9: 6a 00
    push 0xc1                            ; 100bfb: 68 c1 00 00 00
    jmp .L256                            ; 100c00: e9 bb 02 00 00
.L194:
    push 0                               ; 100c05: 6a 00
    push 0xc2                            ; 100c07: 68 c2 00 00 00
    jmp .L256                            ; 100c0c: e9 af 02 00 00
.L195:
    push 0                               ; 100c11: 6a 00
    push 0xc3                            ; 100c13: 68 c3 00 00 00
    jmp .L256                            ; 100c18: e9 a3 02 00 00
.L196:
    push 0                               ; 100c1d: 6a 00
    push 0xc4                            ; 100c1f: 68 c4 00 00 00
    jmp .L256                            ; 100c24: e9 97 02 00 00
.L197:
    push 0                               ; 100c29: 6a 00
    push 0xc5                            ; 100c2b: 68 c5 00 00 00
    jmp .L256                            ; 100c30: e9 8b 02 00 00
.L198:
    push 0                               ; 100c35: 6a 00
    push 0xc6                            ; 100c37: 68 c6 00 00 00
    jmp .L256                            ; 100c3c: e9 7f 02 00 00
.L199:
    push 0                               ; 100c41: 6a 00
    push 0xc7                            ; 100c43: 68 c7 00 00 00
    jmp .L256                            ; 100c48: e9 73 02 00 00
.L200:
    push 0                               ; 100c4d: 6a 00
    push 0xc8                            ; 100c4f: 68 c8 00 00 00
    jmp .L256                            ; 100c54: e9 67 02 00 00
.L201:
    push 0                               ; 100c59: 6a 00
    push 0xc9                            ; 100c5b: 68 c9 00 00 00
    jmp .L256                            ; 100c60: e9 5b 02 00 00
.L202:
    push 0                               ; 100c65: 6a 00
    push 0xca                            ; 100c67: 68 ca 00 00 00
    jmp .L256                            ; 100c6c: e9 4f 02 00 00
.L203:
    push 0                               ; 100c71: 6a 00
    push 0xcb                            ; 100c73: 68 cb 00 00 00
    jmp .L256                            ; 100c78: e9 43 02 00 00
.L204:
    push 0                               ; 100c7d: 6a 00
    push 0xcc                            ; 100c7f: 68 cc 00 00 00
    jmp .L256                            ; 100c84: e9 37 02 00 00
.L205:
    push 0                               ; 100c89: 6a 00
    push 0xcd                            ; 100c8b: 68 cd 00 00 00
    jmp .L256                            ; 100c90: e9 2b 02 00 00
.L206:
    push 0                               ; 100c95: 6a 00
    push 0xce                            ; 100c97: 68 ce 00 00 00
    jmp .L256                            ; 100c9c: e9 1f 02 00 00
.L207:
    push 0                               ; 100ca1: 6a 00
    push 0xcf                            ; 100ca3: 68 cf 00 00 00
    jmp .L256                            ; 100ca8: e9 13 02 00 00
.L208:
    push 0                               ; 100cad: 6a 00
    push 0xd0                            ; 100caf: 68 d0 00 00 00
    jmp .L256                            ; 100cb4: e9 07 02 00 00
.L209:
    push 0                               ; 100cb9: 6a 00
    push 0xd1                            ; 100cbb: 68 d1 00 00 00
    jmp .L256                            ; 100cc0: e9 fb 01 00 00
.L210:
    push 0                               ; 100cc5: 6a 00
    push 0xd2                            ; 100cc7: 68 d2 00 00 00
    jmp .L256                            ; 100ccc: e9 ef 01 00 00
.L211:
    push 0                               ; 100cd1: 6a 00
    push 0xd3                            ; 100cd3: 68 d3 00 00 00
    jmp .L256                            ; 100cd8: e9 e3 01 00 00
.L212:
    push 0                               ; 100cdd: 6a 00
    push 0xd4                            ; 100cdf: 68 d4 00 00 00
    jmp .L256                            ; 100ce4: e9 d7 01 00 00
.L213:
    push 0                               ; 100ce9: 6a 00
    push 0xd5                            ; 100ceb: 68 d5 00 00 00
    jmp .L256                            ; 100cf0: e9 cb 01 00 00
.L214:
    push 0                               ; 100cf5: 6a 00
    push 0xd6                            ; 100cf7: 68 d6 00 00 00
    jmp .L256                            ; 100cfc: e9 bf 01 00 00
.L215:
    push 0                               ; 100d01: 6a 00
    push 0xd7                            ; 100d03: 68 d7 00 00 00
    jmp .L256                            ; 100d08: e9 b3 01 00 00
.L216:
    push 0                               ; 100d0d: 6a 00
    push 0xd8                            ; 100d0f: 68 d8 00 00 00
    jmp .L256                            ; 100d14: e9 a7 01 00 00
.L217:
    push 0                               ; 100d19: 6a 00
    push 0xd9                            ; 100d1b: 68 d9 00 00 00
    jmp .L256                            ; 100d20: e9 9b 01 00 00
.L218:
    push 0                               ; 100d25: 6a 00
    push 0xda                            ; 100d27: 68 da 00 00 00
    jmp .L256                            ; 100d2c: e9 8f 01 00 00
.L219:
    push 0                               ; 100d31: 6a 00
    push 0xdb                            ; 100d33: 68 db 00 00 00
    jmp .L256                            ; 100d38: e9 83 01 00 00
.L220:
    push 0                               ; 100d3d: 6a 00
    push 0xdc                            ; 100d3f: 68 dc 00 00 00
    jmp .L256                            ; 100d44: e9 77 01 00 00
.L221:
    push 0                               ; 100d49: 6a 00
    push 0xdd                            ; 100d4b: 68 dd 00 00 00
    jmp .L256                            ; 100d50: e9 6b 01 00 00
.L222:
    push 0                               ; 100d55: 6a 00
    push 0xde                            ; 100d57: 68 de 00 00 00
    jmp .L256                            ; 100d5c: e9 5f 01 00 00
.L223:
    push 0                               ; 100d61: 6a 00
    push 0xdf                            ; 100d63: 68 df 00 00 00
    jmp .L256                            ; 100d68: e9 53 01 00 00
.L224:
    push 0                               ; 100d6d: 6a 00
    push 0xe0                            ; 100d6f: 68 e0 00 00 00
    jmp .L256                            ; 100d74: e9 47 01 00 00
.L225:
    push 0                               ; 100d79: 6a 00
    push 0xe1                            ; 100d7b: 68 e1 00 00 00
    jmp .L256                            ; 100d80: e9 3b 01 00 00
.L226:
    push 0                               ; 100d85: 6a 00
    push 0xe2                            ; 100d87: 68 e2 00 00 00
    jmp .L256                            ; 100d8c: e9 2f 01 00 00
.L227:
    push 0                               ; 100d91: 6a 00
    push 0xe3                            ; 100d93: 68 e3 00 00 00
    jmp .L256                            ; 100d98: e9 23 01 00 00
.L228:
    push 0                               ; 100d9d: 6a 00
    push 0xe4                            ; 100d9f: 68 e4 00 00 00
    jmp .L256                            ; 100da4: e9 17 01 00 00
.L229:
    push 0                               ; 100da9: 6a 00
    push 0xe5                            ; 100dab: 68 e5 00 00 00
    jmp .L256                            ; 100db0: e9 0b 01 00 00
.L230:
    push 0                               ; 100db5: 6a 00
    push 0xe6                            ; 100db7: 68 e6 00 00 00
    jmp .L256                            ; 100dbc: e9 ff 00 00 00
.L231:
    push 0                               ; 100dc1: 6a 00
    push 0xe7                            ; 100dc3: 68 e7 00 00 00
    jmp .L256                            ; 100dc8: e9 f3 00 00 00
.L232:
    push 0                               ; 100dcd: 6a 00
    push 0xe8                            ; 100dcf: 68 e8 00 00 00
    jmp .L256                            ; 100dd4: e9 e7 00 00 00
.L233:
    push 0                               ; 100dd9: 6a 00
    push 0xe9                            ; 100ddb: 68 e9 00 00 00
    jmp .L256                            ; 100de0: e9 db 00 00 00
.L234:
    push 0                               ; 100de5: 6a 00
    push 0xea                            ; 100de7: 68 ea 00 00 00
    jmp .L256                            ; 100dec: e9 cf 00 00 00
.L235:
    push 0                               ; 100df1: 6a 00
    push 0xeb                            ; 100df3: 68 eb 00 00 00
    jmp .L256                            ; 100df8: e9 c3 00 00 00
.L236:
    push 0                               ; 100dfd: 6a 00
    push 0xec                            ; 100dff: 68 ec 00 00 00
    jmp .L256                            ; 100e04: e9 b7 00 00 00
.L237:
    push 0                               ; 100e09: 6a 00
    push 0xed                            ; 100e0b: 68 ed 00 00 00
    jmp .L256                            ; 100e10: e9 ab 00 00 00
.L238:
    push 0                               ; 100e15: 6a 00
    push 0xee                            ; 100e17: 68 ee 00 00 00
    jmp .L256                            ; 100e1c: e9 9f 00 00 00
.L239:
    push 0                               ; 100e21: 6a 00
    push 0xef                            ; 100e23: 68 ef 00 00 00
    jmp .L256                            ; 100e28: e9 93 00 00 00
.L240:
    push 0                               ; 100e2d: 6a 00
    push 0xf0                            ; 100e2f: 68 f0 00 00 00
    jmp .L256                            ; 100e34: e9 87 00 00 00
.L241:
    push 0                               ; 100e39: 6a 00
    push 0xf1                            ; 100e3b: 68 f1 00 00 00
    jmp short .L256                      ; 100e40: eb 7e
.L242:
    push 0                               ; 100e42: 6a 00
    push 0xf2                            ; 100e44: 68 f2 00 00 00
    jmp short .L256                      ; 100e49: eb 75
.L243:
    push 0                               ; 100e4b: 6a 00
    push 0xf3                            ; 100e4d: 68 f3 00 00 00
    jmp short .L256                      ; 100e52: eb 6c
.L244:
    push 0                               ; 100e54: 6a 00
    push 0xf4                            ; 100e56: 68 f4 00 00 00
    jmp short .L256                      ; 100e5b: eb 63
.L245:
    push 0                               ; 100e5d: 6a 00
    push 0xf5                            ; 100e5f: 68 f5 00 00 00
    jmp short .L256                      ; 100e64: eb 5a
.L246:
    push 0                               ; 100e66: 6a 00
    push 0xf6                            ; 100e68: 68 f6 00 00 00
    jmp short .L256                      ; 100e6d: eb 51
.L247:
    push 0                               ; 100e6f: 6a 00
    push 0xf7                            ; 100e71: 68 f7 00 00 00
    jmp short .L256                      ; 100e76: eb 48
.L248:
    push 0                               ; 100e78: 6a 00
    push 0xf8                            ; 100e7a: 68 f8 00 00 00
    jmp short .L256                      ; 100e7f: eb 3f
.L249:
    push 0                               ; 100e81: 6a 00
    push 0xf9                            ; 100e83: 68 f9 00 00 00
    jmp short .L256                      ; 100e88: eb 36
.L250:
    push 0                               ; 100e8a: 6a 00
    push 0xfa                            ; 100e8c: 68 fa 00 00 00
    jmp short .L256                      ; 100e91: eb 2d
.L251:
    push 0                               ; 100e93: 6a 00
    push 0xfb                            ; 100e95: 68 fb 00 00 00
    jmp short .L256                      ; 100e9a: eb 24
.L252:
    push 0                               ; 100e9c: 6a 00
    push 0xfc                            ; 100e9e: 68 fc 00 00 00
    jmp short .L256                      ; 100ea3: eb 1b
.L253:
    push 0                               ; 100ea5: 6a 00
    push 0xfd                            ; 100ea7: 68 fd 00 00 00
    jmp short .L256                      ; 100eac: eb 12
.L254:
    push 0                               ; 100eae: 6a 00
    push 0xfe                            ; 100eb0: 68 fe 00 00 00
    jmp short .L256                      ; 100eb5: eb 09
.L255:
    push 0                               ; 100eb7: 6a 00
    push 0xff                            ; 100eb9: 68 ff 00 00 00
    jmp short .L256                      ; 100ebe: eb 00
.L256:
    push ds                              ; 100ec0: 1e
    push es                              ; 100ec1: 06
    push fs                              ; 100ec2: 0f a0
    push gs                              ; 100ec4: 0f a8
    pusha                                ; 100ec6: 60
    mov eax, ss                          ; 100ec7: 8c d0
    mov ds, eax                          ; 100ec9: 8e d8
    mov es, eax                          ; 100ecb: 8e c0
    mov fs, eax                          ; 100ecd: 8e e0
    mov gs, eax                          ; 100ecf: 8e e8
    cld                                  ; 100ed1: fc
    push esp                             ; 100ed2: 54
    call onInterrupt                     ; 100ed3: e8 a3 f2 ff ff
    add esp, 4                           ; 100ed8: 83 c4 04
    popa                                 ; 100edb: 61
    pop gs                               ; 100edc: 0f a9
    pop fs                               ; 100ede: 0f a1
    pop es                               ; 100ee0: 07
    pop ds                               ; 100ee1: 1f
    add esp, 8                           ; 100ee2: 83 c4 08
    iret                                 ; 100ee5: cf

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
