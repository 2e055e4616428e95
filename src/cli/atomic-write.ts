/**
 * `writeFileAtomic`: write an output file from chunks so that readers never see a partial file and
 * nothing that is not a regular file is ever replaced.
 * - A regular file, or a new path: the chunks go to a temporary file in the target's directory
 *   (same file system), which is flushed and then renamed over the target. If anything fails — a
 *   chunk producer throws, the disk is full — the temporary file is removed and an existing target
 *   is left untouched. A symbolic link is followed: the file it points to is replaced.
 * - Anything else that exists — a character device (`/dev/null`, a terminal), a FIFO, a socket, a
 *   `/dev/fd/N` or `/proc/self/fd/N` pipe (`--out >(wc -c)`): the chunks are written straight
 *   into it, as `>` would; it is never replaced, removed or turned into a regular file.
 * - Interrupted (SIGINT, SIGTERM, SIGHUP) while writing: the temporary file is removed, then the
 *   process ends by that signal. Writing yields to the event loop every few megabytes so that the
 *   signal is handled promptly.
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

/** Bytes written between two yields to the event loop (where a signal handler can run). */
const YIELD_EVERY = 4 * 1024 * 1024;

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Temporary files being written now; removed if the process is interrupted. */
const pending = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, onSignal);
  // end by the same signal, as the default handler would have
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(tmp);
}

function untrack(tmp: string): void {
  pending.delete(tmp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, onSignal);
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Write every chunk to `fd`, yielding to the event loop every `YIELD_EVERY` bytes. */
async function writeChunks(fd: number, chunks: Iterable<string | Uint8Array>): Promise<void> {
  let sinceYield = 0;
  for (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
    sinceYield += bytes.length;
    if (sinceYield >= YIELD_EVERY) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
}

function writeError(fn: string, target: string, e: unknown): unknown {
  if (e instanceof Error && "code" in e && typeof (e as NodeJS.ErrnoException).code === "string" && "syscall" in e) {
    const err = e as NodeJS.ErrnoException;
    return new FileWriteError(fn, target, err.code, err.code ?? err.message);
  }
  return e;
}

/**
 * Write `chunks` to `path`: atomically (temporary file + fsync + rename) when it is a regular file
 * or does not exist; straight through when it is a device, FIFO, socket or pipe.
 *
 * @throws {FileWriteError} when the file cannot be written (missing directory, a directory, no
 *   permission, …); the target is untouched and no temporary file is left.
 * @throws whatever the chunk iterator throws, after the same clean-up.
 */
export async function writeFileAtomic(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const FN = "writeFileAtomic";
  let st: import("node:fs").Stats | undefined;
  try {
    st = statSync(path); // follows links, /dev/fd/N included
  } catch {
    /* does not exist yet (or a dangling link): a new file */
  }
  if (st?.isDirectory()) throw new FileWriteError(FN, path, "EISDIR", "it is a directory");
  if (st && !st.isFile()) return writeThrough(path, chunks);

  // Write through a symbolic link to the file it points to (replacing the link itself would
  // leave the real file stale).
  let target = path;
  try {
    target = realpathSync(path);
  } catch {
    /* does not exist yet (or a dangling link): write at `path` */
  }
  const tmp = tempPathFor(target);
  // listen for signals before the temporary file exists: a signal between its creation and the
  // listener would otherwise end the process by default and leave the file behind
  track(tmp);
  let fd: number;
  try {
    fd = openSync(tmp, "wx", 0o666);
  } catch (e) {
    untrack(tmp);
    const err = e as NodeJS.ErrnoException;
    throw new FileWriteError(FN, target, err.code, err.code ?? err.message);
  }
  try {
    if (st) fchmodSync(fd, st.mode & 0o7777);
    await writeChunks(fd, chunks);
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
    throw writeError(FN, target, e);
  } finally {
    untrack(tmp);
  }
}

/** `/dev/fd/N`, `/dev/stdout`-style names of a descriptor this process already has: N, else null. */
function ownDescriptor(path: string): number | null {
  const m = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/.exec(path);
  if (m) return Number(m[1]);
  return path === "/dev/stdout" ? 1 : path === "/dev/stderr" ? 2 : null;
}

/**
 * Write into an existing device, FIFO, socket or pipe, as a shell's `>` does. A descriptor the
 * process already holds (`/dev/fd/N`: a shell's `>(…)`) is written to as it is (a socket cannot be
 * opened again by its name) and left open.
 */
async function writeThrough(path: string, chunks: Iterable<string | Uint8Array>): Promise<void> {
  const FN = "writeFileAtomic";
  const own = ownDescriptor(path);
  let fd: number;
  try {
    fd = own ?? openSync(path, "w");
  } catch (e) {
    throw writeError(FN, path, e);
  }
  try {
    await writeChunks(fd, chunks);
  } catch (e) {
    throw writeError(FN, path, e);
  } finally {
    if (own === null) closeSync(fd);
  }
}
