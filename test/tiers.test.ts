// The tiers, booted: ring-3 apps and drivers that misbehave, and a core that goes on.
// The scenario kernel (test/kernel-fixtures/scenario-kernel.ts) is compiled once; each
// scenario (test/kernel-fixtures/tier-scenarios.ts) is chosen
// with `test=<name>`. The tests assert the kernel's report of each fault, who was
// stopped, and that everything else kept running.

import { beforeAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel, type BootResult, type GuestInput } from "../compiler/emulator/v86.js";
import { type } from "./helpers/scancodes.js";
import { cellColour, screenLines, VGA_TEXT } from "./helpers/vga.js";

let image: Uint8Array;

beforeAll(() => {
  image = compile("test/kernel-fixtures/scenario-kernel.ts").flatBinary();
});

function boot(scenario: string): Promise<BootResult> {
  return bootKernel(image, { cmdline: `test=${scenario}`, timeoutMs: 30_000 });
}

/** The lines after the boot banner, except the heartbeat's. */
function reportLines(serial: string): string[] {
  const lines = serial.split("\n");
  return lines.slice(lines.findIndex((l) => l.startsWith("usable memory")) + 1).filter((l) => !l.startsWith("heartbeat") && l !== "");
}

const EIP = "eip=0x4[0-9a-f]{7}"; // somewhere in the program, which is linked at 1 GiB
const SLICE_TICKS = 2; // schedulerInit's default

/** The timer ticks the heartbeat printed, and the gaps between them, in ticks: v86's timer
 * follows the host's clock, so a loaded host gives the guest fewer instructions a tick,
 * but a gap in ticks still counts the time slices the heartbeat waited. */
function heartbeats(serial: string): { beats: number[]; gaps: number[] } {
  const beats = [...serial.matchAll(/^heartbeat (\d+)$/gm)].map((m) => Number(m[1]));
  return { beats, gaps: beats.slice(1).map((t, k) => t - beats[k]) };
}

describe("ring 3: what a user task cannot do", () => {
  let r: BootResult;
  beforeAll(async () => {
    r = await boot("isolation");
  });

  it("stops a task that writes kernel memory, code or data, with a report naming it", () => {
    const lines = reportLines(r.serial);
    expect(lines[0]).toBe("probe 4: attempt 1");
    expect(lines[1]).toMatch(new RegExp(`^\\[fault\\] task 4 \\(probe\\): write of kernel memory at 0x00101000 at ${EIP}; task stopped$`));
    expect(lines[2]).toBe("probe 5: attempt 1");
    expect(lines[3]).toMatch(new RegExp(`^\\[fault\\] task 5 \\(probe\\): write of kernel memory at 0x00[0-9a-f]{6} at ${EIP}; task stopped$`));
  });

  it("stops a task that reads another task's page through the kernel's map of RAM", () => {
    expect(reportLines(r.serial).slice(4, 6)).toEqual([
      "probe 6: attempt 2",
      expect.stringMatching(new RegExp(`^\\[fault\\] task 6 \\(probe\\): read of kernel memory at 0x00[0-9a-f]{3}000 at ${EIP}; task stopped$`)),
    ]);
  });

  it("stops a task that runs cli, hlt or out on a port it was not granted", () => {
    const lines = reportLines(r.serial).slice(6, 12);
    expect(lines.filter((l) => l.startsWith("[fault]")).map((l) => l.replace(/ at eip=0x4[0-9a-f]{7}/, ""))).toEqual([
      "[fault] task 7 (probe): privileged instruction cli; task stopped",
      "[fault] task 8 (probe): privileged instruction hlt; task stopped",
      "[fault] task 9 (probe): I/O port 0x3f8 not granted (outb at 0x3f8); task stopped",
    ]);
  });

  it("refuses a kernel pointer passed to a system call with an error code, and the task goes on", () => {
    expect(reportLines(r.serial).slice(12, 16)).toEqual([
      "probe 10: attempt 6",
      "probe: write(kernel address) returned -2", // SysError.BadAddress
      "probe: still running",
      "[exit] task 10 (probe): status 0",
    ]);
  });

  it("answers every bad call number and argument with its error code, and never faults", () => {
    expect(reportLines(r.serial).slice(16, 34)).toEqual([
      "probe 11: attempt 7",
      "probe: call 99 = -1", // BadCall
      "probe: call 0xffffffff = -1",
      "probe: write(kernel, 16) = -2", // BadAddress
      "probe: write(below user space, 32) = -2",
      "probe: write(past user space, 32) = -2",
      "probe: write(wrapping, 32) = -2",
      "probe: write(own data, 1 GiB) = -3", // BadArgument
      "probe: write(own data, 0) = 0",
      "probe: send(task 999) = -4", // NoSuchTask
      "probe: send(a kernel thread) = -4",
      "probe: send(self, kernel message) = -2",
      "probe: receive(kernel) = -2",
      "probe: receive(own code) = -2", // read-only: the kernel will not write the message there
      "probe: console input = -5", // Denied: an app lacks the right
      "probe: lookup(999) = -4",
      "probe: still running",
      "[exit] task 11 (probe): status 0",
    ]);
  });

  it("stops a task that overflows its stack: at the guard below it, or at its own stack check", () => {
    expect(reportLines(r.serial).slice(34).map((l) => l.replace(/ at eip=0x4[0-9a-f]{7}/, ""))).toEqual([
      "probe 12: attempt 10",
      "[fault] task 12 (probe): stack overflow (write at 0xbfffaffc, below the user stack); task stopped",
      "probe 13: attempt 11",
      "[fault] task 13 (probe): stack overflow (stack check); task stopped", // reported by its trap module
      "kernel: still running; victim alive",
    ]);
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(0);
  });
});

describe("the driver tier: faults contained, drivers restarted, then disabled", () => {
  let r: BootResult;
  beforeAll(async () => {
    r = await boot("containment");
  });

  it("reports each fault kind in a driver, restarts it with doubling backoff, and disables it after 3 restarts", () => {
    const lines = reportLines(r.serial).filter((l) => l.startsWith("[")).map((l) => l.replace(/ at eip=0x4[0-9a-f]{7}/, ""));
    const life = (name: string, task: number, fault: string, restart: string) => [
      `[driver] ${name} started as task ${task}`,
      `[fault] task ${task} (${name}): ${fault}; task stopped`,
      restart,
    ];
    const bounds = "bounds check failed: index 7, length 4, at test/kernel-fixtures/crashy/main.ts:36";
    expect(lines).toEqual([
      ...life("crashy-a", 4, bounds, "[driver] crashy-a faulted; restart 1 of 3 in 50 ms"),
      ...life("crashy-a", 5, "read of unmapped memory at 0x00000000 (null pointer)", "[driver] crashy-a faulted; restart 2 of 3 in 100 ms"),
      ...life("crashy-a", 6, "divide by zero", "[driver] crashy-a faulted; restart 3 of 3 in 200 ms"),
      ...life("crashy-a", 7, "privileged instruction cli", "[driver] crashy-a disabled after 4 faults"),
      ...life("crashy-b", 8, "I/O port 0x3f8 not granted (outb at 0x3f8)", "[driver] crashy-b faulted; restart 1 of 3 in 50 ms"),
      ...life("crashy-b", 9, "watchdog: ran 20 ticks without waiting", "[driver] crashy-b faulted; restart 2 of 3 in 100 ms"),
      ...life("crashy-b", 10, bounds, "[driver] crashy-b faulted; restart 3 of 3 in 200 ms"),
      ...life("crashy-b", 11, bounds, "[driver] crashy-b disabled after 4 faults"),
    ]);
    expect(r.serial).toContain("kernel: crashy-a disabled after 4 faults, crashy-b disabled after 4 faults\n");
    expect(r.exitCode).toBe(0);
  });

  it("keeps a third task's heartbeat going throughout, never more than 2 time slices apart", () => {
    const { beats, gaps } = heartbeats(r.serial);
    expect(beats.length).toBeGreaterThan(30);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2 * SLICE_TICKS);
    // The heartbeat covers the whole run: from before the first fault to after the last.
    const text = r.serial;
    expect(text.indexOf("heartbeat")).toBeLessThan(text.indexOf("[fault]"));
    expect(text.lastIndexOf("heartbeat")).toBeGreaterThan(text.lastIndexOf("[fault]"));
  });
});

describe("send rights: a hostile app cannot disable a driver", () => {
  let r: BootResult;
  beforeAll(async () => {
    r = await boot("rights");
  });

  it("refuses sends and lookups without a right, and charges a fault a request provokes to its sender", () => {
    const lines = reportLines(r.serial);
    expect(lines.filter((l) => l.startsWith("probe")).map((l) => l.replace(/^probe \d+: /, ""))).toEqual([
      "attempt 17", // the hostile app, granted the right to crashy-a's service alone
      "probe: lookup(a service it holds no right for) = -5", // Denied
      "probe: round 0: lookup = 3, sends accepted 1, denied 2", // crashy-a took it; crashy-b and the client refused it
      "probe: round 1: lookup = 7, sends accepted 1, denied 2", // crashy-a's restarted task took it: the second strike
      "probe: round 2: lookup = -5, sends accepted 0, denied 3", // its rights were revoked: crashy-a's new task refuses it too
      "probe: round 3: lookup = -5, sends accepted 0, denied 3",
      "probe: still running",
      "attempt 18", // the client, with the same right, after the attack
      "probe: lookup = 8, send = 0, receive = 0: kind 3 from task 8", // a Reply from crashy-a's restarted task
      "probe: still running",
    ]);
    const charged = (strike: string) =>
      `[driver] crashy-a faulted on a request from task 6 (hostile): charged to the sender, strike ${strike}; restart in 50 ms`;
    const bounds = (task: number) =>
      `[fault] task ${task} (crashy-a): bounds check failed: index 7, length 4, at test/kernel-fixtures/crashy/main.ts:36; task stopped`;
    expect(lines.filter((l) => l.startsWith("["))).toEqual([
      "[driver] crashy-a started as task 3",
      "[driver] crashy-b started as task 4",
      bounds(3),
      charged("1 of 2"),
      "[driver] crashy-a started as task 7",
      bounds(7),
      charged("2 of 2, its send rights revoked"),
      "[driver] crashy-a started as task 8",
      "[exit] task 6 (hostile): status 0",
      "[exit] task 5 (client): status 0",
    ]);
    expect(lines.filter((l) => l.startsWith("crashy:"))).toEqual([
      ...["crashy: ready", "crashy: ready", "crashy: committing fault 1", "crashy: ready", "crashy: committing fault 1"],
      ...["crashy: ready", "crashy: served a request"],
    ]);
    expect(lines.at(-1)).toBe("kernel: crashy-a running after 0 faults, crashy-b running after 0 faults");
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});

describe("run levels: drivers before apps, and apps not starved", () => {
  it("keeps a driver's heartbeat within 2 time slices while 8 apps spin and two drivers keep each other busy; the apps still run", async () => {
    const r = await boot("priority");
    const { beats, gaps } = heartbeats(r.serial);
    expect(beats.length).toBeGreaterThan(30); // a second at 100 Hz, a beat every tick or two
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2 * SLICE_TICKS); // round-robin among the 11 tasks: 16 and more
    expect(r.serial.match(/^probe \d+: attempt 16$/gm)).toHaveLength(8);
    // The two busy drivers are urgent all second long; each app still gets a tick after every slice of theirs.
    const fewest = Number(/^kernel: the spinners ran: each at least (\d+) slices$/m.exec(r.serial)?.[1]);
    expect(fewest).toBeGreaterThan(0);
    expect(r).toMatchObject({ reason: "exit", exitCode: 0 });
  });
});

describe("device memory: a driver reaches the MMIO it was granted, and nothing else does", () => {
  it("lets the uptime driver draw on the VGA text screen from ring 3, and stops an app writing at the same address", async () => {
    const r = await bootKernel(image, { cmdline: "test=devices", timeoutMs: 30_000, readMemory: [VGA_TEXT] });
    expect(reportLines(r.serial)).toEqual([
      "[driver] uptime started as task 3",
      expect.stringMatching(/^kernel: the screen's top-right corner reads " {4}up 0\.\d s"$/),
      "probe 4: attempt 1",
      expect.stringMatching(new RegExp(`^\\[fault\\] task 4 \\(probe\\): write of unmapped memory at 0xa0000000 at ${EIP}; task stopped$`)),
      "probe 5: attempt 9",
      "probe: write(device memory, 2) = -2", // the kernel touches a task's own memory only
      "probe: receive(device memory) = -2",
      "probe: still running",
      "[exit] task 5 (probe): status 0",
    ]);
    const topRow = screenLines(r.memory[0])[0];
    expect(topRow).toMatch(/^SimpleOS, written in TypeScript, compiled by tskc +up \d+\.\d s$/);
    expect(cellColour(r.memory[0], 0, 79)).toBe(0x1e); // the driver's colours: yellow on blue
    expect(screenLines(r.memory[0])[24][0]).toBe("!"); // the probe's store into its device window
    expect(r.exitCode).toBe(0);
  });
});

describe("the input drivers: the shell's keyboard and COM1 input, in ring 3", () => {
  const PROMPT = "simpleos> ";
  let simpleOs: Uint8Array; // SimpleOS as it ships: the shell
  beforeAll(() => {
    simpleOs = compile("kernel/main.ts").flatBinary();
  });

  it("types into SimpleOS's shell through the ring-3 keyboard driver", async () => {
    const r = await bootKernel(simpleOs, { keys: type("echo typed\nexit 3\n"), timeoutMs: 30_000 });
    expect(r.serial).toContain(
      `usable memory: 32640 KiB\n[driver] keyboard started as task 3\n[driver] serial-input started as task 4\n${PROMPT}echo typed\ntyped\n${PROMPT}exit 3\n`,
    );
    expect(r).toMatchObject({ reason: "exit", exitCode: 3 });
  });

  it("lists each task's tier in ps: the core's threads, and the drivers in ring 3", async () => {
    const r = await bootKernel(simpleOs, { keys: type("ps\nexit\n"), timeoutMs: 30_000 });
    const table = r.serial.slice(r.serial.indexOf("  id  state")).split("\n").slice(0, 6);
    expect(table.map((line) => line.split(/ +/).filter((w) => w !== "" && !/^\d+$/.test(w)))).toEqual([
      ["id", "state", "switches", "tier", "name"],
      ["running", "core", "main"],
      ["ready", "core", "idle"],
      [expect.any(String), "core", "supervisor"],
      [expect.any(String), "driver", "keyboard"],
      [expect.any(String), "driver", "serial-input"],
    ]);
  });

  it("delivers every key while an app keeps the keyboard driver's mailbox full: interrupts are never refused", async () => {
    const shell = compile("test/kernel-fixtures/shell-kernel.ts").flatBinary();
    let input: GuestInput | undefined;
    let shown = "";
    let keysSent = false;
    const r = await bootKernel(shell, {
      cmdline: "flood",
      timeoutMs: 30_000,
      onReady: (channel) => (input = channel),
      onSerial: (byte) => {
        shown += byte;
        if (keysSent || !shown.endsWith("probe 5: attempt 8\n")) return; // the flood has begun
        keysSent = true;
        queueMicrotask(() => input!.sendScancodes(type("echo through the flood\nexit 6\n")));
      },
    });
    expect(r.serial).toContain(`${PROMPT}probe 5: attempt 8\necho through the flood\nthrough the flood\n${PROMPT}exit 6\n`);
    expect(r).toMatchObject({ reason: "exit", exitCode: 6 });
  });

  it("loses no key when the keyboard driver faults: the restarted driver takes the key that woke the old one", async () => {
    // The fixture breaks the driver while it waits; the keys go once the prompt shows.
    const shell = compile("test/kernel-fixtures/shell-kernel.ts").flatBinary();
    let input: GuestInput | undefined;
    let shown = "";
    let keysSent = false;
    const r = await bootKernel(shell, {
      cmdline: "keyboard-fault",
      timeoutMs: 30_000,
      onReady: (channel) => (input = channel),
      onSerial: (byte) => {
        shown += byte;
        if (keysSent || !shown.endsWith(PROMPT)) return;
        keysSent = true;
        queueMicrotask(() => input!.sendScancodes(type("echo still here\nexit 5\n"))); // after onReady's microtask
      },
    });
    expect(r.serial.slice(r.serial.indexOf(PROMPT)).split("\n")).toEqual([
      `${PROMPT}[fault] task 3 (keyboard): read of unmapped memory at 0x00000000 (null pointer) at eip=0x00000000; task stopped`,
      "[driver] keyboard faulted; restart 1 of 3 in 50 ms",
      "[driver] keyboard started as task 5",
      "echo still here",
      "still here",
      `${PROMPT}exit 5`,
      "",
    ]);
    expect(r).toMatchObject({ reason: "exit", exitCode: 5 });
  });
});
