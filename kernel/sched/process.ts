// Ring-3 tasks from programs tskc embedded (includeProgram). In: a ProgramImage and
// what the task may do. Out: a ready task in an address space of its own: the program's
// pages (text and rodata read-only, data and .bss writable, .bss zeroed), a 16 KiB user
// stack under USER_STACK_TOP with nothing mapped below it, the device memory it was
// granted from DEVICE_MEMORY_BASE (tskc/user/abi), and a first frame that irets
// to the program's entry in ring 3 with interrupts on. Kernel memory stays mapped in
// the address space but without PAGE_USER, so ring 3 cannot touch it. Needs the
// scheduler, address spaces and the GDT's user segments.
import { USER_CODE_SELECTOR, USER_DATA_SELECTOR } from "../arch/x86/gdt";
import { interruptsOff, restoreInterrupts } from "../lib/interrupt-state";
import { addressSpaceCreate, addressSpaceMapPage } from "../mm/address-space";
import { mapIn, PAGE_USER, PAGE_WRITABLE, USER_END } from "../mm/paging";
import { DEVICE_MEMORY_BASE } from "tskc/user/abi";
import { createTask, setEntryFrame, Task, TaskState, USER_FRAME_BYTES, wake } from "./scheduler";

const PAGE: u32 = 4096;
/** The user stack's top, one unmapped page below the end of the user window. */
export const USER_STACK_TOP: usize = USER_END - PAGE;
export const USER_STACK_BYTES: u32 = 16 * 1024;

/** What a ring-3 task is allowed besides its memory. */
@unmanaged
export class TaskGrants {
  ioPorts: usize; // a StaticArray<u16> of (first, count) pairs, or 0
  deviceMemory: usize; // a StaticArray<u32> of (physical address, bytes) pairs, mapped from DEVICE_MEMORY_BASE; or 0
  rights: u32; // syscalls.ts RIGHT_* bits
  sendRights: u32; // the services it may send to and look up: rights.ts serviceRight bits
  watchdogTicks: u32; // 0: no watchdog
  owner: u32; // the driver supervisor's record + 1, or 0
}

/** Starts `image` as a ring-3 task named `name` with `grants`; its id, or -1 when out of
 * task slots, frames or heap (nothing is left allocated then). Runs with interrupts off:
 * the scheduler frees frames and stacks from the timer interrupt. */
export function spawnProgram(name: string, image: ProgramImage, grants: TaskGrants): i32 {
  const wereOn = interruptsOff();
  const id = loadProgram(name, image, grants);
  restoreInterrupts(wereOn);
  return id;
}

function loadProgram(name: string, image: ProgramImage, grants: TaskGrants): i32 {
  const task = createTask(name, USER_FRAME_BYTES);
  if (changetype<usize>(task) == 0) return -1;
  task.directory = addressSpaceCreate();
  const mapped = task.directory != 0 && mapProgram(task.directory, image) && mapStack(task.directory);
  if (!mapped || (grants.deviceMemory != 0 && !mapDeviceMemory(task.directory, grants.deviceMemory))) {
    task.state = TaskState.Dead; // the scheduler reaps it with whatever was mapped
    return -1;
  }
  task.ioPorts = grants.ioPorts;
  task.rights = grants.rights;
  task.sendRights = grants.sendRights;
  task.watchdogTicks = grants.watchdogTicks;
  task.owner = grants.owner;
  buildFirstFrame(task, image.entry);
  wake(task);
  return i32(task.id);
}

/** Maps the image's pages and copies its bytes in through the frames (RAM is identity-mapped). */
function mapProgram(directory: usize, image: ProgramImage): bool {
  for (let offset: u32 = 0; offset < image.memorySize; offset += PAGE) {
    const frame = addressSpaceMapPage(directory, image.base + offset, offset < image.readOnlySize ? 0 : PAGE_WRITABLE);
    if (frame == 0) return false;
    const fileBytes = offset >= image.fileSize ? 0 : min(PAGE, image.fileSize - offset);
    copy(frame, image.bytes + offset, fileBytes);
  }
  return true;
}

/** Copies `length` bytes, a word at a time (this runs with interrupts off). */
function copy(destination: usize, source: usize, length: u32): void {
  const words = length & ~3;
  for (let k: u32 = 0; k < words; k += 4) store<u32>(destination + k, load<u32>(source + k));
  for (let k = words; k < length; k++) store<u8>(destination + k, load<u8>(source + k));
}

function mapStack(directory: usize): bool {
  for (let page = USER_STACK_TOP - USER_STACK_BYTES; page < USER_STACK_TOP; page += PAGE) {
    if (addressSpaceMapPage(directory, page, PAGE_WRITABLE) == 0) return false;
  }
  return true;
}

/** Maps each granted (physical, bytes) range of device memory from DEVICE_MEMORY_BASE on, each
 * from a fresh page: the frames are the device's, so they are shared, never allocated or freed. */
function mapDeviceMemory(directory: usize, ranges: usize): bool {
  const pairs = changetype<StaticArray<u32>>(ranges);
  let next = DEVICE_MEMORY_BASE;
  for (let k = 0; k + 1 < pairs.length; k += 2) {
    const first = pairs[k] & ~(PAGE - 1);
    const end = pairs[k] + pairs[k + 1];
    for (let page = first; page < end; page += PAGE) {
      if (next >= USER_STACK_TOP - USER_STACK_BYTES || !mapIn(directory, next, page, PAGE_USER | PAGE_WRITABLE)) return false;
      next += PAGE;
    }
  }
  return true;
}

/** The frame iret turns into a jump to `entry` in ring 3, on the user stack. */
function buildFirstFrame(task: Task, entry: usize): void {
  const frame = setEntryFrame(task, entry, USER_CODE_SELECTOR, USER_DATA_SELECTOR);
  frame.esp = USER_STACK_TOP;
  frame.ss = USER_DATA_SELECTOR;
}

function min(a: u32, b: u32): u32 {
  return a < b ? a : b;
}
