// `tskc init [dir]`: scaffolds a kernel project. In: a folder (created if missing; it must not
// hold a package.json yet). Out: the files of templates/init/, with the project's name (the
// folder's) and tskc's version filled in: package.json (build, run, start and test scripts),
// tsconfig.json extending runtime/tsconfig.kernel.json, main.ts, test/boot.test.ts (vitest,
// through the package's bootKernel) and .gitignore.

import fs from "node:fs";
import path from "node:path";
import { nodeFileSystem } from "../host-node.js";
import { VERSION } from "../version.js";
import { UsageError } from "./common.js";

/** The folder of this tskc installation (a clone, or node_modules/tskc): it holds runtime/ and templates/. */
export function packageRoot(): string {
  return path.dirname(nodeFileSystem.runtimeDir);
}

const TEMPLATE_DIR = path.join(packageRoot(), "templates", "init");
/** npm leaves .gitignore files out of a package, so the template's is stored without the dot. */
const RENAMED: Record<string, string> = { gitignore: ".gitignore" };

/** Writes the project into `dir`; returns the files written, relative to it. */
export function initProject(dir: string): string[] {
  if (fs.existsSync(path.join(dir, "package.json"))) {
    throw new UsageError(`'${dir}' already holds a package.json: tskc init makes a new project; give it an empty or new folder`);
  }
  const name = packageName(path.basename(path.resolve(dir)));
  const written: string[] = [];
  for (const file of fs.readdirSync(TEMPLATE_DIR, { recursive: true, encoding: "utf8" })) {
    const from = path.join(TEMPLATE_DIR, file);
    if (fs.statSync(from).isDirectory()) continue;
    const target = path.join(path.dirname(file), RENAMED[path.basename(file)] ?? path.basename(file));
    const to = path.join(dir, target);
    if (fs.existsSync(to)) throw new UsageError(`'${to}' exists already: tskc init does not overwrite files`);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.writeFileSync(to, fs.readFileSync(from, "utf8").replaceAll("__NAME__", name).replaceAll("__VERSION__", VERSION));
    written.push(target.replace(/\\/g, "/"));
  }
  return written.sort();
}

/** A folder name as an npm package name: lower case, and only characters npm allows. */
function packageName(folder: string): string {
  const name = folder.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[._-]+|-+$/g, "");
  return name || "kernel";
}
