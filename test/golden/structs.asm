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
    call __tskc_init                     ; 10003b: e8 53 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a9 01 00 00
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
    push edi                             ; 10007c: 57
    mov edi, [esp+0x10]                  ; 10007d: 8b 7c 24 10
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, [edi]                       ; 100081: 8b 37
    xor ebx, ebx                         ; 100083: 31 db
    cmp ebx, esi                         ; 100085: 39 f3
    jge short .L4                        ; 100087: 7d 15
.L7:
    movzx eax, byte [edi+ebx+4]          ; 100089: 0f b6 44 1f 04
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add ebx, 1                           ; 100097: 83 c3 01
    cmp ebx, esi                         ; 10009a: 39 f3
    jl short .L7                         ; 10009c: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop edi                              ; 10009e: 5f
    pop esi                              ; 10009f: 5e
    pop ebx                              ; 1000a0: 5b
    ret                                  ; 1000a1: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    mov eax, [esp+4]                     ; 1000a2: 8b 44 24 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 ce ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    ret                                  ; 1000b9: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 1000ba: 53
    mov ebx, [esp+8]                     ; 1000bb: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000bf: 83 fb 0a
    jb short .L2                         ; 1000c2: 72 14
    mov ecx, 0xa                         ; 1000c4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000c9: 89 d8
    xor edx, edx                         ; 1000cb: 31 d2
    div ecx                              ; 1000cd: f7 f1
    push eax                             ; 1000cf: 50
    call printU32                        ; 1000d0: e8 e5 ff ff ff
    add esp, 4                           ; 1000d5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000d8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000dd: 89 d8
    xor edx, edx                         ; 1000df: 31 d2
    div ecx                              ; 1000e1: f7 f1
    lea eax, [edx+0x30]                  ; 1000e3: 8d 42 30
    movzx eax, al                        ; 1000e6: 0f b6 c0
    push eax                             ; 1000e9: 50
    call putc                            ; 1000ea: e8 5c ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebx                             ; 1000f4: 53
    push esi                             ; 1000f5: 56
    mov esi, [esp+0xc]                   ; 1000f6: 8b 74 24 0c
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 1000fa: b8 1c 10 10 00
    push eax                             ; 1000ff: 50
    call print                           ; 100100: e8 75 ff ff ff
    add esp, 4                           ; 100105: 83 c4 04
    mov ebx, 0x1c                        ; 100108: bb 1c 00 00 00
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 10010d: 89 f0
    mov ecx, ebx                         ; 10010f: 89 d9
    shr eax, cl                          ; 100111: d3 e8
    and eax, 0xf                         ; 100113: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 100116: 83 f8 0a
    jb short .L5                         ; 100119: 72 05
.L6:
    lea eax, [eax+0x57]                  ; 10011b: 8d 40 57
    jmp short .L7                        ; 10011e: eb 03
.L5:
    lea eax, [eax+0x30]                  ; 100120: 8d 40 30
.L7:
    movzx eax, al                        ; 100123: 0f b6 c0
    push eax                             ; 100126: 50
    call putc                            ; 100127: e8 1f ff ff ff
    add esp, 4                           ; 10012c: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    test ebx, ebx                        ; 10012f: 85 db
    je short .L4                         ; 100131: 74 13
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub ebx, 4                           ; 100133: 83 eb 04
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, esi                         ; 100136: 89 f0
    mov ecx, ebx                         ; 100138: 89 d9
    shr eax, cl                          ; 10013a: d3 e8
    and eax, 0xf                         ; 10013c: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10013f: 83 f8 0a
    jb short .L5                         ; 100142: 72 dc
    jmp short .L6                        ; 100144: eb d5
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100146: 5e
    pop ebx                              ; 100147: 5b
    ret                                  ; 100148: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 100149: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 10014d: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 10014f: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100150: f4
    jmp short .L2                        ; 100151: eb fd

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebx                             ; 100153: 53
    push esi                             ; 100154: 56
    push edi                             ; 100155: 57
    mov ebx, [esp+0x10]                  ; 100156: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10015a: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10015e: 8b 4c 24 18
    mov esi, [esp+0x1c]                  ; 100162: 8b 74 24 1c
    mov edi, [esp+0x20]                  ; 100166: 8b 7c 24 20
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx eax, cx                        ; 10016a: 0f b7 c1
    mov [ebx], ax                        ; 10016d: 66 89 03
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    movzx eax, dx                        ; 100170: 0f b7 c2
    mov [ebx+2], ax                      ; 100173: 66 89 43 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov eax, edx                         ; 100177: 89 d0
    shr eax, 0x10                        ; 100179: c1 e8 10
    movzx eax, al                        ; 10017c: 0f b6 c0
    mov [ebx+4], al                      ; 10017f: 88 43 04
    ; test/golden/structs.ts:20: this.access = access;
    mov eax, esi                         ; 100182: 89 f0
    mov [ebx+5], al                      ; 100184: 88 43 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr ecx, 0x10                        ; 100187: c1 e9 10
    and ecx, 0xf                         ; 10018a: 83 e1 0f
    mov eax, edi                         ; 10018d: 89 f8
    shl eax, 4                           ; 10018f: c1 e0 04
    movzx eax, al                        ; 100192: 0f b6 c0
    or ecx, eax                          ; 100195: 09 c1
    movzx eax, cl                        ; 100197: 0f b6 c1
    mov [ebx+6], al                      ; 10019a: 88 43 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    shr edx, 0x18                        ; 10019d: c1 ea 18
    movzx eax, dl                        ; 1001a0: 0f b6 c2
    mov [ebx+7], al                      ; 1001a3: 88 43 07
    ; test/golden/structs.ts:23: }
    pop edi                              ; 1001a6: 5f
    pop esi                              ; 1001a7: 5e
    pop ebx                              ; 1001a8: 5b
    ret                                  ; 1001a9: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    mov edx, [esp+4]                     ; 1001aa: 8b 54 24 04
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx eax, word [edx+2]              ; 1001ae: 0f b7 42 02
    movzx ecx, byte [edx+4]              ; 1001b2: 0f b6 4a 04
    shl ecx, 0x10                        ; 1001b6: c1 e1 10
    movzx edx, byte [edx+7]              ; 1001b9: 0f b6 52 07
    shl edx, 0x18                        ; 1001bd: c1 e2 18
    or eax, ecx                          ; 1001c0: 09 c8
    or eax, edx                          ; 1001c2: 09 d0
    ret                                  ; 1001c4: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebx                             ; 1001c5: 53
    mov eax, [esp+8]                     ; 1001c6: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001ca: 8b 5c 24 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001ce: 50
    call print                           ; 1001cf: e8 a6 fe ff ff
    add esp, 4                           ; 1001d4: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 1001d7: 53
    call printU32                        ; 1001d8: e8 dd fe ff ff
    add esp, 4                           ; 1001dd: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 1001e0: b8 24 10 10 00
    push eax                             ; 1001e5: 50
    call println                         ; 1001e6: e8 b7 fe ff ff
    add esp, 4                           ; 1001eb: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 1001ee: 5b
    ret                                  ; 1001ef: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebx                             ; 1001f0: 53
    push esi                             ; 1001f1: 56
    push edi                             ; 1001f2: 57
    sub esp, 4                           ; 1001f3: 83 ec 04
    mov eax, str_3                       ; 1001f6: b8 28 10 10 00
    push 8                               ; 1001fb: 6a 08
    push eax                             ; 1001fd: 50
    call show                            ; 1001fe: e8 c2 ff ff ff
    add esp, 8                           ; 100203: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100206: b8 3c 10 10 00
    push 0xc                             ; 10020b: 6a 0c
    push eax                             ; 10020d: 50
    call show                            ; 10020e: e8 b2 ff ff ff
    add esp, 8                           ; 100213: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100216: b8 50 10 10 00
    push 4                               ; 10021b: 6a 04
    push eax                             ; 10021d: 50
    call show                            ; 10021e: e8 a2 ff ff ff
    add esp, 8                           ; 100223: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100226: b8 6c 10 10 00
    push 8                               ; 10022b: 6a 08
    push eax                             ; 10022d: 50
    call show                            ; 10022e: e8 92 ff ff ff
    add esp, 8                           ; 100233: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100236: b8 88 10 10 00
    push 6                               ; 10023b: 6a 06
    push eax                             ; 10023d: 50
    call show                            ; 10023e: e8 82 ff ff ff
    add esp, 8                           ; 100243: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100246: b8 9c 10 10 00
    push 2                               ; 10024b: 6a 02
    push eax                             ; 10024d: 50
    call show                            ; 10024e: e8 72 ff ff ff
    add esp, 8                           ; 100253: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100256: b8 0c 30 10 00
    push 0xc                             ; 10025b: 6a 0c
    push 0x9a                            ; 10025d: 68 9a 00 00 00
    push 0xfffff                         ; 100262: 68 ff ff 0f 00
    push 0                               ; 100267: 6a 00
    push eax                             ; 100269: 50
    call GdtEntry_set                    ; 10026a: e8 e4 fe ff ff
    add esp, 0x14                        ; 10026f: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov edi, gdt+20                      ; 100272: bf 14 30 10 00
    push 0xc                             ; 100277: 6a 0c
    push 0x92                            ; 100279: 68 92 00 00 00
    push 0xfffff                         ; 10027e: 68 ff ff 0f 00
    push 0x12345678                      ; 100283: 68 78 56 34 12
    push edi                             ; 100288: 57
    call GdtEntry_set                    ; 100289: e8 c5 fe ff ff
    add esp, 0x14                        ; 10028e: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 100291: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 100296: b8 b8 10 10 00
    push eax                             ; 10029b: 50
    call print                           ; 10029c: e8 d9 fd ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002a4: 8b 43 0c
    push eax                             ; 1002a7: 50
    call printHex                        ; 1002a8: e8 47 fe ff ff
    add esp, 4                           ; 1002ad: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov esi, str_10                      ; 1002b0: be c4 10 10 00
    push esi                             ; 1002b5: 56
    call print                           ; 1002b6: e8 bf fd ff ff
    add esp, 4                           ; 1002bb: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002be: 8b 43 08
    push eax                             ; 1002c1: 50
    call printHex                        ; 1002c2: e8 2d fe ff ff
    add esp, 4                           ; 1002c7: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002ca: b8 24 10 10 00
    push eax                             ; 1002cf: 50
    call println                         ; 1002d0: e8 cd fd ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov dword [esp], str_11              ; 1002d8: c7 04 24 cc 10 10 00
    push edi                             ; 1002df: 57
    call GdtEntry_base                   ; 1002e0: e8 c5 fe ff ff
    add esp, 4                           ; 1002e5: 83 c4 04
    push eax                             ; 1002e8: 50
    push dword [esp+4]                   ; 1002e9: ff 74 24 04
    call show                            ; 1002ed: e8 d3 fe ff ff
    add esp, 8                           ; 1002f2: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 1002f5: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 1002fe: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov edi, pointer                     ; 100304: bf 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100309: b8 e0 10 10 00
    push eax                             ; 10030e: 50
    call print                           ; 10030f: e8 66 fd ff ff
    add esp, 4                           ; 100314: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [edi]                ; 100317: 0f b7 07
    push eax                             ; 10031a: 50
    call printHex                        ; 10031b: e8 d4 fd ff ff
    add esp, 4                           ; 100320: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    push esi                             ; 100323: 56
    call print                           ; 100324: e8 51 fd ff ff
    add esp, 4                           ; 100329: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [edi+2]                     ; 10032c: 8b 47 02
    push eax                             ; 10032f: 50
    call printHex                        ; 100330: e8 bf fd ff ff
    add esp, 4                           ; 100335: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    cmp ebx, [pointer+2]                 ; 100338: 3b 1d 1e 30 10 00
    jne short .L2                        ; 10033e: 75 07
    mov eax, str_13                      ; 100340: b8 ec 10 10 00
    jmp short .L3                        ; 100345: eb 05
.L2:
    mov eax, str_14                      ; 100347: b8 fc 10 10 00
.L3:
    push eax                             ; 10034c: 50
    call println                         ; 10034d: e8 50 fd ff ff
    add esp, 4                           ; 100352: 83 c4 04
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [0x200000], 7               ; 100355: c6 05 00 00 20 00 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [0x200004], 0xcafe         ; 10035c: c7 05 04 00 20 00 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [0x200008], 1               ; 100366: c6 05 08 00 20 00 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov ecx, str_15                      ; 10036d: b9 10 11 10 00
    mov eax, [0x200004]                  ; 100372: a1 04 00 20 00
    push eax                             ; 100377: 50
    push ecx                             ; 100378: 51
    call show                            ; 100379: e8 47 fe ff ff
    add esp, 8                           ; 10037e: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 100381: b8 20 11 10 00
    push eax                             ; 100386: 50
    call print                           ; 100387: e8 ee fc ff ff
    add esp, 4                           ; 10038c: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 10038f: a1 00 00 20 00
    push eax                             ; 100394: 50
    call printHex                        ; 100395: e8 5a fd ff ff
    add esp, 4                           ; 10039a: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    push esi                             ; 10039d: 56
    call print                           ; 10039e: e8 d7 fc ff ff
    add esp, 4                           ; 1003a3: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003a6: a1 04 00 20 00
    push eax                             ; 1003ab: 50
    call printHex                        ; 1003ac: e8 43 fd ff ff
    add esp, 4                           ; 1003b1: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [0x200008]           ; 1003b4: 0f b6 05 08 00 20 00
    test eax, eax                        ; 1003bb: 85 c0
    je short .L6                         ; 1003bd: 74 07
    mov eax, str_17                      ; 1003bf: b8 30 11 10 00
    jmp short .L7                        ; 1003c4: eb 05
.L6:
    mov eax, str_18                      ; 1003c6: b8 40 11 10 00
.L7:
    push eax                             ; 1003cb: 50
    call println                         ; 1003cc: e8 d1 fc ff ff
    add esp, 4                           ; 1003d1: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003d4: 6a 00
    call exit                            ; 1003d6: e8 6e fd ff ff
    add esp, 4                           ; 1003db: 83 c4 04
    ; test/golden/structs.ts:90: }
    add esp, 4                           ; 1003de: 83 c4 04
    pop edi                              ; 1003e1: 5f
    pop esi                              ; 1003e2: 5e
    pop ebx                              ; 1003e3: 5b
    ret                                  ; 1003e4: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003e5: 53
    push esi                             ; 1003e6: 56
    mov esi, [esp+0xc]                   ; 1003e7: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003eb: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003ef: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003f3: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003f7: a1 00 20 10 00
    push ecx                             ; 1003fc: 51
    push edx                             ; 1003fd: 52
    push ebx                             ; 1003fe: 53
    push esi                             ; 1003ff: 56
    call eax                             ; 100400: ff d0
    add esp, 0x10                        ; 100402: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100405: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100406: f4
    jmp short .L2                        ; 100407: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100409: 53
    push esi                             ; 10040a: 56
    push edi                             ; 10040b: 57
    mov ebx, [esp+0x14]                  ; 10040c: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 100410: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100414: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_19                      ; 100418: b8 50 11 10 00
    push eax                             ; 10041d: 50
    call print                           ; 10041e: e8 57 fc ff ff
    add esp, 4                           ; 100423: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100426: 57
    call printU32                        ; 100427: e8 8e fc ff ff
    add esp, 4                           ; 10042c: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_20                      ; 10042f: b8 70 11 10 00
    push eax                             ; 100434: 50
    call print                           ; 100435: e8 40 fc ff ff
    add esp, 4                           ; 10043a: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 10043d: 56
    call printU32                        ; 10043e: e8 77 fc ff ff
    add esp, 4                           ; 100443: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_21                      ; 100446: b8 90 11 10 00
    push eax                             ; 10044b: 50
    call print                           ; 10044c: e8 29 fc ff ff
    add esp, 4                           ; 100451: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100454: ff 74 24 10
    call print                           ; 100458: e8 1d fc ff ff
    add esp, 4                           ; 10045d: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_22                      ; 100460: b8 98 11 10 00
    push eax                             ; 100465: 50
    call print                           ; 100466: e8 0f fc ff ff
    add esp, 4                           ; 10046b: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10046e: 53
    call printU32                        ; 10046f: e8 46 fc ff ff
    add esp, 4                           ; 100474: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 100477: b8 24 10 10 00
    push eax                             ; 10047c: 50
    call println                         ; 10047d: e8 20 fc ff ff
    add esp, 4                           ; 100482: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100485: 6a 65
    call exit                            ; 100487: e8 bd fc ff ff
    add esp, 4                           ; 10048c: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10048f: 5f
    pop esi                              ; 100490: 5e
    pop ebx                              ; 100491: 5b
    ret                                  ; 100492: c3

__tskc_init:
    mov dword [gdt], 3                   ; 100493: c7 05 00 30 10 00 03 00 00 00
    ret                                  ; 10049d: c3

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
