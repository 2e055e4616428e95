// sentenceExpressions: each sentence's dates and amounts, read by the qualifier parser.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sentenceExpressions } from "../src/graph/draft/index.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { findAmounts, findDates } from "../src/graph/expressions/index.ts";
import { segmentSentences } from "../src/graph/text.ts";

const FR = readFileSync(new URL("../src/data/article.fr.txt", import.meta.url), "utf8");

describe("sentenceExpressions(text, lang)", () => {
  test("sentenceExpressions reads each sentence with the qualifier parser, offsets moved to the article", () => {
    const sentences = segmentSentences(FR, "fr");
    const all = sentenceExpressions(FR, "fr");
    all.forEach((e, i) => {
      const s = sentences[i]!;
      expect(e.dates.map((d) => d.value)).toEqual(findDates(s.text, "fr").map((d) => d.value));
      expect(e.amounts.map((a) => [a.value, a.currency])).toEqual(findAmounts(s.text, "fr").map((a) => [a.value, a.currency]));
      for (const x of [...e.dates, ...e.amounts]) expect(FR.slice(x.start, x.end)).toBe(x.text);
    });
    expect(all[1]!.dates.map((d) => [d.text, d.value, d.precision])).toEqual([["juillet 2019", "2019-07", "month"]]);
    expect(all[1]!.amounts.map((a) => [a.text, a.value, a.currency])).toEqual([["1 milliard de dollars", 1_000_000_000, "USD"]]);
  });

  test("sentenceExpressions reads English dates and amounts, and throws InvalidArgumentError for another language", () => {
    const [s1, s2] = sentenceExpressions("On 4 March 2024, Acme raised $13bn. It was founded in 2021.", "en");
    expect(s1!.dates.map((d) => [d.value, d.precision])).toEqual([["2024-03-04", "day"]]);
    expect(s1!.amounts.map((a) => [a.text, a.value, a.currency])).toEqual([["$13bn", 13_000_000_000, "USD"]]);
    expect(s2!.dates.map((d) => [d.text, d.value])).toEqual([["2021", "2021"]]);
    expect(() => sentenceExpressions("Der Text.", "de")).toThrow(InvalidArgumentError);
  });
});
