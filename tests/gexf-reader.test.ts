import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiDirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { StoryValidationError, QuoteNotFoundError } from "../src/graph/errors.ts";
import {
  GexfDanglingEdgeError,
  GexfDuplicateIdError,
  GexfFormatError,
  GexfParseError,
  GexfVersionError,
} from "../src/graph/gexf/errors.ts";
import { fromGexf, fromGexfChunks, type GexfImport } from "../src/graph/gexf/reader.ts";
import type { UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { toGexf, writeGexf } from "../src/graph/gexf/writer.ts";
import { MINIMAL_GEXF, runNetworkx } from "./helpers/tools.ts";

const story = defaultStory();

function graphOf(r: GexfImport): UntypedGraph {
  expect(r.kind).toBe("graph");
  return r.graph;
}

const gexf = (body: string, graphAttrs = 'defaultedgetype="directed"') =>
  `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph ${graphAttrs}>${body}</graph></gexf>`;

describe("fromGexf on storygraph exports", () => {
  it("fromGexf rebuilds the exported story exactly (entities, relations, qualifiers, citations, article, notes)", () => {
    const r = fromGexf(toGexf(story));
    expect(r.kind).toBe("story");
    if (r.kind !== "story") return;
    expect(r.story).toEqual(story);
    expect(r.graph.nodes.map((n) => n.id)).toEqual(story.entities.map((e) => e.id));
  });
  it("fromGexf reads every variant of the export (date modes, no layout, compact) to the same story", () => {
    for (const o of [{ dates: "onward" }, { dates: "static" }, { layoutIterations: 0, pretty: false }] as const) {
      const r = fromGexf(toGexf(story, o));
      expect(r.kind === "story" && r.story).toEqual(story);
    }
  });
  it("fromGexf reads UTF-8 bytes, with or without a BOM", () => {
    const bytes = new TextEncoder().encode(toGexf(story));
    expect((fromGexf(bytes) as { story: unknown }).story).toEqual(story);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect((fromGexf(bom) as { story: unknown }).story).toEqual(story);
  });
  it("fromGexf re-anchors citations: an export whose quote was edited fails with the story's own problem", () => {
    const rel = story.relations[0]!;
    const edited = toGexf(story).replace(`\\&quot;quote\\&quot;:`, "").replace(rel.citations[0]!.quote.slice(0, 20), "Quelque chose d'autre");
    let err: unknown;
    try {
      fromGexf(edited);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(StoryValidationError);
    expect((err as StoryValidationError).problems.some((p) => p instanceof QuoteNotFoundError)).toBe(true);
  });
  it("fromGexf rejects a storygraph marker of an unknown format and keywords that are not JSON", () => {
    const xml = toGexf(story);
    expect(() => fromGexf(xml.replace("story-gexf/1", "story-gexf/9"))).toThrow(GexfVersionError);
    expect(() => fromGexf(xml.replace('"story-gexf/1",', '"story-gexf/1",,'))).toThrow(GexfFormatError);
  });
  it("fromGexf rejects citations that are not a JSON array", () => {
    const xml = toGexf(story).replace(/(<attvalue for="citations" value=")[^"]*"/, '$1{}"');
    expect(() => fromGexf(xml)).toThrow(GexfFormatError);
    expect(() => fromGexf(toGexf(story).replace(/(<attvalue for="citations" value=")[^"]*"/, '$1[oops"'))).toThrow(GexfFormatError);
  });
});

describe("fromGexfChunks", () => {
  it("fromGexfChunks reads an export given in small chunks", () => {
    const r = fromGexfChunks(writeGexf(story, { chunkSize: 100 }));
    expect(r.kind === "story" && r.story).toEqual(story);
    const xml = toGexf(story);
    const pieces = Array.from({ length: Math.ceil(xml.length / 37) }, (_, i) => xml.slice(i * 37, i * 37 + 37));
    expect((fromGexfChunks(pieces) as { story: unknown }).story).toEqual(story);
  });
});

describe("fromGexf on foreign GEXF", () => {
  it("fromGexf reads shared/gexf/examples/minimal-1.3.gexf as an untyped graph", () => {
    const g = graphOf(fromGexf(readFileSync(MINIMAL_GEXF, "utf8")));
    expect(g.version).toBe("1.3");
    expect(g.meta).toEqual({ lastModified: "2024-01-01", creator: "example", description: "two entities, two parallel typed relations" });
    expect(g.nodes).toEqual([
      { id: "e1", label: `Acme & Co <Ltd> "Q" 'S'`, attributes: { type: "ORG" } },
      { id: "e2", label: "Bob", attributes: { type: "PERSON" } },
    ]);
    expect(g.edges.map((e) => [e.id, e.kind, e.type])).toEqual([
      ["r1", "EMPLOYS", "directed"],
      ["r2", "PAID", "directed"],
    ]);
    expect(g.edges[1]!.attributes).toEqual({ sentence: "Acme paid Bob $5,000.", amount: 5000 });
    expect(g.edges[1]!.weight).toBe(1);
  });

  it("fromGexf reads a file written by networkx write_gexf (GEXF 1.2draft, viz, parallel edges)", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "storygraph-nx-"));
    const file = path.join(dir, "nx.gexf");
    runNetworkx(
      `
import sys, networkx as nx
G = nx.MultiDiGraph()
G.add_node("a", label="Acme & <Co>", sector="tech", score=1.5, viz={"color": {"r": 10, "g": 20, "b": 30, "a": 0.5}, "size": 3.0, "position": {"x": 1.0, "y": -2.0, "z": 0.0}})
G.add_node("b", label="Bob", sector="people", score=2.0)
G.add_edge("a", "b", key="k1", relation="employs", amount=5000.0)
G.add_edge("a", "b", key="k2", relation="paid", amount=12.5)
nx.write_gexf(G, sys.argv[1])
`,
      [file],
    );
    const g = graphOf(fromGexf(readFileSync(file)));
    expect(g.version).toBe("1.2");
    expect(g.defaultEdgeType).toBe("directed");
    const a = g.nodes.find((n) => n.id === "a")!;
    expect(a.label).toBe("Acme & <Co>");
    expect(a.attributes).toMatchObject({ sector: "tech", score: 1.5 });
    expect(a.color).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(a.size).toBe(3);
    expect(a.position).toEqual({ x: 1, y: -2, z: 0 });
    expect(g.edges).toHaveLength(2);
    expect(g.edges.map((e) => [e.source, e.target, e.attributes["relation"], e.attributes["amount"]])).toEqual([
      ["a", "b", "employs", 5000],
      ["a", "b", "paid", 12.5],
    ]);
  });

  it("fromGexf reads files written by graphology-gexf, GEXF 1.2 (wrong viz namespace) and 1.3 (hex colours, lists)", () => {
    const src = new MultiDirectedGraph();
    src.addNode("n1", { label: "One", color: "#ff8000", size: 4, x: 1, y: 2, tags: ["x", "y"] });
    src.addNode("n2", { label: "Two", color: "rgb(1,2,3)", x: 0, y: 0, tags: ["z"] });
    src.addEdgeWithKey("e1", "n1", "n2", { weight: 2, kind: "LINK", label: "l" });
    const v12 = graphOf(fromGexf(write(src)));
    expect(v12.version).toBe("1.2");
    expect(v12.nodes[0]).toMatchObject({ id: "n1", label: "One", color: { r: 255, g: 128, b: 0 }, size: 4, position: { x: 1, y: 2 } });
    expect(v12.nodes[0]!.attributes["tags"]).toEqual(["x", "y"]);
    const v13 = graphOf(fromGexf(write(src, { version: "1.3" })));
    expect(v13.version).toBe("1.3");
    expect(v13.nodes[0]!.color).toEqual({ r: 255, g: 128, b: 0 });
    expect(v13.nodes[1]!.color).toEqual({ r: 1, g: 2, b: 3 });
    expect(v13.nodes[0]!.attributes["tags"]).toEqual(["x", "y"]);
    expect(v13.edges[0]).toMatchObject({ id: "e1", source: "n1", target: "n2", kind: "LINK", weight: 2, label: "l" });
  });

  it("fromGexf applies declared defaults, parses typed values and lists, reads spells, dynamics and hierarchy", () => {
    const g = graphOf(
      fromGexf(
        gexf(
          `<attributes class="node"><attribute id="0" title="n" type="integer"><default>7</default></attribute><attribute id="1" title="ok" type="boolean"/><attribute id="2" title="l" type="listdouble"/><attribute id="3" title="__proto__" type="string"/></attributes>
           <attributes class="edge"><attribute id="w" title="w" type="float"/></attributes>
           <nodes><node id="a" start="2001"><attvalues><attvalue for="1" value="true"/><attvalue for="2" value="[1.5, 2e3, INF]"/><attvalue for="3" value="p"/></attvalues><spells><spell start="2001" end="2002"/></spells>
             <nodes><node id="a1" label="child"/></nodes></node>
             <node id="b" pid="a"><attvalues><attvalue for="0" value="3"/><attvalue for="1" value="0"/></attvalues><viz:shape value="square"/></node></nodes>
           <edges><edge source="a" target="b"/><edge id="e0" source="b" target="a1" type="undirected" start="2001" end="2003"><attvalues><attvalue for="w" value="-1.5E2"/></attvalues><viz:thickness value="2"/></edge></edges>`,
          'defaultedgetype="directed" mode="dynamic" timeformat="integer"',
        ),
      ),
    );
    expect(g.mode).toBe("dynamic");
    expect(g.timeFormat).toBe("integer");
    const [a1, a, b] = g.nodes;
    expect(a1).toEqual({ id: "a1", label: "child", attributes: { n: 7 }, parent: "a" });
    expect(Object.entries(a!.attributes)).toEqual([
      ["ok", true],
      ["l", [1.5, 2000, Infinity]],
      ["__proto__", "p"],
      ["n", 7],
    ]);
    expect(Object.getOwnPropertyDescriptor(a!.attributes, "__proto__")?.value).toBe("p");
    expect(a!.spells).toEqual([{ start: "2001", end: "2002" }]);
    expect(a!.start).toBe("2001");
    expect(b).toMatchObject({ id: "b", parent: "a", attributes: { n: 3, ok: false }, shape: "square" });
    expect(g.edges.map((e) => e.id)).toEqual(["e1", "e0"]);
    expect(g.edges[1]).toMatchObject({ type: "undirected", start: "2001", end: "2003", thickness: 2, attributes: { w: -150 } });
  });
});

describe("fromGexf errors", () => {
  const cases: [string, string, new (...args: never[]) => Error][] = [
    ["malformed XML", gexf("<nodes><node id='a'></nodes><edges/>"), GexfParseError],
    ["a forbidden character", gexf('<nodes><node id="a\u0001"/></nodes><edges/>'), GexfParseError],
    ["bytes that are not UTF-8", "", GexfParseError],
    ["a root that is not <gexf>", '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>', GexfVersionError],
    ["an unknown namespace", '<gexf xmlns="http://example.com/gexf" version="1.3"><graph/></gexf>', GexfVersionError],
    ["no namespace", '<gexf version="1.3"><graph/></gexf>', GexfVersionError],
    ["an unknown version", '<gexf xmlns="http://gexf.net/1.3" version="2.0"><graph/></gexf>', GexfVersionError],
    ["a dangling edge target", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="zz"/></edges>'), GexfDanglingEdgeError],
    ["a dangling edge source", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="zz" target="a"/></edges>'), GexfDanglingEdgeError],
    ["a duplicate node id", gexf('<nodes><node id="a"/><node id="a"/></nodes><edges/>'), GexfDuplicateIdError],
    ["a duplicate edge id", gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="a"/><edge id="x" source="a" target="a"/></edges>'), GexfDuplicateIdError],
    ["a duplicate attribute id", gexf('<attributes class="node"><attribute id="0" title="a" type="string"/><attribute id="0" title="b" type="string"/></attributes><nodes/><edges/>'), GexfDuplicateIdError],
    ["a node without id", gexf("<nodes><node/></nodes><edges/>"), GexfFormatError],
    ["an edge without target", gexf('<nodes><node id="a"/></nodes><edges><edge source="a"/></edges>'), GexfFormatError],
    ["an undeclared attvalue", gexf('<nodes><node id="a"><attvalues><attvalue for="q" value="1"/></attvalues></node></nodes><edges/>'), GexfFormatError],
    ["a value not of its type", gexf('<attributes class="node"><attribute id="0" title="n" type="integer"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="1.5"/></attvalues></node></nodes><edges/>'), GexfFormatError],
    ["a bad boolean", gexf('<attributes class="node"><attribute id="0" title="n" type="boolean"/></attributes><nodes><node id="a"><attvalues><attvalue for="0" value="yes"/></attvalues></node></nodes><edges/>'), GexfFormatError],
    ["a bad colour", gexf('<nodes><node id="a"><viz:color r="300" g="0" b="0"/></node></nodes><edges/>'), GexfFormatError],
    ["a bad hex colour", gexf('<nodes><node id="a"><viz:color hex="red"/></node></nodes><edges/>'), GexfFormatError],
    ["a bad position", gexf('<nodes><node id="a"><viz:position x="left" y="0"/></node></nodes><edges/>'), GexfFormatError],
    ["a bad weight", gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" weight="heavy"/></edges>'), GexfFormatError],
    ["a bad edge type", gexf('<nodes><node id="a"/></nodes><edges><edge source="a" target="a" type="sideways"/></edges>'), GexfFormatError],
    ["a bad defaultedgetype", gexf("<nodes/><edges/>", 'defaultedgetype="both"'), GexfFormatError],
    ["a bad attributes class", gexf('<attributes class="graph"/><nodes/><edges/>'), GexfFormatError],
    ["no <graph>", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><meta/></gexf>', GexfFormatError],
    ["two <graph>", '<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph/><graph/></gexf>', GexfFormatError],
  ];
  for (const [what, xml, cls] of cases) {
    it(`fromGexf rejects ${what} with ${cls.name}`, () => {
      const input = what.startsWith("bytes") ? new Uint8Array([0x3c, 0xff, 0xfe]) : xml;
      expect(() => fromGexf(input)).toThrow(cls);
    });
  }
  it("fromGexf names the edge and the missing node of a dangling edge", () => {
    try {
      fromGexf(gexf('<nodes><node id="a"/></nodes><edges><edge id="x" source="a" target="zz"/></edges>'));
    } catch (e) {
      expect(e).toMatchObject({ edge: "x", end: "target", node: "zz" });
      return;
    }
    throw new Error("expected an error");
  });
});
