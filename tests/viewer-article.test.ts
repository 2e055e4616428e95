// Cutting a sentence at mention and quote boundaries, and which quotes carry a badge (src/viewer/panels/article.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { factualityPhrase } from "../src/graph/describe.ts";
import { mentions } from "../src/graph/queries/mentions.ts";
import { focusOf } from "../src/viewer/state/focus.ts";
import { badgeQuotes, segmentSentence } from "../src/viewer/panels/article.ts";

const story = defaultStory();
const sentence = (id: string) => story.sentences.find((s) => s.id === id)!;

describe("segmentSentence", () => {
  test("segmentSentence covers the sentence exactly, in order, with the quote on its exact range", () => {
    const s8 = sentence("s8");
    const quotes = focusOf(story, { type: "sentence", id: "s8" }).quotes;
    const segs = segmentSentence(s8, mentions(story).filter((m) => m.sentence === "s8"), quotes);
    expect(segs.map((g) => s8.text.slice(g.start, g.end)).join("")).toBe(s8.text);
    for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
    quotes.forEach((q, k) => {
      const covered = segs.filter((g) => g.quotes.includes(k)).map((g) => s8.text.slice(g.start, g.end)).join("");
      expect(covered).toBe(q.citation.quote);
    });
  });
  test("segmentSentence marks overlapping quotes on the shared part", () => {
    const quotes = focusOf(story, { type: "sentence", id: "s8" }).quotes;
    const segs = segmentSentence(sentence("s8"), [], quotes);
    expect(segs.some((g) => g.quotes.length > 1)).toBe(true);
  });
  test("segmentSentence attaches mentions to their segments", () => {
    const s2 = sentence("s2");
    const segs = segmentSentence(s2, mentions(story).filter((m) => m.sentence === "s2"), []);
    const named = segs.filter((g) => g.mention).map((g) => s2.text.slice(g.start, g.end));
    expect(named).toContain("Microsoft");
    expect(named).toContain("OpenAI");
  });
});

describe("badgeQuotes", () => {
  test("badgeQuotes gives sentence 4 one 'the author: certain' badge for its two claims (the old double badge)", () => {
    const quotes = focusOf(story, { type: "sentence", id: "s4" }).quotes;
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => factualityPhrase(q.citation))).toEqual(["the author: certain", "the author: certain"]);
    const owners = [...badgeQuotes(quotes)];
    expect(owners).toHaveLength(1);
    // on the quote that ends last
    expect(quotes[owners[0]!]!.citation.sentenceEnd).toBe(Math.max(...quotes.map((q) => q.citation.sentenceEnd)));
  });
  test("badgeQuotes keeps one badge per distinct phrase: sentence 3 has the sources' probable and possible", () => {
    const quotes = focusOf(story, { type: "sentence", id: "s3" }).quotes;
    const phrases = [...badgeQuotes(quotes)].map((k) => factualityPhrase(quotes[k]!.citation)).sort();
    expect(phrases).toEqual(["according to des sources proches du dossier: possible", "according to des sources proches du dossier: probable"]);
  });
});
