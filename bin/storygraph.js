#!/usr/bin/env node
// Command-line entry of storygraph: loads the TypeScript sources through tsx, then runs the CLI.
// main() turns every expected failure into a message and an exit code; anything else is a bug,
// reported in one line (the stack only with STORYGRAPH_DEBUG=1).
import { register } from "tsx/esm/api";

register();
try {
  const { main } = await import("../src/cli/main.ts");
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`storygraph: internal error: ${e instanceof Error ? e.message : String(e)} (please report it; STORYGRAPH_DEBUG=1 shows the stack)\n`);
  if (process.env.STORYGRAPH_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ""}\n`);
  process.exitCode = 70;
}
