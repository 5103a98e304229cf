// A Node.js module customization hook (https://nodejs.org/api/module.html#customization-hooks)
// that bin/tskc.js registers before it loads the compiler. In: the URL of each module the
// compiler imports. Out: for TypeScript's own bundle (lib/typescript.js, a CommonJS
// module), a two-line ES module that require()s it; every other module is left to Node.
//
// Why: when an ES module imports a CommonJS one, Node scans its whole source with
// cjs-module-lexer to find named exports. For TypeScript's 9 MB bundle that scan costs
// about 0.7 s of CPU on every `tskc` command, twice what require() of it costs in all, and
// tskc only ever imports TypeScript's default export. Library users who import the
// compiler without the hook get the same module, only more slowly.

interface LoadContext {
  format?: string;
}
interface LoadResult {
  format: string;
  source?: string;
  shortCircuit?: boolean;
}

const TYPESCRIPT_BUNDLE = /\/node_modules\/typescript\/lib\/typescript\.js$/;

export async function load(url: string, context: LoadContext, nextLoad: (url: string, context: LoadContext) => Promise<LoadResult>): Promise<LoadResult> {
  if (!TYPESCRIPT_BUNDLE.test(url)) return nextLoad(url, context);
  const source = `import { createRequire } from "node:module";\nexport default createRequire(${JSON.stringify(url)})(${JSON.stringify(new URL(url).pathname)});\n`;
  return { format: "module", source, shortCircuit: true };
}
