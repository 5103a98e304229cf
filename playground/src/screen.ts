// The VGA text screen on a canvas. In: the 80x25 cells of (character, attribute) bytes
// that the kernel wrote at 0xB8000, read from v86's VGA memory each animation frame.
// Out: the cells drawn in the 16 CGA colours with the browser's monospace font, and
// the screen as lines of text (for the test). v86 draws text mode itself only from the
// font and palette a BIOS loads, and multiboot kernels here boot without one.

export const COLUMNS = 80;
export const ROWS = 25;
const CELL_WIDTH = 9; // pixels, as the VGA's 9x16 text cells
const CELL_HEIGHT = 16;

/** The CGA/VGA default palette, by the attribute's 4-bit colour index. */
const COLOURS = [
  "#000000", "#0000aa", "#00aa00", "#00aaaa", "#aa0000", "#aa00aa", "#aa5500", "#aaaaaa",
  "#555555", "#5555ff", "#55ff55", "#55ffff", "#ff5555", "#ff55ff", "#ffff55", "#ffffff",
];

/** Code page 437's characters 128-255, as the VGA's ROM font draws them. */
const CP437_HIGH =
  "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀" +
  "αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0";

function character(code: number): string {
  if (code >= 128) return CP437_HIGH[code - 128];
  return code < 32 ? " " : String.fromCharCode(code);
}

/** The cells as 25 lines with trailing blanks removed. */
export function screenLines(cells: Uint8Array): string[] {
  const lines: string[] = [];
  for (let row = 0; row < ROWS; row++) {
    let line = "";
    for (let col = 0; col < COLUMNS; col++) line += character(cells[(row * COLUMNS + col) * 2]);
    lines.push(line.trimEnd());
  }
  return lines;
}

export class TextScreen {
  private readonly context: CanvasRenderingContext2D;
  private drawn = "";
  private frame = 0;

  constructor(private readonly canvas: HTMLCanvasElement, private readonly cells: () => Uint8Array | undefined) {
    canvas.width = COLUMNS * CELL_WIDTH;
    canvas.height = ROWS * CELL_HEIGHT;
    this.context = canvas.getContext("2d", { alpha: false })!;
    this.clear();
  }

  /** Redraws at each animation frame while the page shows it, when the cells changed. */
  start(): void {
    const tick = () => {
      this.draw();
      this.frame = requestAnimationFrame(tick);
    };
    cancelAnimationFrame(this.frame);
    tick();
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    this.draw(); // the last picture stays
  }

  clear(): void {
    this.context.fillStyle = COLOURS[0];
    this.context.fillRect(0, 0, this.canvas.width, this.canvas.height);
    this.drawn = "";
  }

  private draw(): void {
    const cells = this.cells();
    if (!cells) return;
    const key = String.fromCharCode(...cells);
    if (key === this.drawn) return;
    this.drawn = key;
    const c = this.context;
    c.font = `${CELL_HEIGHT - 2}px monospace`;
    c.textBaseline = "top";
    for (let row = 0; row < ROWS; row++) {
      for (let col = 0; col < COLUMNS; col++) {
        const at = (row * COLUMNS + col) * 2;
        const attribute = cells[at + 1];
        c.fillStyle = COLOURS[(attribute >> 4) & 7]; // bit 7 blinks, as the VGA's default
        c.fillRect(col * CELL_WIDTH, row * CELL_HEIGHT, CELL_WIDTH, CELL_HEIGHT);
        const ch = character(cells[at]);
        if (ch === " ") continue;
        c.fillStyle = COLOURS[attribute & 15];
        c.fillText(ch, col * CELL_WIDTH, row * CELL_HEIGHT + 1, CELL_WIDTH);
      }
    }
  }
}
