; tskc 0.1.0 listing of test/golden/structs.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x107000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 30 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 30 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    call __tskc_init                     ; 10003b: e8 98 03 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 7c 01 00 00
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

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebx                             ; 100137: 53
    push esi                             ; 100138: 56
    push edi                             ; 100139: 57
    mov ebx, [esp+0x10]                  ; 10013a: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 10013e: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 100142: 8b 4c 24 18
    mov esi, [esp+0x1c]                  ; 100146: 8b 74 24 1c
    mov edi, [esp+0x20]                  ; 10014a: 8b 7c 24 20
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx eax, cx                        ; 10014e: 0f b7 c1
    mov [ebx], ax                        ; 100151: 66 89 03
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    movzx eax, dx                        ; 100154: 0f b7 c2
    mov [ebx+2], ax                      ; 100157: 66 89 43 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov eax, edx                         ; 10015b: 89 d0
    shr eax, 0x10                        ; 10015d: c1 e8 10
    movzx eax, al                        ; 100160: 0f b6 c0
    mov [ebx+4], al                      ; 100163: 88 43 04
    ; test/golden/structs.ts:20: this.access = access;
    mov eax, esi                         ; 100166: 89 f0
    mov [ebx+5], al                      ; 100168: 88 43 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr ecx, 0x10                        ; 10016b: c1 e9 10
    and ecx, 0xf                         ; 10016e: 83 e1 0f
    mov eax, edi                         ; 100171: 89 f8
    shl eax, 4                           ; 100173: c1 e0 04
    movzx eax, al                        ; 100176: 0f b6 c0
    or ecx, eax                          ; 100179: 09 c1
    movzx eax, cl                        ; 10017b: 0f b6 c1
    mov [ebx+6], al                      ; 10017e: 88 43 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    shr edx, 0x18                        ; 100181: c1 ea 18
    movzx eax, dl                        ; 100184: 0f b6 c2
    mov [ebx+7], al                      ; 100187: 88 43 07
    ; test/golden/structs.ts:23: }
    pop edi                              ; 10018a: 5f
    pop esi                              ; 10018b: 5e
    pop ebx                              ; 10018c: 5b
    ret                                  ; 10018d: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebx                             ; 10018e: 53
    mov eax, [esp+8]                     ; 10018f: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 100193: 8b 5c 24 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 100197: 50
    call print                           ; 100198: e8 dd fe ff ff
    add esp, 4                           ; 10019d: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 1001a0: 53
    call printU32                        ; 1001a1: e8 f9 fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 1001a9: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 c6 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001b7: 6a 0a
    call putc                            ; 1001b9: e8 8d fe ff ff
    add esp, 4                           ; 1001be: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 1001c1: 5b
    ret                                  ; 1001c2: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebx                             ; 1001c3: 53
    push esi                             ; 1001c4: 56
    push edi                             ; 1001c5: 57
    mov eax, str_3                       ; 1001c6: b8 0c 10 10 00
    push 8                               ; 1001cb: 6a 08
    push eax                             ; 1001cd: 50
    call show                            ; 1001ce: e8 bb ff ff ff
    add esp, 8                           ; 1001d3: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 1001d6: b8 20 10 10 00
    push 0xc                             ; 1001db: 6a 0c
    push eax                             ; 1001dd: 50
    call show                            ; 1001de: e8 ab ff ff ff
    add esp, 8                           ; 1001e3: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 1001e6: b8 34 10 10 00
    push 4                               ; 1001eb: 6a 04
    push eax                             ; 1001ed: 50
    call show                            ; 1001ee: e8 9b ff ff ff
    add esp, 8                           ; 1001f3: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 1001f6: b8 50 10 10 00
    push 8                               ; 1001fb: 6a 08
    push eax                             ; 1001fd: 50
    call show                            ; 1001fe: e8 8b ff ff ff
    add esp, 8                           ; 100203: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100206: b8 6c 10 10 00
    push 6                               ; 10020b: 6a 06
    push eax                             ; 10020d: 50
    call show                            ; 10020e: e8 7b ff ff ff
    add esp, 8                           ; 100213: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100216: b8 80 10 10 00
    push 2                               ; 10021b: 6a 02
    push eax                             ; 10021d: 50
    call show                            ; 10021e: e8 6b ff ff ff
    add esp, 8                           ; 100223: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100226: b8 0c 20 10 00
    push 0xc                             ; 10022b: 6a 0c
    push 0x9a                            ; 10022d: 68 9a 00 00 00
    push 0xfffff                         ; 100232: 68 ff ff 0f 00
    push 0                               ; 100237: 6a 00
    push eax                             ; 100239: 50
    call GdtEntry_set                    ; 10023a: e8 f8 fe ff ff
    add esp, 0x14                        ; 10023f: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov ebx, gdt+20                      ; 100242: bb 14 20 10 00
    push 0xc                             ; 100247: 6a 0c
    push 0x92                            ; 100249: 68 92 00 00 00
    push 0xfffff                         ; 10024e: 68 ff ff 0f 00
    push 0x12345678                      ; 100253: 68 78 56 34 12
    push ebx                             ; 100258: 53
    call GdtEntry_set                    ; 100259: e8 d9 fe ff ff
    add esp, 0x14                        ; 10025e: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov esi, gdt+4                       ; 100261: be 04 20 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 100266: b8 9c 10 10 00
    push eax                             ; 10026b: 50
    call print                           ; 10026c: e8 09 fe ff ff
    add esp, 4                           ; 100271: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [esi+0xc]                   ; 100274: 8b 46 0c
    push eax                             ; 100277: 50
    call printHex                        ; 100278: e8 5c fe ff ff
    add esp, 4                           ; 10027d: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov edi, str_10                      ; 100280: bf a8 10 10 00
    push edi                             ; 100285: 57
    call print                           ; 100286: e8 ef fd ff ff
    add esp, 4                           ; 10028b: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [esi+8]                     ; 10028e: 8b 46 08
    push eax                             ; 100291: 50
    call printHex                        ; 100292: e8 42 fe ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 10029a: b8 08 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10029f: 50
    call print                           ; 1002a0: e8 d5 fd ff ff
    add esp, 4                           ; 1002a5: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002a8: 6a 0a
    call putc                            ; 1002aa: e8 9c fd ff ff
    add esp, 4                           ; 1002af: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov edx, str_11                      ; 1002b2: ba b0 10 10 00
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [ebx+2]              ; 1002b7: 0f b7 4b 02
    movzx eax, byte [ebx+4]              ; 1002bb: 0f b6 43 04
    shl eax, 0x10                        ; 1002bf: c1 e0 10
    movzx ebx, byte [ebx+7]              ; 1002c2: 0f b6 5b 07
    shl ebx, 0x18                        ; 1002c6: c1 e3 18
    or ecx, eax                          ; 1002c9: 09 c1
    or ecx, ebx                          ; 1002cb: 09 d9
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    push ecx                             ; 1002cd: 51
    push edx                             ; 1002ce: 52
    call show                            ; 1002cf: e8 ba fe ff ff
    add esp, 8                           ; 1002d4: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 1002d7: 66 c7 05 1c 20 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], esi                 ; 1002e0: 89 35 1e 20 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov ebx, pointer                     ; 1002e6: bb 1c 20 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 1002eb: b8 c4 10 10 00
    push eax                             ; 1002f0: 50
    call print                           ; 1002f1: e8 84 fd ff ff
    add esp, 4                           ; 1002f6: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [ebx]                ; 1002f9: 0f b7 03
    push eax                             ; 1002fc: 50
    call printHex                        ; 1002fd: e8 d7 fd ff ff
    add esp, 4                           ; 100302: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    push edi                             ; 100305: 57
    call print                           ; 100306: e8 6f fd ff ff
    add esp, 4                           ; 10030b: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [ebx+2]                     ; 10030e: 8b 43 02
    push eax                             ; 100311: 50
    call printHex                        ; 100312: e8 c2 fd ff ff
    add esp, 4                           ; 100317: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    cmp esi, [pointer+2]                 ; 10031a: 3b 35 1e 20 10 00
    jne short .L2                        ; 100320: 75 07
    mov eax, str_13                      ; 100322: b8 d0 10 10 00
    jmp short .L18                       ; 100327: eb 05
.L2:
    mov eax, str_14                      ; 100329: b8 e0 10 10 00
.L18:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10032e: 50
    call print                           ; 10032f: e8 46 fd ff ff
    add esp, 4                           ; 100334: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100337: 6a 0a
    call putc                            ; 100339: e8 0d fd ff ff
    add esp, 4                           ; 10033e: 83 c4 04
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [0x200000], 7               ; 100341: c6 05 00 00 20 00 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [0x200004], 0xcafe         ; 100348: c7 05 04 00 20 00 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [0x200008], 1               ; 100352: c6 05 08 00 20 00 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov ecx, str_15                      ; 100359: b9 f4 10 10 00
    mov eax, [0x200004]                  ; 10035e: a1 04 00 20 00
    push eax                             ; 100363: 50
    push ecx                             ; 100364: 51
    call show                            ; 100365: e8 24 fe ff ff
    add esp, 8                           ; 10036a: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 10036d: b8 04 11 10 00
    push eax                             ; 100372: 50
    call print                           ; 100373: e8 02 fd ff ff
    add esp, 4                           ; 100378: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 10037b: a1 00 00 20 00
    push eax                             ; 100380: 50
    call printHex                        ; 100381: e8 53 fd ff ff
    add esp, 4                           ; 100386: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    push edi                             ; 100389: 57
    call print                           ; 10038a: e8 eb fc ff ff
    add esp, 4                           ; 10038f: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 100392: a1 04 00 20 00
    push eax                             ; 100397: 50
    call printHex                        ; 100398: e8 3c fd ff ff
    add esp, 4                           ; 10039d: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [0x200008]           ; 1003a0: 0f b6 05 08 00 20 00
    test eax, eax                        ; 1003a7: 85 c0
    je short .L6                         ; 1003a9: 74 07
    mov eax, str_17                      ; 1003ab: b8 14 11 10 00
    jmp short .L21                       ; 1003b0: eb 05
.L6:
    mov eax, str_18                      ; 1003b2: b8 24 11 10 00
.L21:
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1003b7: 50
    call print                           ; 1003b8: e8 bd fc ff ff
    add esp, 4                           ; 1003bd: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1003c0: 6a 0a
    call putc                            ; 1003c2: e8 84 fc ff ff
    add esp, 4                           ; 1003c7: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003ca: 6a 00
    call exit                            ; 1003cc: e8 5c fd ff ff
    add esp, 4                           ; 1003d1: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop edi                              ; 1003d4: 5f
    pop esi                              ; 1003d5: 5e
    pop ebx                              ; 1003d6: 5b
    ret                                  ; 1003d7: c3

__tskc_init:
    mov dword [gdt], 3                   ; 1003d8: c7 05 00 20 10 00 03 00 00 00
    ret                                  ; 1003e2: c3

; .rodata
    times 0x1000 - ($ - $$) db 0
str_1:  ; "0x"
    db 0x2, 0x0, 0x0, 0x0, 0x30, 0x78
    times 0x1008 - ($ - $$) db 0
str_2:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x100c - ($ - $$) db 0
str_3:  ; "sizeof GdtEntry "
    db 0x10, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x47, 0x64, 0x74, 0x45, 0x6e
    db 0x74, 0x72, 0x79, 0x20
    times 0x1020 - ($ - $$) db 0
str_4:  ; "sizeof Padded "
    db 0xe, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64, 0x64, 0x65
    db 0x64, 0x20
    times 0x1034 - ($ - $$) db 0
str_5:  ; "offsetof Padded.value "
    db 0x16, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64
    db 0x64, 0x65, 0x64, 0x2e, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x20
    times 0x1050 - ($ - $$) db 0
str_6:  ; "offsetof Padded.flag "
    db 0x15, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x61, 0x64
    db 0x64, 0x65, 0x64, 0x2e, 0x66, 0x6c, 0x61, 0x67, 0x20
    times 0x106c - ($ - $$) db 0
str_7:  ; "sizeof Pointer "
    db 0xf, 0x0, 0x0, 0x0, 0x73, 0x69, 0x7a, 0x65, 0x6f, 0x66, 0x20, 0x50, 0x6f, 0x69, 0x6e, 0x74
    db 0x65, 0x72, 0x20
    times 0x1080 - ($ - $$) db 0
str_8:  ; "offsetof Pointer.base "
    db 0x16, 0x0, 0x0, 0x0, 0x6f, 0x66, 0x66, 0x73, 0x65, 0x74, 0x6f, 0x66, 0x20, 0x50, 0x6f, 0x69
    db 0x6e, 0x74, 0x65, 0x72, 0x2e, 0x62, 0x61, 0x73, 0x65, 0x20
    times 0x109c - ($ - $$) db 0
str_9:  ; "entry 1 "
    db 0x8, 0x0, 0x0, 0x0, 0x65, 0x6e, 0x74, 0x72, 0x79, 0x20, 0x31, 0x20
    times 0x10a8 - ($ - $$) db 0
str_10:  ; " "
    db 0x1, 0x0, 0x0, 0x0, 0x20
    times 0x10b0 - ($ - $$) db 0
str_11:  ; "entry 2 base "
    db 0xd, 0x0, 0x0, 0x0, 0x65, 0x6e, 0x74, 0x72, 0x79, 0x20, 0x32, 0x20, 0x62, 0x61, 0x73, 0x65
    db 0x20
    times 0x10c4 - ($ - $$) db 0
str_12:  ; "pointer "
    db 0x8, 0x0, 0x0, 0x0, 0x70, 0x6f, 0x69, 0x6e, 0x74, 0x65, 0x72, 0x20
    times 0x10d0 - ($ - $$) db 0
str_13:  ; " (base ok)"
    db 0xa, 0x0, 0x0, 0x0, 0x20, 0x28, 0x62, 0x61, 0x73, 0x65, 0x20, 0x6f, 0x6b, 0x29
    times 0x10e0 - ($ - $$) db 0
str_14:  ; " (base wrong)"
    db 0xd, 0x0, 0x0, 0x0, 0x20, 0x28, 0x62, 0x61, 0x73, 0x65, 0x20, 0x77, 0x72, 0x6f, 0x6e, 0x67
    db 0x29
    times 0x10f4 - ($ - $$) db 0
str_15:  ; "view.value "
    db 0xb, 0x0, 0x0, 0x0, 0x76, 0x69, 0x65, 0x77, 0x2e, 0x76, 0x61, 0x6c, 0x75, 0x65, 0x20
    times 0x1104 - ($ - $$) db 0
str_16:  ; "view bytes "
    db 0xb, 0x0, 0x0, 0x0, 0x76, 0x69, 0x65, 0x77, 0x20, 0x62, 0x79, 0x74, 0x65, 0x73, 0x20
    times 0x1114 - ($ - $$) db 0
str_17:  ; " flag set"
    db 0x9, 0x0, 0x0, 0x0, 0x20, 0x66, 0x6c, 0x61, 0x67, 0x20, 0x73, 0x65, 0x74
    times 0x1124 - ($ - $$) db 0
str_18:  ; " flag clear"
    db 0xb, 0x0, 0x0, 0x0, 0x20, 0x66, 0x6c, 0x61, 0x67, 0x20, 0x63, 0x6c, 0x65, 0x61, 0x72

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106030
gdt equ 0x102000  ; StaticArray<GdtEntry>(3), 28 bytes
pointer equ 0x10201c  ; Pointer, 6 bytes
__stack equ 0x102030  ; boot stack, 16384 bytes
