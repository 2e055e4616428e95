/**
 * `storyJsonSchema` / `story1JsonSchema`: the JSON Schemas of story files (storygraph/2, and the
 * earlier storygraph/1), generated from the zod schemas (schema.ts, format1.ts) so
 * that editors can check and autocomplete story files. `scripts/gen-schema.ts` writes it to
 * `schema/story.schema.json`; a test fails when that shipped file differs from this function's output.
 *
 * The JSON Schema checks shape only (like the zod schema): a file it accepts may still fail
 * `storygraph validate` on meaning (a quote not in its sentence, an unknown entity, …).
 */
import { z } from "zod";
import { Story1Schema } from "./format1.ts";
import { STORY_FORMAT, STORY_FORMAT_1, StorySchema } from "./schema.ts";

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

/** The JSON Schema (draft 2020-12) of storygraph/1 story files, for editors of old files (the loader still reads them, converted). */
export function story1JsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Story1Schema, { target: "draft-2020-12" }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `storygraph story file (${STORY_FORMAT_1}, the earlier format)`,
    description:
      `A story file of the earlier format, which storygraph still reads and converts to ${STORY_FORMAT} ` +
      "(`storygraph migrate FILE` writes the converted file). Generated from the zod schema by scripts/gen-schema.ts; " +
      "run `storygraph validate FILE` for the checks on meaning.",
    ...rest,
  };
}

/** The storygraph/1 JSON Schema as the text of the shipped file (2-space indent, final newline). */
export function story1JsonSchemaText(): string {
  return JSON.stringify(story1JsonSchema(), null, 2) + "\n";
}
