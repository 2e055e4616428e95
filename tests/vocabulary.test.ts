// The news core vocabulary (src/graph/vocabulary/news-core.ts) and resolving a story's own kinds
// on top of it (src/graph/vocabulary/resolve.ts): resolveVocabulary, vocabularyIndex, ownKinds.
import { describe, expect, test } from "vitest";
import { DuplicateIdError, VocabularyError } from "../src/graph/errors.ts";
import { NEWS_CORE } from "../src/graph/vocabulary/news-core.ts";
import { NEWS_CORE_VOCABULARY, ownKinds, resolveVocabulary, vocabularyIndex, type VocabularyReport } from "../src/graph/vocabulary/resolve.ts";
import { EVENT_FILLER, type VocabularyDeclaration } from "../src/graph/vocabulary/types.ts";

/** Problems `resolveVocabulary` reports for `own`, as [class name, path]. */
function problems(own: VocabularyDeclaration): [string, string, string][] {
  const out: [string, string, string][] = [];
  const report: VocabularyReport = (cls, path, detail) => void out.push([cls.name, path, detail]);
  resolveVocabulary(own, report);
  return out;
}

const COURT = { id: "court", label: "court", description: "A court of law.", parent: "organization" };

describe("NEWS_CORE", () => {
  test("NEWS_CORE declares 7 entity kinds, 17 relation kinds and 19 event kinds, with ids unique across the three", () => {
    expect(NEWS_CORE.entityKinds.map((k) => k.id)).toEqual(["person", "organization", "group", "place", "product", "field", "document"]);
    expect(NEWS_CORE.relationKinds).toHaveLength(17);
    expect(NEWS_CORE.eventKinds).toHaveLength(19);
    const ids = [...NEWS_CORE.entityKinds, ...NEWS_CORE.relationKinds, ...NEWS_CORE.eventKinds].map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(EVENT_FILLER);
  });

  test("NEWS_CORE's rules name only its entity kinds (and event for role fillers)", () => {
    const entityKinds = new Set<string>(NEWS_CORE.entityKinds.map((k) => k.id));
    for (const r of NEWS_CORE.relationKinds) for (const k of [...r.domain, ...r.range]) expect(entityKinds, `${r.id}: ${k}`).toContain(k);
    for (const e of NEWS_CORE.eventKinds) {
      expect(e.roles.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.roles.map((r) => r.id)).size, `${e.id}: roles unique`).toBe(e.roles.length);
      for (const r of e.roles) for (const k of r.kinds) expect(k === EVENT_FILLER || entityKinds.has(k), `${e.id}.${r.id}: ${k}`).toBe(true);
    }
  });

  test("NEWS_CORE marks the kinds that read the same both ways as symmetric, and only those", () => {
    expect(NEWS_CORE.relationKinds.filter((k) => k.symmetric).map((k) => k.id).sort()).toEqual(["competes-with", "diverges-from", "partnered"]);
  });

  test("NEWS_CORE's Wikidata ids are well formed and say which way a property runs", () => {
    for (const k of [...NEWS_CORE.entityKinds, ...NEWS_CORE.eventKinds]) if ("wikidata" in k) expect(k.wikidata, k.id).toMatch(/^Q[1-9][0-9]*$/);
    for (const k of NEWS_CORE.relationKinds) if ("wikidata" in k) expect(k.wikidata.property, k.id).toMatch(/^P[1-9][0-9]*$/);
    const founded = NEWS_CORE.relationKinds.find((k) => k.id === "founded")!;
    expect(founded.wikidata).toEqual({ property: "P112", inverse: true });
  });
});

describe("resolveVocabulary", () => {
  test("resolveVocabulary without own kinds is the one frozen NEWS_CORE_VOCABULARY, every kind of origin core", () => {
    expect(resolveVocabulary(undefined)).toBe(NEWS_CORE_VOCABULARY);
    expect(resolveVocabulary({})).toBe(NEWS_CORE_VOCABULARY);
    expect(resolveVocabulary({ entityKinds: [], relationKinds: [], eventKinds: [] })).toBe(NEWS_CORE_VOCABULARY);
    expect(Object.isFrozen(NEWS_CORE_VOCABULARY)).toBe(true);
    expect(Object.isFrozen(NEWS_CORE_VOCABULARY.eventKinds[0]!.roles[0]!.kinds)).toBe(true);
    const all = [...NEWS_CORE_VOCABULARY.entityKinds, ...NEWS_CORE_VOCABULARY.relationKinds, ...NEWS_CORE_VOCABULARY.eventKinds];
    expect(all.every((k) => k.origin === "core")).toBe(true);
    expect(all).toHaveLength(7 + 17 + 19);
  });

  test("resolveVocabulary adds a story's own kinds after the core's, of origin story, frozen, roles defaulting to optional and single", () => {
    const v = resolveVocabulary({
      entityKinds: [COURT],
      relationKinds: [{ id: "rules-on", label: "rules on", description: "A court rules on a case.", domain: ["court"], range: ["document"], symmetric: false }],
      eventKinds: [{ id: "hearing", label: "hearing", description: "A court hears a case.", roles: [{ id: "court", label: "court", kinds: ["court"], required: true }, { id: "case", label: "case", kinds: ["document", "event"] }] }],
    });
    expect(v.entityKinds.map((k) => k.id)).toEqual([...NEWS_CORE.entityKinds.map((k) => k.id), "court"]);
    expect(v.entityKinds.at(-1)).toEqual({ ...COURT, origin: "story" });
    expect(v.relationKinds.at(-1)!.origin).toBe("story");
    expect(v.eventKinds.at(-1)!.roles).toEqual([
      { id: "court", label: "court", kinds: ["court"], required: true, multiple: false },
      { id: "case", label: "case", kinds: ["document", "event"], required: false, multiple: false },
    ]);
    expect(Object.isFrozen(v) && Object.isFrozen(v.entityKinds) && Object.isFrozen(v.eventKinds.at(-1)!.roles[1])).toBe(true);
  });

  test("resolveVocabulary refuses a kind that redefines one, of the core or the story's own (kind ids are one namespace)", () => {
    expect(problems({ relationKinds: [{ id: "invested", label: "x", description: "x", domain: ["person"], range: ["person"], symmetric: false }] })).toEqual([
      ["DuplicateIdError", "vocabulary.relationKinds[0].id", expect.stringContaining("already a relation kind of the news core")],
    ]);
    expect(problems({ eventKinds: [{ id: "person", label: "x", description: "x", roles: [{ id: "who", label: "who", kinds: ["person"] }] }] })).toEqual([
      ["DuplicateIdError", "vocabulary.eventKinds[0].id", expect.stringContaining("an entity kind of the news core")],
    ]);
    expect(problems({ entityKinds: [COURT, { ...COURT, label: "tribunal" }] })).toEqual([["DuplicateIdError", "vocabulary.entityKinds[1].id", expect.stringContaining("this story")]]);
  });

  test("resolveVocabulary refuses rules naming unknown kinds, with a did-you-mean, and leaves the kind out", () => {
    const own: VocabularyDeclaration = {
      entityKinds: [{ ...COURT, parent: "organisation" }],
      relationKinds: [{ id: "rules-on", label: "rules on", description: "x", domain: ["organization", "cort"], range: ["document"], symmetric: false }],
      eventKinds: [{ id: "hearing", label: "hearing", description: "x", roles: [{ id: "case", label: "case", kinds: ["document", "events"] }] }],
    };
    const got = problems(own);
    expect(got.map(([cls, path]) => [cls, path])).toEqual([
      ["VocabularyError", "vocabulary.entityKinds[0].parent"],
      ["VocabularyError", "vocabulary.relationKinds[0].domain[1]"],
      ["VocabularyError", "vocabulary.eventKinds[0].roles[0].kinds[1]"],
    ]);
    expect(got[0]![2]).toContain('did you mean "organization"?');
    expect(got[2]![2]).toContain('did you mean "event"?');
    const v = resolveVocabulary(own, () => {});
    expect(v.entityKinds.map((k) => k.id)).not.toContain("court");
    expect(v.relationKinds.map((k) => k.id)).not.toContain("rules-on");
    expect(v.eventKinds.map((k) => k.id)).not.toContain("hearing");
  });

  test("resolveVocabulary refuses a parent cycle and a role declared twice", () => {
    expect(
      problems({
        entityKinds: [
          { id: "a-kind", label: "a", description: "a", parent: "b-kind" },
          { id: "b-kind", label: "b", description: "b", parent: "a-kind" },
        ],
      }).map(([cls, path]) => [cls, path]),
    ).toEqual([
      ["VocabularyError", "vocabulary.entityKinds[0].parent"],
      ["VocabularyError", "vocabulary.entityKinds[1].parent"],
    ]);
    expect(problems({ eventKinds: [{ id: "hearing", label: "h", description: "h", roles: [{ id: "x", label: "x", kinds: ["person"] }, { id: "x", label: "y", kinds: ["place"] }] }] })).toEqual([
      ["DuplicateIdError", "vocabulary.eventKinds[0].roles[1].id", expect.stringContaining("declared twice")],
    ]);
  });

  test("resolveVocabulary without a report throws the first problem, named for resolveVocabulary, at the path given", () => {
    expect(() => resolveVocabulary({ entityKinds: [{ ...COURT, parent: "nothing" }] })).toThrow(VocabularyError);
    expect(() => resolveVocabulary({ entityKinds: [{ ...COURT, id: "person" }] })).toThrow(DuplicateIdError);
    try {
      resolveVocabulary({ entityKinds: [{ ...COURT, parent: "nothing" }] }, undefined, "story.vocabulary");
      expect.unreachable();
    } catch (e) {
      expect((e as VocabularyError).path).toBe("story.vocabulary.entityKinds[0].parent");
      expect((e as Error).message).toMatch(/^resolveVocabulary: /);
    }
  });
});

describe("vocabularyIndex", () => {
  const v = resolveVocabulary({ entityKinds: [COURT, { id: "supreme-court", label: "supreme court", description: "The highest court.", parent: "court" }] });
  test("vocabularyIndex maps every kind by id, once per vocabulary object", () => {
    const index = vocabularyIndex(v);
    expect(vocabularyIndex(v)).toBe(index);
    expect(vocabularyIndex(NEWS_CORE_VOCABULARY)).not.toBe(index);
    expect(index.entityKinds.get("court")!.parent).toBe("organization");
    expect(index.relationKinds.get("partnered")!.symmetric).toBe(true);
    expect(index.eventKinds.get("founding")!.roles.map((r) => r.id)).toEqual(["founder", "founded", "place"]);
    expect(index.relationKinds.get("founding")).toBeUndefined();
  });
  test("vocabularyIndex's isA follows parents: a supreme court is a court and an organization, not a person", () => {
    const { isA } = vocabularyIndex(v);
    expect(isA("supreme-court", ["organization"])).toBe(true);
    expect(isA("supreme-court", ["court"])).toBe(true);
    expect(isA("court", ["supreme-court"])).toBe(false);
    expect(isA("supreme-court", ["person", "place"])).toBe(false);
    expect(isA("organization", ["organization"])).toBe(true);
    expect(isA("unknown-kind", ["organization"])).toBe(false);
  });
});

describe("ownKinds", () => {
  test("ownKinds gives back the story's own kinds as declared (no origin), nothing for the core", () => {
    expect(ownKinds(NEWS_CORE_VOCABULARY)).toEqual({});
    const own: VocabularyDeclaration = {
      entityKinds: [COURT],
      eventKinds: [{ id: "hearing", label: "hearing", description: "h", roles: [{ id: "court", label: "court", kinds: ["court"], required: true, multiple: false }] }],
    };
    const v = resolveVocabulary(own);
    expect(ownKinds(v)).toEqual(own);
    expect(resolveVocabulary(ownKinds(v))).toEqual(v);
  });
});
