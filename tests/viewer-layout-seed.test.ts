// Seeded initial positions (src/viewer/canvas/layout-seed.ts).
import { describe, expect, test } from "vitest";
import { hashString, seededPositions, seededRandom } from "../src/viewer/canvas/layout-seed.ts";

describe("seeded positions", () => {
  test("hashString is stable and spreads", () => {
    expect(hashString("openai")).toBe(hashString("openai"));
    expect(hashString("openai")).not.toBe(hashString("openai2"));
  });
  test("seededRandom repeats its sequence for one seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
  test("seededPositions is deterministic, independent of input order, and near the circle", () => {
    const nodes = [
      { id: "a", group: "person" },
      { id: "b", group: "organization" },
      { id: "c", group: "person" },
    ];
    const p1 = seededPositions(nodes, 10);
    const p2 = seededPositions([...nodes].reverse(), 10);
    expect([...p1.entries()].sort()).toEqual([...p2.entries()].sort());
    for (const p of p1.values()) expect(Math.hypot(p.x, p.y)).toBeGreaterThan(8.9);
    const distinct = new Set([...p1.values()].map((p) => `${p.x.toFixed(3)},${p.y.toFixed(3)}`));
    expect(distinct.size).toBe(3);
  });
});
