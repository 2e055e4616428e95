// Cutting an article into paragraphs and blocks for the article pane (src/viewer/models/article-blocks.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import type { Sentence } from "../src/graph/model.ts";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { articleBlocks, DEFAULT_ARTICLE_WINDOW, placeholderHeight, resolveArticleWindow } from "../src/viewer/models/article-blocks.ts";

/** An article of `n` sentences "Sentence k." in paragraphs of `perParagraph` sentences. */
function article(n: number, perParagraph = n): { text: string; sentences: Sentence[] } {
  let text = "";
  const sentences: Sentence[] = [];
  for (let k = 0; k < n; k++) {
    if (k > 0) text += k % perParagraph === 0 ? "\n\n" : " ";
    const s = `Sentence ${k + 1}.`;
    sentences.push({ id: `s${k + 1}`, start: text.length, end: text.length + s.length, text: s } as Sentence);
    text += s;
  }
  return { text, sentences };
}

describe("articleBlocks", () => {
  test("articleBlocks keeps the default story's paragraphs, one block each, all drawn at once", () => {
    const story = defaultStory();
    const cut = articleBlocks(story.article.text, story.sentences);
    const breaks = story.article.text.split(/\n+/).filter((p) => p.trim()).length;
    expect(cut.paragraphs.length).toBe(breaks);
    expect(cut.blocks.length).toBe(cut.paragraphs.length);
    expect(cut.blocks.every((b) => b.eager)).toBe(true);
    expect(cut.blocks.flatMap((b) => b.sentences.map((s) => s.id))).toEqual(story.sentences.map((s) => s.id));
  });
  test("articleBlocks cuts a long paragraph into blocks of at most blockSentences, in order, every sentence once", () => {
    const { text, sentences } = article(1050);
    const cut = articleBlocks(text, sentences, { blockSentences: 100, eagerSentences: 250 });
    expect(cut.paragraphs.length).toBe(1);
    expect(cut.blocks.map((b) => b.sentences.length)).toEqual([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 50]);
    expect(cut.blocks.map((b) => b.index)).toEqual(cut.blocks.map((_, i) => i));
    expect(cut.blocks.flatMap((b) => b.sentences.map((s) => s.id))).toEqual(sentences.map((s) => s.id));
    expect(cut.blockOf.get("s1")).toBe(0);
    expect(cut.blockOf.get("s100")).toBe(0);
    expect(cut.blockOf.get("s101")).toBe(1);
    expect(cut.blockOf.get("s1050")).toBe(10);
  });
  test("articleBlocks draws at once the first whole blocks up to eagerSentences", () => {
    const { text, sentences } = article(1050);
    const cut = articleBlocks(text, sentences, { blockSentences: 100, eagerSentences: 250 });
    // blocks starting before sentence 250: the first three (the third, begun, is drawn whole)
    expect(cut.blocks.filter((b) => b.eager).map((b) => b.index)).toEqual([0, 1, 2]);
  });
  test("articleBlocks never puts two paragraphs' sentences in one block", () => {
    const { text, sentences } = article(30, 7);
    const cut = articleBlocks(text, sentences, { blockSentences: 5 });
    expect(cut.paragraphs.length).toBe(5);
    expect(cut.paragraphs.map((p) => p.map((b) => b.sentences.length))).toEqual([[5, 2], [5, 2], [5, 2], [5, 2], [2]]);
  });
  test("articleBlocks counts each block's characters (a space between sentences included)", () => {
    const { text, sentences } = article(3);
    const [b] = articleBlocks(text, sentences).blocks;
    expect(b!.chars).toBe(sentences.reduce((n, s) => n + s.text.length + 1, 0));
  });
  test("articleBlocks of no sentence has no paragraph", () => {
    expect(articleBlocks("", []).paragraphs).toEqual([]);
  });
});

describe("resolveArticleWindow", () => {
  test("resolveArticleWindow gives the defaults, with overrides", () => {
    expect(resolveArticleWindow()).toEqual(DEFAULT_ARTICLE_WINDOW);
    expect(resolveArticleWindow({ blockSentences: 7 })).toEqual({ ...DEFAULT_ARTICLE_WINDOW, blockSentences: 7 });
  });
  test("resolveArticleWindow rejects an unknown option or a value that is not a positive integer, naming it", () => {
    expect(() => resolveArticleWindow({ blocks: 3 } as never)).toThrow(InvalidArgumentError);
    expect(() => resolveArticleWindow({ blocks: 3 } as never)).toThrow(/resolveArticleWindow.*blocks/);
    for (const bad of [0, -1, 1.5, Number.NaN, "3"]) expect(() => resolveArticleWindow({ blockSentences: bad as never })).toThrow(/blockSentences/);
  });
});

describe("placeholderHeight", () => {
  test("placeholderHeight is the characters times the height per character, rounded, at least 1 px", () => {
    expect(placeholderHeight(1000, 0.25)).toBe(250);
    expect(placeholderHeight(3, 0.1)).toBe(1);
  });
});
