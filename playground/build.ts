// Builds the browser playground into playground/dist/ and, with --serve, serves it.
// In: playground/src/ (the page and its compile worker), the compiler's own modules,
// runtime/, kernel/, examples/ and TypeScript's lib files. Out: a static site
// (index.html, the two bundles, v86.wasm) that works from any static host.
// Run with `npm run playground` (which runs `npm run build` first, making this file
// dist/playground/build.js); options: --serve, --port N (default 8291).
//
// esbuild bundles: one well-kept tool that handles TypeScript, CommonJS (typescript.js,
// iced-x86) and CSS with no configuration files, in about a second.

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import * as esbuild from "esbuild";

const require = createRequire(import.meta.url);
const ROOT = findRoot(path.dirname(new URL(import.meta.url).pathname));
const SRC = path.join(ROOT, "playground", "src");
const OUT = path.join(ROOT, "playground", "dist");
const TS_LIB_DIR = path.dirname(require.resolve("typescript/lib/lib.es2022.d.ts"));

/** The repository root: this file runs from playground/ (source) or dist/playground/. */
function findRoot(dir: string): string {
  while (!fs.existsSync(path.join(dir, "runtime", "prelude.d.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("playground/build: the repository root (runtime/prelude.d.ts) was not found");
    dir = parent;
  }
  return dir;
}

/** Every .ts file under `dir`, keyed by its path relative to the repository root. */
function sourcesUnder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(ROOT, full).split(path.sep).join("/")] = fs.readFileSync(full, "utf8");
  }
  return files;
}

/** lib.es2022.d.ts and every lib file it references, transitively, keyed by file name. */
function typescriptLibs(): Record<string, string> {
  const libs: Record<string, string> = {};
  const pending = ["lib.es2022.d.ts"];
  while (pending.length > 0) {
    const name = pending.pop()!;
    if (libs[name] !== undefined) continue;
    libs[name] = fs.readFileSync(path.join(TS_LIB_DIR, name), "utf8");
    for (const [, lib] of libs[name].matchAll(/\/\/\/\s*<reference lib="([^"]+)"/g)) pending.push(`lib.${lib}.d.ts`);
  }
  return libs;
}

/**
 * Node's built-in modules in the browser. The compiler's modules use node:path (path-browserify
 * is node's posix path); host-node.ts and typescript.js use the rest only when they run under
 * node, which they do not here, so those become modules whose use throws.
 */
const nodeBuiltins: esbuild.Plugin = {
  name: "node-builtins",
  setup(build) {
    build.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: require.resolve("path-browserify") }));
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "node-stub" }));
    build.onLoad({ filter: /.*/, namespace: "node-stub" }, (args) => ({
      contents: `const unavailable = () => { throw new Error("${args.path} is not available in the browser"); };
export default new Proxy({}, { get: () => unavailable });
export const fileURLToPath = unavailable, createRequire = unavailable, readFile = unavailable;`,
    }));
  },
};

/**
 * iced-x86 ships for node: it loads its WebAssembly with fs.readFileSync and takes TextDecoder
 * from node's util. In the bundle, the wasm bytes are embedded (esbuild's binary loader) and
 * compiled synchronously, which browsers allow in a worker.
 */
const icedForBrowser: esbuild.Plugin = {
  name: "iced-x86-browser",
  setup(build) {
    build.onLoad({ filter: /iced-x86[\\/]iced_x86\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, "utf8");
      const patched = source
        .replace("require(`util`)", "globalThis")
        .replace(/const path = require\('path'\)\.join\(__dirname, 'iced_x86_bg\.wasm'\);\s*const bytes = require\('fs'\)\.readFileSync\(path\);/, "const bytes = require('./iced_x86_bg.wasm');");
      if (!patched.includes("require('./iced_x86_bg.wasm')")) throw new Error("playground/build: iced-x86's loader changed; update icedForBrowser");
      return { contents: patched, loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/** Sources as modules: `tskc:runtime` (runtime/ and TypeScript's libs, for the worker) and
 * `tskc:projects` (kernel/ and examples/, for the page, which sends them with each build). */
const sourceModules: esbuild.Plugin = {
  name: "tskc-sources",
  setup(build) {
    build.onResolve({ filter: /^tskc:/ }, (args) => ({ path: args.path, namespace: "tskc-sources" }));
    build.onLoad({ filter: /.*/, namespace: "tskc-sources" }, (args) => {
      const contents = args.path === "tskc:runtime"
        ? { runtime: sourcesUnder("runtime"), typescriptLibs: typescriptLibs() }
        : { ...sourcesUnder("kernel"), ...sourcesUnder("examples") };
      return { contents: JSON.stringify(contents), loader: "json" };
    });
  },
};

const options: esbuild.BuildOptions = {
  entryPoints: { main: path.join(SRC, "main.ts"), worker: path.join(SRC, "worker.ts") },
  outdir: OUT,
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  legalComments: "linked",
  loader: { ".wasm": "binary" },
  // typescript.js requires these only when it runs under node.
  external: ["fs", "os", "crypto", "inspector", "perf_hooks", "module", "source-map-support"],
  plugins: [nodeBuiltins, icedForBrowser, sourceModules],
  logLevel: "warning",
};

async function main(argv: string[]): Promise<void> {
  const started = performance.now();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  fs.copyFileSync(path.join(SRC, "index.html"), path.join(OUT, "index.html"));
  fs.copyFileSync(require.resolve("v86/build/v86.wasm"), path.join(OUT, "v86.wasm"));
  await esbuild.build(options);
  console.log(`playground: built ${path.relative(process.cwd(), OUT) || "."} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (!argv.includes("--serve")) return;
  const portArg = argv.indexOf("--port");
  const port = portArg >= 0 ? Number(argv[portArg + 1]) : 8291;
  const context = await esbuild.context({ logLevel: "silent" });
  const { hosts, port: served } = await context.serve({ servedir: OUT, port, host: "127.0.0.1" });
  console.log(`playground: http://${hosts[0]}:${served}/ (Ctrl-C stops)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`playground: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
