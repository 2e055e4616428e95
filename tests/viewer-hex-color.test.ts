// hexColor (src/viewer/plain/hex-color.ts): a colour's channels as #rrggbb, the inverse of parseHexColor.
import { describe, expect, test } from "vitest";
import { parseHexColor } from "../src/graph/gexf/color.ts";
import { hexColor } from "../src/viewer/plain/hex-color.ts";

describe("hexColor", () => {
  test("hexColor rounds and clamps each channel and drops alpha", () => {
    expect(hexColor({ r: 0, g: 114, b: 300 })).toBe("#0072ff");
    expect(hexColor({ r: -4, g: 127.5, b: 15.2, a: 0.5 })).toBe("#00800f");
  });
  test("hexColor writes back what parseHexColor reads", () => {
    for (const text of ["#0072b2", "#000000", "#ffffff", "#d55e00"]) expect(hexColor(parseHexColor(text)!)).toBe(text);
  });
});
