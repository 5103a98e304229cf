// The playground in a real browser: Debian's Chromium driven by playwright-core. In: the
// site that `node dist/playground/build.js --serve` builds and serves (run
// `npm run build` first; `npm run test:playground` does both). Out: pass or fail on what
// the page shows: hello's COM1 text, a type error's mark at its place in the editor, the
// edit kept in a link, SimpleOS's screen after typing `help` on its keyboard (then Stop
// and Reset), and channel-file-291's restart line. It prints the load and build times,
// and writes screenshots of the page to out/playground/ (to docs/ with
// TSKC_UPDATE_SCREENSHOTS=1, for the README).
// Skipped, with the reason printed, when Chromium is not installed.

import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CHROMIUM = process.env.TSKC_CHROMIUM ?? "/usr/bin/chromium";
const present = fs.existsSync(CHROMIUM);
if (!present) console.log(`test/browser/playground.spec.ts: skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set TSKC_CHROMIUM)`);
const SHOTS = process.env.TSKC_UPDATE_SCREENSHOTS ? "docs" : path.join("out", "playground");
// Debian's Chromium, headless, with nothing that reaches the network or a GPU.
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

interface PlaygroundState {
  workerReady: boolean;
  building: boolean;
  lastBuild?: { ok: boolean; ms: number; diagnostics: { file?: string; line?: number; column?: number; code: string; text: string }[] };
  serialText(): string;
  screenText(): string[];
}
declare const playground: PlaygroundState;

describe.skipIf(!present)("the playground in Chromium", () => {
  let server: ChildProcess;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    server = spawn(process.execPath, ["dist/playground/build.js", "--serve", "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
    url = await new Promise<string>((resolve, reject) => {
      let out = "";
      server.stdout!.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const found = /http:\/\/\S+/.exec(out);
        if (found) resolve(found[0]);
      });
      server.on("exit", (code) => reject(new Error(`the playground server exited with ${code}: ${out}`)));
    });
    profile = fs.mkdtempSync(path.join(os.tmpdir(), "tskc-chromium-"));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1600, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
    fs.mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await context?.close();
    server?.kill();
    if (profile) fs.rmSync(profile, { recursive: true, force: true });
  });

  /** Clicks Build (or presses Ctrl-Enter) and waits for the build's end; returns its state. */
  async function build(how: "button" | "keys" = "button") {
    await page.waitForFunction(() => !playground.building);
    const before = await page.evaluate(() => playground.lastBuild);
    if (how === "button") await page.click("#build");
    else await page.keyboard.press("Control+Enter");
    await page.waitForFunction((previous) => playground.lastBuild !== previous && !playground.building, before);
    return (await page.evaluate(() => playground.lastBuild))!;
  }

  const serialIncludes = (text: string) => page.waitForFunction((t) => playground.serialText().includes(t), text, { timeout: 60_000 });

  it("loads and builds hello, which greets on COM1", async () => {
    const started = Date.now();
    await page.goto(`${url}?example=hello`);
    const result = await build();
    expect(result.ok).toBe(true);
    await serialIncludes("Hello from TypeScript!\n");
    console.log(`playground: hello loaded, built and greeting on COM1 in ${Date.now() - started} ms (compile ${Math.round(result.ms)} ms)`);
    expect(await page.evaluate(() => playground.serialText())).toBe("Hello from TypeScript!\n");
  });

  it("marks a type error at its place in the editor, and lists it as tsc does", async () => {
    await page.click(".cm-content");
    await page.keyboard.press("Control+End");
    await page.keyboard.type('const bad: u32 = "text";');
    const result = await build("keys");
    expect(result.ok).toBe(false);
    const [d] = result.diagnostics;
    expect([d.file, d.line, d.column, d.code]).toEqual(["examples/hello/main.ts", 21, 7, "TS2322"]);
    expect(await page.textContent("#problems")).toContain("examples/hello/main.ts(21,7): error TS2322: Type 'string' is not assignable to type 'number'.");
    // The mark covers `bad` on the editor's 21st line.
    const mark = page.locator(".cm-line").nth(20).locator(".cm-lintRange-error");
    expect(await mark.textContent()).toBe("bad");
  });

  it("keeps the edited project in the URL, so that a link reproduces it", async () => {
    await page.waitForFunction(() => /#s=/.test(location.hash));
    await page.reload();
    await page.waitForSelector(".cm-content");
    expect(await page.textContent(".cm-content")).toContain('const bad: u32 = "text";');
    expect(await page.inputValue("#example")).toBe("hello");
  });

  it("builds SimpleOS, whose shell answers `help` typed on the screen's keyboard; Stop, then Reset boots it again", async () => {
    await page.selectOption("#example", "simpleos");
    const started = Date.now();
    const result = await build();
    expect(result.ok).toBe(true);
    console.log(`playground: SimpleOS built in ${Date.now() - started} ms (compile ${Math.round(result.ms)} ms)`);
    await page.waitForFunction(() => playground.screenText().some((line) => line.startsWith("simpleos>")), null, { timeout: 60_000 });
    await page.click("#screen");
    await page.keyboard.type("help");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => playground.screenText().some((line) => line.includes("list the commands")), null, { timeout: 60_000 });
    const screen = await page.evaluate(() => playground.screenText());
    expect(screen).toContain("simpleos> help");
    expect(screen).toContain("  help         list the commands");
    await page.screenshot({ path: path.join(SHOTS, "playground-simpleos.png") });
    await page.locator("#screen").screenshot({ path: path.join(SHOTS, "playground-screen.png") });
    await page.click("#stop");
    expect(await page.isDisabled("#stop")).toBe(true);
    await page.click("#reset"); // boots the same image again
    await page.waitForFunction(() => playground.serialText().startsWith("SimpleOS"), null, { timeout: 60_000 });
  });

  it("runs channel-file-291: the sensor driver faults and is restarted while the heartbeat goes on", async () => {
    await page.selectOption("#example", "channel-file-291");
    expect(await page.textContent("#story")).toContain("channel file 291");
    expect((await build()).ok).toBe(true);
    // The fault is charged to the updater whose request provoked it (docs/kernel.md, "Send rights").
    await serialIncludes("[driver] sensor faulted on a request from task 5 (updater): charged to the sender, strike 1 of 2; restart in 50 ms");
    await serialIncludes("kernel: still up; the sensor was restarted, 0 fault(s) of its own; heartbeat still running");
    // The page's project is the example alone, so its paths are relative to the example's folder (paths.ts projectRoot).
    expect(await page.evaluate(() => playground.serialText())).toMatch(/bounds check failed: index 20, length 20, at sensor\.ts:\d+/);
    await page.screenshot({ path: path.join(SHOTS, "playground-channel-file-291.png") });
  });
});
