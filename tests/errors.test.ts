// errors: the StoryProblem classes and their name map.
import { describe, expect, test } from "vitest";
import { MAX_LISTED_PROBLEMS, nameErrorClasses, problemLines, STORY_PROBLEM_CLASSES, SchemaError, StoryProblem, StorygraphError, StoryValidationError, UnknownFieldError } from "../src/graph/errors.ts";

describe("STORY_PROBLEM_CLASSES", () => {
  test("STORY_PROBLEM_CLASSES maps each name to a StoryProblem class of that name", () => {
    for (const [name, Class] of Object.entries(STORY_PROBLEM_CLASSES)) {
      const problem = new Class("fn", "a.b", "detail");
      expect(problem).toBeInstanceOf(StoryProblem);
      expect(problem).toBeInstanceOf(StorygraphError);
      expect(problem.name).toBe(name);
    }
    expect(Object.keys(STORY_PROBLEM_CLASSES).length).toBeGreaterThanOrEqual(25);
  });
});

describe("StoryProblem", () => {
  test("StoryProblem.describe shows file:line:col, path, detail and class", () => {
    const p = Object.assign(new UnknownFieldError("buildStory", "entities[0]", 'unknown field "x"', "x"), { file: "a.json", line: 3, column: 7 });
    expect(p).toBeInstanceOf(SchemaError);
    expect(p.describe()).toBe('a.json:3:7 entities[0]: unknown field "x" [UnknownFieldError]');
    expect(new StoryProblem("f", "", "d").describe()).toBe("(document): d [StoryProblem]");
  });
});

describe("nameErrorClasses", () => {
  test("nameErrorClasses names a renamed class (as a minifier leaves it) by its key", () => {
    const renamed = { e: class extends StorygraphError {} }.e;
    expect(new renamed("m").name).toBe("e");
    nameErrorClasses({ WantedError: renamed });
    expect(new renamed("m").name).toBe("WantedError");
  });
  test("nameErrorClasses: every exported error class of errors.ts and gexf/errors.ts is in the registry that names it", async () => {
    const errors = await import("../src/graph/errors.ts");
    const gexf = await import("../src/graph/gexf/errors.ts");
    for (const [mod, registry] of [[errors, errors.ERROR_CLASSES], [gexf, gexf.GEXF_ERROR_CLASSES]] as const) {
      const exported = Object.entries(mod).filter(([, v]) => typeof v === "function" && (v === Error || v.prototype instanceof Error));
      expect(exported.length).toBeGreaterThan(5);
      for (const [key, value] of exported) expect((registry as Record<string, unknown>)[key], key).toBe(value);
    }
  });
});

describe("StoryValidationError / problemLines", () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => new StoryProblem("buildStory", `entities[${i}]`, "bad"));
  test("StoryValidationError lists the first MAX_LISTED_PROBLEMS problems, then how many more, and keeps them all", () => {
    const problems = many(100_000);
    const e = new StoryValidationError("parseStoryJson", problems, "big.json");
    expect(e.problems).toHaveLength(100_000);
    const lines = e.message.split("\n");
    expect(lines[0]).toBe("parseStoryJson: big.json: 100000 problems in story");
    expect(lines).toHaveLength(1 + MAX_LISTED_PROBLEMS + 1);
    expect(lines[MAX_LISTED_PROBLEMS]).toBe(`  - entities[${MAX_LISTED_PROBLEMS - 1}]: bad [StoryProblem]`);
    expect(lines[MAX_LISTED_PROBLEMS + 1]).toBe(`  … and ${100_000 - MAX_LISTED_PROBLEMS} more problems`);
    expect(e.message.length).toBeLessThan(10_000);
  });
  test("problemLines lists every problem up to the limit, with no tail line when none is left out", () => {
    expect(problemLines(many(2))).toEqual(["  - entities[0]: bad [StoryProblem]", "  - entities[1]: bad [StoryProblem]"]);
    expect(problemLines(many(3), 2)).toEqual(["  - entities[0]: bad [StoryProblem]", "  - entities[1]: bad [StoryProblem]", "  … and 1 more problem"]);
    expect(problemLines(many(3), 0)).toEqual(["  … and 3 more problems"]);
    expect(problemLines(many(150), Infinity)).toHaveLength(150);
  });
});
