/**
 * Open a story file chosen or dropped by the user: a story JSON (validated by `checkStoryJson`,
 * the CLI's own loader and messages, with its notices: a storygraph/1 file converted, a date kept
 * as the author's reading) or a GEXF file (read by the GEXF adapter: a storygraph
 * export gives a story, any other GEXF a plain graph shown without article). Never throws: a
 * file that cannot be used gives the list of its problems, each with its path.
 *
 * Loaded on demand by the app (it brings zod): zod-config comes first so that zod never probes
 * for `eval`, which the page's CSP forbids.
 */
import "../zod-config.ts";
import { FileTooLargeError, StoryProblem, StoryValidationError } from "../../graph/errors.ts";
import { checkStoryJson, checkStorySize } from "../../graph/input/load.ts";
import type { StoryNotice } from "../../graph/input/problems.ts";
import type { Story } from "../../graph/model.ts";
import { GexfParseError } from "../../graph/gexf/errors.ts";
import { readGexf } from "./gexf.ts";
import type { UntypedGraph } from "../../graph/gexf/untyped.ts";
import type { NoticeItem, ProblemItem } from "../panels/problems.ts";

export type { NoticeItem, ProblemItem };

/** Largest GEXF file the viewer reads (bytes). Story JSON files get the loader's own limit
 * (`DEFAULT_MAX_STORY_BYTES`, checked by `checkStorySize`), the same as the CLI's. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type LoadResult =
  | { readonly ok: true; readonly kind: "story"; readonly file: string; readonly format: "json" | "gexf"; readonly story: Story; readonly notices: readonly NoticeItem[] }
  | { readonly ok: true; readonly kind: "graph"; readonly file: string; readonly format: "gexf"; readonly graph: UntypedGraph }
  | { readonly ok: false; readonly file: string; readonly problems: readonly ProblemItem[] };

/** The list form of one notice. */
export function noticeItem(n: StoryNotice): NoticeItem {
  const where = [n.line !== undefined ? `line ${n.line}` : "", n.column !== undefined ? `column ${n.column}` : ""].filter(Boolean).join(", ");
  return { path: n.path || "(document)", where, message: n.message };
}

/** The list form of one problem. */
export function problemItem(p: StoryProblem): ProblemItem {
  const where = [p.line !== undefined ? `line ${p.line}` : "", p.column !== undefined ? `column ${p.column}` : ""].filter(Boolean).join(", ");
  return { path: p.path || "(document)", where, detail: p.detail, kind: p.name };
}

function problemsOf(error: unknown): ProblemItem[] {
  if (error instanceof StoryValidationError) return error.problems.map(problemItem);
  if (error instanceof StoryProblem) return [problemItem(error)];
  if (error instanceof GexfParseError) {
    return [{ path: "(document)", where: `line ${error.line}, column ${error.column}`, detail: error.message, kind: error.name }];
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return [{ path: "(document)", where: "", detail: e.message, kind: e.name }];
}

/** True when the file looks like GEXF (by name, or XML content). */
export function looksLikeGexf(name: string, head: string): boolean {
  return /\.gexf$/i.test(name) || /^\s*<(\?xml|gexf)/.test(head);
}

/** The result that refuses a file of `size` bytes named `name` unread, or null when it fits. */
export function tooLargeResult(name: string, size: number): LoadResult | null {
  if (!/\.gexf$/i.test(name)) {
    const p = checkStorySize(size, { file: name });
    return p ? { ok: false, file: name, problems: [problemItem(p)] } : null;
  }
  if (size <= MAX_FILE_BYTES) return null;
  const p = new FileTooLargeError("loadStoryFile", "", `the file is ${size} bytes; the viewer reads GEXF files of at most ${MAX_FILE_BYTES}`);
  return { ok: false, file: name, problems: [problemItem(p)] };
}

/** Read and validate the bytes of a story file named `name`. */
export function loadStoryBytes(name: string, bytes: Uint8Array): LoadResult {
  const refused = tooLargeResult(name, bytes.byteLength);
  if (refused) return refused;
  const head = new TextDecoder("utf-8").decode(bytes.subarray(0, 200));
  try {
    if (looksLikeGexf(name, head)) {
      const content = readGexf(bytes);
      if (content.kind === "story") return { ok: true, kind: "story", file: name, format: "gexf", story: content.story, notices: [] };
      return { ok: true, kind: "graph", file: name, format: "gexf", graph: content.graph };
    }
    const check = checkStoryJson(bytes, { file: name });
    if (!check.ok) return { ok: false, file: name, problems: check.problems.map(problemItem) };
    return { ok: true, kind: "story", file: name, format: "json", story: check.story, notices: check.notices.map(noticeItem) };
  } catch (e) {
    return { ok: false, file: name, problems: problemsOf(e) };
  }
}

/** Read and validate a `File` from the picker or a drop. */
export async function loadStoryFile(file: File): Promise<LoadResult> {
  const refused = tooLargeResult(file.name, file.size);
  if (refused) return refused;
  return loadStoryBytes(file.name, new Uint8Array(await file.arrayBuffer()));
}
