// storygraph sparql and storygraph export --format turtle|trig|nquads|jsonld: the library's
// results through the command line, its usage errors (exit 2) and data failures (exit 1).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { toRdf } from "../src/graph/rdf/index.ts";
import { foundersQuery, reportedClaimsQuery, sparqlCsv, sparqlQuery } from "../src/graph/sparql/index.ts";
import { runCli } from "./helpers/cli.ts";
import { column, testCorpus } from "./helpers/rdf.ts";
import { fixtureStory } from "./helpers/tools.ts";

const FOLLOWUP = "tests/fixtures/partnership-followup-story.json";

describe("storygraph sparql", () => {
  test("sparql: --json prints the embedded store's SPARQL JSON results; the table and --csv the same rows", async () => {
    const q = reportedClaimsQuery();
    const json = await runCli(["sparql", q, "--json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual(sparqlQuery(defaultStory(), q));
    const table = await runCli(["sparql", q]);
    expect(table.out).toMatch(/^claim\s+id\s+source\s+graph\n/);
    const n = column(sparqlQuery(defaultStory(), q), "claim").length;
    expect(n).toBeGreaterThan(3);
    expect(table.out.split("\n").length).toBeGreaterThan(n + 2);
    expect(table.out).toMatch(/\n\d+ results\n$/);
    const csv = await runCli(["sparql", "--file", "linked-data/queries/reported-claims.rq", "--csv"]);
    expect(csv.out).toBe(sparqlCsv(sparqlQuery(defaultStory(), q)));
  });

  test("sparql: several --story files form a corpus (@default is the built-in story)", async () => {
    const r = await runCli(["sparql", foundersQuery("Q21708200"), "--story", "@default", "--story", FOLLOWUP, "--json"]);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.out);
    expect(column(results, "graph")).toEqual(["https://example.org/storygraph/corpus/default/graph", "https://example.org/storygraph/corpus/partnership-followup-story/graph"]);
    expect(column(results, "founder")).toEqual(["Q317521", "Q7407093"]);
    // the same as the library's corpus with the same keys
    expect(column(sparqlQuery(testCorpus(), foundersQuery("Q21708200")), "founder")).toEqual(column(results, "founder"));
    const one = await runCli(["sparql", "ASK { ?s ?p ?o }", "--story", FOLLOWUP, "--base", "https://news.example/a/", "--json"]);
    expect(JSON.parse(one.out)).toEqual({ head: {}, boolean: true });
  });

  test("sparql: usage errors exit 2, an invalid query or story exits 1", async () => {
    for (const args of [[], ["ASK {}", "--json", "--csv"], ["ASK {}", "--file", "x.rq"], ["ASK {}", "--endpoint", "http://127.0.0.1:1/sparql", "--story", FOLLOWUP], ["ASK {}", "--user", "u"], ["ASK {}", "--base", "nope"], ["ASK {}", "extra"]]) {
      const r = await runCli(["sparql", ...args]);
      expect([args, r.code]).toEqual([args, 2]);
    }
    const bad = await runCli(["sparql", "SELEC ?x"]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^storygraph sparql: storygraph sparql: query: /);
    expect((await runCli(["sparql", "ASK {}", "--story", "tests/fixtures/invalid/15-unknown-field-typo.json"])).code).toBe(1);
    const down = await runCli(["sparql", "ASK {}", "--endpoint", "http://127.0.0.1:9/sparql"]);
    expect(down.code).toBe(1);
    expect(down.err).toContain("no answer");
  });
});

describe("storygraph export (RDF)", () => {
  test("export: --format turtle|trig|nquads|jsonld prints writeRdf's output, --base and --graph passed on", async () => {
    for (const format of ["turtle", "trig", "nquads", "jsonld"] as const) {
      const r = await runCli(["export", "--format", format, "--story", FOLLOWUP, "--base", "https://news.example/f/", "--graph", "https://news.example/graphs/f"]);
      expect([format, r.code]).toEqual([format, 0]);
      expect(r.out).toBe(toRdf(fixtureStory("partnership-followup-story"), format, { base: "https://news.example/f/", graph: "https://news.example/graphs/f" }));
    }
  });

  test("export: --base or --graph with a non-RDF format, or an invalid IRI, exits 2", async () => {
    expect((await runCli(["export", "--format", "gexf", "--base", "https://x.example/"])).code).toBe(2);
    expect((await runCli(["export", "--format", "json", "--graph", "https://x.example/g"])).code).toBe(2);
    const r = await runCli(["export", "--format", "nquads", "--base", "https://x.example/no-slash"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^storygraph export: --base: /);
  });
});
