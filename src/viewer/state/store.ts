/**
 * A tiny store for the view state: `dispatch(action)` applies a pure action and tells the
 * subscribers when the state really changed. No DOM, no sigma.
 */
import { INITIAL_STATE, type Action, type ViewState } from "./types.ts";

export type Listener = (state: ViewState, previous: ViewState) => void;

export interface Store {
  getState(): ViewState;
  /** Apply `action`; subscribers run only if it returned a different state. */
  dispatch(action: Action): ViewState;
  /** Add a listener; returns a function removing it. */
  subscribe(listener: Listener): () => void;
}

/** A store starting at `initial`. */
export function createStore(initial: ViewState = INITIAL_STATE): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      const next = action(state);
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
