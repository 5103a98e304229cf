; tskc 0.1.0 listing of test/golden/interrupts.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 68 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 68 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 7c 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 81 01 00 00
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
    mov esi, [esp+0xc]                   ; 10007c: 8b 74 24 0c
    xor ebx, ebx                         ; 100080: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp ebx, [esi]                       ; 100082: 3b 1e
    jge short .L4                        ; 100084: 7d 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100086: 0f b6 44 1e 04
    push eax                             ; 10008b: 50
    call putc                            ; 10008c: e8 ba ff ff ff
    add esp, 4                           ; 100091: 83 c4 04
    add ebx, 1                           ; 100094: 83 c3 01
    cmp ebx, [esi]                       ; 100097: 3b 1e
    jl short .L7                         ; 100099: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009b: 5e
    pop ebx                              ; 10009c: 5b
    ret                                  ; 10009d: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009e: 53
    mov ebx, [esp+8]                     ; 10009f: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a3: 83 fb 0a
    jb short .L2                         ; 1000a6: 72 14
    mov ecx, 0xa                         ; 1000a8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ad: 89 d8
    xor edx, edx                         ; 1000af: 31 d2
    div ecx                              ; 1000b1: f7 f1
    push eax                             ; 1000b3: 50
    call printU32                        ; 1000b4: e8 e5 ff ff ff
    add esp, 4                           ; 1000b9: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bc: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c1: 89 d8
    xor edx, edx                         ; 1000c3: 31 d2
    div ecx                              ; 1000c5: f7 f1
    lea eax, [edx+0x30]                  ; 1000c7: 8d 42 30
    movzx eax, al                        ; 1000ca: 0f b6 c0
    push eax                             ; 1000cd: 50
    call putc                            ; 1000ce: e8 78 ff ff ff
    add esp, 4                           ; 1000d3: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d6: 5b
    ret                                  ; 1000d7: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 1000d8: 53
    push esi                             ; 1000d9: 56
    mov esi, [esp+0xc]                   ; 1000da: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 1000de: b8 00 10 10 00
    push eax                             ; 1000e3: 50
    call print                           ; 1000e4: e8 91 ff ff ff
    add esp, 4                           ; 1000e9: 83 c4 04
    mov ebx, 0x1c                        ; 1000ec: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 1000f1: 89 f0
    mov ecx, ebx                         ; 1000f3: 89 d9
    shr eax, cl                          ; 1000f5: d3 e8
    and eax, 0xf                         ; 1000f7: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 1000fa: 83 f8 0a
    jb short .L5                         ; 1000fd: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 1000ff: 8d 40 57
    jmp short .L7                        ; 100102: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100104: 8d 40 30
.L7:
    movzx eax, al                        ; 100107: 0f b6 c0
    push eax                             ; 10010a: 50
    call putc                            ; 10010b: e8 3b ff ff ff
    add esp, 4                           ; 100110: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 100113: 85 db
    je short .L4                         ; 100115: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100117: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10011a: 89 f0
    mov ecx, ebx                         ; 10011c: 89 d9
    shr eax, cl                          ; 10011e: d3 e8
    and eax, 0xf                         ; 100120: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100123: 83 f8 0a
    jb short .L5                         ; 100126: 72 dc
    jmp short .L6                        ; 100128: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10012a: 5e
    pop ebx                              ; 10012b: 5b
    ret                                  ; 10012c: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10012d: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100131: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100133: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100134: f4
    jmp short .L2                        ; 100135: eb fd

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebx                             ; 100137: 53
    mov ebx, [esp+8]                     ; 100138: 8b 5c 24 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 10013c: b8 08 10 10 00
    push eax                             ; 100141: 50
    call print                           ; 100142: e8 33 ff ff ff
    add esp, 4                           ; 100147: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 10014a: 8b 43 30
    push eax                             ; 10014d: 50
    call printU32                        ; 10014e: e8 4b ff ff ff
    add esp, 4                           ; 100153: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 100156: b8 18 10 10 00
    push eax                             ; 10015b: 50
    call print                           ; 10015c: e8 19 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 100164: 8b 43 34
    push eax                             ; 100167: 50
    call printHex                        ; 100168: e8 6b ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 100170: b8 24 10 10 00
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 ff fe ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 10017e: 8b 43 3c
    push eax                             ; 100181: 50
    call printHex                        ; 100182: e8 51 ff ff ff
    add esp, 4                           ; 100187: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 10018a: b8 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10018f: 50
    call print                           ; 100190: e8 e5 fe ff ff
    add esp, 4                           ; 100195: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100198: 6a 0a
    call putc                            ; 10019a: e8 ac fe ff ff
    add esp, 4                           ; 10019f: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    cmp dword [ebx+0x30], 0x41           ; 1001a2: 83 7b 30 41
    jne short .L2                        ; 1001a6: 75 0f
    mov dword [ebx+0x1c], 0x2a           ; 1001a8: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001af: 83 7b 30 0d
    je short .L4                         ; 1001b3: 74 08
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001b5: 5b
    ret                                  ; 1001b6: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001b7: 83 7b 30 0d
    jne short .L5                        ; 1001bb: 75 f8
.L4:
    mov eax, [ebx+0x38]                  ; 1001bd: 8b 43 38
    lea eax, [eax+2]                     ; 1001c0: 8d 40 02
    mov [ebx+0x38], eax                  ; 1001c3: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001c6: 5b
    ret                                  ; 1001c7: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 1001c8: 55
    mov ebp, esp                         ; 1001c9: 89 e5
    push ebx                             ; 1001cb: 53
    push esi                             ; 1001cc: 56
    push edi                             ; 1001cd: 57
    mov eax, gdt+12                      ; 1001ce: b8 0c 20 10 00
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 1001d3: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov byte [eax+5], 0x9a               ; 1001d8: c6 40 05 9a
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 1001dc: c6 40 06 cf
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 1001e0: b8 14 20 10 00
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [eax], 0xffff               ; 1001e5: 66 c7 00 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov byte [eax+5], 0x92               ; 1001ea: c6 40 05 92
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [eax+6], 0xcf               ; 1001ee: c6 40 06 cf
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 1001f2: 66 c7 05 20 28 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 1001fb: b8 04 20 10 00
    mov [gdtPointer+2], eax              ; 100200: a3 22 28 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    lgdt [gdtPointer]                    ; 100205: 0f 01 15 20 28 10 00
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 10020c: b8 10 00 00 00
    mov ds, eax                          ; 100211: 8e d8
    mov es, eax                          ; 100213: 8e c0
    mov fs, eax                          ; 100215: 8e e0
    mov gs, eax                          ; 100217: 8e e8
    mov ss, eax                          ; 100219: 8e d0
    mov eax, 8                           ; 10021b: b8 08 00 00 00
    push eax                             ; 100220: 50
    call 0x100226                        ; 100221: e8 00 00 00 00
    add dword [esp], 5                   ; 100226: 83 04 24 05
    retf                                 ; 10022a: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 10022b: b8 30 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100230: 50
    call print                           ; 100231: e8 44 fe ff ff
    add esp, 4                           ; 100236: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100239: 6a 0a
    call putc                            ; 10023b: e8 0b fe ff ff
    add esp, 4                           ; 100240: 83 c4 04
    xor ecx, ecx                         ; 100243: 31 c9
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    cmp ecx, 0x100                       ; 100245: 81 f9 00 01 00 00
    jge short .L4                        ; 10024b: 7d 34
.L7:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 10024d: b8 20 20 10 00
    lea ebx, [eax+ecx*8]                 ; 100252: 8d 1c c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov eax, [ecx*4+onInterrupt_stubs+4] ; 100255: 8b 04 8d dc 10 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx edx, ax                        ; 10025c: 0f b7 d0
    mov [ebx], dx                        ; 10025f: 66 89 13
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ebx+2], 8                  ; 100262: 66 c7 43 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ebx+5], 0x8e               ; 100268: c6 43 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr eax, 0x10                        ; 10026c: c1 e8 10
    movzx eax, ax                        ; 10026f: 0f b7 c0
    mov [ebx+6], ax                      ; 100272: 66 89 43 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add ecx, 1                           ; 100276: 83 c1 01
    cmp ecx, 0x100                       ; 100279: 81 f9 00 01 00 00
    jl short .L7                         ; 10027f: 7c cc
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 100281: 66 c7 05 28 28 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 10028a: b8 20 20 10 00
    mov [idtPointer+2], eax              ; 10028f: a3 2a 28 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 100294: 0f 01 1d 28 28 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 10029b: b8 40 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002a0: 50
    call print                           ; 1002a1: e8 d4 fd ff ff
    add esp, 4                           ; 1002a6: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002a9: 6a 0a
    call putc                            ; 1002ab: e8 9b fd ff ff
    add esp, 4                           ; 1002b0: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002b3: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002b4: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002b6: cd 41
    mov ebx, eax                         ; 1002b8: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002ba: b8 50 10 10 00
    push eax                             ; 1002bf: 50
    call print                           ; 1002c0: e8 b5 fd ff ff
    add esp, 4                           ; 1002c5: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002c8: 53
    call printU32                        ; 1002c9: e8 d0 fd ff ff
    add esp, 4                           ; 1002ce: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov edi, str_5                       ; 1002d1: bf 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1002d6: 57
    call print                           ; 1002d7: e8 9e fd ff ff
    add esp, 4                           ; 1002dc: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002df: 6a 0a
    call putc                            ; 1002e1: e8 65 fd ff ff
    add esp, 4                           ; 1002e6: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 1002e9: b8 34 12 00 00
    mov ds, eax                          ; 1002ee: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 1002f0: b8 68 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002f5: 50
    call print                           ; 1002f6: e8 7f fd ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002fe: 6a 0a
    call putc                            ; 100300: e8 46 fd ff ff
    add esp, 4                           ; 100305: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100308: b8 80 10 10 00
    push eax                             ; 10030d: 50
    call print                           ; 10030e: e8 67 fd ff ff
    add esp, 4                           ; 100313: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100316: 0f 20 c0
    test eax, 1                          ; 100319: a9 01 00 00 00
    je short .L15                        ; 10031e: 74 07
    mov eax, str_12                      ; 100320: b8 94 10 10 00
    jmp short .L42                       ; 100325: eb 05
.L15:
    mov eax, str_13                      ; 100327: b8 9c 10 10 00
.L42:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10032c: 50
    call print                           ; 10032d: e8 48 fd ff ff
    add esp, 4                           ; 100332: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100335: 6a 0a
    call putc                            ; 100337: e8 0f fd ff ff
    add esp, 4                           ; 10033c: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 10033f: b8 a4 10 10 00
    push eax                             ; 100344: 50
    call print                           ; 100345: e8 30 fd ff ff
    add esp, 4                           ; 10034a: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 10034d: 9c
    pop eax                              ; 10034e: 58
    test eax, 0x200                      ; 10034f: a9 00 02 00 00
    je short .L19                        ; 100354: 74 07
    mov eax, str_12                      ; 100356: b8 94 10 10 00
    jmp short .L45                       ; 10035b: eb 05
.L19:
    mov eax, str_13                      ; 10035d: b8 9c 10 10 00
.L45:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100362: 50
    call print                           ; 100363: e8 12 fd ff ff
    add esp, 4                           ; 100368: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10036b: 6a 0a
    call putc                            ; 10036d: e8 d9 fc ff ff
    add esp, 4                           ; 100372: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 100375: b8 bc 10 10 00
    push eax                             ; 10037a: 50
    call print                           ; 10037b: e8 fa fc ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 100383: bb 14 00 00 00
    mov esi, 0x16                        ; 100388: be 16 00 00 00
    mov eax, ebx                         ; 10038d: 89 d8
    add eax, esi                         ; 10038f: 01 f0
    push eax                             ; 100391: 50
    call printU32                        ; 100392: e8 07 fd ff ff
    add esp, 4                           ; 100397: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 10039a: 57
    call print                           ; 10039b: e8 da fc ff ff
    add esp, 4                           ; 1003a0: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003a3: 6a 0a
    call putc                            ; 1003a5: e8 a1 fc ff ff
    add esp, 4                           ; 1003aa: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003ad: 6a 00
    call exit                            ; 1003af: e8 79 fd ff ff
    add esp, 4                           ; 1003b4: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop edi                              ; 1003b7: 5f
    pop esi                              ; 1003b8: 5e
    pop ebx                              ; 1003b9: 5b
    pop ebp                              ; 1003ba: 5d
    ret                                  ; 1003bb: c3

__tskc_init:
    mov dword [gdt], 3                   ; 1003bc: c7 05 00 20 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 1003c6: c7 05 1c 20 10 00 00 01 00 00
    ret                                  ; 1003d0: c3

onInterrupt_entry:
.L0:
    push 0                               ; 1003d1: 6a 00
    push 0                               ; 1003d3: 6a 00
    jmp .L256                            ; 1003d5: e9 36 0a 00 00
.L1:
    push 0                               ; 1003da: 6a 00
    push 1                               ; 1003dc: 6a 01
    jmp .L256                            ; 1003de: e9 2d 0a 00 00
.L2:
    push 0                               ; 1003e3: 6a 00
    push 2                               ; 1003e5: 6a 02
    jmp .L256                            ; 1003e7: e9 24 0a 00 00
.L3:
    push 0                               ; 1003ec: 6a 00
    push 3                               ; 1003ee: 6a 03
    jmp .L256                            ; 1003f0: e9 1b 0a 00 00
.L4:
    push 0                               ; 1003f5: 6a 00
    push 4                               ; 1003f7: 6a 04
    jmp .L256                            ; 1003f9: e9 12 0a 00 00
.L5:
    push 0                               ; 1003fe: 6a 00
    push 5                               ; 100400: 6a 05
    jmp .L256                            ; 100402: e9 09 0a 00 00
.L6:
    push 0                               ; 100407: 6a 00
    push 6                               ; 100409: 6a 06
    jmp .L256                            ; 10040b: e9 00 0a 00 00
.L7:
    push 0                               ; 100410: 6a 00
    push 7                               ; 100412: 6a 07
    jmp .L256                            ; 100414: e9 f7 09 00 00
.L8:
    push 8                               ; 100419: 6a 08
    jmp .L256                            ; 10041b: e9 f0 09 00 00
.L9:
    push 0                               ; 100420: 6a 00
    push 9                               ; 100422: 6a 09
    jmp .L256                            ; 100424: e9 e7 09 00 00
.L10:
    push 0xa                             ; 100429: 6a 0a
    jmp .L256                            ; 10042b: e9 e0 09 00 00
.L11:
    push 0xb                             ; 100430: 6a 0b
    jmp .L256                            ; 100432: e9 d9 09 00 00
.L12:
    push 0xc                             ; 100437: 6a 0c
    jmp .L256                            ; 100439: e9 d2 09 00 00
.L13:
    push 0xd                             ; 10043e: 6a 0d
    jmp .L256                            ; 100440: e9 cb 09 00 00
.L14:
    push 0xe                             ; 100445: 6a 0e
    jmp .L256                            ; 100447: e9 c4 09 00 00
.L15:
    push 0                               ; 10044c: 6a 00
    push 0xf                             ; 10044e: 6a 0f
    jmp .L256                            ; 100450: e9 bb 09 00 00
.L16:
    push 0                               ; 100455: 6a 00
    push 0x10                            ; 100457: 6a 10
    jmp .L256                            ; 100459: e9 b2 09 00 00
.L17:
    push 0x11                            ; 10045e: 6a 11
    jmp .L256                            ; 100460: e9 ab 09 00 00
.L18:
    push 0                               ; 100465: 6a 00
    push 0x12                            ; 100467: 6a 12
    jmp .L256                            ; 100469: e9 a2 09 00 00
.L19:
    push 0                               ; 10046e: 6a 00
    push 0x13                            ; 100470: 6a 13
    jmp .L256                            ; 100472: e9 99 09 00 00
.L20:
    push 0                               ; 100477: 6a 00
    push 0x14                            ; 100479: 6a 14
    jmp .L256                            ; 10047b: e9 90 09 00 00
.L21:
    push 0x15                            ; 100480: 6a 15
    jmp .L256                            ; 100482: e9 89 09 00 00
.L22:
    push 0                               ; 100487: 6a 00
    push 0x16                            ; 100489: 6a 16
    jmp .L256                            ; 10048b: e9 80 09 00 00
.L23:
    push 0                               ; 100490: 6a 00
    push 0x17                            ; 100492: 6a 17
    jmp .L256                            ; 100494: e9 77 09 00 00
.L24:
    push 0                               ; 100499: 6a 00
    push 0x18                            ; 10049b: 6a 18
    jmp .L256                            ; 10049d: e9 6e 09 00 00
.L25:
    push 0                               ; 1004a2: 6a 00
    push 0x19                            ; 1004a4: 6a 19
    jmp .L256                            ; 1004a6: e9 65 09 00 00
.L26:
    push 0                               ; 1004ab: 6a 00
    push 0x1a                            ; 1004ad: 6a 1a
    jmp .L256                            ; 1004af: e9 5c 09 00 00
.L27:
    push 0                               ; 1004b4: 6a 00
    push 0x1b                            ; 1004b6: 6a 1b
    jmp .L256                            ; 1004b8: e9 53 09 00 00
.L28:
    push 0                               ; 1004bd: 6a 00
    push 0x1c                            ; 1004bf: 6a 1c
    jmp .L256                            ; 1004c1: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 1004c6: 6a 1d
    jmp .L256                            ; 1004c8: e9 43 09 00 00
.L30:
    push 0x1e                            ; 1004cd: 6a 1e
    jmp .L256                            ; 1004cf: e9 3c 09 00 00
.L31:
    push 0                               ; 1004d4: 6a 00
    push 0x1f                            ; 1004d6: 6a 1f
    jmp .L256                            ; 1004d8: e9 33 09 00 00
.L32:
    push 0                               ; 1004dd: 6a 00
    push 0x20                            ; 1004df: 6a 20
    jmp .L256                            ; 1004e1: e9 2a 09 00 00
.L33:
    push 0                               ; 1004e6: 6a 00
    push 0x21                            ; 1004e8: 6a 21
    jmp .L256                            ; 1004ea: e9 21 09 00 00
.L34:
    push 0                               ; 1004ef: 6a 00
    push 0x22                            ; 1004f1: 6a 22
    jmp .L256                            ; 1004f3: e9 18 09 00 00
.L35:
    push 0                               ; 1004f8: 6a 00
    push 0x23                            ; 1004fa: 6a 23
    jmp .L256                            ; 1004fc: e9 0f 09 00 00
.L36:
    push 0                               ; 100501: 6a 00
    push 0x24                            ; 100503: 6a 24
    jmp .L256                            ; 100505: e9 06 09 00 00
.L37:
    push 0                               ; 10050a: 6a 00
    push 0x25                            ; 10050c: 6a 25
    jmp .L256                            ; 10050e: e9 fd 08 00 00
.L38:
    push 0                               ; 100513: 6a 00
    push 0x26                            ; 100515: 6a 26
    jmp .L256                            ; 100517: e9 f4 08 00 00
.L39:
    push 0                               ; 10051c: 6a 00
    push 0x27                            ; 10051e: 6a 27
    jmp .L256                            ; 100520: e9 eb 08 00 00
.L40:
    push 0                               ; 100525: 6a 00
    push 0x28                            ; 100527: 6a 28
    jmp .L256                            ; 100529: e9 e2 08 00 00
.L41:
    push 0                               ; 10052e: 6a 00
    push 0x29                            ; 100530: 6a 29
    jmp .L256                            ; 100532: e9 d9 08 00 00
.L42:
    push 0                               ; 100537: 6a 00
    push 0x2a                            ; 100539: 6a 2a
    jmp .L256                            ; 10053b: e9 d0 08 00 00
.L43:
    push 0                               ; 100540: 6a 00
    push 0x2b                            ; 100542: 6a 2b
    jmp .L256                            ; 100544: e9 c7 08 00 00
.L44:
    push 0                               ; 100549: 6a 00
    push 0x2c                            ; 10054b: 6a 2c
    jmp .L256                            ; 10054d: e9 be 08 00 00
.L45:
    push 0                               ; 100552: 6a 00
    push 0x2d                            ; 100554: 6a 2d
    jmp .L256                            ; 100556: e9 b5 08 00 00
.L46:
    push 0                               ; 10055b: 6a 00
    push 0x2e                            ; 10055d: 6a 2e
    jmp .L256                            ; 10055f: e9 ac 08 00 00
.L47:
    push 0                               ; 100564: 6a 00
    push 0x2f                            ; 100566: 6a 2f
    jmp .L256                            ; 100568: e9 a3 08 00 00
.L48:
    push 0                               ; 10056d: 6a 00
    push 0x30                            ; 10056f: 6a 30
    jmp .L256                            ; 100571: e9 9a 08 00 00
.L49:
    push 0                               ; 100576: 6a 00
    push 0x31                            ; 100578: 6a 31
    jmp .L256                            ; 10057a: e9 91 08 00 00
.L50:
    push 0                               ; 10057f: 6a 00
    push 0x32                            ; 100581: 6a 32
    jmp .L256                            ; 100583: e9 88 08 00 00
.L51:
    push 0                               ; 100588: 6a 00
    push 0x33                            ; 10058a: 6a 33
    jmp .L256                            ; 10058c: e9 7f 08 00 00
.L52:
    push 0                               ; 100591: 6a 00
    push 0x34                            ; 100593: 6a 34
    jmp .L256                            ; 100595: e9 76 08 00 00
.L53:
    push 0                               ; 10059a: 6a 00
    push 0x35                            ; 10059c: 6a 35
    jmp .L256                            ; 10059e: e9 6d 08 00 00
.L54:
    push 0                               ; 1005a3: 6a 00
    push 0x36                            ; 1005a5: 6a 36
    jmp .L256                            ; 1005a7: e9 64 08 00 00
.L55:
    push 0                               ; 1005ac: 6a 00
    push 0x37                            ; 1005ae: 6a 37
    jmp .L256                            ; 1005b0: e9 5b 08 00 00
.L56:
    push 0                               ; 1005b5: 6a 00
    push 0x38                            ; 1005b7: 6a 38
    jmp .L256                            ; 1005b9: e9 52 08 00 00
.L57:
    push 0                               ; 1005be: 6a 00
    push 0x39                            ; 1005c0: 6a 39
    jmp .L256                            ; 1005c2: e9 49 08 00 00
.L58:
    push 0                               ; 1005c7: 6a 00
    push 0x3a                            ; 1005c9: 6a 3a
    jmp .L256                            ; 1005cb: e9 40 08 00 00
.L59:
    push 0                               ; 1005d0: 6a 00
    push 0x3b                            ; 1005d2: 6a 3b
    jmp .L256                            ; 1005d4: e9 37 08 00 00
.L60:
    push 0                               ; 1005d9: 6a 00
    push 0x3c                            ; 1005db: 6a 3c
    jmp .L256                            ; 1005dd: e9 2e 08 00 00
.L61:
    push 0                               ; 1005e2: 6a 00
    push 0x3d                            ; 1005e4: 6a 3d
    jmp .L256                            ; 1005e6: e9 25 08 00 00
.L62:
    push 0                               ; 1005eb: 6a 00
    push 0x3e                            ; 1005ed: 6a 3e
    jmp .L256                            ; 1005ef: e9 1c 08 00 00
.L63:
    push 0                               ; 1005f4: 6a 00
    push 0x3f                            ; 1005f6: 6a 3f
    jmp .L256                            ; 1005f8: e9 13 08 00 00
.L64:
    push 0                               ; 1005fd: 6a 00
    push 0x40                            ; 1005ff: 6a 40
    jmp .L256                            ; 100601: e9 0a 08 00 00
.L65:
    push 0                               ; 100606: 6a 00
    push 0x41                            ; 100608: 6a 41
    jmp .L256                            ; 10060a: e9 01 08 00 00
.L66:
    push 0                               ; 10060f: 6a 00
    push 0x42                            ; 100611: 6a 42
    jmp .L256                            ; 100613: e9 f8 07 00 00
.L67:
    push 0                               ; 100618: 6a 00
    push 0x43                            ; 10061a: 6a 43
    jmp .L256                            ; 10061c: e9 ef 07 00 00
.L68:
    push 0                               ; 100621: 6a 00
    push 0x44                            ; 100623: 6a 44
    jmp .L256                            ; 100625: e9 e6 07 00 00
.L69:
    push 0                               ; 10062a: 6a 00
    push 0x45                            ; 10062c: 6a 45
    jmp .L256                            ; 10062e: e9 dd 07 00 00
.L70:
    push 0                               ; 100633: 6a 00
    push 0x46                            ; 100635: 6a 46
    jmp .L256                            ; 100637: e9 d4 07 00 00
.L71:
    push 0                               ; 10063c: 6a 00
    push 0x47                            ; 10063e: 6a 47
    jmp .L256                            ; 100640: e9 cb 07 00 00
.L72:
    push 0                               ; 100645: 6a 00
    push 0x48                            ; 100647: 6a 48
    jmp .L256                            ; 100649: e9 c2 07 00 00
.L73:
    push 0                               ; 10064e: 6a 00
    push 0x49                            ; 100650: 6a 49
    jmp .L256                            ; 100652: e9 b9 07 00 00
.L74:
    push 0                               ; 100657: 6a 00
    push 0x4a                            ; 100659: 6a 4a
    jmp .L256                            ; 10065b: e9 b0 07 00 00
.L75:
    push 0                               ; 100660: 6a 00
    push 0x4b                            ; 100662: 6a 4b
    jmp .L256                            ; 100664: e9 a7 07 00 00
.L76:
    push 0                               ; 100669: 6a 00
    push 0x4c                            ; 10066b: 6a 4c
    jmp .L256                            ; 10066d: e9 9e 07 00 00
.L77:
    push 0                               ; 100672: 6a 00
    push 0x4d                            ; 100674: 6a 4d
    jmp .L256                            ; 100676: e9 95 07 00 00
.L78:
    push 0                               ; 10067b: 6a 00
    push 0x4e                            ; 10067d: 6a 4e
    jmp .L256                            ; 10067f: e9 8c 07 00 00
.L79:
    push 0                               ; 100684: 6a 00
    push 0x4f                            ; 100686: 6a 4f
    jmp .L256                            ; 100688: e9 83 07 00 00
.L80:
    push 0                               ; 10068d: 6a 00
    push 0x50                            ; 10068f: 6a 50
    jmp .L256                            ; 100691: e9 7a 07 00 00
.L81:
    push 0                               ; 100696: 6a 00
    push 0x51                            ; 100698: 6a 51
    jmp .L256                            ; 10069a: e9 71 07 00 00
.L82:
    push 0                               ; 10069f: 6a 00
    push 0x52                            ; 1006a1: 6a 52
    jmp .L256                            ; 1006a3: e9 68 07 00 00
.L83:
    push 0                               ; 1006a8: 6a 00
    push 0x53                            ; 1006aa: 6a 53
    jmp .L256                            ; 1006ac: e9 5f 07 00 00
.L84:
    push 0                               ; 1006b1: 6a 00
    push 0x54                            ; 1006b3: 6a 54
    jmp .L256                            ; 1006b5: e9 56 07 00 00
.L85:
    push 0                               ; 1006ba: 6a 00
    push 0x55                            ; 1006bc: 6a 55
    jmp .L256                            ; 1006be: e9 4d 07 00 00
.L86:
    push 0                               ; 1006c3: 6a 00
    push 0x56                            ; 1006c5: 6a 56
    jmp .L256                            ; 1006c7: e9 44 07 00 00
.L87:
    push 0                               ; 1006cc: 6a 00
    push 0x57                            ; 1006ce: 6a 57
    jmp .L256                            ; 1006d0: e9 3b 07 00 00
.L88:
    push 0                               ; 1006d5: 6a 00
    push 0x58                            ; 1006d7: 6a 58
    jmp .L256                            ; 1006d9: e9 32 07 00 00
.L89:
    push 0                               ; 1006de: 6a 00
    push 0x59                            ; 1006e0: 6a 59
    jmp .L256                            ; 1006e2: e9 29 07 00 00
.L90:
    push 0                               ; 1006e7: 6a 00
    push 0x5a                            ; 1006e9: 6a 5a
    jmp .L256                            ; 1006eb: e9 20 07 00 00
.L91:
    push 0                               ; 1006f0: 6a 00
    push 0x5b                            ; 1006f2: 6a 5b
    jmp .L256                            ; 1006f4: e9 17 07 00 00
.L92:
    push 0                               ; 1006f9: 6a 00
    push 0x5c                            ; 1006fb: 6a 5c
    jmp .L256                            ; 1006fd: e9 0e 07 00 00
.L93:
    push 0                               ; 100702: 6a 00
    push 0x5d                            ; 100704: 6a 5d
    jmp .L256                            ; 100706: e9 05 07 00 00
.L94:
    push 0                               ; 10070b: 6a 00
    push 0x5e                            ; 10070d: 6a 5e
    jmp .L256                            ; 10070f: e9 fc 06 00 00
.L95:
    push 0                               ; 100714: 6a 00
    push 0x5f                            ; 100716: 6a 5f
    jmp .L256                            ; 100718: e9 f3 06 00 00
.L96:
    push 0                               ; 10071d: 6a 00
    push 0x60                            ; 10071f: 6a 60
    jmp .L256                            ; 100721: e9 ea 06 00 00
.L97:
    push 0                               ; 100726: 6a 00
    push 0x61                            ; 100728: 6a 61
    jmp .L256                            ; 10072a: e9 e1 06 00 00
.L98:
    push 0                               ; 10072f: 6a 00
    push 0x62                            ; 100731: 6a 62
    jmp .L256                            ; 100733: e9 d8 06 00 00
.L99:
    push 0                               ; 100738: 6a 00
    push 0x63                            ; 10073a: 6a 63
    jmp .L256                            ; 10073c: e9 cf 06 00 00
.L100:
    push 0                               ; 100741: 6a 00
    push 0x64                            ; 100743: 6a 64
    jmp .L256                            ; 100745: e9 c6 06 00 00
.L101:
    push 0                               ; 10074a: 6a 00
    push 0x65                            ; 10074c: 6a 65
    jmp .L256                            ; 10074e: e9 bd 06 00 00
.L102:
    push 0                               ; 100753: 6a 00
    push 0x66                            ; 100755: 6a 66
    jmp .L256                            ; 100757: e9 b4 06 00 00
.L103:
    push 0                               ; 10075c: 6a 00
    push 0x67                            ; 10075e: 6a 67
    jmp .L256                            ; 100760: e9 ab 06 00 00
.L104:
    push 0                               ; 100765: 6a 00
    push 0x68                            ; 100767: 6a 68
    jmp .L256                            ; 100769: e9 a2 06 00 00
.L105:
    push 0                               ; 10076e: 6a 00
    push 0x69                            ; 100770: 6a 69
    jmp .L256                            ; 100772: e9 99 06 00 00
.L106:
    push 0                               ; 100777: 6a 00
    push 0x6a                            ; 100779: 6a 6a
    jmp .L256                            ; 10077b: e9 90 06 00 00
.L107:
    push 0                               ; 100780: 6a 00
    push 0x6b                            ; 100782: 6a 6b
    jmp .L256                            ; 100784: e9 87 06 00 00
.L108:
    push 0                               ; 100789: 6a 00
    push 0x6c                            ; 10078b: 6a 6c
    jmp .L256                            ; 10078d: e9 7e 06 00 00
.L109:
    push 0                               ; 100792: 6a 00
    push 0x6d                            ; 100794: 6a 6d
    jmp .L256                            ; 100796: e9 75 06 00 00
.L110:
    push 0                               ; 10079b: 6a 00
    push 0x6e                            ; 10079d: 6a 6e
    jmp .L256                            ; 10079f: e9 6c 06 00 00
.L111:
    push 0                               ; 1007a4: 6a 00
    push 0x6f                            ; 1007a6: 6a 6f
    jmp .L256                            ; 1007a8: e9 63 06 00 00
.L112:
    push 0                               ; 1007ad: 6a 00
    push 0x70                            ; 1007af: 6a 70
    jmp .L256                            ; 1007b1: e9 5a 06 00 00
.L113:
    push 0                               ; 1007b6: 6a 00
    push 0x71                            ; 1007b8: 6a 71
    jmp .L256                            ; 1007ba: e9 51 06 00 00
.L114:
    push 0                               ; 1007bf: 6a 00
    push 0x72                            ; 1007c1: 6a 72
    jmp .L256                            ; 1007c3: e9 48 06 00 00
.L115:
    push 0                               ; 1007c8: 6a 00
    push 0x73                            ; 1007ca: 6a 73
    jmp .L256                            ; 1007cc: e9 3f 06 00 00
.L116:
    push 0                               ; 1007d1: 6a 00
    push 0x74                            ; 1007d3: 6a 74
    jmp .L256                            ; 1007d5: e9 36 06 00 00
.L117:
    push 0                               ; 1007da: 6a 00
    push 0x75                            ; 1007dc: 6a 75
    jmp .L256                            ; 1007de: e9 2d 06 00 00
.L118:
    push 0                               ; 1007e3: 6a 00
    push 0x76                            ; 1007e5: 6a 76
    jmp .L256                            ; 1007e7: e9 24 06 00 00
.L119:
    push 0                               ; 1007ec: 6a 00
    push 0x77                            ; 1007ee: 6a 77
    jmp .L256                            ; 1007f0: e9 1b 06 00 00
.L120:
    push 0                               ; 1007f5: 6a 00
    push 0x78                            ; 1007f7: 6a 78
    jmp .L256                            ; 1007f9: e9 12 06 00 00
.L121:
    push 0                               ; 1007fe: 6a 00
    push 0x79                            ; 100800: 6a 79
    jmp .L256                            ; 100802: e9 09 06 00 00
.L122:
    push 0                               ; 100807: 6a 00
    push 0x7a                            ; 100809: 6a 7a
    jmp .L256                            ; 10080b: e9 00 06 00 00
.L123:
    push 0                               ; 100810: 6a 00
    push 0x7b                            ; 100812: 6a 7b
    jmp .L256                            ; 100814: e9 f7 05 00 00
.L124:
    push 0                               ; 100819: 6a 00
    push 0x7c                            ; 10081b: 6a 7c
    jmp .L256                            ; 10081d: e9 ee 05 00 00
.L125:
    push 0                               ; 100822: 6a 00
    push 0x7d                            ; 100824: 6a 7d
    jmp .L256                            ; 100826: e9 e5 05 00 00
.L126:
    push 0                               ; 10082b: 6a 00
    push 0x7e                            ; 10082d: 6a 7e
    jmp .L256                            ; 10082f: e9 dc 05 00 00
.L127:
    push 0                               ; 100834: 6a 00
    push 0x7f                            ; 100836: 6a 7f
    jmp .L256                            ; 100838: e9 d3 05 00 00
.L128:
    push 0                               ; 10083d: 6a 00
    push 0x80                            ; 10083f: 68 80 00 00 00
    jmp .L256                            ; 100844: e9 c7 05 00 00
.L129:
    push 0                               ; 100849: 6a 00
    push 0x81                            ; 10084b: 68 81 00 00 00
    jmp .L256                            ; 100850: e9 bb 05 00 00
.L130:
    push 0                               ; 100855: 6a 00
    push 0x82                            ; 100857: 68 82 00 00 00
    jmp .L256                            ; 10085c: e9 af 05 00 00
.L131:
    push 0                               ; 100861: 6a 00
    push 0x83                            ; 100863: 68 83 00 00 00
    jmp .L256                            ; 100868: e9 a3 05 00 00
.L132:
    push 0                               ; 10086d: 6a 00
    push 0x84                            ; 10086f: 68 84 00 00 00
    jmp .L256                            ; 100874: e9 97 05 00 00
.L133:
    push 0                               ; 100879: 6a 00
    push 0x85                            ; 10087b: 68 85 00 00 00
    jmp .L256                            ; 100880: e9 8b 05 00 00
.L134:
    push 0                               ; 100885: 6a 00
    push 0x86                            ; 100887: 68 86 00 00 00
    jmp .L256                            ; 10088c: e9 7f 05 00 00
.L135:
    push 0                               ; 100891: 6a 00
    push 0x87                            ; 100893: 68 87 00 00 00
    jmp .L256                            ; 100898: e9 73 05 00 00
.L136:
    push 0                               ; 10089d: 6a 00
    push 0x88                            ; 10089f: 68 88 00 00 00
    jmp .L256                            ; 1008a4: e9 67 05 00 00
.L137:
    push 0                               ; 1008a9: 6a 00
    push 0x89                            ; 1008ab: 68 89 00 00 00
    jmp .L256                            ; 1008b0: e9 5b 05 00 00
.L138:
    push 0                               ; 1008b5: 6a 00
    push 0x8a                            ; 1008b7: 68 8a 00 00 00
    jmp .L256                            ; 1008bc: e9 4f 05 00 00
.L139:
    push 0                               ; 1008c1: 6a 00
    push 0x8b                            ; 1008c3: 68 8b 00 00 00
    jmp .L256                            ; 1008c8: e9 43 05 00 00
.L140:
    push 0                               ; 1008cd: 6a 00
    push 0x8c                            ; 1008cf: 68 8c 00 00 00
    jmp .L256                            ; 1008d4: e9 37 05 00 00
.L141:
    push 0                               ; 1008d9: 6a 00
    push 0x8d                            ; 1008db: 68 8d 00 00 00
    jmp .L256                            ; 1008e0: e9 2b 05 00 00
.L142:
    push 0                               ; 1008e5: 6a 00
    push 0x8e                            ; 1008e7: 68 8e 00 00 00
    jmp .L256                            ; 1008ec: e9 1f 05 00 00
.L143:
    push 0                               ; 1008f1: 6a 00
    push 0x8f                            ; 1008f3: 68 8f 00 00 00
    jmp .L256                            ; 1008f8: e9 13 05 00 00
.L144:
    push 0                               ; 1008fd: 6a 00
    push 0x90                            ; 1008ff: 68 90 00 00 00
    jmp .L256                            ; 100904: e9 07 05 00 00
.L145:
    push 0                               ; 100909: 6a 00
    push 0x91                            ; 10090b: 68 91 00 00 00
    jmp .L256                            ; 100910: e9 fb 04 00 00
.L146:
    push 0                               ; 100915: 6a 00
    push 0x92                            ; 100917: 68 92 00 00 00
    jmp .L256                            ; 10091c: e9 ef 04 00 00
.L147:
    push 0                               ; 100921: 6a 00
    push 0x93                            ; 100923: 68 93 00 00 00
    jmp .L256                            ; 100928: e9 e3 04 00 00
.L148:
    push 0                               ; 10092d: 6a 00
    push 0x94                            ; 10092f: 68 94 00 00 00
    jmp .L256                            ; 100934: e9 d7 04 00 00
.L149:
    push 0                               ; 100939: 6a 00
    push 0x95                            ; 10093b: 68 95 00 00 00
    jmp .L256                            ; 100940: e9 cb 04 00 00
.L150:
    push 0                               ; 100945: 6a 00
    push 0x96                            ; 100947: 68 96 00 00 00
    jmp .L256                            ; 10094c: e9 bf 04 00 00
.L151:
    push 0                               ; 100951: 6a 00
    push 0x97                            ; 100953: 68 97 00 00 00
    jmp .L256                            ; 100958: e9 b3 04 00 00
.L152:
    push 0                               ; 10095d: 6a 00
    push 0x98                            ; 10095f: 68 98 00 00 00
    jmp .L256                            ; 100964: e9 a7 04 00 00
.L153:
    push 0                               ; 100969: 6a 00
    push 0x99                            ; 10096b: 68 99 00 00 00
    jmp .L256                            ; 100970: e9 9b 04 00 00
.L154:
    push 0                               ; 100975: 6a 00
    push 0x9a                            ; 100977: 68 9a 00 00 00
    jmp .L256                            ; 10097c: e9 8f 04 00 00
.L155:
    push 0                               ; 100981: 6a 00
    push 0x9b                            ; 100983: 68 9b 00 00 00
    jmp .L256                            ; 100988: e9 83 04 00 00
.L156:
    push 0                               ; 10098d: 6a 00
    push 0x9c                            ; 10098f: 68 9c 00 00 00
    jmp .L256                            ; 100994: e9 77 04 00 00
.L157:
    push 0                               ; 100999: 6a 00
    push 0x9d                            ; 10099b: 68 9d 00 00 00
    jmp .L256                            ; 1009a0: e9 6b 04 00 00
.L158:
    push 0                               ; 1009a5: 6a 00
    push 0x9e                            ; 1009a7: 68 9e 00 00 00
    jmp .L256                            ; 1009ac: e9 5f 04 00 00
.L159:
    push 0                               ; 1009b1: 6a 00
    push 0x9f                            ; 1009b3: 68 9f 00 00 00
    jmp .L256                            ; 1009b8: e9 53 04 00 00
.L160:
    push 0                               ; 1009bd: 6a 00
    push 0xa0                            ; 1009bf: 68 a0 00 00 00
    jmp .L256                            ; 1009c4: e9 47 04 00 00
.L161:
    push 0                               ; 1009c9: 6a 00
    push 0xa1                            ; 1009cb: 68 a1 00 00 00
    jmp .L256                            ; 1009d0: e9 3b 04 00 00
.L162:
    push 0                               ; 1009d5: 6a 00
    push 0xa2                            ; 1009d7: 68 a2 00 00 00
    jmp .L256                            ; 1009dc: e9 2f 04 00 00
.L163:
    push 0                               ; 1009e1: 6a 00
    push 0xa3                            ; 1009e3: 68 a3 00 00 00
    jmp .L256                            ; 1009e8: e9 23 04 00 00
.L164:
    push 0                               ; 1009ed: 6a 00
    push 0xa4                            ; 1009ef: 68 a4 00 00 00
    jmp .L256                            ; 1009f4: e9 17 04 00 00
.L165:
    push 0                               ; 1009f9: 6a 00
    push 0xa5                            ; 1009fb: 68 a5 00 00 00
    jmp .L256                            ; 100a00: e9 0b 04 00 00
.L166:
    push 0                               ; 100a05: 6a 00
    push 0xa6                            ; 100a07: 68 a6 00 00 00
    jmp .L256                            ; 100a0c: e9 ff 03 00 00
.L167:
    push 0                               ; 100a11: 6a 00
    push 0xa7                            ; 100a13: 68 a7 00 00 00
    jmp .L256                            ; 100a18: e9 f3 03 00 00
.L168:
    push 0                               ; 100a1d: 6a 00
    push 0xa8                            ; 100a1f: 68 a8 00 00 00
    jmp .L256                            ; 100a24: e9 e7 03 00 00
.L169:
    push 0                               ; 100a29: 6a 00
    push 0xa9                            ; 100a2b: 68 a9 00 00 00
    jmp .L256                            ; 100a30: e9 db 03 00 00
.L170:
    push 0                               ; 100a35: 6a 00
    push 0xaa                            ; 100a37: 68 aa 00 00 00
    jmp .L256                            ; 100a3c: e9 cf 03 00 00
.L171:
    push 0                               ; 100a41: 6a 00
    push 0xab                            ; 100a43: 68 ab 00 00 00
    jmp .L256                            ; 100a48: e9 c3 03 00 00
.L172:
    push 0                               ; 100a4d: 6a 00
    push 0xac                            ; 100a4f: 68 ac 00 00 00
    jmp .L256                            ; 100a54: e9 b7 03 00 00
.L173:
    push 0                               ; 100a59: 6a 00
    push 0xad                            ; 100a5b: 68 ad 00 00 00
    jmp .L256                            ; 100a60: e9 ab 03 00 00
.L174:
    push 0                               ; 100a65: 6a 00
    push 0xae                            ; 100a67: 68 ae 00 00 00
    jmp .L256                            ; 100a6c: e9 9f 03 00 00
.L175:
    push 0                               ; 100a71: 6a 00
    push 0xaf                            ; 100a73: 68 af 00 00 00
    jmp .L256                            ; 100a78: e9 93 03 00 00
.L176:
    push 0                               ; 100a7d: 6a 00
    push 0xb0                            ; 100a7f: 68 b0 00 00 00
    jmp .L256                            ; 100a84: e9 87 03 00 00
.L177:
    push 0                               ; 100a89: 6a 00
    push 0xb1                            ; 100a8b: 68 b1 00 00 00
    jmp .L256                            ; 100a90: e9 7b 03 00 00
.L178:
    push 0                               ; 100a95: 6a 00
    push 0xb2                            ; 100a97: 68 b2 00 00 00
    jmp .L256                            ; 100a9c: e9 6f 03 00 00
.L179:
    push 0                               ; 100aa1: 6a 00
    push 0xb3                            ; 100aa3: 68 b3 00 00 00
    jmp .L256                            ; 100aa8: e9 63 03 00 00
.L180:
    push 0                               ; 100aad: 6a 00
    push 0xb4                            ; 100aaf: 68 b4 00 00 00
    jmp .L256                            ; 100ab4: e9 57 03 00 00
.L181:
    push 0                               ; 100ab9: 6a 00
    push 0xb5                            ; 100abb: 68 b5 00 00 00
    jmp .L256                            ; 100ac0: e9 4b 03 00 00
.L182:
    push 0                               ; 100ac5: 6a 00
    push 0xb6                            ; 100ac7: 68 b6 00 00 00
    jmp .L256                            ; 100acc: e9 3f 03 00 00
.L183:
    push 0                               ; 100ad1: 6a 00
    push 0xb7                            ; 100ad3: 68 b7 00 00 00
    jmp .L256                            ; 100ad8: e9 33 03 00 00
.L184:
    push 0                               ; 100add: 6a 00
    push 0xb8                            ; 100adf: 68 b8 00 00 00
    jmp .L256                            ; 100ae4: e9 27 03 00 00
.L185:
    push 0                               ; 100ae9: 6a 00
    push 0xb9                            ; 100aeb: 68 b9 00 00 00
    jmp .L256                            ; 100af0: e9 1b 03 00 00
.L186:
    push 0                               ; 100af5: 6a 00
    push 0xba                            ; 100af7: 68 ba 00 00 00
    jmp .L256                            ; 100afc: e9 0f 03 00 00
.L187:
    push 0                               ; 100b01: 6a 00
    push 0xbb                            ; 100b03: 68 bb 00 00 00
    jmp .L256                            ; 100b08: e9 03 03 00 00
.L188:
    push 0                               ; 100b0d: 6a 00
    push 0xbc                            ; 100b0f: 68 bc 00 00 00
    jmp .L256                            ; 100b14: e9 f7 02 00 00
.L189:
    push 0                               ; 100b19: 6a 00
    push 0xbd                            ; 100b1b: 68 bd 00 00 00
    jmp .L256                            ; 100b20: e9 eb 02 00 00
.L190:
    push 0                               ; 100b25: 6a 00
    push 0xbe                            ; 100b27: 68 be 00 00 00
    jmp .L256                            ; 100b2c: e9 df 02 00 00
.L191:
    push 0                               ; 100b31: 6a 00
    push 0xbf                            ; 100b33: 68 bf 00 00 00
    jmp .L256                            ; 100b38: e9 d3 02 00 00
.L192:
    push 0                               ; 100b3d: 6a 00
    push 0xc0                            ; 100b3f: 68 c0 00 00 00
    jmp .L256                            ; 100b44: e9 c7 02 00 00
.L193:
    push 0                               ; 100b49: 6a 00
    push 0xc1                            ; 100b4b: 68 c1 00 00 00
    jmp .L256                            ; 100b50: e9 bb 02 00 00
.L194:
    push 0                               ; 100b55: 6a 00
    push 0xc2                            ; 100b57: 68 c2 00 00 00
    jmp .L256                            ; 100b5c: e9 af 02 00 00
.L195:
    push 0                               ; 100b61: 6a 00
    push 0xc3                            ; 100b63: 68 c3 00 00 00
    jmp .L256                            ; 100b68: e9 a3 02 00 00
.L196:
    push 0                               ; 100b6d: 6a 00
    push 0xc4                            ; 100b6f: 68 c4 00 00 00
    jmp .L256                            ; 100b74: e9 97 02 00 00
.L197:
    push 0                               ; 100b79: 6a 00
    push 0xc5                            ; 100b7b: 68 c5 00 00 00
    jmp .L256                            ; 100b80: e9 8b 02 00 00
.L198:
    push 0                               ; 100b85: 6a 00
    push 0xc6                            ; 100b87: 68 c6 00 00 00
    jmp .L256                            ; 100b8c: e9 7f 02 00 00
.L199:
    push 0                               ; 100b91: 6a 00
    push 0xc7                            ; 100b93: 68 c7 00 00 00
    jmp .L256                            ; 100b98: e9 73 02 00 00
.L200:
    push 0                               ; 100b9d: 6a 00
    push 0xc8                            ; 100b9f: 68 c8 00 00 00
    jmp .L256                            ; 100ba4: e9 67 02 00 00
.L201:
    push 0                               ; 100ba9: 6a 00
    push 0xc9                            ; 100bab: 68 c9 00 00 00
    jmp .L256                            ; 100bb0: e9 5b 02 00 00
.L202:
    push 0                               ; 100bb5: 6a 00
    push 0xca                            ; 100bb7: 68 ca 00 00 00
    jmp .L256                            ; 100bbc: e9 4f 02 00 00
.L203:
    push 0                               ; 100bc1: 6a 00
    push 0xcb                            ; 100bc3: 68 cb 00 00 00
    jmp .L256                            ; 100bc8: e9 43 02 00 00
.L204:
    push 0                               ; 100bcd: 6a 00
    push 0xcc                            ; 100bcf: 68 cc 00 00 00
    jmp .L256                            ; 100bd4: e9 37 02 00 00
.L205:
    push 0                               ; 100bd9: 6a 00
    push 0xcd                            ; 100bdb: 68 cd 00 00 00
    jmp .L256                            ; 100be0: e9 2b 02 00 00
.L206:
    push 0                               ; 100be5: 6a 00
    push 0xce                            ; 100be7: 68 ce 00 00 00
    jmp .L256                            ; 100bec: e9 1f 02 00 00
.L207:
    push 0                               ; 100bf1: 6a 00
    push 0xcf                            ; 100bf3: 68 cf 00 00 00
    jmp .L256                            ; 100bf8: e9 13 02 00 00
.L208:
    push 0                               ; 100bfd: 6a 00
    push 0xd0                            ; 100bff: 68 d0 00 00 00
    jmp .L256                            ; 100c04: e9 07 02 00 00
.L209:
    push 0                               ; 100c09: 6a 00
    push 0xd1                            ; 100c0b: 68 d1 00 00 00
    jmp .L256                            ; 100c10: e9 fb 01 00 00
.L210:
    push 0                               ; 100c15: 6a 00
    push 0xd2                            ; 100c17: 68 d2 00 00 00
    jmp .L256                            ; 100c1c: e9 ef 01 00 00
.L211:
    push 0                               ; 100c21: 6a 00
    push 0xd3                            ; 100c23: 68 d3 00 00 00
    jmp .L256                            ; 100c28: e9 e3 01 00 00
.L212:
    push 0                               ; 100c2d: 6a 00
    push 0xd4                            ; 100c2f: 68 d4 00 00 00
    jmp .L256                            ; 100c34: e9 d7 01 00 00
.L213:
    push 0                               ; 100c39: 6a 00
    push 0xd5                            ; 100c3b: 68 d5 00 00 00
    jmp .L256                            ; 100c40: e9 cb 01 00 00
.L214:
    push 0                               ; 100c45: 6a 00
    push 0xd6                            ; 100c47: 68 d6 00 00 00
    jmp .L256                            ; 100c4c: e9 bf 01 00 00
.L215:
    push 0                               ; 100c51: 6a 00
    push 0xd7                            ; 100c53: 68 d7 00 00 00
    jmp .L256                            ; 100c58: e9 b3 01 00 00
.L216:
    push 0                               ; 100c5d: 6a 00
    push 0xd8                            ; 100c5f: 68 d8 00 00 00
    jmp .L256                            ; 100c64: e9 a7 01 00 00
.L217:
    push 0                               ; 100c69: 6a 00
    push 0xd9                            ; 100c6b: 68 d9 00 00 00
    jmp .L256                            ; 100c70: e9 9b 01 00 00
.L218:
    push 0                               ; 100c75: 6a 00
    push 0xda                            ; 100c77: 68 da 00 00 00
    jmp .L256                            ; 100c7c: e9 8f 01 00 00
.L219:
    push 0                               ; 100c81: 6a 00
    push 0xdb                            ; 100c83: 68 db 00 00 00
    jmp .L256                            ; 100c88: e9 83 01 00 00
.L220:
    push 0                               ; 100c8d: 6a 00
    push 0xdc                            ; 100c8f: 68 dc 00 00 00
    jmp .L256                            ; 100c94: e9 77 01 00 00
.L221:
    push 0                               ; 100c99: 6a 00
    push 0xdd                            ; 100c9b: 68 dd 00 00 00
    jmp .L256                            ; 100ca0: e9 6b 01 00 00
.L222:
    push 0                               ; 100ca5: 6a 00
    push 0xde                            ; 100ca7: 68 de 00 00 00
    jmp .L256                            ; 100cac: e9 5f 01 00 00
.L223:
    push 0                               ; 100cb1: 6a 00
    push 0xdf                            ; 100cb3: 68 df 00 00 00
    jmp .L256                            ; 100cb8: e9 53 01 00 00
.L224:
    push 0                               ; 100cbd: 6a 00
    push 0xe0                            ; 100cbf: 68 e0 00 00 00
    jmp .L256                            ; 100cc4: e9 47 01 00 00
.L225:
    push 0                               ; 100cc9: 6a 00
    push 0xe1                            ; 100ccb: 68 e1 00 00 00
    jmp .L256                            ; 100cd0: e9 3b 01 00 00
.L226:
    push 0                               ; 100cd5: 6a 00
    push 0xe2                            ; 100cd7: 68 e2 00 00 00
    jmp .L256                            ; 100cdc: e9 2f 01 00 00
.L227:
    push 0                               ; 100ce1: 6a 00
    push 0xe3                            ; 100ce3: 68 e3 00 00 00
    jmp .L256                            ; 100ce8: e9 23 01 00 00
.L228:
    push 0                               ; 100ced: 6a 00
    push 0xe4                            ; 100cef: 68 e4 00 00 00
    jmp .L256                            ; 100cf4: e9 17 01 00 00
.L229:
    push 0                               ; 100cf9: 6a 00
    push 0xe5                            ; 100cfb: 68 e5 00 00 00
    jmp .L256                            ; 100d00: e9 0b 01 00 00
.L230:
    push 0                               ; 100d05: 6a 00
    push 0xe6                            ; 100d07: 68 e6 00 00 00
    jmp .L256                            ; 100d0c: e9 ff 00 00 00
.L231:
    push 0                               ; 100d11: 6a 00
    push 0xe7                            ; 100d13: 68 e7 00 00 00
    jmp .L256                            ; 100d18: e9 f3 00 00 00
.L232:
    push 0                               ; 100d1d: 6a 00
    push 0xe8                            ; 100d1f: 68 e8 00 00 00
    jmp .L256                            ; 100d24: e9 e7 00 00 00
.L233:
    push 0                               ; 100d29: 6a 00
    push 0xe9                            ; 100d2b: 68 e9 00 00 00
    jmp .L256                            ; 100d30: e9 db 00 00 00
.L234:
    push 0                               ; 100d35: 6a 00
    push 0xea                            ; 100d37: 68 ea 00 00 00
    jmp .L256                            ; 100d3c: e9 cf 00 00 00
.L235:
    push 0                               ; 100d41: 6a 00
    push 0xeb                            ; 100d43: 68 eb 00 00 00
    jmp .L256                            ; 100d48: e9 c3 00 00 00
.L236:
    push 0                               ; 100d4d: 6a 00
    push 0xec                            ; 100d4f: 68 ec 00 00 00
    jmp .L256                            ; 100d54: e9 b7 00 00 00
.L237:
    push 0                               ; 100d59: 6a 00
    push 0xed                            ; 100d5b: 68 ed 00 00 00
    jmp .L256                            ; 100d60: e9 ab 00 00 00
.L238:
    push 0                               ; 100d65: 6a 00
    push 0xee                            ; 100d67: 68 ee 00 00 00
    jmp .L256                            ; 100d6c: e9 9f 00 00 00
.L239:
    push 0                               ; 100d71: 6a 00
    push 0xef                            ; 100d73: 68 ef 00 00 00
    jmp .L256                            ; 100d78: e9 93 00 00 00
.L240:
    push 0                               ; 100d7d: 6a 00
    push 0xf0                            ; 100d7f: 68 f0 00 00 00
    jmp .L256                            ; 100d84: e9 87 00 00 00
.L241:
    push 0                               ; 100d89: 6a 00
    push 0xf1                            ; 100d8b: 68 f1 00 00 00
    jmp short .L256                      ; 100d90: eb 7e
.L242:
    push 0                               ; 100d92: 6a 00
    push 0xf2                            ; 100d94: 68 f2 00 00 00
    jmp short .L256                      ; 100d99: eb 75
.L243:
    push 0                               ; 100d9b: 6a 00
    push 0xf3                            ; 100d9d: 68 f3 00 00 00
    jmp short .L256                      ; 100da2: eb 6c
.L244:
    push 0                               ; 100da4: 6a 00
    push 0xf4                            ; 100da6: 68 f4 00 00 00
    jmp short .L256                      ; 100dab: eb 63
.L245:
    push 0                               ; 100dad: 6a 00
    push 0xf5                            ; 100daf: 68 f5 00 00 00
    jmp short .L256                      ; 100db4: eb 5a
.L246:
    push 0                               ; 100db6: 6a 00
    push 0xf6                            ; 100db8: 68 f6 00 00 00
    jmp short .L256                      ; 100dbd: eb 51
.L247:
    push 0                               ; 100dbf: 6a 00
    push 0xf7                            ; 100dc1: 68 f7 00 00 00
    jmp short .L256                      ; 100dc6: eb 48
.L248:
    push 0                               ; 100dc8: 6a 00
    push 0xf8                            ; 100dca: 68 f8 00 00 00
    jmp short .L256                      ; 100dcf: eb 3f
.L249:
    push 0                               ; 100dd1: 6a 00
    push 0xf9                            ; 100dd3: 68 f9 00 00 00
    jmp short .L256                      ; 100dd8: eb 36
.L250:
    push 0                               ; 100dda: 6a 00
    push 0xfa                            ; 100ddc: 68 fa 00 00 00
    jmp short .L256                      ; 100de1: eb 2d
.L251:
    push 0                               ; 100de3: 6a 00
    push 0xfb                            ; 100de5: 68 fb 00 00 00
    jmp short .L256                      ; 100dea: eb 24
.L252:
    push 0                               ; 100dec: 6a 00
    push 0xfc                            ; 100dee: 68 fc 00 00 00
    jmp short .L256                      ; 100df3: eb 1b
.L253:
    push 0                               ; 100df5: 6a 00
    push 0xfd                            ; 100df7: 68 fd 00 00 00
    jmp short .L256                      ; 100dfc: eb 12
.L254:
    push 0                               ; 100dfe: 6a 00
    push 0xfe                            ; 100e00: 68 fe 00 00 00
    jmp short .L256                      ; 100e05: eb 09
.L255:
    push 0                               ; 100e07: 6a 00
    push 0xff                            ; 100e09: 68 ff 00 00 00
    jmp short .L256                      ; 100e0e: eb 00
.L256:
    push ds                              ; 100e10: 1e
    push es                              ; 100e11: 06
    push fs                              ; 100e12: 0f a0
    push gs                              ; 100e14: 0f a8
    pusha                                ; 100e16: 60
    mov eax, ss                          ; 100e17: 8c d0
    mov ds, eax                          ; 100e19: 8e d8
    mov es, eax                          ; 100e1b: 8e c0
    mov fs, eax                          ; 100e1d: 8e e0
    mov gs, eax                          ; 100e1f: 8e e8
    cld                                  ; 100e21: fc
    push esp                             ; 100e22: 54
    call onInterrupt                     ; 100e23: e8 0f f3 ff ff
    add esp, 4                           ; 100e28: 83 c4 04
    popa                                 ; 100e2b: 61
    pop gs                               ; 100e2c: 0f a9
    pop fs                               ; 100e2e: 0f a1
    pop es                               ; 100e30: 07
    pop ds                               ; 100e31: 1f
    add esp, 8                           ; 100e32: 83 c4 08
    iret                                 ; 100e35: cf

; .rodata
    times 0x1000 - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_2:  ; "interrupt "
    db 0xa, 0x0, 0x0, 0x0, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x75, 0x70, 0x74, 0x20
    times 0x1018 - ($ - $$) db 0
str_3:  ; " error "
    db 0x7, 0x0, 0x0, 0x0, 0x20, 0x65, 0x72, 0x72, 0x6f, 0x72, 0x20
    times 0x1024 - ($ - $$) db 0
str_4:  ; " cs "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x63, 0x73, 0x20
    times 0x102c - ($ - $$) db 0
str_5:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1030 - ($ - $$) db 0
str_6:  ; "gdt loaded"
    db 0xa, 0x0, 0x0, 0x0, 0x67, 0x64, 0x74, 0x20, 0x6c, 0x6f, 0x61, 0x64, 0x65, 0x64
    times 0x1040 - ($ - $$) db 0
str_8:  ; "idt loaded"
    db 0xa, 0x0, 0x0, 0x0, 0x69, 0x64, 0x74, 0x20, 0x6c, 0x6f, 0x61, 0x64, 0x65, 0x64
    times 0x1050 - ($ - $$) db 0
str_9:  ; "eax after int 0x41: "
    db 0x14, 0x0, 0x0, 0x0, 0x65, 0x61, 0x78, 0x20, 0x61, 0x66, 0x74, 0x65, 0x72, 0x20, 0x69, 0x6e
    db 0x74, 0x20, 0x30, 0x78, 0x34, 0x31, 0x3a, 0x20
    times 0x1068 - ($ - $$) db 0
str_10:  ; "resumed after #GP"
    db 0x11, 0x0, 0x0, 0x0, 0x72, 0x65, 0x73, 0x75, 0x6d, 0x65, 0x64, 0x20, 0x61, 0x66, 0x74, 0x65
    db 0x72, 0x20, 0x23, 0x47, 0x50
    times 0x1080 - ($ - $$) db 0
str_11:  ; "protected mode: "
    db 0x10, 0x0, 0x0, 0x0, 0x70, 0x72, 0x6f, 0x74, 0x65, 0x63, 0x74, 0x65, 0x64, 0x20, 0x6d, 0x6f
    db 0x64, 0x65, 0x3a, 0x20
    times 0x1094 - ($ - $$) db 0
str_12:  ; "yes"
    db 0x3, 0x0, 0x0, 0x0, 0x79, 0x65, 0x73
    times 0x109c - ($ - $$) db 0
str_13:  ; "no"
    db 0x2, 0x0, 0x0, 0x0, 0x6e, 0x6f
    times 0x10a4 - ($ - $$) db 0
str_14:  ; "interrupts enabled: "
    db 0x14, 0x0, 0x0, 0x0, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x72, 0x75, 0x70, 0x74, 0x73, 0x20, 0x65
    db 0x6e, 0x61, 0x62, 0x6c, 0x65, 0x64, 0x3a, 0x20
    times 0x10bc - ($ - $$) db 0
str_15:  ; "operand sum via asm: "
    db 0x15, 0x0, 0x0, 0x0, 0x6f, 0x70, 0x65, 0x72, 0x61, 0x6e, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    db 0x76, 0x69, 0x61, 0x20, 0x61, 0x73, 0x6d, 0x3a, 0x20
    times 0x10d8 - ($ - $$) db 0
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

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106830
gdt equ 0x102000  ; StaticArray<SegmentDescriptor>(3), 28 bytes
idt equ 0x10201c  ; StaticArray<Gate>(256), 2052 bytes
gdtPointer equ 0x102820  ; TablePointer, 6 bytes
idtPointer equ 0x102828  ; TablePointer, 6 bytes
__stack equ 0x102830  ; boot stack, 16384 bytes
