// DWARF in the ELF (compiler/debug/): decoded by an independent reader
// (test/helpers/dwarf.ts), and, when installed, read by addr2line, objdump and
// gdb attached to QEMU. Tests that need a native tool are skipped with a note.

import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../compiler/driver.js";
import { dieTrees, DW, elfSections, evalLocation, lineAt, lineRows, type DieNode } from "./helpers/dwarf.js";

const FIXTURE = "test/debug-fixtures/loop.ts";
const compiled = compile(FIXTURE);
const elf = compiled.elf();
const listing = compiled.listing();
const sections = elfSections(elf);
const rows = lineRows(sections.get(".debug_line")!.bytes);
const [unit] = dieTrees(sections.get(".debug_info")!.bytes, sections.get(".debug_abbrev")!.bytes);
const subprograms = unit.children.filter((d) => d.tag === DW.TAG_subprogram);
const subprogram = (name: string) => subprograms.find((d) => d.attrs.get(DW.AT_name) === name)!;

/** The address of the first listing line whose instruction matches `asm`, after `label:`. */
function addressIn(label: string, asm: RegExp): number {
  const lines = listing.split("\n");
  const from = lines.indexOf(`${label}:`);
  const line = lines.slice(from).find((l) => asm.test(l.split(";")[0]));
  return parseInt(/; ([0-9a-f]+):/.exec(line!)![1], 16);
}

const scratch = mkdtempSync(join(tmpdir(), "tskc-debug-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const elfPath = join(scratch, "loop.elf");
writeFileSync(elfPath, elf);

describe("DWARF sections", () => {
  it("are in the ELF only: the flat binary is the same bytes the ELF loads", () => {
    for (const name of [".debug_info", ".debug_abbrev", ".debug_line", ".debug_frame", ".debug_aranges"]) {
      expect(sections.get(name)?.bytes.length, name).toBeGreaterThan(0);
      expect(sections.get(name)!.addr, name).toBe(0); // not loaded
    }
    const text = sections.get(".text")!;
    const bin = compiled.flatBinary();
    expect(bin.subarray(text.addr - 0x100000, text.addr - 0x100000 + text.bytes.length)).toEqual(text.bytes);
  });

  it("map a call's address to its file and line", () => {
    const call = addressIn("main", /call scale/);
    expect(lineAt(rows, call)).toMatchObject({ file: FIXTURE, line: 34, isStmt: true });
    const trap = addressIn("$at", /call boundsTrap/);
    expect(lineAt(rows, trap)).toMatchObject({ file: FIXTURE, line: 21 });
    // Library code keeps its own file and line, inlined too (onBoundsError's store, in main).
    expect(lineAt(rows, addressIn("main", /mov \[boundsHandler\]/))).toMatchObject({ file: "runtime/lib/trap.ts", line: 20 });
  });

  it("mark where each prologue ends", () => {
    // After the arguments are loaded: on the first statement, where gdb's `break scale` stops.
    const bodyStart = addressIn("scale", /imul/);
    expect(rows.filter((r) => r.prologueEnd && r.address >= subprogram("scale").attrs.get(DW.AT_low_pc)! && r.address < bodyStart + 3)).toEqual([
      expect.objectContaining({ address: bodyStart, file: FIXTURE, line: 16 }),
    ]);
    // main has no parameters: its body starts right after the prologue.
    const mainBody = addressIn("main", /mov eax, trapped/);
    expect(rows.find((r) => r.prologueEnd && r.address === mainBody)).toMatchObject({ line: 29 });
  });

  it("give no line to the boot stub", () => {
    expect(lineAt(rows, compiled.image.entry)).toBeUndefined();
  });

  it("have a subprogram for every function, with its exact range", () => {
    const funcs = compiled.image.symbols.filter((s) => s.kind === "func");
    expect(subprograms.length).toBe(funcs.length);
    for (const f of funcs) {
      const sp = subprogram(f.name);
      expect(sp, f.name).toBeDefined();
      expect([sp.attrs.get(DW.AT_low_pc), sp.attrs.get(DW.AT_high_pc)], f.name).toEqual([f.addr, f.size]);
    }
    expect(subprogram("scale").attrs.get(DW.AT_decl_line)).toBe(15);
  });

  it("place parameters in their stack slots, typed", () => {
    const sp = subprogram("scale");
    // The frame base is the CFA (DW_OP_call_frame_cfa: esp before the call), with or without an ebp frame.
    expect([...(sp.attrs.get(DW.AT_frame_base) as Uint8Array)]).toEqual([0x9c]);
    const cfa = 0x10_7000 - 0x40; // any frame: the slot is relative to it
    const params = sp.children.filter((d) => d.tag === DW.TAG_formal_parameter);
    expect(params.map((p) => p.attrs.get(DW.AT_name))).toEqual(["value", "factor", "p"]);
    const slot = (p: DieNode) => evalLocation(p.attrs.get(DW.AT_location) as Uint8Array, regs({}), cfa);
    expect(params.map(slot)).toEqual([{ addr: cfa }, { addr: cfa + 4 }, { addr: cfa + 8 }]);
    const type = (p: DieNode) => unit.children.find((d) => d.offset === p.attrs.get(DW.AT_type))!;
    expect(type(params[1]).attrs.get(DW.AT_name)).toBe("u8");
    expect(type(params[1]).attrs.get(DW.AT_byte_size)).toBe(1);
    // A struct parameter is a pointer to the structure, whose members sit at their offsets.
    const struct = unit.children.find((d) => d.offset === type(params[2]).attrs.get(DW.AT_type))!;
    expect(struct.tag).toBe(DW.TAG_structure_type);
    expect(struct.children.map((m) => [m.attrs.get(DW.AT_name), m.attrs.get(DW.AT_data_member_location)])).toEqual([["x", 0], ["y", 4]]);
  });
});

function regs(values: Record<number, number>): number[] {
  return Array.from({ length: 9 }, (_, i) => values[i] ?? 0);
}

describe("variable locations", () => {
  const lists = sections.get(".debug_loc")!.bytes;
  /** The one entry of the location list at `offset`: [low, high) absolute, and the expression. */
  const entry = (offset: number) => {
    const v = new DataView(lists.buffer, lists.byteOffset + offset);
    const base = unit.attrs.get(DW.AT_low_pc) as number;
    return { low: base + v.getUint32(0, true), high: base + v.getUint32(4, true), expr: lists.subarray(offset + 10, offset + 10 + v.getUint16(8, true)) };
  };

  it("follow a local in its register over its live range", () => {
    const main = subprogram("main");
    const i = main.children.find((d) => d.tag === DW.TAG_variable && d.attrs.get(DW.AT_name) === "i")!;
    const { low, high, expr } = entry(i.attrs.get(DW.AT_location) as number);
    const call = addressIn("main", /call scale/);
    expect(low).toBeLessThan(call);
    expect(high).toBeGreaterThan(call);
    // The listing says which register `push <reg>` passes as scale's first argument: i.
    const lines = listing.split("\n");
    const callLine = lines.findIndex((l) => /call scale/.test(l) && l.includes(call.toString(16)));
    const pushed = /push (e[a-z]{2})/.exec(lines[callLine - 1])![1];
    const number = ["eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi"].indexOf(pushed);
    expect(evalLocation(expr, regs({}), 0)).toEqual({ reg: number });
  });
});

describe("a variable split around calls", () => {
  // test/debug-fixtures/split.ts: `op` is in a register on the hot path, in its frame slot across the cold calls.
  const split = compile("test/debug-fixtures/split.ts");
  const splitSections = elfSections(split.elf());
  const [splitUnit] = dieTrees(splitSections.get(".debug_info")!.bytes, splitSections.get(".debug_abbrev")!.bytes);
  const splitListing = split.listing().split("\n");
  const lists = splitSections.get(".debug_loc")!.bytes;
  const main = splitUnit.children.find((d) => d.tag === DW.TAG_subprogram && d.attrs.get(DW.AT_name) === "main")!;
  const op = main.children.find((d) => d.tag === DW.TAG_variable && d.attrs.get(DW.AT_name) === "op")!;
  /** Every entry of the location list at `offset`: [low, high) absolute, and where. */
  const entries = (offset: number) => {
    const out: { low: number; high: number; at: ReturnType<typeof evalLocation> }[] = [];
    const base = splitUnit.attrs.get(DW.AT_low_pc) as number;
    for (let v = new DataView(lists.buffer, lists.byteOffset + offset); v.getUint32(0, true) !== 0 || v.getUint32(4, true) !== 0; ) {
      const length = v.getUint16(8, true);
      out.push({ low: base + v.getUint32(0, true), high: base + v.getUint32(4, true), at: evalLocation(lists.subarray(v.byteOffset - lists.byteOffset + 10, v.byteOffset - lists.byteOffset + 10 + length), regs({}), 0) });
      v = new DataView(lists.buffer, v.byteOffset + 10 + length);
    }
    return out;
  };
  const address = (pattern: RegExp, nth = 0) => {
    const from = splitListing.indexOf("main:");
    const line = splitListing.slice(from).filter((l) => pattern.test(l.split(";")[0]))[nth];
    return parseInt(/; ([0-9a-f]+):/.exec(line!)![1], 16);
  };

  it("is in its register where it is compared, and in its frame slot across both calls", () => {
    const list = entries(op.attrs.get(DW.AT_location) as number);
    const where = (pc: number) => list.filter((e) => e.low <= pc && pc < e.high).map((e) => e.at);
    expect(where(address(/cmp e[a-z]x, 0xc8/))).toEqual([{ reg: 0 }]); // eax, loaded by movzx
    for (const nth of [0, 1]) {
      const inSlot = where(address(/call report/, nth)).filter((at) => "addr" in at);
      expect(inSlot).toHaveLength(1);
      // A frame slot: below the return address and the three saved registers (CFA - 16).
      expect((inSlot[0] as { addr: number }).addr).toBeLessThan(-16);
    }
  });
});

const onPath = (tool: string) => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const hasGdb = onPath("gdb") && onPath("qemu-system-i386");
const hasBinutils = onPath("addr2line") && onPath("objdump");
if (!hasGdb) console.log("debug.test: gdb or qemu-system-i386 not on PATH, skipping the gdb session");
if (!hasBinutils) console.log("debug.test: addr2line or objdump not on PATH, skipping the binutils checks");

describe.runIf(hasBinutils)("binutils read the DWARF", () => {
  it("addr2line names the source line of a bounds-trap call", () => {
    const trap = addressIn("$at", /call boundsTrap/);
    const out = spawnSync("addr2line", ["-f", "-e", elfPath, trap.toString(16)], { encoding: "utf8" }).stdout.trim().split("\n");
    expect(out[0]).toBe("at");
    expect(out[1]).toMatch(/test\/debug-fixtures\/loop\.ts:21$/);
  });

  it("objdump -dS interleaves the source", () => {
    const out = spawnSync("objdump", ["-dS", elfPath], { encoding: "utf8", maxBuffer: 1 << 26 }).stdout;
    const at = out.slice(out.indexOf("<at>:"));
    // cmp <the index's register>, 4: the check, right under its source line
    expect(at).toMatch(/return values\[index\]; \/\/ line 21[^\n]*\n\s+[0-9a-f]+:\s+83 f[8-f] 04\s+cmp/);
  });
});

/** A TCP port on loopback that nothing listens on now. */
async function freePort(): Promise<number> {
  const { createServer } = await import("node:net");
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Boots the ELF in QEMU stopped at the first instruction, runs gdb's `commands` against it,
 * and returns what gdb printed. QEMU is killed whatever happens. */
async function gdbSession(commands: string[], elf = elfPath): Promise<string> {
  const { spawn } = await import("node:child_process");
  const port = await freePort();
  const qemu = spawn("qemu-system-i386", [
    "-kernel", elf, "-S", "-gdb", `tcp:127.0.0.1:${port}`, "-display", "none", "-serial", "null", "-monitor", "none",
    "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
  ], { stdio: "ignore" });
  try {
    for (let attempt = 0; ; attempt++) {
      await new Promise((r) => setTimeout(r, 300));
      const gdb = spawnSync("gdb", ["-batch", "-nx", "-ex", "set pagination off", "-ex", "set confirm off",
        "-ex", `target remote 127.0.0.1:${port}`, ...commands.flatMap((c) => ["-ex", c]), elf], { encoding: "utf8", timeout: 30_000 });
      const out = `${gdb.stdout}${gdb.stderr}`;
      if (!/Connection refused/.test(out) || attempt >= 10) return out;
    }
  } finally {
    qemu.kill("SIGKILL");
  }
}

describe.runIf(hasGdb)("gdb on the kernel in QEMU", () => {
  let out = "";
  it("stops at file:line with the arguments, steps, backtraces and prints locals", async () => {
    out = await gdbSession([
      "break loop.ts:16", "continue", "bt", "info args", "p factor", "next", "p product", "finish",
      "delete 1", "break loop.ts:34", "continue", "p i", "p total", "info locals", "kill",
    ]);
    expect(out).toMatch(/Breakpoint 1 at 0x[0-9a-f]+: file test\/debug-fixtures\/loop\.ts, line 16\./);
    expect(out).toMatch(/Breakpoint 1, scale \(value=0, factor=3 '\\003', p=0x200000\) at test\/debug-fixtures\/loop\.ts:16/);
    expect(out).toMatch(/#0  scale \(value=0, factor=3 '\\003', p=0x200000\) at test\/debug-fixtures\/loop\.ts:16\n#1  0x[0-9a-f]+ in main \(\) at test\/debug-fixtures\/loop\.ts:34\n/);
    expect(out).toMatch(/\nvalue = 0\nfactor = 3 '\\003'\np = 0x200000\n/);
    expect(out).toMatch(/\n17\t  return product \+ p\.x;\n/); // next
    expect(out).toMatch(/0x[0-9a-f]+ in main \(\) at test\/debug-fixtures\/loop\.ts:34\n[^\n]*\nValue returned is \$\d+ = 7\n/); // finish: 0 * 3 + p.x
    // The second time round the loop: i is 1 and total holds the first call's result.
    expect(out).toMatch(/Breakpoint 2, main \(\) at test\/debug-fixtures\/loop\.ts:34[\s\S]*\$\d+ = 1\n\$\d+ = 7\n/);
    expect(out).toMatch(/\ni = 1\n/);
  }, 90_000);

  it("backtraces through shrink-wrapped frames: a call before the prologue, recursion after it", async () => {
    const elf = join(scratch, "wrap.elf");
    writeFileSync(elf, compile("test/debug-fixtures/wrap.ts").elf());
    const trace = await gdbSession(["break bottom", "continue", "bt", "finish", "kill"], elf);
    // nest(0) calls bottom before its prologue (CFA = esp + 4, nothing saved); nest(1) and nest(2) run in their frames.
    expect(trace).toMatch(/#0  bottom \(n=0\) at test\/debug-fixtures\/wrap\.ts:7\n#1  0x[0-9a-f]+ in nest \(n=0\) at test\/debug-fixtures\/wrap\.ts:18\n#2  0x[0-9a-f]+ in nest \(n=1\) at test\/debug-fixtures\/wrap\.ts:19\n#3  0x[0-9a-f]+ in nest \(n=2\) at test\/debug-fixtures\/wrap\.ts:19\n#4  0x[0-9a-f]+ in main \(\) at test\/debug-fixtures\/wrap\.ts:23\n/);
    expect(trace).toMatch(/Value returned is \$\d+ = 3\n/);
  }, 90_000);

  it("backtraces from an interrupt handler through its entry stub to the interrupted code", async () => {
    const elf = join(scratch, "interrupts.elf");
    writeFileSync(elf, compile("test/golden/interrupts.ts").elf());
    const trace = await gdbSession(["break onInterrupt", "continue", "bt", "kill"], elf);
    // gdb calls an interrupt stub's frame what it calls a signal trampoline's. int3 is a
    // trap: the interrupted code resumes on the next line, where the backtrace shows it.
    expect(trace).toMatch(/#0  onInterrupt \(frame=0x[0-9a-f]+ <__stack\+\d+>\) at test\/golden\/interrupts\.ts:46\n#1  <signal handler called>\n#2  main \(\) at test\/golden\/interrupts\.ts:82\n/);
  }, 90_000);
});

describe("tskc run --qemu", () => {
  it("says what to install when QEMU is missing", () => {
    const run = spawnSync(process.execPath, ["bin/tskc.js", "run", FIXTURE, "--qemu"], { encoding: "utf8", env: { ...process.env, PATH: "/nonexistent" } });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--qemu needs qemu-system-i386 on PATH/);
  });

  it("refuses --gdb without --qemu", () => {
    const run = spawnSync(process.execPath, ["bin/tskc.js", "run", FIXTURE, "--gdb"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--gdb needs --qemu/);
  });

  it.runIf(hasGdb)("boots the kernel with its exit code", () => {
    const run = spawnSync(process.execPath, ["bin/tskc.js", "run", FIXTURE, "--qemu", "--timeout", "20000"], { encoding: "utf8", timeout: 30_000 });
    expect(run.status).toBe(21); // the fixture's bounds trap exits with the line number
  });

  it.runIf(hasGdb)("passes --cmdline to the kernel (-append)", () => {
    const run = spawnSync(process.execPath, ["bin/tskc.js", "run", "test/fixtures/cmdline.ts", "--qemu", "--cmdline", "test=timer", "--timeout", "20000"], { encoding: "utf8", timeout: 30_000 });
    // QEMU's multiboot loader puts the kernel's file name first, as GRUB does; v86 passes the text alone.
    const line = /^cmdline: (.*)\n/m.exec(run.stdout)?.[1];
    expect(line).toBe("out/cmdline.elf test=timer");
    expect(run.status).toBe(line!.length); // the fixture exits with the line's length
  });

  it.runIf(hasGdb)("--gdb waits for the gdb command line it prints", async () => {
    const { spawn } = await import("node:child_process");
    const port = await freePort();
    const tskc = spawn(process.execPath, ["bin/tskc.js", "run", FIXTURE, "--qemu", "--gdb", String(port), "--timeout", "30000"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      let stderr = "";
      const command = await new Promise<string>((resolve, reject) => {
        tskc.stderr.on("data", (chunk: Buffer) => {
          stderr += chunk.toString();
          const m = /\n  (gdb .*)\n/.exec(stderr);
          if (m) resolve(m[1]);
        });
        tskc.once("exit", () => reject(new Error(`tskc ended first: ${stderr}`)));
      });
      expect(command).toBe(`gdb -q out/loop.elf -ex 'target remote 127.0.0.1:${port}'`);
      await new Promise((r) => setTimeout(r, 300));
      const gdb = spawnSync("sh", ["-c", `${command} -batch -nx -ex 'break trapped' -ex continue -ex 'info args' -ex 'p file->bytes[0]@file->length' -ex kill`], { encoding: "utf8", timeout: 30_000 });
      expect(gdb.stdout).toMatch(/Breakpoint 1, trapped \(file=0x[0-9a-f]+ <str_\d+>, line=21, index=46, length=4\) at test\/debug-fixtures\/loop\.ts:25/);
      expect(gdb.stdout).toMatch(/\$1 = "test\/debug-fixtures\/loop\.ts"\n/); // a string: its length, then its bytes
    } finally {
      tskc.kill("SIGKILL");
    }
  }, 90_000);
});

describe("a ring-3 program's ELF", () => {
  const user = compile("test/fixtures/user-hello.ts", { target: "user" });
  const userSections = elfSections(user.elf());
  const [userUnit] = dieTrees(userSections.get(".debug_info")!.bytes, userSections.get(".debug_abbrev")!.bytes);

  it("has the program's text at its link address, and DWARF for its functions", () => {
    const text = userSections.get(".text")!;
    expect(text.addr).toBe(0x40000000);
    expect(text.bytes).toEqual(user.flatBinary().subarray(0, text.bytes.length)); // the bytes its kernel embeds
    const main = user.image.symbols.find((s) => s.name === "main")!;
    const sp = userUnit.children.find((d) => d.tag === DW.TAG_subprogram && d.attrs.get(DW.AT_name) === "main")!;
    expect([sp.attrs.get(DW.AT_low_pc), sp.attrs.get(DW.AT_high_pc)]).toEqual([main.addr, main.size]);
    expect(lineAt(lineRows(userSections.get(".debug_line")!.bytes), main.addr)?.file).toBe("test/fixtures/user-hello.ts");
  });
});
