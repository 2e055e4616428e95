/**
 * `draftStory`: a story file object from any article — the article, no entity, no claim, and a
 * `suggestions` section read from the text alone (candidate mentions, the cues, dates and amounts
 * of each sentence). It validates with `buildStory` as it is; the person writing the story then
 * adds entities and claims, citing the article's words.
 */
import { parseDate } from "../dates.ts";
import { InvalidArgumentError } from "../errors.ts";
import { toLF } from "../input/citations.ts";
import type { StoryInput } from "../input/schema.ts";
import { STORY_FORMAT } from "../input/story-format.ts";
import type { SentenceSuggestion } from "../input/suggestions-schema.ts";
import { segmentSentences } from "../text.ts";
import { cuesOfSentences } from "./cues.ts";
import { expressionsOfSentences } from "./expressions.ts";
import { draftLanguage } from "./language.ts";
import { mentionsOfSentences } from "./mentions.ts";

const FN = "draftStory";

/** What `draftStory` drafts from: the article and what is known of its publication. */
export interface DraftInput {
  /** The article text; CRLF and lone CR are read as LF, as every story reads them. */
  readonly text: string;
  /** `fr` or `en`. */
  readonly lang: string;
  readonly title?: string;
  readonly url?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date. */
  readonly published?: string;
}

/** The note a draft's suggestions carry, saying what they are. */
export const SUGGESTIONS_NOTE =
  "Suggestions read from the article text by storygraph init, not claims: nothing here is counted, queried, exported or shown as a claim. Add entities, relations and events yourself, citing the article's words.";

/**
 * A draft story: the article, no claims, and suggestions.
 *
 * @param input - `text`, `lang` (`fr` or `en`), optional `title`, `url`, `published`.
 * @returns a storygraph/2 story input that `buildStory` accepts, with `suggestions`: `mentions`
 *   (as `mentionSuggestions` gives them) and, per sentence, `cues` (`sentenceCues`), `dates` and
 *   `amounts` (the qualifier parser's reading), every offset in the (LF) text.
 * @throws {InvalidArgumentError} when `lang` is not `fr` or `en`, the text holds no sentence, or
 *   `published` is not a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date.
 */
export function draftStory(input: DraftInput): StoryInput {
  const language = draftLanguage(FN, input.lang);
  const text = toLF(input.text);
  if (input.published !== undefined && parseDate(input.published) === null)
    throw new InvalidArgumentError(FN, "published", `${JSON.stringify(input.published)} is not a date YYYY, YYYY-MM or YYYY-MM-DD`);
  const sentences = segmentSentences(text, language);
  if (sentences.length === 0) throw new InvalidArgumentError(FN, "text", "the article holds no sentence (it is empty or only white space)");
  const cues = cuesOfSentences(sentences, language);
  const expressions = expressionsOfSentences(sentences, language);
  const perSentence: SentenceSuggestion[] = sentences.map((s, i) => ({
    sentence: s.id,
    cues: [...cues[i]!.cues],
    dates: [...expressions[i]!.dates],
    amounts: [...expressions[i]!.amounts],
  }));
  return {
    format: STORY_FORMAT,
    article: {
      text,
      language,
      ...(input.title !== undefined && { title: input.title }),
      ...(input.url !== undefined && { url: input.url }),
      ...(input.published !== undefined && { published: input.published }),
    },
    entities: [],
    relations: [],
    events: [],
    noClaims: [],
    suggestions: { note: SUGGESTIONS_NOTE, mentions: mentionsOfSentences(sentences, language), sentences: perSentence },
  };
}
