// GraphemeBoundaries: the grapheme-cluster boundaries of a text, checked against Intl.Segmenter over the whole text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { GraphemeBoundaries } from "../src/graph/graphemes.ts";

/** Every offset of `text` with whether Intl.Segmenter (over the whole text) puts a boundary there. */
function oracle(text: string): boolean[] {
  const out = new Array<boolean>(text.length + 1).fill(false);
  for (const g of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) out[g.index] = true;
  out[text.length] = true;
  return out;
}

const PIECES = ["e\u0301", "\u0301", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69", "\uD83C\uDDEB\uD83C\uDDF7", "\uD83C\uDDEB", "\r\n", "\r", "a", " ", "\u0915\u094D\u0937", "\u1100\u1161", "\uD800", "\uDC00", "\u00E9", "\u200D"];

describe("GraphemeBoundaries", () => {
  test("GraphemeBoundaries.isBoundary agrees with Intl.Segmenter at every offset of arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "binary", maxLength: 3 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const g = new GraphemeBoundaries(text);
        const expected = oracle(text);
        for (let i = 0; i <= text.length; i++) expect([i, g.isBoundary(i)]).toEqual([i, expected[i]]);
      }),
      { numRuns: 300 },
    );
  });

  test("GraphemeBoundaries.isBoundary is exact inside clusters and runs longer than its window (1,000 marks, 300 flags)", () => {
    for (const text of ["x e" + "\u0301".repeat(1000) + " y", "x " + "\uD83C\uDDEB\uD83C\uDDF7".repeat(300) + "\uD83C\uDDEB y"]) {
      const g = new GraphemeBoundaries(text);
      const expected = oracle(text);
      for (let i = 0; i <= text.length; i++) expect([i, g.isBoundary(i)]).toEqual([i, expected[i]]);
    }
  });
});
