// Independent readers agree: Debian's rdflib (/usr/bin/python3) and oxigraph read every export
// (default story, the English and lawsuit fixtures; N-Quads, TriG, Turtle, JSON-LD) to the same
// number of triples as N3.js, and the fixed questions — who founded OpenAI, which claims do
// sources report, which claims about Microsoft are only possible — get the library's answers.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Store } from "oxigraph";
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { storyQuads, toRdf, type RdfFormat } from "../src/graph/rdf/index.ts";
import { foundersQuery, onlyPossibleQuery, reportedClaimsQuery, sparqlQuery } from "../src/graph/sparql/index.ts";
import { column, exportStories, libraryFounders, libraryOnlyPossible, libraryReported, quadSet, rdflibRead } from "./helpers/rdf.ts";

const dir = mkdtempSync(path.join(tmpdir(), "storygraph-rdf-"));
const RDFLIB_FORMAT = { nquads: "nquads", trig: "trig", turtle: "turtle", jsonld: "json-ld" } as const;
const OXIGRAPH_FORMAT = { nquads: "application/n-quads", trig: "application/trig", turtle: "text/turtle", jsonld: "application/ld+json" } as const;

describe("RDF export read by rdflib and oxigraph", () => {
  for (const [name, story] of exportStories()) {
    test(`rdflib and oxigraph: ${name}: every format gives N3.js's triple count`, () => {
      const expected = quadSet(storyQuads(story), false).length;
      for (const format of ["nquads", "trig", "turtle", "jsonld"] as RdfFormat[]) {
        const file = path.join(dir, `${name}.${format}`);
        writeFileSync(file, toRdf(story, format));
        expect(rdflibRead(file, RDFLIB_FORMAT[format]).triples, `rdflib ${format}`).toBe(expected);
        const store = new Store();
        store.load(toRdf(story, format), { format: OXIGRAPH_FORMAT[format] });
        expect(store.size, `oxigraph ${format}`).toBe(expected);
      }
    });
  }

  test("rdflib and oxigraph: the fixed questions get the library's answers on the default story", () => {
    const story = defaultStory();
    const queries = [foundersQuery("Q21708200"), reportedClaimsQuery(), onlyPossibleQuery("Q2283")];
    const file = path.join(dir, "default.nq");
    writeFileSync(file, toRdf(story, "nquads"));
    const rdflib = rdflibRead(file, "nquads", queries).results;
    const oxigraph = queries.map((q) => sparqlQuery(story, q));
    const expected = [libraryFounders(story, "openai"), libraryReported(story), libraryOnlyPossible(story, "microsoft")];
    expect(expected).toEqual([
      ["Q317521", "Q7407093"],
      ["microsoft-diverges-from-openai", "microsoft-seeks-openai", "openai-seeks-microsoft", "partnership-break-up"],
      ["break-up-consequences", "partnership-break-up"],
    ]);
    const variables = ["founder", "id", "id"];
    queries.forEach((_, i) => {
      expect(column(oxigraph[i]!, variables[i]!), `oxigraph, question ${i + 1}`).toEqual(expected[i]);
      expect(column(rdflib[i]!, variables[i]!), `rdflib, question ${i + 1}`).toEqual(expected[i]);
    });
  });
});
