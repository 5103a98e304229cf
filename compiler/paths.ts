// Where tskc's own files are, whether it runs from source (tests) or from dist/, and
// where a program's entry is. In: nothing. Out: absolute paths of the package root and
// the runtime folder; entryFile.

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

/** A program's entry file: `target` itself, or the main.ts inside it when it is a folder. */
export function entryFile(target: string): string {
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) return path.join(target, "main.ts");
  return target;
}
