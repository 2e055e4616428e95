/**
 * The documented API of the story model, validation, queries and exports (the README has a
 * section for each). Re-exports only. No DOM, no sigma. What tools inside the repository need
 * beyond this (the JSON scanner, the XML tokenizer, seeded randomness, …) they import from its
 * module; it is not part of the package's API.
 */

// Errors: every class storygraph throws on purpose, and the registries of problem classes.
export {
  StorygraphError,
  LocatedError,
  StoryProblem,
  StoryValidationError,
  NotFoundError,
  AmbiguousNameError,
  InvalidArgumentError,
  EndpointError,
  JsonSyntaxError,
  EncodingError,
  FileTooLargeError,
  NestingTooDeepError,
  SchemaError,
  MissingFieldError,
  UnknownFieldError,
  InvalidLanguageError,
  UnknownFormatError,
  DuplicateKeyError,
  EmptyArticleError,
  DuplicateIdError,
  UnknownEntityError,
  UnknownClaimError,
  UnknownKindError,
  VocabularyError,
  RelationKindError,
  RoleError,
  UnknownSentenceError,
  QuoteNotFoundError,
  AmbiguousQuoteError,
  CrossSentenceQuoteError,
  OffsetMismatchError,
  InvalidDateError,
  TimeQualifierError,
  InvalidAmountError,
  UnknownCurrencyError,
  UngroundedQualifierError,
  MissingCitationError,
  SourceError,
  NoClaimConflictError,
  TrivialQuoteError,
  DuplicateCitationError,
  GraphemeSplitError,
  InexactNumberError,
  STORY_PROBLEM_CLASSES,
  MAX_LISTED_PROBLEMS,
  problemLines,
  type StoryProblemName,
  type ProblemLocation,
  type ProblemPlace,
} from "./errors.ts";
export { GexfError, GexfParseError, GexfFormatError, GexfVersionError, GexfDuplicateIdError, GexfDanglingEdgeError, GEXF_ERROR_CLASSES } from "./gexf/errors.ts";

// The model: its types, value lists and vocabularies.
export type * from "./model.ts";
export * from "./values.ts";
export type * from "./vocabulary/types.ts";
export { NEWS_CORE, type NewsCore } from "./vocabulary/news-core.ts";
export { NEWS_CORE_VOCABULARY, resolveVocabulary, vocabularyIndex, ownKinds, type VocabularyIndex, type VocabularyReport } from "./vocabulary/resolve.ts";

// Building and loading stories.
export type {
  StoryInput,
  ArticleInput,
  EntityInput,
  RelationInput,
  EventInput,
  ParticipantInput,
  CitationInput,
  FactualityInput,
  SourceInput,
  TimeQualifierInput,
  AmountInput,
  NoClaimInput,
  VocabularyInput,
} from "./input/schema.ts";
export { buildStory, type BuildStoryOptions } from "./input/validate.ts";
export { buildTypedStory } from "./input/meaning.ts";
export type { StoryNotice } from "./input/problems.ts";
export { parseStoryJson, checkStoryJson, DEFAULT_MAX_STORY_BYTES, type ParseStoryOptions, type StoryCheck } from "./input/load.ts";
export { migrateStory1, isStory1, type Story1Input, type Migration } from "./input/format1.ts";
export { STORY_FORMAT, STORY_FORMAT_1 } from "./input/story-format.ts";
export { toStoryInput, toStoryJson, type StoryJsonOptions } from "./input/story-json.ts";
export { storyJsonSchema, story1JsonSchema } from "./input/json-schema.ts";
export { defineEntities, defineRelations, defineEvents, defineNoClaims, storyKit } from "./define.ts";
export type {
  TypedEntityInput,
  TypedRelationInput,
  TypedEventInput,
  TypedParticipantInput,
  IdsOfKind,
  DomainOf,
  RangeOf,
  EntityKindOf,
  RelationKindOf,
  EventKindOf,
  StoryKit,
  VocabularyTypes,
  OwnVocabularyTypes,
} from "./define.ts";
export { findAmounts, findDates, type AmountExpression, type DateExpression } from "./expressions/index.ts";
export { locateQuote, type QuoteLocation, type LocateQuoteOptions } from "./quote-locate.ts";

// Drafting a story from any article (storygraph init): suggestions, never claims.
export {
  draftStory,
  sentenceCues,
  mentionSuggestions,
  sentenceExpressions,
  SUGGESTIONS_NOTE,
  DRAFT_LANGUAGES,
  type DraftInput,
  type DraftLanguage,
  type SentenceCues,
  type SentenceExpressions,
} from "./draft/index.ts";
export {
  CUE_KINDS,
  type Cue,
  type CueKind,
  type MentionOccurrence,
  type MentionSuggestion,
  type DateSuggestion,
  type AmountSuggestion,
  type SentenceSuggestion,
  type Suggestions,
} from "./input/suggestions-schema.ts";

// Queries.
export { queryClaims, getClaim, type ClaimFilter } from "./queries/claims.ts";
export { queryRelations, getRelation, type RelationFilter } from "./queries/relations.ts";
export { queryEvents, getEvent, type EventFilter } from "./queries/events.ts";
export type { CitationFilter, TimeFilter } from "./queries/claim-filter.ts";
export { findEntities, getEntity } from "./queries/entities.ts";
export { neighbors, type Neighbor, type ParticipationLink } from "./queries/neighbors.ts";
export { evidence, claimsInSentence, relationsInSentence, type Evidence } from "./queries/evidence.ts";
export { mentions, sentencesMentioning, type Mention } from "./queries/mentions.ts";
export { shortestPath, type PathStep } from "./queries/path.ts";
export { timeline, sentenceCoverage, type SentenceCoverage } from "./queries/timeline.ts";
export { toGraph, type StoryGraph, type StoryNodeAttributes, type StoryEdgeAttributes, type ParticipationEdgeAttributes } from "./graph.ts";

// Words for people.
export { claimLine, relationLine, eventLine, timePhrase, factualityPhrase, kindLabel, roleLabel } from "./describe.ts";

// GEXF.
export { toGexf, writeGexf, relationLabel, eventNodeLabel, participationLabel } from "./gexf/writer.ts";
export { fromGexf, fromGexfChunks, type GexfImport, type FromGexfOptions } from "./gexf/reader.ts";
export { DEFAULT_GEXF_OPTIONS, GEXF_DATE_MODES, resolveGexfOptions, type GexfOptions, type GexfDateMode, type RgbColor } from "./gexf/options.ts";
export type * from "./gexf/untyped.ts";

// RDF and corpora (SPARQL is the separate entry "storygraph/sparql": it brings oxigraph's WebAssembly).
export { writeRdf, toRdf } from "./rdf/writer.ts";
export { storyQuads } from "./rdf/quads.ts";
export { RDF_FORMATS, DEFAULT_RDF_OPTIONS, resolveRdfOptions, type RdfFormat, type RdfOptions } from "./rdf/options.ts";
export { jsonLdContext } from "./rdf/context.ts";
export { SHACL_SHAPES } from "./rdf/shapes.ts";
export { buildCorpus, DEFAULT_CORPUS_OPTIONS, type Corpus, type CorpusEntity, type CorpusEntityRef, type CorpusMember, type CorpusMemberInput, type CorpusOptions } from "./corpus/build.ts";
export { writeCorpusRdf, CORPUS_RDF_FORMATS, type CorpusRdfFormat } from "./corpus/rdf.ts";
export { corpusClaims, type CorpusClaim, type CorpusClaimFilter } from "./corpus/claims.ts";
