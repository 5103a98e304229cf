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
    call __tskc_init                     ; 10003b: e8 4f 04 00 00
    push ebx                             ; 100040: 53
    push esi                             ; 100041: 56
    call main                            ; 100042: e8 a5 01 00 00
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

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebx                             ; 10014f: 53
    push esi                             ; 100150: 56
    push edi                             ; 100151: 57
    mov ebx, [esp+0x10]                  ; 100152: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 100156: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 10015a: 8b 4c 24 18
    mov esi, [esp+0x1c]                  ; 10015e: 8b 74 24 1c
    mov edi, [esp+0x20]                  ; 100162: 8b 7c 24 20
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx eax, cx                        ; 100166: 0f b7 c1
    mov [ebx], ax                        ; 100169: 66 89 03
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    movzx eax, dx                        ; 10016c: 0f b7 c2
    mov [ebx+2], ax                      ; 10016f: 66 89 43 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov eax, edx                         ; 100173: 89 d0
    shr eax, 0x10                        ; 100175: c1 e8 10
    movzx eax, al                        ; 100178: 0f b6 c0
    mov [ebx+4], al                      ; 10017b: 88 43 04
    ; test/golden/structs.ts:20: this.access = access;
    mov eax, esi                         ; 10017e: 89 f0
    mov [ebx+5], al                      ; 100180: 88 43 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr ecx, 0x10                        ; 100183: c1 e9 10
    and ecx, 0xf                         ; 100186: 83 e1 0f
    mov eax, edi                         ; 100189: 89 f8
    shl eax, 4                           ; 10018b: c1 e0 04
    movzx eax, al                        ; 10018e: 0f b6 c0
    or ecx, eax                          ; 100191: 09 c1
    movzx eax, cl                        ; 100193: 0f b6 c1
    mov [ebx+6], al                      ; 100196: 88 43 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    shr edx, 0x18                        ; 100199: c1 ea 18
    movzx eax, dl                        ; 10019c: 0f b6 c2
    mov [ebx+7], al                      ; 10019f: 88 43 07
    ; test/golden/structs.ts:23: }
    pop edi                              ; 1001a2: 5f
    pop esi                              ; 1001a3: 5e
    pop ebx                              ; 1001a4: 5b
    ret                                  ; 1001a5: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    mov edx, [esp+4]                     ; 1001a6: 8b 54 24 04
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx eax, word [edx+2]              ; 1001aa: 0f b7 42 02
    movzx ecx, byte [edx+4]              ; 1001ae: 0f b6 4a 04
    shl ecx, 0x10                        ; 1001b2: c1 e1 10
    movzx edx, byte [edx+7]              ; 1001b5: 0f b6 52 07
    shl edx, 0x18                        ; 1001b9: c1 e2 18
    or eax, ecx                          ; 1001bc: 09 c8
    or eax, edx                          ; 1001be: 09 d0
    ret                                  ; 1001c0: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebx                             ; 1001c1: 53
    mov eax, [esp+8]                     ; 1001c2: 8b 44 24 08
    mov ebx, [esp+0xc]                   ; 1001c6: 8b 5c 24 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001ca: 50
    call print                           ; 1001cb: e8 aa fe ff ff
    add esp, 4                           ; 1001d0: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 1001d3: 53
    call printU32                        ; 1001d4: e8 dd fe ff ff
    add esp, 4                           ; 1001d9: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 1001dc: b8 24 10 10 00
    push eax                             ; 1001e1: 50
    call println                         ; 1001e2: e8 b7 fe ff ff
    add esp, 4                           ; 1001e7: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 1001ea: 5b
    ret                                  ; 1001eb: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebx                             ; 1001ec: 53
    push esi                             ; 1001ed: 56
    push edi                             ; 1001ee: 57
    sub esp, 4                           ; 1001ef: 83 ec 04
    mov eax, str_3                       ; 1001f2: b8 28 10 10 00
    push 8                               ; 1001f7: 6a 08
    push eax                             ; 1001f9: 50
    call show                            ; 1001fa: e8 c2 ff ff ff
    add esp, 8                           ; 1001ff: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 100202: b8 3c 10 10 00
    push 0xc                             ; 100207: 6a 0c
    push eax                             ; 100209: 50
    call show                            ; 10020a: e8 b2 ff ff ff
    add esp, 8                           ; 10020f: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 100212: b8 50 10 10 00
    push 4                               ; 100217: 6a 04
    push eax                             ; 100219: 50
    call show                            ; 10021a: e8 a2 ff ff ff
    add esp, 8                           ; 10021f: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 100222: b8 6c 10 10 00
    push 8                               ; 100227: 6a 08
    push eax                             ; 100229: 50
    call show                            ; 10022a: e8 92 ff ff ff
    add esp, 8                           ; 10022f: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 100232: b8 88 10 10 00
    push 6                               ; 100237: 6a 06
    push eax                             ; 100239: 50
    call show                            ; 10023a: e8 82 ff ff ff
    add esp, 8                           ; 10023f: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 100242: b8 9c 10 10 00
    push 2                               ; 100247: 6a 02
    push eax                             ; 100249: 50
    call show                            ; 10024a: e8 72 ff ff ff
    add esp, 8                           ; 10024f: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 100252: b8 0c 30 10 00
    push 0xc                             ; 100257: 6a 0c
    push 0x9a                            ; 100259: 68 9a 00 00 00
    push 0xfffff                         ; 10025e: 68 ff ff 0f 00
    push 0                               ; 100263: 6a 00
    push eax                             ; 100265: 50
    call GdtEntry_set                    ; 100266: e8 e4 fe ff ff
    add esp, 0x14                        ; 10026b: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov edi, gdt+20                      ; 10026e: bf 14 30 10 00
    push 0xc                             ; 100273: 6a 0c
    push 0x92                            ; 100275: 68 92 00 00 00
    push 0xfffff                         ; 10027a: 68 ff ff 0f 00
    push 0x12345678                      ; 10027f: 68 78 56 34 12
    push edi                             ; 100284: 57
    call GdtEntry_set                    ; 100285: e8 c5 fe ff ff
    add esp, 0x14                        ; 10028a: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 10028d: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 100292: b8 b8 10 10 00
    push eax                             ; 100297: 50
    call print                           ; 100298: e8 dd fd ff ff
    add esp, 4                           ; 10029d: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002a0: 8b 43 0c
    push eax                             ; 1002a3: 50
    call printHex                        ; 1002a4: e8 47 fe ff ff
    add esp, 4                           ; 1002a9: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov esi, str_10                      ; 1002ac: be c4 10 10 00
    push esi                             ; 1002b1: 56
    call print                           ; 1002b2: e8 c3 fd ff ff
    add esp, 4                           ; 1002b7: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002ba: 8b 43 08
    push eax                             ; 1002bd: 50
    call printHex                        ; 1002be: e8 2d fe ff ff
    add esp, 4                           ; 1002c3: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002c6: b8 24 10 10 00
    push eax                             ; 1002cb: 50
    call println                         ; 1002cc: e8 cd fd ff ff
    add esp, 4                           ; 1002d1: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov dword [esp], str_11              ; 1002d4: c7 04 24 cc 10 10 00
    push edi                             ; 1002db: 57
    call GdtEntry_base                   ; 1002dc: e8 c5 fe ff ff
    add esp, 4                           ; 1002e1: 83 c4 04
    push eax                             ; 1002e4: 50
    push dword [esp+4]                   ; 1002e5: ff 74 24 04
    call show                            ; 1002e9: e8 d3 fe ff ff
    add esp, 8                           ; 1002ee: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 1002f1: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 1002fa: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov edi, pointer                     ; 100300: bf 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100305: b8 e0 10 10 00
    push eax                             ; 10030a: 50
    call print                           ; 10030b: e8 6a fd ff ff
    add esp, 4                           ; 100310: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [edi]                ; 100313: 0f b7 07
    push eax                             ; 100316: 50
    call printHex                        ; 100317: e8 d4 fd ff ff
    add esp, 4                           ; 10031c: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    push esi                             ; 10031f: 56
    call print                           ; 100320: e8 55 fd ff ff
    add esp, 4                           ; 100325: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [edi+2]                     ; 100328: 8b 47 02
    push eax                             ; 10032b: 50
    call printHex                        ; 10032c: e8 bf fd ff ff
    add esp, 4                           ; 100331: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    cmp ebx, [pointer+2]                 ; 100334: 3b 1d 1e 30 10 00
    jne short .L2                        ; 10033a: 75 07
    mov eax, str_13                      ; 10033c: b8 ec 10 10 00
    jmp short .L3                        ; 100341: eb 05
.L2:
    mov eax, str_14                      ; 100343: b8 fc 10 10 00
.L3:
    push eax                             ; 100348: 50
    call println                         ; 100349: e8 50 fd ff ff
    add esp, 4                           ; 10034e: 83 c4 04
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [0x200000], 7               ; 100351: c6 05 00 00 20 00 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [0x200004], 0xcafe         ; 100358: c7 05 04 00 20 00 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [0x200008], 1               ; 100362: c6 05 08 00 20 00 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov ecx, str_15                      ; 100369: b9 10 11 10 00
    mov eax, [0x200004]                  ; 10036e: a1 04 00 20 00
    push eax                             ; 100373: 50
    push ecx                             ; 100374: 51
    call show                            ; 100375: e8 47 fe ff ff
    add esp, 8                           ; 10037a: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 10037d: b8 20 11 10 00
    push eax                             ; 100382: 50
    call print                           ; 100383: e8 f2 fc ff ff
    add esp, 4                           ; 100388: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 10038b: a1 00 00 20 00
    push eax                             ; 100390: 50
    call printHex                        ; 100391: e8 5a fd ff ff
    add esp, 4                           ; 100396: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    push esi                             ; 100399: 56
    call print                           ; 10039a: e8 db fc ff ff
    add esp, 4                           ; 10039f: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003a2: a1 04 00 20 00
    push eax                             ; 1003a7: 50
    call printHex                        ; 1003a8: e8 43 fd ff ff
    add esp, 4                           ; 1003ad: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [0x200008]           ; 1003b0: 0f b6 05 08 00 20 00
    test eax, eax                        ; 1003b7: 85 c0
    je short .L6                         ; 1003b9: 74 07
    mov eax, str_17                      ; 1003bb: b8 30 11 10 00
    jmp short .L7                        ; 1003c0: eb 05
.L6:
    mov eax, str_18                      ; 1003c2: b8 40 11 10 00
.L7:
    push eax                             ; 1003c7: 50
    call println                         ; 1003c8: e8 d1 fc ff ff
    add esp, 4                           ; 1003cd: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003d0: 6a 00
    call exit                            ; 1003d2: e8 6e fd ff ff
    add esp, 4                           ; 1003d7: 83 c4 04
    ; test/golden/structs.ts:90: }
    add esp, 4                           ; 1003da: 83 c4 04
    pop edi                              ; 1003dd: 5f
    pop esi                              ; 1003de: 5e
    pop ebx                              ; 1003df: 5b
    ret                                  ; 1003e0: c3

boundsTrap:
    ; runtime/lib/trap.ts:25: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 1003e1: 53
    push esi                             ; 1003e2: 56
    mov esi, [esp+0xc]                   ; 1003e3: 8b 74 24 0c
    mov ebx, [esp+0x10]                  ; 1003e7: 8b 5c 24 10
    mov edx, [esp+0x14]                  ; 1003eb: 8b 54 24 14
    mov ecx, [esp+0x18]                  ; 1003ef: 8b 4c 24 18
    ; runtime/lib/trap.ts:26: boundsHandler(file, line, index, length);
    mov eax, [boundsHandler]             ; 1003f3: a1 00 20 10 00
    push ecx                             ; 1003f8: 51
    push edx                             ; 1003f9: 52
    push ebx                             ; 1003fa: 53
    push esi                             ; 1003fb: 56
    call eax                             ; 1003fc: ff d0
    add esp, 0x10                        ; 1003fe: 83 c4 10
    ; runtime/lib/trap.ts:27: cli();
    cli                                  ; 100401: fa
.L2:
    ; runtime/lib/trap.ts:28: while (true) hlt();
    hlt                                  ; 100402: f4
    jmp short .L2                        ; 100403: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:31: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebx                             ; 100405: 53
    push esi                             ; 100406: 56
    push edi                             ; 100407: 57
    mov ebx, [esp+0x14]                  ; 100408: 8b 5c 24 14
    mov edi, [esp+0x18]                  ; 10040c: 8b 7c 24 18
    mov esi, [esp+0x1c]                  ; 100410: 8b 74 24 1c
    ; runtime/lib/trap.ts:32: print("bounds check failed: index ");
    mov eax, str_19                      ; 100414: b8 50 11 10 00
    push eax                             ; 100419: 50
    call print                           ; 10041a: e8 5b fc ff ff
    add esp, 4                           ; 10041f: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(index);
    push edi                             ; 100422: 57
    call printU32                        ; 100423: e8 8e fc ff ff
    add esp, 4                           ; 100428: 83 c4 04
    ; runtime/lib/trap.ts:34: print(" is out of range for length ");
    mov eax, str_20                      ; 10042b: b8 70 11 10 00
    push eax                             ; 100430: 50
    call print                           ; 100431: e8 44 fc ff ff
    add esp, 4                           ; 100436: 83 c4 04
    ; runtime/lib/trap.ts:35: printU32(length);
    push esi                             ; 100439: 56
    call printU32                        ; 10043a: e8 77 fc ff ff
    add esp, 4                           ; 10043f: 83 c4 04
    ; runtime/lib/trap.ts:36: print(" at ");
    mov eax, str_21                      ; 100442: b8 90 11 10 00
    push eax                             ; 100447: 50
    call print                           ; 100448: e8 2d fc ff ff
    add esp, 4                           ; 10044d: 83 c4 04
    ; runtime/lib/trap.ts:37: print(file);
    push dword [esp+0x10]                ; 100450: ff 74 24 10
    call print                           ; 100454: e8 21 fc ff ff
    add esp, 4                           ; 100459: 83 c4 04
    ; runtime/lib/trap.ts:38: print(":");
    mov eax, str_22                      ; 10045c: b8 98 11 10 00
    push eax                             ; 100461: 50
    call print                           ; 100462: e8 13 fc ff ff
    add esp, 4                           ; 100467: 83 c4 04
    ; runtime/lib/trap.ts:39: printU32(line);
    push ebx                             ; 10046a: 53
    call printU32                        ; 10046b: e8 46 fc ff ff
    add esp, 4                           ; 100470: 83 c4 04
    ; runtime/lib/trap.ts:40: println("");
    mov eax, str_2                       ; 100473: b8 24 10 10 00
    push eax                             ; 100478: 50
    call println                         ; 100479: e8 20 fc ff ff
    add esp, 4                           ; 10047e: 83 c4 04
    ; runtime/lib/trap.ts:41: exit(TRAP_EXIT_CODE);
    push 0x65                            ; 100481: 6a 65
    call exit                            ; 100483: e8 bd fc ff ff
    add esp, 4                           ; 100488: 83 c4 04
    ; runtime/lib/trap.ts:42: }
    pop edi                              ; 10048b: 5f
    pop esi                              ; 10048c: 5e
    pop ebx                              ; 10048d: 5b
    ret                                  ; 10048e: c3

__tskc_init:
    mov dword [gdt], 3                   ; 10048f: c7 05 00 30 10 00 03 00 00 00
    ret                                  ; 100499: c3

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
