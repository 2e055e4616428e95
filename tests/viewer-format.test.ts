// Viewer text (src/viewer/format.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { attributionText, edgeLabel, formatAmountLong, formatAmountShort, formatDate, keyQualifier, modalityLine } from "../src/viewer/format.ts";
import { parseDate } from "../src/graph/dates.ts";

const story = defaultStory();
const rel = (id: string) => story.relations.find((r) => r.id === id)!;
const byId = new Map(story.entities.map((e) => [e.id, e]));

describe("format", () => {
  test("formatAmountShort and formatAmountLong", () => {
    expect(formatAmountShort({ value: 13e9, currency: "USD", scope: "total" })).toBe("$13B");
    expect(formatAmountLong({ value: 1e9, currency: "USD", scope: "tranche" })).toBe("1,000,000,000 USD (one tranche)");
    expect(formatAmountLong({ value: 5, currency: "EUR", scope: "total" })).toBe("5 EUR (cumulative total)");
  });
  test("formatDate keeps the article's precision", () => {
    expect(formatDate(parseDate("2015")!)).toBe("2015");
    expect(formatDate(parseDate("2019-07")!)).toBe("Jul 2019");
    expect(formatDate(parseDate("2019-07-22")!)).toBe("22 Jul 2019");
  });
  test("keyQualifier gives the amount, else the date, and adds the modality of a relation never asserted", () => {
    expect(keyQualifier(rel("microsoft-invested-openai-13bn"))).toBe("$13B total");
    expect(keyQualifier(rel("microsoft-invested-openai-2019"))).toBe("$1B");
    expect(keyQualifier(rel("elon-musk-founded-openai"))).toBe("2015");
    expect(keyQualifier(rel("microsoft-depends-on-openai"))).toBe("hypothetical");
    expect(keyQualifier(rel("openai-pursues-ai"))).toBe("");
    const hypotheticalInvestment = { ...rel("microsoft-invested-openai-2019"), modalities: ["hypothetical"] as const };
    expect(keyQualifier(hypotheticalInvestment)).toBe("$1B · hypothetical");
  });
  test("edgeLabel shows the kind and its key qualifier", () => {
    expect(edgeLabel(rel("microsoft-partnered-openai"))).toBe("partnered with · Jul 2019");
    expect(edgeLabel(rel("openai-pursues-ai"))).toBe("pursues");
  });
  test("modalityLine and attributionText say who the claim comes from", () => {
    const reported = rel("microsoft-partnered-openai").citations.find((c) => c.modality === "reported")!;
    expect(modalityLine(reported)).toBe("reported by: des sources proches du dossier");
    const asserted = rel("elon-musk-founded-openai").citations[0]!;
    expect(attributionText(asserted)).toBe("the author");
    expect(attributionText({ ...asserted, attribution: { kind: "author", name: "A. B." } })).toBe("A. B. (author)");
  });
});
