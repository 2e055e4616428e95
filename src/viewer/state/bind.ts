/**
 * The viewer's actions, bound once to its store (as Gephi Lite's `producerToAction` binds each
 * producer to its atom): each takes its arguments and the cause of the change, and dispatches the
 * matching producer. Actions that need the story's full lists (kinds, sources) read them from the
 * document in the state, so no panel holds the story. No DOM, no sigma.
 */
import type { Certainty, Modality, Polarity } from "../../graph/values.ts";
import * as view from "./actions.ts";
import { changeLook, onView, openDocument, type AppState, type Cause, type GraphLook } from "./app-state.ts";
import type { ViewerDocument } from "./document.ts";
import type { Store } from "./store.ts";
import type { Action, Selection, ViewState } from "./types.ts";
import { storyView } from "./story-view.ts";

export interface BoundActions {
  select(selection: Selection, cause: Cause): void;
  /** Select, or clear when it is already selected. */
  toggleSelect(selection: NonNullable<Selection>, cause: Cause): void;
  toggleKind(kind: string, on: boolean): void;
  toggleModality(modality: Modality, on: boolean): void;
  toggleCertainty(certainty: Certainty, on: boolean): void;
  togglePolarity(polarity: Polarity, on: boolean): void;
  toggleSource(source: string, on: boolean): void;
  setFrom(from: string | null): void;
  setUntil(until: string | null): void;
  setUndated(keep: boolean): void;
  setSearch(query: string): void;
  resetFilters(): void;
  /** Replace the view state (a deep link was opened). */
  replaceView(next: ViewState, cause: Cause): void;
  /** Open `document` with view state `next`; `linkIgnored`: the parts of its link that were ignored (none by default). */
  open(document: ViewerDocument, next?: ViewState, linkIgnored?: readonly string[]): void;
  /** Change the plain graph's look. */
  changeLook(patch: Partial<GraphLook>): void;
}

/** The kinds, or the sources, of the open story (none for a plain graph). */
function storyLists(state: AppState): { kinds: readonly string[]; sources: readonly string[] } {
  if (state.document.kind !== "story") return { kinds: [], sources: [] };
  const v = storyView(state.document.story);
  return { kinds: v.kinds, sources: v.sources.map((s) => s.value) };
}

/** `store`'s actions, bound once. */
export function bindActions(store: Store<AppState>): BoundActions {
  const run = (action: Action, cause: Cause) => void store.dispatch(onView(action, cause));
  /** A view action that needs the open story's lists, built when dispatched. */
  const withLists = (make: (lists: ReturnType<typeof storyLists>) => Action) => void store.dispatch((s) => onView(make(storyLists(s)), "filters")(s));
  return {
    select: (selection, cause) => run(view.select(selection), cause),
    toggleSelect: (selection, cause) => run(view.toggleSelect(selection), cause),
    toggleKind: (kind, on) => withLists((l) => view.toggleKind(kind, on, l.kinds)),
    toggleModality: (m, on) => run(view.toggleModality(m, on), "filters"),
    toggleCertainty: (c, on) => run(view.toggleCertainty(c, on), "filters"),
    togglePolarity: (p, on) => run(view.togglePolarity(p, on), "filters"),
    toggleSource: (source, on) => withLists((l) => view.toggleSource(source, on, l.sources)),
    setFrom: (from) => run(view.setFrom(from), "filters"),
    setUntil: (until) => run(view.setUntil(until), "filters"),
    setUndated: (keep) => run(view.setUndated(keep), "filters"),
    setSearch: (query) => run(view.setSearch(query), "search"),
    resetFilters: () => run(view.resetFilters(), "filters"),
    replaceView: (next, cause) => run(view.replaceState(next), cause),
    open: (document, next, linkIgnored) => void store.dispatch(openDocument(document, next, linkIgnored)),
    changeLook: (patch) => void store.dispatch(changeLook(patch)),
  };
}
