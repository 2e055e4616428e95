// locateQuote / citationFor: where a quote stands, said as an author needs it for a citation.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import { citationFor, locateQuote } from "../src/graph/quote-locate.ts";
import { buildStory } from "../src/graph/input/validate.ts";

const story = defaultStory();
const text = story.article.text;

describe("locateQuote", () => {
  test("locateQuote finds a unique exact quote with its sentence and offsets", () => {
    const quote = "En juillet 2019, Microsoft annonçait";
    const [m, ...rest] = locateQuote(story, quote);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ sentence: "s2", sentences: ["s2"], match: "exact", ambiguous: false, occurrence: 1, text: quote });
    expect(text.slice(m!.start, m!.end)).toBe(quote);
  });

  test("locateQuote marks a quote repeated in its sentence as ambiguous, numbering occurrences like the loader", () => {
    const matches = locateQuote(story, " de ", { sentence: "s1" });
    expect(matches.length).toBeGreaterThan(1);
    expect(matches.every((m) => m.ambiguous && m.sentence === "s1")).toBe(true);
    expect(matches.map((m) => m.occurrence)).toEqual(matches.map((_, i) => i + 1));
    const third = citationFor(matches[2]!)!;
    expect(third).toEqual({ sentence: "s1", quote: " de ", occurrence: 3 });
    // the citation it suggests loads, at the same place
    const built = buildStory({
      article: story.article,
      entities: [
        { id: "a", kind: "organization", label: "A" },
        { id: "b", kind: "organization", label: "B" },
      ],
      relations: [{ id: "r", kind: "partnered", source: "a", target: "b", citations: [{ ...third, modality: "asserted", gloss: "x" }] }],
    });
    expect(built.relations[0]!.citations[0]!.start).toBe(matches[2]!.start);
  });

  test("locateQuote falls back to folded matches and shows the article's own words", () => {
    const [m] = locateQuote(story, "LE GEANT DE L'INFORMATIQUE");
    expect(m!.match).toBe("folded");
    expect(m!.text).toBe(text.slice(m!.start, m!.end));
    expect(m!.text.toLowerCase()).toBe("le géant de l’informatique");
    expect(citationFor(m!)).toEqual({ sentence: m!.sentence, quote: m!.text });
  });

  test("locateQuote reports a match across sentences with the sentences it touches", () => {
    const s1 = story.sentences[0]!;
    const quote = text.slice(s1.end - 12, s1.end + 10);
    const [m] = locateQuote(story, quote);
    expect(m).toMatchObject({ sentence: null, sentences: ["s1", "s2"], ambiguous: false, occurrence: null });
    expect(citationFor(m!)).toBeNull();
  });

  test("locateQuote returns nothing for words the article does not have", () => {
    expect(locateQuote(story, "Google")).toEqual([]);
  });

  test("locateQuote keeps only the matches in the sentence asked for", () => {
    const all = locateQuote(story, "Microsoft");
    const inS2 = locateQuote(story, "Microsoft", { sentence: "s2" });
    expect(all.length).toBeGreaterThan(inS2.length);
    expect(inS2.length).toBeGreaterThan(0);
    expect(inS2.every((m) => m.sentence === "s2")).toBe(true);
  });

  test("locateQuote rejects an empty quote and an unknown sentence", () => {
    expect(() => locateQuote(story, "")).toThrow(InvalidArgumentError);
    expect(() => locateQuote(story, "Microsoft", { sentence: "s99" })).toThrow(NotFoundError);
  });
});
