// publish and sparqlEndpointQuery against a real SPARQL 1.1 store: Debian's Virtuoso 7, started
// for this file on free ports with its own database (tests/helpers/virtuoso.ts). The default
// story is published with the CLI through the Graph Store protocol, the corpus through SPARQL
// Update; the server then holds the same triples as the embedded store and gives the same
// answers as the embedded store and rdflib; a republish replaces a graph, a refused one keeps it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { EndpointError } from "../src/graph/errors.ts";
import { buildCorpus, writeCorpusRdf } from "../src/graph/corpus/index.ts";
import { toRdf } from "../src/graph/rdf/index.ts";
import { foundersQuery, onlyPossibleQuery, publish, reportedClaimsQuery, sparqlEndpointQuery, sparqlQuery, sparqlStore, type SparqlResults } from "../src/graph/sparql/index.ts";
import { runCli } from "./helpers/cli.ts";
import { rdflibRead, testCorpus } from "./helpers/rdf.ts";
import { isqlVirtuoso, startVirtuoso, type Virtuoso } from "./helpers/virtuoso.ts";

let server: Virtuoso;
/** A folder the server may read: the bulk loader's input. */
const bulkDir = mkdtempSync(path.join(tmpdir(), "storygraph-virtuoso-bulk-"));
beforeAll(async () => {
  server = await startVirtuoso({ dirsAllowed: [bulkDir] });
}, 300_000);
afterAll(async () => {
  await server?.stop();
  rmSync(bulkDir, { recursive: true, force: true });
}, 60_000);

const DEFAULT_GRAPH = "https://example.org/storygraph/graph";
const QUESTIONS = [
  ["who founded OpenAI", foundersQuery("Q21708200"), "founder"],
  ["which claims do sources report", reportedClaimsQuery(), "id"],
  ["which claims about Microsoft are only possible", onlyPossibleQuery("Q2283"), "id"],
] as const;

/** Rows of `variable` with their graph, sorted: `graph value`. */
function rows(r: SparqlResults, variable: string, graphs: readonly string[]): string[] {
  if (!("results" in r)) throw new Error("SELECT expected");
  return [...new Set(r.results.bindings.filter((b) => graphs.includes(String(b.graph?.value))).map((b) => `${String(b.graph!.value)} ${String(b[variable]!.value)}`))].sort();
}

async function graphSize(graph: string): Promise<number> {
  const r = await sparqlEndpointQuery(server.sparql, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
  if (!("results" in r)) throw new Error("SELECT expected");
  return Number(r.results.bindings[0]!.n!.value);
}

describe("publish to Virtuoso", () => {
  test("storygraph publish: the default story through the Graph Store protocol; the server holds the embedded store's triples", async () => {
    const r = await runCli(["publish", "--endpoint", server.graphStore, "--user", server.user, "--password", server.password]);
    expect([r.code, r.err]).toEqual([0, `storygraph publish: replaced graph <${DEFAULT_GRAPH}> (${new TextEncoder().encode(toRdf(defaultStory(), "turtle")).length} bytes, graph-store)\n`]);
    expect(await graphSize(DEFAULT_GRAPH)).toBe(sparqlStore(defaultStory()).size);
  }, 120_000);

  test("publish: the corpus through SPARQL Update, one graph per story", async () => {
    const corpus = testCorpus();
    const reports = await publish(corpus, server.sparqlAuth, { protocol: "update", user: server.user, password: server.password });
    expect(reports.map((x) => x.graph)).toEqual(corpus.members.map((m) => `${m.rdf.base}graph`));
    const embedded = sparqlStore(corpus);
    for (const g of reports.map((x) => x.graph)) {
      const local = sparqlQuery(corpus, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${g}> { ?s ?p ?o } }`);
      expect(await graphSize(g)).toBe("results" in local ? Number(local.results.bindings[0]!.n!.value) : -1);
    }
    expect(embedded.size).toBeGreaterThan(1000);
  }, 120_000);

  test("sparqlEndpointQuery: the fixed questions get the same answers from Virtuoso, the embedded store and rdflib", async () => {
    const corpus = testCorpus();
    const graphs = [DEFAULT_GRAPH, ...corpus.members.map((m) => `${m.rdf.base}graph`)];
    const dir = mkdtempSync(path.join(tmpdir(), "storygraph-virtuoso-rdflib-"));
    const file = path.join(dir, "all.nq");
    writeFileSync(file, toRdf(defaultStory(), "nquads") + [...writeCorpusRdf(corpus, "nquads")].join(""));
    const rdflib = rdflibRead(file, "nquads", QUESTIONS.map((q) => q[1])).results;
    const embedded = sparqlStore(defaultStory(), corpus);
    for (const [i, [what, query, variable]] of QUESTIONS.entries()) {
      const local = rows(embedded.query(query), variable, graphs);
      expect(local.length, what).toBeGreaterThan(2);
      expect(new Set(local.map((l) => l.split(" ")[0])).size, `${what}: answered in every graph`).toBe(3);
      expect(rows(await sparqlEndpointQuery(server.sparql, query), variable, graphs), `${what}: Virtuoso`).toEqual(local);
      expect(rows(rdflib[i]!, variable, graphs), `${what}: rdflib`).toEqual(local);
    }
  }, 120_000);

  test("publish: a republish replaces the graph; a refused one leaves it in place", async () => {
    const before = await graphSize(DEFAULT_GRAPH);
    await publish(defaultStory(), server.graphStore, { user: server.user, password: server.password });
    expect(await graphSize(DEFAULT_GRAPH)).toBe(before);
    await publish(defaultStory(), server.sparqlAuth, { protocol: "update", user: server.user, password: server.password });
    expect(await graphSize(DEFAULT_GRAPH)).toBe(before);
    await expect(publish(defaultStory(), server.graphStore, { user: server.user, password: "wrong" })).rejects.toBeInstanceOf(EndpointError);
    // nor does a request to an endpoint that refuses it (404)
    await expect(publish(defaultStory(), server.sparqlAuth.replace("sparql-auth", "no-such-endpoint"), { protocol: "update", user: server.user, password: server.password })).rejects.toBeInstanceOf(EndpointError);
    expect(await graphSize(DEFAULT_GRAPH)).toBe(before);
  }, 120_000);
});

describe("publish a large story to Virtuoso", () => {
  test("publish: a story of ~14 MB of Turtle goes through the Graph Store with digest auth (the challenge is fetched before the body is sent)", async () => {
    const { generateStoryModel } = await import("../bench/generate.ts");
    const big = generateStoryModel({ entities: 800, relations: 3_200, events: 800 });
    const turtle = new TextEncoder().encode(toRdf(big, "turtle")).length;
    expect(turtle).toBeGreaterThan(10 * 1024 * 1024);
    const reports = await publish(big, server.graphStore, { user: server.user, password: server.password });
    expect(reports).toHaveLength(1);
    expect(await graphSize(reports[0]!.graph)).toBe(sparqlStore(big).size);
    // more rows than the package ini's ResultSetMaxRows (10,000), which the helper's ini lifts
    const all = await sparqlEndpointQuery(server.sparql, `SELECT ?s ?p ?o WHERE { GRAPH <${reports[0]!.graph}> { ?s ?p ?o } }`);
    expect("results" in all && all.results.bindings.length).toBe(sparqlStore(big).size);
  }, 300_000);
});

describe("bulk load into Virtuoso", () => {
  test("isqlVirtuoso: ld_dir + rdf_loader_run of the corpus's N-Quads: the embedded store's triples per graph and its answers", async () => {
    const corpus = buildCorpus(testCorpus().members.map((m) => ({ key: m.key, story: m.story })), { base: "https://example.org/bulk/" });
    for (const m of corpus.members) writeFileSync(path.join(bulkDir, `${m.key}.nq`), toRdf(m.story, "nquads", m.rdf));
    await isqlVirtuoso(server.sqlPort, server.user, server.password, `ld_dir('${bulkDir}', '*.nq', 'https://example.org/bulk/default'); rdf_loader_run();`);
    const failed = await isqlVirtuoso(server.sqlPort, server.user, server.password, "SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_error IS NOT NULL OR ll_state <> 2;");
    expect(failed.trim()).toMatch(/^0\b/m);
    const graphs = corpus.members.map((m) => `${m.rdf.base}graph`);
    const embedded = sparqlStore(corpus);
    for (const g of graphs) {
      const local = embedded.query(`SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${g}> { ?s ?p ?o } }`);
      expect(await graphSize(g), g).toBe("results" in local ? Number(local.results.bindings[0]!.n!.value) : -1);
    }
    for (const [what, query, variable] of QUESTIONS) {
      const local = rows(embedded.query(query), variable, graphs);
      expect(local.length, what).toBeGreaterThan(0);
      expect(rows(await sparqlEndpointQuery(server.sparql, query), variable, graphs), `${what}: Virtuoso, bulk-loaded`).toEqual(local);
    }
  }, 300_000);
});
