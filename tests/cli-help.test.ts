// storygraph --help and every command's --help: the usage, and examples that really run.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { COMMANDS } from "../src/cli/commands/index.ts";
import { runCli } from "./helpers/cli.ts";

const tmp = mkdtempSync(join(tmpdir(), "storygraph-help-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The arguments of a shell example line: quotes removed, a `> FILE` redirection dropped. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[3] === ">") break;
    words.push(m[1] ?? m[2] ?? m[3]!);
  }
  return words;
}

/** The `storygraph …` lines of a help text's Examples section. */
function examples(help: string): string[][] {
  const section = help.split("\nExamples:\n")[1] ?? "";
  return section
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith("storygraph "))
    .map((l) => shellWords(l).slice(1));
}

describe("storygraph --help", () => {
  test("--help of every command prints its usage and examples, exit 0, as does storygraph --help", async () => {
    for (const c of COMMANDS) {
      const r = await runCli([c.name, "--help"]);
      expect([c.name, r.code]).toEqual([c.name, 0]);
      expect(r.out).toBe(c.help);
      expect(r.out.startsWith(`Usage: storygraph ${c.name}`)).toBe(true);
      expect(examples(r.out).length).toBeGreaterThan(0);
      expect((await runCli([c.name, "-h"])).out).toBe(c.help);
    }
    const main = await runCli(["--help"]);
    expect(main.code).toBe(0);
    for (const c of COMMANDS) expect(main.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[()]/g, "\\$&")}$`, "m"));
  });

  test("every example of every help text runs and exits 0 (from the repository root, --out into a temporary folder)", async () => {
    const main = await runCli(["--help"]);
    const all = [...examples(main.out), ...COMMANDS.flatMap((c) => examples(c.help))];
    expect(all.length).toBeGreaterThan(15);
    let k = 0;
    for (const args of all) {
      const i = args.indexOf("--out");
      if (i >= 0) args[i + 1] = join(tmp, `${k++}-${args[i + 1]}`);
      const r = await runCli(args);
      expect([args, r.code, r.code === 0 ? "" : r.err]).toEqual([args, 0, ""]);
    }
  });

  test("a usage error prints the command's help after the message, on stderr, exit 2", async () => {
    for (const c of COMMANDS) {
      const r = await runCli([c.name, "--no-such-flag"]);
      expect([c.name, r.code]).toEqual([c.name, 2]);
      expect(r.out).toBe("");
      expect(r.err.startsWith(`storygraph ${c.name}: `)).toBe(true);
      expect(r.err.endsWith(c.help)).toBe(true);
    }
  });
});
