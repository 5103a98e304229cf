// The VGA text screen as lines of text. In: the 4000 bytes at 0xB8000 (80x25
// cells of character and colour), read with BootOptions.readMemory. Out: 25
// strings with trailing blanks removed.

export const VGA_TEXT = { addr: 0xb8000, length: 80 * 25 * 2 };

export function screenLines(cells: Uint8Array): string[] {
  const lines: string[] = [];
  for (let row = 0; row < 25; row++) {
    let line = "";
    for (let col = 0; col < 80; col++) line += String.fromCharCode(cells[(row * 80 + col) * 2] || 0x20);
    lines.push(line.trimEnd());
  }
  return lines;
}

/** The colour byte of a cell. */
export function cellColour(cells: Uint8Array, row: number, col: number): number {
  return cells[(row * 80 + col) * 2 + 1];
}
