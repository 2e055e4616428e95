/**
 * Edits of a story draft, as pure functions `(draft, args) => draft`: each returns a new draft
 * and leaves its argument untouched (what an edit does not change is shared), so that undo is
 * keeping the previous draft. They check what the edit itself can get wrong (an id taken, an id
 * that names nothing); whether the draft is a valid story is the validator's to say (check.ts).
 */
import { NotFoundError } from "../errors.ts";
import type { CitationInput, EntityInput, FactualityInput, RelationInput, SourceInput } from "../input/schema.ts";
import type { StoryDraft } from "./draft.ts";
import { EditConflictError } from "./errors.ts";
import type { SelectionAnchor } from "./selection.ts";

/**
 * An id from a name: lowercase ASCII words joined by `-` (accents dropped), as story ids are
 * written; `entity` when nothing is left.
 *
 * @param name - a label, a quote.
 */
export function slugId(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "entity";
}

/** Every id of the draft (entities, relations and events share one namespace). */
function takenIds(draft: StoryDraft): Set<string> {
  return new Set([...draft.entities.map((e) => e.id), ...draft.relations.map((r) => r.id), ...(draft.events ?? []).map((e) => e.id)]);
}

/**
 * `base` if no entity, relation or event of the draft has it, else `base-2`, `base-3`, ….
 *
 * @param draft - the draft.
 * @param base - the id wanted (`slugId(label)`).
 */
export function uniqueId(draft: StoryDraft, base: string): string {
  const taken = takenIds(draft);
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}

function entityIndex(fn: string, draft: StoryDraft, id: string): number {
  const i = draft.entities.findIndex((e) => e.id === id);
  if (i < 0) throw new NotFoundError(fn, "entity", id);
  return i;
}

/**
 * Add an entity.
 *
 * @param draft - the draft.
 * @param entity - id, kind and label (aliases, description, wikidata optional).
 * @returns the new draft.
 * @throws {EditConflictError} when the id is already an entity's, a relation's or an event's.
 */
export function addEntity(draft: StoryDraft, entity: EntityInput): StoryDraft {
  if (takenIds(draft).has(entity.id)) throw new EditConflictError("addEntity", `entities[${draft.entities.length}].id`, `"${entity.id}" is already an id of the story`);
  return { ...draft, entities: [...draft.entities, entity] };
}

/**
 * Add another name of an entity (a mention: "the start-up", "Tidewater").
 *
 * @param draft - the draft.
 * @param entityId - the entity's id.
 * @param alias - the name, as the article writes it.
 * @returns the new draft.
 * @throws {NotFoundError} when no entity has that id.
 * @throws {EditConflictError} when the entity already has that label or alias.
 */
export function addAlias(draft: StoryDraft, entityId: string, alias: string): StoryDraft {
  const fn = "addAlias";
  const i = entityIndex(fn, draft, entityId);
  const entity = draft.entities[i]!;
  if (entity.label === alias || entity.aliases?.includes(alias)) throw new EditConflictError(fn, `entities[${i}].aliases`, `"${entityId}" is already called "${alias}"`);
  const entities = draft.entities.slice();
  entities[i] = { ...entity, aliases: [...(entity.aliases ?? []), alias] };
  return { ...draft, entities };
}

/**
 * Remove an entity. Claims that name it are kept: the validator then lists them, so nothing is
 * lost without the author seeing it (undo brings the entity back).
 *
 * @param draft - the draft.
 * @param entityId - the entity's id.
 * @returns the new draft.
 * @throws {NotFoundError} when no entity has that id.
 */
export function removeEntity(draft: StoryDraft, entityId: string): StoryDraft {
  const i = entityIndex("removeEntity", draft, entityId);
  return { ...draft, entities: draft.entities.filter((_, j) => j !== i) };
}

/** What a citation says besides where its words stand. */
export interface CitationMeaning {
  readonly factuality: FactualityInput;
  /** Sources the article names, outermost first, after the author (empty: the author alone). */
  readonly sources?: readonly SourceInput[];
  /** One English sentence saying what the quote claims. */
  readonly gloss: string;
}

/**
 * The citation of anchored words: sentence, quote, article offsets (checked by the loader) and,
 * when the words stand more than once in the sentence, their occurrence.
 *
 * @param anchor - from `anchorSelection`.
 * @param meaning - factuality, sources and gloss.
 */
export function citationFromAnchor(anchor: SelectionAnchor, meaning: CitationMeaning): CitationInput {
  return {
    sentence: anchor.sentence,
    quote: anchor.quote,
    ...(anchor.ambiguous && { occurrence: anchor.occurrence }),
    start: anchor.start,
    end: anchor.end,
    factuality: { ...meaning.factuality },
    ...(meaning.sources && meaning.sources.length > 0 && { sources: [...meaning.sources] }),
    gloss: meaning.gloss,
  };
}

/**
 * Add a relation (a claim between two entities) with its citations.
 *
 * @param draft - the draft.
 * @param relation - id, kind, source, target, citations (one at least).
 * @returns the new draft.
 * @throws {EditConflictError} when the id is taken or the relation has no citation.
 * @throws {NotFoundError} when the source or the target is not an entity of the draft.
 */
export function addRelation(draft: StoryDraft, relation: RelationInput): StoryDraft {
  const fn = "addRelation";
  const at = `relations[${draft.relations.length}]`;
  if (takenIds(draft).has(relation.id)) throw new EditConflictError(fn, `${at}.id`, `"${relation.id}" is already an id of the story`);
  if (relation.citations.length === 0) throw new EditConflictError(fn, `${at}.citations`, "a claim needs at least one citation");
  entityIndex(fn, draft, relation.source);
  entityIndex(fn, draft, relation.target);
  return { ...draft, relations: [...draft.relations, relation] };
}

/**
 * Remove a relation.
 *
 * @param draft - the draft.
 * @param relationId - the relation's id.
 * @returns the new draft.
 * @throws {NotFoundError} when no relation has that id.
 */
export function removeRelation(draft: StoryDraft, relationId: string): StoryDraft {
  if (!draft.relations.some((r) => r.id === relationId)) throw new NotFoundError("removeRelation", "relation", relationId);
  return { ...draft, relations: draft.relations.filter((r) => r.id !== relationId) };
}
