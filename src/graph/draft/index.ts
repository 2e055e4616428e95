/** A draft story from any article (`storygraph init`): suggestions read in the text alone. Re-exports only. */
export { sentenceCues, type SentenceCues } from "./cues.ts";
export { mentionSuggestions } from "./mentions.ts";
export { sentenceExpressions, type SentenceExpressions } from "./expressions.ts";
export { draftStory, SUGGESTIONS_NOTE, type DraftInput } from "./story.ts";
export { DRAFT_LANGUAGES, type DraftLanguage } from "./language.ts";
