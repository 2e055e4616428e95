/**
 * The options of the story file loader and its size limit, apart from the loader itself: the CLI
 * refuses an oversized file (`checkStorySize`) before it loads the loader and its schema library.
 */
import { FileTooLargeError, InvalidArgumentError, type StoryProblem } from "../errors.ts";

const FN = "parseStoryJson";

/** The largest story file accepted by default: 10 MiB (a long article with its graph is < 1 MiB). */
export const DEFAULT_MAX_STORY_BYTES = 10 * 1024 * 1024;

/** Deepest nesting of objects and arrays accepted; a story file needs 7 (relations[i].citations[j].sources[k] is an object at depth 7). */
export const MAX_STORY_DEPTH = 64;

/** Options of `parseStoryJson` and `checkStoryJson`. */
export interface ParseStoryOptions {
  /** File name to report in problems. */
  readonly file?: string;
  /** Largest input accepted, in UTF-8 bytes (default `DEFAULT_MAX_STORY_BYTES`). */
  readonly maxBytes?: number;
}

export interface ResolvedParseStoryOptions {
  readonly file: string | undefined;
  readonly maxBytes: number;
}

export const DEFAULT_PARSE_STORY_OPTIONS: ResolvedParseStoryOptions = Object.freeze({
  file: undefined,
  maxBytes: DEFAULT_MAX_STORY_BYTES,
});

/**
 * Fill in defaults and check option values.
 *
 * @throws {InvalidArgumentError} when `maxBytes` is not a positive integer or `file` not a string.
 */
export function resolveParseStoryOptions(options: ParseStoryOptions = {}): ResolvedParseStoryOptions {
  const fn = "resolveParseStoryOptions";
  const maxBytes = options.maxBytes ?? DEFAULT_PARSE_STORY_OPTIONS.maxBytes;
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) {
    throw new InvalidArgumentError(fn, "maxBytes", `must be a positive integer, got ${String(maxBytes)}`);
  }
  if (options.file !== undefined && typeof options.file !== "string") {
    throw new InvalidArgumentError(fn, "file", `must be a string, got ${typeof options.file}`);
  }
  return { file: options.file, maxBytes };
}

/**
 * The problem a file of `byteLength` bytes gets when it is over the limit, or `null` when it
 * fits: lets a caller that knows the size (the CLI stats the file) refuse it without reading it.
 *
 * @throws {InvalidArgumentError} for bad options.
 */
export function checkStorySize(byteLength: number, options: ParseStoryOptions = {}): StoryProblem | null {
  const { file, maxBytes } = resolveParseStoryOptions(options);
  if (byteLength <= maxBytes) return null;
  return tooLarge(`the file is ${formatBytes(byteLength)}`, maxBytes, file);
}

export function tooLarge(what: string, maxBytes: number, file: string | undefined): StoryProblem {
  return new FileTooLargeError(FN, "", `${what}; story files are limited to ${formatBytes(maxBytes)} (option maxBytes)`, { file });
}

export function formatBytes(n: number): string {
  const mib = n / (1024 * 1024);
  return `${n} bytes${n >= 1024 * 1024 ? ` (${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB)` : ""}`;
}

