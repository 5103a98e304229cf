// Test scenarios of the core: part of the scenario kernel (scenario-kernel.ts), never of
// SimpleOS itself. In: `test=<name>` on the multiboot command line (tskc's harness passes
// it; QEMU's -append does too). Out: the scenario runs after initialisation; most end the
// run through the exit port. test/kernel.test.ts and test/memory.test.ts assert what each
// prints.
import { commandLineHas } from "../../kernel/boot/multiboot";
import { registerInterruptHandler, spuriousCount, unhandledCount, unregisterInterruptHandler } from "../../kernel/arch/x86/interrupts";
import { IRQ_BASE } from "../../kernel/arch/x86/pic";
import { sleepMs, timerTicks } from "../../kernel/arch/x86/pit";
import { printk } from "../../kernel/lib/printk";
import { heapFreeBytes } from "../../kernel/mm/heap";
import { currentThread, printThreads, spawn, threadSleep } from "../../kernel/sched/scheduler";
import { allocFrame, freeFrame, freeFrameCount, totalFrameCount } from "../../kernel/mm/frames";
import { kernelDirectory, map, PAGE_USER, PAGE_WRITABLE, pageEntryIn, translate, translateIn, unmap, USER_END, USER_START } from "../../kernel/mm/paging";
import { addressSpaceCreate, addressSpaceDestroy, addressSpaceMapPage, addressSpaceSwitch, copyFromUser, copyToUser, userRangeOk } from "../../kernel/mm/address-space";
import { ioPermit, tssAddress } from "../../kernel/arch/x86/tss";
import { TSS_SELECTOR } from "../../kernel/arch/x86/gdt";

const EXIT_OK: u8 = 0;
const SOFTWARE_VECTOR: u32 = 0x50;

/** Runs the scenario named on the command line; false when there is none. */
export function runScenario(): bool {
  if (commandLineHas("test=divzero")) divideByZero(1, 0);
  else if (commandLineHas("test=opcode")) asm`ud2`;
  else if (commandLineHas("test=gpf")) loadBadSegment();
  else if (commandLineHas("test=pagefault")) volatileLoad<u32>(0); // page 0 is unmapped
  else if (commandLineHas("test=breakpoint")) int3();
  else if (commandLineHas("test=doublefault")) int(8); // v86 does not model double faults: raised by software
  else if (commandLineHas("test=timer")) timer();
  else if (commandLineHas("test=handlers")) handlers();
  else if (commandLineHas("test=scroll")) scroll();
  else if (commandLineHas("test=threads")) threads();
  else if (commandLineHas("test=sleep")) sleeper();
  else if (commandLineHas("test=exit")) exitingThread();
  else if (commandLineHas("test=overflow")) overflow();
  else if (commandLineHas("test=nullderef")) printk("read %x at 0\n", volatileLoad<u32>(0));
  else if (commandLineHas("test=rowrite")) writeKernelText();
  else if (commandLineHas("test=frames")) frames();
  else if (commandLineHas("test=doublefree")) doubleFree();
  else if (commandLineHas("test=paging")) paging();
  else if (commandLineHas("test=addrspace")) addressSpaces();
  else if (commandLineHas("test=latetable")) lateKernelTable();
  else if (commandLineHas("test=ioperm")) ioPermissions();
  else return false;
  outb(0xf4, EXIT_OK);
  return true;
}

function divideByZero(a: u32, b: u32): u32 {
  return a / b;
}

function loadBadSegment(): void {
  asm`mov eax, 0x1234
      mov ds, ax`;
}

function timer(): void {
  const before = timerTicks();
  sleepMs(500);
  printk("slept 500 ms: %u ticks\n", timerTicks() - before);
}

let softwareCalls: u32 = 0;
let timerCalls: u32 = 0;

function onSoftware(frame: InterruptFrame): void {
  softwareCalls++;
}

function onTimer(frame: InterruptFrame): void {
  timerCalls++;
}

function handlers(): void {
  printk("register exception vector: %d\n", u32(registerInterruptHandler(13, onSoftware)));
  printk("register vector 256: %d\n", u32(registerInterruptHandler(256, onSoftware)));
  printk("register 0x50: %d\n", u32(registerInterruptHandler(SOFTWARE_VECTOR, onSoftware)));
  int(0x50);
  int(0x50);
  printk("software handler ran %u times\n", softwareCalls);
  registerInterruptHandler(IRQ_BASE, onTimer); // shares IRQ 0 with the PIT's own handler
  sleepMs(100);
  printk("timer handler ran: %s\n", changetype<usize>(timerCalls >= 5 ? "yes" : "no"));
  printk("unregister: %d\n", u32(unregisterInterruptHandler(IRQ_BASE, onTimer)));
  const after = timerCalls;
  sleepMs(100);
  printk("ran after unregistering: %u times\n", timerCalls - after);
  unregisterInterruptHandler(SOFTWARE_VECTOR, onSoftware);
  int(0x50);
  int(0x50);
  printk("unhandled 0x50: %u, spurious: %u\n", unhandledCount(SOFTWARE_VECTOR), spuriousCount());
  printk("unregister again: %d\n", u32(unregisterInterruptHandler(SOFTWARE_VECTOR, onSoftware)));
}

const counters = new StaticArray<u32>(3);
let counting = true;
const MARK_EVERY: u32 = 1 << 18;

function count(k: i32, mark: u8): void {
  while (counting) {
    counters[k]++;
    if ((counters[k] & (MARK_EVERY - 1)) == 0) printk("%c", mark);
  }
}

function busyA(): void {
  count(0, 65);
}

function busyB(): void {
  count(1, 66);
}

function busyC(): void {
  count(2, 67);
}

/** Three threads that never yield share the CPU by preemption alone. */
function threads(): void {
  spawn("busy-a", busyA);
  spawn("busy-b", busyB);
  spawn("busy-c", busyC);
  threadSleep(2000);
  counting = false;
  const total = counters[0] + counters[1] + counters[2];
  printk("\n");
  for (let k = 0; k < 3; k++) printk("thread %u: %u%% of the work\n", u32(k), counters[k] / (total / 100));
  printThreads();
}

let sleptTicks: u32 = 0;

function sleepFor100(): void {
  const before = timerTicks();
  threadSleep(100);
  sleptTicks = timerTicks() - before;
}

/** A sleeping thread takes no slices and wakes on the tick of its deadline (or the next). */
function sleeper(): void {
  spawn("sleeper", sleepFor100);
  threadSleep(300);
  printk("slept 100 ms at 100 Hz: woke after %u ticks\n", sleptTicks);
}

function quickExit(): void {
  printk("thread %u runs and returns\n", currentThread());
}

/** A thread that returns is reaped: its stack goes back to the heap. */
function exitingThread(): void {
  spawn("warm-up", quickExit); // the heap grows to fit the first stack; measure from then on
  threadSleep(100);
  const before = heapFreeBytes();
  spawn("quick", quickExit);
  threadSleep(100);
  printk("heap free before %u, after %u\n", before, heapFreeBytes());
}

function recurse(depth: u32): u32 {
  // No base case: runs until the stack is gone. The subtraction after the call keeps each
  // frame (`+ 1` would be a tail call with an accumulator, which passes/recursion.ts loops).
  return recurse(depth + 1) - depth;
}

function runAway(): void {
  recurse(0);
}

/** Unbounded recursion in a thread is stopped at its stack limit; main goes on. */
function overflow(): void {
  spawn("runaway", runAway);
  threadSleep(100);
  printk("main still running after the overflow\n");
}

function scroll(): void {
  for (let line: u32 = 1; line <= 30; line++) printk("line %u\n", line);
}

function writeKernelText(): void {
  printk("writing to kernel text at %08x\n", addressof(runScenario));
  volatileStore<u32>(addressof(runScenario), 0);
}

// Every free frame, chained through its own first word (there is no heap to list them in).
function frames(): void {
  const before = freeFrameCount();
  printk("frames: %u total, %u free\n", totalFrameCount(), before);
  let chain: usize = 0;
  let allocated: u32 = 0;
  for (let frame = allocFrame(); frame != 0; frame = allocFrame()) {
    store<u32>(frame, chain);
    chain = frame;
    allocated++;
  }
  printk("allocated %u frames until none was left; free now %u\n", allocated, freeFrameCount());
  while (chain != 0) {
    const next = load<u32>(chain);
    freeFrame(chain);
    chain = next;
  }
  printk("freed them all; free now %u (%s)\n", freeFrameCount(), changetype<usize>(freeFrameCount() == before ? "same" : "different"));
}

function doubleFree(): void {
  const frame = allocFrame();
  freeFrame(frame);
  printk("freed %08x once; freeing it again\n", frame);
  freeFrame(frame);
}

const HIGH_PAGE: usize = 0xc0000000;

function paging(): void {
  const frame = allocFrame();
  map(HIGH_PAGE, frame, PAGE_WRITABLE);
  volatileStore<u32>(HIGH_PAGE, 0xcafe1234, 8);
  printk("mapped %08x to %08x; read back %08x, at the frame %08x\n", HIGH_PAGE, translate(HIGH_PAGE), volatileLoad<u32>(HIGH_PAGE, 8), volatileLoad<u32>(frame, 8));
  printk("translate(%08x) = %08x\n", HIGH_PAGE + 8, translate(HIGH_PAGE + 8));
  unmap(HIGH_PAGE);
  printk("unmapped: translate = %08x; touching it\n", translate(HIGH_PAGE));
  printk("read %x at %08x\n", volatileLoad<u32>(HIGH_PAGE), HIGH_PAGE);
}

function yesNo(value: bool): usize {
  return changetype<usize>(value ? "yes" : "no");
}

const PAGE: usize = 4096;
const HEAP_START: usize = 0xd0000000; // kernel-heap.ts: mapped from boot on

function rangeCheck(directory: usize, address: usize, length: u32, write: bool): void {
  printk("userRangeOk(%08x, %x, %s) = %s\n", address, length, changetype<usize>(write ? "write" : "read"), yesNo(userRangeOk(directory, address, length, write)));
}

// Space a: USER_START and the page after it writable, a gap, a read-only page, and the
// window's last page; space b: USER_START only.
function addressSpaces(): void {
  const before = freeFrameCount();
  const a = addressSpaceCreate();
  const b = addressSpaceCreate();
  const frameA = addressSpaceMapPage(a, USER_START, PAGE_WRITABLE);
  const frameB = addressSpaceMapPage(b, USER_START, PAGE_WRITABLE);
  addressSpaceMapPage(a, USER_START + PAGE, PAGE_WRITABLE);
  addressSpaceMapPage(a, USER_START + 3 * PAGE, 0);
  addressSpaceMapPage(a, USER_END - PAGE, PAGE_WRITABLE);
  printk("two spaces: directories differ from each other and the kernel's: %s\n", yesNo(a != b && a != kernelDirectory() && b != kernelDirectory()));
  printk("frames taken by both: %u\n", before - freeFrameCount());
  store<u32>(frameA, 0xaaaa1111);
  store<u32>(frameB, 0xbbbb2222);
  printk("USER_START: a -> the frame mapped there: %s, b -> its own: %s, frames differ: %s\n", yesNo(translateIn(a, USER_START) == frameA), yesNo(translateIn(b, USER_START) == frameB), yesNo(frameA != frameB));
  printk("kernel pages shared: text %s, heap %s; user bit on them: %s\n", yesNo(translateIn(a, addressof(runScenario)) == addressof(runScenario)), yesNo(translateIn(b, HEAP_START) == translate(HEAP_START)), yesNo(((pageEntryIn(a, addressof(runScenario)) | pageEntryIn(b, HEAP_START)) & PAGE_USER) != 0));
  printk("mapping outside the window: %x %x %x\n", addressSpaceMapPage(a, HEAP_START, 0), addressSpaceMapPage(a, USER_END, 0), addressSpaceMapPage(a, USER_START - PAGE, 0));
  addressSpaceSwitch(a);
  printk("on a: USER_START reads %08x\n", volatileLoad<u32>(USER_START));
  addressSpaceSwitch(b);
  printk("on b: USER_START reads %08x\n", volatileLoad<u32>(USER_START));
  addressSpaceSwitch(0);
  printk("back on the kernel directory: %s\n", yesNo(readCr3() == kernelDirectory()));
  rangeCheck(a, 0x00100000, 4, false); // the kernel image
  rangeCheck(a, 0, 4, false);
  rangeCheck(a, USER_START - 4, 8, false); // starts below the window
  rangeCheck(a, USER_START, 0, true);
  rangeCheck(a, 0, 0, false);
  rangeCheck(a, USER_START, 2 * PAGE, true); // two mapped pages
  rangeCheck(a, USER_START + 2 * PAGE - 8, 8, true); // ends exactly at the gap
  rangeCheck(a, USER_START + 2 * PAGE - 8, 9, true); // one byte into it
  rangeCheck(a, USER_START + 2 * PAGE, 1, false);
  rangeCheck(a, USER_START + 3 * PAGE, PAGE, false); // read-only
  rangeCheck(a, USER_START + 3 * PAGE, PAGE, true);
  rangeCheck(a, USER_END - 16, 16, true); // ends exactly at USER_END
  rangeCheck(a, USER_END - 16, 17, true); // one byte past it
  rangeCheck(a, USER_END, 0, false);
  rangeCheck(a, 0xfffffff0, 0x20, false); // wraps past 4 GiB
  rangeCheck(a, USER_START, 0xffffffff, false);
  rangeCheck(b, USER_START + PAGE, 4, false); // mapped in a only
  copies(a);
  addressSpaceDestroy(a);
  addressSpaceDestroy(b);
  printk("destroyed both: free frames back to %u: %s\n", before, yesNo(freeFrameCount() == before));
}

const outgoing: StaticArray<u8> = [0x54, 0x53, 0x4b, 0x43, 0x20, 0x2a, 0x2a, 0x2a]; // "TSKC ***"
const incoming = new StaticArray<u8>(8);

/** Copies across the boundary of a's first two pages (a is not loaded), and at a read-only page. */
function copies(a: usize): void {
  const crossing = USER_START + PAGE - 3;
  const copiedOut = copyToUser(a, crossing, changetype<usize>(outgoing), 8);
  const copiedIn = copyFromUser(a, changetype<usize>(incoming), crossing, 8);
  printk("copy across pages: to user %s, back %s, last byte in the second frame: %c\n", yesNo(copiedOut), yesNo(copiedIn), load<u8>(translateIn(a, USER_START + PAGE + 4)));
  let same = true;
  for (let k = 0; k < 8; k++) if (incoming[k] != outgoing[k]) same = false;
  printk("read back the same bytes: %s\n", yesNo(same));
  const readOnly = USER_START + 3 * PAGE;
  printk("copy to a read-only page: %s; copy into the gap: %s; its first byte still %x\n", yesNo(copyToUser(a, readOnly, changetype<usize>(outgoing), 8)), yesNo(copyToUser(a, USER_START + 2 * PAGE - 4, changetype<usize>(outgoing), 8)), load<u8>(translateIn(a, USER_START + 2 * PAGE - 4)));
}

/** A kernel page table made after an address space shares them would be missing there. */
function lateKernelTable(): void {
  addressSpaceCreate();
  printk("an address space exists; mapping %08x, which has no page table yet\n", HIGH_PAGE);
  map(HIGH_PAGE, allocFrame(), PAGE_WRITABLE);
}

const PROBED_PORTS: StaticArray<u16> = [0xf3, 0xf4, 0xf5, 0x3f7, 0x3f8, 0x3f9, 0xfffe, 0xffff];
const IO_MAP_BASE_OFFSET: usize = 0x66; // in the TSS (SDM vol. 3, 8.2.1)

/** What the CPU decides for a one-byte access to `port` from ring 3 with IOPL 0 (SDM vol. 1,
 * 19.5.2): two bytes of the map read at its base (from the TSS) + port / 8, both within the
 * segment limit (`lsl`, from the GDT), and the port's bit clear. */
function cpuPermits(port: u16): bool {
  const limit = asm`lsl eax, ${u32(TSS_SELECTOR)}`;
  const byte = u32(load<u16>(tssAddress(), IO_MAP_BASE_OFFSET)) + (u32(port) >> 3);
  if (byte + 1 > limit) return false;
  return ((u32(load<u16>(tssAddress() + byte)) >> (port & 7)) & 1) == 0;
}

function printPorts(): void {
  printk("ring 3 may use:");
  for (const port of PROBED_PORTS) if (cpuPermits(port)) printk(" %x", port);
  printk("\n");
}

/** The TSS's I/O bitmap, read as the CPU reads it: every port denied at boot; permitting and
 * denying flip exactly the bits asked for, up to the last port. */
function ioPermissions(): void {
  const mapBase = u32(load<u16>(tssAddress(), IO_MAP_BASE_OFFSET));
  printk("TSS limit %x, I/O map at %x, the byte after it %x\n", asm`lsl eax, ${u32(TSS_SELECTOR)}`, mapBase, load<u8>(tssAddress() + mapBase + 8192));
  printPorts();
  ioPermit(0xf3, 3, true);
  ioPermit(0xfffe, 2, true);
  ioPermit(0x3f8, 1, true);
  printPorts();
  ioPermit(0xf4, 1, false);
  ioPermit(0xffff, 1, false);
  printPorts();
}
