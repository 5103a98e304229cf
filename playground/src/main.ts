// The playground page: wires the editor, the compile worker, the machine and the panes
// together. In: the page (index.html), the bundled examples, and a shared project in
// the URL fragment when there is one. Out: what a person sees and does: edit, Build
// (Ctrl-Enter), Run, Stop, Reset, Share. `window.playground` exposes the state the
// browser test (test/playground.test.ts) reads back.

import "@xterm/xterm/css/xterm.css";
import "./style.css";
import { Terminal } from "@xterm/xterm";
import { ProjectEditor } from "./editor.js";
import { EXAMPLES, type Example, exampleNamed, SOURCES } from "./examples.js";
import { Machine } from "./machine.js";
import { screenLines, TextScreen } from "./screen.js";
import type { BuildRequest, PlacedDiagnostic, WorkerMessage } from "./protocol.js";
import { decodeState, encodeState } from "./share.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = $("status");
const buttons = { build: $<HTMLButtonElement>("build"), run: $<HTMLButtonElement>("run"), stop: $<HTMLButtonElement>("stop"), reset: $<HTMLButtonElement>("reset"), share: $<HTMLButtonElement>("share") };
const screen = $<HTMLCanvasElement>("screen");

const terminal = new Terminal({ convertEol: true, rows: 12, fontSize: 12, scrollback: 5000 });
terminal.open($("terminal"));
let serialText = "";

let example: Example = EXAMPLES[0];
let image: Uint8Array | undefined;
let machine: Machine | undefined;
const textScreen = new TextScreen(screen, () => machine?.textCells());
let buildId = 0;
let building: { id: number; timer: number } | undefined;
let lastBuild: { ok: boolean; ms: number; diagnostics: PlacedDiagnostic[] } | undefined;
let workerReady: { at: number; warmupMs: number } | undefined; // ms since the page's start

const editor = new ProjectEditor($("editor"), $("files"), () => void build());

// ---- the compile worker

// index.html starts the worker, and catches its "ready" before this script runs.
const early = window as unknown as { tskcWorker: Worker; tskcWorkerReady: Promise<{ warmupMs: number }> };
const worker = early.tskcWorker;
void early.tskcWorkerReady.then(({ warmupMs }) => {
  workerReady = { at: performance.now(), warmupMs };
  if (!building) setStatus(`compiler ready (${(warmupMs / 1000).toFixed(1)} s)`);
});
worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
  const message = event.data;
  if (message.type === "ready") return; // above
  if (!building || message.id !== building.id) return; // a superseded build
  if (message.type === "progress") setStatus(`${message.stage}…`, "busy");
  else if (message.type === "built") finishBuild(true, message.ms, [], message.image);
  else if (message.type === "failed") finishBuild(false, message.ms, message.diagnostics);
  else if (message.type === "outputs") {
    $("listing").textContent = message.listing;
    $("ir").textContent = message.ir;
    setStatus(`built in ${(lastBuild!.ms / 1000).toFixed(1)} s; image ${image!.length} bytes`);
    endBuild();
  }
};
worker.onerror = (event) => setStatus(`the compile worker failed: ${event.message}`, "error");

async function build(): Promise<void> {
  if (building) return;
  const files = editor.files();
  const id = ++buildId;
  const started = performance.now();
  const timer = window.setInterval(() => {
    if (building?.id === id) status.dataset.elapsed = ((performance.now() - started) / 1000).toFixed(1);
  }, 100);
  building = { id, timer };
  setStatus(workerReady ? "compiling…" : "loading the compiler…", "busy");
  buttons.build.disabled = true;
  const request: BuildRequest = { id, entry: example.entry, files: { ...SOURCES, ...files } };
  worker.postMessage(request);
  void updateUrl(files);
}

/** The build is over: the listing and IR are in, or it failed. */
function endBuild(): void {
  clearInterval(building!.timer);
  building = undefined;
  buttons.build.disabled = false;
}

function finishBuild(ok: boolean, ms: number, diagnostics: PlacedDiagnostic[], built?: Uint8Array): void {
  lastBuild = { ok, ms, diagnostics };
  image = built;
  editor.showDiagnostics(diagnostics);
  showProblems(diagnostics);
  buttons.run.disabled = !ok;
  if (ok) {
    setStatus(`built in ${(ms / 1000).toFixed(1)} s; writing the listing…`, "busy");
    void run();
  } else {
    endBuild();
    setStatus(`${diagnostics.length} error${diagnostics.length === 1 ? "" : "s"} (${(ms / 1000).toFixed(1)} s)`, "error");
    showPane("problems");
  }
}

function showProblems(diagnostics: PlacedDiagnostic[]): void {
  $("problems").replaceChildren(
    ...diagnostics.map((d) => {
      const line = document.createElement("div");
      line.textContent = d.text;
      line.onclick = () => editor.reveal(d);
      return line;
    }),
  );
  if (diagnostics.length === 0) $("problems").textContent = "No problems.";
}

// ---- the machine

async function run(): Promise<void> {
  if (!image) return;
  await machine?.destroy();
  terminal.reset();
  serialText = "";
  showPane("terminal");
  machine = new Machine(image, screen, {
    onSerial: (text) => {
      serialText += text;
      terminal.write(text);
    },
    onStop: (reason) => {
      textScreen.stop();
      terminal.write(`\r\n[${reason}]\r\n`);
      buttons.stop.disabled = true;
    },
  });
  textScreen.clear();
  textScreen.start();
  buttons.stop.disabled = false;
  buttons.reset.disabled = false;
  screen.focus();
}

terminal.onData((data) => machine?.sendSerial(data));
buttons.build.onclick = () => void build();
buttons.run.onclick = () => void run();
buttons.reset.onclick = () => void run();
buttons.stop.onclick = () => machine?.stop();

// ---- panes, examples, sharing

function showPane(name: string): void {
  for (const pane of document.querySelectorAll<HTMLElement>(".pane")) pane.classList.toggle("active", pane.id === name);
  for (const tab of document.querySelectorAll<HTMLElement>("#panes button")) tab.classList.toggle("active", tab.dataset.pane === name);
}
for (const tab of document.querySelectorAll<HTMLElement>("#panes button")) tab.onclick = () => showPane(tab.dataset.pane!);

function setStatus(text: string, kind: "" | "busy" | "error" = ""): void {
  status.textContent = text;
  status.className = kind;
}

const select = $<HTMLSelectElement>("example");
select.append(...EXAMPLES.map((e) => new Option(e.title, e.name)));
select.onchange = () => {
  loadExample(exampleNamed(select.value), {});
  void updateUrl(editor.files());
};

function loadExample(chosen: Example, changed: Record<string, string>): void {
  example = chosen;
  select.value = chosen.name;
  $("story").innerHTML = chosen.story;
  editor.load(chosen.files.map((f) => [f, changed[f] ?? SOURCES[f]]));
  showProblems([]);
  $("listing").textContent = "";
  $("ir").textContent = "";
  image = undefined;
  buttons.run.disabled = true;
}

async function updateUrl(files: Record<string, string>): Promise<void> {
  const changed = Object.fromEntries(Object.entries(files).filter(([name, text]) => SOURCES[name] !== text));
  history.replaceState(null, "", `#${await encodeState({ example: example.name, changed })}`);
}

buttons.share.onclick = async () => {
  await updateUrl(editor.files());
  await navigator.clipboard?.writeText(location.href).catch(() => {});
  setStatus("link copied: it reproduces this kernel");
};

const shared = await decodeState(location.hash);
loadExample(exampleNamed(shared?.example ?? new URLSearchParams(location.search).get("example") ?? "hello"), shared?.changed ?? {});

/** What the browser test reads back. */
(window as unknown as { playground: object }).playground = {
  get workerReady() {
    return workerReady;
  },
  get building() {
    return building !== undefined;
  },
  get lastBuild() {
    return lastBuild;
  },
  serialText: () => serialText,
  screenText: () => screenLines(machine?.textCells() ?? new Uint8Array(80 * 25 * 2)),
  openFile: () => editor.openFile,
  load: (name: string) => loadExample(exampleNamed(name), {}),
};
