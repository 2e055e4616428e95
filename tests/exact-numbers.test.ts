// exact-numbers: whether the double JSON.parse read is the number the text writes.
import { describe, expect, test } from "vitest";
import { isSubnormal, numberTextAt, sameNumber } from "../src/graph/input/exact-numbers.ts";

describe("sameNumber", () => {
  test("sameNumber holds when the text and the double written back are one number, whatever the notation", () => {
    for (const [raw, value] of [["12.50", 12.5], ["1.25e1", 12.5], ["0.1", 0.1], ["1e9", 1e9], ["1000000000.0", 1e9], ["-3", -3], ["0", 0], ["0.000", 0], ["9007199254740992", 2 ** 53], ["1.7976931348623157e308", Number.MAX_VALUE]] as const) {
      expect([raw, sameNumber(raw, value)]).toEqual([raw, true]);
    }
  });
  test("sameNumber fails when JSON.parse changed the number: digits a double cannot hold, underflow, overflow", () => {
    for (const raw of ["9007199254740993", "1e-400", "1.00000000000000001", "13000000000.000000001", "123456789012345678901234567890"]) {
      expect([raw, sameNumber(raw, JSON.parse(raw) as number)]).toEqual([raw, false]);
    }
    expect(sameNumber("1e400", Infinity)).toBe(false);
  });
});

describe("numberTextAt / isSubnormal", () => {
  test("numberTextAt reads the JSON number token at an offset", () => {
    expect(numberTextAt('{"value": -1.5e-7, "x": 2}', 10)).toBe("-1.5e-7");
    expect(numberTextAt('{"value": "1"}', 10)).toBeUndefined();
  });
  test("isSubnormal holds below 2^-1022 only", () => {
    expect(isSubnormal(5e-324)).toBe(true);
    expect(isSubnormal(2.2250738585072014e-308)).toBe(false);
    expect(isSubnormal(0)).toBe(false);
  });
});
