// The default story's data: the article is the published text, every citation quotes it exactly,
// and every sentence is cited or explained.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ARTICLE_TEXT } from "../src/data/article.ts";
import { ENTITIES } from "../src/data/entities.ts";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { RELATION_RULES, isAllowedRelation } from "../src/graph/kinds.ts";
import { sentenceCoverage } from "../src/graph/queries/timeline.ts";

const SEED_SHA256 = "75a9910d0c34483f9c5fdd84206aeb9b6ae3b0d91d2247672aa81d71a9163af9";
const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

describe("article", () => {
  test("article.fr.txt is byte-for-byte the seed (SHA-256)", () => {
    expect(sha256(readFileSync(new URL("../src/data/article.fr.txt", import.meta.url)))).toBe(SEED_SHA256);
  });
  test("ARTICLE_TEXT encodes to the same bytes as the seed", () => {
    expect(sha256(Buffer.from(ARTICLE_TEXT, "utf8"))).toBe(SEED_SHA256);
  });
  test("ARTICLE_TEXT uses typographic apostrophes only", () => {
    expect(ARTICLE_TEXT).toContain("’");
    expect(ARTICLE_TEXT).not.toContain("'");
  });
});

describe("defaultStory", () => {
  const story = defaultStory();

  test("defaultStory segments 13 sentences s1…s13 whose offsets slice the text", () => {
    expect(story.sentences.map((s) => s.id)).toEqual(Array.from({ length: 13 }, (_, i) => `s${i + 1}`));
    for (const s of story.sentences) {
      expect(story.article.text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
    }
    expect(story.sentences[3]!.text.startsWith("OpenAI, fondée en 2015")).toBe(true);
  });

  test("defaultStory: every citation's quote equals the article text at its offsets", () => {
    let count = 0;
    for (const r of story.relations) {
      for (const c of r.citations) {
        count++;
        expect(story.article.text.slice(c.start, c.end)).toBe(c.quote);
        const sentence = story.sentences.find((s) => s.id === c.sentence)!;
        expect(sentence.text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.quote);
        expect(c.start).toBe(sentence.start + c.sentenceStart);
        expect(c.gloss.length).toBeGreaterThan(10);
      }
    }
    expect(count).toBe(19);
  });

  test("defaultStory covers 13/13 sentences: each cited or noted as holding no claim", () => {
    const coverage = sentenceCoverage(story);
    const uncovered = coverage.filter((c) => c.citations === 0 && c.noClaim === undefined).map((c) => c.sentence.id);
    expect(uncovered).toEqual([]);
    expect(coverage).toHaveLength(13);
    for (const c of coverage) expect(c.citations > 0 !== (c.noClaim !== undefined)).toBe(true);
  });

  test("defaultStory has the four named entities with their Wikidata ids", () => {
    const wikidata = Object.fromEntries(story.entities.map((e) => [e.id, e.wikidata]));
    expect(wikidata).toMatchObject({ microsoft: "Q2283", openai: "Q21708200", "elon-musk": "Q317521", "sam-altman": "Q7407093" });
  });

  test("defaultStory aliases hold the article's descriptive mentions", () => {
    const aliases = (id: string) => story.entities.find((e) => e.id === id)!.aliases;
    expect(aliases("microsoft")).toContain("le géant de l’informatique");
    expect(aliases("openai")).toContain("l’entreprise spécialisée en intelligence artificielle");
    expect(aliases("microsoft")).toContain("les deux entreprises");
    expect(aliases("openai")).toContain("les deux entreprises");
    for (const e of ENTITIES) for (const a of e.aliases) expect(ARTICLE_TEXT.includes(a) || /^[A-Za-z ]+$/.test(a)).toBe(true);
  });

  test("defaultStory relations respect their kind's domain and range", () => {
    const kindOf = new Map(story.entities.map((e) => [e.id, e.kind]));
    for (const r of story.relations) expect(isAllowedRelation(r.kind, kindOf.get(r.source)!, kindOf.get(r.target)!)).toBe(true);
    expect(new Set(story.relations.map((r) => r.kind))).toEqual(new Set(Object.keys(RELATION_RULES)));
  });

  test("defaultStory has the 2019 tranche and the 13 billion total, as separate parallel edges", () => {
    const invested = story.relations.filter((r) => r.kind === "invested");
    expect(invested.map((r) => [r.amount?.value, r.amount?.currency, r.amount?.scope, r.date?.value])).toEqual([
      [1_000_000_000, "USD", "tranche", "2019-07"],
      [13_000_000_000, "USD", "total", undefined],
    ]);
    expect(invested.every((r) => r.source === "microsoft" && r.target === "openai")).toBe(true);
  });

  test("defaultStory partnership carries each modality where the article uses it", () => {
    const p = story.relations.find((r) => r.kind === "partnered")!;
    const bySentence = Object.fromEntries(p.citations.map((c) => [c.sentence, c.modality]));
    expect(bySentence).toEqual({ s1: "hedged", s2: "asserted", s3: "reported", s8: "hypothetical", s11: "hypothetical", s12: "hedged" });
    const s3 = p.citations.find((c) => c.sentence === "s3")!;
    expect(s3.attribution).toEqual({ kind: "source", name: "des sources proches du dossier" });
    expect(p.date).toMatchObject({ value: "2019-07", precision: "month", start: "2019-07-01", end: "2019-07-31" });
  });

  test("defaultStory founding is dated 2015 at year precision, by Musk and Altman", () => {
    const founded = story.relations.filter((r) => r.kind === "founded");
    expect(founded.map((r) => r.source).sort()).toEqual(["elon-musk", "sam-altman"]);
    for (const r of founded) expect(r.date).toMatchObject({ value: "2015", precision: "year" });
  });

  test("defaultStory is frozen", () => {
    expect(Object.isFrozen(story)).toBe(true);
    expect(Object.isFrozen(story.relations[0]!.citations[0])).toBe(true);
  });

  test("defaultStoryInput returns a fresh copy each call", () => {
    const a = defaultStoryInput();
    a.entities.pop();
    expect(defaultStoryInput().entities).toHaveLength(story.entities.length);
  });
});
