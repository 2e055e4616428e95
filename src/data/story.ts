/**
 * The default story: the embedded article with its entities, relations, events and no-claim notes, as a
 * `StoryInput` (the same shape a story JSON file has) and as the validated `Story`.
 */
import type { StoryInput } from "../graph/input/schema.ts";
import type { Story } from "../graph/model.ts";
import { buildTypedStory } from "../graph/input/meaning.ts";
import { STORY_FORMAT } from "../graph/input/story-format.ts";
import { ARTICLE_META, ARTICLE_TEXT } from "./article.ts";
import { ENTITIES } from "./entities.ts";
import { EVENTS } from "./events.ts";
import { NO_CLAIMS } from "./no-claims.ts";
import { RELATIONS } from "./relations.ts";

/** The default story as authored (a fresh deep copy on each call, safe to mutate). */
export function defaultStoryInput(): StoryInput {
  return structuredClone(AUTHORED) as unknown as StoryInput; // AUTHORED satisfies DeepReadonly<StoryInput> below
}

type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;

const AUTHORED = {
  format: STORY_FORMAT,
  article: { text: ARTICLE_TEXT, ...ARTICLE_META },
  entities: ENTITIES,
  relations: RELATIONS,
  events: EVENTS,
  noClaims: NO_CLAIMS,
} satisfies DeepReadonly<StoryInput>;

let cached: Story | undefined;

/**
 * The validated default story (built once). Its shape is checked by the compiler (`satisfies`
 * above) and by a test through `buildStory`; here only the meaning pass runs (every quote
 * anchored), which keeps zod out of the viewer's first bundle.
 *
 * @throws {StoryValidationError} if the built-in data is broken (a test keeps it from happening).
 */
export function defaultStory(): Story {
  return (cached ??= buildTypedStory(defaultStoryInput()));
}
