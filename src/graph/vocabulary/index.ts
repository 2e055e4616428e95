/** Vocabularies: the news core and a story's own kinds. Re-exports only. */
export type * from "./types.ts";
export { EVENT_FILLER } from "./types.ts";
export { NEWS_CORE, type NewsCore } from "./news-core.ts";
export { NEWS_CORE_VOCABULARY, resolveVocabulary, vocabularyIndex, ownKinds, type VocabularyIndex, type VocabularyReport } from "./resolve.ts";
