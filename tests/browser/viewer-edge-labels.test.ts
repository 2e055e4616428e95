// Edge and node labels on the graph canvas in real Chromium, on the default story: at 1440×900,
// every edge label is asked at 12 px at least, labels on edges running right to left are drawn
// upright (read from the canvas's pixels: the text stands above the edge on screen, where an
// upside-down label would hang below it), no two drawn edge labels overlap (the later hidden),
// the selected and hovered edges' labels always show; on a phone (390×844) no node label runs
// off the canvas (its border columns hold no ink), and back at 1440×900 labels take their own
// sides again.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium, openViewer, serveStatic, watchedPage, type Browser, type StaticServer, type WatchedPage } from "../helpers/browser.ts";
import { decodePng, pixel, type Png } from "../helpers/png.ts";
import { shapesOverlap, type EdgeLabelShape } from "../../src/viewer/canvas/edge-label-collision.ts";

const T = 120_000;

let server: StaticServer;
beforeAll(async () => {
  server = await serveStatic();
}, T);
afterAll(async () => {
  await server?.close();
});

/** Wait until the graph is drawn whole, edge labels included (the view's own signal). */
const drawn = (page: Page) => page.evaluate(() => new Promise<boolean>((resolve) => window.__storygraph!.view().whenDrawn(() => resolve(true))));

/** The edge labels sigma drew in its last frame, with their shapes, and the ones hidden for covering others. */
const labels = (page: Page) =>
  page.evaluate(() => {
    const view = window.__storygraph!.view();
    return {
      shapes: [...view.edgeLabelShapes()] as [string, EdgeLabelShape][],
      drawn: [...view.renderer.getEdgeDisplayedLabels()],
      covered: [...view.coveredEdgeLabels()],
    };
  });

/** Pairs of drawn edge labels that overlap. */
function overlaps(shapes: readonly [string, EdgeLabelShape][], ignore: (id: string) => boolean = () => false): string[] {
  const out: string[] = [];
  for (let i = 0; i < shapes.length; i++) {
    for (let j = i + 1; j < shapes.length; j++) {
      const [a, sa] = shapes[i]!;
      const [b, sb] = shapes[j]!;
      if (ignore(a) && ignore(b)) continue;
      if (shapesOverlap(sa, sb)) out.push(`${a} × ${b}`);
    }
  }
  return out;
}

/** Pixels of ink (clearly not white) in the strip `half` px wide across, along a label of `width` px centred at `c`, turned by `angle`. */
function inkAlong(png: Png, scale: number, c: { x: number; y: number }, angle: number, width: number, half = 3): number {
  let n = 0;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  for (let u = -width / 2 + 2; u <= width / 2 - 2; u += 1) {
    for (let v = -half; v <= half; v += 1) {
      const x = Math.round((c.x + u * dx - v * dy) * scale);
      const y = Math.round((c.y + u * dy + v * dx) * scale);
      if (x < 0 || y < 0 || x >= png.width || y >= png.height) continue;
      const [r, g, b] = pixel(png, x, y);
      if (r + g + b < 600) n++;
    }
  }
  return n;
}

describe("edge labels at 1440×900", () => {
  let browser: Browser;
  let w: WatchedPage;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium({ width: 1440, height: 900 });
    w = await watchedPage(browser);
    page = w.page;
    await openViewer(page, server.url);
    await drawn(page);
  }, T);
  afterAll(async () => {
    await browser?.close();
  });

  test(
    "every edge label is asked at 12 px at least, participations' role labels and a selected relation's included",
    async () => {
      const sizes = () =>
        page.evaluate(() => {
          const { renderer, graph } = window.__storygraph!.view();
          return graph.mapEdges((id, a) => ({ id, type: a.type as string, size: (renderer.getEdgeDisplayData(id) as { labelSize?: number }).labelSize }));
        });
      const all = await sizes();
      expect(all.filter((e) => e.type === "participation").length).toBeGreaterThan(0);
      for (const e of all) expect(e.size, e.id).toBeGreaterThanOrEqual(12);
      // participations were asked 11 px before
      expect(new Set(all.map((e) => e.size))).toEqual(new Set([12]));
      expect(w.errors).toEqual([]);
    },
    T,
  );

  test(
    "no two drawn edge labels overlap: the later, less important ones are hidden",
    async () => {
      await expect.poll(async () => overlaps((await labels(page)).shapes), { timeout: 20_000 }).toEqual([]);
      const { shapes, drawn: shown, covered } = await labels(page);
      const total = await page.evaluate(() => window.__storygraph!.view().graph.size);
      console.info(`edge labels at 1440×900: ${shown.length} drawn, ${covered.length} hidden for covering others, of ${total} edges`);
      expect(covered.length).toBeGreaterThan(0);
      expect(shown.length).toBeGreaterThan(0);
      // the hidden ones are not drawn; every drawn one is on the canvas
      for (const id of covered) expect(shown).not.toContain(id);
      expect(shapes.map(([id]) => id).sort()).toEqual([...shown].sort());
      // each hidden label would cover a drawn one (none is hidden for nothing)
      const hidden = (await page.evaluate(() => [...window.__storygraph!.view().edgeLabelShapes("covered")])) as [string, EdgeLabelShape][];
      expect(hidden.map(([id]) => id).sort()).toEqual([...covered].sort());
      for (const [id, shape] of hidden) expect(shapes.some(([, s]) => shapesOverlap(s, shape)), id).toBe(true);
    },
    T,
  );

  test(
    "a label on an edge running right to left reads upright: within ±90°, above the edge on the canvas's pixels",
    async () => {
      const leftward = await page.evaluate(() => {
        const { renderer, graph } = window.__storygraph!.view();
        const shapes = window.__storygraph!.view().edgeLabelShapes();
        const out: { id: string; angle: number; centre: { x: number; y: number }; width: number; offset: number; dx: number }[] = [];
        graph.forEachEdge((id, _a, s, t) => {
          const shape = shapes.get(id);
          if (!shape) return;
          const a = renderer.framedGraphToViewport(renderer.getNodeDisplayData(s)!);
          const b = renderer.framedGraphToViewport(renderer.getNodeDisplayData(t)!);
          if (b.x - a.x > -20) return;
          const width = shape.boxes.reduce((sum, box) => sum + 2 * box.halfWidth, 0);
          // how far the label's middle stands off the straight line between the nodes (a straight edge: its offset above)
          const len = Math.hypot(b.x - a.x, b.y - a.y);
          const offset = Math.abs(((b.x - a.x) * (a.y - shape.centre.y) - (a.x - shape.centre.x) * (b.y - a.y)) / len);
          out.push({ id, angle: shape.angle, centre: shape.centre, width, offset, dx: b.x - a.x });
        });
        return out;
      });
      expect(leftward.length).toBeGreaterThan(0);
      for (const l of leftward) expect(Math.abs(l.angle), l.id).toBeLessThanOrEqual(Math.PI / 2);
      // the pixels: ink along the label above the edge, next to none where an upside-down one would hang
      const straight = leftward.filter((l) => l.offset < 12);
      expect(straight.length).toBeGreaterThan(0);
      const shot = await page.locator("#graph canvas").first().screenshot();
      const png = decodePng(shot);
      const box = (await page.locator("#graph canvas").first().boundingBox())!;
      const scale = png.width / box.width;
      // (other edges may cross the strip below a label: the clearest one must show next to no ink there)
      let clearest = Infinity;
      for (const l of straight) {
        const up = { x: Math.sin(l.angle), y: -Math.cos(l.angle) };
        const below = { x: l.centre.x - 2 * l.offset * up.x, y: l.centre.y - 2 * l.offset * up.y };
        const inkAbove = inkAlong(png, scale, l.centre, l.angle, l.width);
        const inkBelow = inkAlong(png, scale, below, l.angle, l.width);
        console.info(`${l.id}: ink above ${inkAbove}, below ${inkBelow}, offset ${l.offset.toFixed(1)} px, angle ${((l.angle * 180) / Math.PI).toFixed(0)}°`);
        expect(inkAbove, l.id).toBeGreaterThan(15);
        expect(inkBelow, l.id).toBeLessThan(inkAbove);
        clearest = Math.min(clearest, inkBelow / inkAbove);
      }
      expect(clearest).toBeLessThan(0.2);
    },
    T,
  );

  test(
    "the selected relation and a hovered node's edges keep their labels, whatever they cover",
    async () => {
      const before = await labels(page);
      const types = await page.evaluate(() => Object.fromEntries(window.__storygraph!.view().graph.mapEdges((id, a) => [id, a.type as string])));
      const relation = before.covered.find((id) => types[id] !== "participation");
      expect(relation).toBeDefined();
      await page.evaluate((id) => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id } })), relation!);
      await expect.poll(async () => (await labels(page)).drawn.includes(relation!), { timeout: 20_000 }).toBe(true);
      // no label drawn but those kept too (the selection's, around it) overlaps the selected relation's
      const kept = new Set((await page.evaluate(() => window.__storygraph!.canvasState())).focusEdges);
      const covering = async () => {
        const { shapes } = await labels(page);
        const mine = shapes.find(([id]) => id === relation)![1];
        return shapes.filter(([id, s]) => id !== relation && !kept.has(id) && shapesOverlap(s, mine)).map(([id]) => id);
      };
      await expect.poll(covering, { timeout: 20_000 }).toEqual([]);
      await page.evaluate(() => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: null })));
      await expect.poll(async () => (await labels(page)).covered.includes(relation!), { timeout: 20_000 }).toBe(true);

      // hovering one of its nodes: its edges' labels are drawn (the rest dimmed, their labels hidden)
      const node = await page.evaluate((id) => window.__storygraph!.view().graph.source(id), relation!);
      const p = await page.evaluate((id) => {
        const r = window.__storygraph!.view().renderer;
        const box = document.getElementById("graph")!.getBoundingClientRect();
        const q = r.framedGraphToViewport(r.getNodeDisplayData(id)!);
        return { x: box.left + q.x, y: box.top + q.y };
      }, node);
      await page.mouse.move(p.x, p.y);
      await expect.poll(async () => (await labels(page)).drawn.includes(relation!), { timeout: 20_000 }).toBe(true);
      expect((await labels(page)).covered).not.toContain(relation);
      await page.mouse.move(5, 5);
      await expect.poll(async () => (await labels(page)).covered.includes(relation!), { timeout: 20_000 }).toBe(true);
      expect(w.errors).toEqual([]);
    },
    T,
  );
});

describe("node labels on a phone (390×844)", () => {
  let browser: Browser;
  let w: WatchedPage;
  let page: Page;
  beforeAll(async () => {
    browser = await launchChromium({ width: 390, height: 844 }, { hasTouch: true, isMobile: true });
    w = await watchedPage(browser);
    page = w.page;
    await openViewer(page, server.url);
    await drawn(page);
  }, T);
  afterAll(async () => {
    await browser?.close();
  });

  /** Node labels drawn, with the box each takes on the canvas (measured as sigma lays it: node radius + 6 px, 2 px of background). */
  const nodeLabels = () =>
    page.evaluate(() => {
      const { renderer, graph } = window.__storygraph!.view();
      const shown = renderer.getNodeDisplayedLabels();
      const context = document.createElement("canvas").getContext("2d")!;
      const out: { id: string; side: string; x0: number; x1: number; y0: number; y1: number }[] = [];
      graph.forEachNode((id) => {
        const d = renderer.getNodeDisplayData(id)!;
        if (!shown.has(id) || !d.label) return;
        const size = d.labelSize ?? 14;
        context.font = `600 ${size}px system-ui, 'Segoe UI', Roboto, sans-serif`;
        const width = context.measureText(d.label).width + 4;
        const p = renderer.framedGraphToViewport(d);
        const gap = renderer.scaleSize(d.size) + 6;
        const side = String(d.labelPosition);
        const x0 = side === "right" ? p.x + gap : side === "left" ? p.x - gap - width : p.x - width / 2;
        const y0 = side === "below" ? p.y + gap : side === "above" ? p.y - gap - size - 4 : p.y - size / 2 - 2;
        out.push({ id, side, x0, x1: x0 + width, y0, y1: y0 + size + 4 });
      });
      return { out, ...renderer.getDimensions() };
    });

  test(
    "no node label runs off the canvas: every label's box is inside, and the canvas's border columns hold no ink",
    async () => {
      // (the label pass runs after each frame: wait for the one after the layout settled)
      const offCanvas = async () => {
        const { out, width, height } = await nodeLabels();
        return out.filter((l) => l.x0 < 0 || l.y0 < 0 || l.x1 > width || l.y1 > height).map((l) => l.id);
      };
      await expect.poll(offCanvas, { timeout: 20_000 }).toEqual([]);
      const { out, width } = await nodeLabels();
      expect(out.length).toBeGreaterThan(3);
      // "intelligence artificielle", right of a node near the right edge, ran 66 px off the canvas
      expect(out.find((l) => l.id === "artificial-intelligence")?.side).not.toBe("right");
      const png = decodePng(await page.locator("#graph canvas").first().screenshot());
      const scale = png.width / width;
      let ink = 0;
      for (let y = 0; y < png.height; y++) {
        for (const x of [0, 1, 2, png.width - 3, png.width - 2, png.width - 1]) {
          const [r, g, b] = pixel(png, x, y);
          if (r + g + b < 600) ink++;
        }
      }
      expect(scale).toBeGreaterThan(0);
      expect(ink).toBe(0);
      expect(w.errors).toEqual([]);
    },
    T,
  );

  test(
    "back on a 1440×900 window, the labels moved for the phone take their own sides again",
    async () => {
      const moved = (await nodeLabels()).out.find((l) => l.id === "artificial-intelligence")!.side;
      await page.setViewportSize({ width: 1440, height: 900 });
      await expect.poll(async () => (await nodeLabels()).out.find((l) => l.id === "artificial-intelligence")?.side, { timeout: 20_000 }).toBe("right");
      expect(moved).not.toBe("right");
      expect(w.errors).toEqual([]);
    },
    T,
  );
});
