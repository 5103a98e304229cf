#!/usr/bin/env node
// The tskc command. The compiler is TypeScript, built to dist/ by `npm install` (prepare).
import "../dist/compiler/cli.js";
