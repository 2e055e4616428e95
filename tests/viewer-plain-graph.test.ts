// A plain GEXF graph in the viewer (src/viewer/plain-graph.ts).
import { describe, expect, test } from "vitest";
import { fromGexf } from "../src/graph/gexf/index.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { buildPlainRenderGraph, hexColor, plainEdgeLine, plainFocus, PLAIN_NODE_COLOR, searchPlainNodes, valueText } from "../src/viewer/plain-graph.ts";

const XML = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <attributes class="node"><attribute id="0" title="country" type="string"/></attributes>
    <nodes>
      <node id="a" label="Élysée"><attvalues><attvalue for="0" value="FR"/></attvalues><viz:color r="200" g="0" b="0"/><viz:position x="10" y="20"/></node>
      <node id="b" label="Bundestag"/>
      <node id="c" label="Lonely"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="talks to" weight="2"/>
      <edge id="e2" source="b" target="a" type="undirected"/>
    </edges>
  </graph>
</gexf>`;

function graph(): UntypedGraph {
  const g = fromGexf(XML);
  if (g.kind !== "graph") throw new Error("expected a plain graph");
  return g.graph;
}

describe("buildPlainRenderGraph", () => {
  test("buildPlainRenderGraph keeps ids, labels, colours and positions from the file", () => {
    const r = buildPlainRenderGraph(graph());
    expect(r.nodes()).toEqual(["a", "b", "c"]);
    expect(r.getNodeAttributes("a")).toMatchObject({ label: "Élysée", color: "#c80000", x: 10, y: 20 });
    expect(r.getNodeAttribute("b", "color")).toBe(PLAIN_NODE_COLOR);
    expect(r.getEdgeAttributes("e1")).toMatchObject({ label: "talks to", head: "arrow" });
    expect(r.getEdgeAttribute("e2", "head")).toBe("none");
  });
});

describe("plain graph helpers", () => {
  test("plainEdgeLine names both ends with the edge's label", () => {
    const g = graph();
    const byId = new Map(g.nodes.map((n) => [n.id, n]));
    expect(plainEdgeLine(g.edges[0]!, byId)).toBe("Élysée — talks to → Bundestag");
    expect(plainEdgeLine(g.edges[1]!, byId)).toBe("Bundestag — ↔ Élysée");
  });
  test("searchPlainNodes folds accents and case", () => {
    expect(searchPlainNodes(graph(), "elysee").map((n) => n.id)).toEqual(["a"]);
    expect(searchPlainNodes(graph(), "")).toEqual([]);
  });
  test("plainFocus lights a node's edges and neighbours, or an edge's ends", () => {
    const g = graph();
    expect(plainFocus(g, { type: "entity", id: "a" })).toEqual({ nodes: new Set(["a", "b"]), edges: new Set(["e1", "e2"]) });
    expect(plainFocus(g, { type: "relation", id: "e1" })).toEqual({ nodes: new Set(["a", "b"]), edges: new Set(["e1"]) });
    expect(plainFocus(g, { type: "entity", id: "zz" })).toEqual({ nodes: new Set(), edges: new Set() });
    expect(plainFocus(g, null).nodes.size).toBe(0);
  });
  test("hexColor and valueText", () => {
    expect(hexColor({ r: 0, g: 114, b: 300 })).toBe("#0072ff");
    expect(valueText(["a", 1, true])).toBe("a, 1, true");
    expect(valueText(2.5)).toBe("2.5");
  });
});
