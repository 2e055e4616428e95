/** freezeStory (src/graph/freeze.ts): every object reachable from the story ends up frozen. */
import { describe, expect, test } from "vitest";
import { generateStory, generateStoryModel } from "../bench/generate.ts";
import { freezeStory } from "../src/graph/freeze.ts";
import type { Story } from "../src/graph/model.ts";
import { defaultStoryInput } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";

/** Paths of the objects reachable from `value` that are not frozen. */
function unfrozen(value: unknown, at = "story", out: string[] = []): string[] {
  if (value === null || typeof value !== "object") return out;
  if (!Object.isFrozen(value)) out.push(at);
  for (const [k, v] of Object.entries(value)) unfrozen(v, `${at}.${k}`, out);
  return out;
}

describe("freezeStory", () => {
  test("freezeStory leaves no reachable object unfrozen (generated story with every optional part: events, qualifiers, periods, sources, own kinds)", () => {
    const story: Story = generateStoryModel({ entities: 60, relations: 400, events: 200 });
    expect(story.events.some((e) => e.about.length > 0)).toBe(true);
    expect(story.events.some((e) => e.pointInTime && e.amount && e.period)).toBe(true);
    expect(story.relations.some((r) => r.start?.inferred !== undefined)).toBe(true);
    expect(story.relations.some((r) => r.citations.some((c) => c.sources.length > 1))).toBe(true);
    expect(unfrozen(story).length).toBeGreaterThan(100); // the check can fail: the model starts unfrozen
    expect(freezeStory(story)).toBe(story);
    expect(unfrozen(story)).toEqual([]);
  });
  test("freezeStory's result is what buildStory returns: a deeply frozen story, its vocabulary too", () => {
    expect(unfrozen(buildStory(defaultStoryInput()))).toEqual([]);
    expect(unfrozen(buildStory(generateStory({ entities: 40, relations: 100, events: 50 })))).toEqual([]);
  });
});
