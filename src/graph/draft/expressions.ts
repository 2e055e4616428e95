/**
 * The date and amount expressions of each sentence, read by the parser that grounds qualifiers
 * (src/graph/expressions/: `findDates`, `findAmounts`), sentence by sentence as grounding reads
 * each quote, with offsets moved from the sentence to the article text.
 */
import { findAmounts, findDates } from "../expressions/index.ts";
import type { AmountSuggestion, DateSuggestion } from "../input/suggestions-schema.ts";
import type { Sentence } from "../model.ts";
import { segmentSentences } from "../text.ts";
import { draftLanguage, type DraftLanguage } from "./language.ts";

/** The dates and amounts one sentence writes. */
export interface SentenceExpressions {
  /** Sentence id (`s1` …), as the story loader numbers them. */
  readonly sentence: string;
  /** Offsets in the article text (UTF-16 code units), normalised values at the precision written. */
  readonly dates: readonly DateSuggestion[];
  readonly amounts: readonly AmountSuggestion[];
}

/**
 * The date and amount expressions of each sentence of `text`, normalised by the qualifier parser.
 *
 * @param text - the article text (LF line ends).
 * @param lang - `fr` or `en`.
 * @returns one entry per sentence, in order; each date `{text, start, end, value, precision}` and
 *   amount `{text, start, end, value, currency}` with offsets in `text`.
 * @throws {InvalidArgumentError} when `lang` is not `fr` or `en`.
 */
export function sentenceExpressions(text: string, lang: string): SentenceExpressions[] {
  const language = draftLanguage("sentenceExpressions", lang);
  return expressionsOfSentences(segmentSentences(text, language), language);
}

/** `sentenceExpressions` over sentences already segmented (draftStory segments once). */
export function expressionsOfSentences(sentences: readonly Sentence[], language: DraftLanguage): SentenceExpressions[] {
  return sentences.map((s) => ({
    sentence: s.id,
    dates: findDates(s.text, language).map((d) => ({ text: d.text, start: s.start + d.start, end: s.start + d.end, value: d.value, precision: d.precision })),
    amounts: findAmounts(s.text, language).map((a) => ({ text: a.text, start: s.start + a.start, end: s.start + a.end, value: a.value, currency: a.currency })),
  }));
}
