// mulberry32 and hashString: the deterministic randomness every seeded computation shares.
import { describe, expect, it } from "vitest";
import { hashString, mulberry32 } from "../src/graph/random.ts";

describe("mulberry32", () => {
  it("mulberry32 gives the same sequence for the same seed, another for another seed, in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = Array.from({ length: 50 }, a);
    expect(Array.from({ length: 50 }, b)).toEqual(sa);
    expect(Array.from({ length: 50 }, c)).not.toEqual(sa);
    expect(sa.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe("hashString", () => {
  it("hashString is stable, unsigned 32-bit, and differs for different ids", () => {
    expect(hashString("openai")).toBe(hashString("openai"));
    expect(hashString("openai")).not.toBe(hashString("openai2"));
    expect(hashString("")).toBe(0x811c9dc5);
    expect(Number.isInteger(hashString("x")) && hashString("x") >= 0 && hashString("x") < 2 ** 32).toBe(true);
  });
});
