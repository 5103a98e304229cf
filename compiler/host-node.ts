// The real file system as the compiler's FileSystemHost (host.ts): what the CLI and the
// tests compile from. In: nothing. Out: nodeFileSystem. tskc's own runtime folder is
// found from this module's location, whether it runs from source (tests) or dist/.
// Nothing here touches the disk until a compile asks, so the browser's bundle may
// include this module with node's modules stubbed out. It does not import TypeScript
// either: `tskc run image.bin` reaches it through paths.ts, and starts without loading
// the compiler (cli.ts).

import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FileSystemHost } from "./host.js";

let packageRoot: string | undefined;
let libDir: string | undefined;

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "runtime", "prelude.d.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("tskc installation is incomplete: runtime/prelude.d.ts not found");
    dir = parent;
  }
  return dir;
}

/** What `stat` says of a path, or undefined when there is nothing (or it cannot be read). */
function statOf(fileName: string): fs.Stats | undefined {
  try {
    return fs.statSync(fileName, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR (a path through a file), EACCES: nothing readable there
  }
}

export const nodeFileSystem: FileSystemHost = {
  readFile: (fileName) => (statOf(fileName)?.isFile() ? fs.readFileSync(fileName, "utf8") : undefined),
  fileExists: (fileName) => statOf(fileName)?.isFile() ?? false,
  directoryExists: (dirName) => statOf(dirName)?.isDirectory() ?? false,
  currentDirectory: () => process.cwd(),
  // As TypeScript's own ts.sys decides it: by the platform's usual file systems.
  useCaseSensitiveFileNames: typeof process === "undefined" || (process.platform !== "win32" && process.platform !== "darwin"),
  get runtimeDir() {
    packageRoot ??= findPackageRoot();
    return path.join(packageRoot, "runtime");
  },
  get libDir() {
    // TypeScript's lib files sit beside its main module (lib/typescript.js).
    libDir ??= path.dirname(createRequire(import.meta.url).resolve("typescript"));
    return libDir;
  },
};
