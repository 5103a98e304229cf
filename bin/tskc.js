#!/usr/bin/env node
// The tskc command. The compiler is TypeScript, built by `npm install` (prepare) to dist/ and
// bundled into dist/compiler/tskc.cjs (compiler/cli/bundle.ts says why), which loads here with
// a V8 code cache (compiler/frontend/code-cache.ts): on Node >= 22.1, Node's own.
//
// V8 optimises a function with TurboFan once it has run about 66 KB of bytecode (the interrupt
// budget). A compile runs thousands of functions, TypeScript's and ours, a few times each: with
// the default, a SimpleOS build spent about 2 s of its 5 s CPU on TurboFan's background compiles
// of functions that hardly ran again. At 1 MB only hot code is optimised: the SimpleOS build takes
// about half the CPU, and a generated 30,000-line kernel about a tenth less (bench/README.md).
import module from "node:module";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import { requireWithCodeCache } from "../dist/compiler/frontend/code-cache.js";

v8.setFlagsFromString("--interrupt-budget=1000000");
module.enableCompileCache?.();
requireWithCodeCache(fileURLToPath(new URL("../dist/compiler/tskc.cjs", import.meta.url)));
