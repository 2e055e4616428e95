/**
 * The process around the CLI (the entry `bin/storygraph.js` loads, built to dist/cli/bin.js):
 * runs `main` with the process's arguments and streams and sets the exit code.
 * - A closed standard output (`storygraph query | head -1`) ends the run quietly with exit 0,
 *   as `git log | head` does: the reader has what it wanted.
 * - Anything `main` does not turn into a message is a bug, reported in one line (the stack only
 *   with STORYGRAPH_DEBUG=1), exit 70.
 */
import { main } from "./main.ts";

/** A closed pipe on standard output or error: stop at once, successfully. */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") process.exit(0);
  throw error;
}
process.stdout.on("error", quietOnClosedPipe);
process.stderr.on("error", quietOnClosedPipe);

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`storygraph: internal error: ${e instanceof Error ? e.message : String(e)} (please report it; STORYGRAPH_DEBUG=1 shows the stack)\n`);
  if (process.env.STORYGRAPH_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ""}\n`);
  process.exitCode = 70;
}
