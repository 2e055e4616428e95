/**
 * Save a Blob as a file through a temporary `<a download>` on a blob: URL.
 */
import { el } from "../dom.ts";

/** Offer `blob` to the user as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { attrs: { href: url, download: fileName }, class: "visually-hidden" });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: lowercase ASCII words joined by `-`, never empty. */
export function fileNameFor(title: string | undefined, extension: string): string {
  const base = (title ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${base || "story"}.${extension}`;
}
