// tokenize, foldWord, isGap, isAlphanumeric, matchKeys, phraseKeys, forEachLine: the token pass the
// expression readers share.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MAX_KEY_LENGTH, foldWord, forEachLine, isAlphanumeric, isGap, matchKeys, phraseKeys, tokenize } from "../src/graph/expressions/tokens.ts";

const kinds = (text: string) => tokenize(text).map((t) => [t.kind, t.text, t.key]);

describe("tokenize", () => {
  test("tokenize cuts digits, words, spaces and punctuation with their offsets", () => {
    expect(kinds("En 2019, 1,5 Md€")).toEqual([
      ["word", "En", "en"],
      ["space", " ", " "],
      ["digits", "2019", "2019"],
      ["punct", ",", ","],
      ["space", " ", " "],
      ["digits", "1", "1"],
      ["punct", ",", ","],
      ["digits", "5", "5"],
      ["space", " ", " "],
      ["word", "Md", "md"],
      ["punct", "€", "€"],
    ]);
  });
  test("tokenize never puts ASCII digits in a word", () => {
    expect(kinds("s2 A380 1er")).toEqual([
      ["word", "s", "s"],
      ["digits", "2", "2"],
      ["space", " ", " "],
      ["word", "A", "a"],
      ["digits", "380", "380"],
      ["space", " ", " "],
      ["digits", "1", "1"],
      ["word", "er", "er"],
    ]);
  });
  test("tokenize folds words: lower case, no diacritics, compatibility forms decomposed", () => {
    expect(tokenize("Août FÉVRIER 1ᵉʳ nº Złoty mi\u00adlliard e\u0301te\u0301").filter((t) => t.kind === "word").map((t) => t.key)).toEqual([
      "aout", "fevrier", "er", "no", "złoty", "milliard", "ete",
    ]);
  });
  test("tokenize makes every apostrophe punctuation keyed ' and keys the Unicode hyphens -", () => {
    for (const apostrophe of ["'", "’", "‘", "ʼ", "´", "`", "′"]) {
      expect(kinds(`d${apostrophe}euros`)).toEqual([
        ["word", "d", "d"],
        ["punct", apostrophe, "'"],
        ["word", "euros", "euros"],
      ]);
    }
    expect(tokenize("mi‐2021 mi‑2021 2015–2018").filter((t) => t.kind === "punct").map((t) => t.key)).toEqual(["-", "-", "–"]);
  });
  test("tokenize keys white space ' ' without a line break and '\\n' with one", () => {
    expect(tokenize("a \u00a0\u202f b\n c\r\nd\u2028e").filter((t) => t.kind === "space").map((t) => t.key)).toEqual([" ", "\n", "\n", "\n"]);
  });
  test("tokenize gives words longer than MAX_KEY_LENGTH the key ''", () => {
    expect(tokenize("m".repeat(MAX_KEY_LENGTH))[0]!.key).toBe("m".repeat(MAX_KEY_LENGTH));
    expect(tokenize("m".repeat(MAX_KEY_LENGTH + 1))[0]!.key).toBe("");
  });
  test("tokenize keeps astral characters and lone surrogates as single punctuation tokens", () => {
    expect(kinds("a🌞b")).toEqual([
      ["word", "a", "a"],
      ["punct", "🌞", "🌞"],
      ["word", "b", "b"],
    ]);
    expect(tokenize("\ud800x").map((t) => t.kind)).toEqual(["punct", "word"]);
  });
  test("tokenize covers any text exactly, in order, with text.slice(start, end) === token.text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const tokens = tokenize(text);
        let end = 0;
        for (const t of tokens) {
          expect(t.start).toBe(end);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.end).toBeGreaterThan(t.start);
          end = t.end;
        }
        expect(end).toBe(text.length);
      }),
      { numRuns: 500 },
    );
  });
  test("tokenize is linear: a megabyte of one character class is one token", () => {
    const t0 = performance.now();
    expect(tokenize("é".repeat(1 << 20)).length).toBe(1);
    expect(tokenize("9".repeat(1 << 20)).length).toBe(1);
    expect(tokenize(" ".repeat(1 << 20)).length).toBe(1);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("foldWord", () => {
  test("foldWord lower-cases and strips diacritics", () => {
    expect(foldWord("Décembre")).toBe("decembre");
    expect(foldWord("EUROS")).toBe("euros");
    expect(foldWord("Néo")).toBe("neo");
    expect(foldWord("ᵉʳ")).toBe("er");
  });
});

describe("isGap", () => {
  test("isGap is true for white space without a line break only", () => {
    const [a, gap, b, br] = tokenize("a b\nc");
    expect([a, gap, b, br].map(isGap)).toEqual([false, true, false, false]);
    expect(isGap(undefined)).toBe(false);
  });
});

describe("isAlphanumeric", () => {
  test("isAlphanumeric is true for words and digits only", () => {
    expect(tokenize("a1 .").map(isAlphanumeric)).toEqual([true, true, false, false]);
    expect(isAlphanumeric(undefined)).toBe(false);
  });
});

describe("matchKeys", () => {
  test("matchKeys matches folded keys and gaps, and gives the index after the phrase", () => {
    const tokens = tokenize("5 U.S. Dollars");
    expect(matchKeys(tokens, 2, phraseKeys("u.s. dollars"))).toBe(tokens.length);
    expect(matchKeys(tokens, 2, phraseKeys("us dollars"))).toBe(-1);
    expect(matchKeys(tokens, 10, ["x"])).toBe(-1);
  });
});

describe("phraseKeys", () => {
  test("phraseKeys keys a dictionary phrase as tokenize keys text", () => {
    expect(phraseKeys("neo-zelandais")).toEqual(["neo", "-", "zelandais"]);
    expect(phraseKeys("de hong kong")).toEqual(["de", " ", "hong", " ", "kong"]);
  });
});

describe("forEachLine", () => {
  const lines = (text: string) => {
    const out: string[] = [];
    forEachLine(text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };
  test("forEachLine cuts at white-space runs holding a line break, which belong to no line", () => {
    expect(lines("a b \n c\r\n\r\nd")).toEqual(["a b", "c", "d"]);
    expect(lines("")).toEqual([""]);
    expect(lines("\n")).toEqual(["", ""]);
    expect(lines("a\u2028b\u0085c")).toEqual(["a", "b", "c"]);
  });
  test("forEachLine covers the text outside the line-break runs, in order", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", " ", "\n", "\r", "\u00a0", "1"), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const spans: [number, number][] = [];
        forEachLine(text, (start, end) => spans.push([start, end]));
        let last = 0;
        for (const [start, end] of spans) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(/^\s*$/.test(text.slice(last, start))).toBe(true);
          last = end;
        }
        expect(last).toBe(text.length);
      }),
    );
  });
});
