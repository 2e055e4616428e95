// buildCorpus / corpusClaims / writeCorpusRdf (src/graph/corpus/): several stories in one graph,
// entities merged by Wikidata id or declared sameAs, every claim keeping its story, sentence and
// quote; a claim one article states and another only reports shows both.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import { buildCorpus, corpusClaims, corpusQuads, writeCorpusRdf } from "../src/graph/corpus/index.ts";
import { PREFIXES } from "../src/graph/rdf/index.ts";
import { claimsBetweenQuery, sparqlQuery } from "../src/graph/sparql/index.ts";
import { parseN3, quadSet, testCorpus } from "./helpers/rdf.ts";
import { fixtureStory } from "./helpers/tools.ts";

describe("buildCorpus", () => {
  test("buildCorpus: entities sharing a Wikidata id are one resource named by their Wikidata item", () => {
    const corpus = testCorpus();
    const ms = corpus.entityOf({ story: "followup", entity: "microsoft-corp" });
    expect(ms).toBe(corpus.entityOf({ story: "default", entity: "microsoft" }));
    expect(ms.iri).toBe(PREFIXES.wd + "Q2283");
    expect(ms.members.map((m) => `${m.story}:${m.entity}`)).toEqual(["default:microsoft", "followup:microsoft-corp"]);
    // the field of work exists only in the default story
    const ai = corpus.entityOf({ story: "default", entity: "artificial-intelligence" });
    expect(ai.members).toHaveLength(1);
    expect(corpus.entities).toHaveLength(5);
    expect(corpus.resolve("Q21708200").map((e) => e.label)).toEqual(["OpenAI"]);
    expect(corpus.resolve("followup:microsoft-corp")).toEqual([ms]);
    expect(corpus.members.map((m) => m.rdf.base)).toEqual(["https://example.org/storygraph/corpus/default/", "https://example.org/storygraph/corpus/followup/"]);
  });

  test("buildCorpus: a declared sameAs merges entities without a Wikidata id", () => {
    const english = fixtureStory("english-story");
    const corpus = buildCorpus(
      [
        { key: "a", story: english },
        { key: "b", story: english },
      ],
      { sameAs: [[{ story: "a", entity: "maya-okafor" }, { story: "b", entity: "maya-okafor" }]] },
    );
    const maya = corpus.entityOf({ story: "b", entity: "maya-okafor" });
    expect(maya.iri).toBe("https://example.org/storygraph/corpus/a/entity/maya-okafor");
    expect(maya.members).toHaveLength(2);
    expect(corpus.entityOf({ story: "b", entity: "tidewater-energy" }).members).toHaveLength(1);
  });

  test("buildCorpus: bad keys, bases and sameAs pairs are refused with typed errors", () => {
    const story = defaultStory();
    expect(() => buildCorpus([])).toThrow(InvalidArgumentError);
    expect(() => buildCorpus([{ key: "A b", story }])).toThrow(InvalidArgumentError);
    expect(() => buildCorpus([{ key: "a", story }, { key: "a", story }])).toThrow(InvalidArgumentError);
    expect(() => buildCorpus([{ key: "a", story }], { base: "nope" })).toThrow(InvalidArgumentError);
    expect(() => buildCorpus([{ key: "a", story }], { sameAs: [[{ story: "a", entity: "microsoft" }, { story: "z", entity: "x" }]] })).toThrow(NotFoundError);
    expect(() => buildCorpus([{ key: "a", story }], { sameAs: [[{ story: "a", entity: "microsoft" }, { story: "a", entity: "openai" }]] })).toThrow(InvalidArgumentError);
  });
});

describe("corpusClaims", () => {
  test("corpusClaims: the $13bn investment is stated by one article and only reported by the other", () => {
    const corpus = testCorpus();
    const found = corpusClaims(corpus, { kind: "invested", involving: "Q2283" });
    expect(found.map((f) => [f.story, f.claim.id, f.claim.modalities.join(",")])).toEqual([
      ["default", "microsoft-invested-openai-13bn", "asserted"],
      ["followup", "microsoft-invested-openai", "reported"],
    ]);
    expect(found.map((f) => f.claim.amount?.value)).toEqual([13e9, 13e9]);
    expect(found[1]!.claim.citations[0]!.sentence).toBe("s3");
    expect(corpusClaims(corpus, { kind: "founding" }).map((f) => f.story)).toEqual(["default", "followup"]);
    expect(() => corpusClaims(corpus, { involving: "Q1" })).toThrow(NotFoundError);
  });
});

describe("writeCorpusRdf", () => {
  test("writeCorpusRdf: one named graph per story, merged entities under one IRI, the same quads in N-Quads and TriG", () => {
    const corpus = testCorpus();
    const expected = quadSet(corpusQuads(corpus));
    expect(quadSet(parseN3([...writeCorpusRdf(corpus, "nquads")].join(""), "N-Quads"))).toEqual(expected);
    expect(quadSet(parseN3([...writeCorpusRdf(corpus, "trig")].join(""), "TriG"))).toEqual(expected);
    const graphs = new Set([...corpusQuads(corpus)].map((q) => q.graph.value));
    expect([...graphs]).toEqual(["https://example.org/storygraph/corpus/default/graph", "https://example.org/storygraph/corpus/followup/graph"]);
    const labels = [...corpusQuads(corpus)].filter((q) => q.subject.value === PREFIXES.wd + "Q2283" && q.predicate.value === PREFIXES.rdfs + "label").map((q) => `${q.object.value}@${(q.object as { language: string }).language} in ${q.graph.value.split("/").at(-2)}`);
    expect(labels).toEqual(["Microsoft@fr in default", "Microsoft@en in followup"]);
    expect(() => [...writeCorpusRdf(corpus, "turtle" as never)]).toThrow(InvalidArgumentError);
  });

  test("writeCorpusRdf: SPARQL over the corpus shows the stated and the reported claim side by side, with their quotes", () => {
    const r = sparqlQuery(testCorpus(), claimsBetweenQuery("Q2283", "Q21708200"));
    if (!("results" in r)) throw new Error("SELECT expected");
    const rows = r.results.bindings.filter((b) => String(b.kind!.value) === PREFIXES.sgk + "invested").map((b) => [String(b.graph!.value).split("/").at(-2), b.id!.value, String(b.modality!.value).replace(PREFIXES.sg, ""), b.quote!.value]);
    expect(rows).toEqual([
      ["default", "microsoft-invested-openai-13bn", "asserted", "un investissement de 13 milliards de dollars de la part du géant de l’informatique dans l’entreprise spécialisée en intelligence artificielle"],
      ["followup", "microsoft-invested-openai", "reported", "Microsoft has invested about $13bn in OpenAI"],
    ]);
  });
});
