/**
 * The link note's view model: what the page says about its own link when a document opens. It
 * derives from where the document came from (state/document.ts `StoryOrigin`): a story of a local
 * file cannot be reopened by the page's link (the note says so and how to share it); a story of
 * the built-in data or of a URL (`?story=`) reopens from it, and the note lists the parts of the
 * link that were ignored, if any (the app state's `linkIgnored`). A plain graph's view is not kept
 * in the link: no note. The note of a state is the same object until another document opens, so
 * the panel shows it again only then (not after each selection, once the reader dismissed it).
 * No DOM.
 */
import type { AppState } from "../state/app-state.ts";
import type { ViewerDocument } from "../state/document.ts";

/** No note, the parts of the link that were ignored, or the note that a local file's link cannot reopen it. */
export type LinkNote = { readonly kind: "none" } | { readonly kind: "ignored"; readonly parts: readonly string[] } | { readonly kind: "local-file"; readonly file: string };

const NO_NOTE: LinkNote = Object.freeze({ kind: "none" });

/**
 * The note for `document`, opened with a link whose `ignored` parts could not be applied.
 *
 * @param document - the document just opened.
 * @param ignored - the parts of the link decodeHash ignored (none for a document opened without a link).
 * @returns the local-file note for a story of a local file (whatever `ignored` holds: no link is
 *   applied to it), the ignored parts for another story (none: no note), no note for a plain graph.
 */
export function linkNoteFor(document: ViewerDocument, ignored: readonly string[] = []): LinkNote {
  if (document.kind !== "story") return NO_NOTE;
  if (document.origin.from === "file") return { kind: "local-file", file: document.origin.file };
  return ignored.length ? { kind: "ignored", parts: ignored } : NO_NOTE;
}

/**
 * Each document's note, with the ignored parts it was made for. Per document (a WeakMap: gone with
 * its document), so that the note stays the same object while only the view state changes.
 */
const notes = new WeakMap<ViewerDocument, { readonly ignored: readonly string[]; readonly note: LinkNote }>();

/**
 * The link note of `state`: linkNoteFor its document and the ignored parts of its link, the same
 * object for as long as the state keeps both.
 *
 * @param state - the app state (its `document` and `linkIgnored`).
 */
export function linkNoteModel(state: Pick<AppState, "document" | "linkIgnored">): LinkNote {
  const last = notes.get(state.document);
  if (last?.ignored === state.linkIgnored) return last.note;
  const note = linkNoteFor(state.document, state.linkIgnored);
  notes.set(state.document, { ignored: state.linkIgnored, note });
  return note;
}
