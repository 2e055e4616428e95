// The viewer's links and files in real Chromium, against dist/: deep links restore the view
// (the citation and timeline filters included), the URL follows the selection, exports (GEXF
// validated with gexf.rng and holding the screen's layout, the PNG and SVG figure, JSON), opening another story by picker and by drag-and-drop (a
// storygraph/1 file with the loader's notices, a story with kinds of its own), invalid files
// listed with their problems, a hostile story shown as text with nothing run, and the stacked
// layout on a narrow screen.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, OWN_VOCABULARY_STORY, REPO_ROOT, STORY_1_FILE, launchChromium, openViewer, serveStatic, watchedPage, type Browser, type StaticServer, type WatchedPage } from "../helpers/browser.ts";
import { decodePng, inkRatio } from "../helpers/png.ts";
import { defaultStory, defaultStoryInput } from "../../src/data/story.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import { GEXF_RNG } from "../helpers/tools.ts";

const story = defaultStory();
const HOSTILE = path.join(REPO_ROOT, "tests/fixtures/hostile-story.json");
const T = 120_000;

type Linked = { relations: readonly { source: string; target: string }[]; events: readonly { id: string; participants: readonly { id: string }[] }[] };
/** What hovering node `id` of `s` lights: it and the other end of each edge touching it (relations, and participations: event → participant). */
const neighbourhood = (s: Linked, id: string) => {
  const out = new Set<string>([id]);
  for (const r of s.relations) if (r.source === id || r.target === id) out.add(r.source).add(r.target);
  for (const e of s.events) for (const p of e.participants) if (e.id === id || p.id === id) out.add(e.id).add(p.id);
  return out;
};

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic();
  browser = await launchChromium({ width: 1440, height: 900 });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function fresh(hash = ""): Promise<WatchedPage> {
  const w = await watchedPage(browser);
  await openViewer(w.page, server.url + hash);
  return w;
}

async function download(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.click(button)]);
  const file = path.join(ARTIFACTS, d.suggestedFilename());
  await d.saveAs(file);
  return { download: d, bytes: readFileSync(file) };
}

describe("deep links", () => {
  test(
    "a deep link restores the selection and every filter",
    async () => {
      const w = await fresh("#sel=event:openai-founding&mod=asserted,reported&until=2016-06&q=g%C3%A9ant");
      const p = w.page;
      const s = await p.evaluate(() => window.__storygraph!.store.getState());
      expect(s.selection).toEqual({ type: "event", id: "openai-founding" });
      expect(s.filters).toMatchObject({ modalities: ["asserted", "reported"], until: "2016-06", search: "géant" });
      const c = await p.evaluate(() => window.__storygraph!.canvasState());
      expect(c.selectedNodes).toEqual(["openai-founding"]);
      expect(c.hiddenNodes.sort()).toEqual(["artificial-intelligence", "break-up-consequences", "microsoft", "microsoft-investment-2019", "partnership-break-up", "partnership-strain"]);
      const allEdges = await p.evaluate(() => window.__storygraph!.view().graph.edges());
      expect(allEdges.filter((e) => !c.hiddenEdges.includes(e)).sort()).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
      expect(await p.locator("#modality-hypothetical").isChecked()).toBe(false);
      expect(await p.locator("#search-input").inputValue()).toBe("géant");
      expect(await p.locator("#timeline-until-value").innerText()).toBe("Jun 2016");
      expect(await p.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent))).toEqual(["OpenAI, fondée en 2015 par Elon Musk et Sam Altman"]);
      expect(await p.locator('#claims-list [aria-selected="true"]').getAttribute("data-id")).toBe("openai-founding");
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "a deep link with certainty, polarity, source and timeline parts restores them",
    async () => {
      const w = await fresh("#sel=event:partnership-break-up&cert=possible,unknown&pol=positive&src=des+sources+proches+du+dossier&from=2019-01&undated=1");
      const p = w.page;
      const s = await p.evaluate(() => window.__storygraph!.store.getState());
      expect(s.selection).toEqual({ type: "event", id: "partnership-break-up" });
      expect(s.filters).toMatchObject({ certainties: ["possible", "unknown"], polarities: ["positive"], sources: ["des sources proches du dossier"], from: "2019-01", until: null, undated: true });
      // the panel shows them
      expect(await p.locator("#certainty-certain").isChecked()).toBe(false);
      expect(await p.locator("#certainty-possible").isChecked()).toBe(true);
      expect(await p.locator("#polarity-negative").isChecked()).toBe(false);
      expect(await p.locator("#sources label", { hasText: "the author" }).locator("input").isChecked()).toBe(false);
      expect(await p.locator("#sources label", { hasText: "des sources proches du dossier" }).locator("input").isChecked()).toBe(true);
      expect(await p.locator("#timeline-from-value").innerText()).toBe("Jan 2019");
      expect(await p.locator("#keep-undated").isChecked()).toBe(true);
      // one citation (s3: possible, according to the sources) passes them all: the break-up alone shows
      const shown = await p.$$eval("#claims-list .option:not([hidden])", (os) => os.map((o) => (o as HTMLElement).dataset.id));
      expect(shown).toEqual(["partnership-break-up"]);
      const c = await p.evaluate(() => window.__storygraph!.canvasState());
      const visible = (await p.evaluate(() => window.__storygraph!.view().graph.nodes())).filter((n) => !c.hiddenNodes.includes(n)).sort();
      expect(visible).toEqual(["microsoft", "openai", "partnership-break-up"]);
      // and the URL still says them (the link was already the state's own)
      expect(new URLSearchParams(new URL(p.url()).hash.slice(1)).toString()).toBe("sel=event%3Apartnership-break-up&cert=possible%2Cunknown&pol=positive&src=des+sources+proches+du+dossier&from=2019-01&undated=1");
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "the URL hash follows the view, and a copied URL opens the same view elsewhere",
    async () => {
      const w = await fresh();
      await w.page.locator('#claims-list [data-id="microsoft-investment-2019"]').click();
      await w.page.locator("#kind-pursues").uncheck();
      const url = w.page.url();
      expect(new URL(url).hash).toBe("#sel=event%3Amicrosoft-investment-2019&kinds=invested%2Cpartnered%2Cseeks%2Cdiverges-from%2Cfounding%2Cinvestment%2Cstrain%2Ctermination%2Cimpact");
      const colleague = await watchedPage(browser);
      await openViewer(colleague.page, url);
      expect(await colleague.page.evaluate(() => window.__storygraph!.store.getState())).toEqual(await w.page.evaluate(() => window.__storygraph!.store.getState()));
      expect(colleague.errors).toEqual([]);
      await colleague.page.close();
      await w.page.close();
    },
    T,
  );

  test(
    "a stale deep link opens the story and ignores what it cannot use",
    async () => {
      const w = await fresh("#sel=relation:gone&kinds=pursues,bogus&until=soon&src=nobody&src=author");
      const s = await w.page.evaluate(() => window.__storygraph!.store.getState());
      expect(s.selection).toBeNull();
      expect(s.filters.kinds).toEqual(["pursues"]);
      expect(s.filters.until).toBeNull();
      expect(s.filters.sources).toEqual(["author"]);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
});

describe("exports", () => {
  test(
    "the GEXF download validates against gexf.rng and holds the story",
    async () => {
      if (!existsSync("/usr/bin/xmllint")) throw new Error("xmllint is missing: install it: apt-get install -y libxml2-utils");
      if (!existsSync(GEXF_RNG)) throw new Error(`the GEXF 1.3 schema is missing at ${GEXF_RNG}`);
      const w = await fresh();
      const { download: d, bytes } = await download(w.page, "#export-gexf");
      expect(d.suggestedFilename()).toMatch(/\.gexf$/);
      const file = path.join(ARTIFACTS, d.suggestedFilename());
      const out = execFileSync("xmllint", ["--noout", "--relaxng", GEXF_RNG, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      expect(out).toBe("");
      const xml = bytes.toString("utf8");
      for (const r of story.relations) expect(xml).toContain(`id="${r.id}"`);
      for (const e of story.events) expect(xml).toContain(`id="${e.id}"`);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the PNG download is the figure of the current view at 2× (4× when chosen): a title band, the graph drawn, the legend and source below",
    async () => {
      const w = await fresh();
      const box = (await w.page.locator("#graph").boundingBox())!;
      const { bytes } = await download(w.page, "#export-png");
      const png = decodePng(bytes);
      expect(png.width).toBe(2 * Math.round(box.width));
      expect(png.height).toBeGreaterThan(2 * Math.round(box.height)); // title above, legend and source line below
      const band = (y0: number, y1: number) => inkRatio({ ...png, height: y1 - y0, data: png.data.subarray(y0 * png.width * 4, y1 * png.width * 4) });
      expect(band(0, 2 * 60)).toBeGreaterThan(0.002); // the title's ink
      expect(band(2 * 70, 2 * 70 + 2 * Math.round(box.height))).toBeGreaterThan(0.01); // the graph's
      expect(band(png.height - 2 * 24, png.height)).toBeGreaterThan(0.002); // the source line's (12 px text, 8 px margin)
      await w.page.selectOption("#export-scale", "4");
      const four = decodePng((await download(w.page, "#export-png")).bytes);
      expect(four.width).toBe(4 * Math.round(box.width));
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the figure captures the screen: every node at the viewport position sigma draws it, and the SVG download holds them with the title and source",
    async () => {
      const w = await fresh();
      const check = await w.page.evaluate(() => {
        const v = window.__storygraph!.view();
        const r = v.renderer;
        const f = window.__storygraph!.figure({ title: "t", source: null, legend: [] });
        let worst = 0;
        for (const n of f.nodes) {
          // the node sigma draws nearest to the figure's
          let best = Infinity;
          v.graph.forEachNode((_id, a) => {
            const p = r.graphToViewport({ x: a.x, y: a.y });
            best = Math.min(best, Math.hypot(p.x - n.x, p.y - n.y));
          });
          worst = Math.max(worst, best);
        }
        return { nodes: f.nodes.length, order: v.graph.order, edges: f.edges.length, size: v.graph.size, worst };
      });
      expect(check.nodes).toBe(check.order);
      expect(check.edges).toBe(check.size);
      expect(check.worst).toBeLessThan(0.5);
      const { download: d, bytes } = await download(w.page, "#export-svg");
      expect(d.suggestedFilename()).toMatch(/\.svg$/);
      const svg = bytes.toString("utf8");
      expect(svg.match(/class="figure-title">(.*?)<\/text>/)?.[1]?.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim()).toBe(story.article.title);
      expect(svg).toMatch(/class="figure-source"><tspan[^>]*>Source: “/);
      expect(svg.match(/class="node"/g)?.length).toBe(check.order);
      const file = path.join(ARTIFACTS, d.suggestedFilename());
      expect(execFileSync("xmllint", ["--noout", file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBe("");
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the GEXF download holds the positions and colours on screen",
    async () => {
      const w = await fresh();
      const screen = await w.page.evaluate(() => {
        const g = window.__storygraph!.view().graph;
        return g.mapNodes((id, a) => ({ id, x: a.x, y: a.y, color: a.color }));
      });
      const xml = (await download(w.page, "#export-gexf")).bytes.toString("utf8");
      const round = (v: number) => Math.round(v * 1000) / 1000;
      for (const n of screen) {
        const el = new RegExp(`<node id="${n.id}"[\\s\\S]*?</node>`).exec(xml)?.[0] ?? "";
        const p = /<viz:position x="([^"]+)" y="([^"]+)"/.exec(el);
        expect([n.id, Number(p?.[1]), Number(p?.[2])]).toEqual([n.id, round(n.x), round(n.y)]);
        const c = /<viz:color r="(\d+)" g="(\d+)" b="(\d+)"/.exec(el)!;
        const hex = "#" + [c[1], c[2], c[3]].map((v) => Number(v).toString(16).padStart(2, "0")).join("");
        expect([n.id, hex]).toEqual([n.id, n.color.toLowerCase()]);
      }
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the JSON download is the story file, and it loads back to the same story",
    async () => {
      const w = await fresh();
      const { bytes } = await download(w.page, "#export-json");
      const back = parseStoryJson(bytes, { file: "export.json" });
      expect(back.relations).toEqual(story.relations);
      expect(back.events).toEqual(story.events);
      expect(back.entities).toEqual(story.entities);
      await w.page.close();
    },
    T,
  );
});

describe("opening other stories", () => {
  test(
    "an invalid story file shows its problems with their paths, and the current graph stays",
    async () => {
      const w = await fresh();
      const input = defaultStoryInput() as unknown as { relations: { target: string; citations: { quote: string }[] }[] };
      input.relations[2]!.target = "nobody";
      input.relations[4]!.citations[0]!.quote = "une phrase absente";
      await w.page.setInputFiles("#file-input", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(input)) });
      await w.page.locator("#problems").waitFor({ state: "visible" });
      const items = await w.page.$$eval("#problems .problem", (ps) => ps.map((p) => p.textContent));
      expect(items.some((t) => t!.startsWith("relations[2].target") && t!.includes("UnknownEntityError"))).toBe(true);
      expect(items.some((t) => t!.startsWith("relations[4].citations[0].quote") && t!.includes("QuoteNotFoundError"))).toBe(true);
      expect(await w.page.locator("#problems h2").innerText()).toContain("broken.json");
      const g = await w.page.evaluate(() => ({ loaded: window.__storygraph!.storiesLoaded, nodes: window.__storygraph!.view().graph.order }));
      expect(g).toEqual({ loaded: 1, nodes: story.entities.length + story.events.length });
      // A syntax error gives its line and column.
      await w.page.setInputFiles("#file-input", { name: "syntax.json", mimeType: "application/json", buffer: Buffer.from('{\n  "article": {,\n}') });
      await expect.poll(() => w.page.locator("#problems").innerText()).toMatch(/line 2, column \d+/);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "a story JSON dropped on the page replaces the graph",
    async () => {
      const w = await fresh();
      const english = readFileSync(path.join(REPO_ROOT, "tests/fixtures/english-story.json"), "utf8");
      const expected = parseStoryJson(english, { file: "english-story.json" });
      const settled = await w.page.evaluate(() => window.__storygraph!.layoutSettled);
      await w.page.evaluate((text) => {
        const dt = new DataTransfer();
        dt.items.add(new File([text], "english-story.json", { type: "application/json" }));
        for (const type of ["dragenter", "dragover", "drop"]) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, english);
      await w.page.waitForFunction(() => window.__storygraph!.storiesLoaded === 2);
      // the new graph's layout starts after its first frame: wait until it has run and stopped
      // by itself, so that the nodes stand still under the pointer
      await w.page.waitForFunction((before) => window.__storygraph!.layoutSettled > before && !window.__storygraph!.layoutRunning, settled, { timeout: 60_000 });
      const g = await w.page.evaluate(() => ({ nodes: window.__storygraph!.view().graph.nodes(), hash: location.hash }));
      expect(g.nodes.sort()).toEqual([...expected.entities, ...expected.events].map((e) => e.id).sort());
      expect(await w.page.locator("#story-title").innerText()).toBe(expected.article.title ?? "Untitled story");
      expect(await w.page.locator("#article .sentence").count()).toBe(expected.sentences.length);
      expect(await w.page.locator("#drop-overlay").isHidden()).toBe(true);
      // the new graph gets the view state: hovering a node highlights it and its neighbours
      const hub = expected.entities.map((e) => e.id).sort((a, b) => neighbourhood(expected, b).size - neighbourhood(expected, a).size)[0]!;
      const at = await w.page.evaluate((id) => {
        const r = window.__storygraph!.view().renderer;
        const p = r.framedGraphToViewport(r.getNodeDisplayData(id)!);
        const rect = r.getContainer().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      }, hub);
      await w.page.mouse.move(at.x - 30, at.y - 30);
      await w.page.mouse.move(at.x, at.y, { steps: 5 });
      const neighbours = neighbourhood(expected, hub);
      await expect
        .poll(() => w.page.evaluate(() => window.__storygraph!.canvasState().focusNodes.sort()), { timeout: 10_000 })
        .toEqual([...neighbours].sort());
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "a storygraph GEXF file opens as a story",
    async () => {
      const w = await fresh();
      const { bytes } = await download(w.page, "#export-gexf");
      await w.page.setInputFiles("#file-input", { name: "story.gexf", mimeType: "application/xml", buffer: bytes });
      await w.page.waitForFunction(() => window.__storygraph!.storiesLoaded === 2);
      expect(await w.page.evaluate(() => ({ relations: window.__storygraph!.story().relations.length, events: window.__storygraph!.story().events.length }))).toEqual({ relations: story.relations.length, events: story.events.length });
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "a GEXF file that is not a storygraph export opens as a plain graph, without article; a story brings the article back",
    async () => {
      const w = await fresh("#sel=entity:openai");
      const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><description>Gephi sample</description></meta>
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="country" type="string"/></attributes>
    <nodes>
      <node id="a" label="Élysée"><attvalues><attvalue for="0" value="FR"/></attvalues><viz:color r="200" g="0" b="0"/></node>
      <node id="b" label="Bundestag"/>
      <node id="c" label="&lt;img src=x onerror=alert(1)&gt;"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="talks to" weight="2"/>
      <edge id="e2" source="c" target="a"/>
    </edges>
  </graph>
</gexf>`;
      const p = w.page;
      await p.setInputFiles("#file-input", { name: "sample.gexf", mimeType: "application/xml", buffer: Buffer.from(xml) });
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 2 && window.__storygraph!.plainGraph() !== null);
      expect(await p.evaluate(() => window.__storygraph!.view().graph.nodes())).toEqual(["a", "b", "c"]);
      expect(await p.locator('#claims-list [data-id="e1"] .option-primary').innerText()).toBe("Élysée — talks to → Bundestag");
      expect(await p.locator("#article-title").innerText()).toBe("No article");
      expect(await p.locator("#filters").isHidden()).toBe(true);
      expect(await p.locator("#export-gexf").isDisabled()).toBe(true);
      expect(await p.locator("#export-png").isEnabled()).toBe(true);
      expect(new URL(p.url()).hash).toBe("");
      await p.locator('#claims-list [data-id="e1"]').click();
      expect(await p.evaluate(() => window.__storygraph!.canvasState().selectedEdges)).toEqual(["e1"]);
      expect(await p.locator("#details").innerText()).toContain("weight");
      await p.locator('#entities-list [data-id="a"]').click();
      expect(await p.locator("#details").innerText()).toContain("FR");
      expect(await p.locator('#entities-list [data-id="c"] .option-primary').innerText()).toBe("<img src=x onerror=alert(1)>");
      await p.screenshot({ path: path.join(ARTIFACTS, "viewer-plain-gexf.png") });
      // Back to a story: the article, the filters and the exports return.
      await p.setInputFiles("#file-input", path.join(REPO_ROOT, "tests/fixtures/english-story.json"));
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 3 && window.__storygraph!.plainGraph() === null);
      expect(await p.locator("#filters").isVisible()).toBe(true);
      expect(await p.locator("#export-gexf").isEnabled()).toBe(true);
      expect(await p.locator("#article .sentence").count()).toBeGreaterThan(0);
      expect(w.dialogs).toEqual([]);
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "a hostile story shows its markup as text and runs nothing",
    async () => {
      const w = await fresh();
      const p = w.page;
      const before = await p.evaluate(() => ({ scripts: document.scripts.length, imgs: document.images.length }));
      await p.setInputFiles("#file-input", HOSTILE);
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 2);
      await p.locator('#claims-list [data-id="evil-invested"]').click();
      await p.locator('#claims-list [data-id="evil-partnered"]').click();
      for (const e of await p.evaluate(() => window.__storygraph!.story().events.map((x) => x.id))) {
        await p.locator(`#claims-list [data-id="${e}"]`).click();
        await p.waitForFunction((id) => window.__storygraph!.store.getState().selection?.id === id, e);
      }
      await p.locator('#entities-list [data-id="evil-img"]').click();
      await p.locator("#sentence-s2").click();
      await p.locator("#search-input").fill("<svg");
      await p.locator("#search-input").press("Enter");
      // the search ran (its text is in the state) and Enter picked its best match, if any
      await p.waitForFunction(() => window.__storygraph!.store.getState().filters.search === "<svg");
      await p.waitForFunction(() => document.getElementById("search-status")!.textContent !== "");
      // The markup is there, as text.
      expect(await p.locator("#story-title").innerText()).toBe("<img src=x onerror=alert('title')><script>alert('title')</script>");
      expect(await p.locator('#claims-list [data-id="evil-invested"] .option-primary').innerText()).toBe("<img src=x onerror=alert(1)> — invested in → <script>alert(2)</script>");
      expect(await p.locator("#article").innerText()).toContain("<script>window.__pwned=1</script>");
      const details = await p.locator("#details").innerText();
      expect(details).toContain("<svg onload=alert(4)>");
      expect(details).toContain("javascript:alert('description')");
      // Nothing ran and nothing executable was added.
      const after = await p.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        scripts: document.scripts.length,
        imgs: document.images.length,
        iframes: document.querySelectorAll("iframe, svg, object, embed").length,
        handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
        jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => !/^https?:|^#|^blob:/.test(a.getAttribute("href")!)).length,
      }));
      expect(after).toEqual({ pwned: undefined, scripts: before.scripts, imgs: before.imgs, iframes: 0, handlers: 0, jsLinks: 0 });
      expect(w.dialogs).toEqual([]);
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );
});

describe("story files of other formats and vocabularies", () => {
  test(
    "a storygraph/1 file opens, converted, with the loader's notices in a note that can be dismissed",
    async () => {
      const w = await fresh();
      const p = w.page;
      expect(await p.locator("#notices").isHidden()).toBe(true);
      await p.setInputFiles("#file-input", { name: "tidewater.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(STORY_1_FILE, null, 2)) });
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 2);
      await p.locator("#notices").waitFor({ state: "visible" });
      const note = await p.locator("#notices").innerText();
      expect(note).toContain("tidewater.json");
      expect(note).toContain("converted from storygraph/1 to storygraph/2");
      expect(note).toMatch(/relations\[0\]\.date \(line \d+, column \d+\)/);
      expect(await p.evaluate(() => window.__storygraph!.story().format)).toBe("storygraph/2");
      expect(await p.locator("#status").innerText()).toContain("2 notes");
      // the reported claim came through with its source
      await p.locator('#claims-list [data-id="tidewater-seeks-port-authority"]').click();
      expect(await p.locator("#details .factuality").innerText()).toBe("according to two people familiar with the talks: certain");
      // the note can be dismissed, and the next story without notices leaves none
      await p.locator('#notices button[aria-label="Dismiss the notes"]').click();
      expect(await p.locator("#notices").isHidden()).toBe(true);
      await p.setInputFiles("#file-input", { name: "again.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(STORY_1_FILE)) });
      await p.locator("#notices").waitFor({ state: "visible" });
      await p.setInputFiles("#file-input", { name: "own.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(OWN_VOCABULARY_STORY)) });
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 4);
      expect(await p.locator("#notices").isHidden()).toBe(true);
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "a story with kinds of its own shows them in the legend, the filters, the lists and the details",
    async () => {
      const w = await fresh();
      const p = w.page;
      await p.setInputFiles("#file-input", { name: "own.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(OWN_VOCABULARY_STORY)) });
      await p.waitForFunction(() => window.__storygraph!.storiesLoaded === 2);
      const legend = await p.locator("#legend").innerText();
      for (const text of ["workshop", "product", "organization", "recall (event)", "licenses to", "takes part in an event"]) expect(legend).toContain(text);
      expect(await p.locator('label[for="kind-licenses"]').innerText()).toContain("licenses to");
      expect(await p.locator('label[for="kind-recall"]').innerText()).toContain("recall");
      expect(await p.locator("#relation-kinds label").count()).toBe(1);
      expect(await p.locator("#event-kinds label").count()).toBe(1);
      expect(await p.locator('#claims-list [data-id="widget-recall"] .option-primary').innerText()).toBe("Recall of the Widget (recall: maker Acme Tools; recalled item Widget)");
      expect(await p.locator('#entities-list [data-id="acme"] .option-secondary').innerText()).toBe("workshop");
      // the event is drawn as a diamond with its role edges
      const drawn = await p.evaluate(() => {
        const v = window.__storygraph!.view();
        return { shape: (v.renderer.getNodeDisplayData("widget-recall") as unknown as { shape: string }).shape, roles: v.graph.outEdges("widget-recall").map((e) => v.graph.getEdgeAttribute(e, "label")).sort() };
      });
      expect(drawn).toEqual({ shape: "diamond", roles: ["maker", "recalled item"] });
      await p.locator("#kind-recall").uncheck();
      expect(await p.evaluate(() => window.__storygraph!.canvasState().hiddenNodes.sort())).toEqual(["widget", "widget-recall"]);
      await p.locator('#claims-list [data-id="acme-licenses-bolt"]').click();
      expect(await p.locator("#details").innerText()).toContain("this story's own kind");
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );
});

describe("layout", () => {
  test(
    "article and graph stand side by side on a desktop and stack on a narrow screen",
    async () => {
      const w = await fresh();
      const side = async () => {
        const g = (await w.page.locator(".graph-pane").boundingBox())!;
        const a = (await w.page.locator(".reading-pane").boundingBox())!;
        return { graph: g, article: a };
      };
      const wide = await side();
      expect(wide.article.x).toBeGreaterThanOrEqual(wide.graph.x + wide.graph.width - 1);
      expect(Math.abs(wide.article.y - wide.graph.y)).toBeLessThan(2);
      await w.page.setViewportSize({ width: 600, height: 900 });
      await expect.poll(async () => {
        const n = await side();
        return n.article.y >= n.graph.y + n.graph.height - 1 && Math.abs(n.article.x - n.graph.x) < 2;
      }).toBe(true);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
});

