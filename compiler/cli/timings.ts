// Timings for `--verbose` and the one-line summary of `tskc build`. In: phase names and
// their wall-clock times in ms (driver.ts's onPhase, and the command's own steps). Out:
// the lines printed on stderr. performance.now() counts from the process's start, so the
// first line, "startup", is node, the command line and the import of the compiler.

export class Timings {
  private readonly phases: [string, number][] = [];
  private last = 0;

  /** Records a phase that ended now and took `ms`; the time since the previous phase that no
   * phase claims (the compiler's import, before the first) is recorded as "startup". */
  record(phase: string, ms: number): void {
    const now = performance.now();
    const unclaimed = now - ms - this.last;
    if (this.phases.length === 0 && unclaimed > 0) this.phases.push(["startup", unclaimed]);
    this.phases.push([phase, ms]);
    this.last = now;
  }

  /** Times `work` as `phase`. */
  time<T>(phase: string, work: () => T): T {
    const started = performance.now();
    const result = work();
    this.record(phase, performance.now() - started);
    return result;
  }

  /** One line per phase, then the total since the process started. */
  report(): string {
    const rows = [...this.phases, ["total", performance.now()] as [string, number]];
    return rows.map(([phase, ms]) => `tskc: ${phase.padEnd(11)}${ms.toFixed(1).padStart(9)} ms`).join("\n");
  }
}

/** "0.84 s" */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}
