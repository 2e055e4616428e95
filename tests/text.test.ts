// segmentSentences, foldName, foldWithMap, isWordChar.
import { describe, expect, test } from "vitest";
import { foldName, foldWithMap, isWordChar, segmentSentences } from "../src/graph/text.ts";

describe("segmentSentences", () => {
  test("segmentSentences trims sentences and keeps their UTF-16 offsets", () => {
    const text = "  Hello world. Voilà l’été 🌞 ici.\n\nLast one?  ";
    const s = segmentSentences(text, "fr");
    expect(s.map((x) => x.text)).toEqual(["Hello world.", "Voilà l’été 🌞 ici.", "Last one?"]);
    expect(s.map((x) => x.id)).toEqual(["s1", "s2", "s3"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  test("segmentSentences returns nothing for blank text", () => {
    expect(segmentSentences(" \n\t", "en")).toEqual([]);
  });
  test("segmentSentences throws RangeError for an invalid language tag", () => {
    expect(() => segmentSentences("x.", "not a tag!")).toThrow(RangeError);
  });
});

describe("foldName", () => {
  test("foldName ignores case, accents, apostrophe style and spacing", () => {
    expect(foldName("Le  Géant de l’Informatique")).toBe(foldName("le geant de l'informatique"));
    expect(foldName("ÉLAN")).toBe("elan");
  });
});

describe("foldWithMap", () => {
  test("foldWithMap maps folded offsets back to the original text", () => {
    const text = "Géant l’IA 🌞 Ça";
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe("geant l'ia 🌞 ca");
    const i = folded.indexOf("l'ia");
    expect(text.slice(map[i]!, map[i + 4]!)).toBe("l’IA");
    expect(map[folded.length]).toBe(text.length);
  });
});

describe("isWordChar", () => {
  test("isWordChar is true for letters and digits of any script", () => {
    expect(["a", "é", "9", "ж"].every(isWordChar)).toBe(true);
    expect([" ", "’", ".", undefined].some(isWordChar)).toBe(false);
  });
});
