// The label density control (src/viewer/canvas/label-density.ts).
import { describe, expect, test } from "vitest";
import { InvalidArgumentError } from "../src/graph/errors.ts";
import { DEFAULT_LABEL_DENSITY, LABEL_DENSITY_LEVELS, labelGridSettings, labelsByImportance } from "../src/viewer/canvas/label-density.ts";

describe("labelGridSettings", () => {
  test("labelGridSettings gives smaller cells, hence more labels, at each level, and every label at the last", () => {
    const cells = LABEL_DENSITY_LEVELS.slice(0, -1).map((_l, i) => labelGridSettings(i).labelGridCellSize);
    for (let i = 1; i < cells.length; i++) expect(cells[i]!).toBeLessThan(cells[i - 1]!);
    expect(labelGridSettings(LABEL_DENSITY_LEVELS.length - 1).labelDensity).toBeGreaterThanOrEqual(1e6);
    expect(LABEL_DENSITY_LEVELS[DEFAULT_LABEL_DENSITY]!.name).toBe("some");
  });
  test("labelGridSettings refuses a level outside the levels", () => {
    expect(() => labelGridSettings(-1)).toThrow(InvalidArgumentError);
    expect(() => labelGridSettings(1.5)).toThrow(/^labelGridSettings: level: must be an integer from 0 to 4/);
    expect(() => labelGridSettings(LABEL_DENSITY_LEVELS.length)).toThrow(InvalidArgumentError);
  });
});

describe("labelsByImportance", () => {
  const nodes = [
    { key: "small", x: 10, y: 10, size: 4 },
    { key: "big", x: 20, y: 20, size: 20 },
    { key: "mid", x: 30, y: 30, size: 10 },
    { key: "far", x: 900, y: 500, size: 3 },
  ];
  test("labelsByImportance keeps the biggest node of each cell", () => {
    expect(labelsByImportance(nodes, labelGridSettings(0)).sort()).toEqual(["big", "far"]);
  });
  test("labelsByImportance draws more labels as the density rises, all at the last level", () => {
    const counts = LABEL_DENSITY_LEVELS.map((_l, i) => labelsByImportance(nodes, labelGridSettings(i)).length);
    for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts.at(-1)).toBe(4);
    expect(labelsByImportance(nodes, { labelDensity: 2, labelGridCellSize: 100, labelRenderedSizeThreshold: 0 }).sort()).toEqual(["big", "far", "mid"]);
  });
  test("labelsByImportance leaves out nodes under the size threshold", () => {
    expect(labelsByImportance(nodes, { labelDensity: 10, labelGridCellSize: 100, labelRenderedSizeThreshold: 5 }).sort()).toEqual(["big", "mid"]);
  });
});
