/**
 * Saying what happened instead of leaving an empty canvas: a note over the graph when the filters
 * leave no claim ("No claim matches these filters", with a "Show everything" button), and a note
 * when parts of a link were ignored (each part and why), so that a shared link that lost something
 * says so in the page, not only in the console.
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

/** Show in `root` the parts of a link that were ignored (nothing when none was). */
export function showIgnoredLink(root: HTMLElement, ignored: readonly string[]): void {
  if (ignored.length === 0) {
    root.hidden = true;
    root.replaceChildren();
    return;
  }
  const close = el("button", { attrs: { type: "button", "aria-label": "Dismiss the note" }, class: "close-button", text: "×" });
  close.addEventListener("click", () => showIgnoredLink(root, []));
  replaceChildren(root, [
    el("div", { class: "problems-head" }, [el("h2", { text: `Parts of the link were ignored (${ignored.length}); the rest of it is shown.` }), close]),
    el("ul", { class: "problem-list" }, ignored.map((part) => el("li", { class: "problem", text: part }))),
  ]);
  root.hidden = false;
}

/**
 * Say in `root` that the story on screen came from a local file, so the page's link cannot reopen
 * it (a reload shows the built-in story); a link to it is shareable once the file is served
 * (`?story=URL`, or `storygraph view FILE`).
 *
 * @param file - the name of the file opened.
 */
export function showLocalFileNote(root: HTMLElement, file: string): void {
  const close = el("button", { attrs: { type: "button", "aria-label": "Dismiss the note" }, class: "close-button", text: "×" });
  close.addEventListener("click", () => showIgnoredLink(root, []));
  replaceChildren(root, [
    el("div", { class: "problems-head" }, [el("h2", { text: `${file} was opened from this computer: the page's link cannot reopen it.` }), close]),
    el("p", { text: "A reload shows the built-in story, without this selection or these filters. To share a view of it, serve the file and open the viewer with ?story=URL, or run: storygraph view FILE." }),
  ]);
  root.hidden = false;
}
