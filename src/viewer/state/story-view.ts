/**
 * What a story offers the view, computed once per story and cached: its claims in list order
 * (relations, then events, each in story order, as `queryClaims` gives them), the kinds its claims
 * use (in vocabulary order: what the kind filters list), the sources its citations name (what the
 * source filter lists), and the participation edges of its events (an event to each participant,
 * keyed as `toGraph` keys them). What touches what (relations of an entity, events about a claim,
 * a claim by id) is the library's to answer (`queryRelations`, `queryEvents`, `getClaim`), not
 * indexed again here. No DOM, no sigma.
 */
import type { Claim, Participant, Story, StoryEvent } from "../../graph/model.ts";
import { participationKey } from "../../graph/graph.ts";
import { foldName } from "../../graph/text.ts";
import { AUTHOR } from "./types.ts";

/** One participation: the edge from an event to one of its participants, in a role. */
export interface Participation {
  /** The edge key (`event/role/participant`, as `toGraph` has it). */
  readonly key: string;
  readonly event: StoryEvent;
  readonly role: string;
  readonly participant: string;
  readonly participantType: Participant["type"];
}

/** A source the source filter offers: `author`, or a name the article gives. */
export interface SourceOption {
  /** The filter value: `"author"` or the source's name as first written. */
  readonly value: string;
  /** How it reads: `the author` or the name. */
  readonly label: string;
  /** Citations it stands in. */
  readonly citations: number;
}

export interface StoryView {
  /** Relations then events, each in story order. */
  readonly claims: readonly Claim[];
  /** Relation kinds used by the story's relations, in vocabulary order. */
  readonly relationKinds: readonly string[];
  /** Event kinds used by the story's events, in vocabulary order. */
  readonly eventKinds: readonly string[];
  /** Both: the kind filter's "every kind". */
  readonly kinds: readonly string[];
  /** Entity kinds used, in vocabulary order. */
  readonly entityKinds: readonly string[];
  /** How many claims have each kind. */
  readonly kindCounts: ReadonlyMap<string, number>;
  /** `author` first, then each named source in order of first citation (names folded alike count as one). */
  readonly sources: readonly SourceOption[];
  readonly participations: readonly Participation[];
  readonly participationsOfEvent: ReadonlyMap<string, readonly Participation[]>;
}

const cache = new WeakMap<Story, StoryView>();

function pushTo<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** What `story` offers the view (cached per story object). */
export function storyView(story: Story): StoryView {
  let view = cache.get(story);
  if (!view) {
    view = build(story);
    cache.set(story, view);
  }
  return view;
}

function build(story: Story): StoryView {
  const claims: Claim[] = [...story.relations, ...story.events];
  const kindCounts = new Map<string, number>();
  const sources = new Map<string, { value: string; label: string; citations: number }>();
  const author = { value: AUTHOR, label: "the author", citations: 0 };
  for (const c of claims) {
    kindCounts.set(c.kind, (kindCounts.get(c.kind) ?? 0) + 1);
    for (const citation of c.citations) {
      if (citation.sources.length === 1) author.citations++;
      for (const s of citation.sources) {
        if (s.kind !== "source") continue;
        const folded = foldName(s.name);
        const known = sources.get(folded);
        if (known) known.citations++;
        else sources.set(folded, { value: s.name, label: s.name, citations: 1 });
      }
    }
  }
  const participations: Participation[] = [];
  const participationsOfEvent = new Map<string, Participation[]>();
  for (const e of story.events) {
    for (const p of e.participants) {
      const link: Participation = { key: participationKey(e.id, p.role, p.id), event: e, role: p.role, participant: p.id, participantType: p.type };
      participations.push(link);
      pushTo(participationsOfEvent, e.id, link);
    }
  }
  const used = (list: readonly { id: string }[]) => list.map((k) => k.id).filter((k) => kindCounts.has(k));
  const relationKinds = used(story.vocabulary.relationKinds);
  const eventKinds = used(story.vocabulary.eventKinds);
  const entityKindSet = new Set(story.entities.map((e) => e.kind));
  return {
    claims,
    relationKinds,
    eventKinds,
    kinds: [...relationKinds, ...eventKinds],
    entityKinds: story.vocabulary.entityKinds.map((k) => k.id).filter((k) => entityKindSet.has(k)),
    kindCounts,
    sources: [author, ...sources.values()],
    participations,
    participationsOfEvent,
  };
}
