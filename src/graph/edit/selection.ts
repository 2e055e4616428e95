/**
 * Anchoring a selection of the article: the words a user selected (article offsets, UTF-16 code
 * units like every offset of the model) snapped to whole words and checked to stand in one
 * sentence, with the quote and the `occurrence` the loader needs when the words stand more than
 * once in their sentence. Sentences are the loader's (`segmentSentences`), occurrences counted as
 * the loader counts them (`allIndexesOf`, anchor.ts), so a citation made here always loads.
 */
import { allIndexesOf } from "../anchor.ts";
import type { Sentence } from "../model.ts";
import { CrossSentenceSelectionError, EmptySelectionError } from "./errors.ts";

/** One token of a sentence: a word, or a run of punctuation; the spaces between are not tokens. */
export interface Token {
  /** Article offsets (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
}

/** Where selected words stand: what a citation needs to be anchored exactly. */
export interface SelectionAnchor {
  readonly sentence: string;
  /** Article offsets of the quote (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** `article.text.slice(start, end)`. */
  readonly quote: string;
  /** 1-based occurrence of the quote in its sentence, as a citation's `occurrence` counts it. */
  readonly occurrence: number;
  /** True when the quote stands more than once in its sentence (the citation then needs `occurrence`). */
  readonly ambiguous: boolean;
}

// A word: letters, digits and marks, joined by an apostrophe or a hyphen ("city's", "start-up");
// anything else that is not a space is punctuation, one token per run (marks kept with it).
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’\-‐][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]+\p{M}*|\p{M}+/gu;

/**
 * The tokens of one sentence, in order, with article offsets.
 *
 * @param sentence - a sentence of the article (`segmentSentences`).
 */
export function sentenceTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  for (const m of sentence.text.matchAll(TOKEN)) {
    const start = sentence.start + m.index;
    tokens.push({ start, end: start + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0]) });
  }
  return tokens;
}

/** Index of the first sentence that ends after `offset` (sentences are in article order). */
function firstSentenceAfter(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Anchor a selection: snap `start…end` outwards to whole tokens (a word cut by the selection is
 * taken whole), and check that the tokens stand in one sentence.
 *
 * @param text - the article text (line ends normalised to LF, as the loader reads it).
 * @param sentences - `segmentSentences(text, language)`.
 * @param start - article offset where the selection starts (either end first).
 * @param end - article offset where the selection ends.
 * @returns the sentence, offsets, quote and occurrence of the selected words.
 * @throws {EmptySelectionError} when the selection is empty or holds no token.
 * @throws {CrossSentenceSelectionError} when the selected tokens stand in more than one sentence.
 */
export function anchorSelection(text: string, sentences: readonly Sentence[], start: number, end: number): SelectionAnchor {
  const fn = "anchorSelection";
  const from = Math.max(0, Math.min(start, end));
  const to = Math.min(text.length, Math.max(start, end));
  if (from === to) throw new EmptySelectionError(fn, from, to);
  let first: Token | undefined;
  let last: Token | undefined;
  const touched: Sentence[] = [];
  for (let i = firstSentenceAfter(sentences, from); i < sentences.length && sentences[i]!.start < to; i++) {
    const s = sentences[i]!;
    const hit = sentenceTokens(s).filter((t) => t.start < to && from < t.end);
    if (hit.length === 0) continue;
    touched.push(s);
    first ??= hit[0];
    last = hit[hit.length - 1];
  }
  if (!first || !last) throw new EmptySelectionError(fn, from, to);
  if (touched.length > 1) throw new CrossSentenceSelectionError(fn, from, to, touched.map((s) => s.id));
  const sentence = touched[0]!;
  const quote = text.slice(first.start, last.end);
  const hits = allIndexesOf(sentence.text, quote);
  return {
    sentence: sentence.id,
    start: first.start,
    end: last.end,
    quote,
    occurrence: hits.indexOf(first.start - sentence.start) + 1,
    ambiguous: hits.length > 1,
  };
}
