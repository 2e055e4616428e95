// Edits of a story draft (src/graph/edit/draft.ts, operations.ts, kinds.ts).
import { describe, expect, test } from "vitest";
import { addAlias, addCitation, addEntity, addEvent, addNoClaim, addRelation, citationFromAnchor, removeCitation, removeEntity, removeEvent, removeNoClaim, removeRelation, slugId, uniqueId } from "../src/graph/edit/operations.ts";
import { cueLanguage, draftFromArticle, draftFromStory, draftSentences, type StoryDraft } from "../src/graph/edit/draft.ts";
import { draftStory } from "../src/graph/draft/story.ts";
import { entityKindsOf, eventKindsOf, relationKindsBetween, roleCandidates } from "../src/graph/edit/kinds.ts";
import { anchorSelection } from "../src/graph/edit/selection.ts";
import { EditConflictError } from "../src/graph/edit/errors.ts";
import { InvalidArgumentError, NotFoundError } from "../src/graph/errors.ts";
import { buildStory } from "../src/graph/input/validate.ts";
import { defaultStory } from "../src/data/story.ts";

const ARTICLE = "Northwind Capital invested in Tidewater.\r\nTidewater builds tidal turbines.";
const base = () => draftFromArticle(ARTICLE, { language: "en", title: "T" });
const withTwo = () =>
  addEntity(addEntity(base(), { id: "northwind-capital", kind: "organization", label: "Northwind Capital" }), { id: "tidewater", kind: "organization", label: "Tidewater" });

describe("drafts", () => {
  test("draftFromArticle(text, meta) holds the article with LF line ends and no claims, and validates", () => {
    const d = base();
    expect(d.article).toEqual({ text: ARTICLE.replace("\r\n", "\n"), language: "en", title: "T" });
    expect([d.entities, d.relations, d.events]).toEqual([[], [], []]);
    expect(buildStory(d).sentences.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(draftSentences(d).map((s) => s.text)).toEqual(["Northwind Capital invested in Tidewater.", "Tidewater builds tidal turbines."]);
  });
  test("draftFromArticle carries the suggestions storygraph init writes (draftStory), which the validator accepts and never counts as claims", () => {
    const text = "Northwind Capital could invest in Tidewater in 2024.\nTidewater builds tidal turbines.";
    const d = draftFromArticle(text, { language: "en" });
    expect(d.suggestions).toEqual(draftStory({ text, lang: "en" }).suggestions);
    expect(d.suggestions!.mentions.map((m) => m.name)).toEqual(expect.arrayContaining(["Northwind Capital", "Tidewater"]));
    const story = buildStory(d);
    expect([story.relations, story.events]).toEqual([[], []]);
    expect(draftFromArticle(text, { language: "de" }).suggestions).toBeUndefined();
  });
  test("cueLanguage reads the primary subtag: en-GB is en, de is none", () => {
    expect([cueLanguage("en-GB"), cueLanguage("FR"), cueLanguage("de")]).toEqual(["en", "fr", null]);
  });
  test("draftFromArticle refuses a language that is not a BCP 47 tag", () => {
    expect(() => draftFromArticle("x", { language: "not a tag" })).toThrow(InvalidArgumentError);
  });
  test("draftFromStory(story) is the story's file, which builds the same story", () => {
    const story = defaultStory();
    const again = buildStory(draftFromStory(story));
    expect(again.relations.map((r) => r.id)).toEqual(story.relations.map((r) => r.id));
  });
});

describe("ids", () => {
  test("slugId(name) makes a story id from a label", () => {
    expect(slugId("Harbour City Port Authority")).toBe("harbour-city-port-authority");
    expect(slugId("L’Élysée")).toBe("l-elysee");
    expect(slugId("…")).toBe("entity");
  });
  test("uniqueId(draft, base) adds -2, -3 past ids of entities and relations", () => {
    const d = withTwo();
    expect(uniqueId(d, "tidewater")).toBe("tidewater-2");
    expect(uniqueId(addEntity(d, { id: "tidewater-2", kind: "person", label: "x" }), "tidewater")).toBe("tidewater-3");
    expect(uniqueId(d, "fresh")).toBe("fresh");
  });
});

describe("edits", () => {
  test("addEntity returns a new draft and leaves the old one and the article shared", () => {
    const d0 = base();
    const d1 = addEntity(d0, { id: "x", kind: "person", label: "X" });
    expect(d0.entities).toEqual([]);
    expect(d1.entities).toEqual([{ id: "x", kind: "person", label: "X" }]);
    expect(d1.article).toBe(d0.article);
  });
  test("addEntity refuses an id already taken", () => {
    expect(() => addEntity(withTwo(), { id: "tidewater", kind: "person", label: "Y" })).toThrow(EditConflictError);
  });
  test("addAlias adds a name, refuses one the entity already has, and an unknown entity", () => {
    const d = addAlias(withTwo(), "northwind-capital", "Northwind");
    expect(d.entities[0]!.aliases).toEqual(["Northwind"]);
    expect(() => addAlias(d, "northwind-capital", "Northwind")).toThrow(EditConflictError);
    expect(() => addAlias(d, "northwind-capital", "Northwind Capital")).toThrow(EditConflictError);
    expect(() => addAlias(d, "nobody", "N")).toThrow(NotFoundError);
  });
  test("addRelation with a citation from a selection gives a draft the validator accepts, offsets checked", () => {
    const d = withTwo();
    const text = d.article.text;
    const anchor = anchorSelection(text, draftSentences(d), 0, text.indexOf(" in Tidewater"));
    const citation = citationFromAnchor(anchor, { factuality: { polarity: "positive", certainty: "certain" }, gloss: "Northwind invested in Tidewater." });
    expect(citation).toEqual({ sentence: "s1", quote: "Northwind Capital invested", start: 0, end: 26, factuality: { polarity: "positive", certainty: "certain" }, gloss: "Northwind invested in Tidewater." });
    const next = addRelation(d, { id: "r", kind: "invested", source: "northwind-capital", target: "tidewater", citations: [citation] });
    const story = buildStory(next);
    expect(story.relations[0]!.citations[0]).toMatchObject({ sentence: "s1", quote: "Northwind Capital invested", start: 0, end: 26 });
  });
  test("citationFromAnchor writes occurrence and sources only when needed", () => {
    const c = citationFromAnchor({ sentence: "s2", quote: "a", start: 5, end: 6, occurrence: 2, ambiguous: true }, { factuality: { polarity: "negative", certainty: "possible" }, sources: ["the port"], gloss: "g" });
    expect(c).toMatchObject({ occurrence: 2, sources: ["the port"] });
  });
  test("addRelation refuses a taken id, no citation, an unknown entity", () => {
    const d = withTwo();
    const citation = { sentence: "s1", quote: "invested", factuality: { polarity: "positive" as const, certainty: "certain" as const }, gloss: "g" };
    expect(() => addRelation(d, { id: "tidewater", kind: "invested", source: "northwind-capital", target: "tidewater", citations: [citation] })).toThrow(EditConflictError);
    expect(() => addRelation(d, { id: "r", kind: "invested", source: "northwind-capital", target: "tidewater", citations: [] })).toThrow(EditConflictError);
    expect(() => addRelation(d, { id: "r", kind: "invested", source: "nobody", target: "tidewater", citations: [citation] })).toThrow(NotFoundError);
  });
  test("removeEntity and removeRelation drop one item; unknown ids throw NotFoundError", () => {
    const d = withTwo();
    expect(removeEntity(d, "tidewater").entities.map((e) => e.id)).toEqual(["northwind-capital"]);
    expect(() => removeEntity(d, "nobody")).toThrow(NotFoundError);
    expect(() => removeRelation(d, "nobody")).toThrow(NotFoundError);
    const citation = { sentence: "s1", quote: "invested", factuality: { polarity: "positive" as const, certainty: "certain" as const }, gloss: "g" };
    const withRelation = addRelation(d, { id: "r", kind: "invested", source: "northwind-capital", target: "tidewater", citations: [citation] });
    expect(removeRelation(withRelation, "r").relations).toEqual([]);
  });
});

const cite = (quote: string, sentence = "s1") => ({ sentence, quote, factuality: { polarity: "positive" as const, certainty: "certain" as const }, gloss: "g" });
const investment = () =>
  addEvent(withTwo(), { id: "e", kind: "investment", label: "Northwind invests", participants: [{ role: "investor", entity: "northwind-capital" }, { role: "recipient", entity: "tidewater" }], citations: [cite("invested")] });

describe("events, citations and no-claim notes", () => {
  test("addEvent adds an event with participants in roles, which the validator accepts", () => {
    const d = investment();
    expect(buildStory(d).events[0]!.participants).toEqual([
      { role: "investor", id: "northwind-capital", type: "entity" },
      { role: "recipient", id: "tidewater", type: "entity" },
    ]);
  });
  test("addEvent takes an event as a participant, and refuses an unknown participant, a taken id, no citation", () => {
    const d = addEvent(investment(), { id: "s", kind: "statement", label: "Says", participants: [{ role: "speaker", entity: "tidewater" }, { role: "topic", event: "e" }], citations: [cite("builds", "s2")] });
    expect(buildStory(d).events[1]!.participants[1]).toEqual({ role: "topic", id: "e", type: "event" });
    expect(() => addEvent(d, { id: "x", kind: "statement", label: "x", participants: [{ role: "speaker", entity: "nobody" }], citations: [cite("builds", "s2")] })).toThrow(NotFoundError);
    expect(() => addEvent(d, { id: "x", kind: "statement", label: "x", participants: [{ role: "topic", event: "nothing" }], citations: [cite("builds", "s2")] })).toThrow(NotFoundError);
    expect(() => addEvent(d, { id: "e", kind: "statement", label: "x", participants: [], citations: [cite("builds", "s2")] })).toThrow(EditConflictError);
    expect(() => addEvent(d, { id: "y", kind: "statement", label: "x", participants: [], citations: [] })).toThrow(EditConflictError);
  });
  test("removeEvent drops the event; an unknown id throws NotFoundError", () => {
    expect(removeEvent(investment(), "e").events).toEqual([]);
    expect(() => removeEvent(investment(), "nothing")).toThrow(NotFoundError);
  });
  test("addCitation adds a citation to a relation or an event, with qualifiers; refuses the same words twice", () => {
    const d = investment();
    const twice = addCitation(d, "e", cite("Tidewater builds", "s2"), { pointInTime: "2024" });
    expect(twice.events![0]!.citations.map((c) => c.quote)).toEqual(["invested", "Tidewater builds"]);
    expect(twice.events![0]!.pointInTime).toBe("2024");
    expect(d.events![0]!.citations).toHaveLength(1);
    const r = addRelation(d, { id: "r", kind: "invested", source: "northwind-capital", target: "tidewater", citations: [cite("invested")] });
    expect(addCitation(r, "r", cite("builds", "s2")).relations[0]!.citations).toHaveLength(2);
    expect(() => addCitation(r, "r", cite("invested"))).toThrow(EditConflictError);
    expect(() => addCitation(r, "nothing", cite("invested"))).toThrow(NotFoundError);
  });
  test("removeCitation drops one citation and refuses the last one, and an index out of range", () => {
    const d = addCitation(investment(), "e", cite("builds", "s2"));
    const one = removeCitation(d, "e", 0);
    expect(one.events![0]!.citations.map((c) => c.quote)).toEqual(["builds"]);
    expect(() => removeCitation(one, "e", 0)).toThrow(/removeCitation: events\[0\]\.citations\[0\]: it is the only citation/);
    expect(() => removeCitation(d, "e", 2)).toThrow(EditConflictError);
    expect(() => removeCitation(d, "nothing", 0)).toThrow(NotFoundError);
  });
  test("addNoClaim marks a sentence with its reason, which the validator accepts; removeNoClaim takes it back", () => {
    const d = addNoClaim(base(), "s2", " Background. ");
    expect(d.noClaims).toEqual([{ sentence: "s2", reason: "Background." }]);
    expect(buildStory(d).noClaims).toEqual([{ sentence: "s2", reason: "Background." }]);
    expect(() => addNoClaim(d, "s2", "again")).toThrow(EditConflictError);
    expect(() => addNoClaim(d, "s1", "  ")).toThrow(/addNoClaim: noClaims\[1\]\.reason/);
    expect(removeNoClaim(d, "s2").noClaims).toEqual([]);
    expect(() => removeNoClaim(d, "s1")).toThrow(NotFoundError);
  });
});

describe("kinds", () => {
  test("eventKindsOf lists the vocabulary's event kinds with their roles", () => {
    const investmentKind = eventKindsOf(base()).find((k) => k.id === "investment")!;
    expect(investmentKind.roles.map((r) => r.id)).toEqual(expect.arrayContaining(["investor", "recipient"]));
  });
  test("roleCandidates offers the entities whose kind the role takes, and events where it takes events", () => {
    let d = investment();
    d = addEntity(d, { id: "maya", kind: "person", label: "Maya" });
    d = addEntity(d, { id: "tidal", kind: "field", label: "tidal power" });
    const ids = (kind: string, role: string, except?: string) => roleCandidates(d, kind, role, except).map((c) => `${c.type}:${c.id}`);
    expect(ids("founding", "founded")).toEqual(["entity:northwind-capital", "entity:tidewater"]);
    expect(ids("founding", "founder")).toContain("entity:maya");
    expect(ids("founding", "founder")).not.toContain("entity:tidal");
    expect(ids("statement", "topic")).toContain("event:e");
    expect(ids("statement", "topic", "e")).not.toContain("event:e");
    expect(ids("founding", "founder")).not.toContain("event:e");
    expect(ids("nothing", "founder")).toEqual([]);
  });
  test("relationKindsBetween(draft, source, target) follows the domain and range rules", () => {
    let d = withTwo();
    d = addEntity(d, { id: "tidal", kind: "field", label: "tidal turbines" });
    d = addEntity(d, { id: "maya", kind: "person", label: "Maya" });
    const ids = (s: string, t: string) => relationKindsBetween(d, s, t).map((k) => k.id);
    expect(ids("tidewater", "tidal")).toEqual(expect.arrayContaining(["pursues", "seeks", "depends-on", "supports", "opposes"]));
    expect(ids("tidewater", "tidal")).not.toContain("invested");
    expect(ids("northwind-capital", "tidewater")).toContain("invested");
    expect(ids("maya", "tidewater")).toContain("works-for");
    expect(ids("tidewater", "maya")).not.toContain("works-for");
    expect(ids("tidewater", "tidewater")).toEqual([]);
  });
  test("relationKindsBetween accepts a story's own entity kind where its parent is allowed", () => {
    let d: StoryDraft = { ...withTwo(), vocabulary: { entityKinds: [{ id: "court", label: "court", description: "A court.", parent: "organization" }] } };
    d = addEntity(d, { id: "c", kind: "court", label: "Court" });
    expect(relationKindsBetween(d, "c", "tidewater").map((k) => k.id)).toContain("partnered");
    expect(entityKindsOf(d).map((k) => k.id)).toContain("court");
  });
});
