// segmentSentences, foldName, foldWithMap, isWordChar.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { foldName, foldWithMap, isWordChar, segmentSentences, segmentWindows } from "../src/graph/text.ts";

describe("segmentSentences", () => {
  test("segmentSentences trims sentences and keeps their UTF-16 offsets", () => {
    const text = "  Hello world. Voilà l’été 🌞 ici.\n\nLast one?  ";
    const s = segmentSentences(text, "fr");
    expect(s.map((x) => x.text)).toEqual(["Hello world.", "Voilà l’été 🌞 ici.", "Last one?"]);
    expect(s.map((x) => x.id)).toEqual(["s1", "s2", "s3"]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  test("segmentSentences trims exactly what String.prototype.trim trims (every Unicode space, BOM, line separators)", () => {
    const spaces = "\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\t\v\f\r\n ";
    const text = `${spaces}One sentence here.${spaces}Two\u200bsentences there.${spaces}\u0085Three.${spaces}`;
    const raw = [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)];
    const expected = raw
      .filter((s) => s.segment.trim() !== "")
      .map((s) => {
        const start = s.index + s.segment.length - s.segment.trimStart().length;
        return { text: s.segment.trim(), start, end: start + s.segment.trim().length };
      });
    const got = segmentSentences(text, "en");
    expect(got.map(({ text, start, end }) => ({ text, start, end }))).toEqual(expected);
    for (const s of got) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(got.some((s) => s.text.includes("\u200b"))).toBe(true); // zero-width space is not white space
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
  test("foldWithMap folds runs of white space to one space and still maps back", () => {
    const text = "a  \n b";
    const { folded, map } = foldWithMap(text);
    expect(folded).toBe("a b");
    expect(text.slice(map[0]!, map[3]!)).toBe(text);
  });
});

/** foldWithMap as it was before its ASCII fast path: folds each character through Unicode normalisation. */
function foldWithMapReference(text: string): { folded: string; map: number[] } {
  let folded = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const f = ch
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/[\u2019\u2018\u02bc\u02b9\u00b4\u0060\u2032]/g, "'")
      .toLowerCase()
      .replace(/\s/g, " ");
    i += ch.length;
    if (f === " " && folded.endsWith(" ")) continue;
    for (let k = 0; k < f.length; k++) map.push(i - ch.length);
    folded += f;
  }
  map.push(text.length);
  return { folded, map };
}

describe("foldWithMap (reference)", () => {
  test("foldWithMap equals the per-character Unicode fold on arbitrary text (ASCII fast path)", () => {
    const pieces = fc.constantFrom("A", "z", "É", "é", "e\u0301", "`", "\u2019", "'", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "İ", "ß", "한", "😀", "\ud800", "\u0301", "1", ".", "\u007f", "\u0000", "Ǆ", "ﬁ");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme" }), fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join("");
        expect(foldWithMap(text)).toEqual(foldWithMapReference(text));
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe("isWordChar", () => {
  test("isWordChar is true for letters and digits of any script", () => {
    expect(["a", "é", "9", "ж"].every(isWordChar)).toBe(true);
    expect([" ", "’", ".", undefined].some(isWordChar)).toBe(false);
  });
});

describe("segmentWindows", () => {
  test("segmentWindows gives the same sentences as one Intl.Segmenter pass, whatever the window", async () => {
    const { ARTICLE_TEXT } = await import("../src/data/article.ts");
    const { generateStory } = await import("../bench/generate.ts");
    const texts: [string, string][] = [
      [ARTICLE_TEXT, "fr"],
      [generateStory({ entities: 20, relations: 300 }).article.text, "en"],
      ["Mr. Smith went to Washington. He said: “No.” Then… he left!  Really? Yes.\n\nU.S. troops e.g. here. 3.5 percent.", "en"],
    ];
    for (const [text, lang] of texts) {
      const single = [...new Intl.Segmenter(lang, { granularity: "sentence" }).segment(text)].map((s) => [s.index, s.segment]);
      for (const window of [64, 200, 1000, 8192]) {
        expect([...segmentWindows(text, lang, window)].map((s) => [s.index, s.segment])).toEqual(single);
      }
    }
  });
  test("segmentWindows widens the window for a sentence longer than it", () => {
    const long = "word ".repeat(500) + "end. Next one.";
    expect([...segmentWindows(long, "en", 100)].map((s) => s.segment.trim())).toEqual(["word ".repeat(500) + "end.", "Next one."]);
  });
});
