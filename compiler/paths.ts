// Where tskc's runtime files are, and where a program's entry is. In: the current
// FileSystemHost (host.ts). Out: absolute paths of the prelude and the trap modules;
// entryFile.

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

/** A program's entry file: `target` itself, or the main.ts inside it when it is a folder. */
export function entryFile(target: string): string {
  if (fileSystem().directoryExists(target)) return path.join(target, "main.ts");
  return target;
}
