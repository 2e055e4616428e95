/**
 * The problems panel of edit mode: every problem the validator finds in the draft, its JSON path
 * a link to the entity, claim, sentence or article it names (the link focuses and outlines it).
 */
import type { DraftCheck } from "../../graph/edit/check.ts";
import { el } from "../dom.ts";

/**
 * Render a draft's problems (or "None").
 *
 * @param problemList - the list element.
 * @param check - the draft's check.
 * @param root - the editor's root, where outlined items are looked up.
 */
export function renderProblems(problemList: HTMLUListElement, check: DraftCheck, root: HTMLElement): void {
  problemList.replaceChildren(
    ...(check.valid ? [el("li", { text: "None: the story is valid." })] : check.problems.map((p) => {
      const t = p.target;
      const target = t.kind === "entity" || t.kind === "relation" || t.kind === "event" ? `editor-${t.kind}-${t.index}` : t.kind === "sentence" ? `editor-${t.sentence}` : t.kind === "article" ? "editor-article" : "editor-validity";
      const link = el("a", { attrs: { href: `#${target}` }, text: p.path || "(story)" });
      link.addEventListener("click", (e) => {
        e.preventDefault();
        const node = document.getElementById(target);
        for (const f of root.querySelectorAll(".is-flagged")) f.classList.remove("is-flagged");
        node?.classList.add("is-flagged");
        node?.focus();
      });
      return el("li", {}, [link, `: ${p.detail} `, el("span", { class: "problem-name", text: `[${p.name}]` })]);
    })),
  );
}
