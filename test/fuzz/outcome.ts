// What one fuzz input ended in, as the worker reports it to the fuzzer. Only
// "compiled" and "diagnostic" are acceptable; the rest are failures to reduce.

export type OutcomeKind = "compiled" | "diagnostic" | "diagnostic without a position" | "internal error" | "crash" | "timeout";

export const OUTCOME_KINDS: readonly OutcomeKind[] = ["compiled", "diagnostic", "diagnostic without a position", "internal error", "crash", "timeout"];

export interface Outcome {
  kind: OutcomeKind;
  /** The size written, the first error's code, or the failure's message. */
  detail: string;
  stack?: string;
}

export function isFailure(kind: OutcomeKind): boolean {
  return kind !== "compiled" && kind !== "diagnostic";
}
