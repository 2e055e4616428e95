/**
 * Anchoring quotes: find where an author's quote stands in the article, so nobody types offsets.
 *
 * Matching is exact (UTF-16 code units, no folding): a citation must be the article's own words.
 * When the exact quote is missing, `findQuote` still says where a folded match (other apostrophe,
 * accents or spacing) stands, so the error can tell the author what to fix.
 */
import type { Sentence } from "./model.ts";
import { foldWithMap } from "./text.ts";

/** Every start offset of `needle` in `haystack` (overlapping matches included). */
export function allIndexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** One place a quote stands in the article. */
export interface QuoteMatch {
  /** The sentence holding the whole quote, or `null` when the match crosses a sentence boundary. */
  readonly sentence: string | null;
  readonly start: number;
  readonly end: number;
}

/** Where a quote stands in an article: exact matches, and folded ones when there is no exact one. */
export interface QuoteSearch {
  readonly exact: readonly QuoteMatch[];
  /** Matches ignoring case, accents, apostrophe style and spacing; only filled when `exact` is empty. */
  readonly folded: readonly QuoteMatch[];
}

function sentenceOf(sentences: readonly Sentence[], start: number, end: number): string | null {
  // binary search for the sentence starting at or before `start`
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= start) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && s.start <= start && end <= s.end ? s.id : null;
}

/**
 * Find every place `quote` stands in `text` (sentences from `segmentSentences(text)`).
 *
 * @param foldedText - `foldWithMap(text)`, when the caller searches one text for many quotes:
 *   folding costs far more than a search, and was done again for every quote.
 */
export function findQuote(text: string, sentences: readonly Sentence[], quote: string, foldedText?: { readonly folded: string; readonly map: readonly number[] }): QuoteSearch {
  const exact = allIndexesOf(text, quote).map((start) => {
    const end = start + quote.length;
    return { sentence: sentenceOf(sentences, start, end), start, end };
  });
  if (exact.length > 0) return { exact, folded: [] };
  const hay = foldedText ?? foldWithMap(text);
  const needle = foldWithMap(quote).folded;
  const folded = allIndexesOf(hay.folded, needle).map((fStart) => {
    const start = hay.map[fStart]!;
    const end = hay.map[fStart + needle.length]!;
    return { sentence: sentenceOf(sentences, start, end), start, end };
  });
  return { exact, folded };
}
