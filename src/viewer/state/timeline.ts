/**
 * Month arithmetic and bounds for the timeline filter. The timeline runs, month by month, from the
 * earliest month a claim's period covers (`period.from`, or `period.to` when the start is unknown)
 * to the article's date, or to the latest month a period ends when that is later; a claim that
 * holds on without end (an ongoing state of an article without a date: `period.to` null) takes
 * the timeline up to the present month, so that the reader can see it still holds. A claim shows
 * when its period overlaps the chosen range (the library's time filter, graph/queries/claim-filter.ts).
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

/** The span of the timeline, or `null` when no claim of the story has a time. */
export interface TimelineBounds {
  /** First month (`YYYY-MM`): the earliest month a claim's period covers. */
  readonly first: string;
  /** Last month (`YYYY-MM`): the article's month, the latest month a period ends, or the present month (see `openEnded`). */
  readonly last: string;
  /** Number of months from first to last, both included. */
  readonly months: number;
  /** Claims with a period, and without. */
  readonly dated: number;
  readonly undated: number;
  /** Claims that hold on without end (ongoing, the article has no date): they took the timeline to the present month. */
  readonly openEnded: number;
}

const boundsCache = new WeakMap<Story, TimelineBounds | null>();

/**
 * The timeline's bounds for `story`; `null` when no claim has a time qualifier.
 *
 * @param now - the present (for claims without end); cached per story when not given.
 */
export function timelineBounds(story: Story, now?: Date): TimelineBounds | null {
  if (now === undefined && boundsCache.has(story)) return boundsCache.get(story)!;
  let first = Infinity;
  let last = -Infinity;
  let dated = 0;
  let undated = 0;
  let openEnded = 0;
  for (const c of [...story.relations, ...story.events]) {
    const p = c.period;
    if (!p) {
      undated++;
      continue;
    }
    dated++;
    const start = p.from ?? p.to;
    if (start !== null) first = Math.min(first, monthIndex(start));
    if (p.to !== null) last = Math.max(last, monthIndex(p.to));
    else openEnded++;
  }
  let result: TimelineBounds | null = null;
  if (dated > 0 && first !== Infinity) {
    const published = story.article.published;
    if (published !== undefined) last = Math.max(last, published.length >= 7 ? monthIndex(published) : Number(published.slice(0, 4)) * 12 + 11);
    else if (openEnded > 0) {
      const today = now ?? new Date();
      last = Math.max(last, today.getUTCFullYear() * 12 + today.getUTCMonth());
    }
    if (last < first) last = first;
    result = { first: monthAt(first), last: monthAt(last), months: last - first + 1, dated, undated, openEnded: published === undefined ? openEnded : 0 };
  }
  if (now === undefined) boundsCache.set(story, result);
  return result;
}
