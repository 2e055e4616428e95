/**
 * Entry of one benchmark child process: `node --expose-gc --import tsx bench/child.ts CASE 'PARAMS-JSON'`.
 * Runs the case (bench/cases.ts) and prints its result as one JSON line on stdout, prefixed with
 * `BENCH-RESULT ` so that anything else a library prints cannot be mistaken for it.
 */
import { CASES } from "./cases.ts";
import { peakIsResettable } from "./measure.ts";

const [name, params = "{}"] = process.argv.slice(2);
const run = name ? CASES[name] : undefined;
if (!run) {
  console.error(`bench/child.ts: unknown case "${name ?? ""}" (known: ${Object.keys(CASES).join(", ")})`);
  process.exit(2);
}
const result = await run(JSON.parse(params) as Record<string, unknown>);
process.stdout.write(`BENCH-RESULT ${JSON.stringify({ ...result, peakResettable: peakIsResettable() })}\n`);
