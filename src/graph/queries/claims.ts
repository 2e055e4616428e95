/**
 * `queryClaims`: relations and events together, by type, kind, the entity they involve (an end of
 * a relation, a participant of an event), how they are cited and when they hold or happen;
 * `getClaim`. What the CLI's `query` runs.
 */
import { InvalidArgumentError, NotFoundError } from "../errors.ts";
import type { Claim, Story } from "../model.ts";
import { indexOf } from "../story-index.ts";
import { didYouMean } from "../suggest.ts";
import { asList, type CitationFilter, type TimeFilter } from "./claim-filter.ts";
import { queryEvents } from "./events.ts";
import { queryRelations } from "./relations.ts";

/** Filters of `queryClaims`; every given filter must hold (AND). */
export interface ClaimFilter extends CitationFilter, TimeFilter {
  /** Only relations, or only events. */
  readonly type?: "relation" | "event";
  /** One kind or several, relation or event kinds of the story's vocabulary. */
  readonly kind?: string | readonly string[];
  /** An entity at either end of a relation, or among the participants of an event. */
  readonly involving?: string;
}

const FN = "queryClaims";

/**
 * The claims of `story` that pass every filter: relations (in story order), then events (in story order).
 *
 * @param story - a validated story.
 * @param filter - every given filter must hold; citation filters hold when one citation passes them all.
 * @example queryClaims(story, { involving: "microsoft", certainty: "possible" })
 * @throws {NotFoundError} when `involving` names no entity of the story.
 * @throws {InvalidArgumentError} for an unknown type or kind (a kind of the other type when `type`
 *   is given), an unknown modality, certainty or polarity, a bad date, or `from` after `to`.
 */
export function queryClaims(story: Story, filter: ClaimFilter = {}): Claim[] {
  const { type, involving } = filter;
  if (type !== undefined && type !== "relation" && type !== "event") {
    throw new InvalidArgumentError(FN, "type", `unknown claim type "${String(type)}" (known: relation, event)`);
  }
  if (involving !== undefined && !indexOf(story).entity(involving)) throw new NotFoundError(FN, "entity", involving, "filter involving");
  const kinds = asList(filter.kind);
  const relationKinds = new Set(story.vocabulary.relationKinds.map((k) => k.id));
  const eventKinds = new Set(story.vocabulary.eventKinds.map((k) => k.id));
  for (const k of kinds ?? []) {
    const known = type === "relation" ? relationKinds : type === "event" ? eventKinds : new Set([...relationKinds, ...eventKinds]);
    if (!known.has(k)) {
      const other = type === "relation" && eventKinds.has(k) ? ` ("${k}" is an event kind)` : type === "event" && relationKinds.has(k) ? ` ("${k}" is a relation kind)` : didYouMean(k, known);
      throw new InvalidArgumentError(FN, "kind", `unknown ${type ? type + " " : ""}kind "${k}"${other} (known: ${[...known].join(", ")})`);
    }
  }
  const { modality, certainty, polarity, accordingTo, at, from, to } = filter;
  const shared = { modality, certainty, polarity, accordingTo, at, from, to };
  const out: Claim[] = [];
  const wantRelations = type !== "event" && (!kinds || kinds.some((k) => relationKinds.has(k)));
  const wantEvents = type !== "relation" && (!kinds || kinds.some((k) => eventKinds.has(k)));
  if (wantRelations) {
    const rk = kinds?.filter((k) => relationKinds.has(k));
    // appended one by one: spreading a million relations into push overflowed the call stack
    for (const r of queryRelations(story, { ...shared, ...(rk && { kind: rk }), ...(involving !== undefined && { involving }) })) out.push(r);
  }
  if (wantEvents) {
    const ek = kinds?.filter((k) => eventKinds.has(k));
    for (const e of queryEvents(story, { ...shared, ...(ek && { kind: ek }), ...(involving !== undefined && { participant: involving }) })) out.push(e);
  }
  return out;
}

/**
 * The relation or event with id `id`.
 *
 * @throws {NotFoundError} when the story has no such claim.
 */
export function getClaim(story: Story, id: string): Claim {
  const c = indexOf(story).claimById.get(id);
  if (!c) throw new NotFoundError("getClaim", "claim", id);
  return c;
}
