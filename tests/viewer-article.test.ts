// Cutting a sentence at mention and quote boundaries (src/viewer/panels/article.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { mentions } from "../src/graph/queries/mentions.ts";
import { focusOf } from "../src/viewer/state/focus.ts";
import { segmentSentence } from "../src/viewer/panels/article.ts";

const story = defaultStory();

describe("segmentSentence", () => {
  test("segmentSentence covers the sentence exactly, in order, with the quote on its exact range", () => {
    const s8 = story.sentences.find((s) => s.id === "s8")!;
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
    const s8 = story.sentences.find((s) => s.id === "s8")!;
    const quotes = focusOf(story, { type: "sentence", id: "s8" }).quotes;
    const segs = segmentSentence(s8, [], quotes);
    expect(segs.some((g) => g.quotes.length > 1)).toBe(true);
  });
  test("segmentSentence attaches mentions to their segments", () => {
    const s2 = story.sentences.find((s) => s.id === "s2")!;
    const segs = segmentSentence(s2, mentions(story).filter((m) => m.sentence === "s2"), []);
    const named = segs.filter((g) => g.mention).map((g) => s2.text.slice(g.start, g.end));
    expect(named).toContain("Microsoft");
    expect(named).toContain("OpenAI");
  });
});
