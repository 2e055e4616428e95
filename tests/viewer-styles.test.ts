// The graph's look as plain data (src/viewer/styles.ts): colours, contrast, state rules.
import { describe, expect, test } from "vitest";
import { ENTITY_KINDS, MODALITIES, RELATION_KINDS } from "../src/graph/kinds.ts";
import { CUSTOM_EDGE_STATE, CUSTOM_NODE_STATE, EDGE_STYLE_RULES, ENTITY_COLORS, INK, isDimmed, MODALITY_COLORS, NODE_STYLE_RULES, RELATION_COLORS } from "../src/viewer/styles.ts";

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe("colours", () => {
  test("every entity kind, relation kind and modality has a colour", () => {
    for (const k of ENTITY_KINDS) expect(ENTITY_COLORS[k]).toMatch(/^#[0-9a-f]{6}$/);
    for (const k of RELATION_KINDS) expect(RELATION_COLORS[k]).toMatch(/^#[0-9a-f]{6}$/);
    for (const m of MODALITIES) expect(MODALITY_COLORS[m].fg).toMatch(/^#[0-9a-f]{6}$/);
  });
  test("node and edge colours (edge labels use them) reach 4.5:1 on white; badges 7:1", () => {
    for (const c of [...Object.values(ENTITY_COLORS), ...Object.values(RELATION_COLORS), INK]) expect(contrast(c, "#ffffff")).toBeGreaterThanOrEqual(4.5);
    for (const { fg, bg } of Object.values(MODALITY_COLORS)) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(7);
  });
  test("relation kinds have distinct colours", () => {
    expect(new Set(Object.values(RELATION_COLORS)).size).toBe(RELATION_KINDS.length);
  });
});

describe("style rules", () => {
  test("isDimmed pushes back only what is outside a focus", () => {
    expect(isDimmed({ isFocus: false, isSelected: false }, { hasFocus: false })).toBe(false);
    expect(isDimmed({ isFocus: false, isSelected: false }, { hasFocus: true })).toBe(true);
    expect(isDimmed({ isFocus: true, isSelected: false }, { hasFocus: true })).toBe(false);
    expect(isDimmed({ isFocus: false, isSelected: true }, { hasFocus: true })).toBe(false);
  });
  test("node labels are always visible and nodes are coloured by kind", () => {
    const base = NODE_STYLE_RULES[0];
    expect(base.labelVisibility).toBe("visible");
    expect(base.color).toEqual({ attribute: "color", defaultValue: "#666666" });
  });
  test("edges draw arrows from an attribute, spread parallel edges on curves and show labels above", () => {
    const base = EDGE_STYLE_RULES[0];
    expect(base.head).toEqual({ attribute: "head", defaultValue: "none" });
    expect(base.parallelPath).toBe("curved");
    expect(base.labelVisibility).toBe("visible");
    expect(base.labelPosition).toBe("above");
  });
  test("the dimming rules read the viewer's custom states", () => {
    const nodeDim = NODE_STYLE_RULES[2];
    expect(nodeDim.when(null, { ...CUSTOM_NODE_STATE }, { hasFocus: true })).toBe(true);
    const edgeDim = EDGE_STYLE_RULES[1];
    expect(edgeDim.when(null, { ...CUSTOM_EDGE_STATE, isSelected: true }, { hasFocus: true })).toBe(false);
    expect(edgeDim.then.labelVisibility).toBe("hidden");
  });
  test("hovered nodes grow from their own size", () => {
    expect(NODE_STYLE_RULES[1].then.size({ size: 10 })).toBeCloseTo(11.5);
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
    // around a selection (the graph dims the rest) the focused relations keep their labels…
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: false, isFocus: true }, { hasFocus: true })).toBe(true);
    // …around a hovered entity (no dimming on a big graph) they do not
    expect(labels.when(null, { ...CUSTOM_EDGE_STATE, isHovered: false, isFocus: true }, { hasFocus: false })).toBe(false);
  });

  test("big graphs draw a hovered entity's relations thicker and on top", async () => {
    const { BIG_GRAPH_EDGE_RULES } = await import("../src/viewer/styles.ts");
    expect(BIG_GRAPH_EDGE_RULES[1]).toEqual({ whenState: "isFocus", then: { size: 3, depth: "topEdges" } });
  });
});
