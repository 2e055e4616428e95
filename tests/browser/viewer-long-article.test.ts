// The article pane drawn in blocks (src/viewer/panels/article.ts, models/article-blocks.ts) in real
// Chromium, on a story of about 5,900 sentences: the first blocks are drawn when it opens, the
// others are placeholders with a height, sized again when the pane's width changes; scrolling to the end draws the blocks reached, not all on
// the way; a selection whose quote is in a block not drawn draws it and marks the quote; the End
// key reaches the last sentence.
import { describe, expect, test } from "vitest";
import { generateStory } from "../../bench/generate.ts";
import { buildStory } from "../../src/graph/input/validate.ts";
import { DEFAULT_ARTICLE_WINDOW } from "../../src/viewer/models/article-blocks.ts";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 240_000;
const session = viewerTestSession({ width: 1440, height: 900 });

describe("long article", () => {
  test(
    "mountArticle draws a long article's first blocks only, then the blocks the reader scrolls, selects or keys to",
    async () => {
      const input = generateStory({ entities: 1_500, relations: 4_000 });
      const story = buildStory(input);
      const total = story.sentences.length;
      expect(total).toBeGreaterThan(2 * DEFAULT_ARTICLE_WINDOW.eagerSentences);
      const w = await watchedPage(session.browser);
      const page = w.page;
      await openViewer(page, session.server.url, { settled: false });
      const before = await page.evaluate(() => window.__storygraph!.storiesLoaded);
      await page.setInputFiles("#file-input", { name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(input)) });
      await page.waitForFunction((n) => window.__storygraph!.storiesLoaded === n + 1, before, { timeout: 120_000 });
      const drawn = () => page.$$eval("#article .sentence", (s) => s.map((e) => (e as HTMLElement).dataset.sentence!));

      // the first blocks only, from the first sentence; the rest are placeholders with a height
      const first = await drawn();
      expect(first[0]).toBe(story.sentences[0]!.id);
      expect(first.length).toBeGreaterThanOrEqual(DEFAULT_ARTICLE_WINDOW.eagerSentences);
      expect(first.length).toBeLessThan(DEFAULT_ARTICLE_WINDOW.eagerSentences + DEFAULT_ARTICLE_WINDOW.blockSentences + 1);
      const heights = await page.$$eval("#article .article-block.pending", (b) => b.map((e) => e.getBoundingClientRect().height));
      expect(heights.length).toBeGreaterThan(10);
      expect(Math.min(...heights)).toBeGreaterThan(0);

      // the pane made half as wide: the text wraps into about twice the lines, and the placeholders
      // (measured again) grow with it
      const farBlock = await page.$$eval("#article .article-block.pending", (b) => (b[b.length - 1] as HTMLElement).dataset.block!);
      const farHeight = () => page.$eval(`#article .article-block[data-block="${farBlock}"]`, (e) => e.getBoundingClientRect().height);
      const wide = await farHeight();
      const width = await page.$eval("#article", (a) => a.clientWidth);
      await page.$eval("#article", (a, wpx) => ((a as HTMLElement).style.width = `${wpx}px`), Math.round(width / 2));
      await page.waitForFunction(([b, h]) => document.querySelector(`#article .article-block[data-block="${b}"]`)!.getBoundingClientRect().height > h * 1.5, [farBlock, wide] as const);
      expect(await page.$eval(`#article .article-block[data-block="${farBlock}"]`, (e) => e.classList.contains("pending"))).toBe(true);
      await page.$eval("#article", (a) => ((a as HTMLElement).style.width = ""));
      await page.waitForFunction(([b, h]) => document.querySelector(`#article .article-block[data-block="${b}"]`)!.getBoundingClientRect().height < h * 1.2, [farBlock, wide] as const);

      // scrolled to the end: the last sentence is drawn, most of the middle still is not
      const pane = page.locator("#article-pane");
      await pane.evaluate((p) => (p.scrollTop = p.scrollHeight));
      const last = story.sentences[total - 1]!.id;
      await page.waitForFunction((id) => document.getElementById(`sentence-${id}`) !== null, last);
      expect((await drawn()).length).toBeLessThan(total - 1_000);

      // a relation quoted in a block not drawn: selecting it draws the block and marks its quote
      const drawnNow = new Set(await drawn());
      const far = story.relations.find((r) => !drawnNow.has(r.citations[0]!.sentence))!;
      const sid = far.citations[0]!.sentence;
      await page.evaluate((id) => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id } })), far.id);
      await page.waitForFunction((s) => document.querySelector(`#sentence-${s} mark.quote`) !== null, sid);
      const claims = await page.$$eval(`#sentence-${sid} mark.quote`, (m) => m.flatMap((e) => (e as HTMLElement).dataset.claims!.split(" ")));
      expect(claims).toContain(far.id);
      const text = await page.$$eval(`#sentence-${sid} mark.quote`, (m, id) => m.filter((e) => (e as HTMLElement).dataset.claims!.split(" ").includes(id)).map((e) => e.textContent).join(""), far.id);
      expect(text).toBe(far.citations[0]!.quote);
      // brought into the pane's view
      await page.waitForFunction((s) => {
        const m = document.querySelector(`#sentence-${s} mark.quote`)!.getBoundingClientRect();
        const p = document.getElementById("article-pane")!.getBoundingClientRect();
        return m.top >= p.top && m.bottom <= p.bottom;
      }, sid);

      // the keyboard: from the first sentence, End reaches the last one
      await pane.evaluate((p) => (p.scrollTop = 0));
      await page.locator(`#sentence-${story.sentences[0]!.id}`).focus();
      await page.keyboard.press("End");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`sentence-${last}`);
      expect(w.errors).toEqual([]);
      await page.close();
    },
    T,
  );
});
