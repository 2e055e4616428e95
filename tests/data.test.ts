// The default story's data: the article is the published text, every citation quotes it exactly,
// and every sentence is cited or explained.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ARTICLE_TEXT } from "../src/data/article.ts";
import { ENTITIES } from "../src/data/entities.ts";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { findAmounts, findDates } from "../src/graph/expressions/index.ts";
import { queryClaims } from "../src/graph/queries/claims.ts";
import { sentenceCoverage } from "../src/graph/queries/timeline.ts";
import { TIME_QUALIFIERS } from "../src/graph/values.ts";
import { NEWS_CORE_VOCABULARY, vocabularyIndex } from "../src/graph/vocabulary/resolve.ts";

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
    for (const claim of [...story.relations, ...story.events]) {
      for (const c of claim.citations) {
        count++;
        expect(story.article.text.slice(c.start, c.end)).toBe(c.quote);
        const sentence = story.sentences.find((s) => s.id === c.sentence)!;
        expect(sentence.text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.quote);
        expect(c.start).toBe(sentence.start + c.sentenceStart);
        expect(c.gloss.length).toBeGreaterThan(10);
      }
    }
    expect(count).toBe(23);
  });

  test("defaultStory covers 13/13 sentences: each cited or noted as holding no claim", () => {
    const coverage = sentenceCoverage(story);
    const uncovered = coverage.filter((c) => c.citations === 0 && c.noClaim === undefined).map((c) => c.sentence.id);
    expect(uncovered).toEqual([]);
    expect(coverage).toHaveLength(13);
    for (const c of coverage) expect(c.citations > 0 !== (c.noClaim !== undefined)).toBe(true);
    expect(coverage.filter((c) => c.noClaim !== undefined).map((c) => c.sentence.id)).toEqual(["s10", "s13"]);
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

  test("defaultStory uses only news core kinds, each relation within its kind's domain and range", () => {
    expect(story.vocabulary).toBe(NEWS_CORE_VOCABULARY);
    const v = vocabularyIndex(story.vocabulary);
    const kindOf = new Map(story.entities.map((e) => [e.id, e.kind]));
    for (const r of story.relations) {
      const rule = v.relationKinds.get(r.kind)!;
      expect(v.isA(kindOf.get(r.source)!, rule.domain) && v.isA(kindOf.get(r.target)!, rule.range)).toBe(true);
    }
  });

  test("defaultStory: the partnership's existence is its own claim, certain in every citation (defect: one edge carried its trouble and possible end)", () => {
    const p = story.relations.find((r) => r.id === "microsoft-partnered-openai")!;
    expect(p.citations.map((c) => [c.sentence, c.factuality.certainty, c.sources.length])).toEqual([
      ["s2", "certain", 1],
      ["s1", "certain", 1],
      ["s12", "certain", 1],
    ]);
    expect(p.modalities).toEqual(["asserted"]);
    // its trouble and its possible end are events about it, each with its own factuality
    const about = story.events.filter((e) => e.about.includes(p.id)).map((e) => [e.id, e.modalities.join("/")]);
    expect(about).toEqual([
      ["partnership-strain", "hedged"],
      ["partnership-break-up", "reported/hypothetical"],
    ]);
    expect(queryClaims(story, { modality: "hypothetical" }).map((c) => c.id)).not.toContain(p.id);
  });

  test("defaultStory: the partnership was announced in July 2019 and holds on, so a query from 2020 finds it (defect: 2019-07 was its whole period)", () => {
    const p = story.relations.find((r) => r.id === "microsoft-partnered-openai")!;
    expect(p.announced).toMatchObject({ value: "2019-07", precision: "month" });
    expect(p.start).toBeUndefined();
    expect(p.period).toEqual({ from: "2019-07-01", to: null, ongoing: true });
    expect(queryClaims(story, { from: "2020" }).map((c) => c.id)).toEqual(["microsoft-partnered-openai"]);
    expect(queryClaims(story, { at: "2018" }).map((c) => c.id)).toEqual([]);
  });

  test("defaultStory: OpenAI's founding is an event at a point in time, 2015, with both founders", () => {
    const f = story.events.find((e) => e.id === "openai-founding")!;
    expect(f.pointInTime).toMatchObject({ value: "2015", precision: "year", first: "2015-01-01", last: "2015-12-31" });
    expect(f.participants.map((x) => `${x.role}:${x.id}`)).toEqual(["founded:openai", "founder:elon-musk", "founder:sam-altman"]);
  });

  test("defaultStory: s3's possible end is reported by the sources and possible (defect: one label could not carry both)", () => {
    const end = story.events.find((e) => e.id === "partnership-break-up")!;
    const s3 = end.citations.find((c) => c.sentence === "s3")!;
    expect(s3.quote).toBe("leur collaboration pourrait prendre fin");
    expect(s3.factuality).toEqual({ polarity: "positive", certainty: "possible" });
    expect(s3.sources).toEqual([{ kind: "author" }, { kind: "source", name: "des sources proches du dossier" }]);
    expect(s3.modalities).toEqual(["reported", "hypothetical"]);
    // the conditionals' antecedents are entertained, not asserted: unknown
    expect(end.citations.filter((c) => c.factuality.certainty === "unknown").map((c) => c.sentence)).toEqual(["s9", "s11"]);
  });

  test("defaultStory: the 2019 investment and the 13 billion stake are separate claims, each amount stated by its quote", () => {
    const investment = story.events.find((e) => e.id === "microsoft-investment-2019")!;
    expect(investment.amount).toEqual({ value: 1_000_000_000, currency: "USD", scope: "tranche" });
    expect(investment.participants.map((x) => `${x.role}:${x.id}`)).toEqual(["investor:microsoft", "recipient:openai"]);
    const stake = story.relations.find((r) => r.id === "microsoft-invested-openai-13bn")!;
    expect(stake.amount).toEqual({ value: 13_000_000_000, currency: "USD", scope: "total" });
  });

  test("defaultStory: every qualifier is stated by one of its claim's quotes (none is inferred)", () => {
    let checked = 0;
    for (const claim of [...story.relations, ...story.events]) {
      const dates = claim.citations.flatMap((c) => findDates(c.quote, "fr").map((d) => d.value));
      const amounts = claim.citations.flatMap((c) => findAmounts(c.quote, "fr").map((a) => `${a.value} ${a.currency}`));
      for (const name of TIME_QUALIFIERS) {
        const q = claim[name];
        if (!q) continue;
        checked++;
        expect(q.inferred).toBeUndefined();
        expect(dates.some((d) => d === q.value || d.startsWith(q.value + "-")), `${claim.id}.${name}`).toBe(true);
      }
      if (claim.amount) {
        checked++;
        expect(claim.amount.inferred).toBeUndefined();
        expect(amounts).toContain(`${claim.amount.value} ${claim.amount.currency}`);
      }
    }
    expect(checked).toBe(5);
  });

  test("defaultStory: the consequences of a break-up are an event caused by the break-up event", () => {
    const impact = story.events.find((e) => e.id === "break-up-consequences")!;
    expect(impact.participants[0]).toEqual({ role: "cause", id: "partnership-break-up", type: "event" });
    expect(impact.citations.every((c) => c.factuality.certainty === "possible")).toBe(true);
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
