// Loaded with `node --import` by test/cli.test.ts: importing TypeScript fails, which shows that
// `tskc run image.bin` boots without loading the compiler. The same file is the hooks module
// (Node's module.register runs it again in its hooks thread, where it only defines resolve).
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function resolve(specifier, context, next) {
  if (specifier === "typescript") throw new Error("tskc loaded TypeScript");
  return next(specifier, context);
}

if (isMainThread) register(import.meta.url);
