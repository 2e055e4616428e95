/**
 * The meaning pass of story validation, without the shape pass: ids, entity references,
 * domain/range rules, sentence ids, quotes anchored in their sentences, offsets, dates, amounts,
 * currencies, citations, attributions, no-claim notes: `buildTypedStory`. `buildStory`
 * (validate.ts) checks the shape with zod, then calls it; the built-in story, whose shape the
 * compiler already checked, calls it directly, so that the viewer's first bundle does not carry zod.
 */
import { findQuote, allIndexesOf } from "../anchor.ts";
import { ISO_4217_CODES } from "../currencies.ts";
import { parseDate } from "../dates.ts";
import {
  AmbiguousQuoteError,
  AttributionError,
  CrossSentenceQuoteError,
  DuplicateIdError,
  EmptyArticleError,
  InvalidAmountError,
  InvalidDateError,
  InvalidLanguageError,
  MissingCitationError,
  MissingFieldError,
  NoClaimConflictError,
  OffsetMismatchError,
  QuoteNotFoundError,
  RelationKindError,
  SchemaError,
  StoryProblem,
  StoryValidationError,
  UnknownCurrencyError,
  UnknownEntityError,
  UnknownFieldError,
  UnknownSentenceError,
  TrivialQuoteError,
  DuplicateCitationError,
} from "../errors.ts";
import { MODALITIES, RELATION_RULES, isAllowedRelation } from "../kinds.ts";
import type { Citation, Entity, NoClaim, Relation, Sentence, Story } from "../model.ts";
import type { CitationInput, StoryInput } from "./schema.ts";
import { freezeStory } from "../freeze.ts";
import { isWordChar, segmentSentences } from "../text.ts";

const FN = "buildStory";

/**
 * Build the story model from input typed as `StoryInput` at compile time (the built-in story):
 * every meaning check of `buildStory` and every quote anchored, without the zod shape check.
 * Input from a file or the network must go through `buildStory` (or `parseStoryJson`), which
 * checks its shape first.
 *
 * @param input - a story input whose shape TypeScript has checked.
 * @returns the frozen, validated story.
 * @throws {StoryValidationError} with every meaning problem (problems name `buildStory`, whose pass this is).
 */
export function buildTypedStory(input: StoryInput): Story {
  const problems: StoryProblem[] = [];
  const story = checkMeaning(input, problems);
  if (problems.length > 0) throw new StoryValidationError(FN, problems);
  return freezeStory(story);
}

/** Check the meaning of a well-shaped input; push every problem found; return the unfrozen model. */
function checkMeaning(input: StoryInput, problems: StoryProblem[]): Story {
  // Line ends: CRLF and lone CR count as LF everywhere (article, quotes, attributions), so that
  // offsets are the same however the story is loaded (buildStory, parseStoryJson, fromGexf).
  const text = toLF(input.article.text);
  let sentences: Sentence[] = [];
  if (!text.trim()) {
    problems.push(new EmptyArticleError(FN, "article.text", "the article text is empty"));
  } else {
    try {
      sentences = segmentSentences(text, input.article.language);
    } catch {
      problems.push(
        new InvalidLanguageError(FN, "article.language", `"${input.article.language}" is not a BCP 47 language tag (e.g. en, fr, pt-BR)`),
      );
    }
  }
  if (input.article.published !== undefined && !parseDate(input.article.published)) {
    problems.push(new InvalidDateError(FN, "article.published", `"${input.article.published}" is not a real date`));
  }
  const sentenceById = sentenceLookup(sentences);
  const dates = new Map<string, ReturnType<typeof parseDate>>();
  const attributions = new Attributions(text, input.article.author);

  const entities = new Map<string, Entity>();
  input.entities.forEach((e, i) => {
    if (entities.has(e.id)) {
      problems.push(new DuplicateIdError(FN, `entities[${i}].id`, `entity id "${e.id}" is already used`));
      return;
    }
    entities.set(e.id, {
      id: e.id,
      kind: e.kind,
      label: e.label,
      aliases: e.aliases ? [...e.aliases] : [],
      ...(e.wikidata !== undefined && { wikidata: e.wikidata }),
      ...(e.description !== undefined && { description: e.description }),
    });
  });

  const relationIds = new Set<string>();
  /** 1 for each sentence (by index) a citation stands in. */
  const cited = new Uint8Array(sentences.length);
  const relations: Relation[] = [];
  input.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    const before = problems.length;
    const known = relationIds.size;
    relationIds.add(r.id);
    if (relationIds.size === known) {
      problems.push(new DuplicateIdError(FN, `${at}.id`, `relation id "${r.id}" is already used`));
    }
    const source = entities.get(r.source);
    const target = entities.get(r.target);
    if (!source) problems.push(new UnknownEntityError(FN, `${at}.source`, `unknown entity "${r.source}"`));
    if (!target) problems.push(new UnknownEntityError(FN, `${at}.target`, `unknown entity "${r.target}"`));
    if (source && target && !isAllowedRelation(r.kind, source.kind, target.kind)) {
      const rule = RELATION_RULES[r.kind];
      problems.push(
        new RelationKindError(
          FN,
          `${at}.kind`,
          `"${r.kind}" goes from ${rule.domain.join(" or ")} to ${rule.range.join(" or ")}, ` +
            `not from ${source.kind} "${source.id}" to ${target.kind} "${target.id}"`,
        ),
      );
    }
    if (source && target && source.id === target.id) {
      problems.push(new RelationKindError(FN, `${at}.target`, `a relation cannot join "${source.id}" to itself`));
    }
    let date = r.date === undefined ? undefined : dates.get(r.date);
    if (date === undefined && r.date !== undefined) dates.set(r.date, (date = parseDate(r.date)));
    if (date === null) problems.push(new InvalidDateError(FN, `${at}.date`, `"${r.date}" is not a real date`));
    if (r.amount) {
      if (!Number.isFinite(r.amount.value) || r.amount.value < 0) {
        problems.push(new InvalidAmountError(FN, `${at}.amount.value`, `amount must be a finite number ≥ 0, got ${r.amount.value}`));
      }
      if (!ISO_4217_CODES.has(r.amount.currency)) {
        problems.push(new UnknownCurrencyError(FN, `${at}.amount.currency`, `"${r.amount.currency}" is not an ISO 4217 currency code`));
      }
    }
    if (r.citations.length === 0) {
      problems.push(new MissingCitationError(FN, `${at}.citations`, `relation "${r.id}" has no citation`));
    }
    const citations: Citation[] = [];
    // Without sentences (empty article, bad language) every citation would fail too: the
    // article's own problem is the one to report.
    for (let j = 0; j < r.citations.length && sentences.length > 0; j++) {
      const citation = anchorCitation(text, sentences, sentenceById, attributions, r.citations[j]!, at, j, problems);
      if (!citation) continue;
      let twin = -1;
      for (let o = 0; o < citations.length && twin === -1; o++) if (citations[o]!.start === citation.start && citations[o]!.end === citation.end) twin = o;
      if (twin !== -1) {
        problems.push(new DuplicateCitationError(FN, `${at}.citations[${j}]`, `cites the same words of ${citation.sentence} as citations[${twin}]`));
        continue;
      }
      citations.push(citation);
      cited[sentenceById.get(citation.sentence)!.index] = 1;
    }
    if (problems.length > before) return;
    const modalities = citations.length === 1 ? [citations[0]!.modality] : MODALITIES.filter((m) => citations.some((c) => c.modality === m));
    // built field by field (same order as before) rather than with conditional spreads, which
    // cost a runtime call each: this loop runs once per relation
    const relation: { -readonly [K in keyof Relation]: Relation[K] } = { id: r.id, kind: r.kind, source: r.source, target: r.target, symmetric: RELATION_RULES[r.kind].symmetric } as Relation;
    if (date) relation.date = date;
    if (r.amount) relation.amount = { value: r.amount.value, currency: r.amount.currency, scope: r.amount.scope };
    if (r.description !== undefined) relation.description = r.description;
    relation.citations = citations;
    relation.modalities = modalities;
    relations.push(relation);
  });

  const noClaims: NoClaim[] = [];
  const noted = new Set<string>();
  (input.noClaims ?? []).forEach((n, i) => {
    const at = `noClaims[${i}].sentence`;
    if (sentences.length === 0) {
      // already reported as the article's problem
    } else if (!sentenceById.has(n.sentence)) {
      problems.push(new UnknownSentenceError(FN, at, `the article has no sentence "${n.sentence}" (it has s1…s${sentences.length})`));
    } else if (noted.has(n.sentence)) {
      problems.push(new NoClaimConflictError(FN, at, `sentence ${n.sentence} is already declared as holding no claim`));
    } else if (cited[sentenceById.get(n.sentence)!.index] === 1) {
      problems.push(new NoClaimConflictError(FN, at, `sentence ${n.sentence} is cited by a relation, so it does hold a claim`));
    }
    noted.add(n.sentence);
    noClaims.push({ sentence: n.sentence, reason: n.reason });
  });

  const article = {
    text,
    language: input.article.language,
    ...(input.article.title !== undefined && { title: input.article.title }),
    ...(input.article.url !== undefined && { url: input.article.url }),
    ...(input.article.published !== undefined && { published: input.article.published }),
    ...(input.article.author !== undefined && { author: input.article.author }),
  };
  return { article, sentences, entities: [...entities.values()], relations, noClaims };
}

/** Sentences by id without a map: ids are `s1`…`sN` in order (a story of 100k relations has as many sentences). */
function sentenceLookup(sentences: readonly Sentence[]): SentenceLookup {
  const get = (id: string): Sentence | undefined => {
    const s = sentences[Number(id.slice(1)) - 1];
    return s !== undefined && s.id === id ? s : undefined;
  };
  return { get, has: (id) => get(id) !== undefined };
}

interface SentenceLookup {
  get(id: string): Sentence | undefined;
  has(id: string): boolean;
}

/**
 * The attributions of a story's citations: where the article first names each source as whole
 * words (one search per name), and one attribution object per source and one for the author,
 * shared by the citations that have it (the model is frozen: sharing is safe and saves an object
 * per citation).
 */
class Attributions {
  private readonly named = new Map<string, number>();
  private readonly sources = new Map<string, Citation["attribution"]>();
  readonly author: Citation["attribution"];

  constructor(
    private readonly text: string,
    author: string | undefined,
  ) {
    this.author = author !== undefined ? { kind: "author", name: author } : { kind: "author" };
  }

  /** Offset of the first whole-word occurrence of `name` in the article, or -1. */
  firstNamed(name: string): number {
    let first = this.named.get(name);
    if (first === undefined) this.named.set(name, (first = firstWholeWords(this.text, name)));
    return first;
  }

  source(name: string): Citation["attribution"] {
    let a = this.sources.get(name);
    if (a === undefined) this.sources.set(name, (a = { kind: "source", name }));
    return a;
  }
}

function anchorCitation(
  text: string,
  sentences: readonly Sentence[],
  sentenceById: SentenceLookup,
  attributions: Attributions,
  c: CitationInput,
  /** Path of the relation, and the citation's index in it (the citation's path is built only for a problem). */
  relationAt: string,
  index: number,
  problems: StoryProblem[],
): Citation | null {
  const before = problems.length;
  const quote = toLF(c.quote);
  const attribution = c.attribution === undefined ? undefined : toLF(c.attribution);
  if (c.modality === "reported" && attribution === undefined) {
    problems.push(new AttributionError(FN, `${relationAt}.citations[${index}].attribution`, `a reported claim needs the source the article names`));
  }
  const sentence = sentenceById.get(c.sentence);
  if (attribution !== undefined) {
    // The source must stand as whole words in the cited sentence or before it ("Selon les
    // sources, …" may carry over to the next sentence), never only later or inside a word.
    const first = attributions.firstNamed(attribution);
    if (first === -1) {
      problems.push(new AttributionError(FN, `${relationAt}.citations[${index}].attribution`, `the article never names the source "${attribution}" (as whole words)`));
    } else if (sentence && first >= sentence.end) {
      problems.push(new AttributionError(FN, `${relationAt}.citations[${index}].attribution`, `the source "${attribution}" is first named after ${sentence.id}; it must stand in the cited sentence or before it`));
    }
  }
  if (!/[\p{L}\p{N}]/u.test(quote)) {
    problems.push(new TrivialQuoteError(FN, `${relationAt}.citations[${index}].quote`, `the quote ${JSON.stringify(quote)} holds no word: quote the words that state the claim`));
    return null;
  }
  if (!sentence) {
    problems.push(new UnknownSentenceError(FN, `${relationAt}.citations[${index}].sentence`, `the article has no sentence "${c.sentence}" (it has s1…s${sentences.length})`));
    return null;
  }
  // the usual case (the quote stands once) without a list of hits: two searches
  const firstHit = sentence.text.indexOf(quote);
  const hits = firstHit === -1 ? [] : c.occurrence !== undefined || sentence.text.indexOf(quote, firstHit + 1) !== -1 ? allIndexesOf(sentence.text, quote) : [firstHit];
  let local: number | undefined;
  if (hits.length === 0) {
    problems.push(diagnoseMissingQuote(text, sentences, quote, c.sentence, `${relationAt}.citations[${index}]`));
  } else if (c.occurrence !== undefined) {
    local = hits[c.occurrence - 1];
    if (local === undefined) {
      problems.push(new QuoteNotFoundError(FN, `${relationAt}.citations[${index}].occurrence`, `occurrence ${c.occurrence} asked, but the quote stands ${hits.length} time(s) in ${c.sentence}`));
    }
  } else if (hits.length > 1) {
    problems.push(
      new AmbiguousQuoteError(FN, `${relationAt}.citations[${index}].quote`, `the quote stands ${hits.length} times in ${c.sentence}; add "occurrence" (1…${hits.length}) or quote more words`),
    );
  } else {
    local = hits[0];
  }
  if (local === undefined) return null;
  const start = sentence.start + local;
  const end = start + quote.length;
  if ((c.start !== undefined && c.start !== start) || (c.end !== undefined && c.end !== end)) {
    problems.push(new OffsetMismatchError(FN, `${relationAt}.citations[${index}].${c.start !== undefined && c.start !== start ? "start" : "end"}`, `the quote stands at ${start}…${end}, not ${c.start ?? "?"}…${c.end ?? "?"}`));
  }
  if (problems.length > before) return null;
  return {
    sentence: sentence.id,
    quote,
    start,
    end,
    sentenceStart: local,
    sentenceEnd: local + quote.length,
    modality: c.modality,
    attribution: attribution !== undefined ? attributions.source(attribution) : attributions.author,
    gloss: c.gloss,
  };
}

/** Explain why a quote is not in its sentence: elsewhere, across sentences, or with other typography. */
function diagnoseMissingQuote(text: string, sentences: readonly Sentence[], quote: string, sentenceId: string, at: string): StoryProblem {
  const search = findQuote(text, sentences, quote);
  const path = `${at}.quote`;
  const crossing = search.exact.find((m) => m.sentence === null);
  if (crossing) {
    return new CrossSentenceQuoteError(FN, path, `the quote runs across a sentence boundary (at ${crossing.start}…${crossing.end}); cite each sentence separately`);
  }
  const elsewhere = search.exact.map((m) => m.sentence).filter((s): s is string => s !== null);
  if (elsewhere.length > 0) {
    return new QuoteNotFoundError(FN, path, `quote not found in ${sentenceId}; it stands in ${[...new Set(elsewhere)].join(", ")}`);
  }
  const near = search.folded[0];
  if (near) {
    return new QuoteNotFoundError(
      FN,
      path,
      `quote not found in ${sentenceId}; the article has it with other case, accents, apostrophes or spacing: ${JSON.stringify(text.slice(near.start, near.end))}`,
    );
  }
  return new QuoteNotFoundError(FN, path, `quote not found in ${sentenceId} nor anywhere in the article`);
}

/** CRLF and lone CR as LF (the line-end policy of every story, however it is loaded). */
export function toLF(value: string): string {
  return value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
}

/** Offset of the first occurrence of `words` in `text` that is not inside a longer word, or -1. */
function firstWholeWords(text: string, words: string): number {
  for (let i = text.indexOf(words); i !== -1; i = text.indexOf(words, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + words.length])) return i;
  }
  return -1;
}
