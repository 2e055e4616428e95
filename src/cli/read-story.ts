/**
 * Reading a story file for the CLI, shared by `--story`, `validate` and `migrate`: refuses what is not a
 * regular file (a directory, a FIFO that would block) and what is over the size limit before
 * reading a byte, and turns file-system failures into a typed `FileReadError`. The name `-` reads
 * standard input (up to the size limit, then refused as too large).
 */
import { StorygraphError, type StoryProblem } from "../graph/errors.ts";
import { DEFAULT_MAX_STORY_BYTES, checkStorySize } from "../graph/input/load-options.ts";
import { STDIN, STDIN_NAME, type CliIO } from "./io.ts";

/** A story file cannot be read: missing, a directory, no permission, … */
export class FileReadError extends StorygraphError {
  constructor(
    fn: string,
    readonly file: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${fn}: cannot read ${file}: ${detail}`);
  }
}

const FN = "readStoryFile";

/** The bytes of story file `path`, or the size problem that refuses it unread. */
export type StoryFileRead = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly problem: StoryProblem };

/** How a file argument is named in messages: `<stdin>` for `-`. */
export function displayName(path: string): string {
  return path === STDIN ? STDIN_NAME : path;
}

/**
 * Read story file `path` through `io` (`-`: standard input).
 *
 * @throws {FileReadError} when it is missing, not a regular file or unreadable.
 */
export async function readStoryFile(path: string, io: CliIO): Promise<StoryFileRead> {
  if (path === STDIN) {
    if (!io.readStdin) throw new FileReadError(FN, STDIN_NAME, "ENOTSUP", "standard input is not available here");
    const bytes = await io.readStdin(DEFAULT_MAX_STORY_BYTES);
    const problem = checkStorySize(bytes.length, { file: STDIN_NAME });
    return problem ? { ok: false, problem } : { ok: true, bytes };
  }
  try {
    if (io.stat) {
      const st = io.stat(path);
      if (!st.isFile) throw new FileReadError(FN, path, st.isDirectory ? "EISDIR" : "ENOTFILE", st.isDirectory ? "it is a directory" : "it is not a regular file");
      const problem = checkStorySize(st.size, { file: path });
      if (problem) return { ok: false, problem };
    }
    return { ok: true, bytes: io.readFile(path) };
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    const err = e as NodeJS.ErrnoException;
    const detail = err.code === "ENOENT" ? "no such file" : err.code === "EACCES" ? "permission denied" : (err.code ?? err.message);
    throw new FileReadError(FN, path, err.code, detail);
  }
}
