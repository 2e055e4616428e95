/**
 * Date qualifiers kept at their precision. `2015` covers 2015-01-01…2015-12-31, `2019-07`
 * covers 2019-07-01…2019-07-31; a day is never invented.
 */
import type { DatePrecision } from "./kinds.ts";
import type { DateQualifier } from "./model.ts";

const DATE_RE = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a qualifier with its precision and the range of
 * days it covers. Returns `null` for anything else (`2019-13`, `2019-02-30`, `19-07`).
 */
export function parseDate(value: string): DateQualifier | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] === undefined) {
    return { value, precision: "year", start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = daysInMonth(year, month);
  if (m[3] === undefined) {
    return { value, precision: "month", start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(last)}` };
  }
  const day = Number(m[3]);
  if (day < 1 || day > last) return null;
  return { value, precision: "day" as DatePrecision, start: value, end: value };
}

/** True when the two qualifiers' day ranges overlap. */
export function datesOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}
