// Test runner settings. Boot tests start a v86 emulator each (about 0.1 s), so
// the timeouts leave room for CI's two slow cores.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One test file per core: vitest's default leaves one core idle, and CI has two.
    maxWorkers: 2,
    // TurboFan only for hot code, as bin/tskc.js sets it: a test file runs thousands of
    // functions a few times each, and V8's default budget spends about a fifth of the CPU
    // optimising them (test/random.test.ts: 25.4 s -> 19.7 s CPU; golden: 13.1 -> 11.0 s).
    execArgv: ["--interrupt-budget=1000000"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
