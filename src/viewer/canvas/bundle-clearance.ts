/**
 * Keep nodes off bundles of parallel edges. Sigma spreads the n parallel edges of a pair on
 * quadratic curves whose middles stand up to (n-1)/4 × spread × length away from the straight
 * line; ForceAtlas2 knows nothing of that and may park a third node inside the bundle, on top of
 * its labels. After the layout, each such node is pushed sideways out of the band. Pure.
 */

export interface Point {
  x: number;
  y: number;
}

/** The key of the pair of nodes `a` and `b`, the same whichever way an edge joins them. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** A bundle: the two ends of a pair joined by `count` parallel edges. */
export interface Bundle {
  readonly a: string;
  readonly b: string;
  readonly count: number;
}

/** Half-width of the band a bundle's curves fill at its middle, as a fraction of its length. */
export function bandHalfWidth(count: number, spread: number): number {
  return (Math.max(0, count - 1) / 4) * spread;
}

/**
 * How deep `point` stands inside the band of the bundle from `a` to `b`, as a fraction of the
 * bundle's length (≤ 0: outside). The outermost curves are quadratic Béziers: at fraction t of
 * the way they stand 4·t·(1−t)·halfWidth off the line; the band is widened by `margin`.
 */
export function bandDepth(point: Point, a: Point, b: Point, count: number, spread: number, margin: number): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy);
  if (length === 0 || count < 2) return -Infinity;
  const t = ((point.x - a.x) * dx + (point.y - a.y) * dy) / (length * length);
  if (t <= 0 || t >= 1) return -Infinity;
  const side = Math.abs((point.x - a.x) * -dy + (point.y - a.y) * dx) / length;
  return 4 * t * (1 - t) * bandHalfWidth(count, spread) + margin - side / length;
}

/**
 * The control point of sigma's `pathCurved` quadratic curve from `source` to `target` bent by
 * `curvature`: the chord's middle moved curvature × length along the chord's left normal
 * (−dy, dx), in sigma's graph space (y up). The curve's own middle, (source + 2·control + target)/4,
 * stands half as far off the chord. In viewport pixels (y down) the same curve has the control
 * point of `-curvature`.
 *
 * @param source - the edge's source.
 * @param target - the edge's target.
 * @param curvature - sigma's `curvature` (0: straight).
 */
export function curveControlPoint(source: Point, target: Point, curvature: number): Point {
  return { x: (source.x + target.x) / 2 - (target.y - source.y) * curvature, y: (source.y + target.y) / 2 + (target.x - source.x) * curvature };
}

/**
 * The curvature (sigma's `pathCurved`, see curveControlPoint) that bends a single edge from `source` to `target` out of every
 * bundle's band, so its label (at the curve's middle) does not sit on the bundle: `0` when the
 * straight edge's middle is already clear, else the smallest bend, either way, whose middle is
 * clear (or, failing that, the one least deep inside a band).
 */
export function bendAwayFromBundles(source: Point, target: Point, bundles: readonly { a: Point; b: Point; count: number }[], spread: number, margin = 0.06): number {
  if (source.x === target.x && source.y === target.y) return 0;
  const depthAt = (c: number) => {
    // Middle of the quadratic curve: half-way between the chord's middle and the control point.
    const k = curveControlPoint(source, target, c);
    const p = { x: (source.x + 2 * k.x + target.x) / 4, y: (source.y + 2 * k.y + target.y) / 4 };
    return Math.max(-Infinity, ...bundles.map((bd) => bandDepth(p, bd.a, bd.b, bd.count, spread, margin)));
  };
  if (depthAt(0) <= 0) return 0;
  const candidates = [0.2, -0.2, 0.3, -0.3, 0.4, -0.4, 0.5, -0.5, 0.6, -0.6];
  const clear = candidates.find((c) => depthAt(c) <= 0);
  if (clear !== undefined) return clear;
  return candidates.reduce((best, c) => (depthAt(c) < depthAt(best) ? c : best), 0);
}

/**
 * New positions for the nodes standing inside a bundle's band (between 10% and 90% of its
 * length, nearer the line than the band's half-width plus `margin` × length): each is moved
 * perpendicular to the bundle, away from it, to the band's edge. Other nodes are not returned.
 */
export function clearBundles(positions: ReadonlyMap<string, Point>, bundles: readonly Bundle[], spread: number, margin = 0.15): Map<string, Point> {
  const moved = new Map<string, Point>();
  const at = (id: string) => moved.get(id) ?? positions.get(id);
  for (const bundle of bundles) {
    if (bundle.count < 2) continue;
    const A = at(bundle.a);
    const B = at(bundle.b);
    if (!A || !B) continue;
    const dx = B.x - A.x;
    const dy = B.y - A.y;
    const length = Math.hypot(dx, dy);
    if (length === 0) continue;
    const ux = dx / length;
    const uy = dy / length;
    const need = (bandHalfWidth(bundle.count, spread) + margin) * length;
    for (const [id] of positions) {
      if (id === bundle.a || id === bundle.b) continue;
      const P = at(id)!;
      const t = ((P.x - A.x) * ux + (P.y - A.y) * uy) / length;
      if (t < 0.1 || t > 0.9) continue;
      const side = (P.x - A.x) * -uy + (P.y - A.y) * ux;
      if (Math.abs(side) >= need) continue;
      const sign = side >= 0 ? 1 : -1;
      const push = sign * need - side;
      moved.set(id, { x: P.x - uy * push, y: P.y + ux * push });
    }
  }
  return moved;
}
