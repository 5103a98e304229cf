#!/usr/bin/env node
// The tskc command. The compiler is TypeScript, built to dist/ by `npm install` (prepare).
// The loader hook makes importing TypeScript cost a third of its CPU time (see the hook's header).
import { register } from "node:module";

register("../dist/compiler/frontend/typescript-loader.js", import.meta.url);
await import("../dist/compiler/cli.js");
