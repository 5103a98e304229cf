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
    call __tskc_init                     ; 10003b: e8 79 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 d4 01 00 00
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

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 100177: 55
    mov ebp, esp                         ; 100178: 89 e5
    push ebx                             ; 10017a: 53
    push esi                             ; 10017b: 56
    push edi                             ; 10017c: 57
    mov ebx, [ebp+8]                     ; 10017d: 8b 5d 08
    mov edx, [ebp+0xc]                   ; 100180: 8b 55 0c
    mov ecx, [ebp+0x10]                  ; 100183: 8b 4d 10
    mov esi, [ebp+0x14]                  ; 100186: 8b 75 14
    mov edi, [ebp+0x18]                  ; 100189: 8b 7d 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx eax, cx                        ; 10018c: 0f b7 c1
    mov [ebx], ax                        ; 10018f: 66 89 03
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    movzx eax, dx                        ; 100192: 0f b7 c2
    mov [ebx+2], ax                      ; 100195: 66 89 43 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov eax, edx                         ; 100199: 89 d0
    shr eax, 0x10                        ; 10019b: c1 e8 10
    movzx eax, al                        ; 10019e: 0f b6 c0
    mov [ebx+4], al                      ; 1001a1: 88 43 04
    ; test/golden/structs.ts:20: this.access = access;
    mov eax, esi                         ; 1001a4: 89 f0
    mov [ebx+5], al                      ; 1001a6: 88 43 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr ecx, 0x10                        ; 1001a9: c1 e9 10
    and ecx, 0xf                         ; 1001ac: 83 e1 0f
    movzx eax, cl                        ; 1001af: 0f b6 c1
    mov ecx, edi                         ; 1001b2: 89 f9
    shl ecx, 4                           ; 1001b4: c1 e1 04
    movzx ecx, cl                        ; 1001b7: 0f b6 c9
    or eax, ecx                          ; 1001ba: 09 c8
    movzx eax, al                        ; 1001bc: 0f b6 c0
    mov [ebx+6], al                      ; 1001bf: 88 43 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    shr edx, 0x18                        ; 1001c2: c1 ea 18
    movzx eax, dl                        ; 1001c5: 0f b6 c2
    mov [ebx+7], al                      ; 1001c8: 88 43 07
    ; test/golden/structs.ts:23: }
    pop edi                              ; 1001cb: 5f
    pop esi                              ; 1001cc: 5e
    pop ebx                              ; 1001cd: 5b
    pop ebp                              ; 1001ce: 5d
    ret                                  ; 1001cf: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001d0: 55
    mov ebp, esp                         ; 1001d1: 89 e5
    mov edx, [ebp+8]                     ; 1001d3: 8b 55 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx eax, word [edx+2]              ; 1001d6: 0f b7 42 02
    movzx ecx, byte [edx+4]              ; 1001da: 0f b6 4a 04
    shl ecx, 0x10                        ; 1001de: c1 e1 10
    or eax, ecx                          ; 1001e1: 09 c8
    movzx ecx, byte [edx+7]              ; 1001e3: 0f b6 4a 07
    shl ecx, 0x18                        ; 1001e7: c1 e1 18
    or eax, ecx                          ; 1001ea: 09 c8
    pop ebp                              ; 1001ec: 5d
    ret                                  ; 1001ed: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 1001ee: 55
    mov ebp, esp                         ; 1001ef: 89 e5
    push ebx                             ; 1001f1: 53
    mov eax, [ebp+8]                     ; 1001f2: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001f5: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001f8: 50
    call print                           ; 1001f9: e8 87 fe ff ff
    add esp, 4                           ; 1001fe: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 100201: 53
    call printU32                        ; 100202: e8 ca fe ff ff
    add esp, 4                           ; 100207: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 10020a: b8 24 10 10 00
    push eax                             ; 10020f: 50
    call println                         ; 100210: e8 a1 fe ff ff
    add esp, 4                           ; 100215: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 100218: 5b
    pop ebp                              ; 100219: 5d
    ret                                  ; 10021a: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 10021b: 55
    mov ebp, esp                         ; 10021c: 89 e5
    push ebx                             ; 10021e: 53
    push esi                             ; 10021f: 56
    mov eax, str_3                       ; 100220: b8 28 10 10 00
    push 8                               ; 100225: 6a 08
    push eax                             ; 100227: 50
    call show                            ; 100228: e8 c1 ff ff ff
    add esp, 8                           ; 10022d: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100230: b8 3c 10 10 00
    push 0xc                             ; 100235: 6a 0c
    push eax                             ; 100237: 50
    call show                            ; 100238: e8 b1 ff ff ff
    add esp, 8                           ; 10023d: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100240: b8 50 10 10 00
    push 4                               ; 100245: 6a 04
    push eax                             ; 100247: 50
    call show                            ; 100248: e8 a1 ff ff ff
    add esp, 8                           ; 10024d: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100250: b8 6c 10 10 00
    push 8                               ; 100255: 6a 08
    push eax                             ; 100257: 50
    call show                            ; 100258: e8 91 ff ff ff
    add esp, 8                           ; 10025d: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100260: b8 88 10 10 00
    push 6                               ; 100265: 6a 06
    push eax                             ; 100267: 50
    call show                            ; 100268: e8 81 ff ff ff
    add esp, 8                           ; 10026d: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100270: b8 9c 10 10 00
    push 2                               ; 100275: 6a 02
    push eax                             ; 100277: 50
    call show                            ; 100278: e8 71 ff ff ff
    add esp, 8                           ; 10027d: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100280: b8 0c 30 10 00
    push 0xc                             ; 100285: 6a 0c
    push 0x9a                            ; 100287: 68 9a 00 00 00
    push 0xfffff                         ; 10028c: 68 ff ff 0f 00
    push 0                               ; 100291: 6a 00
    push eax                             ; 100293: 50
    call GdtEntry_set                    ; 100294: e8 de fe ff ff
    add esp, 0x14                        ; 100299: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 10029c: b8 14 30 10 00
    push 0xc                             ; 1002a1: 6a 0c
    push 0x92                            ; 1002a3: 68 92 00 00 00
    push 0xfffff                         ; 1002a8: 68 ff ff 0f 00
    push 0x12345678                      ; 1002ad: 68 78 56 34 12
    push eax                             ; 1002b2: 50
    call GdtEntry_set                    ; 1002b3: e8 bf fe ff ff
    add esp, 0x14                        ; 1002b8: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002bb: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002c0: b8 b8 10 10 00
    push eax                             ; 1002c5: 50
    call print                           ; 1002c6: e8 ba fd ff ff
    add esp, 4                           ; 1002cb: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002ce: 8b 43 0c
    push eax                             ; 1002d1: 50
    call printHex                        ; 1002d2: e8 37 fe ff ff
    add esp, 4                           ; 1002d7: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002da: b8 c4 10 10 00
    push eax                             ; 1002df: 50
    call print                           ; 1002e0: e8 a0 fd ff ff
    add esp, 4                           ; 1002e5: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002e8: 8b 43 08
    push eax                             ; 1002eb: 50
    call printHex                        ; 1002ec: e8 1d fe ff ff
    add esp, 4                           ; 1002f1: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002f4: b8 24 10 10 00
    push eax                             ; 1002f9: 50
    call println                         ; 1002fa: e8 b7 fd ff ff
    add esp, 4                           ; 1002ff: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 100302: be cc 10 10 00
    mov eax, gdt+20                      ; 100307: b8 14 30 10 00
    push eax                             ; 10030c: 50
    call GdtEntry_base                   ; 10030d: e8 be fe ff ff
    add esp, 4                           ; 100312: 83 c4 04
    push eax                             ; 100315: 50
    push esi                             ; 100316: 56
    call show                            ; 100317: e8 d2 fe ff ff
    add esp, 8                           ; 10031c: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 10031f: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 100328: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 10032e: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100333: b8 e0 10 10 00
    push eax                             ; 100338: 50
    call print                           ; 100339: e8 47 fd ff ff
    add esp, 4                           ; 10033e: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 100341: 0f b7 06
    push eax                             ; 100344: 50
    call printHex                        ; 100345: e8 c4 fd ff ff
    add esp, 4                           ; 10034a: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 10034d: b8 c4 10 10 00
    push eax                             ; 100352: 50
    call print                           ; 100353: e8 2d fd ff ff
    add esp, 4                           ; 100358: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 10035b: 8b 46 02
    push eax                             ; 10035e: 50
    call printHex                        ; 10035f: e8 aa fd ff ff
    add esp, 4                           ; 100364: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    mov eax, [pointer+2]                 ; 100367: a1 1e 30 10 00
    cmp ebx, eax                         ; 10036c: 39 c3
    jne short .L2                        ; 10036e: 75 07
    mov eax, str_13                      ; 100370: b8 ec 10 10 00
    jmp short .L3                        ; 100375: eb 05
.L2:
    mov eax, str_14                      ; 100377: b8 fc 10 10 00
.L3:
    push eax                             ; 10037c: 50
    call println                         ; 10037d: e8 34 fd ff ff
    add esp, 4                           ; 100382: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 100385: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 10038a: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 10038d: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 100394: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov ecx, str_15                      ; 100398: b9 10 11 10 00
    mov eax, [ebx+4]                     ; 10039d: 8b 43 04
    push eax                             ; 1003a0: 50
    push ecx                             ; 1003a1: 51
    call show                            ; 1003a2: e8 47 fe ff ff
    add esp, 8                           ; 1003a7: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003aa: b8 20 11 10 00
    push eax                             ; 1003af: 50
    call print                           ; 1003b0: e8 d0 fc ff ff
    add esp, 4                           ; 1003b5: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003b8: a1 00 00 20 00
    push eax                             ; 1003bd: 50
    call printHex                        ; 1003be: e8 4b fd ff ff
    add esp, 4                           ; 1003c3: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003c6: b8 c4 10 10 00
    push eax                             ; 1003cb: 50
    call print                           ; 1003cc: e8 b4 fc ff ff
    add esp, 4                           ; 1003d1: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003d4: a1 04 00 20 00
    push eax                             ; 1003d9: 50
    call printHex                        ; 1003da: e8 2f fd ff ff
    add esp, 4                           ; 1003df: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 1003e2: 0f b6 43 08
    test eax, eax                        ; 1003e6: 85 c0
    je short .L6                         ; 1003e8: 74 07
    mov eax, str_17                      ; 1003ea: b8 30 11 10 00
    jmp short .L7                        ; 1003ef: eb 05
.L6:
    mov eax, str_18                      ; 1003f1: b8 40 11 10 00
.L7:
    push eax                             ; 1003f6: 50
    call println                         ; 1003f7: e8 ba fc ff ff
    add esp, 4                           ; 1003fc: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003ff: 6a 00
    call exit                            ; 100401: e8 65 fd ff ff
    add esp, 4                           ; 100406: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 100409: 5e
    pop ebx                              ; 10040a: 5b
    pop ebp                              ; 10040b: 5d
    ret                                  ; 10040c: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10040d: 55
    mov ebp, esp                         ; 10040e: 89 e5
    push ebx                             ; 100410: 53
    push esi                             ; 100411: 56
    mov esi, [ebp+8]                     ; 100412: 8b 75 08
    mov ebx, [ebp+0xc]                   ; 100415: 8b 5d 0c
    mov edx, [ebp+0x10]                  ; 100418: 8b 55 10
    mov ecx, [ebp+0x14]                  ; 10041b: 8b 4d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 10041e: a1 00 20 10 00
    push ecx                             ; 100423: 51
    push edx                             ; 100424: 52
    push ebx                             ; 100425: 53
    push esi                             ; 100426: 56
    call eax                             ; 100427: ff d0
    add esp, 0x10                        ; 100429: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10042c: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10042d: f4
    jmp short .L2                        ; 10042e: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100430: 55
    mov ebp, esp                         ; 100431: 89 e5
    sub esp, 4                           ; 100433: 83 ec 04
    push ebx                             ; 100436: 53
    push esi                             ; 100437: 56
    push edi                             ; 100438: 57
    mov eax, [ebp+8]                     ; 100439: 8b 45 08
    mov [ebp-4], eax                     ; 10043c: 89 45 fc
    mov ebx, [ebp+0xc]                   ; 10043f: 8b 5d 0c
    mov edi, [ebp+0x10]                  ; 100442: 8b 7d 10
    mov esi, [ebp+0x14]                  ; 100445: 8b 75 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 100448: b8 50 11 10 00
    push eax                             ; 10044d: 50
    call print                           ; 10044e: e8 32 fc ff ff
    add esp, 4                           ; 100453: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100456: 57
    call printU32                        ; 100457: e8 75 fc ff ff
    add esp, 4                           ; 10045c: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 10045f: b8 70 11 10 00
    push eax                             ; 100464: 50
    call print                           ; 100465: e8 1b fc ff ff
    add esp, 4                           ; 10046a: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10046d: 56
    call printU32                        ; 10046e: e8 5e fc ff ff
    add esp, 4                           ; 100473: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 100476: b8 90 11 10 00
    push eax                             ; 10047b: 50
    call print                           ; 10047c: e8 04 fc ff ff
    add esp, 4                           ; 100481: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [ebp-4]                   ; 100484: ff 75 fc
    call print                           ; 100487: e8 f9 fb ff ff
    add esp, 4                           ; 10048c: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 10048f: b8 98 11 10 00
    push eax                             ; 100494: 50
    call print                           ; 100495: e8 eb fb ff ff
    add esp, 4                           ; 10049a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10049d: 53
    call printU32                        ; 10049e: e8 2e fc ff ff
    add esp, 4                           ; 1004a3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004a6: b8 24 10 10 00
    push eax                             ; 1004ab: 50
    call println                         ; 1004ac: e8 05 fc ff ff
    add esp, 4                           ; 1004b1: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004b4: 5f
    pop esi                              ; 1004b5: 5e
    pop ebx                              ; 1004b6: 5b
    leave                                ; 1004b7: c9
    ret                                  ; 1004b8: c3

__tskc_init:
    push ebp                             ; 1004b9: 55
    mov ebp, esp                         ; 1004ba: 89 e5
    mov dword [gdt], 3                   ; 1004bc: c7 05 00 30 10 00 03 00 00 00
    pop ebp                              ; 1004c6: 5d
    ret                                  ; 1004c7: c3

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
