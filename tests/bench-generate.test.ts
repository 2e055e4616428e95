/**
 * The benchmark's synthetic story generator (bench/generate.ts): deterministic, valid storygraph/2,
 * every citation quoting its sentence, every date and amount stated by the quoted words (or marked
 * inferred), relations and events in valid roles, varied factuality and sources, and the direct
 * model equal to what buildStory makes of the input.
 */
import { describe, expect, test } from "vitest";
import { OWN_VOCABULARY, generateStory, generateStoryModel, prng, splitClaims, syntheticWikidata } from "../bench/generate.ts";
import { findAmounts, findDates } from "../src/graph/expressions/index.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Claim, Story } from "../src/graph/model.ts";
import { CERTAINTIES, TIME_QUALIFIERS } from "../src/graph/values.ts";
import { NEWS_CORE } from "../src/graph/vocabulary/news-core.ts";
import { writeCorpusRdf, type Corpus } from "../src/graph/corpus/index.ts";
import { benchCorpusParts } from "../bench/rdf-cases.ts";

const CORE_RELATION_KINDS = NEWS_CORE.relationKinds.map((k) => k.id);
const claimsOf = (story: Story): Claim[] => [...story.relations, ...story.events];

let cached: Story | undefined;
/** A mid-sized English story (2000 relations, 500 events), built once. */
const mid = () => (cached ??= buildStory(generateStory({ entities: 300, relations: 2000 })));

describe("generateStory", () => {
  test("generateStory is deterministic: the same options give the same story, another seed or language another one", () => {
    const a = JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 3 }));
    expect(JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 4 }))).not.toBe(a);
    expect(JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 3, language: "fr" }))).not.toBe(a);
  });

  test("generateStory gives a storygraph/2 story that validates, with the sizes asked: a fifth of the claims events by default", () => {
    const story = mid();
    expect(story.format).toBe("storygraph/2");
    expect(story.entities).toHaveLength(300);
    expect(story.relations).toHaveLength(2000);
    expect(story.events).toHaveLength(500);
    expect(buildStory(generateStory({ entities: 20, relations: 30, events: 70 })).events).toHaveLength(70);
    expect(buildStory(generateStory({ entities: 20, relations: 30, events: 0 })).events).toHaveLength(0);
  });

  test("generateStory uses every relation kind of the news core, and the story's own kinds", () => {
    const story = mid();
    const kinds = new Set(story.relations.map((r) => r.kind));
    for (const k of CORE_RELATION_KINDS) expect(kinds, k).toContain(k);
    expect(kinds).toContain("advises");
    expect(story.entities.some((e) => e.kind === "fund")).toBe(true);
    expect(story.events.some((e) => e.kind === "funding-round")).toBe(true);
    expect(generateStory({ entities: 20, relations: 10 }).vocabulary).toEqual(OWN_VOCABULARY);
    expect(new Set(story.entities.map((e) => e.kind))).toEqual(new Set(["person", "organization", "fund", "place", "product", "field", "group"]));
  });

  test("generateStory's events have two or three participants in roles of their kind, some of them events, and terminations are about a partnership", () => {
    const story = mid();
    expect(new Set(story.events.map((e) => e.kind)).size).toBeGreaterThanOrEqual(12);
    for (const e of story.events) {
      expect(e.participants.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.participants.length, e.id).toBeLessThanOrEqual(3);
    }
    expect(story.events.some((e) => e.participants.length === 3)).toBe(true);
    expect(story.events.some((e) => e.participants.some((p) => p.type === "event"))).toBe(true);
    const relations = new Map(story.relations.map((r) => [r.id, r]));
    const ends = story.events.filter((e) => e.kind === "termination" || e.kind === "strain");
    expect(ends.length).toBeGreaterThan(0);
    for (const e of ends) {
      expect(e.about).toHaveLength(1);
      const partnership = relations.get(e.about[0]!)!;
      expect(partnership.kind).toBe("partnered");
      expect(e.participants.map((p) => p.id).sort()).toEqual([partnership.source, partnership.target].sort());
    }
  });

  test("generateStory's citations vary in factuality and name sources in or before their sentence", () => {
    const citations = claimsOf(mid()).flatMap((c) => c.citations);
    for (const certainty of CERTAINTIES) expect(citations.some((c) => c.factuality.certainty === certainty), certainty).toBe(true);
    expect(citations.filter((c) => c.factuality.polarity === "negative").length).toBeGreaterThan(50);
    const story = mid();
    const sentences = new Map(story.sentences.map((s) => [s.id, s.text]));
    const reported = citations.filter((c) => c.sources.length > 1);
    expect(reported.length / citations.length).toBeGreaterThan(0.15);
    expect(reported.some((c) => c.sources.some((s) => s.kind === "source" && s.entity !== undefined))).toBe(true);
    expect(reported.some((c) => c.sources.length === 3)).toBe(true);
    const named = (c: (typeof citations)[number]) => c.sources.every((s) => s.kind === "author" || sentences.get(c.sentence)!.includes(s.name));
    expect(reported.some(named), "some sources stand in the cited sentence").toBe(true);
    expect(reported.some((c) => !named(c)), "some stand before it only").toBe(true);
    expect(citations.every((c) => c.sources[0]!.kind === "author" && c.sources[0]!.name === "Synthetic Desk")).toBe(true);
  });

  test("generateStory's qualifiers are stated by the quoted words, or marked inferred", () => {
    const story = mid();
    let grounded = 0;
    let inferred = 0;
    for (const c of claimsOf(story)) {
      const dates = c.citations.flatMap((x) => findDates(x.quote, "en").map((d) => d.value));
      const amounts = c.citations.flatMap((x) => findAmounts(x.quote, "en"));
      for (const name of TIME_QUALIFIERS) {
        const q = c[name];
        if (!q) continue;
        if (q.inferred !== undefined) inferred++;
        else {
          expect(dates.some((d) => d === q.value || d.startsWith(q.value + "-")), `${c.id}.${name} ${q.value} in ${c.citations[0]!.quote}`).toBe(true);
          grounded++;
        }
      }
      if (c.amount) {
        if (c.amount.inferred !== undefined) inferred++;
        else {
          expect(amounts.some((a) => a.value === c.amount!.value && a.currency === c.amount!.currency), `${c.id}.amount`).toBe(true);
          grounded++;
        }
      }
    }
    expect(grounded).toBeGreaterThan(1000);
    expect(inferred).toBeGreaterThan(20);
    expect(inferred / grounded).toBeLessThan(0.1);
    const timed = claimsOf(story);
    for (const name of TIME_QUALIFIERS) expect(timed.some((c) => c[name] !== undefined), name).toBe(true);
    expect(story.relations.some((r) => r.start && r.end)).toBe(true);
    expect(new Set(timed.flatMap((c) => TIME_QUALIFIERS.map((n) => c[n]?.precision)).filter(Boolean))).toEqual(new Set(["year", "month", "day"]));
  });

  test("generateStory's citations quote their sentences: each quote stands at its offsets, inside its cited sentence", () => {
    const input = generateStory({ entities: 30, relations: 500, seed: 9 });
    const story = buildStory(input);
    const sentences = new Map(story.sentences.map((s) => [s.id, s]));
    const inputs = [...input.relations, ...(input.events ?? [])];
    let citations = 0;
    claimsOf(story).forEach((c, i) =>
      c.citations.forEach((x, j) => {
        citations++;
        expect(story.article.text.slice(x.start, x.end)).toBe(inputs[i]!.citations[j]!.quote);
        expect(sentences.get(x.sentence)!.text.includes(x.quote)).toBe(true);
        expect(x.sentence).toBe(inputs[i]!.citations[j]!.sentence);
      }),
    );
    expect(citations).toBeGreaterThan(625);
    expect(story.relations.some((r) => r.citations.length > 1)).toBe(true);
    expect(story.events.some((e) => e.citations.length > 1)).toBe(true);
    expect(story.noClaims.length).toBeGreaterThan(1);
  });

  test("generateStory writes French stories that validate, their dates and amounts read in French", () => {
    const story = buildStory(generateStory({ entities: 120, relations: 800, language: "fr" }));
    expect(story.article.language).toBe("fr");
    expect(story.article.text).toContain("Selon des sources proches du dossier, ");
    expect(story.relations.some((r) => r.amount && r.amount.inferred === undefined && /millions? (d’euros|de dollars)/.test(r.citations[0]!.quote))).toBe(true);
    expect(story.events.some((e) => e.pointInTime?.precision === "day" && /\ble \d/.test(e.citations[0]!.quote))).toBe(true);
  });

  test("generateStory's compact stories validate, use every core relation kind, and keep a 10k/50k story under the 10 MiB story file limit", () => {
    const story = buildStory(generateStory({ entities: 100, relations: 1000, compact: true }));
    expect(story.relations).toHaveLength(1000);
    expect(story.events).toHaveLength(0);
    expect(new Set(story.relations.map((r) => r.kind))).toEqual(new Set(CORE_RELATION_KINDS));
    const text = JSON.stringify(generateStory({ entities: 10_000, relations: 50_000, compact: true }));
    expect(new TextEncoder().encode(text).length).toBeLessThan(10 * 1024 * 1024);
    expect(parseStoryJson(text).relations).toHaveLength(50_000);
  });

  test("generateStory with wikidata gives entity number i the synthetic id Q900000000+i whatever the seed, and changes nothing else", () => {
    const plain = generateStory({ entities: 30, relations: 100, seed: 2 });
    const a = generateStory({ entities: 30, relations: 100, seed: 2, wikidata: true });
    const b = generateStory({ entities: 30, relations: 100, seed: 9, wikidata: true });
    expect(a.entities.map((e) => e.wikidata)).toEqual(a.entities.map((_, i) => syntheticWikidata(i)));
    expect(b.entities.map((e) => [e.id, e.label, e.wikidata])).toEqual(a.entities.map((e) => [e.id, e.label, e.wikidata]));
    expect(a.entities.map(({ wikidata: _w, ...rest }) => rest)).toEqual(plain.entities);
    expect(a.relations).toEqual(plain.relations);
    expect(buildStory(a).entities[3]!.wikidata).toBe("Q900000003");
  });

  test("generateStory refuses fewer than 8 entities, negative counts and an unknown language", () => {
    expect(() => generateStory({ entities: 7, relations: 10 })).toThrow(RangeError);
    expect(() => generateStory({ entities: 10, relations: -1 })).toThrow(RangeError);
    expect(() => generateStory({ entities: 10, relations: 1, events: -1 })).toThrow(RangeError);
    expect(() => generateStory({ entities: 10, relations: 1, language: "de" as "en" })).toThrow(RangeError);
  });
});

describe("splitClaims", () => {
  test("splitClaims makes a fifth of the claims events", () => {
    expect(splitClaims(1000)).toEqual({ relations: 800, events: 200 });
    expect(splitClaims(100_000)).toEqual({ relations: 80_000, events: 20_000 });
    expect(splitClaims(3)).toEqual({ relations: 2, events: 1 });
  });
});

describe("generateStoryModel", () => {
  test("generateStoryModel equals buildStory(generateStory(options)) for several sizes, seeds, languages and modes", () => {
    for (const o of [
      { entities: 8, relations: 0 },
      { entities: 8, relations: 60, seed: 2 },
      { entities: 120, relations: 3000, seed: 5 },
      { entities: 40, relations: 100, events: 300, seed: 6 },
      { entities: 60, relations: 600, language: "fr" as const },
      { entities: 50, relations: 500, compact: true },
      { entities: 50, relations: 100, events: 50, compact: true },
      { entities: 40, relations: 200, seed: 7, wikidata: true },
    ]) {
      expect(generateStoryModel(o), JSON.stringify(o)).toEqual(buildStory(generateStory(o)));
    }
  });
});

describe("prng", () => {
  test("prng repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = prng(7);
    const b = prng(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("benchCorpusParts", () => {
  test("benchCorpusParts(claims, partStories): the parts' N-Quads are the whole corpus's, story for story (entities are their Wikidata IRIs)", () => {
    const parts = [...benchCorpusParts(2_000, 2)];
    expect(parts.map((p) => p.members.map((m) => m.key))).toEqual([["s1", "s2"], ["s3", "s4"]]);
    const [whole] = [...benchCorpusParts(2_000, 4)];
    const nquads = (c: Corpus) => [...writeCorpusRdf(c, "nquads")].join("");
    const fromParts = parts.map(nquads).join("");
    expect(fromParts.length).toBeGreaterThan(1_000_000);
    expect(fromParts).toBe(nquads(whole!));
    expect(whole!.entities.length).toBeLessThan(whole!.members.reduce((n, m) => n + m.story.entities.length, 0));
  });
});
