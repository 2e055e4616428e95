// A plain GEXF graph in the viewer (src/viewer/plain/plain-graph.ts).
import { describe, expect, test } from "vitest";
import { fromGexf } from "../src/graph/gexf/index.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { readFileSync } from "node:fs";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { categoryOf, nodeColumns, CATEGORY_PALETTE } from "../src/viewer/plain/attribute-scale.ts";
import { plainDegrees } from "../src/viewer/plain/plain-filters.ts";
import {
  buildPlainRenderGraph,
  fileNodeColor,
  fileSizeFactor,
  hasFilePositions,
  MAX_FILE_NODE_PX,
  MIN_FILE_NODE_PX,
  plainEdgeColors,
  plainEdgeLine,
  plainFocus,
  plainLook,
  plainNodeSizes,
  paintPlainLook,
  PLAIN_NODE_COLOR,
  REFERENCE_CANVAS_PX,
  searchPlainNodes,
  valueText,
} from "../src/viewer/plain/plain-graph.ts";
import { plainGraph } from "./helpers/plain-graph.ts";

/** Edges with and without their own viz:color, from a coloured, an uncoloured and a second coloured node. */
const COLOURED_EDGES = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <nodes>
      <node id="a" label="A"><viz:color r="200" g="0" b="0"/></node>
      <node id="b" label="B"/>
      <node id="c" label="C"><viz:color r="0" g="114" b="178"/></node>
    </nodes>
    <edges>
      <edge id="ab" source="a" target="b"/>
      <edge id="ba" source="b" target="a"/>
      <edge id="ca" source="c" target="a"/>
      <edge id="own" source="a" target="c"><viz:color r="0" g="158" b="115"/></edge>
    </edges>
  </graph>
</gexf>`;

describe("buildPlainRenderGraph", () => {
  test("buildPlainRenderGraph keeps ids, labels, colours and positions from the file", () => {
    const r = buildPlainRenderGraph(plainGraph());
    expect(r.nodes()).toEqual(["a", "b", "c"]);
    expect(r.getNodeAttributes("a")).toMatchObject({ label: "Élysée", color: "#c80000", x: 10, y: 20 });
    expect(r.getNodeAttribute("b", "color")).toBe(PLAIN_NODE_COLOR);
    expect(r.getEdgeAttributes("e1")).toMatchObject({ label: "talks to", head: "arrow" });
    expect(r.getEdgeAttribute("e2", "head")).toBe("none");
  });
  test("buildPlainRenderGraph draws an edge without viz:color in its source node's colour, as Gephi does, and keeps an edge's own", () => {
    const r = buildPlainRenderGraph(plainGraph(COLOURED_EDGES));
    expect(["ab", "ba", "ca", "own"].map((e) => r.getEdgeAttribute(e, "color"))).toEqual(["#c80000", PLAIN_NODE_COLOR, "#0072b2", "#009e73"]);
  });
  test("buildPlainRenderGraph sets edge thickness from weight (e1 weighs 2, e2 the default 1)", () => {
    const r = buildPlainRenderGraph(plainGraph());
    expect(r.getEdgeAttribute("e1", "size")).toBe(8);
    expect(r.getEdgeAttribute("e2", "size")).toBe(1);
  });
  test("buildPlainRenderGraph keeps Gephi's Les Misérables as laid out: positions, colours, sizes in one ratio", () => {
    const g = fromGexf(readFileSync(new URL("./fixtures/gexf-real/gephi-Les_Miserables.gexf", import.meta.url)));
    if (g.kind !== "graph") throw new Error("expected a plain graph");
    const r = buildPlainRenderGraph(g.graph);
    const valjean = r.getNodeAttributes("11");
    expect(valjean).toMatchObject({ label: "Valjean", x: 76.07767, y: 121.14779, color: "#f55b5b" });
    // sizes 4–100 over an extent of 1228.7 units: the largest at MAX_FILE_NODE_PX (the tighter bound)
    expect(valjean.size).toBeCloseTo(100 * Math.min(MAX_FILE_NODE_PX / 100, REFERENCE_CANVAS_PX / 1228.74234), 9);
    expect(r.getNodeAttribute("2", "size") / valjean.size).toBeCloseTo(9.485714 / 100, 9);
  });
});

describe("hasFilePositions", () => {
  test("hasFilePositions is true only when every node has a position", () => {
    expect(hasFilePositions(plainGraph())).toBe(false);
    const g = plainGraph();
    expect(hasFilePositions({ ...g, nodes: g.nodes.map((n) => ({ ...n, position: { x: 1, y: 2 } })) })).toBe(true);
    expect(hasFilePositions({ ...g, nodes: [] })).toBe(false);
  });
});

describe("fileSizeFactor", () => {
  const sized = (sizes: (number | undefined)[], positions?: { x: number; y: number }[]): UntypedGraph => ({
    ...plainGraph(),
    nodes: sizes.map((size, i) => ({ id: `n${i}`, label: `n${i}`, attributes: {}, ...(size === undefined ? {} : { size }), ...(positions ? { position: positions[i]! } : {}) })),
  });
  test("fileSizeFactor brings the largest size to MAX_FILE_NODE_PX, or less when the layout is small beside it", () => {
    expect(fileSizeFactor(sized([10, 60]))).toBe(MAX_FILE_NODE_PX / 60);
    // an extent of 1400 units on a 700 px reference canvas: half a pixel per unit
    expect(fileSizeFactor(sized([10, 20], [{ x: 0, y: 0 }, { x: 1400, y: 0 }]))).toBe(0.5);
    expect(fileSizeFactor(sized([undefined, undefined]))).toBe(0);
  });
});

describe("plainNodeSizes", () => {
  test("plainNodeSizes keeps the file's ratios, raises tiny sizes to MIN_FILE_NODE_PX, and sizes by degree without file sizes", () => {
    const g = plainGraph();
    const withSizes: UntypedGraph = { ...g, nodes: g.nodes.map((n, i) => ({ ...n, size: [40, 20, 1][i]! })) };
    expect(plainNodeSizes(withSizes)).toEqual([MAX_FILE_NODE_PX, MAX_FILE_NODE_PX / 2, MIN_FILE_NODE_PX]);
    // no sizes: from the degree (a: 2 edges, b: 2, c: none), as a story's nodes
    const bare = plainNodeSizes(g);
    expect(bare[0]).toBe(bare[1]);
    expect(bare[0]!).toBeGreaterThan(bare[2]!);
  });
});

describe("plainLook", () => {
  test("plainLook colours by a column's scale and sizes by a numeric one, or as the file gives them", () => {
    const g = plainGraph();
    const columns = nodeColumns(g.nodes, plainDegrees(g));
    expect(plainLook(g, columns, "file", "file")).toEqual({
      colors: ["#c80000", PLAIN_NODE_COLOR, PLAIN_NODE_COLOR],
      sizes: plainNodeSizes(g),
      edgeColors: ["#c80000", PLAIN_NODE_COLOR],
    });
    const byCountry = plainLook(g, columns, "attr:country", "degree");
    // DE and FR tie (one node each): ranked by value, so DE takes the first colour; c has none (grey)
    expect(byCountry.colors).toEqual([CATEGORY_PALETTE[1], CATEGORY_PALETTE[0], "#9ca3af"]);
    // the edges follow their source nodes' new colours (e1 from a, e2 from b)
    expect(byCountry.edgeColors).toEqual([CATEGORY_PALETTE[1], CATEGORY_PALETTE[0]]);
    expect(byCountry.sizes).toEqual([24, 24, 4]);
  });
  test("plainLook refuses an unknown column and sizing by a categorical one", () => {
    const g = plainGraph();
    const columns = nodeColumns(g.nodes, plainDegrees(g));
    expect(() => plainLook(g, columns, "attr:nope", "file")).toThrow(/^plainLook: colorBy: no column "attr:nope"/);
    expect(() => plainLook(g, columns, "file", "attr:country")).toThrow(InvalidArgumentError);
  });
});

describe("fileNodeColor", () => {
  test("fileNodeColor is the node's viz:color, else PLAIN_NODE_COLOR", () => {
    const [a, b] = plainGraph().nodes;
    expect(fileNodeColor(a!)).toBe("#c80000");
    expect(fileNodeColor(b!)).toBe(PLAIN_NODE_COLOR);
  });
});

describe("plainEdgeColors", () => {
  test("plainEdgeColors gives an edge its own viz:color, else its source node's colour as given", () => {
    const g = plainGraph(COLOURED_EDGES);
    expect(plainEdgeColors(g, g.nodes.map(fileNodeColor))).toEqual(["#c80000", PLAIN_NODE_COLOR, "#0072b2", "#009e73"]);
    expect(plainEdgeColors(g, ["#111111", "#222222", "#333333"])).toEqual(["#111111", "#222222", "#333333", "#009e73"]);
  });
  test("plainEdgeColors throws unless there is one colour per node", () => {
    const g = plainGraph(COLOURED_EDGES);
    expect(() => plainEdgeColors(g, ["#111111"])).toThrow(InvalidArgumentError);
    expect(() => plainEdgeColors(g, ["#111111"])).toThrow(/^plainEdgeColors: nodeColors: must hold one colour per node \(3\), got 1/);
  });
});

describe("paintPlainLook", () => {
  test("paintPlainLook sets the render graph's node colours and sizes and its edge colours from a look", () => {
    const g = plainGraph(COLOURED_EDGES);
    const r = buildPlainRenderGraph(g);
    paintPlainLook(r, g, { colors: ["#111111", "#222222", "#333333"], sizes: [5, 6, 7], edgeColors: ["#aaaaaa", "#bbbbbb", "#cccccc", "#dddddd"] });
    expect(r.mapNodes((_id, a) => [a.color, a.size])).toEqual([["#111111", 5], ["#222222", 6], ["#333333", 7]]);
    expect(r.mapEdges((_id, a) => a.color)).toEqual(["#aaaaaa", "#bbbbbb", "#cccccc", "#dddddd"]);
    expect(r.getEdgeAttribute("ab", "label")).toBe("");
  });
});

describe("plain graph helpers", () => {
  test("plainEdgeLine names both ends with the edge's label", () => {
    const g = plainGraph();
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(plainEdgeLine(g.edges[0]!, byId)).toBe("Élysée — talks to → Bundestag");
    expect(plainEdgeLine(g.edges[1]!, byId)).toBe("Bundestag — ↔ Élysée");
  });
  test("searchPlainNodes folds accents and case", () => {
    expect(searchPlainNodes(plainGraph(), "elysee").map((n) => n.id)).toEqual(["a"]);
    expect(searchPlainNodes(plainGraph(), "")).toEqual([]);
  });
  test("plainFocus lights a node's edges and neighbours, or an edge's ends", () => {
    const g = plainGraph();
    expect(plainFocus(g, { type: "entity", id: "a" })).toEqual({ nodes: new Set(["a", "b"]), edges: new Set(["e1", "e2"]) });
    expect(plainFocus(g, { type: "relation", id: "e1" })).toEqual({ nodes: new Set(["a", "b"]), edges: new Set(["e1"]) });
    expect(plainFocus(g, { type: "entity", id: "zz" })).toEqual({ nodes: new Set(), edges: new Set() });
    expect(plainFocus(g, null).nodes.size).toBe(0);
  });
  test("valueText writes a value as text, lists joined with ', '", () => {
    expect(valueText(["a", 1, true])).toBe("a, 1, true");
    expect(valueText(2.5)).toBe("2.5");
    for (const v of [["a", 1, true], 2.5, "x", false]) expect(valueText(v)).toBe(categoryOf(v));
  });
});
