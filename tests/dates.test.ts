// parseDate, periodsOverlap and claimPeriod: precision kept, never a day invented, invalid dates
// refused, and the days a claim holds or happens read from its time qualifiers.
import { describe, expect, test } from "vitest";
import { claimPeriod, parseDate, periodsOverlap } from "../src/graph/dates.ts";
import type { TimeQualifier } from "../src/graph/model.ts";

const d = (value: string): TimeQualifier => parseDate(value)!;

describe("parseDate", () => {
  test("parseDate keeps year, month and day precision with the first and last day covered", () => {
    expect(parseDate("2015")).toEqual({ value: "2015", precision: "year", first: "2015-01-01", last: "2015-12-31" });
    expect(parseDate("2019-07")).toEqual({ value: "2019-07", precision: "month", first: "2019-07-01", last: "2019-07-31" });
    expect(parseDate("2024-02")!.last).toBe("2024-02-29");
    expect(parseDate("2023-02")!.last).toBe("2023-02-28");
    expect(parseDate("2019-07-22")).toEqual({ value: "2019-07-22", precision: "day", first: "2019-07-22", last: "2019-07-22" });
  });
  test.each(["2019-13", "2019-00", "2019-02-30", "2023-02-29", "0000", "19-07", "2019/07", "2019-7", "", "July 2019", "2019-07-22T10:00"])(
    "parseDate(%j) is null",
    (value) => expect(parseDate(value)).toBeNull(),
  );
});

describe("periodsOverlap", () => {
  test("periodsOverlap compares day ranges inclusively", () => {
    const july = { from: "2019-07-01", to: "2019-07-31" };
    expect(periodsOverlap(july, { from: "2019-07-31", to: "2019-07-31" })).toBe(true);
    expect(periodsOverlap(july, { from: "2019-08-01", to: "2019-08-01" })).toBe(false);
    expect(periodsOverlap({ from: "2019-01-01", to: "2019-12-31" }, july)).toBe(true);
    expect(periodsOverlap({ from: "2019-06-01", to: "2019-06-30" }, july)).toBe(false);
  });
  test("periodsOverlap reads a null bound as open on that side", () => {
    const since2019 = { from: "2019-07-01", to: null };
    expect(periodsOverlap(since2019, { from: "2030-01-01", to: "2030-12-31" })).toBe(true);
    expect(periodsOverlap(since2019, { from: "2018-01-01", to: "2019-06-30" })).toBe(false);
    const until2014 = { from: null, to: "2014-12-31" };
    expect(periodsOverlap(until2014, { from: "1900-01-01", to: "1900-01-01" })).toBe(true);
    expect(periodsOverlap(until2014, { from: "2015-01-01", to: null })).toBe(false);
    expect(periodsOverlap({ from: null, to: null }, { from: "2015-01-01", to: "2015-01-01" })).toBe(true);
  });
});

describe("claimPeriod", () => {
  const published = d("2024-03-05");
  test("claimPeriod: a point in time covers its days", () => {
    expect(claimPeriod({ type: "event", pointInTime: d("2015") }, published)).toEqual({ from: "2015-01-01", to: "2015-12-31", ongoing: false });
    expect(claimPeriod({ type: "relation", pointInTime: d("2019-07") }, null)).toEqual({ from: "2019-07-01", to: "2019-07-31", ongoing: false });
  });
  test("claimPeriod: a start and an end bound the period, a missing start leaves it open", () => {
    expect(claimPeriod({ type: "relation", start: d("2015"), end: d("2018-06") }, published)).toEqual({ from: "2015-01-01", to: "2018-06-30", ongoing: false });
    expect(claimPeriod({ type: "relation", end: d("2018") }, published)).toEqual({ from: null, to: "2018-12-31", ongoing: false });
  });
  test("claimPeriod: a start without an end is ongoing, up to the article's date when it has one", () => {
    expect(claimPeriod({ type: "relation", start: d("2019-07") }, published)).toEqual({ from: "2019-07-01", to: "2024-03-05", ongoing: true });
    expect(claimPeriod({ type: "relation", start: d("2019-07") }, null)).toEqual({ from: "2019-07-01", to: null, ongoing: true });
    expect(claimPeriod({ type: "relation", start: d("2019-07") }, d("2024"))).toEqual({ from: "2019-07-01", to: "2024-12-31", ongoing: true });
    expect(claimPeriod({ type: "event", start: d("2020") }, undefined)).toEqual({ from: "2020-01-01", to: null, ongoing: true });
  });
  test("claimPeriod: an announced state holds from its announcement on; an announced event is placed at it", () => {
    expect(claimPeriod({ type: "relation", announced: d("2019-07") }, null)).toEqual({ from: "2019-07-01", to: null, ongoing: true });
    expect(claimPeriod({ type: "event", announced: d("2019-07") }, published)).toEqual({ from: "2019-07-01", to: "2019-07-31", ongoing: false });
    // a start or an end says more than the announcement
    expect(claimPeriod({ type: "relation", announced: d("2019-07"), start: d("2020") }, null)).toEqual({ from: "2020-01-01", to: null, ongoing: true });
    expect(claimPeriod({ type: "event", announced: d("2019-07"), end: d("2021") }, null)).toEqual({ from: null, to: "2021-12-31", ongoing: false });
  });
  test("claimPeriod is undefined without a time qualifier", () => {
    expect(claimPeriod({ type: "relation" }, published)).toBeUndefined();
    expect(claimPeriod({ type: "event" }, null)).toBeUndefined();
  });
});
