/**
 * Turn a finished layout so that its long axis follows the long side of the canvas (a tall
 * canvas gets a tall graph), which lets sigma frame it larger. Rotation about the centroid by
 * the smallest angle that aligns the principal axis of the node positions; a graph with no
 * clear axis is left as it is. Pure.
 */
import type { Point } from "./bundle-clearance.ts";

/** Angle (radians, in (-π/2, π/2]) of the principal axis of `points`, or null when they have none. */
export function principalAngle(points: readonly Point[]): number | null {
  if (points.length < 2) return null;
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  let xx = 0;
  let yy = 0;
  let xy = 0;
  for (const p of points) {
    xx += (p.x - cx) ** 2;
    yy += (p.y - cy) ** 2;
    xy += (p.x - cx) * (p.y - cy);
  }
  if (Math.hypot(xx - yy, 2 * xy) < 1e-9 * (xx + yy + 1e-12)) return null;
  return 0.5 * Math.atan2(2 * xy, xx - yy);
}

/**
 * Positions turned so their principal axis lies horizontal (`wide` true) or vertical. When the
 * spread is nearly the same along every axis (ratio under `minRatio`), positions come back unchanged.
 */
export function orient(positions: ReadonlyMap<string, Point>, wide: boolean, minRatio = 1.15): Map<string, Point> {
  const pts = [...positions.values()];
  const angle = principalAngle(pts);
  const out = new Map([...positions].map(([k, p]) => [k, { x: p.x, y: p.y }]));
  if (angle === null) return out;
  const cx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const cy = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  // Spread along and across the principal axis.
  const ux = Math.cos(angle);
  const uy = Math.sin(angle);
  let along = 0;
  let across = 0;
  for (const p of pts) {
    along += ((p.x - cx) * ux + (p.y - cy) * uy) ** 2;
    across += ((p.x - cx) * -uy + (p.y - cy) * ux) ** 2;
  }
  if (across > 0 && along / across < minRatio ** 2) return out;
  let turn = (wide ? 0 : Math.PI / 2) - angle;
  // Smallest equivalent turn (an axis has no direction): into (-π/2, π/2].
  while (turn > Math.PI / 2) turn -= Math.PI;
  while (turn <= -Math.PI / 2) turn += Math.PI;
  const c = Math.cos(turn);
  const s = Math.sin(turn);
  for (const [k, p] of positions) {
    const dx = p.x - cx;
    const dy = p.y - cy;
    out.set(k, { x: cx + dx * c - dy * s, y: cy + dx * s + dy * c });
  }
  return out;
}
