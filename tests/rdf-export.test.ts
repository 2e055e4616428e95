// writeRdf / storyQuads (src/graph/rdf/): what the export holds, and that its four formats hold
// the same quads (N3.js reads back Turtle, TriG and N-Quads; the jsonld package expands JSON-LD).
import jsonld from "jsonld";
import { describe, expect, test } from "vitest";
import { buildStory } from "../src/graph/input/validate.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { defaultStory } from "../src/data/story.ts";
import { PREFIXES, codePointIndex, resolveRdfOptions, storyQuads, toRdf, writeRdf } from "../src/graph/rdf/index.ts";
import { exportStories, parseN3, quadSet } from "./helpers/rdf.ts";
import { REPO_ROOT } from "./helpers/tools.ts";
import { readFileSync } from "node:fs";
import path from "node:path";

const BASE = "https://example.org/storygraph/";
const sg = (l: string) => PREFIXES.sg + l;

describe("writeRdf", () => {
  for (const [name, story] of exportStories()) {
    test(`writeRdf: ${name}: Turtle, TriG, N-Quads and JSON-LD hold the same quads as storyQuads`, async () => {
      const expected = quadSet(storyQuads(story));
      expect(expected.length).toBeGreaterThan(100);
      expect(quadSet(parseN3(toRdf(story, "nquads"), "N-Quads"))).toEqual(expected);
      expect(quadSet(parseN3(toRdf(story, "trig"), "TriG"))).toEqual(expected);
      // Turtle has no graph names: the same triples.
      expect(quadSet(parseN3(toRdf(story, "turtle"), "Turtle"), false)).toEqual(quadSet(storyQuads(story), false));
      const doc = JSON.parse(toRdf(story, "jsonld")) as object;
      const nquads = (await jsonld.toRDF(doc, { format: "application/n-quads" })) as unknown as string;
      expect(quadSet(parseN3(nquads, "N-Quads"))).toEqual(expected);
    });
  }

  test("writeRdf: streams in chunks that join to the whole document", () => {
    const story = defaultStory();
    const chunks = [...writeRdf(story, "nquads")];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join("")).toBe(toRdf(story, "nquads"));
    expect([...writeRdf(story, "jsonld")].length).toBeGreaterThan(10);
  });

  test("writeRdf: an unknown format or option is an InvalidArgumentError", () => {
    expect(() => [...writeRdf(defaultStory(), "rdfxml" as never)]).toThrow(InvalidArgumentError);
    expect(() => [...writeRdf(defaultStory(), "nquads", { base: "not an iri/" })]).toThrow(InvalidArgumentError);
  });
});

describe("resolveRdfOptions", () => {
  test("resolveRdfOptions: defaults, and each invalid value refused with InvalidArgumentError", () => {
    expect(resolveRdfOptions().base).toBe(BASE);
    expect(resolveRdfOptions({ base: "urn:example:x#" }).base).toBe("urn:example:x#");
    for (const bad of [
      { base: "https://example.org/no-slash" },
      { base: "relative/" },
      { base: "https://exa mple.org/" },
      { graph: "not absolute" },
      { quoteContext: -1 },
      { quoteContext: 1.5 },
      { entityIris: new Map([["x", "no iri"]]) },
      { colour: "red" } as never,
    ]) {
      expect(() => resolveRdfOptions(bad), JSON.stringify(bad)).toThrow(InvalidArgumentError);
    }
  });
});

describe("storyQuads", () => {
  const story = defaultStory();
  const lines = quadSet(storyQuads(story), false);
  const has = (s: string, p: string, o: string) => lines.includes(`${s} ${p} ${o} .`);
  const e = (id: string) => `<${BASE}entity/${id}>`;
  const c = (id: string) => `<${BASE}claim/${id}>`;
  const t = (iri: string) => `<${iri}>`;

  test("storyQuads: entities with their Wikidata item, labels and aliases in the article's language", () => {
    expect(has(e("microsoft"), t(PREFIXES.owl + "sameAs"), t(PREFIXES.wd + "Q2283"))).toBe(true);
    expect(has(e("microsoft"), t(PREFIXES.schema + "sameAs"), t(PREFIXES.wd + "Q2283"))).toBe(true);
    expect(has(e("microsoft"), t(PREFIXES.rdfs + "label"), '"Microsoft"@fr')).toBe(true);
    expect(has(e("microsoft"), t(PREFIXES.skos + "altLabel"), '"le géant de l’informatique"@fr')).toBe(true);
    expect(has(e("microsoft"), t(PREFIXES.rdf + "type"), t(PREFIXES.sgk + "organization"))).toBe(true);
  });

  test("storyQuads: a relation with a Wikidata property is a reified statement in Wikidata's direction", () => {
    // invested ↔ P1951 "investor", inverse: OpenAI has investor Microsoft.
    const r = c("microsoft-invested-openai-13bn");
    expect(has(r, t(sg("source")), e("microsoft"))).toBe(true);
    expect(has(r, t(PREFIXES.rdf + "subject"), e("openai"))).toBe(true);
    expect(has(r, t(PREFIXES.rdf + "predicate"), t(PREFIXES.wdt + "P1951"))).toBe(true);
    expect(has(r, t(PREFIXES.rdf + "object"), e("microsoft"))).toBe(true);
    // the fact itself is never asserted: the article only states it
    expect(lines.some((l) => l.split(" ")[1] === `<${PREFIXES.wdt}P1951>`)).toBe(false);
    expect(has(`<${BASE}claim/microsoft-invested-openai-13bn/amount>`, t(PREFIXES.schema + "currency"), '"USD"')).toBe(true);
    expect(has(`<${BASE}claim/microsoft-invested-openai-13bn/amount>`, t(PREFIXES.schema + "value"), `"13000000000"^^<${PREFIXES.xsd}decimal>`)).toBe(true);
  });

  test("storyQuads: time qualifiers typed at their precision", () => {
    expect(has(c("openai-founding"), t(sg("pointInTime")), `"2015"^^<${PREFIXES.xsd}gYear>`)).toBe(true);
    expect(has(c("microsoft-partnered-openai"), t(sg("announced")), `"2019-07"^^<${PREFIXES.xsd}gYearMonth>`)).toBe(true);
    const english = exportStories()[1]![1];
    const en = quadSet(storyQuads(english), false);
    expect(en.some((l) => l.includes(`"2024-03-04"^^<${PREFIXES.xsd}date>`))).toBe(true);
  });

  test("storyQuads: events with participants in roles", () => {
    expect(has(c("openai-founding"), t(PREFIXES.sgr + "founder"), e("elon-musk"))).toBe(true);
    expect(has(c("openai-founding"), t(PREFIXES.sgr + "founded"), e("openai"))).toBe(true);
    expect(has(c("openai-founding"), t(sg("participant")), e("sam-altman"))).toBe(true);
    expect(has(c("break-up-consequences"), t(PREFIXES.sgr + "cause"), c("partnership-break-up"))).toBe(true);
    expect(has(c("partnership-break-up"), t(sg("about")), c("microsoft-partnered-openai"))).toBe(true);
  });

  test("storyQuads: each citation is a Web Annotation with its selectors, factuality and source chain", () => {
    const a = `<${BASE}claim/partnership-break-up/citation/1>`;
    expect(has(a, t(PREFIXES.oa + "hasBody"), c("partnership-break-up"))).toBe(true);
    expect(has(a, t(sg("certainty")), t(sg("possible")))).toBe(true);
    expect(has(a, t(sg("modality")), t(sg("reported")))).toBe(true);
    expect(has(a, t(sg("sentence")), `<${BASE}sentence/s3>`)).toBe(true);
    const who = `<${BASE}agent/des-sources-proches-du-dossier>`;
    expect(has(a, t(PREFIXES.prov + "wasAttributedTo"), who)).toBe(true);
    expect(has(`<${BASE}claim/partnership-break-up/citation/1/source/1>`, t(PREFIXES.prov + "agent"), who)).toBe(true);
    expect(has(`<${BASE}claim/partnership-break-up/citation/1/source/0>`, t(PREFIXES.prov + "agent"), `<${BASE}agent/author>`)).toBe(true);
    const citation = story.events.find((x) => x.id === "partnership-break-up")!.citations[0]!;
    const sel = `<${BASE}claim/partnership-break-up/citation/1/`;
    expect(has(sel + "quote>", t(PREFIXES.oa + "exact"), JSON.stringify(citation.quote))).toBe(true);
    expect(has(sel + "position>", t(PREFIXES.oa + "start"), `"${citation.start}"^^<${PREFIXES.xsd}nonNegativeInteger>`)).toBe(true);
  });

  test("storyQuads: oa:start/oa:end count code points; sg:utf16Start/End UTF-16 code units", () => {
    const input = JSON.parse(readFileSync(path.join(REPO_ROOT, "tests/fixtures/english-story.json"), "utf8")) as Record<string, any>;
    input.article.text = "🌊🌊 " + input.article.text.replace("Tidewater was founded", "Tidewater 🐟 was founded");
    for (const list of [input.relations, input.events]) for (const claim of list) for (const ci of claim.citations) {
      delete ci.start;
      delete ci.end;
      ci.quote = ci.quote.replace("Tidewater was founded", "Tidewater 🐟 was founded");
    }
    const astral = buildStory(input);
    const text = astral.article.text;
    const points = Array.from(text);
    const quads = [...storyQuads(astral)];
    const value = (s: string, p: string) => quads.find((q) => q.subject.value === s && q.predicate.value === p)?.object.value;
    let checked = 0;
    for (const claim of [...astral.relations, ...astral.events]) {
      claim.citations.forEach((ci, i) => {
        const sel = `${BASE}claim/${claim.id}/citation/${i + 1}/`;
        const start = Number(value(sel + "position", PREFIXES.oa + "start"));
        const end = Number(value(sel + "position", PREFIXES.oa + "end"));
        expect(points.slice(start, end).join("")).toBe(ci.quote);
        expect(Number(value(sel + "position", sg("utf16Start")))).toBe(ci.start);
        expect(text.slice(ci.start, ci.end)).toBe(ci.quote);
        expect(start).toBeLessThan(ci.start); // two astral characters stand before every quote
        const prefix = value(sel + "quote", PREFIXES.oa + "prefix")!;
        expect(text.slice(0, ci.start).endsWith(prefix)).toBe(true);
        expect(Array.from(prefix).length).toBeLessThanOrEqual(32);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});

describe("codePointIndex", () => {
  test("codePointIndex: UTF-16 offsets to code points, and context that never splits a pair", () => {
    const text = "a😀b😀😀c";
    const idx = codePointIndex(text);
    expect([0, 1, 3, 4, 6, 8, 9].map((u) => idx.toCodePoint(u))).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(idx.before(8, 2)).toBe("😀😀");
    expect(idx.before(4, 5)).toBe("a😀b");
    expect(idx.after(1, 2)).toBe("😀b");
    expect(idx.after(8, 4)).toBe("c");
    expect(codePointIndex("plain").toCodePoint(3)).toBe(3);
  });
});
