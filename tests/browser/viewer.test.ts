// The viewer in real Chromium (Debian's /usr/bin/chromium through playwright-core), against the
// built site in dist/: drawing, selection both ways between graph and article, filters, search,
// keyboard, hover, resize, WebGL context loss, accessibility (axe-core). One page, tests in order.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, REPO_ROOT, launchChromium, openViewer, serveStatic, watchedPage, type Browser, type StaticServer, type WatchedPage } from "../helpers/browser.ts";
import { colorDistance, decodePng, hexRgb, inkRatio, pixel } from "../helpers/png.ts";
import { defaultStory } from "../../src/data/story.ts";
import { ENTITY_COLORS } from "../../src/viewer/styles.ts";

const story = defaultStory();
let server: StaticServer;
let browser: Browser;
let w: WatchedPage;
let page: Page;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium({ width: 1440, height: 900 });
  w = await watchedPage(browser);
  page = w.page;
  await openViewer(page, server.url);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const T = 90_000;

/** Sigma's states as the app exposes them. */
const canvas = () => page.evaluate(() => window.__storygraph!.canvasState());
const selection = () => page.evaluate(() => window.__storygraph!.store.getState().selection);
/** Back to nothing selected and every filter off (through the app's own store). */
const clear = () =>
  page.evaluate(() => {
    const h = window.__storygraph!;
    h.store.dispatch(() => ({ selection: null, filters: { kinds: ["founded", "invested", "partnered", "diverges-from", "seeks", "depends-on", "pursues"], modalities: ["asserted", "hedged", "reported", "hypothetical", "negated"], until: null, undated: false, search: "" } }));
    h.view().renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  });

/** Viewport position (inside #graph) of a node as drawn. */
async function nodeOnScreen(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const r = window.__storygraph!.view().renderer;
    const d = r.getNodeDisplayData(node)!;
    return r.framedGraphToViewport(d);
  }, id);
}

describe("viewer: drawing", () => {
  test(
    "the default story draws: sigma holds every entity and relation, the canvas shows the nodes in their kind's colour",
    async () => {
      const g = await page.evaluate(() => {
        const v = window.__storygraph!.view();
        return { nodes: v.graph.nodes(), edges: v.graph.edges(), sigmaNodes: v.renderer.getGraph().order, labels: v.graph.mapNodes((_n, a) => a.label) };
      });
      expect(g.nodes.sort()).toEqual(story.entities.map((e) => e.id).sort());
      expect(g.edges.sort()).toEqual(story.relations.map((r) => r.id).sort());
      expect(g.sigmaNodes).toBe(story.entities.length);
      expect(g.labels).toContain("Microsoft");

      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = path.join(ARTIFACTS, "viewer-default.png");
      await page.screenshot({ path: shot });
      const graphBox = (await page.locator("#graph").boundingBox())!;
      const png = decodePng(readFileSync(shot));
      for (const e of story.entities) {
        const p = await nodeOnScreen(e.id);
        // Inside the canvas, and the pixel at the node's centre has the node's colour.
        expect(p.x).toBeGreaterThan(0);
        expect(p.y).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(graphBox.width);
        expect(p.y).toBeLessThan(graphBox.height);
        const rgb = pixel(png, graphBox.x + p.x, graphBox.y + p.y);
        expect(colorDistance(rgb, hexRgb(ENTITY_COLORS[e.kind])), `${e.id} at ${p.x},${p.y} is ${rgb}`).toBeLessThan(40);
      }
      // The graph is really drawn: a fair share of the canvas is ink (edges, labels, nodes).
      const graphOnly = decodePng(await page.locator("#graph").screenshot());
      expect(inkRatio(graphOnly)).toBeGreaterThan(0.01);
      expect(w.errors).toEqual([]);
    },
    T,
  );

  test(
    "labels are always visible and parallel edges are drawn apart (curved, each with its label)",
    async () => {
      const info = await page.evaluate(() => {
        const r = window.__storygraph!.view().renderer;
        const g = r.getGraph();
        return {
          nodeLabels: [...r.getNodeDisplayedLabels()],
          edgeLabels: [...r.getEdgeDisplayedLabels()],
          parallel: g.edges("microsoft", "openai").map((e) => r.getEdgeState(e).parallelCount),
          // Each path's control point (sigma's pathCurved: middle + normal × curvature × length).
          controls: g.edges("microsoft", "openai").map((e) => {
            const s = r.getNodeDisplayData(g.source(e))!;
            const t = r.getNodeDisplayData(g.target(e))!;
            const c = (r.getEdgeDisplayData(e) as unknown as { curvature?: number }).curvature ?? 0;
            return `${((s.x + t.x) / 2 - (t.y - s.y) * c).toFixed(4)},${((s.y + t.y) / 2 + (t.x - s.x) * c).toFixed(4)}`;
          }),
        };
      });
      expect(info.nodeLabels.sort()).toEqual(story.entities.map((e) => e.id).sort());
      expect(info.edgeLabels.length).toBe(story.relations.length);
      // Seven relations join Microsoft and OpenAI (one of them the other way): seven distinct paths.
      expect(info.parallel).toEqual([7, 7, 7, 7, 7, 7, 7]);
      expect(new Set(info.controls).size).toBe(7);
    },
    T,
  );
});

describe("viewer: relation ↔ article", () => {
  test(
    "clicking a relation in the list marks its quotes on their exact range, with modality and attribution, and scrolls to them",
    async () => {
      const id = "microsoft-partnered-openai";
      const r = story.relations.find((x) => x.id === id)!;
      await page.locator(`#relations-list [data-id="${id}"]`).click();
      expect(await selection()).toEqual({ type: "relation", id });
      const marks = await page.$$eval("#article mark.quote", (ms) => ms.map((m) => ({ text: m.textContent, citations: (m as HTMLElement).dataset.citations })));
      expect(marks.map((m) => m.text).sort()).toEqual(r.citations.map((c) => c.quote).sort());
      const badges = await page.$$eval("#article .modality-badge", (bs) => bs.map((b) => b.textContent));
      expect(badges).toContain("reported by: des sources proches du dossier");
      expect(badges).toContain("hypothetical by: the author");
      const state = await canvas();
      expect(state.selectedEdges).toEqual([id]);
      expect(state.focusNodes.sort()).toEqual(["microsoft", "openai"]);
      // The first quote is scrolled into the article pane's view.
      await page.waitForFunction(() => {
        const m = document.querySelector("#article mark.quote")!.getBoundingClientRect();
        const pane = document.querySelector(".article-pane")!.getBoundingClientRect();
        return m.top >= pane.top && m.bottom <= pane.bottom;
      });
      // The details panel shows every citation: modality, attribution, French quote, English gloss.
      const details = await page.locator("#details").innerText();
      for (const c of r.citations) {
        expect(details).toContain(c.quote);
        expect(details).toContain(c.gloss);
      }
      expect(details).toContain("by: des sources proches du dossier");
      await page.screenshot({ path: path.join(ARTIFACTS, "viewer-relation-selected.png") });
    },
    T,
  );

  test(
    "clicking an edge on the canvas selects its relation and marks its quote",
    async () => {
      await clear();
      const a = await nodeOnScreen("elon-musk");
      const b = await nodeOnScreen("openai");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.click(box.x + (a.x + b.x) / 2, box.y + (a.y + b.y) / 2);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "relation");
      expect(await selection()).toEqual({ type: "relation", id: "elon-musk-founded-openai" });
      expect(await page.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent))).toEqual(["OpenAI, fondée en 2015 par Elon Musk et Sam Altman"]);
    },
    T,
  );

  test(
    "clicking an edge's label selects its relation (and the same distance on the other side of the edge does not)",
    async () => {
      await clear();
      const a = await nodeOnScreen("elon-musk");
      const b = await nodeOnScreen("openai");
      const box = (await page.locator("#graph").boundingBox())!;
      // Direction read left to right; the label stands "above" the line in that reading direction.
      const [l, r] = a.x <= b.x ? [a, b] : [b, a];
      const len = Math.hypot(r.x - l.x, r.y - l.y);
      const d = { x: (r.x - l.x) / len, y: (r.y - l.y) / len };
      const mid = { x: (l.x + r.x) / 2, y: (l.y + r.y) / 2 };
      const above = { x: mid.x + 11 * d.y, y: mid.y - 11 * d.x };
      const below = { x: mid.x - 11 * d.y, y: mid.y + 11 * d.x };
      await page.waitForTimeout(350);
      await page.mouse.click(box.x + below.x, box.y + below.y);
      await page.waitForTimeout(350);
      expect(await selection()).toBeNull();
      await page.mouse.click(box.x + above.x, box.y + above.y);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection !== null);
      expect(await selection()).toEqual({ type: "relation", id: "elon-musk-founded-openai" });
    },
    T,
  );

  test(
    "clicking a node selects its entity and marks its mentions",
    async () => {
      const p = await nodeOnScreen("sam-altman");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.waitForTimeout(350); // two clicks within 300 ms would zoom
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "entity");
      expect(await selection()).toEqual({ type: "entity", id: "sam-altman" });
      expect(await page.$$eval("#article .mention.is-focus", (ms) => ms.map((m) => m.textContent))).toEqual(["Sam Altman"]);
      expect(await page.locator("#details h2").innerText()).toBe("Sam Altman");
      expect(await page.locator('#details a[href="https://www.wikidata.org/wiki/Q7407093"]').count()).toBe(1);
    },
    T,
  );

  test(
    "clicking a sentence selects the relations and entities it supports",
    async () => {
      await clear();
      await page.locator("#sentence-s4").click();
      expect(await selection()).toEqual({ type: "sentence", id: "s4" });
      const state = await canvas();
      expect(state.focusEdges.sort()).toEqual(["elon-musk-founded-openai", "openai-pursues-ai", "sam-altman-founded-openai"]);
      expect(state.focusNodes.sort()).toEqual(["artificial-intelligence", "elon-musk", "openai", "sam-altman"]);
      const related = await page.$$eval("#relations-list .option.is-related", (os) => os.map((o) => (o as HTMLElement).dataset.id).sort());
      expect(related).toEqual(["elon-musk-founded-openai", "openai-pursues-ai", "sam-altman-founded-openai"]);
      expect(await page.locator("#sentence-s4").getAttribute("aria-pressed")).toBe("true");
    },
    T,
  );

  test(
    "sentences that hold no claim are visibly so, with the reason",
    async () => {
      const noClaim = await page.$$eval("#article .sentence.no-claim", (ss) => ss.map((s) => (s as HTMLElement).dataset.sentence));
      expect(noClaim).toEqual(story.noClaims.map((n) => n.sentence));
      const after = await page.$eval("#sentence-s10", (s) => getComputedStyle(s, "::after").content);
      expect(after).toContain("no claim");
      await page.locator("#sentence-s10").click();
      expect(await page.locator("#details").innerText()).toContain("holds no claim");
      expect((await canvas()).focusEdges).toEqual([]);
    },
    T,
  );
});

describe("viewer: filters and search", () => {
  test(
    "unticking a relation kind hides its edges and list entries",
    async () => {
      await clear();
      await page.locator("#kind-invested").uncheck();
      const state = await canvas();
      expect(state.hiddenEdges.sort()).toEqual(["microsoft-invested-openai-13bn", "microsoft-invested-openai-2019"]);
      expect(await page.locator('#relations-list [data-id="microsoft-invested-openai-2019"]').isHidden()).toBe(true);
      await page.locator("#kind-invested").check();
      expect((await canvas()).hiddenEdges).toEqual([]);
    },
    T,
  );

  test(
    "hiding hypothetical claims hides the relations that only the hypothetical supports",
    async () => {
      await page.locator("#modality-hypothetical").uncheck();
      const state = await canvas();
      expect(state.hiddenEdges).toEqual(["microsoft-depends-on-openai"]);
      await page.locator("#modality-hypothetical").check();
    },
    T,
  );

  test(
    "sliding the timeline back to 2015 leaves only the founding, and says undated relations are hidden",
    async () => {
      const slider = page.locator("#timeline");
      await slider.focus();
      await page.keyboard.press("Home");
      for (let i = 0; i < 11; i++) await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => window.__storygraph!.store.getState().filters.until === "2015-12");
      const state = await canvas();
      const visibleEdges = story.relations.map((r) => r.id).filter((id) => !state.hiddenEdges.includes(id));
      expect(visibleEdges.sort()).toEqual(["elon-musk-founded-openai", "sam-altman-founded-openai"]);
      expect(state.hiddenNodes.sort()).toEqual(["artificial-intelligence", "microsoft"]);
      expect(await page.locator("#undated-note").innerText()).toMatch(/7 undated relations hidden/);
      expect(await page.locator("#timeline-value").innerText()).toBe("Dec 2015");
      await page.locator("#keep-undated").check();
      expect((await canvas()).hiddenEdges.sort()).toEqual(["microsoft-invested-openai-2019", "microsoft-partnered-openai"]);
      await page.click("#reset-filters");
      expect((await canvas()).hiddenEdges).toEqual([]);
    },
    T,
  );

  test(
    "searching 'géant' finds Microsoft; Enter selects it",
    async () => {
      await page.locator("#search-input").fill("géant");
      await expect.poll(() => page.$$eval("#search-results button", (bs) => bs.map((b) => (b as HTMLElement).dataset.entity))).toEqual(["microsoft"]);
      expect((await canvas()).focusNodes).toEqual([]);
      await page.locator("#search-input").press("Enter");
      expect(await selection()).toEqual({ type: "entity", id: "microsoft" });
      expect((await canvas()).selectedNodes).toEqual(["microsoft"]);
      await page.locator("#search-input").fill("");
    },
    T,
  );
});

describe("viewer: keyboard, hover, robustness", () => {
  test(
    "keyboard: Tab reaches the relations list, arrows move, Enter selects, Escape clears",
    async () => {
      await clear();
      // From the timeline slider, Tab skips the disabled filter controls and lands on the list.
      await page.locator("#timeline").focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("relations-list");
      // Home makes the first relation active; two steps down reach the third.
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const third = story.relations[2]!.id;
      expect(await selection()).toEqual({ type: "relation", id: third });
      expect(await page.locator(`#relations-list [data-id="${third}"]`).getAttribute("aria-selected")).toBe("true");
      expect((await canvas()).selectedEdges).toEqual([third]);
      // Focus is visible on the list.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");
      await page.keyboard.press("Escape");
      expect(await selection()).toBeNull();
    },
    T,
  );

  test(
    "keyboard: the article is one tab stop; arrows move between sentences and Enter selects",
    async () => {
      await page.locator("#sentence-s1").focus();
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("sentence-s2");
      await page.keyboard.press("Enter");
      expect(await selection()).toEqual({ type: "sentence", id: "s2" });
      await page.keyboard.press("Escape");
      expect(await selection()).toBeNull();
    },
    T,
  );

  test(
    "a canvas selection shows in the relations list (kept in sync)",
    async () => {
      await page.evaluate(() => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id: "microsoft-seeks-openai" } })));
      expect(await page.locator('#relations-list [aria-selected="true"]').getAttribute("data-id")).toBe("microsoft-seeks-openai");
      await clear();
    },
    T,
  );

  test(
    "hovering a node highlights its neighbours",
    async () => {
      await clear();
      const p = await nodeOnScreen("elon-musk");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.move(box.x + p.x - 30, box.y + p.y - 30);
      await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 5 });
      await expect.poll(async () => (await canvas()).focusNodes.sort(), { timeout: 10_000 }).toEqual(["elon-musk", "openai"]);
      await page.mouse.move(box.x + 5, box.y + 5, { steps: 5 });
      await expect.poll(async () => (await canvas()).focusNodes, { timeout: 10_000 }).toEqual([]);
    },
    T,
  );

  test(
    "the layout control stops and restarts ForceAtlas2, which settles again by itself",
    async () => {
      await clear();
      const settled = await page.evaluate(() => window.__storygraph!.layoutSettled);
      expect(await page.locator("#layout-toggle").getAttribute("aria-pressed")).toBe("false");
      // Scatter the nodes so that the layout has work to do for a while.
      await page.evaluate(() => {
        const g = window.__storygraph!.view().graph;
        g.forEachNode((id, _a) => g.mergeNodeAttributes(id, { x: (id.length * 37) % 50 - 25, y: (id.charCodeAt(0) * 13) % 50 - 25 }));
      });
      // Start and stop within one task, so that the layout cannot settle in between.
      const clicks = await page.evaluate(() => {
        const button = document.getElementById("layout-toggle")!;
        button.click();
        const started = { running: window.__storygraph!.layoutRunning, label: button.textContent };
        button.click();
        return { started, stopped: { running: window.__storygraph!.layoutRunning, label: button.textContent, status: document.getElementById("layout-status")!.textContent } };
      });
      expect(clicks).toEqual({ started: { running: true, label: "Stop layout" }, stopped: { running: false, label: "Run layout", status: "Layout stopped" } });
      expect(await page.evaluate(() => window.__storygraph!.layoutSettled)).toBe(settled);
      await page.click("#layout-toggle");
      await page.waitForFunction((n) => !window.__storygraph!.layoutRunning && window.__storygraph!.layoutSettled > n, settled, { timeout: 60_000 });
      expect(await page.locator("#layout-status").innerText()).toBe("Layout settled");
    },
    T,
  );

  test(
    "a resized window keeps the graph framed",
    async () => {
      await clear();
      const framed = async () => {
        const box = (await page.locator("#graph").boundingBox())!;
        const size = await page.evaluate(() => window.__storygraph!.view().renderer.getDimensions());
        const points = await Promise.all(story.entities.map((e) => nodeOnScreen(e.id)));
        return Math.abs(size.width - box.width) < 2 && points.every((p) => p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height);
      };
      try {
        for (const size of [{ width: 1000, height: 700 }, { width: 700, height: 900 }]) {
          await page.setViewportSize(size);
          await expect.poll(framed, { timeout: 15_000 }).toBe(true);
        }
      } finally {
        await page.setViewportSize({ width: 1440, height: 900 });
      }
      await expect.poll(framed, { timeout: 15_000 }).toBe(true);
    },
    T,
  );

  test(
    "a lost WebGL context shows a message, then the graph comes back",
    async () => {
      await page.evaluate(() => {
        const gl = window.__storygraph!.view().renderer.getWebGLContext();
        (window as unknown as { __lose: WEBGL_lose_context }).__lose = gl.getExtension("WEBGL_lose_context")!;
        (window as unknown as { __lose: WEBGL_lose_context }).__lose.loseContext();
      });
      await page.locator("#webgl-lost").waitFor({ state: "visible" });
      expect(await page.locator("#webgl-lost-text").innerText()).toMatch(/lost/);
      expect(await page.locator("#webgl-reload").isVisible()).toBe(true);
      await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
      await page.locator("#webgl-lost").waitFor({ state: "hidden" });
      const graphOnly = decodePng(await page.locator("#graph").screenshot());
      expect(inkRatio(graphOnly)).toBeGreaterThan(0.01);
    },
    T,
  );
});

describe("viewer: accessibility", () => {
  const axe = readFileSync(path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  async function serious(): Promise<string[]> {
    // Evaluated through the DevTools protocol: an injected <script> would be (rightly) refused by the CSP.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe);
    const result = await page.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
    });
    writeFileSync(path.join(ARTIFACTS, "axe-violations.json"), JSON.stringify(result, null, 2));
    return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.join(", ")}`);
  }
  test(
    "axe-core finds no serious or critical violation, idle and with a relation selected",
    async () => {
      await clear();
      expect(await serious()).toEqual([]);
      await page.locator('#relations-list [data-id="microsoft-partnered-openai"]').click();
      expect(await serious()).toEqual([]);
    },
    T,
  );

  test(
    "no console error, page error or CSP violation during the whole session",
    async () => {
      expect(w.errors).toEqual([]);
      expect(w.dialogs).toEqual([]);
    },
    T,
  );
});
