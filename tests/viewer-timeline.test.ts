// Timeline month arithmetic and bounds (src/viewer/state/timeline.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { isMonth, monthAt, monthIndex, timelineBounds } from "../src/viewer/state/timeline.ts";

const NOW = new Date(Date.UTC(2026, 11, 1));

describe("months", () => {
  test("isMonth accepts YYYY-MM only", () => {
    expect(isMonth("2019-07")).toBe(true);
    for (const bad of ["2019", "2019-7", "2019-00", "2019-13", "2019-07-01"]) expect(isMonth(bad)).toBe(false);
  });
  test("monthIndex and monthAt are inverse, also from a day", () => {
    expect(monthAt(monthIndex("2015-01"))).toBe("2015-01");
    expect(monthIndex("2019-07-22")).toBe(monthIndex("2019-07"));
    expect(monthIndex("2016-01") - monthIndex("2015-12")).toBe(1);
  });
});

describe("timelineBounds", () => {
  test("timelineBounds spans the default story from Jan 2015 to the present month: the partnership holds on and the article has no date", () => {
    expect(timelineBounds(defaultStory(), NOW)).toEqual({ first: "2015-01", last: "2026-12", months: 144, dated: 3, undated: 9, openEnded: 1 });
  });
  test("timelineBounds ends at the article's date, or at the latest end after it", () => {
    const s = defaultStory();
    const partnership = s.relations[0]!;
    // a published story: the ongoing partnership holds up to the article's date (claimPeriod)
    const published = { ...s, article: { ...s.article, published: "2023-01-19" }, relations: [{ ...partnership, period: { from: "2019-07-01", to: "2023-01-19", ongoing: true } }, ...s.relations.slice(1)] };
    expect(timelineBounds(published, NOW)).toMatchObject({ last: "2023-01", openEnded: 0 });
    const year = { ...published, article: { ...s.article, published: "2021" } };
    expect(timelineBounds(year, NOW)!.last).toBe("2023-01");
    const closed = { ...s, relations: s.relations.slice(1) };
    expect(timelineBounds(closed, NOW)).toMatchObject({ first: "2015-01", last: "2019-07", openEnded: 0 });
  });
  test("timelineBounds counts a claim with no known start from its end", () => {
    const s = defaultStory();
    const until = { ...s, relations: [{ ...s.relations[1]!, period: { from: null, to: "2012-05-31", ongoing: false } }], events: [] };
    expect(timelineBounds(until, NOW)).toMatchObject({ first: "2012-05", last: "2012-05", months: 1 });
  });
  test("timelineBounds is null when nothing is dated, and cached per story without `now`", () => {
    const s = defaultStory();
    expect(timelineBounds({ ...s, relations: s.relations.filter((r) => !r.period), events: s.events.filter((e) => !e.period) })).toBeNull();
    expect(timelineBounds(s)).toBe(timelineBounds(s));
  });
});
