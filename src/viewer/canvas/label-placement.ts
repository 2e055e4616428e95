/**
 * Where each node's label goes: on the side (right, left, above, below) farthest from the
 * directions of its edges, so labels do not sit on a bundle of edges. Graph coordinates have y
 * pointing up (as sigma draws them). Pure: unit-tested in Node.
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
  const angles = neighbours.filter((p) => p.x !== node.x || p.y !== node.y).map((p) => Math.atan2(p.y - node.y, p.x - node.x));
  if (angles.length === 0) return vertical ? "below" : "right";
  let best = vertical ? SIDES[3]! : SIDES[0]!;
  let bestGap = -1;
  for (const s of vertical ? SIDES.filter((x) => x.side === "above" || x.side === "below") : SIDES) {
    const gap = Math.min(...angles.map((a) => angularGap(a, s.angle)));
    // Left/right labels read better: prefer them unless above/below is clearly freer.
    const bonus = s.side === "right" || s.side === "left" ? 0.35 : 0;
    if (gap + bonus > bestGap + 1e-9) {
      best = s;
      bestGap = gap + bonus;
    }
  }
  return best.side;
}
