/** `neighbors`: the entities one relation away from an entity, with the relations joining them. */
import { NotFoundError } from "../errors.ts";
import type { Entity, Relation, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";

export interface Neighbor {
  readonly entity: Entity;
  /** Relations between the two, in story order; `outgoing` tells the direction for each. */
  readonly relations: readonly { readonly relation: Relation; readonly outgoing: boolean }[];
}

/**
 * The neighbours of entity `id`, in order of first relation.
 *
 * @example neighbors(story, "openai").map((n) => n.entity.id) // ["microsoft", "elon-musk", …]
 * @throws {NotFoundError} when the story has no entity `id`.
 */
export function neighbors(story: Story, id: string): Neighbor[] {
  const index = indexOf(story);
  if (!index.entity(id)) throw new NotFoundError("neighbors", "entity", id);
  const byOther = new Map<string, { relation: Relation; outgoing: boolean }[]>();
  for (const r of index.relationsOfEntity(id)) {
    const outgoing = r.source === id;
    const other = outgoing ? r.target : r.source;
    const list = byOther.get(other) ?? [];
    list.push({ relation: r, outgoing });
    byOther.set(other, list);
  }
  return [...byOther].map(([other, relations]) => ({ entity: index.entity(other)!, relations }));
}
