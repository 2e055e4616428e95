// storygraph validate: every problem as FILE:LINE:COL PATH: message [ErrorClass], exit codes 0/1/2.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { checkStoryJson } from "../src/graph/input/load.ts";
import { readFileSync } from "node:fs";
import { runBin, runCli } from "./helpers/cli.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const ENGLISH = join(FIXTURES, "english-story.json");
const bad = (name: string) => join(FIXTURES, "invalid", name);
const LINE = /^(.+):(\d+):(\d+) (\S*|\(document\)): (.+) \[([A-Za-z]+Error)\]$/;
const tmp = mkdtempSync(join(tmpdir(), "storygraph-validate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("storygraph validate", () => {
  test("validate exits 0 on a valid story and prints its summary", async () => {
    const r = await runCli(["validate", ENGLISH]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`${ENGLISH}: valid story: 8 sentences, 5 entities, 7 relations (8 citations), 2 no-claim notes\n`);
    expect(r.err).toBe("");
  });

  test("validate exits 1 and prints one FILE:LINE:COL PATH: message [ErrorClass] line per problem, then a count", async () => {
    const file = bad("15-unknown-field-typo.json");
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines.slice(0, 2).map((l) => LINE.exec(l)?.slice(1))).toEqual([
      [file, "24", "5", "entities[2].label", 'missing required field "label" (string)', "MissingFieldError"],
      [file, "27", "16", "entities[2]", 'unknown field "lable" (did you mean "label"?)', "UnknownFieldError"],
    ]);
    expect(lines[2]).toBe(`${file}: 2 problems`);
  });

  test("validate prints the same messages as the library's checkStoryJson", async () => {
    for (const name of ["01-missing-comma.json", "31-ambiguous-quote.json", "07-not-utf8.bin"]) {
      const file = bad(name);
      const expected = checkStoryJson(readFileSync(file), { file }).problems.map((p) => p.describe());
      const r = await runCli(["validate", file]);
      expect(r.out.trimEnd().split("\n").slice(0, -1)).toEqual(expected);
    }
  });

  test("validate checks several files and exits 1 if any is invalid", async () => {
    const r = await runCli(["validate", ENGLISH, bad("35-invalid-month.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("valid story");
    expect(r.out).toContain("[InvalidDateError]");
    expect((await runCli(["validate", ENGLISH, join(FIXTURES, "mini-story.json")])).code).toBe(0);
  });

  test("validate --json prints one report per file", async () => {
    const r = await runCli(["validate", "--json", ENGLISH, bad("22-unknown-entity.json")]);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.out);
    expect(reports[0]).toMatchObject({ file: ENGLISH, valid: true, problems: [], summary: { sentences: 8, entities: 5, relations: 7 }, uncovered: [] });
    expect(reports[1]).toMatchObject({ valid: false, problems: [{ name: "UnknownEntityError", path: "relations[2].target", line: 78, column: 17 }] });
  });

  test("validate notes sentences neither cited nor declared in noClaims (still valid)", async () => {
    const story = JSON.parse(readFileSync(ENGLISH, "utf8"));
    story.noClaims = story.noClaims.slice(1);
    const file = join(tmp, "uncovered.json");
    writeFileSync(file, JSON.stringify(story));
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("note: sentences neither cited nor declared in noClaims: s7");
  });

  test("validate reports a file it cannot read and exits 1", async () => {
    const r = await runCli(["validate", join(tmp, "missing.json")]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("no such file [FileReadError]");
  });

  test("validate reports a directory as a FileReadError without reading it", async () => {
    const r = await runCli(["validate", tmp]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("it is a directory [FileReadError]");
  });

  test("validate exits 2 without FILE or with an unknown flag, and 0 for --help with examples", async () => {
    const none = await runCli(["validate"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Usage: storygraph validate");
    expect((await runCli(["validate", "--strict", ENGLISH])).code).toBe(2);
    const help = await runCli(["validate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("Examples:");
  });

  test("validate refuses a 50 MB file with FileTooLargeError, quickly, as a real process", () => {
    const file = join(tmp, "huge.json");
    writeFileSync(file, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const t0 = performance.now();
    const r = runBin(["validate", file]);
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(r.code).toBe(1);
    expect(r.out).toContain("[FileTooLargeError]");
    expect(r.out).toContain("10485760 bytes (10 MiB)");
  });

  test("validate and --story refuse an oversized file from its size, without reading it", async () => {
    const { main } = await import("../src/cli/main.ts");
    let read = 0;
    let err = "";
    let out = "";
    const io = {
      out: (t: string) => void (out += t),
      err: (t: string) => void (err += t),
      readFile: () => {
        read++;
        return new Uint8Array(0);
      },
      stat: () => ({ size: 50 * 1024 * 1024, isFile: true, isDirectory: false }),
    };
    expect(await main(["validate", "big.json"], io)).toBe(1);
    expect(out).toContain("[FileTooLargeError]");
    expect(await main(["query", "--story", "big.json"], io)).toBe(1);
    expect(err).toContain("FileTooLargeError");
    expect(read).toBe(0);
  });
});
