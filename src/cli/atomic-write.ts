/**
 * `writeFileAtomic`: write a file from chunks so that readers never see a partial file. The chunks
 * go to a temporary file in the target's directory (same file system), which is flushed and then
 * renamed over the target. If anything fails — a chunk producer throws, the disk is full — the
 * temporary file is removed and an existing target is left untouched.
 */
import { randomBytes } from "node:crypto";
import { closeSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import path from "node:path";
import { StorygraphError } from "../graph/errors.ts";

/** Writing an output file failed (the target is left as it was). */
export class FileWriteError extends StorygraphError {
  constructor(
    fn: string,
    readonly file: string,
    readonly code: string | undefined,
    detail: string,
  ) {
    super(`${fn}: cannot write ${file}: ${detail}`);
  }
}

/** The temporary file name used for `target`: hidden, in the same directory, unique. */
export function tempPathFor(target: string): string {
  const dir = path.dirname(path.resolve(target));
  return path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Write `chunks` to `path` atomically (temporary file + fsync + rename). An existing target
 * keeps its permissions; a symbolic link is followed, and the file it points to is replaced.
 *
 * @throws {FileWriteError} when the file cannot be written (missing directory, no permission, …);
 *   the target is untouched and no temporary file is left.
 * @throws whatever the chunk iterator throws, after the same clean-up.
 */
export function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>): void {
  const FN = "writeFileAtomic";
  // Write through a symbolic link to the file it points to (replacing the link itself would
  // leave the real file stale).
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    /* does not exist yet (or a dangling link): write at `path` */
  }
  const tmp = tempPathFor(target);
  let mode: number | undefined;
  try {
    const st = statSync(target);
    if (st.isDirectory()) throw new FileWriteError(FN, target, "EISDIR", "it is a directory");
    mode = st.mode & 0o7777;
  } catch (e) {
    if (e instanceof FileWriteError) throw e;
  }
  let fd: number;
  try {
    fd = openSync(tmp, "wx", 0o666);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new FileWriteError(FN, target, err.code, err.code ?? err.message);
  }
  try {
    if (mode !== undefined) fchmodSync(fd, mode);
    for (const chunk of chunks) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
      for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = -1;
    renameSync(tmp, target);
  } catch (e) {
    if (fd !== -1) {
      try {
        closeSync(fd);
      } catch {
        /* already closed */
      }
    }
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing to remove */
    }
    if (e instanceof Error && "code" in e && typeof (e as NodeJS.ErrnoException).code === "string" && "syscall" in e) {
      const err = e as NodeJS.ErrnoException;
      throw new FileWriteError(FN, target, err.code, err.code ?? err.message);
    }
    throw e;
  }
}
