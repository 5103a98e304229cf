; tskc 0.1.0 listing of test/golden/control.ts
; `nasm -f bin` on this file reproduces the flat binary byte for byte.
bits 32
org 0x100000

; multiboot header: magic, flags (a.out kludge), checksum, header/load/load_end/bss_end/entry addresses
    dd 0x1badb002, 0x10003, 0xe4514ffb, 0x100000, 0x100000, 0x102000, 0x106000, 0x100020

_start:
    mov esp, __stack+16384               ; 100020: bc 00 60 10 00
    mov esi, eax                         ; 100025: 89 c6
    cld                                  ; 100027: fc
    mov edi, __bss_start                 ; 100028: bf 00 20 10 00
    mov ecx, __bss_end                   ; 10002d: b9 00 60 10 00
    sub ecx, edi                         ; 100032: 29 f9
    shr ecx, 2                           ; 100034: c1 e9 02
    xor eax, eax                         ; 100037: 31 c0
    rep stosd                            ; 100039: f3 ab
    push ebx                             ; 10003b: 53
    push esi                             ; 10003c: 56
    call main                            ; 10003d: e8 f0 00 00 00
    cli                                  ; 100042: fa
.L1:
    hlt                                  ; 100043: f4
    jmp short .L1                        ; 100044: eb fd

putc:
    ; runtime/lib/serial.ts:12: export function putc(c: u8): void {
    mov ecx, [esp+4]                     ; 100046: 8b 4c 24 04
    ; runtime/lib/serial.ts:13: while ((inb(LINE_STATUS) & TRANSMIT_EMPTY) == 0) pause();
    mov edx, 0x3fd                       ; 10004a: ba fd 03 00 00
    in al, dx                            ; 10004f: ec
    movzx eax, al                        ; 100050: 0f b6 c0
    and eax, 0x20                        ; 100053: 83 e0 20
    test eax, eax                        ; 100056: 85 c0
    jne short .L3                        ; 100058: 75 12
.L2:
    pause                                ; 10005a: f3 90
    mov edx, 0x3fd                       ; 10005c: ba fd 03 00 00
    in al, dx                            ; 100061: ec
    movzx eax, al                        ; 100062: 0f b6 c0
    and eax, 0x20                        ; 100065: 83 e0 20
    test eax, eax                        ; 100068: 85 c0
    je short .L2                         ; 10006a: 74 ee
.L3:
    ; runtime/lib/serial.ts:14: outb(COM1, c);
    mov eax, ecx                         ; 10006c: 89 c8
    mov edx, 0x3f8                       ; 10006e: ba f8 03 00 00
    out dx, al                           ; 100073: ee
    ; runtime/lib/serial.ts:15: }
    ret                                  ; 100074: c3

print:
    ; runtime/lib/serial.ts:17: export function print(s: string): void {
    push ebx                             ; 100075: 53
    push esi                             ; 100076: 56
    mov esi, [esp+0xc]                   ; 100077: 8b 74 24 0c
    xor ebx, ebx                         ; 10007b: 31 db
    ; runtime/lib/serial.ts:18: for (let i = 0; i < s.length; i++) putc(u8(s.charCodeAt(i)));
    cmp dword [esi], 0                   ; 10007d: 83 3e 00
    jle short .L4                        ; 100080: 7e 15
.L7:
    movzx eax, byte [esi+ebx+4]          ; 100082: 0f b6 44 1e 04
    push eax                             ; 100087: 50
    call putc                            ; 100088: e8 b9 ff ff ff
    add esp, 4                           ; 10008d: 83 c4 04
    add ebx, 1                           ; 100090: 83 c3 01
    cmp ebx, [esi]                       ; 100093: 3b 1e
    jl short .L7                         ; 100095: 7c eb
.L4:
    ; runtime/lib/serial.ts:19: }
    pop esi                              ; 100097: 5e
    pop ebx                              ; 100098: 5b
    ret                                  ; 100099: c3

printU32:
    ; runtime/lib/serial.ts:31: export function printU32(n: u32): void {
    push ebx                             ; 10009a: 53
    mov ebx, [esp+8]                     ; 10009b: 8b 5c 24 08
    ; runtime/lib/serial.ts:32: if (n >= 10) printU32(u32(n / 10));
    cmp ebx, 0xa                         ; 10009f: 83 fb 0a
    jb short .L2                         ; 1000a2: 72 14
    mov ecx, 0xa                         ; 1000a4: b9 0a 00 00 00
    mov eax, ebx                         ; 1000a9: 89 d8
    xor edx, edx                         ; 1000ab: 31 d2
    div ecx                              ; 1000ad: f7 f1
    push eax                             ; 1000af: 50
    call printU32                        ; 1000b0: e8 e5 ff ff ff
    add esp, 4                           ; 1000b5: 83 c4 04
.L2:
    ; runtime/lib/serial.ts:33: putc(u8(48 + n % 10));
    mov ecx, 0xa                         ; 1000b8: b9 0a 00 00 00
    mov eax, ebx                         ; 1000bd: 89 d8
    xor edx, edx                         ; 1000bf: 31 d2
    div ecx                              ; 1000c1: f7 f1
    lea eax, [edx+0x30]                  ; 1000c3: 8d 42 30
    movzx eax, al                        ; 1000c6: 0f b6 c0
    push eax                             ; 1000c9: 50
    call putc                            ; 1000ca: e8 77 ff ff ff
    add esp, 4                           ; 1000cf: 83 c4 04
    ; runtime/lib/serial.ts:34: }
    pop ebx                              ; 1000d2: 5b
    ret                                  ; 1000d3: c3

printI32:
    ; runtime/lib/serial.ts:36: export function printI32(n: i32): void {
    push ebx                             ; 1000d4: 53
    mov ebx, [esp+8]                     ; 1000d5: 8b 5c 24 08
    ; runtime/lib/serial.ts:37: if (n < 0) {
    test ebx, ebx                        ; 1000d9: 85 db
    jge short .L2                        ; 1000db: 7d 17
    ; runtime/lib/serial.ts:38: putc(45); // '-'
    push 0x2d                            ; 1000dd: 6a 2d
    call putc                            ; 1000df: e8 62 ff ff ff
    add esp, 4                           ; 1000e4: 83 c4 04
    ; runtime/lib/serial.ts:39: printU32(u32(-n)); // -(-2^31) wraps to itself, which u32 reads as 2^31
    neg ebx                              ; 1000e7: f7 db
    push ebx                             ; 1000e9: 53
    call printU32                        ; 1000ea: e8 ab ff ff ff
    add esp, 4                           ; 1000ef: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000f2: 5b
    ret                                  ; 1000f3: c3
.L2:
    ; runtime/lib/serial.ts:41: printU32(u32(n));
    push ebx                             ; 1000f4: 53
    call printU32                        ; 1000f5: e8 a0 ff ff ff
    add esp, 4                           ; 1000fa: 83 c4 04
    ; runtime/lib/serial.ts:43: }
    pop ebx                              ; 1000fd: 5b
    ret                                  ; 1000fe: c3

exit:
    ; runtime/lib/exit.ts:6: export function exit(code: u8): void {
    mov eax, [esp+4]                     ; 1000ff: 8b 44 24 04
    ; runtime/lib/exit.ts:7: outb(0xf4, code);
    out 0xf4, al                         ; 100103: e6 f4
    ; runtime/lib/exit.ts:8: cli();
    cli                                  ; 100105: fa
.L2:
    ; runtime/lib/exit.ts:9: while (true) hlt();
    hlt                                  ; 100106: f4
    jmp short .L2                        ; 100107: eb fd

classify:
    ; test/golden/control.ts:7: function classify(n: i32): string {
    mov eax, [esp+4]                     ; 100109: 8b 44 24 04
    ; test/golden/control.ts:8: if (n < 0) return "negative";
    test eax, eax                        ; 10010d: 85 c0
    jge short .L2                        ; 10010f: 7d 06
    mov eax, str_2                       ; 100111: b8 00 10 10 00
    ret                                  ; 100116: c3
.L2:
    ; test/golden/control.ts:9: else if (n == 0) return "zero";
    test eax, eax                        ; 100117: 85 c0
    jne short .L7                        ; 100119: 75 0c
    mov eax, str_3                       ; 10011b: b8 0c 10 10 00
    ret                                  ; 100120: c3
.L3:
    ; test/golden/control.ts:11: return "large";
    mov eax, str_5                       ; 100121: b8 20 10 10 00
    ret                                  ; 100126: c3
.L7:
    ; test/golden/control.ts:10: else if (n < 10) return "small";
    cmp eax, 0xa                         ; 100127: 83 f8 0a
    jge short .L3                        ; 10012a: 7d f5
    mov eax, str_4                       ; 10012c: b8 14 10 10 00
    ret                                  ; 100131: c3

main:
    ; test/golden/control.ts:61: println(classify(-5));
    push ebx                             ; 100132: 53
    push esi                             ; 100133: 56
    push edi                             ; 100134: 57
    push 0xfffffffb                      ; 100135: 6a fb
    call classify                        ; 100137: e8 cd ff ff ff
    add esp, 4                           ; 10013c: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10013f: 50
    call print                           ; 100140: e8 30 ff ff ff
    add esp, 4                           ; 100145: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100148: 6a 0a
    call putc                            ; 10014a: e8 f7 fe ff ff
    add esp, 4                           ; 10014f: 83 c4 04
    ; test/golden/control.ts:62: println(classify(0));
    push 0                               ; 100152: 6a 00
    call classify                        ; 100154: e8 b0 ff ff ff
    add esp, 4                           ; 100159: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 10015c: 50
    call print                           ; 10015d: e8 13 ff ff ff
    add esp, 4                           ; 100162: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100165: 6a 0a
    call putc                            ; 100167: e8 da fe ff ff
    add esp, 4                           ; 10016c: 83 c4 04
    ; test/golden/control.ts:63: println(classify(7));
    push 7                               ; 10016f: 6a 07
    call classify                        ; 100171: e8 93 ff ff ff
    add esp, 4                           ; 100176: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100179: 50
    call print                           ; 10017a: e8 f6 fe ff ff
    add esp, 4                           ; 10017f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100182: 6a 0a
    call putc                            ; 100184: e8 bd fe ff ff
    add esp, 4                           ; 100189: 83 c4 04
    ; test/golden/control.ts:64: println(classify(100));
    push 0x64                            ; 10018c: 6a 64
    call classify                        ; 10018e: e8 76 ff ff ff
    add esp, 4                           ; 100193: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push eax                             ; 100196: 50
    call print                           ; 100197: e8 d9 fe ff ff
    add esp, 4                           ; 10019c: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10019f: 6a 0a
    call putc                            ; 1001a1: e8 a0 fe ff ff
    add esp, 4                           ; 1001a6: 83 c4 04
    ; test/golden/control.ts:65: if (loud(false, "a") && loud(true, "b")) print("!");
    mov eax, str_16                      ; 1001a9: b8 70 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001ae: 50
    call print                           ; 1001af: e8 c1 fe ff ff
    add esp, 4                           ; 1001b4: 83 c4 04
    ; test/golden/control.ts:66: println("");
    mov esi, str_7                       ; 1001b7: be 38 10 10 00
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001bc: 56
    call print                           ; 1001bd: e8 b3 fe ff ff
    add esp, 4                           ; 1001c2: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001c5: 6a 0a
    call putc                            ; 1001c7: e8 7a fe ff ff
    add esp, 4                           ; 1001cc: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov eax, str_19                      ; 1001cf: b8 80 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 1001d4: 50
    call print                           ; 1001d5: e8 9b fe ff ff
    add esp, 4                           ; 1001da: 83 c4 04
    ; test/golden/control.ts:67: if (loud(true, "c") || loud(true, "d")) print("!");
    mov ebx, str_18                      ; 1001dd: bb 78 10 10 00
    push ebx                             ; 1001e2: 53
    call print                           ; 1001e3: e8 8d fe ff ff
    add esp, 4                           ; 1001e8: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1001eb: 56
    call print                           ; 1001ec: e8 84 fe ff ff
    add esp, 4                           ; 1001f1: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1001f4: 6a 0a
    call putc                            ; 1001f6: e8 4b fe ff ff
    add esp, 4                           ; 1001fb: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_21                      ; 1001fe: b8 88 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100203: 50
    call print                           ; 100204: e8 6c fe ff ff
    add esp, 4                           ; 100209: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_22                      ; 10020c: b8 90 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 100211: 50
    call print                           ; 100212: e8 5e fe ff ff
    add esp, 4                           ; 100217: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    mov eax, str_23                      ; 10021a: b8 98 10 10 00
    ; test/golden/control.ts:16: print(name);
    push eax                             ; 10021f: 50
    call print                           ; 100220: e8 50 fe ff ff
    add esp, 4                           ; 100225: 83 c4 04
    ; test/golden/control.ts:69: if (!loud(false, "e") && !(loud(true, "f") && loud(false, "g"))) print("!");
    push ebx                             ; 100228: 53
    call print                           ; 100229: e8 47 fe ff ff
    add esp, 4                           ; 10022e: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100231: 56
    call print                           ; 100232: e8 3e fe ff ff
    add esp, 4                           ; 100237: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 10023a: 6a 0a
    call putc                            ; 10023c: e8 05 fe ff ff
    add esp, 4                           ; 100241: 83 c4 04
    xor ebx, ebx                         ; 100244: 31 db
    xor ecx, ecx                         ; 100246: 31 c9
.L63:
    ; test/golden/control.ts:24: i++;
    add ecx, 1                           ; 100248: 83 c1 01
    ; test/golden/control.ts:25: if (i % 2 == 0) continue;
    mov edi, 2                           ; 10024b: bf 02 00 00 00
    mov eax, ecx                         ; 100250: 89 c8
    cdq                                  ; 100252: 99
    idiv edi                             ; 100253: f7 ff
    test edx, edx                        ; 100255: 85 d2
    jne near .L70                        ; 100257: 0f 85 11 01 00 00
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 10025d: 83 f9 0a
    jl short .L63                        ; 100260: 7c e6
.L64:
    ; test/golden/control.ts:28: print("odd sum ");
    mov eax, str_6                       ; 100262: b8 2c 10 10 00
    push eax                             ; 100267: 50
    call print                           ; 100268: e8 08 fe ff ff
    add esp, 4                           ; 10026d: 83 c4 04
    ; test/golden/control.ts:29: printI32(sum);
    push ebx                             ; 100270: 53
    call printI32                        ; 100271: e8 5e fe ff ff
    add esp, 4                           ; 100276: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100279: 56
    call print                           ; 10027a: e8 f6 fd ff ff
    add esp, 4                           ; 10027f: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100282: 6a 0a
    call putc                            ; 100284: e8 bd fd ff ff
    add esp, 4                           ; 100289: 83 c4 04
    ; test/golden/control.ts:36: print("do ran ");
    mov eax, str_8                       ; 10028c: b8 3c 10 10 00
    push eax                             ; 100291: 50
    call print                           ; 100292: e8 de fd ff ff
    add esp, 4                           ; 100297: 83 c4 04
    ; test/golden/control.ts:37: printI32(count);
    push 1                               ; 10029a: 6a 01
    call printI32                        ; 10029c: e8 33 fe ff ff
    add esp, 4                           ; 1002a1: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002a4: 56
    call print                           ; 1002a5: e8 cb fd ff ff
    add esp, 4                           ; 1002aa: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002ad: 6a 0a
    call putc                            ; 1002af: e8 92 fd ff ff
    add esp, 4                           ; 1002b4: 83 c4 04
    xor ebx, ebx                         ; 1002b7: 31 db
    xor eax, eax                         ; 1002b9: 31 c0
.L81:
    xor ecx, ecx                         ; 1002bb: 31 c9
.L89:
    ; test/golden/control.ts:43: if (b > a) continue outer;
    cmp ecx, eax                         ; 1002bd: 39 c1
    jg short .L82                        ; 1002bf: 7f 13
    ; test/golden/control.ts:44: if (a + b > 12) break outer;
    lea edx, [eax+ecx]                   ; 1002c1: 8d 14 08
    cmp edx, 0xc                         ; 1002c4: 83 fa 0c
    jg short .L83                        ; 1002c7: 7f 13
    ; test/golden/control.ts:45: pairs++;
    add ebx, 1                           ; 1002c9: 83 c3 01
    ; test/golden/control.ts:42: for (let b = 0; b < n; b++) {
    add ecx, 1                           ; 1002cc: 83 c1 01
    cmp ecx, 0xa                         ; 1002cf: 83 f9 0a
    jl short .L89                        ; 1002d2: 7c e9
.L82:
    ; test/golden/control.ts:41: outer: for (let a = 0; a < n; a++) {
    add eax, 1                           ; 1002d4: 83 c0 01
    cmp eax, 0xa                         ; 1002d7: 83 f8 0a
    jl short .L81                        ; 1002da: 7c df
.L83:
    ; test/golden/control.ts:48: print("pairs ");
    mov eax, str_9                       ; 1002dc: b8 48 10 10 00
    push eax                             ; 1002e1: 50
    call print                           ; 1002e2: e8 8e fd ff ff
    add esp, 4                           ; 1002e7: 83 c4 04
    ; test/golden/control.ts:49: printI32(pairs);
    push ebx                             ; 1002ea: 53
    call printI32                        ; 1002eb: e8 e4 fd ff ff
    add esp, 4                           ; 1002f0: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 1002f3: 56
    call print                           ; 1002f4: e8 7c fd ff ff
    add esp, 4                           ; 1002f9: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 1002fc: 6a 0a
    call putc                            ; 1002fe: e8 43 fd ff ff
    add esp, 4                           ; 100303: 83 c4 04
    ; test/golden/control.ts:54: print(s < 1 ? "s<1 " : "s>=1 ");
    mov eax, str_10                      ; 100306: b8 54 10 10 00
    push eax                             ; 10030b: 50
    call print                           ; 10030c: e8 64 fd ff ff
    add esp, 4                           ; 100311: 83 c4 04
    ; test/golden/control.ts:55: print(u < 1 ? "u<1 " : "u>=1 ");
    mov eax, str_13                      ; 100314: b8 5c 10 10 00
    push eax                             ; 100319: 50
    call print                           ; 10031a: e8 56 fd ff ff
    add esp, 4                           ; 10031f: 83 c4 04
    ; test/golden/control.ts:56: print(s >= -1 && u > 4000000000 ? "both" : "not both");
    mov eax, str_14                      ; 100322: b8 68 10 10 00
    push eax                             ; 100327: 50
    call print                           ; 100328: e8 48 fd ff ff
    add esp, 4                           ; 10032d: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 100330: 56
    call print                           ; 100331: e8 3f fd ff ff
    add esp, 4                           ; 100336: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100339: 6a 0a
    call putc                            ; 10033b: e8 06 fd ff ff
    add esp, 4                           ; 100340: 83 c4 04
    ; test/golden/control.ts:73: printU32(0);
    push 0                               ; 100343: 6a 00
    call printU32                        ; 100345: e8 50 fd ff ff
    add esp, 4                           ; 10034a: 83 c4 04
    ; runtime/lib/serial.ts:22: print(s);
    push esi                             ; 10034d: 56
    call print                           ; 10034e: e8 22 fd ff ff
    add esp, 4                           ; 100353: 83 c4 04
    ; runtime/lib/serial.ts:23: putc(10);
    push 0xa                             ; 100356: 6a 0a
    call putc                            ; 100358: e8 e9 fc ff ff
    add esp, 4                           ; 10035d: 83 c4 04
    ; test/golden/control.ts:75: exit(0);
    push 0                               ; 100360: 6a 00
    call exit                            ; 100362: e8 98 fd ff ff
    add esp, 4                           ; 100367: 83 c4 04
    ; test/golden/control.ts:76: }
    pop edi                              ; 10036a: 5f
    pop esi                              ; 10036b: 5e
    pop ebx                              ; 10036c: 5b
    ret                                  ; 10036d: c3
.L70:
    ; test/golden/control.ts:26: sum += i;
    add ebx, ecx                         ; 10036e: 01 cb
    ; test/golden/control.ts:23: while (i < n) {
    cmp ecx, 0xa                         ; 100370: 83 f9 0a
    jl near .L63                         ; 100373: 0f 8c cf fe ff ff
    jmp .L64                             ; 100379: e9 e4 fe ff ff

; .rodata
    times 0x1000 - ($ - $$) db 0
str_2:  ; "negative"
    db 0x8, 0x0, 0x0, 0x0, 0x6e, 0x65, 0x67, 0x61, 0x74, 0x69, 0x76, 0x65
    times 0x100c - ($ - $$) db 0
str_3:  ; "zero"
    db 0x4, 0x0, 0x0, 0x0, 0x7a, 0x65, 0x72, 0x6f
    times 0x1014 - ($ - $$) db 0
str_4:  ; "small"
    db 0x5, 0x0, 0x0, 0x0, 0x73, 0x6d, 0x61, 0x6c, 0x6c
    times 0x1020 - ($ - $$) db 0
str_5:  ; "large"
    db 0x5, 0x0, 0x0, 0x0, 0x6c, 0x61, 0x72, 0x67, 0x65
    times 0x102c - ($ - $$) db 0
str_6:  ; "odd sum "
    db 0x8, 0x0, 0x0, 0x0, 0x6f, 0x64, 0x64, 0x20, 0x73, 0x75, 0x6d, 0x20
    times 0x1038 - ($ - $$) db 0
str_7:  ; ""
    db 0x0, 0x0, 0x0, 0x0
    times 0x103c - ($ - $$) db 0
str_8:  ; "do ran "
    db 0x7, 0x0, 0x0, 0x0, 0x64, 0x6f, 0x20, 0x72, 0x61, 0x6e, 0x20
    times 0x1048 - ($ - $$) db 0
str_9:  ; "pairs "
    db 0x6, 0x0, 0x0, 0x0, 0x70, 0x61, 0x69, 0x72, 0x73, 0x20
    times 0x1054 - ($ - $$) db 0
str_10:  ; "s<1 "
    db 0x4, 0x0, 0x0, 0x0, 0x73, 0x3c, 0x31, 0x20
    times 0x105c - ($ - $$) db 0
str_13:  ; "u>=1 "
    db 0x5, 0x0, 0x0, 0x0, 0x75, 0x3e, 0x3d, 0x31, 0x20
    times 0x1068 - ($ - $$) db 0
str_14:  ; "both"
    db 0x4, 0x0, 0x0, 0x0, 0x62, 0x6f, 0x74, 0x68
    times 0x1070 - ($ - $$) db 0
str_16:  ; "a"
    db 0x1, 0x0, 0x0, 0x0, 0x61
    times 0x1078 - ($ - $$) db 0
str_18:  ; "!"
    db 0x1, 0x0, 0x0, 0x0, 0x21
    times 0x1080 - ($ - $$) db 0
str_19:  ; "c"
    db 0x1, 0x0, 0x0, 0x0, 0x63
    times 0x1088 - ($ - $$) db 0
str_21:  ; "e"
    db 0x1, 0x0, 0x0, 0x0, 0x65
    times 0x1090 - ($ - $$) db 0
str_22:  ; "f"
    db 0x1, 0x0, 0x0, 0x0, 0x66
    times 0x1098 - ($ - $$) db 0
str_23:  ; "g"
    db 0x1, 0x0, 0x0, 0x0, 0x67

    times 0x2000 - ($ - $$) db 0

; section bounds, and .bss (not in the file)
__image_start equ 0x100000
__data_start equ 0x102000
__bss_start equ 0x102000
__bss_end equ 0x106000
__stack equ 0x102000  ; boot stack, 16384 bytes
