// PS/2 scancode set 1 for typing into a guest (BootOptions.keys, GuestInput.sendScancodes).
// In: text, or single keys. Out: the make and break codes a US keyboard sends for them.
// From the IBM PC/AT keyboard layout: a key's make code; its break code is make | 0x80.
// Extended keys send 0xE0 before either.

export const RELEASE = 0x80;
export const EXTENDED = 0xe0;
export const LEFT_SHIFT = 0x2a;
export const RIGHT_SHIFT = 0x36;
export const LEFT_CTRL = 0x1d;
export const CAPS_LOCK = 0x3a;
export const BACKSPACE = 0x0e;
export const TAB = 0x0f;
export const ESCAPE = 0x01;
const ENTER = 0x1c;
export const F1 = 0x3b;
export const LEFT_ARROW = 0x4b; // after EXTENDED; without it, keypad 4
export const KEYPAD_ENTER = 0x1c; // after EXTENDED

const MAKE_CODES = new Map<string, number>([
  ...rowCodes("1234567890-=", 0x02),
  ...rowCodes("qwertyuiop[]", 0x10),
  ...rowCodes("asdfghjkl;'`", 0x1e),
  ...rowCodes("\\zxcvbnm,./", 0x2b),
  [" ", 0x39],
  ["\n", ENTER],
]);
/** Characters typed with shift, by the unshifted character on the same key. */
const SHIFTED = new Map<string, string>(
  [..."!@#$%^&*()_+{}:\"~|<>?"].map((c, i) => [c, "1234567890-=[];'`\\,./"[i]]),
);

function rowCodes(keys: string, first: number): [string, number][] {
  return [...keys].map((key, i) => [key, first + i]);
}

/** A key pressed and released. */
export function press(code: number): number[] {
  return [code, code | RELEASE];
}

export function withKeyHeld(modifier: number, codes: number[]): number[] {
  return [modifier, ...codes, modifier | RELEASE];
}

/** The scancodes that type `text` on a US keyboard: left shift for capitals and symbols. */
export function type(text: string): number[] {
  return [...text].flatMap((c) => {
    const unshifted = SHIFTED.get(c) ?? (c >= "A" && c <= "Z" ? c.toLowerCase() : undefined);
    const code = MAKE_CODES.get(unshifted ?? c);
    if (code === undefined) throw new Error(`no key for ${JSON.stringify(c)}`);
    return unshifted === undefined ? press(code) : withKeyHeld(LEFT_SHIFT, press(code));
  });
}
