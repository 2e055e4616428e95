// json-path: how problem paths are spelled, and how to walk up to a parent.
import { describe, expect, test } from "vitest";
import { childIndexPath, childKeyPath, formatPath, parentPath } from "../src/graph/input/json-path.ts";

describe("childKeyPath / childIndexPath", () => {
  test("childKeyPath uses dots for identifiers and quoted brackets for other keys", () => {
    expect(childKeyPath("", "relations")).toBe("relations");
    expect(childKeyPath("relations[3]", "citations")).toBe("relations[3].citations");
    expect(childKeyPath("", "$schema")).toBe("$schema");
    expect(childKeyPath("a", "odd key")).toBe('a["odd key"]');
    expect(childKeyPath("", 'q"x')).toBe('["q\\"x"]');
  });
  test("childIndexPath appends [i]", () => {
    expect(childIndexPath("relations", 3)).toBe("relations[3]");
    expect(childIndexPath("", 0)).toBe("[0]");
  });
});

describe("formatPath", () => {
  test("formatPath spells zod paths like the scanner does", () => {
    expect(formatPath(["relations", 3, "citations", 0, "quote"])).toBe("relations[3].citations[0].quote");
    expect(formatPath(["a b", 1])).toBe('["a b"][1]');
  });
});

describe("parentPath", () => {
  test("parentPath strips the last segment, whatever its kind", () => {
    expect(parentPath("relations[3].citations[0].quote")).toBe("relations[3].citations[0]");
    expect(parentPath("relations[3].citations[0]")).toBe("relations[3].citations");
    expect(parentPath("relations")).toBe("");
    expect(parentPath('a["odd key"]')).toBe("a");
    expect(parentPath('["odd \\" key"]')).toBe("");
    expect(parentPath("[0]")).toBe("");
  });
  test("parentPath of the document, or of something that is not a path, is null", () => {
    expect(parentPath("")).toBeNull();
    expect(parentPath("not a path!")).toBeNull();
  });
  test("parentPath walks every formatted path back to the document", () => {
    const path = formatPath(["x", 1, "odd key", "y", 22]);
    const seen: string[] = [];
    for (let p: string | null = path; p !== null; p = parentPath(p)) seen.push(p);
    expect(seen).toEqual(['x[1]["odd key"].y[22]', 'x[1]["odd key"].y', 'x[1]["odd key"]', "x[1]", "x", ""]);
  });
});
