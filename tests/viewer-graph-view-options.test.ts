// How the graph view draws a graph (src/viewer/canvas/graph-view-options.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { DEFAULT_GRAPH_VIEW_OPTIONS, resolveGraphViewOptions } from "../src/viewer/canvas/graph-view-options.ts";

describe("resolveGraphViewOptions", () => {
  test("resolveGraphViewOptions gives a story's way by default, and a plain graph's when asked", () => {
    expect(resolveGraphViewOptions()).toEqual({ autoLayout: true, cullLabels: false });
    expect(resolveGraphViewOptions({ autoLayout: false, cullLabels: true })).toEqual({ autoLayout: false, cullLabels: true });
    expect(DEFAULT_GRAPH_VIEW_OPTIONS).toEqual(resolveGraphViewOptions({}));
  });
  test("resolveGraphViewOptions refuses unknown options and values that are not booleans", () => {
    expect(() => resolveGraphViewOptions({ layout: false } as never)).toThrow(InvalidArgumentError);
    expect(() => resolveGraphViewOptions({ autoLayout: "no" } as never)).toThrow(/^resolveGraphViewOptions: autoLayout: must be a boolean/);
  });
});
