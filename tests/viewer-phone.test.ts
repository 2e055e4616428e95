// The phone layout's decisions (src/viewer/phone.ts): the narrow breakpoint and what the camera
// frames on a narrow canvas.
import { describe, expect, test } from "vitest";
import { isNarrowScreen, NARROW_CANVAS, NARROW_SCREEN, rescaleContentFor } from "../src/viewer/phone.ts";

describe("phone layout", () => {
  test("isNarrowScreen: a phone (390 px) and the breakpoint are narrow; a tablet and a desktop are not", () => {
    expect(isNarrowScreen(390)).toBe(true);
    expect(isNarrowScreen(NARROW_SCREEN)).toBe(true);
    expect(isNarrowScreen(NARROW_SCREEN + 1)).toBe(false);
    expect(isNarrowScreen(1440)).toBe(false);
  });

  test("rescaleContentFor: nodes only on a phone's canvas, nodes and labels on a wider one", () => {
    expect(rescaleContentFor(390)).toBe("nodes");
    expect(rescaleContentFor(NARROW_CANVAS)).toBe("nodes");
    expect(rescaleContentFor(NARROW_CANVAS + 1)).toBe("labels");
    expect(rescaleContentFor(830)).toBe("labels");
    // a canvas not laid out yet (0 px) keeps the desktop's framing
    expect(rescaleContentFor(0)).toBe("labels");
  });
});
