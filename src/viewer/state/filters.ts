/**
 * What the filters leave visible: relations (kind, modality, timeline), entities (those with a
 * visible relation, or with no relation at all), and the entity search.
 */
import type { Entity, Relation, Story } from "../../graph/model.ts";
import { foldName } from "../../graph/text.ts";
import { RELATION_KINDS } from "../../graph/kinds.ts";
import { MODALITIES } from "../../graph/kinds.ts";
import type { Filters } from "./types.ts";

/** Why a relation is hidden, or `null` when it is shown. */
export type HiddenReason = "kind" | "modality" | "after" | "undated" | null;

/** Why the filters hide `relation` (the first reason found), or `null` when they show it. */
export function hiddenReason(relation: Relation, filters: Filters): HiddenReason {
  if (!filters.kinds.includes(relation.kind)) return "kind";
  if (!relation.modalities.some((m) => filters.modalities.includes(m))) return "modality";
  if (filters.until !== null) {
    if (!relation.date) return filters.undated ? null : "undated";
    if (relation.date.start.slice(0, 7) > filters.until) return "after";
  }
  return null;
}

/** Ids of the relations the filters show, in story order. */
export function visibleRelationIds(story: Story, filters: Filters): Set<string> {
  return new Set(story.relations.filter((r) => hiddenReason(r, filters) === null).map((r) => r.id));
}

/**
 * Ids of the entities shown: an entity is hidden only when it has relations and the filters
 * hide every one of them (an entity with no relation at all always shows).
 */
export function visibleEntityIds(story: Story, visibleRelations: ReadonlySet<string>): Set<string> {
  const hasAny = new Set<string>();
  const hasVisible = new Set<string>();
  for (const r of story.relations) {
    for (const id of [r.source, r.target]) {
      hasAny.add(id);
      if (visibleRelations.has(r.id)) hasVisible.add(id);
    }
  }
  return new Set(story.entities.filter((e) => !hasAny.has(e.id) || hasVisible.has(e.id)).map((e) => e.id));
}

/** True when some filter hides something (used to show a "reset filters" control). */
export function filtersActive(filters: Filters): boolean {
  return (
    filters.kinds.length !== RELATION_KINDS.length ||
    filters.modalities.length !== MODALITIES.length ||
    filters.until !== null
  );
}

/** One entity found by the search, with the name that matched. */
export interface SearchHit {
  readonly entity: Entity;
  /** The label or alias that matched, as the story writes it. */
  readonly matched: string;
}

/**
 * Entities whose label or an alias contains `query`, insensitive to case, accents, apostrophe
 * style and spacing. Best first: a name equal to the query, then one starting with it, then one
 * containing it; ties keep story order. Empty for a blank query.
 *
 * @example searchEntities(story, "géant")[0].entity.id // "microsoft"
 */
export function searchEntities(story: Story, query: string): SearchHit[] {
  const q = foldName(query);
  if (!q) return [];
  const hits: { hit: SearchHit; rank: number; order: number }[] = [];
  story.entities.forEach((entity, order) => {
    let best: { rank: number; name: string } | null = null;
    for (const name of [entity.label, ...entity.aliases]) {
      const f = foldName(name);
      const rank = f === q ? 0 : f.startsWith(q) ? 1 : f.includes(q) ? 2 : 3;
      if (rank < 3 && (best === null || rank < best.rank)) best = { rank, name };
    }
    if (best) hits.push({ hit: { entity, matched: best.name }, rank: best.rank, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.map((h) => h.hit);
}
