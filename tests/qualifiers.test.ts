// QualifierChecker: time qualifiers and amounts checked, and grounded in the quotes of their claim.
import { describe, expect, test } from "vitest";
import { parseDate } from "../src/graph/dates.ts";
import { InvalidAmountError, InvalidDateError, TimeQualifierError, UngroundedQualifierError, UnknownCurrencyError } from "../src/graph/errors.ts";
import type { Citation } from "../src/graph/model.ts";
import { ProblemList } from "../src/graph/input/problems.ts";
import { QualifierChecker, type QualifierInput } from "../src/graph/input/qualifiers.ts";

const cite = (quote: string) => ({ quote }) as Citation;

function check(input: QualifierInput, quotes: string[] | null, options: { language?: string; published?: string; ungrounded?: string; type?: "relation" | "event" } = {}) {
  const problems = new ProblemList("buildStory");
  const checker = new QualifierChecker(
    options.language ?? "fr",
    options.published ? parseDate(options.published) : null,
    problems,
    options.ungrounded ? { reason: options.ungrounded } : undefined,
  );
  const out = checker.check(input, "events[0]", options.type ?? "event", quotes && quotes.map(cite));
  return { out, problems: problems.finish(), notices: problems.notices() };
}

const JULY = "En juillet 2019, Microsoft annonçait un investissement de 1 milliard de dollars dans OpenAI";

describe("QualifierChecker", () => {
  test("QualifierChecker accepts a date a quote states, or a coarser one, and refuses a more precise one", () => {
    expect(check({ announced: "2019-07" }, [JULY]).problems).toEqual([]);
    expect(check({ announced: "2019" }, [JULY]).problems).toEqual([]);
    const [p] = check({ announced: "2019-07-22" }, [JULY]).problems;
    expect(p).toBeInstanceOf(UngroundedQualifierError);
    expect(p!.path).toBe("events[0].announced");
  });

  test("QualifierChecker grounds an amount by value and currency, and says what the quotes state", () => {
    expect(check({ amount: { value: 1_000_000_000, currency: "USD" } }, [JULY]).problems).toEqual([]);
    const [p] = check({ amount: { value: 1_000_000_000, currency: "EUR" } }, [JULY]).problems;
    expect(p).toBeInstanceOf(UngroundedQualifierError);
    expect(p!.detail).toContain("they state 1 000 000 000 USD, 2019-07");
    const [q] = check({ amount: { value: 5, currency: "USD" } }, ["pas de chiffre ici"]).problems;
    expect(q!.detail).toContain("they state no date or amount");
  });

  test("QualifierChecker reads every quote of the claim (any one may state a qualifier)", () => {
    expect(check({ pointInTime: "2015", amount: { value: 13_000_000_000, currency: "USD" } }, ["fondée en 2015", "un investissement de 13 milliards de dollars"]).problems).toEqual([]);
  });

  test("QualifierChecker reads quotes in the article's language", () => {
    expect(check({ announced: "2024-03-04", amount: { value: 12_000_000, currency: "EUR" } }, ["On 4 March 2024, Northwind announced it had invested 12 million euros"], { language: "en" }).problems).toEqual([]);
  });

  test("QualifierChecker keeps an inferred qualifier with its reason, unchecked", () => {
    const { out, problems } = check({ start: { value: "2018", inferred: "our reading" }, amount: { value: 7, currency: "USD", inferred: "x" } }, [JULY], { type: "relation" });
    expect(problems).toEqual([]);
    expect(out.start).toEqual({ value: "2018", precision: "year", first: "2018-01-01", last: "2018-12-31", inferred: "our reading" });
    expect(out.amount).toEqual({ value: 7, currency: "USD", inferred: "x" });
  });

  test("QualifierChecker skips grounding when the claim's citations did not all anchor", () => {
    expect(check({ announced: "1999" }, null).problems).toEqual([]);
  });

  test("QualifierChecker under the storygraph/1 policy keeps an ungrounded qualifier, marked inferred, with a notice", () => {
    const { out, problems, notices } = check({ start: "2018" }, [JULY], { ungrounded: "migrated", type: "relation" });
    expect(problems).toEqual([]);
    expect(out.start?.inferred).toBe("migrated");
    expect(notices.map((n) => n.path)).toEqual(["events[0].start"]);
  });

  test("QualifierChecker refuses a point in time beside a start, an end before its start, and bad dates and amounts", () => {
    expect(check({ pointInTime: "2015", start: "2015" }, ["en 2015"]).problems.map((p) => [p.constructor, p.path])).toEqual([[TimeQualifierError, "events[0].pointInTime"]]);
    expect(check({ start: "2020", end: "2019" }, ["de 2019 à 2020"]).problems.map((p) => [p.constructor, p.path])).toEqual([[TimeQualifierError, "events[0].end"]]);
    expect(check({ start: "2019-02-30" }, null).problems.map((p) => p.constructor)).toEqual([InvalidDateError]);
    expect(check({ amount: { value: -1, currency: "XXQ" } }, null).problems.map((p) => p.constructor)).toEqual([InvalidAmountError, UnknownCurrencyError]);
  });

  test("QualifierChecker derives the period: ongoing states up to the article's date, events at their announcement", () => {
    expect(check({ announced: "2019-07" }, [JULY], { type: "relation", published: "2024-03-05" }).out.period).toEqual({ from: "2019-07-01", to: "2024-03-05", ongoing: true });
    expect(check({ announced: "2019-07" }, [JULY], { type: "relation" }).out.period).toEqual({ from: "2019-07-01", to: null, ongoing: true });
    expect(check({ announced: "2019-07" }, [JULY], { type: "event" }).out.period).toEqual({ from: "2019-07-01", to: "2019-07-31", ongoing: false });
    expect(check({}, [JULY]).out.period).toBeUndefined();
  });
});
