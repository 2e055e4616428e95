/**
 * Helpers of the RDF tests: the stories every export test covers, N3.js parsing, quads as
 * comparable N-Quads lines, and the independent readers (Debian's rdflib through /usr/bin/python3,
 * oxigraph). When rdflib is missing the helper throws (so the test fails) with how to install it.
 */
import { spawnSync } from "node:child_process";
import { Parser, Writer, type Quad } from "n3";
import { defaultStory } from "../../src/data/story.ts";
import type { Story } from "../../src/graph/model.ts";
import { fixtureStory } from "./tools.ts";

/** The stories each export test runs on: the default story and the two complete fixtures. */
export function exportStories(): readonly (readonly [string, Story])[] {
  return [
    ["default story", defaultStory()],
    ["english-story.json", fixtureStory("english-story")],
    ["lawsuit-story.json", fixtureStory("lawsuit-story")],
  ];
}

/** Parse Turtle, TriG or N-Quads with N3.js. */
export function parseN3(text: string, format: "Turtle" | "TriG" | "N-Quads"): Quad[] {
  return new Parser({ format }).parse(text);
}

/** One quad as an N-Quads line (canonical enough to compare sets: no blank nodes in our exports). */
export function quadLine(q: Quad, withGraph = true): string {
  const w = new Writer({ format: "N-Quads" });
  return w.quadToString(q.subject, q.predicate, q.object, withGraph ? q.graph : undefined).trim();
}

/** The quads as a sorted, de-duplicated list of N-Quads lines. */
export function quadSet(quads: Iterable<Quad>, withGraph = true): string[] {
  return [...new Set([...quads].map((q) => quadLine(q, withGraph)))].sort();
}

/** Debian's rdflib, run by /usr/bin/python3 (its site-packages has python3-rdflib). */
export const PYTHON_RDFLIB = "/usr/bin/python3";

/**
 * Run a Python script with rdflib; returns its stdout.
 *
 * @throws when /usr/bin/python3 cannot import rdflib: the message says how to install it.
 */
export function runRdflib(script: string, args: readonly string[] = [], input?: string): string {
  const probe = spawnSync(PYTHON_RDFLIB, ["-c", "import rdflib"], { encoding: "utf8" });
  if (probe.status !== 0) throw new Error("python3-rdflib is missing for /usr/bin/python3; install it with: apt-get install -y python3-rdflib");
  const r = spawnSync(PYTHON_RDFLIB, ["-c", script, ...args], { encoding: "utf8", input, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`rdflib script failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

// ---------------------------------------------------------------------------------------------
// The fixed questions, answered by the library's own queries (src/graph/queries/)

import { queryClaims } from "../../src/graph/queries/claims.ts";
import { queryEvents } from "../../src/graph/queries/events.ts";
import { queryRelations } from "../../src/graph/queries/relations.ts";
import type { SparqlResults } from "../../src/graph/sparql/results.ts";

/** Wikidata ids of who founded the organization (a founding's founders, a `founded` relation's source). */
export function libraryFounders(story: Story, organization: string): string[] {
  const wd = (id: string) => story.entities.find((e) => e.id === id)?.wikidata ?? `(no wikidata: ${id})`;
  const out = new Set<string>();
  for (const ev of queryEvents(story, { kind: "founding", participant: organization, role: "founded" })) for (const p of ev.participants) if (p.role === "founder") out.add(wd(p.id));
  for (const r of queryRelations(story, { kind: "founded", target: organization })) out.add(wd(r.source));
  return [...out].sort();
}

/** Ids of the claims some citation reports (a named source). */
export function libraryReported(story: Story): string[] {
  return [...new Set(queryClaims(story, { modality: "reported" }).map((c) => c.id))].sort();
}

/** Ids of the claims involving the entity that some citation calls possible and none certain or probable. */
export function libraryOnlyPossible(story: Story, entity: string): string[] {
  return queryClaims(story, { involving: entity, certainty: "possible" })
    .filter((c) => !c.citations.some((ci) => ci.factuality.certainty === "certain" || ci.factuality.certainty === "probable"))
    .map((c) => c.id)
    .sort();
}

/** The distinct values of one variable of SELECT results, sorted (Wikidata IRIs as `Q…` ids). */
export function column(results: SparqlResults, variable: string): string[] {
  if (!("results" in results)) throw new Error("expected SELECT results");
  const values = results.results.bindings.map((b) => String(b[variable]?.value ?? "")).map((v) => v.replace("http://www.wikidata.org/entity/", ""));
  return [...new Set(values)].sort();
}

/**
 * rdflib reads an export (format: nquads, trig, turtle, json-ld), prints its triple count and,
 * for each query given on standard input (JSON list), its SPARQL JSON results.
 */
export const RDFLIB_SCRIPT = String.raw`
import json, sys
from rdflib import ConjunctiveGraph
path, fmt = sys.argv[1], sys.argv[2]
g = ConjunctiveGraph()
g.parse(path, format=fmt)
queries = json.loads(sys.stdin.read() or "[]")
out = {"triples": len(g), "results": []}
for q in queries:
    out["results"].append(json.loads(g.query(q).serialize(format="json")))
print(json.dumps(out))
`;

/** rdflib's triple count of a file and its answers to `queries`. */
export function rdflibRead(file: string, format: "nquads" | "trig" | "turtle" | "json-ld", queries: readonly string[] = []): { triples: number; results: SparqlResults[] } {
  return JSON.parse(runRdflib(RDFLIB_SCRIPT, [file, format], JSON.stringify(queries))) as { triples: number; results: SparqlResults[] };
}

import { buildCorpus, type Corpus } from "../../src/graph/corpus/build.ts";

/** The corpus of the tests: the default story (French, 2024) and the later English report on the partnership. */
export function testCorpus(): Corpus {
  return buildCorpus([
    { key: "default", story: defaultStory() },
    { key: "followup", story: fixtureStory("partnership-followup-story") },
  ]);
}
