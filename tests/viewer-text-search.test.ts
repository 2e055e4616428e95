// Search over the article and the quotes' glosses (src/viewer/state/text-search.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { MIN_TEXT_QUERY, searchText } from "../src/viewer/state/text-search.ts";

const story = defaultStory();

describe("searchText", () => {
  test("searchText finds the article's words insensitive to case, accents and apostrophes, with whole words around", () => {
    const hits = searchText(story, "MILLIARDS");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toEqual({ sentence: "s1", source: "article", before: "…un investissement de 13 ", match: "milliards", after: " de dollars de la part du…" });
    // the snippet is the sentence's own text around the match
    const s1 = story.sentences.find((s) => s.id === "s1")!.text;
    expect(s1).toContain(hits[0]!.before.slice(1) + hits[0]!.match + hits[0]!.after.slice(0, -1));
    expect(searchText(story, "geant").map((h) => h.sentence)).toEqual(["s1", "s6", "s9"]);
    expect(searchText(story, "l'informatique")[0]!.match).toBe("l’informatique");
  });

  test("searchText finds a quote's English gloss and goes to the quote's sentence, one hit per sentence in article order", () => {
    const hits = searchText(story, "break-up");
    expect(hits.map((h) => [h.sentence, h.source])).toEqual([
      ["s8", "gloss"],
      ["s11", "gloss"],
      ["s12", "gloss"],
    ]);
    const indexes = searchText(story, "microsoft").map((h) => story.sentences.find((s) => s.id === h.sentence)!.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
  });

  test("searchText keeps at most `limit` hits and ignores short or unmatched queries", () => {
    expect(searchText(story, "microsoft", 2)).toHaveLength(2);
    expect(searchText(story, "microsoft").length).toBeGreaterThan(2);
    expect(searchText(story, "ia")).toEqual([]);
    expect("ia".length).toBeLessThan(MIN_TEXT_QUERY);
    expect(searchText(story, "   ")).toEqual([]);
    expect(searchText(story, "xyzzy")).toEqual([]);
  });
});
