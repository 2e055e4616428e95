/**
 * `shortestPath`: the fewest relations joining two entities, whatever their direction, found with
 * graphology-shortest-path on an undirected projection of the story (built once per story).
 */
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { NotFoundError } from "../errors.ts";
import type { Entity, Relation, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

export interface PathStep {
  readonly from: Entity;
  readonly to: Entity;
  /** Every relation joining the two entities of this step, in story order. */
  readonly relations: readonly Relation[];
}

const cache = new WeakMap<Story, Graph>();

function undirected(story: Story): Graph {
  let g = cache.get(story);
  if (!g) {
    g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    for (const e of story.entities) g.addNode(e.id);
    for (const r of story.relations) g.mergeEdge(r.source, r.target);
    cache.set(story, g);
  }
  return g;
}

/**
 * The steps of a shortest path from entity `from` to entity `to`, or `null` when none joins them
 * (an empty array when `from === to`).
 *
 * @example shortestPath(story, "elon-musk", "microsoft") // musk → openai → microsoft
 * @throws {NotFoundError} when either id names no entity.
 */
export function shortestPath(story: Story, from: string, to: string): PathStep[] | null {
  const index = indexOf(story);
  for (const id of [from, to]) if (!index.entity(id)) throw new NotFoundError("shortestPath", "entity", id);
  if (from === to) return [];
  const nodes = bidirectional(undirected(story), from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const relations = index.relationsOfEntity(a).filter((r) => (r.source === a && r.target === b) || (r.source === b && r.target === a));
    steps.push({ from: index.entity(a)!, to: index.entity(b)!, relations });
  }
  return steps;
}
