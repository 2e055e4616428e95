// What a story offers the view (src/viewer/state/story-view.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { storyView } from "../src/viewer/state/story-view.ts";
import { OWN_VOCABULARY_STORY } from "./helpers/browser.ts";

const story = defaultStory();

describe("storyView", () => {
  test("storyView lists relations then events, and the kinds they use in vocabulary order", () => {
    const v = storyView(story);
    expect(v.claims.map((c) => c.id)).toEqual([...story.relations, ...story.events].map((c) => c.id));
    expect(v.relationKinds).toEqual(["invested", "partnered", "pursues", "seeks", "diverges-from"]);
    expect(v.eventKinds).toEqual(["founding", "investment", "strain", "termination", "impact"]);
    expect(v.kinds).toEqual([...v.relationKinds, ...v.eventKinds]);
    expect(v.entityKinds).toEqual(["person", "organization", "field"]);
    expect(v.kindCounts.get("pursues")).toBe(2);
    expect(storyView(story)).toBe(v);
  });
  test("storyView offers the author and each named source, with their citations", () => {
    expect(storyView(story).sources).toEqual([
      { value: "author", label: "the author", citations: 18 },
      { value: "des sources proches du dossier", label: "des sources proches du dossier", citations: 3 },
      { value: "les sources", label: "les sources", citations: 2 },
    ]);
  });
  test("storyView keys participations as toGraph does, by event and by node, and the events about each claim", () => {
    const v = storyView(story);
    expect(v.participationsOfEvent.get("openai-founding")!.map((p) => p.key)).toEqual(["openai-founding/founded/openai", "openai-founding/founder/elon-musk", "openai-founding/founder/sam-altman"]);
    expect(v.participations.filter((p) => p.participant === "partnership-break-up").map((p) => [p.event.id, p.role, p.participantType])).toEqual([["break-up-consequences", "cause", "event"]]);
  });
  test("storyView of a story with kinds of its own lists them", () => {
    const v = storyView(buildStory(OWN_VOCABULARY_STORY));
    expect(v.kinds).toEqual(["licenses", "recall"]);
    expect(v.entityKinds).toEqual(["organization", "product", "workshop"]);
  });
});
