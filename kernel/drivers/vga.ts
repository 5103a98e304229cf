// VGA text console: 80x25 cells of (character, colour) at 0xB8000, with the
// hardware cursor kept at the write position. In: bytes and strings (Latin-1, as
// the code page shows them) and a colour. Out: the screen, scrolled up a line
// when text runs past the bottom row. Call vgaInit() first; the console state
// (position, colour) is shared, so callers serialise their writes.

const VGA_TEXT: usize = 0xb8000;
const COLUMNS: u32 = 80;
const ROWS: u32 = 25;
const ROW_BYTES = COLUMNS * 2;
const TAB_WIDTH: u32 = 8;

// The CRT controller: an index port selects a register, the data port reads or writes it.
const CRT_INDEX: u16 = 0x3d4;
const CRT_DATA: u16 = 0x3d5;
const CURSOR_START: u8 = 0x0a; // first scan line of the cursor; bit 5 hides it
const CURSOR_END: u8 = 0x0b;
const CURSOR_HIGH: u8 = 0x0e;
const CURSOR_LOW: u8 = 0x0f;
const UNDERLINE_FIRST_LINE: u8 = 14; // of the 16 scan lines of a character
const UNDERLINE_LAST_LINE: u8 = 15;

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const BACKSPACE = 8;
const TAB = 9;
const SPACE: u8 = 32;

/** The 16 colours of the text-mode palette; a cell's colour byte is background << 4 | foreground. */
export const enum VgaColor {
  Black,
  Blue,
  Green,
  Cyan,
  Red,
  Magenta,
  Brown,
  LightGrey,
  DarkGrey,
  LightBlue,
  LightGreen,
  LightCyan,
  LightRed,
  LightMagenta,
  Yellow,
  White,
}

const DEFAULT_COLOUR: u8 = (VgaColor.Black << 4) | VgaColor.LightGrey;

let row: u32 = 0;
let column: u32 = 0;
let colour: u8 = DEFAULT_COLOUR;

/** Light grey on black, a blank screen, the cursor shown as an underline at the top left. */
export function vgaInit(): void {
  colour = DEFAULT_COLOUR;
  // Without a BIOS the cursor's scan lines are whatever the card powered up with.
  writeCrt(CURSOR_START, UNDERLINE_FIRST_LINE);
  writeCrt(CURSOR_END, UNDERLINE_LAST_LINE);
  vgaClear();
}

/** Blanks every cell in the current colour and moves the cursor to the top left. */
export function vgaClear(): void {
  for (let at: u32 = 0; at < ROWS * COLUMNS; at++) putCell(at, SPACE);
  row = 0;
  column = 0;
  moveCursor();
}

/**
 * The colour of what is written from now on; each argument is a VgaColor (0..15).
 * Where the card's blink attribute is on (the power-on default on real hardware),
 * backgrounds 8..15 show as 0..7 with the character blinking.
 */
export function vgaSetColor(foreground: u8, background: u8): void {
  colour = ((background & 0x0f) << 4) | (foreground & 0x0f);
}

/**
 * Writes one byte at the cursor and advances it. '\n' starts the next line,
 * '\r' returns to column 0, '\b' steps back (to the end of the previous row at
 * column 0) and blanks that cell, '\t' writes blanks up to the next multiple of
 * 8. Every other byte is a glyph; after the last column the cursor wraps.
 */
export function vgaPutChar(c: u8): void {
  putChar(c);
  moveCursor();
}

/** vgaPutChar for each byte of `s`, with one cursor update at the end. */
export function vgaWrite(s: string): void {
  for (let i = 0; i < s.length; i++) putChar(u8(s.charCodeAt(i)));
  moveCursor();
}

/** The cursor as row * 80 + column. */
export function vgaCursorPosition(): u32 {
  return row * COLUMNS + column;
}

function putChar(c: u8): void {
  switch (c) {
    case NEWLINE:
      newLine();
      break;
    case CARRIAGE_RETURN:
      column = 0;
      break;
    case BACKSPACE:
      backspace();
      break;
    case TAB:
      do {
        putGlyph(SPACE);
      } while (column % TAB_WIDTH != 0);
      break;
    default:
      putGlyph(c);
  }
}

function putGlyph(c: u8): void {
  putCell(vgaCursorPosition(), c);
  column++;
  if (column == COLUMNS) newLine();
}

/** Undoes one glyph, including a wrap; at the top left there is nothing to undo. */
function backspace(): void {
  if (column > 0) {
    column--;
  } else if (row > 0) {
    row--;
    column = COLUMNS - 1;
  } else {
    return;
  }
  putCell(vgaCursorPosition(), SPACE);
}

function newLine(): void {
  column = 0;
  if (row + 1 < ROWS) row++;
  else scrollUp();
}

/** Moves rows 1..24 up one and blanks the bottom row in the current colour. */
function scrollUp(): void {
  const wordsAbove = ((ROWS - 1) * ROW_BYTES) / 4; // two cells a copy
  for (let i: u32 = 0; i < wordsAbove; i++) {
    volatileStore<u32>(VGA_TEXT + i * 4, volatileLoad<u32>(VGA_TEXT + i * 4, ROW_BYTES));
  }
  for (let at = (ROWS - 1) * COLUMNS; at < ROWS * COLUMNS; at++) putCell(at, SPACE);
}

/** Cell `at` (row * 80 + column) gets `c` in the current colour. */
function putCell(at: u32, c: u8): void {
  volatileStore<u16>(VGA_TEXT + at * 2, (u16(colour) << 8) | c);
}

/** Points the hardware cursor at the write position. */
function moveCursor(): void {
  const at = vgaCursorPosition();
  writeCrt(CURSOR_LOW, u8(at));
  writeCrt(CURSOR_HIGH, u8(at >> 8));
}

function writeCrt(register: u8, value: u8): void {
  outb(CRT_INDEX, register);
  outb(CRT_DATA, value);
}
