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
    for (const entry of COMMANDS) {
      const c = await entry.load();
      expect(c.name).toBe(entry.name);
      const r = await runCli([c.name, "--help"]);
      expect([c.name, r.code]).toEqual([c.name, 0]);
      expect(r.out).toBe(c.help);
      expect(r.out.startsWith(`Usage: storygraph ${c.name}`)).toBe(true);
      expect(examples(r.out).length).toBeGreaterThan(0);
      expect((await runCli([c.name, "-h"])).out).toBe(c.help);
      expect(await runCli(["help", c.name])).toEqual({ code: 0, out: c.help, err: "" });
    }
    const main = await runCli(["--help"]);
    expect(main.code).toBe(0);
    for (const c of COMMANDS) expect(main.out).toMatch(new RegExp(`^  ${c.name} +${c.summary.replace(/[()]/g, "\\$&")}$`, "m"));
  });

  test("every example of every help text runs and exits 0 (from the repository root, --out into a temporary folder)", async () => {
    const main = await runCli(["--help"]);
    const helps = await Promise.all(COMMANDS.map(async (c) => (await c.load()).help));
    const all = [...examples(main.out), ...helps.flatMap(examples)];
    expect(all.length).toBeGreaterThan(15);
    let k = 0;
    // storygraph view serves until interrupted: its examples run in tests/browser/cli-view.test.ts
    for (const args of all.filter((a) => a[0] !== "view" || a.includes("--help"))) {
      const i = args.indexOf("--out");
      if (i >= 0) args[i + 1] = join(tmp, `${k++}-${args[i + 1]}`);
      const r = await runCli(args);
      expect([args, r.code, r.code === 0 ? "" : r.err]).toEqual([args, 0, ""]);
    }
  });

  test("a usage error prints the message and one line saying where the help is, on stderr, exit 2", async () => {
    for (const c of COMMANDS) {
      const r = await runCli([c.name, "--no-such-flag"]);
      expect([c.name, r.code]).toEqual([c.name, 2]);
      expect(r.out).toBe("");
      expect(r.err).toBe(`storygraph ${c.name}: unknown option --no-such-flag\nRun "storygraph ${c.name} --help" for its usage.\n`);
    }
  });

  test("main suggests the closest command or flag for a mistyped one (exit 2, nothing on stdout)", async () => {
    expect(await runCli(["qeury"])).toEqual({
      code: 2,
      out: "",
      err: 'storygraph: unknown command "qeury" (did you mean "query"?)\nRun "storygraph --help" for the list of commands.\n',
    });
    const flag = await runCli(["query", "--knd", "founded"]);
    expect(flag.code).toBe(2);
    expect(flag.err.split("\n")[0]).toBe('storygraph query: unknown option --knd (did you mean "--kind"?)');
    const far = await runCli(["xyzzy-nothing-like-it"]);
    expect(far.err.split("\n")[0]).toBe('storygraph: unknown command "xyzzy-nothing-like-it"');
  });

  test("main: storygraph help with no command is the top-level help; help of an unknown command is a usage error", async () => {
    expect((await runCli(["help"])).out).toBe((await runCli(["--help"])).out);
    const r = await runCli(["help", "qeury"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean "query"?');
  });
});
