/**
 * Deterministic node positions for the GEXF export: nodes start at positions drawn from a seeded
 * PRNG (mulberry32), then ForceAtlas2 (graphology-layout-forceatlas2, synchronous) runs a fixed
 * number of iterations. No clock and no `Math.random`: the same story and options give the same
 * positions, hence the same file, and Gephi opens it already laid out. The graph laid out is the
 * one the file holds: entities and events as nodes, relations and participations as edges.
 */
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { InvalidArgumentError } from "../errors.ts";
import type { Story } from "../model.ts";
import { mulberry32 } from "../random.ts";

/** A node position. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Options of `layoutPositions`. */
export interface LayoutOptions {
  /** ForceAtlas2 iterations (≥ 1). */
  readonly iterations: number;
  /** PRNG seed, unsigned 32-bit integer. */
  readonly seed: number;
}

/**
 * Positions of the story's entities and events (in that order): seeded random start, then ForceAtlas2 with the settings
 * graphology infers for the graph's size (Barnes–Hut above 2000 nodes). Rounded to 1/100.
 *
 * @throws {InvalidArgumentError} when `iterations` is not a positive integer.
 */
export function layoutPositions(story: Story, options: LayoutOptions): Map<string, Point> {
  if (!Number.isInteger(options.iterations) || options.iterations < 1) {
    throw new InvalidArgumentError("layoutPositions", "iterations", `must be a positive integer, got ${options.iterations}`);
  }
  const random = mulberry32(options.seed);
  const graph = new MultiDirectedGraph<{ x: number; y: number }>();
  const spread = 10 * Math.sqrt(Math.max(1, story.entities.length + story.events.length));
  for (const e of story.entities) graph.addNode(e.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const e of story.events) graph.addNode(e.id, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  for (const r of story.relations) graph.addDirectedEdge(r.source, r.target);
  for (const e of story.events) for (const p of e.participants) graph.addDirectedEdge(e.id, p.id);
  const positions = new Map<string, Point>();
  if (graph.order === 0) return positions;
  const result = forceAtlas2(graph, { iterations: options.iterations, settings: forceAtlas2.inferSettings(graph), getEdgeWeight: null });
  const round = (v: number) => Math.round(v * 100) / 100 || 0;
  for (const id of graph.nodes()) {
    const p = result[id]!;
    positions.set(id, { x: round(p.x), y: round(p.y) });
  }
  return positions;
}
