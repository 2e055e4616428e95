/**
 * The validated story model (storygraph/2): what `buildStory` returns and every query, export and
 * view reads.
 *
 * A story is an article, its sentences, and a typed graph of **entities** (Microsoft, OpenAI),
 * **relations** (lasting states between two entities: a partnership, an investment stake) and
 * **events** (things that happen or may happen, with participants in roles: a founding, a
 * possible break-up), every relation and event a **claim** with its time and amount qualifiers
 * and its **citations**: the exact words of the article that state it, where they stand, how
 * certain they make it and according to whom. Kinds come from the story's vocabulary (the news
 * core and the story's own kinds, vocabulary/).
 *
 * Offsets: every `start`/`end` of a citation or sentence counts **UTF-16 code units** (JavaScript
 * string indices), from the start of the article text, `end` exclusive:
 * `article.text.slice(start, end)` is the quote. Sentence-relative offsets are named
 * `sentenceStart`/`sentenceEnd`.
 *
 * All objects are plain, frozen data: no graphology internals leak through this model.
 */
import type { AmountScope, Certainty, DatePrecision, Modality, Polarity } from "./values.ts";
import type { Vocabulary } from "./vocabulary/types.ts";
import type { Suggestions } from "./input/suggestions-schema.ts";

/** The story file format this model reads and writes. */
export type StoryFormat = "storygraph/2";

/** The article a story is about: its text (LF line ends; every offset counts UTF-16 code units in it), language and what is known of its publication. */
export interface Article {
  readonly text: string;
  /** BCP 47 tag, used for sentence segmentation and for reading dates and amounts. */
  readonly language: string;
  readonly title?: string;
  readonly url?: string;
  /** When the article was published (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): ongoing states hold up to it. */
  readonly published?: string;
  readonly author?: string;
}

/** One sentence of the article, as the loader segments it: its id and where it stands in the text. */
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

/** Someone or something the article names (a person, an organization, a product, …): its kind, label, aliases and optional Wikidata id. */
export interface Entity {
  readonly type: "entity";
  readonly id: string;
  /** An entity kind of the story's vocabulary (`organization`, `person`, …). */
  readonly kind: string;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly wikidata?: string;
  readonly description?: string;
}

/** A date at its precision, with the first and last day it covers (`2019-07` → 2019-07-01…2019-07-31). */
export interface DateValue {
  /** As written: `2015`, `2019-07` or `2019-07-22`. */
  readonly value: string;
  readonly precision: DatePrecision;
  /** First day covered, `YYYY-MM-DD`. */
  readonly first: string;
  /** Last day covered, `YYYY-MM-DD`. */
  readonly last: string;
}

/** A time qualifier of a claim: a date, and the reason when the quotes do not state it. */
export interface TimeQualifier extends DateValue {
  /** Set when the date is the author's reading rather than words of the article: why. */
  readonly inferred?: string;
}

/** An amount a claim states: its value in units of `currency` (an ISO 4217 code), whether it is a tranche or a total, and `inferred` when no quote states it. */
export interface Amount {
  readonly value: number;
  /** ISO 4217 code. */
  readonly currency: string;
  /** One payment (`tranche`) or a cumulative sum (`total`): the annotator's reading, as the kind is. */
  readonly scope?: AmountScope;
  /** Set when the amount is the author's reading rather than words of the article: why. */
  readonly inferred?: string;
}

/**
 * The days a claim holds or happens, derived from its time qualifiers (see `claimPeriod`):
 * `from`/`to` are `YYYY-MM-DD` days, `null` when unbounded (unknown start; an ongoing state of an
 * article without a date). `ongoing` marks a claim with a start and no end, which holds up to the
 * article's date.
 */
export interface Period {
  readonly from: string | null;
  readonly to: string | null;
  readonly ongoing: boolean;
}

/** How certain the cited words make the claim, and whether they say it holds or not. */
export interface Factuality {
  readonly polarity: Polarity;
  readonly certainty: Certainty;
}

/**
 * One link of a source chain: the article's author (always first), then each source the article
 * names, outermost first ("des sources proches du dossier"); `entity` when the source is an
 * entity of the story.
 */
export type Source =
  | { readonly kind: "author"; readonly name?: string }
  | { readonly kind: "source"; readonly name: string; readonly entity?: string };

/** The words of the article that state a claim: the exact quote, its sentence and offsets, how certain and how positive the article is (`factuality`), and who says it (`sources`, the author first). */
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
  /** How certain these words make the claim, according to the innermost source of `sources`. */
  readonly factuality: Factuality;
  /** Who says it: the author, then the sources the article names, outermost first. */
  readonly sources: readonly Source[];
  /** The display words derived from `factuality` and `sources` (`reported`, `hypothetical`), in `MODALITIES` order. */
  readonly modalities: readonly Modality[];
  /** One English sentence saying what the quote claims. */
  readonly gloss: string;
}

/** What relations and events share: a kind, qualifiers and citations. */
interface ClaimBase {
  readonly id: string;
  readonly kind: string;
  readonly description?: string;
  readonly start?: TimeQualifier;
  readonly end?: TimeQualifier;
  readonly pointInTime?: TimeQualifier;
  readonly announced?: TimeQualifier;
  readonly amount?: Amount;
  /** The days it holds or happens, when it has a time qualifier. */
  readonly period?: Period;
  /** One or more citations, in input order. */
  readonly citations: readonly Citation[];
  /** The distinct display words of its citations, in `MODALITIES` order. */
  readonly modalities: readonly Modality[];
}

/** A lasting state between two entities (a partnership, an investment stake). */
export interface Relation extends ClaimBase {
  readonly type: "relation";
  readonly source: string;
  readonly target: string;
  /** True for kinds that read the same both ways (`partnered`): queries match either end. */
  readonly symmetric: boolean;
}

/** One participant of an event: an entity or another event, in a role of the event's kind. */
export interface Participant {
  readonly role: string;
  readonly id: string;
  readonly type: "entity" | "event";
}

/**
 * Something that happens or may happen (a founding, an investment, a possible break-up). Named
 * `StoryEvent` so that it never shadows the DOM's `Event` in code that uses both.
 */
export interface StoryEvent extends ClaimBase {
  readonly type: "event";
  readonly label: string;
  /** In input order. */
  readonly participants: readonly Participant[];
  /** Ids of the claims (relations or events) this event is about: a break-up is about the partnership it would end. */
  readonly about: readonly string[];
}

/** A claim: a relation or an event. */
export type Claim = Relation | StoryEvent;
/** A node of the story's graph: an entity or an event. */
export type StoryNode = Entity | StoryEvent;

/** A sentence that holds no claim about the graph, with the reason (so that every sentence is accounted for). */
export interface NoClaim {
  readonly sentence: string;
  readonly reason: string;
}

/** A validated story: the article, its sentences, its vocabulary and the typed, cited graph. */
export interface Story {
  readonly format: StoryFormat;
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly vocabulary: Vocabulary;
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly events: readonly StoryEvent[];
  readonly noClaims: readonly NoClaim[];
  /**
   * What `draftStory` (`storygraph init`) read in the text alone: candidate mentions, cues, dates
   * and amounts. Hints for the person writing the claims, **never claims**: no query, export or
   * view reads them. The loader checks only that each stands at its offsets (suggestions-check.ts).
   */
  readonly suggestions?: Suggestions;
}
