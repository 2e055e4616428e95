/**
 * `storyJsonSchema`: the JSON Schema of story files, generated from the zod schema (schema.ts) so
 * that editors can check and autocomplete story files. `scripts/gen-schema.ts` writes it to
 * `schema/story.schema.json`; a test fails when that shipped file differs from this function's output.
 *
 * The JSON Schema checks shape only (like the zod schema): a file it accepts may still fail
 * `storygraph validate` on meaning (a quote not in its sentence, an unknown entity, …).
 */
import { z } from "zod";
import { STORY_FORMAT, StorySchema } from "./schema.ts";

/** The JSON Schema (draft 2020-12) of the story file format, as a plain object. */
export function storyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(StorySchema, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `storygraph story file (${STORY_FORMAT})`,
    description:
      "A news article with the typed entities and relations it states, each relation citing the article's exact words. " +
      "Generated from the zod schema by scripts/gen-schema.ts; run `storygraph validate FILE` for the checks on meaning.",
    ...rest,
  };
}

/** The JSON Schema as the text of the shipped file (2-space indent, final newline). */
export function storyJsonSchemaText(): string {
  return JSON.stringify(storyJsonSchema(), null, 2) + "\n";
}
