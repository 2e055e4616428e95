/**
 * The benchmark's floor page for opening a big story: only the work the viewer cannot skip, with
 * the viewer's own modules — fetch the story file (`./story.json`, beside the page), parse and
 * validate it with the library's loader (`parseStoryJson`: anchoring and grounding included),
 * build the render graph and draw it with the viewer's canvas (`createGraphView`: the same sigma
 * settings and styles), in a container of the viewer's canvas size (`?w=&h=`). No panels, no
 * worker, no lists, no article. Sets `window.__floor` after the animation frame that follows
 * sigma's first render: the times from the fetch's start (ms).
 *
 * Also sets `shown`: the second animation frame after the canvas is created, the first that can
 * start only once the frame holding sigma's first render is committed (on screen): the same mark
 * as the viewer's (bench/viewer.ts, bench/big-site.ts), so the two compare like for like.
 */
import "../../src/viewer/zod-config.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import { buildRenderGraph } from "../../src/viewer/canvas/render-graph.ts";
import { createGraphView } from "../../src/viewer/canvas/graph-view.ts";

declare global {
  interface Window {
    __floor?: { read: number; parsed: number; built: number; firstFrame: number; shown: number };
  }
}

const params = new URLSearchParams(location.search);
const container = document.getElementById("graph")!;
container.style.width = `${Number(params.get("w")) || 1000}px`;
container.style.height = `${Number(params.get("h")) || 800}px`;

async function open(): Promise<void> {
const t0 = performance.now();
const bytes = new Uint8Array(await (await fetch("./story.json", { cache: "no-store" })).arrayBuffer());
const read = performance.now() - t0;
const story = parseStoryJson(bytes, { file: "story.json" });
const parsed = performance.now() - t0;
const graph = buildRenderGraph(story);
const built = performance.now() - t0;
const view = createGraphView(container, graph, { onSelect() {}, onClearSelection() {}, onContextLost() {}, onLayoutChange() {} });
let shown = 0;
requestAnimationFrame(() => requestAnimationFrame(() => (shown = performance.now() - t0)));
view.renderer.once("afterRender", () =>
  requestAnimationFrame(() => {
    window.__floor = { read, parsed, built, firstFrame: performance.now() - t0, shown };
    view.layout.stop();
  }),
);
}

void open();
