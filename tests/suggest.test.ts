// closestName, didYouMean and boundedEditDistance: hints for mistyped names, with bounded work.
import { describe, expect, test } from "vitest";
import { MAX_SUGGEST_LENGTH, boundedEditDistance, closestName, didYouMean } from "../src/graph/suggest.ts";

describe("boundedEditDistance", () => {
  test("boundedEditDistance counts insertions, deletions and substitutions up to its limit", () => {
    expect(boundedEditDistance("founded", "founded", 2)).toBe(0);
    expect(boundedEditDistance("foundd", "founded", 2)).toBe(1);
    expect(boundedEditDistance("fnuoded", "founded", 2)).toBe(2);
    expect(boundedEditDistance("kitten", "sitting", 5)).toBe(3);
    expect(boundedEditDistance("kitten", "sitting", 2)).toBe(3);
    expect(boundedEditDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("closestName", () => {
  test("closestName prefers the same name in another case, then the closest within two edits", () => {
    expect(closestName("Founded", ["founding", "founded"])).toBe("founded");
    expect(closestName("invsted", ["invested", "investment"])).toBe("invested");
    expect(closestName("zzz", ["invested"])).toBeUndefined();
  });

  test("closestName gives no hint for a name longer than MAX_SUGGEST_LENGTH, at once", () => {
    const long = "x".repeat(9_000_000);
    const t = performance.now();
    expect(closestName(long, ["x".repeat(MAX_SUGGEST_LENGTH + 1)])).toBeUndefined();
    expect(performance.now() - t).toBeLessThan(1000);
  });
});

describe("didYouMean", () => {
  test("didYouMean formats the hint or gives nothing", () => {
    expect(didYouMean("persn", ["person", "place"])).toBe(' (did you mean "person"?)');
    expect(didYouMean("qqqq", ["person"])).toBe("");
  });
});
