/**
 * The graph sigma draws, built from the story model: only what is rendered is copied. Nodes are
 * entities (circles, coloured by kind) and events (diamonds, coloured by event kind, labelled with
 * their label and key qualifier); edges are relations (solid, coloured by kind, arrowed unless
 * symmetric) and participations (dashed slate lines from an event to each participant, labelled
 * with the role). Keys are the model's ids (participations: `event/role/participant`, as
 * `toGraph` keys them), so the canvas and the panels speak the same ids. graphology only, no
 * sigma: unit-tested in Node.
 */
import { MultiDirectedGraph } from "graphology";
import type { Story } from "../../graph/model.ts";
import { participationKey } from "../../graph/graph.ts";
import { roleLabel } from "../../graph/describe.ts";
import { hashString } from "../../graph/random.ts";
import { edgeLabel, eventNodeLabel } from "../format.ts";
import { seededPositions } from "./layout-seed.ts";
import { BIG_GRAPH } from "./big-graph.ts";
import { pairKey } from "./bundle-clearance.ts";
import type { LabelSide } from "./label-placement.ts";
import { entityColor, eventColor, NODE_SHAPES, PARTICIPATION_COLOR, PARTICIPATION_DASH, relationColor } from "../styles.ts";

export interface RenderNodeAttributes {
  label: string;
  /** `entity` or `event` (a plain GEXF graph's nodes are entities). */
  type: "entity" | "event";
  /** The entity or event kind (or, for a plain GEXF graph, `node`). */
  kind: string;
  /** sigma shape: `circle` for entities, `diamond` for events. */
  shape: "circle" | "diamond";
  color: string;
  size: number;
  x: number;
  y: number;
  /** Side of the node its label stands on (set after the layout, away from its edges). */
  labelPosition: LabelSide;
}

export interface RenderEdgeAttributes {
  label: string;
  /** `relation`, or `participation` (an event to one of its participants). */
  type: "relation" | "participation";
  /** The relation kind or the participant's role (or, for a plain GEXF graph, the edge's `kind` or `edge`). */
  kind: string;
  color: string;
  /** Dash gap in screen pixels: 0 draws the edge solid (relations), more dashes it (participations). */
  gap: number;
  /** `straight`, or `curved` for a single edge bent out of a bundle of parallel edges (after the layout). */
  path: "straight" | "curved";
  /** Bend of a `curved` single edge (sigma's pathCurved curvature). */
  curvature: number;
  /** `arrow` for a directed relation, `none` for a symmetric one and for participations. */
  head: "arrow" | "none";
  /**
   * Layout weight: the n edges between one pair pull with a total weight of 1/n, so a pair
   * joined seven times is not pulled into a knot and gets the room its labels need.
   */
  weight: number;
  /** Thickness in screen pixels (a plain GEXF graph's edges, from their weight); else the style's (2, participations 1.5). */
  size?: number;
}

export type RenderGraph = MultiDirectedGraph<RenderNodeAttributes, RenderEdgeAttributes>;

/** Node size in screen pixels from its degree: 10 for a leaf, growing slowly, at most 22. */
export function nodeSize(degree: number): number {
  return Math.min(22, 10 + 3 * Math.sqrt(Math.max(0, degree - 1)));
}

/** Event node size from its degree: a little under an entity's (a diamond reads larger than a circle of one size), at most 18. */
export function eventSize(degree: number): number {
  return Math.min(18, 9 + 2.5 * Math.sqrt(Math.max(0, degree - 1)));
}

/**
 * The factor node sizes take in a graph of `nodes` nodes: 1 up to the big-graph size (150), then
 * shrinking with the square root of the count, to 0.35 at 1,250 nodes and beyond, so that ten
 * thousand nodes on a canvas read as a map (3.5 px leaves) instead of a disc of overlapping 10 px ones.
 */
export function nodeSizeScale(nodes: number): number {
  return nodes <= BIG_GRAPH.nodes ? 1 : Math.max(0.35, Math.sqrt(BIG_GRAPH.nodes / nodes));
}

/** Layout weight of each of `n` parallel edges: n^-2 (total 1/n). */
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

/** The edges of `story` as source → target pairs: relations, then participations (event → participant). */
function storyEdges(story: Story): { source: string; target: string }[] {
  const out: { source: string; target: string }[] = story.relations.map((r) => ({ source: r.source, target: r.target }));
  for (const e of story.events) for (const p of e.participants) out.push({ source: e.id, target: p.id });
  return out;
}

/**
 * Seeded start positions: entities on a circle (grouped by kind), each event at the middle of its
 * participants (pulled a little towards the centre, nudged by a jitter seeded from its id), so
 * that ForceAtlas2 starts with events beside what they join. An event whose participants are all
 * events comes after them; one with none placed yet goes on the circle.
 */
export function seedStoryPositions(story: Story): Map<string, { x: number; y: number }> {
  const positions = seededPositions(story.entities.map((e) => ({ id: e.id, group: e.kind })));
  let pending: readonly Story["events"][number][] = story.events;
  const circle = seededPositions(story.events.map((e) => ({ id: e.id, group: e.kind })), 12);
  // pass 0–2: events whose participants are all placed; pass 3: any with one placed
  for (let pass = 0; pending.length > 0 && pass < 4; pass++) {
    const left: Story["events"][number][] = [];
    for (const e of pending) {
      const placed = e.participants.map((p) => positions.get(p.id)).filter((p) => p !== undefined);
      if (placed.length === 0 || (pass < 3 && placed.length < e.participants.length)) {
        left.push(e);
        continue;
      }
      const h = hashString(e.id);
      const jx = ((h & 0xffff) / 0xffff - 0.5) * 4;
      const jy = ((h >>> 16) / 0xffff - 0.5) * 4;
      const mx = placed.reduce((s, p) => s + p.x, 0) / placed.length;
      const my = placed.reduce((s, p) => s + p.y, 0) / placed.length;
      positions.set(e.id, { x: mx * 0.7 + jx, y: my * 0.7 + jy });
    }
    pending = left;
  }
  for (const e of pending) positions.set(e.id, circle.get(e.id)!);
  return positions;
}

/** Build the graph sigma renders for `story`, with seeded initial positions. */
export function buildRenderGraph(story: Story): RenderGraph {
  const graph: RenderGraph = new MultiDirectedGraph();
  const vocabulary = story.vocabulary;
  const counts = countEdges(storyEdges(story));
  const positions = seedStoryPositions(story);
  const scale = nodeSizeScale(story.entities.length + story.events.length);
  for (const e of story.entities) {
    const p = positions.get(e.id)!;
    graph.addNode(e.id, {
      label: e.label,
      type: "entity",
      kind: e.kind,
      shape: NODE_SHAPES.entity,
      color: entityColor(e.kind),
      size: scale * nodeSize(counts.degree(e.id)),
      x: p.x,
      y: p.y,
      labelPosition: "right",
    });
  }
  for (const e of story.events) {
    const p = positions.get(e.id)!;
    graph.addNode(e.id, {
      label: eventNodeLabel(e),
      type: "event",
      kind: e.kind,
      shape: NODE_SHAPES.event,
      color: eventColor(e.kind),
      size: scale * eventSize(counts.degree(e.id)),
      x: p.x,
      y: p.y,
      labelPosition: "right",
    });
  }
  for (const r of story.relations) {
    graph.addDirectedEdgeWithKey(r.id, r.source, r.target, {
      label: edgeLabel(r, vocabulary),
      type: "relation",
      kind: r.kind,
      color: relationColor(r.kind),
      gap: 0,
      head: r.symmetric ? "none" : "arrow",
      weight: counts.weight(r.source, r.target),
      path: "straight",
      curvature: 0,
    });
  }
  for (const e of story.events) {
    for (const p of e.participants) {
      graph.addDirectedEdgeWithKey(participationKey(e.id, p.role, p.id), e.id, p.id, {
        label: roleLabel(vocabulary, e.kind, p.role),
        type: "participation",
        kind: p.role,
        color: PARTICIPATION_COLOR,
        gap: PARTICIPATION_DASH.gap,
        head: "none",
        weight: counts.weight(e.id, p.id),
        path: "straight",
        curvature: 0,
      });
    }
  }
  return graph;
}

export { BIG_GRAPH, isBigGraph } from "./big-graph.ts";
