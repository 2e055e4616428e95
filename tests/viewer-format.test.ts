// Viewer text (src/viewer/format.ts).
import { describe, expect, test } from "vitest";
import { formatMonth } from "../src/viewer/format.ts";
import { defaultStory } from "../src/data/story.ts";
import { citationsInArticleOrder, displayAliases, edgeLabel, eventNodeLabel, formatAmountLong, formatAmountShort, formatDate, keyQualifier, quoteCount, timeRows } from "../src/viewer/format.ts";
import { parseDate } from "../src/graph/dates.ts";

const story = defaultStory();
const rel = (id: string) => story.relations.find((r) => r.id === id)!;
const ev = (id: string) => story.events.find((e) => e.id === id)!;

describe("format", () => {
  test("formatAmountShort and formatAmountLong, with the scope and an inferred amount's reason", () => {
    expect(formatAmountShort({ value: 13e9, currency: "USD", scope: "total" })).toBe("$13B");
    expect(formatAmountLong({ value: 1e9, currency: "USD", scope: "tranche" })).toBe("1,000,000,000 USD (one tranche)");
    expect(formatAmountLong({ value: 5, currency: "EUR", scope: "total" })).toBe("5 EUR (cumulative total)");
    expect(formatAmountLong({ value: 5, currency: "EUR" })).toBe("5 EUR");
    expect(formatAmountLong({ value: 5, currency: "EUR", inferred: "the sum of two tranches" })).toBe("5 EUR (inferred: the sum of two tranches)");
  });
  test("formatDate keeps the article's precision", () => {
    expect(formatDate(parseDate("2015")!)).toBe("2015");
    expect(formatDate(parseDate("2019-07")!)).toBe("Jul 2019");
    expect(formatDate(parseDate("2019-07-22")!)).toBe("22 Jul 2019");
  });
  test("timeRows names each time qualifier with its precision, and the reason of an inferred one", () => {
    expect(timeRows(rel("microsoft-partnered-openai"))).toEqual([["announced", "Jul 2019 (month precision)"]]);
    expect(timeRows(ev("openai-founding"))).toEqual([["point in time", "2015 (year precision)"]]);
    const start = { ...parseDate("2021")!, inferred: "the founding year, read as the start" };
    expect(timeRows({ start })).toEqual([["start", "2021 (year precision; inferred: the founding year, read as the start)"]]);
    expect(timeRows(rel("openai-pursues-ai"))).toEqual([]);
  });
  test("keyQualifier gives the amount, else the time, and adds the display words of a claim never asserted", () => {
    expect(keyQualifier(rel("microsoft-invested-openai-13bn"))).toBe("$13B total");
    expect(keyQualifier(ev("microsoft-investment-2019"))).toBe("$1B");
    expect(keyQualifier(ev("openai-founding"))).toBe("2015");
    expect(keyQualifier(rel("microsoft-partnered-openai"))).toBe("announced 2019-07");
    expect(keyQualifier(rel("microsoft-diverges-from-openai"))).toBe("hedged/reported");
    expect(keyQualifier(ev("partnership-break-up"))).toBe("reported/hypothetical");
    expect(keyQualifier(rel("openai-pursues-ai"))).toBe("");
  });
  test("edgeLabel shows the kind's label from the vocabulary and its key qualifier", () => {
    expect(edgeLabel(rel("microsoft-partnered-openai"), story.vocabulary)).toBe("partnered with · announced 2019-07");
    expect(edgeLabel(rel("openai-seeks-microsoft"), story.vocabulary)).toBe("wants from · hedged/reported");
    expect(edgeLabel(rel("openai-pursues-ai"), story.vocabulary)).toBe("pursues");
  });
  test("eventNodeLabel shows the event's label and key qualifier", () => {
    expect(eventNodeLabel(ev("openai-founding"))).toBe("Founding of OpenAI · 2015");
    expect(eventNodeLabel(ev("partnership-strain"))).toBe("The partnership falters · hedged");
    expect(quoteCount(1)).toBe("1 quote");
    expect(quoteCount(5)).toBe("5 quotes");
  });
});

describe("entity names and evidence order", () => {
  test("displayAliases shows a name written with and without its article once, with it", () => {
    expect(displayAliases(story.entities.find((e) => e.id === "microsoft")!.aliases)).toEqual(["le géant de l’informatique", "les deux entreprises", "les deux parties"]);
    expect(displayAliases(story.entities.find((e) => e.id === "openai")!.aliases)).toEqual(["l’entreprise spécialisée en intelligence artificielle", "les deux entreprises", "les deux parties"]);
    expect(displayAliases(["Musk"])).toEqual(["Musk"]);
    expect(displayAliases(["the court", "court", "Court", "tribunal"])).toEqual(["the court", "tribunal"]);
    expect(displayAliases(["IA", "ia"])).toEqual(["IA"]);
  });

  test("citationsInArticleOrder orders a claim's citations as they stand in the article", () => {
    const partnership = rel("microsoft-partnered-openai");
    expect(partnership.citations.map((c) => c.sentence)).toEqual(["s2", "s1", "s12"]);
    expect(citationsInArticleOrder(partnership.citations).map((c) => c.sentence)).toEqual(["s1", "s2", "s12"]);
    expect(partnership.citations.map((c) => c.sentence)).toEqual(["s2", "s1", "s12"]);
  });
});

describe("formatMonth", () => {
  test("formatMonth names the month", () => {
    expect(formatMonth("2019-07")).toBe("Jul 2019");
  });
});
