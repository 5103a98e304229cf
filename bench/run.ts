// The benchmark runner (`npm run bench`). In: the kernels in bench/programs/, the
// recorded figures in bench/history.json, and options:
//   (none)        each kernel's instruction count under v86 (exact and deterministic),
//                 .text and image sizes, next to the previous recorded figures
//   --vs-gcc      also the C twins in bench/c built by gcc -O2 and -O0, run the same way:
//                 tskc/gcc ratios and their geometric mean (recorded figures without gcc)
//   --scaling     only the compile-time benchmark (scaling.ts): generated programs of
//                 --sizes lines (default 10000,50000,100000) in 1000-line modules (or
//                 --single-file), and SimpleOS against tsc
//   --record      write this commit's figures into bench/history.json
//   --record-as=REV   the same for REV, whose compiler/ and runtime/ must equal HEAD's
//   --only=a,b    just these kernels (not with --record)
// Out: tables on stdout; exit status 1 if any kernel fails to compile, crashes or
// prints something other than its expected output.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { compile, VERSION } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";
import { buildTwin, GCC_FLAGS, GCC_LEVELS, gccStatus } from "./gcc.js";
import {
  type CompileTimes,
  type Figures,
  Git,
  type GccFigures,
  type History,
  type HistoryRow,
  latestGcc,
  MEASURED_PATHS,
  previousRows,
  readHistory,
  short,
  upsertRow,
  writeHistory,
} from "./history.js";
import { DEFAULT_SIZES, generateProgram, timeGenerated, timeSimpleOs } from "./scaling.js";

interface Benchmark {
  name: string;
  expected: string; // the whole of COM1, checked against plain-JS reference implementations
}

const BENCHMARKS: Benchmark[] = [
  { name: "fib", expected: "196418\n" },
  { name: "sieve", expected: "148933\n" },
  { name: "matmul", expected: "520224768\n" },
  { name: "crc32", expected: "0x72dd08b7\n" },
  { name: "isort", expected: "1199229158 sorted\n" },
  { name: "interp", expected: "1633067988 1803364426 2650027\n" }, // bench/reference/interp.mjs
  { name: "hash", expected: "41528 63364 1917642619\n" }, // bench/reference/hash.mjs
  { name: "qsort", expected: "3787731048 sorted\n" }, // bench/reference/qsort.mjs
];

// dist/bench/run.js sits two levels below the package root.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const HISTORY_FILE = path.join(ROOT, "bench", "history.json");
const C_DIR = path.join(ROOT, "bench", "c");
const BOOT = { timeoutMs: 120_000, memMiB: 64 };

interface Row {
  name: string;
  instructions: number;
  flatBytes: number;
  textBytes: number;
  compileMs: number;
  runMs: number;
}

/** Boots `image`; throws, with the reason, unless the run is a clean exit printing `expected`. */
async function boot(image: Uint8Array, expected: string | undefined): Promise<{ instructions: number; runMs: number }> {
  const started = performance.now();
  const result = await bootKernel(image, BOOT);
  const runMs = performance.now() - started;
  if (result.reason !== "exit" || result.exitCode !== 0) {
    throw new Error(`stopped with ${result.reason} ${result.exitCode ?? ""} ${result.detail ?? ""}; output ${JSON.stringify(result.serial)}`);
  }
  if (expected !== undefined && result.serial !== expected) {
    throw new Error(`printed ${JSON.stringify(result.serial)}, expected ${JSON.stringify(expected)}`);
  }
  return { instructions: result.instructions, runMs };
}

/** Compiles and boots one benchmark. */
async function measure(bench: Benchmark): Promise<Row> {
  const started = performance.now();
  // Relative, so the bounds-check messages in .rodata (and so the image size) do not depend on where the repository is.
  const compiled = compile(`bench/programs/${bench.name}.ts`);
  const image = compiled.flatBinary();
  const compileMs = performance.now() - started;
  const { instructions, runMs } = await boot(image, bench.expected);
  return { name: bench.name, instructions, flatBytes: image.length, textBytes: compiled.image.text.length, compileMs, runMs };
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  for (const row of rows) {
    // The name column is left-aligned, the numbers right-aligned.
    console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("  "));
  }
}

const count = (n: number) => n.toLocaleString("en-US");

function change(now: number, before: number | undefined): string {
  if (before === undefined) return "new";
  if (now === before) return "=";
  const percent = ((now - before) / before) * 100;
  return `${percent > 0 ? "+" : ""}${percent.toFixed(2)}%`;
}

const ratio = (a: number, b: number) => (a / b).toFixed(2);
const geomean = (values: number[]) => Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);

/** The state of the checkout: HEAD, and what differs from it where the figures come from. */
interface Checkout {
  git?: Git;
  head?: string;
  changed: string[]; // `git status --porcelain` lines under MEASURED_PATHS
}

function checkout(): Checkout {
  const git = new Git(ROOT);
  const head = git.resolve("HEAD");
  if (!head) return { changed: [] };
  return { git, head, changed: git.changes(MEASURED_PATHS) };
}

/** Compiler sources newer than their build in dist/: figures from dist/ would not be theirs. */
function staleBuild(): string[] {
  const stale: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (rel.endsWith(".ts") && !rel.endsWith(".d.ts")) {
        const built = path.join(ROOT, "dist", rel.replace(/\.ts$/, ".js"));
        if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(path.join(ROOT, rel)).mtimeMs) stale.push(rel);
      }
    }
  };
  walk("compiler");
  return stale;
}

/** The previous figure for each program: from the nearest recorded ancestor row that has it. */
function previousFigures(history: History, state: Checkout): Map<string, { figures: Figures; commit: string }> {
  const found = new Map<string, { figures: Figures; commit: string }>();
  if (!state.git || !state.head) return found;
  for (const row of previousRows(history, state.git, state.head, state.changed.length === 0)) {
    for (const [name, figures] of Object.entries(row.tskc)) {
      if (!found.has(name)) found.set(name, { figures, commit: row.commit });
    }
  }
  return found;
}

async function runTskc(benchmarks: Benchmark[], history: History, state: Checkout): Promise<Map<string, Row>> {
  const previous = previousFigures(history, state);
  const commits = [...new Set([...previous.values()].map((p) => p.commit))];
  if (commits.length === 0) console.log("previous: none recorded for HEAD's ancestors (bench/history.json)");
  for (const commit of commits) {
    const row = history.rows.find((r) => r.commit === commit)!;
    console.log(`previous: ${short(commit)} (${row.date.slice(0, 10)}) ${row.subject}`);
  }
  const marker = (name: string) => (commits.length > 1 && previous.get(name)?.commit !== commits[0] ? ` (${short(previous.get(name)!.commit)})` : "");
  const table: string[][] = [["program", "instructions", "previous", "change", ".text bytes", "previous", "change", "image bytes", "compile ms", "run ms"]];
  const results = new Map<string, Row>();
  // One at a time: concurrent boots would share the CPU and blur the wall times.
  for (const bench of benchmarks) {
    const before = previous.get(bench.name)?.figures;
    try {
      const r = await measure(bench);
      results.set(bench.name, r);
      table.push([
        r.name,
        count(r.instructions),
        before ? count(before.instructions) + marker(r.name) : "-",
        change(r.instructions, before?.instructions),
        String(r.textBytes),
        before ? String(before.textBytes) : "-",
        change(r.textBytes, before?.textBytes),
        String(r.flatBytes),
        r.compileMs.toFixed(0),
        r.runMs.toFixed(0),
      ]);
    } catch (error) {
      process.exitCode = 1;
      console.error(`${bench.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      table.push([bench.name, "FAILED", before ? count(before.instructions) : "-", "-", "-", "-", "-", "-", "-", "-"]);
    }
  }
  printTable(table);
  console.log("instructions: v86's count from kernel entry to the exit write (a u32: every benchmark stays far below 2^32)");
  return results;
}

/** Instructions of a tskc kernel that only exits: the boot stub and exit(0). */
async function tskcStartup(): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-bench-empty-"));
  try {
    const entry = path.join(dir, "main.ts");
    fs.writeFileSync(entry, 'import { exit } from "tskc/exit";\n\nexport function main(): void {\n  exit(0);\n}\n');
    return (await boot(compile(entry).flatBinary(), "")).instructions;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds and runs the C twins; undefined (with the reason printed) when gcc cannot. */
async function runGcc(benchmarks: Benchmark[]): Promise<GccFigures | undefined> {
  const status = gccStatus(C_DIR);
  if (!status.ok) {
    console.log(`--vs-gcc: ${status.reason}; showing the recorded gcc figures instead`);
    return undefined;
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-bench-c-"));
  const figures: GccFigures = { version: status.version, flags: GCC_FLAGS.join(" "), startup: { tskc: 0, gcc: 0 }, levels: {} };
  try {
    figures.startup.tskc = await tskcStartup();
    figures.startup.gcc = (await boot(buildTwin(C_DIR, "empty", "-O2", work).image, "")).instructions;
    for (const level of GCC_LEVELS) {
      figures.levels[level] = {};
      for (const bench of benchmarks) {
        try {
          const twin = buildTwin(C_DIR, bench.name, level, work);
          const { instructions } = await boot(twin.image, bench.expected);
          figures.levels[level][bench.name] = { instructions, textBytes: twin.textBytes };
        } catch (error) {
          process.exitCode = 1;
          const e = error as { stderr?: string; message?: string };
          console.error(`${bench.name} (gcc ${level}): FAILED: ${(e.stderr || e.message || String(error)).trim()}`);
        }
      }
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return figures;
}

function printGcc(benchmarks: Benchmark[], tskc: Map<string, Figures>, gcc: GccFigures, source: string): void {
  console.log("");
  console.log(`tskc against ${gcc.version} (${source}), ${GCC_LEVELS.join(" / ")} ${gcc.flags}`);
  const table: string[][] = [["program", "tskc", ...GCC_LEVELS.flatMap((level) => [`gcc ${level}`, `tskc/${level}`]), "tskc .text", ...GCC_LEVELS.map((level) => `${level} .text`)]];
  const ratios = new Map<string, number[]>(GCC_LEVELS.map((level) => [level, []]));
  for (const bench of benchmarks) {
    const t = tskc.get(bench.name);
    const cells = [bench.name, t ? count(t.instructions) : "-"];
    for (const level of GCC_LEVELS) {
      const g = gcc.levels[level]?.[bench.name];
      cells.push(g ? count(g.instructions) : "-", t && g ? ratio(t.instructions, g.instructions) : "-");
      if (t && g) ratios.get(level)!.push(t.instructions / g.instructions);
    }
    cells.push(t ? String(t.textBytes) : "-", ...GCC_LEVELS.map((level) => String(gcc.levels[level]?.[bench.name]?.textBytes ?? "-")));
    table.push(cells);
  }
  const means = GCC_LEVELS.flatMap((level) => {
    const values = ratios.get(level)!;
    return ["", values.length ? geomean(values).toFixed(2) : "-"];
  });
  table.push(["geometric mean", "", ...means, "", ...GCC_LEVELS.map(() => "")]);
  printTable(table);
  console.log(
    `start-up and exit (a kernel that only exits): tskc ${gcc.startup.tskc} instructions, gcc ${gcc.startup.gcc} (bench/c/start.S and empty.c); ` +
      "both are counted in the figures above",
  );
}

async function runScaling(sizes: number[], singleFile: boolean): Promise<CompileTimes> {
  const times: CompileTimes = { host: `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}`, generated: [] };
  console.log(`compile times (CPU ms, user + system), ${times.host}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  // A first compile loads and JIT-compiles the compiler; it is not counted, so that every size is timed warm.
  const warmUp = generateProgram(1000, singleFile);
  try {
    timeGenerated(warmUp);
  } finally {
    fs.rmSync(warmUp.dir, { recursive: true, force: true });
  }
  const table: string[][] = [["program", "lines", "functions", "files", "CPU ms", "ms per 1k lines"]];
  for (const size of sizes) {
    const generated = generateProgram(size, singleFile);
    try {
      const cpuMs = timeGenerated(generated);
      times.generated.push({ lines: generated.lines, functions: generated.functions, files: generated.files, cpuMs });
      table.push([`generated ${size}`, count(generated.lines), count(generated.functions), String(generated.files), count(Math.round(cpuMs)), (cpuMs / (generated.lines / 1000)).toFixed(0)]);
      console.log(`  compiled ${count(generated.lines)} lines in ${(cpuMs / 1000).toFixed(1)} s of CPU`);
    } finally {
      fs.rmSync(generated.dir, { recursive: true, force: true });
    }
  }
  const runs = 3;
  times.simpleOs = timeSimpleOs(ROOT, runs);
  printTable(table);
  const [first, last] = [times.generated[0], times.generated[times.generated.length - 1]];
  if (times.generated.length > 1) {
    console.log(`${count(last.lines)} lines / ${count(first.lines)} lines: ${ratio(last.cpuMs, first.cpuMs)}x the time for ${ratio(last.lines, first.lines)}x the lines (target for 100k/10k: <= 12x)`);
  }
  const { tskcBuildCpuMs, tscNoEmitCpuMs } = times.simpleOs;
  console.log(
    `SimpleOS: tskc build kernel/main.ts ${count(Math.round(tskcBuildCpuMs))} ms, tsc --noEmit -p kernel/tsconfig.json ${count(Math.round(tscNoEmitCpuMs))} ms: ` +
      `${ratio(tskcBuildCpuMs, tscNoEmitCpuMs)}x (target <= 1.3x; whole processes, the least of ${runs} runs each)`,
  );
  return times;
}

/** Why this checkout's figures cannot be recorded under `commit`, or undefined if they can. */
function cannotRecord(state: Checkout, commit: string | undefined, extraPaths: string[]): string | undefined {
  if (!state.git || !state.head) return "not a git checkout";
  if (!commit) return "git does not know that revision";
  const changed = [...state.changed, ...(extraPaths.length ? state.git.changes(extraPaths) : [])];
  if (changed.length > 0) {
    return `uncommitted changes under ${[...MEASURED_PATHS, ...extraPaths].join(", ")}: the figures would not be ${short(commit)}'s. Commit or stash them first:\n  ${changed.join("\n  ")}`;
  }
  if (commit !== state.head) {
    try {
      state.git.run("diff", "--quiet", commit, "HEAD", "--", "compiler", "runtime");
    } catch {
      return `compiler/ or runtime/ differ between ${short(commit)} and HEAD: check out ${short(commit)} and record there`;
    }
  }
  const stale = staleBuild();
  if (stale.length > 0) return `dist/ is older than ${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""}: run \`npm run build\` first`;
  return undefined;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      record: { type: "boolean", default: false },
      "record-as": { type: "string" },
      "vs-gcc": { type: "boolean", default: false },
      scaling: { type: "boolean", default: false },
      sizes: { type: "string" },
      "single-file": { type: "boolean", default: false },
      only: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(0, 14).join("\n").replace(/^\/\/ ?/gm, ""));
    return;
  }
  process.chdir(ROOT);
  const state = checkout();
  const record = values.record || values["record-as"] !== undefined;
  const benchmarks = values.only ? BENCHMARKS.filter((b) => values.only!.split(",").includes(b.name)) : BENCHMARKS;
  if (values.only && benchmarks.length === 0) throw new Error(`--only: no such benchmark; there are ${BENCHMARKS.map((b) => b.name).join(", ")}`);
  const recordCommit = values["record-as"] !== undefined ? state.git?.resolve(values["record-as"]) : state.head;
  if (record) {
    const reason = values.only ? "--only measures a part: record all of them" : cannotRecord(state, recordCommit, values["vs-gcc"] ? ["bench/c"] : []);
    if (reason) {
      console.error(`bench: cannot record: ${reason}`);
      process.exitCode = 2;
      return;
    }
  }
  const stale = staleBuild();
  if (stale.length > 0) console.warn(`warning: dist/ is older than ${stale.length} compiler source(s) (${stale[0]}, …): run \`npm run build\``);
  const headText = state.head ? `${short(state.head)}${state.changed.length ? " + uncommitted changes" : ""}` : "unknown";
  console.log(`tskc ${VERSION}, commit ${headText}, v86 with ${BOOT.memMiB} MiB`);

  const history = readHistory(HISTORY_FILE);
  const row: HistoryRow | undefined =
    record && recordCommit ? { commit: recordCommit, ...state.git!.describe(recordCommit), recorded: new Date().toISOString(), tskc: {} } : undefined;

  if (values.scaling) {
    const sizes = values.sizes ? values.sizes.split(",").map(Number) : DEFAULT_SIZES;
    if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error("--sizes: comma-separated line counts, each at least 100");
    const times = await runScaling(sizes, values["single-file"]!);
    if (row) row.compileTimes = times;
  } else {
    const results = await runTskc(benchmarks, history, state);
    const tskc = new Map([...results].map(([name, r]) => [name, { instructions: r.instructions, textBytes: r.textBytes }]));
    if (row) row.tskc = Object.fromEntries(tskc);
    if (values["vs-gcc"]) {
      const gcc = await runGcc(benchmarks);
      if (gcc) {
        printGcc(benchmarks, tskc, gcc, "built and run now");
        if (row) row.gcc = gcc;
      } else {
        const recorded = latestGcc(history);
        if (recorded) printGcc(benchmarks, tskc, recorded.gcc!, `recorded at ${short(recorded.commit)} on ${recorded.recorded.slice(0, 10)}`);
        else console.log("no gcc figures recorded in bench/history.json either");
      }
    }
  }

  if (row) {
    if (process.exitCode) {
      console.error("bench: not recorded: a benchmark failed");
      return;
    }
    writeHistory(HISTORY_FILE, upsertRow(history, row));
    console.log(`recorded ${short(row.commit)} in bench/history.json`);
  }
}

await main();
