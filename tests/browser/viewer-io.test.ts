// The viewer's links and files in real Chromium, against dist/: deep links restore the view,
// the URL follows the selection, exports (GEXF validated with gexf.rng, PNG, JSON), opening
// another story by picker and by drag-and-drop, invalid files listed with their problems, a
// hostile story shown as text with nothing run, and the stacked layout on a narrow screen.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, REPO_ROOT, launchChromium, openViewer, serveStatic, watchedPage, type Browser, type StaticServer, type WatchedPage } from "../helpers/browser.ts";
import { decodePng, inkRatio } from "../helpers/png.ts";
import { defaultStory, defaultStoryInput } from "../../src/data/story.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";

const story = defaultStory();
const GEXF_RNG = path.resolve(REPO_ROOT, "../shared/gexf/1.3/gexf.rng");
const HOSTILE = path.join(REPO_ROOT, "tests/fixtures/hostile-story.json");
const T = 120_000;

/** Number of relations touching `id` in `s`. */
const degree = (s: { relations: readonly { source: string; target: string }[] }, id: string) => s.relations.filter((r) => r.source === id || r.target === id).length;

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
      const w = await fresh("#sel=relation:elon-musk-founded-openai&mod=asserted,reported&until=2016-06&q=g%C3%A9ant");
      const p = w.page;
      const s = await p.evaluate(() => window.__storygraph!.store.getState());
      expect(s.selection).toEqual({ type: "relation", id: "elon-musk-founded-openai" });
      expect(s.filters).toMatchObject({ modalities: ["asserted", "reported"], until: "2016-06", search: "géant" });
      const c = await p.evaluate(() => window.__storygraph!.canvasState());
      expect(c.selectedEdges).toEqual(["elon-musk-founded-openai"]);
      expect(c.hiddenEdges.sort()).toEqual(story.relations.map((r) => r.id).filter((id) => !["elon-musk-founded-openai", "sam-altman-founded-openai"].includes(id)).sort());
      expect(await p.locator("#modality-hypothetical").isChecked()).toBe(false);
      expect(await p.locator("#search-input").inputValue()).toBe("géant");
      expect(await p.locator("#timeline-value").innerText()).toBe("Jun 2016");
      expect(await p.$$eval("#article mark.quote", (ms) => ms.map((m) => m.textContent))).toEqual(["OpenAI, fondée en 2015 par Elon Musk et Sam Altman"]);
      expect(await p.locator('#relations-list [aria-selected="true"]').getAttribute("data-id")).toBe("elon-musk-founded-openai");
      expect(w.errors).toEqual([]);
      await p.close();
    },
    T,
  );

  test(
    "the URL hash follows the view, and a copied URL opens the same view elsewhere",
    async () => {
      const w = await fresh();
      await w.page.locator('#relations-list [data-id="microsoft-invested-openai-2019"]').click();
      await w.page.locator("#kind-pursues").uncheck();
      const url = w.page.url();
      expect(new URL(url).hash).toBe("#sel=relation%3Amicrosoft-invested-openai-2019&kinds=founded%2Cinvested%2Cpartnered%2Cdiverges-from%2Cseeks%2Cdepends-on");
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
      const w = await fresh("#sel=relation:gone&kinds=founded,bogus&until=soon");
      const s = await w.page.evaluate(() => window.__storygraph!.store.getState());
      expect(s.selection).toBeNull();
      expect(s.filters.kinds).toEqual(["founded"]);
      expect(s.filters.until).toBeNull();
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
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the PNG download is an image of the current view with the graph drawn",
    async () => {
      const w = await fresh();
      const { bytes } = await download(w.page, "#export-png");
      const png = decodePng(bytes);
      const box = (await w.page.locator("#graph").boundingBox())!;
      expect(png.width).toBe(Math.round(box.width));
      expect(inkRatio(png)).toBeGreaterThan(0.01);
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
      const g = await w.page.evaluate(() => ({ loaded: window.__storygraph!.storiesLoaded, edges: window.__storygraph!.view().graph.size }));
      expect(g).toEqual({ loaded: 1, edges: story.relations.length });
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
      expect(g.nodes.sort()).toEqual(expected.entities.map((e) => e.id).sort());
      expect(await w.page.locator("#story-title").innerText()).toBe(expected.article.title ?? "Untitled story");
      expect(await w.page.locator("#article .sentence").count()).toBe(expected.sentences.length);
      expect(await w.page.locator("#drop-overlay").isHidden()).toBe(true);
      // the new graph gets the view state: hovering a node highlights it and its neighbours
      const hub = expected.entities.map((e) => e.id).sort((a, b) => degree(expected, b) - degree(expected, a))[0]!;
      const at = await w.page.evaluate((id) => {
        const r = window.__storygraph!.view().renderer;
        const p = r.framedGraphToViewport(r.getNodeDisplayData(id)!);
        const rect = r.getContainer().getBoundingClientRect();
        return { x: rect.left + p.x, y: rect.top + p.y };
      }, hub);
      await w.page.mouse.move(at.x - 30, at.y - 30);
      await w.page.mouse.move(at.x, at.y, { steps: 5 });
      const neighbours = new Set(expected.relations.flatMap((r) => (r.source === hub || r.target === hub ? [r.source, r.target] : [])));
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
      expect(await w.page.evaluate(() => window.__storygraph!.story().relations.length)).toBe(story.relations.length);
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
      expect(await p.locator('#relations-list [data-id="e1"] .option-primary').innerText()).toBe("Élysée — talks to → Bundestag");
      expect(await p.locator("#article-title").innerText()).toBe("No article");
      expect(await p.locator("#filters").isHidden()).toBe(true);
      expect(await p.locator("#export-gexf").isDisabled()).toBe(true);
      expect(await p.locator("#export-png").isEnabled()).toBe(true);
      expect(new URL(p.url()).hash).toBe("");
      await p.locator('#relations-list [data-id="e1"]').click();
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
      await p.locator('#relations-list [data-id="evil-invested"]').click();
      await p.locator('#relations-list [data-id="evil-partnered"]').click();
      await p.locator('#entities-list [data-id="evil-img"]').click();
      await p.locator("#sentence-s2").click();
      await p.locator("#search-input").fill("<svg");
      await p.locator("#search-input").press("Enter");
      await p.waitForTimeout(500);
      // The markup is there, as text.
      expect(await p.locator("#story-title").innerText()).toBe("<img src=x onerror=alert('title')><script>alert('title')</script>");
      expect(await p.locator('#relations-list [data-id="evil-invested"] .option-primary').innerText()).toBe("<img src=x onerror=alert(1)> — invested in → <script>alert(2)</script>");
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

