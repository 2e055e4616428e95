/**
 * The problems of a file that could not be opened: a readable list (path, line and column,
 * what is wrong, the problem's kind), shown in an alert region while the current graph stays;
 * and the notices of a file that opened (what the loader changed on the way), in a note.
 */
import { el, replaceChildren } from "../dom.ts";

/** One problem, ready to list: where (path, line, column) and what. */
export interface ProblemItem {
  /** JSON path (or `(document)`). */
  readonly path: string;
  /** `line 3, column 7` when known. */
  readonly where: string;
  readonly detail: string;
  /** The problem's class name (`QuoteNotFoundError`, …). */
  readonly kind: string;
}

/** One notice of the loader (something it changed or read in a way the author should know of), ready to list. */
export interface NoticeItem {
  /** JSON path (or `(document)`). */
  readonly path: string;
  /** `line 3, column 7` when known. */
  readonly where: string;
  readonly message: string;
}

/** Show the problems of `file` in `root` (an element with role="alert"). */
export function showProblems(root: HTMLElement, file: string, problems: readonly ProblemItem[]): void {
  const close = el("button", { attrs: { type: "button", "aria-label": "Dismiss the problems" }, class: "close-button", text: "×" });
  close.addEventListener("click", () => hideProblems(root));
  replaceChildren(root, [
    el("div", { class: "problems-head" }, [
      el("h2", { text: `Could not open “${file}”: ${problems.length} problem${problems.length === 1 ? "" : "s"}. The current story stays open.` }),
      close,
    ]),
    el(
      "ol",
      { class: "problem-list" },
      problems.map((p) =>
        el("li", { class: "problem" }, [
          el("code", { class: "problem-path", text: p.path }),
          p.where ? el("span", { class: "problem-where", text: ` (${p.where})` }) : null,
          ": ",
          el("span", { class: "problem-detail", text: p.detail }),
          el("span", { class: "problem-kind", text: ` [${p.kind}]` }),
        ]),
      ),
    ),
  ]);
  root.hidden = false;
}

/** Hide the problems region. */
export function hideProblems(root: HTMLElement): void {
  root.hidden = true;
  root.replaceChildren();
}

/**
 * Show the notices of the story file `file` just opened (a storygraph/1 file converted, a date
 * kept as the author's reading) in `root`: a note the reader can dismiss; the story is open.
 */
export function showNotices(root: HTMLElement, file: string, notices: readonly NoticeItem[]): void {
  if (notices.length === 0) {
    hideNotices(root);
    return;
  }
  const close = el("button", { attrs: { type: "button", "aria-label": "Dismiss the notes" }, class: "close-button", text: "×" });
  close.addEventListener("click", () => hideNotices(root));
  replaceChildren(root, [
    el("div", { class: "problems-head" }, [el("h2", { text: `Opened “${file}” with ${notices.length} note${notices.length === 1 ? "" : "s"} from the loader` }), close]),
    el(
      "ul",
      { class: "problem-list" },
      notices.map((n) =>
        el("li", { class: "notice-item" }, [
          n.path !== "(document)" ? el("code", { class: "problem-path", text: n.path }) : null,
          n.where && n.path !== "(document)" ? el("span", { class: "problem-where", text: ` (${n.where})` }) : null,
          n.path !== "(document)" ? ": " : null,
          el("span", { class: "notice-message", text: n.message }),
        ]),
      ),
    ),
  ]);
  root.hidden = false;
}

/** Hide the notices note. */
export function hideNotices(root: HTMLElement): void {
  root.hidden = true;
  root.replaceChildren();
}
