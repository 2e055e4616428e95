/** `--story FILE`: the story a command works on, the default story when the flag is absent. */
import { defaultStory } from "../data/story.ts";
import type { Story } from "../graph/model.ts";
import { StoryValidationError } from "../graph/errors.ts";
import { checkStorySize, parseStoryJson } from "../graph/load.ts";
import type { CliIO } from "./io.ts";

/**
 * The story named by `--story`, or the built-in default story.
 *
 * @throws {StoryValidationError} when the file is not a valid story (with every problem's path, line and column).
 */
export function storyFromOption(path: string | undefined, io: CliIO): Story {
  if (path === undefined) return defaultStory();
  const tooLarge = io.fileSize && checkStorySize(io.fileSize(path), { file: path });
  if (tooLarge) throw new StoryValidationError("parseStoryJson", [tooLarge], path);
  return parseStoryJson(io.readFile(path), { file: path });
}
