// Opening a large file in real Chromium: the file is read with progress and checked in a Web
// Worker, so the page keeps answering while a 15 MB GEXF is parsed and validated (the status shows
// "checking it" to a script running on the page meanwhile), and the opened story is as frozen as
// one the page builds itself.
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../../bench/generate.ts";
import { toGexf } from "../../src/graph/gexf/writer.ts";
import { openViewer, viewerTestSession, watchedPage } from "../helpers/browser.ts";

const T = 180_000;
const session = viewerTestSession({ width: 1280, height: 800 });

describe("opening a large file", () => {
  test(
    "openFile checks a 15 MB GEXF in a worker: the page answers while it is checked, and the story comes back frozen",
    async () => {
      const story = generateStoryModel({ entities: 2_000, relations: 9_000, events: 900 });
      const gexf = Buffer.from(toGexf(story, { layoutIterations: 0 }));
      expect(gexf.length).toBeGreaterThan(10 * 1024 * 1024);
      const w = await watchedPage(session.browser);
      await openViewer(w.page, session.server.url, { settled: false });
      await w.page.setInputFiles("#file-input", { name: "big.gexf", mimeType: "application/xml", buffer: gexf });
      // the page's own thread answers these evaluations while the worker checks the file
      const seen = new Set<string>();
      for (;;) {
        const status = await w.page.evaluate(() => document.getElementById("status")!.textContent ?? "");
        seen.add(status.replace(/read \d+ %/, "read N %"));
        if (status.startsWith("Opened") || status.startsWith("Could not")) break;
      }
      expect(seen).toContain("Opening big.gexf… checking it");
      const after = await w.page.evaluate(() => {
        const h = window.__storygraph!;
        const s = h.story();
        return { where: h.fileCheckedIn(), relations: s.relations.length, frozen: Object.isFrozen(s) && Object.isFrozen(s.relations[0]) && Object.isFrozen(s.relations[0]!.citations[0]!.factuality) };
      });
      expect(after).toEqual({ where: "worker", relations: story.relations.length, frozen: true });
      expect(w.errors).toEqual([]);
      await w.page.close();
    },
    T,
  );
});
