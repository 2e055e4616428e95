/**
 * `shortestPath`: the fewest links joining two nodes (entities or events), whatever their
 * direction, found with graphology-shortest-path on an undirected projection of the story's graph
 * (relations, and each event joined to its participants), built once per story.
 */
import Graph from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { NotFoundError } from "../errors.ts";
import type { Relation, Story, StoryNode } from "../model.ts";
import { indexOf } from "../story-index.ts";
import type { ParticipationLink } from "./neighbors.ts";

/** One step of a shortest path (`shortestPath`): two adjacent nodes and every relation or participation joining them. */
export interface PathStep {
  readonly from: StoryNode;
  readonly to: StoryNode;
  /** Every relation joining the two entities of this step, in story order. */
  readonly relations: readonly Relation[];
  /** Every participation joining them (one is an event, the other its participant); `outgoing` when `from` is the event. */
  readonly participations: readonly ParticipationLink[];
}

const cache = new WeakMap<Story, Graph>();

function undirected(story: Story): Graph {
  let g = cache.get(story);
  if (!g) {
    g = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    for (const e of story.entities) g.addNode(e.id);
    for (const e of story.events) g.addNode(e.id);
    for (const r of story.relations) g.mergeEdge(r.source, r.target);
    for (const e of story.events) for (const p of e.participants) g.mergeEdge(e.id, p.id);
    cache.set(story, g);
  }
  return g;
}

/**
 * The steps of a shortest path from node `from` to node `to` (entity or event ids), or `null`
 * when none joins them (an empty array when `from === to`).
 *
 * @example shortestPath(story, "elon-musk", "microsoft") // musk → openai-founding → openai → microsoft
 * @throws {NotFoundError} when either id names no entity or event.
 */
export function shortestPath(story: Story, from: string, to: string): PathStep[] | null {
  const index = indexOf(story);
  const node = (id: string): StoryNode | undefined => index.entity(id) ?? index.eventById.get(id);
  for (const id of [from, to]) if (!node(id)) throw new NotFoundError("shortestPath", "node", id);
  if (from === to) return [];
  const nodes = bidirectional(undirected(story), from, to);
  if (!nodes) return null;
  const steps: PathStep[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = node(nodes[i]!)!;
    const b = node(nodes[i + 1]!)!;
    const relations =
      a.type === "entity" && b.type === "entity"
        ? index.relationsOfEntity(a.id).filter((r) => (r.source === a.id && r.target === b.id) || (r.source === b.id && r.target === a.id))
        : [];
    const participations: ParticipationLink[] = [];
    if (a.type === "event") for (const p of a.participants) if (p.id === b.id) participations.push({ event: a, role: p.role, outgoing: true });
    if (b.type === "event") for (const p of b.participants) if (p.id === a.id) participations.push({ event: b, role: p.role, outgoing: false });
    steps.push({ from: a, to: b, relations, participations });
  }
  return steps;
}
