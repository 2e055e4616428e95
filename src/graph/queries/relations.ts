/**
 * `queryRelations`: relations filtered by kind, ends, how they are cited (modality, certainty,
 * polarity, source) and when they hold, using the story's indexes (never a scan of every relation
 * when an entity or kind is given). The query starts from the smallest indexed list that holds
 * every answer and re-checks only the filters that list does not already guarantee: a query by
 * kind alone is the kind's own frozen list.
 */
import { InvalidArgumentError, NotFoundError } from "../errors.ts";
import type { Relation, Story } from "../model.ts";
import { indexOf, type StoryIndex } from "../story-index.ts";
import { didYouMean } from "../suggest.ts";
import { asList, compileClaimFilter, type CitationFilter, type TimeFilter } from "./claim-filter.ts";

/** Filters of `queryRelations`; every given filter must hold (AND). */
export interface RelationFilter extends CitationFilter, TimeFilter {
  /** One kind or several (any of them), of the story's vocabulary. */
  readonly kind?: string | readonly string[];
  /** Entity id at the source; for symmetric kinds either end matches. */
  readonly source?: string;
  /** Entity id at the target; for symmetric kinds either end matches. */
  readonly target?: string;
  /** Entity id at either end. */
  readonly involving?: string;
}

const FN = "queryRelations";
const ENTITY_FILTERS = ["involving", "source", "target"] as const;

function checkEntity(index: StoryIndex, id: string | undefined, argument: string): void {
  if (id !== undefined && !index.entity(id)) throw new NotFoundError(FN, "entity", id, `filter ${argument}`);
}

/** Throw for a kind the story's vocabulary does not declare as a relation kind. */
export function checkRelationKinds(fn: string, story: Story, kinds: readonly string[] | undefined): void {
  if (!kinds) return;
  const known = story.vocabulary.relationKinds.map((k) => k.id);
  for (const k of kinds) {
    if (!known.includes(k)) throw new InvalidArgumentError(fn, "kind", `unknown relation kind "${k}"${didYouMean(k, known)} (known: ${known.join(", ")})`);
  }
}

function endsMatch(r: Relation, source: string | undefined, target: string | undefined): boolean {
  if (source === undefined && target === undefined) return true;
  const direct = (source === undefined || r.source === source) && (target === undefined || r.target === target);
  if (direct || !r.symmetric) return direct;
  return (source === undefined || r.target === source) && (target === undefined || r.source === target);
}

/**
 * The relations of `story` that pass every filter, in story order. The list is read only: when an
 * index holds exactly the answer (no filter, or one kind and nothing else) it is that index's
 * own frozen list, returned in constant time; copy it (`[...list]`) to sort or change it.
 *
 * @param story - a validated story.
 * @param filter - every given filter must hold; citation filters hold when one citation passes them all.
 * @example queryRelations(story, { kind: "invested", source: "microsoft" })
 * @throws {NotFoundError} when `source`, `target` or `involving` names no entity of the story.
 * @throws {InvalidArgumentError} for an unknown kind, modality, certainty or polarity, a date that
 *   is not a date, or `from` after `to`.
 */
export function queryRelations(story: Story, filter: RelationFilter = {}): readonly Relation[] {
  const index = indexOf(story);
  const kinds = asList(filter.kind);
  checkRelationKinds(FN, story, kinds);
  checkEntity(index, filter.source, "source");
  checkEntity(index, filter.target, "target");
  checkEntity(index, filter.involving, "involving");
  const test = compileClaimFilter(FN, filter);

  // Start from the smallest indexed candidate list, and re-check only what it does not guarantee.
  const wanted = kinds && (kinds.length > 1 ? [...new Set(kinds)] : kinds);
  let size = story.relations.length;
  let pool: "all" | "entity" | "kinds" = "all";
  let entityId: string | undefined;
  let entityFilter: "involving" | "source" | "target" | undefined;
  for (const which of ENTITY_FILTERS) {
    const id = filter[which];
    if (id === undefined) continue;
    const degree = index.entityDegree(id);
    if (degree < size || pool === "all") {
      size = degree;
      pool = "entity";
      entityId = id;
      entityFilter = which;
    }
  }
  if (wanted) {
    let count = 0;
    for (const k of wanted) count += index.relationsOfKind(k).length;
    if (count < size || pool === "all") {
      size = count;
      pool = "kinds";
    }
  }
  let candidates: readonly Relation[];
  let fresh = false;
  if (pool === "entity") {
    candidates = index.relationsOfEntity(entityId!);
    fresh = true;
  } else if (pool === "kinds") {
    if (wanted!.length === 1) candidates = index.relationsOfKind(wanted![0]!);
    else {
      candidates = mergeKinds(index, wanted!);
      fresh = true;
    }
  } else candidates = story.relations;

  const checkKind = kinds !== undefined && pool !== "kinds";
  const involving = entityFilter === "involving" ? undefined : filter.involving;
  const checkEnds = filter.source !== undefined || filter.target !== undefined;
  if (!checkKind && involving === undefined && !checkEnds && !test) {
    // the candidate list is exactly the answer: a list built for this call, or a frozen one
    // (an index's list, `story.relations` of a built story) handed out as is
    return fresh || Object.isFrozen(candidates) ? candidates : candidates.slice();
  }
  const result: Relation[] = [];
  for (const r of candidates) {
    if (checkKind && !kinds!.includes(r.kind)) continue;
    if (involving !== undefined && r.source !== involving && r.target !== involving) continue;
    if (checkEnds && !endsMatch(r, filter.source, filter.target)) continue;
    if (test && !test(r)) continue;
    result.push(r);
  }
  return result;
}

/** The relations of several kinds in story order: a merge of the kinds' lists by position. */
function mergeKinds(index: StoryIndex, kinds: readonly string[]): Relation[] {
  const lists = kinds.map((k) => index.relationsOfKind(k));
  const positions = kinds.map((k) => index.positionsOfKind(k));
  const heads = kinds.map(() => 0);
  let total = 0;
  for (const list of lists) total += list.length;
  const out = new Array<Relation>(total);
  for (let o = 0; o < total; o++) {
    let best = -1;
    let bestPos = Infinity;
    for (let l = 0; l < lists.length; l++) {
      const h = heads[l]!;
      if (h < positions[l]!.length && positions[l]![h]! < bestPos) {
        bestPos = positions[l]![h]!;
        best = l;
      }
    }
    out[o] = lists[best]![heads[best]!++]!;
  }
  return out;
}

/**
 * The relation with id `id`.
 *
 * @throws {NotFoundError} when the story has no such relation.
 */
export function getRelation(story: Story, id: string): Relation {
  const r = indexOf(story).relationById.get(id);
  if (!r) throw new NotFoundError("getRelation", "relation", id);
  return r;
}
