// What a selection lights up (src/viewer/state/focus.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { EMPTY_FOCUS, focusOf } from "../src/viewer/state/focus.ts";

const story = defaultStory();

describe("focusOf", () => {
  test("focusOf a relation marks each quote on its exact range and both ends", () => {
    const f = focusOf(story, { type: "relation", id: "microsoft-partnered-openai" });
    expect([...f.nodes].sort()).toEqual(["microsoft", "openai"]);
    expect([...f.edges]).toEqual(["microsoft-partnered-openai"]);
    expect(f.quotes).toHaveLength(6);
    for (const q of f.quotes) expect(story.article.text.slice(q.citation.start, q.citation.end)).toBe(q.citation.quote);
    expect(f.quotes.map((q) => q.citation.start)).toEqual([...f.quotes.map((q) => q.citation.start)].sort((a, b) => a - b));
    expect(f.scrollTo).toBe("s1");
  });
  test("focusOf a sentence lights up the relations it supports and their ends", () => {
    const f = focusOf(story, { type: "sentence", id: "s4" });
    expect([...f.edges].sort()).toEqual(["elon-musk-founded-openai", "openai-pursues-ai", "sam-altman-founded-openai"]);
    expect([...f.nodes].sort()).toEqual(["artificial-intelligence", "elon-musk", "openai", "sam-altman"]);
    expect(f.quotes.every((q) => q.citation.sentence === "s4")).toBe(true);
    expect([...f.sentences]).toEqual(["s4"]);
  });
  test("focusOf a no-claim sentence lights up only the sentence", () => {
    const f = focusOf(story, { type: "sentence", id: "s10" });
    expect(f.edges.size).toBe(0);
    expect([...f.sentences]).toEqual(["s10"]);
  });
  test("focusOf an entity lights up its relations, neighbours and mentions", () => {
    const f = focusOf(story, { type: "entity", id: "elon-musk" });
    expect([...f.edges]).toEqual(["elon-musk-founded-openai"]);
    expect([...f.nodes].sort()).toEqual(["elon-musk", "openai"]);
    expect([...f.mentions]).toEqual(["elon-musk"]);
  });
  test("focusOf nothing or an unknown id is empty", () => {
    expect(focusOf(story, null)).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "relation", id: "nope" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "entity", id: "nope" })).toBe(EMPTY_FOCUS);
    expect(focusOf(story, { type: "sentence", id: "s99" })).toBe(EMPTY_FOCUS);
  });
});
