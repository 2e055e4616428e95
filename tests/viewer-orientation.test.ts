// Turning a layout to the canvas (src/viewer/canvas/orientation.ts).
import { describe, expect, test } from "vitest";
import { orient, principalAngle } from "../src/viewer/canvas/orientation.ts";

const line = new Map([
  ["a", { x: 0, y: 0 }],
  ["b", { x: 10, y: 1 }],
  ["c", { x: 20, y: 0 }],
]);

describe("principalAngle / orient", () => {
  test("principalAngle finds the long axis, and none for a single point", () => {
    expect(principalAngle([...line.values()])).toBeCloseTo(0, 1);
    expect(principalAngle([{ x: 0, y: 0 }])).toBeNull();
  });
  test("orient turns a wide layout upright for a tall canvas, keeping distances", () => {
    const tall = orient(line, false);
    const xs = [...tall.values()].map((p) => p.x);
    const ys = [...tall.values()].map((p) => p.y);
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(Math.max(...xs) - Math.min(...xs));
    const d = (m: Map<string, { x: number; y: number }>) => Math.hypot(m.get("a")!.x - m.get("c")!.x, m.get("a")!.y - m.get("c")!.y);
    expect(d(tall)).toBeCloseTo(20);
  });
  test("orient leaves a wide layout alone on a wide canvas", () => {
    const wide = orient(line, true);
    for (const [k, p] of line) {
      expect(wide.get(k)!.x).toBeCloseTo(p.x, 0);
    }
  });
  test("orient leaves a round layout as it is", () => {
    const square = new Map([["a", { x: 0, y: 0 }], ["b", { x: 1, y: 0 }], ["c", { x: 1, y: 1 }], ["d", { x: 0, y: 1 }]]);
    expect(orient(square, false)).toEqual(square);
  });
});
