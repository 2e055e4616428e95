/** indexOf (src/graph/story-index.ts): every lazily built index agrees with a scan of the story. */
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../bench/generate.ts";
import { indexOf } from "../src/graph/story-index.ts";
import { foldName } from "../src/graph/text.ts";

const story = generateStoryModel({ entities: 80, relations: 1500, seed: 3 });

describe("indexOf", () => {
  test("indexOf returns one cached index per story object", () => {
    expect(indexOf(story)).toBe(indexOf(story));
    expect(indexOf(generateStoryModel({ entities: 80, relations: 10 }))).not.toBe(indexOf(story));
  });
  test("indexOf's relation indexes hold, in story order, exactly the relations a scan finds", () => {
    const index = indexOf(story);
    for (const e of story.entities) {
      expect(index.relationsByEntity.get(e.id) ?? []).toEqual(story.relations.filter((r) => r.source === e.id || r.target === e.id));
      expect(index.relationsBySource.get(e.id) ?? []).toEqual(story.relations.filter((r) => r.source === e.id));
      expect(index.relationsByTarget.get(e.id) ?? []).toEqual(story.relations.filter((r) => r.target === e.id));
    }
    for (const kind of new Set(story.relations.map((r) => r.kind))) {
      expect(index.relationsByKind.get(kind)).toEqual(story.relations.filter((r) => r.kind === kind));
    }
    for (const s of story.sentences.slice(0, 300)) {
      expect(index.relationsBySentence.get(s.id) ?? []).toEqual(story.relations.filter((r) => r.citations.some((c) => c.sentence === s.id)));
    }
  });
  test("indexOf's id, order and name indexes match the story", () => {
    const index = indexOf(story);
    story.relations.forEach((r, i) => {
      expect(index.relationById.get(r.id)).toBe(r);
      expect(index.relationOrder.get(r.id)).toBe(i);
    });
    for (const e of story.entities) {
      expect(index.entityById.get(e.id)).toBe(e);
      expect(index.entitiesByName.get(foldName(e.label))).toContain(e.id);
    }
    for (const s of story.sentences) expect(index.sentenceById.get(s.id)).toBe(s);
  });
});
