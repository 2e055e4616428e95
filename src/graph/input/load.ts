/**
 * Loading story files: bytes or text to a validated story, or to the list of every problem with
 * its JSON path, line and column. The CLI (`--story`, `storygraph validate`), the library and the
 * viewer's file loader all go through `checkStoryJson`, so they accept and reject the same files
 * with the same messages.
 *
 * Steps and policies, in order:
 * 1. Size: input over `maxBytes` (default 10 MiB, counted in UTF-8 bytes) is refused with a
 *    `FileTooLargeError` before anything is decoded or parsed, so time and memory stay bounded.
 * 2. Encoding: bytes are decoded as strict UTF-8; anything else is an `EncodingError` at the
 *    first bad byte (UTF-16 files are recognised and named as such).
 * 3. BOM: one leading U+FEFF is dropped (editors on Windows add it); lines and columns are then
 *    counted without it, as editors show them.
 * 4. JSON: `scanJson` first, which says where and why the text is not JSON (`JsonSyntaxError`),
 *    refuses nesting deeper than 64 levels (`NestingTooDeepError`) and reports keys repeated in
 *    one object (`DuplicateKeyError`: `JSON.parse` would silently keep the last); then `JSON.parse`.
 * 5. Line ends: `buildStory` itself reads CRLF and lone CR inside the article text, quotes and
 *    attributions as LF (so every way of loading agrees); every offset (`start`/`end`) counts in
 *    that normalised text. CRLF between JSON tokens is plain whitespace.
 * 6. `buildStory`'s checks (format, shape, meaning) report to one problem list, which builds each
 *    problem with the line and column of its path (located in one scan) and the file name.
 */
import {
  DuplicateKeyError,
  EncodingError,
  InexactNumberError,
  InvalidArgumentError,
  JsonSyntaxError,
  NestingTooDeepError,
  StoryProblem,
  StoryValidationError,
} from "../errors.ts";
import { sniffEncoding } from "../encoding.ts";
import { numberTextAt, sameNumber } from "./exact-numbers.ts";
import { lineIndex, locateJsonPaths, scanJson } from "./json-position.ts";
import type { Story } from "../model.ts";
import { ProblemList, type StoryNotice } from "./problems.ts";
import { checkStoryInput } from "./validate.ts";
import { MAX_STORY_DEPTH, formatBytes, resolveParseStoryOptions, tooLarge, type ParseStoryOptions } from "./load-options.ts";

export {
  DEFAULT_MAX_STORY_BYTES,
  DEFAULT_PARSE_STORY_OPTIONS,
  MAX_STORY_DEPTH,
  checkStorySize,
  resolveParseStoryOptions,
  type ParseStoryOptions,
  type ResolvedParseStoryOptions,
} from "./load-options.ts";

const FN = "parseStoryJson";

/** The outcome of checking a story file: the story and its notices, or every problem found. */
export type StoryCheck =
  | { readonly ok: true; readonly story: Story; readonly problems: readonly []; readonly notices: readonly StoryNotice[] }
  | { readonly ok: false; readonly story: null; readonly problems: readonly StoryProblem[]; readonly notices: readonly StoryNotice[] };

/**
 * Check a story file without throwing on bad content: the validator behind `parseStoryJson`,
 * `storygraph validate` and the viewer's file loader. Problems come in input order, each with its
 * `path`, its `line` and `column` in the file (except `FileTooLargeError`) and `file`; notices
 * (a storygraph/1 file converted) likewise.
 *
 * @throws {InvalidArgumentError} for bad options or a source that is neither a string nor bytes.
 */
export function checkStoryJson(source: string | Uint8Array, options: ParseStoryOptions = {}): StoryCheck {
  const { file, maxBytes } = resolveParseStoryOptions(options);
  return collectProblems(source, maxBytes, file);
}

/**
 * Parse and validate a story file (JSON text or its bytes).
 *
 * @returns the validated story.
 * @throws {StoryValidationError} holding every problem (`FileTooLargeError`, `EncodingError`,
 *   `JsonSyntaxError`, `DuplicateKeyError` or any `buildStory` problem), each with `path`,
 *   `line`, `column` and `file`.
 * @throws {InvalidArgumentError} for bad options.
 */
export function parseStoryJson(source: string | Uint8Array, options: ParseStoryOptions = {}): Story {
  const check = checkStoryJson(source, options);
  if (!check.ok) throw new StoryValidationError(FN, check.problems, options.file);
  return check.story;
}

function failed(problems: readonly StoryProblem[], notices: readonly StoryNotice[] = []): StoryCheck {
  return { ok: false, story: null, problems, notices };
}

function collectProblems(source: string | Uint8Array, maxBytes: number, file: string | undefined): StoryCheck {
  const at = { file };
  let text: string;
  if (typeof source === "string") {
    const size = utf8Length(source, maxBytes);
    if (size > maxBytes) return failed([tooLarge(`the text is over ${formatBytes(maxBytes)}`, maxBytes, file)]);
    text = source;
  } else if (source instanceof Uint8Array) {
    if (source.byteLength > maxBytes) return failed([tooLarge(`the file is ${formatBytes(source.byteLength)}`, maxBytes, file)]);
    // UTF-16 and UTF-32 without a byte order mark may be valid UTF-8 (ASCII and NUL bytes): told by their zero bytes
    if (sniffEncoding(source).encoding !== "UTF-8") return failed([encodingProblem(source, file)]);
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(source);
    } catch {
      return failed([encodingProblem(source, file)]);
    }
  } else {
    throw new InvalidArgumentError(FN, "source", "must be a string or a Uint8Array");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  // The scan comes first: it locates syntax errors, refuses absurd nesting before JSON.parse
  // spends seconds on it, and finds repeated keys.
  let lines: ((offset: number) => { line: number; column: number }) | undefined;
  const toLine = (offset: number) => (lines ??= lineIndex(text))(offset);
  const scan = scanJson(text, undefined, MAX_STORY_DEPTH);
  if (scan.syntaxError) {
    const { kind, path, message, offset } = scan.syntaxError;
    const place = { ...toLine(offset), ...at };
    const problem =
      kind === "depth"
        ? new NestingTooDeepError(FN, path, `${message}; a story file needs 7`, place)
        : new JsonSyntaxError(FN, path, `malformed JSON: ${message}`, place);
    return failed([problem]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // Not expected: the scanner accepts exactly what JSON.parse accepts (a property test checks it).
    return failed([new JsonSyntaxError(FN, "", `malformed JSON: ${(e as Error).message}`, { line: 1, column: 1, ...at })]);
  }

  const problems: StoryProblem[] = [];
  for (const d of scan.duplicateKeys) {
    const first = toLine(d.firstOffset);
    problems.push(
      new DuplicateKeyError(FN, d.path, `the key "${d.key}" appears twice in this object (first on line ${first.line}); JSON keeps only the last`, { ...toLine(d.offset), ...at }),
    );
  }
  for (const p of inexactAmounts(text, data, toLine, file)) problems.push(p);
  const list = new ProblemList("buildStory");
  const story = checkStoryInput(data, list);
  // every path the problems and notices name is located in one scan of the text
  const locator = {
    file,
    locate(paths: readonly string[]) {
      const offsets = locateJsonPaths(text, paths);
      return (path: string) => toLine(offsets.get(path) ?? 0);
    },
  };
  const notices = list.notices(locator);
  if (story && problems.length === 0 && list.size === 0) return { ok: true, story, problems: [], notices };
  // one by one: spreading 100,000s of problems into push overflowed the call stack
  for (const p of list.finish(locator)) problems.push(p);
  return failed(problems, notices);
}

/**
 * A number can only be changed by `JSON.parse` when it has 16 significant digits or more (every
 * 15-digit decimal reads and writes back the same) or an exponent of three digits: a text without
 * such a run needs no check (the exponent after a digit: an id such as `e1234` is no exponent).
 */
const MAYBE_INEXACT_RE = /[\d.]{16,}|\d[eE][+-]?\d{3}/;

/**
 * An `InexactNumberError` for each amount whose value the text writes with digits a double
 * cannot keep (`9007199254740993`, `1e-400`): `JSON.parse` changed it silently. Amounts are the
 * numbers a story states; the offsets and occurrences are checked by the anchoring.
 */
function inexactAmounts(text: string, data: unknown, toLine: (offset: number) => { line: number; column: number }, file: string | undefined): StoryProblem[] {
  if (!MAYBE_INEXACT_RE.test(text) || !data || typeof data !== "object") return [];
  const paths: string[] = [];
  const values = new Map<string, number>();
  for (const list of ["relations", "events"] as const) {
    const claims = (data as Record<string, unknown>)[list];
    if (!Array.isArray(claims)) continue;
    claims.forEach((c: unknown, i) => {
      const amount = c && typeof c === "object" ? (c as { amount?: unknown }).amount : undefined;
      const value = amount && typeof amount === "object" ? (amount as { value?: unknown }).value : undefined;
      if (typeof value !== "number") return;
      const path = `${list}[${i}].amount.value`;
      paths.push(path);
      values.set(path, value);
    });
  }
  if (paths.length === 0) return [];
  const offsets = locateJsonPaths(text, paths);
  const out: StoryProblem[] = [];
  for (const path of paths) {
    const offset = offsets.get(path) ?? 0;
    const raw = numberTextAt(text, offset);
    const value = values.get(path)!;
    // an infinite amount is refused as such (InvalidAmountError)
    if (raw === undefined || !Number.isFinite(value) || sameNumber(raw, value)) continue;
    const detail = `the file writes ${raw.length > 60 ? raw.slice(0, 60) + "…" : raw}, which a double cannot hold: it would read as ${value} (write at most 15 significant digits, or a number a double keeps)`;
    out.push(new InexactNumberError(FN, path, detail, { ...toLine(offset), file }));
  }
  return out;
}

/** UTF-8 length of `text`, counting stops once past `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** Offset of the first byte that is not valid UTF-8, or -1 when every byte is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/**
 * The `EncodingError` for bytes that are not UTF-8: what they look like (UTF-16, UTF-32, Latin-1)
 * and the line and column of the first bad byte. Also used by `storygraph init` for article files.
 *
 * @param fn - the function named at the start of the message.
 */
export function encodingProblem(bytes: Uint8Array, file: string | undefined, fn = FN): StoryProblem {
  const { encoding, bom } = sniffEncoding(bytes);
  const bad = Math.max(0, firstInvalidUtf8(bytes));
  const detail = encoding !== "UTF-8"
    ? `the file is ${encoding.slice(0, 6)} (${bom > 0 ? `it starts with a ${encoding.slice(0, 6)} byte order mark` : "its zero bytes show it"}); save it as UTF-8`
    : `the file is not valid UTF-8 (byte 0x${bytes[bad]?.toString(16).toUpperCase().padStart(2, "0") ?? "??"} at offset ${bad}); ` +
      "it may be Latin-1 or Windows-1252: save it as UTF-8";
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
  return new EncodingError(fn, "", detail, { ...lineIndex(prefix)(prefix.length), file });
}



/** 1-based line and column of UTF-16 offset `offset` in `text` (lines end at LF, CRLF or CR). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineIndex(text)(offset);
}
