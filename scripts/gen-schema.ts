/**
 * Writes the JSON Schemas of story files from their zod schemas, so that editors can check and
 * autocomplete them:
 * - `schema/story.schema.json` (`STORY_SCHEMA_FILE`): storygraph/2, from `StorySchema`
 *   (src/graph/input/schema.ts), by `storyJsonSchemaText`;
 * - `schema/story-1.schema.json` (`STORY_SCHEMA_1_FILE`): storygraph/1, from `Story1Schema`
 *   (src/graph/input/format1.ts), by `story1JsonSchemaText`, for editors of files written before storygraph/2 (the loader
 *   still reads them, converted).
 * Run after changing a schema: `npx tsx scripts/gen-schema.ts` (tests/json-schema.test.ts fails
 * until the shipped files are regenerated). Each file is written to a temp file, then renamed.
 *
 * Importing this module writes nothing: tests import `schemaFiles` from it.
 */
import { renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { story1JsonSchemaText, storyJsonSchemaText } from "../src/graph/input/json-schema.ts";
import { STORY_SCHEMA_1_FILE, STORY_SCHEMA_FILE } from "../src/graph/input/schema.ts";

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
