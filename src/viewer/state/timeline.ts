/**
 * Month arithmetic for the timeline filter. The timeline runs, month by month, from the month of
 * the earliest dated relation to the article's publication month (or the last dated relation's
 * month when the article has no date).
 */
import type { Story } from "../../graph/model.ts";

const MONTH_RE = /^([0-9]{4})-(0[1-9]|1[0-2])$/;

/** True for a `YYYY-MM` month. */
export function isMonth(value: string): boolean {
  return MONTH_RE.test(value);
}

/** Months since year 0 of a `YYYY-MM` month (or of the month of a `YYYY-MM-DD` day). */
export function monthIndex(value: string): number {
  return Number(value.slice(0, 4)) * 12 + Number(value.slice(5, 7)) - 1;
}

/** The `YYYY-MM` month of index `index` (inverse of `monthIndex`). */
export function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** The span of the timeline, or `null` when no relation of the story is dated. */
export interface TimelineBounds {
  /** First month (`YYYY-MM`): the month the earliest dated relation starts. */
  readonly first: string;
  /** Last month (`YYYY-MM`): the article's month, or the latest month a dated relation covers. */
  readonly last: string;
  /** Number of months from first to last, both included. */
  readonly months: number;
  readonly dated: number;
  readonly undated: number;
}

/** The timeline's bounds for `story`; `null` when no relation has a date. */
export function timelineBounds(story: Story): TimelineBounds | null {
  const dated = story.relations.filter((r) => r.date !== undefined);
  if (dated.length === 0) return null;
  let first = Infinity;
  let last = -Infinity;
  for (const r of dated) {
    first = Math.min(first, monthIndex(r.date!.start));
    last = Math.max(last, monthIndex(r.date!.end));
  }
  const published = story.article.published;
  if (published !== undefined && published.length >= 7) last = Math.max(last, monthIndex(published));
  else if (published !== undefined) last = Math.max(last, Number(published) * 12 + 11);
  return {
    first: monthAt(first),
    last: monthAt(last),
    months: last - first + 1,
    dated: dated.length,
    undated: story.relations.length - dated.length,
  };
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `2019-07` → `Jul 2019`. */
export function formatMonth(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? "?"} ${month.slice(0, 4)}`;
}
