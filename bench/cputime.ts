// Runs a Node script in this process and reports the process's whole CPU time when it
// exits: `node dist/bench/cputime.js SCRIPT [ARGS...]`. In: the script (an ES module or
// a CommonJS file) and its arguments, which it sees in process.argv as if run by
// `node SCRIPT ARGS`. Out: the script's own output, then one line on stderr,
// `cputime: USER_MS SYSTEM_MS`, covering everything from Node's start-up to the exit
// (module loading included), which is what a user of `tsc` or `tskc` waits for.
// Used by scaling.ts to time `tskc build` against `tsc --noEmit`.

import path from "node:path";
import { pathToFileURL } from "node:url";

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error("usage: node dist/bench/cputime.js SCRIPT [ARGS...]");
  process.exit(2);
}
process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  process.stderr.write(`cputime: ${(user / 1000).toFixed(1)} ${(system / 1000).toFixed(1)}\n`);
});
process.argv = [process.argv[0], path.resolve(script), ...args];
await import(pathToFileURL(path.resolve(script)).href);
