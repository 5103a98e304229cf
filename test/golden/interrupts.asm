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
    call __tskc_init                     ; 10003b: e8 19 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 ad 01 00 00
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

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 1000f8: 55
    mov ebp, esp                         ; 1000f9: 89 e5
    push ebx                             ; 1000fb: 53
    push esi                             ; 1000fc: 56
    mov ebx, [ebp+8]                     ; 1000fd: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100100: b8 1c 10 10 00
    push eax                             ; 100105: 50
    call print                           ; 100106: e8 68 ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10010e: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100113: 89 d8
    mov ecx, esi                         ; 100115: 89 f1
    shr eax, cl                          ; 100117: d3 e8
    and eax, 0xf                         ; 100119: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10011c: 83 f8 0a
    jb short .L5                         ; 10011f: 72 0b
    jmp short .L6                        ; 100121: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100123: 83 ee 04
    jmp short .L2                        ; 100126: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100128: 5e
    pop ebx                              ; 100129: 5b
    pop ebp                              ; 10012a: 5d
    ret                                  ; 10012b: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10012c: 89 c1
    add ecx, 0x30                        ; 10012e: 83 c1 30
    jmp short .L7                        ; 100131: eb 05
.L6:
    mov ecx, eax                         ; 100133: 89 c1
    add ecx, 0x57                        ; 100135: 83 c1 57
.L7:
    movzx eax, cl                        ; 100138: 0f b6 c1
    push eax                             ; 10013b: 50
    call putc                            ; 10013c: e8 0a ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100144: 83 fe 00
    je short .L4                         ; 100147: 74 df
    jmp short .L3                        ; 100149: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10014b: 55
    mov ebp, esp                         ; 10014c: 89 e5
    mov eax, [ebp+8]                     ; 10014e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100151: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100153: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100154: f4
    jmp short .L2                        ; 100155: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    push ebp                             ; 100157: 55
    mov ebp, esp                         ; 100158: 89 e5
    mov eax, [ebp+8]                     ; 10015a: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10015d: 8b 4d 0c
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 100160: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [eax+5], cl                      ; 100165: 88 48 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 100168: c6 40 06 cf
    ; test/golden/interrupts.ts:43: }
    pop ebp                              ; 10016c: 5d
    ret                                  ; 10016d: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebp                             ; 10016e: 55
    mov ebp, esp                         ; 10016f: 89 e5
    push ebx                             ; 100171: 53
    mov ebx, [ebp+8]                     ; 100172: 8b 5d 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100175: b8 24 10 10 00
    push eax                             ; 10017a: 50
    call print                           ; 10017b: e8 f3 fe ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 100183: 8b 43 30
    push eax                             ; 100186: 50
    call printU32                        ; 100187: e8 2f ff ff ff
    add esp, 4                           ; 10018c: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 10018f: b8 34 10 10 00
    push eax                             ; 100194: 50
    call print                           ; 100195: e8 d9 fe ff ff
    add esp, 4                           ; 10019a: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 10019d: 8b 43 34
    push eax                             ; 1001a0: 50
    call printHex                        ; 1001a1: e8 52 ff ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 1001a9: b8 40 10 10 00
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 bf fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001b7: 8b 43 3c
    push eax                             ; 1001ba: 50
    call printHex                        ; 1001bb: e8 38 ff ff ff
    add esp, 4                           ; 1001c0: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001c3: b8 48 10 10 00
    push eax                             ; 1001c8: 50
    call println                         ; 1001c9: e8 d2 fe ff ff
    add esp, 4                           ; 1001ce: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    mov eax, [ebx+0x30]                  ; 1001d1: 8b 43 30
    cmp eax, 0x41                        ; 1001d4: 83 f8 41
    jne short .L2                        ; 1001d7: 75 07
    mov dword [ebx+0x1c], 0x2a           ; 1001d9: c7 43 1c 2a 00 00 00
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    mov eax, [ebx+0x30]                  ; 1001e0: 8b 43 30
    cmp eax, 0xd                         ; 1001e3: 83 f8 0d
    jne short .L5                        ; 1001e6: 75 09
    mov eax, [ebx+0x38]                  ; 1001e8: 8b 43 38
    add eax, 2                           ; 1001eb: 83 c0 02
    mov [ebx+0x38], eax                  ; 1001ee: 89 43 38
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001f1: 5b
    pop ebp                              ; 1001f2: 5d
    ret                                  ; 1001f3: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    push ebx                             ; 1001f7: 53
    push esi                             ; 1001f8: 56
    mov eax, gdt+12                      ; 1001f9: b8 0c 30 10 00
    push 0x9a                            ; 1001fe: 68 9a 00 00 00
    push eax                             ; 100203: 50
    call flatSegment                     ; 100204: e8 4e ff ff ff
    add esp, 8                           ; 100209: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 10020c: b8 14 30 10 00
    push 0x92                            ; 100211: 68 92 00 00 00
    push eax                             ; 100216: 50
    call flatSegment                     ; 100217: e8 3b ff ff ff
    add esp, 8                           ; 10021c: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 10021f: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100228: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 10022d: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    mov eax, gdtPointer                  ; 100232: b8 20 38 10 00
    lgdt [eax]                           ; 100237: 0f 01 10
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 10023a: b8 10 00 00 00
    mov ds, eax                          ; 10023f: 8e d8
    mov es, eax                          ; 100241: 8e c0
    mov fs, eax                          ; 100243: 8e e0
    mov gs, eax                          ; 100245: 8e e8
    mov ss, eax                          ; 100247: 8e d0
    mov eax, 8                           ; 100249: b8 08 00 00 00
    push eax                             ; 10024e: 50
    call 0x100254                        ; 10024f: e8 00 00 00 00
    add dword [esp], 5                   ; 100254: 83 04 24 05
    retf                                 ; 100258: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 100259: b8 4c 10 10 00
    push eax                             ; 10025e: 50
    call println                         ; 10025f: e8 3c fe ff ff
    add esp, 4                           ; 100264: 83 c4 04
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    mov eax, 0                           ; 100267: b8 00 00 00 00
.L1:
    cmp eax, 0x100                       ; 10026c: 3d 00 01 00 00
    jge short .L4                        ; 100271: 7d 30
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov ecx, idt+4                       ; 100273: b9 20 30 10 00
    imul edx, eax, 8                     ; 100278: 6b d0 08
    add ecx, edx                         ; 10027b: 01 d1
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov edx, [eax*4+onInterrupt_stubs+4] ; 10027d: 8b 14 85 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx ebx, dx                        ; 100284: 0f b7 da
    mov [ecx], bx                        ; 100287: 66 89 19
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ecx+2], 8                  ; 10028a: 66 c7 41 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ecx+5], 0x8e               ; 100290: c6 41 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr edx, 0x10                        ; 100294: c1 ea 10
    movzx edx, dx                        ; 100297: 0f b7 d2
    mov [ecx+6], dx                      ; 10029a: 66 89 51 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add eax, 1                           ; 10029e: 83 c0 01
    jmp short .L1                        ; 1002a1: eb c9
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 1002a3: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002ac: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002b1: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    mov eax, idtPointer                  ; 1002b6: b8 28 38 10 00
    lidt [eax]                           ; 1002bb: 0f 01 18
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002be: b8 7c 10 10 00
    push eax                             ; 1002c3: 50
    call println                         ; 1002c4: e8 d7 fd ff ff
    add esp, 4                           ; 1002c9: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002cc: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002cd: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002cf: cd 41
    mov ebx, eax                         ; 1002d1: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002d3: b8 8c 10 10 00
    push eax                             ; 1002d8: 50
    call print                           ; 1002d9: e8 95 fd ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002e1: 53
    call printU32                        ; 1002e2: e8 d4 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov eax, str_5                       ; 1002ea: b8 48 10 10 00
    push eax                             ; 1002ef: 50
    call println                         ; 1002f0: e8 ab fd ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 1002f8: b8 34 12 00 00
    mov ds, eax                          ; 1002fd: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 1002ff: b8 a4 10 10 00
    push eax                             ; 100304: 50
    call println                         ; 100305: e8 96 fd ff ff
    add esp, 4                           ; 10030a: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 10030d: b8 bc 10 10 00
    push eax                             ; 100312: 50
    call print                           ; 100313: e8 5b fd ff ff
    add esp, 4                           ; 100318: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 10031b: 0f 20 c0
    and eax, 1                           ; 10031e: 83 e0 01
    cmp eax, 0                           ; 100321: 83 f8 00
    je short .L15                        ; 100324: 74 07
    mov eax, str_12                      ; 100326: b8 d0 10 10 00
    jmp short .L16                       ; 10032b: eb 05
.L15:
    mov eax, str_13                      ; 10032d: b8 d8 10 10 00
.L16:
    push eax                             ; 100332: 50
    call println                         ; 100333: e8 68 fd ff ff
    add esp, 4                           ; 100338: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 10033b: b8 e0 10 10 00
    push eax                             ; 100340: 50
    call print                           ; 100341: e8 2d fd ff ff
    add esp, 4                           ; 100346: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100349: 9c
    pop eax                              ; 10034a: 58
    and eax, 0x200                       ; 10034b: 25 00 02 00 00
    cmp eax, 0                           ; 100350: 83 f8 00
    je short .L19                        ; 100353: 74 07
    mov eax, str_12                      ; 100355: b8 d0 10 10 00
    jmp short .L20                       ; 10035a: eb 05
.L19:
    mov eax, str_13                      ; 10035c: b8 d8 10 10 00
.L20:
    push eax                             ; 100361: 50
    call println                         ; 100362: e8 39 fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 10036a: b8 f8 10 10 00
    push eax                             ; 10036f: 50
    call print                           ; 100370: e8 fe fc ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100378: bb 14 00 00 00
    mov esi, 0x16                        ; 10037d: be 16 00 00 00
    mov eax, ebx                         ; 100382: 89 d8
    add eax, esi                         ; 100384: 01 f0
    push eax                             ; 100386: 50
    call printU32                        ; 100387: e8 2f fd ff ff
    add esp, 4                           ; 10038c: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    mov eax, str_5                       ; 10038f: b8 48 10 10 00
    push eax                             ; 100394: 50
    call println                         ; 100395: e8 06 fd ff ff
    add esp, 4                           ; 10039a: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 10039d: 6a 00
    call exit                            ; 10039f: e8 a7 fd ff ff
    add esp, 4                           ; 1003a4: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop esi                              ; 1003a7: 5e
    pop ebx                              ; 1003a8: 5b
    pop ebp                              ; 1003a9: 5d
    ret                                  ; 1003aa: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003ab: 55
    mov ebp, esp                         ; 1003ac: 89 e5
    push ebx                             ; 1003ae: 53
    push esi                             ; 1003af: 56
    mov eax, [ebp+8]                     ; 1003b0: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 1003b3: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 1003b6: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 1003b9: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 1003bc: 8b 35 00 20 10 00
    push ebx                             ; 1003c2: 53
    push edx                             ; 1003c3: 52
    push ecx                             ; 1003c4: 51
    push eax                             ; 1003c5: 50
    call esi                             ; 1003c6: ff d6
    add esp, 0x10                        ; 1003c8: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 1003cb: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 1003cc: f4
    jmp short .L2                        ; 1003cd: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 1003cf: 55
    mov ebp, esp                         ; 1003d0: 89 e5
    sub esp, 4                           ; 1003d2: 83 ec 04
    push ebx                             ; 1003d5: 53
    push esi                             ; 1003d6: 56
    push edi                             ; 1003d7: 57
    mov ebx, [ebp+8]                     ; 1003d8: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 1003db: 8b 45 0c
    mov [ebp-4], eax                     ; 1003de: 89 45 fc
    mov esi, [ebp+0x10]                  ; 1003e1: 8b 75 10
    mov edi, [ebp+0x14]                  ; 1003e4: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003e7: b8 14 11 10 00
    push eax                             ; 1003ec: 50
    call print                           ; 1003ed: e8 81 fc ff ff
    add esp, 4                           ; 1003f2: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 1003f5: 56
    call printU32                        ; 1003f6: e8 c0 fc ff ff
    add esp, 4                           ; 1003fb: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_17                      ; 1003fe: b8 34 11 10 00
    push eax                             ; 100403: 50
    call print                           ; 100404: e8 6a fc ff ff
    add esp, 4                           ; 100409: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10040c: 57
    call printU32                        ; 10040d: e8 a9 fc ff ff
    add esp, 4                           ; 100412: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_18                      ; 100415: b8 54 11 10 00
    push eax                             ; 10041a: 50
    call print                           ; 10041b: e8 53 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100423: 53
    call print                           ; 100424: e8 4a fc ff ff
    add esp, 4                           ; 100429: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_19                      ; 10042c: b8 5c 11 10 00
    push eax                             ; 100431: 50
    call print                           ; 100432: e8 3c fc ff ff
    add esp, 4                           ; 100437: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10043a: 8b 45 fc
    push eax                             ; 10043d: 50
    call printU32                        ; 10043e: e8 78 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_5                       ; 100446: b8 48 10 10 00
    push eax                             ; 10044b: 50
    call println                         ; 10044c: e8 4f fc ff ff
    add esp, 4                           ; 100451: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100454: 5f
    pop esi                              ; 100455: 5e
    pop ebx                              ; 100456: 5b
    leave                                ; 100457: c9
    ret                                  ; 100458: c3

__tskc_init:
    push ebp                             ; 100459: 55
    mov ebp, esp                         ; 10045a: 89 e5
    mov dword [gdt], 3                   ; 10045c: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100466: c7 05 1c 30 10 00 00 01 00 00
    pop ebp                              ; 100470: 5d
    ret                                  ; 100471: c3

onInterrupt_entry:
.L0:
    push 0                               ; 100472: 6a 00
    push 0                               ; 100474: 6a 00
    jmp .L256                            ; 100476: e9 36 0a 00 00
.L1:
    push 0                               ; 10047b: 6a 00
    push 1                               ; 10047d: 6a 01
    jmp .L256                            ; 10047f: e9 2d 0a 00 00
.L2:
    push 0                               ; 100484: 6a 00
    push 2                               ; 100486: 6a 02
    jmp .L256                            ; 100488: e9 24 0a 00 00
.L3:
    push 0                               ; 10048d: 6a 00
    push 3                               ; 10048f: 6a 03
    jmp .L256                            ; 100491: e9 1b 0a 00 00
.L4:
    push 0                               ; 100496: 6a 00
    push 4                               ; 100498: 6a 04
    jmp .L256                            ; 10049a: e9 12 0a 00 00
.L5:
    push 0                               ; 10049f: 6a 00
    push 5                               ; 1004a1: 6a 05
    jmp .L256                            ; 1004a3: e9 09 0a 00 00
.L6:
    push 0                               ; 1004a8: 6a 00
    push 6                               ; 1004aa: 6a 06
    jmp .L256                            ; 1004ac: e9 00 0a 00 00
.L7:
    push 0                               ; 1004b1: 6a 00
    push 7                               ; 1004b3: 6a 07
    jmp .L256                            ; 1004b5: e9 f7 09 00 00
.L8:
    push 8                               ; 1004ba: 6a 08
    jmp .L256                            ; 1004bc: e9 f0 09 00 00
.L9:
    push 0                               ; 1004c1: 6a 00
    push 9                               ; 1004c3: 6a 09
    jmp .L256                            ; 1004c5: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004ca: 6a 0a
    jmp .L256                            ; 1004cc: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004d1: 6a 0b
    jmp .L256                            ; 1004d3: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004d8: 6a 0c
    jmp .L256                            ; 1004da: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004df: 6a 0d
    jmp .L256                            ; 1004e1: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004e6: 6a 0e
    jmp .L256                            ; 1004e8: e9 c4 09 00 00
.L15:
    push 0                               ; 1004ed: 6a 00
    push 0xf                             ; 1004ef: 6a 0f
    jmp .L256                            ; 1004f1: e9 bb 09 00 00
.L16:
    push 0                               ; 1004f6: 6a 00
    push 0x10                            ; 1004f8: 6a 10
    jmp .L256                            ; 1004fa: e9 b2 09 00 00
.L17:
    push 0x11                            ; 1004ff: 6a 11
    jmp .L256                            ; 100501: e9 ab 09 00 00
.L18:
    push 0                               ; 100506: 6a 00
    push 0x12                            ; 100508: 6a 12
    jmp .L256                            ; 10050a: e9 a2 09 00 00
.L19:
    push 0                               ; 10050f: 6a 00
    push 0x13                            ; 100511: 6a 13
    jmp .L256                            ; 100513: e9 99 09 00 00
.L20:
    push 0                               ; 100518: 6a 00
    push 0x14                            ; 10051a: 6a 14
    jmp .L256                            ; 10051c: e9 90 09 00 00
.L21:
    push 0x15                            ; 100521: 6a 15
    jmp .L256                            ; 100523: e9 89 09 00 00
.L22:
    push 0                               ; 100528: 6a 00
    push 0x16                            ; 10052a: 6a 16
    jmp .L256                            ; 10052c: e9 80 09 00 00
.L23:
    push 0                               ; 100531: 6a 00
    push 0x17                            ; 100533: 6a 17
    jmp .L256                            ; 100535: e9 77 09 00 00
.L24:
    push 0                               ; 10053a: 6a 00
    push 0x18                            ; 10053c: 6a 18
    jmp .L256                            ; 10053e: e9 6e 09 00 00
.L25:
    push 0                               ; 100543: 6a 00
    push 0x19                            ; 100545: 6a 19
    jmp .L256                            ; 100547: e9 65 09 00 00
.L26:
    push 0                               ; 10054c: 6a 00
    push 0x1a                            ; 10054e: 6a 1a
    jmp .L256                            ; 100550: e9 5c 09 00 00
.L27:
    push 0                               ; 100555: 6a 00
    push 0x1b                            ; 100557: 6a 1b
    jmp .L256                            ; 100559: e9 53 09 00 00
.L28:
    push 0                               ; 10055e: 6a 00
    push 0x1c                            ; 100560: 6a 1c
    jmp .L256                            ; 100562: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100567: 6a 1d
    jmp .L256                            ; 100569: e9 43 09 00 00
.L30:
    push 0x1e                            ; 10056e: 6a 1e
    jmp .L256                            ; 100570: e9 3c 09 00 00
.L31:
    push 0                               ; 100575: 6a 00
    push 0x1f                            ; 100577: 6a 1f
    jmp .L256                            ; 100579: e9 33 09 00 00
.L32:
    push 0                               ; 10057e: 6a 00
    push 0x20                            ; 100580: 6a 20
    jmp .L256                            ; 100582: e9 2a 09 00 00
.L33:
    push 0                               ; 100587: 6a 00
    push 0x21                            ; 100589: 6a 21
    jmp .L256                            ; 10058b: e9 21 09 00 00
.L34:
    push 0                               ; 100590: 6a 00
    push 0x22                            ; 100592: 6a 22
    jmp .L256                            ; 100594: e9 18 09 00 00
.L35:
    push 0                               ; 100599: 6a 00
    push 0x23                            ; 10059b: 6a 23
    jmp .L256                            ; 10059d: e9 0f 09 00 00
.L36:
    push 0                               ; 1005a2: 6a 00
    push 0x24                            ; 1005a4: 6a 24
    jmp .L256                            ; 1005a6: e9 06 09 00 00
.L37:
    push 0                               ; 1005ab: 6a 00
    push 0x25                            ; 1005ad: 6a 25
    jmp .L256                            ; 1005af: e9 fd 08 00 00
.L38:
    push 0                               ; 1005b4: 6a 00
    push 0x26                            ; 1005b6: 6a 26
    jmp .L256                            ; 1005b8: e9 f4 08 00 00
.L39:
    push 0                               ; 1005bd: 6a 00
    push 0x27                            ; 1005bf: 6a 27
    jmp .L256                            ; 1005c1: e9 eb 08 00 00
.L40:
    push 0                               ; 1005c6: 6a 00
    push 0x28                            ; 1005c8: 6a 28
    jmp .L256                            ; 1005ca: e9 e2 08 00 00
.L41:
    push 0                               ; 1005cf: 6a 00
    push 0x29                            ; 1005d1: 6a 29
    jmp .L256                            ; 1005d3: e9 d9 08 00 00
.L42:
    push 0                               ; 1005d8: 6a 00
    push 0x2a                            ; 1005da: 6a 2a
    jmp .L256                            ; 1005dc: e9 d0 08 00 00
.L43:
    push 0                               ; 1005e1: 6a 00
    push 0x2b                            ; 1005e3: 6a 2b
    jmp .L256                            ; 1005e5: e9 c7 08 00 00
.L44:
    push 0                               ; 1005ea: 6a 00
    push 0x2c                            ; 1005ec: 6a 2c
    jmp .L256                            ; 1005ee: e9 be 08 00 00
.L45:
    push 0                               ; 1005f3: 6a 00
    push 0x2d                            ; 1005f5: 6a 2d
    jmp .L256                            ; 1005f7: e9 b5 08 00 00
.L46:
    push 0                               ; 1005fc: 6a 00
    push 0x2e                            ; 1005fe: 6a 2e
    jmp .L256                            ; 100600: e9 ac 08 00 00
.L47:
    push 0                               ; 100605: 6a 00
    push 0x2f                            ; 100607: 6a 2f
    jmp .L256                            ; 100609: e9 a3 08 00 00
.L48:
    push 0                               ; 10060e: 6a 00
    push 0x30                            ; 100610: 6a 30
    jmp .L256                            ; 100612: e9 9a 08 00 00
.L49:
    push 0                               ; 100617: 6a 00
    push 0x31                            ; 100619: 6a 31
    jmp .L256                            ; 10061b: e9 91 08 00 00
.L50:
    push 0                               ; 100620: 6a 00
    push 0x32                            ; 100622: 6a 32
    jmp .L256                            ; 100624: e9 88 08 00 00
.L51:
    push 0                               ; 100629: 6a 00
    push 0x33                            ; 10062b: 6a 33
    jmp .L256                            ; 10062d: e9 7f 08 00 00
.L52:
    push 0                               ; 100632: 6a 00
    push 0x34                            ; 100634: 6a 34
    jmp .L256                            ; 100636: e9 76 08 00 00
.L53:
    push 0                               ; 10063b: 6a 00
    push 0x35                            ; 10063d: 6a 35
    jmp .L256                            ; 10063f: e9 6d 08 00 00
.L54:
    push 0                               ; 100644: 6a 00
    push 0x36                            ; 100646: 6a 36
    jmp .L256                            ; 100648: e9 64 08 00 00
.L55:
    push 0                               ; 10064d: 6a 00
    push 0x37                            ; 10064f: 6a 37
    jmp .L256                            ; 100651: e9 5b 08 00 00
.L56:
    push 0                               ; 100656: 6a 00
    push 0x38                            ; 100658: 6a 38
    jmp .L256                            ; 10065a: e9 52 08 00 00
.L57:
    push 0                               ; 10065f: 6a 00
    push 0x39                            ; 100661: 6a 39
    jmp .L256                            ; 100663: e9 49 08 00 00
.L58:
    push 0                               ; 100668: 6a 00
    push 0x3a                            ; 10066a: 6a 3a
    jmp .L256                            ; 10066c: e9 40 08 00 00
.L59:
    push 0                               ; 100671: 6a 00
    push 0x3b                            ; 100673: 6a 3b
    jmp .L256                            ; 100675: e9 37 08 00 00
.L60:
    push 0                               ; 10067a: 6a 00
    push 0x3c                            ; 10067c: 6a 3c
    jmp .L256                            ; 10067e: e9 2e 08 00 00
.L61:
    push 0                               ; 100683: 6a 00
    push 0x3d                            ; 100685: 6a 3d
    jmp .L256                            ; 100687: e9 25 08 00 00
.L62:
    push 0                               ; 10068c: 6a 00
    push 0x3e                            ; 10068e: 6a 3e
    jmp .L256                            ; 100690: e9 1c 08 00 00
.L63:
    push 0                               ; 100695: 6a 00
    push 0x3f                            ; 100697: 6a 3f
    jmp .L256                            ; 100699: e9 13 08 00 00
.L64:
    push 0                               ; 10069e: 6a 00
    push 0x40                            ; 1006a0: 6a 40
    jmp .L256                            ; 1006a2: e9 0a 08 00 00
.L65:
    push 0                               ; 1006a7: 6a 00
    push 0x41                            ; 1006a9: 6a 41
    jmp .L256                            ; 1006ab: e9 01 08 00 00
.L66:
    push 0                               ; 1006b0: 6a 00
    push 0x42                            ; 1006b2: 6a 42
    jmp .L256                            ; 1006b4: e9 f8 07 00 00
.L67:
    push 0                               ; 1006b9: 6a 00
    push 0x43                            ; 1006bb: 6a 43
    jmp .L256                            ; 1006bd: e9 ef 07 00 00
.L68:
    push 0                               ; 1006c2: 6a 00
    push 0x44                            ; 1006c4: 6a 44
    jmp .L256                            ; 1006c6: e9 e6 07 00 00
.L69:
    push 0                               ; 1006cb: 6a 00
    push 0x45                            ; 1006cd: 6a 45
    jmp .L256                            ; 1006cf: e9 dd 07 00 00
.L70:
    push 0                               ; 1006d4: 6a 00
    push 0x46                            ; 1006d6: 6a 46
    jmp .L256                            ; 1006d8: e9 d4 07 00 00
.L71:
    push 0                               ; 1006dd: 6a 00
    push 0x47                            ; 1006df: 6a 47
    jmp .L256                            ; 1006e1: e9 cb 07 00 00
.L72:
    push 0                               ; 1006e6: 6a 00
    push 0x48                            ; 1006e8: 6a 48
    jmp .L256                            ; 1006ea: e9 c2 07 00 00
.L73:
    push 0                               ; 1006ef: 6a 00
    push 0x49                            ; 1006f1: 6a 49
    jmp .L256                            ; 1006f3: e9 b9 07 00 00
.L74:
    push 0                               ; 1006f8: 6a 00
    push 0x4a                            ; 1006fa: 6a 4a
    jmp .L256                            ; 1006fc: e9 b0 07 00 00
.L75:
    push 0                               ; 100701: 6a 00
    push 0x4b                            ; 100703: 6a 4b
    jmp .L256                            ; 100705: e9 a7 07 00 00
.L76:
    push 0                               ; 10070a: 6a 00
    push 0x4c                            ; 10070c: 6a 4c
    jmp .L256                            ; 10070e: e9 9e 07 00 00
.L77:
    push 0                               ; 100713: 6a 00
    push 0x4d                            ; 100715: 6a 4d
    jmp .L256                            ; 100717: e9 95 07 00 00
.L78:
    push 0                               ; 10071c: 6a 00
    push 0x4e                            ; 10071e: 6a 4e
    jmp .L256                            ; 100720: e9 8c 07 00 00
.L79:
    push 0                               ; 100725: 6a 00
    push 0x4f                            ; 100727: 6a 4f
    jmp .L256                            ; 100729: e9 83 07 00 00
.L80:
    push 0                               ; 10072e: 6a 00
    push 0x50                            ; 100730: 6a 50
    jmp .L256                            ; 100732: e9 7a 07 00 00
.L81:
    push 0                               ; 100737: 6a 00
    push 0x51                            ; 100739: 6a 51
    jmp .L256                            ; 10073b: e9 71 07 00 00
.L82:
    push 0                               ; 100740: 6a 00
    push 0x52                            ; 100742: 6a 52
    jmp .L256                            ; 100744: e9 68 07 00 00
.L83:
    push 0                               ; 100749: 6a 00
    push 0x53                            ; 10074b: 6a 53
    jmp .L256                            ; 10074d: e9 5f 07 00 00
.L84:
    push 0                               ; 100752: 6a 00
    push 0x54                            ; 100754: 6a 54
    jmp .L256                            ; 100756: e9 56 07 00 00
.L85:
    push 0                               ; 10075b: 6a 00
    push 0x55                            ; 10075d: 6a 55
    jmp .L256                            ; 10075f: e9 4d 07 00 00
.L86:
    push 0                               ; 100764: 6a 00
    push 0x56                            ; 100766: 6a 56
    jmp .L256                            ; 100768: e9 44 07 00 00
.L87:
    push 0                               ; 10076d: 6a 00
    push 0x57                            ; 10076f: 6a 57
    jmp .L256                            ; 100771: e9 3b 07 00 00
.L88:
    push 0                               ; 100776: 6a 00
    push 0x58                            ; 100778: 6a 58
    jmp .L256                            ; 10077a: e9 32 07 00 00
.L89:
    push 0                               ; 10077f: 6a 00
    push 0x59                            ; 100781: 6a 59
    jmp .L256                            ; 100783: e9 29 07 00 00
.L90:
    push 0                               ; 100788: 6a 00
    push 0x5a                            ; 10078a: 6a 5a
    jmp .L256                            ; 10078c: e9 20 07 00 00
.L91:
    push 0                               ; 100791: 6a 00
    push 0x5b                            ; 100793: 6a 5b
    jmp .L256                            ; 100795: e9 17 07 00 00
.L92:
    push 0                               ; 10079a: 6a 00
    push 0x5c                            ; 10079c: 6a 5c
    jmp .L256                            ; 10079e: e9 0e 07 00 00
.L93:
    push 0                               ; 1007a3: 6a 00
    push 0x5d                            ; 1007a5: 6a 5d
    jmp .L256                            ; 1007a7: e9 05 07 00 00
.L94:
    push 0                               ; 1007ac: 6a 00
    push 0x5e                            ; 1007ae: 6a 5e
    jmp .L256                            ; 1007b0: e9 fc 06 00 00
.L95:
    push 0                               ; 1007b5: 6a 00
    push 0x5f                            ; 1007b7: 6a 5f
    jmp .L256                            ; 1007b9: e9 f3 06 00 00
.L96:
    push 0                               ; 1007be: 6a 00
    push 0x60                            ; 1007c0: 6a 60
    jmp .L256                            ; 1007c2: e9 ea 06 00 00
.L97:
    push 0                               ; 1007c7: 6a 00
    push 0x61                            ; 1007c9: 6a 61
    jmp .L256                            ; 1007cb: e9 e1 06 00 00
.L98:
    push 0                               ; 1007d0: 6a 00
    push 0x62                            ; 1007d2: 6a 62
    jmp .L256                            ; 1007d4: e9 d8 06 00 00
.L99:
    push 0                               ; 1007d9: 6a 00
    push 0x63                            ; 1007db: 6a 63
    jmp .L256                            ; 1007dd: e9 cf 06 00 00
.L100:
    push 0                               ; 1007e2: 6a 00
    push 0x64                            ; 1007e4: 6a 64
    jmp .L256                            ; 1007e6: e9 c6 06 00 00
.L101:
    push 0                               ; 1007eb: 6a 00
    push 0x65                            ; 1007ed: 6a 65
    jmp .L256                            ; 1007ef: e9 bd 06 00 00
.L102:
    push 0                               ; 1007f4: 6a 00
    push 0x66                            ; 1007f6: 6a 66
    jmp .L256                            ; 1007f8: e9 b4 06 00 00
.L103:
    push 0                               ; 1007fd: 6a 00
    push 0x67                            ; 1007ff: 6a 67
    jmp .L256                            ; 100801: e9 ab 06 00 00
.L104:
    push 0                               ; 100806: 6a 00
    push 0x68                            ; 100808: 6a 68
    jmp .L256                            ; 10080a: e9 a2 06 00 00
.L105:
    push 0                               ; 10080f: 6a 00
    push 0x69                            ; 100811: 6a 69
    jmp .L256                            ; 100813: e9 99 06 00 00
.L106:
    push 0                               ; 100818: 6a 00
    push 0x6a                            ; 10081a: 6a 6a
    jmp .L256                            ; 10081c: e9 90 06 00 00
.L107:
    push 0                               ; 100821: 6a 00
    push 0x6b                            ; 100823: 6a 6b
    jmp .L256                            ; 100825: e9 87 06 00 00
.L108:
    push 0                               ; 10082a: 6a 00
    push 0x6c                            ; 10082c: 6a 6c
    jmp .L256                            ; 10082e: e9 7e 06 00 00
.L109:
    push 0                               ; 100833: 6a 00
    push 0x6d                            ; 100835: 6a 6d
    jmp .L256                            ; 100837: e9 75 06 00 00
.L110:
    push 0                               ; 10083c: 6a 00
    push 0x6e                            ; 10083e: 6a 6e
    jmp .L256                            ; 100840: e9 6c 06 00 00
.L111:
    push 0                               ; 100845: 6a 00
    push 0x6f                            ; 100847: 6a 6f
    jmp .L256                            ; 100849: e9 63 06 00 00
.L112:
    push 0                               ; 10084e: 6a 00
    push 0x70                            ; 100850: 6a 70
    jmp .L256                            ; 100852: e9 5a 06 00 00
.L113:
    push 0                               ; 100857: 6a 00
    push 0x71                            ; 100859: 6a 71
    jmp .L256                            ; 10085b: e9 51 06 00 00
.L114:
    push 0                               ; 100860: 6a 00
    push 0x72                            ; 100862: 6a 72
    jmp .L256                            ; 100864: e9 48 06 00 00
.L115:
    push 0                               ; 100869: 6a 00
    push 0x73                            ; 10086b: 6a 73
    jmp .L256                            ; 10086d: e9 3f 06 00 00
.L116:
    push 0                               ; 100872: 6a 00
    push 0x74                            ; 100874: 6a 74
    jmp .L256                            ; 100876: e9 36 06 00 00
.L117:
    push 0                               ; 10087b: 6a 00
    push 0x75                            ; 10087d: 6a 75
    jmp .L256                            ; 10087f: e9 2d 06 00 00
.L118:
    push 0                               ; 100884: 6a 00
    push 0x76                            ; 100886: 6a 76
    jmp .L256                            ; 100888: e9 24 06 00 00
.L119:
    push 0                               ; 10088d: 6a 00
    push 0x77                            ; 10088f: 6a 77
    jmp .L256                            ; 100891: e9 1b 06 00 00
.L120:
    push 0                               ; 100896: 6a 00
    push 0x78                            ; 100898: 6a 78
    jmp .L256                            ; 10089a: e9 12 06 00 00
.L121:
    push 0                               ; 10089f: 6a 00
    push 0x79                            ; 1008a1: 6a 79
    jmp .L256                            ; 1008a3: e9 09 06 00 00
.L122:
    push 0                               ; 1008a8: 6a 00
    push 0x7a                            ; 1008aa: 6a 7a
    jmp .L256                            ; 1008ac: e9 00 06 00 00
.L123:
    push 0                               ; 1008b1: 6a 00
    push 0x7b                            ; 1008b3: 6a 7b
    jmp .L256                            ; 1008b5: e9 f7 05 00 00
.L124:
    push 0                               ; 1008ba: 6a 00
    push 0x7c                            ; 1008bc: 6a 7c
    jmp .L256                            ; 1008be: e9 ee 05 00 00
.L125:
    push 0                               ; 1008c3: 6a 00
    push 0x7d                            ; 1008c5: 6a 7d
    jmp .L256                            ; 1008c7: e9 e5 05 00 00
.L126:
    push 0                               ; 1008cc: 6a 00
    push 0x7e                            ; 1008ce: 6a 7e
    jmp .L256                            ; 1008d0: e9 dc 05 00 00
.L127:
    push 0                               ; 1008d5: 6a 00
    push 0x7f                            ; 1008d7: 6a 7f
    jmp .L256                            ; 1008d9: e9 d3 05 00 00
.L128:
    push 0                               ; 1008de: 6a 00
    push 0x80                            ; 1008e0: 68 80 00 00 00
    jmp .L256                            ; 1008e5: e9 c7 05 00 00
.L129:
    push 0                               ; 1008ea: 6a 00
    push 0x81                            ; 1008ec: 68 81 00 00 00
    jmp .L256                            ; 1008f1: e9 bb 05 00 00
.L130:
    push 0                               ; 1008f6: 6a 00
    push 0x82                            ; 1008f8: 68 82 00 00 00
    jmp .L256                            ; 1008fd: e9 af 05 00 00
.L131:
    push 0                               ; 100902: 6a 00
    push 0x83                            ; 100904: 68 83 00 00 00
    jmp .L256                            ; 100909: e9 a3 05 00 00
.L132:
    push 0                               ; 10090e: 6a 00
    push 0x84                            ; 100910: 68 84 00 00 00
    jmp .L256                            ; 100915: e9 97 05 00 00
.L133:
    push 0                               ; 10091a: 6a 00
    push 0x85                            ; 10091c: 68 85 00 00 00
    jmp .L256                            ; 100921: e9 8b 05 00 00
.L134:
    push 0                               ; 100926: 6a 00
    push 0x86                            ; 100928: 68 86 00 00 00
    jmp .L256                            ; 10092d: e9 7f 05 00 00
.L135:
    push 0                               ; 100932: 6a 00
    push 0x87                            ; 100934: 68 87 00 00 00
    jmp .L256                            ; 100939: e9 73 05 00 00
.L136:
    push 0                               ; 10093e: 6a 00
    push 0x88                            ; 100940: 68 88 00 00 00
    jmp .L256                            ; 100945: e9 67 05 00 00
.L137:
    push 0                               ; 10094a: 6a 00
    push 0x89                            ; 10094c: 68 89 00 00 00
    jmp .L256                            ; 100951: e9 5b 05 00 00
.L138:
    push 0                               ; 100956: 6a 00
    push 0x8a                            ; 100958: 68 8a 00 00 00
    jmp .L256                            ; 10095d: e9 4f 05 00 00
.L139:
    push 0                               ; 100962: 6a 00
    push 0x8b                            ; 100964: 68 8b 00 00 00
    jmp .L256                            ; 100969: e9 43 05 00 00
.L140:
    push 0                               ; 10096e: 6a 00
    push 0x8c                            ; 100970: 68 8c 00 00 00
    jmp .L256                            ; 100975: e9 37 05 00 00
.L141:
    push 0                               ; 10097a: 6a 00
    push 0x8d                            ; 10097c: 68 8d 00 00 00
    jmp .L256                            ; 100981: e9 2b 05 00 00
.L142:
    push 0                               ; 100986: 6a 00
    push 0x8e                            ; 100988: 68 8e 00 00 00
    jmp .L256                            ; 10098d: e9 1f 05 00 00
.L143:
    push 0                               ; 100992: 6a 00
    push 0x8f                            ; 100994: 68 8f 00 00 00
    jmp .L256                            ; 100999: e9 13 05 00 00
.L144:
    push 0                               ; 10099e: 6a 00
    push 0x90                            ; 1009a0: 68 90 00 00 00
    jmp .L256                            ; 1009a5: e9 07 05 00 00
.L145:
    push 0                               ; 1009aa: 6a 00
    push 0x91                            ; 1009ac: 68 91 00 00 00
    jmp .L256                            ; 1009b1: e9 fb 04 00 00
.L146:
    push 0                               ; 1009b6: 6a 00
    push 0x92                            ; 1009b8: 68 92 00 00 00
    jmp .L256                            ; 1009bd: e9 ef 04 00 00
.L147:
    push 0                               ; 1009c2: 6a 00
    push 0x93                            ; 1009c4: 68 93 00 00 00
    jmp .L256                            ; 1009c9: e9 e3 04 00 00
.L148:
    push 0                               ; 1009ce: 6a 00
    push 0x94                            ; 1009d0: 68 94 00 00 00
    jmp .L256                            ; 1009d5: e9 d7 04 00 00
.L149:
    push 0                               ; 1009da: 6a 00
    push 0x95                            ; 1009dc: 68 95 00 00 00
    jmp .L256                            ; 1009e1: e9 cb 04 00 00
.L150:
    push 0                               ; 1009e6: 6a 00
    push 0x96                            ; 1009e8: 68 96 00 00 00
    jmp .L256                            ; 1009ed: e9 bf 04 00 00
.L151:
    push 0                               ; 1009f2: 6a 00
    push 0x97                            ; 1009f4: 68 97 00 00 00
    jmp .L256                            ; 1009f9: e9 b3 04 00 00
.L152:
    push 0                               ; 1009fe: 6a 00
    push 0x98                            ; 100a00: 68 98 00 00 00
    jmp .L256                            ; 100a05: e9 a7 04 00 00
.L153:
    push 0                               ; 100a0a: 6a 00
    push 0x99                            ; 100a0c: 68 99 00 00 00
    jmp .L256                            ; 100a11: e9 9b 04 00 00
.L154:
    push 0                               ; 100a16: 6a 00
    push 0x9a                            ; 100a18: 68 9a 00 00 00
    jmp .L256                            ; 100a1d: e9 8f 04 00 00
.L155:
    push 0                               ; 100a22: 6a 00
    push 0x9b                            ; 100a24: 68 9b 00 00 00
    jmp .L256                            ; 100a29: e9 83 04 00 00
.L156:
    push 0                               ; 100a2e: 6a 00
    push 0x9c                            ; 100a30: 68 9c 00 00 00
    jmp .L256                            ; 100a35: e9 77 04 00 00
.L157:
    push 0                               ; 100a3a: 6a 00
    push 0x9d                            ; 100a3c: 68 9d 00 00 00
    jmp .L256                            ; 100a41: e9 6b 04 00 00
.L158:
    push 0                               ; 100a46: 6a 00
    push 0x9e                            ; 100a48: 68 9e 00 00 00
    jmp .L256                            ; 100a4d: e9 5f 04 00 00
.L159:
    push 0                               ; 100a52: 6a 00
    push 0x9f                            ; 100a54: 68 9f 00 00 00
    jmp .L256                            ; 100a59: e9 53 04 00 00
.L160:
    push 0                               ; 100a5e: 6a 00
    push 0xa0                            ; 100a60: 68 a0 00 00 00
    jmp .L256                            ; 100a65: e9 47 04 00 00
.L161:
    push 0                               ; 100a6a: 6a 00
    push 0xa1                            ; 100a6c: 68 a1 00 00 00
    jmp .L256                            ; 100a71: e9 3b 04 00 00
.L162:
    push 0                               ; 100a76: 6a 00
    push 0xa2                            ; 100a78: 68 a2 00 00 00
    jmp .L256                            ; 100a7d: e9 2f 04 00 00
.L163:
    push 0                               ; 100a82: 6a 00
    push 0xa3                            ; 100a84: 68 a3 00 00 00
    jmp .L256                            ; 100a89: e9 23 04 00 00
.L164:
    push 0                               ; 100a8e: 6a 00
    push 0xa4                            ; 100a90: 68 a4 00 00 00
    jmp .L256                            ; 100a95: e9 17 04 00 00
.L165:
    push 0                               ; 100a9a: 6a 00
    push 0xa5                            ; 100a9c: 68 a5 00 00 00
    jmp .L256                            ; 100aa1: e9 0b 04 00 00
.L166:
    push 0                               ; 100aa6: 6a 00
    push 0xa6                            ; 100aa8: 68 a6 00 00 00
    jmp .L256                            ; 100aad: e9 ff 03 00 00
.L167:
    push 0                               ; 100ab2: 6a 00
    push 0xa7                            ; 100ab4: 68 a7 00 00 00
    jmp .L256                            ; 100ab9: e9 f3 03 00 00
.L168:
    push 0                               ; 100abe: 6a 00
    push 0xa8                            ; 100ac0: 68 a8 00 00 00
    jmp .L256                            ; 100ac5: e9 e7 03 00 00
.L169:
    push 0                               ; 100aca: 6a 00
    push 0xa9                            ; 100acc: 68 a9 00 00 00
    jmp .L256                            ; 100ad1: e9 db 03 00 00
.L170:
    push 0                               ; 100ad6: 6a 00
    push 0xaa                            ; 100ad8: 68 aa 00 00 00
    jmp .L256                            ; 100add: e9 cf 03 00 00
.L171:
    push 0                               ; 100ae2: 6a 00
    push 0xab                            ; 100ae4: 68 ab 00 00 00
    jmp .L256                            ; 100ae9: e9 c3 03 00 00
.L172:
    push 0                               ; 100aee: 6a 00
    push 0xac                            ; 100af0: 68 ac 00 00 00
    jmp .L256                            ; 100af5: e9 b7 03 00 00
.L173:
    push 0                               ; 100afa: 6a 00
    push 0xad                            ; 100afc: 68 ad 00 00 00
    jmp .L256                            ; 100b01: e9 ab 03 00 00
.L174:
    push 0                               ; 100b06: 6a 00
    push 0xae                            ; 100b08: 68 ae 00 00 00
    jmp .L256                            ; 100b0d: e9 9f 03 00 00
.L175:
    push 0                               ; 100b12: 6a 00
    push 0xaf                            ; 100b14: 68 af 00 00 00
    jmp .L256                            ; 100b19: e9 93 03 00 00
.L176:
    push 0                               ; 100b1e: 6a 00
    push 0xb0                            ; 100b20: 68 b0 00 00 00
    jmp .L256                            ; 100b25: e9 87 03 00 00
.L177:
    push 0                               ; 100b2a: 6a 00
    push 0xb1                            ; 100b2c: 68 b1 00 00 00
    jmp .L256                            ; 100b31: e9 7b 03 00 00
.L178:
    push 0                               ; 100b36: 6a 00
    push 0xb2                            ; 100b38: 68 b2 00 00 00
    jmp .L256                            ; 100b3d: e9 6f 03 00 00
.L179:
    push 0                               ; 100b42: 6a 00
    push 0xb3                            ; 100b44: 68 b3 00 00 00
    jmp .L256                            ; 100b49: e9 63 03 00 00
.L180:
    push 0                               ; 100b4e: 6a 00
    push 0xb4                            ; 100b50: 68 b4 00 00 00
    jmp .L256                            ; 100b55: e9 57 03 00 00
.L181:
    push 0                               ; 100b5a: 6a 00
    push 0xb5                            ; 100b5c: 68 b5 00 00 00
    jmp .L256                            ; 100b61: e9 4b 03 00 00
.L182:
    push 0                               ; 100b66: 6a 00
    push 0xb6                            ; 100b68: 68 b6 00 00 00
    jmp .L256                            ; 100b6d: e9 3f 03 00 00
.L183:
    push 0                               ; 100b72: 6a 00
    push 0xb7                            ; 100b74: 68 b7 00 00 00
    jmp .L256                            ; 100b79: e9 33 03 00 00
.L184:
    push 0                               ; 100b7e: 6a 00
    push 0xb8                            ; 100b80: 68 b8 00 00 00
    jmp .L256                            ; 100b85: e9 27 03 00 00
.L185:
    push 0                               ; 100b8a: 6a 00
    push 0xb9                            ; 100b8c: 68 b9 00 00 00
    jmp .L256                            ; 100b91: e9 1b 03 00 00
.L186:
    push 0                               ; 100b96: 6a 00
    push 0xba                            ; 100b98: 68 ba 00 00 00
    jmp .L256                            ; 100b9d: e9 0f 03 00 00
.L187:
    push 0                               ; 100ba2: 6a 00
    push 0xbb                            ; 100ba4: 68 bb 00 00 00
    jmp .L256                            ; 100ba9: e9 03 03 00 00
.L188:
    push 0                               ; 100bae: 6a 00
    push 0xbc                            ; 100bb0: 68 bc 00 00 00
    jmp .L256                            ; 100bb5: e9 f7 02 00 00
.L189:
    push 0                               ; 100bba: 6a 00
    push 0xbd                            ; 100bbc: 68 bd 00 00 00
    jmp .L256                            ; 100bc1: e9 eb 02 00 00
.L190:
    push 0                               ; 100bc6: 6a 00
    push 0xbe                            ; 100bc8: 68 be 00 00 00
    jmp .L256                            ; 100bcd: e9 df 02 00 00
.L191:
    push 0                               ; 100bd2: 6a 00
    push 0xbf                            ; 100bd4: 68 bf 00 00 00
    jmp .L256                            ; 100bd9: e9 d3 02 00 00
.L192:
    push 0                               ; 100bde: 6a 00
    push 0xc0                            ; 100be0: 68 c0 00 00 00
    jmp .L256                            ; 100be5: e9 c7 02 00 00
.L193:
    push 0                               ; 100bea: 6a 00
    push 0xc1                            ; 100bec: 68 c1 00 00 00
    jmp .L256                            ; 100bf1: e9 bb 02 00 00
.L194:
    push 0                               ; 100bf6: 6a 00
    push 0xc2                            ; 100bf8: 68 c2 00 00 00
    jmp .L256                            ; 100bfd: e9 af 02 00 00
.L195:
    push 0                               ; 100c02: 6a 00
    push 0xc3                            ; 100c04: 68 c3 00 00 00
    jmp .L256                            ; 100c09: e9 a3 02 00 00
.L196:
    push 0                               ; 100c0e: 6a 00
    push 0xc4                            ; 100c10: 68 c4 00 00 00
    jmp .L256                            ; 100c15: e9 97 02 00 00
.L197:
    push 0                               ; 100c1a: 6a 00
    push 0xc5                            ; 100c1c: 68 c5 00 00 00
    jmp .L256                            ; 100c21: e9 8b 02 00 00
.L198:
    push 0                               ; 100c26: 6a 00
    push 0xc6                            ; 100c28: 68 c6 00 00 00
    jmp .L256                            ; 100c2d: e9 7f 02 00 00
.L199:
    push 0                               ; 100c32: 6a 00
    push 0xc7                            ; 100c34: 68 c7 00 00 00
    jmp .L256                            ; 100c39: e9 73 02 00 00
.L200:
    push 0                               ; 100c3e: 6a 00
    push 0xc8                            ; 100c40: 68 c8 00 00 00
    jmp .L256                            ; 100c45: e9 67 02 00 00
.L201:
    push 0                               ; 100c4a: 6a 00
    push 0xc9                            ; 100c4c: 68 c9 00 00 00
    jmp .L256                            ; 100c51: e9 5b 02 00 00
.L202:
    push 0                               ; 100c56: 6a 00
    push 0xca                            ; 100c58: 68 ca 00 00 00
    jmp .L256                            ; 100c5d: e9 4f 02 00 00
.L203:
    push 0                               ; 100c62: 6a 00
    push 0xcb                            ; 100c64: 68 cb 00 00 00
    jmp .L256                            ; 100c69: e9 43 02 00 00
.L204:
    push 0                               ; 100c6e: 6a 00
    push 0xcc                            ; 100c70: 68 cc 00 00 00
    jmp .L256                            ; 100c75: e9 37 02 00 00
.L205:
    push 0                               ; 100c7a: 6a 00
    push 0xcd                            ; 100c7c: 68 cd 00 00 00
    jmp .L256                            ; 100c81: e9 2b 02 00 00
.L206:
    push 0                               ; 100c86: 6a 00
    push 0xce                            ; 100c88: 68 ce 00 00 00
    jmp .L256                            ; 100c8d: e9 1f 02 00 00
.L207:
    push 0                               ; 100c92: 6a 00
    push 0xcf                            ; 100c94: 68 cf 00 00 00
    jmp .L256                            ; 100c99: e9 13 02 00 00
.L208:
    push 0                               ; 100c9e: 6a 00
    push 0xd0                            ; 100ca0: 68 d0 00 00 00
    jmp .L256                            ; 100ca5: e9 07 02 00 00
.L209:
    push 0                               ; 100caa: 6a 00
    push 0xd1                            ; 100cac: 68 d1 00 00 00
    jmp .L256                            ; 100cb1: e9 fb 01 00 00
.L210:
    push 0                               ; 100cb6: 6a 00
    push 0xd2                            ; 100cb8: 68 d2 00 00 00
    jmp .L256                            ; 100cbd: e9 ef 01 00 00
.L211:
    push 0                               ; 100cc2: 6a 00
    push 0xd3                            ; 100cc4: 68 d3 00 00 00
    jmp .L256                            ; 100cc9: e9 e3 01 00 00
.L212:
    push 0                               ; 100cce: 6a 00
    push 0xd4                            ; 100cd0: 68 d4 00 00 00
    jmp .L256                            ; 100cd5: e9 d7 01 00 00
.L213:
    push 0                               ; 100cda: 6a 00
    push 0xd5                            ; 100cdc: 68 d5 00 00 00
    jmp .L256                            ; 100ce1: e9 cb 01 00 00
.L214:
    push 0                               ; 100ce6: 6a 00
    push 0xd6                            ; 100ce8: 68 d6 00 00 00
    jmp .L256                            ; 100ced: e9 bf 01 00 00
.L215:
    push 0                               ; 100cf2: 6a 00
    push 0xd7                            ; 100cf4: 68 d7 00 00 00
    jmp .L256                            ; 100cf9: e9 b3 01 00 00
.L216:
    push 0                               ; 100cfe: 6a 00
    push 0xd8                            ; 100d00: 68 d8 00 00 00
    jmp .L256                            ; 100d05: e9 a7 01 00 00
.L217:
    push 0                               ; 100d0a: 6a 00
    push 0xd9                            ; 100d0c: 68 d9 00 00 00
    jmp .L256                            ; 100d11: e9 9b 01 00 00
.L218:
    push 0                               ; 100d16: 6a 00
    push 0xda                            ; 100d18: 68 da 00 00 00
    jmp .L256                            ; 100d1d: e9 8f 01 00 00
.L219:
    push 0                               ; 100d22: 6a 00
    push 0xdb                            ; 100d24: 68 db 00 00 00
    jmp .L256                            ; 100d29: e9 83 01 00 00
.L220:
    push 0                               ; 100d2e: 6a 00
    push 0xdc                            ; 100d30: 68 dc 00 00 00
    jmp .L256                            ; 100d35: e9 77 01 00 00
.L221:
    push 0                               ; 100d3a: 6a 00
    push 0xdd                            ; 100d3c: 68 dd 00 00 00
    jmp .L256                            ; 100d41: e9 6b 01 00 00
.L222:
    push 0                               ; 100d46: 6a 00
    push 0xde                            ; 100d48: 68 de 00 00 00
    jmp .L256                            ; 100d4d: e9 5f 01 00 00
.L223:
    push 0                               ; 100d52: 6a 00
    push 0xdf                            ; 100d54: 68 df 00 00 00
    jmp .L256                            ; 100d59: e9 53 01 00 00
.L224:
    push 0                               ; 100d5e: 6a 00
    push 0xe0                            ; 100d60: 68 e0 00 00 00
    jmp .L256                            ; 100d65: e9 47 01 00 00
.L225:
    push 0                               ; 100d6a: 6a 00
    push 0xe1                            ; 100d6c: 68 e1 00 00 00
    jmp .L256                            ; 100d71: e9 3b 01 00 00
.L226:
    push 0                               ; 100d76: 6a 00
    push 0xe2                            ; 100d78: 68 e2 00 00 00
    jmp .L256                            ; 100d7d: e9 2f 01 00 00
.L227:
    push 0                               ; 100d82: 6a 00
    push 0xe3                            ; 100d84: 68 e3 00 00 00
    jmp .L256                            ; 100d89: e9 23 01 00 00
.L228:
    push 0                               ; 100d8e: 6a 00
    push 0xe4                            ; 100d90: 68 e4 00 00 00
    jmp .L256                            ; 100d95: e9 17 01 00 00
.L229:
    push 0                               ; 100d9a: 6a 00
    push 0xe5                            ; 100d9c: 68 e5 00 00 00
    jmp .L256                            ; 100da1: e9 0b 01 00 00
.L230:
    push 0                               ; 100da6: 6a 00
    push 0xe6                            ; 100da8: 68 e6 00 00 00
    jmp .L256                            ; 100dad: e9 ff 00 00 00
.L231:
    push 0                               ; 100db2: 6a 00
    push 0xe7                            ; 100db4: 68 e7 00 00 00
    jmp .L256                            ; 100db9: e9 f3 00 00 00
.L232:
    push 0                               ; 100dbe: 6a 00
    push 0xe8                            ; 100dc0: 68 e8 00 00 00
    jmp .L256                            ; 100dc5: e9 e7 00 00 00
.L233:
    push 0                               ; 100dca: 6a 00
    push 0xe9                            ; 100dcc: 68 e9 00 00 00
    jmp .L256                            ; 100dd1: e9 db 00 00 00
.L234:
    push 0                               ; 100dd6: 6a 00
    push 0xea                            ; 100dd8: 68 ea 00 00 00
    jmp .L256                            ; 100ddd: e9 cf 00 00 00
.L235:
    push 0                               ; 100de2: 6a 00
    push 0xeb                            ; 100de4: 68 eb 00 00 00
    jmp .L256                            ; 100de9: e9 c3 00 00 00
.L236:
    push 0                               ; 100dee: 6a 00
    push 0xec                            ; 100df0: 68 ec 00 00 00
    jmp .L256                            ; 100df5: e9 b7 00 00 00
.L237:
    push 0                               ; 100dfa: 6a 00
    push 0xed                            ; 100dfc: 68 ed 00 00 00
    jmp .L256                            ; 100e01: e9 ab 00 00 00
.L238:
    push 0                               ; 100e06: 6a 00
    push 0xee                            ; 100e08: 68 ee 00 00 00
    jmp .L256                            ; 100e0d: e9 9f 00 00 00
.L239:
    push 0                               ; 100e12: 6a 00
    push 0xef                            ; 100e14: 68 ef 00 00 00
    jmp .L256                            ; 100e19: e9 93 00 00 00
.L240:
    push 0                               ; 100e1e: 6a 00
    push 0xf0                            ; 100e20: 68 f0 00 00 00
    jmp .L256                            ; 100e25: e9 87 00 00 00
.L241:
    push 0                               ; 100e2a: 6a 00
    push 0xf1                            ; 100e2c: 68 f1 00 00 00
    jmp short .L256                      ; 100e31: eb 7e
.L242:
    push 0                               ; 100e33: 6a 00
    push 0xf2                            ; 100e35: 68 f2 00 00 00
    jmp short .L256                      ; 100e3a: eb 75
.L243:
    push 0                               ; 100e3c: 6a 00
    push 0xf3                            ; 100e3e: 68 f3 00 00 00
    jmp short .L256                      ; 100e43: eb 6c
.L244:
    push 0                               ; 100e45: 6a 00
    push 0xf4                            ; 100e47: 68 f4 00 00 00
    jmp short .L256                      ; 100e4c: eb 63
.L245:
    push 0                               ; 100e4e: 6a 00
    push 0xf5                            ; 100e50: 68 f5 00 00 00
    jmp short .L256                      ; 100e55: eb 5a
.L246:
    push 0                               ; 100e57: 6a 00
    push 0xf6                            ; 100e59: 68 f6 00 00 00
    jmp short .L256                      ; 100e5e: eb 51
.L247:
    push 0                               ; 100e60: 6a 00
    push 0xf7                            ; 100e62: 68 f7 00 00 00
    jmp short .L256                      ; 100e67: eb 48
.L248:
    push 0                               ; 100e69: 6a 00
    push 0xf8                            ; 100e6b: 68 f8 00 00 00
    jmp short .L256                      ; 100e70: eb 3f
.L249:
    push 0                               ; 100e72: 6a 00
    push 0xf9                            ; 100e74: 68 f9 00 00 00
    jmp short .L256                      ; 100e79: eb 36
.L250:
    push 0                               ; 100e7b: 6a 00
    push 0xfa                            ; 100e7d: 68 fa 00 00 00
    jmp short .L256                      ; 100e82: eb 2d
.L251:
    push 0                               ; 100e84: 6a 00
    push 0xfb                            ; 100e86: 68 fb 00 00 00
    jmp short .L256                      ; 100e8b: eb 24
.L252:
    push 0                               ; 100e8d: 6a 00
    push 0xfc                            ; 100e8f: 68 fc 00 00 00
    jmp short .L256                      ; 100e94: eb 1b
.L253:
    push 0                               ; 100e96: 6a 00
    push 0xfd                            ; 100e98: 68 fd 00 00 00
    jmp short .L256                      ; 100e9d: eb 12
.L254:
    push 0                               ; 100e9f: 6a 00
    push 0xfe                            ; 100ea1: 68 fe 00 00 00
    jmp short .L256                      ; 100ea6: eb 09
.L255:
    push 0                               ; 100ea8: 6a 00
    push 0xff                            ; 100eaa: 68 ff 00 00 00
    jmp short .L256                      ; 100eaf: eb 00
.L256:
    push ds                              ; 100eb1: 1e
    push es                              ; 100eb2: 06
    push fs                              ; 100eb3: 0f a0
    push gs                              ; 100eb5: 0f a8
    pusha                                ; 100eb7: 60
    mov eax, ss                          ; 100eb8: 8c d0
    mov ds, eax                          ; 100eba: 8e d8
    mov es, eax                          ; 100ebc: 8e c0
    mov fs, eax                          ; 100ebe: 8e e0
    mov gs, eax                          ; 100ec0: 8e e8
    push esp                             ; 100ec2: 54
    call onInterrupt                     ; 100ec3: e8 a6 f2 ff ff
    add esp, 4                           ; 100ec8: 83 c4 04
    popa                                 ; 100ecb: 61
    pop gs                               ; 100ecc: 0f a9
    pop fs                               ; 100ece: 0f a1
    pop es                               ; 100ed0: 07
    pop ds                               ; 100ed1: 1f
    add esp, 8                           ; 100ed2: 83 c4 08
    iret                                 ; 100ed5: cf

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
