/**
 * The README screenshot of the viewer on the 10k-entity / 50k-relation story:
 * docs/screenshots/story-50k.png, 1440×900, made the way a reader opens that story (the built
 * viewer, the file input), once the viewer's layout has stopped by itself (it settles, or stops at
 * its time limit), with the local-file notice closed and the camera fitted to the graph. Prints
 * the times to the first frame and to drawn (edge labels on), and the layout's run.
 *
 *   npx tsx bench/screenshot-50k.ts [--out=docs/screenshots/story-50k.png] [--dir=/tmp/storygraph-50k] [--layout-max-s=90] [--rebuild]
 *
 * On this machine's software WebGL (SwiftShader) a frame of this graph takes seconds, so the
 * layout makes only a few steps before its 20 s limit: the picture is close to the viewer's seeded
 * positions (kinds grouped). The viewer is built as bench/viewer.ts builds it (bench/big-site.ts),
 * into --dir, never dist/.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launchChromium, serveStatic } from "../tests/helpers/browser.ts";
import { buildBigSite, openViewer, ROOT } from "./big-site.ts";

const args = new Map(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, "").split("="); return [k!, v ?? "true"]; }));
const OUT = path.resolve(args.get("out") ?? path.join(ROOT, "docs", "screenshots", "story-50k.png"));
const DIR = args.get("dir") ?? "/tmp/storygraph-50k";
const LAYOUT_MAX_MS = Number(args.get("layout-max-s") ?? 90) * 1000;

interface Hook {
  layoutRunning: boolean;
  layoutSettled: number;
  view(): {
    fit(): void;
    layout: { stop(): void; steps(): number };
  };
}

/**
 * Resolves once sigma has drawn for the last time for 4 s (a render here takes seconds), at most
 * 3 min. A plain string: the page-side code is untouched by the TypeScript loader.
 */
type W = Window & { __storygraph: Hook };

const QUIET = `new Promise((res) => {
  const r = window.__storygraph.view().renderer;
  let last = performance.now();
  r.on("afterRender", () => { last = performance.now(); });
  const started = performance.now();
  const check = () => (performance.now() - last > 4000 || performance.now() - started > 180000 ? requestAnimationFrame(() => res()) : setTimeout(check, 250));
  setTimeout(check, 1000);
})`;

async function main(): Promise<void> {
  const site = await buildBigSite(DIR, { rebuild: args.has("rebuild") });
  const server = await serveStatic(site.root);
  const browser = await launchChromium({ width: 1440, height: 900 });
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  try {
    const o = await openViewer(browser.context, server.url + "viewer/", site.storyFile);
    const page = o.page;
    console.log(`opened: change → mounted ${s(o.loaded)}, → graph on screen (shown) ${s(o.shown)}, → first frame (the floor page's definition) ${s(o.firstFrame)} (bench/viewer.ts's measure ${s(o.open)}), → drawn with edge labels ${s(o.drawn)}`);
    // the layout starts after the first frame and stops by itself (settled, or its time limit)
    const t0 = Date.now();
    await page.waitForFunction(() => (window as unknown as W).__storygraph.layoutRunning, null, { timeout: 60_000, polling: 250 }).catch(() => undefined);
    const stopped = await page
      .waitForFunction(() => !(window as unknown as W).__storygraph.layoutRunning, null, { timeout: LAYOUT_MAX_MS, polling: 500 })
      .then(() => true)
      .catch(() => false);
    if (!stopped) await page.evaluate(() => (window as unknown as W).__storygraph.view().layout.stop());
    const steps = await page.evaluate(() => (window as unknown as W).__storygraph.view().layout.steps());
    const status = await page.locator("#layout-status").innerText();
    console.log(`layout: ${stopped ? "stopped by itself" : `stopped by this script after ${s(LAYOUT_MAX_MS)}`} ("${status}", ${steps} steps), ${s(Date.now() - t0)} after drawn`);
    // the notice about a local file (above the graph) closed: the canvas takes its room
    const close = page.locator("#link-note button");
    if (await close.count()) await close.first().click();
    // frame the whole graph (the camera's reset animates for 300 ms), then wait until sigma has
    // drawn everything asked of it: no render for 4 s (a render here takes seconds)
    await page.waitForTimeout(1000);
    await page.evaluate(() => (window as unknown as W).__storygraph.view().fit());
    await page.evaluate(QUIET);
    await page.mouse.move(2, 898);
    mkdirSync(path.dirname(OUT), { recursive: true });
    const t1 = Date.now();
    await page.screenshot({ path: OUT, timeout: 300_000 });
    console.log(`screenshot: ${path.relative(ROOT, OUT)} (${s(Date.now() - t1)} to take)${o.errors.length ? `; page errors: ${o.errors.join("; ")}` : ""}`);
    await page.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
