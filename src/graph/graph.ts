/**
 * `toGraph`: the story as a graphology `MultiDirectedGraph`. Nodes are entities and events (keyed
 * by id); edges are relations (keyed by relation id, from source to target) and participations
 * (from an event to each participant, keyed `event/role/participant`: `/` never stands in an id),
 * so parallel relations between the same pair stay separate edges. Attributes are copies of the
 * model's plain data.
 */
import { MultiDirectedGraph } from "graphology";
import type { Entity, Relation, Story, StoryEvent } from "./model.ts";

/** Attributes of a participation edge: the event, the role and the participant. */
export interface ParticipationEdgeAttributes {
  readonly type: "participation";
  readonly event: string;
  readonly role: string;
  readonly participant: string;
}

/** The attributes of a node of `toGraph`'s graph: an entity or an event. */
export type StoryNodeAttributes = Entity | StoryEvent;
/** The attributes of an edge of `toGraph`'s graph: a relation, or an event's participant in a role. */
export type StoryEdgeAttributes = Relation | ParticipationEdgeAttributes;
/** The graphology graph of a story (`toGraph`). */
export type StoryGraph = MultiDirectedGraph<StoryNodeAttributes, StoryEdgeAttributes>;

/** The key of the participation edge from `event` to `participant` in `role`. */
export function participationKey(event: string, role: string, participant: string): string {
  return `${event}/${role}/${participant}`;
}

/**
 * Build a new graphology graph of `story`. Each call returns a fresh graph the caller may mutate.
 *
 * @example toGraph(story).outEdges("microsoft", "openai").length // the relations from Microsoft to OpenAI
 */
export function toGraph(story: Story): StoryGraph {
  const graph: StoryGraph = new MultiDirectedGraph();
  for (const e of story.entities) graph.addNode(e.id, { ...e });
  for (const e of story.events) graph.addNode(e.id, { ...e });
  for (const r of story.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, { ...r });
  for (const e of story.events) {
    for (const p of e.participants) {
      graph.addDirectedEdgeWithKey(participationKey(e.id, p.role, p.id), e.id, p.id, { type: "participation", event: e.id, role: p.role, participant: p.id });
    }
  }
  return graph;
}
