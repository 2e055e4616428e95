// buildTypedStory: the meaning pass alone (used for the built-in story) checks and anchors exactly
// as buildStory does on well-shaped input.
import { describe, expect, test } from "vitest";
import { defaultStory, defaultStoryInput } from "../src/data/story.ts";
import { QuoteNotFoundError, StoryValidationError, UnknownEntityError } from "../src/graph/errors.ts";
import { buildTypedStory } from "../src/graph/input/meaning.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { relationIndex } from "./helpers/story.ts";

describe("buildTypedStory", () => {
  test("buildTypedStory builds the same story as buildStory from the default input", () => {
    expect(buildTypedStory(defaultStoryInput())).toEqual(buildStory(defaultStoryInput()));
  });

  test("buildTypedStory is what defaultStory returns, and it passes the zod shape check", () => {
    expect(defaultStory()).toEqual(buildStory(defaultStoryInput()));
  });

  test("buildTypedStory reports meaning problems as buildStory does (class and path)", () => {
    const input = defaultStoryInput();
    const i = relationIndex("microsoft-partnered-openai");
    const r = input.relations[i]!;
    input.relations[i] = { ...r, source: "nobody", citations: [{ ...r.citations[0]!, quote: "mots absents de l’article" }, ...r.citations.slice(1)] };
    const typed = (() => {
      try {
        buildTypedStory(input);
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(typed).toBeInstanceOf(StoryValidationError);
    const problems = (typed as StoryValidationError).problems;
    expect(problems.map((p) => [p.constructor, p.path])).toEqual([
      [UnknownEntityError, `relations[${i}].source`],
      [QuoteNotFoundError, `relations[${i}].citations[0].quote`],
    ]);
    expect(() => buildStory(input)).toThrow(StoryValidationError);
  });

  test("buildTypedStory returns a frozen story", () => {
    const story = buildTypedStory(defaultStoryInput());
    expect(Object.isFrozen(story.relations[0]!.citations[0])).toBe(true);
  });
});
