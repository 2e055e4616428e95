/**
 * The filters: relation and event kinds (with their colours: the edge and event legend), and the
 * citation filters (how sure, whether it holds, according to whom, display words: a claim shows
 * while one of its citations passes all of them together), the timeline (two month sliders, from
 * the earliest dated claim to the article's date; a claim shows when its period overlaps the
 * range; claims without a time are hidden too unless kept, and the panel says how many) and a
 * reset. Kinds and sources are the story's own: rebuilt for each story. Draws its view model
 * (models/filters.ts).
 */
import { kindLabel } from "../../graph/describe.ts";
import type { Story } from "../../graph/model.ts";
import { CERTAINTIES, MODALITIES, POLARITIES, type Certainty, type Modality, type Polarity } from "../../graph/values.ts";
import { el, replaceChildren } from "../dom.ts";
import { filtersActive, timelineInUse } from "../state/filters.ts";
import { storyView } from "../state/story-view.ts";
import { monthAt, monthIndex, timelineBounds, type TimelineBounds } from "../state/timeline.ts";
import { formatMonth } from "../format.ts";
import type { Filters } from "../state/types.ts";
import type { FiltersModel } from "../models/filters.ts";
import { eventColor, relationColor } from "../styles.ts";
import { swatch } from "./listbox.ts";

export interface FiltersHandlers {
  onKind(kind: string, on: boolean): void;
  onModality(modality: Modality, on: boolean): void;
  onCertainty(certainty: Certainty, on: boolean): void;
  onPolarity(polarity: Polarity, on: boolean): void;
  onSource(source: string, on: boolean): void;
  onFrom(from: string | null): void;
  onUntil(until: string | null): void;
  onUndated(keep: boolean): void;
  onReset(): void;
}

export interface FiltersPanel {
  /** Draw `model`: the controls of a new story (its kinds, sources, timeline), then the filters set. */
  update(model: FiltersModel): void;
}

const MODALITY_HELP: Record<Modality, string> = {
  asserted: "stated outright by the author",
  hedged: "“semble”, “apparemment”: probable",
  reported: "attributed to a source",
  hypothetical: "“pourrait”, “en cas de”: possible or uncommitted",
  negated: "the article says it is not so",
};

const CERTAINTY_TEXT: Record<Certainty, [string, string]> = {
  certain: ["certain", "“a annoncé”, “fondée en”"],
  probable: ["probable", "“semble”, “auraient”"],
  possible: ["possible", "“pourrait”, “d’éventuelles”"],
  unknown: ["uncommitted", "“si elle se concrétise”, “en cas de”"],
};

const POLARITY_TEXT: Record<Polarity, string> = {
  positive: "says it holds",
  negative: "says it does not",
};

/** A labelled checkbox calling `on(checked)` when changed. */
function check(id: string, content: (Node | string | null)[], on: (checked: boolean) => void, title?: string): { label: HTMLLabelElement; box: HTMLInputElement } {
  const box = el("input", { attrs: { type: "checkbox", id, checked: true } });
  box.addEventListener("change", () => on(box.checked));
  return { box, label: el("label", { class: "check", attrs: { for: id, title } }, [box, ...content]) };
}

/** Mount the filters in `root`. */
export function mountFilters(root: HTMLElement, handlers: FiltersHandlers): FiltersPanel {
  let kindBoxes = new Map<string, HTMLInputElement>();
  let sourceBoxes = new Map<string, HTMLInputElement>();
  const modalityBoxes = new Map<Modality, HTMLInputElement>();
  const certaintyBoxes = new Map<Certainty, HTMLInputElement>();
  const polarityBoxes = new Map<Polarity, HTMLInputElement>();
  let bounds: TimelineBounds | null = null;
  let story: Story | null = null;
  const fromSlider = el("input", { attrs: { type: "range", id: "timeline-from", min: 0, max: 0, step: 1, "aria-describedby": "timeline-from-value" } });
  const untilSlider = el("input", { attrs: { type: "range", id: "timeline-until", min: 0, max: 0, step: 1, "aria-describedby": "timeline-until-value" } });
  const fromValue = el("output", { attrs: { id: "timeline-from-value", for: "timeline-from" } });
  const untilValue = el("output", { attrs: { id: "timeline-until-value", for: "timeline-until" } });
  const undated = el("input", { attrs: { type: "checkbox", id: "keep-undated" } });
  const undatedNote = el("p", { class: "hint", attrs: { id: "undated-note" } });
  const reset = el("button", { attrs: { type: "button", id: "reset-filters" }, text: "Show everything" });
  const relationKinds = el("fieldset", { attrs: { id: "relation-kinds" } });
  const eventKinds = el("fieldset", { attrs: { id: "event-kinds" } });
  const sources = el("fieldset", { attrs: { id: "sources" } });
  const timelineBox = el("fieldset", { class: "timeline" });

  const certainties = el("fieldset", { attrs: { id: "certainties" } }, [
    el("legend", { text: "How sure" }),
    ...CERTAINTIES.map((c) => {
      const { box, label } = check(`certainty-${c}`, [CERTAINTY_TEXT[c][0], el("span", { class: "muted small", text: CERTAINTY_TEXT[c][1] })], (on) => handlers.onCertainty(c, on));
      certaintyBoxes.set(c, box);
      return label;
    }),
  ]);
  const polarities = el("fieldset", { attrs: { id: "polarities" } }, [
    el("legend", { text: "Holds or not" }),
    ...POLARITIES.map((p) => {
      const { box, label } = check(`polarity-${p}`, [POLARITY_TEXT[p]], (on) => handlers.onPolarity(p, on));
      polarityBoxes.set(p, box);
      return label;
    }),
  ]);
  const modalities = el("fieldset", {}, [
    el("legend", { text: "Display words" }),
    ...MODALITIES.map((m) => {
      const badge = el("span", { class: ["modality-badge", `modality-${m}`], text: m });
      const { box, label } = check(`modality-${m}`, [badge, el("span", { class: "muted small", text: MODALITY_HELP[m] })], (on) => handlers.onModality(m, on), MODALITY_HELP[m]);
      modalityBoxes.set(m, box);
      return label;
    }),
  ]);
  const monthOf = (slider: HTMLInputElement) => monthAt(monthIndex(bounds!.first) + Number(slider.value));
  fromSlider.addEventListener("input", () => {
    if (!bounds) return;
    handlers.onFrom(Number(fromSlider.value) <= 0 ? null : monthOf(fromSlider));
  });
  untilSlider.addEventListener("input", () => {
    if (!bounds) return;
    handlers.onUntil(Number(untilSlider.value) >= bounds.months - 1 ? null : monthOf(untilSlider));
  });
  undated.addEventListener("change", () => handlers.onUndated(undated.checked));
  reset.addEventListener("click", () => handlers.onReset());
  replaceChildren(root, [
    el("h2", { attrs: { id: "filters-heading" }, text: "Filters" }),
    relationKinds,
    eventKinds,
    el("p", { class: "hint", attrs: { id: "citation-filters-hint" }, text: "A claim shows while one of its citations passes the four filters below together." }),
    certainties,
    polarities,
    sources,
    modalities,
    timelineBox,
    reset,
  ]);

  const kindBox = (k: string, shape: "line" | "diamond", count: number, s: Story) => {
    const { box, label } = check(`kind-${k}`, [swatch(shape === "line" ? relationColor(k) : eventColor(k), shape), kindLabel(s.vocabulary, k), el("span", { class: "count", text: ` (${count})` })], (on) => handlers.onKind(k, on));
    kindBoxes.set(k, box);
    return label;
  };

  const panel = {
    setStory(next: Story) {
      story = next;
      const view = storyView(next);
      bounds = timelineBounds(next);
      kindBoxes = new Map();
      replaceChildren(relationKinds, [el("legend", { text: "Relation kinds" }), ...view.relationKinds.map((k) => kindBox(k, "line", view.kindCounts.get(k) ?? 0, next))]);
      relationKinds.hidden = view.relationKinds.length === 0;
      replaceChildren(eventKinds, [el("legend", { text: "Event kinds" }), ...view.eventKinds.map((k) => kindBox(k, "diamond", view.kindCounts.get(k) ?? 0, next))]);
      eventKinds.hidden = view.eventKinds.length === 0;
      sourceBoxes = new Map();
      replaceChildren(sources, [
        el("legend", { text: "According to" }),
        ...view.sources.map((s, i) => {
          const { box, label } = check(`source-${i}`, [s.label, el("span", { class: "count", text: ` (${s.citations})` })], (on) => handlers.onSource(s.value, on));
          if (s.citations === 0) label.classList.add("is-empty");
          sourceBoxes.set(s.value, box);
          return label;
        }),
      ]);
      if (!bounds) {
        replaceChildren(timelineBox, [el("legend", { text: "Timeline" }), el("p", { class: "hint", text: "No claim of this story is dated." })]);
        return;
      }
      for (const s of [fromSlider, untilSlider]) {
        s.max = String(bounds.months - 1);
        s.setAttribute("aria-valuetext", "");
      }
      fromSlider.value = "0";
      untilSlider.value = String(bounds.months - 1);
      replaceChildren(timelineBox, [
        el("legend", { text: "Timeline" }),
        el("label", { attrs: { for: "timeline-from" } }, ["From ", fromValue]),
        fromSlider,
        el("label", { attrs: { for: "timeline-until" } }, ["Until ", untilValue]),
        untilSlider,
        el("div", { class: "timeline-ends", attrs: { "aria-hidden": "true" } }, [el("span", { text: formatMonth(bounds.first) }), el("span", { text: formatMonth(bounds.last) })]),
        bounds.openEnded > 0
          ? el("p", { class: "hint", text: `${bounds.openEnded} claim${bounds.openEnded === 1 ? " holds" : "s hold"} on without end and the article has no date: the timeline runs to this month.` })
          : null,
        el("label", { class: "check", attrs: { for: "keep-undated" } }, [undated, "Keep undated claims"]),
        undatedNote,
      ]);
    },
    update(filters: Filters, undatedClaims: FiltersModel["undated"]) {
      for (const [k, box] of kindBoxes) box.checked = filters.kinds === null || filters.kinds.includes(k);
      for (const [s, box] of sourceBoxes) box.checked = filters.sources === null || filters.sources.includes(s);
      for (const [m, box] of modalityBoxes) box.checked = filters.modalities.includes(m);
      for (const [c, box] of certaintyBoxes) box.checked = filters.certainties.includes(c);
      for (const [p, box] of polarityBoxes) box.checked = filters.polarities.includes(p);
      reset.disabled = !filtersActive(filters);
      if (!bounds || !story) return;
      const clamp = (v: number) => Math.max(0, Math.min(bounds!.months - 1, v));
      const first = monthIndex(bounds.first);
      fromSlider.value = String(filters.from === null ? 0 : clamp(monthIndex(filters.from) - first));
      untilSlider.value = String(filters.until === null ? bounds.months - 1 : clamp(monthIndex(filters.until) - first));
      const fromText = filters.from === null ? `${formatMonth(bounds.first)} (the start)` : formatMonth(filters.from);
      const untilText = filters.until === null ? `${formatMonth(bounds.last)} (the end)` : formatMonth(filters.until);
      fromValue.textContent = fromText;
      untilValue.textContent = untilText;
      fromSlider.setAttribute("aria-valuetext", fromText);
      untilSlider.setAttribute("aria-valuetext", untilText);
      const inUse = timelineInUse(filters);
      undated.checked = filters.undated;
      undated.disabled = !inUse;
      const { total: undatedCount, shown: undatedShown } = undatedClaims;
      undatedNote.textContent = !inUse
        ? `${undatedCount} claim${undatedCount === 1 ? " is" : "s are"} undated: the article gives no date.`
        : filters.undated
          ? `${undatedShown} undated claim${undatedShown === 1 ? "" : "s"} kept (no date in the article).`
          : `${undatedCount} undated claim${undatedCount === 1 ? "" : "s"} hidden while the timeline is in use.`;
    },
  };
  return {
    update(model) {
      if (model.story !== story) panel.setStory(model.story);
      panel.update(model.filters, model.undated);
    },
  };
}
