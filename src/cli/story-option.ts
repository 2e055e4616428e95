/**
 * `--story FILE`: the story a command works on, the default story when the flag is absent or
 * names `@default` (`-` reads standard input). The loader's notices (a storygraph/1 file converted, a qualifier kept as
 * inferred) go to standard error, one `notice: FILE:LINE:COL PATH: message` line each, so standard
 * output stays clean for `--json`.
 *
 * The file loader (and the schema library it needs) is imported only when a file is named: the
 * built-in story is built without it, which keeps `storygraph query` quick to start.
 */
import { defaultStory } from "../data/story.ts";
import type { Story } from "../graph/model.ts";
import { StoryValidationError } from "../graph/errors.ts";
import { noticeLine } from "./format.ts";
import { displayName, readStoryFile } from "./read-story.ts";
import type { CliIO } from "./io.ts";

/** The `--story` value that names the built-in story (among files: `--story @default --story B.json`). */
export const DEFAULT_STORY_NAME = "@default";

/**
 * The story named by `--story`, or the built-in default story. Prints the loader's notices to
 * `io.err` (also when the file then fails, since a notice explains the paths a storygraph/1
 * file's problems name).
 *
 * @throws {FileReadError} when the file cannot be read (missing, a directory, …).
 * @throws {StoryValidationError} when the file is not a valid story (with every problem's path, line and column).
 */
export async function storyFromOption(path: string | undefined, io: CliIO): Promise<Story> {
  if (path === undefined || path === DEFAULT_STORY_NAME) return defaultStory();
  const file = displayName(path);
  const read = await readStoryFile(path, io);
  if (!read.ok) throw new StoryValidationError("parseStoryJson", [read.problem], file);
  const { checkStoryJson } = await import("../graph/input/load.ts");
  const check = checkStoryJson(read.bytes, { file });
  for (const n of check.notices) io.err(noticeLine(n) + "\n");
  if (!check.ok) throw new StoryValidationError("parseStoryJson", check.problems, file);
  return check.story;
}
