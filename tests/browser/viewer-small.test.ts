// Smaller viewer defects, in real Chromium: the search results close once a result is picked
// (Enter or a click) and open again on typing; an entity's panel shows a name written with and
// without its article once; evidence is listed in article order; a PNG exported while a plain
// GEXF graph is shown is named after that file, not after the story shown before it.
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
