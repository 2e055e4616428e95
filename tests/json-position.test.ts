// json-position: the JSON scanner that finds syntax errors, value positions and repeated keys.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MAX_DUPLICATE_KEYS, lineIndex, locateJsonPaths, scanJson } from "../src/graph/input/json-position.ts";

const TEXT = `{
  "article": { "text": "Hello.", "language": "en" },
  "relations": [
    { "id": "r1", "citations": [ { "quote": "Hello" } ] },
    { "id": "r2", "odd key": [1, 2.5e3, -0.5, true, false, null] }
  ]
}`;

describe("scanJson", () => {
  test("scanJson records the offset of each wanted value and accepts valid JSON", () => {
    const want = new Set(["", "article.text", "relations[0].citations[0].quote", 'relations[1]["odd key"][2]']);
    const scan = scanJson(TEXT, want);
    expect(scan.syntaxError).toBeNull();
    expect(scan.positions.get("")).toBe(0);
    expect(scan.positions.get("article.text")).toBe(TEXT.indexOf('"Hello."'));
    expect(scan.positions.get("relations[0].citations[0].quote")).toBe(TEXT.indexOf('"Hello"'));
    expect(scan.positions.get('relations[1]["odd key"][2]')).toBe(TEXT.indexOf("-0.5"));
    expect(scan.positions.size).toBe(4);
  });

  test.each([
    ["", "the file is empty", 0, ""],
    ["  \n ", "only whitespace", 4, ""],
    ['{"a": 1,}', "trailing comma before '}'", 8, ""],
    ["[1, 2,]", "trailing comma before ']'", 6, ""],
    ['{"a": 1 "b": 2}', "a comma may be missing", 8, ""],
    ['{"a": [1, 2}', "expected ',' or ']'", 11, "a"],
    ['{"a": "x\ny"}', "line break inside a string", 8, "a"],
    ['{"a": "x', "unterminated string", 6, "a"],
    ['{"a": "\\q"}', "invalid escape", 7, "a"],
    ['{"a": "\\u12G4"}', "invalid \\u escape", 7, "a"],
    ["{'a': 1}", "single quotes", 1, ""],
    ["{a: 1}", "property names must be in double quotes", 1, ""],
    ['{"a": 1} // note', "comments are not allowed", 9, ""],
    ['{"a": /* x */ 1}', "comments are not allowed", 6, "a"],
    ['{"a": NaN}', "NaN is not a JSON value", 6, "a"],
    ['{"a": 01}', "invalid number", 6, "a"],
    ['{"a": 1.}', "invalid number", 6, "a"],
    ['{"a" 1}', "expected ':'", 5, ""],
    ['{"a": {"b": [', "unexpected end of file", 13, "a.b[0]"],
    ['{"a": 1', "'}' is missing", 7, ""],
    ['{"a": 1}}', "after the end of the JSON value", 8, ""],
    ["[,1]", "unexpected ','", 1, "[0]"],
    ['{"a": }', "a value is expected", 6, "a"],
  ])("scanJson reports %j: %s", (text, message, offset, path) => {
    const scan = scanJson(text);
    expect(scan.syntaxError).not.toBeNull();
    expect(scan.syntaxError!.message).toContain(message);
    expect(scan.syntaxError!.offset).toBe(offset);
    expect(scan.syntaxError!.path).toBe(path);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  test("scanJson reports keys repeated in one object, with both offsets", () => {
    const text = '{"a": 1, "b": {"a": 2, "a": 3}, "a": 4}';
    const scan = scanJson(text);
    expect(scan.syntaxError).toBeNull();
    expect(scan.duplicateKeys).toEqual([
      { path: "b.a", key: "a", offset: text.indexOf('"a": 3'), firstOffset: text.indexOf('"a": 2') },
      { path: "a", key: "a", offset: text.indexOf('"a": 4'), firstOffset: 1 },
    ]);
  });

  test("scanJson compares keys as JSON.parse reads them: escapes, many keys, keys of one length", () => {
    const escaped = '{"a": 1, "\\u0061": 2}';
    expect(JSON.parse(escaped)).toEqual({ a: 2 });
    expect(scanJson(escaped).duplicateKeys.map((d) => [d.path, d.key])).toEqual([["a", "a"]]);
    const many = "{" + Array.from({ length: 20 }, (_, k) => `"k${k}": ${k}`).join(", ") + ', "k3": 0, "k19": 1}';
    expect(scanJson(many).duplicateKeys.map((d) => d.key)).toEqual(["k3", "k19"]);
    expect(scanJson('{"ab": 1, "ba": 2, "aa": 3, "a\\"": 4}').duplicateKeys).toEqual([]);
    // the same key in sibling objects is no repetition: each object has its own keys
    expect(scanJson('[{"a": 1, "b": {"a": 2}}, {"a": 3}]').duplicateKeys).toEqual([]);
    const nested = '{"x": {"a": 1, "a": 2}, "y": {"a": 3}}';
    expect(scanJson(nested).duplicateKeys.map((d) => d.path)).toEqual(["x.a"]);
  });

  test("scanJson records the position of the value JSON.parse keeps for a repeated key", () => {
    const text = '{"a": 1, "a": 22}';
    expect(scanJson(text, new Set(["a"])).positions.get("a")).toBe(text.indexOf("22"));
  });

  test("scanJson handles 100 000 levels of nesting without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(scanJson(deep).syntaxError).toBeNull();
    const cut = "[".repeat(100_000);
    expect(scanJson(cut).syntaxError?.message).toContain("end of file");
  });

  test("scanJson refuses nesting deeper than maxDepth, as an error of kind depth", () => {
    expect(scanJson('{"a": [[1]]}', undefined, 3).syntaxError).toBeNull();
    const scan = scanJson('{"a": [[[1]]]}', undefined, 3);
    expect(scan.syntaxError).toMatchObject({ kind: "depth", offset: 8, path: "a[0][0]" });
    expect(scanJson("[1,}").syntaxError?.kind).toBe("syntax");
  });

  test("scanJson reports at most MAX_DUPLICATE_KEYS repeated keys", () => {
    const text = "[" + Array.from({ length: 300 }, () => '{"a": 1, "a": 2}').join(",") + "]";
    expect(scanJson(text).duplicateKeys).toHaveLength(MAX_DUPLICATE_KEYS);
  });

  test("scanJson agrees with JSON.parse on valid JSON and on its mutations", () => {
    const mutatedJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "\\", ":", "\n", "x", "-", "0", "\u0001", " "), fc.nat(3))
      .map(([json, at, insert, cut]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + cut);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutatedJson), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const error = scanJson(text).syntaxError;
        expect(error === null).toBe(parses);
        if (error) expect(error.offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("locateJsonPaths", () => {
  test("locateJsonPaths finds existing values and falls back to the nearest ancestor", () => {
    const at = locateJsonPaths(TEXT, ["relations[0].id", "relations[0].citations[0].gloss", "relations[7].kind", "nothing", ""]);
    expect(at.get("relations[0].id")).toBe(TEXT.indexOf('"r1"'));
    expect(at.get("relations[0].citations[0].gloss")).toBe(TEXT.indexOf('{ "quote"'));
    expect(at.get("relations[7].kind")).toBe(TEXT.indexOf("[\n    {"));
    expect(at.get("nothing")).toBe(0);
    expect(at.get("")).toBe(0);
  });
  test("locateJsonPaths points at the first character of a document that starts with whitespace", () => {
    expect(locateJsonPaths("\n\n  [1]", ["[5]", "%%%"]).get("%%%")).toBe(4);
  });
});

describe("lineIndex", () => {
  test("lineIndex counts LF, CRLF and lone CR as one line end each, columns from 1", () => {
    const at = lineIndex("ab\ncd\r\nef\rgh");
    expect(at(0)).toEqual({ line: 1, column: 1 });
    expect(at(2)).toEqual({ line: 1, column: 3 });
    expect(at(3)).toEqual({ line: 2, column: 1 });
    expect(at(5)).toEqual({ line: 2, column: 3 });
    expect(at(7)).toEqual({ line: 3, column: 1 });
    expect(at(10)).toEqual({ line: 4, column: 1 });
    expect(at(11)).toEqual({ line: 4, column: 2 });
  });
  test("lineIndex counts columns in UTF-16 code units", () => {
    expect(lineIndex("é😀x")(3)).toEqual({ line: 1, column: 4 });
  });
});
