// Run the CLI in-process with captured output, or as a real process through bin/storygraph.js.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { processIO } from "../../src/cli/io.ts";
import { main } from "../../src/cli/main.ts";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Run `storygraph ...args` in this process. */
export async function runCli(args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, { ...processIO, out: (t) => void (out += t), err: (t) => void (err += t) });
  return { code, out, err };
}

export const BIN = fileURLToPath(new URL("../../bin/storygraph.js", import.meta.url));

/** Run `node bin/storygraph.js ...args` as a child process. */
export function runBin(args: string[], options: { cwd?: string; input?: string } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", cwd: options.cwd, input: options.input, timeout: 60_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}
