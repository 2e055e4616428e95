// queryClaims and getClaim: relations and events together, on the default story and on generated stories.
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../bench/generate.ts";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import type { Claim, Story } from "../src/graph/model.ts";
import { getClaim, queryClaims, type ClaimFilter } from "../src/graph/queries/claims.ts";
import { claimPasses } from "./helpers/synthetic-story.ts";

const story = defaultStory();
const ids = (cs: readonly { id: string }[]) => cs.map((c) => c.id);
const RELATIONS = story.relations.map((r) => r.id);
const EVENTS = story.events.map((e) => e.id);

describe("queryClaims", () => {
  test("queryClaims without filter returns the relations, then the events, each in story order", () => {
    expect(ids(queryClaims(story))).toEqual([...RELATIONS, ...EVENTS]);
  });

  test("queryClaims by type", () => {
    expect(ids(queryClaims(story, { type: "relation" }))).toEqual(RELATIONS);
    expect(ids(queryClaims(story, { type: "event" }))).toEqual(EVENTS);
    expect(() => queryClaims(story, { type: "entity" as never })).toThrow(InvalidArgumentError);
  });

  test("queryClaims by kind, across relation and event kinds", () => {
    expect(ids(queryClaims(story, { kind: ["termination", "partnered"] }))).toEqual(["microsoft-partnered-openai", "partnership-break-up"]);
    expect(ids(queryClaims(story, { kind: "founding" }))).toEqual(["openai-founding"]);
    expect(ids(queryClaims(story, { kind: "seeks" }))).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
    // a kind of the other type is a mistake, not an empty answer
    expect(() => queryClaims(story, { kind: "founding", type: "relation" })).toThrow(InvalidArgumentError);
    expect(() => queryClaims(story, { kind: "partnered", type: "event" })).toThrow(InvalidArgumentError);
    expect(ids(queryClaims(story, { kind: ["founding", "termination"], type: "event" }))).toEqual(["openai-founding", "partnership-break-up"]);
    expect(() => queryClaims(story, { kind: "partnership" })).toThrow(InvalidArgumentError);
    expect(() => queryClaims(story, { kind: ["founding", "person"] })).toThrow(InvalidArgumentError);
  });

  test("queryClaims by involving: an end of a relation or a participant of an event", () => {
    expect(ids(queryClaims(story, { involving: "elon-musk" }))).toEqual(["openai-founding"]);
    expect(ids(queryClaims(story, { involving: "artificial-intelligence" }))).toEqual(["openai-pursues-ai", "microsoft-pursues-ai"]);
    const microsoft = queryClaims(story, { involving: "microsoft" });
    expect(ids(microsoft)).toEqual([
      ...story.relations.filter((r) => r.source === "microsoft" || r.target === "microsoft").map((r) => r.id),
      "microsoft-investment-2019",
      "partnership-strain",
      "partnership-break-up",
      "break-up-consequences",
    ]);
    expect(() => queryClaims(story, { involving: "apple" })).toThrow(NotFoundError);
    expect(() => queryClaims(story, { involving: "partnership-break-up" })).toThrow(NotFoundError);
  });

  test("queryClaims from 2020 includes the ongoing partnership (announced 2019-07, never ended), not what happened before", () => {
    const since2020 = ids(queryClaims(story, { from: "2020" }));
    expect(since2020).toContain("microsoft-partnered-openai");
    expect(since2020).not.toContain("openai-founding");
    expect(since2020).not.toContain("microsoft-investment-2019");
    expect(ids(queryClaims(story, { at: "2015" }))).toEqual(["openai-founding"]);
    expect(ids(queryClaims(story, { at: "2019-07" }))).toEqual(["microsoft-partnered-openai", "microsoft-investment-2019"]);
    expect(queryClaims(story, { to: "2014" })).toEqual([]);
  });

  test("queryClaims by citation filters across relations and events", () => {
    expect(ids(queryClaims(story, { accordingTo: "des sources proches du dossier" }))).toEqual(["microsoft-diverges-from-openai", "partnership-break-up"]);
    expect(ids(queryClaims(story, { certainty: "possible", accordingTo: "des sources proches du dossier" }))).toEqual(["partnership-break-up"]);
    expect(ids(queryClaims(story, { modality: "hedged" }))).toEqual(["microsoft-diverges-from-openai", "openai-seeks-microsoft", "microsoft-seeks-openai", "partnership-strain"]);
    expect(ids(queryClaims(story, { involving: "openai", modality: "hypothetical", type: "event" }))).toEqual(["partnership-break-up", "break-up-consequences"]);
    expect(() => queryClaims(story, { polarity: "maybe" as never })).toThrow(InvalidArgumentError);
  });
});

/** What queryClaims means, as a scan of every claim. */
function scan(s: Story, f: ClaimFilter): Claim[] {
  const kinds = f.kind === undefined ? undefined : typeof f.kind === "string" ? [f.kind] : f.kind;
  return [...s.relations, ...s.events].filter(
    (c) =>
      (f.type === undefined || c.type === f.type) &&
      (!kinds || kinds.includes(c.kind)) &&
      (f.involving === undefined || (c.type === "relation" ? c.source === f.involving || c.target === f.involving : c.participants.some((p) => p.id === f.involving))) &&
      claimPasses(c, f),
  );
}

describe("queryClaims on a generated story", () => {
  const big = generateStoryModel({ entities: 80, relations: 2000, events: 600, seed: 17 });
  const relationKind = big.relations[0]!.kind;
  const eventKind = big.events[0]!.kind;
  const filters: ClaimFilter[] = [
    {},
    { type: "relation" },
    { type: "event" },
    { kind: [relationKind, eventKind] },
    { kind: eventKind, type: "event" },
    { kind: relationKind, type: "relation", certainty: "certain" },
    ...big.entities.slice(0, 12).flatMap((e) => [{ involving: e.id }, { involving: e.id, type: "event" as const }, { involving: e.id, certainty: "probable" as const }]),
    { accordingTo: "two analysts" },
    { modality: "negated", from: "2000" },
    { at: "2012-06", kind: [relationKind, eventKind] },
    { to: "1999", type: "event" },
  ];
  test("queryClaims equals a scan of every relation and event, relations first, for every kind of filter", () => {
    let found = 0;
    for (const f of filters) {
      const got = queryClaims(big, f);
      expect(got, JSON.stringify(f)).toEqual(scan(big, f));
      found += got.length;
    }
    expect(found).toBeGreaterThan(3000);
    expect(queryClaims(big, { involving: big.entities[0]!.id, type: "event" }).length).toBeGreaterThan(0);
  });
});

describe("getClaim", () => {
  test("getClaim returns the relation or the event with that id, or throws NotFoundError", () => {
    expect(getClaim(story, "microsoft-partnered-openai").type).toBe("relation");
    expect(getClaim(story, "partnership-break-up").type).toBe("event");
    expect(getClaim(story, "partnership-break-up")).toBe(story.events.find((e) => e.id === "partnership-break-up"));
    expect(() => getClaim(story, "openai")).toThrow(NotFoundError);
    expect(() => getClaim(story, "nope")).toThrow(NotFoundError);
  });
});
