/**
 * The viewer's view state: what is selected and which filters apply. Plain, immutable data:
 * no DOM, no sigma, so it can be unit-tested in Node and encoded in the URL hash.
 * A claim (a relation or an event) is a first-class selectable object, like an entity or a sentence.
 *
 * Kinds and sources are open (a story brings its own), so their filters are `null` while they
 * show everything, and a list of what they show otherwise; the value sets of the model
 * (modalities, certainties, polarities) are always lists.
 */
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../../graph/values.ts";

/**
 * What the reader has selected: one relation, one event, one entity, one sentence, the shortest
 * path between two nodes (`id` = `from~to`, see `pathSelection`), or nothing.
 */
export type Selection =
  | { readonly type: "relation"; readonly id: string }
  | { readonly type: "event"; readonly id: string }
  | { readonly type: "entity"; readonly id: string }
  | { readonly type: "sentence"; readonly id: string }
  | { readonly type: "path"; readonly id: string }
  | null;

export type SelectionType = NonNullable<Selection>["type"];
export const SELECTION_TYPES: readonly SelectionType[] = ["relation", "event", "entity", "sentence", "path"];

/** `~` joins a path's two ends: no id holds it (ids are lowercase letters, digits, `.`, `_`, `-`). */
const PATH_JOIN = "~";

/** The selection of the shortest path from node `from` to node `to` (entity or event ids). */
export function pathSelection(from: string, to: string): { readonly type: "path"; readonly id: string } {
  return { type: "path", id: `${from}${PATH_JOIN}${to}` };
}

/** The two ends of a path selection's id, or null when it is not `from~to`. */
export function pathEnds(id: string): { readonly from: string; readonly to: string } | null {
  const parts = id.split(PATH_JOIN);
  return parts.length === 2 && parts[0] && parts[1] ? { from: parts[0], to: parts[1] } : null;
}

/** The source filter's value for claims the author states on their own account. */
export const AUTHOR = "author";

/**
 * Which claims are shown. Every filter must hold (AND). The citation filters (`modalities`,
 * `certainties`, `polarities`, `sources`) hold together on one citation: a claim shows while one
 * of its citations passes all of them (the library's `compileClaimFilter`).
 */
export interface Filters {
  /** Relation and event kinds shown, in the story's vocabulary order; `null`: every kind. */
  readonly kinds: readonly string[] | null;
  /** Display words a citation may have (any of them). */
  readonly modalities: readonly Modality[];
  /** Certainties a citation may have. */
  readonly certainties: readonly Certainty[];
  /** Polarities a citation may have. */
  readonly polarities: readonly Polarity[];
  /**
   * Who may say it: `"author"` (the author on their own account) and the names of the sources
   * the article names (a citation passes when its source chain names one of them); `null`: anyone.
   */
  readonly sources: readonly string[] | null;
  /** Timeline start, `YYYY-MM`: claims whose period ends before this month are hidden; `null`: open. */
  readonly from: string | null;
  /** Timeline end, `YYYY-MM`: claims whose period starts after this month are hidden; `null`: open. */
  readonly until: string | null;
  /** Keep claims without a time while the timeline is in use (they are hidden otherwise). */
  readonly undated: boolean;
  /** Entity search text (matched insensitive to case, accents and apostrophe style). */
  readonly search: string;
}

export interface ViewState {
  readonly selection: Selection;
  readonly filters: Filters;
}

/** The filters of a fresh view: everything shown. */
export const DEFAULT_FILTERS: Filters = Object.freeze({
  kinds: null,
  modalities: Object.freeze([...MODALITIES]),
  certainties: Object.freeze([...CERTAINTIES]),
  polarities: Object.freeze([...POLARITIES]),
  sources: null,
  from: null,
  until: null,
  undated: false,
  search: "",
});

/** The state of a fresh view: nothing selected, everything shown. */
export const INITIAL_STATE: ViewState = Object.freeze({ selection: null, filters: DEFAULT_FILTERS });

/** An action: given its arguments, a function from one state to the next (never mutating). */
export type Action = (state: ViewState) => ViewState;
