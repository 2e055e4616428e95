// anchorSelection and sentenceTokens (src/graph/edit/selection.ts).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { anchorSelection, sentenceTokens } from "../src/graph/edit/selection.ts";
import { CrossSentenceSelectionError, EmptySelectionError } from "../src/graph/edit/errors.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { segmentSentences } from "../src/graph/text.ts";

const text = "Apple bought Beta’s start-up. Beta’s founder left Apple, then Apple grew.";
const sentences = segmentSentences(text, "en");

describe("sentenceTokens", () => {
  test("sentenceTokens(sentence) gives words (apostrophes and hyphens inside) and punctuation runs, with article offsets", () => {
    const tokens = sentenceTokens(sentences[1]!);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Beta’s", "founder", "left", "Apple", ",", "then", "Apple", "grew", "."]);
    expect(tokens.map((t) => t.word)).toEqual([true, true, true, true, false, true, true, true, false]);
  });
  test("sentenceTokens keeps combining marks with their letter and a surrogate pair whole", () => {
    const t2 = "Cafe\u0301 😀 ok.";
    const [s] = segmentSentences(t2, "en");
    expect(sentenceTokens(s!).map((t) => t2.slice(t.start, t.end))).toEqual(["Cafe\u0301", "😀", "ok", "."]);
  });
});

describe("anchorSelection", () => {
  test("anchorSelection(text, sentences, start, end) snaps a cut word outwards and gives the quote and offsets", () => {
    const from = text.indexOf("ught");
    const to = text.indexOf("Beta") + 2;
    const a = anchorSelection(text, sentences, from, to);
    expect(a).toMatchObject({ sentence: "s1", quote: "bought Beta’s", occurrence: 1, ambiguous: false });
    expect(text.slice(a.start, a.end)).toBe(a.quote);
  });
  test("anchorSelection takes either end first and trims the spaces around the words", () => {
    const start = text.indexOf("left") - 1;
    const end = text.indexOf("left") + 5;
    expect(anchorSelection(text, sentences, end, start).quote).toBe("left");
  });
  test("anchorSelection says which occurrence of repeated words in the sentence was selected", () => {
    const second = text.lastIndexOf("Apple");
    const a = anchorSelection(text, sentences, second, second + 5);
    expect(a).toMatchObject({ sentence: "s2", quote: "Apple", occurrence: 2, ambiguous: true, start: second });
  });
  test("anchorSelection refuses a selection across sentences, naming them", () => {
    const start = text.indexOf("start-up");
    const end = text.indexOf("founder");
    const e = (() => {
      try {
        anchorSelection(text, sentences, start, end);
      } catch (error) {
        return error;
      }
    })();
    expect(e).toBeInstanceOf(CrossSentenceSelectionError);
    expect((e as CrossSentenceSelectionError).sentences).toEqual(["s1", "s2"]);
    expect((e as Error).message).toMatch(/^anchorSelection: /);
  });
  test("anchorSelection counts a selection that only reaches the space after a sentence as inside it", () => {
    const end = sentences[0]!.end + 1; // the space between s1 and s2
    expect(anchorSelection(text, sentences, text.indexOf("start-up"), end).quote).toBe("start-up.");
  });
  test("anchorSelection refuses a selection of spaces only, or an empty one", () => {
    const gap = sentences[0]!.end;
    expect(() => anchorSelection(text, sentences, gap, gap + 1)).toThrow(EmptySelectionError);
    expect(() => anchorSelection(text, sentences, 3, 3)).toThrow(EmptySelectionError);
  });
  test("anchorSelection gives every quote of the English fixture's citations its loader offsets", () => {
    const story = parseStoryJson(readFileSync("tests/fixtures/english-story.json"));
    const own = segmentSentences(story.article.text, story.article.language);
    for (const claim of [...story.relations, ...story.events]) {
      for (const c of claim.citations) {
        const a = anchorSelection(story.article.text, own, c.start, c.end);
        expect({ sentence: a.sentence, start: a.start, end: a.end, quote: a.quote }).toEqual({ sentence: c.sentence, start: c.start, end: c.end, quote: c.quote });
      }
    }
  });
});
