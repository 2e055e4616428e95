/**
 * The look of the graph as plain data: colours per entity and relation kind (shared with the
 * legend and the filters), modality badge colours, the custom sigma states the viewer uses, and
 * the sigma style rules. No sigma import (only types), so it is unit-tested in Node;
 * graph-view.ts puts sigma's DEFAULT_STYLES before these rules.
 */
import type { EntityKind, Modality, RelationKind } from "../graph/kinds.ts";

/** Text colour on white (contrast 15:1). */
export const INK = "#1a202c";
/** Colour of nodes and edges pushed back while something else is in focus. */
export const DIM = "#d7dce3";
export const DIM_LABEL = "#9aa3af";

/** Node colour per entity kind (all ≥ 4.5:1 on white). */
export const ENTITY_COLORS: Readonly<Record<EntityKind, string>> = {
  organization: "#1d4ed8",
  person: "#c2410c",
  field: "#15803d",
};

/** Edge (and edge label) colour per relation kind (all ≥ 4.5:1 on white). */
export const RELATION_COLORS: Readonly<Record<RelationKind, string>> = {
  founded: "#6d28d9",
  invested: "#047857",
  partnered: "#0369a1",
  "diverges-from": "#b91c1c",
  seeks: "#92400e",
  "depends-on": "#be185d",
  pursues: "#4b5563",
};

/** Badge colours per modality: dark text on a light background (≥ 7:1). */
export const MODALITY_COLORS: Readonly<Record<Modality, { readonly fg: string; readonly bg: string }>> = {
  asserted: { fg: "#14532d", bg: "#dcfce7" },
  hedged: { fg: "#713f12", bg: "#fef3c7" },
  reported: { fg: "#1e3a8a", bg: "#dbeafe" },
  hypothetical: { fg: "#581c87", bg: "#f3e8ff" },
  negated: { fg: "#7f1d1d", bg: "#fee2e2" },
};

/** Viewer states on nodes (beside sigma's isHovered, isHidden, …). */
export interface ViewNodeState {
  /** Part of what is in focus (selection or hovered neighbourhood). */
  isFocus: boolean;
  /** The selected entity. */
  isSelected: boolean;
  /** Matches the entity search. */
  isMatch: boolean;
}
/** Viewer states on edges. */
export interface ViewEdgeState {
  isFocus: boolean;
  isSelected: boolean;
}
/** Viewer state of the whole graph. */
export interface ViewGraphState {
  /** Something is in focus: everything else is dimmed. */
  hasFocus: boolean;
}

export const CUSTOM_NODE_STATE: ViewNodeState = { isFocus: false, isSelected: false, isMatch: false };
export const CUSTOM_EDGE_STATE: ViewEdgeState = { isFocus: false, isSelected: false };
export const CUSTOM_GRAPH_STATE: ViewGraphState = { hasFocus: false };

/** Rendered node attributes (see render-graph.ts). */
export interface NodeStyleAttributes {
  size: number;
}

/** True when the item should be pushed back: something is in focus and it is not part of it. */
export function isDimmed(state: { isFocus: boolean; isSelected: boolean }, graphState: { hasFocus: boolean }): boolean {
  return graphState.hasFocus && !state.isFocus && !state.isSelected;
}

/** How far apart sigma spreads parallel edges (curvature step per edge, fraction of the length). */
export const PARALLEL_SPREAD = 0.3;

/** Node style rules, applied in order after sigma's defaults. */
export const NODE_STYLE_RULES = [
  {
    color: { attribute: "color", defaultValue: "#666666" },
    size: { attribute: "size", defaultValue: 12 },
    label: { attribute: "label" },
    labelVisibility: "visible",
    labelPosition: { attribute: "labelPosition", defaultValue: "right" },
    labelSize: 15,
    labelBackgroundColor: "rgba(255,255,255,0.85)",
    labelBackgroundPadding: 2,
    labelColor: INK,
    cursor: "pointer",
    labelCursor: "pointer",
  },
  { whenState: "isHovered", then: { size: (a: NodeStyleAttributes) => a.size * 1.15 } },
  {
    when: (_a: unknown, s: ViewNodeState, gs: ViewGraphState) => isDimmed(s, gs),
    then: { color: DIM, labelColor: DIM_LABEL },
  },
  {
    whenState: "isMatch",
    then: { backdropVisibility: "visible", backdropColor: "#fde68a", backdropShadowColor: "rgba(0,0,0,0)", depth: "topNodes" },
  },
  {
    whenState: "isSelected",
    then: {
      backdropVisibility: "visible",
      backdropColor: "#ffffff",
      backdropBorderColor: INK,
      backdropBorderWidth: 2,
      backdropCornerRadius: 6,
      depth: "topNodes",
    },
  },
] as const;

/** Edge style rules, applied in order after sigma's defaults. */
export const EDGE_STYLE_RULES = [
  {
    color: { attribute: "color", defaultValue: "#888888" },
    size: 2,
    path: { attribute: "path", defaultValue: "straight" },
    curvature: { attribute: "curvature", defaultValue: 0 },
    parallelPath: "curved",
    parallelSpread: PARALLEL_SPREAD,
    head: { attribute: "head", defaultValue: "none" },
    label: { attribute: "label" },
    labelVisibility: "visible",
    labelPosition: "above",
    labelSize: 12,
    cursor: "pointer",
    labelCursor: "pointer",
  },
  {
    when: (_a: unknown, s: ViewEdgeState, gs: ViewGraphState) => isDimmed(s, gs),
    then: { color: DIM, labelVisibility: "hidden" },
  },
  { whenState: "isHovered", then: { size: 3, depth: "topEdges" } },
  { whenState: "isSelected", then: { size: 4, depth: "topEdges", labelSize: 14 } },
] as const;

/**
 * Rules added after the others on a big graph (see graph-view.ts): labels are culled by density
 * (sigma's "auto") instead of all drawn; the selected, hovered and focused entities keep theirs,
 * and so do the selected relation, the hovered one and those around a selection. A hovered
 * entity's relations are drawn thicker, on top, without labels.
 */
export const BIG_GRAPH_NODE_RULES = [
  { labelVisibility: "auto" },
  { when: (_a: unknown, s: ViewNodeState & { isHovered: boolean }) => s.isFocus || s.isSelected || s.isHovered, then: { labelVisibility: "visible" } },
] as const;
export const BIG_GRAPH_EDGE_RULES = [
  { labelVisibility: "hidden" },
  // a hovered neighbourhood (focus without dimming, see graph-view.ts) is drawn thicker, on top
  { whenState: "isFocus", then: { size: 3, depth: "topEdges" } },
  {
    when: (_a: unknown, s: ViewEdgeState & { isHovered: boolean }, gs: ViewGraphState) => s.isSelected || s.isHovered || (s.isFocus && gs.hasFocus),
    then: { labelVisibility: "visible" },
  },
] as const;
