/**
 * The problems of a file that could not be opened: a readable list (path, line and column,
 * what is wrong, the problem's kind), shown in an alert region while the current graph stays.
 */
import { el, replaceChildren } from "../dom.ts";
import type { ProblemItem } from "../io/load-file.ts";

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
