// findEntities / getEntity: lookup by id, label or alias, insensitive to case, accents, apostrophes.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { AmbiguousNameError, NotFoundError } from "../src/graph/errors.ts";
import { findEntities, getEntity } from "../src/graph/queries/entities.ts";

const story = defaultStory();

describe("getEntity", () => {
  test.each([
    ["sam altman", "sam-altman"],
    ["SAM ALTMAN", "sam-altman"],
    ["sam-altman", "sam-altman"],
    ["Le géant de l’informatique", "microsoft"],
    ["le geant de l'informatique", "microsoft"],
    ["  le   géant de l’informatique ", "microsoft"],
    ["l'entreprise specialisee en intelligence artificielle", "openai"],
    ["Musk", "elon-musk"],
    ["IA", "artificial-intelligence"],
  ])("getEntity(%j) resolves to %s", (name, id) => {
    expect(getEntity(story, name).id).toBe(id);
  });

  test("getEntity throws NotFoundError for an unknown name", () => {
    expect(() => getEntity(story, "Google")).toThrow(NotFoundError);
  });

  test("getEntity throws AmbiguousNameError for a shared mention", () => {
    expect(() => getEntity(story, "les deux entreprises")).toThrow(AmbiguousNameError);
  });
});

describe("findEntities", () => {
  test("findEntities returns both companies for 'les deux entreprises'", () => {
    expect(findEntities(story, "Les deux entreprises").map((e) => e.id).sort()).toEqual(["microsoft", "openai"]);
  });
  test("findEntities returns an empty list when nothing matches", () => {
    expect(findEntities(story, "géant")).toEqual([]);
  });
});
