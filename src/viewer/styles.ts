/**
 * The look of the graph as plain data: colours per entity, relation and event kind (shared with
 * the legend, the lists and the filters), the participation edges' look, modality badge colours,
 * the custom sigma states the viewer uses, and the sigma style rules. No sigma import (only
 * types), so it is unit-tested in Node; graph-view.ts puts sigma's DEFAULT_STYLES before these
 * rules.
 *
 * Kinds are open (a story may add its own, vocabulary/): the news core's kinds have fixed colours;
 * a kind of the story's own gets one from a fallback palette, chosen by a hash of its id (the same
 * kind, the same colour, in every story).
 *
 * Entities are circles; events are diamonds in a warm colour family; relations are solid lines;
 * participations (an event to each participant, labelled with the role) are thinner dashed slate
 * lines. Edge labels are 12 px everywhere, and hidden where they would cover one another
 * (edge-label-collision.ts decides, the `labelCovered` edge state carries it).
 */
import type { Modality } from "../graph/values.ts";
import { hashString } from "../graph/random.ts";

/** Text colour on white (contrast 15:1). */
export const INK = "#1a202c";
/** Colour of nodes and edges pushed back while something else is in focus. */
export const DIM = "#d7dce3";
export const DIM_LABEL = "#9aa3af";

/** Node colour per entity kind of the news core (all ≥ 4.5:1 on white). */
export const ENTITY_COLORS: Readonly<Record<string, string>> = {
  organization: "#1d4ed8",
  person: "#c2410c",
  field: "#15803d",
  group: "#5b21b6",
  place: "#0f766e",
  product: "#0e7490",
  document: "#4d7c0f",
};

/** Edge (and edge label) colour per relation kind of the news core (all ≥ 4.5:1 on white, distinct). */
export const RELATION_COLORS: Readonly<Record<string, string>> = {
  founded: "#6d28d9",
  invested: "#047857",
  partnered: "#0369a1",
  "diverges-from": "#b91c1c",
  seeks: "#92400e",
  "depends-on": "#be185d",
  pursues: "#4b5563",
  "works-for": "#1e40af",
  leads: "#7e22ce",
  "member-of": "#155e75",
  owns: "#166534",
  "subsidiary-of": "#3730a3",
  "located-in": "#115e59",
  produces: "#9a3412",
  "competes-with": "#a21caf",
  supports: "#3f6212",
  opposes: "#9f1239",
};

/**
 * Node colour per event kind of the news core: a warm family (roses, ambers, browns, plums), so
 * that events stand apart from the entities' cool colours as well as by their shape (all ≥ 4.5:1).
 */
export const EVENT_COLORS: Readonly<Record<string, string>> = {
  announcement: "#9a3412",
  statement: "#7c2d12",
  founding: "#be123c",
  investment: "#a16207",
  acquisition: "#9f1239",
  merger: "#881337",
  agreement: "#b45309",
  negotiation: "#854d0e",
  strain: "#c2410c",
  termination: "#991b1b",
  departure: "#7f1d1d",
  appointment: "#92400e",
  lawsuit: "#86198f",
  ruling: "#701a75",
  election: "#be185d",
  launch: "#a21caf",
  impact: "#9d174d",
  meeting: "#78350f",
  protest: "#e11d48",
};

/** Colours for kinds a story adds to the vocabulary (cool, for entities and relations; warm, for events). */
export const STORY_KIND_PALETTE: readonly string[] = ["#334155", "#0f766e", "#4338ca", "#365314", "#1e3a8a", "#6b21a8", "#075985", "#14532d"];
export const STORY_EVENT_PALETTE: readonly string[] = ["#9f1239", "#92400e", "#831843", "#7c2d12", "#a16207", "#701a75"];

/** Colour of participation edges and their role labels (slate, 4.8:1 on white). */
export const PARTICIPATION_COLOR = "#64748b";
/** Dash pattern of participation edges, in screen pixels (relations: no gap, solid). */
export const PARTICIPATION_DASH = { dash: 6, gap: 4 } as const;

/** Node shape of entities and events (sigma shape names: sdfCircle, sdfDiamond). */
export const NODE_SHAPES = { entity: "circle", event: "diamond" } as const;

function pick(table: Readonly<Record<string, string>>, palette: readonly string[], kind: string): string {
  return Object.hasOwn(table, kind) ? table[kind]! : palette[hashString(kind) % palette.length]!;
}

/** The node colour of entity kind `kind`. */
export function entityColor(kind: string): string {
  return pick(ENTITY_COLORS, STORY_KIND_PALETTE, kind);
}
/** The edge colour of relation kind `kind`. */
export function relationColor(kind: string): string {
  return pick(RELATION_COLORS, STORY_KIND_PALETTE, kind);
}
/** The node colour of event kind `kind`. */
export function eventColor(kind: string): string {
  return pick(EVENT_COLORS, STORY_EVENT_PALETTE, kind);
}

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
  /** The selected entity or event. */
  isSelected: boolean;
  /** Matches the entity search. */
  isMatch: boolean;
}
/** Viewer states on edges. */
export interface ViewEdgeState {
  isFocus: boolean;
  isSelected: boolean;
  /** Its label would cover one drawn before it (see edge-label-collision.ts): hidden. */
  labelCovered: boolean;
}
/** Viewer state of the whole graph. */
export interface ViewGraphState {
  /** Something is in focus: everything else is dimmed. */
  hasFocus: boolean;
  /** The canvas is a phone's (see phone.ts): edge labels are shown on demand only. */
  narrow?: boolean;
}

export const CUSTOM_NODE_STATE: ViewNodeState = { isFocus: false, isSelected: false, isMatch: false };
export const CUSTOM_EDGE_STATE: ViewEdgeState = { isFocus: false, isSelected: false, labelCovered: false };
export const CUSTOM_GRAPH_STATE: ViewGraphState = { hasFocus: false, narrow: false };

/** Rendered node attributes (see render-graph.ts). */
export interface NodeStyleAttributes {
  size: number;
}

/** Rendered edge attributes (see render-graph.ts): `size` only on a plain GEXF graph's edges (from their weight). */
export interface EdgeStyleAttributes {
  size?: number;
}

/** An edge's thickness, at least `least` px, and `more` px over its own (2 px when it has none). */
export function thickerEdge(least: number, more: number): (a: EdgeStyleAttributes) => number {
  return (a) => Math.max(least, (a.size ?? 2) + more);
}

/** True when the item should be pushed back: something is in focus and it is not part of it. */
export function isDimmed(state: { isFocus: boolean; isSelected: boolean }, graphState: { hasFocus: boolean }): boolean {
  return graphState.hasFocus && !state.isFocus && !state.isSelected;
}

/**
 * Size of every edge label (CSS px). sigma 4.0.4 draws edge labels at 12 px whatever the style's
 * `labelSize` (its edge label pass has the size written in); the rules ask for no less either, so
 * that the exports (which read the style's size) and a later sigma agree with the canvas.
 */
export const EDGE_LABEL_SIZE = 12;

/** How far apart sigma spreads parallel edges (curvature step per edge, fraction of the length). */
export const PARALLEL_SPREAD = 0.3;

/** Node style rules, applied in order after sigma's defaults. */
export const NODE_STYLE_RULES = [
  {
    color: { attribute: "color", defaultValue: "#666666" },
    size: { attribute: "size", defaultValue: 12 },
    shape: { attribute: "shape", defaultValue: "circle" },
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
  // events: smaller labels in their own colour (the label names the event, not a party)
  { whenData: { type: "event" }, then: { labelSize: 12, labelColor: { attribute: "color" } } },
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
    size: { attribute: "size", defaultValue: 2 },
    gap: { attribute: "gap", defaultValue: 0 },
    path: { attribute: "path", defaultValue: "straight" },
    curvature: { attribute: "curvature", defaultValue: 0 },
    parallelPath: "curved",
    parallelSpread: PARALLEL_SPREAD,
    head: { attribute: "head", defaultValue: "none" },
    label: { attribute: "label" },
    labelVisibility: "visible",
    labelPosition: "above",
    labelSize: EDGE_LABEL_SIZE,
    cursor: "pointer",
    labelCursor: "pointer",
  },
  // participations: thinner, dashed (gap); their role labels as large as the relations' (12 px)
  { whenData: { type: "participation" }, then: { size: 1.5 } },
  {
    when: (_a: unknown, s: ViewEdgeState, gs: ViewGraphState) => isDimmed(s, gs),
    then: { color: DIM, labelVisibility: "hidden" },
  },
  // a story's edges (2 px) go to 3 px hovered, 4 px selected; a weighted plain edge grows from its own
  { whenState: "isHovered", then: { size: thickerEdge(3, 1), depth: "topEdges" } },
  { whenState: "isSelected", then: { size: thickerEdge(4, 2), depth: "topEdges", labelSize: 14 } },
  // a label that would cover another one drawn before it (see graph-view.ts)
  { whenState: "labelCovered", then: { labelVisibility: "hidden" } },
] as const;

/**
 * True when an edge's label is drawn whatever it covers: the selected relation's, a hovered
 * edge's, and those around a selection or a hovered node (`isFocus` while the rest is dimmed).
 */
export function labelKept(state: ViewEdgeState & { isHovered?: boolean }, graphState: ViewGraphState): boolean {
  return state.isSelected || state.isHovered === true || (state.isFocus && graphState.hasFocus);
}

/**
 * True when the style rules before collisions show this edge's label: it is not dimmed, and not
 * one a phone's canvas shows on demand only (see hiddenOnNarrow). Used to pick the labels that
 * compete for room (see edge-label-collision.ts).
 */
export function labelWanted(state: ViewEdgeState & { isHovered?: boolean }, graphState: ViewGraphState): boolean {
  return !isDimmed(state, graphState) && !hiddenOnNarrow(state, graphState);
}

/**
 * True when a canvas too narrow for every edge label (a phone's) hides this edge's: only the
 * selected relation, a hovered one and those around a selection keep their label there (the
 * selected relation's words are in the sheet's details too: tap to read).
 */
export function hiddenOnNarrow(state: ViewEdgeState & { isHovered?: boolean }, graphState: ViewGraphState): boolean {
  return graphState.narrow === true && !state.isSelected && state.isHovered !== true && !(state.isFocus && graphState.hasFocus);
}

/**
 * True when a narrow canvas hides this node's label: an event's (its long label would cover the
 * entities around it), unless it is selected, hovered or part of a selection's focus.
 */
export function eventLabelHiddenOnNarrow(attributes: { type?: unknown }, state: ViewNodeState & { isHovered?: boolean }, graphState: ViewGraphState): boolean {
  return graphState.narrow === true && attributes.type === "event" && !state.isSelected && state.isHovered !== true && !(state.isFocus && graphState.hasFocus);
}

/** Rules added after NODE_STYLE_RULES, acting on a narrow canvas only (see eventLabelHiddenOnNarrow). */
export const NARROW_NODE_RULES = [
  {
    when: (a: { type?: unknown }, s: ViewNodeState & { isHovered: boolean }, gs: ViewGraphState) => eventLabelHiddenOnNarrow(a, s, gs),
    then: { labelVisibility: "hidden" },
  },
] as const;

/**
 * Rules added after EDGE_STYLE_RULES, acting on a narrow canvas only (the graph state's
 * `narrow`): edge labels shown on demand (see hiddenOnNarrow), at 12 px like everywhere else.
 */
export const NARROW_EDGE_RULES = [
  { when: (_a: unknown, s: ViewEdgeState & { isHovered: boolean }, gs: ViewGraphState) => hiddenOnNarrow(s, gs), then: { labelVisibility: "hidden" } },
] as const;

/**
 * Rules added after the others on a big graph (see graph-view.ts): labels are culled by density
 * (sigma's "auto") instead of all drawn; the selected, hovered and focused nodes keep theirs,
 * and so do the selected relation, the hovered one and those around a selection. A hovered
 * node's edges are drawn thicker, on top, without labels.
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
