/**
 * The legend drawn over the canvas: node colour per entity kind, edge colour per relation kind
 * present in the story, and what arrows mean.
 */
import { ENTITY_KINDS, RELATION_KINDS, RELATION_RULES } from "../../graph/kinds.ts";
import type { Story } from "../../graph/model.ts";
import { el, replaceChildren } from "../dom.ts";
import { ENTITY_COLORS, RELATION_COLORS } from "../styles.ts";
import { swatch } from "./listbox.ts";

/** Fill `root` with the legend of `story`. */
export function renderLegend(root: HTMLElement, story: Story): void {
  const entityKinds = ENTITY_KINDS.filter((k) => story.entities.some((e) => e.kind === k));
  const relationKinds = RELATION_KINDS.filter((k) => story.relations.some((r) => r.kind === k));
  replaceChildren(root, [
    el("h2", { class: "visually-hidden", text: "Legend" }),
    el("ul", { class: "legend-list" }, entityKinds.map((k) => el("li", {}, [swatch(ENTITY_COLORS[k]), k]))),
    el("ul", { class: "legend-list" }, relationKinds.map((k) => el("li", {}, [swatch(RELATION_COLORS[k], "line"), RELATION_RULES[k].label]))),
    el("p", { class: "legend-note", text: "→ directed · no arrow: mutual" }),
  ]);
}

/** The legend of a plain GEXF graph: colours come from the file. */
export function renderLegendPlain(root: HTMLElement): void {
  replaceChildren(root, [
    el("h2", { class: "visually-hidden", text: "Legend" }),
    el("p", { class: "legend-note", text: "Plain GEXF graph: colours as the file gives them (grey when it gives none) · → directed · no arrow: undirected" }),
  ]);
}
