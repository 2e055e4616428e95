// errors: the StoryProblem classes and their name map.
import { describe, expect, test } from "vitest";
import { STORY_PROBLEM_CLASSES, SchemaError, StoryProblem, StorygraphError, UnknownFieldError } from "../src/graph/errors.ts";

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
