// The examples the page offers. In: the repository's kernel/ and examples/ sources,
// bundled by playground/build.ts as `tskc:projects`. Out: each example's entry file,
// the files its editor shows (the rest of the sources are still there to import),
// and what it says beside the code.

import bundled from "tskc:projects";

/** Every bundled source, keyed by its path relative to the repository root. */
export const SOURCES = bundled as Record<string, string>;

export interface Example {
  name: string;
  title: string;
  entry: string;
  /** The files the editor shows, entry first. */
  files: string[];
  /** Sentences shown beside the code (HTML). */
  story: string;
}

const under = (folder: string, entry: string) => [entry, ...Object.keys(SOURCES).filter((f) => f.startsWith(folder) && f !== entry).sort()];

export const EXAMPLES: Example[] = [
  {
    name: "hello",
    title: "hello",
    entry: "examples/hello/main.ts",
    files: under("examples/hello/", "examples/hello/main.ts"),
    story: "The smallest kernel: it greets on COM1 (the terminal below the screen), writes the same line on the VGA screen, and exits with status 0.",
  },
  {
    name: "simpleos",
    title: "SimpleOS",
    entry: "kernel/main.ts",
    files: under("kernel/", "kernel/main.ts"),
    story: "SimpleOS, the whole kernel: paging, a preemptive scheduler, ring-3 drivers and a shell. Click the screen and type <code>help</code>.",
  },
  {
    name: "channel-file-291",
    title: "channel-file-291",
    entry: "examples/channel-file-291/main.ts",
    files: under("examples/channel-file-291/", "examples/channel-file-291/main.ts"),
    story:
      "In July 2024 a content update, <i>channel file 291</i>, gave a kernel-mode driver a rule for a 21st input field when the driver supplied only 20. " +
      "It read past its array in ring 0, and 8.5 million Windows machines crashed at every boot. " +
      "Here the sensor driver (<code>sensor.ts</code>) makes the same mistake, but tskc bounds-checks the read and the driver runs in ring 3: " +
      "the kernel stops it and restarts it, the updater (<code>updater.ts</code>) rolls back to channel file 290, and the heartbeat goes on. " +
      "Edit the channel file in <code>updater.ts</code> or the sensor driver, rebuild and run.",
  },
];

export function exampleNamed(name: string): Example {
  return EXAMPLES.find((e) => e.name === name) ?? EXAMPLES[0];
}
