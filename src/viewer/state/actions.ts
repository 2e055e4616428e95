/**
 * View state actions, each of the form `(args) => (state) => state`: pure, never mutating, and
 * returning the same object when nothing changes (so subscribers can skip work).
 */
import { MODALITIES, RELATION_KINDS, type Modality, type RelationKind } from "../../graph/kinds.ts";
import { DEFAULT_FILTERS, INITIAL_STATE, type Action, type Filters, type Selection, type ViewState } from "./types.ts";
import { isMonth } from "./timeline.ts";
import { InvalidArgumentError } from "../../graph/errors.ts";

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);
}

function withFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  const next = { ...state.filters, ...patch };
  const keys = Object.keys(patch) as (keyof Filters)[];
  if (keys.every((k) => sameValue(state.filters[k], next[k]))) return state;
  return { ...state, filters: next };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** Keep `list` in the canonical order of `all` (so equal sets compare and encode equal). */
function ordered<T>(all: readonly T[], list: Iterable<T>): T[] {
  const set = new Set(list);
  return all.filter((x) => set.has(x));
}

/** Select a relation, an entity or a sentence (or nothing with `null`). */
export const select =
  (selection: Selection): Action =>
  (state) =>
    sameSelection(state.selection, selection) ? state : { ...state, selection: selection && { ...selection } };

/** Select `selection`, or clear the selection when it is already selected (a click toggles). */
export const toggleSelect =
  (selection: NonNullable<Selection>): Action =>
  (state) =>
    select(sameSelection(state.selection, selection) ? null : selection)(state);

/** Clear the selection (Escape). */
export const clearSelection = (): Action => select(null);

/** Show (`on` true) or hide relations of `kind`; without `on`, flip it. */
export const toggleKind =
  (kind: RelationKind, on?: boolean): Action =>
  (state) => {
    const has = state.filters.kinds.includes(kind);
    const want = on ?? !has;
    if (want === has) return state;
    const kinds = want ? [...state.filters.kinds, kind] : state.filters.kinds.filter((k) => k !== kind);
    return withFilters(state, { kinds: ordered(RELATION_KINDS, kinds) });
  };

/** Show exactly these relation kinds. */
export const setKinds =
  (kinds: readonly RelationKind[]): Action =>
  (state) =>
    withFilters(state, { kinds: ordered(RELATION_KINDS, kinds) });

/** Show (`on` true) or hide claims of `modality`; without `on`, flip it. */
export const toggleModality =
  (modality: Modality, on?: boolean): Action =>
  (state) => {
    const has = state.filters.modalities.includes(modality);
    const want = on ?? !has;
    if (want === has) return state;
    const list = want ? [...state.filters.modalities, modality] : state.filters.modalities.filter((m) => m !== modality);
    return withFilters(state, { modalities: ordered(MODALITIES, list) });
  };

/** Show exactly the relations with a claim of one of these modalities. */
export const setModalities =
  (modalities: readonly Modality[]): Action =>
  (state) =>
    withFilters(state, { modalities: ordered(MODALITIES, modalities) });

/**
 * Move the timeline to month `until` (`YYYY-MM`), or release it with `null`.
 *
 * @throws {InvalidArgumentError} when `until` is not a `YYYY-MM` month.
 */
export const setUntil = (until: string | null): Action => {
  if (until !== null && !isMonth(until)) throw new InvalidArgumentError("setUntil", "until", `"${until}" is not a YYYY-MM month`);
  return (state) => withFilters(state, { until });
};

/** Keep (true) or hide undated relations while the timeline is in use. */
export const setUndated =
  (undated: boolean): Action =>
  (state) =>
    withFilters(state, { undated });

/** Set the entity search text. */
export const setSearch =
  (search: string): Action =>
  (state) =>
    withFilters(state, { search });

/** Back to every relation shown (the selection stays). */
export const resetFilters = (): Action => (state) =>
  Object.keys(DEFAULT_FILTERS).every((k) => sameValue(state.filters[k as keyof Filters], DEFAULT_FILTERS[k as keyof Filters]))
    ? state
    : { ...state, filters: DEFAULT_FILTERS };

/** Replace the whole state (a deep link was opened, or a new story was loaded). */
export const replaceState =
  (next: ViewState): Action =>
  (state) =>
    sameSelection(state.selection, next.selection) &&
    (Object.keys(next.filters) as (keyof Filters)[]).every((k) => sameValue(state.filters[k], next.filters[k]))
      ? state
      : next;

/** Back to the initial state. */
export const reset = (): Action => replaceState(INITIAL_STATE);

/** Alias used by callers that only pass actions along. */
export type ActionLike = Action;
