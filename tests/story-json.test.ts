// toStoryInput / toStoryJson: the story back to the file format, and back again unchanged.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { toStoryInput, toStoryJson } from "../src/graph/input/story-json.ts";
import { mutated } from "./helpers/story.ts";

describe("toStoryInput", () => {
  test("toStoryInput rebuilds an equal story", () => {
    const story = defaultStory();
    expect(buildStory(toStoryInput(story))).toEqual(story);
  });
  test("toStoryInput writes occurrence for a quote repeated in its sentence", () => {
    const story = buildStory(
      mutated((s) => {
        const c = s.relations[0]!.citations[0]!;
        c.sentence = "s1";
        c.quote = " de ";
        c.occurrence = 3;
      }),
    );
    const c = toStoryInput(story).relations[0]!.citations[0]!;
    expect(c.occurrence).toBe(3);
    expect(buildStory(toStoryInput(story))).toEqual(story);
  });
});

describe("toStoryJson", () => {
  test("toStoryJson puts $schema first and parses back to an equal story", () => {
    const json = toStoryJson(defaultStory());
    const data = JSON.parse(json);
    expect(Object.keys(data)[0]).toBe("$schema");
    expect(buildStory(data)).toEqual(defaultStory());
    expect(JSON.parse(toStoryJson(defaultStory(), { schema: null })).$schema).toBeUndefined();
  });
});
