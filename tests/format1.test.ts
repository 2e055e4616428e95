// storygraph/1 files: isStory1 recognises them, migrateStory1 converts them field by field, pathInStory1 maps paths back.
import { describe, expect, test } from "vitest";
import { defaultStoryInput } from "../src/data/story.ts";
import { MODALITIES_1, Story1Schema, isStory1, migrateStory1, pathInStory1, type Story1Input } from "../src/graph/input/format1.ts";
import { StorySchema } from "../src/graph/input/schema.ts";

function old(): Story1Input {
  return Story1Schema.parse({
    format: "storygraph/1",
    article: { text: defaultStoryInput().article.text, language: "fr", author: "A. Author" },
    entities: [
      { id: "microsoft", kind: "organization", label: "Microsoft", aliases: ["le géant de l’informatique"] },
      { id: "openai", kind: "organization", label: "OpenAI" },
    ],
    relations: MODALITIES_1.map((modality, i) => ({
      id: `r${i}`,
      kind: "partnered",
      source: "microsoft",
      target: "openai",
      ...(i === 0 && { date: "2019-07", amount: { value: 1, currency: "USD", scope: "total" } }),
      citations: [{ sentence: "s1", quote: "Le partenariat", modality, ...(modality === "reported" && { attribution: "les sources" }), gloss: "g", ...(i === 1 && { occurrence: 1, start: 0, end: 14 }) }],
    })),
    noClaims: [{ sentence: "s13", reason: "r" }],
  });
}

describe("isStory1", () => {
  test("isStory1 recognises the format tag, and storygraph/1 fields when there is no tag", () => {
    expect(isStory1({ format: "storygraph/1" })).toBe(true);
    expect(isStory1({ format: "storygraph/2", relations: [{ date: "2019" }] })).toBe(false);
    expect(isStory1({ relations: [{ citations: [{ modality: "asserted" }] }] })).toBe(true);
    expect(isStory1({ relations: [{ citations: [{ attribution: "x" }] }] })).toBe(true);
    expect(isStory1({ relations: [{ date: "2019" }] })).toBe(true);
    expect(isStory1(defaultStoryInput())).toBe(false);
    expect(isStory1({ relations: [{ citations: [{ factuality: {} }] }] })).toBe(false);
    for (const v of [null, [], "x", 1]) expect(isStory1(v)).toBe(false);
  });
});

describe("migrateStory1", () => {
  test("migrateStory1 maps each modality to a factuality and an attribution to the one named source", () => {
    const { input } = migrateStory1(old());
    expect(input.relations.map((r) => [r.citations[0]!.factuality, r.citations[0]!.sources])).toEqual([
      [{ polarity: "positive", certainty: "certain" }, undefined],
      [{ polarity: "positive", certainty: "probable" }, undefined],
      [{ polarity: "positive", certainty: "certain" }, ["les sources"]],
      [{ polarity: "positive", certainty: "possible" }, undefined],
      [{ polarity: "negative", certainty: "certain" }, undefined],
    ]);
  });

  test("migrateStory1 reads a relation's date as its start, with a notice, and keeps amounts, offsets and occurrences", () => {
    const m = migrateStory1(old());
    expect(m.input.relations[0]).toMatchObject({ start: "2019-07", amount: { value: 1, currency: "USD", scope: "total" } });
    expect(m.input.relations[1]!.citations[0]).toMatchObject({ occurrence: 1, start: 0, end: 14 });
    expect(m.notices.map(([path]) => path)).toEqual(["", "relations[0].date"]);
    expect(m.notices[1]![1]).toContain('"2019-07" read as the start of "r0"');
  });

  test("migrateStory1 gives a storygraph/2 input that the storygraph/2 schema accepts, and leaves its input unchanged", () => {
    const story = old();
    const before = JSON.stringify(story);
    const { input } = migrateStory1(story);
    expect(StorySchema.safeParse(input).success).toBe(true);
    expect(input.format).toBe("storygraph/2");
    expect(input.article).toEqual(story.article);
    expect(input.noClaims).toEqual(story.noClaims);
    expect(JSON.stringify(story)).toBe(before);
  });

  test("migrateStory1 lists reported citations without attribution (storygraph/1 refused them)", () => {
    const story = old();
    delete (story.relations[2]!.citations[0] as { attribution?: string }).attribution;
    expect(migrateStory1(story).unsourced).toEqual(["relations[2].citations[0].attribution"]);
  });
});

describe("pathInStory1", () => {
  test("pathInStory1 maps the converted fields back to the storygraph/1 ones", () => {
    expect(pathInStory1("relations[3].start")).toBe("relations[3].date");
    expect(pathInStory1("relations[3].start.value")).toBe("relations[3].date");
    expect(pathInStory1("relations[3].citations[1].factuality.certainty")).toBe("relations[3].citations[1].modality");
    expect(pathInStory1("relations[3].citations[1].sources[0]")).toBe("relations[3].citations[1].attribution");
    expect(pathInStory1("relations[3].citations[1].quote")).toBe("relations[3].citations[1].quote");
    expect(pathInStory1("entities[0].kind")).toBe("entities[0].kind");
  });
});
