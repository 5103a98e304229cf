// The C twins (bench/c/NAME.c): the same algorithms built by gcc, for
// `npm run bench -- --vs-gcc`. In: a program name and an optimisation level. Out: a
// flat multiboot image (a.out kludge, as tskc makes) that bootKernel runs with the
// same instruction counter, and its .text size. Needs gcc able to target i386
// (`-m32`), GNU ld and objcopy; gccStatus() says whether they are there.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Both levels are built with these; the level (-O2, -O0) comes first. */
export const GCC_FLAGS = [
  "-m32",
  "-march=i686",
  "-ffreestanding",
  "-fno-pic",
  "-nostdlib",
  "-fno-stack-protector", // no __stack_chk_fail in a kernel
  "-fno-asynchronous-unwind-tables", // no .eh_frame to lay out
];
const LINK_FLAGS = ["-no-pie", "-Wl,--build-id=none", "-Wl,--no-warn-rwx-segments"];
export const GCC_LEVELS = ["-O2", "-O0"] as const;

export type GccStatus = { ok: true; version: string } | { ok: false; reason: string };

/** Whether gcc can build an i386 kernel here: it exists and `-m32` compiles and links bench/c/empty.c. */
export function gccStatus(cDir: string): GccStatus {
  let version: string;
  try {
    version = execFileSync("gcc", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0];
  } catch {
    return { ok: false, reason: "gcc is not installed" };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-bench-gcc-"));
  try {
    buildTwin(cDir, "empty", "-O2", dir);
    return { ok: true, version };
  } catch (error) {
    return { ok: false, reason: `${version} cannot build an i386 kernel: ${firstLine(error)}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export interface Twin {
  image: Uint8Array;
  textBytes: number;
}

/** Builds bench/c/NAME.c with start.S and rt.c at `level` in `workDir`. Throws with gcc's message. */
export function buildTwin(cDir: string, name: string, level: string, workDir: string): Twin {
  const elf = path.join(workDir, `${name}${level}.elf`);
  const bin = path.join(workDir, `${name}${level}.bin`);
  const sources = ["start.S", "rt.c", `${name}.c`].map((file) => path.join(cDir, file));
  execFileSync("gcc", [level, ...GCC_FLAGS, ...LINK_FLAGS, "-T", path.join(cDir, "link.ld"), "-o", elf, ...sources], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  execFileSync("objcopy", ["-O", "binary", elf, bin], { stdio: ["ignore", "pipe", "pipe"] });
  return { image: new Uint8Array(fs.readFileSync(bin)), textBytes: sectionSize(elf, ".text") };
}

/** A section's size from the ELF's section headers (ELF32, little-endian). */
function sectionSize(elfPath: string, name: string): number {
  const elf = fs.readFileSync(elfPath);
  const shoff = elf.readUInt32LE(32);
  const shentsize = elf.readUInt16LE(46);
  const shnum = elf.readUInt16LE(48);
  const shstrndx = elf.readUInt16LE(50);
  const strtab = elf.readUInt32LE(shoff + shstrndx * shentsize + 16);
  for (let i = 0; i < shnum; i++) {
    const header = shoff + i * shentsize;
    const nameAt = strtab + elf.readUInt32LE(header);
    const end = elf.indexOf(0, nameAt);
    if (elf.toString("latin1", nameAt, end) === name) return elf.readUInt32LE(header + 20);
  }
  return 0;
}

function firstLine(error: unknown): string {
  const e = error as { stderr?: string; message?: string };
  const text = (e.stderr || e.message || String(error)).trim();
  return text.split("\n").find((line) => /error/i.test(line)) ?? text.split("\n")[0];
}
