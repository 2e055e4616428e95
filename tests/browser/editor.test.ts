// Edit mode in real Chromium, against dist/: from the plain article text of the English fixture,
// a story is made through user actions alone (selecting text with the mouse and the keyboard,
// clicking, choosing, typing): two entities, an alias, a refused selection across sentences, a
// claim with its citation, a problem listed with its link, undo and redo; a reload halfway loses
// nothing (IndexedDB); the downloaded story validates with the library's loader and its claim's
// quote and offsets are the fixture's.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { REPO_ROOT, openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import { sentenceTokens } from "../../src/graph/edit/selection.ts";

const session = viewerTestSession();
const FIXTURE = parseStoryJson(readFileSync("tests/fixtures/english-story.json"), { file: "english-story.json" });
const TEXT = FIXTURE.article.text;
const T = 180_000;

/** Drag the mouse from the first character of article offset `start` to the word ending at `end`. */
async function dragSelect(page: Page, start: number, end: number): Promise<void> {
  const first = await page.locator(`#editor-article .w[data-s="${start}"]`).boundingBox();
  const last = await page.locator(`#editor-article .w[data-e="${end}"]`).boundingBox();
  if (!first || !last) throw new Error(`dragSelect: no word at ${start} or ending at ${end}`);
  await page.mouse.move(first.x + 1, first.y + first.height / 2);
  await page.mouse.down();
  await page.mouse.move(last.x + last.width - 1, last.y + last.height / 2, { steps: 5 });
  await page.mouse.up();
}

const at = (quote: string, from = 0) => {
  const start = TEXT.indexOf(quote, from);
  if (start < 0) throw new Error(`"${quote}" is not in the article`);
  return { start, end: start + quote.length };
};

describe("edit mode", () => {
  test(
    "a story made from the plain article by selecting, clicking and typing validates and cites the fixture's words",
    async () => {
      const began = Date.now();
      let actions = 0;
      const act = async <T>(step: Promise<T>) => {
        actions++;
        return step;
      };
      const w = await watchedPage(session.browser);
      const { page } = w;
      const editorReady = () => page.waitForFunction(() => window.__storygraphEditor?.ready === true, null, { timeout: 30_000 });
      await openViewer(page, session.server.url, { settled: false });
      actions++; // opening the page
      await act(page.click("#edit-mode"));
      await editorReady();

      // a plain article, its language chosen in the small form
      const [chooser] = await Promise.all([page.waitForEvent("filechooser"), act(page.click("#editor-open-txt"))]);
      await act(chooser.setFiles({ name: "tidewater.txt", mimeType: "text/plain", buffer: Buffer.from(TEXT.replace(/\n/g, "\r\n")) }));
      await act(page.selectOption("#editor-lang", "en"));
      await act(page.fill("#editor-title", FIXTURE.article.title!));
      await act(page.fill("#editor-author", FIXTURE.article.author!));
      await act(page.click("#editor-start"));
      await expect.poll(() => page.locator("#editor-article p[data-sentence]").count()).toBe(FIXTURE.sentences.length);
      await expect.poll(() => page.textContent("#editor-validity")).toBe("Valid story");

      // entity 1: mouse selection of "Tidewater Energy" in s1
      const tidewater = at("Tidewater Energy");
      await act(dragSelect(page, tidewater.start, tidewater.end));
      expect(await page.textContent("#editor-selection")).toContain("“Tidewater Energy”");
      await act(page.click("#editor-new-entity"));
      expect(await page.inputValue("#editor-entity-label")).toBe("Tidewater Energy");
      await act(page.selectOption("#editor-entity-kind", "organization"));
      await act(page.click("#editor-entity-add"));

      // entity 2: keyboard selection of "Harbour City Port Authority" in s4 (click s1, ↓ ×3, → to the word, Shift+→ ×3)
      await act(page.click("#editor-s1 .sid"));
      for (let i = 0; i < 3; i++) await act(page.keyboard.press("ArrowDown"));
      const s4 = FIXTURE.sentences[3]!;
      const port = at("Harbour City Port Authority", s4.start);
      const wordIndex = sentenceTokens(s4).findIndex((t) => t.start === port.start);
      for (let i = 0; i < wordIndex; i++) await act(page.keyboard.press("ArrowRight"));
      for (let i = 0; i < 3; i++) await act(page.keyboard.press("Shift+ArrowRight"));
      expect(await page.textContent("#editor-selection")).toContain("“Harbour City Port Authority”");
      await act(page.click("#editor-new-entity"));
      await act(page.selectOption("#editor-entity-kind", "organization"));
      await act(page.click("#editor-entity-add"));
      await expect.poll(() => page.locator("#editor-entities li").count()).toBe(2);
      await page.waitForFunction(() => (window.__storygraphEditor?.saves ?? 0) >= 3);

      // reload halfway: the work is still there, undo included
      await act(w.reload());
      await page.waitForFunction(() => window.__storygraph?.ready === true, null, { timeout: 30_000 });
      await editorReady();
      expect(await page.locator("#editor-entities li").allTextContents()).toEqual([
        expect.stringContaining("Tidewater Energy (organization)"),
        expect.stringContaining("Harbour City Port Authority (organization)"),
      ]);
      expect(await page.isEnabled("#editor-undo")).toBe(true);

      // an alias by selecting a mention in s2
      const mention = at("Tidewater", FIXTURE.sentences[1]!.start);
      await act(dragSelect(page, mention.start, mention.end));
      await act(page.click("#editor-add-alias"));
      await act(page.selectOption("#editor-alias-entity", "tidewater-energy"));
      await act(page.click("#editor-alias-add"));
      await expect.poll(() => page.textContent("#editor-entity-0")).toContain("also: Tidewater");

      // a selection across sentences is refused, with the reason
      await act(dragSelect(page, at("Harbour City.").start, at("Tidewater was").end));
      await act(page.click("#editor-cite"));
      expect(await page.textContent("#editor-selection")).toMatch(/Refused: the selection runs across s1, s2/);
      expect(await page.isHidden("#editor-claim-form")).toBe(true);

      // the claim: cite s5's words, pick the entities, a kind the rules allow, the factuality
      const want = FIXTURE.relations.find((r) => r.id === "tidewater-depends-on-port-authority")!;
      const wantCitation = want.citations[0]!;
      await act(dragSelect(page, wantCitation.start, wantCitation.end));
      await act(page.click("#editor-cite"));
      expect(await page.textContent("#editor-claim-quote")).toContain(`${wantCitation.sentence}, offsets ${wantCitation.start}–${wantCitation.end}`);
      await act(page.selectOption("#editor-claim-source", "tidewater-energy"));
      await act(page.selectOption("#editor-claim-target", "harbour-city-port-authority"));
      const kinds = await page.locator("#editor-claim-kind option").evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(kinds).toContain("depends-on");
      expect(kinds).not.toContain("works-for"); // domain: person only
      await act(page.selectOption("#editor-claim-kind", "depends-on"));
      await act(page.selectOption("#editor-claim-certainty", wantCitation.factuality.certainty));
      await act(page.selectOption("#editor-claim-polarity", wantCitation.factuality.polarity));
      await act(page.fill("#editor-claim-gloss", wantCitation.gloss));
      await act(page.click("#editor-claim-add"));
      await expect.poll(() => page.locator("#editor-claims > li").count()).toBe(1);
      expect(await page.textContent("#editor-validity")).toBe("Valid story");

      // a problem: removing an entity the claim names; listed with a link to the claim; never shown as valid
      await act(page.click("#editor-remove-entity-1"));
      await expect.poll(() => page.textContent("#editor-validity")).toMatch(/^Draft: \d+ problems?, not a valid story$/);
      expect(await page.textContent("#editor-download")).toBe("Download draft JSON");
      const link = page.locator("#editor-problems a", { hasText: "relations[0].target" });
      expect(await link.getAttribute("href")).toBe("#editor-relation-0");
      await act(link.click());
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("editor-relation-0");
      // undo and redo by keys, then undo by the button
      await act(page.keyboard.press("Control+z"));
      await expect.poll(() => page.textContent("#editor-validity")).toBe("Valid story");
      await act(page.keyboard.press("Control+Shift+z"));
      await expect.poll(() => page.textContent("#editor-validity")).toMatch(/^Draft/);
      await act(page.click("#editor-undo"));
      await expect.poll(() => page.textContent("#editor-validity")).toBe("Valid story");

      // download, then validate with the library's loader, and compare with the fixture
      const [download] = await Promise.all([page.waitForEvent("download"), act(page.click("#editor-download"))]);
      const bytes = readFileSync((await download.path())!);
      const made = parseStoryJson(bytes, { file: download.suggestedFilename() });
      const elapsed = Date.now() - began;
      expect(made.entities.map((e) => [e.id, e.kind, e.label])).toEqual([
        ["tidewater-energy", "organization", "Tidewater Energy"],
        ["harbour-city-port-authority", "organization", "Harbour City Port Authority"],
      ]);
      expect(FIXTURE.entities.find((e) => e.id === "tidewater-energy")!.aliases).toContain(made.entities[0]!.aliases[0]);
      expect(made.relations).toHaveLength(1);
      const got = made.relations[0]!;
      expect([got.kind, got.source, got.target]).toEqual([want.kind, want.source, want.target]);
      const pick = (c: typeof wantCitation) => ({ sentence: c.sentence, quote: c.quote, start: c.start, end: c.end, sentenceStart: c.sentenceStart, sentenceEnd: c.sentenceEnd, factuality: c.factuality, sources: c.sources });
      expect(pick(got.citations[0]!)).toEqual(pick(wantCitation));
      expect(w.errors).toEqual([]);
      console.info(`editor test: ${actions} user actions, ${(elapsed / 1000).toFixed(1)} s from opening the page to the validated download`);
    },
    T,
  );

  test(
    "axe-core finds no serious or critical violation in edit mode, with the entity and claim forms open",
    async () => {
      const axe = readFileSync(path.join(REPO_ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
      const w = await watchedPage(session.browser);
      const { page } = w;
      const serious = async () => {
        // through the DevTools protocol: an injected <script> would be refused by the CSP
        if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe);
        const violations = await page.evaluate(async () => {
          const r = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")) }));
        });
        return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.join(", ")}`);
      };
      await openViewer(page, session.server.url, { settled: false });
      await page.click("#edit-mode");
      await page.waitForFunction(() => window.__storygraphEditor?.ready === true, null, { timeout: 30_000 });
      expect(await serious()).toEqual([]);
      await page.click("#editor-s1 .sid");
      await page.keyboard.press("Shift+ArrowRight");
      await page.click("#editor-new-entity");
      await page.click("#editor-cite");
      expect(await page.isVisible("#editor-claim-form")).toBe(true);
      expect(await serious()).toEqual([]);
      expect(w.errors).toEqual([]);
    },
    T,
  );
});
