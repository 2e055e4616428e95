/**
 * `neighbors`: the nodes one edge away from an entity or an event: entities joined by a relation,
 * events it takes part in, and (for an event) its participants.
 */
import { NotFoundError } from "../errors.ts";
import type { Relation, Story, StoryEvent, StoryNode } from "../model.ts";
import { indexOf } from "../story-index.ts";

/** One participation joining an event and a participant. */
export interface ParticipationLink {
  readonly event: StoryEvent;
  readonly role: string;
  /** True when the node asked about is the event (the neighbour is its participant). */
  readonly outgoing: boolean;
}

/** An entity or event next to another in the graph (`neighbors`), with the claims that join them. */
export interface Neighbor {
  readonly node: StoryNode;
  /** Relations between the two entities, in story order; `outgoing` tells the direction of each. */
  readonly relations: readonly { readonly relation: Relation; readonly outgoing: boolean }[];
  /** Participations joining the two (an event and one of its participants), in story order. */
  readonly participations: readonly ParticipationLink[];
}

/**
 * The neighbours of the entity or event `id`, in order of first link: relations first, then
 * participations.
 *
 * @example neighbors(story, "elon-musk").map((n) => n.node.id) // ["openai-founding"]
 * @throws {NotFoundError} when the story has no entity or event `id`.
 */
export function neighbors(story: Story, id: string): Neighbor[] {
  const index = indexOf(story);
  const self = index.entity(id) ?? index.eventById.get(id);
  if (!self) throw new NotFoundError("neighbors", "node", id);
  const byOther = new Map<string, { node: StoryNode; relations: { relation: Relation; outgoing: boolean }[]; participations: ParticipationLink[] }>();
  const entry = (node: StoryNode) => {
    let e = byOther.get(node.id);
    if (!e) byOther.set(node.id, (e = { node, relations: [], participations: [] }));
    return e;
  };
  if (self.type === "entity") {
    for (const r of index.relationsOfEntity(id)) {
      const outgoing = r.source === id;
      entry(index.entity(outgoing ? r.target : r.source)!).relations.push({ relation: r, outgoing });
    }
  } else {
    for (const p of self.participants) {
      const node = p.type === "entity" ? index.entity(p.id)! : index.eventById.get(p.id)!;
      entry(node).participations.push({ event: self, role: p.role, outgoing: true });
    }
  }
  for (const e of index.eventsByParticipant.get(id) ?? []) {
    for (const p of e.participants) if (p.id === id) entry(e).participations.push({ event: e, role: p.role, outgoing: false });
  }
  return [...byOther.values()];
}
