// The edge labels sigma has on screen, read through a stand-in renderer (src/viewer/canvas/edge-label-screen.ts).
import { describe, expect, test } from "vitest";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { edgeLabelCandidates, edgeLabelOnScreen, EDGE_LABEL_FONT, EDGE_LABEL_MARGIN, type LabelRenderer } from "../src/viewer/canvas/edge-label-screen.ts";
import { CUSTOM_EDGE_STATE, type ViewEdgeState, type ViewGraphState } from "../src/viewer/styles.ts";

interface FakeEdge {
  id: string;
  source: string;
  target: string;
  type?: string;
  display?: Partial<EdgeDisplayData> & { curvature?: number };
  state?: Partial<ViewEdgeState> & { isHovered?: boolean; parallelCount?: number };
}

/** Nodes a, b, c, d on screen (graph coordinates = screen pixels), 10 px each. */
const NODES: Record<string, { x: number; y: number }> = { a: { x: 0, y: 0 }, b: { x: 300, y: 0 }, c: { x: 0, y: 200 }, d: { x: 300, y: 200 } };

function fake(edges: FakeEdge[], graphState: ViewGraphState = { hasFocus: false }, hiddenNodes: string[] = []): LabelRenderer {
  const display = (e: FakeEdge) => ({ label: `label ${e.id}`, size: 2, visibility: "visible", labelVisibility: "visible", labelPosition: "above", path: "straight", ...e.display }) as EdgeDisplayData;
  return {
    getGraph: () => ({ forEachEdge: (f) => edges.forEach((e) => f(e.id, { type: e.type ?? "relation" }, e.source, e.target)) }),
    getNodeDisplayData: (id) => (NODES[id] ? ({ ...NODES[id], size: 10, visibility: hiddenNodes.includes(id) ? "hidden" : "visible" } as NodeDisplayData) : undefined),
    getEdgeDisplayData: (id) => {
      const e = edges.find((x) => x.id === id);
      return e ? display(e) : undefined;
    },
    getEdgeState: (id) => ({ ...CUSTOM_EDGE_STATE, ...edges.find((x) => x.id === id)?.state }),
    getGraphState: () => graphState,
    framedGraphToViewport: (p) => ({ x: p.x, y: p.y }),
    scaleSize: (size = 1) => size,
  };
}
/** 6 px a character. */
const measure = (text: string, font: string) => {
  expect(font).toBe(EDGE_LABEL_FONT);
  return 6 * text.length;
};

describe("edgeLabelOnScreen", () => {
  test("edgeLabelOnScreen places the label as sigma does: middle of the body, above by thickness/2 + margin + 0.35 × 12 px", () => {
    const r = fake([{ id: "ab", source: "a", target: "b" }]);
    const shape = edgeLabelOnScreen(r, "ab", "a", "b", measure)!;
    expect(shape.centre.x).toBeCloseTo(150, 0);
    expect(shape.centre.y).toBeCloseTo(-(1 + EDGE_LABEL_MARGIN + 4.2), 1);
    expect(shape.boxes.reduce((t, b) => t + 2 * b.halfWidth, 0)).toBeCloseTo(6 * "label ab".length);
  });
  test("edgeLabelOnScreen bends a parallel edge's label by the curvature sigma spread it with, and a curved edge's by its own", () => {
    const parallel = fake([{ id: "ab", source: "a", target: "b", display: { path: "straight", parallelPath: "curved", curvature: 0.3 }, state: { parallelCount: 2 } }]);
    expect(edgeLabelOnScreen(parallel, "ab", "a", "b", measure)!.centre.y).toBeCloseTo(-45 - 7.2, 0);
    // a single straight edge ignores a stray curvature
    const single = fake([{ id: "ab", source: "a", target: "b", display: { path: "straight", parallelPath: "curved", curvature: 0.3 }, state: { parallelCount: 1 } }]);
    expect(edgeLabelOnScreen(single, "ab", "a", "b", measure)!.centre.y).toBeCloseTo(-7.2, 1);
    const curved = fake([{ id: "ab", source: "a", target: "b", display: { path: "curved", curvature: -0.2 } }]);
    expect(edgeLabelOnScreen(curved, "ab", "a", "b", measure)!.centre.y).toBeCloseTo(30 - 7.2, 0);
  });
  test("edgeLabelOnScreen gives null for a hidden edge or node, an edge without label, a self-loop", () => {
    expect(edgeLabelOnScreen(fake([{ id: "ab", source: "a", target: "b", display: { visibility: "hidden" } }]), "ab", "a", "b", measure)).toBeNull();
    expect(edgeLabelOnScreen(fake([{ id: "ab", source: "a", target: "b" }], { hasFocus: false }, ["b"]), "ab", "a", "b", measure)).toBeNull();
    expect(edgeLabelOnScreen(fake([{ id: "ab", source: "a", target: "b", display: { label: "" } }]), "ab", "a", "b", measure)).toBeNull();
    expect(edgeLabelOnScreen(fake([{ id: "aa", source: "a", target: "a" }]), "aa", "a", "a", measure)).toBeNull();
  });
});

describe("edgeLabelCandidates", () => {
  test("edgeLabelCandidates lists relations before participations, each in the graph's order", () => {
    const r = fake([
      { id: "role1", source: "a", target: "c", type: "participation" },
      { id: "rel1", source: "a", target: "b" },
      { id: "role2", source: "b", target: "d", type: "participation" },
      { id: "rel2", source: "c", target: "d" },
    ]);
    expect(edgeLabelCandidates(r, measure).map((c) => c.id)).toEqual(["rel1", "rel2", "role1", "role2"]);
  });
  test("edgeLabelCandidates marks the selected, hovered and focused (under dimming) labels as kept", () => {
    const r = fake(
      [
        { id: "sel", source: "a", target: "b", state: { isSelected: true } },
        { id: "hov", source: "c", target: "d", state: { isHovered: true, isFocus: true } },
        { id: "foc", source: "a", target: "c", state: { isFocus: true } },
      ],
      { hasFocus: true },
    );
    expect(edgeLabelCandidates(r, measure).map((c) => [c.id, c.kept])).toEqual([
      ["sel", true],
      ["hov", true],
      ["foc", true],
    ]);
  });
  test("edgeLabelCandidates leaves out labels the style hides, but keeps those hidden for their collisions only", () => {
    const r = fake(
      [
        // hidden by dimming (no focus, the rest dimmed)
        { id: "dim", source: "a", target: "b", display: { labelVisibility: "hidden" } },
        // hidden for covering another one, and wanted otherwise: still competing
        { id: "covered", source: "c", target: "d", display: { labelVisibility: "hidden" }, state: { labelCovered: true, isFocus: true } },
        // covered and dimmed at once: out
        { id: "both", source: "a", target: "c", display: { labelVisibility: "hidden" }, state: { labelCovered: true } },
      ],
      { hasFocus: true },
    );
    expect(edgeLabelCandidates(r, measure).map((c) => c.id)).toEqual(["covered"]);
  });
});
