// queryEvents and getEvent on the default story, and against a scan of every event on generated stories.
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../bench/generate.ts";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import type { StoryEvent } from "../src/graph/model.ts";
import { getEvent, queryEvents, type EventFilter } from "../src/graph/queries/events.ts";
import { claimPasses } from "./helpers/synthetic-story.ts";

const story = defaultStory();
const ids = (es: readonly { id: string }[]) => es.map((e) => e.id);

describe("queryEvents", () => {
  test("queryEvents without filter returns every event in story order", () => {
    expect(ids(queryEvents(story))).toEqual(["openai-founding", "microsoft-investment-2019", "partnership-strain", "partnership-break-up", "break-up-consequences"]);
  });

  test("queryEvents by kind, and by several kinds in story order", () => {
    expect(ids(queryEvents(story, { kind: "termination" }))).toEqual(["partnership-break-up"]);
    expect(ids(queryEvents(story, { kind: ["termination", "strain", "founding"] }))).toEqual(["openai-founding", "partnership-strain", "partnership-break-up"]);
    expect(queryEvents(story, { kind: "lawsuit" })).toEqual([]);
  });

  test("queryEvents by participant: an entity or an event, in any role", () => {
    expect(ids(queryEvents(story, { participant: "elon-musk" }))).toEqual(["openai-founding"]);
    expect(ids(queryEvents(story, { participant: "microsoft" }))).toEqual(["microsoft-investment-2019", "partnership-strain", "partnership-break-up", "break-up-consequences"]);
    expect(ids(queryEvents(story, { participant: "partnership-break-up" }))).toEqual(["break-up-consequences"]);
    expect(queryEvents(story, { participant: "artificial-intelligence" })).toEqual([]);
  });

  test("queryEvents by role: with a participant, that participant in that role; alone, any participant in it", () => {
    expect(ids(queryEvents(story, { participant: "openai", role: "founded" }))).toEqual(["openai-founding"]);
    expect(ids(queryEvents(story, { participant: "openai", role: "party" }))).toEqual(["partnership-strain", "partnership-break-up"]);
    expect(queryEvents(story, { participant: "openai", role: "founder" })).toEqual([]);
    expect(ids(queryEvents(story, { role: "cause" }))).toEqual(["break-up-consequences"]);
    expect(ids(queryEvents(story, { role: "party" }))).toEqual(["partnership-strain", "partnership-break-up"]);
    expect(queryEvents(story, { role: "winner" })).toEqual([]);
  });

  test("queryEvents by about: the events about a claim", () => {
    expect(ids(queryEvents(story, { about: "microsoft-partnered-openai" }))).toEqual(["partnership-strain", "partnership-break-up"]);
    expect(queryEvents(story, { about: "openai-founding" })).toEqual([]);
    expect(ids(queryEvents(story, { about: "microsoft-partnered-openai", kind: "termination" }))).toEqual(["partnership-break-up"]);
  });

  test("queryEvents by certainty and source: the possible break-up according to des sources proches du dossier", () => {
    expect(ids(queryEvents(story, { certainty: "possible", accordingTo: "des sources proches du dossier" }))).toEqual(["partnership-break-up"]);
    expect(ids(queryEvents(story, { certainty: "possible" }))).toEqual(["partnership-break-up", "break-up-consequences"]);
    expect(ids(queryEvents(story, { certainty: "unknown" }))).toEqual(["partnership-break-up"]);
    expect(ids(queryEvents(story, { modality: "hedged" }))).toEqual(["partnership-strain"]);
    expect(ids(queryEvents(story, { modality: "reported" }))).toEqual(["partnership-break-up"]);
    expect(ids(queryEvents(story, { accordingTo: "author", certainty: "unknown" }))).toEqual(["partnership-break-up"]);
    expect(queryEvents(story, { polarity: "negative" })).toEqual([]);
  });

  test("queryEvents holds the citation filters together on one citation", () => {
    // the sources' citation (s3) is possible; the break-up's unknown citations (s9, s11) are the author's
    expect(queryEvents(story, { certainty: "unknown", accordingTo: "des sources proches du dossier" })).toEqual([]);
    expect(queryEvents(story, { modality: "reported", certainty: "unknown" })).toEqual([]);
  });

  test("queryEvents by time: a point in time, an announcement, and events without a time left out", () => {
    expect(ids(queryEvents(story, { at: "2015" }))).toEqual(["openai-founding"]);
    expect(ids(queryEvents(story, { at: "2015-06-10" }))).toEqual(["openai-founding"]);
    expect(ids(queryEvents(story, { to: "2015-06" }))).toEqual(["openai-founding"]);
    expect(ids(queryEvents(story, { from: "2019-07-15", to: "2019-07-20" }))).toEqual(["microsoft-investment-2019"]);
    expect(queryEvents(story, { from: "2016", to: "2018" })).toEqual([]);
    expect(queryEvents(story, { from: "2019-08" })).toEqual([]);
    expect(ids(queryEvents(story, { from: "1900" }))).toEqual(["openai-founding", "microsoft-investment-2019"]);
  });

  test("queryEvents throws NotFoundError for an unknown participant or about", () => {
    expect(() => queryEvents(story, { participant: "apple" })).toThrow(NotFoundError);
    expect(() => queryEvents(story, { about: "apple" })).toThrow(NotFoundError);
    expect(() => queryEvents(story, { about: "openai" })).toThrow(NotFoundError);
  });

  test("queryEvents throws InvalidArgumentError for an unknown kind (a relation kind too), role, certainty or date", () => {
    expect(() => queryEvents(story, { kind: "partnered" })).toThrow(InvalidArgumentError);
    expect(() => queryEvents(story, { kind: "foundation" })).toThrow(InvalidArgumentError);
    expect(() => queryEvents(story, { role: "investors" })).toThrow(InvalidArgumentError);
    expect(() => queryEvents(story, { certainty: "sure" as never })).toThrow(InvalidArgumentError);
    expect(() => queryEvents(story, { at: "2019-02-30" })).toThrow(InvalidArgumentError);
    expect(() => queryEvents(story, { from: "2020", to: "2019" })).toThrow(InvalidArgumentError);
  });
});

/** What queryEvents means, as a scan of every event. */
function scan(events: readonly StoryEvent[], f: EventFilter): StoryEvent[] {
  const kinds = f.kind === undefined ? undefined : typeof f.kind === "string" ? [f.kind] : f.kind;
  return events.filter(
    (e) =>
      (!kinds || kinds.includes(e.kind)) &&
      (f.participant === undefined && f.role === undefined
        ? true
        : e.participants.some((p) => (f.participant === undefined || p.id === f.participant) && (f.role === undefined || p.role === f.role))) &&
      (f.about === undefined || e.about.includes(f.about)) &&
      claimPasses(e, f),
  );
}

describe("queryEvents on a generated story", () => {
  const big = generateStoryModel({ entities: 80, relations: 1000, events: 2000, seed: 13 });
  const kinds = [...new Set(big.events.map((e) => e.kind))];
  const participants = [...new Set(big.events.flatMap((e) => e.participants.map((p) => p.id)))];
  const eventParticipant = participants.find((id) => big.events.some((e) => e.id === id))!;
  const about = big.events.find((e) => e.about.length > 0)!.about[0]!;
  const person = big.entities.find((e) => e.kind === "person")!.id;
  const filters: EventFilter[] = [
    {},
    ...kinds.map((kind) => ({ kind })),
    { kind: kinds.slice(0, 3) },
    ...participants.slice(0, 10).flatMap((participant) => [{ participant }, { participant, role: "party" }, { participant, kind: kinds[0]! }, { participant, certainty: "possible" as const }]),
    { participant: eventParticipant },
    { role: "founder" },
    { role: "cause", modality: "hypothetical" },
    { about },
    { about, certainty: "probable" },
    { accordingTo: "people close to the matter", certainty: ["probable", "possible"] },
    { accordingTo: person },
    { polarity: "negative" },
    { at: "2010" },
    { from: "2000-03", to: "2004-11-15" },
    { to: "1996", kind: kinds.slice(0, 4) },
  ];

  test("queryEvents equals a scan of every event, in story order, for every kind of filter", () => {
    expect(kinds.length).toBeGreaterThanOrEqual(12);
    let found = 0;
    for (const f of filters) {
      const got = queryEvents(big, f);
      expect(got, JSON.stringify(f)).toEqual(scan(big.events, f));
      found += got.length;
    }
    expect(found).toBeGreaterThan(5000);
    for (const f of [{ participant: eventParticipant }, { about }, { accordingTo: person }, { at: "2010" }, { role: "cause" }]) {
      expect(queryEvents(big, f).length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });
});

describe("getEvent", () => {
  test("getEvent returns the event or throws NotFoundError (for a relation id too)", () => {
    expect(getEvent(story, "partnership-break-up").kind).toBe("termination");
    expect(getEvent(story, "openai-founding").participants).toHaveLength(3);
    expect(() => getEvent(story, "nope")).toThrow(NotFoundError);
    expect(() => getEvent(story, "microsoft-partnered-openai")).toThrow(NotFoundError);
  });
});
