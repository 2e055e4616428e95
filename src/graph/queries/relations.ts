/**
 * `queryRelations`: relations filtered by kind, endpoints, modality and date range, using the
 * story's indexes (never a scan of every relation when an entity or kind is given).
 */
import { datesOverlap, parseDate } from "../dates.ts";
import { InvalidArgumentError, NotFoundError } from "../errors.ts";
import { MODALITIES, RELATION_KINDS, type Modality, type RelationKind } from "../kinds.ts";
import type { DateQualifier, Relation, Story } from "../model.ts";
import { indexOf, type StoryIndex } from "../story-index.ts";

/** Filters of `queryRelations`; every given filter must hold (AND). */
export interface RelationFilter {
  /** One kind or several (any of them). */
  readonly kind?: RelationKind | readonly RelationKind[];
  /** Entity id at the source; for symmetric kinds either end matches. */
  readonly source?: string;
  /** Entity id at the target; for symmetric kinds either end matches. */
  readonly target?: string;
  /** Entity id at either end. */
  readonly involving?: string;
  /** Relations with at least one citation of this modality (or of any of these). */
  readonly modality?: Modality | readonly Modality[];
  /** Dated relations whose period ends on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  readonly from?: string;
  /** Dated relations whose period starts on or before this date. Undated relations never match a date filter. */
  readonly to?: string;
}

const FN = "queryRelations";

function asList<T>(value: T | readonly T[] | undefined): readonly T[] | undefined {
  return value === undefined ? undefined : Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function checkEntity(index: StoryIndex, id: string | undefined, argument: string): void {
  if (id !== undefined && !index.entityById.has(id)) throw new NotFoundError(FN, "entity", id, `filter ${argument}`);
}

function checkDate(value: string | undefined, argument: string): DateQualifier | undefined {
  if (value === undefined) return undefined;
  const d = parseDate(value);
  if (!d) throw new InvalidArgumentError(FN, argument, `"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return d;
}

function endsMatch(r: Relation, source: string | undefined, target: string | undefined): boolean {
  if (source === undefined && target === undefined) return true;
  const direct = (source === undefined || r.source === source) && (target === undefined || r.target === target);
  if (direct || !r.symmetric) return direct;
  return (source === undefined || r.target === source) && (target === undefined || r.source === target);
}

/**
 * The relations of `story` that pass every filter, in story order.
 *
 * @example queryRelations(story, { kind: "invested", source: "microsoft" })
 * @throws {NotFoundError} when `source`, `target` or `involving` names no entity of the story.
 * @throws {InvalidArgumentError} for an unknown kind or modality, a date that is not a date, or
 *   `from` after `to`.
 */
export function queryRelations(story: Story, filter: RelationFilter = {}): Relation[] {
  const index = indexOf(story);
  const kinds = asList(filter.kind);
  const modalities = asList(filter.modality);
  for (const k of kinds ?? []) {
    if (!RELATION_KINDS.includes(k)) throw new InvalidArgumentError(FN, "kind", `unknown relation kind "${k}" (known: ${RELATION_KINDS.join(", ")})`);
  }
  for (const m of modalities ?? []) {
    if (!MODALITIES.includes(m)) throw new InvalidArgumentError(FN, "modality", `unknown modality "${m}" (known: ${MODALITIES.join(", ")})`);
  }
  checkEntity(index, filter.source, "source");
  checkEntity(index, filter.target, "target");
  checkEntity(index, filter.involving, "involving");
  const from = checkDate(filter.from, "from");
  const to = checkDate(filter.to, "to");
  if (from && to && from.start > to.end) throw new InvalidArgumentError(FN, "from", `"${filter.from}" is after "to" (${filter.to})`);

  // Start from the smallest indexed candidate list.
  const lists: (readonly Relation[])[] = [];
  for (const id of [filter.involving, filter.source, filter.target]) {
    if (id !== undefined) lists.push(index.relationsByEntity.get(id) ?? []);
  }
  if (kinds) {
    lists.push(kinds.length === 1 ? (index.relationsByKind.get(kinds[0]!) ?? []) : kinds.flatMap((k) => index.relationsByKind.get(k) ?? []));
  }
  let candidates: readonly Relation[] = story.relations;
  for (const list of lists) if (list.length < candidates.length || candidates === story.relations) candidates = list;

  const result = candidates.filter((r) => {
    if (kinds && !kinds.includes(r.kind)) return false;
    if (filter.involving !== undefined && r.source !== filter.involving && r.target !== filter.involving) return false;
    if (!endsMatch(r, filter.source, filter.target)) return false;
    if (modalities && !r.modalities.some((m) => modalities.includes(m))) return false;
    if (from || to) {
      if (!r.date) return false;
      if (!datesOverlap(r.date, { start: from?.start ?? "0000-01-01", end: to?.end ?? "9999-12-31" })) return false;
    }
    return true;
  });
  if (kinds && kinds.length > 1) {
    result.sort((a, b) => index.relationOrder.get(a.id)! - index.relationOrder.get(b.id)!);
  }
  return result;
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
