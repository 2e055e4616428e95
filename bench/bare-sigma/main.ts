/**
 * The benchmark's reference page: sigma 4 + graphology and nothing else, drawing a graph given
 * at build time (the same nodes, edges, positions, sizes and colours as the viewer's render graph;
 * bench/viewer.ts writes it and aliases `bare-sigma-graph` to it). Sets `data-first-frame` (and
 * `data-ready`: nothing else to mount) on <html> once sigma's constructor has drawn the graph, as
 * the viewer does; `window.__bareShown` once that render is on screen.
 */
import { MultiDirectedGraph } from "graphology";
import type { SerializedGraph } from "graphology-types";
import Sigma from "sigma";
// @ts-expect-error resolved by the benchmark's build (an alias to a generated JSON file)
import data from "bare-sigma-graph";

const graph = new MultiDirectedGraph();
graph.import(data as SerializedGraph);
const renderer = new Sigma(graph, document.getElementById("graph")!);
// sigma's constructor draws the graph (synchronously), as it does in the viewer (canvas/premount.ts)
void renderer;
document.documentElement.dataset.firstFrame = "true";
// on screen: the second frame after the constructor, the first that can start only once the frame
// holding its render is committed (bench/viewer.ts reads it for the 10k/50k graph, as it marks the viewer)
requestAnimationFrame(() => requestAnimationFrame(() => ((window as unknown as { __bareShown?: number }).__bareShown = performance.now())));
document.documentElement.dataset.ready = "true";
