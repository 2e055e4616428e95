// storyFromOption: the story behind --story FILE (the default story without it), through the shared validator.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { tmpdir } from "node:os";
import { FileReadError } from "../src/cli/read-story.ts";
import { processIO } from "../src/cli/io.ts";
import { afterAll, describe, expect, test } from "vitest";
import { storyFromOption } from "../src/cli/story-option.ts";
import type { CliIO } from "../src/cli/io.ts";
import { defaultStory } from "../src/data/story.ts";
import { QuoteNotFoundError, StoryValidationError } from "../src/graph/errors.ts";
import { runCli, story1Input } from "./helpers/cli.ts";

const io: CliIO = { out: () => {}, err: () => {}, readFile: (p) => readFileSync(p) };
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

const tmp = mkdtempSync(join(tmpdir(), "storygraph-story-option-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("storyFromOption", () => {
  test("storyFromOption gives the default story without --story", async () => {
    expect(await storyFromOption(undefined, io)).toBe(defaultStory());
  });

  test("storyFromOption loads and validates the file", async () => {
    expect((await storyFromOption(fixture("english-story.json"), io)).article.language).toBe("en");
  });

  test("storyFromOption reads standard input for -, named <stdin> in problems", async () => {
    const text = readFileSync(fixture("lawsuit-story.json"));
    const stdin: CliIO = { ...io, readStdin: async () => text };
    expect((await storyFromOption("-", stdin)).article.language).toBe("en");
    const bad: CliIO = { ...io, readStdin: async () => new TextEncoder().encode('{"format": "storygraph/2",') };
    const error = await storyFromOption("-", bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoryValidationError);
    expect((error as StoryValidationError).problems[0]).toMatchObject({ file: "<stdin>", line: 1 });
  });

  test("storyFromOption prints the loader's notices to io.err, one notice: FILE:LINE:COL PATH: message line each, and nothing to io.out", async () => {
    const file = join(tmp, "old.json");
    writeFileSync(file, JSON.stringify(story1Input(), null, 2));
    let out = "";
    let err = "";
    const story = await storyFromOption(file, { ...io, out: (t) => void (out += t), err: (t) => void (err += t) });
    expect(story.format).toBe("storygraph/2");
    expect(out).toBe("");
    const lines = err.trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe(`notice: ${file}:1:1 (document): converted from storygraph/1 to storygraph/2; \`storygraph migrate FILE\` writes the converted file`);
    expect(lines[1]).toMatch(new RegExp(`^notice: ${file}:36:15 relations\\[0\\]\\.date: "2024-03-04" read as the start of`));
    let quiet = "";
    await storyFromOption(fixture("lawsuit-story.json"), { ...io, err: (t) => void (quiet += t) });
    expect(quiet).toBe("");
  });

  test("storyFromOption prints the notices of a storygraph/1 file that then fails, before the problems", async () => {
    const input = story1Input() as { relations: { citations: { quote: string }[] }[] };
    input.relations[1]!.citations[0]!.quote = "founded in 2022";
    const file = join(tmp, "old-bad.json");
    writeFileSync(file, JSON.stringify(input, null, 2));
    const r = await runCli(["entity", "Tidewater", "--story", file]);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    const lines = r.err.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^notice: .*converted from storygraph\/1/);
    expect(r.err).toMatch(/relations\[1\]\.citations\[0\]\.quote: .*\[QuoteNotFoundError\]/);
  });

  test("storyFromOption throws every problem with the file, line and column", async () => {
    const file = fixture("invalid/28-quote-not-in-sentence.json");
    const error = await storyFromOption(file, io).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoryValidationError);
    const [p] = (error as StoryValidationError).problems;
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p).toMatchObject({ file, line: 68, column: 20 });
  });

  test("storyFromOption throws FileReadError for a missing file or a directory (the CLI turns them into exit 1)", async () => {
    await expect(storyFromOption("/nonexistent/story.json", io)).rejects.toThrow(FileReadError);
    await expect(storyFromOption(tmpdir(), processIO)).rejects.toThrow(FileReadError);
    const dir = await runCli(["export", "--story", tmpdir()]);
    expect(dir.code).toBe(1);
    expect(dir.err).toContain("it is a directory");
    expect(dir.err).not.toContain("    at ");
    const r = await runCli(["query", "--story", "/nonexistent/story.json"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("cannot read");
  });

  test("query and entity print the validator's own problem lines for a bad --story", async () => {
    const file = fixture("invalid/28-quote-not-in-sentence.json");
    for (const args of [["query"], ["entity", "Tidewater"]]) {
      const r = await runCli([...args, "--story", file]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`${file}:68:20 relations[1].citations[0].quote: quote not found in s1; it stands in s2 [QuoteNotFoundError]`);
    }
  });
});
