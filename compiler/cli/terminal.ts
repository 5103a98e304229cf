// A terminal's keystrokes for a guest (`tskc run` on a TTY). In: the raw bytes a terminal in
// raw mode sends, one read at a time. Out: actions: bytes for the guest's COM1, PS/2 set-1
// scancodes for keys that have no byte (arrows, Home, End, Insert, Delete, Page Up/Down,
// F1-F12), or the end of the run. Nothing runs first; one instance per run.
//
// The escape key is QEMU's (-serial mon:stdio): Ctrl-A x quits, Ctrl-A Ctrl-A sends one
// Ctrl-A, Ctrl-A h prints the help. Everything else, Ctrl-C included, reaches the kernel.
// A terminal encodes the keys without a byte as ANSI escape sequences (ECMA-48 CSI, or SS3
// `ESC O x` in application mode; xterm's "PC-Style Function Keys"). Sent to COM1 they would
// type "[A" for an up arrow; sent as the scancodes a PC keyboard makes for the key, a kernel's
// keyboard driver sees the key itself. A terminal delivers each sequence in one read, so a
// read that is only ESC is the Escape key.

const CTRL_A = 0x01;
const ESC = 0x1b;
const EXTENDED = 0xe0;
const RELEASE = 0x80;

export type TerminalAction =
  | { kind: "serial"; text: string } // latin1 bytes for COM1
  | { kind: "keys"; codes: number[] } // PS/2 set-1 make and break codes
  | { kind: "quit" }
  | { kind: "help" };

export const ESCAPE_HELP = "Ctrl-A x  end the run\nCtrl-A Ctrl-A  send Ctrl-A to the kernel\nCtrl-A h  this help";

/** Extended (0xE0) make codes by the final byte of `ESC [ x`, `ESC [ 1 ; m x` or `ESC O x`. */
const CURSOR_KEYS = new Map<string, number>([
  ["A", 0x48], ["B", 0x50], ["C", 0x4d], ["D", 0x4b], // up, down, right, left
  ["H", 0x47], ["F", 0x4f], // Home, End
]);
/** Extended make codes by the number of `ESC [ n ~` (VT220 editing keys). */
const EDITING_KEYS = new Map<number, number>([
  [1, 0x47], [7, 0x47], [4, 0x4f], [8, 0x4f], // Home, End (both numberings)
  [2, 0x52], [3, 0x53], [5, 0x49], [6, 0x51], // Insert, Delete, Page Up, Page Down
]);
/** Plain make codes of the function keys: F1-F4 by `ESC O x`, F5-F12 by `ESC [ n ~`. */
const FUNCTION_KEYS_SS3 = new Map<string, number>([["P", 0x3b], ["Q", 0x3c], ["R", 0x3d], ["S", 0x3e]]);
const FUNCTION_KEYS_CSI = new Map<number, number>([
  [11, 0x3b], [12, 0x3c], [13, 0x3d], [14, 0x3e], [15, 0x3f], [17, 0x40], [18, 0x41], [19, 0x42],
  [20, 0x43], [21, 0x44], [23, 0x57], [24, 0x58],
]);

export class TerminalInput {
  private afterCtrlA = false;

  /** The actions for one read from the terminal, in order. */
  feed(chunk: Uint8Array): TerminalAction[] {
    const actions: TerminalAction[] = [];
    let text = "";
    const flush = () => {
      if (text) actions.push({ kind: "serial", text });
      text = "";
    };
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (this.afterCtrlA) {
        this.afterCtrlA = false;
        if (byte === CTRL_A) text += "\x01";
        else if (byte === 0x78 || byte === 0x58) { // x, X
          flush();
          actions.push({ kind: "quit" });
          return actions;
        } else if (byte === 0x68 || byte === 0x3f) { // h, ?
          flush();
          actions.push({ kind: "help" });
        }
        continue; // QEMU ignores other keys after the escape too
      }
      if (byte === CTRL_A) {
        this.afterCtrlA = true;
        continue;
      }
      if (byte === ESC && i + 1 < chunk.length) {
        const sequence = escapeSequence(chunk, i);
        if (sequence) {
          flush();
          if (sequence.codes.length) actions.push({ kind: "keys", codes: sequence.codes });
          i = sequence.end - 1;
          continue;
        }
      }
      text += String.fromCharCode(byte);
    }
    flush();
    return actions;
  }
}

/** The key of the CSI or SS3 sequence starting at `start` (an ESC), as make and break codes
 * (none for a sequence that names no PC key, which is dropped), and where it ends; undefined
 * when the ESC starts no sequence (Alt+key sends ESC then the key: both go to COM1). */
function escapeSequence(bytes: Uint8Array, start: number): { codes: number[]; end: number } | undefined {
  const introducer = bytes[start + 1];
  if (introducer === 0x4f) { // SS3: ESC O x
    if (start + 2 >= bytes.length) return undefined;
    const final = String.fromCharCode(bytes[start + 2]);
    const code = CURSOR_KEYS.get(final);
    const codes = code !== undefined ? extended(code) : FUNCTION_KEYS_SS3.has(final) ? plain(FUNCTION_KEYS_SS3.get(final)!) : [];
    return { codes, end: start + 3 };
  }
  if (introducer !== 0x5b) return undefined; // CSI: ESC [ parameters final
  let end = start + 2;
  while (end < bytes.length && bytes[end] >= 0x30 && bytes[end] <= 0x3f) end++; // parameter bytes: digits ; < = > ?
  if (end >= bytes.length || bytes[end] < 0x40 || bytes[end] > 0x7e) return undefined;
  const final = String.fromCharCode(bytes[end]);
  const first = Number(String.fromCharCode(...bytes.subarray(start + 2, end)).split(";")[0] || "1");
  let codes: number[] = [];
  if (CURSOR_KEYS.has(final)) codes = extended(CURSOR_KEYS.get(final)!);
  else if (final === "~" && EDITING_KEYS.has(first)) codes = extended(EDITING_KEYS.get(first)!);
  else if (final === "~" && FUNCTION_KEYS_CSI.has(first)) codes = plain(FUNCTION_KEYS_CSI.get(first)!);
  return { codes, end: end + 1 };
}

function extended(make: number): number[] {
  return [EXTENDED, make, EXTENDED, make | RELEASE];
}

function plain(make: number): number[] {
  return [make, make | RELEASE];
}
