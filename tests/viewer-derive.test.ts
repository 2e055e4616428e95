// What the viewer derives from (story, state) (src/viewer/derive.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { derive } from "../src/viewer/derive.ts";
import { setSearch, setUntil, select } from "../src/viewer/state/actions.ts";
import { INITIAL_STATE } from "../src/viewer/state/types.ts";

const story = defaultStory();

describe("derive", () => {
  test("derive of the initial state shows everything and lights nothing", () => {
    const d = derive(story, INITIAL_STATE);
    expect(d.visibleRelations.size).toBe(11);
    expect(d.visibleEntities.size).toBe(5);
    expect(d.focus.edges.size).toBe(0);
    expect(d.searchHits).toEqual([]);
  });
  test("derive combines filters, selection and search", () => {
    const state = setSearch("géant")(select({ type: "relation", id: "elon-musk-founded-openai" })(setUntil("2015-06")(INITIAL_STATE)));
    const d = derive(story, state);
    expect([...d.visibleEntities].sort()).toEqual(["elon-musk", "openai", "sam-altman"]);
    expect([...d.focus.edges]).toEqual(["elon-musk-founded-openai"]);
    expect(d.searchHits[0]!.entity.id).toBe("microsoft");
  });
});
