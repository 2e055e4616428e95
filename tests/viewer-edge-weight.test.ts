// Edge thickness from GEXF weights (src/viewer/canvas/edge-weight.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { DEFAULT_EDGE_WIDTH_OPTIONS, edgeWidths, resolveEdgeWidthOptions } from "../src/viewer/canvas/edge-weight.ts";

describe("edgeWidths", () => {
  test("edgeWidths maps the lightest weight to minWidth, the heaviest to maxWidth, linearly", () => {
    expect(edgeWidths([1, 16, 31])).toEqual([1, 4.5, 8]);
    expect(edgeWidths([0.5, 1], { minWidth: 2, maxWidth: 4 })).toEqual([2, 4]);
  });
  test("edgeWidths counts a missing weight as 1 and a non-finite one as the lightest", () => {
    expect(edgeWidths([undefined, 3, Number.NaN])).toEqual([1, 8, 1]);
  });
  test("edgeWidths gives uniformWidth when every weight is the same, or there is none", () => {
    expect(edgeWidths([5, 5, 5])).toEqual([2, 2, 2]);
    expect(edgeWidths([undefined, undefined])).toEqual([2, 2]);
    expect(edgeWidths([])).toEqual([]);
  });
  test("edgeWidths keeps the order of the weights: heavier is never thinner", () => {
    const weights = [7, 2, 9, 2, 4, 1];
    const widths = edgeWidths(weights);
    for (let i = 0; i < weights.length; i++)
      for (let j = 0; j < weights.length; j++) if (weights[i]! > weights[j]!) expect(widths[i]!).toBeGreaterThan(widths[j]!);
  });
});

describe("resolveEdgeWidthOptions", () => {
  test("resolveEdgeWidthOptions fills in the defaults", () => {
    expect(resolveEdgeWidthOptions()).toEqual(DEFAULT_EDGE_WIDTH_OPTIONS);
    expect(resolveEdgeWidthOptions({ maxWidth: 12 })).toEqual({ ...DEFAULT_EDGE_WIDTH_OPTIONS, maxWidth: 12 });
  });
  test("resolveEdgeWidthOptions refuses unknown options, non-positive widths and min over max", () => {
    expect(() => resolveEdgeWidthOptions({ thickness: 2 } as never)).toThrow(InvalidArgumentError);
    expect(() => resolveEdgeWidthOptions({ minWidth: 0 })).toThrow(/^resolveEdgeWidthOptions: minWidth: must be a positive number/);
    expect(() => resolveEdgeWidthOptions({ maxWidth: Infinity })).toThrow(InvalidArgumentError);
    expect(() => resolveEdgeWidthOptions({ minWidth: 5, maxWidth: 3 })).toThrow(/must not be over maxWidth/);
  });
});
