// groupDigits and modalityNote: the shared pieces of every relation label.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { groupDigits, modalityNote, relationLine } from "../src/graph/describe.ts";

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
  test("modalityNote is empty when a citation asserts the relation, else lists its modalities", () => {
    const byId = new Map(defaultStory().relations.map((r) => [r.id, r]));
    expect(modalityNote(byId.get("microsoft-partnered-openai")!)).toBe("");
    expect(modalityNote(byId.get("microsoft-depends-on-openai")!)).toBe("hypothetical");
    expect(modalityNote({ modalities: ["hedged", "reported"] })).toBe("hedged/reported");
  });
});

describe("relationLine", () => {
  const story = defaultStory();
  const label = (id: string) => story.entities.find((e) => e.id === id)?.label;
  const rel = (id: string) => story.relations.find((r) => r.id === id)!;
  test("relationLine names both ends with an arrow (↔ for a mutual kind)", () => {
    expect(relationLine(rel("microsoft-invested-openai-2019"), label)).toBe("Microsoft — invested in → OpenAI");
    expect(relationLine(rel("microsoft-partnered-openai"), label)).toBe("Microsoft — partnered with ↔ OpenAI");
  });
  test("relationLine falls back to the id of an entity without a label", () => {
    expect(relationLine(rel("elon-musk-founded-openai"), () => undefined)).toBe("elon-musk — founded → openai");
  });
});
