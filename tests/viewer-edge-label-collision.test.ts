// Where edge labels land on screen and which of two overlapping ones is hidden (src/viewer/canvas/edge-label-collision.ts).
import { describe, expect, test } from "vitest";
import {
  boxesOverlap,
  collidingLabels,
  edgeLabelShape,
  MIN_VISIBLE_FRACTION,
  shapesOverlap,
  uprightAngle,
  type EdgeLabelGeometry,
  type EdgeLabelShape,
} from "../src/viewer/canvas/edge-label-collision.ts";

const DEG = 180 / Math.PI;

/** A 2 px straight edge between two 10 px nodes, with a 60 px wide, 12 px label above it. */
function edge(source: { x: number; y: number }, target: { x: number; y: number }, more: Partial<EdgeLabelGeometry> = {}): EdgeLabelGeometry {
  return { source, target, sourceRadius: 10, targetRadius: 10, curvature: 0, thickness: 2, textWidth: 60, fontSize: 12, margin: 2, position: "above", ...more };
}
function shape(g: EdgeLabelGeometry): EdgeLabelShape {
  const s = edgeLabelShape(g);
  if (!s) throw new Error("no label");
  return s;
}
/** A shape's middle. */
const centre = (s: EdgeLabelShape) => s.centre;

describe("uprightAngle", () => {
  test("uprightAngle keeps a left-to-right direction and turns a right-to-left one half a turn", () => {
    expect(uprightAngle(1, 0)).toBeCloseTo(0);
    expect(uprightAngle(-1, 0)).toBeCloseTo(0);
    expect(uprightAngle(1, 1) * DEG).toBeCloseTo(45);
    expect(uprightAngle(-1, -1) * DEG).toBeCloseTo(45);
    expect(uprightAngle(-1, 1) * DEG).toBeCloseTo(-45);
  });
  test("uprightAngle stays within ±90° for every direction", () => {
    for (let a = -Math.PI; a <= Math.PI; a += Math.PI / 36) {
      const angle = uprightAngle(Math.cos(a), Math.sin(a));
      expect(Math.abs(angle)).toBeLessThanOrEqual(Math.PI / 2 + 1e-9);
    }
  });
});

describe("edgeLabelShape", () => {
  test("edgeLabelShape centres a straight edge's label on its middle, above it (thickness/2 + margin + 0.35 × font size)", () => {
    const s = shape(edge({ x: 0, y: 100 }, { x: 200, y: 100 }));
    const c = centre(s);
    expect(c.x).toBeCloseTo(100, 0);
    expect(c.y).toBeCloseTo(100 - (1 + 2 + 4.2), 1);
    expect(s.angle).toBeCloseTo(0);
    // 60 px of text in rectangles of at most 24 px, 12 px tall
    expect(s.boxes.reduce((t, b) => t + 2 * b.halfWidth, 0)).toBeCloseTo(60);
    expect(s.boxes.every((b) => b.halfWidth <= 12 && b.halfHeight === 6)).toBe(true);
    // its bounds: the 60 × 12 px rectangle
    expect(s.bounds.x0).toBeCloseTo(70, 0);
    expect(s.bounds.x1).toBeCloseTo(130, 0);
    expect(s.bounds.y1 - s.bounds.y0).toBeCloseTo(12, 1);
  });
  test("edgeLabelShape reads a right-to-left edge's label upright, above the edge on screen", () => {
    const s = shape(edge({ x: 200, y: 100 }, { x: 0, y: 100 }));
    expect(s.angle).toBeCloseTo(0);
    expect(centre(s).y).toBeLessThan(100);
    expect(s.boxes.every((b) => Math.abs(b.angle) <= Math.PI / 2)).toBe(true);
    // a steep edge going up-left: still within ±90°
    const steep = shape(edge({ x: 100, y: 200 }, { x: 90, y: 0 }));
    expect(Math.abs(steep.angle)).toBeLessThanOrEqual(Math.PI / 2);
    expect(steep.angle * DEG).toBeCloseTo(Math.atan2(200, 10) * DEG, 3);
  });
  test("edgeLabelShape puts a below label under the edge and an over label on it", () => {
    expect(centre(shape(edge({ x: 0, y: 100 }, { x: 200, y: 100 }, { position: "below" }))).y).toBeCloseTo(107.2, 1);
    expect(centre(shape(edge({ x: 0, y: 100 }, { x: 200, y: 100 }, { position: "over" }))).y).toBeCloseTo(100, 5);
  });
  test("edgeLabelShape follows a curved edge: sigma's control point stands curvature × length off the middle", () => {
    // source→target to the right; on screen (y down) a positive curvature bends it upwards
    const s = shape(edge({ x: 0, y: 100 }, { x: 200, y: 100 }, { curvature: 0.5 }));
    // the Bézier's middle is half way to the control point: 50 px up, plus the label's offset
    expect(centre(s).y).toBeCloseTo(100 - 50 - 7.2, 0);
    expect(s.boxes.length).toBeGreaterThan(2);
    // the rectangles turn along the curve
    expect(s.boxes[0]!.angle).toBeLessThan(0);
    expect(s.boxes.at(-1)!.angle).toBeGreaterThan(0);
    const reversed = shape(edge({ x: 200, y: 100 }, { x: 0, y: 100 }, { curvature: 0.5 }));
    expect(centre(reversed).y).toBeGreaterThan(100);
  });
  test("edgeLabelShape clips the label to the edge's body, and gives null when sigma would not draw it", () => {
    // 40 px of body (60 - two radii) for a 60 px label: drawn, clipped to the body
    const clipped = shape(edge({ x: 0, y: 0 }, { x: 60, y: 0 }));
    expect(clipped.boxes.reduce((t, b) => t + 2 * b.halfWidth, 0)).toBeCloseTo(40, 0);
    // a body under 0.45 of the label's width: not drawn
    expect(edgeLabelShape(edge({ x: 0, y: 0 }, { x: 20 + MIN_VISIBLE_FRACTION * 60 - 3, y: 0 }))).toBeNull();
    // overlapping nodes, or no text
    expect(edgeLabelShape(edge({ x: 0, y: 0 }, { x: 5, y: 0 }))).toBeNull();
    expect(edgeLabelShape(edge({ x: 0, y: 0 }, { x: 200, y: 0 }, { textWidth: 0 }))).toBeNull();
  });
});

describe("boxesOverlap", () => {
  const box = (cx: number, cy: number, angle = 0) => ({ cx, cy, halfWidth: 20, halfHeight: 5, angle });
  test("boxesOverlap finds overlapping rectangles, not ones side by side or merely touching", () => {
    expect(boxesOverlap(box(0, 0), box(30, 0))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(41, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(40, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(0, 9))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(0, 11))).toBe(false);
  });
  test("boxesOverlap turns the rectangles: a crossing at right angles overlaps, parallel diagonals apart do not", () => {
    expect(boxesOverlap(box(0, 0), box(0, 0, Math.PI / 2))).toBe(true);
    expect(boxesOverlap(box(0, 0, Math.PI / 2), box(0, 15, Math.PI / 2))).toBe(true);
    // two 45° rectangles 12 px apart across their length (10 px thick)
    const d = 12 / Math.SQRT2;
    expect(boxesOverlap(box(0, 0, Math.PI / 4), box(d, -d, Math.PI / 4))).toBe(false);
    // the axis-aligned boxes around them would overlap: the test must be the turned one
    expect(boxesOverlap(box(0, 0, Math.PI / 4), box(d / 2, -d / 2, Math.PI / 4))).toBe(true);
  });
});

describe("collidingLabels", () => {
  const a = shape(edge({ x: 0, y: 100 }, { x: 200, y: 100 }));
  const b = shape(edge({ x: 20, y: 104 }, { x: 220, y: 104 }));
  const far = shape(edge({ x: 0, y: 300 }, { x: 200, y: 300 }));
  test("collidingLabels hides the later of two overlapping labels, none of those apart", () => {
    expect(shapesOverlap(a, b)).toBe(true);
    expect(shapesOverlap(a, far)).toBe(false);
    expect(collidingLabels([{ id: "a", shape: a, kept: false }, { id: "b", shape: b, kept: false }, { id: "far", shape: far, kept: false }])).toEqual(new Set(["b"]));
    expect(collidingLabels([{ id: "b", shape: b, kept: false }, { id: "a", shape: a, kept: false }])).toEqual(new Set(["a"]));
  });
  test("collidingLabels always keeps the kept labels, and hides what they overlap instead", () => {
    expect(collidingLabels([{ id: "a", shape: a, kept: false }, { id: "b", shape: b, kept: true }])).toEqual(new Set(["a"]));
    expect(collidingLabels([{ id: "a", shape: a, kept: true }, { id: "b", shape: b, kept: true }])).toEqual(new Set());
  });
  test("collidingLabels measures against the labels drawn only: a hidden label hides nothing", () => {
    const c = shape(edge({ x: 40, y: 113 }, { x: 240, y: 113 }));
    expect(shapesOverlap(a, c)).toBe(false);
    expect(shapesOverlap(b, c)).toBe(true);
    expect(collidingLabels([{ id: "a", shape: a, kept: false }, { id: "b", shape: b, kept: false }, { id: "c", shape: c, kept: false }])).toEqual(new Set(["b"]));
  });
  test("collidingLabels on 400 labels (a graph just under the big-graph size) stays well under a frame's budget on a busy machine", () => {
    const many = Array.from({ length: 400 }, (_, i) => ({
      id: `e${i}`,
      shape: shape(edge({ x: (i % 20) * 70, y: Math.floor(i / 20) * 8 }, { x: (i % 20) * 70 + 150, y: Math.floor(i / 20) * 8 + 40 }, { curvature: 0.2 })),
      kept: false,
    }));
    const t0 = performance.now();
    const hidden = collidingLabels(many);
    expect(performance.now() - t0).toBeLessThan(300);
    expect(hidden.size).toBeGreaterThan(0);
    expect(hidden.size).toBeLessThan(400);
  });
  test("collidingLabels of nothing is nothing", () => {
    expect(collidingLabels([])).toEqual(new Set());
  });
});
