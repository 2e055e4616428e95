/**
 * The search box: over entity labels and aliases, and over the words of the article and of the
 * quotes' English glosses (insensitive to case, accents and apostrophe style). Matching entities
 * are listed as buttons and lit up on the canvas; matching sentences are listed under them with
 * the words around the match, and go to the sentence in the article. Enter picks the best entity
 * (selects it and moves the camera onto it), else the first sentence.
 */
import { el, replaceChildren } from "../dom.ts";
import type { TextHit } from "../state/text-search.ts";
import type { SearchModel } from "../models/search.ts";
import { swatch } from "./listbox.ts";

/** One search result: the node to select, its label and colour, and the name that matched. */
export interface SearchHandlers {
  onQuery(text: string): void;
  onPick(entityId: string): void;
  /** A matching sentence was picked: go to it. */
  onPickSentence?(sentenceId: string): void;
}

export interface SearchPanel {
  /** Show the results of the model's query: matching entities and (when mounted with a sentence list) sentences. */
  update(model: SearchModel): void;
}

/** Where the matching sentences are listed: their list, and the dropdown holding both lists. */
export interface SentenceResults {
  readonly list: HTMLElement;
  readonly dropdown: HTMLElement;
}

/** One matching sentence as a button: where it matched, and the match in its words. */
function sentenceButton(h: TextHit): HTMLElement {
  const where = `sentence ${h.sentence.slice(1)}${h.source === "gloss" ? ", a quote’s gloss" : ""}`;
  return el("li", {}, [
    el("button", { class: "search-sentence", attrs: { type: "button" }, data: { sentence: h.sentence } }, [
      el("span", { class: "where", text: `${where}: ` }),
      h.before,
      el("mark", { text: h.match }),
      h.after,
    ]),
  ]);
}

/** Wire the search box `input`, its entity results list `results` and, when given, its sentence results. */
export function mountSearch(input: HTMLInputElement, results: HTMLElement, status: HTMLElement, handlers: SearchHandlers, sentences?: SentenceResults): SearchPanel {
  let best: string | null = null;
  let bestSentence: string | null = null;
  // the results list closes once a result is picked (Enter or a click) and opens again on typing
  let open = true;
  const close = () => {
    open = false;
    results.hidden = true;
    if (sentences) sentences.list.hidden = sentences.dropdown.hidden = true;
  };
  const pick = (id: string) => {
    close();
    handlers.onPick(id);
  };
  const pickSentence = (id: string) => {
    close();
    handlers.onPickSentence?.(id);
  };
  input.addEventListener("input", () => {
    open = true;
    handlers.onQuery(input.value);
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && best !== null) {
      e.preventDefault();
      pick(best);
    } else if (e.key === "Enter" && bestSentence !== null) {
      e.preventDefault();
      pickSentence(bestSentence);
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
  sentences?.list.addEventListener("click", (e) => {
    const b = (e.target as Element).closest<HTMLElement>("[data-sentence]");
    if (b) pickSentence(b.dataset.sentence!);
  });
  return {
    update({ query, hits, textHits }) {
      if (input.value !== query) input.value = query;
      best = hits[0]?.id ?? null;
      const shown = sentences ? textHits : [];
      bestSentence = shown[0]?.sentence ?? null;
      results.hidden = !open || query.trim() === "";
      if (sentences) {
        sentences.list.hidden = sentences.dropdown.hidden = results.hidden;
        replaceChildren(sentences.list, shown.map(sentenceButton));
      }
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
      const inText = shown.length === 0 ? "" : ` ${shown.length} sentence${shown.length === 1 ? "" : "s"} of the article match${shown.length === 1 ? "es" : ""}.`;
      status.textContent =
        query.trim() === ""
          ? ""
          : hits.length > 0
            ? `${hits.length} match${hits.length === 1 ? "" : "es"}; Enter selects ${hits[0]!.label}.${inText}`
            : shown.length > 0
              ? `No entity matches.${inText} Enter goes to sentence ${shown[0]!.sentence.slice(1)}.`
              : "No entity matches.";
    },
  };
}
