// What a claim form is prefilled with for cited words (src/graph/edit/prefill.ts): factuality and
// sources from the sentence's cues, the quote's dates and amounts, on the English fixture's
// article, checked against the fixture's own citations and qualifiers.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { addEntity } from "../src/graph/edit/operations.ts";
import { draftFromArticle, draftSentences } from "../src/graph/edit/draft.ts";
import { defaultTimeSlot, prefillCitation, qualifierFields } from "../src/graph/edit/prefill.ts";
import { anchorSelection } from "../src/graph/edit/selection.ts";
import { parseStoryJson } from "../src/graph/input/load.ts";
import { buildStory } from "../src/graph/input/validate.ts";

const FIXTURE = parseStoryJson(readFileSync("tests/fixtures/english-story.json"), { file: "english-story.json" });
const base = () => draftFromArticle(FIXTURE.article.text, { language: "en" });
const anchorOf = (d: ReturnType<typeof base>, c: { start: number; end: number }) => anchorSelection(d.article.text, draftSentences(d), c.start, c.end);

describe("prefillCitation", () => {
  test("prefillCitation gives every citation of the English fixture the fixture's factuality", () => {
    const d = base();
    const citations = [...FIXTURE.relations, ...FIXTURE.events].flatMap((c) => c.citations);
    expect(citations.length).toBe(9);
    for (const c of citations) expect([c.quote, prefillCitation(d, anchorOf(d, c)).factuality]).toEqual([c.quote, c.factuality]);
  });
  test("prefillCitation names the sources the sentence names, linked to an entity of that name", () => {
    let d = base();
    const s4 = FIXTURE.events.find((e) => e.id === "mooring-talks")!.citations[0]!;
    expect(prefillCitation(d, anchorOf(d, s4)).sources).toEqual(["two people familiar with the talks"]);
    const s6 = FIXTURE.events.find((e) => e.id === "talks-fail")!.citations[0]!;
    expect(prefillCitation(d, anchorOf(d, s6)).sources).toEqual(["Maya Okafor"]);
    d = addEntity(d, { id: "maya-okafor", kind: "person", label: "Maya Okafor" });
    expect(prefillCitation(d, anchorOf(d, s6)).sources).toEqual([{ name: "Maya Okafor", entity: "maya-okafor" }]);
  });
  test("prefillCitation: a conditional alone makes the quote unknown; a modal in its main clause wins (possible)", () => {
    const d = base();
    const text = d.article.text;
    const ifOnly = prefillCitation(d, anchorOf(d, { start: text.indexOf("If the talks"), end: text.indexOf("If the talks") + "If the talks fail".length }));
    expect(ifOnly.factuality.certainty).toBe("unknown");
    expect(ifOnly.cues.map((c) => c.text)).toEqual(["If", "said"]);
    const both = prefillCitation(d, anchorOf(d, { start: text.indexOf("If the talks"), end: text.indexOf(" in the strait, Maya") }));
    expect(both.factuality.certainty).toBe("possible");
  });
  test("prefillCitation offers only the dates and amounts inside the quote, as the grounding parser reads them", () => {
    const d = base();
    const text = d.article.text;
    const invest = FIXTURE.events.find((e) => e.id === "northwind-investment-2024")!.citations[0]!;
    const p = prefillCitation(d, anchorOf(d, invest));
    expect(p.dates.map((x) => [x.text, x.value])).toEqual([["4 March 2024", "2024-03-04"]]);
    expect(p.amounts.map((x) => [x.text, x.value, x.currency])).toEqual([["12 million euros", 12_000_000, "EUR"]]);
    const cut = prefillCitation(d, anchorOf(d, { start: text.indexOf("the venture fund"), end: invest.end }));
    expect(cut.dates).toEqual([]);
    expect(cut.amounts).toHaveLength(1);
  });
  test("prefillCitation offers every qualifier of the English fixture among its claim's quotes' dates and amounts", () => {
    const d = base();
    let offered = 0;
    for (const claim of [...FIXTURE.relations, ...FIXTURE.events]) {
      const prefills = claim.citations.map((c) => prefillCitation(d, anchorOf(d, c)));
      for (const slot of ["start", "end", "pointInTime", "announced"] as const) {
        const q = claim[slot];
        if (!q || q.inferred) continue;
        expect(prefills.flatMap((p) => p.dates.map((x) => x.value))).toContain(q.value);
        offered++;
      }
      if (claim.amount && !claim.amount.inferred) {
        expect(prefills.flatMap((p) => p.amounts.map((x) => [x.value, x.currency]))).toContainEqual([claim.amount.value, claim.amount.currency]);
        offered++;
      }
    }
    expect(offered).toBeGreaterThan(0); // the fixture has stated qualifiers (announced, amount, pointInTime): the loop checked some
  });
  test("prefillCitation reads French cues: selon names the source, pourrait makes it possible, ne … pas negative", () => {
    const text = "Selon des sources proches du dossier, Northwind pourrait racheter Tidewater en 2025. Tidewater ne confirme pas.";
    const d = draftFromArticle(text, { language: "fr" });
    const buy = prefillCitation(d, anchorOf(d, { start: text.indexOf("Northwind"), end: text.indexOf(" en 2025") }));
    expect([buy.factuality, buy.sources]).toEqual([{ certainty: "possible", polarity: "positive" }, ["des sources proches du dossier"]]);
    expect(buy.dates).toEqual([]); // "en 2025" stands outside the quote
    const withDate = prefillCitation(d, anchorOf(d, { start: text.indexOf("Northwind"), end: text.indexOf(". Tidewater") }));
    expect(withDate.dates.map((x) => x.value)).toEqual(["2025"]);
    const denial = prefillCitation(d, anchorOf(d, { start: text.indexOf("Tidewater ne"), end: text.length - 1 }));
    expect(denial.factuality).toEqual({ certainty: "certain", polarity: "negative" });
  });
  test("prefillCitation suggests nothing in a language the cue lexicons do not read", () => {
    const d = draftFromArticle("Northwind könnte 12 Millionen Euro investieren.", { language: "de" });
    const p = prefillCitation(d, anchorOf(d, { start: 0, end: 9 }));
    expect(p).toEqual({ factuality: { certainty: "certain", polarity: "positive" }, sources: [], cues: [], dates: [], amounts: [] });
  });
});

describe("qualifierFields", () => {
  test("qualifierFields sets the chosen slots and the amount, which the validator finds grounded in the quote", () => {
    const fields = qualifierFields({ dates: { announced: "2024-03-04", start: "" }, amount: { value: 12_000_000, currency: "EUR", scope: "tranche" } });
    expect(fields).toEqual({ announced: "2024-03-04", amount: { value: 12_000_000, currency: "EUR", scope: "tranche" } });
    const want = FIXTURE.events.find((e) => e.id === "northwind-investment-2024")!;
    let d = base();
    d = addEntity(addEntity(d, { id: "n", kind: "organization", label: "Northwind Capital" }), { id: "t", kind: "organization", label: "Tidewater Energy" });
    const c = want.citations[0]!;
    const story = buildStory({
      ...d,
      events: [{ id: "e", kind: "investment", label: "x", participants: [{ role: "investor", entity: "n" }, { role: "recipient", entity: "t" }], ...fields, citations: [{ sentence: c.sentence, quote: c.quote, factuality: c.factuality, gloss: "g" }] }],
    });
    expect(story.events[0]!.announced?.value).toBe("2024-03-04");
  });
});

describe("defaultTimeSlot", () => {
  test("defaultTimeSlot puts an event's first date at its point in time, and no relation date anywhere", () => {
    expect([defaultTimeSlot("event", 0), defaultTimeSlot("event", 1), defaultTimeSlot("relation", 0)]).toEqual(["pointInTime", null, null]);
  });
});
