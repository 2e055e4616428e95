// queryRelations and getRelation on the default story, and against a scan of every relation on generated stories.
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../bench/generate.ts";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import type { Relation } from "../src/graph/model.ts";
import { getRelation, queryRelations, type RelationFilter } from "../src/graph/queries/relations.ts";
import { claimPasses } from "./helpers/synthetic-story.ts";

const story = defaultStory();
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe("queryRelations", () => {
  test("queryRelations without filter returns every relation in story order (the story's own frozen list)", () => {
    expect(ids(queryRelations(story))).toEqual(story.relations.map((r) => r.id));
    expect(queryRelations(story)).toBe(story.relations);
  });

  test("queryRelations by kind, and by several kinds in story order", () => {
    expect(ids(queryRelations(story, { kind: "seeks" }))).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(ids(queryRelations(story, { kind: ["seeks", "partnered"] }))).toEqual(["microsoft-partnered-openai", "openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(queryRelations(story, { kind: "founded" })).toEqual([]);
  });

  test("queryRelations by source and target (symmetric kinds match either end)", () => {
    expect(ids(queryRelations(story, { source: "openai" }))).toEqual(["microsoft-partnered-openai", "microsoft-diverges-from-openai", "openai-pursues-ai", "openai-seeks-microsoft"]);
    expect(ids(queryRelations(story, { target: "artificial-intelligence" }))).toEqual(["openai-pursues-ai", "microsoft-pursues-ai"]);
    expect(ids(queryRelations(story, { source: "openai", target: "microsoft" }))).toEqual(["microsoft-partnered-openai", "microsoft-diverges-from-openai", "openai-seeks-microsoft"]);
  });

  test("queryRelations finds a symmetric relation from either side", () => {
    const fromMicrosoft = queryRelations(story, { kind: "partnered", source: "microsoft" });
    expect(ids(queryRelations(story, { kind: "partnered", source: "openai" }))).toEqual(ids(fromMicrosoft));
    expect(ids(queryRelations(story, { kind: "partnered", target: "microsoft" }))).toEqual(ids(fromMicrosoft));
    expect(fromMicrosoft).toHaveLength(1);
  });

  test("queryRelations does not read an asymmetric relation backwards", () => {
    expect(queryRelations(story, { kind: "invested", source: "openai" })).toEqual([]);
  });

  test("queryRelations by involving matches either end, and only relations: an entity only in events has none", () => {
    expect(ids(queryRelations(story, { involving: "artificial-intelligence" }))).toEqual(["openai-pursues-ai", "microsoft-pursues-ai"]);
    expect(queryRelations(story, { involving: "elon-musk" })).toEqual([]);
    expect(queryRelations(story, { involving: "openai" }).every((r) => r.source === "openai" || r.target === "openai")).toBe(true);
  });

  test("queryRelations by modality matches relations with a citation of that display word", () => {
    expect(ids(queryRelations(story, { modality: "hedged" }))).toEqual(["microsoft-diverges-from-openai", "openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(ids(queryRelations(story, { modality: "reported" }))).toEqual(ids(queryRelations(story, { modality: "hedged" })));
    expect(ids(queryRelations(story, { modality: "asserted" }))).toEqual(["microsoft-partnered-openai", "microsoft-invested-openai-13bn", "openai-pursues-ai", "microsoft-pursues-ai"]);
    expect(ids(queryRelations(story, { modality: ["negated", "asserted"] }))).toEqual(ids(queryRelations(story, { modality: "asserted" })));
  });

  test("queryRelations by modality hypothetical leaves the partnership out: its possible end is an event, not the relation", () => {
    expect(ids(queryRelations(story, { modality: "hypothetical" }))).not.toContain("microsoft-partnered-openai");
    expect(queryRelations(story, { modality: "hypothetical" })).toEqual([]);
  });

  test("queryRelations by certainty, polarity and source", () => {
    expect(ids(queryRelations(story, { certainty: "probable" }))).toEqual(ids(queryRelations(story, { modality: "hedged" })));
    expect(ids(queryRelations(story, { certainty: ["certain", "possible"] }))).toEqual(ids(queryRelations(story, { modality: "asserted" })));
    expect(queryRelations(story, { polarity: "negative" })).toEqual([]);
    expect(queryRelations(story, { polarity: "positive" })).toHaveLength(story.relations.length);
    expect(ids(queryRelations(story, { accordingTo: "les sources" }))).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(ids(queryRelations(story, { accordingTo: "LES  SOURCES" }))).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
    expect(ids(queryRelations(story, { accordingTo: "author" }))).toEqual(ids(queryRelations(story, { modality: "asserted" })));
    expect(ids(queryRelations(story, { accordingTo: ["les sources", "des sources proches du dossier"] }))).toEqual(ids(queryRelations(story, { modality: "reported" })));
  });

  test("queryRelations holds the citation filters together on one citation", () => {
    // the sources' citations are all probable: none is certain
    expect(queryRelations(story, { accordingTo: "les sources", certainty: "certain" })).toEqual([]);
    expect(ids(queryRelations(story, { accordingTo: "les sources", certainty: "probable" }))).toEqual(["openai-seeks-microsoft", "microsoft-seeks-openai"]);
  });

  test("queryRelations by time: an ongoing state holds from its start on, undated relations never pass", () => {
    expect(ids(queryRelations(story, { from: "2020" }))).toEqual(["microsoft-partnered-openai"]);
    expect(ids(queryRelations(story, { at: "2030-01-01" }))).toEqual(["microsoft-partnered-openai"]);
    expect(ids(queryRelations(story, { at: "2019-07-15" }))).toEqual(["microsoft-partnered-openai"]);
    expect(queryRelations(story, { to: "2019-06" })).toEqual([]);
    expect(ids(queryRelations(story, { to: "2019-07" }))).toEqual(["microsoft-partnered-openai"]);
    const dated = queryRelations(story, { from: "1900" });
    expect(dated.length).toBe(story.relations.filter((r) => r.period).length);
  });

  test("queryRelations combines filters", () => {
    expect(ids(queryRelations(story, { involving: "microsoft", kind: "partnered", from: "2019" }))).toEqual(["microsoft-partnered-openai"]);
    expect(queryRelations(story, { involving: "microsoft", kind: "partnered", to: "2018" })).toEqual([]);
    expect(ids(queryRelations(story, { source: "microsoft", modality: "reported", kind: ["seeks", "diverges-from"] }))).toEqual(["microsoft-diverges-from-openai", "microsoft-seeks-openai"]);
  });

  test("queryRelations throws NotFoundError for an unknown entity, an event among them", () => {
    expect(() => queryRelations(story, { source: "apple" })).toThrow(NotFoundError);
    expect(() => queryRelations(story, { target: "apple" })).toThrow(NotFoundError);
    expect(() => queryRelations(story, { involving: "openai-founding" })).toThrow(NotFoundError);
  });

  test("queryRelations throws InvalidArgumentError for a bad kind (an event kind too), modality, certainty, polarity or date", () => {
    expect(() => queryRelations(story, { kind: "acquired" })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { kind: "founding" })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { modality: "sure" as never })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { certainty: "likely" as never })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { polarity: "neutral" as never })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { from: "2019-13" })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { at: "July 2019" })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { from: "2020", to: "2010" })).toThrow(InvalidArgumentError);
    expect(queryRelations(story, { from: "2019-07", to: "2019" })).toHaveLength(1);
  });

  test("queryRelations returns plain data (JSON round-trips unchanged)", () => {
    const rs = queryRelations(story, { kind: "seeks" });
    expect(JSON.parse(JSON.stringify(rs))).toEqual(rs);
  });
});

/** What queryRelations means, as a scan of every relation (the reference the indexed query must equal). */
function scan(relations: readonly Relation[], f: RelationFilter): Relation[] {
  const list = <T,>(v: T | readonly T[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T]);
  const kinds = list(f.kind);
  const ends = (a: string, b: string) => (f.source === undefined || a === f.source) && (f.target === undefined || b === f.target);
  return relations.filter(
    (r) =>
      (!kinds || kinds.includes(r.kind)) &&
      (f.involving === undefined || r.source === f.involving || r.target === f.involving) &&
      (ends(r.source, r.target) || (r.symmetric && ends(r.target, r.source))) &&
      claimPasses(r, f),
  );
}

describe("queryRelations on a generated story", () => {
  const big = generateStoryModel({ entities: 60, relations: 3000, seed: 11 });
  const kindsOf = [...new Set(big.relations.map((r) => r.kind))];
  const ids = big.entities.map((e) => e.id);
  const person = big.entities.find((e) => e.kind === "person")!.id;
  const filters: RelationFilter[] = [
    {},
    ...kindsOf.map((kind) => ({ kind })),
    { kind: kindsOf.slice(0, 2) },
    { kind: kindsOf.slice(1, 4) },
    { kind: [...kindsOf].reverse() },
    { kind: [kindsOf[0]!, kindsOf[0]!] },
    ...ids.slice(0, 8).flatMap((id) => [
      { involving: id },
      { source: id },
      { target: id },
      { source: id, kind: kindsOf[0]! },
      { target: id, kind: kindsOf.slice(0, 3) },
      { involving: id, modality: "reported" as const },
      { involving: id, source: ids[9]! },
      { source: id, target: ids[12]! },
      { involving: id, certainty: "probable" as const, accordingTo: "people close to the matter" },
    ]),
    { modality: ["hedged", "hypothetical"] },
    { modality: "negated" },
    { certainty: "unknown" },
    { polarity: "negative", certainty: ["certain", "probable"] },
    { accordingTo: "two analysts" },
    { accordingTo: "TWO  Analysts", certainty: "possible" },
    { accordingTo: person },
    { accordingTo: ["author", "a spokesperson"] },
    { accordingTo: "author", modality: "hedged" },
    { from: "2019", to: "2021-06" },
    { at: "2012-03-04" },
    { at: "2000", kind: kindsOf[2]! },
    { to: "1995" },
    { from: "2024-12" },
    { kind: kindsOf[1]!, from: "2018" },
    { kind: kindsOf.slice(0, 2), to: "2020-02-15" },
    { at: "2010", from: "2005", to: "2015", modality: "asserted" },
  ];

  test("queryRelations equals a scan of every relation, in story order, for every kind of filter", () => {
    expect(kindsOf.length).toBeGreaterThan(10);
    expect(big.relations.some((r) => r.symmetric)).toBe(true);
    let found = 0;
    for (const f of filters) {
      const got = queryRelations(big, f);
      expect(got, JSON.stringify(f)).toEqual(scan(big.relations, f));
      found += got.length;
    }
    expect(found).toBeGreaterThan(10_000);
    // the filters are not vacuous: each of these finds something
    for (const f of [{ accordingTo: person }, { certainty: "unknown" as const }, { polarity: "negative" as const }, { at: "2012-03-04" }, { to: "1995" }]) {
      expect(queryRelations(big, f).length, JSON.stringify(f)).toBeGreaterThan(0);
    }
  });

  test("queryRelations hands out an index's own list only frozen: no answer can be changed by a caller", () => {
    for (const f of [{}, { kind: kindsOf[0]! }, { kind: kindsOf.slice(0, 2) }, { involving: ids[0]! }]) {
      const first = queryRelations(big, f) as Relation[];
      expect(first.length).toBeGreaterThan(0);
      if (Object.isFrozen(first)) expect(() => (first.length = 0)).toThrow(TypeError);
      else first.length = 0;
      expect(queryRelations(big, f)).toEqual(scan(big.relations, f));
    }
  });

  test("queryRelations answers a query by one kind alone with the kind's index list itself (same array each call)", () => {
    const a = queryRelations(big, { kind: kindsOf[0]! });
    expect(queryRelations(big, { kind: kindsOf[0]! })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    // the story's own list when it is frozen (as buildStory makes it), else a copy
    expect(queryRelations(story)).toBe(story.relations);
    expect(Object.isFrozen(big.relations) ? queryRelations(big) === big.relations : queryRelations(big) !== big.relations).toBe(true);
    // a filter that needs checking builds a new list
    expect(queryRelations(big, { kind: kindsOf[0]!, modality: "asserted" })).not.toBe(queryRelations(big, { kind: kindsOf[0]!, modality: "asserted" }));
  });
});

describe("getRelation", () => {
  test("getRelation returns the relation or throws NotFoundError (for an event id too)", () => {
    expect(getRelation(story, "microsoft-partnered-openai").kind).toBe("partnered");
    expect(() => getRelation(story, "nope")).toThrow(NotFoundError);
    expect(() => getRelation(story, "openai-founding")).toThrow(NotFoundError);
  });
});
