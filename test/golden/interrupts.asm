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
    call __tskc_init                     ; 10003b: e8 09 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a4 01 00 00
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

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 10009e: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a2: 50
    call print                           ; 1000a3: e8 d2 ff ff ff
    add esp, 4                           ; 1000a8: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000ab: 6a 0a
    call putc                            ; 1000ad: e8 99 ff ff ff
    add esp, 4                           ; 1000b2: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b5: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000b6: 53
    mov ebx, [esp+8]                     ; 1000b7: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bb: 83 fb 0a
    jb short .L2                         ; 1000be: 72 14
    mov ecx, 0xa                         ; 1000c0: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c5: 89 d8
    xor edx, edx                         ; 1000c7: 31 d2
    div ecx                              ; 1000c9: f7 f1
    push eax                             ; 1000cb: 50
    call printU32                        ; 1000cc: e8 e5 ff ff ff
    add esp, 4                           ; 1000d1: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d9: 89 d8
    xor edx, edx                         ; 1000db: 31 d2
    div ecx                              ; 1000dd: f7 f1
    lea eax, [edx+0x30]                  ; 1000df: 8d 42 30
    movzx eax, al                        ; 1000e2: 0f b6 c0
    push eax                             ; 1000e5: 50
    call putc                            ; 1000e6: e8 60 ff ff ff
    add esp, 4                           ; 1000eb: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000ee: 5b
    ret                                  ; 1000ef: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 1000f0: 53
    push esi                             ; 1000f1: 56
    mov esi, [esp+0xc]                   ; 1000f2: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 1000f6: b8 1c 10 10 00
    push eax                             ; 1000fb: 50
    call print                           ; 1000fc: e8 79 ff ff ff
    add esp, 4                           ; 100101: 83 c4 04
    mov ebx, 0x1c                        ; 100104: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100109: 89 f0
    mov ecx, ebx                         ; 10010b: 89 d9
    shr eax, cl                          ; 10010d: d3 e8
    and eax, 0xf                         ; 10010f: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100112: 83 f8 0a
    jb short .L5                         ; 100115: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 100117: 8d 40 57
    jmp short .L7                        ; 10011a: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 10011c: 8d 40 30
.L7:
    movzx eax, al                        ; 10011f: 0f b6 c0
    push eax                             ; 100122: 50
    call putc                            ; 100123: e8 23 ff ff ff
    add esp, 4                           ; 100128: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 10012b: 85 db
    je short .L4                         ; 10012d: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 10012f: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100132: 89 f0
    mov ecx, ebx                         ; 100134: 89 d9
    shr eax, cl                          ; 100136: d3 e8
    and eax, 0xf                         ; 100138: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10013b: 83 f8 0a
    jb short .L5                         ; 10013e: 72 dc
    jmp short .L6                        ; 100140: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100142: 5e
    pop ebx                              ; 100143: 5b
    ret                                  ; 100144: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100145: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100149: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014b: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10014c: f4
    jmp short .L2                        ; 10014d: eb fd

flatSegment:
    ; test/golden/interrupts.ts:39: function flatSegment(d: SegmentDescriptor, access: u8): void {
    mov ecx, [esp+4]                     ; 10014f: 8b 4c 24 04
    mov eax, [esp+8]                     ; 100153: 8b 44 24 08
    ; test/golden/interrupts.ts:40: d.limitLow = 0xffff;
    mov word [ecx], 0xffff               ; 100157: 66 c7 01 ff ff
    ; test/golden/interrupts.ts:41: d.access = access;
    mov [ecx+5], al                      ; 10015c: 88 41 05
    ; test/golden/interrupts.ts:42: d.granularity = 0xcf; // 4 KiB granularity, 32-bit, limit bits 16-19
    mov byte [ecx+6], 0xcf               ; 10015f: c6 41 06 cf
    ; test/golden/interrupts.ts:43: }
    ret                                  ; 100163: c3

onInterrupt:
    ; test/golden/interrupts.ts:45: function onInterrupt(frame: InterruptFrame): void {
    push ebx                             ; 100164: 53
    mov ebx, [esp+8]                     ; 100165: 8b 5c 24 08
    ; test/golden/interrupts.ts:46: print("interrupt ");
    mov eax, str_2                       ; 100169: b8 24 10 10 00
    push eax                             ; 10016e: 50
    call print                           ; 10016f: e8 06 ff ff ff
    add esp, 4                           ; 100174: 83 c4 04
    ; test/golden/interrupts.ts:47: printU32(frame.vector);
    mov eax, [ebx+0x30]                  ; 100177: 8b 43 30
    push eax                             ; 10017a: 50
    call printU32                        ; 10017b: e8 36 ff ff ff
    add esp, 4                           ; 100180: 83 c4 04
    ; test/golden/interrupts.ts:48: print(" error ");
    mov eax, str_3                       ; 100183: b8 34 10 10 00
    push eax                             ; 100188: 50
    call print                           ; 100189: e8 ec fe ff ff
    add esp, 4                           ; 10018e: 83 c4 04
    ; test/golden/interrupts.ts:49: printHex(frame.errorCode);
    mov eax, [ebx+0x34]                  ; 100191: 8b 43 34
    push eax                             ; 100194: 50
    call printHex                        ; 100195: e8 56 ff ff ff
    add esp, 4                           ; 10019a: 83 c4 04
    ; test/golden/interrupts.ts:50: print(" cs ");
    mov eax, str_4                       ; 10019d: b8 40 10 10 00
    push eax                             ; 1001a2: 50
    call print                           ; 1001a3: e8 d2 fe ff ff
    add esp, 4                           ; 1001a8: 83 c4 04
    ; test/golden/interrupts.ts:51: printHex(frame.cs);
    mov eax, [ebx+0x3c]                  ; 1001ab: 8b 43 3c
    push eax                             ; 1001ae: 50
    call printHex                        ; 1001af: e8 3c ff ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/interrupts.ts:52: println("");
    mov eax, str_5                       ; 1001b7: b8 48 10 10 00
    push eax                             ; 1001bc: 50
    call println                         ; 1001bd: e8 dc fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; test/golden/interrupts.ts:53: if (frame.vector == 0x41) frame.eax = 42; // the interrupted code sees it in eax
    cmp dword [ebx+0x30], 0x41           ; 1001c5: 83 7b 30 41
    jne short .L2                        ; 1001c9: 75 0f
    mov dword [ebx+0x1c], 0x2a           ; 1001cb: c7 43 1c 2a 00 00 00
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001d2: 83 7b 30 0d
    je short .L4                         ; 1001d6: 74 08
.L5:
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001d8: 5b
    ret                                  ; 1001d9: c3
.L2:
    ; test/golden/interrupts.ts:54: if (frame.vector == 13) frame.eip += 2; // step over the 2-byte `mov ds, ax` that faulted
    cmp dword [ebx+0x30], 0xd            ; 1001da: 83 7b 30 0d
    jne short .L5                        ; 1001de: 75 f8
.L4:
    mov eax, [ebx+0x38]                  ; 1001e0: 8b 43 38
    lea eax, [eax+2]                     ; 1001e3: 8d 40 02
    mov [ebx+0x38], eax                  ; 1001e6: 89 43 38
    ; test/golden/interrupts.ts:55: }
    pop ebx                              ; 1001e9: 5b
    ret                                  ; 1001ea: c3

main:
    ; test/golden/interrupts.ts:60: flatSegment(gdt[1], 0x9a);
    push ebp                             ; 1001eb: 55
    mov ebp, esp                         ; 1001ec: 89 e5
    push ebx                             ; 1001ee: 53
    push esi                             ; 1001ef: 56
    push edi                             ; 1001f0: 57
    mov eax, gdt+12                      ; 1001f1: b8 0c 30 10 00
    push 0x9a                            ; 1001f6: 68 9a 00 00 00
    push eax                             ; 1001fb: 50
    call flatSegment                     ; 1001fc: e8 4e ff ff ff
    add esp, 8                           ; 100201: 83 c4 08
    ; test/golden/interrupts.ts:61: flatSegment(gdt[2], 0x92);
    mov eax, gdt+20                      ; 100204: b8 14 30 10 00
    push 0x92                            ; 100209: 68 92 00 00 00
    push eax                             ; 10020e: 50
    call flatSegment                     ; 10020f: e8 3b ff ff ff
    add esp, 8                           ; 100214: 83 c4 08
    ; test/golden/interrupts.ts:62: gdtPointer.limit = u16(gdt.length) * 8 - 1;
    mov word [gdtPointer], 0x17          ; 100217: 66 c7 05 20 38 10 00 17 00
    ; test/golden/interrupts.ts:63: gdtPointer.base = changetype<usize>(gdt);
    mov eax, gdt+4                       ; 100220: b8 04 30 10 00
    mov [gdtPointer+2], eax              ; 100225: a3 22 38 10 00
    ; test/golden/interrupts.ts:64: lgdt(changetype<usize>(gdtPointer));
    lgdt [gdtPointer]                    ; 10022a: 0f 01 15 20 38 10 00
    ; test/golden/interrupts.ts:65: loadSegments(KERNEL_CODE, KERNEL_DATA);
    mov eax, 0x10                        ; 100231: b8 10 00 00 00
    mov ds, eax                          ; 100236: 8e d8
    mov es, eax                          ; 100238: 8e c0
    mov fs, eax                          ; 10023a: 8e e0
    mov gs, eax                          ; 10023c: 8e e8
    mov ss, eax                          ; 10023e: 8e d0
    mov eax, 8                           ; 100240: b8 08 00 00 00
    push eax                             ; 100245: 50
    call 0x10024b                        ; 100246: e8 00 00 00 00
    add dword [esp], 5                   ; 10024b: 83 04 24 05
    retf                                 ; 10024f: cb
    ; test/golden/interrupts.ts:66: println("gdt loaded");
    mov eax, str_6                       ; 100250: b8 4c 10 10 00
    push eax                             ; 100255: 50
    call println                         ; 100256: e8 43 fe ff ff
    add esp, 4                           ; 10025b: 83 c4 04
    xor ecx, ecx                         ; 10025e: 31 c9
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    cmp ecx, 0x100                       ; 100260: 81 f9 00 01 00 00
    jge short .L4                        ; 100266: 7d 34
.L7:
    ; test/golden/interrupts.ts:69: const gate = idt[v];
    mov eax, idt+4                       ; 100268: b8 20 30 10 00
    lea ebx, [eax+ecx*8]                 ; 10026d: 8d 1c c8
    ; test/golden/interrupts.ts:70: const entry = stubs[v];
    mov eax, [ecx*4+onInterrupt_stubs+4] ; 100270: 8b 04 8d 68 11 10 00
    ; test/golden/interrupts.ts:71: gate.offsetLow = u16(entry);
    movzx edx, ax                        ; 100277: 0f b7 d0
    mov [ebx], dx                        ; 10027a: 66 89 13
    ; test/golden/interrupts.ts:72: gate.selector = KERNEL_CODE;
    mov word [ebx+2], 8                  ; 10027d: 66 c7 43 02 08 00
    ; test/golden/interrupts.ts:73: gate.flags = 0x8e; // present, ring 0, 32-bit interrupt gate
    mov byte [ebx+5], 0x8e               ; 100283: c6 43 05 8e
    ; test/golden/interrupts.ts:74: gate.offsetHigh = u16(entry >> 16);
    shr eax, 0x10                        ; 100287: c1 e8 10
    movzx eax, ax                        ; 10028a: 0f b7 c0
    mov [ebx+6], ax                      ; 10028d: 66 89 43 06
    ; test/golden/interrupts.ts:68: for (let v = 0; v < idt.length; v++) {
    add ecx, 1                           ; 100291: 83 c1 01
    cmp ecx, 0x100                       ; 100294: 81 f9 00 01 00 00
    jl short .L7                         ; 10029a: 7c cc
.L4:
    ; test/golden/interrupts.ts:76: idtPointer.limit = u16(idt.length * 8 - 1);
    mov word [idtPointer], 0x7ff         ; 10029c: 66 c7 05 28 38 10 00 ff 07
    ; test/golden/interrupts.ts:77: idtPointer.base = changetype<usize>(idt);
    mov eax, idt+4                       ; 1002a5: b8 20 30 10 00
    mov [idtPointer+2], eax              ; 1002aa: a3 2a 38 10 00
    ; test/golden/interrupts.ts:78: lidt(changetype<usize>(idtPointer));
    lidt [idtPointer]                    ; 1002af: 0f 01 1d 28 38 10 00
    ; test/golden/interrupts.ts:79: println("idt loaded");
    mov eax, str_8                       ; 1002b6: b8 7c 10 10 00
    push eax                             ; 1002bb: 50
    call println                         ; 1002bc: e8 dd fd ff ff
    add esp, 4                           ; 1002c1: 83 c4 04
    ; test/golden/interrupts.ts:81: int3();
    int3                                 ; 1002c4: cc
    ; test/golden/interrupts.ts:82: int(0x40);
    int 0x40                             ; 1002c5: cd 40
    ; test/golden/interrupts.ts:83: const answer = asm`int 0x41`;
    int 0x41                             ; 1002c7: cd 41
    mov ebx, eax                         ; 1002c9: 89 c3
    ; test/golden/interrupts.ts:84: print("eax after int 0x41: ");
    mov eax, str_9                       ; 1002cb: b8 8c 10 10 00
    push eax                             ; 1002d0: 50
    call print                           ; 1002d1: e8 a4 fd ff ff
    add esp, 4                           ; 1002d6: 83 c4 04
    ; test/golden/interrupts.ts:85: printU32(answer);
    push ebx                             ; 1002d9: 53
    call printU32                        ; 1002da: e8 d7 fd ff ff
    add esp, 4                           ; 1002df: 83 c4 04
    ; test/golden/interrupts.ts:86: println("");
    mov edi, str_5                       ; 1002e2: bf 48 10 10 00
    push edi                             ; 1002e7: 57
    call println                         ; 1002e8: e8 b1 fd ff ff
    add esp, 4                           ; 1002ed: 83 c4 04
    ; test/golden/interrupts.ts:87: asm`mov eax, 0x1234
    mov eax, 0x1234                      ; 1002f0: b8 34 12 00 00
    mov ds, eax                          ; 1002f5: 8e d8
    ; test/golden/interrupts.ts:89: println("resumed after #GP");
    mov eax, str_10                      ; 1002f7: b8 a4 10 10 00
    push eax                             ; 1002fc: 50
    call println                         ; 1002fd: e8 9c fd ff ff
    add esp, 4                           ; 100302: 83 c4 04
    ; test/golden/interrupts.ts:90: print("protected mode: ");
    mov eax, str_11                      ; 100305: b8 bc 10 10 00
    push eax                             ; 10030a: 50
    call print                           ; 10030b: e8 6a fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; test/golden/interrupts.ts:91: println((readCr0() & 1) != 0 ? "yes" : "no");
    mov eax, cr0                         ; 100313: 0f 20 c0
    test eax, 1                          ; 100316: a9 01 00 00 00
    je short .L15                        ; 10031b: 74 07
    mov eax, str_12                      ; 10031d: b8 d0 10 10 00
    jmp short .L16                       ; 100322: eb 05
.L15:
    mov eax, str_13                      ; 100324: b8 d8 10 10 00
.L16:
    push eax                             ; 100329: 50
    call println                         ; 10032a: e8 6f fd ff ff
    add esp, 4                           ; 10032f: 83 c4 04
    ; test/golden/interrupts.ts:92: print("interrupts enabled: ");
    mov eax, str_14                      ; 100332: b8 e0 10 10 00
    push eax                             ; 100337: 50
    call print                           ; 100338: e8 3d fd ff ff
    add esp, 4                           ; 10033d: 83 c4 04
    ; test/golden/interrupts.ts:93: println((readEflags() & 0x200) != 0 ? "yes" : "no");
    pushf                                ; 100340: 9c
    pop eax                              ; 100341: 58
    test eax, 0x200                      ; 100342: a9 00 02 00 00
    je short .L19                        ; 100347: 74 07
    mov eax, str_12                      ; 100349: b8 d0 10 10 00
    jmp short .L20                       ; 10034e: eb 05
.L19:
    mov eax, str_13                      ; 100350: b8 d8 10 10 00
.L20:
    push eax                             ; 100355: 50
    call println                         ; 100356: e8 43 fd ff ff
    add esp, 4                           ; 10035b: 83 c4 04
    ; test/golden/interrupts.ts:94: print("operand sum via asm: ");
    mov eax, str_15                      ; 10035e: b8 f8 10 10 00
    push eax                             ; 100363: 50
    call print                           ; 100364: e8 11 fd ff ff
    add esp, 4                           ; 100369: 83 c4 04
    ; test/golden/interrupts.ts:95: printU32(asm`mov eax, ${20}
    mov ebx, 0x14                        ; 10036c: bb 14 00 00 00
    mov esi, 0x16                        ; 100371: be 16 00 00 00
    mov eax, ebx                         ; 100376: 89 d8
    add eax, esi                         ; 100378: 01 f0
    push eax                             ; 10037a: 50
    call printU32                        ; 10037b: e8 36 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/interrupts.ts:97: println("");
    push edi                             ; 100383: 57
    call println                         ; 100384: e8 15 fd ff ff
    add esp, 4                           ; 100389: 83 c4 04
    ; test/golden/interrupts.ts:98: exit(0);
    push 0                               ; 10038c: 6a 00
    call exit                            ; 10038e: e8 b2 fd ff ff
    add esp, 4                           ; 100393: 83 c4 04
    ; test/golden/interrupts.ts:99: }
    pop edi                              ; 100396: 5f
    pop esi                              ; 100397: 5e
    pop ebx                              ; 100398: 5b
    pop ebp                              ; 100399: 5d
    ret                                  ; 10039a: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 10039b: 53
    push esi                             ; 10039c: 56
    mov esi, [esp+0xc]                   ; 10039d: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003a1: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003a5: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003a9: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003ad: a1 00 20 10 00
    push ecx                             ; 1003b2: 51
    push edx                             ; 1003b3: 52
    push ebx                             ; 1003b4: 53
    push esi                             ; 1003b5: 56
    call eax                             ; 1003b6: ff d0
    add esp, 0x10                        ; 1003b8: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 1003bb: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 1003bc: f4
    jmp short .L2                        ; 1003bd: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003bf: 53
    push esi                             ; 1003c0: 56
    push edi                             ; 1003c1: 57
    mov ebx, [esp+0x14]                  ; 1003c2: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 1003c6: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 1003ca: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_16                      ; 1003ce: b8 14 11 10 00
    push eax                             ; 1003d3: 50
    call print                           ; 1003d4: e8 a1 fc ff ff
    add esp, 4                           ; 1003d9: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 1003dc: 57
    call printU32                        ; 1003dd: e8 d4 fc ff ff
    add esp, 4                           ; 1003e2: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_17                      ; 1003e5: b8 34 11 10 00
    push eax                             ; 1003ea: 50
    call print                           ; 1003eb: e8 8a fc ff ff
    add esp, 4                           ; 1003f0: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 1003f3: 56
    call printU32                        ; 1003f4: e8 bd fc ff ff
    add esp, 4                           ; 1003f9: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_18                      ; 1003fc: b8 54 11 10 00
    push eax                             ; 100401: 50
    call print                           ; 100402: e8 73 fc ff ff
    add esp, 4                           ; 100407: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 10040a: ff 74 24 10
    call print                           ; 10040e: e8 67 fc ff ff
    add esp, 4                           ; 100413: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_19                      ; 100416: b8 5c 11 10 00
    push eax                             ; 10041b: 50
    call print                           ; 10041c: e8 59 fc ff ff
    add esp, 4                           ; 100421: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 100424: 53
    call printU32                        ; 100425: e8 8c fc ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_5                       ; 10042d: b8 48 10 10 00
    push eax                             ; 100432: 50
    call println                         ; 100433: e8 66 fc ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 10043b: 6a 65
    call exit                            ; 10043d: e8 03 fd ff ff
    add esp, 4                           ; 100442: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 100445: 5f
    pop esi                              ; 100446: 5e
    pop ebx                              ; 100447: 5b
    ret                                  ; 100448: c3

__tskc_init:
    mov dword [gdt], 3                   ; 100449: c7 05 00 30 10 00 03 00 00 00
    mov dword [idt], 0x100               ; 100453: c7 05 1c 30 10 00 00 01 00 00
    ret                                  ; 10045d: c3

onInterrupt_entry:
.L0:
    push 0                               ; 10045e: 6a 00
    push 0                               ; 100460: 6a 00
    jmp .L256                            ; 100462: e9 36 0a 00 00
.L1:
    push 0                               ; 100467: 6a 00
    push 1                               ; 100469: 6a 01
    jmp .L256                            ; 10046b: e9 2d 0a 00 00
.L2:
    push 0                               ; 100470: 6a 00
    push 2                               ; 100472: 6a 02
    jmp .L256                            ; 100474: e9 24 0a 00 00
.L3:
    push 0                               ; 100479: 6a 00
    push 3                               ; 10047b: 6a 03
    jmp .L256                            ; 10047d: e9 1b 0a 00 00
.L4:
    push 0                               ; 100482: 6a 00
    push 4                               ; 100484: 6a 04
    jmp .L256                            ; 100486: e9 12 0a 00 00
.L5:
    push 0                               ; 10048b: 6a 00
    push 5                               ; 10048d: 6a 05
    jmp .L256                            ; 10048f: e9 09 0a 00 00
.L6:
    push 0                               ; 100494: 6a 00
    push 6                               ; 100496: 6a 06
    jmp .L256                            ; 100498: e9 00 0a 00 00
.L7:
    push 0                               ; 10049d: 6a 00
    push 7                               ; 10049f: 6a 07
    jmp .L256                            ; 1004a1: e9 f7 09 00 00
.L8:
    push 8                               ; 1004a6: 6a 08
    jmp .L256                            ; 1004a8: e9 f0 09 00 00
.L9:
    push 0                               ; 1004ad: 6a 00
    push 9                               ; 1004af: 6a 09
    jmp .L256                            ; 1004b1: e9 e7 09 00 00
.L10:
    push 0xa                             ; 1004b6: 6a 0a
    jmp .L256                            ; 1004b8: e9 e0 09 00 00
.L11:
    push 0xb                             ; 1004bd: 6a 0b
    jmp .L256                            ; 1004bf: e9 d9 09 00 00
.L12:
    push 0xc                             ; 1004c4: 6a 0c
    jmp .L256                            ; 1004c6: e9 d2 09 00 00
.L13:
    push 0xd                             ; 1004cb: 6a 0d
    jmp .L256                            ; 1004cd: e9 cb 09 00 00
.L14:
    push 0xe                             ; 1004d2: 6a 0e
    jmp .L256                            ; 1004d4: e9 c4 09 00 00
.L15:
    push 0                               ; 1004d9: 6a 00
    push 0xf                             ; 1004db: 6a 0f
    jmp .L256                            ; 1004dd: e9 bb 09 00 00
.L16:
    push 0                               ; 1004e2: 6a 00
    push 0x10                            ; 1004e4: 6a 10
    jmp .L256                            ; 1004e6: e9 b2 09 00 00
.L17:
    push 0x11                            ; 1004eb: 6a 11
    jmp .L256                            ; 1004ed: e9 ab 09 00 00
.L18:
    push 0                               ; 1004f2: 6a 00
    push 0x12                            ; 1004f4: 6a 12
    jmp .L256                            ; 1004f6: e9 a2 09 00 00
.L19:
    push 0                               ; 1004fb: 6a 00
    push 0x13                            ; 1004fd: 6a 13
    jmp .L256                            ; 1004ff: e9 99 09 00 00
.L20:
    push 0                               ; 100504: 6a 00
    push 0x14                            ; 100506: 6a 14
    jmp .L256                            ; 100508: e9 90 09 00 00
.L21:
    push 0x15                            ; 10050d: 6a 15
    jmp .L256                            ; 10050f: e9 89 09 00 00
.L22:
    push 0                               ; 100514: 6a 00
    push 0x16                            ; 100516: 6a 16
    jmp .L256                            ; 100518: e9 80 09 00 00
.L23:
    push 0                               ; 10051d: 6a 00
    push 0x17                            ; 10051f: 6a 17
    jmp .L256                            ; 100521: e9 77 09 00 00
.L24:
    push 0                               ; 100526: 6a 00
    push 0x18                            ; 100528: 6a 18
    jmp .L256                            ; 10052a: e9 6e 09 00 00
.L25:
    push 0                               ; 10052f: 6a 00
    push 0x19                            ; 100531: 6a 19
    jmp .L256                            ; 100533: e9 65 09 00 00
.L26:
    push 0                               ; 100538: 6a 00
    push 0x1a                            ; 10053a: 6a 1a
    jmp .L256                            ; 10053c: e9 5c 09 00 00
.L27:
    push 0                               ; 100541: 6a 00
    push 0x1b                            ; 100543: 6a 1b
    jmp .L256                            ; 100545: e9 53 09 00 00
.L28:
    push 0                               ; 10054a: 6a 00
    push 0x1c                            ; 10054c: 6a 1c
    jmp .L256                            ; 10054e: e9 4a 09 00 00
.L29:
    push 0x1d                            ; 100553: 6a 1d
    jmp .L256                            ; 100555: e9 43 09 00 00
.L30:
    push 0x1e                            ; 10055a: 6a 1e
    jmp .L256                            ; 10055c: e9 3c 09 00 00
.L31:
    push 0                               ; 100561: 6a 00
    push 0x1f                            ; 100563: 6a 1f
    jmp .L256                            ; 100565: e9 33 09 00 00
.L32:
    push 0                               ; 10056a: 6a 00
    push 0x20                            ; 10056c: 6a 20
    jmp .L256                            ; 10056e: e9 2a 09 00 00
.L33:
    push 0                               ; 100573: 6a 00
    push 0x21                            ; 100575: 6a 21
    jmp .L256                            ; 100577: e9 21 09 00 00
.L34:
    push 0                               ; 10057c: 6a 00
    push 0x22                            ; 10057e: 6a 22
    jmp .L256                            ; 100580: e9 18 09 00 00
.L35:
    push 0                               ; 100585: 6a 00
    push 0x23                            ; 100587: 6a 23
    jmp .L256                            ; 100589: e9 0f 09 00 00
.L36:
    push 0                               ; 10058e: 6a 00
    push 0x24                            ; 100590: 6a 24
    jmp .L256                            ; 100592: e9 06 09 00 00
.L37:
    push 0                               ; 100597: 6a 00
    push 0x25                            ; 100599: 6a 25
    jmp .L256                            ; 10059b: e9 fd 08 00 00
.L38:
    push 0                               ; 1005a0: 6a 00
    push 0x26                            ; 1005a2: 6a 26
    jmp .L256                            ; 1005a4: e9 f4 08 00 00
.L39:
    push 0                               ; 1005a9: 6a 00
    push 0x27                            ; 1005ab: 6a 27
    jmp .L256                            ; 1005ad: e9 eb 08 00 00
.L40:
    push 0                               ; 1005b2: 6a 00
    push 0x28                            ; 1005b4: 6a 28
    jmp .L256                            ; 1005b6: e9 e2 08 00 00
.L41:
    push 0                               ; 1005bb: 6a 00
    push 0x29                            ; 1005bd: 6a 29
    jmp .L256                            ; 1005bf: e9 d9 08 00 00
.L42:
    push 0                               ; 1005c4: 6a 00
    push 0x2a                            ; 1005c6: 6a 2a
    jmp .L256                            ; 1005c8: e9 d0 08 00 00
.L43:
    push 0                               ; 1005cd: 6a 00
    push 0x2b                            ; 1005cf: 6a 2b
    jmp .L256                            ; 1005d1: e9 c7 08 00 00
.L44:
    push 0                               ; 1005d6: 6a 00
    push 0x2c                            ; 1005d8: 6a 2c
    jmp .L256                            ; 1005da: e9 be 08 00 00
.L45:
    push 0                               ; 1005df: 6a 00
    push 0x2d                            ; 1005e1: 6a 2d
    jmp .L256                            ; 1005e3: e9 b5 08 00 00
.L46:
    push 0                               ; 1005e8: 6a 00
    push 0x2e                            ; 1005ea: 6a 2e
    jmp .L256                            ; 1005ec: e9 ac 08 00 00
.L47:
    push 0                               ; 1005f1: 6a 00
    push 0x2f                            ; 1005f3: 6a 2f
    jmp .L256                            ; 1005f5: e9 a3 08 00 00
.L48:
    push 0                               ; 1005fa: 6a 00
    push 0x30                            ; 1005fc: 6a 30
    jmp .L256                            ; 1005fe: e9 9a 08 00 00
.L49:
    push 0                               ; 100603: 6a 00
    push 0x31                            ; 100605: 6a 31
    jmp .L256                            ; 100607: e9 91 08 00 00
.L50:
    push 0                               ; 10060c: 6a 00
    push 0x32                            ; 10060e: 6a 32
    jmp .L256                            ; 100610: e9 88 08 00 00
.L51:
    push 0                               ; 100615: 6a 00
    push 0x33                            ; 100617: 6a 33
    jmp .L256                            ; 100619: e9 7f 08 00 00
.L52:
    push 0                               ; 10061e: 6a 00
    push 0x34                            ; 100620: 6a 34
    jmp .L256                            ; 100622: e9 76 08 00 00
.L53:
    push 0                               ; 100627: 6a 00
    push 0x35                            ; 100629: 6a 35
    jmp .L256                            ; 10062b: e9 6d 08 00 00
.L54:
    push 0                               ; 100630: 6a 00
    push 0x36                            ; 100632: 6a 36
    jmp .L256                            ; 100634: e9 64 08 00 00
.L55:
    push 0                               ; 100639: 6a 00
    push 0x37                            ; 10063b: 6a 37
    jmp .L256                            ; 10063d: e9 5b 08 00 00
.L56:
    push 0                               ; 100642: 6a 00
    push 0x38                            ; 100644: 6a 38
    jmp .L256                            ; 100646: e9 52 08 00 00
.L57:
    push 0                               ; 10064b: 6a 00
    push 0x39                            ; 10064d: 6a 39
    jmp .L256                            ; 10064f: e9 49 08 00 00
.L58:
    push 0                               ; 100654: 6a 00
    push 0x3a                            ; 100656: 6a 3a
    jmp .L256                            ; 100658: e9 40 08 00 00
.L59:
    push 0                               ; 10065d: 6a 00
    push 0x3b                            ; 10065f: 6a 3b
    jmp .L256                            ; 100661: e9 37 08 00 00
.L60:
    push 0                               ; 100666: 6a 00
    push 0x3c                            ; 100668: 6a 3c
    jmp .L256                            ; 10066a: e9 2e 08 00 00
.L61:
    push 0                               ; 10066f: 6a 00
    push 0x3d                            ; 100671: 6a 3d
    jmp .L256                            ; 100673: e9 25 08 00 00
.L62:
    push 0                               ; 100678: 6a 00
    push 0x3e                            ; 10067a: 6a 3e
    jmp .L256                            ; 10067c: e9 1c 08 00 00
.L63:
    push 0                               ; 100681: 6a 00
    push 0x3f                            ; 100683: 6a 3f
    jmp .L256                            ; 100685: e9 13 08 00 00
.L64:
    push 0                               ; 10068a: 6a 00
    push 0x40                            ; 10068c: 6a 40
    jmp .L256                            ; 10068e: e9 0a 08 00 00
.L65:
    push 0                               ; 100693: 6a 00
    push 0x41                            ; 100695: 6a 41
    jmp .L256                            ; 100697: e9 01 08 00 00
.L66:
    push 0                               ; 10069c: 6a 00
    push 0x42                            ; 10069e: 6a 42
    jmp .L256                            ; 1006a0: e9 f8 07 00 00
.L67:
    push 0                               ; 1006a5: 6a 00
    push 0x43                            ; 1006a7: 6a 43
    jmp .L256                            ; 1006a9: e9 ef 07 00 00
.L68:
    push 0                               ; 1006ae: 6a 00
    push 0x44                            ; 1006b0: 6a 44
    jmp .L256                            ; 1006b2: e9 e6 07 00 00
.L69:
    push 0                               ; 1006b7: 6a 00
    push 0x45                            ; 1006b9: 6a 45
    jmp .L256                            ; 1006bb: e9 dd 07 00 00
.L70:
    push 0                               ; 1006c0: 6a 00
    push 0x46                            ; 1006c2: 6a 46
    jmp .L256                            ; 1006c4: e9 d4 07 00 00
.L71:
    push 0                               ; 1006c9: 6a 00
    push 0x47                            ; 1006cb: 6a 47
    jmp .L256                            ; 1006cd: e9 cb 07 00 00
.L72:
    push 0                               ; 1006d2: 6a 00
    push 0x48                            ; 1006d4: 6a 48
    jmp .L256                            ; 1006d6: e9 c2 07 00 00
.L73:
    push 0                               ; 1006db: 6a 00
    push 0x49                            ; 1006dd: 6a 49
    jmp .L256                            ; 1006df: e9 b9 07 00 00
.L74:
    push 0                               ; 1006e4: 6a 00
    push 0x4a                            ; 1006e6: 6a 4a
    jmp .L256                            ; 1006e8: e9 b0 07 00 00
.L75:
    push 0                               ; 1006ed: 6a 00
    push 0x4b                            ; 1006ef: 6a 4b
    jmp .L256                            ; 1006f1: e9 a7 07 00 00
.L76:
    push 0                               ; 1006f6: 6a 00
    push 0x4c                            ; 1006f8: 6a 4c
    jmp .L256                            ; 1006fa: e9 9e 07 00 00
.L77:
    push 0                               ; 1006ff: 6a 00
    push 0x4d                            ; 100701: 6a 4d
    jmp .L256                            ; 100703: e9 95 07 00 00
.L78:
    push 0                               ; 100708: 6a 00
    push 0x4e                            ; 10070a: 6a 4e
    jmp .L256                            ; 10070c: e9 8c 07 00 00
.L79:
    push 0                               ; 100711: 6a 00
    push 0x4f                            ; 100713: 6a 4f
    jmp .L256                            ; 100715: e9 83 07 00 00
.L80:
    push 0                               ; 10071a: 6a 00
    push 0x50                            ; 10071c: 6a 50
    jmp .L256                            ; 10071e: e9 7a 07 00 00
.L81:
    push 0                               ; 100723: 6a 00
    push 0x51                            ; 100725: 6a 51
    jmp .L256                            ; 100727: e9 71 07 00 00
.L82:
    push 0                               ; 10072c: 6a 00
    push 0x52                            ; 10072e: 6a 52
    jmp .L256                            ; 100730: e9 68 07 00 00
.L83:
    push 0                               ; 100735: 6a 00
    push 0x53                            ; 100737: 6a 53
    jmp .L256                            ; 100739: e9 5f 07 00 00
.L84:
    push 0                               ; 10073e: 6a 00
    push 0x54                            ; 100740: 6a 54
    jmp .L256                            ; 100742: e9 56 07 00 00
.L85:
    push 0                               ; 100747: 6a 00
    push 0x55                            ; 100749: 6a 55
    jmp .L256                            ; 10074b: e9 4d 07 00 00
.L86:
    push 0                               ; 100750: 6a 00
    push 0x56                            ; 100752: 6a 56
    jmp .L256                            ; 100754: e9 44 07 00 00
.L87:
    push 0                               ; 100759: 6a 00
    push 0x57                            ; 10075b: 6a 57
    jmp .L256                            ; 10075d: e9 3b 07 00 00
.L88:
    push 0                               ; 100762: 6a 00
    push 0x58                            ; 100764: 6a 58
    jmp .L256                            ; 100766: e9 32 07 00 00
.L89:
    push 0                               ; 10076b: 6a 00
    push 0x59                            ; 10076d: 6a 59
    jmp .L256                            ; 10076f: e9 29 07 00 00
.L90:
    push 0                               ; 100774: 6a 00
    push 0x5a                            ; 100776: 6a 5a
    jmp .L256                            ; 100778: e9 20 07 00 00
.L91:
    push 0                               ; 10077d: 6a 00
    push 0x5b                            ; 10077f: 6a 5b
    jmp .L256                            ; 100781: e9 17 07 00 00
.L92:
    push 0                               ; 100786: 6a 00
    push 0x5c                            ; 100788: 6a 5c
    jmp .L256                            ; 10078a: e9 0e 07 00 00
.L93:
    push 0                               ; 10078f: 6a 00
    push 0x5d                            ; 100791: 6a 5d
    jmp .L256                            ; 100793: e9 05 07 00 00
.L94:
    push 0                               ; 100798: 6a 00
    push 0x5e                            ; 10079a: 6a 5e
    jmp .L256                            ; 10079c: e9 fc 06 00 00
.L95:
    push 0                               ; 1007a1: 6a 00
    push 0x5f                            ; 1007a3: 6a 5f
    jmp .L256                            ; 1007a5: e9 f3 06 00 00
.L96:
    push 0                               ; 1007aa: 6a 00
    push 0x60                            ; 1007ac: 6a 60
    jmp .L256                            ; 1007ae: e9 ea 06 00 00
.L97:
    push 0                               ; 1007b3: 6a 00
    push 0x61                            ; 1007b5: 6a 61
    jmp .L256                            ; 1007b7: e9 e1 06 00 00
.L98:
    push 0                               ; 1007bc: 6a 00
    push 0x62                            ; 1007be: 6a 62
    jmp .L256                            ; 1007c0: e9 d8 06 00 00
.L99:
    push 0                               ; 1007c5: 6a 00
    push 0x63                            ; 1007c7: 6a 63
    jmp .L256                            ; 1007c9: e9 cf 06 00 00
.L100:
    push 0                               ; 1007ce: 6a 00
    push 0x64                            ; 1007d0: 6a 64
    jmp .L256                            ; 1007d2: e9 c6 06 00 00
.L101:
    push 0                               ; 1007d7: 6a 00
    push 0x65                            ; 1007d9: 6a 65
    jmp .L256                            ; 1007db: e9 bd 06 00 00
.L102:
    push 0                               ; 1007e0: 6a 00
    push 0x66                            ; 1007e2: 6a 66
    jmp .L256                            ; 1007e4: e9 b4 06 00 00
.L103:
    push 0                               ; 1007e9: 6a 00
    push 0x67                            ; 1007eb: 6a 67
    jmp .L256                            ; 1007ed: e9 ab 06 00 00
.L104:
    push 0                               ; 1007f2: 6a 00
    push 0x68                            ; 1007f4: 6a 68
    jmp .L256                            ; 1007f6: e9 a2 06 00 00
.L105:
    push 0                               ; 1007fb: 6a 00
    push 0x69                            ; 1007fd: 6a 69
    jmp .L256                            ; 1007ff: e9 99 06 00 00
.L106:
    push 0                               ; 100804: 6a 00
    push 0x6a                            ; 100806: 6a 6a
    jmp .L256                            ; 100808: e9 90 06 00 00
.L107:
    push 0                               ; 10080d: 6a 00
    push 0x6b                            ; 10080f: 6a 6b
    jmp .L256                            ; 100811: e9 87 06 00 00
.L108:
    push 0                               ; 100816: 6a 00
    push 0x6c                            ; 100818: 6a 6c
    jmp .L256                            ; 10081a: e9 7e 06 00 00
.L109:
    push 0                               ; 10081f: 6a 00
    push 0x6d                            ; 100821: 6a 6d
    jmp .L256                            ; 100823: e9 75 06 00 00
.L110:
    push 0                               ; 100828: 6a 00
    push 0x6e                            ; 10082a: 6a 6e
    jmp .L256                            ; 10082c: e9 6c 06 00 00
.L111:
    push 0                               ; 100831: 6a 00
    push 0x6f                            ; 100833: 6a 6f
    jmp .L256                            ; 100835: e9 63 06 00 00
.L112:
    push 0                               ; 10083a: 6a 00
    push 0x70                            ; 10083c: 6a 70
    jmp .L256                            ; 10083e: e9 5a 06 00 00
.L113:
    push 0                               ; 100843: 6a 00
    push 0x71                            ; 100845: 6a 71
    jmp .L256                            ; 100847: e9 51 06 00 00
.L114:
    push 0                               ; 10084c: 6a 00
    push 0x72                            ; 10084e: 6a 72
    jmp .L256                            ; 100850: e9 48 06 00 00
.L115:
    push 0                               ; 100855: 6a 00
    push 0x73                            ; 100857: 6a 73
    jmp .L256                            ; 100859: e9 3f 06 00 00
.L116:
    push 0                               ; 10085e: 6a 00
    push 0x74                            ; 100860: 6a 74
    jmp .L256                            ; 100862: e9 36 06 00 00
.L117:
    push 0                               ; 100867: 6a 00
    push 0x75                            ; 100869: 6a 75
    jmp .L256                            ; 10086b: e9 2d 06 00 00
.L118:
    push 0                               ; 100870: 6a 00
    push 0x76                            ; 100872: 6a 76
    jmp .L256                            ; 100874: e9 24 06 00 00
.L119:
    push 0                               ; 100879: 6a 00
    push 0x77                            ; 10087b: 6a 77
    jmp .L256                            ; 10087d: e9 1b 06 00 00
.L120:
    push 0                               ; 100882: 6a 00
    push 0x78                            ; 100884: 6a 78
    jmp .L256                            ; 100886: e9 12 06 00 00
.L121:
    push 0                               ; 10088b: 6a 00
    push 0x79                            ; 10088d: 6a 79
    jmp .L256                            ; 10088f: e9 09 06 00 00
.L122:
    push 0                               ; 100894: 6a 00
    push 0x7a                            ; 100896: 6a 7a
    jmp .L256                            ; 100898: e9 00 06 00 00
.L123:
    push 0                               ; 10089d: 6a 00
    push 0x7b                            ; 10089f: 6a 7b
    jmp .L256                            ; 1008a1: e9 f7 05 00 00
.L124:
    push 0                               ; 1008a6: 6a 00
    push 0x7c                            ; 1008a8: 6a 7c
    jmp .L256                            ; 1008aa: e9 ee 05 00 00
.L125:
    push 0                               ; 1008af: 6a 00
    push 0x7d                            ; 1008b1: 6a 7d
    jmp .L256                            ; 1008b3: e9 e5 05 00 00
.L126:
    push 0                               ; 1008b8: 6a 00
    push 0x7e                            ; 1008ba: 6a 7e
    jmp .L256                            ; 1008bc: e9 dc 05 00 00
.L127:
    push 0                               ; 1008c1: 6a 00
    push 0x7f                            ; 1008c3: 6a 7f
    jmp .L256                            ; 1008c5: e9 d3 05 00 00
.L128:
    push 0                               ; 1008ca: 6a 00
    push 0x80                            ; 1008cc: 68 80 00 00 00
    jmp .L256                            ; 1008d1: e9 c7 05 00 00
.L129:
    push 0                               ; 1008d6: 6a 00
    push 0x81                            ; 1008d8: 68 81 00 00 00
    jmp .L256                            ; 1008dd: e9 bb 05 00 00
.L130:
    push 0                               ; 1008e2: 6a 00
    push 0x82                            ; 1008e4: 68 82 00 00 00
    jmp .L256                            ; 1008e9: e9 af 05 00 00
.L131:
    push 0                               ; 1008ee: 6a 00
    push 0x83                            ; 1008f0: 68 83 00 00 00
    jmp .L256                            ; 1008f5: e9 a3 05 00 00
.L132:
    push 0                               ; 1008fa: 6a 00
    push 0x84                            ; 1008fc: 68 84 00 00 00
    jmp .L256                            ; 100901: e9 97 05 00 00
.L133:
    push 0                               ; 100906: 6a 00
    push 0x85                            ; 100908: 68 85 00 00 00
    jmp .L256                            ; 10090d: e9 8b 05 00 00
.L134:
    push 0                               ; 100912: 6a 00
    push 0x86                            ; 100914: 68 86 00 00 00
    jmp .L256                            ; 100919: e9 7f 05 00 00
.L135:
    push 0                               ; 10091e: 6a 00
    push 0x87                            ; 100920: 68 87 00 00 00
    jmp .L256                            ; 100925: e9 73 05 00 00
.L136:
    push 0                               ; 10092a: 6a 00
    push 0x88                            ; 10092c: 68 88 00 00 00
    jmp .L256                            ; 100931: e9 67 05 00 00
.L137:
    push 0                               ; 100936: 6a 00
    push 0x89                            ; 100938: 68 89 00 00 00
    jmp .L256                            ; 10093d: e9 5b 05 00 00
.L138:
    push 0                               ; 100942: 6a 00
    push 0x8a                            ; 100944: 68 8a 00 00 00
    jmp .L256                            ; 100949: e9 4f 05 00 00
.L139:
    push 0                               ; 10094e: 6a 00
    push 0x8b                            ; 100950: 68 8b 00 00 00
    jmp .L256                            ; 100955: e9 43 05 00 00
.L140:
    push 0                               ; 10095a: 6a 00
    push 0x8c                            ; 10095c: 68 8c 00 00 00
    jmp .L256                            ; 100961: e9 37 05 00 00
.L141:
    push 0                               ; 100966: 6a 00
    push 0x8d                            ; 100968: 68 8d 00 00 00
    jmp .L256                            ; 10096d: e9 2b 05 00 00
.L142:
    push 0                               ; 100972: 6a 00
    push 0x8e                            ; 100974: 68 8e 00 00 00
    jmp .L256                            ; 100979: e9 1f 05 00 00
.L143:
    push 0                               ; 10097e: 6a 00
    push 0x8f                            ; 100980: 68 8f 00 00 00
    jmp .L256                            ; 100985: e9 13 05 00 00
.L144:
    push 0                               ; 10098a: 6a 00
    push 0x90                            ; 10098c: 68 90 00 00 00
    jmp .L256                            ; 100991: e9 07 05 00 00
.L145:
    push 0                               ; 100996: 6a 00
    push 0x91                            ; 100998: 68 91 00 00 00
    jmp .L256                            ; 10099d: e9 fb 04 00 00
.L146:
    push 0                               ; 1009a2: 6a 00
    push 0x92                            ; 1009a4: 68 92 00 00 00
    jmp .L256                            ; 1009a9: e9 ef 04 00 00
.L147:
    push 0                               ; 1009ae: 6a 00
    push 0x93                            ; 1009b0: 68 93 00 00 00
    jmp .L256                            ; 1009b5: e9 e3 04 00 00
.L148:
    push 0                               ; 1009ba: 6a 00
    push 0x94                            ; 1009bc: 68 94 00 00 00
    jmp .L256                            ; 1009c1: e9 d7 04 00 00
.L149:
    push 0                               ; 1009c6: 6a 00
    push 0x95                            ; 1009c8: 68 95 00 00 00
    jmp .L256                            ; 1009cd: e9 cb 04 00 00
.L150:
    push 0                               ; 1009d2: 6a 00
    push 0x96                            ; 1009d4: 68 96 00 00 00
    jmp .L256                            ; 1009d9: e9 bf 04 00 00
.L151:
    push 0                               ; 1009de: 6a 00
    push 0x97                            ; 1009e0: 68 97 00 00 00
    jmp .L256                            ; 1009e5: e9 b3 04 00 00
.L152:
    push 0                               ; 1009ea: 6a 00
    push 0x98                            ; 1009ec: 68 98 00 00 00
    jmp .L256                            ; 1009f1: e9 a7 04 00 00
.L153:
    push 0                               ; 1009f6: 6a 00
    push 0x99                            ; 1009f8: 68 99 00 00 00
    jmp .L256                            ; 1009fd: e9 9b 04 00 00
.L154:
    push 0                               ; 100a02: 6a 00
    push 0x9a                            ; 100a04: 68 9a 00 00 00
    jmp .L256                            ; 100a09: e9 8f 04 00 00
.L155:
    push 0                               ; 100a0e: 6a 00
    push 0x9b                            ; 100a10: 68 9b 00 00 00
    jmp .L256                            ; 100a15: e9 83 04 00 00
.L156:
    push 0                               ; 100a1a: 6a 00
    push 0x9c                            ; 100a1c: 68 9c 00 00 00
    jmp .L256                            ; 100a21: e9 77 04 00 00
.L157:
    push 0                               ; 100a26: 6a 00
    push 0x9d                            ; 100a28: 68 9d 00 00 00
    jmp .L256                            ; 100a2d: e9 6b 04 00 00
.L158:
    push 0                               ; 100a32: 6a 00
    push 0x9e                            ; 100a34: 68 9e 00 00 00
    jmp .L256                            ; 100a39: e9 5f 04 00 00
.L159:
    push 0                               ; 100a3e: 6a 00
    push 0x9f                            ; 100a40: 68 9f 00 00 00
    jmp .L256                            ; 100a45: e9 53 04 00 00
.L160:
    push 0                               ; 100a4a: 6a 00
    push 0xa0                            ; 100a4c: 68 a0 00 00 00
    jmp .L256                            ; 100a51: e9 47 04 00 00
.L161:
    push 0                               ; 100a56: 6a 00
    push 0xa1                            ; 100a58: 68 a1 00 00 00
    jmp .L256                            ; 100a5d: e9 3b 04 00 00
.L162:
    push 0                               ; 100a62: 6a 00
    push 0xa2                            ; 100a64: 68 a2 00 00 00
    jmp .L256                            ; 100a69: e9 2f 04 00 00
.L163:
    push 0                               ; 100a6e: 6a 00
    push 0xa3                            ; 100a70: 68 a3 00 00 00
    jmp .L256                            ; 100a75: e9 23 04 00 00
.L164:
    push 0                               ; 100a7a: 6a 00
    push 0xa4                            ; 100a7c: 68 a4 00 00 00
    jmp .L256                            ; 100a81: e9 17 04 00 00
.L165:
    push 0                               ; 100a86: 6a 00
    push 0xa5                            ; 100a88: 68 a5 00 00 00
    jmp .L256                            ; 100a8d: e9 0b 04 00 00
.L166:
    push 0                               ; 100a92: 6a 00
    push 0xa6                            ; 100a94: 68 a6 00 00 00
    jmp .L256                            ; 100a99: e9 ff 03 00 00
.L167:
    push 0                               ; 100a9e: 6a 00
    push 0xa7                            ; 100aa0: 68 a7 00 00 00
    jmp .L256                            ; 100aa5: e9 f3 03 00 00
.L168:
    push 0                               ; 100aaa: 6a 00
    push 0xa8                            ; 100aac: 68 a8 00 00 00
    jmp .L256                            ; 100ab1: e9 e7 03 00 00
.L169:
    push 0                               ; 100ab6: 6a 00
    push 0xa9                            ; 100ab8: 68 a9 00 00 00
    jmp .L256                            ; 100abd: e9 db 03 00 00
.L170:
    push 0                               ; 100ac2: 6a 00
    push 0xaa                            ; 100ac4: 68 aa 00 00 00
    jmp .L256                            ; 100ac9: e9 cf 03 00 00
.L171:
    push 0                               ; 100ace: 6a 00
    push 0xab                            ; 100ad0: 68 ab 00 00 00
    jmp .L256                            ; 100ad5: e9 c3 03 00 00
.L172:
    push 0                               ; 100ada: 6a 00
    push 0xac                            ; 100adc: 68 ac 00 00 00
    jmp .L256                            ; 100ae1: e9 b7 03 00 00
.L173:
    push 0                               ; 100ae6: 6a 00
    push 0xad                            ; 100ae8: 68 ad 00 00 00
    jmp .L256                            ; 100aed: e9 ab 03 00 00
.L174:
    push 0                               ; 100af2: 6a 00
    push 0xae                            ; 100af4: 68 ae 00 00 00
    jmp .L256                            ; 100af9: e9 9f 03 00 00
.L175:
    push 0                               ; 100afe: 6a 00
    push 0xaf                            ; 100b00: 68 af 00 00 00
    jmp .L256                            ; 100b05: e9 93 03 00 00
.L176:
    push 0                               ; 100b0a: 6a 00
    push 0xb0                            ; 100b0c: 68 b0 00 00 00
    jmp .L256                            ; 100b11: e9 87 03 00 00
.L177:
    push 0                               ; 100b16: 6a 00
    push 0xb1                            ; 100b18: 68 b1 00 00 00
    jmp .L256                            ; 100b1d: e9 7b 03 00 00
.L178:
    push 0                               ; 100b22: 6a 00
    push 0xb2                            ; 100b24: 68 b2 00 00 00
    jmp .L256                            ; 100b29: e9 6f 03 00 00
.L179:
    push 0                               ; 100b2e: 6a 00
    push 0xb3                            ; 100b30: 68 b3 00 00 00
    jmp .L256                            ; 100b35: e9 63 03 00 00
.L180:
    push 0                               ; 100b3a: 6a 00
    push 0xb4                            ; 100b3c: 68 b4 00 00 00
    jmp .L256                            ; 100b41: e9 57 03 00 00
.L181:
    push 0                               ; 100b46: 6a 00
    push 0xb5                            ; 100b48: 68 b5 00 00 00
    jmp .L256                            ; 100b4d: e9 4b 03 00 00
.L182:
    push 0                               ; 100b52: 6a 00
    push 0xb6                            ; 100b54: 68 b6 00 00 00
    jmp .L256                            ; 100b59: e9 3f 03 00 00
.L183:
    push 0                               ; 100b5e: 6a 00
    push 0xb7                            ; 100b60: 68 b7 00 00 00
    jmp .L256                            ; 100b65: e9 33 03 00 00
.L184:
    push 0                               ; 100b6a: 6a 00
    push 0xb8                            ; 100b6c: 68 b8 00 00 00
    jmp .L256                            ; 100b71: e9 27 03 00 00
.L185:
    push 0                               ; 100b76: 6a 00
    push 0xb9                            ; 100b78: 68 b9 00 00 00
    jmp .L256                            ; 100b7d: e9 1b 03 00 00
.L186:
    push 0                               ; 100b82: 6a 00
    push 0xba                            ; 100b84: 68 ba 00 00 00
    jmp .L256                            ; 100b89: e9 0f 03 00 00
.L187:
    push 0                               ; 100b8e: 6a 00
    push 0xbb                            ; 100b90: 68 bb 00 00 00
    jmp .L256                            ; 100b95: e9 03 03 00 00
.L188:
    push 0                               ; 100b9a: 6a 00
    push 0xbc                            ; 100b9c: 68 bc 00 00 00
    jmp .L256                            ; 100ba1: e9 f7 02 00 00
.L189:
    push 0                               ; 100ba6: 6a 00
    push 0xbd                            ; 100ba8: 68 bd 00 00 00
    jmp .L256                            ; 100bad: e9 eb 02 00 00
.L190:
    push 0                               ; 100bb2: 6a 00
    push 0xbe                            ; 100bb4: 68 be 00 00 00
    jmp .L256                            ; 100bb9: e9 df 02 00 00
.L191:
    push 0                               ; 100bbe: 6a 00
    push 0xbf                            ; 100bc0: 68 bf 00 00 00
    jmp .L256                            ; 100bc5: e9 d3 02 00 00
.L192:
    push 0                               ; 100bca: 6a 00
    push 0xc0                            ; 100bcc: 68 c0 00 00 00
    jmp .L256                            ; 100bd1: e9 c7 02 00 00
.L193:
    push 0                               ; 100bd6: 6a 00
    push 0xc1                            ; 100bd8: 68 c1 00 00 00
    jmp .L256                            ; 100bdd: e9 bb 02 00 00
.L194:
    push 0                               ; 100be2: 6a 00
    push 0xc2                            ; 100be4: 68 c2 00 00 00
    jmp .L256                            ; 100be9: e9 af 02 00 00
.L195:
    push 0                               ; 100bee: 6a 00
    push 0xc3                            ; 100bf0: 68 c3 00 00 00
    jmp .L256                            ; 100bf5: e9 a3 02 00 00
.L196:
    push 0                               ; 100bfa: 6a 00
    push 0xc4                            ; 100bfc: 68 c4 00 00 00
    jmp .L256                            ; 100c01: e9 97 02 00 00
.L197:
    push 0                               ; 100c06: 6a 00
    push 0xc5                            ; 100c08: 68 c5 00 00 00
    jmp .L256                            ; 100c0d: e9 8b 02 00 00
.L198:
    push 0                               ; 100c12: 6a 00
    push 0xc6                            ; 100c14: 68 c6 00 00 00
    jmp .L256                            ; 100c19: e9 7f 02 00 00
.L199:
    push 0                               ; 100c1e: 6a 00
    push 0xc7                            ; 100c20: 68 c7 00 00 00
    jmp .L256                            ; 100c25: e9 73 02 00 00
.L200:
    push 0                               ; 100c2a: 6a 00
    push 0xc8                            ; 100c2c: 68 c8 00 00 00
    jmp .L256                            ; 100c31: e9 67 02 00 00
.L201:
    push 0                               ; 100c36: 6a 00
    push 0xc9                            ; 100c38: 68 c9 00 00 00
    jmp .L256                            ; 100c3d: e9 5b 02 00 00
.L202:
    push 0                               ; 100c42: 6a 00
    push 0xca                            ; 100c44: 68 ca 00 00 00
    jmp .L256                            ; 100c49: e9 4f 02 00 00
.L203:
    push 0                               ; 100c4e: 6a 00
    push 0xcb                            ; 100c50: 68 cb 00 00 00
    jmp .L256                            ; 100c55: e9 43 02 00 00
.L204:
    push 0                               ; 100c5a: 6a 00
    push 0xcc                            ; 100c5c: 68 cc 00 00 00
    jmp .L256                            ; 100c61: e9 37 02 00 00
.L205:
    push 0                               ; 100c66: 6a 00
    push 0xcd                            ; 100c68: 68 cd 00 00 00
    jmp .L256                            ; 100c6d: e9 2b 02 00 00
.L206:
    push 0                               ; 100c72: 6a 00
    push 0xce                            ; 100c74: 68 ce 00 00 00
    jmp .L256                            ; 100c79: e9 1f 02 00 00
.L207:
    push 0                               ; 100c7e: 6a 00
    push 0xcf                            ; 100c80: 68 cf 00 00 00
    jmp .L256                            ; 100c85: e9 13 02 00 00
.L208:
    push 0                               ; 100c8a: 6a 00
    push 0xd0                            ; 100c8c: 68 d0 00 00 00
    jmp .L256                            ; 100c91: e9 07 02 00 00
.L209:
    push 0                               ; 100c96: 6a 00
    push 0xd1                            ; 100c98: 68 d1 00 00 00
    jmp .L256                            ; 100c9d: e9 fb 01 00 00
.L210:
    push 0                               ; 100ca2: 6a 00
    push 0xd2                            ; 100ca4: 68 d2 00 00 00
    jmp .L256                            ; 100ca9: e9 ef 01 00 00
.L211:
    push 0                               ; 100cae: 6a 00
    push 0xd3                            ; 100cb0: 68 d3 00 00 00
    jmp .L256                            ; 100cb5: e9 e3 01 00 00
.L212:
    push 0                               ; 100cba: 6a 00
    push 0xd4                            ; 100cbc: 68 d4 00 00 00
    jmp .L256                            ; 100cc1: e9 d7 01 00 00
.L213:
    push 0                               ; 100cc6: 6a 00
    push 0xd5                            ; 100cc8: 68 d5 00 00 00
    jmp .L256                            ; 100ccd: e9 cb 01 00 00
.L214:
    push 0                               ; 100cd2: 6a 00
    push 0xd6                            ; 100cd4: 68 d6 00 00 00
    jmp .L256                            ; 100cd9: e9 bf 01 00 00
.L215:
    push 0                               ; 100cde: 6a 00
    push 0xd7                            ; 100ce0: 68 d7 00 00 00
    jmp .L256                            ; 100ce5: e9 b3 01 00 00
.L216:
    push 0                               ; 100cea: 6a 00
    push 0xd8                            ; 100cec: 68 d8 00 00 00
    jmp .L256                            ; 100cf1: e9 a7 01 00 00
.L217:
    push 0                               ; 100cf6: 6a 00
    push 0xd9                            ; 100cf8: 68 d9 00 00 00
    jmp .L256                            ; 100cfd: e9 9b 01 00 00
.L218:
    push 0                               ; 100d02: 6a 00
    push 0xda                            ; 100d04: 68 da 00 00 00
    jmp .L256                            ; 100d09: e9 8f 01 00 00
.L219:
    push 0                               ; 100d0e: 6a 00
    push 0xdb                            ; 100d10: 68 db 00 00 00
    jmp .L256                            ; 100d15: e9 83 01 00 00
.L220:
    push 0                               ; 100d1a: 6a 00
    push 0xdc                            ; 100d1c: 68 dc 00 00 00
    jmp .L256                            ; 100d21: e9 77 01 00 00
.L221:
    push 0                               ; 100d26: 6a 00
    push 0xdd                            ; 100d28: 68 dd 00 00 00
    jmp .L256                            ; 100d2d: e9 6b 01 00 00
.L222:
    push 0                               ; 100d32: 6a 00
    push 0xde                            ; 100d34: 68 de 00 00 00
    jmp .L256                            ; 100d39: e9 5f 01 00 00
.L223:
    push 0                               ; 100d3e: 6a 00
    push 0xdf                            ; 100d40: 68 df 00 00 00
    jmp .L256                            ; 100d45: e9 53 01 00 00
.L224:
    push 0                               ; 100d4a: 6a 00
    push 0xe0                            ; 100d4c: 68 e0 00 00 00
    jmp .L256                            ; 100d51: e9 47 01 00 00
.L225:
    push 0                               ; 100d56: 6a 00
    push 0xe1                            ; 100d58: 68 e1 00 00 00
    jmp .L256                            ; 100d5d: e9 3b 01 00 00
.L226:
    push 0                               ; 100d62: 6a 00
    push 0xe2                            ; 100d64: 68 e2 00 00 00
    jmp .L256                            ; 100d69: e9 2f 01 00 00
.L227:
    push 0                               ; 100d6e: 6a 00
    push 0xe3                            ; 100d70: 68 e3 00 00 00
    jmp .L256                            ; 100d75: e9 23 01 00 00
.L228:
    push 0                               ; 100d7a: 6a 00
    push 0xe4                            ; 100d7c: 68 e4 00 00 00
    jmp .L256                            ; 100d81: e9 17 01 00 00
.L229:
    push 0                               ; 100d86: 6a 00
    push 0xe5                            ; 100d88: 68 e5 00 00 00
    jmp .L256                            ; 100d8d: e9 0b 01 00 00
.L230:
    push 0                               ; 100d92: 6a 00
    push 0xe6                            ; 100d94: 68 e6 00 00 00
    jmp .L256                            ; 100d99: e9 ff 00 00 00
.L231:
    push 0                               ; 100d9e: 6a 00
    push 0xe7                            ; 100da0: 68 e7 00 00 00
    jmp .L256                            ; 100da5: e9 f3 00 00 00
.L232:
    push 0                               ; 100daa: 6a 00
    push 0xe8                            ; 100dac: 68 e8 00 00 00
    jmp .L256                            ; 100db1: e9 e7 00 00 00
.L233:
    push 0                               ; 100db6: 6a 00
    push 0xe9                            ; 100db8: 68 e9 00 00 00
    jmp .L256                            ; 100dbd: e9 db 00 00 00
.L234:
    push 0                               ; 100dc2: 6a 00
    push 0xea                            ; 100dc4: 68 ea 00 00 00
    jmp .L256                            ; 100dc9: e9 cf 00 00 00
.L235:
    push 0                               ; 100dce: 6a 00
    push 0xeb                            ; 100dd0: 68 eb 00 00 00
    jmp .L256                            ; 100dd5: e9 c3 00 00 00
.L236:
    push 0                               ; 100dda: 6a 00
    push 0xec                            ; 100ddc: 68 ec 00 00 00
    jmp .L256                            ; 100de1: e9 b7 00 00 00
.L237:
    push 0                               ; 100de6: 6a 00
    push 0xed                            ; 100de8: 68 ed 00 00 00
    jmp .L256                            ; 100ded: e9 ab 00 00 00
.L238:
    push 0                               ; 100df2: 6a 00
    push 0xee                            ; 100df4: 68 ee 00 00 00
    jmp .L256                            ; 100df9: e9 9f 00 00 00
.L239:
    push 0                               ; 100dfe: 6a 00
    push 0xef                            ; 100e00: 68 ef 00 00 00
    jmp .L256                            ; 100e05: e9 93 00 00 00
.L240:
    push 0                               ; 100e0a: 6a 00
    push 0xf0                            ; 100e0c: 68 f0 00 00 00
    jmp .L256                            ; 100e11: e9 87 00 00 00
.L241:
    push 0                               ; 100e16: 6a 00
    push 0xf1                            ; 100e18: 68 f1 00 00 00
    jmp short .L256                      ; 100e1d: eb 7e
.L242:
    push 0                               ; 100e1f: 6a 00
    push 0xf2                            ; 100e21: 68 f2 00 00 00
    jmp short .L256                      ; 100e26: eb 75
.L243:
    push 0                               ; 100e28: 6a 00
    push 0xf3                            ; 100e2a: 68 f3 00 00 00
    jmp short .L256                      ; 100e2f: eb 6c
.L244:
    push 0                               ; 100e31: 6a 00
    push 0xf4                            ; 100e33: 68 f4 00 00 00
    jmp short .L256                      ; 100e38: eb 63
.L245:
    push 0                               ; 100e3a: 6a 00
    push 0xf5                            ; 100e3c: 68 f5 00 00 00
    jmp short .L256                      ; 100e41: eb 5a
.L246:
    push 0                               ; 100e43: 6a 00
    push 0xf6                            ; 100e45: 68 f6 00 00 00
    jmp short .L256                      ; 100e4a: eb 51
.L247:
    push 0                               ; 100e4c: 6a 00
    push 0xf7                            ; 100e4e: 68 f7 00 00 00
    jmp short .L256                      ; 100e53: eb 48
.L248:
    push 0                               ; 100e55: 6a 00
    push 0xf8                            ; 100e57: 68 f8 00 00 00
    jmp short .L256                      ; 100e5c: eb 3f
.L249:
    push 0                               ; 100e5e: 6a 00
    push 0xf9                            ; 100e60: 68 f9 00 00 00
    jmp short .L256                      ; 100e65: eb 36
.L250:
    push 0                               ; 100e67: 6a 00
    push 0xfa                            ; 100e69: 68 fa 00 00 00
    jmp short .L256                      ; 100e6e: eb 2d
.L251:
    push 0                               ; 100e70: 6a 00
    push 0xfb                            ; 100e72: 68 fb 00 00 00
    jmp short .L256                      ; 100e77: eb 24
.L252:
    push 0                               ; 100e79: 6a 00
    push 0xfc                            ; 100e7b: 68 fc 00 00 00
    jmp short .L256                      ; 100e80: eb 1b
.L253:
    push 0                               ; 100e82: 6a 00
    push 0xfd                            ; 100e84: 68 fd 00 00 00
    jmp short .L256                      ; 100e89: eb 12
.L254:
    push 0                               ; 100e8b: 6a 00
    push 0xfe                            ; 100e8d: 68 fe 00 00 00
    jmp short .L256                      ; 100e92: eb 09
.L255:
    push 0                               ; 100e94: 6a 00
    push 0xff                            ; 100e96: 68 ff 00 00 00
    jmp short .L256                      ; 100e9b: eb 00
.L256:
    push ds                              ; 100e9d: 1e
    push es                              ; 100e9e: 06
    push fs                              ; 100e9f: 0f a0
    push gs                              ; 100ea1: 0f a8
    pusha                                ; 100ea3: 60
    mov eax, ss                          ; 100ea4: 8c d0
    mov ds, eax                          ; 100ea6: 8e d8
    mov es, eax                          ; 100ea8: 8e c0
    mov fs, eax                          ; 100eaa: 8e e0
    mov gs, eax                          ; 100eac: 8e e8
    cld                                  ; 100eae: fc
    push esp                             ; 100eaf: 54
    call onInterrupt                     ; 100eb0: e8 af f2 ff ff
    add esp, 4                           ; 100eb5: 83 c4 04
    popa                                 ; 100eb8: 61
    pop gs                               ; 100eb9: 0f a9
    pop fs                               ; 100ebb: 0f a1
    pop es                               ; 100ebd: 07
    pop ds                               ; 100ebe: 1f
    add esp, 8                           ; 100ebf: 83 c4 08
    iret                                 ; 100ec2: cf

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
