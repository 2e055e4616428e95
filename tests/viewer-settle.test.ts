// When the layout is settled (src/viewer/canvas/settle.ts) and its options (src/viewer/canvas/layout-options.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { relativeMovement, settledAfter } from "../src/viewer/canvas/settle.ts";
import { DEFAULT_LAYOUT_OPTIONS, resolveLayoutOptions } from "../src/viewer/canvas/layout-options.ts";

const P = (entries: [string, number, number][]) => new Map(entries.map(([id, x, y]) => [id, { x, y }]));

describe("relativeMovement / settledAfter", () => {
  test("relativeMovement is the mean move over the extent", () => {
    const a = P([["a", 0, 0], ["b", 10, 0]]);
    const b = P([["a", 1, 0], ["b", 10, 0]]);
    expect(relativeMovement(a, b)).toBeCloseTo(0.5 / 9);
    expect(relativeMovement(a, a)).toBe(0);
    expect(relativeMovement(new Map(), a)).toBe(0);
  });
  test("settledAfter counts calm steps and resets on a move", () => {
    const o = { threshold: 0.01, calmSteps: 2 };
    const a = P([["a", 0, 0], ["b", 10, 0]]);
    const moved = P([["a", 5, 0], ["b", 10, 0]]);
    expect(settledAfter(a, a, 0, o)).toEqual({ calm: 1, settled: false });
    expect(settledAfter(a, a, 1, o)).toEqual({ calm: 2, settled: true });
    expect(settledAfter(a, moved, 1, o)).toEqual({ calm: 0, settled: false });
  });
});

describe("resolveLayoutOptions", () => {
  test("resolveLayoutOptions gives the defaults and merges overrides", () => {
    expect(resolveLayoutOptions()).toEqual(DEFAULT_LAYOUT_OPTIONS);
    expect(resolveLayoutOptions({ maxSteps: 10 }).maxSteps).toBe(10);
  });
  test("resolveLayoutOptions refuses an unknown option", () => {
    expect(() => resolveLayoutOptions({ speed: 1 } as never)).toThrow(InvalidArgumentError);
  });
  test("resolveLayoutOptions refuses a threshold that is not positive", () => {
    expect(() => resolveLayoutOptions({ threshold: 0 })).toThrow(InvalidArgumentError);
    expect(() => resolveLayoutOptions({ threshold: Number.NaN })).toThrow(InvalidArgumentError);
  });
  test("resolveLayoutOptions refuses counts and durations that are not positive integers", () => {
    expect(() => resolveLayoutOptions({ calmSteps: 1.5 })).toThrow(InvalidArgumentError);
    expect(() => resolveLayoutOptions({ maxDurationMs: 0 })).toThrow(InvalidArgumentError);
    expect(() => resolveLayoutOptions({ maxSteps: -1 })).toThrow(InvalidArgumentError);
  });
});
