// Public types: checked at compile time by `tsc --noEmit` (part of the test command) and by expectTypeOf.
import { describe, expectTypeOf, test } from "vitest";
import { ENTITIES } from "../src/data/entities.ts";
import { defineEntities, defineRelations, type IdsOfKind } from "../src/graph/define.ts";
import type { DomainOf, EntityKind, Modality, RangeOf, RelationKind } from "../src/graph/kinds.ts";
import type { Attribution, Citation, DateQualifier, Relation, Story } from "../src/graph/model.ts";
import { queryRelations } from "../src/graph/queries/relations.ts";
import { getEntity } from "../src/graph/queries/entities.ts";
import type { StoryInput } from "../src/graph/input/schema.ts";
import { buildStory } from "../src/graph/input/validate.ts";

const citation = { sentence: "s1", quote: "x", modality: "asserted", gloss: "g" } as const;

describe("types", () => {
  test("buildStory takes unknown input and returns a Story", () => {
    expectTypeOf(buildStory).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(buildStory).returns.toEqualTypeOf<Story>();
  });

  test("queryRelations returns a read-only Relation[] with typed kinds, citations and qualifiers", () => {
    expectTypeOf(queryRelations).returns.toEqualTypeOf<readonly Relation[]>();
    expectTypeOf<Relation["kind"]>().toEqualTypeOf<RelationKind>();
    expectTypeOf<Relation["citations"]>().toEqualTypeOf<readonly Citation[]>();
    expectTypeOf<Citation["modality"]>().toEqualTypeOf<Modality>();
    expectTypeOf<Citation["attribution"]>().toEqualTypeOf<Attribution>();
    expectTypeOf<NonNullable<Relation["date"]>>().toEqualTypeOf<DateQualifier>();
    expectTypeOf<DateQualifier["precision"]>().toEqualTypeOf<"year" | "month" | "day">();
    expectTypeOf(getEntity).returns.toHaveProperty("wikidata");
  });

  test("RELATION_RULES give founded a person domain and organization range", () => {
    expectTypeOf<DomainOf<"founded">>().toEqualTypeOf<"person">();
    expectTypeOf<RangeOf<"founded">>().toEqualTypeOf<"organization">();
    expectTypeOf<DomainOf<"invested">>().toEqualTypeOf<"organization" | "person">();
    expectTypeOf<Modality>().toEqualTypeOf<"asserted" | "hedged" | "reported" | "hypothetical" | "negated">();
  });

  test("defineEntities keeps entity ids per kind as literal types", () => {
    expectTypeOf<IdsOfKind<typeof ENTITIES, "person">>().toEqualTypeOf<"elon-musk" | "sam-altman">();
    expectTypeOf<IdsOfKind<typeof ENTITIES, "organization">>().toEqualTypeOf<"microsoft" | "openai">();
    expectTypeOf<EntityKind>().toEqualTypeOf<"organization" | "person" | "field">();
  });

  test("defineRelations accepts a founded relation from a person to an organization", () => {
    const ok = defineRelations(ENTITIES, [{ id: "r", kind: "founded", source: "elon-musk", target: "openai", citations: [citation] }]);
    expectTypeOf(ok[0]!.kind).toEqualTypeOf<RelationKind>();
  });

  test("defineRelations rejects a founded relation from an organization to a person at compile time", () => {
    defineRelations(ENTITIES, [
      // @ts-expect-error founded goes from a person to an organization, not from openai to elon-musk
      { id: "r", kind: "founded", source: "openai", target: "elon-musk", citations: [citation] },
    ]);
    defineRelations(ENTITIES, [
      // @ts-expect-error invested may not target a person
      { id: "r", kind: "invested", source: "microsoft", target: "sam-altman", citations: [citation] },
    ]);
    defineRelations(ENTITIES, [
      // @ts-expect-error "apple" is not an entity of the story
      { id: "r", kind: "partnered", source: "microsoft", target: "apple", citations: [citation] },
    ]);
  });

  test("defineEntities rejects an unknown entity kind at compile time", () => {
    // @ts-expect-error "company" is not an entity kind
    defineEntities([{ id: "x", kind: "company", label: "X" }]);
  });

  test("StoryInput is inferred from the zod schema", () => {
    expectTypeOf<StoryInput["relations"][number]["kind"]>().toEqualTypeOf<RelationKind>();
    expectTypeOf<StoryInput["relations"][number]["citations"][number]["modality"]>().toEqualTypeOf<Modality>();
  });
});
