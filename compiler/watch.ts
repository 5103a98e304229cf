// `tskc check --watch`: checks a kernel, then again whenever one of its files changes.
// In: the entry, the check's options, and where reports go. Out: a report per round,
// as `tsc --watch` prints them ("Found N errors. Watching for file changes."), until the
// process is stopped.
//
// The watchers are Node's fs.watch on the folders of the program's files and its tsconfig
// (a folder, not a file, so that editors that save by writing a new file and renaming it
// over the old are seen), renewed after each round, since an edit may add or drop an import.
// (TypeScript's ts.sys.watchDirectory polls folders that are not watched recursively, too
// slowly for this.)

import fs from "node:fs";
import path from "node:path";
import { formatReport, wantsColor } from "./diagnostics.js";
import { check, type CompileOptions } from "./driver.js";

/** Changes closer together than this start one round: a save often writes several times. */
const SETTLE_MS = 100;

export function watchCheck(entry: string, options: CompileOptions, write: (report: string) => void): void {
  const watchers = new Map<string, fs.FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const round = (reason: string) => {
    write(`[${new Date().toLocaleTimeString()}] ${reason}\n`);
    const { diagnostics, files } = check(entry, options);
    // A program that did not parse lists no files: keep watching what was watched, and the entry.
    const dirs = new Set([path.dirname(path.resolve(entry)), ...files.map((f) => path.dirname(path.resolve(f)))]);
    if (files.length === 0) watchers.forEach((_, dir) => dirs.add(dir));
    for (const [dir, watcher] of watchers) {
      if (dirs.has(dir)) continue;
      watcher.close();
      watchers.delete(dir);
    }
    for (const dir of dirs) {
      if (!watchers.has(dir) && fs.existsSync(dir)) watchers.set(dir, fs.watch(dir, (_event, name) => changed(name ?? "")));
    }
    // Last, once watching: a change made as soon as the report is read is seen.
    write(`${formatReport(diagnostics, { pretty: wantsColor(process.stdout) })} Watching for file changes.\n`);
  };
  const changed = (fileName: string) => {
    if (!/\.(ts|json)$/.test(fileName)) return; // not editors' backup and swap files
    clearTimeout(timer);
    timer = setTimeout(() => round("File change detected. Checking again..."), SETTLE_MS);
  };
  round("Starting to check in watch mode...");
}
