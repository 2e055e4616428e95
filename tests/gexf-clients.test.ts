/**
 * Real clients read our GEXF export: xmllint with the GEXF 1.3 RelaxNG schema, networkx 3.6 and
 * graphology-gexf's parser. (Gephi desktop is not scriptable here; what it reads is in the writer's header.)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import type { Story } from "../src/graph/model.ts";
import { edgeCaseStory, fixtureStory, gexfSchemaDir, runNetworkx, xmllintRelaxng } from "./helpers/tools.ts";

const story = defaultStory();
const stories: Record<string, Story> = {
  default: story,
  english: fixtureStory("english-story"),
  lawsuit: fixtureStory("lawsuit-story"),
  "edge-case": edgeCaseStory(),
};
const dir = mkdtempSync(path.join(tmpdir(), "storygraph-gexf-"));
const file = path.join(dir, "default-story.gexf");
writeFileSync(file, toGexf(story));
const participations = (s: Story) => s.events.reduce((n, e) => n + e.participants.length, 0);

describe("toGexf with xmllint", () => {
  it("toGexf's export of the default story validates against gexf.rng", () => {
    const r = xmllintRelaxng([file]);
    console.log(`xmllint --noout --relaxng gexf.rng: ${r.output.trim()}`);
    expect(r.output.trim()).toBe(`${file} validates`);
    expect(r.status).toBe(0);
  });
  it("toGexf's exports of the fixtures and the edge-case story validate, with every date mode, without layout and without indentation", () => {
    const files: string[] = [];
    for (const [name, s] of Object.entries(stories)) {
      const variants = [{}, { dates: "onward" }, { dates: "static" }, { layoutIterations: 0, pretty: false, lastModified: "2024-01-31" }] as const;
      variants.forEach((o, i) => {
        const f = path.join(dir, `${name}-${i}.gexf`);
        writeFileSync(f, toGexf(s, o));
        files.push(f);
      });
    }
    const r = xmllintRelaxng(files);
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/ validates$/gm)).toHaveLength(files.length);
  });
  it("xmllintRelaxng rejects a file that breaks the schema (the check can fail)", () => {
    const f = path.join(dir, "broken.gexf");
    writeFileSync(f, toGexf(story).replace('<viz:shape value="diamond"/>', '<viz:shape value="star"/>'));
    expect(xmllintRelaxng([f]).status).not.toBe(0);
  });
});

describe("toGexf with networkx", () => {
  it("toGexf's export reads in networkx as a MultiDiGraph of entities and events, relations and participations", () => {
    const out = runNetworkx(
      `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
types = {}
for _, d in G.nodes(data=True): types[d["node_type"]] = types.get(d["node_type"], 0) + 1
edges = {}
for _, _, d in G.edges(data=True): edges[d["edge_type"]] = edges.get(d["edge_type"], 0) + 1
e = G.get_edge_data("microsoft", "openai")["microsoft-partnered-openai"]
p = G.get_edge_data("openai-founding", "elon-musk")["openai-founding/founder/elon-musk"]
print(json.dumps({"type": type(G).__name__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "nodeTypes": types, "edgeTypes": edges, "parallel": G.number_of_edges("microsoft", "openai"), "mode": G.graph.get("mode"),
  "relation": e, "participation": p, "event": G.nodes["microsoft-investment-2019"], "entity": G.nodes["microsoft"],
  "amountType": type(G.nodes["microsoft-investment-2019"]["amount"]).__name__}, ensure_ascii=False))
`,
      [file],
    );
    console.log(`networkx 3.6 read_gexf: ${out.trim().slice(0, 400)}…`);
    const r = JSON.parse(out) as {
      type: string;
      nodes: number;
      edges: number;
      nodeTypes: Record<string, number>;
      edgeTypes: Record<string, number>;
      parallel: number;
      mode: string;
      relation: Record<string, unknown>;
      participation: Record<string, unknown>;
      event: Record<string, unknown>;
      entity: Record<string, unknown>;
      amountType: string;
    };
    expect(r.type).toBe("MultiDiGraph");
    expect(r.nodes).toBe(story.entities.length + story.events.length);
    expect(r.edges).toBe(story.relations.length + participations(story));
    expect(r.nodeTypes).toEqual({ entity: story.entities.length, event: story.events.length });
    expect(r.edgeTypes).toEqual({ relation: story.relations.length, participation: participations(story) });
    expect(r.parallel).toBe(story.relations.filter((x) => x.source === "microsoft" && x.target === "openai").length);
    expect(r.mode).toBe("dynamic");
    const rel = story.relations.find((x) => x.id === "microsoft-partnered-openai")!;
    expect(r.relation).toMatchObject({ edge_type: "relation", kind: "partnered", symmetric: true, announced: "2019-07", quote: rel.citations[0]!.quote, start: "2019-07-01", label: "partnered with · announced 2019-07" });
    expect(r.relation["end"]).toBeUndefined();
    expect(JSON.parse(r.relation["citations"] as string)).toEqual(
      rel.citations.map((c) => expect.objectContaining({ quote: c.quote, sentence: c.sentence, start: c.start, factuality: c.factuality, modalities: [...c.modalities] })),
    );
    expect(r.participation).toMatchObject({ edge_type: "participation", role: "founder", label: "founder", start: "2015-01-01", end: "2015-12-31" });
    const inv = story.events.find((x) => x.id === "microsoft-investment-2019")!;
    expect(r.event).toMatchObject({ node_type: "event", kind: "investment", event_label: inv.label, announced: "2019-07", amount: 1_000_000_000, currency: "USD", citation_count: 1, start: "2019-07-01", end: "2019-07-31" });
    expect(r.event["viz"]).toMatchObject({ color: { r: 213, g: 94, b: 0 } });
    expect(r.amountType).toBe("float");
    expect(r.entity).toMatchObject({ node_type: "entity", kind: "organization", label: "Microsoft" });
    expect(r.entity["start"]).toBeUndefined();
    expect(r.entity["viz"]).toMatchObject({ color: { r: 0, g: 114, b: 178 } });
  });
  it("toGexf's exports of the fixtures read in networkx with every node and edge, a story's own kinds included", () => {
    const files = Object.entries(stories).map(([name, s]) => {
      const f = path.join(dir, `nx-${name}.gexf`);
      writeFileSync(f, toGexf(s, { layoutIterations: 0 }));
      return f;
    });
    const out = runNetworkx(
      `
import json, sys, networkx as nx
out = []
for f in sys.argv[1:]:
    G = nx.read_gexf(f)
    out.append([G.number_of_nodes(), G.number_of_edges(), sorted({d["kind"] for _, d in G.nodes(data=True)})])
print(json.dumps(out))
`,
      files,
    );
    const counts = JSON.parse(out) as [number, number, string[]][];
    Object.values(stories).forEach((s, i) => {
      expect(counts[i]![0]).toBe(s.entities.length + s.events.length);
      expect(counts[i]![1]).toBe(s.relations.length + participations(s));
    });
    expect(counts[2]![2]).toContain("court");
  });
});

describe("toGexf with graphology-gexf", () => {
  it("toGexf's export parses with graphology-gexf into a multi graph with kinds, roles, viz and attributes", () => {
    const g = parse(MultiGraph, toGexf(story));
    expect(g.order).toBe(story.entities.length + story.events.length);
    expect(g.size).toBe(story.relations.length + participations(story));
    expect(g.multi).toBe(true);
    const e = g.getEdgeAttributes("microsoft-invested-openai-13bn");
    expect(e["kind"]).toBe("invested");
    expect(e["edge_type"]).toBe("relation");
    expect(e["amount"]).toBe(13_000_000_000);
    expect(e["symmetric"]).toBe(false);
    const p = g.getEdgeAttributes("break-up-consequences/cause/partnership-break-up");
    expect(p).toMatchObject({ edge_type: "participation", role: "cause", kind: "cause", label: "cause · hypothetical" });
    const n = g.getNodeAttributes("microsoft");
    expect(n["color"]).toBe("rgb(0,114,178)");
    expect(n["aliases"]).toEqual(story.entities[0]!.aliases);
    const ev = g.getNodeAttributes("partnership-break-up");
    expect(ev).toMatchObject({ node_type: "event", kind: "termination", color: "rgb(213,94,0)", shape: "diamond", about: ["microsoft-partnered-openai"] });
    expect(g.getAttribute("description")).toBe(story.article.text);
  });
  it("toGexf's exports of the fixtures parse with graphology-gexf with every node and edge", () => {
    for (const s of Object.values(stories)) {
      const g = parse(MultiGraph, toGexf(s, { layoutIterations: 0 }));
      expect(g.order).toBe(s.entities.length + s.events.length);
      expect(g.size).toBe(s.relations.length + participations(s));
    }
  });
});

describe("gexfSchemaDir", () => {
  it("gexfSchemaDir skips a folder whose schema files do not have the pinned SHA-256, and finds a good one", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "storygraph-rng-"));
    mkdirSync(path.join(dir, "1.3"));
    for (const f of ["gexf.rng", "viz.rng", "dynamics.rng"]) writeFileSync(path.join(dir, "1.3", f), "<grammar/>");
    const before = process.env.STORYGRAPH_GEXF_SCHEMA_DIR;
    process.env.STORYGRAPH_GEXF_SCHEMA_DIR = dir;
    try {
      const found = gexfSchemaDir();
      expect(found).not.toBe(dir);
      expect(existsSync(path.join(found, "1.3", "gexf.rng"))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.STORYGRAPH_GEXF_SCHEMA_DIR;
      else process.env.STORYGRAPH_GEXF_SCHEMA_DIR = before;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
