// The code editor: CodeMirror 6 with TypeScript highlighting, one editor state per file
// of the project, tabs to switch between them, and diagnostics as marks in the text.
// In: the files to show (path -> text) and the compiler's diagnostics. Out: the edited
// texts. Ctrl-Enter (Cmd-Enter) asks for a build.

import { basicSetup } from "codemirror";
import { javascript } from "@codemirror/lang-javascript";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import type { PlacedDiagnostic } from "./protocol.js";

export class ProjectEditor {
  private readonly view: EditorView;
  private states = new Map<string, EditorState>();
  private current = "";

  constructor(host: HTMLElement, private readonly tabs: HTMLElement, private readonly onBuild: () => void) {
    this.view = new EditorView({ parent: host });
  }

  private extensions() {
    return [
      Prec.highest(keymap.of([{ key: "Mod-Enter", run: () => (this.onBuild(), true) }])),
      basicSetup,
      javascript({ typescript: true }),
      lintGutter(),
    ];
  }

  /** Shows `files` (the first one open), dropping the previous project. */
  load(files: [string, string][]): void {
    this.states = new Map(files.map(([name, text]) => [name, EditorState.create({ doc: text, extensions: this.extensions() })]));
    this.renderTabs();
    this.open(files[0][0]);
  }

  /** The project's files with their current text. */
  files(): Record<string, string> {
    this.states.set(this.current, this.view.state);
    return Object.fromEntries([...this.states].map(([name, state]) => [name, state.doc.toString()]));
  }

  open(name: string): void {
    if (!this.states.has(name)) return;
    if (this.current) this.states.set(this.current, this.view.state);
    this.current = name;
    this.view.setState(this.states.get(name)!);
    for (const tab of this.tabs.children) tab.classList.toggle("active", (tab as HTMLElement).dataset.file === name);
  }

  get openFile(): string {
    return this.current;
  }

  /** Marks each diagnostic in its file (files the editor does not show are skipped); clears old marks. */
  showDiagnostics(diagnostics: PlacedDiagnostic[]): void {
    this.states.set(this.current, this.view.state);
    for (const [name, state] of this.states) {
      const marks = diagnostics.filter((d) => d.file === name && d.line).map((d) => toMark(state, d));
      const updated = state.update(setDiagnostics(state, marks)).state;
      this.states.set(name, updated);
      if (name === this.current) this.view.setState(updated);
    }
    for (const tab of this.tabs.children) {
      const file = (tab as HTMLElement).dataset.file;
      tab.classList.toggle("has-errors", diagnostics.some((d) => d.file === file));
    }
  }

  /** Puts the cursor at a diagnostic's place, opening its file. */
  reveal(d: PlacedDiagnostic): void {
    if (!d.file || !d.line || !this.states.has(d.file)) return;
    this.open(d.file);
    const { from } = toMark(this.view.state, d);
    this.view.dispatch({ selection: { anchor: from }, scrollIntoView: true });
    this.view.focus();
  }

  private renderTabs(): void {
    this.tabs.replaceChildren(
      ...[...this.states.keys()].map((name) => {
        const tab = document.createElement("button");
        tab.textContent = name.slice(name.lastIndexOf("/", name.lastIndexOf("/") - 1) + 1);
        tab.title = name;
        tab.dataset.file = name;
        tab.onclick = () => this.open(name);
        return tab;
      }),
    );
  }
}

/** A diagnostic's 1-based line and column, and length, as a CodeMirror range. */
function toMark(state: EditorState, d: PlacedDiagnostic): Diagnostic {
  const line = state.doc.line(Math.min(d.line!, state.doc.lines));
  const from = Math.min(line.from + (d.column ?? 1) - 1, line.to);
  const to = Math.min(from + (d.length ?? 1), line.to);
  return { from, to: Math.max(to, from), severity: "error", message: `${d.code}: ${d.message}` };
}
