// sentenceCues: factuality cues per sentence, French and English.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sentenceCues } from "../src/graph/draft/index.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";

const FR = readFileSync(new URL("../src/data/article.fr.txt", import.meta.url), "utf8");
const EN: string = JSON.parse(readFileSync(new URL("./fixtures/english-story.json", import.meta.url), "utf8")).article.text;

function cuesIn(text: string, lang: string, sentence: string) {
  const s = sentenceCues(text, lang).find((c) => c.sentence === sentence);
  if (!s) throw new Error(`no sentence ${sentence}`);
  return s.cues.map((c) => ({ kind: c.kind, text: c.text, certainty: c.certainty, polarity: c.polarity, source: c.source }));
}

describe("sentenceCues(text, lang)", () => {
  test("sentenceCues gives one entry per sentence with offsets in the text, each cue's words at its offsets", () => {
    for (const [text, lang] of [[FR, "fr"], [EN, "en"]] as const) {
      const all = sentenceCues(text, lang);
      expect(all.map((s) => s.sentence)).toEqual(all.map((_, i) => `s${i + 1}`));
      for (const s of all)
        for (const c of s.cues) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.start).toBeGreaterThanOrEqual(s.start);
          expect(c.end).toBeLessThanOrEqual(s.end);
        }
    }
  });

  test("sentenceCues reads selon with its source, the reporting conditional and pourrait (default story s3)", () => {
    expect(cuesIn(FR, "fr", "s3")).toEqual([
      { kind: "source", text: "selon", certainty: undefined, polarity: undefined, source: "des sources proches du dossier" },
      { kind: "probable", text: "auraient", certainty: "probable", polarity: undefined, source: undefined },
      { kind: "possible", text: "pourrait", certainty: "possible", polarity: undefined, source: undefined },
    ]);
  });

  test("sentenceCues reads semble, en cas de, si and d’éventuelles; indicative sentences have none", () => {
    expect(cuesIn(FR, "fr", "s1").map((c) => c.text)).toEqual(["semble"]);
    expect(cuesIn(FR, "fr", "s9")[0]).toMatchObject({ kind: "conditional", text: "en cas de", certainty: "unknown" });
    expect(cuesIn(FR, "fr", "s11")[0]).toMatchObject({ kind: "conditional", text: "Si", certainty: "unknown" });
    expect(cuesIn(FR, "fr", "s8").map((c) => c.text)).toEqual(["pourrait", "éventuelles"]);
    expect(cuesIn(FR, "fr", "s2")).toEqual([]);
    expect(cuesIn(FR, "fr", "s4")).toEqual([]);
  });

  test("sentenceCues reads d’après with either apostrophe, and a negation ne … pas", () => {
    for (const ap of ["’", "'"]) {
      const cues = sentenceCues(`D${ap}après le ministère, la société ne paiera pas l${ap}amende.`, "fr")[0]!.cues;
      expect(cues.map((c) => [c.kind, c.source ?? c.polarity])).toEqual([
        ["source", "le ministère"],
        ["negation", "negative"],
      ]);
    }
  });

  test("sentenceCues does not read -rait words that are no conditional, nor si meaning 'so'", () => {
    expect(sentenceCues("Le retrait du portrait est si important.", "fr")[0]!.cues).toEqual([]);
  });

  test("sentenceCues reads according to, seems, if, could, said and declined to (English fixture)", () => {
    expect(cuesIn(EN, "en", "s4")).toEqual([{ kind: "source", text: "According to", certainty: undefined, polarity: undefined, source: "two people familiar with the talks" }]);
    expect(cuesIn(EN, "en", "s5").map((c) => [c.kind, c.certainty])).toEqual([["probable", "probable"]]);
    expect(cuesIn(EN, "en", "s6").map((c) => [c.kind, c.text, c.certainty ?? c.source])).toEqual([
      ["conditional", "If", "unknown"],
      ["possible", "could", "possible"],
      ["source", "said", "Maya Okafor"],
    ]);
    expect(cuesIn(EN, "en", "s7")).toEqual([{ kind: "negation", text: "declined to", certainty: undefined, polarity: "negative", source: undefined }]);
    expect(cuesIn(EN, "en", "s1")).toEqual([]);
  });

  test("sentenceCues reads lower-case may as a possibility and May the month as nothing; reportedly, allegedly, might", () => {
    expect(sentenceCues("In May 2024 the firm grew.", "en")[0]!.cues).toEqual([]);
    const cues = sentenceCues("The firm may sell, reportedly, and allegedly might not pay.", "en")[0]!.cues;
    expect(cues.map((c) => [c.text, c.certainty ?? c.polarity])).toEqual([
      ["may", "possible"],
      ["reportedly", "probable"],
      ["allegedly", "probable"],
      ["might", "possible"],
      ["not", "negative"],
    ]);
  });

  test("sentenceCues throws InvalidArgumentError for a language it does not read", () => {
    expect(() => sentenceCues("Der Text.", "de")).toThrow(InvalidArgumentError);
  });
});
