// The legend of a story (src/viewer/panels/legend-model.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { legendModel } from "../src/viewer/panels/legend-model.ts";
import { entityColor, eventColor, PARTICIPATION_COLOR, relationColor } from "../src/viewer/styles.ts";
import { OWN_VOCABULARY_STORY } from "./helpers/browser.ts";

describe("legendModel", () => {
  test("legendModel lists the entity, event and relation kinds the default story uses, and participations", () => {
    const m = legendModel(defaultStory());
    expect(m.entityKinds.map((k) => k.label)).toEqual(["person", "organization", "field"]);
    expect(m.eventKinds.map((k) => k.label)).toEqual(["founding", "investment", "strain", "termination", "impact"]);
    expect(m.relationKinds.map((k) => k.label)).toEqual(["invested in", "partnered with", "pursues", "wants from", "diverges from"]);
    expect(m.eventKinds[0]!.color).toBe(eventColor("founding"));
    expect(m.relationKinds[0]!.color).toBe(relationColor("invested"));
    expect(m.participation).toBe(PARTICIPATION_COLOR);
  });
  test("legendModel names a story's own kinds from its vocabulary", () => {
    const m = legendModel(buildStory(OWN_VOCABULARY_STORY));
    expect(m.entityKinds).toContainEqual({ label: "workshop", color: entityColor("workshop") });
    expect(m.eventKinds).toEqual([{ label: "recall", color: eventColor("recall") }]);
    expect(m.relationKinds).toEqual([{ label: "licenses to", color: relationColor("licenses") }]);
  });
  test("legendModel of a story without events has no participation entry", () => {
    const s = defaultStory();
    expect(legendModel({ ...s, events: [] })).toMatchObject({ eventKinds: [], participation: null });
  });
});
