// Which tab of the phone's sheet a selection opens (src/viewer/models/sheet.ts).
import { describe, expect, test } from "vitest";
import { sheetTabFor } from "../src/viewer/models/sheet.ts";

describe("sheetTabFor", () => {
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
