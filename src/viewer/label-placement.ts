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
 * With no neighbour, `right`.
 */
export function labelSide(node: { x: number; y: number }, neighbours: readonly { x: number; y: number }[]): LabelSide {
  const angles = neighbours.filter((p) => p.x !== node.x || p.y !== node.y).map((p) => Math.atan2(p.y - node.y, p.x - node.x));
  if (angles.length === 0) return "right";
  let best = SIDES[0]!;
  let bestGap = -1;
  for (const s of SIDES) {
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
