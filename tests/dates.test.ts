// parseDate and datesOverlap: precision kept, never a day invented, invalid dates refused.
import { describe, expect, test } from "vitest";
import { datesOverlap, parseDate } from "../src/graph/dates.ts";

describe("parseDate", () => {
  test("parseDate keeps year, month and day precision with the range of days covered", () => {
    expect(parseDate("2015")).toEqual({ value: "2015", precision: "year", start: "2015-01-01", end: "2015-12-31" });
    expect(parseDate("2019-07")).toEqual({ value: "2019-07", precision: "month", start: "2019-07-01", end: "2019-07-31" });
    expect(parseDate("2024-02")!.end).toBe("2024-02-29");
    expect(parseDate("2023-02")!.end).toBe("2023-02-28");
    expect(parseDate("2019-07-22")).toEqual({ value: "2019-07-22", precision: "day", start: "2019-07-22", end: "2019-07-22" });
  });
  test.each(["2019-13", "2019-00", "2019-02-30", "2023-02-29", "0000", "19-07", "2019/07", "2019-7", "", "July 2019"])(
    "parseDate(%j) is null",
    (value) => expect(parseDate(value)).toBeNull(),
  );
});

describe("datesOverlap", () => {
  test("datesOverlap compares day ranges inclusively", () => {
    const july = parseDate("2019-07")!;
    expect(datesOverlap(july, parseDate("2019-07-31")!)).toBe(true);
    expect(datesOverlap(july, parseDate("2019-08-01")!)).toBe(false);
    expect(datesOverlap(parseDate("2019")!, july)).toBe(true);
  });
});
