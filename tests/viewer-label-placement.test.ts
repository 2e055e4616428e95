// Which side a node label goes, and another one when it would run off a phone's canvas (src/viewer/canvas/label-placement.ts).
import { describe, expect, test } from "vitest";
import { coveredObstacles, labelOverflow, labelSide, labelSides, sideInside, type ScreenLabel } from "../src/viewer/canvas/label-placement.ts";

describe("labelSide", () => {
  test("labelSide puts the label right when nothing is there", () => {
    expect(labelSide({ x: 0, y: 0 }, [])).toBe("right");
    expect(labelSide({ x: 0, y: 0 }, [{ x: -1, y: 0 }])).toBe("right");
  });
  test("labelSide avoids the edges' directions", () => {
    expect(labelSide({ x: 0, y: 0 }, [{ x: 1, y: 0 }])).toBe("left");
    expect(labelSide({ x: 0, y: 0 }, [{ x: 1, y: 0.2 }, { x: -1, y: 0.2 }, { x: 0, y: -1 }])).toBe("above");
    expect(labelSide({ x: 0, y: 0 }, [{ x: 1, y: -0.1 }, { x: -1, y: -0.1 }, { x: 0, y: 1 }])).toBe("below");
  });
  test("labelSide ignores a neighbour standing on the node", () => {
    expect(labelSide({ x: 0, y: 0 }, [{ x: 0, y: 0 }])).toBe("right");
  });
});

describe("labelSide (vertical)", () => {
  test("labelSide with vertical (long labels) picks above or below only, away from the edges", () => {
    expect(labelSide({ x: 0, y: 0 }, [], true)).toBe("below");
    expect(["above", "below"]).toContain(labelSide({ x: 0, y: 0 }, [{ x: 1, y: 0 }], true));
    expect(labelSide({ x: 0, y: 0 }, [{ x: 0.2, y: -1 }], true)).toBe("above");
    expect(labelSide({ x: 0, y: 0 }, [{ x: 0.2, y: 1 }], true)).toBe("below");
  });
});

describe("labelOverflow", () => {
  const canvas = { width: 390, height: 424 };
  /** A 19 px node at (x, y) with a 100 × 15 px label 6 px off it. */
  const at = (x: number, y: number): ScreenLabel => ({ x, y, radius: 19, width: 100, height: 15, margin: 6 });
  test("labelOverflow counts the pixels off the canvas on each side", () => {
    expect(labelOverflow("right", at(200, 200), canvas)).toBe(0);
    // right of a node at x 300: 300 + 25 + 100 = 425, 35 px past the right edge
    expect(labelOverflow("right", at(300, 200), canvas)).toBe(35);
    expect(labelOverflow("left", at(100, 200), canvas)).toBe(25);
    // centred above or below: half the width each side
    expect(labelOverflow("above", at(30, 200), canvas)).toBe(20);
    expect(labelOverflow("above", at(200, 30), canvas)).toBe(10);
    expect(labelOverflow("below", at(200, 400), canvas)).toBe(16);
  });
});

describe("labelSides", () => {
  test("labelSides starts with labelSide's choice and ranks the other sides from the freest", () => {
    const cases: [{ x: number; y: number }[], boolean][] = [
      [[], false],
      [[], true],
      [[{ x: 1, y: 0 }], false],
      [[{ x: 1, y: 0.2 }, { x: -1, y: 0.2 }, { x: 0, y: -1 }], false],
      [[{ x: 0.2, y: -1 }], true],
      [[{ x: 1, y: 0 }], true],
    ];
    for (const [neighbours, vertical] of cases) {
      const sides = labelSides({ x: 0, y: 0 }, neighbours, vertical);
      expect(sides[0]).toBe(labelSide({ x: 0, y: 0 }, neighbours, vertical));
      expect([...sides].sort()).toEqual(["above", "below", "left", "right"]);
    }
    // edges to the left: right first, left (where they run) last
    expect(labelSides({ x: 0, y: 0 }, [{ x: -1, y: 0.1 }, { x: -1, y: -0.1 }])).toEqual(["right", "above", "below", "left"]);
    // vertical: above and below before the sides
    expect(labelSides({ x: 0, y: 0 }, [{ x: 0.2, y: 1 }], true).slice(2).sort()).toEqual(["left", "right"]);
  });
});

describe("sideInside", () => {
  const canvas = { width: 390, height: 424 };
  const at = (x: number, y: number, width = 100): ScreenLabel => ({ x, y, radius: 13, width, height: 15, margin: 6 });
  const ranked = ["right", "below", "above", "left"] as const;
  test("sideInside keeps the best side when the label fits there", () => {
    expect(sideInside(ranked, at(200, 200), canvas)).toBe("right");
    expect(sideInside(["below", "left"], at(200, 200), canvas)).toBe("below");
  });
  test("sideInside moves a label that would run off the canvas to the next side that fits, in the given order", () => {
    // the phone's "intelligence artificielle" (190 px) right of a node at x 247 ran 66 px off a 390 px canvas
    expect(sideInside(ranked, at(247, 113, 190), canvas)).toBe("below");
    expect(sideInside(["right", "left"], at(247, 113, 190), canvas)).toBe("left");
    expect(sideInside(["left", "right"], at(40, 200), canvas)).toBe("right");
    expect(sideInside(["above", "below"], at(200, 10), canvas)).toBe("below");
    // 300 px wide, near the bottom: neither beside it nor below fits, above does
    expect(sideInside(ranked, at(195, 415, 300), canvas)).toBe("above");
  });
  test("sideInside picks, of the sides that fit, the one covering the fewest nodes and edge middles", () => {
    // the phone's bundle: the label left of the node would cover the Microsoft–OpenAI edges' middles and a diamond
    const ai = at(247, 113, 190);
    const middles = [170, 185, 200, 215, 230].map((x) => ({ x, y: 114, radius: 3 }));
    const diamonds = [
      { x: 132, y: 118, radius: 12.5 },
      { x: 259, y: 128, radius: 11.5 },
      { x: 257, y: 79, radius: 11.5 },
    ];
    expect(sideInside(["right", "left", "below", "above"], ai, canvas, [...middles, ...diamonds])).toBe("below");
    expect(coveredObstacles("left", ai, [...middles, ...diamonds])).toBe(6);
    expect(coveredObstacles("below", ai, [...middles, ...diamonds])).toBe(1);
    // the best side that fits is kept whatever it covers
    expect(sideInside(["left", "below"], ai, canvas, middles)).toBe("left");
  });
  test("coveredObstacles counts discs touching the label and points inside it", () => {
    const label = at(100, 100);
    // right: x 119..219, y 92.5..107.5
    expect(coveredObstacles("right", label, [{ x: 150, y: 100, radius: 0 }])).toBe(1);
    expect(coveredObstacles("right", label, [{ x: 150, y: 112, radius: 5 }])).toBe(1);
    expect(coveredObstacles("right", label, [{ x: 150, y: 114, radius: 5 }])).toBe(0);
    expect(coveredObstacles("right", label, [{ x: 230, y: 100, radius: 3 }])).toBe(0);
  });
  test("sideInside gives the side overflowing least when none fits", () => {
    const wide = at(195, 200, 420);
    expect(sideInside(ranked, wide, canvas)).toBe("below");
    expect(labelOverflow("below", wide, canvas)).toBe(30);
  });
  test("sideInside throws a RangeError with no side to choose from", () => {
    expect(() => sideInside([], at(0, 0), canvas)).toThrow(RangeError);
  });
});
