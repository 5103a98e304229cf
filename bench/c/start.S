/* The C twins' boot stub, the counterpart of tskc's _start (compiler/x86/boot.ts).
 * A multiboot v1 header with the a.out kludge (flags bit 16), so the flat binary
 * that `objcopy -O binary` makes boots like tskc's: loaded at 1 MiB, entry _start.
 * _start sets up a 16 KiB stack, clears .bss with rep stosl (as tskc's stub does)
 * and calls main(); main ends with bench_exit(), which does not return. */
#define MB_MAGIC 0x1BADB002
#define MB_FLAGS 0x00010003 /* page-align modules, memory info, address fields valid */

        .section .multiboot, "a"
        .align 4
multiboot_header:
        .long MB_MAGIC
        .long MB_FLAGS
        .long -(MB_MAGIC + MB_FLAGS)
        .long multiboot_header  /* header_addr */
        .long __image_start     /* load_addr */
        .long __data_end        /* load_end_addr */
        .long __bss_end         /* bss_end_addr */
        .long _start            /* entry_addr */

        .text
        .globl _start
_start:
        movl $boot_stack + 16384, %esp
        movl $__bss_start, %edi
        movl $__bss_end, %ecx
        subl %edi, %ecx
        shrl $2, %ecx
        xorl %eax, %eax
        cld
        rep stosl
        call main
        cli
1:      hlt
        jmp 1b

        .bss
        .align 16
boot_stack:
        .skip 16384

        .section .note.GNU-stack, "", @progbits /* no executable stack wanted */
