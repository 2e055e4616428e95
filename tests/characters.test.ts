// characters: names of invisible and partial characters for messages.
import { describe, expect, test } from "vitest";
import { describeChar, firstInvisible, isInvisible } from "../src/graph/characters.ts";

describe("describeChar", () => {
  test("describeChar names invisible characters, surrogate halves, combining marks, and shows others", () => {
    expect(describeChar("\u200B")).toBe("U+200B ZERO WIDTH SPACE");
    expect(describeChar("\u00AD")).toBe("U+00AD SOFT HYPHEN");
    expect(describeChar("\uD83D")).toBe("U+D83D (half of a surrogate pair)");
    expect(describeChar("\u0301")).toBe("U+0301 COMBINING ACUTE ACCENT");
    expect(describeChar("\u0489")).toBe("U+0489 (a combining mark)");
    expect(describeChar("\u0007")).toBe("U+0007 (a control character)");
    expect(describeChar("\u2800")).toBe('U+2800 "\u2800"');
    expect(describeChar("\uD83D\uDE00")).toBe('U+1F600 "\uD83D\uDE00"');
    expect(describeChar("e")).toBe('U+0065 "e"');
  });
});

describe("isInvisible / firstInvisible", () => {
  test("isInvisible holds for format characters and unusual spaces, not for U+0020 or letters", () => {
    for (const ch of ["\u200B", "\u200D", "\u2060", "\uFEFF", "\u00A0", "\u202F", "\u00AD", "\u202E", "\u3164"]) expect([ch, isInvisible(ch)]).toEqual([ch, true]);
    for (const ch of [" ", "a", "é", "\uD83D\uDE00", "\n"]) expect([ch, isInvisible(ch)]).toEqual([ch, false]);
  });
  test("firstInvisible gives the first invisible character and its offset, or undefined", () => {
    expect(firstInvisible("Micro\u200Bsoft and\u00A0co")).toEqual({ offset: 5, char: "\u200B" });
    expect(firstInvisible("plain text")).toBeUndefined();
  });
});
