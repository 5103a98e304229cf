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
    call __tskc_init                     ; 10003b: e8 9f 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 f8 01 00 00
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
    mov ebx, [ebp+8]                     ; 10008a: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10008d: be 00 00 00 00
    mov eax, [ebx]                       ; 100092: 8b 03
    cmp esi, eax                         ; 100094: 39 c6
    jge short .L4                        ; 100096: 7d 1a
.L2:
    movzx eax, byte [ebx+esi+4]          ; 100098: 0f b6 44 33 04
    movzx eax, al                        ; 10009d: 0f b6 c0
    push eax                             ; 1000a0: 50
    call putc                            ; 1000a1: e8 a5 ff ff ff
    add esp, 4                           ; 1000a6: 83 c4 04
    add esi, 1                           ; 1000a9: 83 c6 01
    mov eax, [ebx]                       ; 1000ac: 8b 03
    cmp esi, eax                         ; 1000ae: 39 c6
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
    push edi                             ; 100113: 57
    mov ebx, [ebp+8]                     ; 100114: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100117: b8 1c 10 10 00
    push eax                             ; 10011c: 50
    call print                           ; 10011d: e8 63 ff ff ff
    add esp, 4                           ; 100122: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100125: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10012a: 89 d8
    mov ecx, esi                         ; 10012c: 89 f1
    shr eax, cl                          ; 10012e: d3 e8
    mov edi, eax                         ; 100130: 89 c7
    and edi, 0xf                         ; 100132: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100135: 83 ff 0a
    jb short .L5                         ; 100138: 72 07
.L6:
    mov eax, edi                         ; 10013a: 89 f8
    add eax, 0x57                        ; 10013c: 83 c0 57
    jmp short .L7                        ; 10013f: eb 05
.L5:
    mov eax, edi                         ; 100141: 89 f8
    add eax, 0x30                        ; 100143: 83 c0 30
.L7:
    movzx eax, al                        ; 100146: 0f b6 c0
    push eax                             ; 100149: 50
    call putc                            ; 10014a: e8 fc fe ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100152: 83 fe 00
    je short .L4                         ; 100155: 74 15
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100157: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10015a: 89 d8
    mov ecx, esi                         ; 10015c: 89 f1
    shr eax, cl                          ; 10015e: d3 e8
    mov edi, eax                         ; 100160: 89 c7
    and edi, 0xf                         ; 100162: 83 e7 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp edi, 0xa                         ; 100165: 83 ff 0a
    jb short .L5                         ; 100168: 72 d7
    jmp short .L6                        ; 10016a: eb ce
.L4:
    ; runtime/lib/serial.ts:53: }
    pop edi                              ; 10016c: 5f
    pop esi                              ; 10016d: 5e
    pop ebx                              ; 10016e: 5b
    pop ebp                              ; 10016f: 5d
    ret                                  ; 100170: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100171: 55
    mov ebp, esp                         ; 100172: 89 e5
    mov eax, [ebp+8]                     ; 100174: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100177: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100179: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10017a: f4
    jmp short .L2                        ; 10017b: eb fd

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 10017d: 55
    mov ebp, esp                         ; 10017e: 89 e5
    sub esp, 8                           ; 100180: 83 ec 08
    push ebx                             ; 100183: 53
    push esi                             ; 100184: 56
    mov eax, [ebp+8]                     ; 100185: 8b 45 08
    mov [ebp-4], eax                     ; 100188: 89 45 fc
    mov eax, [ebp+0xc]                   ; 10018b: 8b 45 0c
    mov [ebp-8], eax                     ; 10018e: 89 45 f8
    mov eax, [ebp+0x10]                  ; 100191: 8b 45 10
    mov ecx, [ebp+0x14]                  ; 100194: 8b 4d 14
    mov edx, [ebp+0x18]                  ; 100197: 8b 55 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx ebx, ax                        ; 10019a: 0f b7 d8
    mov esi, [ebp-4]                     ; 10019d: 8b 75 fc
    mov [esi], bx                        ; 1001a0: 66 89 1e
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    mov ebx, [ebp-8]                     ; 1001a3: 8b 5d f8
    movzx ebx, bx                        ; 1001a6: 0f b7 db
    mov esi, [ebp-4]                     ; 1001a9: 8b 75 fc
    mov [esi+2], bx                      ; 1001ac: 66 89 5e 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov ebx, [ebp-8]                     ; 1001b0: 8b 5d f8
    shr ebx, 0x10                        ; 1001b3: c1 eb 10
    movzx ebx, bl                        ; 1001b6: 0f b6 db
    mov esi, [ebp-4]                     ; 1001b9: 8b 75 fc
    mov [esi+4], bl                      ; 1001bc: 88 5e 04
    ; test/golden/structs.ts:20: this.access = access;
    mov ebx, [ebp-4]                     ; 1001bf: 8b 5d fc
    mov [ebx+5], cl                      ; 1001c2: 88 4b 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr eax, 0x10                        ; 1001c5: c1 e8 10
    and eax, 0xf                         ; 1001c8: 83 e0 0f
    movzx eax, al                        ; 1001cb: 0f b6 c0
    shl edx, 4                           ; 1001ce: c1 e2 04
    movzx ecx, dl                        ; 1001d1: 0f b6 ca
    or eax, ecx                          ; 1001d4: 09 c8
    movzx eax, al                        ; 1001d6: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001d9: 8b 4d fc
    mov [ecx+6], al                      ; 1001dc: 88 41 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    mov eax, [ebp-8]                     ; 1001df: 8b 45 f8
    shr eax, 0x18                        ; 1001e2: c1 e8 18
    movzx eax, al                        ; 1001e5: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001e8: 8b 4d fc
    mov [ecx+7], al                      ; 1001eb: 88 41 07
    ; test/golden/structs.ts:23: }
    pop esi                              ; 1001ee: 5e
    pop ebx                              ; 1001ef: 5b
    leave                                ; 1001f0: c9
    ret                                  ; 1001f1: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001f2: 55
    mov ebp, esp                         ; 1001f3: 89 e5
    mov eax, [ebp+8]                     ; 1001f5: 8b 45 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [eax+2]              ; 1001f8: 0f b7 48 02
    movzx edx, byte [eax+4]              ; 1001fc: 0f b6 50 04
    shl edx, 0x10                        ; 100200: c1 e2 10
    or ecx, edx                          ; 100203: 09 d1
    movzx eax, byte [eax+7]              ; 100205: 0f b6 40 07
    shl eax, 0x18                        ; 100209: c1 e0 18
    or ecx, eax                          ; 10020c: 09 c1
    mov eax, ecx                         ; 10020e: 89 c8
    pop ebp                              ; 100210: 5d
    ret                                  ; 100211: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 100212: 55
    mov ebp, esp                         ; 100213: 89 e5
    push ebx                             ; 100215: 53
    mov eax, [ebp+8]                     ; 100216: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 100219: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 10021c: 50
    call print                           ; 10021d: e8 63 fe ff ff
    add esp, 4                           ; 100222: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 100225: 53
    call printU32                        ; 100226: e8 a6 fe ff ff
    add esp, 4                           ; 10022b: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 10022e: b8 24 10 10 00
    push eax                             ; 100233: 50
    call println                         ; 100234: e8 7d fe ff ff
    add esp, 4                           ; 100239: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 10023c: 5b
    pop ebp                              ; 10023d: 5d
    ret                                  ; 10023e: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 10023f: 55
    mov ebp, esp                         ; 100240: 89 e5
    push ebx                             ; 100242: 53
    push esi                             ; 100243: 56
    mov eax, str_3                       ; 100244: b8 28 10 10 00
    push 8                               ; 100249: 6a 08
    push eax                             ; 10024b: 50
    call show                            ; 10024c: e8 c1 ff ff ff
    add esp, 8                           ; 100251: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100254: b8 3c 10 10 00
    push 0xc                             ; 100259: 6a 0c
    push eax                             ; 10025b: 50
    call show                            ; 10025c: e8 b1 ff ff ff
    add esp, 8                           ; 100261: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100264: b8 50 10 10 00
    push 4                               ; 100269: 6a 04
    push eax                             ; 10026b: 50
    call show                            ; 10026c: e8 a1 ff ff ff
    add esp, 8                           ; 100271: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100274: b8 6c 10 10 00
    push 8                               ; 100279: 6a 08
    push eax                             ; 10027b: 50
    call show                            ; 10027c: e8 91 ff ff ff
    add esp, 8                           ; 100281: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100284: b8 88 10 10 00
    push 6                               ; 100289: 6a 06
    push eax                             ; 10028b: 50
    call show                            ; 10028c: e8 81 ff ff ff
    add esp, 8                           ; 100291: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100294: b8 9c 10 10 00
    push 2                               ; 100299: 6a 02
    push eax                             ; 10029b: 50
    call show                            ; 10029c: e8 71 ff ff ff
    add esp, 8                           ; 1002a1: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 1002a4: b8 0c 30 10 00
    push 0xc                             ; 1002a9: 6a 0c
    push 0x9a                            ; 1002ab: 68 9a 00 00 00
    push 0xfffff                         ; 1002b0: 68 ff ff 0f 00
    push 0                               ; 1002b5: 6a 00
    push eax                             ; 1002b7: 50
    call GdtEntry_set                    ; 1002b8: e8 c0 fe ff ff
    add esp, 0x14                        ; 1002bd: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 1002c0: b8 14 30 10 00
    push 0xc                             ; 1002c5: 6a 0c
    push 0x92                            ; 1002c7: 68 92 00 00 00
    push 0xfffff                         ; 1002cc: 68 ff ff 0f 00
    push 0x12345678                      ; 1002d1: 68 78 56 34 12
    push eax                             ; 1002d6: 50
    call GdtEntry_set                    ; 1002d7: e8 a1 fe ff ff
    add esp, 0x14                        ; 1002dc: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002df: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002e4: b8 b8 10 10 00
    push eax                             ; 1002e9: 50
    call print                           ; 1002ea: e8 96 fd ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002f2: 8b 43 0c
    push eax                             ; 1002f5: 50
    call printHex                        ; 1002f6: e8 13 fe ff ff
    add esp, 4                           ; 1002fb: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002fe: b8 c4 10 10 00
    push eax                             ; 100303: 50
    call print                           ; 100304: e8 7c fd ff ff
    add esp, 4                           ; 100309: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 10030c: 8b 43 08
    push eax                             ; 10030f: 50
    call printHex                        ; 100310: e8 f9 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 100318: b8 24 10 10 00
    push eax                             ; 10031d: 50
    call println                         ; 10031e: e8 93 fd ff ff
    add esp, 4                           ; 100323: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 100326: be cc 10 10 00
    mov eax, gdt+20                      ; 10032b: b8 14 30 10 00
    push eax                             ; 100330: 50
    call GdtEntry_base                   ; 100331: e8 bc fe ff ff
    add esp, 4                           ; 100336: 83 c4 04
    push eax                             ; 100339: 50
    push esi                             ; 10033a: 56
    call show                            ; 10033b: e8 d2 fe ff ff
    add esp, 8                           ; 100340: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 100343: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 10034c: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 100352: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100357: b8 e0 10 10 00
    push eax                             ; 10035c: 50
    call print                           ; 10035d: e8 23 fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 100365: 0f b7 06
    push eax                             ; 100368: 50
    call printHex                        ; 100369: e8 a0 fd ff ff
    add esp, 4                           ; 10036e: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 100371: b8 c4 10 10 00
    push eax                             ; 100376: 50
    call print                           ; 100377: e8 09 fd ff ff
    add esp, 4                           ; 10037c: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 10037f: 8b 46 02
    push eax                             ; 100382: 50
    call printHex                        ; 100383: e8 86 fd ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    mov eax, [pointer+2]                 ; 10038b: a1 1e 30 10 00
    cmp ebx, eax                         ; 100390: 39 c3
    jne short .L2                        ; 100392: 75 07
    mov eax, str_13                      ; 100394: b8 ec 10 10 00
    jmp short .L3                        ; 100399: eb 05
.L2:
    mov eax, str_14                      ; 10039b: b8 fc 10 10 00
.L3:
    push eax                             ; 1003a0: 50
    call println                         ; 1003a1: e8 10 fd ff ff
    add esp, 4                           ; 1003a6: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 1003a9: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 1003ae: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 1003b1: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 1003b8: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov eax, str_15                      ; 1003bc: b8 10 11 10 00
    mov ecx, [ebx+4]                     ; 1003c1: 8b 4b 04
    push ecx                             ; 1003c4: 51
    push eax                             ; 1003c5: 50
    call show                            ; 1003c6: e8 47 fe ff ff
    add esp, 8                           ; 1003cb: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003ce: b8 20 11 10 00
    push eax                             ; 1003d3: 50
    call print                           ; 1003d4: e8 ac fc ff ff
    add esp, 4                           ; 1003d9: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003dc: a1 00 00 20 00
    push eax                             ; 1003e1: 50
    call printHex                        ; 1003e2: e8 27 fd ff ff
    add esp, 4                           ; 1003e7: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003ea: b8 c4 10 10 00
    push eax                             ; 1003ef: 50
    call print                           ; 1003f0: e8 90 fc ff ff
    add esp, 4                           ; 1003f5: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003f8: a1 04 00 20 00
    push eax                             ; 1003fd: 50
    call printHex                        ; 1003fe: e8 0b fd ff ff
    add esp, 4                           ; 100403: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 100406: 0f b6 43 08
    test eax, eax                        ; 10040a: 85 c0
    je short .L6                         ; 10040c: 74 07
    mov eax, str_17                      ; 10040e: b8 30 11 10 00
    jmp short .L7                        ; 100413: eb 05
.L6:
    mov eax, str_18                      ; 100415: b8 40 11 10 00
.L7:
    push eax                             ; 10041a: 50
    call println                         ; 10041b: e8 96 fc ff ff
    add esp, 4                           ; 100420: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 100423: 6a 00
    call exit                            ; 100425: e8 47 fd ff ff
    add esp, 4                           ; 10042a: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 10042d: 5e
    pop ebx                              ; 10042e: 5b
    pop ebp                              ; 10042f: 5d
    ret                                  ; 100430: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100431: 55
    mov ebp, esp                         ; 100432: 89 e5
    push ebx                             ; 100434: 53
    push esi                             ; 100435: 56
    mov eax, [ebp+8]                     ; 100436: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100439: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10043c: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10043f: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100442: 8b 35 00 20 10 00
    push ebx                             ; 100448: 53
    push edx                             ; 100449: 52
    push ecx                             ; 10044a: 51
    push eax                             ; 10044b: 50
    call esi                             ; 10044c: ff d6
    add esp, 0x10                        ; 10044e: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100451: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100452: f4
    jmp short .L2                        ; 100453: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100455: 55
    mov ebp, esp                         ; 100456: 89 e5
    sub esp, 4                           ; 100458: 83 ec 04
    push ebx                             ; 10045b: 53
    push esi                             ; 10045c: 56
    push edi                             ; 10045d: 57
    mov ebx, [ebp+8]                     ; 10045e: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100461: 8b 45 0c
    mov [ebp-4], eax                     ; 100464: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100467: 8b 75 10
    mov edi, [ebp+0x14]                  ; 10046a: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 10046d: b8 50 11 10 00
    push eax                             ; 100472: 50
    call print                           ; 100473: e8 0d fc ff ff
    add esp, 4                           ; 100478: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10047b: 56
    call printU32                        ; 10047c: e8 50 fc ff ff
    add esp, 4                           ; 100481: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 100484: b8 70 11 10 00
    push eax                             ; 100489: 50
    call print                           ; 10048a: e8 f6 fb ff ff
    add esp, 4                           ; 10048f: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 100492: 57
    call printU32                        ; 100493: e8 39 fc ff ff
    add esp, 4                           ; 100498: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 10049b: b8 90 11 10 00
    push eax                             ; 1004a0: 50
    call print                           ; 1004a1: e8 df fb ff ff
    add esp, 4                           ; 1004a6: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004a9: 53
    call print                           ; 1004aa: e8 d6 fb ff ff
    add esp, 4                           ; 1004af: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 1004b2: b8 98 11 10 00
    push eax                             ; 1004b7: 50
    call print                           ; 1004b8: e8 c8 fb ff ff
    add esp, 4                           ; 1004bd: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004c0: 8b 45 fc
    push eax                             ; 1004c3: 50
    call printU32                        ; 1004c4: e8 08 fc ff ff
    add esp, 4                           ; 1004c9: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004cc: b8 24 10 10 00
    push eax                             ; 1004d1: 50
    call println                         ; 1004d2: e8 df fb ff ff
    add esp, 4                           ; 1004d7: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004da: 5f
    pop esi                              ; 1004db: 5e
    pop ebx                              ; 1004dc: 5b
    leave                                ; 1004dd: c9
    ret                                  ; 1004de: c3

__tskc_init:
    push ebp                             ; 1004df: 55
    mov ebp, esp                         ; 1004e0: 89 e5
    mov dword [gdt], 3                   ; 1004e2: c7 05 00 30 10 00 03 00 00 00
    pop ebp                              ; 1004ec: 5d
    ret                                  ; 1004ed: c3

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
