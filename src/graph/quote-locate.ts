/**
 * `locateQuote`: where a quote stands in a story's article, said the way an author needs it to
 * write a citation (sentence id, offsets, whether the match is exact or only folded, whether the
 * loader would find it ambiguous and which `occurrence` picks it). Behind `storygraph anchor`.
 */
import { allIndexesOf, findQuote, type QuoteMatch } from "./anchor.ts";
import { InvalidArgumentError, NotFoundError } from "./errors.ts";
import type { Story } from "./model.ts";
import type { CitationInput } from "./input/schema.ts";

/** One place the quote stands. */
export interface QuoteLocation {
  /** The sentence holding the whole match, or `null` when it runs across sentences. */
  readonly sentence: string | null;
  /** Sentence ids the match touches (one, or several for a match across sentences). */
  readonly sentences: readonly string[];
  /** Offsets in the article (UTF-16 code units, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** `exact`: the article has these very characters; `folded`: only ignoring case, accents, apostrophes and spacing. */
  readonly match: "exact" | "folded";
  /** The article's own text at the match (differs from the quote for a folded match). */
  readonly text: string;
  /** True when the article's text at this match stands more than once in its sentence: a citation needs `occurrence`. */
  readonly ambiguous: boolean;
  /** 1-based occurrence of `text` in its sentence, as a citation's `occurrence` counts it (null across sentences). */
  readonly occurrence: number | null;
}

/** Options of `locateQuote`. */
export interface LocateQuoteOptions {
  /** Only matches inside this sentence id (`s3`). */
  readonly sentence?: string;
}

/** The citation an author can paste for a match inside one sentence (null for a match across sentences). */
export function citationFor(location: QuoteLocation): Pick<CitationInput, "sentence" | "quote" | "occurrence"> | null {
  if (location.sentence === null || location.occurrence === null) return null;
  return {
    sentence: location.sentence,
    quote: location.text,
    ...(location.ambiguous && { occurrence: location.occurrence }),
  };
}

/**
 * Every place `quote` stands in the story's article: exact matches, or folded ones when there is
 * no exact match, in article order.
 *
 * @throws {InvalidArgumentError} when the quote is empty.
 * @throws {NotFoundError} when `options.sentence` is not a sentence of the article.
 */
export function locateQuote(story: Story, quote: string, options: LocateQuoteOptions = {}): QuoteLocation[] {
  const fn = "locateQuote";
  if (!quote) throw new InvalidArgumentError(fn, "quote", "must not be empty");
  const sentenceById = new Map(story.sentences.map((s) => [s.id, s]));
  if (options.sentence !== undefined && !sentenceById.has(options.sentence)) {
    throw new NotFoundError(fn, "sentence", options.sentence, `the article has s1…s${story.sentences.length}`);
  }
  const text = story.article.text;
  const search = findQuote(text, story.sentences, quote);
  const kind = search.exact.length > 0 ? "exact" : "folded";
  const matches: readonly QuoteMatch[] = kind === "exact" ? search.exact : search.folded;
  const located = matches.map((m): QuoteLocation => {
    const matched = text.slice(m.start, m.end);
    const touched = story.sentences.filter((s) => s.start < m.end && m.start < s.end).map((s) => s.id);
    const sentence = m.sentence === null ? undefined : sentenceById.get(m.sentence);
    let occurrence: number | null = null;
    let ambiguous = false;
    if (sentence) {
      const hits = allIndexesOf(sentence.text, matched);
      occurrence = hits.indexOf(m.start - sentence.start) + 1;
      ambiguous = hits.length > 1;
    }
    return { sentence: m.sentence, sentences: touched, start: m.start, end: m.end, match: kind, text: matched, ambiguous, occurrence };
  });
  return options.sentence === undefined ? located : located.filter((l) => l.sentence === options.sentence);
}
