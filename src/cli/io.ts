/**
 * What a CLI command may touch: its output streams and the file system calls it needs. Tests pass
 * a fake; `main` passes the process's own.
 */
import { readFileSync, statSync } from "node:fs";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
  /** What a path is and its size, so that a directory or an oversized story is refused unread. */
  stat?(path: string): { size: number; isFile: boolean; isDirectory: boolean };
}

export const processIO: CliIO = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readFile: (path) => readFileSync(path),
  stat: (path) => {
    const st = statSync(path);
    return { size: st.size, isFile: st.isFile(), isDirectory: st.isDirectory() };
  },
};

/** Exit codes: 0 success, 1 a failure of the data (invalid story, nothing found), 2 a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** A command-line usage mistake (unknown flag, missing argument): exit code 2 with the usage text. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** One `storygraph` subcommand. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full `--help` text, with examples. */
  readonly help: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}
