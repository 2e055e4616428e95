/**
 * The legend drawn under the canvas, from a legend model (legend-model.ts): entity kinds
 * (circles), event kinds (diamonds), relation kinds (solid lines) and participation edges (dashed,
 * labelled with the role), and what arrows mean. Part of the first frame: DOM only, no story code
 * (the default story's model is computed when the viewer is built, see first-frame.ts).
 */
import { el, replaceChildren } from "../dom.ts";

/** One legend entry: a kind's label and colour. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
}

/** What the legend shows: the kinds a story uses, named from its vocabulary, in vocabulary order. */
export interface LegendModel {
  readonly entityKinds: readonly LegendEntry[];
  readonly eventKinds: readonly LegendEntry[];
  readonly relationKinds: readonly LegendEntry[];
  /** The colour of participation edges, when the story has events. */
  readonly participation: string | null;
}

/** A small decorative swatch: a dot (entity), a diamond (event), a line (relation) or a dashed line (participation). */
export function swatch(color: string, shape: "dot" | "diamond" | "line" | "dash" = "dot"): HTMLSpanElement {
  const s = el("span", { class: ["swatch", `swatch-${shape}`], attrs: { "aria-hidden": "true" } });
  s.style.setProperty("--swatch", color);
  return s;
}

/** Fill `root` with the legend `model`. */
export function drawLegend(root: HTMLElement, model: LegendModel): void {
  const item = (s: HTMLElement, text: string) => el("li", {}, [s, text]);
  replaceChildren(root, [
    el("h2", { class: "visually-hidden", text: "Legend" }),
    el("ul", { class: "legend-list", attrs: { "aria-label": "Entity kinds (circles)" } }, model.entityKinds.map((k) => item(swatch(k.color), k.label))),
    model.eventKinds.length
      ? el("ul", { class: "legend-list", attrs: { "aria-label": "Event kinds (diamonds)" } }, model.eventKinds.map((k) => item(swatch(k.color, "diamond"), `${k.label} (event)`)))
      : null,
    el("ul", { class: "legend-list", attrs: { "aria-label": "Relation kinds (solid lines) and participations (dashed)" } }, [
      ...model.relationKinds.map((k) => item(swatch(k.color, "line"), k.label)),
      model.participation ? item(swatch(model.participation, "dash"), "takes part in an event (labelled with the role)") : null,
    ]),
    el("p", { class: "legend-note", text: "● entity · ◆ event · → directed · no arrow: mutual" }),
  ]);
}
