// GEXF files made by other tools, shown as their authors meant them, in real Chromium against
// dist/: Gephi's and Gephi Lite's Les Misérables, Gephi's US Airports and Gephi Lite's Power Grid
// (4,941 nodes) keep their viz:position, viz:color and viz:size (no layout runs until asked);
// networkx's Les Misérables (no positions) is laid out; edge thickness follows weight; the label
// density control changes how many labels sigma draws (biggest nodes first); colour by an
// attribute recolours the nodes and draws a legend; size by degree; a degree filter hides the
// nodes under it (on the canvas and in the lists). Files: tests/fixtures/gexf-real/ (SOURCES.md). Expected values are read from
// the files with graphology-gexf (not the viewer's reader).
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { ARTIFACTS, openViewer, REPO_ROOT, viewerTestSession, watchedPage, type WatchedPage } from "../helpers/browser.ts";

const T = 180_000;
const DIR = path.join(REPO_ROOT, "tests/fixtures/gexf-real");
const session = viewerTestSession({ width: 1440, height: 900 });

/** The bytes of fixture `file` (a `.gz` unpacked) and the name the page is given. */
function fixture(file: string): { name: string; buffer: Buffer } {
  const raw = readFileSync(path.join(DIR, file));
  return { name: file.replace(/\.gz$/, ""), buffer: file.endsWith(".gz") ? gunzipSync(raw) : raw };
}

/** The file as graphology-gexf reads it, and each node's degree (an edge counts at both ends). */
function expected(file: string) {
  const g = parse(MultiGraph, fixture(file).buffer.toString("utf8"));
  const degree = new Map<string, number>(g.nodes().map((n) => [n, 0]));
  g.forEachEdge((_e, _a, s, t) => {
    degree.set(s, degree.get(s)! + 1);
    degree.set(t, degree.get(t)! + 1);
  });
  return { g, degree };
}

const rgbToHex = (rgb: string) => "#" + rgb.match(/\d+/g)!.slice(0, 3).map((c) => Number(c).toString(16).padStart(2, "0")).join("");

async function fresh(): Promise<WatchedPage> {
  const w = await watchedPage(session.browser);
  await openViewer(w.page, session.server.url);
  return w;
}

/**
 * Open fixture `file` by the file picker; resolves once the plain graph is drawn whole, with the
 * milliseconds it took: until the graph is read, checked and mounted (`read`), and in all (`drawn`).
 */
async function openGexf(page: Page, file: string): Promise<{ read: number; drawn: number }> {
  const before = await page.evaluate(() => window.__storygraph!.storiesLoaded);
  const t0 = Date.now();
  await page.setInputFiles("#file-input", { ...fixture(file), mimeType: "application/xml" });
  await page.waitForFunction((n) => window.__storygraph!.storiesLoaded === n + 1 && window.__storygraph!.plainGraph() !== null, before, { timeout: 60_000, polling: 20 });
  const read = Date.now() - t0;
  await page.evaluate(() => new Promise<void>((resolve) => window.__storygraph!.view().whenDrawn(resolve)));
  return { read, drawn: Date.now() - t0 };
}

/** Set control `id` (a range's value, or a select's option) as a user would, and wait for sigma's next frame. */
async function setControl(page: Page, id: string, value: string | number): Promise<void> {
  await page.evaluate(
    async ([id, value]) => {
      const control = document.getElementById(id) as HTMLInputElement | HTMLSelectElement;
      const drawn = new Promise<void>((resolve) => window.__storygraph!.view().renderer.once("afterRender", () => resolve()));
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true }));
      await drawn;
    },
    [id, String(value)] as const,
  );
}

const drawnLabels = (page: Page) => page.evaluate(() => [...window.__storygraph!.view().renderer.getNodeDisplayedLabels()]);

/** What the page holds for each node: graph attributes and what sigma draws. */
const pageNodes = (page: Page) =>
  page.evaluate(() => {
    const v = window.__storygraph!.view();
    return v.graph.mapNodes((id, a) => ({ id, x: a.x, y: a.y, size: a.size, color: v.renderer.getNodeDisplayData(id)!.color }));
  });

/** Positions, colours and sizes of the page are the file's (sizes scaled by one factor, see fileSizeFactor). */
async function expectAuthored(page: Page, file: string): Promise<void> {
  const { g } = expected(file);
  const nodes = await pageNodes(page);
  expect(nodes.length).toBe(g.order);
  expect(await page.evaluate(() => ({ running: window.__storygraph!.layoutRunning, steps: window.__storygraph!.view().layout.steps() }))).toEqual({ running: false, steps: 0 });
  expect(await page.locator("#layout-toggle").innerText()).toBe("Run layout");
  expect(await page.locator("#layout-status").innerText()).toBe("Positions from the file");
  const factors: number[] = [];
  for (const n of nodes) {
    const a = g.getNodeAttributes(n.id);
    expect(n.x).toBeCloseTo(a.x as number, 6);
    expect(n.y).toBeCloseTo(a.y as number, 6);
    if (typeof a.color === "string") expect(n.color).toBe(rgbToHex(a.color));
    if (typeof a.size === "number" && n.size > 2) factors.push(n.size / a.size);
  }
  expect(factors.length).toBeGreaterThan(0);
  for (const f of factors) expect(f).toBeCloseTo(factors[0]!, 6);
}

describe("a GEXF file as its author laid it out", () => {
  test(
    "Gephi's Les Misérables keeps positions, colours and sizes; weight sets edge thickness; labels, colour by, size by and the degree filter work; Run layout moves it",
    async () => {
      const w = await fresh();
      const p = w.page;
      const file = "gephi-Les_Miserables.gexf";
      await openGexf(p, file);
      await expectAuthored(p, file);
      const { g, degree } = expected(file);

      // Edge thickness follows weight: 1 px for the lightest (1), 8 px for the heaviest (31), in weight order.
      const edges = await p.evaluate(() => {
        const v = window.__storygraph!.view();
        return v.graph.mapEdges((id) => ({ id, size: v.renderer.getEdgeDisplayData(id)!.size }));
      });
      const weightOf = (id: string) => (g.getEdgeAttribute(id, "weight") as number | undefined) ?? 1;
      for (const a of edges) for (const b of edges) if (weightOf(a.id) > weightOf(b.id)) expect(a.size).toBeGreaterThan(b.size);
      const heaviest = edges.reduce((m, e) => (weightOf(e.id) > weightOf(m.id) ? e : m));
      expect(weightOf(heaviest.id)).toBe(31);
      expect(heaviest.size).toBeCloseTo(8, 6);
      expect(Math.min(...edges.map((e) => e.size))).toBeCloseTo(1, 6);

      // The default density draws some labels, Valjean's (the biggest node) among them; the screenshot of the README.
      const some = await drawnLabels(p);
      expect(some).toContain("11");
      await p.screenshot({ path: path.join(ARTIFACTS, "les-miserables-gephi.png") }); // copied to docs/screenshots/ for the README
      // Fewest labels: fewer, the biggest still drawn; all: every label.
      await setControl(p, "label-density", 0);
      const fewest = await drawnLabels(p);
      await setControl(p, "label-density", 4);
      const all = await drawnLabels(p);
      console.info(`labels drawn on ${file}: fewest ${fewest.length}, some ${some.length}, all ${all.length} of ${g.order}`);
      expect(fewest.length).toBeLessThan(some.length);
      expect(some.length).toBeLessThan(all.length);
      expect(fewest).toContain("11");
      expect(all.length).toBe(g.order);

      // Colour by Modularity Class (integer class ids: a palette): one colour per class, a legend entry per class.
      await setControl(p, "color-by", "attr:Modularity Class");
      const classOf = (id: string) => String(g.getNodeAttribute(id, "modularity_class"));
      const colours = new Map<string, Set<string>>();
      for (const n of await pageNodes(p)) colours.set(classOf(n.id), (colours.get(classOf(n.id)) ?? new Set()).add(n.color));
      const classes = new Set(g.nodes().map(classOf));
      expect(colours.size).toBe(classes.size);
      for (const set of colours.values()) expect(set.size).toBe(1);
      expect(new Set([...colours.values()].map((s) => [...s][0])).size).toBe(classes.size);
      expect(await p.locator("#attribute-legend").innerText()).toContain("Colour: Modularity Class");
      expect((await p.locator("#attribute-legend li[data-value]").allInnerTexts()).length).toBe(classes.size);
      // The file gives its edges no colour: each is drawn in its source node's colour (Gephi's graph window), by class too.
      const sourceColoured = () =>
        p.evaluate(() => {
          const r = window.__storygraph!.view().graph;
          return r.edges().filter((e) => r.getEdgeAttribute(e, "color") !== r.getNodeAttribute(r.source(e), "color")).length;
        });
      expect(await sourceColoured()).toBe(0);
      // Back to the file's colours.
      await setControl(p, "color-by", "file");
      expect((await pageNodes(p)).find((n) => n.id === "11")!.color).toBe(rgbToHex(g.getNodeAttribute("11", "color") as string));
      expect(await p.locator("#attribute-legend").count()).toBe(0);
      expect(await sourceColoured()).toBe(0);

      // Size by degree: Valjean (36 edges, the most) is the biggest, at 24 px.
      await setControl(p, "size-by", "degree");
      const bySize = (await pageNodes(p)).sort((a, b) => b.size - a.size);
      expect(bySize[0]!.id).toBe("11");
      expect(bySize[0]!.size).toBeCloseTo(24, 6);

      // At least 10 edges: exactly the nodes with fewer are hidden, and their edges.
      await setControl(p, "min-degree", 10);
      const hidden = (await p.evaluate(() => window.__storygraph!.canvasState().hiddenNodes)).sort();
      expect(hidden).toEqual(g.nodes().filter((n) => degree.get(n)! < 10).sort());
      expect(hidden.length).toBeGreaterThan(0);
      expect(await p.locator("#plain-counts").innerText()).toContain(`${g.order - hidden.length} of ${g.order} nodes`);
      // the lists show what the graph shows
      expect(await p.locator("#entities-list .option:not([hidden])").count()).toBe(g.order - hidden.length);
      const shownEdges = g.edges().filter((e) => degree.get(g.source(e))! >= 10 && degree.get(g.target(e))! >= 10).length;
      expect(await p.locator("#claims-list .option:not([hidden])").count()).toBe(shownEdges);
      expect(await p.locator("#claims-count").innerText()).toBe(`${shownEdges} of ${g.size} edges`);

      // Run layout: ForceAtlas2 runs from the file's positions, on demand only.
      await p.locator("#layout-toggle").click();
      await p.waitForFunction(() => window.__storygraph!.view().layout.steps() > 3);
      await p.locator("#layout-toggle").click();
      expect(await p.evaluate(() => window.__storygraph!.layoutRunning)).toBe(false);
      const moved = (await pageNodes(p)).filter((n) => n.x !== g.getNodeAttribute(n.id, "x"));
      expect(moved.length).toBeGreaterThan(0);
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "Gephi Lite's Les Misérables and Gephi's US Airports keep their positions, colours and sizes",
    async () => {
      const w = await fresh();
      for (const file of ["gephi-lite-Les_Miserables.gexf", "gephi-US_Airports.gexf", "graphology-les_miserables.gexf"]) {
        await openGexf(w.page, file);
        await expectAuthored(w.page, file);
      }
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "networkx's Les Misérables (no positions) is laid out; its weights set edge thickness; the label control thins its labels",
    async () => {
      const w = await fresh();
      const p = w.page;
      const file = "networkx-les_miserables.gexf";
      const settled = await p.evaluate(() => window.__storygraph!.layoutSettled);
      await openGexf(p, file);
      await p.waitForFunction((n) => window.__storygraph!.layoutSettled > n && !window.__storygraph!.layoutRunning, settled, { timeout: 60_000 });
      const { g } = expected(file);
      const edges = await p.evaluate(() => window.__storygraph!.view().graph.mapEdges((id, a) => ({ id, size: a.size! })));
      const weightOf = (id: string) => g.getEdgeAttribute(id, "weight") as number;
      for (const a of edges) for (const b of edges) if (weightOf(a.id) > weightOf(b.id)) expect(a.size).toBeGreaterThan(b.size);
      const counts: number[] = [];
      for (const level of [0, 2, 4]) {
        await setControl(p, "label-density", level);
        counts.push((await drawnLabels(p)).length);
      }
      console.info(`labels drawn on ${file}: ${counts.join(", ")} of ${g.order} (fewest, some, all)`);
      expect(counts[0]!).toBeLessThan(counts[1]!);
      expect(counts[1]!).toBeLessThan(counts[2]!);
      expect(counts[2]).toBe(g.order);
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "Gephi Lite's Power Grid (4,941 nodes) opens as laid out, and the degree filter hides the nodes under it",
    async () => {
      const w = await fresh();
      const p = w.page;
      const file = "gephi-lite-Power_Grid.gexf.gz";
      const ms = await openGexf(p, file);
      console.info(`opening ${file} (4,941 nodes, 6,594 edges): read, checked and mounted in ${ms.read} ms, drawn whole (edge labels included) in ${ms.drawn} ms`);
      await expectAuthored(p, file);
      const { g, degree } = expected(file);
      expect(g.order).toBe(4941);
      const counts: number[] = [];
      for (const level of [0, 2, 4]) {
        await setControl(p, "label-density", level);
        counts.push((await drawnLabels(p)).length);
      }
      console.info(`labels drawn on ${file}: ${counts.join(", ")} of ${g.order} (fewest, some, all)`);
      expect(counts[0]!).toBeLessThan(counts[1]!);
      expect(counts[1]!).toBeLessThan(counts[2]!);
      await setControl(p, "min-degree", 3);
      const hidden = (await p.evaluate(() => window.__storygraph!.canvasState().hiddenNodes)).sort();
      expect(hidden).toEqual(g.nodes().filter((n) => degree.get(n)! < 3).sort());
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );
});
