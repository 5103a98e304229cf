// The kernel's machine in the page: v86 with its PS/2 keyboard fed from the browser's
// keys while the screen has focus, COM1 as a stream of bytes, and the VGA text memory
// for screen.ts to draw. In: a multiboot image (the worker's flat binary) and the
// screen's element. Out: a running Machine and its events. As in
// compiler/emulator/v86.ts (the node harness), there is no BIOS: v86 loads the image as
// a multiboot kernel, and the kernel stops the machine by writing its exit status to
// port 0xF4 (runtime/EXIT_PROTOCOL.md).

import { V86 } from "v86";

const EXIT_PORT = 0xf4;
const VGA_TEXT = 0xb8000;
const VGA_TEXT_BYTES = 80 * 25 * 2;
const MEMORY_MIB = 32;

export interface MachineEvents {
  onSerial(text: string): void;
  /** The guest stopped: it wrote an exit status, or v86 could not go on. */
  onStop(reason: string): void;
}

/** The parts of v86's internal machine (`emulator.v86`) used here; v86.d.ts omits them. */
interface Internals {
  cpu: {
    io: { register_write(port: number, device: object, w8: (v: number) => void, w16: (v: number) => void, w32: (v: number) => void): void };
    reboot_internal(): void;
    devices: { ps2: { enable_keyboard_stream: boolean } };
    in_mapped_range(addr: number): boolean;
    mmap_read8(addr: number): number;
    mem8: Uint8Array;
  };
  do_tick(): void;
}

export class Machine {
  private readonly emulator: V86;
  private internals: Internals | undefined;
  private stopped = false;

  constructor(image: Uint8Array, private readonly screen: HTMLElement, private readonly events: MachineEvents) {
    this.emulator = new V86({
      wasm_path: new URL("v86.wasm", document.baseURI).href,
      memory_size: MEMORY_MIB * 1024 * 1024,
      multiboot: { buffer: image.slice().buffer },
      autostart: false, // the exit port must be hooked before the first instruction
      disable_mouse: true,
      disable_speaker: true,
    });
    this.emulator.add_listener("emulator-loaded", () => this.start());
    this.emulator.add_listener("serial0-output-byte", (byte: number) => this.events.onSerial(String.fromCharCode(byte)));
    // v86's keyboard adapter listens on the whole window: it types only while the screen has focus.
    screen.addEventListener("focus", this.keyboardOn);
    screen.addEventListener("blur", this.keyboardOff);
  }

  private readonly keyboardOn = () => this.setKeyboard(true);
  private readonly keyboardOff = () => this.setKeyboard(false);

  private setKeyboard(on: boolean): void {
    (this.emulator as unknown as { keyboard_set_status(on: boolean): void }).keyboard_set_status(on);
  }

  private start(): void {
    const machine = (this.emulator as unknown as { v86: Internals }).v86;
    this.internals = machine;
    this.setKeyboard(document.activeElement === this.screen);
    const exit = (status: number) => this.halt(`exited with status ${status}`);
    machine.cpu.io.register_write(EXIT_PORT, { name: "tskc exit port" }, (v) => exit(v & 0xff), (v) => exit(v & 0xffff), (v) => exit(v >>> 0));
    machine.cpu.reboot_internal = () => this.halt("the guest asked for a CPU reset (a triple fault)");
    // Without a BIOS, keyboard scanning starts off and v86 would drop every scancode.
    machine.cpu.devices.ps2.enable_keyboard_stream = true;
    // A fault v86 cannot deliver panics its wasm: the guest crashed.
    const tick = machine.do_tick.bind(machine);
    machine.do_tick = () => {
      try {
        tick();
      } catch (error) {
        this.halt(`crashed: ${String(error)}`);
      }
    };
    void this.emulator.run();
  }

  private halt(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    // Called from inside v86's run loop: stop it once the loop has returned.
    setTimeout(() => void this.emulator.stop(), 0);
    this.events.onStop(reason);
  }

  get running(): boolean {
    return !this.stopped;
  }

  /** Pauses the guest; the screen keeps its last picture. */
  stop(): void {
    this.halt("stopped");
  }

  sendSerial(text: string): void {
    if (!this.stopped) this.emulator.serial0_send(text);
  }

  /** The 80x25 (character, attribute) cells at 0xB8000, read through the VGA's memory
   * mapping as the CPU sees them; undefined before the machine starts. */
  textCells(): Uint8Array | undefined {
    const cpu = this.internals?.cpu;
    if (!cpu) return undefined;
    const cells = new Uint8Array(VGA_TEXT_BYTES);
    for (let i = 0; i < VGA_TEXT_BYTES; i++) cells[i] = cpu.in_mapped_range(VGA_TEXT + i) ? cpu.mmap_read8(VGA_TEXT + i) : cpu.mem8[VGA_TEXT + i];
    return cells;
  }

  async destroy(): Promise<void> {
    this.stopped = true;
    this.screen.removeEventListener("focus", this.keyboardOn);
    this.screen.removeEventListener("blur", this.keyboardOff);
    await this.emulator.destroy();
  }
}
