/** The sigma probe page (bench/sigma-probe/run.ts says what it is for and which parameters it reads). */
import "../../src/viewer/zod-config.ts";
import { parseStoryJson } from "../../src/graph/input/load.ts";
import { buildRenderGraph } from "../../src/viewer/canvas/render-graph.ts";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerFill, layerPlain, pathCurved, pathLine, sdfCircle, sdfDiamond } from "sigma/rendering";
import { CUSTOM_EDGE_STATE, CUSTOM_GRAPH_STATE, CUSTOM_NODE_STATE, EDGE_STYLE_RULES, NODE_STYLE_RULES, BIG_GRAPH_EDGE_RULES, BIG_GRAPH_NODE_RULES } from "../../src/viewer/styles.ts";
import { labelGridSettings, DEFAULT_LABEL_DENSITY } from "../../src/viewer/canvas/label-density.ts";
const q = new URLSearchParams(location.search);
const c = document.getElementById("graph")!;
c.style.width = (q.get("w") ?? "1000") + "px"; c.style.height = (q.get("h") ?? "800") + "px";
async function open() {
  const bytes = new Uint8Array(await (await fetch("./story.json")).arrayBuffer());
  const story = parseStoryJson(bytes, { file: "story.json" });
  const graph = buildRenderGraph(story);
  if (q.get("edges") === "0") graph.clearEdges();
  if (q.get("nodes") === "few") { let i = 0; graph.forEachNode((n) => { if (i++ > 500) graph.dropNode(n); }); }
  const p = q.get("p") ?? "ours", s = q.get("s") ?? "ours", set = q.get("set") ?? "ours";
  const opts: any = {};
  if (p === "ours" || p === "noshape" || p === "nopath") opts.primitives = {
    nodes: { shapes: p === "noshape" ? [sdfCircle()] : [sdfCircle(), sdfDiamond()], layers: [layerFill()], label: { font: { family: "system-ui", weight: "600" }, margin: 6 } },
    edges: { paths: p === "nopath" ? [pathLine()] : [pathLine(), pathCurved()], extremities: [extremityArrow()], layers: [layerPlain()],
      variables: { curvature: { type: "number", default: 0 }, gap: { type: "number", default: 0 } },
      label: { color: { attribute: "color" }, textBorder: { width: 4, color: "#ffffff" }, fontSizeMode: "fixed", margin: 4, keepUpright: true } },
  };
  if (s === "ours" || s === "nostate") {
    if (s === "ours") { opts.customNodeState = { ...CUSTOM_NODE_STATE }; opts.customEdgeState = { ...CUSTOM_EDGE_STATE }; opts.customGraphState = { ...CUSTOM_GRAPH_STATE }; }
    opts.styles = { nodes: [DEFAULT_STYLES.nodes, ...NODE_STYLE_RULES, ...BIG_GRAPH_NODE_RULES], edges: [DEFAULT_STYLES.edges, ...EDGE_STYLE_RULES, ...BIG_GRAPH_EDGE_RULES] };
  }
  if (s === "attrs") opts.styles = { nodes: [DEFAULT_STYLES.nodes, { color: { attribute: "color" }, size: { attribute: "size" }, label: { attribute: "label" } }], edges: [DEFAULT_STYLES.edges, { color: { attribute: "color" }, size: { attribute: "size", defaultValue: 2 } }] };
  if (set === "ours") opts.settings = { itemSizesReference: "screen", enableEdgeEvents: true, edgeLabelEvents: "extend", nodeLabelEvents: "extend", renderEdgeLabels: false, edgeLabelAnchors: "nodeLabels", autoRescale: true, stagePadding: 40, ...labelGridSettings(DEFAULT_LABEL_DENSITY), enableNodeDrag: true, gestureTarget: "graph" };
  if (set === "noevents") opts.settings = { itemSizesReference: "screen", renderEdgeLabels: false, ...labelGridSettings(DEFAULT_LABEL_DENSITY) };
  if (q.get("pick")) opts.settings = { ...opts.settings, pickingDownSizingRatio: Number(q.get("pick")) };
  if (q.get("esize")) opts.styles.edges.push({ size: Number(q.get("esize")) });
  if (q.get("pr")) (window as any).devicePixelRatio = Number(q.get("pr"));
  const t0 = performance.now();
  const r = new Sigma(graph as any, c, opts);
  const ctor = performance.now() - t0;
  requestAnimationFrame(() => requestAnimationFrame(() => { (window as any).__probe = { ctor, shown: performance.now() - t0 }; void r; }));
}
void open();
