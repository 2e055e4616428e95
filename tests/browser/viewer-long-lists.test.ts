// The windowed lists (src/viewer/panels/listbox.ts) in real Chromium, on a story of 1,500
// entities and 4,000 relations: only the rows near the visible part are made, each says its place
// among all (aria-posinset / aria-setsize), scrolling makes the rows the reader reaches (a jump to
// the end included), the keyboard reaches the last row, a selection far down the list brings its
// row, and a filter re-counts the rows shown.
import { describe, expect, test } from "vitest";
import { generateStory } from "../../bench/generate.ts";
import { WINDOW_FROM } from "../../src/viewer/panels/listbox.ts";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 240_000;
const session = viewerTestSession({ width: 1440, height: 900 });
const ENTITIES = 1_500;
const RELATIONS = 4_000;

/** The claims list's rows in the page: how many, their places, the set size they give. */
const rows = (page: import("playwright-core").Page) =>
  page.$$eval("#claims-list [role=option]", (os) => ({
    count: os.length,
    places: os.map((o) => Number(o.getAttribute("aria-posinset"))),
    sizes: [...new Set(os.map((o) => o.getAttribute("aria-setsize")))],
    ids: os.map((o) => (o as HTMLElement).dataset.id!),
  }));

describe("long lists", () => {
  test(
    "createListbox windows a list of 4,000 claims: few rows made, each with its place; scrolling, the End key and a far selection make the rows they reach",
    async () => {
      const story = generateStory({ entities: ENTITIES, relations: RELATIONS });
      expect(RELATIONS).toBeGreaterThan(WINDOW_FROM);
      const w = await watchedPage(session.browser);
      const page = w.page;
      await openViewer(page, session.server.url, { settled: false });
      const before = await page.evaluate(() => window.__storygraph!.storiesLoaded);
      await page.setInputFiles("#file-input", { name: "long.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(story)) });
      await page.waitForFunction((n) => window.__storygraph!.storiesLoaded === n + 1, before, { timeout: 120_000 });
      await page.evaluate(() => new Promise<void>((resolve) => window.__storygraph!.view().whenDrawn(resolve)));
      const total = RELATIONS + (story.events?.length ?? 0);

      // a few hundred rows at most, from the first, each placed among all the claims
      const first = await rows(page);
      expect(first.count).toBeGreaterThan(10);
      expect(first.count).toBeLessThan(600);
      expect(first.places.slice(0, 3)).toEqual([1, 2, 3]);
      expect(first.sizes).toEqual([String(total)]);
      expect(await page.locator("#claims-count").innerText()).toContain(`${total} claims`);

      // scrolling the sidebar down by a few screens makes the rows reached, in order
      const sidebar = page.locator("#sidebar");
      const listTop = await page.evaluate(() => document.getElementById("claims-list")!.offsetTop);
      await sidebar.evaluate((s, y) => (s.scrollTop = y + 20_000), listTop);
      await page.waitForFunction(() => {
        const list = document.getElementById("claims-list")!;
        const box = document.getElementById("sidebar")!.getBoundingClientRect();
        return [...list.querySelectorAll("[role=option]")].some((o) => {
          const r = o.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom;
        });
      });
      const scrolled = await rows(page);
      expect(Math.max(...scrolled.places)).toBeGreaterThan(Math.max(...first.places));
      for (let k = 1; k < scrolled.places.length; k++) expect(scrolled.places[k]).toBe(scrolled.places[k - 1]! + 1);

      // a jump to the very end (a dragged scrollbar) makes the last rows, not every row on the way
      await sidebar.evaluate((s) => {
        const list = document.getElementById("claims-list")!;
        s.scrollTop = list.offsetTop + list.offsetHeight - s.clientHeight;
      });
      await page.waitForFunction((n) => [...document.querySelectorAll("#claims-list [role=option]")].some((o) => Number(o.getAttribute("aria-posinset")) > n - 150), total);
      expect((await rows(page)).count).toBeLessThan(1_000);

      // the keyboard: Home then End reach the first and the last claim; the active row exists
      await page.locator("#claims-list").focus();
      await page.keyboard.press("Home");
      await page.keyboard.press("End");
      const activeLast = await page.evaluate(() => {
        const list = document.getElementById("claims-list")!;
        const option = document.getElementById(list.getAttribute("aria-activedescendant") ?? "");
        return option ? { place: option.getAttribute("aria-posinset"), id: option.dataset.id } : null;
      });
      expect(activeLast?.place).toBe(String(total));
      await page.keyboard.press("Enter");
      await page.waitForFunction((id) => window.__storygraph!.store.getState().selection?.id === id, activeLast!.id);

      // a selection made elsewhere (the hash) of a claim far from the rows made brings its row, selected
      const far = story.relations[Math.floor(RELATIONS / 2)]!.id;
      expect((await rows(page)).ids).not.toContain(far);
      await page.evaluate((id) => window.__storygraph!.store.dispatch((s) => ({ ...s, selection: { type: "relation", id } })), far);
      await page.waitForFunction((id) => document.querySelector(`#claims-list [data-id="${id}"]`)?.getAttribute("aria-selected") === "true", far);

      // a filter: the rows re-count among the claims still shown
      const kind = story.relations[0]!.kind;
      await page.locator(`#kind-${kind}`).uncheck();
      await page.waitForFunction((n) => document.querySelector("#claims-list [role=option]")?.getAttribute("aria-setsize") !== String(n), total);
      const filtered = await rows(page);
      const kept = total - story.relations.filter((r) => r.kind === kind).length;
      expect(filtered.sizes).toEqual([String(kept)]);
      expect(filtered.ids.filter((id) => story.relations.find((r) => r.id === id)?.kind === kind)).toEqual([]);
      expect(w.errors).toEqual([]);
      await page.close();
    },
    T,
  );
});
