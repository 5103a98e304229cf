// The compile fuzzer: `npm run fuzz:compile -- --count N --seed S [--jobs J]
// [--timeout ms] [--out dir]`. In: the corpus and mutations of test/fuzz/mutate.ts. Out:
// a table of outcomes (compiled, diagnostic, and the failures: a diagnostic without a
// position, an internal error, a crash, a timeout), one line per distinct failure class,
// and each failing input written to --out (default out/fuzz-compile) with what happened,
// for reduction. Exits 1 if any input failed.
//
// Compiles run in child processes (worker.ts), each with its own copy of the corpus
// folders, so that a mutated file sits next to the modules it imports. A child that
// takes longer than --timeout is killed (a hang), and one that dies is a crash; either
// is replaced. Needs the compiled tree (npm run build), which the npm script runs first.

import { type ChildProcess, fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_ROOTS, type FuzzInput, loadCorpus, makeInput } from "./mutate.js";
import { isFailure, OUTCOME_KINDS, type Outcome, type OutcomeKind } from "./outcome.js";

export interface FuzzOptions {
  count: number;
  seed: number;
  jobs: number;
  timeoutMs: number;
  /** Where failing inputs go; none are written when undefined. */
  out?: string;
  /** The repository, whose corpus folders are copied. */
  repo: string;
}

export interface FuzzResult {
  counts: Record<OutcomeKind, number>;
  /** Failure class -> its inputs' ids. */
  classes: Map<string, number[]>;
  seconds: number;
}

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.js");
const INPUT_NAME = "__fuzz_input.ts";

export async function fuzz(options: FuzzOptions, onProgress?: (done: number) => void): Promise<FuzzResult> {
  const corpus = loadCorpus(options.repo);
  const counts = Object.fromEntries(OUTCOME_KINDS.map((k) => [k, 0])) as Record<OutcomeKind, number>;
  const classes = new Map<string, number[]>();
  const started = performance.now();
  let next = 0;
  let done = 0;
  const record = (input: FuzzInput, outcome: Outcome) => {
    counts[outcome.kind]++;
    onProgress?.(++done);
    if (!isFailure(outcome.kind)) return;
    const key = failureClass(outcome);
    classes.set(key, [...(classes.get(key) ?? []), input.id]);
    if (options.out) writeFailure(options.out, options.seed, input, outcome);
  };
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-fuzz-"));
  try {
    await Promise.all(Array.from({ length: options.jobs }, async (_, job) => {
      const mirror = path.join(scratch, `job${job}`);
      // Sources only: their tsconfig.json files extend the runtime's by a relative path the mirror
      // does not have; without them tskc uses the same kernel base options.
      const sourcesOnly = (file: string) => path.basename(file) !== "tsconfig.json";
      for (const root of CORPUS_ROOTS) fs.cpSync(path.join(options.repo, root), path.join(mirror, root), { recursive: true, filter: sourcesOnly });
      const worker = new Worker(options.timeoutMs);
      try {
        for (let id = next++; id < options.count; id = next++) {
          const input = makeInput(corpus, options.seed, id);
          record(input, await worker.run(path.join(mirror, path.dirname(input.origin), INPUT_NAME), input.text));
        }
      } finally {
        worker.stop();
      }
    }));
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  return { counts, classes, seconds: (performance.now() - started) / 1000 };
}

/** One child process compiling one input at a time; replaced when it hangs or dies. */
class Worker {
  private child?: ChildProcess;

  constructor(private readonly timeoutMs: number) {}

  run(file: string, text: string): Promise<Outcome> {
    const child = (this.child ??= fork(WORKER, [], { stdio: ["ignore", "ignore", "pipe", "ipc"], execArgv: ["--max-old-space-size=2048"] }));
    let stderr = "";
    const onData = (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000));
    child.stderr?.on("data", onData);
    return new Promise((resolve) => {
      const finish = (outcome: Outcome, replace: boolean) => {
        clearTimeout(timer);
        child.off("message", onMessage);
        child.off("exit", onExit);
        child.stderr?.off("data", onData);
        if (replace) {
          child.kill("SIGKILL");
          this.child = undefined;
        }
        resolve(outcome);
      };
      const onMessage = (outcome: Outcome) => finish(outcome, false);
      const onExit = (code: number | null, signal: string | null) => {
        finish({ kind: "crash", detail: `the compiler process died (${signal ?? `exit ${code}`})`, stack: stderr }, true);
      };
      const timer = setTimeout(() => finish({ kind: "timeout", detail: `no result after ${this.timeoutMs} ms` }, true), this.timeoutMs);
      child.on("message", onMessage);
      child.on("exit", onExit);
      child.send({ file, text });
    });
  }

  stop(): void {
    this.child?.kill("SIGKILL");
  }
}

/** Failures with the same kind and message, up to numbers, names and positions. */
function failureClass(outcome: Outcome): string {
  const message = outcome.detail
    .replace(/'[^']*'/g, "'…'")
    .replace(/\(\d+,\d+\)/g, "(…)")
    .replace(/\d+/g, "N")
    .replace(/\S*__fuzz_input\.ts/g, "<input>");
  return `${outcome.kind}: ${message}`;
}

function writeFailure(out: string, seed: number, input: FuzzInput, outcome: Outcome): void {
  const dir = path.join(out, `seed-${seed}`, outcome.kind.replace(/\W+/g, "-"));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${input.id}.ts`), input.text);
  const about = [
    `outcome: ${outcome.kind}`, `detail: ${outcome.detail}`, `origin: ${input.origin}`, `mutations: ${input.mutations.join(", ")}`,
    `replay: place ${input.id}.ts next to ${input.origin} (it imports its siblings), then: node bin/tskc.js build <that file>`,
    "", outcome.stack ?? "",
  ];
  fs.writeFileSync(path.join(dir, `${input.id}.txt`), about.join("\n"));
}

export function formatTable(result: FuzzResult, options: FuzzOptions): string {
  const total = OUTCOME_KINDS.reduce((n, k) => n + result.counts[k], 0);
  const rows = OUTCOME_KINDS.map((k) => `  ${k.padEnd(32)}${String(result.counts[k]).padStart(8)}`);
  const lines = [
    `tskc compile fuzzer: seed ${options.seed}, ${total} inputs in ${result.seconds.toFixed(0)} s (${options.jobs} jobs, ${options.timeoutMs} ms limit each)`,
    "", `  ${"outcome".padEnd(32)}${"inputs".padStart(8)}`, ...rows, `  ${"total".padEnd(32)}${String(total).padStart(8)}`,
  ];
  if (result.classes.size > 0) {
    lines.push("", "failure classes (inputs; first ids):");
    for (const [key, ids] of [...result.classes].sort((a, b) => b[1].length - a[1].length)) {
      lines.push(`  ${String(ids.length).padStart(6)}  ${key}  [${ids.slice(0, 5).join(", ")}]`);
    }
    if (options.out) lines.push("", `failing inputs: ${path.join(options.out, `seed-${options.seed}`)}/<outcome>/<id>.ts, with <id>.txt`);
  }
  return lines.join("\n");
}

function parseArgs(argv: string[]): FuzzOptions {
  const options: FuzzOptions = { count: 10_000, seed: 1, jobs: Math.max(1, Math.min(4, os.availableParallelism() - 1)), timeoutMs: 120_000, out: "out/fuzz-compile", repo: process.cwd() };
  for (let k = 0; k < argv.length; k += 2) {
    const [flag, value] = [argv[k], argv[k + 1]];
    const n = Number(value);
    if (flag === "--out" && value) options.out = value;
    else if (!Number.isInteger(n) || n < 0) throw new Error(`usage: fuzz:compile [--count N] [--seed S] [--jobs J] [--timeout ms] [--out dir]; bad ${flag} ${value ?? ""}`);
    else if (flag === "--count") options.count = n;
    else if (flag === "--seed") options.seed = n;
    else if (flag === "--jobs" && n > 0) options.jobs = n;
    else if (flag === "--timeout" && n > 0) options.timeoutMs = n;
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const options = parseArgs(process.argv.slice(2));
  const result = await fuzz(options, (done) => {
    if (done % 500 === 0) process.stderr.write(`${done}/${options.count}\n`);
  });
  console.log(formatTable(result, options));
  process.exitCode = result.classes.size > 0 ? 1 : 0;
}

