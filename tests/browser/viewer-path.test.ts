// The path between two entities in real Chromium (issue 13 item 6): an entity's details offer
// "Path to…"; choosing the other end shows the library's shortestPath step by step with the claims
// that join each step, lights its nodes and edges on the canvas and its quotes in the article,
// and the link to it survives a reload.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../../src/data/story.ts";
import { shortestPath } from "../../src/graph/queries/path.ts";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 120_000;
const session = viewerTestSession({ width: 1280, height: 800 });
const story = defaultStory();

describe("path between two entities", () => {
  test(
    "pathSelection: Path to… in an entity's details shows shortestPath's steps, lights them on the canvas and in the article, and keeps its link",
    async () => {
      const steps = shortestPath(story, "elon-musk", "microsoft")!;
      const w = await watchedPage(session.browser);
      await openViewer(w.page, `${session.server.url}#sel=entity:elon-musk`, { settled: false });
      await w.page.locator("#path-to").selectOption("microsoft");
      await expect.poll(() => w.page.textContent("#details-heading")).toBe("Path: Elon Musk → Microsoft");
      expect(await w.page.locator("#details .path-steps > li").count()).toBe(steps.length);
      const nodes = [...new Set(steps.flatMap((s) => [s.from.id, s.to.id]))].sort();
      await expect.poll(() => w.page.evaluate(() => window.__storygraph!.canvasState().focusNodes.sort())).toEqual(nodes);
      const marked = await w.page.locator("#article mark").count();
      expect(marked).toBeGreaterThan(0);
      await w.page.waitForFunction(() => location.hash.includes("sel=path"));
      await w.reload();
      await w.page.waitForFunction(() => window.__storygraph?.ready === true);
      expect(await w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "path", id: "elon-musk~microsoft" });
      // a step's claim is one click away
      const relation = steps.flatMap((s) => s.relations)[0]!;
      await w.page.locator(`#details [data-select="relation:${relation.id}"]`).first().click();
      await expect.poll(() => w.page.evaluate(() => window.__storygraph!.store.getState().selection)).toEqual({ type: "relation", id: relation.id });
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
});
