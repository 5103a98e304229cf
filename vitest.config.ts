// Test runner settings. Boot tests start a v86 emulator each (about 0.1 s), so
// the timeouts leave room for CI's two slow cores.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One test file per core: vitest's default leaves one core idle, and CI has two.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
