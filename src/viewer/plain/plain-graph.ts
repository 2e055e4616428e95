/**
 * A plain GEXF graph (one not exported by storygraph: no article, no citations) as the viewer
 * shows it: the render graph for sigma, as its author laid it out (the file's positions, colours
 * and sizes, edge thickness from weight, an uncoloured edge in its source node's colour), one-line
 * names for its edges, its search and what a selection lights up. graphology only, no sigma, no
 * DOM.
 */
import { MultiDirectedGraph } from "graphology";
import type { GexfValue, UntypedEdge, UntypedGraph, UntypedNode } from "../../graph/gexf/untyped.ts";
import { foldName } from "../../graph/text.ts";
import { seededPositions } from "../canvas/layout-seed.ts";
import { countEdges, nodeSize, type RenderGraph } from "../canvas/render-graph.ts";
import { edgeWidths } from "../canvas/edge-weight.ts";
import { attributeScale, categoryOf, extent, type NodeColumn } from "./attribute-scale.ts";
import { InvalidArgumentError } from "../../graph/errors.ts";
import { hexColor } from "./hex-color.ts";

/** Colour of nodes the file gives no colour (≥ 4.5:1 on white). */
export const PLAIN_NODE_COLOR = "#4b5563";
/** A node's colour as the file gives it: its `viz:color`, else PLAIN_NODE_COLOR. */
export function fileNodeColor(n: UntypedNode): string {
  return n.color ? hexColor(n.color) : PLAIN_NODE_COLOR;
}

/**
 * The colour of each edge of `g`, in edge order: its own `viz:color`, else the colour its source
 * node is drawn in (Gephi's "edge colour: source", what Gephi's graph window does with an
 * uncoloured edge). An undirected edge's source is the one the file names first.
 *
 * @param g - the plain graph.
 * @param nodeColors - the colour each node is drawn in, in node order (fileNodeColor of each, or
 *   plainLook's `colors` when the reader colours nodes by an attribute).
 * @throws {InvalidArgumentError} when `nodeColors` does not hold one colour per node.
 */
export function plainEdgeColors(g: UntypedGraph, nodeColors: readonly string[]): string[] {
  if (nodeColors.length !== g.nodes.length) {
    throw new InvalidArgumentError("plainEdgeColors", "nodeColors", `must hold one colour per node (${g.nodes.length}), got ${nodeColors.length}`);
  }
  const index = new Map(g.nodes.map((n, i) => [n.id, i]));
  // a source that is not a node (not drawn; the GEXF reader refuses one) falls back to the default
  return g.edges.map((e) => (e.color ? hexColor(e.color) : (nodeColors[index.get(e.source) ?? -1] ?? PLAIN_NODE_COLOR)));
}

// the panels and app.ts take hexColor from here, with the rest of the plain graph's look
export { hexColor };

/** True when every node of `g` has a `viz:position` (the file is laid out: no layout runs by itself). */
export function hasFilePositions(g: UntypedGraph): boolean {
  return g.nodes.length > 0 && g.nodes.every((n) => n.position !== undefined && Number.isFinite(n.position.x) && Number.isFinite(n.position.y));
}

/** Largest node size, in screen pixels, a file's `viz:size` is scaled to. */
export const MAX_FILE_NODE_PX = 30;
/** Smallest node size drawn, in screen pixels (a smaller file size is raised to it). */
export const MIN_FILE_NODE_PX = 2;
/** The canvas size, in screen pixels, a laid-out file's extent is taken to fill (for its sizes). */
export const REFERENCE_CANVAS_PX = 700;

/**
 * The factor from a file's `viz:size` to screen pixels: sizes keep their ratios and their
 * proportion to the layout (as the author saw them in Gephi, where a size is in the positions'
 * units), the graph's extent taken as REFERENCE_CANVAS_PX, and the largest node at most
 * MAX_FILE_NODE_PX. 0 when no node has a size.
 */
export function fileSizeFactor(g: UntypedGraph): number {
  let max = 0;
  for (const n of g.nodes) if (n.size !== undefined && Number.isFinite(n.size) && n.size > max) max = n.size;
  if (max <= 0) return 0;
  let factor = MAX_FILE_NODE_PX / max;
  if (hasFilePositions(g)) {
    const [x0, x1] = extent(g.nodes.map((n) => n.position!.x));
    const [y0, y1] = extent(g.nodes.map((n) => n.position!.y));
    const side = Math.max(x1 - x0, y1 - y0);
    if (side > 0) factor = Math.min(factor, REFERENCE_CANVAS_PX / side);
  }
  return factor;
}

/** Node size in screen pixels: the file's `viz:size` (see fileSizeFactor), else from the degree as a story's nodes. */
export function plainNodeSizes(g: UntypedGraph): number[] {
  const factor = fileSizeFactor(g);
  const counts = countEdges(g.edges);
  return g.nodes.map((n) =>
    factor > 0 && n.size !== undefined && Number.isFinite(n.size) ? Math.max(MIN_FILE_NODE_PX, n.size * factor) : nodeSize(counts.degree(n.id)),
  );
}

/**
 * The graph sigma renders for a plain GEXF graph: positions, colours and sizes from the file
 * (seeded positions, grey and degree sizes where it gives none), edge thickness from `weight`
 * (edgeWidths), the edge's own `viz:color` else its source node's (plainEdgeColors).
 */
export function buildPlainRenderGraph(g: UntypedGraph): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  const counts = countEdges(g.edges);
  const seeded = seededPositions(g.nodes.map((n) => ({ id: n.id, group: "node" })));
  const sizes = plainNodeSizes(g);
  const colors = g.nodes.map(fileNodeColor);
  g.nodes.forEach((n, i) => {
    const p = n.position ?? seeded.get(n.id)!;
    graph.addNode(n.id, {
      label: n.label,
      type: "entity",
      kind: "node",
      shape: "circle",
      color: colors[i]!,
      size: sizes[i]!,
      x: p.x,
      y: p.y,
      labelPosition: "right",
    });
  });
  const widths = edgeWidths(g.edges.map((e) => e.weight));
  const edgeColors = plainEdgeColors(g, colors);
  g.edges.forEach((e, i) => {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || graph.hasEdge(e.id)) return;
    graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
      label: e.label ?? e.kind ?? "",
      type: "relation",
      kind: e.kind ?? "edge",
      gap: 0,
      color: edgeColors[i]!,
      head: e.type === "directed" ? "arrow" : "none",
      weight: counts.weight(e.source, e.target),
      path: "straight",
      curvature: 0,
      size: widths[i]!,
    });
  });
  return graph;
}

/** How a plain graph is drawn: each node's colour and size (in node order) and each edge's colour (in edge order). */
export interface PlainLook {
  readonly colors: readonly string[];
  readonly sizes: readonly number[];
  readonly edgeColors: readonly string[];
}

/**
 * Each node's colour and size when coloured by column `colorBy` and sized by `sizeBy` (`file`:
 * as the file gives them, see buildPlainRenderGraph), in node order, and the edge colours that
 * follow from them (plainEdgeColors), in edge order.
 *
 * @param g - the plain graph.
 * @param columns - its columns (see nodeColumns).
 * @param colorBy - `file` or a column key.
 * @param sizeBy - `file` or the key of a numeric column.
 * @throws {InvalidArgumentError} for a key that is not among `columns`, or a size column that is not numeric.
 */
export function plainLook(g: UntypedGraph, columns: readonly NodeColumn[], colorBy: string, sizeBy: string): PlainLook {
  const FN = "plainLook";
  const find = (key: string, what: string) => {
    if (key === "file") return null;
    const c = columns.find((x) => x.key === key);
    if (!c) throw new InvalidArgumentError(FN, what, `no column ${JSON.stringify(key)} (known: file, ${columns.map((x) => x.key).join(", ")})`);
    return c;
  };
  const colorColumn = find(colorBy, "colorBy");
  const sizeColumn = find(sizeBy, "sizeBy");
  if (sizeColumn && sizeColumn.kind !== "numeric") throw new InvalidArgumentError(FN, "sizeBy", `column ${JSON.stringify(sizeBy)} is not numeric`);
  const colorScale = colorColumn ? attributeScale(colorColumn) : null;
  const sizeScale = sizeColumn ? attributeScale(sizeColumn) : null;
  const fileSizes = sizeScale ? [] : plainNodeSizes(g);
  const colors = g.nodes.map((n, i) => (colorScale ? colorScale.colorOf(colorColumn!.values[i]) : fileNodeColor(n)));
  return {
    colors,
    sizes: g.nodes.map((_n, i) => (sizeScale?.kind === "numeric" ? sizeScale.sizeOf(sizeColumn!.values[i]) : fileSizes[i]!)),
    edgeColors: plainEdgeColors(g, colors),
  };
}

/**
 * Draw `render` (built by buildPlainRenderGraph from `g`) with `look`: its nodes' colours and
 * sizes and its edges' colours. Items of `g` that `render` does not hold are passed over.
 *
 * @param render - the render graph sigma draws.
 * @param g - the plain graph it was built from.
 * @param look - see plainLook.
 */
export function paintPlainLook(render: RenderGraph, g: UntypedGraph, look: PlainLook): void {
  // one updateEach… per kind: one graphology event (with its hints) for sigma, not one per item
  const nodeAt = new Map(g.nodes.map((n, i) => [n.id, i]));
  render.updateEachNodeAttributes(
    (id, a) => {
      const i = nodeAt.get(id);
      return i === undefined ? a : { ...a, color: look.colors[i]!, size: look.sizes[i]! };
    },
    { attributes: ["color", "size"] },
  );
  const edgeAt = new Map(g.edges.map((e, i) => [e.id, i]));
  render.updateEachEdgeAttributes(
    (id, a) => {
      const i = edgeAt.get(id);
      return i === undefined ? a : { ...a, color: look.edgeColors[i]! };
    },
    { attributes: ["color"] },
  );
}

/** `A — label → B` (`↔` for an undirected or mutual edge). */
export function plainEdgeLine(e: UntypedEdge, nodeById: ReadonlyMap<string, UntypedNode>): string {
  const s = nodeById.get(e.source)?.label ?? e.source;
  const t = nodeById.get(e.target)?.label ?? e.target;
  const verb = e.label ?? e.kind ?? "";
  return `${s} — ${verb ? verb + " " : ""}${e.type === "directed" ? "→" : "↔"} ${t}`;
}

/** A GEXF attribute value as text: as the legend and the filters name it (categoryOf). */
export function valueText(v: GexfValue): string {
  return categoryOf(v);
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
