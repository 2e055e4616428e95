/**
 * `queryEvents`: events filtered by kind, participant (and role), what they are about, how they
 * are cited and when they happen; `getEvent`. A query naming a participant starts from that
 * participant's events (an index), else from the story's events.
 */
import { InvalidArgumentError, NotFoundError } from "../errors.ts";
import type { Story, StoryEvent } from "../model.ts";
import { indexOf } from "../story-index.ts";
import { didYouMean } from "../suggest.ts";
import { asList, compileClaimFilter, type CitationFilter, type TimeFilter } from "./claim-filter.ts";

/** Filters of `queryEvents`; every given filter must hold (AND). */
export interface EventFilter extends CitationFilter, TimeFilter {
  /** One event kind or several (any of them), of the story's vocabulary. */
  readonly kind?: string | readonly string[];
  /** An entity or event id among the participants. */
  readonly participant?: string;
  /** With `participant`: in this role; alone: events with a participant in this role. */
  readonly role?: string;
  /** The id of a relation or event the event is about. */
  readonly about?: string;
}

const FN = "queryEvents";

/** Throw for a kind the story's vocabulary does not declare as an event kind. */
export function checkEventKinds(fn: string, story: Story, kinds: readonly string[] | undefined): void {
  if (!kinds) return;
  const known = story.vocabulary.eventKinds.map((k) => k.id);
  for (const k of kinds) {
    if (!known.includes(k)) throw new InvalidArgumentError(fn, "kind", `unknown event kind "${k}"${didYouMean(k, known)} (known: ${known.join(", ")})`);
  }
}

/**
 * The events of `story` that pass every filter, in story order.
 *
 * @param story - a validated story.
 * @param filter - every given filter must hold; citation filters hold when one citation passes them all.
 * @example queryEvents(story, { participant: "openai", kind: "founding" })
 * @throws {NotFoundError} when `participant` names no entity or event, or `about` no claim.
 * @throws {InvalidArgumentError} for an unknown kind or role, an unknown modality, certainty or
 *   polarity, a bad date, or `from` after `to`.
 */
export function queryEvents(story: Story, filter: EventFilter = {}): StoryEvent[] {
  const index = indexOf(story);
  const kinds = asList(filter.kind);
  checkEventKinds(FN, story, kinds);
  const { participant, role, about } = filter;
  if (participant !== undefined && !index.entity(participant) && !index.eventById.has(participant)) {
    throw new NotFoundError(FN, "node", participant, "filter participant");
  }
  if (about !== undefined && !index.claimById.has(about)) throw new NotFoundError(FN, "claim", about, "filter about");
  if (role !== undefined) {
    const roles = new Set(story.vocabulary.eventKinds.flatMap((k) => k.roles.map((r) => r.id)));
    if (!roles.has(role)) throw new InvalidArgumentError(FN, "role", `no event kind has the role "${role}"${didYouMean(role, roles)}`);
  }
  const test = compileClaimFilter(FN, filter);
  const pool = participant !== undefined ? (index.eventsByParticipant.get(participant) ?? []) : story.events;
  return pool.filter(
    (e) =>
      (!kinds || kinds.includes(e.kind)) &&
      (role === undefined && participant === undefined
        ? true
        : e.participants.some((p) => (participant === undefined || p.id === participant) && (role === undefined || p.role === role))) &&
      (about === undefined || e.about.includes(about)) &&
      (!test || test(e)),
  );
}

/**
 * The event with id `id`.
 *
 * @throws {NotFoundError} when the story has no such event.
 */
export function getEvent(story: Story, id: string): StoryEvent {
  const e = indexOf(story).eventById.get(id);
  if (!e) throw new NotFoundError("getEvent", "event", id);
  return e;
}
