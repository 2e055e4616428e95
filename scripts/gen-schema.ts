/**
 * Writes schema/story.schema.json from the zod schema of story files (src/graph/input/schema.ts).
 * Run after changing the schema: `npx tsx scripts/gen-schema.ts` (tests/json-schema.test.ts fails
 * until the shipped file is regenerated). Writes to a temp file, then renames.
 */
import { renameSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { storyJsonSchemaText } from "../src/graph/input/json-schema.ts";
import { STORY_SCHEMA_FILE } from "../src/graph/input/schema.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const target = resolve(root, STORY_SCHEMA_FILE);
const tmp = `${target}.${process.pid}.tmp`;
writeFileSync(tmp, storyJsonSchemaText());
renameSync(tmp, target);
process.stdout.write(`wrote ${STORY_SCHEMA_FILE}\n`);
