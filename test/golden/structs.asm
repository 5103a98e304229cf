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
    call __tskc_init                     ; 10003b: e8 ae 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 fa 01 00 00
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
    push edi                             ; 10008a: 57
    mov ebx, [ebp+8]                     ; 10008b: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [ebx]                       ; 10008e: 8b 33
    mov edi, 0                           ; 100090: bf 00 00 00 00
    cmp edi, esi                         ; 100095: 39 f7
    jl short .L7                         ; 100097: 7c 05
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 100099: 5f
    pop esi                              ; 10009a: 5e
    pop ebx                              ; 10009b: 5b
    pop ebp                              ; 10009c: 5d
    ret                                  ; 10009d: c3
.L7:
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    movzx eax, byte [ebx+edi+4]          ; 10009e: 0f b6 44 3b 04
    movzx eax, al                        ; 1000a3: 0f b6 c0
    push eax                             ; 1000a6: 50
    call putc                            ; 1000a7: e8 9f ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    add edi, 1                           ; 1000af: 83 c7 01
    cmp edi, esi                         ; 1000b2: 39 f7
    jl short .L7                         ; 1000b4: 7c e8
    jmp short .L4                        ; 1000b6: eb e1

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000b8: 55
    mov ebp, esp                         ; 1000b9: 89 e5
    mov eax, [ebp+8]                     ; 1000bb: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000be: 50
    call print                           ; 1000bf: e8 c1 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000c7: 6a 0a
    call putc                            ; 1000c9: e8 7d ff ff ff
    add esp, 4                           ; 1000ce: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000d1: 5d
    ret                                  ; 1000d2: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000d3: 55
    mov ebp, esp                         ; 1000d4: 89 e5
    push ebx                             ; 1000d6: 53
    mov ebx, [ebp+8]                     ; 1000d7: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000da: 83 fb 0a
    jb short .L2                         ; 1000dd: 72 14
    mov ecx, 0xa                         ; 1000df: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e4: 89 d8
    xor edx, edx                         ; 1000e6: 31 d2
    div ecx                              ; 1000e8: f7 f1
    push eax                             ; 1000ea: 50
    call printU32                        ; 1000eb: e8 e3 ff ff ff
    add esp, 4                           ; 1000f0: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000f3: b9 0a 00 00 00
    mov eax, ebx                         ; 1000f8: 89 d8
    xor edx, edx                         ; 1000fa: 31 d2
    div ecx                              ; 1000fc: f7 f1
    add edx, 0x30                        ; 1000fe: 83 c2 30
    movzx eax, dl                        ; 100101: 0f b6 c2
    push eax                             ; 100104: 50
    call putc                            ; 100105: e8 41 ff ff ff
    add esp, 4                           ; 10010a: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 10010d: 5b
    pop ebp                              ; 10010e: 5d
    ret                                  ; 10010f: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 100110: 55
    mov ebp, esp                         ; 100111: 89 e5
    push ebx                             ; 100113: 53
    push esi                             ; 100114: 56
    mov ebx, [ebp+8]                     ; 100115: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100118: b8 1c 10 10 00
    push eax                             ; 10011d: 50
    call print                           ; 10011e: e8 62 ff ff ff
    add esp, 4                           ; 100123: 83 c4 04
    mov esi, 0x1c                        ; 100126: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10012b: 89 d8
    mov ecx, esi                         ; 10012d: 89 f1
    shr eax, cl                          ; 10012f: d3 e8
    and eax, 0xf                         ; 100131: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100134: 83 f8 0a
    jb short .L5                         ; 100137: 72 1b
    jmp short .L6                        ; 100139: eb 20
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10013b: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov edx, ebx                         ; 10013e: 89 da
    mov ecx, esi                         ; 100140: 89 f1
    shr edx, cl                          ; 100142: d3 ea
    mov eax, edx                         ; 100144: 89 d0
    and eax, 0xf                         ; 100146: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100149: 83 f8 0a
    jb short .L5                         ; 10014c: 72 06
    jmp short .L6                        ; 10014e: eb 0b
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100150: 5e
    pop ebx                              ; 100151: 5b
    pop ebp                              ; 100152: 5d
    ret                                  ; 100153: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 100154: 89 c1
    add ecx, 0x30                        ; 100156: 83 c1 30
    jmp short .L7                        ; 100159: eb 05
.L6:
    mov ecx, eax                         ; 10015b: 89 c1
    add ecx, 0x57                        ; 10015d: 83 c1 57
.L7:
    movzx eax, cl                        ; 100160: 0f b6 c1
    push eax                             ; 100163: 50
    call putc                            ; 100164: e8 e2 fe ff ff
    add esp, 4                           ; 100169: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 10016c: 83 fe 00
    je short .L4                         ; 10016f: 74 df
    jmp short .L3                        ; 100171: eb c8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 100173: 55
    mov ebp, esp                         ; 100174: 89 e5
    mov eax, [ebp+8]                     ; 100176: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100179: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10017b: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 10017c: f4
    jmp short .L2                        ; 10017d: eb fd

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 10017f: 55
    mov ebp, esp                         ; 100180: 89 e5
    sub esp, 8                           ; 100182: 83 ec 08
    push ebx                             ; 100185: 53
    push esi                             ; 100186: 56
    mov eax, [ebp+8]                     ; 100187: 8b 45 08
    mov [ebp-4], eax                     ; 10018a: 89 45 fc
    mov eax, [ebp+0xc]                   ; 10018d: 8b 45 0c
    mov [ebp-8], eax                     ; 100190: 89 45 f8
    mov eax, [ebp+0x10]                  ; 100193: 8b 45 10
    mov ecx, [ebp+0x14]                  ; 100196: 8b 4d 14
    mov edx, [ebp+0x18]                  ; 100199: 8b 55 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx ebx, ax                        ; 10019c: 0f b7 d8
    mov esi, [ebp-4]                     ; 10019f: 8b 75 fc
    mov [esi], bx                        ; 1001a2: 66 89 1e
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    mov ebx, [ebp-8]                     ; 1001a5: 8b 5d f8
    movzx ebx, bx                        ; 1001a8: 0f b7 db
    mov esi, [ebp-4]                     ; 1001ab: 8b 75 fc
    mov [esi+2], bx                      ; 1001ae: 66 89 5e 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov ebx, [ebp-8]                     ; 1001b2: 8b 5d f8
    shr ebx, 0x10                        ; 1001b5: c1 eb 10
    movzx ebx, bl                        ; 1001b8: 0f b6 db
    mov esi, [ebp-4]                     ; 1001bb: 8b 75 fc
    mov [esi+4], bl                      ; 1001be: 88 5e 04
    ; test/golden/structs.ts:20: this.access = access;
    mov ebx, [ebp-4]                     ; 1001c1: 8b 5d fc
    mov [ebx+5], cl                      ; 1001c4: 88 4b 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr eax, 0x10                        ; 1001c7: c1 e8 10
    and eax, 0xf                         ; 1001ca: 83 e0 0f
    movzx eax, al                        ; 1001cd: 0f b6 c0
    shl edx, 4                           ; 1001d0: c1 e2 04
    movzx ecx, dl                        ; 1001d3: 0f b6 ca
    or eax, ecx                          ; 1001d6: 09 c8
    movzx eax, al                        ; 1001d8: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001db: 8b 4d fc
    mov [ecx+6], al                      ; 1001de: 88 41 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    mov eax, [ebp-8]                     ; 1001e1: 8b 45 f8
    shr eax, 0x18                        ; 1001e4: c1 e8 18
    movzx eax, al                        ; 1001e7: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001ea: 8b 4d fc
    mov [ecx+7], al                      ; 1001ed: 88 41 07
    ; test/golden/structs.ts:23: }
    pop esi                              ; 1001f0: 5e
    pop ebx                              ; 1001f1: 5b
    leave                                ; 1001f2: c9
    ret                                  ; 1001f3: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001f4: 55
    mov ebp, esp                         ; 1001f5: 89 e5
    mov eax, [ebp+8]                     ; 1001f7: 8b 45 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [eax+2]              ; 1001fa: 0f b7 48 02
    movzx edx, byte [eax+4]              ; 1001fe: 0f b6 50 04
    shl edx, 0x10                        ; 100202: c1 e2 10
    or ecx, edx                          ; 100205: 09 d1
    movzx eax, byte [eax+7]              ; 100207: 0f b6 40 07
    shl eax, 0x18                        ; 10020b: c1 e0 18
    or ecx, eax                          ; 10020e: 09 c1
    mov eax, ecx                         ; 100210: 89 c8
    pop ebp                              ; 100212: 5d
    ret                                  ; 100213: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 100214: 55
    mov ebp, esp                         ; 100215: 89 e5
    push ebx                             ; 100217: 53
    mov eax, [ebp+8]                     ; 100218: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 10021b: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 10021e: 50
    call print                           ; 10021f: e8 61 fe ff ff
    add esp, 4                           ; 100224: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 100227: 53
    call printU32                        ; 100228: e8 a6 fe ff ff
    add esp, 4                           ; 10022d: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 100230: b8 24 10 10 00
    push eax                             ; 100235: 50
    call println                         ; 100236: e8 7d fe ff ff
    add esp, 4                           ; 10023b: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 10023e: 5b
    pop ebp                              ; 10023f: 5d
    ret                                  ; 100240: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 100241: 55
    mov ebp, esp                         ; 100242: 89 e5
    sub esp, 4                           ; 100244: 83 ec 04
    push ebx                             ; 100247: 53
    push esi                             ; 100248: 56
    push edi                             ; 100249: 57
    mov eax, str_3                       ; 10024a: b8 28 10 10 00
    push 8                               ; 10024f: 6a 08
    push eax                             ; 100251: 50
    call show                            ; 100252: e8 bd ff ff ff
    add esp, 8                           ; 100257: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 10025a: b8 3c 10 10 00
    push 0xc                             ; 10025f: 6a 0c
    push eax                             ; 100261: 50
    call show                            ; 100262: e8 ad ff ff ff
    add esp, 8                           ; 100267: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 10026a: b8 50 10 10 00
    push 4                               ; 10026f: 6a 04
    push eax                             ; 100271: 50
    call show                            ; 100272: e8 9d ff ff ff
    add esp, 8                           ; 100277: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 10027a: b8 6c 10 10 00
    push 8                               ; 10027f: 6a 08
    push eax                             ; 100281: 50
    call show                            ; 100282: e8 8d ff ff ff
    add esp, 8                           ; 100287: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 10028a: b8 88 10 10 00
    push 6                               ; 10028f: 6a 06
    push eax                             ; 100291: 50
    call show                            ; 100292: e8 7d ff ff ff
    add esp, 8                           ; 100297: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 10029a: b8 9c 10 10 00
    push 2                               ; 10029f: 6a 02
    push eax                             ; 1002a1: 50
    call show                            ; 1002a2: e8 6d ff ff ff
    add esp, 8                           ; 1002a7: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 1002aa: b8 0c 30 10 00
    push 0xc                             ; 1002af: 6a 0c
    push 0x9a                            ; 1002b1: 68 9a 00 00 00
    push 0xfffff                         ; 1002b6: 68 ff ff 0f 00
    push 0                               ; 1002bb: 6a 00
    push eax                             ; 1002bd: 50
    call GdtEntry_set                    ; 1002be: e8 bc fe ff ff
    add esp, 0x14                        ; 1002c3: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov ebx, gdt+20                      ; 1002c6: bb 14 30 10 00
    push 0xc                             ; 1002cb: 6a 0c
    push 0x92                            ; 1002cd: 68 92 00 00 00
    push 0xfffff                         ; 1002d2: 68 ff ff 0f 00
    push 0x12345678                      ; 1002d7: 68 78 56 34 12
    push ebx                             ; 1002dc: 53
    call GdtEntry_set                    ; 1002dd: e8 9d fe ff ff
    add esp, 0x14                        ; 1002e2: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov esi, gdt+4                       ; 1002e5: be 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002ea: b8 b8 10 10 00
    push eax                             ; 1002ef: 50
    call print                           ; 1002f0: e8 90 fd ff ff
    add esp, 4                           ; 1002f5: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [esi+0xc]                   ; 1002f8: 8b 46 0c
    push eax                             ; 1002fb: 50
    call printHex                        ; 1002fc: e8 0f fe ff ff
    add esp, 4                           ; 100301: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 100304: b8 c4 10 10 00
    mov [ebp-4], eax                     ; 100309: 89 45 fc
    mov eax, [ebp-4]                     ; 10030c: 8b 45 fc
    push eax                             ; 10030f: 50
    call print                           ; 100310: e8 70 fd ff ff
    add esp, 4                           ; 100315: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [esi+8]                     ; 100318: 8b 46 08
    push eax                             ; 10031b: 50
    call printHex                        ; 10031c: e8 ef fd ff ff
    add esp, 4                           ; 100321: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 100324: b8 24 10 10 00
    push eax                             ; 100329: 50
    call println                         ; 10032a: e8 89 fd ff ff
    add esp, 4                           ; 10032f: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov edi, str_11                      ; 100332: bf cc 10 10 00
    push ebx                             ; 100337: 53
    call GdtEntry_base                   ; 100338: e8 b7 fe ff ff
    add esp, 4                           ; 10033d: 83 c4 04
    push eax                             ; 100340: 50
    push edi                             ; 100341: 57
    call show                            ; 100342: e8 cd fe ff ff
    add esp, 8                           ; 100347: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 10034a: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], esi                 ; 100353: 89 35 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov ebx, pointer                     ; 100359: bb 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 10035e: b8 e0 10 10 00
    push eax                             ; 100363: 50
    call print                           ; 100364: e8 1c fd ff ff
    add esp, 4                           ; 100369: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [ebx]                ; 10036c: 0f b7 03
    push eax                             ; 10036f: 50
    call printHex                        ; 100370: e8 9b fd ff ff
    add esp, 4                           ; 100375: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, [ebp-4]                     ; 100378: 8b 45 fc
    push eax                             ; 10037b: 50
    call print                           ; 10037c: e8 04 fd ff ff
    add esp, 4                           ; 100381: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [ebx+2]                     ; 100384: 8b 43 02
    push eax                             ; 100387: 50
    call printHex                        ; 100388: e8 83 fd ff ff
    add esp, 4                           ; 10038d: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    mov eax, [pointer+2]                 ; 100390: a1 1e 30 10 00
    cmp esi, eax                         ; 100395: 39 c6
    jne short .L2                        ; 100397: 75 07
    mov eax, str_13                      ; 100399: b8 ec 10 10 00
    jmp short .L3                        ; 10039e: eb 05
.L2:
    mov eax, str_14                      ; 1003a0: b8 fc 10 10 00
.L3:
    push eax                             ; 1003a5: 50
    call println                         ; 1003a6: e8 0d fd ff ff
    add esp, 4                           ; 1003ab: 83 c4 04
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [0x200000], 7               ; 1003ae: c6 05 00 00 20 00 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [0x200004], 0xcafe         ; 1003b5: c7 05 04 00 20 00 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [0x200008], 1               ; 1003bf: c6 05 08 00 20 00 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov eax, str_15                      ; 1003c6: b8 10 11 10 00
    mov ecx, [0x200004]                  ; 1003cb: 8b 0d 04 00 20 00
    push ecx                             ; 1003d1: 51
    push eax                             ; 1003d2: 50
    call show                            ; 1003d3: e8 3c fe ff ff
    add esp, 8                           ; 1003d8: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003db: b8 20 11 10 00
    push eax                             ; 1003e0: 50
    call print                           ; 1003e1: e8 9f fc ff ff
    add esp, 4                           ; 1003e6: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003e9: a1 00 00 20 00
    push eax                             ; 1003ee: 50
    call printHex                        ; 1003ef: e8 1c fd ff ff
    add esp, 4                           ; 1003f4: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, [ebp-4]                     ; 1003f7: 8b 45 fc
    push eax                             ; 1003fa: 50
    call print                           ; 1003fb: e8 85 fc ff ff
    add esp, 4                           ; 100400: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 100403: a1 04 00 20 00
    push eax                             ; 100408: 50
    call printHex                        ; 100409: e8 02 fd ff ff
    add esp, 4                           ; 10040e: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [0x200008]           ; 100411: 0f b6 05 08 00 20 00
    test eax, eax                        ; 100418: 85 c0
    je short .L6                         ; 10041a: 74 07
    mov eax, str_17                      ; 10041c: b8 30 11 10 00
    jmp short .L7                        ; 100421: eb 05
.L6:
    mov eax, str_18                      ; 100423: b8 40 11 10 00
.L7:
    push eax                             ; 100428: 50
    call println                         ; 100429: e8 8a fc ff ff
    add esp, 4                           ; 10042e: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 100431: 6a 00
    call exit                            ; 100433: e8 3b fd ff ff
    add esp, 4                           ; 100438: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop edi                              ; 10043b: 5f
    pop esi                              ; 10043c: 5e
    pop ebx                              ; 10043d: 5b
    leave                                ; 10043e: c9
    ret                                  ; 10043f: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100440: 55
    mov ebp, esp                         ; 100441: 89 e5
    push ebx                             ; 100443: 53
    push esi                             ; 100444: 56
    mov eax, [ebp+8]                     ; 100445: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100448: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 10044b: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 10044e: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 100451: 8b 35 00 20 10 00
    push ebx                             ; 100457: 53
    push edx                             ; 100458: 52
    push ecx                             ; 100459: 51
    push eax                             ; 10045a: 50
    call esi                             ; 10045b: ff d6
    add esp, 0x10                        ; 10045d: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100460: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100461: f4
    jmp short .L2                        ; 100462: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 100464: 55
    mov ebp, esp                         ; 100465: 89 e5
    sub esp, 4                           ; 100467: 83 ec 04
    push ebx                             ; 10046a: 53
    push esi                             ; 10046b: 56
    push edi                             ; 10046c: 57
    mov ebx, [ebp+8]                     ; 10046d: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 100470: 8b 45 0c
    mov [ebp-4], eax                     ; 100473: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100476: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100479: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 10047c: b8 50 11 10 00
    push eax                             ; 100481: 50
    call print                           ; 100482: e8 fe fb ff ff
    add esp, 4                           ; 100487: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 10048a: 56
    call printU32                        ; 10048b: e8 43 fc ff ff
    add esp, 4                           ; 100490: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 100493: b8 70 11 10 00
    push eax                             ; 100498: 50
    call print                           ; 100499: e8 e7 fb ff ff
    add esp, 4                           ; 10049e: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 1004a1: 57
    call printU32                        ; 1004a2: e8 2c fc ff ff
    add esp, 4                           ; 1004a7: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 1004aa: b8 90 11 10 00
    push eax                             ; 1004af: 50
    call print                           ; 1004b0: e8 d0 fb ff ff
    add esp, 4                           ; 1004b5: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 1004b8: 53
    call print                           ; 1004b9: e8 c7 fb ff ff
    add esp, 4                           ; 1004be: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 1004c1: b8 98 11 10 00
    push eax                             ; 1004c6: 50
    call print                           ; 1004c7: e8 b9 fb ff ff
    add esp, 4                           ; 1004cc: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 1004cf: 8b 45 fc
    push eax                             ; 1004d2: 50
    call printU32                        ; 1004d3: e8 fb fb ff ff
    add esp, 4                           ; 1004d8: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004db: b8 24 10 10 00
    push eax                             ; 1004e0: 50
    call println                         ; 1004e1: e8 d2 fb ff ff
    add esp, 4                           ; 1004e6: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 1004e9: 5f
    pop esi                              ; 1004ea: 5e
    pop ebx                              ; 1004eb: 5b
    leave                                ; 1004ec: c9
    ret                                  ; 1004ed: c3

__tskc_init:
    push ebp                             ; 1004ee: 55
    mov ebp, esp                         ; 1004ef: 89 e5
    mov dword [gdt], 3                   ; 1004f1: c7 05 00 30 10 00 03 00 00 00
    pop ebp                              ; 1004fb: 5d
    ret                                  ; 1004fc: c3

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
