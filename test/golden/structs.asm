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
    call __tskc_init                     ; 10003b: e8 58 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 bf 01 00 00
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
    movzx eax, al                        ; 10005b: 0f b6 c0
    cmp eax, 0                           ; 10005e: 83 f8 00
    jne short .L3                        ; 100061: 75 16
.L2:
    pause                                ; 100063: f3 90
    mov edx, 0x3fd                       ; 100065: ba fd 03 00 00
    in al, dx                            ; 10006a: ec
    movzx eax, al                        ; 10006b: 0f b6 c0
    and eax, 0x20                        ; 10006e: 83 e0 20
    movzx eax, al                        ; 100071: 0f b6 c0
    cmp eax, 0                           ; 100074: 83 f8 00
    je short .L2                         ; 100077: 74 ea
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100079: 89 c8
    mov edx, 0x3f8                       ; 10007b: ba f8 03 00 00
    out dx, al                           ; 100080: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100081: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100082: 53
    push esi                             ; 100083: 56
    mov esi, [esp+0xc]                   ; 100084: 8b 74 24 0c
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov ebx, 0                           ; 100088: bb 00 00 00 00
    mov eax, [esi]                       ; 10008d: 8b 06
    cmp ebx, eax                         ; 10008f: 39 c3
    jge short .L4                        ; 100091: 7d 1a
.L2:
    movzx eax, byte [esi+ebx+4]          ; 100093: 0f b6 44 1e 04
    movzx eax, al                        ; 100098: 0f b6 c0
    push eax                             ; 10009b: 50
    call putc                            ; 10009c: e8 aa ff ff ff
    add esp, 4                           ; 1000a1: 83 c4 04
    add ebx, 1                           ; 1000a4: 83 c3 01
    mov eax, [esi]                       ; 1000a7: 8b 06
    cmp ebx, eax                         ; 1000a9: 39 c3
    jl short .L2                         ; 1000ab: 7c e6
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 1000ad: 5e
    pop ebx                              ; 1000ae: 5b
    ret                                  ; 1000af: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000b0: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000b4: 50
    call print                           ; 1000b5: e8 c8 ff ff ff
    add esp, 4                           ; 1000ba: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000bd: 6a 0a
    call putc                            ; 1000bf: e8 87 ff ff ff
    add esp, 4                           ; 1000c4: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000c7: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000c8: 53
    mov ebx, [esp+8]                     ; 1000c9: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000cd: 83 fb 0a
    jb short .L2                         ; 1000d0: 72 14
    mov ecx, 0xa                         ; 1000d2: b9 0a 00 00 00
    mov eax, ebx                         ; 1000d7: 89 d8
    xor edx, edx                         ; 1000d9: 31 d2
    div ecx                              ; 1000db: f7 f1
    push eax                             ; 1000dd: 50
    call printU32                        ; 1000de: e8 e5 ff ff ff
    add esp, 4                           ; 1000e3: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000e6: b9 0a 00 00 00
    mov eax, ebx                         ; 1000eb: 89 d8
    xor edx, edx                         ; 1000ed: 31 d2
    div ecx                              ; 1000ef: f7 f1
    add edx, 0x30                        ; 1000f1: 83 c2 30
    movzx eax, dl                        ; 1000f4: 0f b6 c2
    push eax                             ; 1000f7: 50
    call putc                            ; 1000f8: e8 4e ff ff ff
    add esp, 4                           ; 1000fd: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 100100: 5b
    ret                                  ; 100101: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 100102: 53
    push esi                             ; 100103: 56
    mov ebx, [esp+0xc]                   ; 100104: 8b 5c 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100108: b8 1c 10 10 00
    push eax                             ; 10010d: 50
    call print                           ; 10010e: e8 6f ff ff ff
    add esp, 4                           ; 100113: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 100116: be 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10011b: 89 d8
    mov ecx, esi                         ; 10011d: 89 f1
    shr eax, cl                          ; 10011f: d3 e8
    and eax, 0xf                         ; 100121: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100124: 83 f8 0a
    jb short .L5                         ; 100127: 72 18
    jmp short .L6                        ; 100129: eb 1b
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 10012b: 83 ee 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 10012e: 89 d8
    mov ecx, esi                         ; 100130: 89 f1
    shr eax, cl                          ; 100132: d3 e8
    and eax, 0xf                         ; 100134: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100137: 83 f8 0a
    jb short .L5                         ; 10013a: 72 05
    jmp short .L6                        ; 10013c: eb 08
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 10013e: 5e
    pop ebx                              ; 10013f: 5b
    ret                                  ; 100140: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    add eax, 0x30                        ; 100141: 83 c0 30
    jmp short .L7                        ; 100144: eb 03
.L6:
    add eax, 0x57                        ; 100146: 83 c0 57
.L7:
    movzx eax, al                        ; 100149: 0f b6 c0
    push eax                             ; 10014c: 50
    call putc                            ; 10014d: e8 f9 fe ff ff
    add esp, 4                           ; 100152: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100155: 83 fe 00
    je short .L4                         ; 100158: 74 e4
    jmp short .L3                        ; 10015a: eb cf

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 10015c: 8b 44 24 04
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
    push ebx                             ; 100166: 53
    push esi                             ; 100167: 56
    push edi                             ; 100168: 57
    mov ebx, [esp+0x10]                  ; 100169: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10016d: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100171: 8b 4c 24 18
    mov esi, [esp+0x1c]                  ; 100175: 8b 74 24 1c
    mov edi, [esp+0x20]                  ; 100179: 8b 7c 24 20
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx eax, cx                        ; 10017d: 0f b7 c1
    mov [ebx], ax                        ; 100180: 66 89 03
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    movzx eax, dx                        ; 100183: 0f b7 c2
    mov [ebx+2], ax                      ; 100186: 66 89 43 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov eax, edx                         ; 10018a: 89 d0
    shr eax, 0x10                        ; 10018c: c1 e8 10
    movzx eax, al                        ; 10018f: 0f b6 c0
    mov [ebx+4], al                      ; 100192: 88 43 04
    ; test/golden/structs.ts:20: this.access = access;
    mov eax, esi                         ; 100195: 89 f0
    mov [ebx+5], al                      ; 100197: 88 43 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr ecx, 0x10                        ; 10019a: c1 e9 10
    and ecx, 0xf                         ; 10019d: 83 e1 0f
    movzx eax, cl                        ; 1001a0: 0f b6 c1
    mov ecx, edi                         ; 1001a3: 89 f9
    shl ecx, 4                           ; 1001a5: c1 e1 04
    movzx ecx, cl                        ; 1001a8: 0f b6 c9
    or eax, ecx                          ; 1001ab: 09 c8
    movzx eax, al                        ; 1001ad: 0f b6 c0
    mov [ebx+6], al                      ; 1001b0: 88 43 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    shr edx, 0x18                        ; 1001b3: c1 ea 18
    movzx eax, dl                        ; 1001b6: 0f b6 c2
    mov [ebx+7], al                      ; 1001b9: 88 43 07
    ; test/golden/structs.ts:23: }
    pop edi                              ; 1001bc: 5f
    pop esi                              ; 1001bd: 5e
    pop ebx                              ; 1001be: 5b
    ret                                  ; 1001bf: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    mov edx, [esp+4]                     ; 1001c0: 8b 54 24 04
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx eax, word [edx+2]              ; 1001c4: 0f b7 42 02
    movzx ecx, byte [edx+4]              ; 1001c8: 0f b6 4a 04
    shl ecx, 0x10                        ; 1001cc: c1 e1 10
    or eax, ecx                          ; 1001cf: 09 c8
    movzx ecx, byte [edx+7]              ; 1001d1: 0f b6 4a 07
    shl ecx, 0x18                        ; 1001d5: c1 e1 18
    or eax, ecx                          ; 1001d8: 09 c8
    ret                                  ; 1001da: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebx                             ; 1001db: 53
    mov eax, [esp+8]                     ; 1001dc: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001e0: 8b 5c 24 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001e4: 50
    call print                           ; 1001e5: e8 98 fe ff ff
    add esp, 4                           ; 1001ea: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 1001ed: 53
    call printU32                        ; 1001ee: e8 d5 fe ff ff
    add esp, 4                           ; 1001f3: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 1001f6: b8 24 10 10 00
    push eax                             ; 1001fb: 50
    call println                         ; 1001fc: e8 af fe ff ff
    add esp, 4                           ; 100201: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 100204: 5b
    ret                                  ; 100205: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebx                             ; 100206: 53
    push esi                             ; 100207: 56
    mov eax, str_3                       ; 100208: b8 28 10 10 00
    push 8                               ; 10020d: 6a 08
    push eax                             ; 10020f: 50
    call show                            ; 100210: e8 c6 ff ff ff
    add esp, 8                           ; 100215: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100218: b8 3c 10 10 00
    push 0xc                             ; 10021d: 6a 0c
    push eax                             ; 10021f: 50
    call show                            ; 100220: e8 b6 ff ff ff
    add esp, 8                           ; 100225: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100228: b8 50 10 10 00
    push 4                               ; 10022d: 6a 04
    push eax                             ; 10022f: 50
    call show                            ; 100230: e8 a6 ff ff ff
    add esp, 8                           ; 100235: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100238: b8 6c 10 10 00
    push 8                               ; 10023d: 6a 08
    push eax                             ; 10023f: 50
    call show                            ; 100240: e8 96 ff ff ff
    add esp, 8                           ; 100245: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100248: b8 88 10 10 00
    push 6                               ; 10024d: 6a 06
    push eax                             ; 10024f: 50
    call show                            ; 100250: e8 86 ff ff ff
    add esp, 8                           ; 100255: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100258: b8 9c 10 10 00
    push 2                               ; 10025d: 6a 02
    push eax                             ; 10025f: 50
    call show                            ; 100260: e8 76 ff ff ff
    add esp, 8                           ; 100265: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100268: b8 0c 30 10 00
    push 0xc                             ; 10026d: 6a 0c
    push 0x9a                            ; 10026f: 68 9a 00 00 00
    push 0xfffff                         ; 100274: 68 ff ff 0f 00
    push 0                               ; 100279: 6a 00
    push eax                             ; 10027b: 50
    call GdtEntry_set                    ; 10027c: e8 e5 fe ff ff
    add esp, 0x14                        ; 100281: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 100284: b8 14 30 10 00
    push 0xc                             ; 100289: 6a 0c
    push 0x92                            ; 10028b: 68 92 00 00 00
    push 0xfffff                         ; 100290: 68 ff ff 0f 00
    push 0x12345678                      ; 100295: 68 78 56 34 12
    push eax                             ; 10029a: 50
    call GdtEntry_set                    ; 10029b: e8 c6 fe ff ff
    add esp, 0x14                        ; 1002a0: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002a3: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002a8: b8 b8 10 10 00
    push eax                             ; 1002ad: 50
    call print                           ; 1002ae: e8 cf fd ff ff
    add esp, 4                           ; 1002b3: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002b6: 8b 43 0c
    push eax                             ; 1002b9: 50
    call printHex                        ; 1002ba: e8 43 fe ff ff
    add esp, 4                           ; 1002bf: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002c2: b8 c4 10 10 00
    push eax                             ; 1002c7: 50
    call print                           ; 1002c8: e8 b5 fd ff ff
    add esp, 4                           ; 1002cd: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002d0: 8b 43 08
    push eax                             ; 1002d3: 50
    call printHex                        ; 1002d4: e8 29 fe ff ff
    add esp, 4                           ; 1002d9: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002dc: b8 24 10 10 00
    push eax                             ; 1002e1: 50
    call println                         ; 1002e2: e8 c9 fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 1002ea: be cc 10 10 00
    mov eax, gdt+20                      ; 1002ef: b8 14 30 10 00
    push eax                             ; 1002f4: 50
    call GdtEntry_base                   ; 1002f5: e8 c6 fe ff ff
    add esp, 4                           ; 1002fa: 83 c4 04
    push eax                             ; 1002fd: 50
    push esi                             ; 1002fe: 56
    call show                            ; 1002ff: e8 d7 fe ff ff
    add esp, 8                           ; 100304: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 100307: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 100310: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 100316: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 10031b: b8 e0 10 10 00
    push eax                             ; 100320: 50
    call print                           ; 100321: e8 5c fd ff ff
    add esp, 4                           ; 100326: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 100329: 0f b7 06
    push eax                             ; 10032c: 50
    call printHex                        ; 10032d: e8 d0 fd ff ff
    add esp, 4                           ; 100332: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 100335: b8 c4 10 10 00
    push eax                             ; 10033a: 50
    call print                           ; 10033b: e8 42 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 100343: 8b 46 02
    push eax                             ; 100346: 50
    call printHex                        ; 100347: e8 b6 fd ff ff
    add esp, 4                           ; 10034c: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    mov eax, [pointer+2]                 ; 10034f: a1 1e 30 10 00
    cmp ebx, eax                         ; 100354: 39 c3
    jne short .L2                        ; 100356: 75 07
    mov eax, str_13                      ; 100358: b8 ec 10 10 00
    jmp short .L3                        ; 10035d: eb 05
.L2:
    mov eax, str_14                      ; 10035f: b8 fc 10 10 00
.L3:
    push eax                             ; 100364: 50
    call println                         ; 100365: e8 46 fd ff ff
    add esp, 4                           ; 10036a: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 10036d: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 100372: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 100375: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 10037c: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov ecx, str_15                      ; 100380: b9 10 11 10 00
    mov eax, [ebx+4]                     ; 100385: 8b 43 04
    push eax                             ; 100388: 50
    push ecx                             ; 100389: 51
    call show                            ; 10038a: e8 4c fe ff ff
    add esp, 8                           ; 10038f: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 100392: b8 20 11 10 00
    push eax                             ; 100397: 50
    call print                           ; 100398: e8 e5 fc ff ff
    add esp, 4                           ; 10039d: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003a0: a1 00 00 20 00
    push eax                             ; 1003a5: 50
    call printHex                        ; 1003a6: e8 57 fd ff ff
    add esp, 4                           ; 1003ab: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003ae: b8 c4 10 10 00
    push eax                             ; 1003b3: 50
    call print                           ; 1003b4: e8 c9 fc ff ff
    add esp, 4                           ; 1003b9: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003bc: a1 04 00 20 00
    push eax                             ; 1003c1: 50
    call printHex                        ; 1003c2: e8 3b fd ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 1003ca: 0f b6 43 08
    test eax, eax                        ; 1003ce: 85 c0
    je short .L6                         ; 1003d0: 74 07
    mov eax, str_17                      ; 1003d2: b8 30 11 10 00
    jmp short .L7                        ; 1003d7: eb 05
.L6:
    mov eax, str_18                      ; 1003d9: b8 40 11 10 00
.L7:
    push eax                             ; 1003de: 50
    call println                         ; 1003df: e8 cc fc ff ff
    add esp, 4                           ; 1003e4: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003e7: 6a 00
    call exit                            ; 1003e9: e8 6e fd ff ff
    add esp, 4                           ; 1003ee: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 1003f1: 5e
    pop ebx                              ; 1003f2: 5b
    ret                                  ; 1003f3: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003f4: 53
    push esi                             ; 1003f5: 56
    mov esi, [esp+0xc]                   ; 1003f6: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003fa: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003fe: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100402: 8b 4c 24 18
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 100406: a1 00 20 10 00
    push ecx                             ; 10040b: 51
    push edx                             ; 10040c: 52
    push ebx                             ; 10040d: 53
    push esi                             ; 10040e: 56
    call eax                             ; 10040f: ff d0
    add esp, 0x10                        ; 100411: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 100414: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 100415: f4
    jmp short .L2                        ; 100416: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100418: 53
    push esi                             ; 100419: 56
    push edi                             ; 10041a: 57
    mov ebx, [esp+0x14]                  ; 10041b: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10041f: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100423: 8b 74 24 1c
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 100427: b8 50 11 10 00
    push eax                             ; 10042c: 50
    call print                           ; 10042d: e8 50 fc ff ff
    add esp, 4                           ; 100432: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push edi                             ; 100435: 57
    call printU32                        ; 100436: e8 8d fc ff ff
    add esp, 4                           ; 10043b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 10043e: b8 70 11 10 00
    push eax                             ; 100443: 50
    call print                           ; 100444: e8 39 fc ff ff
    add esp, 4                           ; 100449: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push esi                             ; 10044c: 56
    call printU32                        ; 10044d: e8 76 fc ff ff
    add esp, 4                           ; 100452: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 100455: b8 90 11 10 00
    push eax                             ; 10045a: 50
    call print                           ; 10045b: e8 22 fc ff ff
    add esp, 4                           ; 100460: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push dword [esp+0x10]                ; 100463: ff 74 24 10
    call print                           ; 100467: e8 16 fc ff ff
    add esp, 4                           ; 10046c: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 10046f: b8 98 11 10 00
    push eax                             ; 100474: 50
    call print                           ; 100475: e8 08 fc ff ff
    add esp, 4                           ; 10047a: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    push ebx                             ; 10047d: 53
    call printU32                        ; 10047e: e8 45 fc ff ff
    add esp, 4                           ; 100483: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 100486: b8 24 10 10 00
    push eax                             ; 10048b: 50
    call println                         ; 10048c: e8 1f fc ff ff
    add esp, 4                           ; 100491: 83 c4 04
    ; runtime/lib/trap.ts:35: }
    pop edi                              ; 100494: 5f
    pop esi                              ; 100495: 5e
    pop ebx                              ; 100496: 5b
    ret                                  ; 100497: c3

__tskc_init:
    mov dword [gdt], 3                   ; 100498: c7 05 00 30 10 00 03 00 00 00
    ret                                  ; 1004a2: c3

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
