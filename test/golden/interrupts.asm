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
    call __tskc_init                     ; 10003b: e8 4b 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 da 01 00 00
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
    mov esi, [ebp+8]                     ; 10008a: 8b 75 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 10008d: bb 00 00 00 00
    mov eax, [esi]                       ; 100092: 8b 06
    cmp ebx, eax                         ; 100094: 39 c3
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100098: 0f b6 44 1e 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add ebx, 1                           ; 1000a9: 83 c3 01
    mov eax, [esi]                       ; 1000ac: 8b 06
    cmp ebx, eax                         ; 1000ae: 39 c3
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
    mov ebx, [ebp+8]                     ; 100113: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100116: b8 1c 10 10 00
    push eax                             ; 10011b: 50
    call print                           ; 10011c: e8 64 ff ff ff
    add esp, 4                           ; 100121: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100124: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100129: 89 d8
    mov ecx, esi                         ; 10012b: 89 f1
    shr eax, cl                          ; 10012d: d3 e8
    and eax, 0xf                         ; 10012f: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100132: 83 f8 0a
    jb short .L5                         ; 100135: 72 19
    jmp short .L6                        ; 100137: eb 1c
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100139: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10013c: 89 d8
    mov ecx, esi                         ; 10013e: 89 f1
    shr eax, cl                          ; 100140: d3 e8
    and eax, 0xf                         ; 100142: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100145: 83 f8 0a
    jb short .L5                         ; 100148: 72 06
    jmp short .L6                        ; 10014a: eb 09
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10014c: 5e
    pop ebx                              ; 10014d: 5b
    pop ebp                              ; 10014e: 5d
    ret                                  ; 10014f: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 100150: 83 c0 30
    jmp short .L7                        ; 100153: eb 03
.L6:
    add eax, 0x57                        ; 100155: 83 c0 57
.L7:
    movzx eax, al                        ; 100158: 0f b6 c0
    push eax                             ; 10015b: 50
    call putc                            ; 10015c: e8 ea fe ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100164: 83 fe 00
    je short .L4                         ; 100167: 74 e3
    jmp short .L3                        ; 100169: eb ce

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10016b: 55
    mov ebp, esp                         ; 10016c: 89 e5
    mov eax, [ebp+8]                     ; 10016e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100171: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100173: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100174: f4
    jmp short .L2                        ; 100175: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    push ebp                             ; 100177: 55
    mov ebp, esp                         ; 100178: 89 e5
    mov ecx, [ebp+8]                     ; 10017a: 8b 4d 08
    mov eax, [ebp+0xc]                   ; 10017d: 8b 45 0c
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [ecx], 0xffff               ; 100180: 66 c7 01 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [ecx+5], al                      ; 100185: 88 41 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [ecx+6], 0xcf               ; 100188: c6 41 06 cf
    ; test/golden/interrupts.ts:43: }
    pop ebp                              ; 10018c: 5d
    ret                                  ; 10018d: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebp                             ; 10018e: 55
    mov ebp, esp                         ; 10018f: 89 e5
    push ebx                             ; 100191: 53
    mov ebx, [ebp+8]                     ; 100192: 8b 5d 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100195: b8 24 10 10 00
    push eax                             ; 10019a: 50
    call print                           ; 10019b: e8 e5 fe ff ff
    add esp, 4                           ; 1001a0: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 1001a3: 8b 43 30
    push eax                             ; 1001a6: 50
    call printU32                        ; 1001a7: e8 25 ff ff ff
    add esp, 4                           ; 1001ac: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 1001af: b8 34 10 10 00
    push eax                             ; 1001b4: 50
    call print                           ; 1001b5: e8 cb fe ff ff
    add esp, 4                           ; 1001ba: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 1001bd: 8b 43 34
    push eax                             ; 1001c0: 50
    call printHex                        ; 1001c1: e8 48 ff ff ff
    add esp, 4                           ; 1001c6: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001c9: b8 40 10 10 00
    push eax                             ; 1001ce: 50
    call print                           ; 1001cf: e8 b1 fe ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001d7: 8b 43 3c
    push eax                             ; 1001da: 50
    call printHex                        ; 1001db: e8 2e ff ff ff
    add esp, 4                           ; 1001e0: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001e3: b8 48 10 10 00
    push eax                             ; 1001e8: 50
    call println                         ; 1001e9: e8 c8 fe ff ff
    add esp, 4                           ; 1001ee: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    mov eax, [ebx+0x30]                  ; 1001f1: 8b 43 30
    cmp eax, 0x41                        ; 1001f4: 83 f8 41
    jne short .L2                        ; 1001f7: 75 11
    mov dword [ebx+0x1c], 0x2a           ; 1001f9: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    mov eax, [ebx+0x30]                  ; 100200: 8b 43 30
    cmp eax, 0xd                         ; 100203: 83 f8 0d
    je short .L4                         ; 100206: 74 0a
    jmp short .L5                        ; 100208: eb 14
.L2:
    mov eax, [ebx+0x30]                  ; 10020a: 8b 43 30
    cmp eax, 0xd                         ; 10020d: 83 f8 0d
    jne short .L5                        ; 100210: 75 0c
.L4:
    mov eax, [ebx+0x38]                  ; 100212: 8b 43 38
    add eax, 2                           ; 100215: 83 c0 02
    mov [ebx+0x38], eax                  ; 100218: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 10021b: 5b
    pop ebp                              ; 10021c: 5d
    ret                                  ; 10021d: c3
.L5:
    pop ebx                              ; 10021e: 5b
    pop ebp                              ; 10021f: 5d
    ret                                  ; 100220: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 100221: 55
    mov ebp, esp                         ; 100222: 89 e5
    push ebx                             ; 100224: 53
    push esi                             ; 100225: 56
    mov eax, gdt+12                      ; 100226: b8 0c 30 10 00
    push 0x9a                            ; 10022b: 68 9a 00 00 00
    push eax                             ; 100230: 50
    call flatSegment                     ; 100231: e8 41 ff ff ff
    add esp, 8                           ; 100236: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 100239: b8 14 30 10 00
    push 0x92                            ; 10023e: 68 92 00 00 00
    push eax                             ; 100243: 50
    call flatSegment                     ; 100244: e8 2e ff ff ff
    add esp, 8                           ; 100249: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 10024c: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100255: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 10025a: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    mov eax, gdtPointer                  ; 10025f: b8 20 38 10 00
    lgdt [eax]                           ; 100264: 0f 01 10
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 100267: b8 10 00 00 00
    mov ds, eax                          ; 10026c: 8e d8
    mov es, eax                          ; 10026e: 8e c0
    mov fs, eax                          ; 100270: 8e e0
    mov gs, eax                          ; 100272: 8e e8
    mov ss, eax                          ; 100274: 8e d0
    mov eax, 8                           ; 100276: b8 08 00 00 00
    push eax                             ; 10027b: 50
    call 0x100281                        ; 10027c: e8 00 00 00 00
    add dword [esp], 5                   ; 100281: 83 04 24 05
    retf                                 ; 100285: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 100286: b8 4c 10 10 00
    push eax                             ; 10028b: 50
    call println                         ; 10028c: e8 25 fe ff ff
    add esp, 4                           ; 100291: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    mov edx, 0                           ; 100294: ba 00 00 00 00
    cmp edx, 0x100                       ; 100299: 81 fa 00 01 00 00
    jge short .L4                        ; 10029f: 7d 36
.L2:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 1002a1: b8 20 30 10 00
    imul ecx, edx, 8                     ; 1002a6: 6b ca 08
    add eax, ecx                         ; 1002a9: 01 c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov ecx, [edx*4+onInterrupt_stubs+4] ; 1002ab: 8b 0c 95 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, cx                        ; 1002b2: 0f b7 d9
    mov [eax], bx                        ; 1002b5: 66 89 18
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [eax+2], 8                  ; 1002b8: 66 c7 40 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [eax+5], 0x8e               ; 1002be: c6 40 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr ecx, 0x10                        ; 1002c2: c1 e9 10
    movzx ecx, cx                        ; 1002c5: 0f b7 c9
    mov [eax+6], cx                      ; 1002c8: 66 89 48 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add edx, 1                           ; 1002cc: 83 c2 01
    cmp edx, 0x100                       ; 1002cf: 81 fa 00 01 00 00
    jl short .L2                         ; 1002d5: 7c ca
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002d7: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002e0: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002e5: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    mov eax, idtPointer                  ; 1002ea: b8 28 38 10 00
    lidt [eax]                           ; 1002ef: 0f 01 18
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002f2: b8 7c 10 10 00
    push eax                             ; 1002f7: 50
    call println                         ; 1002f8: e8 b9 fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 100300: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 100301: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 100303: cd 41
    mov ebx, eax                         ; 100305: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 100307: b8 8c 10 10 00
    push eax                             ; 10030c: 50
    call print                           ; 10030d: e8 73 fd ff ff
    add esp, 4                           ; 100312: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 100315: 53
    call printU32                        ; 100316: e8 b6 fd ff ff
    add esp, 4                           ; 10031b: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 10031e: b8 48 10 10 00
    push eax                             ; 100323: 50
    call println                         ; 100324: e8 8d fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 10032c: b8 34 12 00 00
    mov ds, eax                          ; 100331: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 100333: b8 a4 10 10 00
    push eax                             ; 100338: 50
    call println                         ; 100339: e8 78 fd ff ff
    add esp, 4                           ; 10033e: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100341: b8 bc 10 10 00
    push eax                             ; 100346: 50
    call print                           ; 100347: e8 39 fd ff ff
    add esp, 4                           ; 10034c: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 10034f: 0f 20 c0
    and eax, 1                           ; 100352: 83 e0 01
    cmp eax, 0                           ; 100355: 83 f8 00
    je short .L15                        ; 100358: 74 07
    mov eax, str_12                      ; 10035a: b8 d0 10 10 00
    jmp short .L16                       ; 10035f: eb 05
.L15:
    mov eax, str_13                      ; 100361: b8 d8 10 10 00
.L16:
    push eax                             ; 100366: 50
    call println                         ; 100367: e8 4a fd ff ff
    add esp, 4                           ; 10036c: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 10036f: b8 e0 10 10 00
    push eax                             ; 100374: 50
    call print                           ; 100375: e8 0b fd ff ff
    add esp, 4                           ; 10037a: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 10037d: 9c
    pop eax                              ; 10037e: 58
    and eax, 0x200                       ; 10037f: 25 00 02 00 00
    cmp eax, 0                           ; 100384: 83 f8 00
    je short .L19                        ; 100387: 74 07
    mov eax, str_12                      ; 100389: b8 d0 10 10 00
    jmp short .L20                       ; 10038e: eb 05
.L19:
    mov eax, str_13                      ; 100390: b8 d8 10 10 00
.L20:
    push eax                             ; 100395: 50
    call println                         ; 100396: e8 1b fd ff ff
    add esp, 4                           ; 10039b: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 10039e: b8 f8 10 10 00
    push eax                             ; 1003a3: 50
    call print                           ; 1003a4: e8 dc fc ff ff
    add esp, 4                           ; 1003a9: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 1003ac: bb 14 00 00 00
    mov esi, 0x16                        ; 1003b1: be 16 00 00 00
    mov eax, ebx                         ; 1003b6: 89 d8
    add eax, esi                         ; 1003b8: 01 f0
    push eax                             ; 1003ba: 50
    call printU32                        ; 1003bb: e8 11 fd ff ff
    add esp, 4                           ; 1003c0: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 1003c3: b8 48 10 10 00
    push eax                             ; 1003c8: 50
    call println                         ; 1003c9: e8 e8 fc ff ff
    add esp, 4                           ; 1003ce: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003d1: 6a 00
    call exit                            ; 1003d3: e8 93 fd ff ff
    add esp, 4                           ; 1003d8: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003db: 5e
    pop ebx                              ; 1003dc: 5b
    pop ebp                              ; 1003dd: 5d
    ret                                  ; 1003de: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003df: 55
    mov ebp, esp                         ; 1003e0: 89 e5
    push ebx                             ; 1003e2: 53
    push esi                             ; 1003e3: 56
    mov esi, [ebp+8]                     ; 1003e4: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 1003e7: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 1003ea: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 1003ed: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003f0: a1 00 20 10 00
    push ecx                             ; 1003f5: 51
    push edx                             ; 1003f6: 52
    push ebx                             ; 1003f7: 53
    push esi                             ; 1003f8: 56
    call eax                             ; 1003f9: ff d0
    add esp, 0x10                        ; 1003fb: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003fe: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003ff: f4
    jmp short .L2                        ; 100400: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100402: 55
    mov ebp, esp                         ; 100403: 89 e5
    sub esp, 4                           ; 100405: 83 ec 04
    push ebx                             ; 100408: 53
    push esi                             ; 100409: 56
    push edi                             ; 10040a: 57
    mov eax, [ebp+8]                     ; 10040b: 8b 45 08
    mov [ebp-4], eax                     ; 10040e: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 100411: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100414: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100417: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 10041a: b8 14 11 10 00
    push eax                             ; 10041f: 50
    call print                           ; 100420: e8 60 fc ff ff
    add esp, 4                           ; 100425: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100428: 57
    call printU32                        ; 100429: e8 a3 fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 100431: b8 34 11 10 00
    push eax                             ; 100436: 50
    call print                           ; 100437: e8 49 fc ff ff
    add esp, 4                           ; 10043c: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10043f: 56
    call printU32                        ; 100440: e8 8c fc ff ff
    add esp, 4                           ; 100445: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 100448: b8 54 11 10 00
    push eax                             ; 10044d: 50
    call print                           ; 10044e: e8 32 fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 100456: ff 75 fc
    call print                           ; 100459: e8 27 fc ff ff
    add esp, 4                           ; 10045e: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 100461: b8 5c 11 10 00
    push eax                             ; 100466: 50
    call print                           ; 100467: e8 19 fc ff ff
    add esp, 4                           ; 10046c: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10046f: 53
    call printU32                        ; 100470: e8 5c fc ff ff
    add esp, 4                           ; 100475: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 100478: b8 48 10 10 00
    push eax                             ; 10047d: 50
    call println                         ; 10047e: e8 33 fc ff ff
    add esp, 4                           ; 100483: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100486: 5f
    pop esi                              ; 100487: 5e
    pop ebx                              ; 100488: 5b
    leave                                ; 100489: c9
    ret                                  ; 10048a: c3

__tskc_init:
    push ebp                             ; 10048b: 55
    mov ebp, esp                         ; 10048c: 89 e5
    mov dword [gdt], 3                   ; 10048e: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100498: c7 05 1c 30 10 00 00 01 00 00
    pop ebp                              ; 1004a2: 5d
    ret                                  ; 1004a3: c3

onInterrupt_entry:
.L0:
    push 0                               ; 1004a4: 6a 00
    push 0                               ; 1004a6: 6a 00
    jmp .L256                            ; 1004a8: e9 36 0a 00 00
.L1:
    push 0                               ; 1004ad: 6a 00
    push 1                               ; 1004af: 6a 01
    jmp .L256                            ; 1004b1: e9 2d 0a 00 00
.L2:
    push 0                               ; 1004b6: 6a 00
    push 2                               ; 1004b8: 6a 02
    jmp .L256                            ; 1004ba: e9 24 0a 00 00
.L3:
    push 0                               ; 1004bf: 6a 00
    push 3                               ; 1004c1: 6a 03
    jmp .L256                            ; 1004c3: e9 1b 0a 00 00
.L4:
    push 0                               ; 1004c8: 6a 00
    push 4                               ; 1004ca: 6a 04
    jmp .L256                            ; 1004cc: e9 12 0a 00 00
.L5:
    push 0                               ; 1004d1: 6a 00
    push 5                               ; 1004d3: 6a 05
    jmp .L256                            ; 1004d5: e9 09 0a 00 00
.L6:
    push 0                               ; 1004da: 6a 00
    push 6                               ; 1004dc: 6a 06
    jmp .L256                            ; 1004de: e9 00 0a 00 00
.L7:
    push 0                               ; 1004e3: 6a 00
    push 7                               ; 1004e5: 6a 07
    jmp .L256                            ; 1004e7: e9 f7 09 00 00
.L8:
    push 8                               ; 1004ec: 6a 08
    jmp .L256                            ; 1004ee: e9 f0 09 00 00
.L9:
    push 0                               ; 1004f3: 6a 00
    push 9                               ; 1004f5: 6a 09
    jmp .L256                            ; 1004f7: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004fc: 6a 0a
    jmp .L256                            ; 1004fe: e9 e0 09 00 00
.L11:
    push 0xb                             ; 100503: 6a 0b
    jmp .L256                            ; 100505: e9 d9 09 00 00
.L12:
    push 0xc                             ; 10050a: 6a 0c
    jmp .L256                            ; 10050c: e9 d2 09 00 00
.L13:
    push 0xd                             ; 100511: 6a 0d
    jmp .L256                            ; 100513: e9 cb 09 00 00
.L14:
    push 0xe                             ; 100518: 6a 0e
    jmp .L256                            ; 10051a: e9 c4 09 00 00
.L15:
    push 0                               ; 10051f: 6a 00
    push 0xf                             ; 100521: 6a 0f
    jmp .L256                            ; 100523: e9 bb 09 00 00
.L16:
    push 0                               ; 100528: 6a 00
    push 0x10                            ; 10052a: 6a 10
    jmp .L256                            ; 10052c: e9 b2 09 00 00
.L17:
    push 0x11                            ; 100531: 6a 11
    jmp .L256                            ; 100533: e9 ab 09 00 00
.L18:
    push 0                               ; 100538: 6a 00
    push 0x12                            ; 10053a: 6a 12
    jmp .L256                            ; 10053c: e9 a2 09 00 00
.L19:
    push 0                               ; 100541: 6a 00
    push 0x13                            ; 100543: 6a 13
    jmp .L256                            ; 100545: e9 99 09 00 00
.L20:
    push 0                               ; 10054a: 6a 00
    push 0x14                            ; 10054c: 6a 14
    jmp .L256                            ; 10054e: e9 90 09 00 00
.L21:
    push 0x15                            ; 100553: 6a 15
    jmp .L256                            ; 100555: e9 89 09 00 00
.L22:
    push 0                               ; 10055a: 6a 00
    push 0x16                            ; 10055c: 6a 16
    jmp .L256                            ; 10055e: e9 80 09 00 00
.L23:
    push 0                               ; 100563: 6a 00
    push 0x17                            ; 100565: 6a 17
    jmp .L256                            ; 100567: e9 77 09 00 00
.L24:
    push 0                               ; 10056c: 6a 00
    push 0x18                            ; 10056e: 6a 18
    jmp .L256                            ; 100570: e9 6e 09 00 00
.L25:
    push 0                               ; 100575: 6a 00
    push 0x19                            ; 100577: 6a 19
    jmp .L256                            ; 100579: e9 65 09 00 00
.L26:
    push 0                               ; 10057e: 6a 00
    push 0x1a                            ; 100580: 6a 1a
    jmp .L256                            ; 100582: e9 5c 09 00 00
.L27:
    push 0                               ; 100587: 6a 00
    push 0x1b                            ; 100589: 6a 1b
    jmp .L256                            ; 10058b: e9 53 09 00 00
.L28:
    push 0                               ; 100590: 6a 00
    push 0x1c                            ; 100592: 6a 1c
    jmp .L256                            ; 100594: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100599: 6a 1d
    jmp .L256                            ; 10059b: e9 43 09 00 00
.L30:
    push 0x1e                            ; 1005a0: 6a 1e
    jmp .L256                            ; 1005a2: e9 3c 09 00 00
.L31:
    push 0                               ; 1005a7: 6a 00
    push 0x1f                            ; 1005a9: 6a 1f
    jmp .L256                            ; 1005ab: e9 33 09 00 00
.L32:
    push 0                               ; 1005b0: 6a 00
    push 0x20                            ; 1005b2: 6a 20
    jmp .L256                            ; 1005b4: e9 2a 09 00 00
.L33:
    push 0                               ; 1005b9: 6a 00
    push 0x21                            ; 1005bb: 6a 21
    jmp .L256                            ; 1005bd: e9 21 09 00 00
.L34:
    push 0                               ; 1005c2: 6a 00
    push 0x22                            ; 1005c4: 6a 22
    jmp .L256                            ; 1005c6: e9 18 09 00 00
.L35:
    push 0                               ; 1005cb: 6a 00
    push 0x23                            ; 1005cd: 6a 23
    jmp .L256                            ; 1005cf: e9 0f 09 00 00
.L36:
    push 0                               ; 1005d4: 6a 00
    push 0x24                            ; 1005d6: 6a 24
    jmp .L256                            ; 1005d8: e9 06 09 00 00
.L37:
    push 0                               ; 1005dd: 6a 00
    push 0x25                            ; 1005df: 6a 25
    jmp .L256                            ; 1005e1: e9 fd 08 00 00
.L38:
    push 0                               ; 1005e6: 6a 00
    push 0x26                            ; 1005e8: 6a 26
    jmp .L256                            ; 1005ea: e9 f4 08 00 00
.L39:
    push 0                               ; 1005ef: 6a 00
    push 0x27                            ; 1005f1: 6a 27
    jmp .L256                            ; 1005f3: e9 eb 08 00 00
.L40:
    push 0                               ; 1005f8: 6a 00
    push 0x28                            ; 1005fa: 6a 28
    jmp .L256                            ; 1005fc: e9 e2 08 00 00
.L41:
    push 0                               ; 100601: 6a 00
    push 0x29                            ; 100603: 6a 29
    jmp .L256                            ; 100605: e9 d9 08 00 00
.L42:
    push 0                               ; 10060a: 6a 00
    push 0x2a                            ; 10060c: 6a 2a
    jmp .L256                            ; 10060e: e9 d0 08 00 00
.L43:
    push 0                               ; 100613: 6a 00
    push 0x2b                            ; 100615: 6a 2b
    jmp .L256                            ; 100617: e9 c7 08 00 00
.L44:
    push 0                               ; 10061c: 6a 00
    push 0x2c                            ; 10061e: 6a 2c
    jmp .L256                            ; 100620: e9 be 08 00 00
.L45:
    push 0                               ; 100625: 6a 00
    push 0x2d                            ; 100627: 6a 2d
    jmp .L256                            ; 100629: e9 b5 08 00 00
.L46:
    push 0                               ; 10062e: 6a 00
    push 0x2e                            ; 100630: 6a 2e
    jmp .L256                            ; 100632: e9 ac 08 00 00
.L47:
    push 0                               ; 100637: 6a 00
    push 0x2f                            ; 100639: 6a 2f
    jmp .L256                            ; 10063b: e9 a3 08 00 00
.L48:
    push 0                               ; 100640: 6a 00
    push 0x30                            ; 100642: 6a 30
    jmp .L256                            ; 100644: e9 9a 08 00 00
.L49:
    push 0                               ; 100649: 6a 00
    push 0x31                            ; 10064b: 6a 31
    jmp .L256                            ; 10064d: e9 91 08 00 00
.L50:
    push 0                               ; 100652: 6a 00
    push 0x32                            ; 100654: 6a 32
    jmp .L256                            ; 100656: e9 88 08 00 00
.L51:
    push 0                               ; 10065b: 6a 00
    push 0x33                            ; 10065d: 6a 33
    jmp .L256                            ; 10065f: e9 7f 08 00 00
.L52:
    push 0                               ; 100664: 6a 00
    push 0x34                            ; 100666: 6a 34
    jmp .L256                            ; 100668: e9 76 08 00 00
.L53:
    push 0                               ; 10066d: 6a 00
    push 0x35                            ; 10066f: 6a 35
    jmp .L256                            ; 100671: e9 6d 08 00 00
.L54:
    push 0                               ; 100676: 6a 00
    push 0x36                            ; 100678: 6a 36
    jmp .L256                            ; 10067a: e9 64 08 00 00
.L55:
    push 0                               ; 10067f: 6a 00
    push 0x37                            ; 100681: 6a 37
    jmp .L256                            ; 100683: e9 5b 08 00 00
.L56:
    push 0                               ; 100688: 6a 00
    push 0x38                            ; 10068a: 6a 38
    jmp .L256                            ; 10068c: e9 52 08 00 00
.L57:
    push 0                               ; 100691: 6a 00
    push 0x39                            ; 100693: 6a 39
    jmp .L256                            ; 100695: e9 49 08 00 00
.L58:
    push 0                               ; 10069a: 6a 00
    push 0x3a                            ; 10069c: 6a 3a
    jmp .L256                            ; 10069e: e9 40 08 00 00
.L59:
    push 0                               ; 1006a3: 6a 00
    push 0x3b                            ; 1006a5: 6a 3b
    jmp .L256                            ; 1006a7: e9 37 08 00 00
.L60:
    push 0                               ; 1006ac: 6a 00
    push 0x3c                            ; 1006ae: 6a 3c
    jmp .L256                            ; 1006b0: e9 2e 08 00 00
.L61:
    push 0                               ; 1006b5: 6a 00
    push 0x3d                            ; 1006b7: 6a 3d
    jmp .L256                            ; 1006b9: e9 25 08 00 00
.L62:
    push 0                               ; 1006be: 6a 00
    push 0x3e                            ; 1006c0: 6a 3e
    jmp .L256                            ; 1006c2: e9 1c 08 00 00
.L63:
    push 0                               ; 1006c7: 6a 00
    push 0x3f                            ; 1006c9: 6a 3f
    jmp .L256                            ; 1006cb: e9 13 08 00 00
.L64:
    push 0                               ; 1006d0: 6a 00
    push 0x40                            ; 1006d2: 6a 40
    jmp .L256                            ; 1006d4: e9 0a 08 00 00
.L65:
    push 0                               ; 1006d9: 6a 00
    push 0x41                            ; 1006db: 6a 41
    jmp .L256                            ; 1006dd: e9 01 08 00 00
.L66:
    push 0                               ; 1006e2: 6a 00
    push 0x42                            ; 1006e4: 6a 42
    jmp .L256                            ; 1006e6: e9 f8 07 00 00
.L67:
    push 0                               ; 1006eb: 6a 00
    push 0x43                            ; 1006ed: 6a 43
    jmp .L256                            ; 1006ef: e9 ef 07 00 00
.L68:
    push 0                               ; 1006f4: 6a 00
    push 0x44                            ; 1006f6: 6a 44
    jmp .L256                            ; 1006f8: e9 e6 07 00 00
.L69:
    push 0                               ; 1006fd: 6a 00
    push 0x45                            ; 1006ff: 6a 45
    jmp .L256                            ; 100701: e9 dd 07 00 00
.L70:
    push 0                               ; 100706: 6a 00
    push 0x46                            ; 100708: 6a 46
    jmp .L256                            ; 10070a: e9 d4 07 00 00
.L71:
    push 0                               ; 10070f: 6a 00
    push 0x47                            ; 100711: 6a 47
    jmp .L256                            ; 100713: e9 cb 07 00 00
.L72:
    push 0                               ; 100718: 6a 00
    push 0x48                            ; 10071a: 6a 48
    jmp .L256                            ; 10071c: e9 c2 07 00 00
.L73:
    push 0                               ; 100721: 6a 00
    push 0x49                            ; 100723: 6a 49
    jmp .L256                            ; 100725: e9 b9 07 00 00
.L74:
    push 0                               ; 10072a: 6a 00
    push 0x4a                            ; 10072c: 6a 4a
    jmp .L256                            ; 10072e: e9 b0 07 00 00
.L75:
    push 0                               ; 100733: 6a 00
    push 0x4b                            ; 100735: 6a 4b
    jmp .L256                            ; 100737: e9 a7 07 00 00
.L76:
    push 0                               ; 10073c: 6a 00
    push 0x4c                            ; 10073e: 6a 4c
    jmp .L256                            ; 100740: e9 9e 07 00 00
.L77:
    push 0                               ; 100745: 6a 00
    push 0x4d                            ; 100747: 6a 4d
    jmp .L256                            ; 100749: e9 95 07 00 00
.L78:
    push 0                               ; 10074e: 6a 00
    push 0x4e                            ; 100750: 6a 4e
    jmp .L256                            ; 100752: e9 8c 07 00 00
.L79:
    push 0                               ; 100757: 6a 00
    push 0x4f                            ; 100759: 6a 4f
    jmp .L256                            ; 10075b: e9 83 07 00 00
.L80:
    push 0                               ; 100760: 6a 00
    push 0x50                            ; 100762: 6a 50
    jmp .L256                            ; 100764: e9 7a 07 00 00
.L81:
    push 0                               ; 100769: 6a 00
    push 0x51                            ; 10076b: 6a 51
    jmp .L256                            ; 10076d: e9 71 07 00 00
.L82:
    push 0                               ; 100772: 6a 00
    push 0x52                            ; 100774: 6a 52
    jmp .L256                            ; 100776: e9 68 07 00 00
.L83:
    push 0                               ; 10077b: 6a 00
    push 0x53                            ; 10077d: 6a 53
    jmp .L256                            ; 10077f: e9 5f 07 00 00
.L84:
    push 0                               ; 100784: 6a 00
    push 0x54                            ; 100786: 6a 54
    jmp .L256                            ; 100788: e9 56 07 00 00
.L85:
    push 0                               ; 10078d: 6a 00
    push 0x55                            ; 10078f: 6a 55
    jmp .L256                            ; 100791: e9 4d 07 00 00
.L86:
    push 0                               ; 100796: 6a 00
    push 0x56                            ; 100798: 6a 56
    jmp .L256                            ; 10079a: e9 44 07 00 00
.L87:
    push 0                               ; 10079f: 6a 00
    push 0x57                            ; 1007a1: 6a 57
    jmp .L256                            ; 1007a3: e9 3b 07 00 00
.L88:
    push 0                               ; 1007a8: 6a 00
    push 0x58                            ; 1007aa: 6a 58
    jmp .L256                            ; 1007ac: e9 32 07 00 00
.L89:
    push 0                               ; 1007b1: 6a 00
    push 0x59                            ; 1007b3: 6a 59
    jmp .L256                            ; 1007b5: e9 29 07 00 00
.L90:
    push 0                               ; 1007ba: 6a 00
    push 0x5a                            ; 1007bc: 6a 5a
    jmp .L256                            ; 1007be: e9 20 07 00 00
.L91:
    push 0                               ; 1007c3: 6a 00
    push 0x5b                            ; 1007c5: 6a 5b
    jmp .L256                            ; 1007c7: e9 17 07 00 00
.L92:
    push 0                               ; 1007cc: 6a 00
    push 0x5c                            ; 1007ce: 6a 5c
    jmp .L256                            ; 1007d0: e9 0e 07 00 00
.L93:
    push 0                               ; 1007d5: 6a 00
    push 0x5d                            ; 1007d7: 6a 5d
    jmp .L256                            ; 1007d9: e9 05 07 00 00
.L94:
    push 0                               ; 1007de: 6a 00
    push 0x5e                            ; 1007e0: 6a 5e
    jmp .L256                            ; 1007e2: e9 fc 06 00 00
.L95:
    push 0                               ; 1007e7: 6a 00
    push 0x5f                            ; 1007e9: 6a 5f
    jmp .L256                            ; 1007eb: e9 f3 06 00 00
.L96:
    push 0                               ; 1007f0: 6a 00
    push 0x60                            ; 1007f2: 6a 60
    jmp .L256                            ; 1007f4: e9 ea 06 00 00
.L97:
    push 0                               ; 1007f9: 6a 00
    push 0x61                            ; 1007fb: 6a 61
    jmp .L256                            ; 1007fd: e9 e1 06 00 00
.L98:
    push 0                               ; 100802: 6a 00
    push 0x62                            ; 100804: 6a 62
    jmp .L256                            ; 100806: e9 d8 06 00 00
.L99:
    push 0                               ; 10080b: 6a 00
    push 0x63                            ; 10080d: 6a 63
    jmp .L256                            ; 10080f: e9 cf 06 00 00
.L100:
    push 0                               ; 100814: 6a 00
    push 0x64                            ; 100816: 6a 64
    jmp .L256                            ; 100818: e9 c6 06 00 00
.L101:
    push 0                               ; 10081d: 6a 00
    push 0x65                            ; 10081f: 6a 65
    jmp .L256                            ; 100821: e9 bd 06 00 00
.L102:
    push 0                               ; 100826: 6a 00
    push 0x66                            ; 100828: 6a 66
    jmp .L256                            ; 10082a: e9 b4 06 00 00
.L103:
    push 0                               ; 10082f: 6a 00
    push 0x67                            ; 100831: 6a 67
    jmp .L256                            ; 100833: e9 ab 06 00 00
.L104:
    push 0                               ; 100838: 6a 00
    push 0x68                            ; 10083a: 6a 68
    jmp .L256                            ; 10083c: e9 a2 06 00 00
.L105:
    push 0                               ; 100841: 6a 00
    push 0x69                            ; 100843: 6a 69
    jmp .L256                            ; 100845: e9 99 06 00 00
.L106:
    push 0                               ; 10084a: 6a 00
    push 0x6a                            ; 10084c: 6a 6a
    jmp .L256                            ; 10084e: e9 90 06 00 00
.L107:
    push 0                               ; 100853: 6a 00
    push 0x6b                            ; 100855: 6a 6b
    jmp .L256                            ; 100857: e9 87 06 00 00
.L108:
    push 0                               ; 10085c: 6a 00
    push 0x6c                            ; 10085e: 6a 6c
    jmp .L256                            ; 100860: e9 7e 06 00 00
.L109:
    push 0                               ; 100865: 6a 00
    push 0x6d                            ; 100867: 6a 6d
    jmp .L256                            ; 100869: e9 75 06 00 00
.L110:
    push 0                               ; 10086e: 6a 00
    push 0x6e                            ; 100870: 6a 6e
    jmp .L256                            ; 100872: e9 6c 06 00 00
.L111:
    push 0                               ; 100877: 6a 00
    push 0x6f                            ; 100879: 6a 6f
    jmp .L256                            ; 10087b: e9 63 06 00 00
.L112:
    push 0                               ; 100880: 6a 00
    push 0x70                            ; 100882: 6a 70
    jmp .L256                            ; 100884: e9 5a 06 00 00
.L113:
    push 0                               ; 100889: 6a 00
    push 0x71                            ; 10088b: 6a 71
    jmp .L256                            ; 10088d: e9 51 06 00 00
.L114:
    push 0                               ; 100892: 6a 00
    push 0x72                            ; 100894: 6a 72
    jmp .L256                            ; 100896: e9 48 06 00 00
.L115:
    push 0                               ; 10089b: 6a 00
    push 0x73                            ; 10089d: 6a 73
    jmp .L256                            ; 10089f: e9 3f 06 00 00
.L116:
    push 0                               ; 1008a4: 6a 00
    push 0x74                            ; 1008a6: 6a 74
    jmp .L256                            ; 1008a8: e9 36 06 00 00
.L117:
    push 0                               ; 1008ad: 6a 00
    push 0x75                            ; 1008af: 6a 75
    jmp .L256                            ; 1008b1: e9 2d 06 00 00
.L118:
    push 0                               ; 1008b6: 6a 00
    push 0x76                            ; 1008b8: 6a 76
    jmp .L256                            ; 1008ba: e9 24 06 00 00
.L119:
    push 0                               ; 1008bf: 6a 00
    push 0x77                            ; 1008c1: 6a 77
    jmp .L256                            ; 1008c3: e9 1b 06 00 00
.L120:
    push 0                               ; 1008c8: 6a 00
    push 0x78                            ; 1008ca: 6a 78
    jmp .L256                            ; 1008cc: e9 12 06 00 00
.L121:
    push 0                               ; 1008d1: 6a 00
    push 0x79                            ; 1008d3: 6a 79
    jmp .L256                            ; 1008d5: e9 09 06 00 00
.L122:
    push 0                               ; 1008da: 6a 00
    push 0x7a                            ; 1008dc: 6a 7a
    jmp .L256                            ; 1008de: e9 00 06 00 00
.L123:
    push 0                               ; 1008e3: 6a 00
    push 0x7b                            ; 1008e5: 6a 7b
    jmp .L256                            ; 1008e7: e9 f7 05 00 00
.L124:
    push 0                               ; 1008ec: 6a 00
    push 0x7c                            ; 1008ee: 6a 7c
    jmp .L256                            ; 1008f0: e9 ee 05 00 00
.L125:
    push 0                               ; 1008f5: 6a 00
    push 0x7d                            ; 1008f7: 6a 7d
    jmp .L256                            ; 1008f9: e9 e5 05 00 00
.L126:
    push 0                               ; 1008fe: 6a 00
    push 0x7e                            ; 100900: 6a 7e
    jmp .L256                            ; 100902: e9 dc 05 00 00
.L127:
    push 0                               ; 100907: 6a 00
    push 0x7f                            ; 100909: 6a 7f
    jmp .L256                            ; 10090b: e9 d3 05 00 00
.L128:
    push 0                               ; 100910: 6a 00
    push 0x80                            ; 100912: 68 80 00 00 00
    jmp .L256                            ; 100917: e9 c7 05 00 00
.L129:
    push 0                               ; 10091c: 6a 00
    push 0x81                            ; 10091e: 68 81 00 00 00
    jmp .L256                            ; 100923: e9 bb 05 00 00
.L130:
    push 0                               ; 100928: 6a 00
    push 0x82                            ; 10092a: 68 82 00 00 00
    jmp .L256                            ; 10092f: e9 af 05 00 00
.L131:
    push 0                               ; 100934: 6a 00
    push 0x83                            ; 100936: 68 83 00 00 00
    jmp .L256                            ; 10093b: e9 a3 05 00 00
.L132:
    push 0                               ; 100940: 6a 00
    push 0x84                            ; 100942: 68 84 00 00 00
    jmp .L256                            ; 100947: e9 97 05 00 00
.L133:
    push 0                               ; 10094c: 6a 00
    push 0x85                            ; 10094e: 68 85 00 00 00
    jmp .L256                            ; 100953: e9 8b 05 00 00
.L134:
    push 0                               ; 100958: 6a 00
    push 0x86                            ; 10095a: 68 86 00 00 00
    jmp .L256                            ; 10095f: e9 7f 05 00 00
.L135:
    push 0                               ; 100964: 6a 00
    push 0x87                            ; 100966: 68 87 00 00 00
    jmp .L256                            ; 10096b: e9 73 05 00 00
.L136:
    push 0                               ; 100970: 6a 00
    push 0x88                            ; 100972: 68 88 00 00 00
    jmp .L256                            ; 100977: e9 67 05 00 00
.L137:
    push 0                               ; 10097c: 6a 00
    push 0x89                            ; 10097e: 68 89 00 00 00
    jmp .L256                            ; 100983: e9 5b 05 00 00
.L138:
    push 0                               ; 100988: 6a 00
    push 0x8a                            ; 10098a: 68 8a 00 00 00
    jmp .L256                            ; 10098f: e9 4f 05 00 00
.L139:
    push 0                               ; 100994: 6a 00
    push 0x8b                            ; 100996: 68 8b 00 00 00
    jmp .L256                            ; 10099b: e9 43 05 00 00
.L140:
    push 0                               ; 1009a0: 6a 00
    push 0x8c                            ; 1009a2: 68 8c 00 00 00
    jmp .L256                            ; 1009a7: e9 37 05 00 00
.L141:
    push 0                               ; 1009ac: 6a 00
    push 0x8d                            ; 1009ae: 68 8d 00 00 00
    jmp .L256                            ; 1009b3: e9 2b 05 00 00
.L142:
    push 0                               ; 1009b8: 6a 00
    push 0x8e                            ; 1009ba: 68 8e 00 00 00
    jmp .L256                            ; 1009bf: e9 1f 05 00 00
.L143:
    push 0                               ; 1009c4: 6a 00
    push 0x8f                            ; 1009c6: 68 8f 00 00 00
    jmp .L256                            ; 1009cb: e9 13 05 00 00
.L144:
    push 0                               ; 1009d0: 6a 00
    push 0x90                            ; 1009d2: 68 90 00 00 00
    jmp .L256                            ; 1009d7: e9 07 05 00 00
.L145:
    push 0                               ; 1009dc: 6a 00
    push 0x91                            ; 1009de: 68 91 00 00 00
    jmp .L256                            ; 1009e3: e9 fb 04 00 00
.L146:
    push 0                               ; 1009e8: 6a 00
    push 0x92                            ; 1009ea: 68 92 00 00 00
    jmp .L256                            ; 1009ef: e9 ef 04 00 00
.L147:
    push 0                               ; 1009f4: 6a 00
    push 0x93                            ; 1009f6: 68 93 00 00 00
    jmp .L256                            ; 1009fb: e9 e3 04 00 00
.L148:
    push 0                               ; 100a00: 6a 00
    push 0x94                            ; 100a02: 68 94 00 00 00
    jmp .L256                            ; 100a07: e9 d7 04 00 00
.L149:
    push 0                               ; 100a0c: 6a 00
    push 0x95                            ; 100a0e: 68 95 00 00 00
    jmp .L256                            ; 100a13: e9 cb 04 00 00
.L150:
    push 0                               ; 100a18: 6a 00
    push 0x96                            ; 100a1a: 68 96 00 00 00
    jmp .L256                            ; 100a1f: e9 bf 04 00 00
.L151:
    push 0                               ; 100a24: 6a 00
    push 0x97                            ; 100a26: 68 97 00 00 00
    jmp .L256                            ; 100a2b: e9 b3 04 00 00
.L152:
    push 0                               ; 100a30: 6a 00
    push 0x98                            ; 100a32: 68 98 00 00 00
    jmp .L256                            ; 100a37: e9 a7 04 00 00
.L153:
    push 0                               ; 100a3c: 6a 00
    push 0x99                            ; 100a3e: 68 99 00 00 00
    jmp .L256                            ; 100a43: e9 9b 04 00 00
.L154:
    push 0                               ; 100a48: 6a 00
    push 0x9a                            ; 100a4a: 68 9a 00 00 00
    jmp .L256                            ; 100a4f: e9 8f 04 00 00
.L155:
    push 0                               ; 100a54: 6a 00
    push 0x9b                            ; 100a56: 68 9b 00 00 00
    jmp .L256                            ; 100a5b: e9 83 04 00 00
.L156:
    push 0                               ; 100a60: 6a 00
    push 0x9c                            ; 100a62: 68 9c 00 00 00
    jmp .L256                            ; 100a67: e9 77 04 00 00
.L157:
    push 0                               ; 100a6c: 6a 00
    push 0x9d                            ; 100a6e: 68 9d 00 00 00
    jmp .L256                            ; 100a73: e9 6b 04 00 00
.L158:
    push 0                               ; 100a78: 6a 00
    push 0x9e                            ; 100a7a: 68 9e 00 00 00
    jmp .L256                            ; 100a7f: e9 5f 04 00 00
.L159:
    push 0                               ; 100a84: 6a 00
    push 0x9f                            ; 100a86: 68 9f 00 00 00
    jmp .L256                            ; 100a8b: e9 53 04 00 00
.L160:
    push 0                               ; 100a90: 6a 00
    push 0xa0                            ; 100a92: 68 a0 00 00 00
    jmp .L256                            ; 100a97: e9 47 04 00 00
.L161:
    push 0                               ; 100a9c: 6a 00
    push 0xa1                            ; 100a9e: 68 a1 00 00 00
    jmp .L256                            ; 100aa3: e9 3b 04 00 00
.L162:
    push 0                               ; 100aa8: 6a 00
    push 0xa2                            ; 100aaa: 68 a2 00 00 00
    jmp .L256                            ; 100aaf: e9 2f 04 00 00
.L163:
    push 0                               ; 100ab4: 6a 00
    push 0xa3                            ; 100ab6: 68 a3 00 00 00
    jmp .L256                            ; 100abb: e9 23 04 00 00
.L164:
    push 0                               ; 100ac0: 6a 00
    push 0xa4                            ; 100ac2: 68 a4 00 00 00
    jmp .L256                            ; 100ac7: e9 17 04 00 00
.L165:
    push 0                               ; 100acc: 6a 00
    push 0xa5                            ; 100ace: 68 a5 00 00 00
    jmp .L256                            ; 100ad3: e9 0b 04 00 00
.L166:
    push 0                               ; 100ad8: 6a 00
    push 0xa6                            ; 100ada: 68 a6 00 00 00
    jmp .L256                            ; 100adf: e9 ff 03 00 00
.L167:
    push 0                               ; 100ae4: 6a 00
    push 0xa7                            ; 100ae6: 68 a7 00 00 00
    jmp .L256                            ; 100aeb: e9 f3 03 00 00
.L168:
    push 0                               ; 100af0: 6a 00
    push 0xa8                            ; 100af2: 68 a8 00 00 00
    jmp .L256                            ; 100af7: e9 e7 03 00 00
.L169:
    push 0                               ; 100afc: 6a 00
    push 0xa9                            ; 100afe: 68 a9 00 00 00
    jmp .L256                            ; 100b03: e9 db 03 00 00
.L170:
    push 0                               ; 100b08: 6a 00
    push 0xaa                            ; 100b0a: 68 aa 00 00 00
    jmp .L256                            ; 100b0f: e9 cf 03 00 00
.L171:
    push 0                               ; 100b14: 6a 00
    push 0xab                            ; 100b16: 68 ab 00 00 00
    jmp .L256                            ; 100b1b: e9 c3 03 00 00
.L172:
    push 0                               ; 100b20: 6a 00
    push 0xac                            ; 100b22: 68 ac 00 00 00
    jmp .L256                            ; 100b27: e9 b7 03 00 00
.L173:
    push 0                               ; 100b2c: 6a 00
    push 0xad                            ; 100b2e: 68 ad 00 00 00
    jmp .L256                            ; 100b33: e9 ab 03 00 00
.L174:
    push 0                               ; 100b38: 6a 00
    push 0xae                            ; 100b3a: 68 ae 00 00 00
    jmp .L256                            ; 100b3f: e9 9f 03 00 00
.L175:
    push 0                               ; 100b44: 6a 00
    push 0xaf                            ; 100b46: 68 af 00 00 00
    jmp .L256                            ; 100b4b: e9 93 03 00 00
.L176:
    push 0                               ; 100b50: 6a 00
    push 0xb0                            ; 100b52: 68 b0 00 00 00
    jmp .L256                            ; 100b57: e9 87 03 00 00
.L177:
    push 0                               ; 100b5c: 6a 00
    push 0xb1                            ; 100b5e: 68 b1 00 00 00
    jmp .L256                            ; 100b63: e9 7b 03 00 00
.L178:
    push 0                               ; 100b68: 6a 00
    push 0xb2                            ; 100b6a: 68 b2 00 00 00
    jmp .L256                            ; 100b6f: e9 6f 03 00 00
.L179:
    push 0                               ; 100b74: 6a 00
    push 0xb3                            ; 100b76: 68 b3 00 00 00
    jmp .L256                            ; 100b7b: e9 63 03 00 00
.L180:
    push 0                               ; 100b80: 6a 00
    push 0xb4                            ; 100b82: 68 b4 00 00 00
    jmp .L256                            ; 100b87: e9 57 03 00 00
.L181:
    push 0                               ; 100b8c: 6a 00
    push 0xb5                            ; 100b8e: 68 b5 00 00 00
    jmp .L256                            ; 100b93: e9 4b 03 00 00
.L182:
    push 0                               ; 100b98: 6a 00
    push 0xb6                            ; 100b9a: 68 b6 00 00 00
    jmp .L256                            ; 100b9f: e9 3f 03 00 00
.L183:
    push 0                               ; 100ba4: 6a 00
    push 0xb7                            ; 100ba6: 68 b7 00 00 00
    jmp .L256                            ; 100bab: e9 33 03 00 00
.L184:
    push 0                               ; 100bb0: 6a 00
    push 0xb8                            ; 100bb2: 68 b8 00 00 00
    jmp .L256                            ; 100bb7: e9 27 03 00 00
.L185:
    push 0                               ; 100bbc: 6a 00
    push 0xb9                            ; 100bbe: 68 b9 00 00 00
    jmp .L256                            ; 100bc3: e9 1b 03 00 00
.L186:
    push 0                               ; 100bc8: 6a 00
    push 0xba                            ; 100bca: 68 ba 00 00 00
    jmp .L256                            ; 100bcf: e9 0f 03 00 00
.L187:
    push 0                               ; 100bd4: 6a 00
    push 0xbb                            ; 100bd6: 68 bb 00 00 00
    jmp .L256                            ; 100bdb: e9 03 03 00 00
.L188:
    push 0                               ; 100be0: 6a 00
    push 0xbc                            ; 100be2: 68 bc 00 00 00
    jmp .L256                            ; 100be7: e9 f7 02 00 00
.L189:
    push 0                               ; 100bec: 6a 00
    push 0xbd                            ; 100bee: 68 bd 00 00 00
    jmp .L256                            ; 100bf3: e9 eb 02 00 00
.L190:
    push 0                               ; 100bf8: 6a 00
    push 0xbe                            ; 100bfa: 68 be 00 00 00
    jmp .L256                            ; 100bff: e9 df 02 00 00
.L191:
    push 0                               ; 100c04: 6a 00
    push 0xbf                            ; 100c06: 68 bf 00 00 00
    jmp .L256                            ; 100c0b: e9 d3 02 00 00
.L192:
    push 0                               ; 100c10: 6a 00
    push 0xc0                            ; 100c12: 68 c0 00 00 00
    jmp .L256                            ; 100c17: e9 c7 02 00 00
.L193:
    push 0                               ; 100c1c: 6a 00
    push 0xc1                            ; 100c1e: 68 c1 00 00 00
    jmp .L256                            ; 100c23: e9 bb 02 00 00
.L194:
    push 0                               ; 100c28: 6a 00
    push 0xc2                            ; 100c2a: 68 c2 00 00 00
    jmp .L256                            ; 100c2f: e9 af 02 00 00
.L195:
    push 0                               ; 100c34: 6a 00
    push 0xc3                            ; 100c36: 68 c3 00 00 00
    jmp .L256                            ; 100c3b: e9 a3 02 00 00
.L196:
    push 0                               ; 100c40: 6a 00
    push 0xc4                            ; 100c42: 68 c4 00 00 00
    jmp .L256                            ; 100c47: e9 97 02 00 00
.L197:
    push 0                               ; 100c4c: 6a 00
    push 0xc5                            ; 100c4e: 68 c5 00 00 00
    jmp .L256                            ; 100c53: e9 8b 02 00 00
.L198:
    push 0                               ; 100c58: 6a 00
    push 0xc6                            ; 100c5a: 68 c6 00 00 00
    jmp .L256                            ; 100c5f: e9 7f 02 00 00
.L199:
    push 0                               ; 100c64: 6a 00
    push 0xc7                            ; 100c66: 68 c7 00 00 00
    jmp .L256                            ; 100c6b: e9 73 02 00 00
.L200:
    push 0                               ; 100c70: 6a 00
    push 0xc8                            ; 100c72: 68 c8 00 00 00
    jmp .L256                            ; 100c77: e9 67 02 00 00
.L201:
    push 0                               ; 100c7c: 6a 00
    push 0xc9                            ; 100c7e: 68 c9 00 00 00
    jmp .L256                            ; 100c83: e9 5b 02 00 00
.L202:
    push 0                               ; 100c88: 6a 00
    push 0xca                            ; 100c8a: 68 ca 00 00 00
    jmp .L256                            ; 100c8f: e9 4f 02 00 00
.L203:
    push 0                               ; 100c94: 6a 00
    push 0xcb                            ; 100c96: 68 cb 00 00 00
    jmp .L256                            ; 100c9b: e9 43 02 00 00
.L204:
    push 0                               ; 100ca0: 6a 00
    push 0xcc                            ; 100ca2: 68 cc 00 00 00
    jmp .L256                            ; 100ca7: e9 37 02 00 00
.L205:
    push 0                               ; 100cac: 6a 00
    push 0xcd                            ; 100cae: 68 cd 00 00 00
    jmp .L256                            ; 100cb3: e9 2b 02 00 00
.L206:
    push 0                               ; 100cb8: 6a 00
    push 0xce                            ; 100cba: 68 ce 00 00 00
    jmp .L256                            ; 100cbf: e9 1f 02 00 00
.L207:
    push 0                               ; 100cc4: 6a 00
    push 0xcf                            ; 100cc6: 68 cf 00 00 00
    jmp .L256                            ; 100ccb: e9 13 02 00 00
.L208:
    push 0                               ; 100cd0: 6a 00
    push 0xd0                            ; 100cd2: 68 d0 00 00 00
    jmp .L256                            ; 100cd7: e9 07 02 00 00
.L209:
    push 0                               ; 100cdc: 6a 00
    push 0xd1                            ; 100cde: 68 d1 00 00 00
    jmp .L256                            ; 100ce3: e9 fb 01 00 00
.L210:
    push 0                               ; 100ce8: 6a 00
    push 0xd2                            ; 100cea: 68 d2 00 00 00
    jmp .L256                            ; 100cef: e9 ef 01 00 00
.L211:
    push 0                               ; 100cf4: 6a 00
    push 0xd3                            ; 100cf6: 68 d3 00 00 00
    jmp .L256                            ; 100cfb: e9 e3 01 00 00
.L212:
    push 0                               ; 100d00: 6a 00
    push 0xd4                            ; 100d02: 68 d4 00 00 00
    jmp .L256                            ; 100d07: e9 d7 01 00 00
.L213:
    push 0                               ; 100d0c: 6a 00
    push 0xd5                            ; 100d0e: 68 d5 00 00 00
    jmp .L256                            ; 100d13: e9 cb 01 00 00
.L214:
    push 0                               ; 100d18: 6a 00
    push 0xd6                            ; 100d1a: 68 d6 00 00 00
    jmp .L256                            ; 100d1f: e9 bf 01 00 00
.L215:
    push 0                               ; 100d24: 6a 00
    push 0xd7                            ; 100d26: 68 d7 00 00 00
    jmp .L256                            ; 100d2b: e9 b3 01 00 00
.L216:
    push 0                               ; 100d30: 6a 00
    push 0xd8                            ; 100d32: 68 d8 00 00 00
    jmp .L256                            ; 100d37: e9 a7 01 00 00
.L217:
    push 0                               ; 100d3c: 6a 00
    push 0xd9                            ; 100d3e: 68 d9 00 00 00
    jmp .L256                            ; 100d43: e9 9b 01 00 00
.L218:
    push 0                               ; 100d48: 6a 00
    push 0xda                            ; 100d4a: 68 da 00 00 00
    jmp .L256                            ; 100d4f: e9 8f 01 00 00
.L219:
    push 0                               ; 100d54: 6a 00
    push 0xdb                            ; 100d56: 68 db 00 00 00
    jmp .L256                            ; 100d5b: e9 83 01 00 00
.L220:
    push 0                               ; 100d60: 6a 00
    push 0xdc                            ; 100d62: 68 dc 00 00 00
    jmp .L256                            ; 100d67: e9 77 01 00 00
.L221:
    push 0                               ; 100d6c: 6a 00
    push 0xdd                            ; 100d6e: 68 dd 00 00 00
    jmp .L256                            ; 100d73: e9 6b 01 00 00
.L222:
    push 0                               ; 100d78: 6a 00
    push 0xde                            ; 100d7a: 68 de 00 00 00
    jmp .L256                            ; 100d7f: e9 5f 01 00 00
.L223:
    push 0                               ; 100d84: 6a 00
    push 0xdf                            ; 100d86: 68 df 00 00 00
    jmp .L256                            ; 100d8b: e9 53 01 00 00
.L224:
    push 0                               ; 100d90: 6a 00
    push 0xe0                            ; 100d92: 68 e0 00 00 00
    jmp .L256                            ; 100d97: e9 47 01 00 00
.L225:
    push 0                               ; 100d9c: 6a 00
    push 0xe1                            ; 100d9e: 68 e1 00 00 00
    jmp .L256                            ; 100da3: e9 3b 01 00 00
.L226:
    push 0                               ; 100da8: 6a 00
    push 0xe2                            ; 100daa: 68 e2 00 00 00
    jmp .L256                            ; 100daf: e9 2f 01 00 00
.L227:
    push 0                               ; 100db4: 6a 00
    push 0xe3                            ; 100db6: 68 e3 00 00 00
    jmp .L256                            ; 100dbb: e9 23 01 00 00
.L228:
    push 0                               ; 100dc0: 6a 00
    push 0xe4                            ; 100dc2: 68 e4 00 00 00
    jmp .L256                            ; 100dc7: e9 17 01 00 00
.L229:
    push 0                               ; 100dcc: 6a 00
    push 0xe5                            ; 100dce: 68 e5 00 00 00
    jmp .L256                            ; 100dd3: e9 0b 01 00 00
.L230:
    push 0                               ; 100dd8: 6a 00
    push 0xe6                            ; 100dda: 68 e6 00 00 00
    jmp .L256                            ; 100ddf: e9 ff 00 00 00
.L231:
    push 0                               ; 100de4: 6a 00
    push 0xe7                            ; 100de6: 68 e7 00 00 00
    jmp .L256                            ; 100deb: e9 f3 00 00 00
.L232:
    push 0                               ; 100df0: 6a 00
    push 0xe8                            ; 100df2: 68 e8 00 00 00
    jmp .L256                            ; 100df7: e9 e7 00 00 00
.L233:
    push 0                               ; 100dfc: 6a 00
    push 0xe9                            ; 100dfe: 68 e9 00 00 00
    jmp .L256                            ; 100e03: e9 db 00 00 00
.L234:
    push 0                               ; 100e08: 6a 00
    push 0xea                            ; 100e0a: 68 ea 00 00 00
    jmp .L256                            ; 100e0f: e9 cf 00 00 00
.L235:
    push 0                               ; 100e14: 6a 00
    push 0xeb                            ; 100e16: 68 eb 00 00 00
    jmp .L256                            ; 100e1b: e9 c3 00 00 00
.L236:
    push 0                               ; 100e20: 6a 00
    push 0xec                            ; 100e22: 68 ec 00 00 00
    jmp .L256                            ; 100e27: e9 b7 00 00 00
.L237:
    push 0                               ; 100e2c: 6a 00
    push 0xed                            ; 100e2e: 68 ed 00 00 00
    jmp .L256                            ; 100e33: e9 ab 00 00 00
.L238:
    push 0                               ; 100e38: 6a 00
    push 0xee                            ; 100e3a: 68 ee 00 00 00
    jmp .L256                            ; 100e3f: e9 9f 00 00 00
.L239:
    push 0                               ; 100e44: 6a 00
    push 0xef                            ; 100e46: 68 ef 00 00 00
    jmp .L256                            ; 100e4b: e9 93 00 00 00
.L240:
    push 0                               ; 100e50: 6a 00
    push 0xf0                            ; 100e52: 68 f0 00 00 00
    jmp .L256                            ; 100e57: e9 87 00 00 00
.L241:
    push 0                               ; 100e5c: 6a 00
    push 0xf1                            ; 100e5e: 68 f1 00 00 00
    jmp short .L256                      ; 100e63: eb 7e
.L242:
    push 0                               ; 100e65: 6a 00
    push 0xf2                            ; 100e67: 68 f2 00 00 00
    jmp short .L256                      ; 100e6c: eb 75
.L243:
    push 0                               ; 100e6e: 6a 00
    push 0xf3                            ; 100e70: 68 f3 00 00 00
    jmp short .L256                      ; 100e75: eb 6c
.L244:
    push 0                               ; 100e77: 6a 00
    push 0xf4                            ; 100e79: 68 f4 00 00 00
    jmp short .L256                      ; 100e7e: eb 63
.L245:
    push 0                               ; 100e80: 6a 00
    push 0xf5                            ; 100e82: 68 f5 00 00 00
    jmp short .L256                      ; 100e87: eb 5a
.L246:
    push 0                               ; 100e89: 6a 00
    push 0xf6                            ; 100e8b: 68 f6 00 00 00
    jmp short .L256                      ; 100e90: eb 51
.L247:
    push 0                               ; 100e92: 6a 00
    push 0xf7                            ; 100e94: 68 f7 00 00 00
    jmp short .L256                      ; 100e99: eb 48
.L248:
    push 0                               ; 100e9b: 6a 00
    push 0xf8                            ; 100e9d: 68 f8 00 00 00
    jmp short .L256                      ; 100ea2: eb 3f
.L249:
    push 0                               ; 100ea4: 6a 00
    push 0xf9                            ; 100ea6: 68 f9 00 00 00
    jmp short .L256                      ; 100eab: eb 36
.L250:
    push 0                               ; 100ead: 6a 00
    push 0xfa                            ; 100eaf: 68 fa 00 00 00
    jmp short .L256                      ; 100eb4: eb 2d
.L251:
    push 0                               ; 100eb6: 6a 00
    push 0xfb                            ; 100eb8: 68 fb 00 00 00
    jmp short .L256                      ; 100ebd: eb 24
.L252:
    push 0                               ; 100ebf: 6a 00
    push 0xfc                            ; 100ec1: 68 fc 00 00 00
    jmp short .L256                      ; 100ec6: eb 1b
.L253:
    push 0                               ; 100ec8: 6a 00
    push 0xfd                            ; 100eca: 68 fd 00 00 00
    jmp short .L256                      ; 100ecf: eb 12
.L254:
    push 0                               ; 100ed1: 6a 00
    push 0xfe                            ; 100ed3: 68 fe 00 00 00
    jmp short .L256                      ; 100ed8: eb 09
.L255:
    push 0                               ; 100eda: 6a 00
    push 0xff                            ; 100edc: 68 ff 00 00 00
    jmp short .L256                      ; 100ee1: eb 00
.L256:
    push ds                              ; 100ee3: 1e
    push es                              ; 100ee4: 06
    push fs                              ; 100ee5: 0f a0
    push gs                              ; 100ee7: 0f a8
    pusha                                ; 100ee9: 60
    mov eax, ss                          ; 100eea: 8c d0
    mov ds, eax                          ; 100eec: 8e d8
    mov es, eax                          ; 100eee: 8e c0
    mov fs, eax                          ; 100ef0: 8e e0
    mov gs, eax                          ; 100ef2: 8e e8
    cld                                  ; 100ef4: fc
    push esp                             ; 100ef5: 54
    call onInterrupt                     ; 100ef6: e8 93 f2 ff ff
    add esp, 4                           ; 100efb: 83 c4 04
    popa                                 ; 100efe: 61
    pop gs                               ; 100eff: 0f a9
    pop fs                               ; 100f01: 0f a1
    pop es                               ; 100f03: 07
    pop ds                               ; 100f04: 1f
    add esp, 8                           ; 100f05: 83 c4 08
    iret                                 ; 100f08: cf

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
