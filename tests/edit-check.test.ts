// checkDraft, problemTarget and draftJson (src/graph/edit/check.ts).
import { describe, expect, test } from "vitest";
import { checkDraft, draftJson, problemTarget } from "../src/graph/edit/check.ts";
import { draftFromArticle } from "../src/graph/edit/draft.ts";
import { addEntity, addRelation, removeEntity } from "../src/graph/edit/operations.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";

const draft = () => {
  let d = draftFromArticle("Northwind invested in Tidewater. Tidewater grew.", { language: "en" });
  d = addEntity(d, { id: "northwind", kind: "organization", label: "Northwind" });
  d = addEntity(d, { id: "tidewater", kind: "organization", label: "Tidewater" });
  return addRelation(d, {
    id: "r",
    kind: "invested",
    source: "northwind",
    target: "tidewater",
    citations: [{ sentence: "s1", quote: "Northwind invested in Tidewater", factuality: { polarity: "positive", certainty: "certain" }, gloss: "g" }],
  });
};

describe("checkDraft", () => {
  test("checkDraft checks a draft's suggestions once per article: edits keep them valid, a changed suggestion or article is checked again", () => {
    const d0 = draftFromArticle("Northwind invested in Tidewater. Tidewater grew.", { language: "en" });
    expect(d0.suggestions!.mentions.length).toBeGreaterThan(0);
    expect(checkDraft(d0).valid).toBe(true);
    const d1 = addEntity(d0, { id: "northwind", kind: "organization", label: "Northwind" });
    const again = checkDraft(d1);
    expect(again.valid).toBe(true);
    expect(again.story?.suggestions).toEqual(d0.suggestions);
    // a suggestion moved off its words: a new object, checked, refused
    const [first, ...others] = d1.suggestions!.mentions;
    const moved = { ...d1, suggestions: { ...d1.suggestions!, mentions: [{ ...first!, occurrences: [{ ...first!.occurrences[0]!, start: first!.occurrences[0]!.start + 1 }] }, ...others] } };
    expect(checkDraft(moved).valid).toBe(false);
    // the same suggestions on another article text: checked again, refused
    const otherText = { ...d1, article: { ...d1.article, text: `X ${d1.article.text}` } };
    expect(checkDraft(otherText).valid).toBe(false);
  });
  test("checkDraft(draft) gives the story of a valid draft", () => {
    const check = checkDraft(draft());
    expect(check.valid).toBe(true);
    expect(check.story?.relations.map((r) => r.id)).toEqual(["r"]);
  });
  test("checkDraft lists a removed entity's dangling claim, with the relation as its target", () => {
    const check = checkDraft(removeEntity(draft(), "tidewater"));
    expect(check.valid).toBe(false);
    expect(check.problems).toContainEqual({ name: "UnknownEntityError", path: "relations[0].target", detail: expect.any(String), target: { kind: "relation", index: 0, id: "r", sentence: undefined } });
  });
  test("checkDraft names the citation's sentence for a problem inside a citation (a source the article never names)", () => {
    const d = draft();
    const bad = { ...d, relations: [{ ...d.relations[0]!, citations: [{ ...d.relations[0]!.citations[0]!, sources: ["a made-up source"] }] }] };
    const check = checkDraft(bad);
    expect(check.problems.map((p) => [p.name, p.path])).toEqual([["SourceError", "relations[0].citations[0].sources[0]"]]);
    expect(check.problems[0]!.target).toEqual({ kind: "relation", index: 0, id: "r", sentence: "s1" });
  });
  test("checkDraft reports an empty article against the article", () => {
    const check = checkDraft(draftFromArticle("  ", { language: "en" }));
    expect(check.problems.map((p) => [p.name, p.target.kind])).toEqual([["EmptyArticleError", "article"]]);
  });
});

describe("problemTarget", () => {
  test("problemTarget(draft, path) maps entities, events, no-claim notes and the rest", () => {
    const d = { ...draft(), noClaims: [{ sentence: "s2", reason: "x" }] };
    expect(problemTarget(d, "entities[1].kind")).toEqual({ kind: "entity", index: 1, id: "tidewater", sentence: undefined });
    expect(problemTarget(d, "events[4].label")).toEqual({ kind: "event", index: 4, id: undefined, sentence: undefined });
    expect(problemTarget(d, "noClaims[0].sentence")).toEqual({ kind: "sentence", sentence: "s2" });
    expect(problemTarget(d, "article.language")).toEqual({ kind: "article" });
    expect(problemTarget(d, "")).toEqual({ kind: "story" });
  });
});

describe("draftJson", () => {
  test("draftJson(draft) is a story file the loader reads back to the same claims", () => {
    const text = draftJson(draft());
    expect(text.endsWith("}\n")).toBe(true);
    expect(parseStoryJson(text).relations[0]).toMatchObject({ id: "r", source: "northwind", target: "tidewater" });
  });
});
