// Which side a node label goes (src/viewer/canvas/label-placement.ts).
import { describe, expect, test } from "vitest";
import { labelSide } from "../src/viewer/canvas/label-placement.ts";

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
