/**
 * The validated story model: what `buildStory` returns and every query, export and view reads.
 *
 * Offsets: every `start`/`end` in storygraph counts **UTF-16 code units** (JavaScript string
 * indices), from the start of the article text, `end` exclusive: `article.text.slice(start, end)`
 * is the quote. Sentence-relative offsets are named `sentenceStart`/`sentenceEnd`.
 *
 * All objects are plain, frozen data: no graphology internals leak through this model.
 */
import type { AmountScope, DatePrecision, EntityKind, Modality, RelationKind } from "./kinds.ts";

export interface Article {
  readonly text: string;
  /** BCP 47 tag, used for sentence segmentation. */
  readonly language: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly author?: string;
}

export interface Sentence {
  /** `s1` for the first sentence. */
  readonly id: string;
  /** 0-based position in the article. */
  readonly index: number;
  /** The trimmed sentence text: `article.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface Entity {
  readonly id: string;
  readonly kind: EntityKind;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly wikidata?: string;
  readonly description?: string;
}

/** A date qualifier kept at its precision; `start`/`end` are the first and last day it covers. */
export interface DateQualifier {
  /** As written: `2015`, `2019-07` or `2019-07-22`. */
  readonly value: string;
  readonly precision: DatePrecision;
  /** First day covered, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly end: string;
}

export interface Amount {
  readonly value: number;
  /** ISO 4217 code. */
  readonly currency: string;
  readonly scope: AmountScope;
}

/** Who a citation's claim comes from: the article's author, or a source the article names. */
export type Attribution =
  | { readonly kind: "author"; readonly name?: string }
  | { readonly kind: "source"; readonly name: string };

export interface Citation {
  /** Sentence id the quote stands in. */
  readonly sentence: string;
  /** The exact words of the article: `article.text.slice(start, end) === quote`. */
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  /** Offsets of the quote inside its sentence text. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly modality: Modality;
  readonly attribution: Attribution;
  /** One English sentence saying what the quote claims. */
  readonly gloss: string;
}

export interface Relation {
  readonly id: string;
  readonly kind: RelationKind;
  readonly source: string;
  readonly target: string;
  /** True for kinds that read the same both ways (`partnered`): queries match either side. */
  readonly symmetric: boolean;
  readonly date?: DateQualifier;
  readonly amount?: Amount;
  readonly description?: string;
  /** One or more citations, in input order. */
  readonly citations: readonly Citation[];
  /** The distinct modalities of its citations, in the order of `MODALITIES`. */
  readonly modalities: readonly Modality[];
}

export interface NoClaim {
  readonly sentence: string;
  readonly reason: string;
}

/** A validated story: the article, its sentences, and the typed, cited graph. */
export interface Story {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly noClaims: readonly NoClaim[];
}
