/**
 * What the filters leave visible: claims (kind, the citation filters, the timeline), the nodes
 * (an entity with a visible link, or with no link at all; an event that is visible) and the
 * edges (visible relations; the participations of visible events), and the entity search.
 *
 * The citation and time filters are the library's (`compileClaimFilter`,
 * graph/queries/claim-filter.ts): a claim passes the citation filters when one of its citations
 * passes all of them together, and the timeline when its period overlaps the chosen months.
 * Claims without a time are hidden while the timeline is in use, unless kept.
 */
import type { Claim, Entity, Story } from "../../graph/model.ts";
import { compileClaimFilter, type CitationFilter } from "../../graph/queries/claim-filter.ts";
import { foldName } from "../../graph/text.ts";
import { CERTAINTIES, MODALITIES, POLARITIES } from "../../graph/values.ts";
import { storyView } from "./story-view.ts";
import type { Filters } from "./types.ts";

/** Why a claim is hidden, or `null` when it is shown. */
export type HiddenReason = "kind" | "citations" | "time" | "undated" | null;

/** The filters' tests, compiled once per filters object. */
interface CompiledFilters {
  readonly kinds: ReadonlySet<string> | null;
  /** `null`: no citation filter; `false`: none can pass (a filter with nothing ticked). */
  readonly citations: ((c: Claim) => boolean) | null | false;
  readonly time: ((c: Claim) => boolean) | null;
  readonly undated: boolean;
}

const FN = "viewer filters";
const compiledCache = new WeakMap<Filters, CompiledFilters>();

/** True when the timeline restricts what is shown. */
export function timelineInUse(filters: Filters): boolean {
  return filters.from !== null || filters.until !== null;
}

/** The library's citation filter for `filters` (`undefined` parts filter nothing), or `false` when no citation can pass. */
export function citationFilterOf(filters: Filters): CitationFilter | false {
  if (filters.polarities.length === 0) return false;
  const out: { -readonly [K in keyof CitationFilter]: CitationFilter[K] } = {};
  if (filters.modalities.length !== MODALITIES.length) out.modality = filters.modalities;
  if (filters.certainties.length !== CERTAINTIES.length) out.certainty = filters.certainties;
  if (filters.polarities.length !== POLARITIES.length) out.polarity = filters.polarities[0]!;
  if (filters.sources !== null) out.accordingTo = filters.sources;
  return out;
}

function compile(filters: Filters): CompiledFilters {
  let c = compiledCache.get(filters);
  if (!c) {
    const citation = citationFilterOf(filters);
    const inUse = timelineInUse(filters);
    // from after until cannot be chosen (the sliders keep them in order); a hand-made state is read as open there
    const range = filters.from !== null && filters.until !== null && filters.from > filters.until ? { to: filters.until } : { ...(filters.from !== null && { from: filters.from }), ...(filters.until !== null && { to: filters.until }) };
    c = {
      kinds: filters.kinds === null ? null : new Set(filters.kinds),
      citations: citation === false ? false : compileClaimFilter(FN, citation),
      time: inUse ? compileClaimFilter(FN, range) : null,
      undated: filters.undated,
    };
    compiledCache.set(filters, c);
  }
  return c;
}

/** Why the filters hide `claim` (the first reason found), or `null` when they show it. */
export function hiddenReason(claim: Claim, filters: Filters): HiddenReason {
  const c = compile(filters);
  if (c.kinds && !c.kinds.has(claim.kind)) return "kind";
  if (c.citations === false || (c.citations && !c.citations(claim))) return "citations";
  if (c.time) {
    if (!claim.period) return c.undated ? null : "undated";
    if (!c.time(claim)) return "time";
  }
  return null;
}

/** What the filters show: claims, nodes (entities and events) and edges (relations and participations). */
export interface Visibility {
  readonly claims: ReadonlySet<string>;
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

const visibilityCache = new WeakMap<Story, { filters: Filters; visibility: Visibility }>();

/**
 * What `filters` show of `story`. An entity is hidden only when it has links (relations or
 * participations) and the filters hide every one of them (an entity with no link always shows);
 * an event shows with its claim; a participation shows while its event and its participant do.
 * The last answer is cached per story (a selection change keeps the same filters object).
 */
export function visibility(story: Story, filters: Filters): Visibility {
  const cached = visibilityCache.get(story);
  if (cached && cached.filters === filters) return cached.visibility;
  const view = storyView(story);
  const claims = new Set<string>();
  for (const c of view.claims) if (hiddenReason(c, filters) === null) claims.add(c.id);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const linked = new Set<string>();
  for (const r of story.relations) {
    linked.add(r.source).add(r.target);
    if (!claims.has(r.id)) continue;
    edges.add(r.id);
    nodes.add(r.source).add(r.target);
  }
  for (const p of view.participations) {
    if (p.participantType === "entity") linked.add(p.participant);
    if (claims.has(p.event.id) && p.participantType === "entity") nodes.add(p.participant);
  }
  for (const e of story.entities) if (!linked.has(e.id)) nodes.add(e.id);
  for (const e of story.events) if (claims.has(e.id)) nodes.add(e.id);
  for (const p of view.participations) if (claims.has(p.event.id) && nodes.has(p.participant)) edges.add(p.key);
  const result = { claims, nodes, edges };
  visibilityCache.set(story, { filters, visibility: result });
  return result;
}

/** Ids of the claims the filters show. */
export function visibleClaimIds(story: Story, filters: Filters): ReadonlySet<string> {
  return visibility(story, filters).claims;
}

/** True when some filter hides something (used to enable the "Show everything" control). */
export function filtersActive(filters: Filters): boolean {
  return (
    filters.kinds !== null ||
    filters.modalities.length !== MODALITIES.length ||
    filters.certainties.length !== CERTAINTIES.length ||
    filters.polarities.length !== POLARITIES.length ||
    filters.sources !== null ||
    timelineInUse(filters)
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
