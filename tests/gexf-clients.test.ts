/**
 * Real clients read our GEXF export: xmllint with the GEXF 1.3 RelaxNG schema, networkx 3.6 and
 * graphology-gexf's parser. (Gephi desktop is not scriptable here; what it reads is in the writer's header.)
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { runNetworkx, xmllintRelaxng } from "./helpers/tools.ts";

const story = defaultStory();
const dir = mkdtempSync(path.join(tmpdir(), "storygraph-gexf-"));
const file = path.join(dir, "default-story.gexf");
writeFileSync(file, toGexf(story));

describe("toGexf with xmllint", () => {
  it("toGexf's export of the default story validates against gexf.rng", () => {
    const r = xmllintRelaxng([file]);
    console.log(`xmllint --noout --relaxng gexf.rng: ${r.output.trim()}`);
    expect(r.output.trim()).toBe(`${file} validates`);
    expect(r.status).toBe(0);
  });
  it("toGexf's exports validate with every date mode, without layout and without indentation", () => {
    const files = (
      [
        { dates: "onward" },
        { dates: "static" },
        { layoutIterations: 0, pretty: false, lastModified: "2024-01-31" },
      ] as const
    ).map((o, i) => {
      const f = path.join(dir, `variant-${i}.gexf`);
      writeFileSync(f, toGexf(story, o));
      return f;
    });
    const r = xmllintRelaxng(files);
    expect(r.status, r.output).toBe(0);
    expect(r.output.match(/ validates$/gm)).toHaveLength(files.length);
  });
  it("xmllintRelaxng rejects a file that breaks the schema (the check can fail)", () => {
    const f = path.join(dir, "broken.gexf");
    writeFileSync(f, toGexf(story).replace('<viz:color r="0"', '<viz:color r="300"'));
    expect(xmllintRelaxng([f]).status).not.toBe(0);
  });
});

describe("toGexf with networkx", () => {
  it("toGexf's export reads in networkx as a MultiDiGraph with typed attributes and the quote text", () => {
    const out = runNetworkx(
      `
import json, sys, networkx as nx
G = nx.read_gexf(sys.argv[1])
e = G.get_edge_data("microsoft", "openai")["microsoft-invested-openai-2019"]
print(json.dumps({"type": type(G).__name__, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
  "parallel": G.number_of_edges("microsoft", "openai"), "mode": G.graph.get("mode"),
  "amountType": type(e["amount"]).__name__, "edge": e, "node": G.nodes["microsoft"]}, ensure_ascii=False))
`,
      [file],
    );
    console.log(`networkx 3.6 read_gexf: ${out.trim()}`);
    const r = JSON.parse(out) as { type: string; nodes: number; edges: number; parallel: number; mode: string; amountType: string; edge: Record<string, unknown>; node: Record<string, unknown> };
    const rel = story.relations.find((x) => x.id === "microsoft-invested-openai-2019")!;
    expect(r.type).toBe("MultiDiGraph");
    expect(r.nodes).toBe(story.entities.length);
    expect(r.edges).toBe(story.relations.length);
    expect(r.parallel).toBe(story.relations.filter((x) => x.source === "microsoft" && x.target === "openai").length);
    expect(r.mode).toBe("dynamic");
    expect(r.amountType).toBe("float");
    expect(r.edge["amount"]).toBe(1_000_000_000);
    expect(r.edge["currency"]).toBe("USD");
    expect(r.edge["kind"]).toBe("invested");
    expect(r.edge["quote"]).toBe(rel.citations[0]!.quote);
    expect(r.edge["start"]).toBe("2019-07-01");
    expect(r.edge["end"]).toBe("2019-07-31");
    expect(JSON.parse(r.edge["citations"] as string)).toEqual([expect.objectContaining({ quote: rel.citations[0]!.quote, sentence: "s2", start: rel.citations[0]!.start })]);
    expect(r.node["kind"]).toBe("organization");
    expect(r.node["viz"]).toMatchObject({ color: { r: 0, g: 114, b: 178 } });
  });
});

describe("toGexf with graphology-gexf", () => {
  it("toGexf's export parses with graphology-gexf into a multi graph with kinds, viz and attributes", () => {
    const g = parse(MultiGraph, toGexf(story));
    expect(g.order).toBe(story.entities.length);
    expect(g.size).toBe(story.relations.length);
    expect(g.multi).toBe(true);
    const e = g.getEdgeAttributes("microsoft-invested-openai-2019");
    expect(e["kind"]).toBe("invested");
    expect(e["amount"]).toBe(1_000_000_000);
    expect(e["symmetric"]).toBe(false);
    const n = g.getNodeAttributes("microsoft");
    expect(n["color"]).toBe("rgb(0,114,178)");
    expect(n["aliases"]).toEqual(story.entities[0]!.aliases);
    expect(g.getAttribute("description")).toBe(story.article.text);
  });
});
