// Where tskc's runtime files are, where a program's entry and project root are, and how
// paths compare. In: the current FileSystemHost (host.ts). Out: absolute paths of the
// prelude and the trap modules; entryFile, projectRoot, and the path normalisation every
// comparison of file names goes through (TypeScript names files with forward slashes,
// node's path module with the platform's separator).

import path from "node:path";
import { fileSystem } from "./host.js";

/** runtime/prelude.d.ts: the integer types and intrinsics. */
export function preludePath(): string {
  return path.join(fileSystem().runtimeDir, "prelude.d.ts");
}

/** The runtime module whose boundsTrap every failed bounds check calls. */
export function trapPath(): string {
  return path.join(fileSystem().runtimeDir, "lib", "trap.ts");
}

/** The same for ring-3 programs (includeProgram), which report to their kernel by system call. */
export function userTrapPath(): string {
  return path.join(fileSystem().runtimeDir, "lib", "user", "trap.ts");
}

/** A file name as TypeScript writes it: absolute, with forward slashes. Compare file names
 * only in this form (samePath): on Windows, node's paths have backslashes and TypeScript's not. */
export function normalizePath(fileName: string): string {
  return path.resolve(fileSystem().currentDirectory(), fileName).replace(/\\/g, "/");
}

export function samePath(a: string, b: string): boolean {
  return normalizePath(a) === normalizePath(b);
}

/** The folder a program's paths are relative to in what tskc writes (bounds-check reports,
 * listings, DWARF), so that the image does not depend on the working directory: the nearest
 * folder holding a package.json, from the entry's folder up, or else the entry's folder. */
export function projectRoot(entry: string): string {
  const files = fileSystem();
  const start = path.dirname(path.resolve(files.currentDirectory(), entry));
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (files.fileExists(path.join(dir, "package.json"))) return normalizePath(dir);
    if (path.dirname(dir) === dir) return normalizePath(start);
  }
}

/** `fileName` relative to `root`, with forward slashes, as tskc writes it into images. */
export function sourcePath(fileName: string, root: string): string {
  return path.relative(root, normalizePath(fileName)).replace(/\\/g, "/");
}

/** A program's entry file: `target` itself, or the main.ts inside it when it is a folder. */
export function entryFile(target: string): string {
  if (fileSystem().directoryExists(target)) return path.join(target, "main.ts");
  return target;
}
