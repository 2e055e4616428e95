/**
 * Property: for arbitrary Unicode in labels, aliases, descriptions, glosses, inferred reasons,
 * source names, a story's own kinds, article metadata and quotes (control characters, lone
 * surrogates, `&<>"'`, `]]>`, `--`), every export validates against gexf.rng and `fromGexf` gives
 * back the story with the replacement rule applied to every string (`xmlSafe`): entities, events
 * with participants (entities and events) and `about`, relations, qualifiers (inferred), amounts,
 * factualities and source chains. Limit, checked too: when the rule changes where the article's
 * sentences split (U+000B and U+000C are white space to the segmenter, U+FFFD is not), the export
 * still validates and `fromGexf` either rebuilds a story or reports the citations that no longer anchor.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allIndexesOf } from "../src/graph/anchor.ts";
import { GraphemeSplitError, StoryValidationError } from "../src/graph/errors.ts";
import { fromGexf } from "../src/graph/gexf/reader.ts";
import { toGexf } from "../src/graph/gexf/writer.ts";
import { XML_FORBIDDEN, xmlSafe } from "../src/graph/gexf/xml.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import type { CitationInput, EventInput, RelationInput, StoryInput, TimeQualifierInput } from "../src/graph/input/schema.ts";
import { toStoryJson } from "../src/graph/input/story-json.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Story } from "../src/graph/model.ts";
import { segmentSentences } from "../src/graph/text.ts";
import { CERTAINTIES, POLARITIES } from "../src/graph/values.ts";
import { NEWS_CORE_VOCABULARY, vocabularyIndex } from "../src/graph/vocabulary/resolve.ts";
import { xmllintRelaxng } from "./helpers/tools.ts";

const SPECIALS = [
  "\u0000", "\u0001", "\u0008", "\u000B", "\u000C", "\u000E", "\u001F", "\uFFFE", "\uFFFF",
  "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "&", "<", ">", '"', "'", "]]>", "--", "\t", "\n", "\r",
  ",", "[", "]", "\\", " ", ".", "é", "😀", "’", "&amp;", "&#0;",
];
const piece = fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ unit: "binary", maxLength: 3 }), fc.string({ unit: "grapheme-ascii", maxLength: 5 }));
const text = (minLength: number) => fc.array(piece, { minLength, maxLength: 6 }).map((a) => a.join("")).filter((s) => s.length >= minLength);
const DATES = ["0001-01", "2015", "2019", "2019-07", "2019-07-22", "2024-02-29"] as const;
const date = fc.constantFrom(...DATES);
const inferred = (value: string, reason: string): TimeQualifierInput => ({ value, inferred: reason });

const vocab = vocabularyIndex(NEWS_CORE_VOCABULARY);
const ENTITY_KINDS = NEWS_CORE_VOCABULARY.entityKinds.map((k) => k.id);
/** The story's own entity kind when the arbitrary story declares one. */
const OWN_KIND = "court";

/** Time qualifiers a claim may carry without contradicting itself (a point in time alone, or start ≤ end), all inferred. */
const qualifiers = fc
  .record({
    shape: fc.constantFrom("none", "point", "start", "end", "both"),
    a: fc.nat({ max: DATES.length - 1 }),
    b: fc.nat({ max: DATES.length - 1 }),
    announced: fc.option(date, { nil: undefined }),
    reason: text(1),
  })
  .map(({ shape, a, b, announced, reason }) => {
    const out: Record<string, TimeQualifierInput> = {};
    // DATES are in order and none is inside another except by prefix; keep start's last day before end's
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    if (shape === "point") out["pointInTime"] = inferred(DATES[a]!, reason);
    if (shape === "start" || shape === "both") out["start"] = inferred(DATES[lo]!, reason);
    if (shape === "end") out["end"] = inferred(DATES[hi]!, reason);
    if (shape === "both") out["end"] = inferred(DATES[hi]!, reason);
    if (announced !== undefined) out["announced"] = inferred(announced, reason);
    return out;
  });

const amount = fc.option(
  fc.record({
    // buildStory refuses -0 and subnormal amounts (InvalidAmountError, InexactNumberError)
    value: fc.double({ min: 0, max: 1e300, noNaN: true }).filter((v) => !Object.is(v, -0) && (v === 0 || v >= 2.2250738585072014e-308)),
    currency: fc.constantFrom("USD", "EUR", "JPY"),
    scope: fc.option(fc.constantFrom("tranche" as const, "total" as const), { nil: undefined }),
    inferred: text(1),
  }),
  { nil: undefined },
);

const citationArb = fc.record({
  sentence: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  polarity: fc.constantFrom(...POLARITIES),
  certainty: fc.constantFrom(...CERTAINTIES),
  source: fc.constantFrom("none", "name", "entity"),
  gloss: text(1),
});

const claimArb = fc.record({
  qualifiers,
  amount,
  description: fc.option(text(0), { nil: undefined }),
  citations: fc.array(citationArb, { minLength: 1, maxLength: 3 }),
});

type DrawnClaim = typeof claimArb extends fc.Arbitrary<infer T> ? T : never;

const storyArb = fc
  .record({
    sentences: fc.array(text(1), { minLength: 1, maxLength: 5 }),
    title: fc.option(text(0), { nil: undefined }),
    url: fc.option(text(0), { nil: undefined }),
    author: fc.option(text(0), { nil: undefined }),
    published: fc.option(date, { nil: undefined }),
    ownKind: fc.option(fc.record({ label: text(1), description: text(1) }), { nil: undefined }),
    entities: fc.array(
      fc.record({
        kind: fc.nat(),
        label: text(1),
        aliases: fc.array(text(1), { maxLength: 3 }),
        wikidata: fc.option(fc.integer({ min: 1, max: 99999 }).map((n) => `Q${n}`), { nil: undefined }),
        description: fc.option(text(0), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 4 },
    ),
    relations: fc.array(fc.record({ source: fc.nat(), target: fc.nat(), kind: fc.nat(), claim: claimArb }), { minLength: 1, maxLength: 4 }),
    events: fc.array(fc.record({ label: text(1), affected: fc.nat(), cause: fc.option(fc.nat(), { nil: undefined }), about: fc.boolean(), claim: claimArb }), { maxLength: 3 }),
    noClaimReason: text(1),
  })
  .map((g): StoryInput => {
    const articleText = "Début. " + g.sentences.join(". ") + ".";
    const sentences = segmentSentences(articleText, "fr");
    const clusterStarts = new Set<number>([articleText.length]);
    for (const g of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(articleText)) clusterStarts.add(g.index);
    const kinds = g.ownKind ? [...ENTITY_KINDS, OWN_KIND] : ENTITY_KINDS;
    const entities = g.entities.map((e, i) => ({ ...e, id: `e${i}`, kind: kinds[e.kind % kinds.length]! }));
    const isA = (kind: string, allowed: readonly string[]) => (kind === OWN_KIND ? allowed.includes("organization") || allowed.includes(OWN_KIND) : vocab.isA(kind, allowed));
    const cited = new Set<string>();
    /** The citations of one claim (none when every quote drawn is refused). */
    const citationsOf = (drawn: DrawnClaim["citations"]): CitationInput[] => {
      const seen = new Set<string>();
      return drawn.flatMap((c) => {
        const sentence = sentences[c.sentence % sentences.length]!;
        const st = sentence.text;
        let start = c.a % st.length;
        let end = start + 1 + (c.b % (st.length - start));
        // never split a grapheme cluster (buildStory refuses it): widen the cut to whole clusters
        while (start > 0 && !clusterStarts.has(sentence.start + start)) start--;
        while (end < st.length && !clusterStarts.has(sentence.start + end)) end++;
        if (!clusterStarts.has(sentence.start + start) || !clusterStarts.has(sentence.start + end)) return [];
        const quote = st.slice(start, end);
        // buildStory refuses quotes without a word and the same words cited twice by a claim
        if (!/[\p{L}\p{N}]/u.test(quote) || seen.has(`${sentence.id}:${start}:${end}`)) return [];
        seen.add(`${sentence.id}:${start}:${end}`);
        const hits = allIndexesOf(st, quote);
        cited.add(sentence.id);
        // a source named as whole words before every sentence: the article's first word
        const sources = c.source === "name" ? ["Début"] : c.source === "entity" ? [{ name: "Début", entity: "e0" }] : undefined;
        return [
          {
            sentence: sentence.id,
            quote,
            ...(hits.length > 1 && { occurrence: hits.indexOf(start) + 1 }),
            factuality: { polarity: c.polarity, certainty: c.certainty },
            ...(sources && { sources }),
            gloss: c.gloss,
          },
        ];
      });
    };
    const claimTail = (c: DrawnClaim) => ({
      ...c.qualifiers,
      ...(c.amount !== undefined && { amount: { value: c.amount.value, currency: c.amount.currency, ...(c.amount.scope && { scope: c.amount.scope }), inferred: c.amount.inferred } }),
      ...(c.description !== undefined && { description: c.description }),
    });
    const relations: RelationInput[] = [];
    g.relations.forEach((r, i) => {
      const s = entities[r.source % entities.length]!;
      const t = entities[(r.source + 1 + (r.target % (entities.length - 1))) % entities.length]!;
      const allowed = NEWS_CORE_VOCABULARY.relationKinds.filter((k) => isA(s.kind, k.domain) && isA(t.kind, k.range));
      if (allowed.length === 0) return;
      const citations = citationsOf(r.claim.citations);
      if (citations.length === 0) return;
      relations.push({ id: `r${i}`, kind: allowed[r.kind % allowed.length]!.id, source: s.id, target: t.id, ...claimTail(r.claim), citations });
    });
    const events: EventInput[] = [];
    g.events.forEach((e, i) => {
      const citations = citationsOf(e.claim.citations);
      if (citations.length === 0) return;
      // impact: affected (any entity, required), cause (an entity or an earlier event)
      const cause = e.cause !== undefined && events.length > 0 ? events[e.cause % events.length]!.id : undefined;
      events.push({
        id: `v${i}`,
        kind: "impact",
        label: e.label,
        participants: [{ role: "affected", entity: entities[e.affected % entities.length]!.id }, ...(cause !== undefined ? [{ role: "cause", event: cause }] : [])],
        ...(e.about && relations.length > 0 && { about: [relations[0]!.id] }),
        ...claimTail(e.claim),
        citations,
      });
    });
    const free = sentences.find((s) => !cited.has(s.id));
    return {
      format: "storygraph/2",
      article: {
        text: articleText,
        language: "fr",
        ...(g.title !== undefined && { title: g.title }),
        ...(g.url !== undefined && { url: g.url }),
        ...(g.published !== undefined && { published: g.published }),
        ...(g.author !== undefined && { author: g.author }),
      },
      ...(g.ownKind && { vocabulary: { entityKinds: [{ id: OWN_KIND, label: g.ownKind.label, description: g.ownKind.description, parent: "organization" }] } }),
      entities,
      relations,
      events,
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
    let events = 0;
    fc.assert(
      fc.property(storyArb, (input) => {
        let story: Story;
        try {
          story = buildStory(input);
        } catch (e) {
          // the arbitrary input must be valid: show what the generator got wrong
          throw new Error(e instanceof StoryValidationError ? e.message : String(e));
        }
        events += story.events.length;
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
    console.log(`property: ${files.length} stories (${events} events), ${withForbidden} with forbidden characters, ${exact} round-tripped exactly, ${shifted} with sentence boundaries moved by the rule`);
    expect(events).toBeGreaterThan(files.length / 2);
    expect(exact).toBeGreaterThan(files.length / 2);
    expect(withForbidden).toBeGreaterThan(files.length / 4);
  });
});

/**
 * Property: every story that validates comes back the same through its story file and its GEXF
 * export, for arbitrary Unicode article texts (astral characters, combining marks, ZWJ emoji
 * sequences, flags, invisible characters; none XML forbids) and quotes cut at arbitrary UTF-16
 * offsets; and a quote is refused with `GraphemeSplitError` exactly when one of its ends is not a
 * grapheme boundary of the article (`Intl.Segmenter` over the whole text, the oracle).
 */
const UNICODE_PIECES = [
  "e\u0301", "\u0301", "\u0308\u0323", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDE9\uD83C\uDDEA",
  "\uD83D\uDC4D\uD83C\uDFFD", "\u200B", "\u00AD", "\u2060", "\uFEFF", "\u0915\u094D\u0937", "\u1100\u1161\u11A8", "\u00A0", "\u202F", "’", "\n", "\r\n", " ",
];
const unicodePiece = fc.oneof(
  fc.constantFrom(...UNICODE_PIECES),
  fc.string({ unit: "grapheme", maxLength: 4 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x10ffff }).filter((cp) => cp < 0xd800 || cp > 0xdfff).filter((cp) => cp !== 0xfffe && cp !== 0xffff).map((cp) => String.fromCodePoint(cp)), maxLength: 3 }),
);
const unicodeSentence = fc.array(unicodePiece, { minLength: 1, maxLength: 8 }).map((a) => a.join("")).filter((s) => !XML_FORBIDDEN.test(s) && /[\p{L}\p{N}]/u.test(s));
const quoteCut = fc.record({ sentence: fc.nat(), a: fc.nat(), b: fc.nat() });

describe("story round trip property (arbitrary Unicode, quotes cut anywhere)", () => {
  it("buildStory refuses exactly the quotes that split a grapheme cluster, and every story that validates comes back equal from toStoryJson and from toGexf", () => {
    let validated = 0;
    let split = 0;
    fc.assert(
      fc.property(fc.array(unicodeSentence, { minLength: 1, maxLength: 4 }), fc.array(quoteCut, { minLength: 1, maxLength: 4 }), (parts, cuts) => {
        const text = "Début. " + parts.join(". ") + ".";
        const sentences = segmentSentences(text.replace(/\r\n?/g, "\n"), "fr");
        const lf = text.replace(/\r\n?/g, "\n");
        const boundaries = new Set<number>([lf.length]);
        for (const g of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(lf)) boundaries.add(g.index);
        const seen = new Set<string>();
        const citations: CitationInput[] = [];
        let expectSplit = false;
        for (const c of cuts) {
          const sentence = sentences[c.sentence % sentences.length]!;
          const st = sentence.text;
          const start = c.a % st.length;
          const end = start + 1 + (c.b % (st.length - start));
          const quote = st.slice(start, end);
          if (!/[\p{L}\p{N}]/u.test(quote) || seen.has(`${sentence.id}:${start}:${end}`)) continue;
          seen.add(`${sentence.id}:${start}:${end}`);
          const hits = allIndexesOf(st, quote);
          if (!boundaries.has(sentence.start + start) || !boundaries.has(sentence.start + end)) expectSplit = true;
          citations.push({ sentence: sentence.id, quote, ...(hits.length > 1 && { occurrence: hits.indexOf(start) + 1 }), factuality: { polarity: "positive", certainty: "certain" }, gloss: "g" });
        }
        if (citations.length === 0) return;
        const input: StoryInput = {
          format: "storygraph/2",
          article: { text, language: "fr" },
          entities: [
            { id: "a", kind: "organization", label: parts[0]! },
            { id: "b", kind: "organization", label: "B" },
          ],
          relations: [{ id: "r", kind: "partnered", source: "a", target: "b", citations }],
          noClaims: [],
        };
        let story: Story;
        try {
          story = buildStory(input);
        } catch (e) {
          if (!(e instanceof StoryValidationError)) throw e;
          // the only problems arbitrary cuts may cause: a split cluster (and a quote that is, once
          // anchored, the same words as another: two cuts of one sentence)
          expect(e.problems.every((p) => p instanceof GraphemeSplitError), e.message).toBe(true);
          expect(expectSplit, e.message).toBe(true);
          split++;
          return;
        }
        expect(expectSplit).toBe(false);
        validated++;
        expect(parseStoryJson(toStoryJson(story))).toEqual(story);
        const r = fromGexf(toGexf(story, { layoutIterations: 5 }));
        expect(r.kind).toBe("story");
        expect(r.kind === "story" && r.story).toEqual(story);
      }),
      { numRuns: 300 },
    );
    console.log(`round trip property: ${validated} stories validated and came back equal, ${split} refused for a split grapheme cluster`);
    expect(validated).toBeGreaterThan(50);
    expect(split).toBeGreaterThan(20);
  });
});
