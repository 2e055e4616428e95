/**
 * The story file format's identifiers (format tag, JSON Schema id), kept apart from the zod
 * schema so that code writing story files (the viewer's JSON export) does not load zod.
 */
/**
 * The `$schema` value written by `toStoryJson` so that editors can autocomplete story files.
 *
 * storygraph has no web site, so there is no URL we could honestly promise. Editors (VS Code,
 * JetBrains) resolve a relative `$schema` from the story file's folder, and the JSON Schema ships
 * in the package at `schema/story.schema.json`: this path works for a story file kept at the root
 * of a project that has storygraph installed. A story elsewhere can point `$schema` at the file
 * with any relative path (`toStoryJson(story, { schema: "../schema/story.schema.json" })`).
 * The loader never reads `$schema`: any string is accepted.
 */
export const STORY_SCHEMA_ID = "./node_modules/storygraph/schema/story.schema.json";
/** Where the generated JSON Schema is shipped, relative to the package root. */
export const STORY_SCHEMA_FILE = "schema/story.schema.json";
/** The format tag of story files this version writes (and reads). */
export const STORY_FORMAT = "storygraph/2";
/** The earlier format, still read: converted to storygraph/2 on load, with a notice (format1.ts). */
export const STORY_FORMAT_1 = "storygraph/1";
/** Where the JSON Schema of storygraph/1 files is shipped (for editors of old files). */
export const STORY_SCHEMA_1_FILE = "schema/story-1.schema.json";
