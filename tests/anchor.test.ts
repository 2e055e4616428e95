// findQuote and allIndexesOf.
import { describe, expect, test } from "vitest";
import { allIndexesOf, findQuote } from "../src/graph/anchor.ts";
import { segmentSentences } from "../src/graph/text.ts";

const text = "Apple bought Beta. Beta’s founder left Apple. Apple grew.";
const sentences = segmentSentences(text, "en");

describe("allIndexesOf", () => {
  test("allIndexesOf finds overlapping matches and nothing for an empty needle", () => {
    expect(allIndexesOf("aaa", "aa")).toEqual([0, 1]);
    expect(allIndexesOf("abc", "")).toEqual([]);
  });
});

describe("findQuote", () => {
  test("findQuote gives every exact match with its sentence", () => {
    const r = findQuote(text, sentences, "Apple");
    expect(r.exact.map((m) => m.sentence)).toEqual(["s1", "s2", "s3"]);
    for (const m of r.exact) expect(text.slice(m.start, m.end)).toBe("Apple");
    expect(r.folded).toEqual([]);
  });
  test("findQuote marks a match across sentences with a null sentence", () => {
    expect(findQuote(text, sentences, "Beta. Beta").exact).toEqual([{ sentence: null, start: 13, end: 23 }]);
  });
  test("findQuote falls back to folded matches with the original range", () => {
    const r = findQuote(text, sentences, "beta's FOUNDER");
    expect(r.exact).toEqual([]);
    expect(r.folded.map((m) => text.slice(m.start, m.end))).toEqual(["Beta’s founder"]);
  });
});
