/**
 * The benchmark's synthetic story generator (bench/generate.ts): deterministic, valid, every
 * citation quoting its sentence, and the direct model equal to what buildStory makes of the input.
 */
import { describe, expect, test } from "vitest";
import { generateStory, generateStoryModel, prng } from "../bench/generate.ts";
import { RELATION_KINDS } from "../src/graph/kinds.ts";
import { buildStory } from "../src/graph/input/validate.ts";

describe("generateStory", () => {
  test("generateStory is deterministic: the same options give the same story, another seed another one", () => {
    const a = JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 3 }));
    expect(JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 3 }))).toBe(a);
    expect(JSON.stringify(generateStory({ entities: 50, relations: 400, seed: 4 }))).not.toBe(a);
  });
  test("generateStory gives a story that validates, with the sizes asked and every kind used", () => {
    const story = buildStory(generateStory({ entities: 200, relations: 2000 }));
    expect(story.entities).toHaveLength(200);
    expect(story.relations).toHaveLength(2000);
    expect(new Set(story.relations.map((r) => r.kind))).toEqual(new Set(RELATION_KINDS));
    expect(story.relations.some((r) => r.citations.length > 1)).toBe(true);
    expect(story.noClaims.length).toBeGreaterThan(0);
  });
  test("generateStory's citations quote their sentences: each quote stands at its offsets, inside its cited sentence", () => {
    const input = generateStory({ entities: 30, relations: 500, seed: 9 });
    const story = buildStory(input);
    const sentences = new Map(story.sentences.map((s) => [s.id, s]));
    let citations = 0;
    story.relations.forEach((r, i) =>
      r.citations.forEach((c, j) => {
        citations++;
        expect(story.article.text.slice(c.start, c.end)).toBe(input.relations[i]!.citations[j]!.quote);
        expect(sentences.get(c.sentence)!.text.includes(c.quote)).toBe(true);
        expect(c.sentence).toBe(input.relations[i]!.citations[j]!.sentence);
      }),
    );
    expect(citations).toBeGreaterThan(500);
  });
  test("generateStory's compact stories validate and keep a 50k-relation story under the 10 MiB story file limit", () => {
    const story = buildStory(generateStory({ entities: 100, relations: 1000, compact: true }));
    expect(story.relations).toHaveLength(1000);
    expect(new Set(story.relations.map((r) => r.kind))).toEqual(new Set(RELATION_KINDS));
    const bytesPerRelation = JSON.stringify(generateStory({ entities: 2000, relations: 10_000, compact: true })).length / 10_000;
    expect(bytesPerRelation * 50_000).toBeLessThan(10 * 1024 * 1024);
  });
  test("generateStory refuses fewer than 4 entities and a negative relation count", () => {
    expect(() => generateStory({ entities: 3, relations: 10 })).toThrow(RangeError);
    expect(() => generateStory({ entities: 10, relations: -1 })).toThrow(RangeError);
  });
});

describe("generateStoryModel", () => {
  test("generateStoryModel equals buildStory(generateStory(options)) for several sizes and seeds", () => {
    for (const o of [
      { entities: 4, relations: 0 },
      { entities: 4, relations: 60, seed: 2 },
      { entities: 120, relations: 3000, seed: 5 },
      { entities: 50, relations: 500, compact: true },
    ]) {
      expect(generateStoryModel(o)).toEqual(buildStory(generateStory(o)));
    }
  });
});

describe("prng", () => {
  test("prng repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = prng(7);
    const b = prng(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});
