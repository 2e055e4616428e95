/**
 * Viewer benchmarks in headless Chromium (Debian's /usr/bin/chromium through playwright-core):
 *
 * - first drawn frame: from navigation start to the first animation frame after sigma's first
 *   render (`data-ready` on <html>, which the viewer and the bare page both set in sigma's first
 *   `afterRender`), for the viewer on its default story and for a bare sigma 4 + graphology page
 *   drawing the same graph (bench/bare-sigma/: same nodes, edges, positions, sizes, colours);
 * - a 10k-entity / 50k-relation story: opened through the viewer's file input (the way a user
 *   opens one), time from the input's change event to the first frame of the new graph; the bare
 *   page's first frame on the same graph for reference; whether the layout runs in its worker;
 * - hover: time from the pointermove event (a real mouse move through CDP) over a node to the
 *   first frame that shows its highlight (the viewer's graph state `hasFocus`), measured while
 *   the layout is running when it still is;
 * - bundle size: the built viewer's JavaScript and CSS, gzip, and the bare page's for reference.
 *
 * Both pages are built here with vite into a temp folder (never dist/, which tests use), served
 * from 127.0.0.1, with `cache-control: no-store`; each measured load is a new page, and the
 * viewer and bare runs alternate so that load on the machine hits both alike.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { BrowserContext, Page } from "playwright-core";
import { defaultStory } from "../src/data/story.ts";
import type { Story } from "../src/graph/model.ts";
import { buildStory } from "../src/graph/validate.ts";
import { buildRenderGraph } from "../src/viewer/render-graph.ts";
import { generateStory } from "./generate.ts";
import { median } from "./measure.ts";
import { fmtBytes, fmtRatio, fmtTime, table, type TargetCheck } from "./report.ts";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = "/usr/bin/chromium";

export interface ViewerConfig {
  /** Loads of each page for the first-frame medians. */
  readonly runs: number;
  /** The big story (compact synthetic story, opened through the file input). */
  readonly big: { readonly entities: number; readonly relations: number };
  /** Loads of the big story. */
  readonly bigRuns: number;
  /** Hovers measured on the big story. */
  readonly hovers: number;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
  ".svg": "image/svg+xml",
};

function serve(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let file = path.normalize(path.join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) return void res.writeHead(404).end("not found");
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const a = server.address();
      const port = typeof a === "object" && a ? a.port : 0;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(() => r())) });
    }),
  );
}

/** The render graph of `story` reduced to what a bare sigma page draws. */
function bareGraphJson(story: Story): string {
  const g = buildRenderGraph(story);
  const nodes: unknown[] = [];
  g.forEachNode((key, a) => nodes.push({ key, attributes: { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label } }));
  const edges: unknown[] = [];
  g.forEachEdge((key, a, source, target) => edges.push({ key, source, target, attributes: { color: a.color, label: a.label } }));
  return JSON.stringify({ options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: {}, nodes, edges });
}

async function buildPages(dir: string, big: Story | null, log: (m: string) => void): Promise<void> {
  const { build } = await import("vite");
  log("viewer: building the viewer (vite build)");
  await build({ configFile: path.join(ROOT, "vite.config.ts"), root: ROOT, logLevel: "warn", build: { outDir: path.join(dir, "viewer"), emptyOutDir: true, sourcemap: false } });
  for (const [name, story] of [
    ["bare-default", defaultStory()],
    ...(big ? [["bare-big", big] as const] : []),
  ] as const) {
    log(`viewer: building the bare sigma page (${name})`);
    const data = path.join(dir, `${name}.json`);
    writeFileSync(data, bareGraphJson(story));
    await build({
      configFile: false,
      root: path.join(ROOT, "bench", "bare-sigma"),
      base: "./",
      logLevel: "warn",
      resolve: { alias: { "bare-sigma-graph": data } },
      build: { outDir: path.join(dir, name), emptyOutDir: true, sourcemap: false },
    });
  }
}

/** gzip size of the JavaScript and CSS files of a built site. */
function bundleSize(site: string): { js: number; css: number; jsRaw: number } {
  let js = 0;
  let css = 0;
  let jsRaw = 0;
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = path.join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith(".js")) {
        const b = readFileSync(p);
        jsRaw += b.length;
        js += gzipSync(b, { level: 9 }).length;
      } else if (f.endsWith(".css")) css += gzipSync(readFileSync(p), { level: 9 }).length;
    }
  };
  walk(site);
  return { js, css, jsRaw };
}

/** Records, in the page, when <html data-ready> is set and the animation frame after it. */
const INIT = `
  window.__bench = { ready: null, frame: null, change: null, move: null };
  new MutationObserver(() => {
    if (document.documentElement.dataset.ready === "true" && window.__bench.ready === null) {
      window.__bench.ready = performance.now();
      requestAnimationFrame(() => { window.__bench.frame = performance.now(); });
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ["data-ready"] });
  document.addEventListener("pointermove", () => { window.__bench.move = performance.now(); }, true);
  document.addEventListener("change", (e) => {
    if (e.target && e.target.id === "file-input") window.__bench.change = performance.now();
  }, true);
`;

interface BenchWindow {
  __bench: { ready: number | null; frame: number | null; change: number | null; move: number | null };
  __storygraph?: {
    ready: boolean;
    storiesLoaded: number;
    layoutRunning: boolean;
    view(): {
      renderer: {
        getGraphState(): { hasFocus?: boolean };
        getNodeDisplayData(id: string): { x: number; y: number } | undefined;
        framedGraphToViewport(c: { x: number; y: number }): { x: number; y: number };
        getContainer(): HTMLElement;
        once(event: string, f: () => void): void;
      };
      graph: { nodes(): string[]; degree(id: string): number };
    };
  };
}

async function firstFrame(context: BrowserContext, url: string, timeout = 120_000): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  await page.addInitScript(INIT);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.frame !== null, null, { timeout, polling: 50 });
  const ms = await page.evaluate(() => (window as unknown as BenchWindow).__bench.frame!);
  return { page, ms };
}

/** Intervals between animation frames over 2 s. */
const FRAME_GAPS = `new Promise((res) => {
  const stamps = [];
  const start = performance.now();
  const tick = (t) => {
    stamps.push(t);
    if (t - start < 2000) requestAnimationFrame(tick);
    else res(stamps.slice(1).map((x, i) => x - stamps[i]));
  };
  requestAnimationFrame(tick);
})`;

/** Screen positions (client coordinates) of the viewer's nodes, biggest degree first, on screen. */
const NODE_POSITIONS = `(max) => {
  const view = window.__storygraph.view();
  const r = view.renderer;
  const rect = r.getContainer().getBoundingClientRect();
  const out = [];
  const nodes = view.graph.nodes().sort((a, b) => view.graph.degree(b) - view.graph.degree(a));
  for (const id of nodes) {
    if (out.length >= max) break;
    const d = r.getNodeDisplayData(id);
    if (!d) continue;
    const p = r.framedGraphToViewport(d);
    const x = rect.left + p.x;
    const y = rect.top + p.y;
    if (x < rect.left + 10 || y < rect.top + 10 || x > rect.right - 10 || y > rect.bottom - 10) continue;
    out.push({ id, x, y });
  }
  return { nodes: out, corner: { x: rect.left + 3, y: rect.top + 3 } };
}`;

/** Wait (≤ 10 s: software WebGL can take seconds per frame on a big graph) for the viewer's highlight to be `want`; then the time of the next frame minus the last pointermove's. */
const AWAIT_FOCUS = `(want) => new Promise((res) => {
  const r = window.__storygraph.view().renderer;
  const started = performance.now();
  const check = () => {
    if (Boolean(r.getGraphState().hasFocus) === want) requestAnimationFrame(() => res(performance.now() - window.__bench.move));
    else if (performance.now() - started > 10000) res(null);
    else requestAnimationFrame(check);
  };
  check();
})`;

/**
 * Hover up to `count` nodes of the viewer's graph with the real (CDP) mouse; each sample is the
 * time from the pointermove event in the page to the first frame that shows the highlight.
 * The page-side scripts are plain JavaScript strings, untouched by the TypeScript loader.
 */
async function hovers(page: Page, count: number): Promise<{ samples: number[]; duringLayout: number }> {
  const { nodes, corner } = (await page.evaluate(`(${NODE_POSITIONS})(${count * 4})`)) as {
    nodes: { id: string; x: number; y: number }[];
    corner: { x: number; y: number };
  };
  const samples: number[] = [];
  let duringLayout = 0;
  const started = performance.now();
  for (const n of nodes) {
    if (samples.length >= count || performance.now() - started > 25_000) break;
    await page.mouse.move(corner.x, corner.y, { steps: 3 });
    await page.evaluate(`(${AWAIT_FOCUS})(false)`);
    const running = await page.evaluate(() => (window as unknown as BenchWindow).__storygraph!.layoutRunning);
    // approach as a hand does, several moves (one jump is not always resolved as a hover)
    await page.mouse.move(n.x - 30, n.y - 30);
    await page.mouse.move(n.x, n.y, { steps: 5 });
    const ms = (await page.evaluate(`(${AWAIT_FOCUS})(true)`)) as number | null;
    if (ms === null) continue; // another node on top, or nothing hit: next one
    samples.push(ms);
    if (running) duringLayout++;
  }
  await page.mouse.move(corner.x, corner.y);
  return { samples, duringLayout };
}

export async function runViewerBench(c: ViewerConfig, tmp: string, log: (m: string) => void): Promise<{ section: string; checks: TargetCheck[] }> {
  const checks: TargetCheck[] = [];
  if (!existsSync(CHROMIUM)) {
    return { section: `### Viewer\n\nnot measured: Chromium is not at ${CHROMIUM} (apt-get install -y chromium)`, checks };
  }
  const dir = path.join(tmp, "site");
  mkdirSync(dir, { recursive: true });
  const { relations, entities } = c.big;
  const bigFile = path.join(tmp, `story-${entities}-${relations}.json`);
  let big: Story | null = null;
  if (c.bigRuns > 0) {
    const bigInput = generateStory({ entities, relations, compact: true });
    writeFileSync(bigFile, JSON.stringify(bigInput));
    big = buildStory(bigInput);
  }
  await buildPages(dir, big, log);
  const server = await serve(dir);
  const { chromium } = await import("playwright-core");
  const profile = mkdtempSync(path.join(tmpdir(), "storygraph-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--enable-unsafe-swiftshader",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  const rows: string[][] = [];
  const notes: string[] = [];
  try {
    // warm-up (first Chromium start, shader caches): not measured
    for (const u of ["viewer/", "bare-default/"]) await (await firstFrame(context, server.url + u)).page.close();
    const viewerMs: number[] = [];
    const bareMs: number[] = [];
    for (let i = 0; i < c.runs; i++) {
      log(`viewer: default story, run ${i + 1}/${c.runs}`);
      const v = await firstFrame(context, server.url + "viewer/");
      viewerMs.push(v.ms);
      await v.page.close();
      const b = await firstFrame(context, server.url + "bare-default/");
      bareMs.push(b.ms);
      await b.page.close();
    }
    const v = median(viewerMs);
    const b = median(bareMs);
    const story = defaultStory();
    rows.push([`default story (${story.entities.length} entities, ${story.relations.length} relations): navigation → first frame`, fmtTime(v), fmtTime(b), fmtRatio(v / b), String(c.runs)]);
    checks.push({ target: "default story first frame ≤ 1.3× the bare sigma page", measured: `${fmtTime(v)} vs ${fmtTime(b)} (${fmtRatio(v / b)})`, met: v / b <= 1.3 });

    // the big story through the file input
    const openMs: number[] = [];
    const bigBareMs: number[] = [];
    const hoverMs: number[] = [];
    let hoversDuringLayout = 0;
    const frameGaps: number[] = [];
    let layoutRan = false;
    for (let i = 0; i < c.bigRuns; i++) {
      log(`viewer: ${entities}/${relations} story, run ${i + 1}/${c.bigRuns}`);
      const { page } = await firstFrame(context, server.url + "viewer/");
      const problems: string[] = [];
      page.on("pageerror", (e) => problems.push(e.message));
      await page.setInputFiles("#file-input", bigFile);
      const shown = await page
        .waitForFunction(() => ((window as unknown as BenchWindow).__storygraph?.storiesLoaded ?? 0) >= 2, null, { timeout: 180_000, polling: "raf" })
        .then(() => true)
        .catch(() => false);
      if (!shown) {
        const shownProblems = await page.locator("#problems").innerText().catch(() => "");
        notes.push(`the ${entities}/${relations} story did not open in the viewer: ${(shownProblems || problems.join("; ") || "timeout").slice(0, 300)}`);
        await page.close();
        break;
      }
      const t = await page.evaluate(
        () =>
          new Promise<{ change: number; frame: number; layout: boolean }>((res) => {
            const w = window as unknown as BenchWindow;
            requestAnimationFrame(() => res({ change: w.__bench.change!, frame: performance.now(), layout: w.__storygraph!.layoutRunning }));
          }),
      );
      openMs.push(t.frame - t.change);
      // the layout starts after the first render: give it a moment, then hover while it runs
      await page.waitForFunction(() => (window as unknown as BenchWindow).__storygraph!.layoutRunning, null, { timeout: 30_000 }).then(
        () => (layoutRan = true),
        () => undefined,
      );
      // while the layout runs: is the main thread free? (frame intervals over 2 s)
      if (await page.evaluate(() => (window as unknown as BenchWindow).__storygraph!.layoutRunning)) {
        const gaps = (await page.evaluate(FRAME_GAPS)) as number[];
        frameGaps.push(...gaps);
        // nodes move while the layout runs, so a pointer cannot be aimed at one: stop it first
        await page.evaluate("window.__storygraph.view().layout.stop()");
      }
      try {
        const h = await hovers(page, c.hovers);
        hoverMs.push(...h.samples);
        hoversDuringLayout += h.duringLayout;
      } catch (e) {
        notes.push(`hover measure failed: ${(e as Error).message.split("\n")[0]}`);
      }
      await page.close();
      const bb = await firstFrame(context, server.url + "bare-big/", 300_000);
      bigBareMs.push(bb.ms);
      await bb.page.close();
    }
    if (c.bigRuns === 0) {
      notes.push(`the ${entities}/${relations} story is measured in full runs only (opening it takes tens of seconds here)`);
    } else if (openMs.length) {
      const o = median(openMs);
      const bb = median(bigBareMs);
      rows.push([`${entities.toLocaleString("en-US")} entities / ${relations.toLocaleString("en-US")} relations: open the story file → first frame (viewer: read, validate, anchor, mount panels; bare: navigation → first frame, data built in)`, fmtTime(o), fmtTime(bb), fmtRatio(o / bb), String(openMs.length)]);
      const hv = median(hoverMs);
      const worst = Math.max(...hoverMs);
      if (frameGaps.length) {
        const sorted = [...frameGaps].sort((a, b) => a - b);
        rows.push([
          `${entities.toLocaleString("en-US")}/${relations.toLocaleString("en-US")}: frame interval while the layout runs (2 s; median, 95th percentile)`,
          `${fmtTime(median(frameGaps))}, ${fmtTime(sorted[Math.floor(sorted.length * 0.95)]!)}`,
          "–",
          "–",
          String(openMs.length),
        ]);
      }
      rows.push([`${entities.toLocaleString("en-US")}/${relations.toLocaleString("en-US")}: hover → highlight drawn (median of ${hoverMs.length}, layout stopped; worst ${fmtTime(worst)})`, fmtTime(hv), "–", "–", String(openMs.length)]);
      checks.push({
        target: `${entities / 1000}k/${relations / 1000}k story interactive: layout in the worker, hover < 50 ms`,
        measured: `layout ${layoutRan ? "ran in its worker" : "not seen running"}${frameGaps.length ? ` (frames every ${fmtTime(median(frameGaps))} meanwhile)` : ""}; hover median ${hoverMs.length ? fmtTime(hv) : "not measured"}, worst ${fmtTime(worst)}`,
        met: hoverMs.length ? layoutRan && hv < 50 : null,
      });
    } else {
      checks.push({ target: `${entities / 1000}k/${relations / 1000}k story interactive: layout in the worker, hover < 50 ms`, measured: "the story did not open", met: null });
    }
    if (c.bigRuns > 0 && hoverMs.length === 0 && openMs.length) {
      notes.push("no hover registered on the opened story (the pointer over a node raised no highlight within 10 s, layout stopped); on the built-in story hover works (viewer browser test): to investigate in the viewer");
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await server.close();
  }
  const viewerSize = bundleSize(path.join(dir, "viewer"));
  const bareSize = bundleSize(path.join(dir, "bare-default"));
  rows.push([
    "bundle, gzip -9: JavaScript (+ CSS) (bare: sigma + graphology + the default graph's data)",
    `${fmtBytes(viewerSize.js)} (+ ${fmtBytes(viewerSize.css)})`,
    fmtBytes(bareSize.js),
    fmtRatio(viewerSize.js / bareSize.js),
    "–",
  ]);
  checks.push({ target: "viewer bundle ≤ 130 kB gzip (JavaScript)", measured: fmtBytes(viewerSize.js), met: viewerSize.js <= 130_000 });
  return {
    section: [
      "### Viewer in headless Chromium (software WebGL: SwiftShader)",
      "",
      "First frame = the animation frame after sigma's first render. The bare page is sigma 4 + graphology drawing the same graph (same positions, sizes, colours), nothing else.",
      "",
      table(["measure", "storygraph viewer", "bare sigma", "ratio", "runs"], rows),
      ...(notes.length ? ["", ...notes.map((n) => `- ${n}`)] : []),
    ].join("\n"),
    checks,
  };
}
