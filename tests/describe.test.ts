// The shared pieces of every claim label (src/graph/describe.ts): digit grouping, modality notes,
// kind and role labels, one-line names of relations and events, time phrases, factuality in words.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import {
  claimLine,
  eventLine,
  factualityPhrase,
  factualityWords,
  groupDigits,
  kindLabel,
  modalityNote,
  relationLine,
  roleLabel,
  timePhrase,
} from "../src/graph/describe.ts";
import { parseDate } from "../src/graph/dates.ts";
import { resolveVocabulary } from "../src/graph/vocabulary/resolve.ts";

const story = defaultStory();
const vocabulary = story.vocabulary;
const label = (id: string) => story.entities.find((e) => e.id === id)?.label ?? story.events.find((e) => e.id === id)?.label;
const rel = (id: string) => story.relations.find((r) => r.id === id)!;
const ev = (id: string) => story.events.find((e) => e.id === id)!;
const q = (value: string, inferred?: string) => ({ ...parseDate(value)!, ...(inferred !== undefined && { inferred }) });

describe("groupDigits", () => {
  test("groupDigits groups the integer part by three and keeps decimals and exponents", () => {
    expect(groupDigits(1_000_000_000)).toBe("1 000 000 000");
    expect(groupDigits(1234.5)).toBe("1 234.5");
    expect(groupDigits(999)).toBe("999");
    expect(groupDigits(1.2e21)).toBe("1.2e+21");
    expect(groupDigits(-0)).toBe("-0");
  });
});

describe("modalityNote", () => {
  test("modalityNote is empty when a citation asserts the claim, else lists its display words", () => {
    expect(modalityNote(rel("microsoft-partnered-openai"))).toBe("");
    expect(modalityNote(rel("microsoft-diverges-from-openai"))).toBe("hedged/reported");
    expect(modalityNote(ev("partnership-break-up"))).toBe("reported/hypothetical");
    expect(modalityNote({ modalities: ["negated"] })).toBe("negated");
  });
});

describe("kindLabel", () => {
  test("kindLabel gives the label of a relation, event or entity kind, and the id of an unknown one", () => {
    expect(kindLabel(vocabulary, "invested")).toBe("invested in");
    expect(kindLabel(vocabulary, "termination")).toBe("termination");
    expect(kindLabel(vocabulary, "person")).toBe("person");
    expect(kindLabel(vocabulary, "court")).toBe("court");
    const own = resolveVocabulary({ entityKinds: [{ id: "court", label: "court of law", description: "A court.", parent: "organization" }] });
    expect(kindLabel(own, "court")).toBe("court of law");
  });
});

describe("roleLabel", () => {
  test("roleLabel gives the label of a role of an event kind, and the role id when unknown", () => {
    expect(roleLabel(vocabulary, "departure", "leaver")).toBe("who leaves");
    expect(roleLabel(vocabulary, "merger", "result")).toBe("resulting organization");
    expect(roleLabel(vocabulary, "founding", "nobody")).toBe("nobody");
    expect(roleLabel(vocabulary, "no-such-kind", "party")).toBe("party");
  });
});

describe("relationLine", () => {
  test("relationLine names both ends with an arrow (↔ for a symmetric kind)", () => {
    expect(relationLine(rel("microsoft-invested-openai-13bn"), label, vocabulary)).toBe("Microsoft — invested in → OpenAI");
    expect(relationLine(rel("microsoft-partnered-openai"), label, vocabulary)).toBe("Microsoft — partnered with ↔ OpenAI");
    expect(relationLine(rel("openai-seeks-microsoft"), label, vocabulary)).toBe("OpenAI — wants from → Microsoft");
  });
  test("relationLine falls back to the id of an entity without a label", () => {
    expect(relationLine(rel("openai-pursues-ai"), () => undefined, vocabulary)).toBe("openai — pursues → artificial-intelligence");
  });
});

describe("eventLine", () => {
  test("eventLine names the event with its kind and its participants by role, in input order", () => {
    expect(eventLine(ev("openai-founding"), label, vocabulary)).toBe("Founding of OpenAI (founding: founded OpenAI; founder Elon Musk, Sam Altman)");
    expect(eventLine(ev("break-up-consequences"), label, vocabulary)).toBe(
      "Consequences of a break-up (impact: cause Possible break-up of the partnership; affected Microsoft, OpenAI)",
    );
  });
  test("eventLine falls back to ids, and to the kind alone without participants", () => {
    expect(eventLine(ev("microsoft-investment-2019"), () => undefined, vocabulary)).toBe("Microsoft's 1 billion dollar investment (investment: investor microsoft; recipient openai)");
    expect(eventLine({ kind: "meeting", label: "A meeting", participants: [] }, label, vocabulary)).toBe("A meeting (meeting)");
  });
});

describe("claimLine", () => {
  test("claimLine is relationLine for a relation and eventLine for an event", () => {
    expect(claimLine(rel("microsoft-partnered-openai"), label, vocabulary)).toBe(relationLine(rel("microsoft-partnered-openai"), label, vocabulary));
    expect(claimLine(ev("partnership-strain"), label, vocabulary)).toBe(eventLine(ev("partnership-strain"), label, vocabulary));
  });
});

describe("timePhrase", () => {
  test("timePhrase words the default story's time qualifiers", () => {
    expect(timePhrase(ev("openai-founding"))).toBe("2015");
    expect(timePhrase(ev("microsoft-investment-2019"))).toBe("announced 2019-07");
    expect(timePhrase(rel("microsoft-partnered-openai"))).toBe("announced 2019-07");
    expect(timePhrase(rel("microsoft-invested-openai-13bn"))).toBe("");
  });
  test("timePhrase words starts, ends and both, and marks inferred dates with *", () => {
    expect(timePhrase({ start: q("2019-07") })).toBe("since 2019-07");
    expect(timePhrase({ end: q("2021") })).toBe("until 2021");
    expect(timePhrase({ start: q("2019-07"), end: q("2021", "the annual report") })).toBe("2019-07 – 2021*");
    expect(timePhrase({ pointInTime: q("2015", "why"), announced: q("2014") })).toBe("2015*, announced 2014");
  });
});

describe("factualityWords", () => {
  test("factualityWords says how certain, and whether the words deny it", () => {
    expect(factualityWords({ polarity: "positive", certainty: "certain" })).toBe("certain");
    expect(factualityWords({ polarity: "positive", certainty: "possible" })).toBe("possible");
    expect(factualityWords({ polarity: "negative", certainty: "certain" })).toBe("certainly not");
    expect(factualityWords({ polarity: "negative", certainty: "probable" })).toBe("probably not");
    expect(factualityWords({ polarity: "negative", certainty: "possible" })).toBe("possibly not");
    // unknown: the article entertains it without committing either way, so polarity does not change the words
    const unknown = factualityWords({ polarity: "positive", certainty: "unknown" });
    expect(factualityWords({ polarity: "negative", certainty: "unknown" })).toBe(unknown);
    expect(unknown).not.toMatch(/^(certain|probabl|possibl)/);
    expect(unknown.length).toBeGreaterThan(5);
  });
});

describe("factualityPhrase", () => {
  test("factualityPhrase names who says it: the author, or the sources the article names", () => {
    const breakUp = ev("partnership-break-up");
    expect(factualityPhrase(breakUp.citations[0]!)).toBe("according to des sources proches du dossier: possible");
    expect(factualityPhrase(breakUp.citations[1]!)).toBe("the author: possible");
    expect(factualityPhrase({ factuality: { polarity: "positive", certainty: "probable" }, sources: [{ kind: "author", name: "Jane Doe" }] })).toBe("the author (Jane Doe): probable");
    expect(
      factualityPhrase({
        factuality: { polarity: "negative", certainty: "certain" },
        sources: [{ kind: "author" }, { kind: "source", name: "Maya Okafor", entity: "maya-okafor" }, { kind: "source", name: "two people familiar with the talks" }],
      }),
    ).toBe("according to Maya Okafor, according to two people familiar with the talks: certainly not");
  });
});
