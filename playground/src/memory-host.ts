// An in-memory project as the compiler's FileSystemHost (compiler/host.ts), for the
// compile worker. In: the project's files keyed by their path relative to the project
// root (kernel/main.ts, examples/hello/main.ts, runtime/lib/serial.ts, …) and
// TypeScript's lib files by name. Out: a host rooted at /tskc, whose working directory
// is that root, so that diagnostics name files as the CLI does (examples/hello/main.ts).

import type { FileSystemHost } from "../../compiler/host.js";

export const PROJECT_ROOT = "/tskc";
const LIB_DIR = "/typescript/lib";

export function memoryHost(project: Record<string, string>, typescriptLibs: Record<string, string>): FileSystemHost {
  const files = new Map<string, string>();
  for (const [name, text] of Object.entries(project)) files.set(`${PROJECT_ROOT}/${name}`, text);
  for (const [name, text] of Object.entries(typescriptLibs)) files.set(`${LIB_DIR}/${name}`, text);
  const directories = new Set<string>();
  for (const name of files.keys()) {
    for (let slash = name.lastIndexOf("/"); slash > 0; slash = name.lastIndexOf("/", slash - 1)) directories.add(name.slice(0, slash));
  }
  return {
    readFile: (fileName) => files.get(fileName),
    fileExists: (fileName) => files.has(fileName),
    directoryExists: (dirName) => directories.has(dirName.replace(/\/+$/, "")) || dirName === "/",
    currentDirectory: () => PROJECT_ROOT,
    useCaseSensitiveFileNames: true,
    runtimeDir: `${PROJECT_ROOT}/runtime`,
    libDir: LIB_DIR,
  };
}
