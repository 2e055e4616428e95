// groupDigits and modalityNote: the shared pieces of every relation label.
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { groupDigits, modalityNote } from "../src/graph/describe.ts";

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
