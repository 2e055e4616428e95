/**
 * Which edge labels to hide because they collide with others. sigma 4.0.4 draws every edge label
 * it is asked to (it has a label grid for node labels only), so the graph view computes where
 * each label lands on screen, as sigma's edge label shader places it, and hides the less
 * important of two overlapping ones. Pure (screen pixels in, ids out): unit-tested in Node.
 *
 * Geometry (sigma's, see its edge label shader): a label is centred on the middle of the edge's
 * body (between the two nodes' borders), runs along the edge (a quadratic Bézier when curved),
 * reads left to right whichever way the edge runs (sigma's `keepUpright`), stands `above` the
 * edge by half its thickness, the margin and 0.35 of the font size, and is clipped to the body;
 * sigma does not draw it at all when the body is shorter than 0.45 of its width.
 */

/** A point on the canvas, CSS pixels, y pointing down. */
export interface ScreenPoint {
  readonly x: number;
  readonly y: number;
}

/** Where an edge and its label are on screen (all lengths in CSS pixels). */
export interface EdgeLabelGeometry {
  readonly source: ScreenPoint;
  readonly target: ScreenPoint;
  /** Radii of the source and target nodes: the edge's body runs between their borders. */
  readonly sourceRadius: number;
  readonly targetRadius: number;
  /** sigma's curvature of a `curved` path (the control point stands curvature × length off the middle); 0: straight. */
  readonly curvature: number;
  /** The edge's thickness. */
  readonly thickness: number;
  /** The label's width and font size, and its gap to the edge. */
  readonly textWidth: number;
  readonly fontSize: number;
  readonly margin: number;
  /** Which side of the edge, in its reading direction (sigma's labelPosition). */
  readonly position: "above" | "below" | "over";
}

/** A rectangle turned by `angle` (radians, screen y down) around its centre. */
export interface LabelBox {
  readonly cx: number;
  readonly cy: number;
  readonly halfWidth: number;
  readonly halfHeight: number;
  readonly angle: number;
}

/** A label as drawn: its reading angle at the middle, and rectangles covering it along its curve. */
export interface EdgeLabelShape {
  /** Reading direction at the label's middle (radians, screen y down), within [-π/2, π/2]: never upside down. */
  readonly angle: number;
  /** The label's middle. */
  readonly centre: ScreenPoint;
  readonly boxes: readonly LabelBox[];
  /** The axis-aligned rectangle around the boxes (a quick first test, see shapesOverlap). */
  readonly bounds: { readonly x0: number; readonly y0: number; readonly x1: number; readonly y1: number };
}

/** Fraction of its width the body must have for sigma to draw a label (its minVisibilityThreshold). */
export const MIN_VISIBLE_FRACTION = 0.45;
/** Samples along an edge when measuring it. */
const SAMPLES = 48;
/** Longest stretch of a label one rectangle covers (a curved label is covered by several). */
const SEGMENT = 24;

/**
 * The reading angle of text along direction (`dx`, `dy`) on screen, turned half a turn when it
 * points left (as sigma's `keepUpright` does): always within [-π/2, π/2].
 */
export function uprightAngle(dx: number, dy: number): number {
  return dx < 0 ? Math.atan2(-dy, -dx) : Math.atan2(dy, dx);
}

function bezier(g: EdgeLabelGeometry): (t: number) => { p: ScreenPoint; d: ScreenPoint } {
  const { source: s, target: e } = g;
  // control point: sigma turns the source→target vector +90° in graph space (y up), which on
  // screen (y down) is (dy, -dx)
  const c = { x: (s.x + e.x) / 2 + g.curvature * (e.y - s.y), y: (s.y + e.y) / 2 - g.curvature * (e.x - s.x) };
  return (t) => {
    const u = 1 - t;
    return {
      p: { x: u * u * s.x + 2 * u * t * c.x + t * t * e.x, y: u * u * s.y + 2 * u * t * c.y + t * t * e.y },
      d: { x: 2 * u * (c.x - s.x) + 2 * t * (e.x - c.x), y: 2 * u * (c.y - s.y) + 2 * t * (e.y - c.y) },
    };
  };
}

/**
 * The shape of an edge's label on screen, or null when sigma does not draw it (its edge's body
 * is too short for it, or it has no width).
 *
 * @param g - the edge and its label on screen.
 */
export function edgeLabelShape(g: EdgeLabelGeometry): EdgeLabelShape | null {
  if (!(g.textWidth > 0)) return null;
  const at = bezier(g);
  // arc length at each sample, and where the body starts and ends (out of both nodes)
  const points = Array.from({ length: SAMPLES + 1 }, (_, i) => at(i / SAMPLES));
  const dist = [0];
  for (let i = 1; i < points.length; i++) dist.push(dist[i - 1]! + Math.hypot(points[i]!.p.x - points[i - 1]!.p.x, points[i]!.p.y - points[i - 1]!.p.y));
  const outside = (i: number) =>
    Math.hypot(points[i]!.p.x - g.source.x, points[i]!.p.y - g.source.y) >= g.sourceRadius && Math.hypot(points[i]!.p.x - g.target.x, points[i]!.p.y - g.target.y) >= g.targetRadius;
  let first = -1;
  let last = -1;
  points.forEach((_, i) => {
    if (!outside(i)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) return null;
  const start = dist[first]!;
  const body = dist[last]! - start;
  if (body < MIN_VISIBLE_FRACTION * g.textWidth) return null;
  const span = Math.min(g.textWidth, body);
  const middle = start + body / 2;
  const pointAt = (d: number) => {
    let i = 1;
    while (i < SAMPLES && dist[i]! < d) i++;
    const f = dist[i]! > dist[i - 1]! ? (d - dist[i - 1]!) / (dist[i]! - dist[i - 1]!) : 0;
    const a = points[i - 1]!;
    const b = points[i]!;
    return { x: a.p.x + f * (b.p.x - a.p.x), y: a.p.y + f * (b.p.y - a.p.y), dx: a.d.x + f * (b.d.x - a.d.x), dy: a.d.y + f * (b.d.y - a.d.y) };
  };
  const mid = pointAt(middle);
  // the reading direction at the middle decides the side for the whole label (sigma's readingSign)
  const sign = mid.dx < 0 ? -1 : 1;
  const side = g.position === "over" ? 0 : (g.position === "above" ? 1 : -1) * (g.thickness / 2 + g.margin + 0.35 * g.fontSize);
  const len = Math.hypot(mid.dx, mid.dy) || 1;
  const centre = { x: mid.x + ((sign * mid.dy) / len) * side, y: mid.y - ((sign * mid.dx) / len) * side };
  const pieces = Math.max(1, Math.ceil(span / SEGMENT));
  const boxes: LabelBox[] = [];
  for (let k = 0; k < pieces; k++) {
    const q = pointAt(middle - span / 2 + ((k + 0.5) * span) / pieces);
    const len = Math.hypot(q.dx, q.dy) || 1;
    const rx = (sign * q.dx) / len;
    const ry = (sign * q.dy) / len;
    // "above" in the reading direction: turned -90° on screen (y down)
    boxes.push({ cx: q.x + ry * side, cy: q.y - rx * side, halfWidth: span / pieces / 2, halfHeight: g.fontSize / 2, angle: Math.atan2(ry, rx) });
  }
  const bounds = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const b of boxes) {
    const ex = b.halfWidth * Math.abs(Math.cos(b.angle)) + b.halfHeight * Math.abs(Math.sin(b.angle));
    const ey = b.halfWidth * Math.abs(Math.sin(b.angle)) + b.halfHeight * Math.abs(Math.cos(b.angle));
    bounds.x0 = Math.min(bounds.x0, b.cx - ex);
    bounds.x1 = Math.max(bounds.x1, b.cx + ex);
    bounds.y0 = Math.min(bounds.y0, b.cy - ey);
    bounds.y1 = Math.max(bounds.y1, b.cy + ey);
  }
  return { angle: uprightAngle(mid.dx, mid.dy), centre, boxes, bounds };
}

function project(b: LabelBox, ax: number, ay: number): [number, number] {
  const c = b.cx * ax + b.cy * ay;
  const cos = Math.cos(b.angle);
  const sin = Math.sin(b.angle);
  const r = b.halfWidth * Math.abs(cos * ax + sin * ay) + b.halfHeight * Math.abs(-sin * ax + cos * ay);
  return [c - r, c + r];
}

/** True when two turned rectangles overlap (separating axis test; touching is not overlapping). */
export function boxesOverlap(a: LabelBox, b: LabelBox): boolean {
  for (const angle of [a.angle, a.angle + Math.PI / 2, b.angle, b.angle + Math.PI / 2]) {
    const ax = Math.cos(angle);
    const ay = Math.sin(angle);
    const [a0, a1] = project(a, ax, ay);
    const [b0, b1] = project(b, ax, ay);
    if (a1 <= b0 || b1 <= a0) return false;
  }
  return true;
}

/** True when two label shapes overlap anywhere. */
export function shapesOverlap(a: EdgeLabelShape, b: EdgeLabelShape): boolean {
  // apart bounds: no box can meet (most pairs, on a few hundred labels)
  if (a.bounds.x1 <= b.bounds.x0 || b.bounds.x1 <= a.bounds.x0 || a.bounds.y1 <= b.bounds.y0 || b.bounds.y1 <= a.bounds.y0) return false;
  return a.boxes.some((x) => b.boxes.some((y) => boxesOverlap(x, y)));
}

/** An edge label competing for room on screen. */
export interface LabelCandidate {
  readonly id: string;
  readonly shape: EdgeLabelShape;
  /** Always drawn (the selected, hovered or focused edges'), whatever it overlaps. */
  readonly kept: boolean;
}

/**
 * The labels to hide so that no two drawn labels overlap: the kept ones are drawn first (even
 * over each other), then the others in the order given (most important first), each one only if
 * it overlaps none drawn before it.
 *
 * @param candidates - the labels sigma would draw, most important first.
 * @returns the ids of the labels to hide.
 */
export function collidingLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const drawn: EdgeLabelShape[] = [];
  const hidden = new Set<string>();
  for (const c of candidates) if (c.kept) drawn.push(c.shape);
  for (const c of candidates) {
    if (c.kept) continue;
    if (drawn.some((d) => shapesOverlap(d, c.shape))) hidden.add(c.id);
    else drawn.push(c.shape);
  }
  return hidden;
}
