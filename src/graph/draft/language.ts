/**
 * The languages the draft reads (the cue and name lexicons are French and English), and the
 * check every draft function runs on its `lang` argument.
 */
import { InvalidArgumentError } from "../errors.ts";

/** Languages `sentenceCues`, `mentionSuggestions` and `draftStory` read. */
export const DRAFT_LANGUAGES = ["fr", "en"] as const;

/** A language the draft reads. */
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];

/**
 * `lang` as a draft language.
 *
 * @throws {InvalidArgumentError} when it is not `fr` or `en`.
 */
export function draftLanguage(fn: string, lang: string): DraftLanguage {
  if ((DRAFT_LANGUAGES as readonly string[]).includes(lang)) return lang as DraftLanguage;
  throw new InvalidArgumentError(fn, "lang", `${JSON.stringify(lang)} is not a language the draft reads (${DRAFT_LANGUAGES.join(", ")})`);
}
