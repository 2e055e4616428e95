/**
 * The viewer's view state: what is selected and which filters apply. Plain, immutable data:
 * no DOM, no sigma, so it can be unit-tested in Node and encoded in the URL hash.
 * A relation is a first-class selectable object, like an entity or a sentence.
 */
import { MODALITIES, RELATION_KINDS, type Modality, type RelationKind } from "../../graph/kinds.ts";

/** What the reader has selected: one relation, one entity, one sentence, or nothing. */
export type Selection =
  | { readonly type: "relation"; readonly id: string }
  | { readonly type: "entity"; readonly id: string }
  | { readonly type: "sentence"; readonly id: string }
  | null;

export type SelectionType = NonNullable<Selection>["type"];
export const SELECTION_TYPES: readonly SelectionType[] = ["relation", "entity", "sentence"];

/** Which relations are shown. Every filter must hold (AND). */
export interface Filters {
  /** Relation kinds shown (all by default). */
  readonly kinds: readonly RelationKind[];
  /** A relation is shown when at least one of its citations has a modality in this list. */
  readonly modalities: readonly Modality[];
  /**
   * Timeline: `YYYY-MM`; relations dated after the end of this month are hidden, and so are
   * undated relations unless `undated` is true. `null`: no date filter.
   */
  readonly until: string | null;
  /** Keep undated relations while the timeline is in use. */
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
  kinds: Object.freeze([...RELATION_KINDS]),
  modalities: Object.freeze([...MODALITIES]),
  until: null,
  undated: false,
  search: "",
});

/** The state of a fresh view: nothing selected, everything shown. */
export const INITIAL_STATE: ViewState = Object.freeze({ selection: null, filters: DEFAULT_FILTERS });

/** An action: given its arguments, a function from one state to the next (never mutating). */
export type Action = (state: ViewState) => ViewState;
