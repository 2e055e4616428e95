/**
 * Edits of a story draft, as pure functions `(draft, args) => draft`: each returns a new draft
 * and leaves its argument untouched (what an edit does not change is shared), so that undo is
 * keeping the previous draft. They check what the edit itself can get wrong (an id taken, an id
 * that names nothing, a citation that would leave a claim without one); whether the draft is a valid story is the validator's to say (check.ts).
 */
import { NotFoundError } from "../errors.ts";
import type { AmountInput, CitationInput, EntityInput, EventInput, FactualityInput, RelationInput, SourceInput, TimeQualifierInput } from "../input/schema.ts";
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

/**
 * Add an event (something that happens, with participants in roles) with its citations.
 *
 * @param draft - the draft.
 * @param event - id, kind, label, participants, citations (one at least); `about` and qualifiers optional.
 * @returns the new draft.
 * @throws {EditConflictError} when the id is taken or the event has no citation.
 * @throws {NotFoundError} when a participant names no entity or event of the draft.
 */
export function addEvent(draft: StoryDraft, event: EventInput): StoryDraft {
  const fn = "addEvent";
  const events = draft.events ?? [];
  const at = `events[${events.length}]`;
  if (takenIds(draft).has(event.id)) throw new EditConflictError(fn, `${at}.id`, `"${event.id}" is already an id of the story`);
  if (event.citations.length === 0) throw new EditConflictError(fn, `${at}.citations`, "a claim needs at least one citation");
  for (const p of event.participants) {
    if (p.entity !== undefined) entityIndex(fn, draft, p.entity);
    else if (p.event !== undefined && !events.some((e) => e.id === p.event)) throw new NotFoundError(fn, "event", p.event);
  }
  return { ...draft, events: [...events, event] };
}

/**
 * Remove an event. Events that name it (as a participant or in `about`) are kept: the validator
 * then lists them.
 *
 * @param draft - the draft.
 * @param eventId - the event's id.
 * @returns the new draft.
 * @throws {NotFoundError} when no event has that id.
 */
export function removeEvent(draft: StoryDraft, eventId: string): StoryDraft {
  const events = draft.events ?? [];
  if (!events.some((e) => e.id === eventId)) throw new NotFoundError("removeEvent", "event", eventId);
  return { ...draft, events: events.filter((e) => e.id !== eventId) };
}

type Qualifiers = Partial<Record<"start" | "end" | "pointInTime" | "announced", TimeQualifierInput>> & { amount?: AmountInput };

/** Where a claim stands: its list and index. */
function claimAt(fn: string, draft: StoryDraft, claimId: string): { list: "relations" | "events"; index: number } {
  const r = draft.relations.findIndex((c) => c.id === claimId);
  if (r >= 0) return { list: "relations", index: r };
  const e = (draft.events ?? []).findIndex((c) => c.id === claimId);
  if (e >= 0) return { list: "events", index: e };
  throw new NotFoundError(fn, "claim", claimId);
}

/**
 * Add another citation to a claim (a relation or an event), and set the qualifiers it states.
 *
 * @param draft - the draft.
 * @param claimId - the relation's or event's id.
 * @param citation - the citation (`citationFromAnchor`).
 * @param qualifiers - time slots and amount to set on the claim (each replaces the claim's own).
 * @returns the new draft.
 * @throws {NotFoundError} when no relation or event has that id.
 * @throws {EditConflictError} when the claim already cites these words at these offsets.
 */
export function addCitation(draft: StoryDraft, claimId: string, citation: CitationInput, qualifiers: Qualifiers = {}): StoryDraft {
  const fn = "addCitation";
  const { list, index } = claimAt(fn, draft, claimId);
  const claims = (list === "relations" ? draft.relations : draft.events!) as readonly (RelationInput | EventInput)[];
  const claim = claims[index]!;
  if (claim.citations.some((c) => c.sentence === citation.sentence && c.quote === citation.quote && c.start === citation.start))
    throw new EditConflictError(fn, `${list}[${index}].citations`, `"${claimId}" already cites "${citation.quote}" at ${citation.start}`);
  const next = claims.slice();
  next[index] = { ...claim, ...qualifiers, citations: [...claim.citations, citation] };
  return { ...draft, [list]: next };
}

/**
 * Remove one citation of a claim. The last one is never removed: a claim needs one (remove the
 * claim instead).
 *
 * @param draft - the draft.
 * @param claimId - the relation's or event's id.
 * @param citationIndex - 0-based index in the claim's citations.
 * @returns the new draft.
 * @throws {NotFoundError} when no relation or event has that id.
 * @throws {EditConflictError} when the index names no citation, or the claim has only that one.
 */
export function removeCitation(draft: StoryDraft, claimId: string, citationIndex: number): StoryDraft {
  const fn = "removeCitation";
  const { list, index } = claimAt(fn, draft, claimId);
  const claims = (list === "relations" ? draft.relations : draft.events!) as readonly (RelationInput | EventInput)[];
  const claim = claims[index]!;
  const at = `${list}[${index}].citations[${citationIndex}]`;
  if (!Number.isInteger(citationIndex) || citationIndex < 0 || citationIndex >= claim.citations.length) throw new EditConflictError(fn, at, `"${claimId}" has ${claim.citations.length} citation(s)`);
  if (claim.citations.length === 1) throw new EditConflictError(fn, at, `it is the only citation of "${claimId}": a claim needs one (remove the claim instead)`);
  const next = claims.slice();
  next[index] = { ...claim, citations: claim.citations.filter((_, j) => j !== citationIndex) };
  return { ...draft, [list]: next };
}

/**
 * Say that a sentence holds no claim, and why.
 *
 * @param draft - the draft.
 * @param sentence - the sentence id (`s8`).
 * @param reason - why it holds no claim about the graph.
 * @returns the new draft.
 * @throws {EditConflictError} when the reason is empty or the sentence is already marked.
 */
export function addNoClaim(draft: StoryDraft, sentence: string, reason: string): StoryDraft {
  const fn = "addNoClaim";
  const notes = draft.noClaims ?? [];
  const at = `noClaims[${notes.length}]`;
  if (!reason.trim()) throw new EditConflictError(fn, `${at}.reason`, `a sentence marked as holding no claim needs the reason`);
  if (notes.some((n) => n.sentence === sentence)) throw new EditConflictError(fn, `${at}.sentence`, `${sentence} is already marked as holding no claim`);
  return { ...draft, noClaims: [...notes, { sentence, reason: reason.trim() }] };
}

/**
 * Take back a sentence's no-claim mark.
 *
 * @param draft - the draft.
 * @param sentence - the sentence id.
 * @returns the new draft.
 * @throws {NotFoundError} when the sentence is not marked.
 */
export function removeNoClaim(draft: StoryDraft, sentence: string): StoryDraft {
  const notes = draft.noClaims ?? [];
  if (!notes.some((n) => n.sentence === sentence)) throw new NotFoundError("removeNoClaim", "sentence", sentence, "not marked as holding no claim");
  return { ...draft, noClaims: notes.filter((n) => n.sentence !== sentence) };
}
