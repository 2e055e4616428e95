/**
 * View state actions, each of the form `(args) => (state) => state`: pure, never mutating, and
 * returning the same object when nothing changes (so subscribers can skip work).
 *
 * The open lists (kinds, sources) take the story's full list (`storyView(story).kinds`,
 * `.sources`) to keep their canonical order, and fall back to `null` ("every one") once every
 * item is ticked again.
 */
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../../graph/values.ts";
import { InvalidArgumentError } from "../../graph/errors.ts";
import { DEFAULT_FILTERS, INITIAL_STATE, type Action, type Filters, type Selection, type ViewState } from "./types.ts";
import { isMonth } from "./timeline.ts";

function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (a !== null && b !== null && a.type === b.type && a.id === b.id);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** True when two filter objects say the same. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return a === b || (Object.keys(DEFAULT_FILTERS) as (keyof Filters)[]).every((k) => sameValue(a[k], b[k]));
}

function withFilters(state: ViewState, patch: Partial<Filters>): ViewState {
  const next = { ...state.filters, ...patch };
  const keys = Object.keys(patch) as (keyof Filters)[];
  if (keys.every((k) => sameValue(state.filters[k], next[k]))) return state;
  return { ...state, filters: next };
}

/** Keep `list` in the canonical order of `all` (so equal sets compare and encode equal). */
function ordered<T>(all: readonly T[], list: Iterable<T>): T[] {
  const set = new Set(list);
  return all.filter((x) => set.has(x));
}

/** `list` in the order of `all`, or `null` when it holds every item of `all`. */
function openList(all: readonly string[], list: Iterable<string>): string[] | null {
  const out = ordered(all, list);
  return out.length === all.length ? null : out;
}

/** Flip `item` in an open list (`null`: every item of `all`). */
function toggleOpen(current: readonly string[] | null, all: readonly string[], item: string, on: boolean | undefined): string[] | null | undefined {
  const has = current === null ? all.includes(item) : current.includes(item);
  const want = on ?? !has;
  if (want === has) return undefined;
  const base = current ?? all;
  return openList(all, want ? [...base, item] : base.filter((k) => k !== item));
}

function toggleClosed<T extends string>(current: readonly T[], all: readonly T[], item: T, on: boolean | undefined): T[] | undefined {
  const has = current.includes(item);
  const want = on ?? !has;
  if (want === has) return undefined;
  return ordered(all, want ? [...current, item] : current.filter((m) => m !== item));
}

/** Select a relation, an event, an entity or a sentence (or nothing with `null`). */
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

/**
 * Show (`on` true) or hide claims of `kind`; without `on`, flip it.
 *
 * @param all - every kind of the story's claims, in order (`storyView(story).kinds`).
 */
export const toggleKind =
  (kind: string, on: boolean | undefined, all: readonly string[]): Action =>
  (state) => {
    const kinds = toggleOpen(state.filters.kinds, all, kind, on);
    return kinds === undefined ? state : withFilters(state, { kinds });
  };

/** Show exactly these kinds (of `all`, the story's kinds in order). */
export const setKinds =
  (kinds: readonly string[], all: readonly string[]): Action =>
  (state) =>
    withFilters(state, { kinds: openList(all, kinds) });

/** Show (`on` true) or hide claims cited with display word `modality`; without `on`, flip it. */
export const toggleModality =
  (modality: Modality, on?: boolean): Action =>
  (state) => {
    const modalities = toggleClosed(state.filters.modalities, MODALITIES, modality, on);
    return modalities ? withFilters(state, { modalities }) : state;
  };

/** Show exactly the claims with a citation of one of these display words. */
export const setModalities =
  (modalities: readonly Modality[]): Action =>
  (state) =>
    withFilters(state, { modalities: ordered(MODALITIES, modalities) });

/** Show (`on` true) or hide claims cited with certainty `certainty`; without `on`, flip it. */
export const toggleCertainty =
  (certainty: Certainty, on?: boolean): Action =>
  (state) => {
    const certainties = toggleClosed(state.filters.certainties, CERTAINTIES, certainty, on);
    return certainties ? withFilters(state, { certainties }) : state;
  };

/** Show (`on` true) or hide claims cited with polarity `polarity`; without `on`, flip it. */
export const togglePolarity =
  (polarity: Polarity, on?: boolean): Action =>
  (state) => {
    const polarities = toggleClosed(state.filters.polarities, POLARITIES, polarity, on);
    return polarities ? withFilters(state, { polarities }) : state;
  };

/**
 * Show (`on` true) or hide claims said by `source` (`"author"` or a source's name); without `on`, flip it.
 *
 * @param all - every source the story offers, in order (`storyView(story).sources` values).
 */
export const toggleSource =
  (source: string, on: boolean | undefined, all: readonly string[]): Action =>
  (state) => {
    const sources = toggleOpen(state.filters.sources, all, source, on);
    return sources === undefined ? state : withFilters(state, { sources });
  };

function checkMonth(fn: string, name: string, value: string | null): void {
  if (value !== null && !isMonth(value)) throw new InvalidArgumentError(fn, name, `"${value}" is not a YYYY-MM month`);
}

/**
 * Start the timeline at month `from` (`YYYY-MM`), or open it with `null`. An end before it moves
 * to it (the range never runs backwards).
 *
 * @throws {InvalidArgumentError} when `from` is not a `YYYY-MM` month.
 */
export const setFrom = (from: string | null): Action => {
  checkMonth("setFrom", "from", from);
  return (state) => {
    const until = state.filters.until;
    return withFilters(state, { from, ...(from !== null && until !== null && until < from && { until: from }) });
  };
};

/**
 * End the timeline at month `until` (`YYYY-MM`), or open it with `null`. A start after it moves
 * to it.
 *
 * @throws {InvalidArgumentError} when `until` is not a `YYYY-MM` month.
 */
export const setUntil = (until: string | null): Action => {
  checkMonth("setUntil", "until", until);
  return (state) => {
    const from = state.filters.from;
    return withFilters(state, { until, ...(until !== null && from !== null && from > until && { from: until }) });
  };
};

/** Keep (true) or hide claims without a time while the timeline is in use. */
export const setUndated =
  (undated: boolean): Action =>
  (state) =>
    withFilters(state, { undated });

/** Set the entity search text. */
export const setSearch =
  (search: string): Action =>
  (state) =>
    withFilters(state, { search });

/** Back to every claim shown, search cleared (the selection stays). */
export const resetFilters = (): Action => (state) => (sameFilters(state.filters, DEFAULT_FILTERS) ? state : { ...state, filters: DEFAULT_FILTERS });

/** Replace the whole state (a deep link was opened, or a new story was loaded). */
export const replaceState =
  (next: ViewState): Action =>
  (state) =>
    sameSelection(state.selection, next.selection) && sameFilters(state.filters, next.filters) ? state : next;

/** Back to the initial state. */
export const reset = (): Action => replaceState(INITIAL_STATE);

/** Alias used by callers that only pass actions along. */
export type ActionLike = Action;
