// storygraph validate: every problem as FILE:LINE:COL PATH: message [ErrorClass], every notice as
// notice: FILE:LINE:COL PATH: message, exit codes 0/1/2.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { checkStoryJson, parseStoryJson } from "../src/graph/input/load.ts";
import { readFileSync } from "node:fs";
import { runBin, runCli, story1Input } from "./helpers/cli.ts";

const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const ENGLISH = join(FIXTURES, "english-story.json");
const LAWSUIT = join(FIXTURES, "lawsuit-story.json");
const NOTICE = /^notice: (.+):(\d+):(\d+) (\S*|\(document\)): (.+)$/;
const bad = (name: string) => join(FIXTURES, "invalid", name);
const LINE = /^(.+):(\d+):(\d+) (\S*|\(document\)): (.+) \[([A-Za-z]+Error)\]$/;
const tmp = mkdtempSync(join(tmpdir(), "storygraph-validate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("storygraph validate", () => {
  test("validate exits 0 on a valid story and prints its summary, counting relations, events and their citations", async () => {
    for (const file of [ENGLISH, LAWSUIT]) {
      const story = parseStoryJson(readFileSync(file), { file });
      const citations = [...story.relations, ...story.events].reduce((n, c) => n + c.citations.length, 0);
      const notes = story.noClaims.length;
      const r = await runCli(["validate", file]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(
        `${file}: valid story: ${story.sentences.length} sentences, ${story.entities.length} entities, ${story.relations.length} relations, ` +
          `${story.events.length} events (${citations} citations), ${notes} no-claim note${notes === 1 ? "" : "s"}\n`,
      );
      expect(r.err).toBe("");
    }
  });

  test("validate accepts a story with its own vocabulary (the lawsuit fixture: a court kind, its own relation and event kinds)", async () => {
    const r = await runCli(["validate", "--json", LAWSUIT]);
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out);
    expect(report).toMatchObject({ valid: true, problems: [], notices: [], summary: { entities: 6, relations: 2, events: 5 } });
    const story = JSON.parse(readFileSync(LAWSUIT, "utf8"));
    story.entities[2].kind = "courtt";
    const file = join(tmp, "bad-kind.json");
    writeFileSync(file, JSON.stringify(story, null, 2));
    const bad = await runCli(["validate", file]);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/entities\[2\]\.kind: .*"courtt".*did you mean "court"/);
  });

  test("validate prints a storygraph/1 file's notices (converted, dates read as starts, a qualifier kept as inferred) and counts them", async () => {
    const file = join(tmp, "old.json");
    writeFileSync(file, JSON.stringify(story1Input(), null, 2));
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const lines = r.out.trimEnd().split("\n");
    const notices = lines.filter((l) => l.startsWith("notice: "));
    expect(notices.map((l) => NOTICE.exec(l)?.slice(1, 5))).toEqual([
      [file, "1", "1", "(document)"],
      [file, "36", "15", "relations[0].date"],
      [file, "56", "15", "relations[1].date"],
      [file, "36", "15", "relations[0].date"],
    ]);
    expect(notices[0]).toContain("converted from storygraph/1 to storygraph/2");
    expect(notices[3]).toContain("kept, marked inferred");
    expect(lines.at(-1)).toBe(`${file}: valid story: 4 sentences, 3 entities, 3 relations, 0 events (4 citations), 0 no-claim notes, 4 notices`);
    const json = JSON.parse((await runCli(["validate", "--json", file])).out);
    expect(json[0].valid).toBe(true);
    expect(json[0].notices).toHaveLength(4);
    expect(json[0].notices[1]).toEqual({ path: "relations[0].date", line: 36, column: 15, message: expect.stringContaining('"2024-03-04" read as the start of "northwind-invested-tidewater"') });
  });

  test("validate prints the notices of a storygraph/1 file that then fails, with its problems at the paths as written", async () => {
    const input = story1Input() as { relations: { citations: { quote: string }[] }[] };
    input.relations[1]!.citations[0]!.quote = "Tidewater was founded in 2022";
    const file = join(tmp, "old-bad.json");
    writeFileSync(file, JSON.stringify(input, null, 2));
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(1);
    const lines = r.out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^notice: .* converted from storygraph\/1/);
    expect(lines.some((l) => /relations\[1\]\.citations\[0\]\.quote: .*\[QuoteNotFoundError\]$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(new RegExp(`^${file}: 1 problem, \\d+ notices$`));
    const [report] = JSON.parse((await runCli(["validate", "--json", file])).out);
    expect(report.valid).toBe(false);
    expect(report.notices.length).toBeGreaterThan(0);
    expect(report.problems[0]).toMatchObject({ name: "QuoteNotFoundError", path: "relations[1].citations[0].quote" });
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
      expect(r.out.trimEnd().split("\n").filter((l) => !l.startsWith("notice: ")).slice(0, -1)).toEqual(expected);
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
    const english = parseStoryJson(readFileSync(ENGLISH));
    expect(reports[0]).toMatchObject({
      file: ENGLISH,
      valid: true,
      problems: [],
      notices: [],
      summary: { sentences: english.sentences.length, entities: english.entities.length, relations: english.relations.length, events: english.events.length },
      uncovered: [],
    });
    expect(reports[1]).toMatchObject({ valid: false, problems: [{ name: "UnknownEntityError", path: "relations[2].target", line: 78, column: 17 }] });
  });

  test("validate notes sentences neither cited nor declared in noClaims (still valid)", async () => {
    const story = JSON.parse(readFileSync(ENGLISH, "utf8"));
    const dropped = story.noClaims[0].sentence;
    story.noClaims = story.noClaims.slice(1);
    const file = join(tmp, "uncovered.json");
    writeFileSync(file, JSON.stringify(story));
    const r = await runCli(["validate", file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`note: sentences neither cited nor declared in noClaims: ${dropped}`);
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
    expect(none.err).toContain(`Run "storygraph validate --help" for its usage.`);
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

describe("storygraph validate on a file with very many problems", () => {
  test("validate lists the first 100 problems then how many more (--max-problems N, 0 for all); --json gives problemCount; --story stops at 100 too", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const dir = mkdtempSync(join(tmpdir(), "storygraph-many-"));
    try {
      const input = JSON.parse(JSON.stringify(await import("./fixtures/lawsuit-story.json", { with: { type: "json" } }).then((m) => m.default))) as Record<string, unknown>;
      const entity = (input.entities as Record<string, unknown>[])[0]!;
      for (let i = 0; i < 5_000; i++) entity[`unknown${i}`] = i;
      const file = join(dir, "many.json");
      writeFileSync(file, JSON.stringify(input));
      const text = await runCli(["validate", file]);
      expect(text.code).toBe(1);
      const lines = text.out.trimEnd().split("\n");
      expect(lines).toHaveLength(102);
      expect(lines[100]).toBe("… and 4900 more problems");
      expect(lines[101]).toBe(`${file}: 5000 problems`);
      expect((await runCli(["validate", "--max-problems", "0", file])).out.trimEnd().split("\n")).toHaveLength(5001);
      const json = JSON.parse((await runCli(["validate", "--json", "--max-problems", "10", file])).out) as { problems: unknown[]; problemCount: number }[];
      expect(json[0]!.problems).toHaveLength(10);
      expect(json[0]!.problemCount).toBe(5000);
      const query = await runCli(["query", "--story", file]);
      expect(query.code).toBe(1);
      expect(query.err.trimEnd().split("\n")).toHaveLength(102);
      expect((await runCli(["validate", "--max-problems", "x", file])).code).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
