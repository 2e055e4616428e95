// The phone layout's decisions (src/viewer/phone.ts): the narrow breakpoint, what the camera
// frames on a narrow canvas, and which tab of the sheet a selection opens.
import { describe, expect, test } from "vitest";
import { isNarrowScreen, NARROW_CANVAS, NARROW_SCREEN, rescaleContentFor, sheetTabFor } from "../src/viewer/phone.ts";

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

  test("sheetTabFor: a claim or entity picked in the graph, a list or the search opens its details", () => {
    for (const origin of ["graph", "list", "search", "hash", "details"] as const) {
      expect(sheetTabFor({ type: "relation", id: "r" }, origin, "article")).toBe("details");
      expect(sheetTabFor({ type: "entity", id: "e" }, origin, "lists")).toBe("details");
    }
    expect(sheetTabFor({ type: "sentence", id: "s1" }, "details", "details")).toBe("details");
  });

  test("sheetTabFor: a sentence picked in the article keeps the article; one found by the search shows it there", () => {
    expect(sheetTabFor({ type: "sentence", id: "s3" }, "article", "article")).toBe("article");
    expect(sheetTabFor({ type: "sentence", id: "s3" }, "search", "details")).toBe("article");
    // an entity found by the search opens its details
    expect(sheetTabFor({ type: "entity", id: "e" }, "search", "article")).toBe("details");
  });

  test("sheetTabFor: clearing the selection, a filter change or a load keeps the tab shown", () => {
    expect(sheetTabFor(null, "graph", "lists")).toBe("lists");
    expect(sheetTabFor(null, "list", "details")).toBe("details");
    expect(sheetTabFor({ type: "relation", id: "r" }, "filters", "lists")).toBe("lists");
    expect(sheetTabFor({ type: "relation", id: "r" }, "load", "article")).toBe("article");
  });
});
