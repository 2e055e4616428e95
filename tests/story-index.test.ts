/** indexOf (src/graph/story-index.ts): every lazily built index agrees with a scan of the story (relations and events). */
import { describe, expect, test } from "vitest";
import { generateStoryModel } from "../bench/generate.ts";
import type { Story } from "../src/graph/model.ts";
import { indexOf } from "../src/graph/story-index.ts";
import { foldName } from "../src/graph/text.ts";

const story = generateStoryModel({ entities: 80, relations: 1500, events: 400, seed: 3 });

describe("indexOf", () => {
  test("indexOf returns one cached index per story object", () => {
    expect(indexOf(story)).toBe(indexOf(story));
    expect(indexOf(generateStoryModel({ entities: 80, relations: 10 }))).not.toBe(indexOf(story));
  });
  test("indexOf's relation indexes hold, in story order, exactly the relations a scan finds", () => {
    const index = indexOf(story);
    for (const e of story.entities) {
      const scan = story.relations.filter((r) => r.source === e.id || r.target === e.id);
      expect(index.relationsOfEntity(e.id)).toEqual(scan);
      expect(index.entityDegree(e.id)).toBe(scan.length);
    }
    for (const kind of new Set(story.relations.map((r) => r.kind))) {
      expect(index.relationsOfKind(kind)).toEqual(story.relations.filter((r) => r.kind === kind));
      expect([...index.positionsOfKind(kind)]).toEqual(story.relations.flatMap((r, i) => (r.kind === kind ? [i] : [])));
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
      expect(index.entity(e.id)).toBe(e);
      expect(index.entitiesByName.get(foldName(e.label))).toContain(e.id);
    }
    for (const s of story.sentences) expect(index.sentenceById.get(s.id)).toBe(s);
  });
  test("indexOf's event and claim indexes hold, in story order, exactly what a scan finds", () => {
    const index = indexOf(story);
    expect(story.events.length).toBe(400);
    for (const e of story.events) {
      expect(index.eventById.get(e.id)).toBe(e);
      expect(index.claimById.get(e.id)).toBe(e);
    }
    for (const r of story.relations) expect(index.claimById.get(r.id)).toBe(r);
    expect(index.claimById.size).toBe(story.relations.length + story.events.length);
    const participants = new Set(story.events.flatMap((e) => e.participants.map((p) => p.id)));
    expect([...participants].some((id) => index.eventById.has(id)), "some participants are events").toBe(true);
    for (const id of participants) {
      expect(index.eventsByParticipant.get(id)).toEqual(story.events.filter((e) => e.participants.some((p) => p.id === id)));
    }
    expect(index.eventsByParticipant.get(story.entities[0]!.id) ?? []).toEqual(story.events.filter((e) => e.participants.some((p) => p.id === story.entities[0]!.id)));
    for (const s of story.sentences.slice(0, 400)) {
      const cites = (c: { citations: readonly { sentence: string }[] }) => c.citations.some((x) => x.sentence === s.id);
      expect(index.claimsBySentence.get(s.id) ?? []).toEqual([...story.relations.filter(cites), ...story.events.filter(cites)]);
    }
  });
  test("indexOf's relationsOfEntity returns a new array each call; the kind lists are shared", () => {
    const index = indexOf(story);
    const id = story.relations[0]!.source;
    const a = index.relationsOfEntity(id);
    expect(index.relationsOfEntity(id)).not.toBe(a);
    a.length = 0;
    expect(index.relationsOfEntity(id).length).toBeGreaterThan(0);
    expect(index.relationsOfKind(story.relations[0]!.kind)).toBe(index.relationsOfKind(story.relations[0]!.kind));
  });
  test("indexOf answers empty for an unknown entity or kind", () => {
    const index = indexOf(story);
    expect(index.entity("nobody")).toBeUndefined();
    expect(index.relationsOfEntity("nobody")).toEqual([]);
    expect(index.entityDegree("nobody")).toBe(0);
    expect(index.relationsOfKind("acquired")).toEqual([]);
    expect(index.positionsOfKind("acquired")).toHaveLength(0);
    // an event kind is no relation kind
    expect(index.relationsOfKind("founding")).toEqual([]);
    expect(index.eventById.get("nobody")).toBeUndefined();
    expect(index.eventsByParticipant.get("nobody")).toBeUndefined();
  });
  test("indexOf indexes, in an unvalidated story, ends that name no entity and a relation joining an entity to itself (once)", () => {
    const base = generateStoryModel({ entities: 10, relations: 30, events: 0, seed: 5 });
    const [r0, r1, ...rest] = base.relations;
    const odd: Story = { ...base, relations: [{ ...r0!, target: "ghost" }, { ...r1!, target: r1!.source }, ...rest] };
    const index = indexOf(odd);
    expect(index.relationsOfEntity("ghost")).toEqual([odd.relations[0]]);
    expect(index.entity("ghost")).toBeUndefined();
    const self = odd.relations[1]!;
    expect(index.relationsOfEntity(self.source)).toEqual(odd.relations.filter((r) => r.source === self.source || r.target === self.source));
  });
});
