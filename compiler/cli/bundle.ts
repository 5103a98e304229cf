// Bundles the tskc command into one file; `npm run build` runs it (as
// dist/compiler/cli/bundle.js) after tsc, and nothing imports it. In: dist/compiler/, which
// tsc has just written. Out: dist/compiler/tskc.cjs, which bin/tskc.js loads with a V8 code
// cache (frontend/code-cache.ts).
//
// Why: loading the compiler's hundred-odd ES modules, each resolved and compiled on every
// run, and TypeScript's bundle through an ES import (Node scans a CommonJS module's whole
// source for its export names, 0.7 s for TypeScript's) cost about half a second of CPU,
// a sixth of what `tsc --noEmit` spends on SimpleOS. One CommonJS file compiles from its
// code cache, and it require()s TypeScript and iced-x86 (each also code-cached) instead of
// importing them. CommonJS, because Node 20 has no code cache for ES modules.
//
// The bundle is the same modules as dist/compiler/ (the library's entry, which tests
// import): esbuild only joins them. `import.meta.url` (host-node.ts finds the package from
// it) becomes the bundle's own URL, which lies in the same folder of the same package.

import path from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const DIST_COMPILER = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CODE_CACHE = path.join(DIST_COMPILER, "frontend", "code-cache.js");
export const BUNDLE = path.join(DIST_COMPILER, "tskc.cjs");

/** `import x from "typescript"` (or "iced-x86") as require() with a code cache: the module's
 * default export is its CommonJS exports, as Node's ES import gives it. */
const codeCachedRequire: esbuild.Plugin = {
  name: "code-cached-require",
  setup(build) {
    build.onResolve({ filter: /^(typescript|iced-x86)$/ }, (args) => ({ path: args.path, namespace: "code-cached" }));
    build.onLoad({ filter: /.*/, namespace: "code-cached" }, (args) => ({
      contents: `import { createRequire } from "node:module";
import { requireWithCodeCache } from ${JSON.stringify(CODE_CACHE)};
export default requireWithCodeCache(createRequire(__filename).resolve(${JSON.stringify(args.path)}));
`,
      resolveDir: DIST_COMPILER,
    }));
  },
};

await esbuild.build({
  entryPoints: [path.join(DIST_COMPILER, "cli.js")],
  outfile: BUNDLE,
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  plugins: [codeCachedRequire],
  define: { "import.meta.url": "__tskcBundleUrl" },
  banner: { js: 'const __tskcBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  logLevel: "warning",
});
