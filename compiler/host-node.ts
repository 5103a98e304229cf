// The real file system as the compiler's FileSystemHost (host.ts): what the CLI and the
// tests compile from. In: nothing. Out: nodeFileSystem. tskc's own runtime folder is
// found from this module's location, whether it runs from source (tests) or dist/.
// Nothing here touches the disk until a compile asks, so the browser's bundle may
// include this module with node's modules stubbed out.

import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import type { FileSystemHost } from "./host.js";

let packageRoot: string | undefined;

function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "runtime", "prelude.d.ts"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("tskc installation is incomplete: runtime/prelude.d.ts not found");
    dir = parent;
  }
  return dir;
}

export const nodeFileSystem: FileSystemHost = {
  readFile: (fileName) => ts.sys.readFile(fileName),
  fileExists: (fileName) => ts.sys.fileExists(fileName),
  directoryExists: (dirName) => ts.sys.directoryExists(dirName),
  currentDirectory: () => process.cwd(),
  useCaseSensitiveFileNames: ts.sys?.useCaseSensitiveFileNames ?? true,
  get runtimeDir() {
    packageRoot ??= findPackageRoot();
    return path.join(packageRoot, "runtime");
  },
  get libDir() {
    return path.dirname(ts.getDefaultLibFilePath({}));
  },
};
