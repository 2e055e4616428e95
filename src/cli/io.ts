/**
 * What a CLI command may touch: its output streams, standard input and the file system calls it
 * needs. Tests pass a fake; `main` passes the process's own.
 */
import { readFileSync, statSync } from "node:fs";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  /** What a path is and its size, so that a directory or an oversized story is refused unread. */
  stat?(path: string): { size: number; isFile: boolean; isDirectory: boolean };
  /**
   * Standard input (a file argument `-`), read until its end or until more than `limit` bytes
   * have come (then the first `limit + 1` bytes: the caller refuses it as too large).
   */
  readStdin?(limit: number): Promise<Uint8Array>;
}

/** Read the process's standard input, stopping once past `limit` bytes. */
async function readProcessStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > limit) {
      process.stdin.destroy();
      break;
    }
  }
  return Buffer.concat(chunks, size).subarray(0, limit + 1);
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  stat: (path) => {
    const st = statSync(path);
    return { size: st.size, isFile: st.isFile(), isDirectory: st.isDirectory() };
  },
  readStdin: readProcessStdin,
};

/** The file argument that means standard input (`validate -`, `--story -`). */
export const STDIN = "-";

/** How standard input is named in messages and problem locations. */
export const STDIN_NAME = "<stdin>";

/** Exit codes: 0 success, 1 a failure of the data (invalid story, nothing found), 2 a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A command-line usage mistake (unknown flag, missing argument): exit code 2 and a hint to the command's help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** One `storygraph` subcommand. */
export interface Command {
  readonly name: string;
  /** Full `--help` text, with examples. */
  readonly help: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}
