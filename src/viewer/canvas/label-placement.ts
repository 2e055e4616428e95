/**
 * Where each node's label goes: on the side (right, left, above, below) farthest from the
 * directions of its edges, so labels do not sit on a bundle of edges (labelSide, in graph
 * coordinates, y pointing up as sigma draws them); and, on a canvas that frames the nodes only (a
 * phone's), another side when that one would run off the canvas (sideInside, in screen pixels).
 * Pure: unit-tested in Node.
 */

export type LabelSide = "right" | "left" | "above" | "below";

const SIDES: readonly { side: LabelSide; angle: number }[] = [
  { side: "right", angle: 0 },
  { side: "above", angle: Math.PI / 2 },
  { side: "left", angle: Math.PI },
  { side: "below", angle: -Math.PI / 2 },
];

function angularGap(a: number, b: number): number {
  const d = Math.abs(a - b) % (2 * Math.PI);
  return d > Math.PI ? 2 * Math.PI - d : d;
}

/**
 * The side for a label at `node`, whose neighbours stand at `neighbours`: the side whose
 * direction is farthest from every neighbour's direction (ties: right, above, left, below).
 * With no neighbour, `right` (`below` with `vertical`).
 *
 * @param vertical - above or below only: a long label (an event's) centred on its node takes half
 *   the width it takes beside it, and labels beside the outermost nodes use up the canvas's
 *   width, which shrinks the whole graph to fit them.
 */
export function labelSide(node: { x: number; y: number }, neighbours: readonly { x: number; y: number }[], vertical = false): LabelSide {
  return labelSides(node, neighbours, vertical)[0]!;
}

/**
 * Every side for a label at `node`, best first: labelSide's choice, then the others from the
 * freest to the most crowded. With `vertical`, above and below come first, right and left after
 * them (for sideInside, when neither above nor below fits).
 */
export function labelSides(node: { x: number; y: number }, neighbours: readonly { x: number; y: number }[], vertical = false): LabelSide[] {
  const angles = neighbours.filter((p) => p.x !== node.x || p.y !== node.y).map((p) => Math.atan2(p.y - node.y, p.x - node.x));
  // ties: right, above, left, below; vertical: above before below, but below with no neighbour
  const order = !vertical ? ["right", "above", "left", "below"] : angles.length === 0 ? ["below", "above", "right", "left"] : ["above", "below", "right", "left"];
  const scored = SIDES.map((s) => {
    const upright = s.side === "above" || s.side === "below";
    // no neighbour: the default order
    const gap = angles.length === 0 ? 0 : Math.min(...angles.map((a) => angularGap(a, s.angle)));
    // Left/right labels read better: prefer them unless above/below is clearly freer.
    const bonus = upright ? 0 : 0.35;
    return { side: s.side, rank: vertical && !upright ? 1 : 0, score: gap + bonus, tie: order.indexOf(s.side) };
  });
  scored.sort((a, b) => a.rank - b.rank || (Math.abs(a.score - b.score) > 1e-9 ? b.score - a.score : a.tie - b.tie));
  return scored.map((s) => s.side);
}

/** A node's label on screen (CSS px, y pointing down): the node's centre and radius, the label's size and gap. */
export interface ScreenLabel {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** The rectangle `label` takes at `side`. */
function labelRect(side: LabelSide, label: ScreenLabel): { x0: number; y0: number; x1: number; y1: number } {
  const gap = label.radius + label.margin;
  let x0: number;
  let y0: number;
  if (side === "right" || side === "left") {
    x0 = side === "right" ? label.x + gap : label.x - gap - label.width;
    y0 = label.y - label.height / 2;
  } else {
    x0 = label.x - label.width / 2;
    y0 = side === "below" ? label.y + gap : label.y - gap - label.height;
  }
  return { x0, y0, x1: x0 + label.width, y1: y0 + label.height };
}

/** How many pixels of `label` put at `side` fall outside a `width` × `height` canvas (summed over its four edges). */
export function labelOverflow(side: LabelSide, label: ScreenLabel, canvas: { readonly width: number; readonly height: number }): number {
  const { x0, y0, x1, y1 } = labelRect(side, label);
  return Math.max(0, -x0) + Math.max(0, x1 - canvas.width) + Math.max(0, -y0) + Math.max(0, y1 - canvas.height);
}

/** Something on screen a label should not cover: a node (its disc), or the middle of an edge (radius 0 or a few px). */
export interface Obstacle {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** How many of `obstacles` the label put at `side` covers. */
export function coveredObstacles(side: LabelSide, label: ScreenLabel, obstacles: readonly Obstacle[]): number {
  const { x0, y0, x1, y1 } = labelRect(side, label);
  let n = 0;
  for (const o of obstacles) {
    const dx = o.x - Math.min(Math.max(o.x, x0), x1);
    const dy = o.y - Math.min(Math.max(o.y, y0), y1);
    if (dx * dx + dy * dy < o.radius * o.radius || (dx === 0 && dy === 0)) n++;
  }
  return n;
}

/**
 * The side for a label that keeps it on the canvas: of the sides where it fits, the one covering
 * the fewest `obstacles` (ties: the earlier in `sides`, labelSides' order, best first); when none
 * fits (a label wider than the canvas), the one that overflows least.
 *
 * @param sides - the sides in the order labelSides gives (at least one).
 * @param label - the node and its label on screen.
 * @param canvas - the canvas's size in CSS px.
 * @param obstacles - the other nodes and the edges' middles: a label there would hide them, and
 *   take the taps meant for them.
 * @throws {RangeError} when `sides` is empty.
 */
export function sideInside(sides: readonly LabelSide[], label: ScreenLabel, canvas: { readonly width: number; readonly height: number }, obstacles: readonly Obstacle[] = []): LabelSide {
  if (sides.length === 0) throw new RangeError("sideInside: no side to choose from");
  const fitting = sides.filter((side) => labelOverflow(side, label, canvas) <= 0);
  if (fitting.length > 0) {
    if (fitting[0] === sides[0]) return sides[0]!;
    let best = fitting[0]!;
    let least = coveredObstacles(best, label, obstacles);
    for (const side of fitting.slice(1)) {
      const n = coveredObstacles(side, label, obstacles);
      if (n < least) {
        best = side;
        least = n;
      }
    }
    return best;
  }
  let best = sides[0]!;
  let least = labelOverflow(best, label, canvas);
  for (const side of sides.slice(1)) {
    const over = labelOverflow(side, label, canvas);
    if (over < least) {
      best = side;
      least = over;
    }
  }
  return best;
}
