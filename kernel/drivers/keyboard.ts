// The PS/2 keyboard on IRQ 1. In: scancode set 1 bytes from the controller's data
// port (the set a PC's controller translates to by default). Out: ASCII bytes in a
// ring buffer, read with keyboardRead(): shift (either key) and caps lock applied,
// Ctrl+letter as 1-26, Enter as '\n', Backspace 8, Tab 9, Escape 27. Keys with no
// character (function keys, arrows, Alt) and key releases produce nothing.
// Needs idtInit and picInit first; characters arrive once interrupts are enabled.
import { IRQ_BASE, picUnmask } from "../arch/x86/pic";
import { registerInterruptHandler } from "../arch/x86/interrupts";
import { RingBuffer } from "../lib/ring";

const KEYBOARD_IRQ: u32 = 1;
const DATA_PORT: u16 = 0x60;
const STATUS_PORT: u16 = 0x64;
const STATUS_OUTPUT_FULL: u8 = 0x01; // a byte is waiting in DATA_PORT
const STATUS_FROM_MOUSE: u8 = 0x20; // ... and it came from the auxiliary (mouse) port

const STALE_BYTES_MAX = 32; // more than the keyboard's 16-byte buffer and the controller's one byte

const RELEASE: u8 = 0x80; // set in a key's break code: make code | 0x80
const EXTENDED_PREFIX: u8 = 0xe0; // the next code is a key of the extended (101-key) block

// Make codes of the keys that are not characters.
const LEFT_CTRL: u8 = 0x1d; // right Ctrl is the same code after EXTENDED_PREFIX
const LEFT_SHIFT: u8 = 0x2a;
const RIGHT_SHIFT: u8 = 0x36;
const CAPS_LOCK: u8 = 0x3a;
// The only extended keys that are characters.
const KEYPAD_ENTER: u8 = 0x1c;
const KEYPAD_SLASH: u8 = 0x35;

const LOWER_A: u8 = 0x61;
const LOWER_Z: u8 = 0x7a;
const CASE_BIT: u8 = 0x20; // 'a' ^ 0x20 == 'A'
const CONTROL_BITS: u8 = 0x1f; // Ctrl+A is 1, as on a terminal

/** Characters by make code, without shift; 0 for no character. The keypad reads as digits (Num Lock on). */
const NORMAL: StaticArray<u8> = [
  0, 27, 49, 50, 51, 52, 53, 54, // 00: - Esc 1 2 3 4 5 6
  55, 56, 57, 48, 45, 61, 8, 9, // 08: 7 8 9 0 - = Backspace Tab
  113, 119, 101, 114, 116, 121, 117, 105, // 10: q w e r t y u i
  111, 112, 91, 93, 10, 0, 97, 115, // 18: o p [ ] Enter LCtrl a s
  100, 102, 103, 104, 106, 107, 108, 59, // 20: d f g h j k l ;
  39, 96, 0, 92, 122, 120, 99, 118, // 28: ' ` LShift \ z x c v
  98, 110, 109, 44, 46, 47, 0, 42, // 30: b n m , . / RShift keypad-*
  0, 32, 0, 0, 0, 0, 0, 0, // 38: LAlt Space CapsLock F1-F5
  0, 0, 0, 0, 0, 0, 0, 55, // 40: F6-F10 NumLock ScrollLock keypad-7
  56, 57, 45, 52, 53, 54, 43, 49, // 48: keypad 8 9 - 4 5 6 + 1
  50, 51, 48, 46, // 50: keypad 2 3 0 .
];

/** The same keys with shift held. */
const SHIFTED: StaticArray<u8> = [
  0, 27, 33, 64, 35, 36, 37, 94, // 00: - Esc ! @ # $ % ^
  38, 42, 40, 41, 95, 43, 8, 9, // 08: & * ( ) _ + Backspace Tab
  81, 87, 69, 82, 84, 89, 85, 73, // 10: Q W E R T Y U I
  79, 80, 123, 125, 10, 0, 65, 83, // 18: O P { } Enter LCtrl A S
  68, 70, 71, 72, 74, 75, 76, 58, // 20: D F G H J K L :
  34, 126, 0, 124, 90, 88, 67, 86, // 28: " ~ LShift | Z X C V
  66, 78, 77, 60, 62, 63, 0, 42, // 30: B N M < > ? RShift keypad-*
  0, 32, 0, 0, 0, 0, 0, 0, // 38: LAlt Space CapsLock F1-F5
  0, 0, 0, 0, 0, 0, 0, 55, // 40: F6-F10 NumLock ScrollLock keypad-7
  56, 57, 45, 52, 53, 54, 43, 49, // 48: keypad 8 9 - 4 5 6 + 1
  50, 51, 48, 46, // 50: keypad 2 3 0 .
];

const storage = new StaticArray<u8>(256);
const characters = new RingBuffer();

// Modifier state, changed only by the interrupt handler. Each side of shift and
// ctrl is tracked on its own, so releasing one while holding the other keeps it.
let leftShift = false;
let rightShift = false;
let leftCtrl = false;
let rightCtrl = false;
let capsLock = false;
let capsLockHeld = false; // a held key repeats its make code: toggle once per press
let extended = false; // the previous byte was EXTENDED_PREFIX

/** Starts taking keys: registers the IRQ 1 handler and unmasks the line. */
export function keyboardInit(): void {
  characters.init(storage);
  // A byte left unread from before would hold the IRQ off. Bounded: with no
  // controller at all the status port reads 0xff, "full" forever.
  for (let i = 0; i < STALE_BYTES_MAX && (inb(STATUS_PORT) & STATUS_OUTPUT_FULL) != 0; i++) inb(DATA_PORT);
  registerInterruptHandler(IRQ_BASE + KEYBOARD_IRQ, onKeyboardInterrupt);
  picUnmask(KEYBOARD_IRQ);
}

/** The next character typed (0-255), or -1 if none is waiting. Never blocks. */
export function keyboardRead(): i32 {
  return characters.pop();
}

/** One byte per interrupt: the controller raises IRQ 1 again for the next. */
function onKeyboardInterrupt(frame: InterruptFrame): void {
  const status = inb(STATUS_PORT);
  if ((status & STATUS_OUTPUT_FULL) == 0 || (status & STATUS_FROM_MOUSE) != 0) return; // not ours
  const code = inb(DATA_PORT);
  if (code == EXTENDED_PREFIX) {
    extended = true;
    return;
  }
  const wasExtended = extended;
  extended = false;
  const c = translate(code & ~RELEASE, (code & RELEASE) == 0, wasExtended);
  if (c != 0) characters.push(c);
}

/** Updates the modifiers for `key` (a make code); returns its character, or 0 for none. */
function translate(key: u8, pressed: bool, isExtended: bool): u8 {
  if (key == LEFT_CTRL) {
    if (isExtended) rightCtrl = pressed;
    else leftCtrl = pressed;
    return 0;
  }
  if (isExtended) {
    // The other extended keys have no character: arrows, Home and the like share
    // their make codes with keypad digits, and E0 2A / E0 36 are not shift keys
    // but fake shifts that Print Screen and others send around themselves.
    if (!pressed) return 0;
    if (key == KEYPAD_ENTER) return NORMAL[KEYPAD_ENTER];
    if (key == KEYPAD_SLASH) return NORMAL[KEYPAD_SLASH];
    return 0;
  }
  if (key == LEFT_SHIFT) {
    leftShift = pressed;
    return 0;
  }
  if (key == RIGHT_SHIFT) {
    rightShift = pressed;
    return 0;
  }
  if (key == CAPS_LOCK) {
    if (pressed && !capsLockHeld) capsLock = !capsLock;
    capsLockHeld = pressed;
    return 0;
  }
  if (!pressed || key >= u8(NORMAL.length)) return 0;
  const plain = NORMAL[key];
  const isLetter = plain >= LOWER_A && plain <= LOWER_Z;
  if (isLetter && (leftCtrl || rightCtrl)) return plain & CONTROL_BITS;
  const c = leftShift || rightShift ? SHIFTED[key] : plain;
  return isLetter && capsLock ? c ^ CASE_BIT : c; // caps lock inverts the case shift chose
}
