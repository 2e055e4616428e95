// Keeping nodes and labels off bundles of parallel edges (src/viewer/canvas/bundle-clearance.ts).
import { describe, expect, test } from "vitest";
import { bandDepth, bandHalfWidth, bendAwayFromBundles, clearBundles, curveControlPoint } from "../src/viewer/canvas/bundle-clearance.ts";

const A = { x: 0, y: 0 };
const B = { x: 0, y: 10 };

describe("bandHalfWidth / bandDepth", () => {
  test("bandHalfWidth grows with the number of parallel edges", () => {
    expect(bandHalfWidth(1, 0.3)).toBe(0);
    expect(bandHalfWidth(7, 0.3)).toBeCloseTo(0.45);
  });
  test("bandDepth is positive inside the band and negative outside or past the ends", () => {
    expect(bandDepth({ x: 1, y: 5 }, A, B, 7, 0.3, 0)).toBeGreaterThan(0);
    expect(bandDepth({ x: 6, y: 5 }, A, B, 7, 0.3, 0)).toBeLessThan(0);
    expect(bandDepth({ x: 0, y: -1 }, A, B, 7, 0.3, 0)).toBe(-Infinity);
    expect(bandDepth({ x: 0, y: 5 }, A, B, 1, 0.3, 0)).toBe(-Infinity);
  });
});

describe("clearBundles", () => {
  test("clearBundles pushes a node inside a bundle sideways to the band's edge", () => {
    const positions = new Map([["a", A], ["b", B], ["c", { x: 1, y: 5 }], ["far", { x: 20, y: 5 }]]);
    const moved = clearBundles(positions, [{ a: "a", b: "b", count: 7 }], 0.3, 0.1);
    expect([...moved.keys()]).toEqual(["c"]);
    expect(moved.get("c")!.x).toBeCloseTo((0.45 + 0.1) * 10);
    expect(moved.get("c")!.y).toBeCloseTo(5);
  });
  test("clearBundles leaves single edges and nodes beyond the ends alone", () => {
    const positions = new Map([["a", A], ["b", B], ["c", { x: 0.5, y: 0.2 }]]);
    expect(clearBundles(positions, [{ a: "a", b: "b", count: 1 }], 0.3).size).toBe(0);
    expect(clearBundles(positions, [{ a: "a", b: "b", count: 7 }], 0.3).size).toBe(0);
  });
});

describe("curveControlPoint", () => {
  test("curveControlPoint moves the chord's middle curvature × length along its left normal (y up)", () => {
    expect(curveControlPoint({ x: 0, y: 0 }, { x: 100, y: 0 }, 0.2)).toEqual({ x: 50, y: 20 });
    expect(curveControlPoint({ x: 0, y: 0 }, { x: 0, y: 10 }, 0.5)).toEqual({ x: -5, y: 5 });
    expect(curveControlPoint({ x: 3, y: 4 }, { x: 7, y: 8 }, 0)).toEqual({ x: 5, y: 6 });
  });
});

describe("bendAwayFromBundles", () => {
  test("bendAwayFromBundles leaves a clear edge straight", () => {
    expect(bendAwayFromBundles({ x: 20, y: 0 }, { x: 30, y: 0 }, [{ a: A, b: B, count: 7 }], 0.3)).toBe(0);
  });
  test("bendAwayFromBundles bends an edge whose middle is on the bundle until its middle is clear", () => {
    const source = { x: 0, y: 10 };
    const target = { x: 8, y: 2 };
    const c = bendAwayFromBundles(source, target, [{ a: A, b: B, count: 7 }], 0.3);
    expect(c).not.toBe(0);
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const len = Math.hypot(dx, dy);
    const mid = { x: source.x + dx / 2 + ((-dy / len) * c * len) / 2, y: source.y + dy / 2 + ((dx / len) * c * len) / 2 };
    expect(bandDepth(mid, A, B, 7, 0.3, 0.06)).toBeLessThanOrEqual(0);
  });
});
