// Timeline month arithmetic and bounds (src/viewer/state/timeline.ts).
import { describe, expect, test } from "vitest";
import { defaultStory } from "../src/data/story.ts";
import { formatMonth, isMonth, monthAt, monthIndex, timelineBounds } from "../src/viewer/state/timeline.ts";

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
  test("formatMonth names the month", () => {
    expect(formatMonth("2019-07")).toBe("Jul 2019");
  });
});

describe("timelineBounds", () => {
  test("timelineBounds spans the default story from Jan 2015 to Jul 2019", () => {
    expect(timelineBounds(defaultStory())).toEqual({ first: "2015-01", last: "2019-07", months: 55, dated: 4, undated: 7 });
  });
  test("timelineBounds extends to the article's publication date", () => {
    const s = defaultStory();
    const b = timelineBounds({ ...s, article: { ...s.article, published: "2023-01-19" } })!;
    expect(b.last).toBe("2023-01");
    expect(timelineBounds({ ...s, article: { ...s.article, published: "2021" } })!.last).toBe("2021-12");
  });
  test("timelineBounds is null when nothing is dated", () => {
    const s = defaultStory();
    expect(timelineBounds({ ...s, relations: s.relations.filter((r) => !r.date) })).toBeNull();
  });
});
