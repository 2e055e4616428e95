// queryRelations and getRelation on the default story.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import type { RelationKind } from "../src/graph/kinds.ts";
import { getRelation, queryRelations } from "../src/graph/queries/relations.ts";

const story = defaultStory();
const ids = (rs: { id: string }[]) => rs.map((r) => r.id);

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

describe("getRelation", () => {
  test("getRelation returns the relation or throws NotFoundError", () => {
    expect(getRelation(story, "elon-musk-founded-openai").kind).toBe("founded");
    expect(() => getRelation(story, "nope")).toThrow(NotFoundError);
  });
});
