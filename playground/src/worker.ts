// The compile worker: tskc's own pipeline (compiler/driver.ts) in a Web Worker, so that
// the page stays responsive while TypeScript checks a kernel. In: BuildRequests
// (protocol.ts). Out: progress stages, then the flat multiboot image or the
// diagnostics, then the listing and the IR (produced after the image, so that Run need
// not wait for them). At start it compiles hello once, which parses TypeScript's lib
// files into the frontend's cache: the first real build then takes the warm path.

import runtimeSources from "tskc:runtime";
import { compile } from "../../compiler/driver.js";
import { CompileError, formatDiagnostic } from "../../compiler/diagnostics.js";
import { useHost } from "../../compiler/host.js";
import { memoryHost } from "./memory-host.js";
import type { BuildRequest, PlacedDiagnostic, WorkerMessage } from "./protocol.js";

const { runtime, typescriptLibs } = runtimeSources as { runtime: Record<string, string>; typescriptLibs: Record<string, string> };
const WARMUP = `export function main(): void {}\n`;

const post = (message: WorkerMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

function build({ id, entry, files }: BuildRequest): void {
  const started = performance.now();
  useHost(memoryHost({ ...files, ...runtime }, typescriptLibs));
  post({ type: "progress", id, stage: "type-checking and compiling" });
  try {
    const compilation = compile(entry, { keepLoweredIr: false });
    const image = compilation.flatBinary();
    post({ type: "built", id, image, ms: performance.now() - started }, [image.buffer]);
    post({ type: "progress", id, stage: "writing the listing" });
    post({ type: "outputs", id, listing: compilation.listing(), ir: compilation.irText() });
  } catch (error) {
    const diagnostics = error instanceof CompileError ? error.diagnostics : [{ code: "internal", message: `tskc crashed: ${String(error)}` }];
    const placed: PlacedDiagnostic[] = diagnostics.map((d) => ({ ...d, text: formatDiagnostic(d, { frame: false }) }));
    post({ type: "failed", id, diagnostics: placed, ms: performance.now() - started });
  }
}

self.onmessage = (event: MessageEvent<BuildRequest>) => build(event.data);

const warmStart = performance.now();
useHost(memoryHost({ "warmup/main.ts": WARMUP, ...runtime }, typescriptLibs));
try {
  compile("warmup/main.ts");
} finally {
  post({ type: "ready", warmupMs: performance.now() - warmStart });
}
