// The benchmark runner (`npm run bench`). In: the kernels in bench/programs/. Out:
// a table on stdout of each kernel's instruction count under v86 (exact and
// deterministic), image sizes and wall time; exit status 1 if any kernel fails to
// compile, crashes or prints something other than its expected output.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { compile, VERSION } from "../compiler/driver.js";
import { bootKernel } from "../compiler/emulator/v86.js";

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
const BOOT = { timeoutMs: 120_000, memMiB: 64 };

interface Row {
  name: string;
  instructions: number;
  flatBytes: number;
  textBytes: number;
  compileMs: number;
  runMs: number;
}

/** Compiles and boots one benchmark. Throws, with the reason, if its run is not a clean exit with the expected output. */
async function measure(bench: Benchmark): Promise<Row> {
  const started = performance.now();
  // Relative, so the bounds-check messages in .rodata (and so the image size) do not depend on where the repository is.
  const compiled = compile(`bench/programs/${bench.name}.ts`);
  const image = compiled.flatBinary();
  const booted = performance.now();
  const result = await bootKernel(image, BOOT);
  const finished = performance.now();
  if (result.reason !== "exit" || result.exitCode !== 0) {
    throw new Error(`stopped with ${result.reason} ${result.exitCode ?? ""} ${result.detail ?? ""}; output ${JSON.stringify(result.serial)}`);
  }
  if (result.serial !== bench.expected) {
    throw new Error(`printed ${JSON.stringify(result.serial)}, expected ${JSON.stringify(bench.expected)}`);
  }
  return {
    name: bench.name,
    instructions: result.instructions,
    flatBytes: image.length,
    textBytes: compiled.image.text.length,
    compileMs: booted - started,
    runMs: finished - booted,
  };
}

/** The short commit, marked when compiler/, runtime/ or bench/ differ from it; "unknown" outside a git checkout. */
function commit(): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  try {
    const head = git("rev-parse", "--short", "HEAD").trim();
    const dirty = git("status", "--porcelain", "--", "compiler", "runtime", "bench").trim() !== "";
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return "unknown";
  }
}

function printTable(rows: string[][]): void {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => row[col].length)));
  for (const row of rows) {
    // The name column is left-aligned, the numbers right-aligned.
    console.log(row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join("  "));
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  console.log(`tskc ${VERSION}, commit ${commit()}, v86 with ${BOOT.memMiB} MiB`);
  const rows: string[][] = [["program", "instructions", "image bytes", ".text bytes", "compile ms", "run ms"]];
  let failures = 0;
  // One at a time: concurrent boots would share the CPU and blur the wall times.
  for (const bench of BENCHMARKS) {
    try {
      const r = await measure(bench);
      const ms = (t: number) => t.toFixed(0);
      rows.push([r.name, r.instructions.toLocaleString("en-US"), String(r.flatBytes), String(r.textBytes), ms(r.compileMs), ms(r.runMs)]);
    } catch (error) {
      failures++;
      console.error(`${bench.name}: FAILED: ${error instanceof Error ? error.message : String(error)}`);
      rows.push([bench.name, "FAILED", "-", "-", "-", "-"]);
    }
  }
  printTable(rows);
  console.log("instructions: v86's count from kernel entry to the exit write (a u32: every benchmark stays far below 2^32)");
  if (failures > 0) process.exitCode = 1;
}

await main();
