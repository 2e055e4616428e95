/**
 * `--story FILE …` repeated: one story (the built-in one when no flag is given) as itself, or
 * several as a corpus (each keyed by its file name, entities merged by Wikidata id), for the
 * commands that work on RDF (`sparql`, `publish`). `--story @default` names the built-in story
 * (key `default`), so that it can join a corpus.
 */
import path from "node:path";
import { buildCorpus, type Corpus } from "../graph/corpus/build.ts";
import type { Story } from "../graph/model.ts";
import { DEFAULT_STORY_NAME, storyFromOption } from "./story-option.ts";
import type { CliIO } from "./io.ts";

/** One story, or a corpus of several. */
export type StoriesSource = { readonly kind: "story"; readonly story: Story } | { readonly kind: "corpus"; readonly corpus: Corpus };

/** A corpus key from a file name: `tests/fixtures/english-story.json` → `english-story`; repeated names get `-2`, `-3`. */
function keyOf(file: string, taken: Set<string>): string {
  const stem = path.basename(file).replace(/\.json$/i, "").toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[^a-z0-9]+/, "") || "story";
  let key = stem;
  for (let n = 2; taken.has(key); n++) key = `${stem}-${n}`;
  taken.add(key);
  return key;
}

/**
 * The stories named by the `--story` flags (the default story when none).
 *
 * @param files - the flag's values.
 * @param base - `--base`: the story's base (one story) or the corpus base (several).
 * @throws {FileReadError} / {StoryValidationError} as `storyFromOption` does.
 */
export async function storiesFromOption(files: readonly string[] | undefined, io: CliIO, base?: string): Promise<StoriesSource> {
  const load = (f: string | undefined) => storyFromOption(f, io);
  if (!files || files.length <= 1) return { kind: "story", story: await load(files?.[0]) };
  const taken = new Set<string>();
  const members = [];
  for (const f of files) members.push({ key: keyOf(f === DEFAULT_STORY_NAME ? "default" : f, taken), story: await load(f) });
  return { kind: "corpus", corpus: buildCorpus(members, base !== undefined ? { base } : {}) };
}
