/**
 * The filters: relation kinds (with their colours: the edge legend), modalities, the timeline
 * (a month slider from the earliest dated relation to the article; relations dated after it are
 * hidden, undated ones are hidden too unless kept, and the panel says how many) and a reset.
 */
import { MODALITIES, RELATION_KINDS, RELATION_RULES, type Modality, type RelationKind } from "../../graph/kinds.ts";
import type { Story } from "../../graph/model.ts";
import { el, replaceChildren } from "../dom.ts";
import { filtersActive } from "../state/filters.ts";
import { formatMonth, monthAt, monthIndex, timelineBounds, type TimelineBounds } from "../state/timeline.ts";
import type { Filters } from "../state/types.ts";
import { RELATION_COLORS } from "../styles.ts";
import { swatch } from "./listbox.ts";

export interface FiltersHandlers {
  onKind(kind: RelationKind, on: boolean): void;
  onModality(modality: Modality, on: boolean): void;
  onUntil(until: string | null): void;
  onUndated(keep: boolean): void;
  onReset(): void;
}

export interface FiltersPanel {
  setStory(story: Story): void;
  update(filters: Filters, visibleRelations: ReadonlySet<string>): void;
}

const MODALITY_HELP: Record<Modality, string> = {
  asserted: "stated outright",
  hedged: "“semble”, “apparemment”",
  reported: "attributed to a source",
  hypothetical: "“pourrait”, “en cas de”",
  negated: "the article says it is not so",
};

/** Mount the filters in `root`. */
export function mountFilters(root: HTMLElement, handlers: FiltersHandlers): FiltersPanel {
  const kindBoxes = new Map<RelationKind, HTMLInputElement>();
  const modalityBoxes = new Map<Modality, HTMLInputElement>();
  const kindCounts = new Map<RelationKind, HTMLElement>();
  let bounds: TimelineBounds | null = null;
  let story: Story | null = null;
  const slider = el("input", { attrs: { type: "range", id: "timeline", min: 0, max: 0, step: 1, "aria-describedby": "timeline-value" } });
  const sliderValue = el("output", { attrs: { id: "timeline-value", for: "timeline" } });
  const undated = el("input", { attrs: { type: "checkbox", id: "keep-undated" } });
  const undatedNote = el("p", { class: "hint", attrs: { id: "undated-note" } });
  const reset = el("button", { attrs: { type: "button", id: "reset-filters" }, text: "Show everything" });
  const timelineBox = el("fieldset", { class: "timeline" });

  const kinds = el("fieldset", {}, [
    el("legend", { text: "Relation kinds" }),
    ...RELATION_KINDS.map((k) => {
      const box = el("input", { attrs: { type: "checkbox", id: `kind-${k}`, checked: true }, data: { kind: k } });
      const count = el("span", { class: "count" });
      kindBoxes.set(k, box);
      kindCounts.set(k, count);
      box.addEventListener("change", () => handlers.onKind(k, box.checked));
      return el("label", { class: "check", attrs: { for: `kind-${k}` } }, [box, swatch(RELATION_COLORS[k], "line"), RELATION_RULES[k].label, count]);
    }),
  ]);
  const modalities = el("fieldset", {}, [
    el("legend", { text: "Claims shown" }),
    ...MODALITIES.map((m) => {
      const box = el("input", { attrs: { type: "checkbox", id: `modality-${m}`, checked: true }, data: { modality: m } });
      modalityBoxes.set(m, box);
      box.addEventListener("change", () => handlers.onModality(m, box.checked));
      const badge = el("span", { class: ["modality-badge", `modality-${m}`], text: m });
      return el("label", { class: "check", attrs: { for: `modality-${m}`, title: MODALITY_HELP[m] } }, [box, badge, el("span", { class: "muted small", text: MODALITY_HELP[m] })]);
    }),
  ]);
  slider.addEventListener("input", () => {
    if (!bounds) return;
    const v = Number(slider.value);
    handlers.onUntil(v >= bounds.months - 1 ? null : monthAt(monthIndex(bounds.first) + v));
  });
  undated.addEventListener("change", () => handlers.onUndated(undated.checked));
  reset.addEventListener("click", () => handlers.onReset());
  replaceChildren(root, [el("h2", { attrs: { id: "filters-heading" }, text: "Filters" }), kinds, modalities, timelineBox, reset]);

  return {
    setStory(next) {
      story = next;
      bounds = timelineBounds(next);
      for (const k of RELATION_KINDS) {
        const n = next.relations.filter((r) => r.kind === k).length;
        kindCounts.get(k)!.textContent = ` (${n})`;
        kindBoxes.get(k)!.closest("label")!.classList.toggle("is-empty", n === 0);
      }
      if (!bounds) {
        replaceChildren(timelineBox, [el("legend", { text: "Timeline" }), el("p", { class: "hint", text: "No relation of this story is dated." })]);
        return;
      }
      slider.max = String(bounds.months - 1);
      slider.value = String(bounds.months - 1);
      slider.setAttribute("aria-valuetext", "");
      replaceChildren(timelineBox, [
        el("legend", { text: "Timeline" }),
        el("label", { attrs: { for: "timeline" } }, ["Relations dated up to ", sliderValue]),
        slider,
        el("div", { class: "timeline-ends", attrs: { "aria-hidden": "true" } }, [el("span", { text: formatMonth(bounds.first) }), el("span", { text: formatMonth(bounds.last) })]),
        el("label", { class: "check", attrs: { for: "keep-undated" } }, [undated, "Keep undated relations"]),
        undatedNote,
      ]);
    },
    update(filters, visible) {
      for (const [k, box] of kindBoxes) box.checked = filters.kinds.includes(k);
      for (const [m, box] of modalityBoxes) box.checked = filters.modalities.includes(m);
      reset.disabled = !filtersActive(filters);
      if (!bounds || !story) return;
      const v = filters.until === null ? bounds.months - 1 : Math.max(0, Math.min(bounds.months - 1, monthIndex(filters.until) - monthIndex(bounds.first)));
      slider.value = String(v);
      const text = filters.until === null ? `${formatMonth(bounds.last)} (all)` : formatMonth(filters.until);
      sliderValue.textContent = text;
      slider.setAttribute("aria-valuetext", text);
      undated.checked = filters.undated;
      undated.disabled = filters.until === null;
      const undatedCount = story.relations.filter((r) => !r.date).length;
      const undatedShown = story.relations.filter((r) => !r.date && visible.has(r.id)).length;
      undatedNote.textContent =
        filters.until === null
          ? `${undatedCount} relation${undatedCount === 1 ? " is" : "s are"} undated: the article gives no date.`
          : filters.undated
            ? `${undatedShown} undated relation${undatedShown === 1 ? "" : "s"} kept (no date in the article).`
            : `${undatedCount} undated relation${undatedCount === 1 ? "" : "s"} hidden while the timeline is in use.`;
    },
  };
}
