// What the filters show (src/viewer/state/filters.ts), on the default story.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { hiddenReason, filtersActive, searchEntities, visibleEntityIds, visibleRelationIds } from "../src/viewer/state/filters.ts";
import { DEFAULT_FILTERS, type Filters } from "../src/viewer/state/types.ts";

const story = defaultStory();
const f = (patch: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...patch });
const rel = (id: string) => story.relations.find((r) => r.id === id)!;

describe("hiddenReason / visibleRelationIds", () => {
  test("visibleRelationIds shows every relation by default", () => {
    expect(visibleRelationIds(story, DEFAULT_FILTERS).size).toBe(story.relations.length);
  });
  test("hiddenReason names the kind filter", () => {
    expect(hiddenReason(rel("elon-musk-founded-openai"), f({ kinds: ["invested"] }))).toBe("kind");
  });
  test("hiding hypothetical claims hides a relation with only hypothetical citations, not one with others", () => {
    const filters = f({ modalities: ["asserted", "hedged", "reported", "negated"] });
    expect(hiddenReason(rel("microsoft-depends-on-openai"), filters)).toBe("modality");
    expect(hiddenReason(rel("microsoft-partnered-openai"), filters)).toBeNull();
  });
  test("the timeline at 2015-12 leaves only the founding (dated after and undated hidden)", () => {
    const visible = visibleRelationIds(story, f({ until: "2015-12" }));
    expect([...visible].sort()).toEqual(["elon-musk-founded-openai", "sam-altman-founded-openai"]);
    expect(hiddenReason(rel("microsoft-invested-openai-2019"), f({ until: "2015-12" }))).toBe("after");
    expect(hiddenReason(rel("openai-pursues-ai"), f({ until: "2015-12" }))).toBe("undated");
  });
  test("the timeline keeps undated relations when asked", () => {
    const visible = visibleRelationIds(story, f({ until: "2015-01", undated: true }));
    expect(visible.has("openai-pursues-ai")).toBe(true);
    expect(visible.has("microsoft-invested-openai-2019")).toBe(false);
    expect(visible.has("elon-musk-founded-openai")).toBe(true);
  });
  test("a month relation shows from its own month on", () => {
    expect(hiddenReason(rel("microsoft-invested-openai-2019"), f({ until: "2019-06" }))).toBe("after");
    expect(hiddenReason(rel("microsoft-invested-openai-2019"), f({ until: "2019-07" }))).toBeNull();
  });
});

describe("visibleEntityIds", () => {
  test("visibleEntityIds hides entities whose every relation is hidden", () => {
    const rels = visibleRelationIds(story, f({ until: "2015-12" }));
    expect([...visibleEntityIds(story, rels)].sort()).toEqual(["elon-musk", "openai", "sam-altman"]);
  });
  test("visibleEntityIds always shows an entity without relations", () => {
    const lonely = { ...story, entities: [...story.entities, { id: "x", kind: "person" as const, label: "X", aliases: [] }] };
    expect(visibleEntityIds(lonely, new Set()).has("x")).toBe(true);
  });
});

describe("filtersActive", () => {
  test("filtersActive is false by default and true once anything is hidden", () => {
    expect(filtersActive(DEFAULT_FILTERS)).toBe(false);
    expect(filtersActive(f({ until: "2016-01" }))).toBe(true);
    expect(filtersActive(f({ kinds: [] }))).toBe(true);
    expect(filtersActive(f({ modalities: ["asserted"] }))).toBe(true);
    expect(filtersActive(f({ search: "x" }))).toBe(false);
  });
});

describe("searchEntities", () => {
  test("searchEntities finds Microsoft from 'géant', insensitive to accents and apostrophes", () => {
    expect(searchEntities(story, "géant")[0]!.entity.id).toBe("microsoft");
    expect(searchEntities(story, "GEANT de l'informatique")[0]!.entity.id).toBe("microsoft");
    // A name starting with the query beats one containing it.
    expect(searchEntities(story, "géant")[0]!.matched).toBe("géant de l’informatique");
  });
  test("searchEntities ranks exact names first, then prefixes, then substrings", () => {
    expect(searchEntities(story, "musk").map((h) => h.entity.id)).toEqual(["elon-musk"]);
    expect(searchEntities(story, "ia")[0]!.entity.id).toBe("artificial-intelligence");
  });
  test("searchEntities returns nothing for a blank query or no match", () => {
    expect(searchEntities(story, "  ")).toEqual([]);
    expect(searchEntities(story, "zzz")).toEqual([]);
  });
});
