// The package's API (src/index.ts) is the documented one: every name it exports at run time is
// named in the README, and none of the internals the repository's tools use is among them.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as api from "../src/index.ts";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");

describe("src/index.ts", () => {
  test("every runtime export of the package root is named in the README (as `name`)", () => {
    const undocumented = Object.keys(api).filter((name) => !new RegExp("`" + name + "\\b").test(readme));
    expect(undocumented).toEqual([]);
  });

  test("the package root does not export the repository's internals", () => {
    for (const internal of ["scanJson", "lineIndex", "locateJsonPaths", "XmlTokenizer", "xmlSafe", "mulberry32", "hashString", "nameErrorClasses", "ERROR_CLASSES", "describeLocated", "StorySchema"]) {
      expect([internal, internal in api]).toEqual([internal, false]);
    }
  });
});
