// sparqlStore / sparqlQuery / sparqlTable / sparqlCsv and the ready queries (src/graph/sparql/):
// SPARQL 1.1 in an embedded oxigraph store over one story, several, or a corpus, answers equal
// to the library's own queries.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { corpusClaims } from "../src/graph/corpus/index.ts";
import { quadSet } from "./helpers/rdf.ts";
import { storyQuads, writeRdf } from "../src/graph/rdf/index.ts";
import {
  claimsBetweenDatesQuery,
  foundersQuery,
  onlyPossibleQuery,
  reportedClaimsQuery,
  sparqlCsv,
  sparqlQuery,
  sparqlStore,
  sparqlTable,
  SPARQL_PREFIXES,
  type SparqlResults,
} from "../src/graph/sparql/index.ts";
import { column, libraryFounders, libraryOnlyPossible, libraryReported, testCorpus } from "./helpers/rdf.ts";
import { fixtureStory } from "./helpers/tools.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { Store } from "oxigraph";

describe("sparqlStore", () => {
  test("sparqlStore: holds every quad of the story; SELECT, ASK and CONSTRUCT results", () => {
    const story = defaultStory();
    const store = sparqlStore(story);
    expect(store.size).toBe(quadSet(storyQuads(story)).length);
    const select = store.query(`${SPARQL_PREFIXES} SELECT ?id WHERE { ?c a sgk:founding ; sg:id ?id }`);
    expect(select).toEqual({ head: { vars: ["id"] }, results: { bindings: [{ id: { type: "literal", value: "openai-founding" } }] } });
    expect(store.query(`${SPARQL_PREFIXES} ASK { ?c a sgk:lawsuit }`)).toEqual({ head: {}, boolean: false });
    const graph = store.query(`${SPARQL_PREFIXES} CONSTRUCT { ?e rdfs:label ?l } WHERE { ?e a sg:Entity ; rdfs:label ?l }`);
    expect("graph" in graph && graph.graph.split("\n").filter(Boolean)).toHaveLength(story.entities.length);
  });

  test("sparqlStore: an invalid query is an InvalidArgumentError with the store's message", () => {
    expect(() => sparqlStore(defaultStory()).query("SELEC ?x")).toThrow(InvalidArgumentError);
  });

  test("sparqlStore: several stories need their own bases; GRAPH tells them apart", () => {
    const store = sparqlStore(defaultStory(), { story: fixtureStory("english-story"), rdf: { base: "https://example.org/en/" } });
    const r = store.query(`${SPARQL_PREFIXES} SELECT ?g (COUNT(?c) AS ?n) WHERE { GRAPH ?g { ?c a sg:Event } } GROUP BY ?g ORDER BY ?g`);
    expect(column(r, "g")).toEqual(["https://example.org/en/graph", "https://example.org/storygraph/graph"]);
  });
});

describe("sparqlStore bulk load", () => {
  test("sparqlStore: the bulk load (no transaction, lenient) holds the same quads and answers as oxigraph's transactional load", () => {
    const corpus = testCorpus();
    const bulk = sparqlStore(corpus);
    const reference = new Store();
    for (const m of corpus.members) reference.load([...writeRdf(m.story, "nquads", m.rdf)].join(""), { format: "application/n-quads" });
    const dump = (s: Store) => s.dump({ format: "application/n-quads" }).split("\n").filter(Boolean).sort();
    expect(bulk.size).toBe(reference.size);
    expect(bulk.size).toBeGreaterThan(1000);
    expect(dump(bulk.store)).toEqual(dump(reference));
    const ask = (q: string) => JSON.parse(reference.query(q, { use_default_graph_as_union: true, results_format: "application/sparql-results+json" }) as string) as SparqlResults;
    for (const q of [foundersQuery("Q21708200"), reportedClaimsQuery(), onlyPossibleQuery("Q2283")]) {
      const answer = bulk.query(q);
      expect("results" in answer && answer.results.bindings.length).toBeGreaterThan(0);
      expect(answer).toEqual(ask(q));
    }
  });
});

describe("ready queries", () => {
  const stories = [
    ["default story", defaultStory(), { founded: "openai", about: "microsoft" }],
    ["partnership-followup-story.json", fixtureStory("partnership-followup-story"), { founded: "openai", about: "microsoft-corp" }],
  ] as const;
  for (const [name, story, ids] of stories) {
    test(`foundersQuery, reportedClaimsQuery, onlyPossibleQuery: ${name}: the library's answers`, () => {
      expect(column(sparqlQuery(story, foundersQuery("Q21708200")), "founder")).toEqual(libraryFounders(story, ids.founded));
      expect(column(sparqlQuery(story, reportedClaimsQuery()), "id")).toEqual(libraryReported(story));
      expect(column(sparqlQuery(story, onlyPossibleQuery("Q2283")), "id")).toEqual(libraryOnlyPossible(story, ids.about));
      expect(libraryReported(story).length).toBeGreaterThan(0);
      expect(libraryOnlyPossible(story, ids.about).length).toBeGreaterThan(0);
    });
  }

  test("foundersQuery, reportedClaimsQuery, onlyPossibleQuery: a corpus answers per story what each story's library query answers", () => {
    const corpus = testCorpus();
    const byGraph = (r: SparqlResults, variable: string) => {
      if (!("results" in r)) throw new Error("SELECT expected");
      const out: Record<string, string[]> = {};
      for (const b of r.results.bindings) (out[String(b.graph!.value).split("/").at(-2)!] ??= []).push(String(b[variable]!.value).replace("http://www.wikidata.org/entity/", ""));
      for (const k of Object.keys(out)) out[k] = [...new Set(out[k])].sort();
      return out;
    };
    const [d, f] = corpus.members;
    expect(byGraph(sparqlQuery(corpus, foundersQuery("Q21708200")), "founder")).toEqual({ default: libraryFounders(d!.story, "openai"), followup: libraryFounders(f!.story, "openai") });
    expect(byGraph(sparqlQuery(corpus, reportedClaimsQuery()), "id")).toEqual({ default: libraryReported(d!.story), followup: libraryReported(f!.story) });
    expect(byGraph(sparqlQuery(corpus, onlyPossibleQuery("Q2283")), "id")).toEqual({ default: libraryOnlyPossible(d!.story, "microsoft"), followup: libraryOnlyPossible(f!.story, "microsoft-corp") });
    const possible = corpusClaims(corpus, { involving: "Q2283", certainty: "possible" }).filter((c) => !c.claim.citations.some((ci) => ["certain", "probable"].includes(ci.factuality.certainty)));
    expect(possible.map((c) => c.claim.id).sort()).toEqual(column(sparqlQuery(corpus, onlyPossibleQuery("Q2283")), "id"));
  });

  test("claimsBetweenDatesQuery: the claims queryClaims finds for the same days", () => {
    const story = defaultStory();
    expect(column(sparqlQuery(story, claimsBetweenDatesQuery("2019-01-01", "2019-12-31")), "id")).toEqual(queryClaims(story, { from: "2019-01-01", to: "2019-12-31" }).map((c) => c.id).sort());
    expect(() => claimsBetweenDatesQuery("2019", "2020")).toThrow(TypeError);
  });
});

describe("sparqlTable", () => {
  test("sparqlTable: one column per variable, short IRIs, a count line; ASK as true/false", () => {
    const r = sparqlQuery(defaultStory(), foundersQuery("Q21708200"));
    const table = sparqlTable(r).split("\n");
    expect(table[0]).toMatch(/^founder\s+label\s+graph$/);
    expect(table[2]).toMatch(/^wd:Q317521\s+Elon Musk@fr\s+<https:\/\/example.org\/storygraph\/graph>$/);
    expect(table.at(-2)).toBe("2 results");
    expect(sparqlTable({ head: {}, boolean: true })).toBe("true\n");
  });
});

describe("sparqlCsv", () => {
  test("sparqlCsv: the SPARQL 1.1 CSV format — header, bare values, CRLF, RFC 4180 quoting", () => {
    const csv = sparqlCsv({
      head: { vars: ["a", "b"] },
      results: { bindings: [{ a: { type: "uri", value: "http://x/y" }, b: { type: "literal", value: 'say "hi", then\ngo', "xml:lang": "en" } }, { a: { type: "bnode", value: "b0" } }] },
    });
    expect(csv).toBe('a,b\r\nhttp://x/y,"say ""hi"", then\ngo"\r\n_:b0,\r\n');
  });
});
