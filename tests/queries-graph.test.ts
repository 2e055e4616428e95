// neighbors, evidence, relationsInSentence, mentions, sentencesMentioning, shortestPath, timeline,
// sentenceCoverage and toGraph on the default story.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { NotFoundError } from "../src/graph/errors.ts";
import { toGraph } from "../src/graph/graph.ts";
import { evidence, relationsInSentence } from "../src/graph/queries/evidence.ts";
import { mentions, sentencesMentioning } from "../src/graph/queries/mentions.ts";
import { neighbors } from "../src/graph/queries/neighbors.ts";
import { shortestPath } from "../src/graph/queries/path.ts";
import { sentenceCoverage, timeline } from "../src/graph/queries/timeline.ts";
import { mutated } from "./helpers/story.ts";

const story = defaultStory();

describe("neighbors", () => {
  test("neighbors lists each adjacent entity once with the relations joining them", () => {
    const n = neighbors(story, "elon-musk");
    expect(n.map((x) => x.entity.id)).toEqual(["openai"]);
    expect(n[0]!.relations.map((r) => [r.relation.kind, r.outgoing])).toEqual([["founded", true]]);
    const openai = neighbors(story, "openai");
    expect(openai.map((x) => x.entity.id).sort()).toEqual(["artificial-intelligence", "elon-musk", "microsoft", "sam-altman"]);
    const ms = openai.find((x) => x.entity.id === "microsoft")!;
    expect(ms.relations.length).toBe(story.relations.filter((r) => [r.source, r.target].sort().join() === "microsoft,openai").length);
  });
  test("neighbors throws NotFoundError for an unknown id", () => {
    expect(() => neighbors(story, "apple")).toThrow(NotFoundError);
  });
});

describe("evidence", () => {
  test("evidence splits each cited sentence around its exact quote", () => {
    const ev = evidence(story, "microsoft-partnered-openai");
    expect(ev.length).toBe(6);
    for (const e of ev) {
      expect(e.before + e.quote + e.after).toBe(e.sentence.text);
      expect(e.quote).toBe(e.citation.quote);
      expect(story.article.text.slice(e.citation.start, e.citation.end)).toBe(e.quote);
    }
    expect(ev[0]!.sentence.id).toBe("s2");
  });
  test("evidence throws NotFoundError for an unknown relation", () => {
    expect(() => evidence(story, "nope")).toThrow(NotFoundError);
  });
});

describe("relationsInSentence", () => {
  test("relationsInSentence lists the relations a sentence supports", () => {
    expect(relationsInSentence(story, "s4").map((r) => r.id)).toEqual(["elon-musk-founded-openai", "sam-altman-founded-openai", "openai-pursues-ai"]);
    expect(relationsInSentence(story, "s10")).toEqual([]);
  });
  test("relationsInSentence is the inverse of the citations", () => {
    for (const s of story.sentences) {
      const expected = story.relations.filter((r) => r.citations.some((c) => c.sentence === s.id)).map((r) => r.id);
      expect(relationsInSentence(story, s.id).map((r) => r.id)).toEqual(expected);
    }
  });
  test("relationsInSentence throws NotFoundError for an unknown sentence", () => {
    expect(() => relationsInSentence(story, "s14")).toThrow(NotFoundError);
  });
});

describe("mentions", () => {
  test("mentions finds labels and descriptive aliases at their exact offsets", () => {
    const ms = mentions(story);
    for (const m of ms) expect(story.article.text.slice(m.start, m.end)).toBe(m.text);
    const s1 = ms.filter((m) => m.sentence === "s1").map((m) => [m.text, m.entities.join()]);
    expect(s1).toContainEqual(["géant de l’informatique", "microsoft"]);
    expect(s1).toContainEqual(["l’entreprise spécialisée en intelligence artificielle", "openai"]);
    expect(ms.find((m) => m.text === "les deux entreprises")!.entities).toEqual(["microsoft", "openai"]);
  });
  test("mentions never overlap and respect word boundaries", () => {
    const ms = mentions(story);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
    // "IA" must not match inside a word such as "spécialisée" or "financer".
    for (const m of ms) expect(/[\p{L}]/u.test(story.article.text[m.start - 1] ?? " ") && /[\p{L}]/u.test(m.text[0]!)).toBe(false);
  });
});

describe("sentencesMentioning", () => {
  test("sentencesMentioning lists the sentences naming an entity", () => {
    expect(sentencesMentioning(story, "sam-altman").map((s) => s.sentence.id)).toEqual(["s4"]);
    const ms = sentencesMentioning(story, "microsoft").map((s) => s.sentence.id);
    expect(ms).toContain("s9"); // "le géant de l’informatique"
    expect(ms).toContain("s3"); // "les deux entreprises"
  });
  test("sentencesMentioning throws NotFoundError for an unknown id", () => {
    expect(() => sentencesMentioning(story, "apple")).toThrow(NotFoundError);
  });
});

describe("shortestPath", () => {
  test("shortestPath joins Musk to Microsoft through OpenAI", () => {
    const path = shortestPath(story, "elon-musk", "microsoft")!;
    expect(path.map((s) => [s.from.id, s.to.id])).toEqual([
      ["elon-musk", "openai"],
      ["openai", "microsoft"],
    ]);
    expect(path[0]!.relations.map((r) => r.kind)).toEqual(["founded"]);
    expect(path[1]!.relations.length).toBeGreaterThan(1);
  });
  test("shortestPath returns [] for the same entity and null when nothing joins them", () => {
    expect(shortestPath(story, "openai", "openai")).toEqual([]);
    const island = buildStory(mutated((s) => s.entities.push({ id: "apple", kind: "organization", label: "Apple" })));
    expect(shortestPath(island, "apple", "openai")).toBeNull();
  });
  test("shortestPath throws NotFoundError for an unknown id", () => {
    expect(() => shortestPath(story, "openai", "apple")).toThrow(NotFoundError);
  });
});

describe("timeline", () => {
  test("timeline sorts dated relations by date and leaves undated ones out", () => {
    const t = timeline(story);
    expect(t.map((r) => r.date!.value)).toEqual(["2015", "2015", "2019-07", "2019-07"]);
    expect(t.length).toBe(story.relations.filter((r) => r.date).length);
  });
});

describe("sentenceCoverage", () => {
  test("sentenceCoverage counts the citations of each sentence", () => {
    const total = sentenceCoverage(story).reduce((n, c) => n + c.citations, 0);
    expect(total).toBe(story.relations.reduce((n, r) => n + r.citations.length, 0));
    expect(sentenceCoverage(story).find((c) => c.sentence.id === "s10")!.noClaim).toMatch(/no relation/);
  });
});

describe("toGraph", () => {
  test("toGraph keeps parallel relations as separate directed edges keyed by relation id", () => {
    const g = toGraph(story);
    expect(g.type).toBe("directed");
    expect(g.multi).toBe(true);
    expect(g.order).toBe(story.entities.length);
    expect(g.size).toBe(story.relations.length);
    expect(g.outEdges("microsoft", "openai").sort()).toEqual(
      story.relations.filter((r) => r.source === "microsoft" && r.target === "openai").map((r) => r.id).sort(),
    );
    expect(g.getEdgeAttribute("microsoft-invested-openai-2019", "amount")).toEqual({ value: 1e9, currency: "USD", scope: "tranche" });
  });
  test("toGraph returns a fresh graph each call", () => {
    const g = toGraph(story);
    g.dropNode("openai");
    expect(toGraph(story).hasNode("openai")).toBe(true);
  });
});
