// Which side a node label goes, and another one when it would run off a phone's canvas (src/viewer/canvas/label-placement.ts).
import { describe, expect, test } from "vitest";
import { labelOverflow, labelSide, sideInside, type ScreenLabel } from "../src/viewer/canvas/label-placement.ts";

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

describe("sideInside", () => {
  const canvas = { width: 390, height: 424 };
  const at = (x: number, y: number, width = 100): ScreenLabel => ({ x, y, radius: 13, width, height: 15, margin: 6 });
  test("sideInside keeps the preferred side when the label fits there", () => {
    expect(sideInside("right", at(200, 200), canvas)).toBe("right");
    expect(sideInside("below", at(200, 200), canvas)).toBe("below");
  });
  test("sideInside moves a label that would run off the canvas to the opposite side first", () => {
    // the phone's "intelligence artificielle" (190 px) right of a node at x 247 ran 66 px off a 390 px canvas
    expect(sideInside("right", at(247, 113, 190), canvas)).toBe("left");
    expect(sideInside("left", at(40, 200), canvas)).toBe("right");
    expect(sideInside("above", at(200, 10), canvas)).toBe("below");
    expect(sideInside("below", at(200, 415), canvas)).toBe("above");
  });
  test("sideInside tries the other two sides when the opposite one does not fit either", () => {
    // 300 px wide, node in the middle: neither beside it fits, centred below does
    expect(sideInside("right", at(195, 200, 300), canvas)).toBe("below");
    expect(sideInside("right", at(195, 415, 300), canvas)).toBe("above");
    // above, near the top left corner: below is off the canvas on the left too, right fits
    expect(sideInside("above", at(20, 10), canvas)).toBe("right");
  });
  test("sideInside gives the side overflowing least when none fits", () => {
    const wide = at(195, 200, 420);
    expect(sideInside("right", wide, canvas)).toBe("below");
    expect(labelOverflow("below", wide, canvas)).toBe(30);
  });
});
