/**
 * The built viewer and floor page with the 10k-entity / 50k-relation compact story beside them,
 * for the scripts that open that story outside `npm run bench` (bench/profile-50k.ts,
 * bench/screenshot-50k.ts). Built as bench/viewer.ts builds them (vite, the repository's config
 * for the viewer, bench/floor/ for the floor), into `dir` (never dist/), and reused when already
 * there unless `rebuild` is set. `minify: false` keeps function names for a CPU profile.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { generateStory } from "./generate.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export interface BigSite {
  /** The folder served: viewer/, floor/ (with story.json) and an index page. */
  readonly root: string;
  /** The story file opened through the viewer's file input. */
  readonly storyFile: string;
}

export async function buildBigSite(dir: string, opts: { entities?: number; relations?: number; minify?: boolean; rebuild?: boolean; name?: string; log?: (m: string) => void } = {}): Promise<BigSite> {
  const entities = opts.entities ?? 10_000;
  const relations = opts.relations ?? 50_000;
  const log = opts.log ?? ((m: string) => console.error(m));
  const root = path.join(dir, opts.name ?? (opts.minify === false ? "site-unminified" : "site"));
  mkdirSync(root, { recursive: true });
  const storyFile = path.join(dir, `story-${entities}-${relations}.json`);
  if (!existsSync(storyFile) || opts.rebuild) {
    log(`generating the ${entities}/${relations} compact story`);
    writeFileSync(storyFile, JSON.stringify(generateStory({ entities, relations, compact: true })));
  }
  if (!existsSync(path.join(root, "viewer", "index.html")) || opts.rebuild) {
    const { build } = await import("vite");
    log("building the viewer (vite build)");
    await build({
      configFile: path.join(ROOT, "vite.config.ts"),
      root: ROOT,
      logLevel: "warn",
      build: { outDir: path.join(root, "viewer"), emptyOutDir: true, sourcemap: false, ...(opts.minify === false && { minify: false }) },
    });
    log("building the floor page");
    await build({
      configFile: false,
      root: path.join(ROOT, "bench", "floor"),
      base: "./",
      logLevel: "warn",
      build: { outDir: path.join(root, "floor"), emptyOutDir: true, sourcemap: false, target: "es2022", ...(opts.minify === false && { minify: false }) },
    });
  }
  copyFileSync(storyFile, path.join(root, "floor", "story.json"));
  writeFileSync(path.join(root, "index.html"), '<!doctype html><title>bench</title><a href="viewer/">viewer</a>');
  return { root, storyFile };
}

/**
 * In the page: the file input's change; from then, every animation frame, and once the viewer
 * counts the new story loaded (storiesLoaded ≥ 2, set at the end of its synchronous mount) every
 * sigma render (afterRender) of the new view. `firstFrame` is the animation frame after the first
 * render that follows the mount (the floor page's own definition: bench/floor/main.ts), `drawn` the
 * one after the next render (edge labels on: what the viewer's ready waits for).
 */
const INIT = `
  window.__bench = { change: null, loaded: null, ticks: 0, shown: null, renders: [], firstFrame: null, drawn: null, frame: null };
  document.addEventListener("change", (e) => {
    if (!e.target || e.target.id !== "file-input") return;
    const b = window.__bench;
    b.change = performance.now();
    const tick = () => {
      const now = performance.now();
      if (b.loaded !== null && b.shown === null) b.shown = now;
      if (b.loaded === null && (window.__storygraph?.storiesLoaded ?? 0) >= 2) {
        b.loaded = now;
        window.__storygraph.view().renderer.on("afterRender", () => {
          b.renders.push(performance.now());
          const n = b.renders.length;
          if (n <= 2) requestAnimationFrame(() => { if (n === 1) b.firstFrame = performance.now(); else b.drawn = performance.now(); });
        });
      }
      if (b.drawn === null && now - b.change < 400000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }, true);
`;

export interface Open {
  page: Page;
  /** bench/viewer.ts's measure: change → the frame after Playwright sees storiesLoaded ≥ 2 (raf polling, then one more frame). */
  open: number;
  /** change → the end of the viewer's synchronous mount (the first frame that sees it). */
  loaded: number;
  /** change → the second animation frame after the mount: the first one that can start only once the mount's frame (sigma's first render) is committed, i.e. on screen. */
  shown: number;
  /** change → the frame after the first render after the mount (the floor's definition). */
  firstFrame: number;
  /** change → the frame after the next render (edge labels). */
  drawn: number;
  errors: string[];
  graphBox: { width: number; height: number };
}

/** Open the viewer, wait until ready, then open the story through the file input. */
export async function openViewer(context: BrowserContext, url: string, storyFile: string, during?: { start(page: Page): Promise<void>; stop(page: Page): Promise<void> }): Promise<Open> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(() => (window as any).__storygraph?.ready === true, null, { timeout: 120_000, polling: 100 });
  const graphBox = (await page.locator("#graph").boundingBox()) ?? { width: 1000, height: 800 };
  if (during) await during.start(page);
  await page.setInputFiles("#file-input", storyFile);
  await page.waitForFunction(() => ((window as any).__storygraph?.storiesLoaded ?? 0) >= 2, null, { timeout: 300_000, polling: "raf" });
  const t = (await page.evaluate(`new Promise((res) => requestAnimationFrame(() => res({ change: window.__bench.change, frame: (window.__bench.frame = performance.now()) })))`)) as { change: number; frame: number };
  if (during) await during.stop(page);
  await page.waitForFunction(() => (window as any).__bench.drawn !== null, null, { timeout: 200_000, polling: 200 });
  const b = (await page.evaluate(() => (window as any).__bench)) as { change: number; loaded: number; shown: number; firstFrame: number; drawn: number };
  return { page, open: t.frame - t.change, loaded: b.loaded - b.change, shown: b.shown - b.change, firstFrame: b.firstFrame - b.change, drawn: b.drawn - b.change, errors, graphBox };
}

