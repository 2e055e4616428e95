/**
 * `toGraph`: the story as a graphology `MultiDirectedGraph`, nodes keyed by entity id and edges by
 * relation id, so parallel relations between the same pair (Microsoft → OpenAI: two investments,
 * a partnership, …) stay separate edges. Attributes are copies of the model's plain data.
 */
import { MultiDirectedGraph } from "graphology";
import type { Entity, Relation, Story } from "./model.ts";

export type EntityNodeAttributes = Entity;
export type RelationEdgeAttributes = Relation;
export type StoryGraph = MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes>;

/**
 * Build a new graphology graph of `story`. Each call returns a fresh graph the caller may mutate.
 *
 * @example toGraph(story).outEdges("microsoft", "openai").length // 6 parallel edges
 */
export function toGraph(story: Story): StoryGraph {
  const graph: StoryGraph = new MultiDirectedGraph();
  for (const e of story.entities) graph.addNode(e.id, { ...e });
  for (const r of story.relations) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, { ...r });
  return graph;
}
