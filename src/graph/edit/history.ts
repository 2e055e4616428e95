/**
 * Undo and redo: a history of values (story drafts), the present between what came before and
 * what was undone. Pure functions returning a new history; a new value clears what was undone.
 */

/** A history: `past` oldest first, `future` next first. */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

/** How many steps back a history keeps by default. */
export const DEFAULT_HISTORY_LIMIT = 200;

/**
 * A history holding only `present`.
 *
 * @param present - the first value.
 */
export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [] };
}

/**
 * `next` becomes the present; the present goes into the past (the oldest dropped past `limit`)
 * and what was undone is forgotten. Recording the present itself changes nothing.
 *
 * @param history - the history.
 * @param next - the new value.
 * @param limit - steps of past kept (at least 1).
 */
export function record<T>(history: History<T>, next: T, limit = DEFAULT_HISTORY_LIMIT): History<T> {
  if (next === history.present) return history;
  const past = [...history.past, history.present];
  return { past: past.length > limit ? past.slice(past.length - Math.max(1, limit)) : past, present: next, future: [] };
}

/** Back one step (unchanged when there is no past). */
export function undo<T>(history: History<T>): History<T> {
  if (history.past.length === 0) return history;
  return { past: history.past.slice(0, -1), present: history.past[history.past.length - 1]!, future: [history.present, ...history.future] };
}

/** Forward one step (unchanged when nothing was undone). */
export function redo<T>(history: History<T>): History<T> {
  if (history.future.length === 0) return history;
  return { past: [...history.past, history.present], present: history.future[0]!, future: history.future.slice(1) };
}

/** True when `undo` would change the history. */
export function canUndo(history: History<unknown>): boolean {
  return history.past.length > 0;
}

/** True when `redo` would change the history. */
export function canRedo(history: History<unknown>): boolean {
  return history.future.length > 0;
}
