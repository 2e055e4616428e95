/**
 * Writes the JSON Schemas of story files from their zod schemas, so that editors can check and
 * autocomplete them:
 * - `schema/story.schema.json` (`STORY_SCHEMA_FILE`): storygraph/2, from `StorySchema`
 *   (src/graph/input/schema.ts), by `storyJsonSchemaText`;
 * - `schema/story-1.schema.json` (`STORY_SCHEMA_1_FILE`): storygraph/1, from `Story1Schema`
 *   (src/graph/input/format1.ts), for editors of files written before storygraph/2 (the loader
 *   still reads them, converted).
 * Run after changing a schema: `npx tsx scripts/gen-schema.ts` (tests/json-schema.test.ts fails
 * until the shipped files are regenerated). Each file is written to a temp file, then renamed.
 *
 * Importing this module writes nothing: tests import `story1JsonSchemaText` from it.
 */
import { renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { Story1Schema } from "../src/graph/input/format1.ts";
import { storyJsonSchemaText } from "../src/graph/input/json-schema.ts";
import { STORY_FORMAT, STORY_FORMAT_1, STORY_SCHEMA_1_FILE, STORY_SCHEMA_FILE } from "../src/graph/input/schema.ts";

/** The JSON Schema (draft 2020-12) of storygraph/1 story files, as a plain object. */
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

/** The shipped files and their text, relative to the package root. */
export function schemaFiles(): readonly (readonly [string, string])[] {
  return [
    [STORY_SCHEMA_FILE, storyJsonSchemaText()],
    [STORY_SCHEMA_1_FILE, story1JsonSchemaText()],
  ];
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  for (const [file, text] of schemaFiles()) {
    const target = resolve(root, file);
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, target);
    process.stdout.write(`wrote ${file}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
