// SHACL_SHAPES and the shipped linked-data/ files: every export (default story, the English and
// lawsuit fixtures, in every format) conforms to the shapes under rdf-validate-shacl, a story
// graph missing what the shapes require does not, and the shipped files are up to date.
import rdf from "@zazuko/env";
import jsonld from "jsonld";
import { readFileSync } from "node:fs";
import path from "node:path";
import SHACLValidator from "rdf-validate-shacl";
import { describe, expect, test } from "vitest";
import type { Quad } from "n3";
import { linkedDataFiles } from "../scripts/gen-linked-data.ts";
import { defaultStory } from "../src/data/story.ts";
import { PREFIXES, SHACL_SHAPES, jsonLdContext, storyQuads, toRdf } from "../src/graph/rdf/index.ts";
import { exportStories, parseN3 } from "./helpers/rdf.ts";
import { REPO_ROOT } from "./helpers/tools.ts";

const shapes = rdf.dataset(parseN3(SHACL_SHAPES, "Turtle") as never);

async function validate(quads: readonly Quad[]) {
  // SHACL validates a data graph: the story's named graph, read as triples.
  const data = rdf.dataset(quads.map((q) => rdf.quad(q.subject, q.predicate, q.object)) as never);
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
  return { conforms: report.conforms, messages: report.results.map((r) => `${r.focusNode?.value} ${r.path?.value}: ${r.message.map((m) => m.value).join("; ")}`) };
}

describe("SHACL_SHAPES", () => {
  for (const [name, story] of exportStories()) {
    test(`SHACL_SHAPES: the ${name} export conforms in Turtle, TriG, N-Quads and JSON-LD`, async () => {
      for (const format of ["turtle", "trig", "nquads"] as const) {
        const r = await validate(parseN3(toRdf(story, format), format === "nquads" ? "N-Quads" : format === "trig" ? "TriG" : "Turtle"));
        expect(r.messages, format).toEqual([]);
        expect(r.conforms).toBe(true);
      }
      const nq = (await jsonld.toRDF(JSON.parse(toRdf(story, "jsonld")), { format: "application/n-quads" })) as unknown as string;
      const r = await validate(parseN3(nq, "N-Quads"));
      expect(r.messages, "jsonld").toEqual([]);
    });
  }

  test("SHACL_SHAPES: a graph missing a quote, a claim's annotations or with a bad certainty does not conform", async () => {
    const quads = [...storyQuads(defaultStory())];
    const BASE = "https://example.org/storygraph/";
    const noExact = quads.filter((q) => !(q.predicate.value === PREFIXES.oa + "exact" && q.subject.value === `${BASE}claim/openai-founding/citation/1/quote`));
    const r1 = await validate(noExact);
    expect(r1.conforms).toBe(false);
    expect(r1.messages.join("\n")).toContain("openai-founding/citation/1/quote");
    const noAnnotations = quads.filter((q) => !(q.predicate.value === PREFIXES.oa + "hasBody" && q.object.value === `${BASE}claim/openai-founding`));
    const r2 = await validate(noAnnotations);
    expect(r2.conforms).toBe(false);
    expect(r2.messages.some((m) => m.startsWith(`${BASE}claim/openai-founding `))).toBe(true);
    const badCertainty = quads.map((q) =>
      q.predicate.value === PREFIXES.sg + "certainty" && q.subject.value === `${BASE}claim/openai-founding/citation/1` ? rdf.quad(q.subject, q.predicate, rdf.namedNode(PREFIXES.sg + "sure") as never) : q,
    ) as Quad[];
    expect((await validate(badCertainty)).conforms).toBe(false);
    const badDate = quads.map((q) => (q.predicate.value === PREFIXES.sg + "pointInTime" ? rdf.quad(q.subject, q.predicate, rdf.literal("2015") as never) : q)) as Quad[];
    expect((await validate(badDate)).conforms).toBe(false);
  });
});

describe("linked-data files", () => {
  test("linked-data/context.jsonld and linked-data/shapes.ttl are up to date (regenerate: npx tsx scripts/gen-linked-data.ts)", () => {
    for (const [file, text] of linkedDataFiles()) {
      expect(readFileSync(path.join(REPO_ROOT, file), "utf8"), `${file} is out of date: run npx tsx scripts/gen-linked-data.ts`).toBe(text);
    }
    expect(JSON.parse(readFileSync(path.join(REPO_ROOT, "linked-data/context.jsonld"), "utf8"))["@context"]).toEqual(jsonLdContext());
  });

  test("linked-data/context.jsonld: the jsonld package reads every term of the context", async () => {
    const doc = { "@context": jsonLdContext(), "@id": "https://example.org/x", start: "3", body: "sg:y", label: { "@value": "x", "@language": "en" } };
    const expanded = (await jsonld.expand(doc as never)) as unknown as Record<string, unknown>[];
    expect(expanded[0]![PREFIXES.oa + "start"]).toEqual([{ "@value": "3", "@type": PREFIXES.xsd + "nonNegativeInteger" }]);
    expect(expanded[0]![PREFIXES.oa + "hasBody"]).toEqual([{ "@id": PREFIXES.sg + "y" }]);
  });
});
