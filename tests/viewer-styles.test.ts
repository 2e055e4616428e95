// The graph's look as plain data (src/viewer/styles.ts): colours, contrast, shapes, state rules.
import { describe, expect, test } from "vitest";
import { MODALITIES } from "../src/graph/values.ts";
import { NEWS_CORE_VOCABULARY } from "../src/graph/vocabulary/resolve.ts";
import {
  BIG_GRAPH_EDGE_RULES,
  CUSTOM_EDGE_STATE,
  CUSTOM_NODE_STATE,
  EDGE_LABEL_SIZE,
  EDGE_STYLE_RULES,
  ENTITY_COLORS,
  EVENT_COLORS,
  INK,
  isDimmed,
  labelKept,
  labelWanted,
  MODALITY_COLORS,
  NODE_SHAPES,
  NARROW_EDGE_RULES,
  NODE_STYLE_RULES,
  PARTICIPATION_COLOR,
  RELATION_COLORS,
  STORY_EVENT_PALETTE,
  STORY_KIND_PALETTE,
  entityColor,
  eventColor,
  relationColor,
  thickerEdge,
} from "../src/viewer/styles.ts";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("colours", () => {
  test("every kind of the news core and every modality has a colour", () => {
    for (const k of NEWS_CORE_VOCABULARY.entityKinds) expect(ENTITY_COLORS[k.id], k.id).toMatch(/^#[0-9a-f]{6}$/);
    for (const k of NEWS_CORE_VOCABULARY.relationKinds) expect(RELATION_COLORS[k.id], k.id).toMatch(/^#[0-9a-f]{6}$/);
    for (const k of NEWS_CORE_VOCABULARY.eventKinds) expect(EVENT_COLORS[k.id], k.id).toMatch(/^#[0-9a-f]{6}$/);
    for (const m of MODALITIES) expect(MODALITY_COLORS[m].fg).toMatch(/^#[0-9a-f]{6}$/);
  });
  test("node and edge colours (labels use them) reach 4.5:1 on white; badges 7:1", () => {
    const all = [...Object.values(ENTITY_COLORS), ...Object.values(RELATION_COLORS), ...Object.values(EVENT_COLORS), ...STORY_KIND_PALETTE, ...STORY_EVENT_PALETTE, PARTICIPATION_COLOR, INK];
    for (const c of all) expect(contrast(c, "#ffffff"), c).toBeGreaterThanOrEqual(4.5);
    for (const { fg, bg } of Object.values(MODALITY_COLORS)) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
  });
  test("relation kinds and event kinds of the news core have distinct colours", () => {
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(NEWS_CORE_VOCABULARY.relationKinds.length);
    expect(new Set(Object.values(EVENT_COLORS)).size).toBe(NEWS_CORE_VOCABULARY.eventKinds.length);
    expect(new Set(Object.values(ENTITY_COLORS)).size).toBe(NEWS_CORE_VOCABULARY.entityKinds.length);
  });
  test("a story's own kind gets a palette colour, the same one every time", () => {
    expect(entityColor("organization")).toBe(ENTITY_COLORS.organization);
    expect(STORY_KIND_PALETTE).toContain(entityColor("court"));
    expect(entityColor("court")).toBe(entityColor("court"));
    expect(STORY_KIND_PALETTE).toContain(relationColor("licenses"));
    expect(STORY_EVENT_PALETTE).toContain(eventColor("recall"));
    expect(eventColor("founding")).toBe(EVENT_COLORS.founding);
    // an inherited property name is no kind
    expect(STORY_KIND_PALETTE).toContain(entityColor("toString"));
  });
});

describe("style rules", () => {
  test("isDimmed pushes back only what is outside a focus", () => {
    expect(isDimmed({ isFocus: false, isSelected: false }, { hasFocus: false })).toBe(false);
    expect(isDimmed({ isFocus: false, isSelected: false }, { hasFocus: true })).toBe(true);
    expect(isDimmed({ isFocus: true, isSelected: false }, { hasFocus: true })).toBe(false);
    expect(isDimmed({ isFocus: false, isSelected: true }, { hasFocus: true })).toBe(false);
  });
  test("node labels are always visible; nodes are coloured by kind and shaped by type (events: diamonds)", () => {
    const base = NODE_STYLE_RULES[0];
    expect(base.labelVisibility).toBe("visible");
    expect(base.color).toEqual({ attribute: "color", defaultValue: "#666666" });
    expect(base.shape).toEqual({ attribute: "shape", defaultValue: "circle" });
    expect(NODE_SHAPES).toEqual({ entity: "circle", event: "diamond" });
    expect(NODE_STYLE_RULES[1]).toEqual({ whenData: { type: "event" }, then: { labelSize: 12, labelColor: { attribute: "color" } } });
  });
  test("edges draw arrows from an attribute, spread parallel edges on curves, dash from the gap attribute", () => {
    const base = EDGE_STYLE_RULES[0];
    expect(base.head).toEqual({ attribute: "head", defaultValue: "none" });
    expect(base.gap).toEqual({ attribute: "gap", defaultValue: 0 });
    expect(base.parallelPath).toBe("curved");
    expect(base.labelVisibility).toBe("visible");
    expect(base.labelPosition).toBe("above");
    expect(EDGE_STYLE_RULES[1]).toEqual({ whenData: { type: "participation" }, then: { size: 1.5 } });
  });
  test("EDGE_LABEL_SIZE: no rule asks for an edge label under 12 px (participations' role labels included)", () => {
    expect(EDGE_LABEL_SIZE).toBe(12);
    expect(EDGE_STYLE_RULES[0].labelSize).toBe(EDGE_LABEL_SIZE);
    const sizes: unknown[] = [];
    for (const rule of [...EDGE_STYLE_RULES, ...NARROW_EDGE_RULES, ...BIG_GRAPH_EDGE_RULES] as readonly Record<string, unknown>[]) {
      if ("labelSize" in rule) sizes.push(rule.labelSize);
      const then = rule.then as Record<string, unknown> | undefined;
      if (then && "labelSize" in then) sizes.push(then.labelSize);
    }
    expect(sizes.length).toBeGreaterThan(0);
    for (const size of sizes) expect(size).toBeGreaterThanOrEqual(12);
  });
  test("the labelCovered edge state hides the label (the last edge rule)", () => {
    expect(CUSTOM_EDGE_STATE.labelCovered).toBe(false);
    expect(EDGE_STYLE_RULES.at(-1)).toEqual({ whenState: "labelCovered", then: { labelVisibility: "hidden" } });
  });
  test("labelKept: the selected, hovered and focused edges keep their label whatever it covers", () => {
    const calm = { hasFocus: false };
    expect(labelKept({ ...CUSTOM_EDGE_STATE }, calm)).toBe(false);
    expect(labelKept({ ...CUSTOM_EDGE_STATE, isSelected: true }, calm)).toBe(true);
    expect(labelKept({ ...CUSTOM_EDGE_STATE, isHovered: true }, calm)).toBe(true);
    expect(labelKept({ ...CUSTOM_EDGE_STATE, isFocus: true }, { hasFocus: true })).toBe(true);
    // a focus flag without the rest dimmed (a big graph's hover) is not enough
    expect(labelKept({ ...CUSTOM_EDGE_STATE, isFocus: true }, calm)).toBe(false);
  });
  test("labelWanted: dimmed edges and those a phone shows on demand do not compete for room", () => {
    expect(labelWanted({ ...CUSTOM_EDGE_STATE }, { hasFocus: false })).toBe(true);
    expect(labelWanted({ ...CUSTOM_EDGE_STATE }, { hasFocus: true })).toBe(false);
    expect(labelWanted({ ...CUSTOM_EDGE_STATE, isFocus: true }, { hasFocus: true })).toBe(true);
    expect(labelWanted({ ...CUSTOM_EDGE_STATE }, { hasFocus: false, narrow: true })).toBe(false);
    expect(labelWanted({ ...CUSTOM_EDGE_STATE, isSelected: true }, { hasFocus: true, narrow: true })).toBe(true);
  });
  test("the dimming rules read the viewer's custom states", () => {
    const nodeDim = NODE_STYLE_RULES[3];
    expect(nodeDim.when(null, { ...CUSTOM_NODE_STATE }, { hasFocus: true })).toBe(true);
    const edgeDim = EDGE_STYLE_RULES[2];
    expect(edgeDim.when(null, { ...CUSTOM_EDGE_STATE, isSelected: true }, { hasFocus: true })).toBe(false);
    expect(edgeDim.then.labelVisibility).toBe("hidden");
  });
  test("thickerEdge: a story's 2 px edge goes to 3 px hovered and 4 px selected; a weighted plain edge grows from its own", () => {
    expect(EDGE_STYLE_RULES[0].size).toEqual({ attribute: "size", defaultValue: 2 });
    const hovered = EDGE_STYLE_RULES[3].then.size;
    const selected = EDGE_STYLE_RULES[4].then.size;
    expect([hovered({}), selected({})]).toEqual([3, 4]);
    expect([hovered({ size: 1 }), selected({ size: 1 })]).toEqual([3, 4]);
    expect([hovered({ size: 8 }), selected({ size: 8 })]).toEqual([9, 10]);
    expect(thickerEdge(5, 1)({ size: 2 })).toBe(5);
  });
  test("hovered nodes grow from their own size", () => {
    expect(NODE_STYLE_RULES[2].then.size({ size: 10 })).toBeCloseTo(11.5);
  });
});

describe("big graph rules", () => {
  test("big graphs cull labels by density but keep those of the selection, focus and hover", async () => {
    const { BIG_GRAPH_EDGE_RULES, BIG_GRAPH_NODE_RULES } = await import("../src/viewer/styles.ts");
    expect(BIG_GRAPH_NODE_RULES[0].labelVisibility).toBe("auto");
    expect(BIG_GRAPH_NODE_RULES[1].when(null, { ...CUSTOM_NODE_STATE, isHovered: false, isSelected: true })).toBe(true);
    expect(BIG_GRAPH_NODE_RULES[1].when(null, { ...CUSTOM_NODE_STATE, isHovered: false })).toBe(false);
    expect(BIG_GRAPH_EDGE_RULES[0].labelVisibility).toBe("hidden");
    const labels = BIG_GRAPH_EDGE_RULES[2];
    expect(labels.then.labelVisibility).toBe("visible");
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: true }, { hasFocus: false })).toBe(true);
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: false, isSelected: true }, { hasFocus: true })).toBe(true);
    // around a selection (the graph dims the rest) the focused edges keep their labels…
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: false, isFocus: true }, { hasFocus: true })).toBe(true);
    // …around a hovered node (no dimming on a big graph) they do not
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: false, isFocus: true }, { hasFocus: false })).toBe(false);
  });

  test("big graphs draw a hovered node's edges thicker and on top", async () => {
    const { BIG_GRAPH_EDGE_RULES } = await import("../src/viewer/styles.ts");
    expect(BIG_GRAPH_EDGE_RULES[1]).toEqual({ whenState: "isFocus", then: { size: 3, depth: "topEdges" } });
  });
});

describe("narrow canvas rules", () => {
  test("hiddenOnNarrow: on a phone's canvas only the selected, hovered and selection's edges keep their label", async () => {
    const { hiddenOnNarrow } = await import("../src/viewer/styles.ts");
    const narrow = { hasFocus: false, narrow: true };
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE }, narrow)).toBe(true);
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE, isSelected: true }, narrow)).toBe(false);
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE, isHovered: true }, narrow)).toBe(false);
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE, isFocus: true }, { hasFocus: true, narrow: true })).toBe(false);
    // a hovered node's neighbourhood (focus without dimming) does not show every label
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE, isFocus: true }, narrow)).toBe(true);
    // a wide canvas keeps every label
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE }, { hasFocus: false, narrow: false })).toBe(false);
    expect(hiddenOnNarrow({ ...CUSTOM_EDGE_STATE }, { hasFocus: false })).toBe(false);
  });

  test("hiddenOnNarrow: NARROW_EDGE_RULES hide the labels a phone shows on demand only", async () => {
    const { NARROW_EDGE_RULES } = await import("../src/viewer/styles.ts");
    expect(NARROW_EDGE_RULES).toHaveLength(1);
    expect(NARROW_EDGE_RULES[0].then.labelVisibility).toBe("hidden");
    expect(NARROW_EDGE_RULES[0].when(null, { ...CUSTOM_EDGE_STATE, isHovered: false }, { hasFocus: false, narrow: true })).toBe(true);
    expect(NARROW_EDGE_RULES[0].when(null, { ...CUSTOM_EDGE_STATE, isHovered: false }, { hasFocus: false, narrow: false })).toBe(false);
  });

  test("eventLabelHiddenOnNarrow: a phone's canvas hides events' labels unless selected, hovered or in a selection", async () => {
    const { eventLabelHiddenOnNarrow, NARROW_NODE_RULES } = await import("../src/viewer/styles.ts");
    const narrow = { hasFocus: false, narrow: true };
    expect(eventLabelHiddenOnNarrow({ type: "event" }, { ...CUSTOM_NODE_STATE }, narrow)).toBe(true);
    expect(eventLabelHiddenOnNarrow({ type: "entity" }, { ...CUSTOM_NODE_STATE }, narrow)).toBe(false);
    expect(eventLabelHiddenOnNarrow({ type: "event" }, { ...CUSTOM_NODE_STATE, isSelected: true }, narrow)).toBe(false);
    expect(eventLabelHiddenOnNarrow({ type: "event" }, { ...CUSTOM_NODE_STATE, isHovered: true }, narrow)).toBe(false);
    expect(eventLabelHiddenOnNarrow({ type: "event" }, { ...CUSTOM_NODE_STATE, isFocus: true }, { hasFocus: true, narrow: true })).toBe(false);
    expect(eventLabelHiddenOnNarrow({ type: "event" }, { ...CUSTOM_NODE_STATE }, { hasFocus: false, narrow: false })).toBe(false);
    expect(NARROW_NODE_RULES[0].then.labelVisibility).toBe("hidden");
  });
});
