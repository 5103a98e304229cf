// A CommonJS file loaded with a V8 code cache, for the tskc command: bin/tskc.js loads the
// bundled compiler (cli/bundle.ts) through here, and the bundle TypeScript and iced-x86. In:
// the file's path. Out: its exports, as require() gives them; as a side effect, a cache file
// under the system's temporary folder, written when the process exits if there was none (or
// V8 refused it).
//
// Why: V8 compiles each function when it first runs, and a type check runs a great many of
// TypeScript's. Compiling them cost about 1 s of the 5.5 s CPU of a SimpleOS build; with the
// code V8 made last time it costs next to nothing. tsc does the same on Node >= 22.1
// (lib/tsc.js calls module.enableCompileCache()); there, bin/tskc.js calls it too, which
// covers every module, and this file only require()s. On older Node the cache is this
// file's: one cache per file and Node version, whose header names the file's size and
// modification time (a changed file is compiled afresh and its cache rewritten) and the
// SHA-1 of the cached code (a damaged file is ignored and rewritten). V8 checks
// its own version, flags and the source's length, and refuses a cache that does not match.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off, as it does Node's.

import crypto from "node:crypto";
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";

/** The folder of the caches, one per user; a file in it is `<file's name>-<hash of its path and Node's version>.cache`. */
const CACHE_DIR = path.join(os.tmpdir(), `tskc-compile-cache-${process.getuid?.() ?? "user"}`);

/** require(`bundle`), compiled with (and, when there was none, afterwards saving) a V8 code cache. */
export function requireWithCodeCache(bundle: string): unknown {
  const require = createRequire(bundle);
  const cached = require.cache[bundle];
  if (cached) return cached.exports;
  if (typeof (Module as { enableCompileCache?: unknown }).enableCompileCache === "function" || process.env.NODE_DISABLE_COMPILE_CACHE) return require(bundle);
  const stat = fs.statSync(bundle);
  const stamp = `${stat.size} ${stat.mtimeMs}\n`;
  const cacheFile = path.join(CACHE_DIR, `${path.basename(bundle, ".js")}-${crypto.createHash("sha1").update(`${bundle}\0${process.version}\0${process.arch}`).digest("hex").slice(0, 16)}.cache`);
  const cachedData = readCache(cacheFile, stamp);
  const script = new vm.Script(Module.wrap(fs.readFileSync(bundle, "utf8")), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (!cachedData || script.cachedDataRejected) process.once("exit", () => writeCache(cacheFile, stamp, script));
  // The module as require() would make it, so that a later require(bundle) finds it.
  const module = new Module(bundle, undefined);
  module.filename = bundle;
  module.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(path.dirname(bundle));
  require.cache[bundle] = module;
  try {
    script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, path.dirname(bundle));
  } catch (e) {
    delete require.cache[bundle];
    throw e;
  }
  module.loaded = true;
  return module.exports;
}

/** The cached code for the bundle as `stamp` describes it, or undefined. */
function readCache(cacheFile: string, stamp: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    if (!ownFolder(CACHE_DIR)) return undefined;
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const header = Buffer.from(stamp);
  if (!bytes.subarray(0, header.length).equals(header)) return undefined;
  // V8 checks a cache's version and flags but not its bytes (release builds skip the checksum):
  // a file damaged in place would crash every later run, so the payload carries its digest.
  const digest = bytes.subarray(header.length, header.length + DIGEST_LENGTH).toString("latin1");
  const payload = bytes.subarray(header.length + DIGEST_LENGTH);
  return digest === digestOf(payload) ? payload : undefined;
}

/** The hex SHA-1 of a payload and its newline: the cache's second header line. */
const DIGEST_LENGTH = 41;
function digestOf(payload: Buffer): string {
  return `${crypto.createHash("sha1").update(payload).digest("hex")}\n`;
}

/** Whether only this user can write in `dir`: V8 runs cached code without checking it, so a
 * cache that another user of a shared temporary folder could write would run their code. */
function ownFolder(dir: string): boolean {
  const stat = fs.statSync(dir);
  return process.getuid === undefined || (stat.uid === process.getuid() && (stat.mode & 0o022) === 0);
}

/** Saves the code V8 has made for `script` so far, which by exit includes every function the
 * compile ran. Written to a temporary name and renamed, so that a concurrent tskc never reads
 * half a file; any failure (a read-only temporary folder) only costs the next run the time. */
function writeCache(cacheFile: string, stamp: string, script: vm.Script): void {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    fs.mkdirSync(CACHE_DIR, { recursive: true, mode: 0o700 });
    if (!ownFolder(CACHE_DIR)) return;
    const payload = script.createCachedData();
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(stamp), Buffer.from(digestOf(payload)), payload]));
    fs.renameSync(temporary, cacheFile);
  } catch {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // CACHE_DIR is a file, or unreadable: there is nothing of ours to remove
    }
  }
}
