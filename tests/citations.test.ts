// Citations: modalitiesOf derives the display words from factuality and sources; toLF and sentenceById.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { modalitiesOf, sentenceById, toLF } from "../src/graph/input/citations.ts";

describe("modalitiesOf", () => {
  test("modalitiesOf gives asserted only to certain, positive words of the author", () => {
    expect(modalitiesOf({ polarity: "positive", certainty: "certain" }, false)).toEqual(["asserted"]);
    expect(modalitiesOf({ polarity: "positive", certainty: "certain" }, true)).toEqual(["reported"]);
    expect(modalitiesOf({ polarity: "positive", certainty: "probable" }, false)).toEqual(["hedged"]);
    expect(modalitiesOf({ polarity: "positive", certainty: "possible" }, true)).toEqual(["reported", "hypothetical"]);
    expect(modalitiesOf({ polarity: "positive", certainty: "unknown" }, false)).toEqual(["hypothetical"]);
    expect(modalitiesOf({ polarity: "negative", certainty: "certain" }, false)).toEqual(["negated"]);
    expect(modalitiesOf({ polarity: "negative", certainty: "probable" }, true)).toEqual(["hedged", "reported", "negated"]);
  });
});

describe("CitationAnchor (through the default story)", () => {
  test("CitationAnchor shares one source chain and one factuality object among citations that have the same", () => {
    const story = defaultStory();
    const author = story.relations.flatMap((r) => r.citations).filter((c) => c.sources.length === 1);
    expect(new Set(author.map((c) => c.sources)).size).toBe(1);
    const certain = author.filter((c) => c.factuality.certainty === "certain");
    expect(new Set(certain.map((c) => c.factuality)).size).toBe(1);
    expect(Object.isFrozen(certain[0]!.sources[0])).toBe(true);
  });
});

describe("toLF", () => {
  test("toLF turns CRLF and lone CR into LF and leaves other text as is", () => {
    expect(toLF("a\r\nb\rc\nd")).toBe("a\nb\nc\nd");
    const s = "no line end";
    expect(toLF(s)).toBe(s);
  });
});

describe("sentenceById", () => {
  test("sentenceById finds s1…sN by position and nothing else", () => {
    const { sentences } = defaultStory();
    expect(sentenceById(sentences, "s4")!.index).toBe(3);
    expect(sentenceById(sentences, "s14")).toBeUndefined();
    expect(sentenceById(sentences, "s0")).toBeUndefined();
  });
});
