// The bad-input catalogue: every file in tests/fixtures/invalid/ fails with the problems
// tests/fixtures/invalid/expected.json names (class, JSON path, and line/column where given).
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { STORY_PROBLEM_CLASSES, StoryProblem, type StoryProblemName } from "../src/graph/errors.ts";
import { checkStoryJson } from "../src/graph/input/load.ts";

const DIR = fileURLToPath(new URL("./fixtures/invalid/", import.meta.url));

interface Expected {
  readonly description: string;
  readonly problems: readonly { class: StoryProblemName; path: string; line?: number; column?: number }[];
}

const MANIFEST = JSON.parse(readFileSync(DIR + "expected.json", "utf8")) as Record<string, Expected>;
const CASES = Object.entries(MANIFEST);

describe("invalid fixtures", () => {
  test("the manifest lists every fixture file, and at least 25 distinct cases", () => {
    const files = readdirSync(DIR).filter((f) => f !== "expected.json").sort();
    expect(Object.keys(MANIFEST).sort()).toEqual(files);
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    const classes = new Set(CASES.flatMap(([, e]) => e.problems.map((p) => p.class)));
    expect(classes.size).toBeGreaterThanOrEqual(20);
  });

  test.each(CASES)("checkStoryJson rejects %s", (file, expected) => {
    const check = checkStoryJson(readFileSync(DIR + file), { file });
    expect(check.ok, expected.description).toBe(false);
    const got = check.problems.map((p) => ({
      class: p.name,
      path: p.path,
      ...(expected.problems.some((e) => e.line !== undefined) && { line: p.line }),
    }));
    const want = expected.problems.map((e) => ({ class: e.class, path: e.path, ...(e.line !== undefined && { line: e.line }) }));
    expect(got, check.problems.map((p) => p.describe()).join("\n")).toEqual(want);
    check.problems.forEach((p, i) => {
      const e = expected.problems[i]!;
      expect(p).toBeInstanceOf(STORY_PROBLEM_CLASSES[e.class]);
      expect(p).toBeInstanceOf(StoryProblem);
      expect(p.file).toBe(file);
      expect(p.line, "every problem has a line").toBeGreaterThanOrEqual(1);
      if (e.column !== undefined) expect(p.column).toBe(e.column);
    });
  });
});
