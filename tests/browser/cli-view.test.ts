// storygraph view FILE in real Chromium: the CLI (the built bin, as a user runs it) serves the
// packaged viewer with FILE preloaded; the page shows that story, a deep link to one of its claims
// survives a reload, a GEXF file opens too, and the server refuses paths outside the viewer.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { REPO_ROOT, launchChromium, watchedPage, type Browser } from "../helpers/browser.ts";
import { BIN } from "../helpers/cli.ts";

const LAWSUIT = path.join(REPO_ROOT, "tests/fixtures/lawsuit-story.json");
const lawsuit = JSON.parse(readFileSync(LAWSUIT, "utf8")) as { article: { title: string }; relations: { id: string }[] };
const T = 120_000;

let browser: Browser;
const children: ChildProcess[] = [];

beforeAll(async () => {
  browser = await launchChromium({ width: 1280, height: 800 });
}, T);
afterAll(async () => {
  for (const c of children) c.kill("SIGTERM");
  await browser?.close();
});

/** Start `storygraph view ...args` and resolve to the address it prints. */
function view(args: string[]): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [BIN, "view", ...args], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = "";
    let err = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const line = out.split("\n")[0];
      if (out.includes("\n")) resolve({ url: line!, child });
    });
    child.stderr!.on("data", (d: Buffer) => void (err += d.toString()));
    child.on("exit", (code) => reject(new Error(`storygraph view exited ${code} before printing its address: ${err}`)));
  });
}

describe("storygraph view", () => {
  test(
    "view FILE serves the viewer with FILE open; a deep link to its claim survives a reload; SIGTERM stops it with exit 0",
    async () => {
      const { url, child } = await view([LAWSUIT]);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?story=story\/lawsuit-story\.json$/);
      const w = await watchedPage(browser);
      await w.page.goto(url);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      expect(await w.page.textContent("#story-title")).toBe(lawsuit.article.title);
      const id = lawsuit.relations[0]!.id;
      await w.page.evaluate((rid) => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id: rid } })), id);
      await w.page.waitForFunction((rid) => location.hash.includes(encodeURIComponent(`relation:${rid}`)) || location.hash.includes(`relation:${rid}`), id);
      await w.reload();
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      expect(await w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "relation", id });
      expect(w.errors).toEqual([]);
      await w.page.close();
      const exited = new Promise<number | null>((r) => child.on("exit", r));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    },
    T,
  );

  test(
    "view GEXF opens any GEXF file as a plain graph; the server answers 404 outside the viewer and the file",
    async () => {
      const gexf = path.join(REPO_ROOT, "tests/fixtures/gexf-schema/minimal-1.3.gexf");
      const { url } = await view([gexf]);
      const w = await watchedPage(browser);
      await w.page.goto(url);
      await w.page.waitForFunction(() => window.__storygraph?.storyUrl === "loaded", null, { timeout: 60_000 });
      expect(await w.page.evaluate(() => window.__storygraph!.plainGraph()?.nodes.length)).toBeGreaterThan(0);
      const base = new URL(url);
      for (const p of ["/../package.json", "/%2e%2e/package.json", "/story/other.json"]) {
        const r = await fetch(new URL(p, base));
        expect([p, r.status]).toEqual([p, 404]);
      }
      await w.page.close();
    },
    T,
  );
});
