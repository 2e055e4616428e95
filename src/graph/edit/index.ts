/** Editing a story draft without a DOM: selections, edits, kinds, history, checks. Re-exports only. */
export { EditError, EmptySelectionError, CrossSentenceSelectionError, EditConflictError } from "./errors.ts";
export { sentenceTokens, anchorSelection, type Token, type SelectionAnchor } from "./selection.ts";
export { draftFromArticle, draftFromStory, draftSentences, cueLanguage, type StoryDraft, type ArticleMeta } from "./draft.ts";
export { slugId, uniqueId, addEntity, addAlias, removeEntity, citationFromAnchor, addRelation, removeRelation, addEvent, removeEvent, addCitation, removeCitation, addNoClaim, removeNoClaim, type CitationMeaning } from "./operations.ts";
export { prefillCitation, qualifierFields, defaultTimeSlot, TIME_SLOTS, type CitationPrefill, type QualifierChoice, type TimeSlot } from "./prefill.ts";
export { draftVocabulary, entityKindsOf, relationKindsBetween, eventKindsOf, roleCandidates, type RoleCandidate } from "./kinds.ts";
export { startHistory, record, undo, redo, canUndo, canRedo, DEFAULT_HISTORY_LIMIT, type History } from "./history.ts";
export { checkDraft, problemTarget, draftJson, type DraftCheck, type DraftProblem, type ProblemTarget } from "./check.ts";
