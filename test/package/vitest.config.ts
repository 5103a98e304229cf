// The package test's own run (`npm run test:package`), apart from `npm test`: it packs the
// project, installs the tarball offline into a scratch project, and builds, boots and tests
// the kernel `tskc init` makes there: about 15 s of a core, which npm test's three-minute
// budget has no room for now. .ci/run runs it after npm test.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: fileURLToPath(new URL("../..", import.meta.url)),
    include: ["test/package/*.spec.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
