// What the tskc commands share: option parsers, the usage error, output names and image
// reading. In: option strings and paths. Out: parsed values, or a UsageError (exit status 2).
// Loads no part of the compiler, so that `tskc run image.bin` starts without TypeScript.

import fs from "node:fs";
import path from "node:path";
import { InvalidArgumentError } from "commander";

/** Bad usage: printed as `tskc: message`, exit status 2. */
export class UsageError extends Error {}

/** out/<name>: the file's stem, or its folder's name for main.ts / index.ts. */
export function defaultName(entry: string): string {
  const stem = path.basename(entry, ".ts");
  return stem === "main" || stem === "index" ? path.basename(path.dirname(path.resolve(entry))) : stem;
}

/** A built image's bytes (.bin or .elf). */
export function readImage(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new UsageError(`cannot find kernel image '${file}'`);
  return new Uint8Array(fs.readFileSync(file));
}

export function parseList<T extends string>(allowed: readonly T[]) {
  return (value: string): T[] => {
    const items = value.split(",").map((s) => s.trim()).filter(Boolean);
    const bad = items.find((s) => !allowed.includes(s as T));
    if (bad !== undefined || items.length === 0) throw new InvalidArgumentError(`expected some of ${allowed.join(",")}`);
    return items as T[];
  };
}

export function parseOne<T extends string>(allowed: readonly T[]) {
  return (value: string): T => {
    if (!allowed.includes(value as T)) throw new InvalidArgumentError(`expected one of ${allowed.join(", ")}`);
    return value as T;
  };
}

export function parseNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("expected a positive number");
  return n;
}

export function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new InvalidArgumentError("expected a TCP port (1-65535)");
  return n;
}
