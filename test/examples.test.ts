// Every example boots in v86 and does what its comment says.

import { describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";
import { cellColour, screenLines, VGA_TEXT } from "./helpers/vga.js";

describe("examples/hello", () => {
  it("greets on COM1 and on the VGA screen, then exits with 0", async () => {
    const image = compile("examples/hello/main.ts").flatBinary();
    const r = await bootKernel(image, { readMemory: [VGA_TEXT] });
    expect(r.serial).toBe("Hello from TypeScript!\n");
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(0);
    expect(screenLines(r.memory[0])[0]).toBe("Hello from TypeScript!");
    expect(cellColour(r.memory[0], 0, 0)).toBe(0x1f);
  });
});

describe("examples/channel-file-291", () => {
  it("contains the malformed update: the sensor is stopped and restarted, the updater rolls back, the system goes on", async () => {
    const image = compile("examples/channel-file-291/main.ts").flatBinary();
    const r = await bootKernel(image, { timeoutMs: 30_000 });
    const lines = r.serial.split("\n");
    const story = lines.filter((l) => !l.startsWith("heartbeat") && l !== "").slice(lines.findIndex((l) => l.startsWith("usable memory")) + 1);
    expect(story).toEqual([
      "[driver] sensor started as task 3",
      "sensor: up, no channel file yet",
      "updater: sensor is task 3",
      "sensor: channel file 290 active, 3 rules", // the well-formed file works
      "updater: event 1: 0 rules matched",
      "updater: event 2: 0 rules matched",
      "updater: event 3: 1 rules matched",
      "sensor: channel file 291 active, 3 rules", // the malformed one: a rule for field 20 of 0-19
      "[fault] task 3 (sensor): bounds check failed: index 20, length 20, at examples/channel-file-291/sensor.ts:70; task stopped",
      "[driver] sensor faulted on a request from task 5 (updater): charged to the sender, strike 1 of 2; restart in 50 ms",
      "[driver] sensor started as task 6",
      "sensor: up, no channel file yet",
      "updater: event 4: no answer (-7)", // SysError.TimedOut
      "updater: channel file 291 crashed the sensor; rolling back to 290",
      "updater: sensor is task 6",
      "sensor: channel file 290 active, 3 rules",
      "updater: event 5: 0 rules matched",
      "updater: event 6: 0 rules matched",
      "updater: done",
      "[exit] task 5 (updater): status 0",
      "kernel: still up; the sensor was restarted, 0 fault(s) of its own; heartbeat still running", // the updater's update caused it
    ]);
    // Other tasks kept running across the fault: the heartbeat beats before it, while the
    // updater waits for the dead sensor's answer, and after.
    const fault = r.serial.indexOf("[fault]");
    const timedOut = r.serial.indexOf("updater: event 4");
    expect(r.serial.slice(0, fault)).toMatch(/^heartbeat \d+$/m);
    expect(r.serial.slice(fault, timedOut)).toMatch(/^heartbeat \d+$/m);
    expect(r.serial.slice(timedOut)).toMatch(/^heartbeat \d+$/m);
    expect(r.reason).toBe("exit");
    expect(r.exitCode).toBe(0);
  });
});
