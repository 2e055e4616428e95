// ProblemList: problems and notices reported by path, built once with their location.
import { describe, expect, test } from "vitest";
import { QuoteNotFoundError, UnknownFieldError } from "../src/graph/errors.ts";
import { ProblemList } from "../src/graph/input/problems.ts";

const locator = (file?: string) => ({
  file,
  locate: (paths: readonly string[]) => {
    const seen = [...paths];
    return (path: string) => ({ line: seen.indexOf(path) + 10, column: path.length });
  },
});

describe("ProblemList", () => {
  test("ProblemList.finish builds each problem of its class with the path, line, column and file", () => {
    const list = new ProblemList("buildStory");
    list.add(QuoteNotFoundError, "relations[0].citations[0].quote", "quote not found");
    expect(list.size).toBe(1);
    const [p] = list.finish(locator("story.json"));
    expect(p).toBeInstanceOf(QuoteNotFoundError);
    expect(p).toMatchObject({ path: "relations[0].citations[0].quote", line: 10, column: 31, file: "story.json", detail: "quote not found" });
    expect(p!.message).toBe("buildStory: relations[0].citations[0].quote: quote not found");
  });

  test("ProblemList.finish without a locator gives problems without line or column", () => {
    const list = new ProblemList("buildStory");
    list.add(QuoteNotFoundError, "x", "d");
    const [p] = list.finish();
    expect(p!.line).toBeUndefined();
    expect(p!.file).toBeUndefined();
  });

  test("ProblemList.addUnknownField locates an unknown field at the field itself", () => {
    const list = new ProblemList("buildStory");
    list.addUnknownField("relations[0]", "dat", 'unknown field "dat"');
    const seen: string[] = [];
    const [p] = list.finish({ locate: (paths) => (seen.push(...paths), () => ({ line: 2, column: 3 })) });
    expect(p).toBeInstanceOf(UnknownFieldError);
    expect((p as UnknownFieldError).field).toBe("dat");
    expect(p!.path).toBe("relations[0]");
    expect(seen).toEqual(["relations[0].dat"]);
  });

  test("ProblemList.mapPath rewrites the paths of problems and notices (a converted file's paths)", () => {
    const list = new ProblemList("buildStory");
    list.mapPath = (p) => p.replace(".start", ".date");
    list.add(QuoteNotFoundError, "relations[1].start", "d");
    list.notice("relations[2].start", "n");
    expect(list.finish()[0]!.path).toBe("relations[1].date");
    expect(list.notices(locator("f.json"))).toEqual([{ path: "relations[2].date", message: "n", line: 10, column: 17, file: "f.json" }]);
  });
});
