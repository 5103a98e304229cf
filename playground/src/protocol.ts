// The messages between the page (main.ts) and the compile worker (worker.ts).

/** Page to worker: compile `entry` from `files` (paths relative to the project root). */
export interface BuildRequest {
  id: number;
  entry: string;
  files: Record<string, string>;
}

/** A diagnostic as the compiler reports it (compiler/diagnostics.ts), plus its tsc-style line. */
export interface PlacedDiagnostic {
  code: string;
  message: string;
  file?: string;
  line?: number; // 1-based
  column?: number; // 1-based
  length?: number;
  text: string; // `file(line,col): error CODE: message`
}

export type WorkerMessage =
  | { type: "ready"; warmupMs: number }
  | { type: "progress"; id: number; stage: string }
  | { type: "built"; id: number; image: Uint8Array; ms: number }
  | { type: "failed"; id: number; diagnostics: PlacedDiagnostic[]; ms: number }
  | { type: "outputs"; id: number; listing: string; ir: string };
