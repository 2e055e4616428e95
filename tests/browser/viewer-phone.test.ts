// The viewer on a phone (390×844, touch, mobile viewport) in real Chromium: the canvas fills the
// width and over half the height, the graph is fitted to it, a tapped relation opens its quotes
// in the sheet under the graph without the page scrolling the graph away, a tapped node is
// selected, pinch and drag move the camera, axe finds no serious violation, a sentence found by
// the search opens in the article; the desktop layout
// comes back at 1440×900. Writes test-artifacts/phone-claim.png (the README's phone screenshot).
import path from "node:path";
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, REPO_ROOT, openViewer, viewerTestSession, watchedPage, type WatchedPage } from "../helpers/browser.ts";

const T = 120_000;
const PHONE = { width: 390, height: 844 };
const session = viewerTestSession(PHONE, { hasTouch: true, isMobile: true });

let w: WatchedPage;
let page: Page;
beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  w = await watchedPage(session.browser);
  page = w.page;
  await openViewer(page, session.server.url);
}, T);
afterAll(async () => {
  await page?.close();
});

/** The canvas's box in the viewport, the page's scroll and how tall the document is. */
const geometry = () =>
  page.evaluate(() => {
    const r = document.getElementById("graph")!.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, width: r.width, height: r.height, scrollY: window.scrollY, docHeight: document.documentElement.scrollHeight, innerHeight };
  });

/** The bounding box of the nodes' positions, in canvas pixels (sigma's graphToViewport). */
const drawnArea = () =>
  page.evaluate(() => {
    const { renderer, graph } = window.__storygraph!.view();
    const xs: number[] = [];
    const ys: number[] = [];
    graph.forEachNode((_id, a) => {
      const p = renderer.graphToViewport({ x: a.x, y: a.y });
      xs.push(p.x);
      ys.push(p.y);
    });
    return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
  });

/** Where node `id` is drawn, in page coordinates. */
const nodeOnPage = (id: string) =>
  page.evaluate((node) => {
    const { renderer, graph } = window.__storygraph!.view();
    const box = document.getElementById("graph")!.getBoundingClientRect();
    const p = renderer.graphToViewport(graph.getNodeAttributes(node));
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);

const selection = () => page.evaluate(() => window.__storygraph!.store.getState().selection);
const sheet = () => page.evaluate(() => document.querySelector("main")!.dataset.sheet);

describe("viewer on a phone (390×844)", () => {
  test(
    "the canvas fills the width and over half the height, the page does not scroll, and the graph is fitted to the canvas",
    async () => {
      const g = await geometry();
      expect(Math.abs(g.width - PHONE.width)).toBeLessThan(2);
      expect(g.left).toBe(0);
      expect(g.height).toBeGreaterThanOrEqual(0.5 * PHONE.height);
      expect(g.top).toBeGreaterThanOrEqual(0);
      expect(g.bottom).toBeLessThanOrEqual(PHONE.height);
      expect(g.docHeight).toBeLessThanOrEqual(PHONE.height);
      // sigma draws on the whole canvas
      const size = await page.evaluate(() => window.__storygraph!.view().renderer.getDimensions());
      expect(Math.abs(size.width - g.width)).toBeLessThan(2);
      expect(Math.abs(size.height - g.height)).toBeLessThan(2);
      // the graph fills the canvas in one direction at least, and a good share of its area
      // (on main before the phone layout: 28×67 px of a 390×438 canvas, 1 %)
      const d = await drawnArea();
      const [dw, dh] = [d.x1 - d.x0, d.y1 - d.y0];
      expect(Math.max(dw / g.width, dh / g.height)).toBeGreaterThan(0.6);
      expect((dw * dh) / (g.width * g.height)).toBeGreaterThan(0.15);
      expect(d.x0).toBeGreaterThanOrEqual(0);
      expect(d.y0).toBeGreaterThanOrEqual(0);
      expect(d.x1).toBeLessThanOrEqual(g.width);
      expect(d.y1).toBeLessThanOrEqual(g.height);
      // every button of the top bar is on screen, each on one line (the export group once ran 30 px off the right edge)
      const bar = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".topbar button, .topbar select")].map((b) => {
          const r = b.getBoundingClientRect();
          const text = document.createRange();
          text.selectNodeContents(b);
          // one client rect per line box the text takes
          return { id: b.id, right: r.right, lines: new Set([...text.getClientRects()].map((x) => Math.round(x.top))).size };
        }),
      );
      for (const b of bar) expect(b.right, b.id).toBeLessThanOrEqual(PHONE.width);
      for (const b of bar.filter((x) => x.id !== "export-scale")) expect(b.lines, b.id).toBeLessThanOrEqual(1);
      // the tabs and the legend's button are shown; the legend opens over the canvas and closes
      expect(await page.locator("#sheet-tabs").isVisible()).toBe(true);
      expect(await page.locator("#legend").isVisible()).toBe(false);
      await page.locator("#legend-toggle").tap();
      await page.locator("#legend").waitFor({ state: "visible" });
      expect(await page.locator("#legend-toggle").getAttribute("aria-expanded")).toBe("true");
      expect((await geometry()).height).toBe(g.height);
      await page.locator("#legend-toggle").tap();
      await page.locator("#legend").waitFor({ state: "hidden" });
    },
    T,
  );

  test(
    "a tap on a relation opens its quotes in the sheet, and the graph stays where it was",
    async () => {
      const before = await geometry();
      expect(await sheet()).toBe("article");
      // the middle of Microsoft–OpenAI: one of the relations between them (the bundle's straight one)
      const [a, b] = [await nodeOnPage("microsoft"), await nodeOnPage("openai")];
      await page.touchscreen.tap((a.x + b.x) / 2, (a.y + b.y) / 2);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "relation");
      const sel = (await selection())!;
      const relation = await page.evaluate((id) => {
        const r = window.__storygraph!.story().relations.find((x) => x.id === id)!;
        return { source: r.source, target: r.target, quotes: r.citations.map((c) => c.quote) };
      }, sel.id);
      expect([relation.source, relation.target].sort()).toEqual(["microsoft", "openai"]);
      // the sheet shows the details: the claim's words (tap to read the edge's label) and its quotes
      expect(await sheet()).toBe("details");
      expect(await page.locator("#details").isVisible()).toBe(true);
      expect(await page.locator("#article-pane").isVisible()).toBe(false);
      expect(await page.locator("#details h2").first().innerText()).toMatch(/Microsoft — .+ OpenAI/);
      const quotes = page.locator("#details .citation blockquote");
      expect(await quotes.count()).toBe(relation.quotes.length);
      expect(await quotes.first().innerText()).toContain(relation.quotes[0]);
      // the sheet opens on the claim's quotes, under its title (the tapped edge's words), both on screen under the graph
      const onScreen = async (box: { y: number; height: number } | null) => box !== null && box.y >= before.bottom && box.y + Math.min(box.height, 40) <= PHONE.height;
      await expect.poll(async () => onScreen(await quotes.first().boundingBox())).toBe(true);
      expect(await onScreen(await page.locator("#details h2").first().boundingBox())).toBe(true);
      await page.screenshot({ path: path.join(ARTIFACTS, "phone-claim.png") });
      // the last quote scrolled into view scrolls the sheet, not the page
      await quotes.last().scrollIntoViewIfNeeded();
      expect(await onScreen(await quotes.last().boundingBox())).toBe(true);
      await quotes.first().scrollIntoViewIfNeeded();
      const after = await geometry();
      expect(after.scrollY).toBe(0);
      expect(after.top).toBe(before.top);
      expect(after.bottom).toBe(before.bottom);
      // the selected edge is drawn as selected
      expect((await page.evaluate(() => window.__storygraph!.canvasState())).selectedEdges).toEqual([sel.id]);
      // the article tab shows the marked quote in its own pane, the graph still in place
      await page.locator('[data-sheet-tab="article"]').tap();
      expect(await sheet()).toBe("article");
      const mark = (await page.locator("#article mark.quote").first().boundingBox())!;
      const pane = (await page.locator("#article-pane").boundingBox())!;
      expect(mark.y).toBeGreaterThanOrEqual(pane.y);
      expect(mark.y + mark.height).toBeLessThanOrEqual(pane.y + pane.height);
      expect(await geometry()).toMatchObject({ scrollY: 0, top: before.top, bottom: before.bottom });
      await page.screenshot({ path: path.join(ARTIFACTS, "phone-article.png") });
      await page.locator('[data-sheet-tab="details"]').tap();
    },
    T,
  );

  test(
    "a touch tap on a node selects it; a tap on the empty stage clears the selection",
    async () => {
      const drawn = await drawnArea();
      const p = await nodeOnPage("elon-musk");
      await page.touchscreen.tap(p.x, p.y);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.id === "elon-musk");
      expect(await selection()).toEqual({ type: "entity", id: "elon-musk" });
      // the labels the selection shows (the founding's) do not reframe the graph
      const after = await drawnArea();
      for (const k of ["x0", "x1", "y0", "y1"] as const) expect(Math.abs(after[k] - drawn[k])).toBeLessThan(1);
      expect(await sheet()).toBe("details");
      expect(await page.locator("#details h2").first().innerText()).toContain("Elon Musk");
      const g = await geometry();
      // a second tap sooner than sigma's doubleClickTimeout after the first is a double tap (a zoom)
      const tapped = Date.now();
      const doubleTap = await page.evaluate(() => window.__storygraph!.view().renderer.getSetting("doubleClickTimeout"));
      await page.waitForFunction(([t, ms]) => Date.now() - t > ms, [tapped, doubleTap] as const);
      // the canvas's bottom-left corner stands away from every node
      await page.touchscreen.tap(g.left + 8, g.bottom - 8);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection === null);
    },
    T,
  );

  test(
    "a pinch zooms the camera and a one-finger drag pans it",
    async () => {
      const cdp = await page.context().newCDPSession(page);
      const g = await geometry();
      const [cx, cy] = [g.left + g.width / 2, g.top + g.height / 2];
      const camera = () => page.evaluate(() => window.__storygraph!.view().renderer.getCamera().getState());
      const start = await camera();
      const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: [number, number][]) =>
        cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
      // two fingers move apart: zoom in (a smaller camera ratio)
      await touch("touchStart", [[cx - 30, cy], [cx + 30, cy]]);
      for (let d = 40; d <= 120; d += 20) await touch("touchMove", [[cx - d, cy], [cx + d, cy]]);
      await touch("touchEnd", []);
      await expect.poll(async () => (await camera()).ratio).toBeLessThan(start.ratio * 0.8);
      const zoomed = await camera();
      // one finger drags: the camera moves
      await touch("touchStart", [[cx, cy]]);
      for (let d = 20; d <= 100; d += 20) await touch("touchMove", [[cx + d, cy + d / 2]]);
      await touch("touchEnd", []);
      await expect.poll(async () => Math.hypot((await camera()).x - zoomed.x, (await camera()).y - zoomed.y)).toBeGreaterThan(0.01);
      // no gesture scrolled the page
      expect((await geometry()).scrollY).toBe(0);
      await cdp.detach();
      await page.click("#fit-graph");
    },
    T,
  );

  test(
    "axe-core finds no serious or critical violation on the phone, idle, with the lists, a relation's details and the search's results",
    async () => {
      const axe = readFileSync(path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
      const serious = async (): Promise<string[]> => {
        if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe);
        const result = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
        });
        return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.join(", ")}`);
      };
      expect(await serious()).toEqual([]);
      await page.locator('[data-sheet-tab="lists"]').tap();
      expect(await page.locator("#claims-list").isVisible()).toBe(true);
      expect(await serious()).toEqual([]);
      // a claim picked in the list opens its details
      await page.locator('#claims-list [data-id="microsoft-partnered-openai"]').tap();
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.id === "microsoft-partnered-openai");
      expect(await sheet()).toBe("details");
      expect(await serious()).toEqual([]);
      // the search's results over the graph: entities and sentences
      await page.locator("#search-input").fill("microsoft");
      await page.locator("#search-sentences").waitFor({ state: "visible" });
      expect(await serious()).toEqual([]);
      await page.locator("#search-input").fill("");
    },
    T,
  );

  test(
    "a sentence found by the search opens in the article tab, the graph unmoved",
    async () => {
      const before = await geometry();
      await page.locator("#search-input").fill("rupture");
      await page.locator("#search-sentences").waitFor({ state: "visible" });
      await page.locator("#search-input").press("Enter");
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "sentence");
      const id = (await selection())!.id;
      expect(await sheet()).toBe("article");
      await expect
        .poll(async () => {
          const pane = (await page.locator("#article-pane").boundingBox())!;
          const s = (await page.locator(`#article [data-sentence="${id}"]`).boundingBox())!;
          return s.y >= pane.y && s.y < pane.y + pane.height;
        })
        .toBe(true);
      expect(await geometry()).toMatchObject({ scrollY: 0, top: before.top, bottom: before.bottom });
      await page.locator("#search-input").fill("");
    },
    T,
  );

  test(
    "at 1440×900 the desktop layout comes back: no tabs, every panel shown",
    async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.locator("#sheet-tabs").waitFor({ state: "hidden" });
      for (const id of ["#sidebar", "#details", "#article-pane", "#legend"]) expect(await page.locator(id).isVisible()).toBe(true);
      expect(await page.locator("#legend-toggle").isVisible()).toBe(false);
      await page.setViewportSize(PHONE);
      await page.locator("#sheet-tabs").waitFor({ state: "visible" });
    },
    T,
  );

  test(
    "no console error, page error or CSP violation on the phone",
    async () => {
      expect(w.errors).toEqual([]);
      expect(w.dialogs).toEqual([]);
    },
    T,
  );
});
