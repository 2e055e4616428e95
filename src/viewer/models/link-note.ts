/**
 * The link note's view model: what the page says about its own link when a document opens. It
 * derives from where the document came from (state/document.ts `StoryOrigin`): a story of a local
 * file cannot be reopened by the page's link (the note says so and how to share it); a story of
 * the built-in data or of a URL (`?story=`) reopens from it, and the note lists the parts of the
 * link that were ignored, if any. A plain graph's view is not kept in the link: no note. No DOM.
 */
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
