// Boot harness: runs a multiboot kernel headless in the v86 emulator.
// In: a multiboot image (flat binary with the a.out kludge, or ELF32) and
// BootOptions. Out: a BootResult with everything the guest wrote to COM1, why it
// stopped (exit port 0xF4, cli;hlt, crash, emulator abort, timeout), v86's instruction
// counter at that moment and, for a fault, the faulting instruction's address. Nothing needs to run first: every call builds, runs
// and destroys its own emulator, so boots may run concurrently in one process.
// The guest side of the protocol is described in runtime/EXIT_PROTOCOL.md.

import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { V86 } from "v86";

export interface BootOptions {
  timeoutMs?: number; // wall-clock limit on the guest's run, from its first instruction; default 10_000; Infinity for none
  memMiB?: number; // guest RAM, default 32
  cmdline?: string; // multiboot command line (info flag bit 2, string at info.cmdline)
  keys?: number[]; // PS/2 set-1 scancodes, sent after the guest's first serial byte
  serialInput?: string; // latin1 bytes for COM1, sent after the guest's first serial byte
  onSerial?: (text: string) => void; // called once per COM1 output byte
  readMemory?: { addr: number; length: number }[]; // physical ranges to copy out when the guest stops (MMIO too: VGA text at 0xB8000)
  onReady?: (input: GuestInput) => void; // called with a live input channel once the guest has printed its first byte
  /** Names the code at a fault's address, e.g. "in divide (main.ts:12)", for the detail of a crash or
   * an abort: a Compilation's `locate`, or debug/locate.ts's readers of a built image's symbols. */
  locate?: (address: number) => string | undefined;
}

/** Input for a running guest, e.g. a terminal's keystrokes (`tskc run`). */
export interface GuestInput {
  sendSerial(text: string): void; // latin1 bytes to COM1
  sendScancodes(codes: number[]): void; // PS/2 set-1 scancodes
}

export type StopReason = "exit" | "halt" | "crash" | "abort" | "timeout";

export interface BootResult {
  serial: string; // COM1 output, one char per byte (latin1)
  exitCode: number | null; // value written to port 0xF4 when reason === "exit"
  instructions: number; // v86's u32 instruction counter at the stop
  reason: StopReason;
  detail?: string;
  /** For a triple fault or an emulator abort: the address of the instruction that faulted (EIP). */
  faultAddress?: number;
  memory: Uint8Array[]; // one copy per BootOptions.readMemory range, taken at the stop
}

const EXIT_PORT = 0xf4;
const FLAG_INTERRUPT = 1 << 9;
const MULTIBOOT_MAGIC = 0x1badb002;
const MULTIBOOT_SEARCH_BYTES = 8192;
const WASM_LOG_LINES = 8;

/** The parts of v86's internal machine (`emulator.v86`) the harness drives. */
interface Machine {
  cpu: {
    io: {
      register_write(port: number, device: object, write8: PortWrite, write16: PortWrite, write32: PortWrite): void;
    };
    reboot_internal(): void;
    devices: { ps2: { enable_keyboard_stream: boolean } };
    in_hlt: Uint8Array;
    flags: Int32Array;
    previous_ip: Int32Array; // the linear address of the instruction being run (v86 cpu.rs)
    mem8: Uint8Array;
    in_mapped_range(addr: number): boolean;
    mmap_read8(addr: number): number;
  };
  init(settings: unknown): void;
  do_tick(): void;
  next_tick(delayMs: number): void;
  stop(): void;
}
type PortWrite = (value: number) => void;

/** The V86 object's loading step: it builds the machine and loads the image. */
interface Loader {
  continue_init(machine: Machine, options: unknown): Promise<void>;
}

/** v86 sends "cpu-event-halt" when the guest runs hlt with IF clear; v86.d.ts omits it. */
interface HaltEventSource {
  add_listener(event: "cpu-event-halt", listener: () => void): void;
}

type Outcome = Omit<BootResult, "serial" | "instructions" | "memory">;
type Ending = { outcome: Outcome } | { error: unknown };

/**
 * Boots `image` and resolves when the guest exits, halts for good, crashes or
 * runs out of time; timeoutMs counts from the guest's first instruction, so
 * emulator start-up (~70 ms, longer when many boots start at once) is not
 * charged to the kernel. Rejects for an image v86 cannot load (no multiboot
 * header, a malformed ELF), an onSerial callback that throws, or a v86 that
 * cannot start. The emulator is destroyed before the promise settles.
 */
export function bootKernel(image: Uint8Array, options: BootOptions = {}): Promise<BootResult> {
  if (!hasMultibootHeader(image)) {
    return Promise.reject(new Error(`no multiboot header in the first ${MULTIBOOT_SEARCH_BYTES} bytes of the image`));
  }
  const timeoutMs = options.timeoutMs ?? 10_000;

  return new Promise((resolve, reject) => {
    const serial: string[] = [];
    const wasmLog: string[] = [];
    let machine: Machine | undefined;
    let timer: NodeJS.Timeout | undefined;
    let requested: Ending | undefined; // decided inside v86's run loop, acted on once it returns
    let finished = false;

    const emulator = new V86({
      wasm_fn: (imports) =>
        instantiateV86(imports, wasmLog).catch((error: unknown) => {
          reject(error);
          return new Promise<never>(() => {}); // v86 never starts, so there is nothing to destroy
        }),
      memory_size: (options.memMiB ?? 32) * 1024 * 1024,
      multiboot: { buffer: new Uint8Array(image).buffer }, // an exact copy: a Buffer may be a view into a shared pool
      cmdline: options.cmdline,
      autostart: false, // the hooks must be in place before the first instruction
      disable_keyboard: true, // browser input adapters; scancodes go straight to the PS/2 device
      disable_mouse: true,
      disable_speaker: true,
    });

    // v86 loads the image from a timer of its own; a malformed image (say, an
    // ELF program header past the end) would throw there, unobserved, and the
    // boot would never start. Catch it in the machine's init instead.
    let loadFailure: Error | undefined;
    const loader = emulator as unknown as Loader;
    const continueInit = loader.continue_init.bind(emulator);
    loader.continue_init = (loading, v86Options) => {
      const init = loading.init.bind(loading);
      loading.init = (settings) => {
        try {
          init(settings);
        } catch (error) {
          loadFailure = new Error(`v86 cannot load the image: ${String(error)}`, { cause: error });
        }
      };
      return continueInit(loading, v86Options);
    };

    emulator.add_listener("emulator-loaded", () => {
      if (loadFailure) {
        const failure = loadFailure;
        emulator.destroy().then(() => reject(failure), reject);
        return;
      }
      machine = (emulator as unknown as { v86: Machine }).v86;
      installHooks(machine);
      if (Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => finish({ outcome: stopped("timeout", `timed out after ${timeoutMs} ms`) }), timeoutMs);
      }
      void emulator.run();
    });

    emulator.add_listener("serial0-output-byte", (byte) => {
      if (requested || finished) return;
      const text = String.fromCharCode(byte);
      if (serial.push(text) === 1) queueMicrotask(sendInput);
      try {
        options.onSerial?.(text);
      } catch (error) {
        stopGuest({ error });
      }
    });

    // Only raised for hlt with IF clear: a hlt with IF set waits for an interrupt.
    (emulator as unknown as HaltEventSource).add_listener("cpu-event-halt", () =>
      stopGuest({ outcome: stopped("halt", "cli; hlt with interrupts disabled") }),
    );

    function installHooks(target: Machine): void {
      const exitWith = (code: number) => stopGuest({ outcome: { reason: "exit", exitCode: code } });
      // Replaces v86's own test-exit handler, which logs and throws "HALT".
      target.cpu.io.register_write(
        EXIT_PORT,
        { name: "tskc exit port" },
        (value) => exitWith(value & 0xff),
        (value) => exitWith(value & 0xffff),
        (value) => exitWith(value >>> 0),
      );
      // Without a BIOS, a reset would run empty memory until the timeout.
      target.cpu.reboot_internal = () =>
        stopGuest({ outcome: stopped("crash", "CPU reset requested by the guest (PS/2 command 0xFE or port 0xCF9)") });
      // A BIOS leaves keyboard scanning enabled (SeaBIOS does under QEMU);
      // v86 without one starts with it off and would drop every scancode.
      target.cpu.devices.ps2.enable_keyboard_stream = true;
      // v86 runs the guest from timer callbacks; a guest fault it cannot
      // deliver panics the wasm ("RuntimeError: unreachable"). Catching it
      // here keeps it per instance instead of reaching the process.
      const tick = target.do_tick.bind(target);
      target.do_tick = () => {
        try {
          tick();
        } catch (error) {
          requested ??= { outcome: emulatorFailure(error, wasmLog, target.cpu.previous_ip[0] >>> 0, options.locate) };
        }
        if (requested) finish(requested);
      };
    }

    // Called from inside v86's run loop, where the emulator must not be torn
    // down. Freezing the CPU (halted, IF clear) makes v86 finish the current
    // instruction, commit its instruction counter and return from the loop
    // without running anything else; the do_tick wrapper then finishes.
    function stopGuest(ending: Ending): void {
      if (requested || !machine) return;
      requested = ending;
      machine.cpu.in_hlt[0] = 1;
      machine.cpu.flags[0] &= ~FLAG_INTERRUPT;
    }

    // Runs outside v86's run loop: reads the (now exact) instruction counter,
    // stops the loop at its next tick and destroys the emulator.
    function finish(ending: Ending): void {
      if (finished || !machine) return;
      finished = true;
      clearTimeout(timer);
      const settled = "outcome" in ending ? { result: bootResult(ending.outcome) } : ending;
      machine.stop();
      machine.next_tick(0); // supersede a pending hlt sleep so destroy() returns promptly
      emulator.destroy().then(() => ("result" in settled ? resolve(settled.result) : reject(settled.error)), reject);
    }

    function bootResult(outcome: Outcome): BootResult {
      return {
        serial: serial.join(""),
        exitCode: outcome.exitCode,
        instructions: emulator.get_instruction_counter(),
        reason: outcome.reason,
        ...(outcome.detail === undefined ? {} : { detail: outcome.detail }),
        ...(outcome.faultAddress === undefined ? {} : { faultAddress: outcome.faultAddress }),
        memory: (options.readMemory ?? []).map(({ addr, length }) => readPhysical(machine!, addr, length)),
      };
    }

    // Deferred to a microtask: the first byte arrives from inside v86's run
    // loop, which must not be re-entered.
    function sendInput(): void {
      if (requested || finished) return;
      const keys = options.keys ?? [];
      const inputFailed = (error: unknown) => finish({ outcome: stopped("crash", crashDetail(error, wasmLog)) });
      try {
        if (options.serialInput) emulator.serial0_send(options.serialInput);
      } catch (error) {
        inputFailed(error);
        return;
      }
      // Typed void but async at run time: chaining keeps a rejection handled.
      const sendScancodes = (codes: number[]) => {
        if (!requested && !finished) Promise.resolve().then(() => emulator.keyboard_send_scancodes(codes)).catch(inputFailed);
      };
      if (keys.length) sendScancodes(keys);
      options.onReady?.({
        sendSerial: (text) => {
          if (!requested && !finished) emulator.serial0_send(text);
        },
        sendScancodes,
      });
    }
  });
}

/** Guest physical memory as the CPU sees it: RAM, or a device's (VGA's) memory-mapped I/O. */
function readPhysical(target: Machine, addr: number, length: number): Uint8Array {
  const { cpu } = target;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = cpu.in_mapped_range(addr + i) ? cpu.mmap_read8(addr + i) : cpu.mem8[addr + i];
  return out;
}

function stopped(reason: "halt" | "crash" | "abort" | "timeout", detail: string): Outcome {
  return { reason, exitCode: null, detail };
}

// v86 panics for two reasons. A fault it cannot deliver (no usable IDT: "Unimplemented: #GP
// handler") is a triple fault on a real CPU: the guest crashed. Any other panic is a case v86
// does not model, where a real CPU (and QEMU) would raise an exception the guest handles, as
// "rpl < cpl" for an iretd from ring 3 to a ring-0 code segment: the emulator failed, not
// the guest.
const UNDELIVERABLE_FAULT = /#\w+ handler|handle pagefault/;

/** The ending for an exception thrown out of v86's run loop: a crash or an emulator abort, at
 * `eip` (v86 rewinds EIP to the faulting instruction before it tries to deliver the fault). */
function emulatorFailure(error: unknown, wasmLog: string[], eip: number, locate: BootOptions["locate"]): Outcome {
  const panic = wasmLog.join(" ").replace(/\s+/g, " ").trim();
  const where = `at 0x${eip.toString(16).padStart(8, "0")}${optionalPart(safely(() => locate?.(eip)))}`;
  if (!(error instanceof WebAssembly.RuntimeError) || panic === "" || UNDELIVERABLE_FAULT.test(panic)) {
    return { ...stopped("crash", crashDetail(error, wasmLog, where)), faultAddress: eip };
  }
  return { ...stopped("abort", `emulator abort ${where}: v86 does not model what the guest did, a real CPU would raise an exception: ${String(error)} (v86: ${panic})`), faultAddress: eip };
}

function optionalPart(text: string | undefined): string {
  return text ? ` ${text}` : "";
}

/** A locate callback that throws must not turn a crash report into a harness failure. */
function safely(describe: () => string | undefined): string | undefined {
  try {
    return describe();
  } catch {
    return undefined;
  }
}

function crashDetail(error: unknown, wasmLog: string[], where?: string): string {
  const kind = error instanceof WebAssembly.RuntimeError ? "triple fault" : "emulator error";
  const panic = wasmLog.join(" ").replace(/\s+/g, " ").trim();
  return `${kind}${optionalPart(where)}: ${String(error)}${panic ? ` (v86: ${panic})` : ""}`;
}

/** The multiboot spec's search: a 4-aligned magic with a valid checksum in the first 8 KiB. */
function hasMultibootHeader(image: Uint8Array): boolean {
  const view = new DataView(image.buffer, image.byteOffset, image.byteLength);
  const end = Math.min(image.byteLength, MULTIBOOT_SEARCH_BYTES) - 12;
  for (let offset = 0; offset <= end; offset += 4) {
    if (view.getUint32(offset, true) !== MULTIBOOT_MAGIC) continue;
    const sum = MULTIBOOT_MAGIC + view.getUint32(offset + 4, true) + view.getUint32(offset + 8, true);
    if (sum % 2 ** 32 === 0) return true;
  }
  return false;
}

const V86_WASM_PATH = createRequire(import.meta.url).resolve("v86/build/v86.wasm");
let v86Module: Promise<WebAssembly.Module> | undefined;

// Compiled once per process, instantiated per boot. Also routes v86's Rust
// panic messages (normally printed to stderr) into this boot's crash detail.
async function instantiateV86(imports: WebAssembly.Imports, wasmLog: string[]): Promise<WebAssembly.Exports> {
  v86Module ??= readFile(V86_WASM_PATH).then((bytes) => WebAssembly.compile(bytes));
  let memory: WebAssembly.Memory | undefined;
  imports.env.console_log_from_wasm = (offset: number, length: number) => {
    if (!memory) return;
    wasmLog.push(new TextDecoder().decode(new Uint8Array(memory.buffer, offset, length)));
    if (wasmLog.length > WASM_LOG_LINES) wasmLog.shift();
  };
  const instance = await WebAssembly.instantiate(await v86Module, imports);
  memory = instance.exports.memory as WebAssembly.Memory;
  return instance.exports;
}
