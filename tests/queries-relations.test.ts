// queryRelations and getRelation on the default story.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import type { RelationKind } from "../src/graph/kinds.ts";
import { datesOverlap, parseDate } from "../src/graph/dates.ts";
import type { Relation } from "../src/graph/model.ts";
import { getRelation, queryRelations, type RelationFilter } from "../src/graph/queries/relations.ts";
import { generateStoryModel } from "../bench/generate.ts";

const story = defaultStory();
const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe("queryRelations", () => {
  test("queryRelations without filter returns every relation in story order", () => {
    expect(ids(queryRelations(story))).toEqual(story.relations.map((r) => r.id));
  });

  test("queryRelations by kind", () => {
    const rs = queryRelations(story, { kind: "invested" });
    expect(rs.length).toBe(2);
    expect(rs.every((r) => r.kind === "invested")).toBe(true);
  });

  test("queryRelations by several kinds keeps story order", () => {
    const rs = queryRelations(story, { kind: ["founded", "invested"] });
    expect(ids(rs)).toEqual(story.relations.filter((r) => r.kind === "founded" || r.kind === "invested").map((r) => r.id));
  });

  test("queryRelations by source and target", () => {
    expect(ids(queryRelations(story, { source: "elon-musk" }))).toEqual(["elon-musk-founded-openai"]);
    const toOpenai = queryRelations(story, { target: "openai", kind: "founded" });
    expect(toOpenai.map((r) => r.source).sort()).toEqual(["elon-musk", "sam-altman"]);
  });

  test("queryRelations finds a symmetric relation from either side", () => {
    const fromMicrosoft = queryRelations(story, { kind: "partnered", source: "microsoft" });
    const fromOpenai = queryRelations(story, { kind: "partnered", source: "openai" });
    const toMicrosoft = queryRelations(story, { kind: "partnered", target: "microsoft" });
    expect(ids(fromOpenai)).toEqual(ids(fromMicrosoft));
    expect(ids(toMicrosoft)).toEqual(ids(fromMicrosoft));
    expect(fromOpenai).toHaveLength(1);
  });

  test("queryRelations does not read an asymmetric relation backwards", () => {
    expect(queryRelations(story, { kind: "invested", source: "openai" })).toEqual([]);
  });

  test("queryRelations by involving matches either end", () => {
    const rs = queryRelations(story, { involving: "sam-altman" });
    expect(ids(rs)).toEqual(["sam-altman-founded-openai"]);
    expect(queryRelations(story, { involving: "openai" }).every((r) => r.source === "openai" || r.target === "openai")).toBe(true);
  });

  test("queryRelations by modality matches relations with one citation of it", () => {
    const hedged = queryRelations(story, { modality: "hedged" });
    expect(ids(hedged)).toEqual(["microsoft-partnered-openai"]);
    const reported = queryRelations(story, { modality: "reported" });
    expect(reported.every((r) => r.citations.some((c) => c.modality === "reported"))).toBe(true);
    expect(reported.length).toBe(story.relations.filter((r) => r.citations.some((c) => c.modality === "reported")).length);
  });

  test("queryRelations by date range overlaps the relations' periods", () => {
    expect(queryRelations(story, { from: "2015", to: "2018" }).map((r) => r.kind)).toEqual(["founded", "founded"]);
    expect(ids(queryRelations(story, { from: "2019-07-15" }))).toEqual(["microsoft-invested-openai-2019", "microsoft-partnered-openai"]);
    expect(queryRelations(story, { to: "2014-12-31" })).toEqual([]);
    expect(queryRelations(story, { from: "2019-08" })).toEqual([]);
  });

  test("queryRelations leaves undated relations out of date filters", () => {
    const dated = queryRelations(story, { from: "1900" });
    expect(dated.every((r) => r.date !== undefined)).toBe(true);
    expect(dated.length).toBe(story.relations.filter((r) => r.date).length);
  });

  test("queryRelations combines filters", () => {
    expect(ids(queryRelations(story, { involving: "microsoft", kind: "invested", from: "2019" }))).toEqual(["microsoft-invested-openai-2019"]);
  });

  test("queryRelations throws NotFoundError for an unknown entity", () => {
    expect(() => queryRelations(story, { source: "apple" })).toThrow(NotFoundError);
    expect(() => queryRelations(story, { involving: "apple" })).toThrow(NotFoundError);
  });

  test("queryRelations throws InvalidArgumentError for a bad kind, modality or date", () => {
    expect(() => queryRelations(story, { kind: "acquired" as RelationKind })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { modality: "sure" as never })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { from: "2019-13" })).toThrow(InvalidArgumentError);
    expect(() => queryRelations(story, { from: "2020", to: "2010" })).toThrow(InvalidArgumentError);
    expect(queryRelations(story, { from: "2019-07", to: "2019" })).toHaveLength(2);
  });

  test("queryRelations returns plain data (JSON round-trips unchanged)", () => {
    const rs = queryRelations(story, { kind: "invested" });
    expect(JSON.parse(JSON.stringify(rs))).toEqual(rs);
  });
});

/** What queryRelations means, as a scan of every relation (the reference the indexed query must equal). */
function scan(relations: readonly Relation[], f: RelationFilter): Relation[] {
  const list = <T,>(v: T | readonly T[] | undefined) => (v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T]);
  const kinds = list(f.kind);
  const modalities = list(f.modality);
  const period = f.from || f.to ? { start: f.from ? parseDate(f.from)!.start : "0000-01-01", end: f.to ? parseDate(f.to)!.end : "9999-12-31" } : null;
  const ends = (r: Relation, a: string, b: string) => (f.source === undefined || a === f.source) && (f.target === undefined || b === f.target);
  return relations.filter(
    (r) =>
      (!kinds || kinds.includes(r.kind)) &&
      (f.involving === undefined || r.source === f.involving || r.target === f.involving) &&
      (ends(r, r.source, r.target) || (r.symmetric && ends(r, r.target, r.source))) &&
      (!modalities || r.citations.some((c) => modalities.includes(c.modality))) &&
      (!period || (r.date !== undefined && datesOverlap(r.date, period))),
  );
}

describe("queryRelations on a generated story", () => {
  const big = generateStoryModel({ entities: 60, relations: 3000, seed: 11 });
  const kindsOf = [...new Set(big.relations.map((r) => r.kind))];
  const ids = big.entities.map((e) => e.id);
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
    ]),
    { modality: ["hedged", "hypothetical"] },
    { from: "2019", to: "2021-06" },
    { kind: kindsOf[1]!, from: "2018" },
    { kind: kindsOf.slice(0, 2), to: "2020-02-15" },
  ];

  test("queryRelations equals a scan of every relation, in story order, for every kind of filter", () => {
    expect(kindsOf.length).toBeGreaterThan(3);
    expect(big.relations.some((r) => r.symmetric)).toBe(true);
    for (const f of filters) expect(queryRelations(big, f), JSON.stringify(f)).toEqual(scan(big.relations, f));
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
  test("getRelation returns the relation or throws NotFoundError", () => {
    expect(getRelation(story, "elon-musk-founded-openai").kind).toBe("founded");
    expect(() => getRelation(story, "nope")).toThrow(NotFoundError);
  });
});
