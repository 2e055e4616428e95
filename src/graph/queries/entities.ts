/**
 * Entity lookup by id, label or alias, insensitive to case, accents, apostrophe style and spacing.
 */
import { AmbiguousNameError, NotFoundError } from "../errors.ts";
import type { Entity, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";
import { foldName } from "../text.ts";

/**
 * Every entity whose id, label or an alias folds to the same string as `name`; several when the
 * name is shared (`les deux entreprises` names Microsoft and OpenAI). Empty when nothing matches.
 *
 * @example findEntities(story, "le geant de l'informatique") // [microsoft]
 */
export function findEntities(story: Story, name: string): Entity[] {
  const index = indexOf(story);
  const ids = index.entitiesByName.get(foldName(name)) ?? [];
  return ids.map((id) => index.entity(id)!);
}

/**
 * The one entity named `name` (id, label or alias).
 *
 * @throws {NotFoundError} when nothing matches.
 * @throws {AmbiguousNameError} when the name fits several entities.
 */
export function getEntity(story: Story, name: string): Entity {
  const found = findEntities(story, name);
  if (found.length === 0) {
    const near = suggest(story, name);
    throw new NotFoundError("getEntity", "entity", name, near.length ? `did you mean ${near.join(", ")}?` : "");
  }
  if (found.length > 1) throw new AmbiguousNameError("getEntity", name, found.map((e) => e.id));
  return found[0]!;
}

/** Up to three entity labels whose folded names contain, or are contained in, the folded query. */
function suggest(story: Story, name: string): string[] {
  const q = foldName(name);
  if (!q) return [];
  const out = new Set<string>();
  for (const [folded, ids] of indexOf(story).entitiesByName) {
    if (folded.includes(q) || q.includes(folded)) for (const id of ids) out.add(id);
    if (out.size >= 3) break;
  }
  return [...out].slice(0, 3);
}
