/**
 * The controls of a plain GEXF graph (shown instead of a story's filters): label density, colour
 * by and size by any node column (the file's own colours and sizes first), and filters on the
 * degree and on one column (the values kept of a categorical one, a range of a numeric one). The
 * legend under the canvas follows the colour scale. The look they set lives in the store
 * (state/app-state.ts `GraphLook`): each control hands over the change it makes, and the panel
 * draws its view model (models/controls.ts); the scales and the filtering are pure
 * (attribute-scale.ts, plain-filters.ts, label-density.ts).
 */
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import { attributeScale, extent, type AttributeScale, type NodeColumn } from "../plain/attribute-scale.ts";
import { el, replaceChildren } from "../dom.ts";
import { LABEL_DENSITY_LEVELS } from "../canvas/label-density.ts";
import { DEFAULT_GRAPH_LOOK, type GraphLook } from "../state/app-state.ts";
import type { ControlsModel } from "../models/controls.ts";
import { swatch } from "./legend.ts";

export interface PlainControls {
  /**
   * Draw `model`: the controls of a new graph (its columns), the legend of its look, the counts
   * shown. The model object drawn last draws nothing (app.ts hands a new document's model over
   * twice: before the canvas, as the legend sets its height, and again with every other panel).
   */
  update(model: ControlsModel): void;
}

/** Categorical values listed as checkboxes, at most (the most frequent). */
const MAX_VALUES = 40;

/**
 * Mount the controls in `root`, the colour legend in `legend`; `onChange` gets each change the
 * reader makes (the store's `changeLook`).
 */
export function mountPlainControls(root: HTMLElement, legend: HTMLElement, onChange: (patch: Partial<GraphLook>) => void): PlainControls {
  let columns: readonly NodeColumn[] = [];
  let graph: UntypedGraph | null = null;
  /** The look last drawn (the legend follows it). */
  let state: GraphLook = DEFAULT_GRAPH_LOOK;
  let legendOf: GraphLook | null = null;
  /** The model last drawn. */
  let drawn: ControlsModel | null = null;
  const counts = el("p", { class: "hint", attrs: { id: "plain-counts", "aria-live": "polite" } });
  const set = (next: Partial<GraphLook>) => onChange(next);

  const density = el("input", { attrs: { type: "range", id: "label-density", min: 0, max: LABEL_DENSITY_LEVELS.length - 1, step: 1, "aria-describedby": "label-density-value" } });
  const densityValue = el("output", { attrs: { id: "label-density-value", for: "label-density" } });
  density.addEventListener("input", () => {
    densityValue.textContent = LABEL_DENSITY_LEVELS[Number(density.value)]!.name;
    set({ labelLevel: Number(density.value) });
  });
  const colorBy = el("select", { attrs: { id: "color-by" } });
  colorBy.addEventListener("change", () => set({ colorBy: colorBy.value }));
  const sizeBy = el("select", { attrs: { id: "size-by" } });
  sizeBy.addEventListener("change", () => set({ sizeBy: sizeBy.value }));
  const minDegree = el("input", { attrs: { type: "range", id: "min-degree", min: 0, max: 0, step: 1, "aria-describedby": "min-degree-value" } });
  const minDegreeValue = el("output", { attrs: { id: "min-degree-value", for: "min-degree" } });
  minDegree.addEventListener("input", () => {
    minDegreeValue.textContent = minDegree.value;
    set({ filter: { ...state.filter, minDegree: Number(minDegree.value) } });
  });
  const filterBy = el("select", { attrs: { id: "filter-by" } });
  const filterValues = el("div", { class: "plain-filter-values", attrs: { id: "filter-values" } });
  filterBy.addEventListener("change", () => {
    drawFilterValues();
    set({ filter: { ...state.filter, column: filterBy.value || null, values: null, min: null, max: null } });
  });

  function option(value: string, text: string): HTMLOptionElement {
    return el("option", { attrs: { value }, text });
  }

  function drawFilterValues(): void {
    const column = columns.find((c) => c.key === filterBy.value);
    if (!column) return replaceChildren(filterValues, []);
    if (column.kind === "numeric") {
      const nums = column.values.filter((v): v is number => typeof v === "number");
      const bound = (id: string, label: string, field: "min" | "max", placeholder: number) => {
        const input = el("input", { attrs: { type: "number", id, step: "any", placeholder } });
        input.addEventListener("change", () => {
          const v = input.value === "" ? null : Number(input.value);
          set({ filter: { ...state.filter, [field]: v !== null && Number.isFinite(v) ? v : null } });
        });
        return el("label", { class: "check" }, [label, input]);
      };
      const [lo, hi] = extent(nums);
      return replaceChildren(filterValues, [bound("filter-min", "from", "min", lo), bound("filter-max", "to", "max", hi)]);
    }
    const scale = attributeScale(column, { palette: Array.from({ length: MAX_VALUES }, () => "#000000") });
    const values = scale.kind === "categorical" ? scale.entries.map((e) => e) : [];
    const boxes = values.map((e, i) => {
      const box = el("input", { attrs: { type: "checkbox", id: `filter-value-${i}`, checked: true, "data-value": e.value } });
      box.addEventListener("change", () => {
        const kept = boxes.filter((b) => b.checked).map((b) => b.dataset.value!);
        set({ filter: { ...state.filter, values: kept.length === boxes.length ? null : kept } });
      });
      return box;
    });
    replaceChildren(filterValues, [
      ...values.map((e, i) => el("label", { class: "check", attrs: { for: `filter-value-${i}` } }, [boxes[i]!, e.value, el("span", { class: "count", text: String(e.count) })])),
      scale.kind === "categorical" && scale.other > 0 ? el("p", { class: "hint", text: `${scale.other} node(s) with another value or none: kept` }) : null,
    ]);
  }

  function drawLegend(): void {
    const column = columns.find((c) => c.key === state.colorBy);
    const sizeColumn = columns.find((c) => c.key === state.sizeBy);
    const sizeNote = sizeColumn ? ` · size: ${sizeColumn.label}` : "";
    if (!column) {
      replaceChildren(legend, [
        el("h2", { class: "visually-hidden", text: "Legend" }),
        el("p", { class: "legend-note", text: `Plain GEXF graph: colours and sizes as the file gives them (a node it gives none is grey; an edge, its source node's colour)${sizeNote} · edge thickness: weight · → directed · no arrow: undirected` }),
      ]);
      return;
    }
    const scale: AttributeScale = attributeScale(column);
    const items =
      scale.kind === "categorical"
        ? [
            ...scale.entries.map((e) => el("li", { data: { value: e.value } }, [swatch(e.color), `${e.value} (${e.count})`])),
            scale.other > 0 ? el("li", { data: { value: "" } }, [swatch(scale.otherColor), `other (${scale.other})`]) : null,
          ]
        : [el("li", {}, [swatch(scale.ramp[0]), String(scale.min)]), el("li", {}, ["→"]), el("li", {}, [swatch(scale.ramp[1]), String(scale.max)])];
    replaceChildren(legend, [
      el("h2", { class: "visually-hidden", text: "Legend" }),
      el("ul", { class: "legend-list", attrs: { id: "attribute-legend", "aria-label": `Colour: ${column.label}` } }, [el("li", { class: "legend-title", text: `Colour: ${column.label}` }), ...items]),
      el("p", { class: "legend-note", text: `Plain GEXF graph${sizeNote} · edge thickness: weight · → directed · no arrow: undirected` }),
    ]);
  }

  function setGraph(g: UntypedGraph, cols: readonly NodeColumn[], look: GraphLook): void {
    graph = g;
    columns = cols;
    const hasColors = g.nodes.some((n) => n.color);
    const hasSizes = g.nodes.some((n) => n.size !== undefined);
    state = look;
    density.value = String(state.labelLevel);
    densityValue.textContent = LABEL_DENSITY_LEVELS[state.labelLevel]!.name;
    replaceChildren(colorBy, [option("file", hasColors ? "as in the file" : "none (grey)"), ...cols.map((c) => option(c.key, c.label))]);
    replaceChildren(sizeBy, [option("file", hasSizes ? "as in the file" : "degree (default)"), ...cols.filter((c) => c.kind === "numeric").map((c) => option(c.key, c.label))]);
    replaceChildren(filterBy, [option("", "no attribute filter"), ...cols.filter((c) => c.key !== "degree").map((c) => option(c.key, c.label))]);
    const maxDegree = Math.max(0, extent((cols.find((c) => c.key === "degree")?.values ?? []) as number[])[1]);
    minDegree.max = String(maxDegree);
    minDegree.value = "0";
    minDegreeValue.textContent = "0";
    drawFilterValues();
    replaceChildren(root, [
      el("h2", { attrs: { id: "plain-controls-heading" }, text: "Graph" }),
      el("fieldset", {}, [el("legend", { text: "Labels" }), el("label", { class: "check", attrs: { for: "label-density" } }, ["fewer", density, "more"]), el("p", { class: "hint" }, ["Biggest nodes first: ", densityValue])]),
      el("fieldset", {}, [el("legend", { text: "Colour and size" }), el("label", { class: "check", attrs: { for: "color-by" } }, ["Colour by", colorBy]), el("label", { class: "check", attrs: { for: "size-by" } }, ["Size by", sizeBy])]),
      el("fieldset", {}, [
        el("legend", { text: "Show" }),
        el("label", { class: "check", attrs: { for: "min-degree" } }, ["At least", minDegree, minDegreeValue, "edges"]),
        el("label", { class: "check", attrs: { for: "filter-by" } }, ["Only", filterBy]),
        filterValues,
      ]),
      counts,
    ]);
  }

  return {
    update(model) {
      if (model === drawn) return;
      drawn = model;
      if (model.document.graph !== graph) {
        setGraph(model.document.graph, model.document.columns, model.look);
        legendOf = null;
      }
      state = model.look;
      if (legendOf === null || legendOf.colorBy !== state.colorBy || legendOf.sizeBy !== state.sizeBy) {
        drawLegend();
        legendOf = state;
      }
      counts.textContent = `${model.shown.nodes} of ${model.document.graph.nodes.length} nodes, ${model.shown.edges} of ${model.document.graph.edges.length} edges shown`;
    },
  };
}
