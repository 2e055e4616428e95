// The bad-input catalogue: every file in tests/fixtures/invalid/ fails with the problems
// tests/fixtures/invalid/expected.json names (class, JSON path, line and column). The files are
// storygraph/2, except a few storygraph/1 ones whose problems are reported at storygraph/1 paths.
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

/** The file parsed, or `undefined` when it is not JSON. */
function parsed(file: string): unknown {
  try {
    return JSON.parse(readFileSync(DIR + file, "utf8"));
  } catch {
    return undefined;
  }
}

/** The value at a JS-notation path (`relations[2].citations[0].quote`), or `undefined`. */
function at(value: unknown, path: string): unknown {
  let v = value;
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[m[1] ?? Number(m[2])];
  }
  return v;
}

describe("invalid fixtures", () => {
  test("the manifest lists every fixture file, with at least 70 cases and a description each", () => {
    const files = readdirSync(DIR).filter((f) => f !== "expected.json").sort();
    expect(Object.keys(MANIFEST).sort()).toEqual(files);
    expect(CASES.length).toBeGreaterThanOrEqual(70);
    for (const [file, e] of CASES) expect(e.description.length, file).toBeGreaterThan(5);
  });

  test("the catalogue shows every problem class a story file can have (a file over 10 MiB excepted)", () => {
    const shown = new Set(CASES.flatMap(([, e]) => e.problems.map((p) => p.class)));
    const missing = Object.keys(STORY_PROBLEM_CLASSES).filter((c) => !shown.has(c as StoryProblemName) && c !== "StoryProblem" && c !== "FileTooLargeError");
    expect(missing).toEqual([]);
  });

  test("the fixtures are storygraph/2 files, except the storygraph/1 ones named as such", () => {
    for (const [file, e] of CASES) {
      const data = parsed(file) as { format?: unknown } | undefined;
      if (data === undefined || Array.isArray(data) || data.format === undefined) continue;
      if (/wrong-format|format-typo/.test(file)) expect(data.format, file).not.toBe("storygraph/2");
      else expect(data.format, file).toBe(/storygraph\/1/.test(e.description) ? "storygraph/1" : "storygraph/2");
    }
    expect(CASES.filter(([f]) => (parsed(f) as { format?: string } | undefined)?.format === "storygraph/1").length).toBeGreaterThanOrEqual(4);
  });

  test.each(CASES)("checkStoryJson rejects %s", (file, expected) => {
    const check = checkStoryJson(readFileSync(DIR + file), { file });
    expect(check.ok, expected.description).toBe(false);
    const got = check.problems.map((p) => ({ class: p.name, path: p.path, line: p.line, ...(p.column !== undefined && { column: p.column }) }));
    expect(got, check.problems.map((p) => p.describe()).join("\n")).toEqual(expected.problems);
    check.problems.forEach((p, i) => {
      expect(p).toBeInstanceOf(STORY_PROBLEM_CLASSES[expected.problems[i]!.class]);
      expect(p).toBeInstanceOf(StoryProblem);
      expect(p.file).toBe(file);
      expect(p.line, "every problem has a line").toBeGreaterThanOrEqual(1);
    });
  });

  test("every problem's path names a value of the file as written, or the object a missing field belongs to", () => {
    let checked = 0;
    for (const [file, e] of CASES) {
      const data = parsed(file);
      if (data === undefined) continue;
      for (const p of e.problems) {
        const parent = p.path.replace(/(^|\.)[^.[\]]+$|\[\d+\]$/, "");
        expect(at(data, p.path) !== undefined || at(data, parent) !== undefined, `${file}: ${p.path}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  test("checkStoryJson converts the storygraph/1 fixtures with a notice, and reports their problems at storygraph/1 paths", () => {
    const v1 = CASES.filter(([f]) => (parsed(f) as { format?: string } | undefined)?.format === "storygraph/1");
    for (const [file, e] of v1) {
      const check = checkStoryJson(readFileSync(DIR + file), { file });
      if (e.problems.every((p) => p.class !== "UnknownFieldError")) expect(check.notices.some((n) => n.path === "" && /storygraph\/1/.test(n.message)), file).toBe(true);
      for (const p of e.problems) expect(p.path, file).not.toMatch(/\.(start|factuality|sources)\b/);
    }
    expect(MANIFEST["69-v1-invalid-date.json"]!.problems[0]!.path).toBe("relations[0].date");
    expect(MANIFEST["70-v1-source-not-in-article.json"]!.problems[0]!.path).toBe("relations[2].citations[0].attribution");
  });
});
