// Where tskc's own files are, whether it runs from source (tests) or from dist/, where a
// program's entry and project root are, and how paths compare. In: nothing. Out: absolute
// paths of the package root and the runtime folder; entryFile, projectRoot, and the path
// normalisation every comparison of file names goes through (TypeScript names files with
// forward slashes, node's path module with the platform's separator).

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "runtime", "prelude.d.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("tskc installation is incomplete: runtime/prelude.d.ts not found");
    dir = parent;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const RUNTIME_DIR = path.join(PACKAGE_ROOT, "runtime");
export const PRELUDE_PATH = path.join(RUNTIME_DIR, "prelude.d.ts");
/** The runtime module whose boundsTrap every failed bounds check calls. */
export const TRAP_PATH = path.join(RUNTIME_DIR, "lib", "trap.ts");
/** The same for ring-3 programs (includeProgram), which report to their kernel by system call. */
export const USER_TRAP_PATH = path.join(RUNTIME_DIR, "lib", "user", "trap.ts");

/** A file name as TypeScript writes it: absolute, with forward slashes. Compare file names
 * only in this form (samePath): on Windows, node's paths have backslashes and TypeScript's not. */
export function normalizePath(fileName: string): string {
  return path.resolve(fileName).replace(/\\/g, "/");
}

export function samePath(a: string, b: string): boolean {
  return normalizePath(a) === normalizePath(b);
}

/** The folder a program's paths are relative to in what tskc writes (bounds-check reports,
 * listings, DWARF), so that the image does not depend on the working directory: the nearest
 * folder holding a package.json, from the entry's folder up, or else the entry's folder. */
export function projectRoot(entry: string): string {
  const start = path.dirname(path.resolve(entry));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return normalizePath(dir);
    if (path.dirname(dir) === dir) return normalizePath(start);
  }
}

/** `fileName` relative to `root`, with forward slashes, as tskc writes it into images. */
export function sourcePath(fileName: string, root: string): string {
  return path.relative(root, normalizePath(fileName)).replace(/\\/g, "/");
}

/** A program's entry file: `target` itself, or the main.ts inside it when it is a folder. */
export function entryFile(target: string): string {
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) return path.join(target, "main.ts");
  return target;
}
