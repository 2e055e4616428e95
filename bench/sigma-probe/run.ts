/**
 * Which of the viewer's sigma options make the first render of a big graph slow: builds the probe
 * page (main.ts: the 10k/50k story parsed and built into the viewer's render graph, then drawn by
 * a bare `new Sigma` with some of the viewer's programs, styles and settings, chosen by the URL)
 * and opens each variant in turn, twice, in one Chromium, printing the constructor's time and the
 * time to the second animation frame after it (the render on screen). Not part of `npm run bench`:
 * an investigation tool whose variants alternate in one run, so compare them within a run only.
 *
 *   npx tsx bench/sigma-probe/run.ts "p=default&s=default&set=default" "set=noevents" "edges=0" …
 *
 * Parameters (main.ts): p (programs: ours, default, noshape, nopath), s (styles: ours, nostate,
 * attrs, default), set (settings: ours, noevents, default), edges=0, nodes=few, w, h (canvas px),
 * pick (pickingDownSizingRatio), esize (edge size). The story is bench/big-site.ts's
 * (/tmp/storygraph-50k, generated when missing).
 */
import { copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { build } from "vite";
import { launchChromium, serveStatic } from "../../tests/helpers/browser.ts";
import { buildBigSite, ROOT } from "../big-site.ts";

const out = path.join(tmpdir(), "storygraph-sigma-probe");
const { storyFile } = await buildBigSite("/tmp/storygraph-50k");
await build({ configFile: false, root: path.join(ROOT, "bench", "sigma-probe"), base: "./", logLevel: "warn", build: { outDir: out, emptyOutDir: true, target: "es2022" } });
copyFileSync(storyFile, path.join(out, "story.json"));
const server = await serveStatic(out);
const browser = await launchChromium({ width: 1200, height: 900 });
for (let round = 0; round < 2; round++) {
  for (const v of process.argv.slice(2)) {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}?${v}`);
    const h = await page.waitForFunction(() => (window as unknown as { __probe?: { ctor: number; shown: number } }).__probe, null, { timeout: 300_000, polling: 100 });
    const r = (await h.jsonValue())!;
    console.log(`${v.padEnd(36)} constructor ${Math.round(r.ctor)} ms, on screen ${Math.round(r.shown)} ms`);
    await page.close();
  }
}
await browser.close();
await server.close();
