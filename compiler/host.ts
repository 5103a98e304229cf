// Where the compiler reads files from. In: nothing. Out: the current FileSystemHost,
// which every phase that reads a file asks (the frontend, includeProgram, inline-asm
// diagnostics, paths in messages). The default is the real file system (host-node.ts),
// which the CLI and the tests use; the browser playground installs an in-memory project
// with useHost before it compiles. This file imports nothing from node, so that a
// bundle for the browser can include it.

import { nodeFileSystem } from "./host-node.js";

/** A read-only file system. Paths are absolute, with the platform's separators. */
export interface FileSystemHost {
  /** The file's text, or undefined when there is no such file. */
  readFile(fileName: string): string | undefined;
  /** True for a file, false for a folder or nothing. */
  fileExists(fileName: string): boolean;
  directoryExists(dirName: string): boolean;
  /** Relative paths resolve against it; messages print paths relative to it, as tsc does. */
  currentDirectory(): string;
  useCaseSensitiveFileNames: boolean;
  /** tskc's runtime folder: prelude.d.ts, and lib/ that kernels import as "tskc/…". */
  readonly runtimeDir: string;
  /** The folder holding TypeScript's lib.es2022.d.ts and the lib files it references. */
  readonly libDir: string;
}

let current: FileSystemHost = nodeFileSystem;

/** The file system the compiler reads now. */
export function fileSystem(): FileSystemHost {
  return current;
}

/** Makes every later compile read `host`; returns the previous host. */
export function useHost(host: FileSystemHost): FileSystemHost {
  const previous = current;
  current = host;
  return previous;
}
