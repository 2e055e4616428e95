/**
 * Entity search: a search box over entity labels and aliases (insensitive to case, accents and
 * apostrophe style). Matches are listed as buttons and lit up on the canvas; Enter picks the
 * best one (selects it and moves the camera onto it).
 */
import { el, replaceChildren } from "../dom.ts";
import { swatch } from "./listbox.ts";

/** One search result: the node to select, its label and colour, and the name that matched. */
export interface SearchItem {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly matched: string;
}

export interface SearchHandlers {
  onQuery(text: string): void;
  onPick(entityId: string): void;
}

export interface SearchPanel {
  update(query: string, hits: readonly SearchItem[]): void;
}

/** Wire the search box `input` and its results list `results`. */
export function mountSearch(input: HTMLInputElement, results: HTMLElement, status: HTMLElement, handlers: SearchHandlers): SearchPanel {
  let best: string | null = null;
  // the results list closes once a result is picked (Enter or a click) and opens again on typing
  let open = true;
  const pick = (id: string) => {
    open = false;
    results.hidden = true;
    handlers.onPick(id);
  };
  input.addEventListener("input", () => {
    open = true;
    handlers.onQuery(input.value);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && best !== null) {
      e.preventDefault();
      pick(best);
    } else if (e.key === "Escape" && input.value) {
      e.preventDefault();
      input.value = "";
      handlers.onQuery("");
    }
  });
  results.addEventListener("click", (e) => {
    const b = (e.target as Element).closest<HTMLElement>("[data-entity]");
    if (b) pick(b.dataset.entity!);
  });
  return {
    update(query, hits) {
      if (input.value !== query) input.value = query;
      best = hits[0]?.id ?? null;
      results.hidden = !open || query.trim() === "";
      replaceChildren(
        results,
        hits.map((h) =>
          el("li", {}, [
            el("button", { class: "search-hit", attrs: { type: "button" }, data: { entity: h.id } }, [
              swatch(h.color),
              el("span", { text: h.label }),
              h.matched !== h.label ? el("span", { class: "muted small", text: ` “${h.matched}”` }) : null,
            ]),
          ]),
        ),
      );
      status.textContent = query.trim() === "" ? "" : hits.length === 0 ? "No entity matches." : `${hits.length} match${hits.length === 1 ? "" : "es"}; Enter selects ${hits[0]!.label}.`;
    },
  };
}
