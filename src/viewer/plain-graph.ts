/**
 * A plain GEXF graph (one not exported by storygraph: no article, no citations) as the viewer
 * shows it: the render graph for sigma, one-line names for its edges, its search and what a
 * selection lights up. graphology only, no sigma, no DOM.
 */
import { MultiDirectedGraph } from "graphology";
import type { GexfColor, GexfValue, UntypedEdge, UntypedGraph, UntypedNode } from "../graph/gexf/untyped.ts";
import { foldName } from "../graph/text.ts";
import { seededPositions } from "./layout-seed.ts";
import { countEdges, nodeSize, type RenderGraph } from "./render-graph.ts";

/** Colour of nodes and edges the file gives no colour (≥ 4.5:1 on white). */
export const PLAIN_NODE_COLOR = "#4b5563";
export const PLAIN_EDGE_COLOR = "#6b7280";

/** `#rrggbb` of a GEXF colour. */
export function hexColor(c: GexfColor): string {
  const h = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0");
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}

/** The graph sigma renders for a plain GEXF graph; positions from the file, else seeded. */
export function buildPlainRenderGraph(g: UntypedGraph): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  const counts = countEdges(g.edges);
  const seeded = seededPositions(g.nodes.map((n) => ({ id: n.id, group: "node" })));
  for (const n of g.nodes) {
    const p = n.position ?? seeded.get(n.id)!;
    graph.addNode(n.id, {
      label: n.label,
      type: "entity",
      kind: "node",
      shape: "circle",
      color: n.color ? hexColor(n.color) : PLAIN_NODE_COLOR,
      size: nodeSize(counts.degree(n.id)),
      x: p.x,
      y: p.y,
      labelPosition: "right",
    });
  }
  for (const e of g.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) continue;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.label ?? e.kind ?? "",
      type: "relation",
      kind: e.kind ?? "edge",
      gap: 0,
      color: e.color ? hexColor(e.color) : PLAIN_EDGE_COLOR,
      head: e.type === "directed" ? "arrow" : "none",
      weight: counts.weight(e.source, e.target),
      path: "straight",
      curvature: 0,
    });
  }
  return graph;
}

/** `A — label → B` (`↔` for an undirected or mutual edge). */
export function plainEdgeLine(e: UntypedEdge, nodeById: ReadonlyMap<string, UntypedNode>): string {
  const s = nodeById.get(e.source)?.label ?? e.source;
  const t = nodeById.get(e.target)?.label ?? e.target;
  const verb = e.label ?? e.kind ?? "";
  return `${s} — ${verb ? verb + " " : ""}${e.type === "directed" ? "→" : "↔"} ${t}`;
}

/** A GEXF attribute value as text. */
export function valueText(v: GexfValue): string {
  return Array.isArray(v) ? v.join(", ") : String(v);
}

/** Nodes whose label contains `query` (folded like entity search), best first. */
export function searchPlainNodes(g: UntypedGraph, query: string): UntypedNode[] {
  const q = foldName(query);
  if (!q) return [];
  const ranked = g.nodes
    .map((n, i) => {
      const f = foldName(n.label);
      return { n, i, rank: f === q ? 0 : f.startsWith(q) ? 1 : f.includes(q) ? 2 : 3 };
    })
    .filter((x) => x.rank < 3);
  ranked.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return ranked.map((x) => x.n);
}

/** What a selection lights up in a plain graph: nodes and edges. */
export function plainFocus(g: UntypedGraph, selection: { type: string; id: string } | null): { nodes: Set<string>; edges: Set<string> } {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  if (selection?.type === "relation") {
    const e = g.edges.find((x) => x.id === selection.id);
    if (e) {
      edges.add(e.id);
      nodes.add(e.source).add(e.target);
    }
  } else if (selection?.type === "entity" && g.nodes.some((n) => n.id === selection.id)) {
    nodes.add(selection.id);
    for (const e of g.edges) {
      if (e.source !== selection.id && e.target !== selection.id) continue;
      edges.add(e.id);
      nodes.add(e.source).add(e.target);
    }
  }
  return { nodes, edges };
}
