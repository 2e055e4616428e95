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

/** A node's label on screen (CSS px, y pointing down): the node's centre and radius, the label's size and gap. */
export interface ScreenLabel {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  readonly width: number;
  readonly height: number;
  readonly margin: number;
}

/** The sides tried after `side`, in order: the opposite one, then the other two. */
const FALLBACKS: Readonly<Record<LabelSide, readonly LabelSide[]>> = {
  right: ["left", "below", "above"],
  left: ["right", "below", "above"],
  above: ["below", "right", "left"],
  below: ["above", "right", "left"],
};

/** How many pixels of `label` put at `side` fall outside a `width` × `height` canvas (summed over its four edges). */
export function labelOverflow(side: LabelSide, label: ScreenLabel, canvas: { readonly width: number; readonly height: number }): number {
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
  const x1 = x0 + label.width;
  const y1 = y0 + label.height;
  return Math.max(0, -x0) + Math.max(0, x1 - canvas.width) + Math.max(0, -y0) + Math.max(0, y1 - canvas.height);
}

/**
 * The side for a label that keeps it on the canvas: `preferred` (labelSide's) when it fits;
 * else the opposite side, then below, then above (right and left, for a label preferring above or
 * below); when none fits (a label wider than the canvas), the one that overflows least.
 *
 * @param preferred - the side labelSide chose.
 * @param label - the node and its label on screen.
 * @param canvas - the canvas's size in CSS px.
 */
export function sideInside(preferred: LabelSide, label: ScreenLabel, canvas: { readonly width: number; readonly height: number }): LabelSide {
  let best = preferred;
  let least = labelOverflow(preferred, label, canvas);
  for (const side of FALLBACKS[preferred]) {
    if (least <= 0) break;
    const over = labelOverflow(side, label, canvas);
    if (over < least) {
      best = side;
      least = over;
    }
  }
  return best;
}
