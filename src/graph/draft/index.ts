/** A draft story from any article (`storygraph init`): suggestions read in the text alone. Re-exports only. */
export { sentenceCues, type SentenceCues } from "./cues.ts";
export { DRAFT_LANGUAGES, type DraftLanguage } from "./language.ts";
export { mentionSuggestions } from "./mentions.ts";
