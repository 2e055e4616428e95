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
    expect(d.visibleClaims.size).toBe(12);
    expect(d.visibleNodes.size).toBe(10);
    expect(d.visibleEdges.size).toBe(7 + 12);
    expect(d.focus.edges.size).toBe(0);
    expect(d.searchHits).toEqual([]);
    expect(d.textHits).toEqual([]);
  });
  test("derive combines filters, selection and search", () => {
    const state = setSearch("géant")(select({ type: "event", id: "openai-founding" })(setUntil("2015-06")(INITIAL_STATE)));
    const d = derive(story, state);
    expect([...d.visibleNodes].sort()).toEqual(["elon-musk", "openai", "openai-founding", "sam-altman"]);
    expect([...d.visibleClaims]).toEqual(["openai-founding"]);
    expect(d.focus.nodes.has("openai-founding")).toBe(true);
    expect(d.searchHits[0]!.entity.id).toBe("microsoft");
    expect(d.textHits.map((h) => h.sentence)).toEqual(["s1", "s6", "s9"]);
  });
});
