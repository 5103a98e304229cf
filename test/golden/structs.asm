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
    call __tskc_init                     ; 10003b: e8 84 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 de 01 00 00
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

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 100166: 55
    mov ebp, esp                         ; 100167: 89 e5
    sub esp, 8                           ; 100169: 83 ec 08
    push ebx                             ; 10016c: 53
    push esi                             ; 10016d: 56
    mov eax, [ebp+8]                     ; 10016e: 8b 45 08
    mov [ebp-4], eax                     ; 100171: 89 45 fc
    mov eax, [ebp+0xc]                   ; 100174: 8b 45 0c
    mov [ebp-8], eax                     ; 100177: 89 45 f8
    mov eax, [ebp+0x10]                  ; 10017a: 8b 45 10
    mov ecx, [ebp+0x14]                  ; 10017d: 8b 4d 14
    mov edx, [ebp+0x18]                  ; 100180: 8b 55 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx ebx, ax                        ; 100183: 0f b7 d8
    mov esi, [ebp-4]                     ; 100186: 8b 75 fc
    mov [esi], bx                        ; 100189: 66 89 1e
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    mov ebx, [ebp-8]                     ; 10018c: 8b 5d f8
    movzx ebx, bx                        ; 10018f: 0f b7 db
    mov esi, [ebp-4]                     ; 100192: 8b 75 fc
    mov [esi+2], bx                      ; 100195: 66 89 5e 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov ebx, [ebp-8]                     ; 100199: 8b 5d f8
    shr ebx, 0x10                        ; 10019c: c1 eb 10
    movzx ebx, bl                        ; 10019f: 0f b6 db
    mov esi, [ebp-4]                     ; 1001a2: 8b 75 fc
    mov [esi+4], bl                      ; 1001a5: 88 5e 04
    ; test/golden/structs.ts:20: this.access = access;
    mov ebx, [ebp-4]                     ; 1001a8: 8b 5d fc
    mov [ebx+5], cl                      ; 1001ab: 88 4b 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr eax, 0x10                        ; 1001ae: c1 e8 10
    and eax, 0xf                         ; 1001b1: 83 e0 0f
    shl edx, 4                           ; 1001b4: c1 e2 04
    movzx ecx, dl                        ; 1001b7: 0f b6 ca
    or eax, ecx                          ; 1001ba: 09 c8
    movzx eax, al                        ; 1001bc: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001bf: 8b 4d fc
    mov [ecx+6], al                      ; 1001c2: 88 41 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    mov eax, [ebp-8]                     ; 1001c5: 8b 45 f8
    shr eax, 0x18                        ; 1001c8: c1 e8 18
    movzx eax, al                        ; 1001cb: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001ce: 8b 4d fc
    mov [ecx+7], al                      ; 1001d1: 88 41 07
    ; test/golden/structs.ts:23: }
    pop esi                              ; 1001d4: 5e
    pop ebx                              ; 1001d5: 5b
    leave                                ; 1001d6: c9
    ret                                  ; 1001d7: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001d8: 55
    mov ebp, esp                         ; 1001d9: 89 e5
    mov eax, [ebp+8]                     ; 1001db: 8b 45 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [eax+2]              ; 1001de: 0f b7 48 02
    movzx edx, byte [eax+4]              ; 1001e2: 0f b6 50 04
    shl edx, 0x10                        ; 1001e6: c1 e2 10
    or ecx, edx                          ; 1001e9: 09 d1
    movzx eax, byte [eax+7]              ; 1001eb: 0f b6 40 07
    shl eax, 0x18                        ; 1001ef: c1 e0 18
    or ecx, eax                          ; 1001f2: 09 c1
    mov eax, ecx                         ; 1001f4: 89 c8
    pop ebp                              ; 1001f6: 5d
    ret                                  ; 1001f7: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 1001f8: 55
    mov ebp, esp                         ; 1001f9: 89 e5
    push ebx                             ; 1001fb: 53
    mov eax, [ebp+8]                     ; 1001fc: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001ff: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 100202: 50
    call print                           ; 100203: e8 75 fe ff ff
    add esp, 4                           ; 100208: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 10020b: 53
    call printU32                        ; 10020c: e8 ae fe ff ff
    add esp, 4                           ; 100211: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 100214: b8 24 10 10 00
    push eax                             ; 100219: 50
    call println                         ; 10021a: e8 85 fe ff ff
    add esp, 4                           ; 10021f: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 100222: 5b
    pop ebp                              ; 100223: 5d
    ret                                  ; 100224: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 100225: 55
    mov ebp, esp                         ; 100226: 89 e5
    push ebx                             ; 100228: 53
    push esi                             ; 100229: 56
    mov eax, str_3                       ; 10022a: b8 28 10 10 00
    push 8                               ; 10022f: 6a 08
    push eax                             ; 100231: 50
    call show                            ; 100232: e8 c1 ff ff ff
    add esp, 8                           ; 100237: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 10023a: b8 3c 10 10 00
    push 0xc                             ; 10023f: 6a 0c
    push eax                             ; 100241: 50
    call show                            ; 100242: e8 b1 ff ff ff
    add esp, 8                           ; 100247: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 10024a: b8 50 10 10 00
    push 4                               ; 10024f: 6a 04
    push eax                             ; 100251: 50
    call show                            ; 100252: e8 a1 ff ff ff
    add esp, 8                           ; 100257: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 10025a: b8 6c 10 10 00
    push 8                               ; 10025f: 6a 08
    push eax                             ; 100261: 50
    call show                            ; 100262: e8 91 ff ff ff
    add esp, 8                           ; 100267: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 10026a: b8 88 10 10 00
    push 6                               ; 10026f: 6a 06
    push eax                             ; 100271: 50
    call show                            ; 100272: e8 81 ff ff ff
    add esp, 8                           ; 100277: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 10027a: b8 9c 10 10 00
    push 2                               ; 10027f: 6a 02
    push eax                             ; 100281: 50
    call show                            ; 100282: e8 71 ff ff ff
    add esp, 8                           ; 100287: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 10028a: b8 0c 30 10 00
    push 0xc                             ; 10028f: 6a 0c
    push 0x9a                            ; 100291: 68 9a 00 00 00
    push 0xfffff                         ; 100296: 68 ff ff 0f 00
    push 0                               ; 10029b: 6a 00
    push eax                             ; 10029d: 50
    call GdtEntry_set                    ; 10029e: e8 c3 fe ff ff
    add esp, 0x14                        ; 1002a3: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 1002a6: b8 14 30 10 00
    push 0xc                             ; 1002ab: 6a 0c
    push 0x92                            ; 1002ad: 68 92 00 00 00
    push 0xfffff                         ; 1002b2: 68 ff ff 0f 00
    push 0x12345678                      ; 1002b7: 68 78 56 34 12
    push eax                             ; 1002bc: 50
    call GdtEntry_set                    ; 1002bd: e8 a4 fe ff ff
    add esp, 0x14                        ; 1002c2: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002c5: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002ca: b8 b8 10 10 00
    push eax                             ; 1002cf: 50
    call print                           ; 1002d0: e8 a8 fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002d8: 8b 43 0c
    push eax                             ; 1002db: 50
    call printHex                        ; 1002dc: e8 1b fe ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002e4: b8 c4 10 10 00
    push eax                             ; 1002e9: 50
    call print                           ; 1002ea: e8 8e fd ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002f2: 8b 43 08
    push eax                             ; 1002f5: 50
    call printHex                        ; 1002f6: e8 01 fe ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002fe: b8 24 10 10 00
    push eax                             ; 100303: 50
    call println                         ; 100304: e8 9b fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 10030c: be cc 10 10 00
    mov eax, gdt+20                      ; 100311: b8 14 30 10 00
    push eax                             ; 100316: 50
    call GdtEntry_base                   ; 100317: e8 bc fe ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    push eax                             ; 10031f: 50
    push esi                             ; 100320: 56
    call show                            ; 100321: e8 d2 fe ff ff
    add esp, 8                           ; 100326: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 100329: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 100332: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 100338: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 10033d: b8 e0 10 10 00
    push eax                             ; 100342: 50
    call print                           ; 100343: e8 35 fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 10034b: 0f b7 06
    push eax                             ; 10034e: 50
    call printHex                        ; 10034f: e8 a8 fd ff ff
    add esp, 4                           ; 100354: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 100357: b8 c4 10 10 00
    push eax                             ; 10035c: 50
    call print                           ; 10035d: e8 1b fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 100365: 8b 46 02
    push eax                             ; 100368: 50
    call printHex                        ; 100369: e8 8e fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    cmp ebx, [pointer+2]                 ; 100371: 3b 1d 1e 30 10 00
    jne short .L2                        ; 100377: 75 07
    mov eax, str_13                      ; 100379: b8 ec 10 10 00
    jmp short .L3                        ; 10037e: eb 05
.L2:
    mov eax, str_14                      ; 100380: b8 fc 10 10 00
.L3:
    push eax                             ; 100385: 50
    call println                         ; 100386: e8 19 fd ff ff
    add esp, 4                           ; 10038b: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 10038e: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 100393: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 100396: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 10039d: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov eax, str_15                      ; 1003a1: b8 10 11 10 00
    mov ecx, [ebx+4]                     ; 1003a6: 8b 4b 04
    push ecx                             ; 1003a9: 51
    push eax                             ; 1003aa: 50
    call show                            ; 1003ab: e8 48 fe ff ff
    add esp, 8                           ; 1003b0: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003b3: b8 20 11 10 00
    push eax                             ; 1003b8: 50
    call print                           ; 1003b9: e8 bf fc ff ff
    add esp, 4                           ; 1003be: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003c1: a1 00 00 20 00
    push eax                             ; 1003c6: 50
    call printHex                        ; 1003c7: e8 30 fd ff ff
    add esp, 4                           ; 1003cc: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003cf: b8 c4 10 10 00
    push eax                             ; 1003d4: 50
    call print                           ; 1003d5: e8 a3 fc ff ff
    add esp, 4                           ; 1003da: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003dd: a1 04 00 20 00
    push eax                             ; 1003e2: 50
    call printHex                        ; 1003e3: e8 14 fd ff ff
    add esp, 4                           ; 1003e8: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 1003eb: 0f b6 43 08
    test eax, eax                        ; 1003ef: 85 c0
    je short .L6                         ; 1003f1: 74 07
    mov eax, str_17                      ; 1003f3: b8 30 11 10 00
    jmp short .L7                        ; 1003f8: eb 05
.L6:
    mov eax, str_18                      ; 1003fa: b8 40 11 10 00
.L7:
    push eax                             ; 1003ff: 50
    call println                         ; 100400: e8 9f fc ff ff
    add esp, 4                           ; 100405: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 100408: 6a 00
    call exit                            ; 10040a: e8 4b fd ff ff
    add esp, 4                           ; 10040f: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 100412: 5e
    pop ebx                              ; 100413: 5b
    pop ebp                              ; 100414: 5d
    ret                                  ; 100415: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100416: 55
    mov ebp, esp                         ; 100417: 89 e5
    push ebx                             ; 100419: 53
    push esi                             ; 10041a: 56
    mov eax, [ebp+8]                     ; 10041b: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 10041e: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100421: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100424: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100427: 8b 35 00 20 10 00
    push ebx                             ; 10042d: 53
    push edx                             ; 10042e: 52
    push ecx                             ; 10042f: 51
    push eax                             ; 100430: 50
    call esi                             ; 100431: ff d6
    add esp, 0x10                        ; 100433: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100436: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100437: f4
    jmp short .L2                        ; 100438: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10043a: 55
    mov ebp, esp                         ; 10043b: 89 e5
    sub esp, 4                           ; 10043d: 83 ec 04
    push ebx                             ; 100440: 53
    push esi                             ; 100441: 56
    push edi                             ; 100442: 57
    mov ebx, [ebp+8]                     ; 100443: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100446: 8b 45 0c
    mov [ebp-4], eax                     ; 100449: 89 45 fc
    mov esi, [ebp+0x10]                  ; 10044c: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10044f: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 100452: b8 50 11 10 00
    push eax                             ; 100457: 50
    call print                           ; 100458: e8 20 fc ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100460: 56
    call printU32                        ; 100461: e8 59 fc ff ff
    add esp, 4                           ; 100466: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 100469: b8 70 11 10 00
    push eax                             ; 10046e: 50
    call print                           ; 10046f: e8 09 fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100477: 57
    call printU32                        ; 100478: e8 42 fc ff ff
    add esp, 4                           ; 10047d: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 100480: b8 90 11 10 00
    push eax                             ; 100485: 50
    call print                           ; 100486: e8 f2 fb ff ff
    add esp, 4                           ; 10048b: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 10048e: 53
    call print                           ; 10048f: e8 e9 fb ff ff
    add esp, 4                           ; 100494: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 100497: b8 98 11 10 00
    push eax                             ; 10049c: 50
    call print                           ; 10049d: e8 db fb ff ff
    add esp, 4                           ; 1004a2: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004a5: 8b 45 fc
    push eax                             ; 1004a8: 50
    call printU32                        ; 1004a9: e8 11 fc ff ff
    add esp, 4                           ; 1004ae: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004b1: b8 24 10 10 00
    push eax                             ; 1004b6: 50
    call println                         ; 1004b7: e8 e8 fb ff ff
    add esp, 4                           ; 1004bc: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004bf: 5f
    pop esi                              ; 1004c0: 5e
    pop ebx                              ; 1004c1: 5b
    leave                                ; 1004c2: c9
    ret                                  ; 1004c3: c3

__tskc_init:
    push ebp                             ; 1004c4: 55
    mov ebp, esp                         ; 1004c5: 89 e5
    mov dword [gdt], 3                   ; 1004c7: c7 05 00 30 10 00 03 00 00 00
    pop ebp                              ; 1004d1: 5d
    ret                                  ; 1004d2: c3

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
