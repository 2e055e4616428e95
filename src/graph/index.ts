/** The story model, validation, queries and exports. Re-exports only. No DOM, no sigma. */
export * from "./errors.ts";
export * from "./values.ts";
export * from "./vocabulary/index.ts";
export type * from "./model.ts";
export * from "./input/schema.ts";
export { buildStory, formatPath, type BuildStoryOptions } from "./input/validate.ts";
export { buildTypedStory } from "./input/meaning.ts";
export type { StoryNotice } from "./input/problems.ts";
export { migrateStory1, isStory1, Story1Schema, type Story1Input, type Migration } from "./input/format1.ts";
export { parseDate, claimPeriod, periodsOverlap } from "./dates.ts";
export { findAmounts, findDates, type AmountExpression, type DateExpression } from "./expressions/index.ts";
export { segmentSentences, foldName } from "./text.ts";
export { findQuote, type QuoteMatch, type QuoteSearch } from "./anchor.ts";
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
export { toGraph, participationKey, type StoryGraph, type StoryNodeAttributes, type StoryEdgeAttributes, type ParticipationEdgeAttributes } from "./graph.ts";
export { queryRelations, getRelation, type RelationFilter } from "./queries/relations.ts";
export { queryEvents, getEvent, type EventFilter } from "./queries/events.ts";
export { queryClaims, getClaim, type ClaimFilter } from "./queries/claims.ts";
export type { CitationFilter, TimeFilter } from "./queries/claim-filter.ts";
export { findEntities, getEntity } from "./queries/entities.ts";
export { neighbors, type Neighbor, type ParticipationLink } from "./queries/neighbors.ts";
export { evidence, claimsInSentence, relationsInSentence, type Evidence } from "./queries/evidence.ts";
export { mentions, sentencesMentioning, type Mention } from "./queries/mentions.ts";
export { shortestPath, type PathStep } from "./queries/path.ts";
export { timeline, sentenceCoverage, type SentenceCoverage } from "./queries/timeline.ts";
export {
  parseStoryJson,
  checkStoryJson,
  checkStorySize,
  resolveParseStoryOptions,
  firstInvalidUtf8,
  lineColumn,
  DEFAULT_MAX_STORY_BYTES,
  MAX_STORY_DEPTH,
  DEFAULT_PARSE_STORY_OPTIONS,
  type ParseStoryOptions,
  type ResolvedParseStoryOptions,
  type StoryCheck,
} from "./input/load.ts";
export { scanJson, locateJsonPaths, lineIndex, MAX_DUPLICATE_KEYS, type JsonScanResult, type JsonSyntaxIssue, type DuplicateKey } from "./input/json-position.ts";
export { childKeyPath, childIndexPath, parentPath } from "./input/json-path.ts";
export { toStoryInput, toStoryJson, type StoryJsonOptions } from "./input/story-json.ts";
export { storyJsonSchema, storyJsonSchemaText, story1JsonSchema, story1JsonSchemaText } from "./input/json-schema.ts";
export { locateQuote, citationFor, type QuoteLocation, type LocateQuoteOptions } from "./quote-locate.ts";
export * from "./gexf/index.ts";
export { mulberry32, hashString } from "./random.ts";
export { groupDigits, modalityNote, kindLabel, roleLabel, relationLine, eventLine, claimLine, timePhrase, factualityWords, factualityPhrase } from "./describe.ts";
export * from "./rdf/index.ts";
export * from "./corpus/index.ts";
