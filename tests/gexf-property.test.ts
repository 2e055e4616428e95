/**
 * Property: for arbitrary Unicode in labels, aliases, descriptions, glosses, article metadata and
 * quotes (control characters, lone surrogates, `&<>"'`, `]]>`, `--`), every export validates
 * against gexf.rng and `fromGexf` gives back the story with the replacement rule applied to every
 * string (`xmlSafe`). Limit, checked too: when the rule changes where the article's sentences
 * split (U+000B and U+000C are white space to the segmenter, U+FFFD is not), the export still
 * validates and `fromGexf` either rebuilds a story or reports the citations that no longer anchor.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allIndexesOf } from "../src/graph/anchor.ts";
import { StoryValidationError } from "../src/graph/errors.ts";
import { fromGexf } from "../src/graph/gexf/reader.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { xmlSafe } from "../src/graph/gexf/xml.ts";
import { ENTITY_KINDS, MODALITIES, RELATION_KINDS, isAllowedRelation } from "../src/graph/kinds.ts";
import type { Story } from "../src/graph/model.ts";
import type { StoryInput } from "../src/graph/input/schema.ts";
import { segmentSentences } from "../src/graph/text.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { xmllintRelaxng } from "./helpers/tools.ts";

const SPECIALS = [
  "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "&", "<", ">", '"', "'", "]]>", "--", "\t", "\n", "\r",
  ",", "[", "]", "\\", " ", ".", "é", "😀", "’", "&amp;", "&#0;",
];
const piece = fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: "binary", maxLength: 3 }), fc.string({ unit: "grapheme-ascii", maxLength: 5 }));
const text = (minLength: number) => fc.array(piece, { minLength, maxLength: 6 }).map((a) => a.join("")).filter((s) => s.length >= minLength);
const date = fc.constantFrom("2019", "2019-07", "2019-07-22", "0001-01", "2024-02-29");

const storyArb = fc
  .record({
    sentences: fc.array(text(1), { minLength: 1, maxLength: 5 }),
    title: fc.option(text(0), { nil: undefined }),
    url: fc.option(text(0), { nil: undefined }),
    author: fc.option(text(0), { nil: undefined }),
    published: fc.option(date, { nil: undefined }),
    entities: fc.array(
      fc.record({
        kind: fc.constantFrom(...ENTITY_KINDS),
        label: text(1),
        aliases: fc.array(text(1), { maxLength: 3 }),
        wikidata: fc.option(fc.integer({ min: 1, max: 99999 }).map((n) => `Q${n}`), { nil: undefined }),
        description: fc.option(text(0), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 4 },
    ),
    relations: fc.array(
      fc.record({
        source: fc.nat(),
        target: fc.nat(),
        kind: fc.nat(),
        date: fc.option(date, { nil: undefined }),
        amount: fc.option(
          fc.record({ value: fc.double({ min: 0, max: 1e300, noNaN: true }), currency: fc.constantFrom("USD", "EUR", "JPY"), scope: fc.constantFrom("tranche" as const, "total" as const) }),
          { nil: undefined },
        ),
        description: fc.option(text(0), { nil: undefined }),
        citations: fc.array(fc.record({ sentence: fc.nat(), a: fc.nat(), b: fc.nat(), modality: fc.constantFrom(...MODALITIES), gloss: text(1) }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    noClaimReason: text(1),
  })
  .map((g): StoryInput => {
    const articleText = "Début. " + g.sentences.join(". ") + ".";
    const sentences = segmentSentences(articleText, "fr");
    const entities = g.entities.map((e, i) => ({ id: `e${i}`, ...e }));
    const cited = new Set<string>();
    const relations: StoryInput["relations"] = [];
    g.relations.forEach((r, i) => {
      const s = entities[r.source % entities.length]!;
      const t = entities[(r.source + 1 + (r.target % (entities.length - 1))) % entities.length]!;
      const kinds = RELATION_KINDS.filter((k) => isAllowedRelation(k, s.kind, t.kind));
      if (kinds.length === 0) return;
      const seen = new Set<string>();
      const citations = r.citations.flatMap((c) => {
        const sentence = sentences[c.sentence % sentences.length]!;
        const st = sentence.text;
        let start = c.a % st.length;
        let end = start + 1 + (c.b % (st.length - start));
        const isLow = (k: number) => st.charCodeAt(k) >= 0xdc00 && st.charCodeAt(k) <= 0xdfff;
        const isHigh = (k: number) => st.charCodeAt(k) >= 0xd800 && st.charCodeAt(k) <= 0xdbff;
        if (start > 0 && isLow(start) && isHigh(start - 1)) start--; // never split a surrogate pair
        if (end < st.length && isLow(end) && isHigh(end - 1)) end++;
        const quote = st.slice(start, end);
        // buildStory refuses quotes without a word and the same words cited twice by a relation
        if (!/[\p{L}\p{N}]/u.test(quote) || seen.has(`${sentence.id}:${start}:${end}`)) return [];
        seen.add(`${sentence.id}:${start}:${end}`);
        const hits = allIndexesOf(st, quote);
        cited.add(sentence.id);
        return [
          {
            sentence: sentence.id,
            quote,
            ...(hits.length > 1 && { occurrence: hits.indexOf(start) + 1 }),
            modality: c.modality,
            // a source named as whole words before every sentence: the article's first word
            ...(c.modality === "reported" && { attribution: "Début" }),
            gloss: c.gloss,
          },
        ];
      });
      if (citations.length === 0) return;
      relations.push({
        id: `r${i}`,
        kind: kinds[r.kind % kinds.length]!,
        source: s.id,
        target: t.id,
        ...(r.date !== undefined && { date: r.date }),
        ...(r.amount !== undefined && { amount: r.amount }),
        ...(r.description !== undefined && { description: r.description }),
        citations,
      });
    });
    const free = sentences.find((s) => !cited.has(s.id));
    return {
      article: {
        text: articleText,
        language: "fr",
        ...(g.title !== undefined && { title: g.title }),
        ...(g.url !== undefined && { url: g.url }),
        ...(g.published !== undefined && { published: g.published }),
        ...(g.author !== undefined && { author: g.author }),
      },
      entities,
      relations,
      noClaims: free ? [{ sentence: free.id, reason: g.noClaimReason }] : [],
    };
  });

/** `value` with `f` applied to every string in it (a deep copy). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  return value;
}

const bounds = (text: string) => JSON.stringify(segmentSentences(text, "fr").map((s) => [s.start, s.end]));

describe("toGexf / fromGexf property", () => {
  it("toGexf output always validates and fromGexf gives back the story with xmlSafe applied to every string", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "storygraph-prop-"));
    const files: string[] = [];
    let exact = 0;
    let shifted = 0;
    let withForbidden = 0;
    fc.assert(
      fc.property(storyArb, (input) => {
        const story: Story = buildStory(input);
        const xml = toGexf(story, { layoutIterations: 10, chunkSize: 3 }); // tiny chunks: article slices at every other code unit
        const file = path.join(dir, `story-${files.length}.gexf`);
        writeFileSync(file, xml);
        files.push(file);
        if (JSON.stringify(story) !== JSON.stringify(mapStrings(story, xmlSafe))) withForbidden++;
        if (bounds(xmlSafe(story.article.text)) === bounds(story.article.text)) {
          exact++;
          const r = fromGexf(xml);
          expect(r.kind).toBe("story");
          expect(r.kind === "story" && r.story).toEqual(mapStrings(story, xmlSafe));
        } else {
          shifted++;
          try {
            expect(fromGexf(xml).kind).toBe("story");
          } catch (e) {
            expect(e).toBeInstanceOf(StoryValidationError);
          }
        }
      }),
      { numRuns: 150 },
    );
    const r = xmllintRelaxng(files);
    expect(r.status, r.output.slice(0, 2000)).toBe(0);
    expect(r.output.match(/ validates$/gm)).toHaveLength(files.length);
    console.log(`property: ${files.length} stories, ${withForbidden} with forbidden characters, ${exact} round-tripped exactly, ${shifted} with sentence boundaries moved by the rule`);
    expect(exact).toBeGreaterThan(files.length / 2);
    expect(withForbidden).toBeGreaterThan(files.length / 4);
  });
});
