// Empty states and bad links in real Chromium: a link whose filters leave no claim says so over the
// graph and offers "Show everything", which brings every claim back; the parts of a link that were
// ignored are listed in the page (not only in the console).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../../src/data/story.ts";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 120_000;
const story = defaultStory();
const session = viewerTestSession({ width: 1280, height: 800 });

describe("empty states and bad links", () => {
  test(
    "showIgnoredLink lists a link's ignored parts; mountEmptyState says no claim matches and Show everything clears the filters",
    async () => {
      const w = await watchedPage(session.browser);
      await openViewer(w.page, `${session.server.url}#kinds=bogus&mod=maybe`, { settled: false });
      const note = w.page.locator("#link-note");
      await note.waitFor({ state: "visible" });
      const parts = await note.locator("li").allInnerTexts();
      expect(parts).toEqual(['kinds: unknown value "bogus"', 'mod: unknown value "maybe"']);
      const empty = w.page.locator("#empty-state");
      await empty.waitFor({ state: "visible" });
      expect(await empty.innerText()).toContain("No claim matches these filters");
      expect(await w.page.locator("#claims-list li:visible").count()).toBe(0);
      await empty.getByRole("button", { name: "Show everything" }).click();
      await empty.waitFor({ state: "hidden" });
      expect(await w.page.locator("#claims-list li:visible").count()).toBe(story.relations.length + story.events.length);
      await note.getByRole("button", { name: "Dismiss the note" }).click();
      await note.waitFor({ state: "hidden" });
      // the note is derived from the opened document: a later change of the view does not bring it back
      await w.page.locator("#claims-list .option:not([hidden])").first().click();
      await w.page.waitForFunction(() => window.__storygraph!.store.getState().selection !== null);
      expect(await note.isHidden()).toBe(true);
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );

  test(
    "mountEmptyState stays hidden for a link that matches claims, and shows for one that matches none (mod=negated)",
    async () => {
      const w = await watchedPage(session.browser);
      await openViewer(w.page, `${session.server.url}#mod=negated`, { settled: false });
      await w.page.locator("#empty-state").waitFor({ state: "visible" });
      expect(await w.page.locator("#link-note").isHidden()).toBe(true);
      await openViewer(w.page, `${session.server.url}#mod=asserted`, { settled: false });
      expect(await w.page.locator("#empty-state").isHidden()).toBe(true);
      await w.page.close();
    },
    T,
  );
});
