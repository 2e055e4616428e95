// captureFigure (src/viewer/export/capture.ts): the figure takes every visible node and edge as
// sigma displays it, the bend of each edge included: sigma's own spread of a bundle of parallel
// edges (which it writes into the edge's `curvature` display variable) and a single edge's own.
import { describe, expect, test } from "vitest";
import { MultiDirectedGraph } from "graphology";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { captureFigure, type CapturedRenderer } from "../src/viewer/export/capture.ts";

const CAPTION = { title: "t", source: null, legend: [] };

/**
 * A renderer holding `graph` as sigma 4.0.4 displays it: `edgeData` is what getEdgeDisplayData
 * gives (sigma's applyEdgeSpread writes a bundle's spread into `curvature`), `parallelCount`
 * each edge's bundle size (sigma's edge state).
 */
function renderer(graph: MultiDirectedGraph, edgeData: Record<string, Partial<EdgeDisplayData> & { curvature?: number }>, parallelCount: Record<string, number>): CapturedRenderer {
  const node = (id: string): NodeDisplayData => ({ ...(graph.getNodeAttributes(id) as { x: number; y: number }), size: 5, color: "#0072b2", label: id, visibility: "visible" }) as NodeDisplayData;
  return {
    getGraph: () => graph,
    getDimensions: () => ({ width: 400, height: 300 }),
    getNodeDisplayedLabels: () => new Set(),
    getEdgeDisplayedLabels: () => new Set(),
    getNodeDisplayData: node,
    getEdgeDisplayData: (id) => ({ size: 2, color: "#009e73", label: null, visibility: "visible", path: "straight", parallelPath: "curved", ...edgeData[id] }) as EdgeDisplayData,
    getEdgeState: (id) => ({ parallelCount: parallelCount[id] ?? 1 }),
    framedGraphToViewport: (p) => ({ x: p.x, y: p.y }),
    scaleSize: (s = 1) => s,
  };
}

/** Nodes `a` (0, 0) and `b` (100, 0), and `more` nodes. */
function nodes(more: Record<string, { x: number; y: number }> = {}): MultiDirectedGraph {
  const g = new MultiDirectedGraph();
  for (const [id, p] of Object.entries({ a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, ...more })) g.addNode(id, p);
  return g;
}

describe("captureFigure", () => {
  test("captureFigure takes a bundle's bends from sigma's display data, whichever way its edges run", () => {
    const g = nodes();
    g.addDirectedEdgeWithKey("ab1", "a", "b");
    g.addDirectedEdgeWithKey("ba", "b", "a");
    g.addDirectedEdgeWithKey("ab2", "a", "b");
    // sigma orders the bundle a→b first ([ab1, ab2, ba]), spreads it by 0.3 ((i − 1) × 0.3) and
    // negates the spread of the edge running the other way (b > a): ab1 −0.3, ab2 0, ba −0.3
    const f = captureFigure(renderer(g, { ab1: { curvature: -0.3 }, ab2: { curvature: 0 }, ba: { curvature: -0.3 } }, { ab1: 3, ab2: 3, ba: 3 }), CAPTION);
    expect(f.edges.map((e) => e.curvature)).toEqual([-0.3, -0.3, 0]);
  });
  test("captureFigure keeps a single curved edge's own bend and draws a straight one straight", () => {
    const g = nodes({ c: { x: 50, y: 80 } });
    g.addDirectedEdgeWithKey("bent", "a", "c");
    g.addDirectedEdgeWithKey("straight", "c", "b");
    const f = captureFigure(renderer(g, { bent: { path: "curved", curvature: 0.2 }, straight: { curvature: 0.4 } }, {}), CAPTION);
    expect(f.edges.map((e) => e.curvature)).toEqual([0.2, 0]);
  });
  test("captureFigure leaves out hidden nodes and the edges that touch them", () => {
    const g = nodes();
    g.addDirectedEdgeWithKey("ab", "a", "b");
    const r = renderer(g, {}, {});
    const hidden: CapturedRenderer = { ...r, getNodeDisplayData: (id) => ({ ...r.getNodeDisplayData(id)!, ...(id === "b" ? { visibility: "hidden" as const } : {}) }) };
    const f = captureFigure(hidden, CAPTION);
    expect(f.nodes.map((n) => n.label)).toEqual([null]);
    expect(f.nodes.length).toBe(1);
    expect(f.edges).toEqual([]);
  });
});
