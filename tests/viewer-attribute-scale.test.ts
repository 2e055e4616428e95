// Colour and size of a plain graph's nodes by an attribute (src/viewer/plain/attribute-scale.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import type { UntypedNode } from "../src/graph/gexf/untyped.ts";
import { attributeScale, categoryOf, CATEGORY_PALETTE, extent, DEFAULT_SCALE_OPTIONS, mixColor, nodeColumns, resolveScaleOptions, type NodeColumn } from "../src/viewer/plain/attribute-scale.ts";

const node = (id: string, attributes: UntypedNode["attributes"]): UntypedNode => ({ id, label: id, attributes });
const NODES = [node("a", { group: "x", score: 1.5 }), node("b", { group: "y", score: 3 }), node("c", { group: "x", tags: ["p", "q"] }), node("d", { score: 2, group: 7 })];

describe("nodeColumns", () => {
  test("nodeColumns gives degree first, then each attribute in the order first met, numeric only when every given value is a number", () => {
    const cols = nodeColumns(NODES, [1, 2, 0, 5]);
    expect(cols.map((c) => [c.key, c.kind])).toEqual([
      ["degree", "numeric"],
      ["attr:group", "categorical"],
      ["attr:score", "numeric"],
      ["attr:tags", "categorical"],
    ]);
    expect(cols[0]!.values).toEqual([1, 2, 0, 5]);
    expect(cols[2]!.values).toEqual([1.5, 3, undefined, 2]);
  });
  test("nodeColumns reads integers with few distinct values (class ids) as categorical, many as numeric", () => {
    const few = [0, 1, 2, 1, 0].map((c, i) => node(`n${i}`, { community: c }));
    expect(nodeColumns(few, [0, 0, 0, 0, 0])[1]!.kind).toBe("categorical");
    const many = Array.from({ length: 11 }, (_x, i) => node(`n${i}`, { count: i }));
    expect(nodeColumns(many, many.map(() => 0))[1]!.kind).toBe("numeric");
  });
});

describe("categoryOf", () => {
  test("categoryOf names values as text and lists joined", () => {
    expect(categoryOf(["p", "q"])).toBe("p, q");
    expect(categoryOf(7)).toBe("7");
    expect(categoryOf(true)).toBe("true");
    expect(categoryOf(undefined)).toBeUndefined();
  });
});

describe("extent", () => {
  test("extent gives the least and the greatest value, in one pass even for 200,000 values", () => {
    expect(extent([3, -1, 7])).toEqual([-1, 7]);
    expect(extent([])).toEqual([Infinity, -Infinity]);
    expect(extent(Array.from({ length: 200_000 }, (_x, i) => i))).toEqual([0, 199_999]);
  });
});

describe("mixColor", () => {
  test("mixColor interpolates each channel and clamps t", () => {
    expect(mixColor("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixColor("#102030", "#304050", 0)).toBe("#102030");
    expect(mixColor("#102030", "#304050", 2)).toBe("#304050");
  });
  test("mixColor reads colours as the GEXF reader does (#rgb, upper case) and throws on any other text", () => {
    expect(mixColor("#000", "#FFF", 0.5)).toBe("#808080");
    expect(mixColor("#0072B2", "#0072b2", 0.3)).toBe("#0072b2");
    for (const bad of ["red", "#12345", ""]) {
      expect(() => mixColor(bad, "#ffffff", 0.5)).toThrow(InvalidArgumentError);
      expect(() => mixColor("#ffffff", bad, 0.5)).toThrow(/^mixColor: /);
    }
  });
});

describe("attributeScale", () => {
  test("attributeScale colours categories by frequency, the most frequent first, and missing values as other", () => {
    const s = attributeScale(nodeColumns(NODES, [0, 0, 0, 0])[1]!);
    if (s.kind !== "categorical") throw new Error("expected categorical");
    expect(s.entries).toEqual([
      { value: "x", count: 2, color: CATEGORY_PALETTE[0] },
      { value: "7", count: 1, color: CATEGORY_PALETTE[1] },
      { value: "y", count: 1, color: CATEGORY_PALETTE[2] },
    ]);
    expect(s.other).toBe(0);
    expect(s.colorOf("x")).toBe(CATEGORY_PALETTE[0]);
    expect(s.colorOf(7)).toBe(CATEGORY_PALETTE[1]);
    expect(s.colorOf(undefined)).toBe(DEFAULT_SCALE_OPTIONS.otherColor);
  });
  test("attributeScale puts the values beyond the palette in other", () => {
    const col: NodeColumn = { key: "attr:k", label: "k", kind: "categorical", values: ["a", "a", "b", "c", undefined] };
    const s = attributeScale(col, { palette: ["#111111", "#222222"] });
    if (s.kind !== "categorical") throw new Error("expected categorical");
    expect(s.entries.map((e) => e.value)).toEqual(["a", "b"]);
    expect(s.other).toBe(2);
    expect(s.colorOf("c")).toBe(DEFAULT_SCALE_OPTIONS.otherColor);
  });
  test("attributeScale ramps numbers from the first colour and size to the last", () => {
    const s = attributeScale({ key: "degree", label: "degree", kind: "numeric", values: [2, 4, 6, undefined] });
    if (s.kind !== "numeric") throw new Error("expected numeric");
    expect([s.min, s.max, s.missing]).toEqual([2, 6, 1]);
    expect(s.colorOf(2)).toBe(DEFAULT_SCALE_OPTIONS.ramp[0]);
    expect(s.colorOf(6)).toBe(DEFAULT_SCALE_OPTIONS.ramp[1]);
    expect(s.sizeOf(2)).toBe(4);
    expect(s.sizeOf(4)).toBe(14);
    expect(s.sizeOf(6)).toBe(24);
    expect(s.sizeOf(undefined)).toBe(DEFAULT_SCALE_OPTIONS.missingSize);
    expect(s.colorOf("six")).toBe(DEFAULT_SCALE_OPTIONS.otherColor);
  });
  test("attributeScale gives the middle of the ramp when every number is the same", () => {
    const s = attributeScale({ key: "degree", label: "degree", kind: "numeric", values: [3, 3] }, { sizeRange: [10, 20] });
    if (s.kind !== "numeric") throw new Error("expected numeric");
    expect(s.sizeOf(3)).toBe(15);
  });
});

describe("resolveScaleOptions", () => {
  test("resolveScaleOptions fills in the defaults and refuses bad options", () => {
    expect(resolveScaleOptions()).toEqual(DEFAULT_SCALE_OPTIONS);
    expect(() => resolveScaleOptions({ colours: [] } as never)).toThrow(InvalidArgumentError);
    expect(() => resolveScaleOptions({ palette: [] })).toThrow(/^resolveScaleOptions: palette:/);
    expect(() => resolveScaleOptions({ otherColor: "grey" })).toThrow(/must be #rrggbb/);
    expect(() => resolveScaleOptions({ sizeRange: [10, 2] })).toThrow(/sizeRange/);
    expect(() => resolveScaleOptions({ missingSize: 0 })).toThrow(/missingSize/);
  });
});
