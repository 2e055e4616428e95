/**
 * The graph sigma draws, built from the story model: only what is rendered is copied (label,
 * kind, colour, size, position for nodes; label, kind, colour, arrow head for edges). Node and
 * edge keys are the model's entity and relation ids, so the canvas and the panels speak the same
 * ids. graphology only, no sigma: unit-tested in Node.
 */
import { MultiDirectedGraph } from "graphology";
import type { EntityKind, RelationKind } from "../graph/kinds.ts";
import type { Story } from "../graph/model.ts";
import { edgeLabel } from "./format.ts";
import { seededPositions } from "./layout-seed.ts";
import type { LabelSide } from "./label-placement.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "./styles.ts";

export interface RenderNodeAttributes {
  label: string;
  /** The entity kind (or, for a plain GEXF graph, `node`). */
  kind: EntityKind | "node";
  color: string;
  size: number;
  x: number;
  y: number;
  /** Side of the node its label stands on (set after the layout, away from its edges). */
  labelPosition: LabelSide;
}

export interface RenderEdgeAttributes {
  label: string;
  /** The relation kind (or, for a plain GEXF graph, the edge's `kind` or `edge`). */
  kind: RelationKind | string;
  color: string;
  /** `straight`, or `curved` for a single edge bent out of a bundle of parallel edges (after the layout). */
  path: "straight" | "curved";
  /** Bend of a `curved` single edge (sigma's pathCurved curvature). */
  curvature: number;
  /** `arrow` for a directed relation, `none` for a symmetric one. */
  head: "arrow" | "none";
  /**
   * Layout weight: the n relations between one pair pull with a total weight of 1/n, so a pair
   * joined seven times is not pulled into a knot and gets the room its labels need.
   */
  weight: number;
}

export type RenderGraph = MultiDirectedGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/** Node size in screen pixels from its degree: 10 for a leaf, growing slowly, at most 22. */
export function nodeSize(degree: number): number {
  return Math.min(22, 10 + 3 * Math.sqrt(Math.max(0, degree - 1)));
}

/** Layout weight of each of `n` parallel relations: n^-2 (total 1/n). */
export function pairWeight(n: number): number {
  return 1 / Math.pow(Math.max(1, n), 2);
}

/** What node sizes and layout weights are made from: each node's degree, and the layout weight of an edge (`pairWeight` of its pair's count). */
export interface EdgeCounts {
  degree(node: string): number;
  weight(source: string, target: string): number;
}

/** Count the degree of each node and the edges joining each pair (either way) of `edges`. */
export function countEdges(edges: Iterable<{ readonly source: string; readonly target: string }>): EdgeCounts {
  const degree = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const e of edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
    const key = pairKey(e.source, e.target);
    pairCount.set(key, (pairCount.get(key) ?? 0) + 1);
  }
  return {
    degree: (node) => degree.get(node) ?? 0,
    weight: (source, target) => pairWeight(pairCount.get(pairKey(source, target)) ?? 0),
  };
}

/** Build the graph sigma renders for `story`, with seeded initial positions. */
export function buildRenderGraph(story: Story): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  const counts = countEdges(story.relations);
  const positions = seededPositions(story.entities.map((e) => ({ id: e.id, group: e.kind })));
  for (const e of story.entities) {
    const p = positions.get(e.id)!;
    graph.addNode(e.id, {
      label: e.label,
      kind: e.kind,
      color: ENTITY_COLORS[e.kind],
      size: nodeSize(counts.degree(e.id)),
      x: p.x,
      y: p.y,
      labelPosition: "right",
    });
  }
  for (const r of story.relations) {
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      label: edgeLabel(r),
      kind: r.kind,
      color: RELATION_COLORS[r.kind],
      head: r.symmetric ? "none" : "arrow",
      weight: counts.weight(r.source, r.target),
      path: "straight",
      curvature: 0,
    });
  }
  return graph;
}

/** Above this many nodes or edges, labels are culled by density instead of all drawn. */
export const BIG_GRAPH = { nodes: 150, edges: 400 } as const;

/** True for a graph too big to draw every label of (and to run the bundle passes on). */
export function isBigGraph(graph: { order: number; size: number }): boolean {
  return graph.order > BIG_GRAPH.nodes || graph.size > BIG_GRAPH.edges;
}
