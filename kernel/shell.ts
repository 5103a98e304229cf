// The interactive shell. In: console input, what the keyboard and COM1 drivers hand
// the kernel, both at once. Out: each line echoed on both consoles as it is typed
// (backspace erases, Ctrl+C abandons the line), then run as a command; `help` lists
// the commands. Needs the consoles, the timer, the scheduler and console input, and
// the input drivers started (driversInit); runs with interrupts enabled.
import { consolePutChar, consoleWrite, printk } from "./lib/printk";
import { printThreads, yieldThread } from "./sched/scheduler";
import { consoleInputRead } from "./drivers/console-input";
import { vgaClear } from "./drivers/vga";
import { timerTicks, uptimeMs } from "./arch/x86/pit";
import { printMemoryMap, usableMemoryKiB } from "./boot/multiboot";

const PROMPT = "simpleos> ";
const LINE_CAPACITY = 128;
const EXIT_PORT: u16 = 0xf4; // the test harness's exit device (QEMU: isa-debug-exit)
const MAX_EXIT_CODE: u32 = 255;

const CTRL_C = 3;
const BACKSPACE = 8; // the keyboard's Backspace
const NEWLINE = 10;
const SPACE: u8 = 32;
const DELETE = 127; // what a terminal's Backspace key sends
const DIGIT_ZERO: u8 = 48;

/** A command gets the index in `line` where its arguments start (lineLength if none). */
type Command = (argumentsStart: i32) => void;

/** A shell command: what is typed, how help shows it, what it does. */
@unmanaged
class ShellCommand {
  name: string;
  usage: string;
  summary: string;
  run: Command;
}

const MAX_COMMANDS = 16;
const commands = new StaticArray<ShellCommand>(MAX_COMMANDS);
let commandCount = 0;

/** The command table: adding a command is one line here, and its function. */
function commandsInit(): void {
  define("help", "help", "list the commands", help);
  define("ticks", "ticks", "timer ticks and milliseconds since boot", ticks);
  define("mem", "mem", "the memory map and the usable memory", mem);
  define("ps", "ps", "the threads and their states", ps);
  define("echo", "echo <text>", "print <text>", echo);
  define("clear", "clear", "blank the screen", clear);
  define("exit", "exit [code]", "end the run with exit code 0-255 (default 0)", exit);
}

function define(name: string, usage: string, summary: string, run: Command): void {
  const command = commands[commandCount++];
  command.name = name;
  command.usage = usage;
  command.summary = summary;
  command.run = run;
}

const line = new StaticArray<u8>(LINE_CAPACITY);
let lineLength = 0;

/** Prompts, reads a line, runs it; forever (until `exit` reaches an exit device). */
export function shellRun(): void {
  commandsInit();
  for (;;) {
    consoleWrite(PROMPT);
    readLine();
    runLine();
  }
}

/** Fills `line` from the input, echoing, until Enter or Ctrl+C (which empties it). */
function readLine(): void {
  lineLength = 0;
  for (;;) {
    const c = nextInput();
    if (c == NEWLINE) {
      consolePutChar(NEWLINE);
      return;
    }
    if (c == CTRL_C) {
      consoleWrite("^C\n");
      lineLength = 0;
      return;
    }
    if (c == BACKSPACE || c == DELETE) {
      if (lineLength > 0) {
        lineLength--;
        consoleWrite("\b \b"); // back, blank the character, back again
      }
      continue;
    }
    // Printable ASCII only: other control characters (Tab, Escape, Ctrl+letters)
    // have no meaning here, and a byte of a UTF-8 sequence is not a character.
    if (c < SPACE || c >= DELETE || lineLength == LINE_CAPACITY) continue;
    line[lineLength] = u8(c);
    lineLength++;
    consolePutChar(u8(c));
  }
}

/** The next input byte, from the keyboard or COM1; halts the CPU until one arrives. */
function nextInput(): i32 {
  for (;;) {
    // With interrupts off, no interrupt can come between finding the buffer empty and
    // hlt; it would otherwise go unnoticed until some later interrupt woke us.
    cli();
    const c = consoleInputRead();
    if (c >= 0) {
      sti();
      return c;
    }
    sti(); // takes effect after the next instruction: an IRQ from here on ends the hlt
    hlt();
    yieldThread(); // an input IRQ only woke its driver: let it hand the byte over now
  }
}

/** Splits `line` into the command name and its arguments, and runs the command. */
function runLine(): void {
  const nameStart = skipSpaces(0);
  if (nameStart == lineLength) return;
  const nameEnd = wordEnd(nameStart);
  for (let k = 0; k < commandCount; k++) {
    if (lineRangeIs(nameStart, nameEnd, commands[k].name)) {
      commands[k].run(skipSpaces(nameEnd));
      return;
    }
  }
  consoleWrite("unknown command: ");
  writeLineRange(nameStart, nameEnd);
  consoleWrite("; try help\n");
}

function help(argumentsStart: i32): void {
  printk("commands:\n");
  for (let k = 0; k < commandCount; k++) {
    printk("  %-12s %s\n", changetype<usize>(commands[k].usage), changetype<usize>(commands[k].summary));
  }
}

function ticks(argumentsStart: i32): void {
  printk("%u ticks, %u ms since boot\n", timerTicks(), uptimeMs());
}

function mem(argumentsStart: i32): void {
  printMemoryMap();
  printk("usable memory: %u KiB\n", usableMemoryKiB());
}

function ps(argumentsStart: i32): void {
  printThreads();
}

function echo(argumentsStart: i32): void {
  writeLineRange(argumentsStart, lineLength);
  consolePutChar(NEWLINE);
}

/** The screen only: a serial terminal keeps its scrollback. */
function clear(argumentsStart: i32): void {
  vgaClear();
}

function exit(argumentsStart: i32): void {
  const codeEnd = wordEnd(argumentsStart);
  const code = parseExitCode(argumentsStart, codeEnd);
  if (code < 0 || skipSpaces(codeEnd) != lineLength) {
    consoleWrite("usage: exit [code], code 0-255\n");
    return;
  }
  outb(EXIT_PORT, u8(code));
  consoleWrite("exit: no exit device on port 0xf4; still running\n"); // real hardware: nothing listens
}

/** The decimal number in line[start..end), 0 for an empty range; -1 unless it is 0-255. */
function parseExitCode(start: i32, end: i32): i32 {
  let code: u32 = 0;
  for (let i = start; i < end; i++) {
    const digit = u32(line[i] - DIGIT_ZERO); // a byte below '0' wraps to a large number
    if (digit > 9) return -1;
    code = code * 10 + digit;
    if (code > MAX_EXIT_CODE) return -1;
  }
  return i32(code);
}

/** The first index from `at` that is not a blank (lineLength if none). */
function skipSpaces(at: i32): i32 {
  while (at < lineLength && line[at] == SPACE) at++;
  return at;
}

/** The index just past the word that starts at `at`. */
function wordEnd(at: i32): i32 {
  while (at < lineLength && line[at] != SPACE) at++;
  return at;
}

/** True if line[start..end) is exactly `word`. */
function lineRangeIs(start: i32, end: i32, word: string): bool {
  if (end - start != word.length) return false;
  for (let k = 0; k < word.length; k++) {
    if (line[start + k] != word.charCodeAt(k)) return false;
  }
  return true;
}

/** Echoes line[start..end) to both consoles. */
function writeLineRange(start: i32, end: i32): void {
  for (let i = start; i < end; i++) consolePutChar(line[i]);
}
