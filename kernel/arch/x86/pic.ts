// The two 8259A programmable interrupt controllers. In: nothing. Out: IRQs 0-15
// delivered at vectors 0x20-0x2F (not over the CPU's exceptions, where the BIOS
// convention puts them), all masked but the cascade until a driver unmasks its line.
// Run picInit before enabling interrupts.

const MASTER_COMMAND: u16 = 0x20;
const MASTER_DATA: u16 = 0x21;
const SLAVE_COMMAND: u16 = 0xa0;
const SLAVE_DATA: u16 = 0xa1;

const ICW1_INIT_WITH_ICW4: u8 = 0x11;
const ICW4_8086: u8 = 0x01;
const OCW2_END_OF_INTERRUPT: u8 = 0x20;
const OCW3_READ_IN_SERVICE: u8 = 0x0b;
const CASCADE_IRQ: u32 = 2;

export const IRQ_BASE: u32 = 0x20;
export const IRQ_COUNT: u32 = 16;

/** Remaps both PICs to vectors 0x20-0x2F and masks every line except the cascade. */
export function picInit(): void {
  outb(MASTER_COMMAND, ICW1_INIT_WITH_ICW4);
  outb(SLAVE_COMMAND, ICW1_INIT_WITH_ICW4);
  outb(MASTER_DATA, u8(IRQ_BASE)); // ICW2: vector offsets
  outb(SLAVE_DATA, u8(IRQ_BASE + 8));
  outb(MASTER_DATA, 1 << 2); // ICW3: the slave hangs on the master's line 2
  outb(SLAVE_DATA, 2); // ICW3: the slave's cascade identity
  outb(MASTER_DATA, ICW4_8086);
  outb(SLAVE_DATA, ICW4_8086);
  outb(MASTER_DATA, ~u8(1 << CASCADE_IRQ));
  outb(SLAVE_DATA, 0xff);
}

/** Lets `irq` (0-15) through. */
export function picUnmask(irq: u32): void {
  const port = irq < 8 ? MASTER_DATA : SLAVE_DATA;
  outb(port, inb(port) & ~u8(1 << (irq & 7)));
}

/** Blocks `irq` (0-15). */
export function picMask(irq: u32): void {
  const port = irq < 8 ? MASTER_DATA : SLAVE_DATA;
  outb(port, inb(port) | u8(1 << (irq & 7)));
}

/** Acknowledges `irq`: the slave too for 8-15, since it reached the CPU through the master. */
export function picEndOfInterrupt(irq: u32): void {
  if (irq >= 8) outb(SLAVE_COMMAND, OCW2_END_OF_INTERRUPT);
  outb(MASTER_COMMAND, OCW2_END_OF_INTERRUPT);
}

/** Ends every IRQ the PICs still hold in service. The dispatcher ends each IRQ before it
 * returns, and handlers run with interrupts off, so at a task switch an IRQ still in
 * service belongs to a dispatch that will never return: the task it interrupted was ended
 * inside it (a stack overflow caught on the way in). Left in service, it would block its
 * own line and every lower-priority one for good. */
export function picEndAbandoned(): void {
  outb(MASTER_COMMAND, OCW3_READ_IN_SERVICE);
  const master = inb(MASTER_COMMAND);
  if (master == 0) return;
  if ((master & (1 << CASCADE_IRQ)) != 0) {
    outb(SLAVE_COMMAND, OCW3_READ_IN_SERVICE);
    for (let slave = inb(SLAVE_COMMAND); slave != 0; slave &= slave - 1) outb(SLAVE_COMMAND, OCW2_END_OF_INTERRUPT);
  }
  for (let bits = master; bits != 0; bits &= bits - 1) outb(MASTER_COMMAND, OCW2_END_OF_INTERRUPT);
}

/** True for a spurious IRQ 7 or 15: the PIC raised the line but has nothing in service.
 * Such an IRQ gets no end-of-interrupt, except that a spurious 15 was a real cascade
 * interrupt as far as the master knows. */
export function picIsSpurious(irq: u32): bool {
  if (irq != 7 && irq != 15) return false;
  const command = irq == 7 ? MASTER_COMMAND : SLAVE_COMMAND;
  outb(command, OCW3_READ_IN_SERVICE);
  const inService = (inb(command) & 0x80) != 0;
  if (!inService && irq == 15) outb(MASTER_COMMAND, OCW2_END_OF_INTERRUPT);
  return !inService;
}
