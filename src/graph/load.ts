/**
 * `parseStoryJson`: a story file (bytes or text) to a validated story. Decodes UTF-8 strictly,
 * parses JSON, then runs `buildStory`; every problem carries the file name.
 *
 * Policy: a leading UTF-8 BOM is dropped; CRLF and lone CR line ends in the article text are
 * normalised to LF before sentences are segmented (offsets then count in the normalised text).
 */
import { EncodingError, JsonSyntaxError, StoryValidationError, type StoryProblem } from "./errors.ts";
import type { Story } from "./model.ts";
import { buildStory } from "./validate.ts";

const FN = "parseStoryJson";

export interface ParseStoryOptions {
  /** File name to report in problems. */
  readonly file?: string;
}

/**
 * Parse and validate a story file.
 *
 * @throws {StoryValidationError} with an `EncodingError`, a `JsonSyntaxError` (with line and
 *   column) or every validation problem of the story.
 */
export function parseStoryJson(source: string | Uint8Array, options: ParseStoryOptions = {}): Story {
  const file = options.file;
  const fail = (problem: StoryProblem): never => {
    if (file !== undefined) problem.file = file;
    throw new StoryValidationError(FN, [problem], file);
  };
  let text: string;
  if (typeof source === "string") text = source;
  else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source);
    } catch {
      return fail(new EncodingError(FN, "", "the file is not valid UTF-8"));
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const problem = new JsonSyntaxError(FN, "", `malformed JSON: ${(e as Error).message}`);
    const m = /position (\d+)/.exec((e as Error).message);
    if (m) Object.assign(problem, lineColumn(text, Number(m[1])));
    return fail(problem);
  }
  if (data && typeof data === "object" && !Array.isArray(data)) {
    const article = (data as { article?: { text?: unknown } }).article;
    if (article && typeof article.text === "string") article.text = article.text.replace(/\r\n?/g, "\n");
  }
  try {
    return buildStory(data);
  } catch (e) {
    if (e instanceof StoryValidationError && file !== undefined) {
      for (const p of e.problems) p.file = file;
      throw new StoryValidationError(FN, e.problems, file);
    }
    throw e;
  }
}

/** 1-based line and column of UTF-16 offset `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
