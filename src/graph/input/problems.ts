/**
 * `ProblemList`: where the input pipeline collects what it finds wrong (problems) and what it
 * changed on the way (notices, such as a storygraph/1 file converted to storygraph/2), so that
 * each problem is constructed once, complete: with its JSON path, and, when the input came from
 * text, its line and column and the file's name.
 *
 * The checks report `(class, path, detail)` as they go; `finish` then locates every path in the
 * source text in one scan (`locateJsonPaths`) and builds the problems. A migrated input reports
 * paths of the converted shape: `mapPath` turns them back into paths of the file as written
 * (`relations[2].start` → `relations[2].date`), so the line and column are those the author sees.
 */
import { StoryProblem, UnknownFieldError, type ProblemLocation, type ProblemPlace } from "../errors.ts";
import { childKeyPath } from "./json-path.ts";

/** A `StoryProblem` class with the common constructor. */
export type ProblemClass = new (fn: string, path: string, detail: string, place?: ProblemPlace) => StoryProblem;

/** Something the loader changed or read in a way the author should know of; never a failure. */
export interface StoryNotice extends ProblemLocation {
  readonly message: string;
}

/** Turns the source text's offsets into line and column (see `locateJsonPaths`, `lineIndex`). */
export interface ProblemLocator {
  /** Line and column of the value at each path (a path not found gets the document's start). */
  locate(paths: readonly string[]): (path: string) => { line: number; column: number } | undefined;
  readonly file?: string | undefined;
}

interface Pending {
  readonly path: string;
  /** The path whose text position the problem points at (an unknown field points at the field). */
  readonly at: string;
  readonly make: (path: string, place: ProblemPlace) => StoryProblem;
}

export class ProblemList {
  private readonly pending: Pending[] = [];
  private readonly notes: { path: string; message: string }[] = [];
  /** Rewrites a reported path into the path of the input as written (identity by default). */
  mapPath: (path: string) => string = (path) => path;

  /** @param fn - the function the problems name (`buildStory`, `parseStoryJson`). */
  constructor(readonly fn: string) {}

  /** How many problems were reported so far. */
  get size(): number {
    return this.pending.length;
  }

  /** Report a problem of class `cls` at `path` (a detail over `MAX_DETAIL_LENGTH` is clipped: it may quote a 9 MB value). */
  add(cls: ProblemClass, path: string, detail: string): void {
    const fn = this.fn;
    const d = clipDetail(detail);
    this.pending.push({ path, at: path, make: (p, place) => new cls(fn, p, d, place) });
  }

  /** Report an unknown field `field` of the object at `path` (located at the field itself). */
  addUnknownField(path: string, field: string, detail: string): void {
    const fn = this.fn;
    const d = clipDetail(detail);
    this.pending.push({ path, at: childKeyPath(path, field), make: (p, place) => new UnknownFieldError(fn, p, d, field, place) });
  }

  /** Report a notice at `path`. */
  notice(path: string, message: string): void {
    this.notes.push({ path, message });
  }

  /** The notices reported so far, located like the problems. */
  notices(locator?: ProblemLocator): StoryNotice[] {
    if (this.notes.length === 0) return [];
    const map = this.mapPath;
    const paths = this.notes.map((n) => map(n.path));
    const where = locator?.locate(paths);
    return this.notes.map((n, i) => ({ path: paths[i]!, message: n.message, ...place(where?.(paths[i]!), locator?.file) }));
  }

  /** Build every problem reported, each with its path (as written) and, given a locator, its line, column and file. */
  finish(locator?: ProblemLocator): StoryProblem[] {
    // locating scans the whole source text: only when there is something to locate
    if (this.pending.length === 0) return [];
    const map = this.mapPath;
    const paths = this.pending.map((p) => map(p.path));
    const ats = this.pending.map((p) => map(p.at));
    const where = locator?.locate(ats);
    // problems are collected, never thrown one by one: the stack trace each Error captures (the
    // same for all, and shown by no one) was most of the cost of 100,000 problems
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      return this.pending.map((p, i) => p.make(paths[i]!, place(where?.(ats[i]!), locator?.file)));
    } finally {
      Error.stackTraceLimit = limit;
    }
  }
}

/** The longest detail a problem keeps whole; a longer one (it quotes a huge value) keeps its first `MAX_DETAIL_LENGTH / 2` code units. */
export const MAX_DETAIL_LENGTH = 2000;

/** `detail`, or its start and how much was left out when it is over `MAX_DETAIL_LENGTH` (never cutting a surrogate pair). */
export function clipDetail(detail: string): string {
  if (detail.length <= MAX_DETAIL_LENGTH) return detail;
  let cut = MAX_DETAIL_LENGTH / 2;
  const c = detail.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${detail.slice(0, cut)}… (${detail.length - cut} more characters)`;
}

function place(at: { line: number; column: number } | undefined, file: string | undefined): ProblemPlace {
  const out: { line?: number; column?: number; file?: string } = {};
  if (at) {
    out.line = at.line;
    out.column = at.column;
  }
  if (file !== undefined) out.file = file;
  return out;
}
