// Smaller viewer defects, in real Chromium: the search results close once a result is picked
// (Enter or a click) and open again on typing; an entity's panel shows a name written with and
// without its article once; evidence is listed in article order; a PNG exported while a plain
// GEXF graph is shown is named after that file, not after the story shown before it; the search
// finds words of the article and of the quotes' glosses, and goes to their sentence.
import { describe, expect, test } from "vitest";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 120_000;
const session = viewerTestSession({ width: 1280, height: 800 });

describe("viewer details", () => {
  test(
    "mountSearch closes its results after Enter and opens them on typing; displayAliases and citationsInArticleOrder in the details",
    async () => {
      const w = await watchedPage(session.browser);
      await openViewer(w.page, session.server.url, { settled: false });
      const results = w.page.locator("#search-results");
      await w.page.locator("#search-input").fill("géant");
      await results.waitFor({ state: "visible" });
      await w.page.locator("#search-input").press("Enter");
      await results.waitFor({ state: "hidden" });
      expect(await w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "entity", id: "microsoft" });
      expect(await w.page.locator("#details .aliases li").allInnerTexts()).toEqual(["le géant de l’informatique", "les deux entreprises", "les deux parties"]);
      await w.page.locator("#search-input").press("Backspace");
      await results.waitFor({ state: "visible" });
      await w.page.evaluate(() => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id: "microsoft-partnered-openai" } })));
      await expect.poll(() => w.page.locator("#details .citations > li").count()).toBe(3);
      const sentences = await w.page.$$eval("#details .citations > li [data-select^='sentence:']", (bs) => bs.map((b) => (b as HTMLElement).dataset.select!.slice("sentence:".length)));
      expect(sentences).toEqual(["s1", "s2", "s12"]);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "mountSearch lists the sentences whose words or quotes' glosses match; Enter or a click goes to the sentence",
    async () => {
      const w = await watchedPage(session.browser);
      await openViewer(w.page, session.server.url, { settled: false });
      const input = w.page.locator("#search-input");
      const sentences = w.page.locator("#search-sentences button");
      // words of the article that name no entity: no entity hit, one sentence
      await input.fill("milliards");
      await w.page.locator("#search-sentences").waitFor({ state: "visible" });
      expect(await w.page.locator("#search-results button").count()).toBe(0);
      expect(await sentences.count()).toBe(1);
      expect(await sentences.first().getAttribute("data-sentence")).toBe("s1");
      expect(await sentences.first().locator("mark").innerText()).toBe("milliards");
      expect(await w.page.locator("#search-status").innerText()).toContain("Enter goes to sentence 1");
      await input.press("Enter");
      await w.page.locator("#search-dropdown").waitFor({ state: "hidden" });
      expect(await w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "sentence", id: "s1" });
      expect(await w.page.locator('#article [data-sentence="s1"]').getAttribute("class")).toContain("is-selected");
      // an English gloss: the quote's sentence, found through its translation
      await input.fill("break-up");
      await expect.poll(() => sentences.evaluateAll((bs) => bs.map((b) => (b as HTMLElement).dataset.sentence))).toEqual(["s8", "s11", "s12"]);
      expect(await sentences.first().innerText()).toContain("gloss");
      await sentences.nth(1).click();
      await w.page.locator("#search-dropdown").waitFor({ state: "hidden" });
      expect(await w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "sentence", id: "s11" });
      // the article brings the sentence into its view
      await expect
        .poll(async () => {
          const pane = (await w.page.locator("#article-pane").boundingBox())!;
          const s = (await w.page.locator('#article [data-sentence="s11"]').boundingBox())!;
          return s.y >= pane.y && s.y + s.height <= pane.y + pane.height;
        })
        .toBe(true);
      // an entity's name still lists the entity first, its sentences after it
      await input.fill("géant");
      await expect.poll(() => w.page.$$eval("#search-results button", (bs) => bs.map((b) => (b as HTMLElement).dataset.entity))).toEqual(["microsoft"]);
      expect(await sentences.count()).toBe(3);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "the PNG export is named after the plain GEXF file on screen",
    async () => {
      const w = await watchedPage(session.browser);
      await openViewer(w.page, session.server.url, { settled: false });
      const plain = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed"><nodes><node id="a" label="A"/><node id="b" label="B"/></nodes><edges><edge id="e" source="a" target="b"/></edges></graph></gexf>`;
      await w.page.setInputFiles("#file-input", { name: "Les Misérables.gexf", mimeType: "application/xml", buffer: Buffer.from(plain) });
      await w.page.waitForFunction(() => window.__storygraph!.plainGraph() !== null);
      const [download] = await Promise.all([w.page.waitForEvent("download"), w.page.click("#export-png")]);
      expect(download.suggestedFilename()).toBe("les-miserables.png");
      await w.page.close();
    },
    T,
  );
});
