/**
 * When is a layout settled? Compares two snapshots of node positions: the mean displacement,
 * relative to the size of the graph, must stay under a threshold for a number of consecutive
 * steps. Pure, unit-tested without a worker.
 */

export interface SettleOptions {
  /** Mean node displacement per step, as a fraction of the graph's extent, under which a step is calm. */
  readonly threshold: number;
  /** Consecutive calm steps after which the layout is settled. */
  readonly calmSteps: number;
}

type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;

/** Mean displacement between two snapshots divided by the larger side of the current extent. */
export function relativeMovement(before: Positions, after: Positions): number {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  let moved = 0;
  let n = 0;
  for (const [id, p] of after) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
    const q = before.get(id);
    if (!q) continue;
    moved += Math.hypot(p.x - q.x, p.y - q.y);
    n++;
  }
  if (n === 0) return 0;
  const extent = Math.max(maxX - minX, maxY - minY);
  return extent > 0 ? moved / n / extent : 0;
}

/** One settle step: the new count of consecutive calm steps, and whether that is enough. */
export function settledAfter(before: Positions, after: Positions, calm: number, options: SettleOptions): { calm: number; settled: boolean } {
  const next = relativeMovement(before, after) < options.threshold ? calm + 1 : 0;
  return { calm: next, settled: next >= options.calmSteps };
}
