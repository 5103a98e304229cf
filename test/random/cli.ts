// The random differential tester's command line: `npm run fuzz:diff -- --count N
// --seed S [--batch B] [--no-reduce] [--reduce-max R] [--out DIR] [--verbose]`.
// In: those options.
// Out: a summary on stdout (programs, mismatches, crashes, seconds), and for each
// failure a reduced kernel with its expected output in DIR (default
// test/random/found/). Exit status 1 if anything failed. Needs `npm run build`
// first: it runs as dist/test/random/cli.js.

import fs from "node:fs";
import path from "node:path";
import { generateProgram } from "./generate.js";
import { reduceFailure, saveFailure } from "./reduce.js";
import { checkPrograms, type Outcome } from "./run.js";

interface Options {
  count: number;
  seed: number;
  batch: number;
  reduce: boolean;
  reduceMax: number; // reduce at most this many failures: each takes up to a few minutes
  out: string;
  verbose: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { count: 100, seed: Date.now() % 1_000_000, batch: 25, reduce: true, reduceMax: 10, out: "test/random/found", verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--count") o.count = Number(next());
    else if (a === "--seed") o.seed = Number(next());
    else if (a === "--batch") o.batch = Number(next());
    else if (a === "--out") o.out = next();
    else if (a === "--no-reduce") o.reduce = false;
    else if (a === "--reduce-max") o.reduceMax = Number(next());
    else if (a === "--verbose") o.verbose = true;
    else throw new Error(`unknown option ${a}`);
  }
  if (!Number.isInteger(o.count) || !Number.isInteger(o.seed) || !(o.batch >= 1)) throw new Error("--count, --seed and --batch take integers");
  return o;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const started = performance.now();
  const failures: Outcome[] = [];
  let done = 0;
  let trapped = 0; // programs that ended, as expected, in a bounds trap
  console.log(`random differential test: ${o.count} programs from seed ${o.seed}, ${o.batch} per kernel`);
  for (let at = 0; at < o.count; at += o.batch) {
    const n = Math.min(o.batch, o.count - at);
    // Program i of a run from seed S has seed S + i, so `--count 1 --seed S+i` regenerates it alone.
    const programs = Array.from({ length: n }, (_, i) => generateProgram(o.seed + at + i, `p${i}`));
    const outcomes = await checkPrograms(programs);
    done += outcomes.length;
    trapped += outcomes.filter((x) => x.verdict === "ok" && /(^|\n)bounds check failed/.test(x.expected)).length;
    for (const r of outcomes.filter((x) => x.verdict !== "ok")) {
      failures.push(r);
      console.log(`${r.verdict}: seed ${r.program.seed}: expected ${JSON.stringify(r.expected)}, got ${(r.actual ?? "").split("\n")[0]}`);
    }
    if (o.verbose) console.log(`  ${done} programs, ${failures.length} failures, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const seconds = (performance.now() - started) / 1000;
  const mismatches = failures.filter((f) => f.verdict === "mismatch").length;
  const crashes = failures.filter((f) => f.verdict === "crash").length;
  console.log(`programs ${done} (${trapped} ending in a bounds trap), mismatches ${mismatches}, crashes ${crashes}, seconds ${seconds.toFixed(1)}`);
  if (o.reduce) {
    fs.mkdirSync(o.out, { recursive: true });
    for (const f of failures.slice(0, o.reduceMax)) {
      const reduced = await reduceFailure(f);
      const file = saveFailure(reduced, o.out);
      console.log(`reduced seed ${f.program.seed} to ${path.relative(process.cwd(), file)}`);
    }
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join("test", "random", "cli.js"))) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exitCode = 2;
  });
}
