import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeList, encodeList } from "../src/graph/gexf/format.ts";

describe("encodeList", () => {
  it("encodeList quotes every item and escapes backslashes and double quotes", () => {
    expect(encodeList(["a", "b,c", 'd"e', "f\\g", "[h]"])).toBe('["a", "b,c", "d\\"e", "f\\\\g", "[h]"]');
  });
});

describe("decodeList", () => {
  it("decodeList is the inverse of encodeList for any strings", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "binary" })), (items) => {
        expect(decodeList(encodeList(items))).toEqual(items);
      }),
    );
  });
  it("decodeList reads graphology-gexf's 1.3 lists (bare, single-quoted and JSON-escaped items)", () => {
    expect(decodeList(`[a, 'b"c', "x\\ny", " d "]`)).toEqual(["a", 'b"c', "x\ny", " d "]);
  });
  it("decodeList reads GEXF 1.2 pipe lists and plain comma lists", () => {
    expect(decodeList("a|b | c")).toEqual(["a", "b", "c"]);
    expect(decodeList("1, 2,3")).toEqual(["1", "2", "3"]);
    expect(decodeList("")).toEqual([]);
    expect(decodeList("[]")).toEqual([]);
  });
});
