// Public types: checked at compile time by `tsc --noEmit` (part of the test command) and by expectTypeOf.
import { describe, expect, expectTypeOf, test } from "vitest";
import { ENTITIES } from "../src/data/entities.ts";
import { defineEntities, defineEvents, defineRelations, storyKit, type DomainOf, type IdsOfKind, type RangeOf } from "../src/graph/define.ts";
import type { Citation, Claim, Relation, Source, Story, StoryEvent, TimeQualifier } from "../src/graph/model.ts";
import { queryRelations } from "../src/graph/queries/relations.ts";
import { getEntity } from "../src/graph/queries/entities.ts";
import type { StoryInput } from "../src/graph/input/schema.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import type { Certainty, Modality, Polarity } from "../src/graph/values.ts";

const citation = { sentence: "s1", quote: "x", factuality: { polarity: "positive", certainty: "certain" }, gloss: "g" } as const;

describe("types", () => {
  test("buildStory takes unknown input and returns a Story", () => {
    expectTypeOf(buildStory).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(buildStory).returns.toEqualTypeOf<Story>();
  });

  test("queryRelations returns a read-only Relation[] with typed citations and qualifiers", () => {
    expectTypeOf(queryRelations).returns.toEqualTypeOf<readonly Relation[]>();
    expectTypeOf<Relation["citations"]>().toEqualTypeOf<readonly Citation[]>();
    expectTypeOf<Citation["factuality"]["certainty"]>().toEqualTypeOf<Certainty>();
    expectTypeOf<Citation["factuality"]["polarity"]>().toEqualTypeOf<Polarity>();
    expectTypeOf<Citation["sources"]>().toEqualTypeOf<readonly Source[]>();
    expectTypeOf<NonNullable<Relation["start"]>>().toEqualTypeOf<TimeQualifier>();
    expectTypeOf<TimeQualifier["precision"]>().toEqualTypeOf<"year" | "month" | "day">();
    expectTypeOf(getEntity).returns.toHaveProperty("wikidata");
  });

  test("Claim is a union discriminated by type", () => {
    expectTypeOf<Extract<Claim, { type: "event" }>>().toEqualTypeOf<StoryEvent>();
    expectTypeOf<Extract<Claim, { type: "relation" }>>().toEqualTypeOf<Relation>();
    expectTypeOf<Modality>().toEqualTypeOf<"asserted" | "hedged" | "reported" | "hypothetical" | "negated">();
  });

  test("the news core gives founded a person-or-organization domain and an organization range", () => {
    expectTypeOf<DomainOf<"founded">>().toEqualTypeOf<"person" | "organization">();
    expectTypeOf<RangeOf<"founded">>().toEqualTypeOf<"organization">();
    expectTypeOf<RangeOf<"located-in">>().toEqualTypeOf<"place">();
  });

  test("defineEntities keeps entity ids per kind as literal types", () => {
    expectTypeOf<IdsOfKind<typeof ENTITIES, "person">>().toEqualTypeOf<"elon-musk" | "sam-altman">();
    expectTypeOf<IdsOfKind<typeof ENTITIES, "organization">>().toEqualTypeOf<"microsoft" | "openai">();
  });

  test("defineRelations accepts a founded relation from a person to an organization", () => {
    const ok = defineRelations(ENTITIES, [{ id: "r", kind: "founded", source: "elon-musk", target: "openai", citations: [citation] }]);
    expectTypeOf(ok[0]!.kind).toEqualTypeOf<(typeof ok)[number]["kind"]>();
    expect(ok).toHaveLength(1);
  });

  test("defineRelations rejects a founded relation from an organization to a person at compile time", () => {
    defineRelations(ENTITIES, [
      // @ts-expect-error founded goes to an organization, not from openai to elon-musk
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
    defineRelations(ENTITIES, [
      // @ts-expect-error "acquired" is not a relation kind of the news core (acquisition is an event kind)
      { id: "r", kind: "acquired", source: "microsoft", target: "openai", citations: [citation] },
    ]);
  });

  test("defineEvents checks roles and the kinds each role takes at compile time", () => {
    defineEvents(ENTITIES, [
      { id: "e", kind: "founding", label: "F", participants: [{ role: "founder", entity: "elon-musk" }, { role: "founded", entity: "openai" }], citations: [citation] },
      { id: "i", kind: "impact", label: "I", participants: [{ role: "cause", event: "e" }, { role: "affected", entity: "microsoft" }], citations: [citation] },
    ]);
    defineEvents(ENTITIES, [
      // @ts-expect-error "founded" takes an organization, not a field
      { id: "e", kind: "founding", label: "F", participants: [{ role: "founded", entity: "artificial-intelligence" }], citations: [citation] },
    ]);
    defineEvents(ENTITIES, [
      // @ts-expect-error "founding" has no role "investor"
      { id: "e", kind: "founding", label: "F", participants: [{ role: "investor", entity: "microsoft" }], citations: [citation] },
    ]);
    defineEvents(ENTITIES, [
      // @ts-expect-error a founder is not an event
      { id: "e", kind: "founding", label: "F", participants: [{ role: "founder", event: "x" }], citations: [citation] },
    ]);
  });

  test("defineEntities rejects an unknown entity kind at compile time", () => {
    // @ts-expect-error "company" is not an entity kind of the news core
    defineEntities([{ id: "x", kind: "company", label: "X" }]);
  });

  test("storyKit checks a story's own kinds, their parents and rules at compile time", () => {
    const kit = storyKit({
      entityKinds: [{ id: "court", label: "court", description: "A court.", parent: "organization" }],
      relationKinds: [{ id: "rules-on", label: "rules on", description: "x", domain: ["court"], range: ["organization"], symmetric: false }],
    });
    const entities = kit.defineEntities([
      { id: "high-court", kind: "court", label: "High Court" },
      { id: "acme", kind: "organization", label: "Acme" },
    ]);
    kit.defineRelations(entities, [{ id: "r", kind: "rules-on", source: "high-court", target: "acme", citations: [citation] }]);
    // a court is an organization: it may be sued, or found an organization
    kit.defineEvents(entities, [
      { id: "e", kind: "lawsuit", label: "L", participants: [{ role: "plaintiff", entity: "acme" }, { role: "defendant", entity: "high-court" }], citations: [citation] },
    ]);
    kit.defineRelations(entities, [
      // @ts-expect-error rules-on goes from a court, and acme is an organization, not a court
      { id: "r", kind: "rules-on", source: "acme", target: "high-court", citations: [citation] },
    ]);
    expect(kit.vocabulary.entityKinds[0]!.id).toBe("court");
  });

  test("StoryInput is inferred from the zod schema", () => {
    expectTypeOf<StoryInput["relations"][number]["kind"]>().toEqualTypeOf<string>();
    expectTypeOf<StoryInput["relations"][number]["citations"][number]["factuality"]["certainty"]>().toEqualTypeOf<Certainty>();
  });
});
