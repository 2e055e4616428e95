/**
 * Story drafts: the story file an author is editing (a `StoryInput`, the shape of a story JSON
 * file), started from a plain article or from a loaded story. Drafts are never changed in place:
 * every edit (operations.ts) returns a new draft sharing what it did not change, so a history of
 * drafts (history.ts) costs one array per edit, not one article per edit.
 */
import { InvalidArgumentError } from "../errors.ts";
import { toLF } from "../input/citations.ts";
import type { Sentence, Story } from "../model.ts";
import type { StoryInput } from "../input/schema.ts";
import { toStoryInput } from "../input/story-json.ts";
import { STORY_FORMAT } from "../input/story-format.ts";
import { segmentSentences } from "../text.ts";
import { draftStory } from "../draft/story.ts";
import { DRAFT_LANGUAGES, type DraftLanguage } from "../draft/language.ts";

/** A story being edited: the shape of a story file. */
export type StoryDraft = StoryInput;

/**
 * The language the cue and name lexicons read (`fr`, `en`) for a BCP 47 tag, by its primary
 * subtag (`en-GB` is `en`), or null when they read neither.
 *
 * @param tag - the article's language tag.
 */
export function cueLanguage(tag: string): DraftLanguage | null {
  const primary = tag.split("-")[0]!.toLowerCase();
  return (DRAFT_LANGUAGES as readonly string[]).includes(primary) ? (primary as DraftLanguage) : null;
}

/** What an author says about a plain article when starting a draft from it. */
export interface ArticleMeta {
  /** BCP 47 tag: sentences are segmented, dates and amounts read, in this language. */
  readonly language: string;
  readonly title?: string;
  readonly url?: string;
  readonly published?: string;
  readonly author?: string;
}

/**
 * A new draft holding `text` as its article, with no entities and no claims. CRLF and lone CR
 * become LF (as the loader reads them), so the offsets of citations made on the draft are the
 * loader's. When the article is French or English and holds a sentence, the draft carries the
 * suggestions `storygraph init` writes (`draftStory`: candidate mentions, each sentence's cues,
 * dates and amounts), which are never claims.
 *
 * @param text - the article, as published.
 * @param meta - its language (required) and, when known, title, url, published date, author.
 * @throws {InvalidArgumentError} when the language is not a BCP 47 tag.
 */
export function draftFromArticle(text: string, meta: ArticleMeta): StoryDraft {
  const fn = "draftFromArticle";
  try {
    new Intl.Segmenter(meta.language);
  } catch {
    throw new InvalidArgumentError(fn, "meta.language", `${JSON.stringify(meta.language)} is not a BCP 47 language tag`);
  }
  const article: { -readonly [K in keyof StoryDraft["article"]]: StoryDraft["article"][K] } = { text: toLF(text), language: meta.language };
  for (const key of ["title", "url", "published", "author"] as const) if (meta[key]) article[key] = meta[key];
  const language = cueLanguage(meta.language);
  const suggestions = language && article.text.trim() ? draftStory({ text: article.text, lang: language }).suggestions : undefined;
  return { format: STORY_FORMAT, article, entities: [], relations: [], events: [], noClaims: [], ...(suggestions && { suggestions }) };
}

/**
 * A draft of a loaded story: its story file (`toStoryInput`), to go on editing.
 *
 * @param story - a validated story.
 */
export function draftFromStory(story: Story): StoryDraft {
  return toStoryInput(story);
}

const sentenceCache = new WeakMap<StoryDraft["article"], Sentence[]>();

/**
 * The sentences of a draft's article, as the loader segments them (cached per article object,
 * which edits share).
 *
 * @param draft - a draft.
 * @throws {RangeError} when the article's language is not a BCP 47 tag.
 */
export function draftSentences(draft: StoryDraft): readonly Sentence[] {
  let sentences = sentenceCache.get(draft.article);
  if (!sentences) {
    sentences = segmentSentences(draft.article.text, draft.article.language);
    sentenceCache.set(draft.article, sentences);
  }
  return sentences;
}
