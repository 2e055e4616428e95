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
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length]!;
}

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
