/**
 * Anchoring a claim's citations: each quote found in its sentence (offsets computed, or checked
 * when given), its factuality and source chain checked, its display words derived.
 *
 * Policies:
 * - a quote is matched exactly (UTF-16 code units) in the sentence it names; when it is not there
 *   the problem says whether it stands in another sentence, runs across a boundary, or differs
 *   only by case, accents, apostrophes or spacing; a quote standing twice needs `occurrence`;
 * - a quote must hold a letter or a digit; one claim may not cite the same words twice;
 * - every named source must stand as whole words in the cited sentence or before it ("Selon les
 *   sources, …" carries over to the next sentence), and a source's `entity` must be an entity of
 *   the story;
 * - line ends: CRLF and lone CR in quotes and source names read as LF, as in the article.
 *
 * The objects citations share are made once per story: the author's chain, each source and chain,
 * the eight factualities and their display words (a story of 100k claims holds as many citations).
 */
import { allIndexesOf, findQuote } from "../anchor.ts";
import {
  AmbiguousQuoteError,
  CrossSentenceQuoteError,
  DuplicateCitationError,
  GraphemeSplitError,
  OffsetMismatchError,
  QuoteNotFoundError,
  SourceError,
  TrivialQuoteError,
  UnknownEntityError,
  UnknownSentenceError,
} from "../errors.ts";
import { describeChar, firstInvisible, isInvisible } from "../characters.ts";
import { GraphemeBoundaries } from "../graphemes.ts";
import type { Citation, Factuality, Sentence, Source } from "../model.ts";
import { foldWithMap, isWordChar } from "../text.ts";
import { MODALITIES, type Certainty, type Modality, type Polarity } from "../values.ts";
import type { ProblemList } from "./problems.ts";
import type { CitationInput } from "./schema.ts";

/** CRLF and lone CR as LF (the line-end policy of every story, however it is loaded). */
export function toLF(value: string): string {
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
}

/**
 * The display words of a citation with this factuality, said by the author alone or reported by
 * named sources (see `MODALITIES`).
 */
export function modalitiesOf(factuality: Factuality, reported: boolean): Modality[] {
  const words = new Set<Modality>();
  if (factuality.certainty === "probable") words.add("hedged");
  if (reported) words.add("reported");
  if (factuality.certainty === "possible" || factuality.certainty === "unknown") words.add("hypothetical");
  if (factuality.polarity === "negative") words.add("negated");
  if (words.size === 0) words.add("asserted");
  return MODALITIES.filter((m) => words.has(m));
}

/** A factuality and its display words (said by the author alone, reported), shared by every citation that has it. */
interface SharedFactuality {
  readonly factuality: Factuality;
  readonly modalities: readonly [readonly Modality[], readonly Modality[]];
}

function sharedFactuality(polarity: Polarity, certainty: Certainty): SharedFactuality {
  const factuality = Object.freeze({ polarity, certainty });
  return { factuality, modalities: [Object.freeze(modalitiesOf(factuality, false)), Object.freeze(modalitiesOf(factuality, true))] };
}

/** The eight factualities, by polarity then certainty (a property lookup per citation: no key string to build). */
const SHARED: Readonly<Record<Polarity, Readonly<Record<Certainty, SharedFactuality>>>> = {
  positive: { certain: sharedFactuality("positive", "certain"), probable: sharedFactuality("positive", "probable"), possible: sharedFactuality("positive", "possible"), unknown: sharedFactuality("positive", "unknown") },
  negative: { certain: sharedFactuality("negative", "certain"), probable: sharedFactuality("negative", "probable"), possible: sharedFactuality("negative", "possible"), unknown: sharedFactuality("negative", "unknown") },
};

/** Sentences by id without a map: ids are `s1`…`sN` in order (a story of 100k claims has as many sentences). */
export function sentenceById(sentences: readonly Sentence[], id: string): Sentence | undefined {
  const s = sentences[Number(id.slice(1)) - 1];
  return s !== undefined && s.id === id ? s : undefined;
}

/**
 * Runs of word characters as `isWordChar` sees them, one UTF-16 code unit at a time (so a letter
 * outside the BMP is not one): the words a whole-word naming is made of.
 */
const WORDS_RE = /(?:(?![\u{10000}-\u{10FFFF}])[\p{L}\p{N}])+/gu;

/** True when `words` stands at `i` in `text` and is not inside a longer word. */
function wholeWordsAt(text: string, words: string, i: number): boolean {
  return !isWordChar(text[i - 1]) && !isWordChar(text[i + words.length]);
}

/** Offset of the first whole-word occurrence of `words` in `text` at or after `from`, or -1. */
function nextWholeWords(text: string, words: string, from: number): number {
  for (let i = text.indexOf(words, from); i !== -1; i = text.indexOf(words, i + 1)) {
    if (wholeWordsAt(text, words, i)) return i;
  }
  return -1;
}

/**
 * Offset of the last whole-word occurrence of `words` in `text` that starts before `end` and at or
 * after `min`, or -1: a source named in the cited sentence (the usual case) is found after a few
 * characters, and the window bounds the work whatever the article.
 */
function lastWholeWordsBefore(text: string, words: string, end: number, min: number): number {
  // searched in the window only (lastIndexOf on the whole text would scan back to its start
  // whenever the words are not there)
  const window = text.slice(min, end - 1 + words.length);
  for (let j = window.lastIndexOf(words); j !== -1; j = j === 0 ? -1 : window.lastIndexOf(words, j - 1)) {
    if (wholeWordsAt(text, words, min + j)) return min + j;
  }
  return -1;
}

/** How far before the cited sentence a source's naming is looked for by the backward search (code units). */
const NEAR_NAMING = 2048;

/** How many code units the diagnosis of missing quotes scans at most in one story (see `CitationAnchor.diagnosisBudget`). */
export const DIAGNOSIS_BUDGET = 64 * 1024 * 1024;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The character (a code point, or a lone surrogate half) that ends just before offset `i`. */
function charBefore(text: string, i: number): string {
  return isLow(text.charCodeAt(i - 1)) && isHigh(text.charCodeAt(i - 2)) ? text.slice(i - 2, i) : text.slice(i - 1, i);
}

/** The character (a code point, or a lone surrogate half) that starts at offset `i`. */
function charAtOffset(text: string, i: number): string {
  return isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)) ? text.slice(i, i + 2) : text.slice(i, i + 1);
}

/** `text` without its invisible characters (see characters.ts), and where each kept code unit stood. */
function withoutInvisible(text: string): { readonly text: string; readonly map: readonly number[] } {
  const map: number[] = [];
  let out = "";
  for (let i = 0; i < text.length; ) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (!isInvisible(ch)) {
      out += ch;
      for (let k = 0; k < ch.length; k++) map.push(i + k);
    }
    i += ch.length;
  }
  return { text: out, map };
}

/**
 * Why a quote is missing when an invisible character makes the difference: `; the quote holds
 * U+200B ZERO WIDTH SPACE at column 6 of the quote, which s2 does not have there`, or `; s2 has
 * U+200B ZERO WIDTH SPACE at column 11 inside the quoted words`; `undefined` when removing
 * invisible characters does not make the quote match.
 */
function invisibleHint(quote: string, sentence: Sentence): string | undefined {
  const inQuote = firstInvisible(quote);
  const inSentence = firstInvisible(sentence.text);
  if (!inQuote && !inSentence) return undefined;
  const q = inQuote ? withoutInvisible(quote).text : quote;
  if (!q) return undefined;
  const s = inSentence ? withoutInvisible(sentence.text) : { text: sentence.text, map: null };
  const k = s.text.indexOf(q);
  if (k === -1) return undefined;
  if (inQuote) return `; the quote holds ${describeChar(inQuote.char)} at column ${inQuote.offset + 1} of the quote, which ${sentence.id} does not have there`;
  const from = s.map![k]!;
  const to = s.map![k + q.length - 1]! + 1;
  const hidden = firstInvisible(sentence.text.slice(from, to))!;
  return `; ${sentence.id} has ${describeChar(hidden.char)} at column ${from + hidden.offset + 1} inside the quoted words`;
}

/** Anchors the citations of one story (one per story: it caches what citations share). */
export class CitationAnchor {
  private readonly sources = new Map<string, Source>();
  private readonly chains = new Map<string, readonly Source[]>();
  private readonly authorChain: readonly Source[];
  /** 1 for each sentence (by index) a citation stands in: which sentences hold a claim. */
  readonly cited: Uint8Array;
  /** The article's grapheme boundaries (made at the first quote). */
  private graphemes: GraphemeBoundaries | null = null;
  /** The article folded for the search of a missing quote (made at the first). */
  private folded: { readonly folded: string; readonly map: readonly number[] } | null = null;
  /**
   * Code units the diagnosis of missing quotes may still scan: each searches the whole article
   * (exact, then folded), so 4,500 missing quotes in a 2 MB file took minutes. Past the budget, a
   * missing quote is reported without saying where else it stands.
   */
  private diagnosisBudget = DIAGNOSIS_BUDGET;
  /** First whole-word namings by source name (see `firstNamed`), and the article's words. */
  private readonly firstNames = new Map<string, number>();
  private words: Set<string> | null = null;

  /**
   * @param text - the article text (LF line ends).
   * @param sentences - its sentences.
   * @param author - the article's author, when known (the first source of every chain).
   * @param isEntity - whether an id names an entity of the story (for sources that name one).
   * @param problems - where problems go.
   */
  constructor(
    private readonly text: string,
    private readonly sentences: readonly Sentence[],
    author: string | undefined,
    private readonly isEntity: (id: string) => boolean,
    private readonly problems: ProblemList,
  ) {
    this.cited = new Uint8Array(sentences.length);
    this.authorChain = Object.freeze([Object.freeze(author !== undefined ? { kind: "author" as const, name: author } : { kind: "author" as const })]);
  }

  /**
   * Anchor the citations of one claim.
   *
   * @param inputs - the claim's citations as written.
   * @param at - the claim's path (`relations[3]`).
   * @returns the anchored citations (those with a problem left out).
   */
  anchorAll(inputs: readonly CitationInput[], at: string): Citation[] {
    const citations: Citation[] = [];
    for (let j = 0; j < inputs.length; j++) {
      const citation = this.anchor(inputs[j]!, at, j);
      if (!citation) continue;
      let twin = -1;
      for (let o = 0; o < citations.length && twin === -1; o++) if (citations[o]!.start === citation.start && citations[o]!.end === citation.end) twin = o;
      if (twin !== -1) {
        this.problems.add(DuplicateCitationError, `${at}.citations[${j}]`, `cites the same words of ${citation.sentence} as citations[${twin}]`);
        continue;
      }
      citations.push(citation);
      this.cited[sentenceById(this.sentences, citation.sentence)!.index] = 1;
    }
    return citations;
  }

  /** The path of citation `index` of the claim at `claimAt` (built only for a problem). */
  private static path(claimAt: string, index: number): string {
    return `${claimAt}.citations[${index}]`;
  }

  private anchor(c: CitationInput, claimAt: string, index: number): Citation | null {
    const problems = this.problems;
    const before = problems.size;
    const quote = toLF(c.quote);
    const sentence = sentenceById(this.sentences, c.sentence);
    const sources = c.sources === undefined || c.sources.length === 0 ? this.authorChain : this.chain(c.sources, sentence, claimAt, index);
    if (!/[\p{L}\p{N}]/u.test(quote)) {
      problems.add(TrivialQuoteError, `${CitationAnchor.path(claimAt, index)}.quote`, `the quote ${JSON.stringify(quote)} holds no word: quote the words that state the claim`);
      return null;
    }
    if (!sentence) {
      problems.add(UnknownSentenceError, `${CitationAnchor.path(claimAt, index)}.sentence`, `the article has no sentence "${c.sentence}" (it has s1…s${this.sentences.length})`);
      return null;
    }
    // the usual case (the quote stands once) without a list of hits: two searches
    const firstHit = sentence.text.indexOf(quote);
    const hits = firstHit === -1 ? [] : c.occurrence !== undefined || sentence.text.indexOf(quote, firstHit + 1) !== -1 ? allIndexesOf(sentence.text, quote) : [firstHit];
    let local: number | undefined;
    if (hits.length === 0) {
      this.diagnoseMissingQuote(quote, sentence, CitationAnchor.path(claimAt, index));
    } else if (c.occurrence !== undefined) {
      local = hits[c.occurrence - 1];
      if (local === undefined) {
        problems.add(QuoteNotFoundError, `${CitationAnchor.path(claimAt, index)}.occurrence`, `occurrence ${c.occurrence} asked, but the quote stands ${hits.length} time(s) in ${c.sentence}`);
      }
    } else if (hits.length > 1) {
      problems.add(AmbiguousQuoteError, `${CitationAnchor.path(claimAt, index)}.quote`, `the quote stands ${hits.length} times in ${c.sentence}; add "occurrence" (1…${hits.length}) or quote more words`);
    } else {
      local = hits[0];
    }
    if (local === undefined) return null;
    const start = sentence.start + local;
    const end = start + quote.length;
    this.checkGraphemes(start, end, `${CitationAnchor.path(claimAt, index)}.quote`);
    if ((c.start !== undefined && c.start !== start) || (c.end !== undefined && c.end !== end)) {
      problems.add(OffsetMismatchError, `${CitationAnchor.path(claimAt, index)}.${c.start !== undefined && c.start !== start ? "start" : "end"}`, `the quote stands at ${start}…${end}, not ${c.start ?? "?"}…${c.end ?? "?"}`);
    }
    if (problems.size > before || sources === null) return null;
    const { factuality, modalities } = SHARED[c.factuality.polarity][c.factuality.certainty];
    return {
      sentence: sentence.id,
      quote,
      start,
      end,
      sentenceStart: local,
      sentenceEnd: local + quote.length,
      factuality,
      sources,
      modalities: modalities[sources.length > 1 ? 1 : 0],
      gloss: c.gloss,
    };
  }

  /**
   * A problem when the quote at `start…end` of the article starts or ends inside a grapheme
   * cluster (see graphemes.ts): it would cut what a reader sees as one character.
   */
  private checkGraphemes(start: number, end: number, path: string): void {
    const g = (this.graphemes ??= new GraphemeBoundaries(this.text));
    const text = this.text;
    for (const [at, which] of [
      [start, "starts"],
      [end, "ends"],
    ] as const) {
      if (g.isBoundary(at)) continue;
      const left = charBefore(text, at);
      const right = charAtOffset(text, at);
      this.problems.add(
        GraphemeSplitError,
        path,
        `the quote ${which} inside a character, between ${describeChar(left)} and ${describeChar(right)} (offset ${at}); quote whole characters`,
      );
      return;
    }
  }

  /** The source chain of a citation with named sources (the author, then them), or `null` after a problem. */
  private chain(inputs: NonNullable<CitationInput["sources"]>, sentence: Sentence | undefined, claimAt: string, index: number): readonly Source[] | null {
    let key = "";
    let ok = true;
    const named: Source[] = [];
    for (let k = 0; k < inputs.length; k++) {
      const s = inputs[k]!;
      const name = toLF(typeof s === "string" ? s : s.name);
      const entity = typeof s === "string" ? undefined : s.entity;
      // (the path is built only for a problem)
      // (an unknown sentence is its own problem: the name is then looked for anywhere)
      const end = sentence ? sentence.end : this.text.length;
      // the nearest naming before the sentence is found by a short backward search when the name
      // stands there (the usual case); otherwise the first naming in the article says it all,
      // found once per name (a search of the whole article for each citation was quadratic)
      const near = sentence ? lastWholeWordsBefore(this.text, name, end, Math.max(0, sentence.start - NEAR_NAMING)) : -1;
      const first = near !== -1 ? near : this.firstNamed(name);
      if (first === -1 || first >= end) {
        const later = sentence && first !== -1 ? first : -1;
        const detail = later === -1 ? `the article never names the source "${name}" (as whole words)` : `the source "${name}" is first named after ${sentence!.id}; it must stand in the cited sentence or before it`;
        const at = `${CitationAnchor.path(claimAt, index)}.sources[${k}]`;
        this.problems.add(SourceError, typeof s === "string" ? at : `${at}.name`, detail);
        ok = false;
      }
      if (entity !== undefined && !this.isEntity(entity)) {
        this.problems.add(UnknownEntityError, `${CitationAnchor.path(claimAt, index)}.sources[${k}].entity`, `unknown entity "${entity}"`);
        ok = false;
      }
      key += `${name}\u0000${entity ?? ""}\u0001`;
      named.push(this.source(name, entity));
    }
    if (!ok) return null;
    let chain = this.chains.get(key);
    if (!chain) this.chains.set(key, (chain = Object.freeze([this.authorChain[0]!, ...named])));
    return chain;
  }

  /**
   * The offset of the first whole-word naming of `name` in the article, or -1 (cached per name).
   * A name one of whose words the article never writes as a whole word is absent without a
   * search: 17,000 sources named nowhere took 23 s in a 9 MB file.
   */
  private firstNamed(name: string): number {
    let first = this.firstNames.get(name);
    if (first !== undefined) return first;
    const words = (this.words ??= new Set(this.text.match(WORDS_RE)));
    const mine = name.match(WORDS_RE);
    first = mine && mine.some((w) => !words.has(w)) ? -1 : nextWholeWords(this.text, name, 0);
    if (this.firstNames.size < 100_000) this.firstNames.set(name, first);
    return first;
  }

  private source(name: string, entity: string | undefined): Source {
    const key = `${name}\u0000${entity ?? ""}`;
    let s = this.sources.get(key);
    if (s === undefined) this.sources.set(key, (s = Object.freeze(entity === undefined ? { kind: "source" as const, name } : { kind: "source" as const, name, entity })));
    return s;
  }

  /** Explain why a quote is not in its sentence: elsewhere, across sentences, or with other typography. */
  private diagnoseMissingQuote(quote: string, sentence: Sentence, at: string): void {
    const sentenceId = sentence.id;
    const path = `${at}.quote`;
    const cost = 2 * this.text.length + sentence.text.length;
    if (this.diagnosisBudget < cost) {
      this.problems.add(QuoteNotFoundError, path, `quote not found in ${sentenceId} (not looked for elsewhere: too many quotes of this story are missing)`);
      return;
    }
    this.diagnosisBudget -= cost;
    const search = findQuote(this.text, this.sentences, quote, (this.folded ??= foldWithMap(this.text)));
    const crossing = search.exact.find((m) => m.sentence === null);
    if (crossing) {
      this.problems.add(CrossSentenceQuoteError, path, `the quote runs across a sentence boundary (at ${crossing.start}…${crossing.end}); cite each sentence separately`);
      return;
    }
    const elsewhere = search.exact.map((m) => m.sentence).filter((s): s is string => s !== null);
    if (elsewhere.length > 0) {
      this.problems.add(QuoteNotFoundError, path, `quote not found in ${sentenceId}; it stands in ${[...new Set(elsewhere)].join(", ")}`);
      return;
    }
    const near = search.folded[0];
    if (near) {
      this.problems.add(
        QuoteNotFoundError,
        path,
        `quote not found in ${sentenceId}; the article has it with other case, accents, apostrophes or spacing: ${JSON.stringify(this.text.slice(near.start, near.end))}`,
      );
      return;
    }
    const invisible = invisibleHint(quote, sentence);
    this.problems.add(QuoteNotFoundError, path, `quote not found in ${sentenceId}${invisible ?? " nor anywhere in the article"}`);
  }
}
