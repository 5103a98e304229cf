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
    call main                            ; 100042: e8 d2 01 00 00
    cli                                  ; 100047: fa
.L1:
    hlt                                  ; 100048: f4
    jmp short .L1                        ; 100049: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    push ebp                             ; 10004b: 55
    mov ebp, esp                         ; 10004c: 89 e5
    mov ecx, [ebp+8]                     ; 10004e: 8b 4d 08
.L1:
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 100051: ba fd 03 00 00
    in al, dx                            ; 100056: ec
    movzx eax, al                        ; 100057: 0f b6 c0
    and eax, 0x20                        ; 10005a: 83 e0 20
    movzx eax, al                        ; 10005d: 0f b6 c0
    cmp eax, 0                           ; 100060: 83 f8 00
    jne short .L3                        ; 100063: 75 04
    pause                                ; 100065: f3 90
    jmp short .L1                        ; 100067: eb e8
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 100069: 89 c8
    mov edx, 0x3f8                       ; 10006b: ba f8 03 00 00
    out dx, al                           ; 100070: ee
    ; runtime/lib/serial.ts:15: }
    pop ebp                              ; 100071: 5d
    ret                                  ; 100072: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebp                             ; 100073: 55
    mov ebp, esp                         ; 100074: 89 e5
    push ebx                             ; 100076: 53
    push esi                             ; 100077: 56
    mov ebx, [ebp+8]                     ; 100078: 8b 5d 08
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    mov esi, 0                           ; 10007b: be 00 00 00 00
.L1:
    mov eax, [ebx]                       ; 100080: 8b 03
    cmp esi, eax                         ; 100082: 39 c6
    jge short .L4                        ; 100084: 7d 16
    movzx eax, byte [ebx+esi+4]          ; 100086: 0f b6 44 33 04
    movzx eax, al                        ; 10008b: 0f b6 c0
    push eax                             ; 10008e: 50
    call putc                            ; 10008f: e8 b7 ff ff ff
    add esp, 4                           ; 100094: 83 c4 04
    add esi, 1                           ; 100097: 83 c6 01
    jmp short .L1                        ; 10009a: eb e4
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 10009c: 5e
    pop ebx                              ; 10009d: 5b
    pop ebp                              ; 10009e: 5d
    ret                                  ; 10009f: c3

println:
    ; runtime/lib/serial.ts:21: export function println(s: string): void {
    push ebp                             ; 1000a0: 55
    mov ebp, esp                         ; 1000a1: 89 e5
    mov eax, [ebp+8]                     ; 1000a3: 8b 45 08
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 1000a6: 50
    call print                           ; 1000a7: e8 c7 ff ff ff
    add esp, 4                           ; 1000ac: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1000af: 6a 0a
    call putc                            ; 1000b1: e8 95 ff ff ff
    add esp, 4                           ; 1000b6: 83 c4 04
    ; runtime/lib/serial.ts:24: }
    pop ebp                              ; 1000b9: 5d
    ret                                  ; 1000ba: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebp                             ; 1000bb: 55
    mov ebp, esp                         ; 1000bc: 89 e5
    push ebx                             ; 1000be: 53
    mov ebx, [ebp+8]                     ; 1000bf: 8b 5d 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 1000c2: 83 fb 0a
    jb short .L2                         ; 1000c5: 72 14
    mov ecx, 0xa                         ; 1000c7: b9 0a 00 00 00
    mov eax, ebx                         ; 1000cc: 89 d8
    xor edx, edx                         ; 1000ce: 31 d2
    div ecx                              ; 1000d0: f7 f1
    push eax                             ; 1000d2: 50
    call printU32                        ; 1000d3: e8 e3 ff ff ff
    add esp, 4                           ; 1000d8: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000db: b9 0a 00 00 00
    mov eax, ebx                         ; 1000e0: 89 d8
    xor edx, edx                         ; 1000e2: 31 d2
    div ecx                              ; 1000e4: f7 f1
    add edx, 0x30                        ; 1000e6: 83 c2 30
    movzx eax, dl                        ; 1000e9: 0f b6 c2
    push eax                             ; 1000ec: 50
    call putc                            ; 1000ed: e8 59 ff ff ff
    add esp, 4                           ; 1000f2: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000f5: 5b
    pop ebp                              ; 1000f6: 5d
    ret                                  ; 1000f7: c3

printHex:
    ; runtime/lib/serial.ts:46: export function printHex(n: u32): void {
    push ebp                             ; 1000f8: 55
    mov ebp, esp                         ; 1000f9: 89 e5
    push ebx                             ; 1000fb: 53
    push esi                             ; 1000fc: 56
    mov ebx, [ebp+8]                     ; 1000fd: 8b 5d 08
    ; runtime/lib/serial.ts:47: print("0x");
    mov eax, str_1                       ; 100100: b8 1c 10 10 00
    push eax                             ; 100105: 50
    call print                           ; 100106: e8 68 ff ff ff
    add esp, 4                           ; 10010b: 83 c4 04
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    mov esi, 0x1c                        ; 10010e: be 1c 00 00 00
.L2:
    ; runtime/lib/serial.ts:49: const digit = (n >> shift) & 15;
    mov eax, ebx                         ; 100113: 89 d8
    mov ecx, esi                         ; 100115: 89 f1
    shr eax, cl                          ; 100117: d3 e8
    and eax, 0xf                         ; 100119: 83 e0 0f
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    cmp eax, 0xa                         ; 10011c: 83 f8 0a
    jb short .L5                         ; 10011f: 72 0b
    jmp short .L6                        ; 100121: eb 10
.L3:
    ; runtime/lib/serial.ts:48: for (let shift: u32 = 28; ; shift -= 4) {
    sub esi, 4                           ; 100123: 83 ee 04
    jmp short .L2                        ; 100126: eb eb
.L4:
    ; runtime/lib/serial.ts:53: }
    pop esi                              ; 100128: 5e
    pop ebx                              ; 100129: 5b
    pop ebp                              ; 10012a: 5d
    ret                                  ; 10012b: c3
.L5:
    ; runtime/lib/serial.ts:50: putc(u8(digit < 10 ? 48 + digit : 87 + digit));
    mov ecx, eax                         ; 10012c: 89 c1
    add ecx, 0x30                        ; 10012e: 83 c1 30
    jmp short .L7                        ; 100131: eb 05
.L6:
    mov ecx, eax                         ; 100133: 89 c1
    add ecx, 0x57                        ; 100135: 83 c1 57
.L7:
    movzx eax, cl                        ; 100138: 0f b6 c1
    push eax                             ; 10013b: 50
    call putc                            ; 10013c: e8 0a ff ff ff
    add esp, 4                           ; 100141: 83 c4 04
    ; runtime/lib/serial.ts:51: if (shift == 0) break;
    cmp esi, 0                           ; 100144: 83 fe 00
    je short .L4                         ; 100147: 74 df
    jmp short .L3                        ; 100149: eb d8

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    push ebp                             ; 10014b: 55
    mov ebp, esp                         ; 10014c: 89 e5
    mov eax, [ebp+8]                     ; 10014e: 8b 45 08
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100151: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100153: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100154: f4
    jmp short .L2                        ; 100155: eb fd

GdtEntry_set:
    ; test/golden/structs.ts:16: set(base: u32, limit: u32, access: u8, flags: u8): void {
    push ebp                             ; 100157: 55
    mov ebp, esp                         ; 100158: 89 e5
    sub esp, 8                           ; 10015a: 83 ec 08
    push ebx                             ; 10015d: 53
    push esi                             ; 10015e: 56
    mov eax, [ebp+8]                     ; 10015f: 8b 45 08
    mov [ebp-4], eax                     ; 100162: 89 45 fc
    mov eax, [ebp+0xc]                   ; 100165: 8b 45 0c
    mov [ebp-8], eax                     ; 100168: 89 45 f8
    mov eax, [ebp+0x10]                  ; 10016b: 8b 45 10
    mov ecx, [ebp+0x14]                  ; 10016e: 8b 4d 14
    mov edx, [ebp+0x18]                  ; 100171: 8b 55 18
    ; test/golden/structs.ts:17: this.limitLow = u16(limit);
    movzx ebx, ax                        ; 100174: 0f b7 d8
    mov esi, [ebp-4]                     ; 100177: 8b 75 fc
    mov [esi], bx                        ; 10017a: 66 89 1e
    ; test/golden/structs.ts:18: this.baseLow = u16(base);
    mov ebx, [ebp-8]                     ; 10017d: 8b 5d f8
    movzx ebx, bx                        ; 100180: 0f b7 db
    mov esi, [ebp-4]                     ; 100183: 8b 75 fc
    mov [esi+2], bx                      ; 100186: 66 89 5e 02
    ; test/golden/structs.ts:19: this.baseMiddle = u8(base >> 16);
    mov ebx, [ebp-8]                     ; 10018a: 8b 5d f8
    shr ebx, 0x10                        ; 10018d: c1 eb 10
    movzx ebx, bl                        ; 100190: 0f b6 db
    mov esi, [ebp-4]                     ; 100193: 8b 75 fc
    mov [esi+4], bl                      ; 100196: 88 5e 04
    ; test/golden/structs.ts:20: this.access = access;
    mov ebx, [ebp-4]                     ; 100199: 8b 5d fc
    mov [ebx+5], cl                      ; 10019c: 88 4b 05
    ; test/golden/structs.ts:21: this.granularity = u8((limit >> 16) & 0x0f) | (flags << 4);
    shr eax, 0x10                        ; 10019f: c1 e8 10
    and eax, 0xf                         ; 1001a2: 83 e0 0f
    movzx eax, al                        ; 1001a5: 0f b6 c0
    shl edx, 4                           ; 1001a8: c1 e2 04
    movzx ecx, dl                        ; 1001ab: 0f b6 ca
    or eax, ecx                          ; 1001ae: 09 c8
    movzx eax, al                        ; 1001b0: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001b3: 8b 4d fc
    mov [ecx+6], al                      ; 1001b6: 88 41 06
    ; test/golden/structs.ts:22: this.baseHigh = u8(base >> 24);
    mov eax, [ebp-8]                     ; 1001b9: 8b 45 f8
    shr eax, 0x18                        ; 1001bc: c1 e8 18
    movzx eax, al                        ; 1001bf: 0f b6 c0
    mov ecx, [ebp-4]                     ; 1001c2: 8b 4d fc
    mov [ecx+7], al                      ; 1001c5: 88 41 07
    ; test/golden/structs.ts:23: }
    pop esi                              ; 1001c8: 5e
    pop ebx                              ; 1001c9: 5b
    leave                                ; 1001ca: c9
    ret                                  ; 1001cb: c3

GdtEntry_base:
    ; test/golden/structs.ts:25: base(): u32 {
    push ebp                             ; 1001cc: 55
    mov ebp, esp                         ; 1001cd: 89 e5
    mov eax, [ebp+8]                     ; 1001cf: 8b 45 08
    ; test/golden/structs.ts:26: return u32(this.baseLow) | (u32(this.baseMiddle) << 16) | (u32(this.baseHigh) << 24);
    movzx ecx, word [eax+2]              ; 1001d2: 0f b7 48 02
    movzx edx, byte [eax+4]              ; 1001d6: 0f b6 50 04
    shl edx, 0x10                        ; 1001da: c1 e2 10
    or ecx, edx                          ; 1001dd: 09 d1
    movzx eax, byte [eax+7]              ; 1001df: 0f b6 40 07
    shl eax, 0x18                        ; 1001e3: c1 e0 18
    or ecx, eax                          ; 1001e6: 09 c1
    mov eax, ecx                         ; 1001e8: 89 c8
    pop ebp                              ; 1001ea: 5d
    ret                                  ; 1001eb: c3

show:
    ; test/golden/structs.ts:46: function show(label: string, n: u32): void {
    push ebp                             ; 1001ec: 55
    mov ebp, esp                         ; 1001ed: 89 e5
    push ebx                             ; 1001ef: 53
    mov eax, [ebp+8]                     ; 1001f0: 8b 45 08
    mov ebx, [ebp+0xc]                   ; 1001f3: 8b 5d 0c
    ; test/golden/structs.ts:47: print(label);
    push eax                             ; 1001f6: 50
    call print                           ; 1001f7: e8 77 fe ff ff
    add esp, 4                           ; 1001fc: 83 c4 04
    ; test/golden/structs.ts:48: printU32(n);
    push ebx                             ; 1001ff: 53
    call printU32                        ; 100200: e8 b6 fe ff ff
    add esp, 4                           ; 100205: 83 c4 04
    ; test/golden/structs.ts:49: println("");
    mov eax, str_2                       ; 100208: b8 24 10 10 00
    push eax                             ; 10020d: 50
    call println                         ; 10020e: e8 8d fe ff ff
    add esp, 4                           ; 100213: 83 c4 04
    ; test/golden/structs.ts:50: }
    pop ebx                              ; 100216: 5b
    pop ebp                              ; 100217: 5d
    ret                                  ; 100218: c3

main:
    ; test/golden/structs.ts:53: show("sizeof GdtEntry ", sizeof<GdtEntry>());
    push ebp                             ; 100219: 55
    mov ebp, esp                         ; 10021a: 89 e5
    push ebx                             ; 10021c: 53
    push esi                             ; 10021d: 56
    mov eax, str_3                       ; 10021e: b8 28 10 10 00
    push 8                               ; 100223: 6a 08
    push eax                             ; 100225: 50
    call show                            ; 100226: e8 c1 ff ff ff
    add esp, 8                           ; 10022b: 83 c4 08
    ; test/golden/structs.ts:54: show("sizeof Padded ", sizeof<Padded>());
    mov eax, str_4                       ; 10022e: b8 3c 10 10 00
    push 0xc                             ; 100233: 6a 0c
    push eax                             ; 100235: 50
    call show                            ; 100236: e8 b1 ff ff ff
    add esp, 8                           ; 10023b: 83 c4 08
    ; test/golden/structs.ts:55: show("offsetof Padded.value ", offsetof<Padded>("value"));
    mov eax, str_5                       ; 10023e: b8 50 10 10 00
    push 4                               ; 100243: 6a 04
    push eax                             ; 100245: 50
    call show                            ; 100246: e8 a1 ff ff ff
    add esp, 8                           ; 10024b: 83 c4 08
    ; test/golden/structs.ts:56: show("offsetof Padded.flag ", offsetof<Padded>("flag"));
    mov eax, str_6                       ; 10024e: b8 6c 10 10 00
    push 8                               ; 100253: 6a 08
    push eax                             ; 100255: 50
    call show                            ; 100256: e8 91 ff ff ff
    add esp, 8                           ; 10025b: 83 c4 08
    ; test/golden/structs.ts:57: show("sizeof Pointer ", sizeof<Pointer>());
    mov eax, str_7                       ; 10025e: b8 88 10 10 00
    push 6                               ; 100263: 6a 06
    push eax                             ; 100265: 50
    call show                            ; 100266: e8 81 ff ff ff
    add esp, 8                           ; 10026b: 83 c4 08
    ; test/golden/structs.ts:58: show("offsetof Pointer.base ", offsetof<Pointer>("base"));
    mov eax, str_8                       ; 10026e: b8 9c 10 10 00
    push 2                               ; 100273: 6a 02
    push eax                             ; 100275: 50
    call show                            ; 100276: e8 71 ff ff ff
    add esp, 8                           ; 10027b: 83 c4 08
    ; test/golden/structs.ts:60: gdt[1].set(0, 0xfffff, 0x9a, 0xc);
    mov eax, gdt+12                      ; 10027e: b8 0c 30 10 00
    push 0xc                             ; 100283: 6a 0c
    push 0x9a                            ; 100285: 68 9a 00 00 00
    push 0xfffff                         ; 10028a: 68 ff ff 0f 00
    push 0                               ; 10028f: 6a 00
    push eax                             ; 100291: 50
    call GdtEntry_set                    ; 100292: e8 c0 fe ff ff
    add esp, 0x14                        ; 100297: 83 c4 14
    ; test/golden/structs.ts:61: gdt[2].set(0x12345678, 0xfffff, 0x92, 0xc);
    mov eax, gdt+20                      ; 10029a: b8 14 30 10 00
    push 0xc                             ; 10029f: 6a 0c
    push 0x92                            ; 1002a1: 68 92 00 00 00
    push 0xfffff                         ; 1002a6: 68 ff ff 0f 00
    push 0x12345678                      ; 1002ab: 68 78 56 34 12
    push eax                             ; 1002b0: 50
    call GdtEntry_set                    ; 1002b1: e8 a1 fe ff ff
    add esp, 0x14                        ; 1002b6: 83 c4 14
    ; test/golden/structs.ts:62: const raw = changetype<usize>(gdt);
    mov ebx, gdt+4                       ; 1002b9: bb 04 30 10 00
    ; test/golden/structs.ts:63: print("entry 1 ");
    mov eax, str_9                       ; 1002be: b8 b8 10 10 00
    push eax                             ; 1002c3: 50
    call print                           ; 1002c4: e8 aa fd ff ff
    add esp, 4                           ; 1002c9: 83 c4 04
    ; test/golden/structs.ts:64: printHex(load<u32>(raw, 12));
    mov eax, [ebx+0xc]                   ; 1002cc: 8b 43 0c
    push eax                             ; 1002cf: 50
    call printHex                        ; 1002d0: e8 23 fe ff ff
    add esp, 4                           ; 1002d5: 83 c4 04
    ; test/golden/structs.ts:65: print(" ");
    mov eax, str_10                      ; 1002d8: b8 c4 10 10 00
    push eax                             ; 1002dd: 50
    call print                           ; 1002de: e8 90 fd ff ff
    add esp, 4                           ; 1002e3: 83 c4 04
    ; test/golden/structs.ts:66: printHex(load<u32>(raw, 8));
    mov eax, [ebx+8]                     ; 1002e6: 8b 43 08
    push eax                             ; 1002e9: 50
    call printHex                        ; 1002ea: e8 09 fe ff ff
    add esp, 4                           ; 1002ef: 83 c4 04
    ; test/golden/structs.ts:67: println("");
    mov eax, str_2                       ; 1002f2: b8 24 10 10 00
    push eax                             ; 1002f7: 50
    call println                         ; 1002f8: e8 a3 fd ff ff
    add esp, 4                           ; 1002fd: 83 c4 04
    ; test/golden/structs.ts:68: show("entry 2 base ", gdt[2].base());
    mov esi, str_11                      ; 100300: be cc 10 10 00
    mov eax, gdt+20                      ; 100305: b8 14 30 10 00
    push eax                             ; 10030a: 50
    call GdtEntry_base                   ; 10030b: e8 bc fe ff ff
    add esp, 4                           ; 100310: 83 c4 04
    push eax                             ; 100313: 50
    push esi                             ; 100314: 56
    call show                            ; 100315: e8 d2 fe ff ff
    add esp, 8                           ; 10031a: 83 c4 08
    ; test/golden/structs.ts:70: pointer.limit = u16(gdt.length * 8 - 1);
    mov word [pointer], 0x17             ; 10031d: 66 c7 05 1c 30 10 00 17 00
    ; test/golden/structs.ts:71: pointer.base = raw;
    mov [pointer+2], ebx                 ; 100326: 89 1d 1e 30 10 00
    ; test/golden/structs.ts:72: const bytes = changetype<usize>(pointer);
    mov esi, pointer                     ; 10032c: be 1c 30 10 00
    ; test/golden/structs.ts:73: print("pointer ");
    mov eax, str_12                      ; 100331: b8 e0 10 10 00
    push eax                             ; 100336: 50
    call print                           ; 100337: e8 37 fd ff ff
    add esp, 4                           ; 10033c: 83 c4 04
    ; test/golden/structs.ts:74: printHex(u32(load<u16>(bytes)));
    movzx eax, word [esi]                ; 10033f: 0f b7 06
    push eax                             ; 100342: 50
    call printHex                        ; 100343: e8 b0 fd ff ff
    add esp, 4                           ; 100348: 83 c4 04
    ; test/golden/structs.ts:75: print(" ");
    mov eax, str_10                      ; 10034b: b8 c4 10 10 00
    push eax                             ; 100350: 50
    call print                           ; 100351: e8 1d fd ff ff
    add esp, 4                           ; 100356: 83 c4 04
    ; test/golden/structs.ts:76: printHex(load<u32>(bytes, 2));
    mov eax, [esi+2]                     ; 100359: 8b 46 02
    push eax                             ; 10035c: 50
    call printHex                        ; 10035d: e8 96 fd ff ff
    add esp, 4                           ; 100362: 83 c4 04
    ; test/golden/structs.ts:77: println(raw == pointer.base ? " (base ok)" : " (base wrong)");
    mov eax, [pointer+2]                 ; 100365: a1 1e 30 10 00
    cmp ebx, eax                         ; 10036a: 39 c3
    jne short .L2                        ; 10036c: 75 07
    mov eax, str_13                      ; 10036e: b8 ec 10 10 00
    jmp short .L3                        ; 100373: eb 05
.L2:
    mov eax, str_14                      ; 100375: b8 fc 10 10 00
.L3:
    push eax                             ; 10037a: 50
    call println                         ; 10037b: e8 20 fd ff ff
    add esp, 4                           ; 100380: 83 c4 04
    ; test/golden/structs.ts:79: const view = changetype<Padded>(0x200000);
    mov ebx, 0x200000                    ; 100383: bb 00 00 20 00
    ; test/golden/structs.ts:80: view.tag = 7;
    mov byte [ebx], 7                    ; 100388: c6 03 07
    ; test/golden/structs.ts:81: view.value = 0xcafe;
    mov dword [ebx+4], 0xcafe            ; 10038b: c7 43 04 fe ca 00 00
    ; test/golden/structs.ts:82: view.flag = true;
    mov byte [ebx+8], 1                  ; 100392: c6 43 08 01
    ; test/golden/structs.ts:83: show("view.value ", view.value);
    mov eax, str_15                      ; 100396: b8 10 11 10 00
    mov ecx, [ebx+4]                     ; 10039b: 8b 4b 04
    push ecx                             ; 10039e: 51
    push eax                             ; 10039f: 50
    call show                            ; 1003a0: e8 47 fe ff ff
    add esp, 8                           ; 1003a5: 83 c4 08
    ; test/golden/structs.ts:84: print("view bytes ");
    mov eax, str_16                      ; 1003a8: b8 20 11 10 00
    push eax                             ; 1003ad: 50
    call print                           ; 1003ae: e8 c0 fc ff ff
    add esp, 4                           ; 1003b3: 83 c4 04
    ; test/golden/structs.ts:85: printHex(load<u32>(0x200000));
    mov eax, [0x200000]                  ; 1003b6: a1 00 00 20 00
    push eax                             ; 1003bb: 50
    call printHex                        ; 1003bc: e8 37 fd ff ff
    add esp, 4                           ; 1003c1: 83 c4 04
    ; test/golden/structs.ts:86: print(" ");
    mov eax, str_10                      ; 1003c4: b8 c4 10 10 00
    push eax                             ; 1003c9: 50
    call print                           ; 1003ca: e8 a4 fc ff ff
    add esp, 4                           ; 1003cf: 83 c4 04
    ; test/golden/structs.ts:87: printHex(load<u32>(0x200004));
    mov eax, [0x200004]                  ; 1003d2: a1 04 00 20 00
    push eax                             ; 1003d7: 50
    call printHex                        ; 1003d8: e8 1b fd ff ff
    add esp, 4                           ; 1003dd: 83 c4 04
    ; test/golden/structs.ts:88: println(view.flag ? " flag set" : " flag clear");
    movzx eax, byte [ebx+8]              ; 1003e0: 0f b6 43 08
    test eax, eax                        ; 1003e4: 85 c0
    je short .L6                         ; 1003e6: 74 07
    mov eax, str_17                      ; 1003e8: b8 30 11 10 00
    jmp short .L7                        ; 1003ed: eb 05
.L6:
    mov eax, str_18                      ; 1003ef: b8 40 11 10 00
.L7:
    push eax                             ; 1003f4: 50
    call println                         ; 1003f5: e8 a6 fc ff ff
    add esp, 4                           ; 1003fa: 83 c4 04
    ; test/golden/structs.ts:89: exit(0);
    push 0                               ; 1003fd: 6a 00
    call exit                            ; 1003ff: e8 47 fd ff ff
    add esp, 4                           ; 100404: 83 c4 04
    ; test/golden/structs.ts:90: }
    pop esi                              ; 100407: 5e
    pop ebx                              ; 100408: 5b
    pop ebp                              ; 100409: 5d
    ret                                  ; 10040a: c3

boundsTrap:
    ; runtime/lib/trap.ts:19: export function boundsTrap(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10040b: 55
    mov ebp, esp                         ; 10040c: 89 e5
    push ebx                             ; 10040e: 53
    push esi                             ; 10040f: 56
    mov eax, [ebp+8]                     ; 100410: 8b 45 08
    mov ecx, [ebp+0xc]                   ; 100413: 8b 4d 0c
    mov edx, [ebp+0x10]                  ; 100416: 8b 55 10
    mov ebx, [ebp+0x14]                  ; 100419: 8b 5d 14
    ; runtime/lib/trap.ts:20: boundsHandler(file, line, index, length);
    mov esi, [boundsHandler]             ; 10041c: 8b 35 00 20 10 00
    push ebx                             ; 100422: 53
    push edx                             ; 100423: 52
    push ecx                             ; 100424: 51
    push eax                             ; 100425: 50
    call esi                             ; 100426: ff d6
    add esp, 0x10                        ; 100428: 83 c4 10
    ; runtime/lib/trap.ts:21: cli();
    cli                                  ; 10042b: fa
.L2:
    ; runtime/lib/trap.ts:22: while (true) hlt();
    hlt                                  ; 10042c: f4
    jmp short .L2                        ; 10042d: eb fd

reportOutOfBounds:
    ; runtime/lib/trap.ts:25: function reportOutOfBounds(file: string, line: u32, index: u32, length: u32): void {
    push ebp                             ; 10042f: 55
    mov ebp, esp                         ; 100430: 89 e5
    sub esp, 4                           ; 100432: 83 ec 04
    push ebx                             ; 100435: 53
    push esi                             ; 100436: 56
    push edi                             ; 100437: 57
    mov ebx, [ebp+8]                     ; 100438: 8b 5d 08
    mov eax, [ebp+0xc]                   ; 10043b: 8b 45 0c
    mov [ebp-4], eax                     ; 10043e: 89 45 fc
    mov esi, [ebp+0x10]                  ; 100441: 8b 75 10
    mov edi, [ebp+0x14]                  ; 100444: 8b 7d 14
    ; runtime/lib/trap.ts:26: print("bounds check failed: index ");
    mov eax, str_19                      ; 100447: b8 50 11 10 00
    push eax                             ; 10044c: 50
    call print                           ; 10044d: e8 21 fc ff ff
    add esp, 4                           ; 100452: 83 c4 04
    ; runtime/lib/trap.ts:27: printU32(index);
    push esi                             ; 100455: 56
    call printU32                        ; 100456: e8 60 fc ff ff
    add esp, 4                           ; 10045b: 83 c4 04
    ; runtime/lib/trap.ts:28: print(" is out of range for length ");
    mov eax, str_20                      ; 10045e: b8 70 11 10 00
    push eax                             ; 100463: 50
    call print                           ; 100464: e8 0a fc ff ff
    add esp, 4                           ; 100469: 83 c4 04
    ; runtime/lib/trap.ts:29: printU32(length);
    push edi                             ; 10046c: 57
    call printU32                        ; 10046d: e8 49 fc ff ff
    add esp, 4                           ; 100472: 83 c4 04
    ; runtime/lib/trap.ts:30: print(" at ");
    mov eax, str_21                      ; 100475: b8 90 11 10 00
    push eax                             ; 10047a: 50
    call print                           ; 10047b: e8 f3 fb ff ff
    add esp, 4                           ; 100480: 83 c4 04
    ; runtime/lib/trap.ts:31: print(file);
    push ebx                             ; 100483: 53
    call print                           ; 100484: e8 ea fb ff ff
    add esp, 4                           ; 100489: 83 c4 04
    ; runtime/lib/trap.ts:32: print(":");
    mov eax, str_22                      ; 10048c: b8 98 11 10 00
    push eax                             ; 100491: 50
    call print                           ; 100492: e8 dc fb ff ff
    add esp, 4                           ; 100497: 83 c4 04
    ; runtime/lib/trap.ts:33: printU32(line);
    mov eax, [ebp-4]                     ; 10049a: 8b 45 fc
    push eax                             ; 10049d: 50
    call printU32                        ; 10049e: e8 18 fc ff ff
    add esp, 4                           ; 1004a3: 83 c4 04
    ; runtime/lib/trap.ts:34: println("");
    mov eax, str_2                       ; 1004a6: b8 24 10 10 00
    push eax                             ; 1004ab: 50
    call println                         ; 1004ac: e8 ef fb ff ff
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
