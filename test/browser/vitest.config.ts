// The browser test's own run (`npm run test:playground`), apart from `npm test`: it
// builds the site and boots three kernels in Chromium, about a minute of the two cores
// that npm test's three-minute budget has no room for. .ci/run runs both.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/browser/*.spec.ts"],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
