/**
 * The link note (`#link-note`): what the page says about its own link when a document opens. It
 * lists the parts of a link that were ignored (each part and why), so that a shared link that lost
 * something says so in the page, not only in the console; or it says that a story opened from a
 * local file cannot be reopened by the page's link, and how to share it. It draws its view model
 * (models/link-note.ts) only when it gets another model object: a note the reader dismissed
 * stays dismissed until another document opens.
 */
import { el, replaceChildren } from "../dom.ts";
import type { LinkNote } from "../models/link-note.ts";

/** The link note panel. */
export interface LinkNotePanel {
  /** Show `note` (or hide the panel for no note), unless it is the note drawn last. */
  update(note: LinkNote): void;
}

/**
 * Mount the link note in `root` (hidden until a note comes).
 *
 * @param root - the page's `#link-note`.
 */
export function mountLinkNote(root: HTMLElement): LinkNotePanel {
  let drawn: LinkNote | null = null;
  return {
    update(note) {
      if (note === drawn) return;
      drawn = note;
      if (note.kind === "local-file") showLocalFileNote(root, note.file);
      else showIgnoredLink(root, note.kind === "ignored" ? note.parts : []);
    },
  };
}

/** Show in `root` the parts of a link that were ignored (nothing when none was). */
function showIgnoredLink(root: HTMLElement, ignored: readonly string[]): void {
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
function showLocalFileNote(root: HTMLElement, file: string): void {
  const close = el("button", { attrs: { type: "button", "aria-label": "Dismiss the note" }, class: "close-button", text: "×" });
  close.addEventListener("click", () => showIgnoredLink(root, []));
  replaceChildren(root, [
    el("div", { class: "problems-head" }, [el("h2", { text: `${file} was opened from this computer: the page's link cannot reopen it.` }), close]),
    el("p", { text: "A reload shows the built-in story, without this selection or these filters. To share a view of it, serve the file and open the viewer with ?story=URL, or run: storygraph view FILE." }),
  ]);
  root.hidden = false;
}
