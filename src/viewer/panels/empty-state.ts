/**
 * Saying what happened instead of leaving an empty canvas: a note over the graph when the filters
 * leave no claim ("No claim matches these filters", with a "Show everything" button). The note
 * about the page's link (ignored parts, a local file) is panels/link-note.ts.
 */
import { el, replaceChildren } from "../dom.ts";
import type { EmptyModel } from "../models/filters.ts";

/** The empty-state note and its one action. */
export interface EmptyState {
  /** Show the note when the story has claims and the filters show none. */
  update(model: EmptyModel): void;
}

/**
 * Mount the empty-state note in `root` (hidden until needed).
 *
 * @param onShowEverything - clears every filter.
 */
export function mountEmptyState(root: HTMLElement, onShowEverything: () => void): EmptyState {
  const button = el("button", { attrs: { type: "button" }, text: "Show everything" });
  button.addEventListener("click", onShowEverything);
  replaceChildren(root, [el("p", { text: "No claim matches these filters, so the graph and the lists are empty." }), button]);
  root.hidden = true;
  return {
    update({ shown, total }) {
      root.hidden = !(total > 0 && shown === 0);
    },
  };
}
