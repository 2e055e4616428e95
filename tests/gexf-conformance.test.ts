/**
 * Conformance over real GEXF files made by other tools (tests/fixtures/gexf-real/, see SOURCES.md:
 * graphology's, Gephi's and Gephi Lite's test data and samples, networkx's test strings): every
 * file is read or refused as listed, with the node and edge counts networkx and graphology-gexf
 * find, and the node attribute values networkx reads. Differences are the documented choices
 * (README, "What it reads").
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MultiGraph } from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { GexfDanglingEdgeError, GexfFormatError } from "../src/graph/gexf/errors.ts";
import { fromGexf } from "../src/graph/gexf/reader.ts";
import type { GexfValue, UntypedGraph } from "../src/graph/gexf/untyped.ts";
import { runNetworkx } from "./helpers/tools.ts";

const DIR = fileURLToPath(new URL("./fixtures/gexf-real/", import.meta.url));
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".gexf")).sort();

/** The files refused, and why: each refusal is a documented choice (networkx refuses all but missing_nodes too). */
const REFUSED: Record<string, RegExp> = {
  "gephi-meta.gexf": /the file has no <graph>/,
  "graphology-missing_nodes.gexf": /is not a node of the graph/,
  "graphology-undeclared_attribute.gexf": /names no declared node attribute/,
  "networkx-test_gexf-07.gexf": /names no declared node attribute/,
};
/** Attribute values read differently from networkx, and why. */
const DIFFERENT: Record<string, string> = {
  // GEXF 1.2/1.3 list syntax: networkx keeps a liststring as the raw string "a|b"
  "graphology-liststring.gexf": "liststring values are lists",
};

const NX_SCRIPT = `
import sys, json, math, networkx as nx
def norm(v):
    if isinstance(v, bool): return v
    if isinstance(v, float):
        if math.isnan(v): return "NaN"
        if math.isinf(v): return "INF" if v > 0 else "-INF"
        return v
    if isinstance(v, int): return v if abs(v) < 2**53 else str(v)
    if isinstance(v, (list, tuple)): return [norm(x) for x in v]
    if isinstance(v, dict): return None
    return v
out = {}
for f in sys.argv[1:]:
    try:
        g = nx.read_gexf(f)
        attrs = {str(n): {k: norm(v) for k, v in d.items() if k not in ("label", "viz", "pid", "start", "end", "spells") and norm(v) is not None} for n, d in g.nodes(data=True)}
        out[f.split("/")[-1]] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "attrs": attrs}
    except Exception as e:
        out[f.split("/")[-1]] = {"error": type(e).__name__ + ": " + str(e)[:200]}
print(json.dumps(out))
`;

interface NxResult {
  readonly nodes?: number;
  readonly edges?: number;
  readonly attrs?: Record<string, Record<string, unknown>>;
  readonly error?: string;
}

/** A value as the networkx script writes it (infinities and NaN as strings). */
function comparable(v: GexfValue | undefined): unknown {
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "NaN" : v > 0 ? "INF" : "-INF";
  return v;
}

describe("fromGexf conformance on real files of other tools", () => {
  it("fromGexf reads or refuses each real file as listed, with networkx's and graphology-gexf's counts and networkx's attribute values", () => {
    expect(FILES.length).toBeGreaterThanOrEqual(40);
    const nx = JSON.parse(runNetworkx(NX_SCRIPT, FILES.map((f) => DIR + f))) as Record<string, NxResult>;
    const table: string[] = [];
    let read = 0;
    for (const file of FILES) {
      const bytes = readFileSync(DIR + file);
      const n = nx[file]!;
      let graph: UntypedGraph | undefined;
      let warnings = 0;
      try {
        graph = fromGexf(bytes, { file, onWarning: () => void warnings++ }).graph;
      } catch (e) {
        expect(REFUSED[file], `${file}: ${(e as Error).message}`).toBeDefined();
        expect(e).toSatisfy((x) => x instanceof GexfFormatError || x instanceof GexfDanglingEdgeError);
        expect((e as Error).message).toMatch(REFUSED[file]!);
        table.push(`${file}: refused (${(e as Error).message.slice(0, 80)}); networkx: ${n.error ?? `read ${n.nodes}/${n.edges}`}`);
        continue;
      }
      expect(REFUSED[file], `${file} should be refused`).toBeUndefined();
      read++;
      // graphology-gexf (lenient options) finds the same nodes and edges
      const g = parse(MultiGraph, bytes.toString("utf8"));
      expect([file, graph.nodes.length, graph.edges.length]).toEqual([file, g.order, g.size]);
      if (n.error === undefined) {
        expect([file, graph.nodes.length, graph.edges.length]).toEqual([file, n.nodes, n.edges]);
        let differences = 0;
        for (const node of graph.nodes) {
          for (const [key, value] of Object.entries(n.attrs![node.id] ?? {})) {
            if (JSON.stringify(comparable(node.attributes[key])) !== JSON.stringify(value)) differences++;
          }
        }
        if (DIFFERENT[file]) expect(differences, file).toBeGreaterThan(0);
        else expect([file, differences]).toEqual([file, 0]);
      }
      table.push(`${file}: read ${graph.nodes.length}/${graph.edges.length}${warnings ? ` (${warnings} warnings)` : ""}; networkx: ${n.error ?? `${n.nodes}/${n.edges}`}${DIFFERENT[file] ? `; differs: ${DIFFERENT[file]}` : ""}`);
    }
    console.log(`conformance: ${read} of ${FILES.length} read\n${table.join("\n")}`);
    expect(read).toBe(FILES.length - Object.keys(REFUSED).length);
  });
});
