/**
 * Entry point of the web viewer. It draws the default story's graph first (sigma, graphology and
 * the graph as computed when the viewer was built: first-frame.ts), then loads the rest of the
 * viewer (the story built and checked in the browser, panels, state, deep links, exports: app.ts,
 * its own chunk) and hands it the graph. Any error while starting is shown in the page (as text)
 * rather than leaving a blank screen.
 */
import { MultiDirectedGraph } from "graphology";
import first from "virtual:storygraph-first-frame";
import { byId } from "./dom.ts";
import { premountGraph } from "./canvas/premount.ts";
import { drawLegend } from "./panels/legend.ts";
import type { RenderGraph } from "./canvas/render-graph.ts";

function fatal(e: unknown): void {
  console.error(e);
  const box = document.getElementById("fatal");
  if (box) {
    box.hidden = false;
    box.textContent = `The viewer could not start: ${(e as Error).message}`;
  }
}

try {
  const graph: RenderGraph = MultiDirectedGraph.from(first.graph);
  // title and legend before the graph: they set the canvas's size (see premountGraph)
  byId("story-title").textContent = first.title;
  drawLegend(byId("legend"), first.legend);
  const pre = premountGraph(graph, byId("graph"));
  // The rest of the viewer is fetched once the graph is on screen: the first frame needs none of it.
  pre.firstFrame
    .then(() => import("./app.ts"))
    .then(({ startDefaultApp }) => startDefaultApp(pre))
    .catch(fatal);
} catch (e) {
  fatal(e);
}
