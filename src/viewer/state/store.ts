/**
 * A tiny store: `dispatch(producer)` applies a pure producer (state → state) and tells the
 * subscribers when the state really changed. The viewer keeps its whole application state in
 * one (state/app-state.ts: the opened document, the view state, the plain graph's look and what
 * caused the last change); the view state's own actions run on it through `bindActions`
 * (state/bind.ts). No DOM, no sigma.
 */
import { INITIAL_STATE, type ViewState } from "./types.ts";

export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S = ViewState> {
  getState(): S;
  /** Apply `producer`; subscribers run only if it returned a different state. */
  dispatch(producer: (state: S) => S): S;
  /** Add a listener; returns a function removing it. */
  subscribe(listener: Listener<S>): () => void;
}

/** A store starting at `initial` (the initial view state when omitted). */
export function createStore<S = ViewState>(initial?: S): Store<S> {
  let state = (initial ?? INITIAL_STATE) as S;
  const listeners = new Set<Listener<S>>();
  return {
    getState: () => state,
    dispatch(producer) {
      const previous = state;
      const next = producer(state);
      if (next !== previous) {
        state = next;
        for (const l of [...listeners]) l(state, previous);
      }
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
