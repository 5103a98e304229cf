; tskc 0.1.0 listing of test/golden/structs.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102004, 0x108000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 70 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 30 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 70 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 80 04 00 00
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

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 100162: 55
    mov ebp, esp                         ; 100163: 89 e5
    sub esp, 8                           ; 100165: 83 ec 08
    push ebx                             ; 100168: 53
    push esi                             ; 100169: 56
    mov eax, [ebp+8]                     ; 10016a: 8b 45 08
    mov [ebp-4], eax                     ; 10016d: 89 45 fc
    mov eax, [ebp+0xc]                   ; 100170: 8b 45 0c
    mov [ebp-8], eax                     ; 100173: 89 45 f8
    mov eax, [ebp+0x10]                  ; 100176: 8b 45 10
    mov ecx, [ebp+0x14]                  ; 100179: 8b 4d 14
    mov edx, [ebp+0x18]                  ; 10017c: 8b 55 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx ebx, ax                        ; 10017f: 0f b7 d8
    mov esi, [ebp-4]                     ; 100182: 8b 75 fc
    mov [esi], bx                        ; 100185: 66 89 1e
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    mov ebx, [ebp-8]                     ; 100188: 8b 5d f8
    movzx ebx, bx                        ; 10018b: 0f b7 db
    mov esi, [ebp-4]                     ; 10018e: 8b 75 fc
    mov [esi+2], bx                      ; 100191: 66 89 5e 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov ebx, [ebp-8]                     ; 100195: 8b 5d f8
    shr ebx, 0x10                        ; 100198: c1 eb 10
    movzx ebx, bl                        ; 10019b: 0f b6 db
    mov esi, [ebp-4]                     ; 10019e: 8b 75 fc
    mov [esi+4], bl                      ; 1001a1: 88 5e 04
    ; test/golden/structs.ts:20: this.access = access;
    mov ebx, [ebp-4]                     ; 1001a4: 8b 5d fc
    mov [ebx+5], cl                      ; 1001a7: 88 4b 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr eax, 0x10                        ; 1001aa: c1 e8 10
    and eax, 0xf                         ; 1001ad: 83 e0 0f
    shl edx, 4                           ; 1001b0: c1 e2 04
    movzx ecx, dl                        ; 1001b3: 0f b6 ca
    or eax, ecx                          ; 1001b6: 09 c8
    movzx eax, al                        ; 1001b8: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001bb: 8b 4d fc
    mov [ecx+6], al                      ; 1001be: 88 41 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    mov eax, [ebp-8]                     ; 1001c1: 8b 45 f8
    shr eax, 0x18                        ; 1001c4: c1 e8 18
    movzx eax, al                        ; 1001c7: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001ca: 8b 4d fc
    mov [ecx+7], al                      ; 1001cd: 88 41 07
    ; test/golden/structs.ts:23: }
    pop esi                              ; 1001d0: 5e
    pop ebx                              ; 1001d1: 5b
    leave                                ; 1001d2: c9
    ret                                  ; 1001d3: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001d4: 55
    mov ebp, esp                         ; 1001d5: 89 e5
    mov eax, [ebp+8]                     ; 1001d7: 8b 45 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [eax+2]              ; 1001da: 0f b7 48 02
    movzx edx, byte [eax+4]              ; 1001de: 0f b6 50 04
    shl edx, 0x10                        ; 1001e2: c1 e2 10
    movzx eax, byte [eax+7]              ; 1001e5: 0f b6 40 07
    shl eax, 0x18                        ; 1001e9: c1 e0 18
    or ecx, edx                          ; 1001ec: 09 d1
    or ecx, eax                          ; 1001ee: 09 c1
    mov eax, ecx                         ; 1001f0: 89 c8
    pop ebp                              ; 1001f2: 5d
    ret                                  ; 1001f3: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    push ebx                             ; 1001f7: 53
    mov eax, [ebp+8]                     ; 1001f8: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001fb: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001fe: 50
    call print                           ; 1001ff: e8 79 fe ff ff
    add esp, 4                           ; 100204: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 100207: 53
    call printU32                        ; 100208: e8 b2 fe ff ff
    add esp, 4                           ; 10020d: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 100210: b8 24 10 10 00
    push eax                             ; 100215: 50
    call println                         ; 100216: e8 89 fe ff ff
    add esp, 4                           ; 10021b: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 10021e: 5b
    pop ebp                              ; 10021f: 5d
    ret                                  ; 100220: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 100221: 55
    mov ebp, esp                         ; 100222: 89 e5
    push ebx                             ; 100224: 53
    push esi                             ; 100225: 56
    mov eax, str_3                       ; 100226: b8 28 10 10 00
    push 8                               ; 10022b: 6a 08
    push eax                             ; 10022d: 50
    call show                            ; 10022e: e8 c1 ff ff ff
    add esp, 8                           ; 100233: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100236: b8 3c 10 10 00
    push 0xc                             ; 10023b: 6a 0c
    push eax                             ; 10023d: 50
    call show                            ; 10023e: e8 b1 ff ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100246: b8 50 10 10 00
    push 4                               ; 10024b: 6a 04
    push eax                             ; 10024d: 50
    call show                            ; 10024e: e8 a1 ff ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100256: b8 6c 10 10 00
    push 8                               ; 10025b: 6a 08
    push eax                             ; 10025d: 50
    call show                            ; 10025e: e8 91 ff ff ff
    add esp, 8                           ; 100263: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100266: b8 88 10 10 00
    push 6                               ; 10026b: 6a 06
    push eax                             ; 10026d: 50
    call show                            ; 10026e: e8 81 ff ff ff
    add esp, 8                           ; 100273: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100276: b8 9c 10 10 00
    push 2                               ; 10027b: 6a 02
    push eax                             ; 10027d: 50
    call show                            ; 10027e: e8 71 ff ff ff
    add esp, 8                           ; 100283: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100286: b8 0c 30 10 00
    push 0xc                             ; 10028b: 6a 0c
    push 0x9a                            ; 10028d: 68 9a 00 00 00
    push 0xfffff                         ; 100292: 68 ff ff 0f 00
    push 0                               ; 100297: 6a 00
    push eax                             ; 100299: 50
    call GdtEntry_set                    ; 10029a: e8 c3 fe ff ff
    add esp, 0x14                        ; 10029f: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 1002a2: b8 14 30 10 00
    push 0xc                             ; 1002a7: 6a 0c
    push 0x92                            ; 1002a9: 68 92 00 00 00
    push 0xfffff                         ; 1002ae: 68 ff ff 0f 00
    push 0x12345678                      ; 1002b3: 68 78 56 34 12
    push eax                             ; 1002b8: 50
    call GdtEntry_set                    ; 1002b9: e8 a4 fe ff ff
    add esp, 0x14                        ; 1002be: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002c1: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002c6: b8 b8 10 10 00
    push eax                             ; 1002cb: 50
    call print                           ; 1002cc: e8 ac fd ff ff
    add esp, 4                           ; 1002d1: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002d4: 8b 43 0c
    push eax                             ; 1002d7: 50
    call printHex                        ; 1002d8: e8 1f fe ff ff
    add esp, 4                           ; 1002dd: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002e0: b8 c4 10 10 00
    push eax                             ; 1002e5: 50
    call print                           ; 1002e6: e8 92 fd ff ff
    add esp, 4                           ; 1002eb: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002ee: 8b 43 08
    push eax                             ; 1002f1: 50
    call printHex                        ; 1002f2: e8 05 fe ff ff
    add esp, 4                           ; 1002f7: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002fa: b8 24 10 10 00
    push eax                             ; 1002ff: 50
    call println                         ; 100300: e8 9f fd ff ff
    add esp, 4                           ; 100305: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 100308: be cc 10 10 00
    mov eax, gdt+20                      ; 10030d: b8 14 30 10 00
    push eax                             ; 100312: 50
    call GdtEntry_base                   ; 100313: e8 bc fe ff ff
    add esp, 4                           ; 100318: 83 c4 04
    push eax                             ; 10031b: 50
    push esi                             ; 10031c: 56
    call show                            ; 10031d: e8 d2 fe ff ff
    add esp, 8                           ; 100322: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 100325: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 10032e: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 100334: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100339: b8 e0 10 10 00
    push eax                             ; 10033e: 50
    call print                           ; 10033f: e8 39 fd ff ff
    add esp, 4                           ; 100344: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 100347: 0f b7 06
    push eax                             ; 10034a: 50
    call printHex                        ; 10034b: e8 ac fd ff ff
    add esp, 4                           ; 100350: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 100353: b8 c4 10 10 00
    push eax                             ; 100358: 50
    call print                           ; 100359: e8 1f fd ff ff
    add esp, 4                           ; 10035e: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 100361: 8b 46 02
    push eax                             ; 100364: 50
    call printHex                        ; 100365: e8 92 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    cmp ebx, [pointer+2]                 ; 10036d: 3b 1d 1e 30 10 00
    jne short .L2                        ; 100373: 75 07
    mov eax, str_13                      ; 100375: b8 ec 10 10 00
    jmp short .L3                        ; 10037a: eb 05
.L2:
    mov eax, str_14                      ; 10037c: b8 fc 10 10 00
.L3:
    push eax                             ; 100381: 50
    call println                         ; 100382: e8 1d fd ff ff
    add esp, 4                           ; 100387: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 10038a: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 10038f: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 100392: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 100399: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov eax, str_15                      ; 10039d: b8 10 11 10 00
    mov ecx, [ebx+4]                     ; 1003a2: 8b 4b 04
    push ecx                             ; 1003a5: 51
    push eax                             ; 1003a6: 50
    call show                            ; 1003a7: e8 48 fe ff ff
    add esp, 8                           ; 1003ac: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003af: b8 20 11 10 00
    push eax                             ; 1003b4: 50
    call print                           ; 1003b5: e8 c3 fc ff ff
    add esp, 4                           ; 1003ba: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003bd: a1 00 00 20 00
    push eax                             ; 1003c2: 50
    call printHex                        ; 1003c3: e8 34 fd ff ff
    add esp, 4                           ; 1003c8: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003cb: b8 c4 10 10 00
    push eax                             ; 1003d0: 50
    call print                           ; 1003d1: e8 a7 fc ff ff
    add esp, 4                           ; 1003d6: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003d9: a1 04 00 20 00
    push eax                             ; 1003de: 50
    call printHex                        ; 1003df: e8 18 fd ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 1003e7: 0f b6 43 08
    test eax, eax                        ; 1003eb: 85 c0
    je short .L6                         ; 1003ed: 74 07
    mov eax, str_17                      ; 1003ef: b8 30 11 10 00
    jmp short .L7                        ; 1003f4: eb 05
.L6:
    mov eax, str_18                      ; 1003f6: b8 40 11 10 00
.L7:
    push eax                             ; 1003fb: 50
    call println                         ; 1003fc: e8 a3 fc ff ff
    add esp, 4                           ; 100401: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 100404: 6a 00
    call exit                            ; 100406: e8 4b fd ff ff
    add esp, 4                           ; 10040b: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 10040e: 5e
    pop ebx                              ; 10040f: 5b
    pop ebp                              ; 100410: 5d
    ret                                  ; 100411: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100412: 55
    mov ebp, esp                         ; 100413: 89 e5
    push ebx                             ; 100415: 53
    push esi                             ; 100416: 56
    mov eax, [ebp+8]                     ; 100417: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10041a: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10041d: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100420: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100423: 8b 35 00 20 10 00
    push ebx                             ; 100429: 53
    push edx                             ; 10042a: 52
    push ecx                             ; 10042b: 51
    push eax                             ; 10042c: 50
    call esi                             ; 10042d: ff d6
    add esp, 0x10                        ; 10042f: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100432: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100433: f4
    jmp short .L2                        ; 100434: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100436: 55
    mov ebp, esp                         ; 100437: 89 e5
    sub esp, 4                           ; 100439: 83 ec 04
    push ebx                             ; 10043c: 53
    push esi                             ; 10043d: 56
    push edi                             ; 10043e: 57
    mov ebx, [ebp+8]                     ; 10043f: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100442: 8b 45 0c
    mov [ebp-4], eax                     ; 100445: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100448: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10044b: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 10044e: b8 50 11 10 00
    push eax                             ; 100453: 50
    call print                           ; 100454: e8 24 fc ff ff
    add esp, 4                           ; 100459: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10045c: 56
    call printU32                        ; 10045d: e8 5d fc ff ff
    add esp, 4                           ; 100462: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 100465: b8 70 11 10 00
    push eax                             ; 10046a: 50
    call print                           ; 10046b: e8 0d fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100473: 57
    call printU32                        ; 100474: e8 46 fc ff ff
    add esp, 4                           ; 100479: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 10047c: b8 90 11 10 00
    push eax                             ; 100481: 50
    call print                           ; 100482: e8 f6 fb ff ff
    add esp, 4                           ; 100487: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10048a: 53
    call print                           ; 10048b: e8 ed fb ff ff
    add esp, 4                           ; 100490: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 100493: b8 98 11 10 00
    push eax                             ; 100498: 50
    call print                           ; 100499: e8 df fb ff ff
    add esp, 4                           ; 10049e: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004a1: 8b 45 fc
    push eax                             ; 1004a4: 50
    call printU32                        ; 1004a5: e8 15 fc ff ff
    add esp, 4                           ; 1004aa: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004ad: b8 24 10 10 00
    push eax                             ; 1004b2: 50
    call println                         ; 1004b3: e8 ec fb ff ff
    add esp, 4                           ; 1004b8: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004bb: 5f
    pop esi                              ; 1004bc: 5e
    pop ebx                              ; 1004bd: 5b
    leave                                ; 1004be: c9
    ret                                  ; 1004bf: c3

__tskc_init:
    push ebp                             ; 1004c0: 55
    mov ebp, esp                         ; 1004c1: 89 e5
    mov dword [gdt], 3                   ; 1004c3: c7 05 00 30 10 00 03 00 00 00
    pop ebp                              ; 1004cd: 5d
    ret                                  ; 1004ce: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_0:  ; "runtime/lib/serial.ts"
    db 0x15, 0x0, 0x0, 0x0, 0x72, 0x75, 0x6e, 0x74, 0x69, 0x6d, 0x65, 0x2f, 0x6c, 0x69, 0x62, 0x2f
    db 0x73, 0x65, 0x72, 0x69, 0x61, 0x6c, 0x2e, 0x74, 0x73
    times 0x101c - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1024 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x1028 - ($ - $$) db 0
str_3:  ; "sizeof GdtEntry "
    db 0x10, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x47, 0x64, 0x74, 0x45, 0x6e
    db 0x74, 0x72, 0x79, 0x20
    times 0x103c - ($ - $$) db 0
str_4:  ; "sizeof Padded "
    db 0xe, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64, 0x64, 0x65
    db 0x64, 0x20
    times 0x1050 - ($ - $$) db 0
str_5:  ; "offsetof Padded.value "
    db 0x16, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64
    db 0x64, 0x65, 0x64, 0x2e, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x20
    times 0x106c - ($ - $$) db 0
str_6:  ; "offsetof Padded.flag "
    db 0x15, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64
    db 0x64, 0x65, 0x64, 0x2e, 0x66, 0x6c, 0x61, 0x67, 0x20
    times 0x1088 - ($ - $$) db 0
str_7:  ; "sizeof Pointer "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x50, 0x6f, 0x69, 0x6e, 0x74
    db 0x65, 0x72, 0x20
    times 0x109c - ($ - $$) db 0
str_8:  ; "offsetof Pointer.base "
    db 0x16, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x6f, 0x69
    db 0x6e, 0x74, 0x65, 0x72, 0x2e, 0x62, 0x61, 0x73, 0x65, 0x20
    times 0x10b8 - ($ - $$) db 0
str_9:  ; "entry 1 "
    db 0x8, 0x0, 0x0, 0x0, 0x65, 0x6e, 0x74, 0x72, 0x79, 0x20, 0x31, 0x20
    times 0x10c4 - ($ - $$) db 0
str_10:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10cc - ($ - $$) db 0
str_11:  ; "entry 2 base "
    db 0xd, 0x0, 0x0, 0x0, 0x65, 0x6e, 0x74, 0x72, 0x79, 0x20, 0x32, 0x20, 0x62, 0x61, 0x73, 0x65
    db 0x20
    times 0x10e0 - ($ - $$) db 0
str_12:  ; "pointer "
    db 0x8, 0x0, 0x0, 0x0, 0x70, 0x6f, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x20
    times 0x10ec - ($ - $$) db 0
str_13:  ; " (base ok)"
    db 0xa, 0x0, 0x0, 0x0, 0x20, 0x28, 0x62, 0x61, 0x73, 0x65, 0x20, 0x6f, 0x6b, 0x29
    times 0x10fc - ($ - $$) db 0
str_14:  ; " (base wrong)"
    db 0xd, 0x0, 0x0, 0x0, 0x20, 0x28, 0x62, 0x61, 0x73, 0x65, 0x20, 0x77, 0x72, 0x6f, 0x6e, 0x67
    db 0x29
    times 0x1110 - ($ - $$) db 0
str_15:  ; "view.value "
    db 0xb, 0x0, 0x0, 0x0, 0x76, 0x69, 0x65, 0x77, 0x2e, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x20
    times 0x1120 - ($ - $$) db 0
str_16:  ; "view bytes "
    db 0xb, 0x0, 0x0, 0x0, 0x76, 0x69, 0x65, 0x77, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73, 0x20
    times 0x1130 - ($ - $$) db 0
str_17:  ; " flag set"
    db 0x9, 0x0, 0x0, 0x0, 0x20, 0x66, 0x6c, 0x61, 0x67, 0x20, 0x73, 0x65, 0x74
    times 0x1140 - ($ - $$) db 0
str_18:  ; " flag clear"
    db 0xb, 0x0, 0x0, 0x0, 0x20, 0x66, 0x6c, 0x61, 0x67, 0x20, 0x63, 0x6c, 0x65, 0x61, 0x72
    times 0x1150 - ($ - $$) db 0
str_19:  ; "bounds check failed: index "
    db 0x1b, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x75, 0x6e, 0x64, 0x73, 0x20, 0x63, 0x68, 0x65, 0x63, 0x6b
    db 0x20, 0x66, 0x61, 0x69, 0x6c, 0x65, 0x64, 0x3a, 0x20, 0x69, 0x6e, 0x64, 0x65, 0x78, 0x20
    times 0x1170 - ($ - $$) db 0
str_20:  ; " is out of range for length "
    db 0x1c, 0x0, 0x0, 0x0, 0x20, 0x69, 0x73, 0x20, 0x6f, 0x75, 0x74, 0x20, 0x6f, 0x66, 0x20, 0x72
    db 0x61, 0x6e, 0x67, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x20, 0x6c, 0x65, 0x6e, 0x67, 0x74, 0x68, 0x20
    times 0x1190 - ($ - $$) db 0
str_21:  ; " at "
    db 0x4, 0x0, 0x0, 0x0, 0x20, 0x61, 0x74, 0x20
    times 0x1198 - ($ - $$) db 0
str_22:  ; ":"
    db 0x1, 0x0, 0x0, 0x0, 0x3a

; .data
    times 0x2000 - ($ - $$) db 0
boundsHandler:  ; (string, u32, u32, u32) => void
    dd reportOutOfBounds

    times 0x2004 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x103000
__bss_end equ 0x107030
gdt equ 0x103000  ; StaticArray<GdtEntry>(3), 28 bytes
pointer equ 0x10301c  ; Pointer, 6 bytes
__stack equ 0x103030  ; boot stack, 16384 bytes
