// The first frame's data, computed when the viewer is built (src/viewer/first-frame.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { FIRST_FRAME_MODULE, firstFrameData, firstFrameModuleSource } from "../src/viewer/first-frame.ts";
import { legendModel } from "../src/viewer/panels/legend-model.ts";
import { buildRenderGraph } from "../src/viewer/canvas/render-graph.ts";
import { REPO_ROOT } from "./helpers/browser.ts";

const story = defaultStory();

describe("firstFrameData", () => {
  test("firstFrameData holds the default story's render graph, legend and title", () => {
    const data = firstFrameData(story);
    expect(data.title).toBe(story.article.title);
    expect(data.legend).toEqual(legendModel(story));
    const graph = MultiDirectedGraph.from(data.graph);
    const built = buildRenderGraph(story);
    expect(graph.order).toBe(built.order);
    expect(graph.size).toBe(built.size);
    built.forEachNode((id, a) => expect(graph.getNodeAttributes(id)).toEqual(a));
    built.forEachEdge((id, a, s, t) => {
      expect(graph.getEdgeAttributes(id)).toEqual(a);
      expect([graph.source(id), graph.target(id)]).toEqual([s, t]);
    });
  });
  test("firstFrameModuleSource is a module whose default export is the data", async () => {
    const data = firstFrameData(story);
    const source = firstFrameModuleSource(data);
    expect(source.startsWith("export default JSON.parse(")).toBe(true);
    const mod = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown };
    expect(mod.default).toEqual(JSON.parse(JSON.stringify(data)));
    expect(FIRST_FRAME_MODULE).toBe("virtual:storygraph-first-frame");
    // vite.config.ts serves it under the same id (it names it without importing the viewer's code)
    expect(readFileSync(path.join(REPO_ROOT, "vite.config.ts"), "utf8")).toContain(`"${FIRST_FRAME_MODULE}"`);
  });
});
