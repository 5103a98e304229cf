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
    call __tskc_init                     ; 10003b: e8 74 03 00 00
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
    cmp dword [esi], 0                   ; 100082: 83 3e 00
    jle short .L4                        ; 100085: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100087: 0f b6 44 1e 04
    push eax                             ; 10008c: 50
    call putc                            ; 10008d: e8 b9 ff ff ff
    add esp, 4                           ; 100092: 83 c4 04
    add ebx, 1                           ; 100095: 83 c3 01
    cmp ebx, [esi]                       ; 100098: 3b 1e
    jl short .L7                         ; 10009a: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    ret                                  ; 10009e: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009f: 53
    mov ebx, [esp+8]                     ; 1000a0: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000a4: 83 fb 0a
    jb short .L2                         ; 1000a7: 72 14
    mov ecx, 0xa                         ; 1000a9: b9 0a 00 00 00
    mov eax, ebx                         ; 1000ae: 89 d8
    xor edx, edx                         ; 1000b0: 31 d2
    div ecx                              ; 1000b2: f7 f1
    push eax                             ; 1000b4: 50
    call printU32                        ; 1000b5: e8 e5 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000bd: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c2: 89 d8
    xor edx, edx                         ; 1000c4: 31 d2
    div ecx                              ; 1000c6: f7 f1
    lea eax, [edx+0x30]                  ; 1000c8: 8d 42 30
    movzx eax, al                        ; 1000cb: 0f b6 c0
    push eax                             ; 1000ce: 50
    call putc                            ; 1000cf: e8 77 ff ff ff
    add esp, 4                           ; 1000d4: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d7: 5b
    ret                                  ; 1000d8: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 1000d9: 53
    push esi                             ; 1000da: 56
    mov esi, [esp+0xc]                   ; 1000db: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 1000df: b8 00 10 10 00
    push eax                             ; 1000e4: 50
    call print                           ; 1000e5: e8 90 ff ff ff
    add esp, 4                           ; 1000ea: 83 c4 04
    mov ebx, 0x1c                        ; 1000ed: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 1000f2: 89 f0
    shr eax, 0x1c                        ; 1000f4: c1 e8 1c
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
    call printU32                        ; 10014e: e8 4c ff ff ff
    add esp, 4                           ; 100153: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 100156: b8 18 10 10 00
    push eax                             ; 10015b: 50
    call print                           ; 10015c: e8 19 ff ff ff
    add esp, 4                           ; 100161: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 100164: 8b 43 34
    push eax                             ; 100167: 50
    call printHex                        ; 100168: e8 6c ff ff ff
    add esp, 4                           ; 10016d: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 100170: b8 24 10 10 00
    push eax                             ; 100175: 50
    call print                           ; 100176: e8 ff fe ff ff
    add esp, 4                           ; 10017b: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 10017e: 8b 43 3c
    push eax                             ; 100181: 50
    call printHex                        ; 100182: e8 52 ff ff ff
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
.L7:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 100245: b8 20 20 10 00
    lea ebx, [eax+ecx*8]                 ; 10024a: 8d 1c c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov eax, [ecx*4+onInterrupt_stubs+4] ; 10024d: 8b 04 8d dc 10 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx edx, ax                        ; 100254: 0f b7 d0
    mov [ebx], dx                        ; 100257: 66 89 13
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ebx+2], 8                  ; 10025a: 66 c7 43 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ebx+5], 0x8e               ; 100260: c6 43 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr eax, 0x10                        ; 100264: c1 e8 10
    movzx eax, ax                        ; 100267: 0f b7 c0
    mov [ebx+6], ax                      ; 10026a: 66 89 43 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add ecx, 1                           ; 10026e: 83 c1 01
    cmp ecx, 0x100                       ; 100271: 81 f9 00 01 00 00
    jl short .L7                         ; 100277: 7c cc
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 100279: 66 c7 05 28 28 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 100282: b8 20 20 10 00
    mov [idtPointer+2], eax              ; 100287: a3 2a 28 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 10028c: 0f 01 1d 28 28 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 100293: b8 40 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100298: 50
    call print                           ; 100299: e8 dc fd ff ff
    add esp, 4                           ; 10029e: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002a1: 6a 0a
    call putc                            ; 1002a3: e8 a3 fd ff ff
    add esp, 4                           ; 1002a8: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002ab: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002ac: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002ae: cd 41
    mov ebx, eax                         ; 1002b0: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002b2: b8 50 10 10 00
    push eax                             ; 1002b7: 50
    call print                           ; 1002b8: e8 bd fd ff ff
    add esp, 4                           ; 1002bd: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002c0: 53
    call printU32                        ; 1002c1: e8 d9 fd ff ff
    add esp, 4                           ; 1002c6: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov edi, str_5                       ; 1002c9: bf 2c 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 1002ce: 57
    call print                           ; 1002cf: e8 a6 fd ff ff
    add esp, 4                           ; 1002d4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002d7: 6a 0a
    call putc                            ; 1002d9: e8 6d fd ff ff
    add esp, 4                           ; 1002de: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 1002e1: b8 34 12 00 00
    mov ds, eax                          ; 1002e6: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 1002e8: b8 68 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1002ed: 50
    call print                           ; 1002ee: e8 87 fd ff ff
    add esp, 4                           ; 1002f3: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002f6: 6a 0a
    call putc                            ; 1002f8: e8 4e fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100300: b8 80 10 10 00
    push eax                             ; 100305: 50
    call print                           ; 100306: e8 6f fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 10030e: 0f 20 c0
    test eax, 1                          ; 100311: a9 01 00 00 00
    je short .L15                        ; 100316: 74 07
    mov eax, str_12                      ; 100318: b8 94 10 10 00
    jmp short .L42                       ; 10031d: eb 05
.L15:
    mov eax, str_13                      ; 10031f: b8 9c 10 10 00
.L42:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100324: 50
    call print                           ; 100325: e8 50 fd ff ff
    add esp, 4                           ; 10032a: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10032d: 6a 0a
    call putc                            ; 10032f: e8 17 fd ff ff
    add esp, 4                           ; 100334: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100337: b8 a4 10 10 00
    push eax                             ; 10033c: 50
    call print                           ; 10033d: e8 38 fd ff ff
    add esp, 4                           ; 100342: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100345: 9c
    pop eax                              ; 100346: 58
    test eax, 0x200                      ; 100347: a9 00 02 00 00
    je short .L19                        ; 10034c: 74 07
    mov eax, str_12                      ; 10034e: b8 94 10 10 00
    jmp short .L45                       ; 100353: eb 05
.L19:
    mov eax, str_13                      ; 100355: b8 9c 10 10 00
.L45:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10035a: 50
    call print                           ; 10035b: e8 1a fd ff ff
    add esp, 4                           ; 100360: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100363: 6a 0a
    call putc                            ; 100365: e8 e1 fc ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 10036d: b8 bc 10 10 00
    push eax                             ; 100372: 50
    call print                           ; 100373: e8 02 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 10037b: bb 14 00 00 00
    mov esi, 0x16                        ; 100380: be 16 00 00 00
    mov eax, ebx                         ; 100385: 89 d8
    add eax, esi                         ; 100387: 01 f0
    push eax                             ; 100389: 50
    call printU32                        ; 10038a: e8 10 fd ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push edi                             ; 100392: 57
    call print                           ; 100393: e8 e2 fc ff ff
    add esp, 4                           ; 100398: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10039b: 6a 0a
    call putc                            ; 10039d: e8 a9 fc ff ff
    add esp, 4                           ; 1003a2: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 1003a5: 6a 00
    call exit                            ; 1003a7: e8 81 fd ff ff
    add esp, 4                           ; 1003ac: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop edi                              ; 1003af: 5f
    pop esi                              ; 1003b0: 5e
    pop ebx                              ; 1003b1: 5b
    pop ebp                              ; 1003b2: 5d
    ret                                  ; 1003b3: c3

__tskc_init:
    mov dword [gdt], 3                   ; 1003b4: c7 05 00 20 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 1003be: c7 05 1c 20 10 00 00 01 00 00
    ret                                  ; 1003c8: c3

onInterrupt_entry:
.L0:
    push 0                               ; 1003c9: 6a 00
    push 0                               ; 1003cb: 6a 00
    jmp .L256                            ; 1003cd: e9 36 0a 00 00
.L1:
    push 0                               ; 1003d2: 6a 00
    push 1                               ; 1003d4: 6a 01
    jmp .L256                            ; 1003d6: e9 2d 0a 00 00
.L2:
    push 0                               ; 1003db: 6a 00
    push 2                               ; 1003dd: 6a 02
    jmp .L256                            ; 1003df: e9 24 0a 00 00
.L3:
    push 0                               ; 1003e4: 6a 00
    push 3                               ; 1003e6: 6a 03
    jmp .L256                            ; 1003e8: e9 1b 0a 00 00
.L4:
    push 0                               ; 1003ed: 6a 00
    push 4                               ; 1003ef: 6a 04
    jmp .L256                            ; 1003f1: e9 12 0a 00 00
.L5:
    push 0                               ; 1003f6: 6a 00
    push 5                               ; 1003f8: 6a 05
    jmp .L256                            ; 1003fa: e9 09 0a 00 00
.L6:
    push 0                               ; 1003ff: 6a 00
    push 6                               ; 100401: 6a 06
    jmp .L256                            ; 100403: e9 00 0a 00 00
.L7:
    push 0                               ; 100408: 6a 00
    push 7                               ; 10040a: 6a 07
    jmp .L256                            ; 10040c: e9 f7 09 00 00
.L8:
    push 8                               ; 100411: 6a 08
    jmp .L256                            ; 100413: e9 f0 09 00 00
.L9:
    push 0                               ; 100418: 6a 00
    push 9                               ; 10041a: 6a 09
    jmp .L256                            ; 10041c: e9 e7 09 00 00
.L10:
    push 0xa                             ; 100421: 6a 0a
    jmp .L256                            ; 100423: e9 e0 09 00 00
.L11:
    push 0xb                             ; 100428: 6a 0b
    jmp .L256                            ; 10042a: e9 d9 09 00 00
.L12:
    push 0xc                             ; 10042f: 6a 0c
    jmp .L256                            ; 100431: e9 d2 09 00 00
.L13:
    push 0xd                             ; 100436: 6a 0d
    jmp .L256                            ; 100438: e9 cb 09 00 00
.L14:
    push 0xe                             ; 10043d: 6a 0e
    jmp .L256                            ; 10043f: e9 c4 09 00 00
.L15:
    push 0                               ; 100444: 6a 00
    push 0xf                             ; 100446: 6a 0f
    jmp .L256                            ; 100448: e9 bb 09 00 00
.L16:
    push 0                               ; 10044d: 6a 00
    push 0x10                            ; 10044f: 6a 10
    jmp .L256                            ; 100451: e9 b2 09 00 00
.L17:
    push 0x11                            ; 100456: 6a 11
    jmp .L256                            ; 100458: e9 ab 09 00 00
.L18:
    push 0                               ; 10045d: 6a 00
    push 0x12                            ; 10045f: 6a 12
    jmp .L256                            ; 100461: e9 a2 09 00 00
.L19:
    push 0                               ; 100466: 6a 00
    push 0x13                            ; 100468: 6a 13
    jmp .L256                            ; 10046a: e9 99 09 00 00
.L20:
    push 0                               ; 10046f: 6a 00
    push 0x14                            ; 100471: 6a 14
    jmp .L256                            ; 100473: e9 90 09 00 00
.L21:
    push 0x15                            ; 100478: 6a 15
    jmp .L256                            ; 10047a: e9 89 09 00 00
.L22:
    push 0                               ; 10047f: 6a 00
    push 0x16                            ; 100481: 6a 16
    jmp .L256                            ; 100483: e9 80 09 00 00
.L23:
    push 0                               ; 100488: 6a 00
    push 0x17                            ; 10048a: 6a 17
    jmp .L256                            ; 10048c: e9 77 09 00 00
.L24:
    push 0                               ; 100491: 6a 00
    push 0x18                            ; 100493: 6a 18
    jmp .L256                            ; 100495: e9 6e 09 00 00
.L25:
    push 0                               ; 10049a: 6a 00
    push 0x19                            ; 10049c: 6a 19
    jmp .L256                            ; 10049e: e9 65 09 00 00
.L26:
    push 0                               ; 1004a3: 6a 00
    push 0x1a                            ; 1004a5: 6a 1a
    jmp .L256                            ; 1004a7: e9 5c 09 00 00
.L27:
    push 0                               ; 1004ac: 6a 00
    push 0x1b                            ; 1004ae: 6a 1b
    jmp .L256                            ; 1004b0: e9 53 09 00 00
.L28:
    push 0                               ; 1004b5: 6a 00
    push 0x1c                            ; 1004b7: 6a 1c
    jmp .L256                            ; 1004b9: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 1004be: 6a 1d
    jmp .L256                            ; 1004c0: e9 43 09 00 00
.L30:
    push 0x1e                            ; 1004c5: 6a 1e
    jmp .L256                            ; 1004c7: e9 3c 09 00 00
.L31:
    push 0                               ; 1004cc: 6a 00
    push 0x1f                            ; 1004ce: 6a 1f
    jmp .L256                            ; 1004d0: e9 33 09 00 00
.L32:
    push 0                               ; 1004d5: 6a 00
    push 0x20                            ; 1004d7: 6a 20
    jmp .L256                            ; 1004d9: e9 2a 09 00 00
.L33:
    push 0                               ; 1004de: 6a 00
    push 0x21                            ; 1004e0: 6a 21
    jmp .L256                            ; 1004e2: e9 21 09 00 00
.L34:
    push 0                               ; 1004e7: 6a 00
    push 0x22                            ; 1004e9: 6a 22
    jmp .L256                            ; 1004eb: e9 18 09 00 00
.L35:
    push 0                               ; 1004f0: 6a 00
    push 0x23                            ; 1004f2: 6a 23
    jmp .L256                            ; 1004f4: e9 0f 09 00 00
.L36:
    push 0                               ; 1004f9: 6a 00
    push 0x24                            ; 1004fb: 6a 24
    jmp .L256                            ; 1004fd: e9 06 09 00 00
.L37:
    push 0                               ; 100502: 6a 00
    push 0x25                            ; 100504: 6a 25
    jmp .L256                            ; 100506: e9 fd 08 00 00
.L38:
    push 0                               ; 10050b: 6a 00
    push 0x26                            ; 10050d: 6a 26
    jmp .L256                            ; 10050f: e9 f4 08 00 00
.L39:
    push 0                               ; 100514: 6a 00
    push 0x27                            ; 100516: 6a 27
    jmp .L256                            ; 100518: e9 eb 08 00 00
.L40:
    push 0                               ; 10051d: 6a 00
    push 0x28                            ; 10051f: 6a 28
    jmp .L256                            ; 100521: e9 e2 08 00 00
.L41:
    push 0                               ; 100526: 6a 00
    push 0x29                            ; 100528: 6a 29
    jmp .L256                            ; 10052a: e9 d9 08 00 00
.L42:
    push 0                               ; 10052f: 6a 00
    push 0x2a                            ; 100531: 6a 2a
    jmp .L256                            ; 100533: e9 d0 08 00 00
.L43:
    push 0                               ; 100538: 6a 00
    push 0x2b                            ; 10053a: 6a 2b
    jmp .L256                            ; 10053c: e9 c7 08 00 00
.L44:
    push 0                               ; 100541: 6a 00
    push 0x2c                            ; 100543: 6a 2c
    jmp .L256                            ; 100545: e9 be 08 00 00
.L45:
    push 0                               ; 10054a: 6a 00
    push 0x2d                            ; 10054c: 6a 2d
    jmp .L256                            ; 10054e: e9 b5 08 00 00
.L46:
    push 0                               ; 100553: 6a 00
    push 0x2e                            ; 100555: 6a 2e
    jmp .L256                            ; 100557: e9 ac 08 00 00
.L47:
    push 0                               ; 10055c: 6a 00
    push 0x2f                            ; 10055e: 6a 2f
    jmp .L256                            ; 100560: e9 a3 08 00 00
.L48:
    push 0                               ; 100565: 6a 00
    push 0x30                            ; 100567: 6a 30
    jmp .L256                            ; 100569: e9 9a 08 00 00
.L49:
    push 0                               ; 10056e: 6a 00
    push 0x31                            ; 100570: 6a 31
    jmp .L256                            ; 100572: e9 91 08 00 00
.L50:
    push 0                               ; 100577: 6a 00
    push 0x32                            ; 100579: 6a 32
    jmp .L256                            ; 10057b: e9 88 08 00 00
.L51:
    push 0                               ; 100580: 6a 00
    push 0x33                            ; 100582: 6a 33
    jmp .L256                            ; 100584: e9 7f 08 00 00
.L52:
    push 0                               ; 100589: 6a 00
    push 0x34                            ; 10058b: 6a 34
    jmp .L256                            ; 10058d: e9 76 08 00 00
.L53:
    push 0                               ; 100592: 6a 00
    push 0x35                            ; 100594: 6a 35
    jmp .L256                            ; 100596: e9 6d 08 00 00
.L54:
    push 0                               ; 10059b: 6a 00
    push 0x36                            ; 10059d: 6a 36
    jmp .L256                            ; 10059f: e9 64 08 00 00
.L55:
    push 0                               ; 1005a4: 6a 00
    push 0x37                            ; 1005a6: 6a 37
    jmp .L256                            ; 1005a8: e9 5b 08 00 00
.L56:
    push 0                               ; 1005ad: 6a 00
    push 0x38                            ; 1005af: 6a 38
    jmp .L256                            ; 1005b1: e9 52 08 00 00
.L57:
    push 0                               ; 1005b6: 6a 00
    push 0x39                            ; 1005b8: 6a 39
    jmp .L256                            ; 1005ba: e9 49 08 00 00
.L58:
    push 0                               ; 1005bf: 6a 00
    push 0x3a                            ; 1005c1: 6a 3a
    jmp .L256                            ; 1005c3: e9 40 08 00 00
.L59:
    push 0                               ; 1005c8: 6a 00
    push 0x3b                            ; 1005ca: 6a 3b
    jmp .L256                            ; 1005cc: e9 37 08 00 00
.L60:
    push 0                               ; 1005d1: 6a 00
    push 0x3c                            ; 1005d3: 6a 3c
    jmp .L256                            ; 1005d5: e9 2e 08 00 00
.L61:
    push 0                               ; 1005da: 6a 00
    push 0x3d                            ; 1005dc: 6a 3d
    jmp .L256                            ; 1005de: e9 25 08 00 00
.L62:
    push 0                               ; 1005e3: 6a 00
    push 0x3e                            ; 1005e5: 6a 3e
    jmp .L256                            ; 1005e7: e9 1c 08 00 00
.L63:
    push 0                               ; 1005ec: 6a 00
    push 0x3f                            ; 1005ee: 6a 3f
    jmp .L256                            ; 1005f0: e9 13 08 00 00
.L64:
    push 0                               ; 1005f5: 6a 00
    push 0x40                            ; 1005f7: 6a 40
    jmp .L256                            ; 1005f9: e9 0a 08 00 00
.L65:
    push 0                               ; 1005fe: 6a 00
    push 0x41                            ; 100600: 6a 41
    jmp .L256                            ; 100602: e9 01 08 00 00
.L66:
    push 0                               ; 100607: 6a 00
    push 0x42                            ; 100609: 6a 42
    jmp .L256                            ; 10060b: e9 f8 07 00 00
.L67:
    push 0                               ; 100610: 6a 00
    push 0x43                            ; 100612: 6a 43
    jmp .L256                            ; 100614: e9 ef 07 00 00
.L68:
    push 0                               ; 100619: 6a 00
    push 0x44                            ; 10061b: 6a 44
    jmp .L256                            ; 10061d: e9 e6 07 00 00
.L69:
    push 0                               ; 100622: 6a 00
    push 0x45                            ; 100624: 6a 45
    jmp .L256                            ; 100626: e9 dd 07 00 00
.L70:
    push 0                               ; 10062b: 6a 00
    push 0x46                            ; 10062d: 6a 46
    jmp .L256                            ; 10062f: e9 d4 07 00 00
.L71:
    push 0                               ; 100634: 6a 00
    push 0x47                            ; 100636: 6a 47
    jmp .L256                            ; 100638: e9 cb 07 00 00
.L72:
    push 0                               ; 10063d: 6a 00
    push 0x48                            ; 10063f: 6a 48
    jmp .L256                            ; 100641: e9 c2 07 00 00
.L73:
    push 0                               ; 100646: 6a 00
    push 0x49                            ; 100648: 6a 49
    jmp .L256                            ; 10064a: e9 b9 07 00 00
.L74:
    push 0                               ; 10064f: 6a 00
    push 0x4a                            ; 100651: 6a 4a
    jmp .L256                            ; 100653: e9 b0 07 00 00
.L75:
    push 0                               ; 100658: 6a 00
    push 0x4b                            ; 10065a: 6a 4b
    jmp .L256                            ; 10065c: e9 a7 07 00 00
.L76:
    push 0                               ; 100661: 6a 00
    push 0x4c                            ; 100663: 6a 4c
    jmp .L256                            ; 100665: e9 9e 07 00 00
.L77:
    push 0                               ; 10066a: 6a 00
    push 0x4d                            ; 10066c: 6a 4d
    jmp .L256                            ; 10066e: e9 95 07 00 00
.L78:
    push 0                               ; 100673: 6a 00
    push 0x4e                            ; 100675: 6a 4e
    jmp .L256                            ; 100677: e9 8c 07 00 00
.L79:
    push 0                               ; 10067c: 6a 00
    push 0x4f                            ; 10067e: 6a 4f
    jmp .L256                            ; 100680: e9 83 07 00 00
.L80:
    push 0                               ; 100685: 6a 00
    push 0x50                            ; 100687: 6a 50
    jmp .L256                            ; 100689: e9 7a 07 00 00
.L81:
    push 0                               ; 10068e: 6a 00
    push 0x51                            ; 100690: 6a 51
    jmp .L256                            ; 100692: e9 71 07 00 00
.L82:
    push 0                               ; 100697: 6a 00
    push 0x52                            ; 100699: 6a 52
    jmp .L256                            ; 10069b: e9 68 07 00 00
.L83:
    push 0                               ; 1006a0: 6a 00
    push 0x53                            ; 1006a2: 6a 53
    jmp .L256                            ; 1006a4: e9 5f 07 00 00
.L84:
    push 0                               ; 1006a9: 6a 00
    push 0x54                            ; 1006ab: 6a 54
    jmp .L256                            ; 1006ad: e9 56 07 00 00
.L85:
    push 0                               ; 1006b2: 6a 00
    push 0x55                            ; 1006b4: 6a 55
    jmp .L256                            ; 1006b6: e9 4d 07 00 00
.L86:
    push 0                               ; 1006bb: 6a 00
    push 0x56                            ; 1006bd: 6a 56
    jmp .L256                            ; 1006bf: e9 44 07 00 00
.L87:
    push 0                               ; 1006c4: 6a 00
    push 0x57                            ; 1006c6: 6a 57
    jmp .L256                            ; 1006c8: e9 3b 07 00 00
.L88:
    push 0                               ; 1006cd: 6a 00
    push 0x58                            ; 1006cf: 6a 58
    jmp .L256                            ; 1006d1: e9 32 07 00 00
.L89:
    push 0                               ; 1006d6: 6a 00
    push 0x59                            ; 1006d8: 6a 59
    jmp .L256                            ; 1006da: e9 29 07 00 00
.L90:
    push 0                               ; 1006df: 6a 00
    push 0x5a                            ; 1006e1: 6a 5a
    jmp .L256                            ; 1006e3: e9 20 07 00 00
.L91:
    push 0                               ; 1006e8: 6a 00
    push 0x5b                            ; 1006ea: 6a 5b
    jmp .L256                            ; 1006ec: e9 17 07 00 00
.L92:
    push 0                               ; 1006f1: 6a 00
    push 0x5c                            ; 1006f3: 6a 5c
    jmp .L256                            ; 1006f5: e9 0e 07 00 00
.L93:
    push 0                               ; 1006fa: 6a 00
    push 0x5d                            ; 1006fc: 6a 5d
    jmp .L256                            ; 1006fe: e9 05 07 00 00
.L94:
    push 0                               ; 100703: 6a 00
    push 0x5e                            ; 100705: 6a 5e
    jmp .L256                            ; 100707: e9 fc 06 00 00
.L95:
    push 0                               ; 10070c: 6a 00
    push 0x5f                            ; 10070e: 6a 5f
    jmp .L256                            ; 100710: e9 f3 06 00 00
.L96:
    push 0                               ; 100715: 6a 00
    push 0x60                            ; 100717: 6a 60
    jmp .L256                            ; 100719: e9 ea 06 00 00
.L97:
    push 0                               ; 10071e: 6a 00
    push 0x61                            ; 100720: 6a 61
    jmp .L256                            ; 100722: e9 e1 06 00 00
.L98:
    push 0                               ; 100727: 6a 00
    push 0x62                            ; 100729: 6a 62
    jmp .L256                            ; 10072b: e9 d8 06 00 00
.L99:
    push 0                               ; 100730: 6a 00
    push 0x63                            ; 100732: 6a 63
    jmp .L256                            ; 100734: e9 cf 06 00 00
.L100:
    push 0                               ; 100739: 6a 00
    push 0x64                            ; 10073b: 6a 64
    jmp .L256                            ; 10073d: e9 c6 06 00 00
.L101:
    push 0                               ; 100742: 6a 00
    push 0x65                            ; 100744: 6a 65
    jmp .L256                            ; 100746: e9 bd 06 00 00
.L102:
    push 0                               ; 10074b: 6a 00
    push 0x66                            ; 10074d: 6a 66
    jmp .L256                            ; 10074f: e9 b4 06 00 00
.L103:
    push 0                               ; 100754: 6a 00
    push 0x67                            ; 100756: 6a 67
    jmp .L256                            ; 100758: e9 ab 06 00 00
.L104:
    push 0                               ; 10075d: 6a 00
    push 0x68                            ; 10075f: 6a 68
    jmp .L256                            ; 100761: e9 a2 06 00 00
.L105:
    push 0                               ; 100766: 6a 00
    push 0x69                            ; 100768: 6a 69
    jmp .L256                            ; 10076a: e9 99 06 00 00
.L106:
    push 0                               ; 10076f: 6a 00
    push 0x6a                            ; 100771: 6a 6a
    jmp .L256                            ; 100773: e9 90 06 00 00
.L107:
    push 0                               ; 100778: 6a 00
    push 0x6b                            ; 10077a: 6a 6b
    jmp .L256                            ; 10077c: e9 87 06 00 00
.L108:
    push 0                               ; 100781: 6a 00
    push 0x6c                            ; 100783: 6a 6c
    jmp .L256                            ; 100785: e9 7e 06 00 00
.L109:
    push 0                               ; 10078a: 6a 00
    push 0x6d                            ; 10078c: 6a 6d
    jmp .L256                            ; 10078e: e9 75 06 00 00
.L110:
    push 0                               ; 100793: 6a 00
    push 0x6e                            ; 100795: 6a 6e
    jmp .L256                            ; 100797: e9 6c 06 00 00
.L111:
    push 0                               ; 10079c: 6a 00
    push 0x6f                            ; 10079e: 6a 6f
    jmp .L256                            ; 1007a0: e9 63 06 00 00
.L112:
    push 0                               ; 1007a5: 6a 00
    push 0x70                            ; 1007a7: 6a 70
    jmp .L256                            ; 1007a9: e9 5a 06 00 00
.L113:
    push 0                               ; 1007ae: 6a 00
    push 0x71                            ; 1007b0: 6a 71
    jmp .L256                            ; 1007b2: e9 51 06 00 00
.L114:
    push 0                               ; 1007b7: 6a 00
    push 0x72                            ; 1007b9: 6a 72
    jmp .L256                            ; 1007bb: e9 48 06 00 00
.L115:
    push 0                               ; 1007c0: 6a 00
    push 0x73                            ; 1007c2: 6a 73
    jmp .L256                            ; 1007c4: e9 3f 06 00 00
.L116:
    push 0                               ; 1007c9: 6a 00
    push 0x74                            ; 1007cb: 6a 74
    jmp .L256                            ; 1007cd: e9 36 06 00 00
.L117:
    push 0                               ; 1007d2: 6a 00
    push 0x75                            ; 1007d4: 6a 75
    jmp .L256                            ; 1007d6: e9 2d 06 00 00
.L118:
    push 0                               ; 1007db: 6a 00
    push 0x76                            ; 1007dd: 6a 76
    jmp .L256                            ; 1007df: e9 24 06 00 00
.L119:
    push 0                               ; 1007e4: 6a 00
    push 0x77                            ; 1007e6: 6a 77
    jmp .L256                            ; 1007e8: e9 1b 06 00 00
.L120:
    push 0                               ; 1007ed: 6a 00
    push 0x78                            ; 1007ef: 6a 78
    jmp .L256                            ; 1007f1: e9 12 06 00 00
.L121:
    push 0                               ; 1007f6: 6a 00
    push 0x79                            ; 1007f8: 6a 79
    jmp .L256                            ; 1007fa: e9 09 06 00 00
.L122:
    push 0                               ; 1007ff: 6a 00
    push 0x7a                            ; 100801: 6a 7a
    jmp .L256                            ; 100803: e9 00 06 00 00
.L123:
    push 0                               ; 100808: 6a 00
    push 0x7b                            ; 10080a: 6a 7b
    jmp .L256                            ; 10080c: e9 f7 05 00 00
.L124:
    push 0                               ; 100811: 6a 00
    push 0x7c                            ; 100813: 6a 7c
    jmp .L256                            ; 100815: e9 ee 05 00 00
.L125:
    push 0                               ; 10081a: 6a 00
    push 0x7d                            ; 10081c: 6a 7d
    jmp .L256                            ; 10081e: e9 e5 05 00 00
.L126:
    push 0                               ; 100823: 6a 00
    push 0x7e                            ; 100825: 6a 7e
    jmp .L256                            ; 100827: e9 dc 05 00 00
.L127:
    push 0                               ; 10082c: 6a 00
    push 0x7f                            ; 10082e: 6a 7f
    jmp .L256                            ; 100830: e9 d3 05 00 00
.L128:
    push 0                               ; 100835: 6a 00
    push 0x80                            ; 100837: 68 80 00 00 00
    jmp .L256                            ; 10083c: e9 c7 05 00 00
.L129:
    push 0                               ; 100841: 6a 00
    push 0x81                            ; 100843: 68 81 00 00 00
    jmp .L256                            ; 100848: e9 bb 05 00 00
.L130:
    push 0                               ; 10084d: 6a 00
    push 0x82                            ; 10084f: 68 82 00 00 00
    jmp .L256                            ; 100854: e9 af 05 00 00
.L131:
    push 0                               ; 100859: 6a 00
    push 0x83                            ; 10085b: 68 83 00 00 00
    jmp .L256                            ; 100860: e9 a3 05 00 00
.L132:
    push 0                               ; 100865: 6a 00
    push 0x84                            ; 100867: 68 84 00 00 00
    jmp .L256                            ; 10086c: e9 97 05 00 00
.L133:
    push 0                               ; 100871: 6a 00
    push 0x85                            ; 100873: 68 85 00 00 00
    jmp .L256                            ; 100878: e9 8b 05 00 00
.L134:
    push 0                               ; 10087d: 6a 00
    push 0x86                            ; 10087f: 68 86 00 00 00
    jmp .L256                            ; 100884: e9 7f 05 00 00
.L135:
    push 0                               ; 100889: 6a 00
    push 0x87                            ; 10088b: 68 87 00 00 00
    jmp .L256                            ; 100890: e9 73 05 00 00
.L136:
    push 0                               ; 100895: 6a 00
    push 0x88                            ; 100897: 68 88 00 00 00
    jmp .L256                            ; 10089c: e9 67 05 00 00
.L137:
    push 0                               ; 1008a1: 6a 00
    push 0x89                            ; 1008a3: 68 89 00 00 00
    jmp .L256                            ; 1008a8: e9 5b 05 00 00
.L138:
    push 0                               ; 1008ad: 6a 00
    push 0x8a                            ; 1008af: 68 8a 00 00 00
    jmp .L256                            ; 1008b4: e9 4f 05 00 00
.L139:
    push 0                               ; 1008b9: 6a 00
    push 0x8b                            ; 1008bb: 68 8b 00 00 00
    jmp .L256                            ; 1008c0: e9 43 05 00 00
.L140:
    push 0                               ; 1008c5: 6a 00
    push 0x8c                            ; 1008c7: 68 8c 00 00 00
    jmp .L256                            ; 1008cc: e9 37 05 00 00
.L141:
    push 0                               ; 1008d1: 6a 00
    push 0x8d                            ; 1008d3: 68 8d 00 00 00
    jmp .L256                            ; 1008d8: e9 2b 05 00 00
.L142:
    push 0                               ; 1008dd: 6a 00
    push 0x8e                            ; 1008df: 68 8e 00 00 00
    jmp .L256                            ; 1008e4: e9 1f 05 00 00
.L143:
    push 0                               ; 1008e9: 6a 00
    push 0x8f                            ; 1008eb: 68 8f 00 00 00
    jmp .L256                            ; 1008f0: e9 13 05 00 00
.L144:
    push 0                               ; 1008f5: 6a 00
    push 0x90                            ; 1008f7: 68 90 00 00 00
    jmp .L256                            ; 1008fc: e9 07 05 00 00
.L145:
    push 0                               ; 100901: 6a 00
    push 0x91                            ; 100903: 68 91 00 00 00
    jmp .L256                            ; 100908: e9 fb 04 00 00
.L146:
    push 0                               ; 10090d: 6a 00
    push 0x92                            ; 10090f: 68 92 00 00 00
    jmp .L256                            ; 100914: e9 ef 04 00 00
.L147:
    push 0                               ; 100919: 6a 00
    push 0x93                            ; 10091b: 68 93 00 00 00
    jmp .L256                            ; 100920: e9 e3 04 00 00
.L148:
    push 0                               ; 100925: 6a 00
    push 0x94                            ; 100927: 68 94 00 00 00
    jmp .L256                            ; 10092c: e9 d7 04 00 00
.L149:
    push 0                               ; 100931: 6a 00
    push 0x95                            ; 100933: 68 95 00 00 00
    jmp .L256                            ; 100938: e9 cb 04 00 00
.L150:
    push 0                               ; 10093d: 6a 00
    push 0x96                            ; 10093f: 68 96 00 00 00
    jmp .L256                            ; 100944: e9 bf 04 00 00
.L151:
    push 0                               ; 100949: 6a 00
    push 0x97                            ; 10094b: 68 97 00 00 00
    jmp .L256                            ; 100950: e9 b3 04 00 00
.L152:
    push 0                               ; 100955: 6a 00
    push 0x98                            ; 100957: 68 98 00 00 00
    jmp .L256                            ; 10095c: e9 a7 04 00 00
.L153:
    push 0                               ; 100961: 6a 00
    push 0x99                            ; 100963: 68 99 00 00 00
    jmp .L256                            ; 100968: e9 9b 04 00 00
.L154:
    push 0                               ; 10096d: 6a 00
    push 0x9a                            ; 10096f: 68 9a 00 00 00
    jmp .L256                            ; 100974: e9 8f 04 00 00
.L155:
    push 0                               ; 100979: 6a 00
    push 0x9b                            ; 10097b: 68 9b 00 00 00
    jmp .L256                            ; 100980: e9 83 04 00 00
.L156:
    push 0                               ; 100985: 6a 00
    push 0x9c                            ; 100987: 68 9c 00 00 00
    jmp .L256                            ; 10098c: e9 77 04 00 00
.L157:
    push 0                               ; 100991: 6a 00
    push 0x9d                            ; 100993: 68 9d 00 00 00
    jmp .L256                            ; 100998: e9 6b 04 00 00
.L158:
    push 0                               ; 10099d: 6a 00
    push 0x9e                            ; 10099f: 68 9e 00 00 00
    jmp .L256                            ; 1009a4: e9 5f 04 00 00
.L159:
    push 0                               ; 1009a9: 6a 00
    push 0x9f                            ; 1009ab: 68 9f 00 00 00
    jmp .L256                            ; 1009b0: e9 53 04 00 00
.L160:
    push 0                               ; 1009b5: 6a 00
    push 0xa0                            ; 1009b7: 68 a0 00 00 00
    jmp .L256                            ; 1009bc: e9 47 04 00 00
.L161:
    push 0                               ; 1009c1: 6a 00
    push 0xa1                            ; 1009c3: 68 a1 00 00 00
    jmp .L256                            ; 1009c8: e9 3b 04 00 00
.L162:
    push 0                               ; 1009cd: 6a 00
    push 0xa2                            ; 1009cf: 68 a2 00 00 00
    jmp .L256                            ; 1009d4: e9 2f 04 00 00
.L163:
    push 0                               ; 1009d9: 6a 00
    push 0xa3                            ; 1009db: 68 a3 00 00 00
    jmp .L256                            ; 1009e0: e9 23 04 00 00
.L164:
    push 0                               ; 1009e5: 6a 00
    push 0xa4                            ; 1009e7: 68 a4 00 00 00
    jmp .L256                            ; 1009ec: e9 17 04 00 00
.L165:
    push 0                               ; 1009f1: 6a 00
    push 0xa5                            ; 1009f3: 68 a5 00 00 00
    jmp .L256                            ; 1009f8: e9 0b 04 00 00
.L166:
    push 0                               ; 1009fd: 6a 00
    push 0xa6                            ; 1009ff: 68 a6 00 00 00
    jmp .L256                            ; 100a04: e9 ff 03 00 00
.L167:
    push 0                               ; 100a09: 6a 00
    push 0xa7                            ; 100a0b: 68 a7 00 00 00
    jmp .L256                            ; 100a10: e9 f3 03 00 00
.L168:
    push 0                               ; 100a15: 6a 00
    push 0xa8                            ; 100a17: 68 a8 00 00 00
    jmp .L256                            ; 100a1c: e9 e7 03 00 00
.L169:
    push 0                               ; 100a21: 6a 00
    push 0xa9                            ; 100a23: 68 a9 00 00 00
    jmp .L256                            ; 100a28: e9 db 03 00 00
.L170:
    push 0                               ; 100a2d: 6a 00
    push 0xaa                            ; 100a2f: 68 aa 00 00 00
    jmp .L256                            ; 100a34: e9 cf 03 00 00
.L171:
    push 0                               ; 100a39: 6a 00
    push 0xab                            ; 100a3b: 68 ab 00 00 00
    jmp .L256                            ; 100a40: e9 c3 03 00 00
.L172:
    push 0                               ; 100a45: 6a 00
    push 0xac                            ; 100a47: 68 ac 00 00 00
    jmp .L256                            ; 100a4c: e9 b7 03 00 00
.L173:
    push 0                               ; 100a51: 6a 00
    push 0xad                            ; 100a53: 68 ad 00 00 00
    jmp .L256                            ; 100a58: e9 ab 03 00 00
.L174:
    push 0                               ; 100a5d: 6a 00
    push 0xae                            ; 100a5f: 68 ae 00 00 00
    jmp .L256                            ; 100a64: e9 9f 03 00 00
.L175:
    push 0                               ; 100a69: 6a 00
    push 0xaf                            ; 100a6b: 68 af 00 00 00
    jmp .L256                            ; 100a70: e9 93 03 00 00
.L176:
    push 0                               ; 100a75: 6a 00
    push 0xb0                            ; 100a77: 68 b0 00 00 00
    jmp .L256                            ; 100a7c: e9 87 03 00 00
.L177:
    push 0                               ; 100a81: 6a 00
    push 0xb1                            ; 100a83: 68 b1 00 00 00
    jmp .L256                            ; 100a88: e9 7b 03 00 00
.L178:
    push 0                               ; 100a8d: 6a 00
    push 0xb2                            ; 100a8f: 68 b2 00 00 00
    jmp .L256                            ; 100a94: e9 6f 03 00 00
.L179:
    push 0                               ; 100a99: 6a 00
    push 0xb3                            ; 100a9b: 68 b3 00 00 00
    jmp .L256                            ; 100aa0: e9 63 03 00 00
.L180:
    push 0                               ; 100aa5: 6a 00
    push 0xb4                            ; 100aa7: 68 b4 00 00 00
    jmp .L256                            ; 100aac: e9 57 03 00 00
.L181:
    push 0                               ; 100ab1: 6a 00
    push 0xb5                            ; 100ab3: 68 b5 00 00 00
    jmp .L256                            ; 100ab8: e9 4b 03 00 00
.L182:
    push 0                               ; 100abd: 6a 00
    push 0xb6                            ; 100abf: 68 b6 00 00 00
    jmp .L256                            ; 100ac4: e9 3f 03 00 00
.L183:
    push 0                               ; 100ac9: 6a 00
    push 0xb7                            ; 100acb: 68 b7 00 00 00
    jmp .L256                            ; 100ad0: e9 33 03 00 00
.L184:
    push 0                               ; 100ad5: 6a 00
    push 0xb8                            ; 100ad7: 68 b8 00 00 00
    jmp .L256                            ; 100adc: e9 27 03 00 00
.L185:
    push 0                               ; 100ae1: 6a 00
    push 0xb9                            ; 100ae3: 68 b9 00 00 00
    jmp .L256                            ; 100ae8: e9 1b 03 00 00
.L186:
    push 0                               ; 100aed: 6a 00
    push 0xba                            ; 100aef: 68 ba 00 00 00
    jmp .L256                            ; 100af4: e9 0f 03 00 00
.L187:
    push 0                               ; 100af9: 6a 00
    push 0xbb                            ; 100afb: 68 bb 00 00 00
    jmp .L256                            ; 100b00: e9 03 03 00 00
.L188:
    push 0                               ; 100b05: 6a 00
    push 0xbc                            ; 100b07: 68 bc 00 00 00
    jmp .L256                            ; 100b0c: e9 f7 02 00 00
.L189:
    push 0                               ; 100b11: 6a 00
    push 0xbd                            ; 100b13: 68 bd 00 00 00
    jmp .L256                            ; 100b18: e9 eb 02 00 00
.L190:
    push 0                               ; 100b1d: 6a 00
    push 0xbe                            ; 100b1f: 68 be 00 00 00
    jmp .L256                            ; 100b24: e9 df 02 00 00
.L191:
    push 0                               ; 100b29: 6a 00
    push 0xbf                            ; 100b2b: 68 bf 00 00 00
    jmp .L256                            ; 100b30: e9 d3 02 00 00
.L192:
    push 0                               ; 100b35: 6a 00
    push 0xc0                            ; 100b37: 68 c0 00 00 00
    jmp .L256                            ; 100b3c: e9 c7 02 00 00
.L193:
    push 0                               ; 100b41: 6a 00
    push 0xc1                            ; 100b43: 68 c1 00 00 00
    jmp .L256                            ; 100b48: e9 bb 02 00 00
.L194:
    push 0                               ; 100b4d: 6a 00
    push 0xc2                            ; 100b4f: 68 c2 00 00 00
    jmp .L256                            ; 100b54: e9 af 02 00 00
.L195:
    push 0                               ; 100b59: 6a 00
    push 0xc3                            ; 100b5b: 68 c3 00 00 00
    jmp .L256                            ; 100b60: e9 a3 02 00 00
.L196:
    push 0                               ; 100b65: 6a 00
    push 0xc4                            ; 100b67: 68 c4 00 00 00
    jmp .L256                            ; 100b6c: e9 97 02 00 00
.L197:
    push 0                               ; 100b71: 6a 00
    push 0xc5                            ; 100b73: 68 c5 00 00 00
    jmp .L256                            ; 100b78: e9 8b 02 00 00
.L198:
    push 0                               ; 100b7d: 6a 00
    push 0xc6                            ; 100b7f: 68 c6 00 00 00
    jmp .L256                            ; 100b84: e9 7f 02 00 00
.L199:
    push 0                               ; 100b89: 6a 00
    push 0xc7                            ; 100b8b: 68 c7 00 00 00
    jmp .L256                            ; 100b90: e9 73 02 00 00
.L200:
    push 0                               ; 100b95: 6a 00
    push 0xc8                            ; 100b97: 68 c8 00 00 00
    jmp .L256                            ; 100b9c: e9 67 02 00 00
.L201:
    push 0                               ; 100ba1: 6a 00
    push 0xc9                            ; 100ba3: 68 c9 00 00 00
    jmp .L256                            ; 100ba8: e9 5b 02 00 00
.L202:
    push 0                               ; 100bad: 6a 00
    push 0xca                            ; 100baf: 68 ca 00 00 00
    jmp .L256                            ; 100bb4: e9 4f 02 00 00
.L203:
    push 0                               ; 100bb9: 6a 00
    push 0xcb                            ; 100bbb: 68 cb 00 00 00
    jmp .L256                            ; 100bc0: e9 43 02 00 00
.L204:
    push 0                               ; 100bc5: 6a 00
    push 0xcc                            ; 100bc7: 68 cc 00 00 00
    jmp .L256                            ; 100bcc: e9 37 02 00 00
.L205:
    push 0                               ; 100bd1: 6a 00
    push 0xcd                            ; 100bd3: 68 cd 00 00 00
    jmp .L256                            ; 100bd8: e9 2b 02 00 00
.L206:
    push 0                               ; 100bdd: 6a 00
    push 0xce                            ; 100bdf: 68 ce 00 00 00
    jmp .L256                            ; 100be4: e9 1f 02 00 00
.L207:
    push 0                               ; 100be9: 6a 00
    push 0xcf                            ; 100beb: 68 cf 00 00 00
    jmp .L256                            ; 100bf0: e9 13 02 00 00
.L208:
    push 0                               ; 100bf5: 6a 00
    push 0xd0                            ; 100bf7: 68 d0 00 00 00
    jmp .L256                            ; 100bfc: e9 07 02 00 00
.L209:
    push 0                               ; 100c01: 6a 00
    push 0xd1                            ; 100c03: 68 d1 00 00 00
    jmp .L256                            ; 100c08: e9 fb 01 00 00
.L210:
    push 0                               ; 100c0d: 6a 00
    push 0xd2                            ; 100c0f: 68 d2 00 00 00
    jmp .L256                            ; 100c14: e9 ef 01 00 00
.L211:
    push 0                               ; 100c19: 6a 00
    push 0xd3                            ; 100c1b: 68 d3 00 00 00
    jmp .L256                            ; 100c20: e9 e3 01 00 00
.L212:
    push 0                               ; 100c25: 6a 00
    push 0xd4                            ; 100c27: 68 d4 00 00 00
    jmp .L256                            ; 100c2c: e9 d7 01 00 00
.L213:
    push 0                               ; 100c31: 6a 00
    push 0xd5                            ; 100c33: 68 d5 00 00 00
    jmp .L256                            ; 100c38: e9 cb 01 00 00
.L214:
    push 0                               ; 100c3d: 6a 00
    push 0xd6                            ; 100c3f: 68 d6 00 00 00
    jmp .L256                            ; 100c44: e9 bf 01 00 00
.L215:
    push 0                               ; 100c49: 6a 00
    push 0xd7                            ; 100c4b: 68 d7 00 00 00
    jmp .L256                            ; 100c50: e9 b3 01 00 00
.L216:
    push 0                               ; 100c55: 6a 00
    push 0xd8                            ; 100c57: 68 d8 00 00 00
    jmp .L256                            ; 100c5c: e9 a7 01 00 00
.L217:
    push 0                               ; 100c61: 6a 00
    push 0xd9                            ; 100c63: 68 d9 00 00 00
    jmp .L256                            ; 100c68: e9 9b 01 00 00
.L218:
    push 0                               ; 100c6d: 6a 00
    push 0xda                            ; 100c6f: 68 da 00 00 00
    jmp .L256                            ; 100c74: e9 8f 01 00 00
.L219:
    push 0                               ; 100c79: 6a 00
    push 0xdb                            ; 100c7b: 68 db 00 00 00
    jmp .L256                            ; 100c80: e9 83 01 00 00
.L220:
    push 0                               ; 100c85: 6a 00
    push 0xdc                            ; 100c87: 68 dc 00 00 00
    jmp .L256                            ; 100c8c: e9 77 01 00 00
.L221:
    push 0                               ; 100c91: 6a 00
    push 0xdd                            ; 100c93: 68 dd 00 00 00
    jmp .L256                            ; 100c98: e9 6b 01 00 00
.L222:
    push 0                               ; 100c9d: 6a 00
    push 0xde                            ; 100c9f: 68 de 00 00 00
    jmp .L256                            ; 100ca4: e9 5f 01 00 00
.L223:
    push 0                               ; 100ca9: 6a 00
    push 0xdf                            ; 100cab: 68 df 00 00 00
    jmp .L256                            ; 100cb0: e9 53 01 00 00
.L224:
    push 0                               ; 100cb5: 6a 00
    push 0xe0                            ; 100cb7: 68 e0 00 00 00
    jmp .L256                            ; 100cbc: e9 47 01 00 00
.L225:
    push 0                               ; 100cc1: 6a 00
    push 0xe1                            ; 100cc3: 68 e1 00 00 00
    jmp .L256                            ; 100cc8: e9 3b 01 00 00
.L226:
    push 0                               ; 100ccd: 6a 00
    push 0xe2                            ; 100ccf: 68 e2 00 00 00
    jmp .L256                            ; 100cd4: e9 2f 01 00 00
.L227:
    push 0                               ; 100cd9: 6a 00
    push 0xe3                            ; 100cdb: 68 e3 00 00 00
    jmp .L256                            ; 100ce0: e9 23 01 00 00
.L228:
    push 0                               ; 100ce5: 6a 00
    push 0xe4                            ; 100ce7: 68 e4 00 00 00
    jmp .L256                            ; 100cec: e9 17 01 00 00
.L229:
    push 0                               ; 100cf1: 6a 00
    push 0xe5                            ; 100cf3: 68 e5 00 00 00
    jmp .L256                            ; 100cf8: e9 0b 01 00 00
.L230:
    push 0                               ; 100cfd: 6a 00
    push 0xe6                            ; 100cff: 68 e6 00 00 00
    jmp .L256                            ; 100d04: e9 ff 00 00 00
.L231:
    push 0                               ; 100d09: 6a 00
    push 0xe7                            ; 100d0b: 68 e7 00 00 00
    jmp .L256                            ; 100d10: e9 f3 00 00 00
.L232:
    push 0                               ; 100d15: 6a 00
    push 0xe8                            ; 100d17: 68 e8 00 00 00
    jmp .L256                            ; 100d1c: e9 e7 00 00 00
.L233:
    push 0                               ; 100d21: 6a 00
    push 0xe9                            ; 100d23: 68 e9 00 00 00
    jmp .L256                            ; 100d28: e9 db 00 00 00
.L234:
    push 0                               ; 100d2d: 6a 00
    push 0xea                            ; 100d2f: 68 ea 00 00 00
    jmp .L256                            ; 100d34: e9 cf 00 00 00
.L235:
    push 0                               ; 100d39: 6a 00
    push 0xeb                            ; 100d3b: 68 eb 00 00 00
    jmp .L256                            ; 100d40: e9 c3 00 00 00
.L236:
    push 0                               ; 100d45: 6a 00
    push 0xec                            ; 100d47: 68 ec 00 00 00
    jmp .L256                            ; 100d4c: e9 b7 00 00 00
.L237:
    push 0                               ; 100d51: 6a 00
    push 0xed                            ; 100d53: 68 ed 00 00 00
    jmp .L256                            ; 100d58: e9 ab 00 00 00
.L238:
    push 0                               ; 100d5d: 6a 00
    push 0xee                            ; 100d5f: 68 ee 00 00 00
    jmp .L256                            ; 100d64: e9 9f 00 00 00
.L239:
    push 0                               ; 100d69: 6a 00
    push 0xef                            ; 100d6b: 68 ef 00 00 00
    jmp .L256                            ; 100d70: e9 93 00 00 00
.L240:
    push 0                               ; 100d75: 6a 00
    push 0xf0                            ; 100d77: 68 f0 00 00 00
    jmp .L256                            ; 100d7c: e9 87 00 00 00
.L241:
    push 0                               ; 100d81: 6a 00
    push 0xf1                            ; 100d83: 68 f1 00 00 00
    jmp short .L256                      ; 100d88: eb 7e
.L242:
    push 0                               ; 100d8a: 6a 00
    push 0xf2                            ; 100d8c: 68 f2 00 00 00
    jmp short .L256                      ; 100d91: eb 75
.L243:
    push 0                               ; 100d93: 6a 00
    push 0xf3                            ; 100d95: 68 f3 00 00 00
    jmp short .L256                      ; 100d9a: eb 6c
.L244:
    push 0                               ; 100d9c: 6a 00
    push 0xf4                            ; 100d9e: 68 f4 00 00 00
    jmp short .L256                      ; 100da3: eb 63
.L245:
    push 0                               ; 100da5: 6a 00
    push 0xf5                            ; 100da7: 68 f5 00 00 00
    jmp short .L256                      ; 100dac: eb 5a
.L246:
    push 0                               ; 100dae: 6a 00
    push 0xf6                            ; 100db0: 68 f6 00 00 00
    jmp short .L256                      ; 100db5: eb 51
.L247:
    push 0                               ; 100db7: 6a 00
    push 0xf7                            ; 100db9: 68 f7 00 00 00
    jmp short .L256                      ; 100dbe: eb 48
.L248:
    push 0                               ; 100dc0: 6a 00
    push 0xf8                            ; 100dc2: 68 f8 00 00 00
    jmp short .L256                      ; 100dc7: eb 3f
.L249:
    push 0                               ; 100dc9: 6a 00
    push 0xf9                            ; 100dcb: 68 f9 00 00 00
    jmp short .L256                      ; 100dd0: eb 36
.L250:
    push 0                               ; 100dd2: 6a 00
    push 0xfa                            ; 100dd4: 68 fa 00 00 00
    jmp short .L256                      ; 100dd9: eb 2d
.L251:
    push 0                               ; 100ddb: 6a 00
    push 0xfb                            ; 100ddd: 68 fb 00 00 00
    jmp short .L256                      ; 100de2: eb 24
.L252:
    push 0                               ; 100de4: 6a 00
    push 0xfc                            ; 100de6: 68 fc 00 00 00
    jmp short .L256                      ; 100deb: eb 1b
.L253:
    push 0                               ; 100ded: 6a 00
    push 0xfd                            ; 100def: 68 fd 00 00 00
    jmp short .L256                      ; 100df4: eb 12
.L254:
    push 0                               ; 100df6: 6a 00
    push 0xfe                            ; 100df8: 68 fe 00 00 00
    jmp short .L256                      ; 100dfd: eb 09
.L255:
    push 0                               ; 100dff: 6a 00
    push 0xff                            ; 100e01: 68 ff 00 00 00
    jmp short .L256                      ; 100e06: eb 00
.L256:
    push ds                              ; 100e08: 1e
    push es                              ; 100e09: 06
    push fs                              ; 100e0a: 0f a0
    push gs                              ; 100e0c: 0f a8
    pusha                                ; 100e0e: 60
    mov eax, ss                          ; 100e0f: 8c d0
    mov ds, eax                          ; 100e11: 8e d8
    mov es, eax                          ; 100e13: 8e c0
    mov fs, eax                          ; 100e15: 8e e0
    mov gs, eax                          ; 100e17: 8e e8
    cld                                  ; 100e19: fc
    push esp                             ; 100e1a: 54
    call onInterrupt                     ; 100e1b: e8 17 f3 ff ff
    add esp, 4                           ; 100e20: 83 c4 04
    popa                                 ; 100e23: 61
    pop gs                               ; 100e24: 0f a9
    pop fs                               ; 100e26: 0f a1
    pop es                               ; 100e28: 07
    pop ds                               ; 100e29: 1f
    add esp, 8                           ; 100e2a: 83 c4 08
    iret                                 ; 100e2d: cf

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
