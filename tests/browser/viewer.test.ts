// The viewer in real Chromium (Debian's /usr/bin/chromium through playwright-core), against the
// built site in dist/: drawing (entities, events and the participations joining them), selection
// both ways between graph and article (relations and events), the evidence pane, filters
// (kinds, certainty, sources, timeline), search, keyboard, hover, resize, WebGL context loss,
// accessibility (axe-core). One page, tests in order.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, REPO_ROOT, launchChromium, openViewer, serveStatic, watchedPage, type Browser, type StaticServer, type WatchedPage } from "../helpers/browser.ts";
import { colorDistance, decodePng, hexRgb, inkRatio, pixel } from "../helpers/png.ts";
import { defaultStory } from "../../src/data/story.ts";
import { entityColor, eventColor } from "../../src/viewer/styles.ts";
import { DEFAULT_FILTERS } from "../../src/viewer/state/types.ts";

const story = defaultStory();
const claims = [...story.relations, ...story.events];
const participationKeys = story.events.flatMap((e) => e.participants.map((p) => `${e.id}/${p.role}/${p.id}`));
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
  // Two clicks of a test in a row must never count as a double click (sigma zooms on one and
  // drops the second click); a user's clicks are seconds apart.
  await page.evaluate(() => window.__storygraph!.view().renderer.setSetting("doubleClickTimeout", 0));
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
  page.evaluate((filters) => {
    const h = window.__storygraph!;
    h.store.dispatch(() => ({ selection: null, filters }));
    h.view().renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }, DEFAULT_FILTERS);
/** Ids of the claims the list shows. */
const listed = () => page.$$eval("#claims-list .option:not([hidden])", (os) => os.map((o) => (o as HTMLElement).dataset.id!).sort());

/** Viewport position (inside #graph) of a node as drawn. */
async function nodeOnScreen(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((node) => {
    const r = window.__storygraph!.view().renderer;
    const d = r.getNodeDisplayData(node)!;
    return r.framedGraphToViewport(d);
  }, id);
}

/**
 * Whether sigma reports `edge` (or its label) hovered once it has handled the last pointer move:
 * it picks what is under the pointer when it next draws (two animation frames are enough).
 */
const edgeHoveredSoon = (edge: string) =>
  page.evaluate(
    (e) =>
      new Promise<boolean>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const s = window.__storygraph!.view().renderer.getEdgeState(e);
            resolve(s.isHovered || s.isLabelHovered);
          }),
        ),
      ),
    edge,
  );

/**
 * A point (page coordinates) where the pointer is over `edge`: from the middle of the straight
 * line between its ends, out along the normal until sigma reports the edge hovered (a single edge
 * bent out of a bundle curves away from that line); `null` when none is found (another item
 * stands over it).
 */
async function pointOnEdge(edge: string): Promise<{ x: number; y: number } | null> {
  const box = (await page.locator("#graph").boundingBox())!;
  const ends = await page.evaluate((e) => {
    const v = window.__storygraph!.view();
    const r = v.renderer;
    const at = (n: string) => r.framedGraphToViewport(r.getNodeDisplayData(n)!);
    return [at(v.graph.source(e)), at(v.graph.target(e))];
  }, edge);
  const [a, b] = ends as [{ x: number; y: number }, { x: number; y: number }];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  const n = { x: -(b.y - a.y) / len, y: (b.x - a.x) / len };
  for (const d of [0, 2, -2, 4, -4, 7, -7, 10, -10, 14, -14, 18, -18, 23, -23, 28, -28, 34, -34, 40, -40]) {
    const p = { x: box.x + (a.x + b.x) / 2 + n.x * d, y: box.y + (a.y + b.y) / 2 + n.y * d };
    await page.mouse.move(p.x, p.y);
    if (await edgeHoveredSoon(edge)) return p;
  }
  return null;
}

describe("viewer: drawing", () => {
  test(
    "the default story draws: sigma holds every entity and event as nodes, every relation and participation as edges; nodes show in their kind's colour",
    async () => {
      const g = await page.evaluate(() => {
        const v = window.__storygraph!.view();
        return { nodes: v.graph.nodes(), edges: v.graph.edges(), sigmaNodes: v.renderer.getGraph().order, labels: v.graph.mapNodes((_n, a) => a.label) };
      });
      expect(g.nodes.sort()).toEqual([...story.entities, ...story.events].map((e) => e.id).sort());
      expect(g.edges.sort()).toEqual([...story.relations.map((r) => r.id), ...participationKeys].sort());
      expect(g.sigmaNodes).toBe(story.entities.length + story.events.length);
      expect(g.labels).toContain("Microsoft");
      expect(g.labels).toContain("Founding of OpenAI · 2015");

      mkdirSync(ARTIFACTS, { recursive: true });
      const shot = path.join(ARTIFACTS, "viewer-default.png");
      await page.screenshot({ path: shot });
      const graphBox = (await page.locator("#graph").boundingBox())!;
      const png = decodePng(readFileSync(shot));
      const colours = [...story.entities.map((e) => [e.id, entityColor(e.kind)] as const), ...story.events.map((e) => [e.id, eventColor(e.kind)] as const)];
      for (const [id, colour] of colours) {
        const p = await nodeOnScreen(id);
        // Inside the canvas, and the pixel at the node's centre has the node's colour.
        expect(p.x).toBeGreaterThan(0);
        expect(p.y).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(graphBox.width);
        expect(p.y).toBeLessThan(graphBox.height);
        // (a label may stand over part of a node: some point of its inner half has its colour)
        const radius = await page.evaluate((node) => window.__storygraph!.view().renderer.getNodeDisplayData(node)!.size, id);
        const samples = [-0.5, 0, 0.5].flatMap((dx) => [-0.5, 0, 0.5].map((dy) => pixel(png, graphBox.x + p.x + dx * radius * 0.7, graphBox.y + p.y + dy * radius * 0.7)));
        const best = Math.min(...samples.map((rgb) => colorDistance(rgb, hexRgb(colour))));
        expect(best, `${id} at ${p.x},${p.y}: ${samples.join(" ")}`).toBeLessThan(40);
      }
      // The graph is really drawn: a fair share of the canvas is ink (edges, labels, nodes).
      const graphOnly = decodePng(await page.locator("#graph").screenshot());
      expect(inkRatio(graphOnly)).toBeGreaterThan(0.01);
      expect(w.errors).toEqual([]);
    },
    T,
  );

  test(
    "events are diamonds joined to each participant by a dashed edge labelled with the role",
    async () => {
      const info = await page.evaluate(() => {
        const v = window.__storygraph!.view();
        const r = v.renderer;
        const founding = v.graph.outEdges("openai-founding").map((e) => ({ target: v.graph.target(e), label: v.graph.getEdgeAttribute(e, "label"), gap: (r.getEdgeDisplayData(e) as unknown as { gap: number }).gap }));
        return {
          shapes: Object.fromEntries(v.graph.mapNodes((n) => [n, (r.getNodeDisplayData(n) as unknown as { shape: string }).shape])),
          founding,
          relationGap: (r.getEdgeDisplayData("microsoft-partnered-openai") as unknown as { gap: number }).gap,
          labels: [...r.getEdgeDisplayedLabels()],
          covered: [...v.coveredEdgeLabels()],
        };
      });
      for (const e of story.entities) expect(info.shapes[e.id]).toBe("circle");
      for (const e of story.events) expect(info.shapes[e.id]).toBe("diamond");
      expect(info.founding.map((f) => [f.target, f.label]).sort()).toEqual([["elon-musk", "founder"], ["openai", "founded"], ["sam-altman", "founder"]]);
      for (const f of info.founding) expect(f.gap).toBeGreaterThan(0);
      expect(info.relationGap).toBe(0);
      // every edge label is drawn, or hidden for covering another one: relations' and participations' (roles)
      expect(info.labels.length + info.covered.length).toBe(story.relations.length + participationKeys.length);
      expect(info.labels.filter((id) => info.covered.includes(id))).toEqual([]);
      // the legend explains entities, events, relations and participations
      const legend = await page.locator("#legend").innerText();
      for (const text of ["organization", "founding (event)", "termination (event)", "partnered with", "takes part in an event"]) expect(legend).toContain(text);
    },
    T,
  );

  test(
    "labels are always visible and parallel relations are drawn apart (curved, each with its label)",
    async () => {
      const info = await page.evaluate(() => {
        const r = window.__storygraph!.view().renderer;
        const g = r.getGraph();
        // graphology's edges(a, b) gives the edges joining a and b either way
        const between = g.edges("microsoft", "openai");
        return {
          nodeLabels: [...r.getNodeDisplayedLabels()],
          parallel: between.map((e) => r.getEdgeState(e).parallelCount),
          // Each path's control point (sigma's pathCurved: middle + normal × curvature × length).
          controls: between.map((e) => {
            const s = r.getNodeDisplayData(g.source(e))!;
            const t = r.getNodeDisplayData(g.target(e))!;
            const c = (r.getEdgeDisplayData(e) as unknown as { curvature?: number }).curvature ?? 0;
            return `${((s.x + t.x) / 2 - (t.y - s.y) * c).toFixed(4)},${((s.y + t.y) / 2 + (t.x - s.x) * c).toFixed(4)}`;
          }),
        };
      });
      expect(info.nodeLabels.sort()).toEqual([...story.entities, ...story.events].map((e) => e.id).sort());
      // Five relations join Microsoft and OpenAI (one of them the other way): five distinct paths.
      expect(info.parallel).toEqual([5, 5, 5, 5, 5]);
      expect(new Set(info.controls).size).toBe(5);
    },
    T,
  );
});

describe("viewer: claims ↔ article", () => {
  test(
    "clicking a relation in the list marks its quotes on their exact range, with who says them and how sure, and scrolls to them",
    async () => {
      const id = "microsoft-diverges-from-openai";
      const r = story.relations.find((x) => x.id === id)!;
      await page.locator(`#claims-list [data-id="${id}"]`).click();
      expect(await selection()).toEqual({ type: "relation", id });
      const marks = await page.$$eval("#article mark.quote", (ms) => ms.map((m) => ({ text: m.textContent, title: m.getAttribute("title") })));
      expect(marks.map((m) => m.text).sort()).toEqual(r.citations.map((c) => c.quote).sort());
      for (const m of marks) expect(m.title).toBe("according to des sources proches du dossier: probable");
      const badges = await page.$$eval("#article .modality-badge", (bs) => bs.map((b) => b.textContent));
      expect(badges).toEqual(["according to des sources proches du dossier: probable", "according to des sources proches du dossier: probable"]);
      const state = await canvas();
      expect(state.selectedEdges).toEqual([id]);
      expect(state.focusNodes.sort()).toEqual(["microsoft", "openai"]);
      // The first quote is scrolled into the article pane's view.
      await page.waitForFunction(() => {
        const m = document.querySelector("#article mark.quote")!.getBoundingClientRect();
        const pane = document.querySelector(".article-pane")!.getBoundingClientRect();
        return m.top >= pane.top && m.bottom <= pane.bottom;
      });
      // The details panel shows every citation: who and how sure, display words, French quote, English gloss.
      const details = await page.locator("#details").innerText();
      for (const c of r.citations) {
        expect(details).toContain(c.quote);
        expect(details).toContain(c.gloss);
      }
      expect(details).toContain("according to des sources proches du dossier: probable");
      await page.screenshot({ path: path.join(ARTIFACTS, "viewer-relation-selected.png") });
    },
    T,
  );

  test(
    "clicking an event in the list selects it like a relation: its quotes are marked, the details give kind, participants by role, what it is about and every citation",
    async () => {
      await clear();
      const id = "partnership-break-up";
      const e = story.events.find((x) => x.id === id)!;
      await page.locator(`#claims-list [data-id="${id}"]`).click();
      expect(await selection()).toEqual({ type: "event", id });
      const marks = await page.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent));
      expect(marks).toEqual(expect.arrayContaining(e.citations.map((c) => c.quote)));
      const state = await canvas();
      expect(state.selectedNodes).toEqual([id]);
      expect(state.focusEdges.sort()).toEqual([`${id}/party/microsoft`, `${id}/party/openai`]);
      // the evidence pane says who says each quote and how sure, in words
      const s3 = page.locator("#details .citation").filter({ hasText: "leur collaboration pourrait prendre fin" });
      expect(await s3.locator(".factuality").innerText()).toBe("according to des sources proches du dossier: possible");
      expect(await s3.locator(".gloss").innerText()).toBe(e.citations[0]!.gloss);
      const details = await page.locator("#details").innerText();
      expect(details).toContain("termination (event)");
      expect(details).toContain("Participants");
      expect(details).toContain("Microsoft — partnered with ↔ OpenAI");
      expect(await page.locator("#details .citation").count()).toBe(e.citations.length);
      // the article's marks carry the same words
      expect(await page.locator("#article mark.quote", { hasText: "leur collaboration pourrait prendre fin" }).getAttribute("title")).toBe("according to des sources proches du dossier: possible");
      // participants and what it is about are links
      await page.locator('#details [data-select="entity:openai"]').click();
      expect(await selection()).toEqual({ type: "entity", id: "openai" });
      await page.screenshot({ path: path.join(ARTIFACTS, "viewer-event-selected.png") });
    },
    T,
  );

  test(
    "clicking an event node on the canvas selects the event and marks its quotes",
    async () => {
      await clear();
      const p = await nodeOnScreen("openai-founding");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "event");
      expect(await selection()).toEqual({ type: "event", id: "openai-founding" });
      expect(await page.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent))).toEqual(["OpenAI, fondée en 2015 par Elon Musk et Sam Altman"]);
      expect((await canvas()).focusNodes.sort()).toEqual(["elon-musk", "openai", "openai-founding", "sam-altman"]);
      expect(await page.locator(`#claims-list [data-id="openai-founding"]`).getAttribute("aria-selected")).toBe("true");
      const details = await page.locator("#details").innerText();
      expect(details).toMatch(/founder\s+Elon Musk\s*,\s*Sam Altman/);
      expect(details).toContain("point in time");
    },
    T,
  );

  test(
    "clicking a relation's edge on the canvas selects the relation; a participation edge selects its event",
    async () => {
      await clear();
      // the first relation the pointer can stand on (sigma says so), then press there
      let relation: string | null = null;
      for (const r of story.relations) {
        if (await pointOnEdge(r.id)) {
          relation = r.id;
          break;
        }
      }
      expect(relation).not.toBeNull();
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection !== null);
      expect(await selection()).toEqual({ type: "relation", id: relation });
      expect(await page.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent)).then((q) => q.sort())).toEqual(story.relations.find((r) => r.id === relation)!.citations.map((c) => c.quote).sort());
      await clear();
      expect(await pointOnEdge("openai-founding/founder/elon-musk")).not.toBeNull();
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection !== null);
      expect(await selection()).toEqual({ type: "event", id: "openai-founding" });
    },
    T,
  );

  test(
    "clicking a role label selects its event (and the same distance on the other side of the edge does not)",
    async () => {
      await clear();
      // the longest straight participation edge whose label is drawn (once the view is redrawn)
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const edge = await page.evaluate(() => {
        const v = window.__storygraph!.view();
        const r = v.renderer;
        const shown = r.getEdgeDisplayedLabels();
        const at = (n: string) => r.framedGraphToViewport(r.getNodeDisplayData(n)!);
        let best: { id: string; len: number } | null = null;
        v.graph.forEachEdge((id, a, s, t) => {
          if (a.type !== "participation" || a.path !== "straight" || !shown.has(id) || r.getEdgeState(id).parallelCount > 1) return;
          const len = Math.hypot(at(s).x - at(t).x, at(s).y - at(t).y);
          if (!best || len > best.len) best = { id, len };
        });
        return best as { id: string; len: number } | null;
      });
      expect(edge).not.toBeNull();
      const ends = await page.evaluate((e) => {
        const v = window.__storygraph!.view();
        const r = v.renderer;
        const at = (n: string) => r.framedGraphToViewport(r.getNodeDisplayData(n)!);
        return [at(v.graph.source(e)), at(v.graph.target(e))];
      }, edge!.id);
      const box = (await page.locator("#graph").boundingBox())!;
      // Direction read left to right; the label stands "above" the line in that reading direction.
      const [l, r] = ends[0]!.x <= ends[1]!.x ? [ends[0]!, ends[1]!] : [ends[1]!, ends[0]!];
      const len = Math.hypot(r.x - l.x, r.y - l.y);
      const d = { x: (r.x - l.x) / len, y: (r.y - l.y) / len };
      const mid = { x: (l.x + r.x) / 2, y: (l.y + r.y) / 2 };
      const above = { x: mid.x + 8 * d.y, y: mid.y - 8 * d.x };
      const below = { x: mid.x - 8 * d.y, y: mid.y + 8 * d.x };
      await page.evaluate(() => {
        const seen: unknown[] = [];
        (window as unknown as { __selections: unknown[] }).__selections = seen;
        window.__storygraph!.store.subscribe((s) => seen.push(s.selection));
      });
      // below the edge: neither the edge nor its label is under the pointer, a click selects nothing
      await page.mouse.move(box.x + below.x, box.y + below.y);
      expect(await edgeHoveredSoon(edge!.id)).toBe(false);
      await page.mouse.down();
      await page.mouse.up();
      // above it: its label is
      await page.mouse.move(box.x + above.x, box.y + above.y);
      expect(await edgeHoveredSoon(edge!.id)).toBe(true);
      await page.mouse.down();
      await page.mouse.up();
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection !== null);
      const event = edge!.id.split("/")[0]!;
      // the click below selected nothing (the first change is the label's event)
      expect(await page.evaluate(() => (window as unknown as { __selections: unknown[] }).__selections)).toEqual([{ type: "event", id: event }]);
    },
    T,
  );

  test(
    "clicking a node selects its entity and marks its mentions",
    async () => {
      await clear();
      const p = await nodeOnScreen("sam-altman");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.click(box.x + p.x, box.y + p.y);
      await page.waitForFunction(() => window.__storygraph!.store.getState().selection?.type === "entity");
      expect(await selection()).toEqual({ type: "entity", id: "sam-altman" });
      expect(await page.$$eval("#article .mention.is-focus", (ms) => ms.map((m) => m.textContent))).toEqual(["Sam Altman"]);
      expect(await page.locator("#details h2").innerText()).toBe("Sam Altman");
      expect(await page.locator('#details a[href="https://www.wikidata.org/wiki/Q7407093"]').count()).toBe(1);
      expect(await page.locator("#details").innerText()).toContain("(as founder)");
    },
    T,
  );

  test(
    "clicking a sentence selects the claims it supports, with one badge per distinct phrase (sentence 4: one 'the author: certain')",
    async () => {
      await clear();
      await page.locator("#sentence-s4").click();
      expect(await selection()).toEqual({ type: "sentence", id: "s4" });
      const state = await canvas();
      expect(state.focusEdges.sort()).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman", "openai-pursues-ai"]);
      expect(state.focusNodes.sort()).toEqual(["artificial-intelligence", "elon-musk", "openai", "openai-founding", "sam-altman"]);
      expect(await page.$$eval("#claims-list .option.is-related", (os) => os.map((o) => (o as HTMLElement).dataset.id).sort())).toEqual(["openai-founding", "openai-pursues-ai"]);
      expect(await page.locator("#sentence-s4").getAttribute("aria-pressed")).toBe("true");
      expect(await page.$$eval("#sentence-s4 .modality-badge", (bs) => bs.map((b) => b.textContent))).toEqual(["the author: certain"]);
      expect(await page.locator("#sentence-s4 mark.quote").count()).toBe(2);
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
    "unticking a relation kind hides its edges and list entries; unticking an event kind hides the event and its participations",
    async () => {
      await clear();
      await page.locator("#kind-invested").uncheck();
      expect((await canvas()).hiddenEdges).toEqual(["microsoft-invested-openai-13bn"]);
      expect(await page.locator('#claims-list [data-id="microsoft-invested-openai-13bn"]').isHidden()).toBe(true);
      await page.locator("#kind-invested").check();
      await page.locator("#kind-founding").uncheck();
      const state = await canvas();
      expect(state.hiddenNodes.sort()).toEqual(["elon-musk", "openai-founding", "sam-altman"]);
      expect(state.hiddenEdges.sort()).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
      await page.locator("#kind-founding").check();
      expect((await canvas()).hiddenEdges).toEqual([]);
    },
    T,
  );

  test(
    "the certainty filter hides the claims no citation of a ticked certainty supports, and shows them again",
    async () => {
      await clear();
      await page.locator("#certainty-possible").uncheck();
      await page.locator("#certainty-unknown").uncheck();
      const hidden = (await canvas()).hiddenNodes.sort();
      expect(hidden).toEqual(["break-up-consequences", "partnership-break-up"]);
      expect(await listed()).toEqual(claims.map((c) => c.id).filter((id) => !hidden.includes(id)).sort());
      // only certain: the hedged and reported claims go too
      await page.locator("#certainty-probable").uncheck();
      expect(await listed()).toEqual(["microsoft-invested-openai-13bn", "microsoft-investment-2019", "microsoft-partnered-openai", "microsoft-pursues-ai", "openai-founding", "openai-pursues-ai"]);
      expect(await page.locator("#claims-count").innerText()).toBe("6 of 12 claims (7 relations, 5 events) shown");
      for (const c of ["possible", "unknown", "probable"]) await page.locator(`#certainty-${c}`).check();
      expect(await listed()).toEqual(claims.map((c) => c.id).sort());
    },
    T,
  );

  test(
    "the source filter keeps what the ticked sources say (with the certainty: one citation must pass both)",
    async () => {
      await clear();
      const author = page.locator("#sources label", { hasText: "the author" });
      const lesSources = page.locator("#sources label", { hasText: /^les sources/ });
      await author.locator("input").uncheck();
      await lesSources.locator("input").uncheck();
      expect(await listed()).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
      await page.locator("#certainty-probable").uncheck();
      expect(await listed()).toEqual(["partnership-break-up"]);
      expect(new URL(page.url()).hash).toBe("#cert=certain%2Cpossible%2Cunknown&src=des+sources+proches+du+dossier");
      await page.click("#reset-filters");
      expect(await listed()).toEqual(claims.map((c) => c.id).sort());
    },
    T,
  );

  test(
    "hiding hypothetical claims hides the claims only hypothetical words support",
    async () => {
      await clear();
      await page.locator("#modality-hypothetical").uncheck();
      expect((await canvas()).hiddenNodes).toEqual(["break-up-consequences"]);
      await page.locator("#modality-hypothetical").check();
    },
    T,
  );

  test(
    "a timeline starting in 2020 keeps the ongoing partnership (announced 2019-07) visible at 2021 and hides the 2015 founding; undated claims are hidden unless kept",
    async () => {
      await clear();
      const from = page.locator("#timeline-from");
      await from.focus();
      await page.keyboard.press("Home");
      // the timeline starts in January 2015: 60 months on is January 2020
      for (let i = 0; i < 60; i++) await page.keyboard.press("ArrowRight");
      await page.waitForFunction(() => window.__storygraph!.store.getState().filters.from === "2020-01");
      const until = page.locator("#timeline-until");
      const max = Number(await until.getAttribute("max"));
      await until.focus();
      await page.keyboard.press("End");
      // December 2021 is month 83 of the timeline (January 2015 is 0)
      for (let i = max; i > 83; i--) await page.keyboard.press("ArrowLeft");
      await page.waitForFunction(() => window.__storygraph!.store.getState().filters.until === "2021-12");
      expect(await page.locator("#timeline-from-value").innerText()).toBe("Jan 2020");
      expect(await page.locator("#timeline-until-value").innerText()).toBe("Dec 2021");
      expect(await listed()).toEqual(["microsoft-partnered-openai"]);
      const state = await canvas();
      expect(state.hiddenNodes).toContain("openai-founding");
      expect(state.hiddenEdges).not.toContain("microsoft-partnered-openai");
      expect(await page.locator("#undated-note").innerText()).toMatch(/9 undated claims hidden/);
      await page.locator("#keep-undated").check();
      expect(await listed()).toEqual(claims.map((c) => c.id).filter((id) => !["openai-founding", "microsoft-investment-2019"].includes(id)).sort());
      await page.click("#reset-filters");
      expect((await canvas()).hiddenEdges).toEqual([]);
    },
    T,
  );

  test(
    "searching 'géant' finds Microsoft; Enter selects it",
    async () => {
      await clear();
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
    "keyboard: Tab reaches the claims list, arrows move, Enter selects, Escape clears",
    async () => {
      await clear();
      // From the timeline's end slider, Tab skips the disabled filter controls and lands on the list.
      await page.locator("#timeline-until").focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("claims-list");
      // Home makes the first claim active; two steps down reach the third.
      await page.keyboard.press("Home");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      const third = story.relations[2]!.id;
      expect(await selection()).toEqual({ type: "relation", id: third });
      expect(await page.locator(`#claims-list [data-id="${third}"]`).getAttribute("aria-selected")).toBe("true");
      expect((await canvas()).selectedEdges).toEqual([third]);
      // Focus is visible on the list.
      const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
      expect(outline).not.toBe("none");
      // End reaches the last claim, an event; Enter selects it as an event.
      await page.keyboard.press("End");
      await page.keyboard.press("Enter");
      expect(await selection()).toEqual({ type: "event", id: story.events[story.events.length - 1]!.id });
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
    "a canvas selection shows in the claims list (kept in sync)",
    async () => {
      await page.evaluate(() => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "event", id: "partnership-strain" } })));
      expect(await page.locator('#claims-list [aria-selected="true"]').getAttribute("data-id")).toBe("partnership-strain");
      await clear();
    },
    T,
  );

  test(
    "hovering a node highlights its neighbours (an entity's events too)",
    async () => {
      await clear();
      const p = await nodeOnScreen("elon-musk");
      const box = (await page.locator("#graph").boundingBox())!;
      await page.mouse.move(box.x + p.x - 30, box.y + p.y - 30);
      await page.mouse.move(box.x + p.x, box.y + p.y, { steps: 5 });
      await expect.poll(async () => (await canvas()).focusNodes.sort(), { timeout: 10_000 }).toEqual(["elon-musk", "openai-founding"]);
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
        g.forEachNode((id, _a) => g.mergeNodeAttributes(id, { x: ((id.length * 37) % 50) - 25, y: ((id.charCodeAt(0) * 13) % 50) - 25 }));
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
        const points = await Promise.all([...story.entities, ...story.events].map((e) => nodeOnScreen(e.id)));
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
    "axe-core finds no serious or critical violation, idle, with a relation selected and with an event selected",
    async () => {
      await clear();
      expect(await serious()).toEqual([]);
      await page.locator('#claims-list [data-id="microsoft-partnered-openai"]').click();
      expect(await serious()).toEqual([]);
      await page.locator('#claims-list [data-id="partnership-break-up"]').click();
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
