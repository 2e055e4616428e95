// Test helpers: the default story input with a change applied, and the problems buildStory reports.
import { expect } from "vitest";
import { defaultStoryInput } from "../../src/data/story.ts";
import { StoryValidationError, type StoryProblem } from "../../src/graph/errors.ts";
import type { StoryInput } from "../../src/graph/input/schema.ts";
import { buildStory } from "../../src/graph/input/validate.ts";

/** The default story input after `change` (which may mutate it freely). */
export function mutated(change: (input: StoryInput) => void): StoryInput {
  const input = defaultStoryInput();
  change(input);
  return input;
}

/** The problems `buildStory(input)` throws; fails the test if it does not throw a StoryValidationError. */
export function problemsOf(input: unknown): readonly StoryProblem[] {
  try {
    buildStory(input);
  } catch (e) {
    expect(e).toBeInstanceOf(StoryValidationError);
    return (e as StoryValidationError).problems;
  }
  throw new Error("buildStory did not throw");
}

/** The one problem `buildStory(input)` reports (fails the test when there are several). */
export function onlyProblem(input: unknown): StoryProblem {
  const problems = problemsOf(input);
  expect(problems.map((p) => p.describe())).toHaveLength(1);
  return problems[0]!;
}

/** Index of the relation with id `id` in the default story input. */
export function relationIndex(id: string): number {
  const i = defaultStoryInput().relations.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`no relation ${id}`);
  return i;
}

/** Index of the event with id `id` in the default story input. */
export function eventIndex(id: string): number {
  const i = (defaultStoryInput().events ?? []).findIndex((e) => e.id === id);
  if (i < 0) throw new Error(`no event ${id}`);
  return i;
}
