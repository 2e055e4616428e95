/**
 * "Did you mean" hints: the known name closest to a mistyped one (`foundd` → `founded`).
 *
 * Bounded work whatever the input: names longer than `MAX_SUGGEST_LENGTH` get no hint, and the
 * edit distance stops as soon as a row exceeds the largest distance worth suggesting, so a 9 MB
 * unknown key costs nothing (a full edit distance over it took seconds and a gigabyte).
 */

/** Names longer than this get no suggestion. */
export const MAX_SUGGEST_LENGTH = 64;

/**
 * Edit distance (insertions, deletions, substitutions) between `a` and `b`, or `limit + 1` as
 * soon as it is known to exceed `limit`.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // two rows, reused between calls (a file of 100,000 unknown keys compares each with every field)
  const width = b.length + 1;
  if (rows.length < 2 * width) rows = new Int32Array(Math.max(2 * width, 2 * rows.length));
  let prev = 0;
  let row = width;
  for (let j = 0; j < width; j++) rows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const v = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      rows[row + j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    const t = prev;
    prev = row;
    row = t;
  }
  return rows[prev + b.length]!;
}

/** The rows `boundedEditDistance` works in. */
let rows = new Int32Array(2 * (MAX_SUGGEST_LENGTH + 1));

/**
 * The candidate closest to `name`: the same name in another case, else one within two edits
 * (the first of the closest), else `undefined`.
 *
 * @param name - what was written.
 * @param candidates - the known names.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  if (name.length > MAX_SUGGEST_LENGTH) return undefined;
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const c of candidates) {
    if (c.toLowerCase() === lower) return c;
    const d = boundedEditDistance(c, name, 2);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)`, or `""` when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = closestName(name, candidates);
  return near === undefined ? "" : ` (did you mean "${near}"?)`;
}
