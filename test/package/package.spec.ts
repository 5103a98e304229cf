// The npm package as a user gets it: `npm pack`, installed into an empty folder without network,
// `npx tskc init`, then the new project's build, a run of its image and its own boot test. Needs
// `npm run build` first (`npm run test:package` builds). One test, about 25 s on two idle cores: mostly npm
// and three loads of TypeScript, run in child processes.
//
// Without network, npm takes every package from its cache, which this repository's own
// `npm install`/`npm ci` filled, by integrity. It needs a lockfile for that (the cache holds
// the tarballs, not the registry's package lists), so the test writes one from ours: the same
// versions of tskc's dependencies and of vitest, and tskc itself from the packed tarball. If the
// cache lacks a package (a cleaned cache), the test is skipped with a note.

import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

interface Run { status: number; stdout: string; stderr: string }

/** Runs a command in `cwd` with npm kept offline and the outer vitest's variables removed. */
function run(command: string, args: string[], cwd: string): Promise<Run> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("VITEST") && k !== "FORCE_COLOR"));
  return new Promise((resolve) => {
    execFile(command, args, { cwd, encoding: "utf8", timeout: 90_000, env: { ...env, NO_COLOR: "1", npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" } },
      (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr }));
  });
}

/** package.json and package-lock.json for a project that depends on the tarball and vitest, with
 * every other package at the version our lockfile pins (npm prunes what nothing needs). */
function writeProject(dir: string, tarball: string): void {
  const lock = JSON.parse(fs.readFileSync("package-lock.json", "utf8")) as { packages: Record<string, Record<string, unknown>> };
  const ours = lock.packages[""] as { version: string; dependencies: Record<string, string>; devDependencies: Record<string, string>; bin: Record<string, string> };
  const spec = `file:${path.relative(dir, tarball)}`;
  const pkg = { name: "app", version: "1.0.0", private: true, dependencies: { tskc: spec, vitest: ours.devDependencies.vitest } };
  const packages: Record<string, unknown> = { "": pkg };
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === "") continue;
    const { dev: _dev, ...rest } = entry;
    packages[key] = rest;
  }
  const integrity = `sha512-${crypto.createHash("sha512").update(fs.readFileSync(tarball)).digest("base64")}`;
  packages["node_modules/tskc"] = { version: ours.version, resolved: spec, integrity, dependencies: ours.dependencies, bin: ours.bin };
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify(pkg, null, 2));
  fs.writeFileSync(path.join(dir, "package-lock.json"), JSON.stringify({ name: "app", version: "1.0.0", lockfileVersion: 3, requires: true, packages }, null, 2));
}

describe("the npm package", () => {
  it("packs, installs offline, and its tskc init makes a kernel project that builds, runs and passes its test", async (context) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-package-"));
    try {
      const packed = await run("npm", ["pack", "--ignore-scripts", "--pack-destination", dir, "--json"], process.cwd());
      expect(packed.status, packed.stderr).toBe(0);
      const [{ filename, files }] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
      const shipped = files.map((f) => f.path);
      for (const file of ["bin/tskc.js", "dist/compiler/cli.js", "dist/compiler/tskc.cjs", "dist/compiler/index.d.ts", "runtime/prelude.d.ts", "runtime/tsconfig.kernel.json", "templates/init/main.ts"]) {
        expect(shipped, file).toContain(file);
      }
      expect(shipped.filter((f) => f.startsWith("dist/test/") || f.startsWith("kernel/"))).toEqual([]);

      const app = path.join(dir, "app");
      fs.mkdirSync(app);
      writeProject(app, path.join(dir, filename));
      const installed = await run("npm", ["install"], app);
      if (/ENOTCACHED/.test(installed.stderr)) {
        console.log(`package test: npm's cache lacks a package this repository installs, skipping the offline install:\n${installed.stderr}`);
        return context.skip();
      }
      expect(installed.status, installed.stderr).toBe(0);

      const init = await run("npx", ["tskc", "init", "my-kernel"], app);
      expect(init.status, init.stderr).toBe(0);
      const project = path.join(app, "my-kernel");
      const scripts = JSON.parse(fs.readFileSync(path.join(project, "package.json"), "utf8")).scripts;
      expect(scripts).toMatchObject({ build: expect.stringMatching(/^tskc build /), run: "tskc run main.ts", test: "vitest run" });

      const built = await run("npm", ["run", "build"], project);
      expect(built.status, built.stderr).toBe(0);
      // The built image, through the installed command (which needs no TypeScript for it).
      const booted = await run("npx", ["tskc", "run", "out/kernel.bin"], project);
      expect([booted.stdout, booted.status]).toEqual(["Hello from my-kernel!\n", 0]);
      const tested = await run("npm", ["test"], project);
      expect(tested.status, tested.stdout + tested.stderr).toBe(0);
      expect(tested.stdout).toMatch(/Tests +1 passed/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
