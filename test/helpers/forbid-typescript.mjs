// Loaded with `node --import` by test/cli.test.ts: shows that `tskc run image.bin` boots
// without loading the compiler. Importing TypeScript fails, and a process that require()d it
// (bin/tskc.js loads the bundled compiler, which require()s TypeScript) says so on stderr as it
// exits. The same file is the hooks module (Node's module.register runs it again in its hooks
// thread, where it only defines resolve).
import { createRequire, register } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function resolve(specifier, context, next) {
  if (specifier === "typescript") throw new Error("tskc loaded TypeScript");
  return next(specifier, context);
}

if (isMainThread) {
  register(import.meta.url);
  const required = createRequire(import.meta.url).cache;
  process.on("exit", () => {
    if (Object.keys(required).some((f) => /[\\/]typescript[\\/]lib[\\/]typescript\.js$/.test(f))) process.stderr.write("tskc loaded TypeScript\n");
  });
}
