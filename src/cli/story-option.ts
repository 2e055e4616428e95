/** `--story FILE`: the story a command works on, the default story when the flag is absent. */
import { defaultStory } from "../data/story.ts";
import type { Story } from "../graph/model.ts";
import { StoryValidationError } from "../graph/errors.ts";
import { parseStoryJson } from "../graph/input/load.ts";
import { readStoryFile } from "./read-story.ts";
import type { CliIO } from "./io.ts";

/**
 * The story named by `--story`, or the built-in default story.
 *
 * @throws {FileReadError} when the file cannot be read (missing, a directory, …).
 * @throws {StoryValidationError} when the file is not a valid story (with every problem's path, line and column).
 */
export function storyFromOption(path: string | undefined, io: CliIO): Story {
  if (path === undefined) return defaultStory();
  const read = readStoryFile(path, io);
  if (!read.ok) throw new StoryValidationError("parseStoryJson", [read.problem], path);
  return parseStoryJson(read.bytes, { file: path });
}
