/**
 * Dates kept at their precision, and the period a claim covers.
 *
 * `2015` covers 2015-01-01…2015-12-31, `2019-07` covers 2019-07-01…2019-07-31; a day is never
 * invented. A claim's period (`claimPeriod`) is read from its time qualifiers:
 * - `pointInTime`: the days it covers;
 * - `start` and/or `end`: from the start's first day to the end's last day; a missing start is
 *   unbounded (`from: null`); a start without an end is **ongoing**: it holds up to the article's
 *   date when the article has one, else without bound (`to: null`);
 * - only `announced`: a state holds from its announcement on (ongoing, as above); an event is
 *   placed at its announcement;
 * - none: no period (date filters never match it).
 */
import type { DatePrecision } from "./values.ts";
import type { DateValue, Period, TimeQualifier } from "./model.ts";

const DATE_RE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a date with its precision and the days it covers.
 *
 * @param value - the date as written.
 * @returns the date, or `null` for anything else (`2019-13`, `2019-02-30`, `19-07`, `0000`).
 */
export function parseDate(value: string): DateValue | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) {
    return { value, precision: "year", first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { value, precision: "month", first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { value, precision: "day" as DatePrecision, first: value, last: value };
}

/** True when two day ranges overlap (`null` bounds are open). */
export function periodsOverlap(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  return (a.from === null || b.to === null || a.from <= b.to) && (b.from === null || a.to === null || b.from <= a.to);
}

/** The time qualifiers of a claim, as `periodOf` reads them. */
export interface TimeQualifiers {
  readonly start?: TimeQualifier;
  readonly end?: TimeQualifier;
  readonly pointInTime?: TimeQualifier;
  readonly announced?: TimeQualifier;
}

/** A claim's type and time qualifiers, as `claimPeriod` reads them. */
export interface TimedClaim extends TimeQualifiers {
  readonly type: "relation" | "event";
}

/**
 * The days a claim holds or happens (see the module header for the rules).
 *
 * @param claim - its type (relations are states, ongoing without an end; events happen) and time qualifiers.
 * @param published - the article's date (`YYYY[-MM[-DD]]`), which bounds ongoing states; absent: unbounded.
 * @returns the period, or `undefined` when the claim has no time qualifier.
 */
export function claimPeriod(claim: TimedClaim, published: DateValue | null | undefined): Period | undefined {
  return periodOf(claim.type, claim, published);
}

/** `claimPeriod` with the type apart from the qualifiers (the loader's qualifiers have no type). */
export function periodOf(type: "relation" | "event", claim: TimeQualifiers, published: DateValue | null | undefined): Period | undefined {
  if (claim.pointInTime) return { from: claim.pointInTime.first, to: claim.pointInTime.last, ongoing: false };
  const from = claim.start ?? (type === "relation" || !claim.end ? claim.announced : undefined);
  if (claim.end) return { from: from?.first ?? null, to: claim.end.last, ongoing: false };
  if (!from) return undefined;
  if (type === "event" && !claim.start) return { from: from.first, to: from.last, ongoing: false };
  return { from: from.first, to: published ? published.last : null, ongoing: true };
}
