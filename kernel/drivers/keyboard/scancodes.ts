// Scancode set 1 to characters (the set a PC's keyboard controller translates to by
// default). In: the bytes the controller delivers, one call each, in order. Out: the
// character a byte completes, or 0: shift (either key) and caps lock applied,
// Ctrl+letter as 1-26, Enter as '\n', Backspace 8, Tab 9, Escape 27. Keys with no
// character (function keys, arrows, Alt) and key releases give 0. Nothing to set up:
// it starts with no modifier held and caps lock off.

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

// Modifier state. Each side of shift and ctrl is tracked on its own, so releasing
// one while holding the other keeps it.
let leftShift = false;
let rightShift = false;
let leftCtrl = false;
let rightCtrl = false;
let capsLock = false;
let capsLockHeld = false; // a held key repeats its make code: toggle once per press
let extended = false; // the previous byte was EXTENDED_PREFIX

/** Takes the controller's next byte; returns the character it completes, or 0 for none. */
export function translateScancode(code: u8): u8 {
  if (code == EXTENDED_PREFIX) {
    extended = true;
    return 0;
  }
  const wasExtended = extended;
  extended = false;
  return translateKey(code & ~RELEASE, (code & RELEASE) == 0, wasExtended);
}

/** Updates the modifiers for `key` (a make code); returns its character, or 0 for none. */
function translateKey(key: u8, pressed: bool, isExtended: bool): u8 {
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
