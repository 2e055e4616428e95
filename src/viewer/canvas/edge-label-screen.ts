/**
 * The edge labels as sigma has them on screen, read after a frame by the graph view
 * (graph-view.ts): those that compete for room, most important first, with their shapes
 * (edge-label-collision.ts decides which to hide). Reads sigma through the few methods named in
 * LabelRenderer (unit-tested in Node with a stand-in); measures text on a 2D canvas.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { edgeLabelShape, type EdgeLabelShape, type LabelCandidate } from "./edge-label-collision.ts";
import { EDGE_LABEL_SIZE, labelKept, labelWanted, type ViewEdgeState, type ViewGraphState } from "../styles.ts";

/** The font sigma 4.0.4 draws edge labels in (its edge label program's: sans-serif, normal weight). */
export const EDGE_LABEL_FONT = `${EDGE_LABEL_SIZE}px sans-serif`;
/** Gap between an edge and its label (the edge label program's `margin`, see graph-view.ts). */
export const EDGE_LABEL_MARGIN = 2;

/** The part of a sigma renderer read here. */
export interface LabelRenderer {
  getGraph(): {
    forEachEdge(callback: (id: string, attributes: unknown, source: string, target: string) => void): void;
  };
  getNodeDisplayData(id: string): NodeDisplayData | undefined;
  getEdgeDisplayData(id: string): EdgeDisplayData | undefined;
  getEdgeState(id: string): ViewEdgeState & { isHovered?: boolean; parallelCount?: number };
  getGraphState(): ViewGraphState;
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
}

/** Width in CSS px of `text` in `font` (a CSS font shorthand). */
export type MeasureText = (text: string, font: string) => number;

/** A text measurer on a 2D canvas, remembering each text's width. */
export function canvasTextMeasurer(): MeasureText {
  const context = document.createElement("canvas").getContext("2d");
  const widths = new Map<string, number>();
  return (text, font) => {
    const key = `${font}\n${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      if (context) {
        context.font = font;
        width = context.measureText(text).width;
      } else width = 0.6 * text.length * (Number.parseFloat(font) || EDGE_LABEL_SIZE);
      widths.set(key, width);
    }
    return width;
  };
}

/** Where `edge`'s label is on screen now, or null when sigma draws none there (hidden edge or node, no label, too short a body, a self-loop). */
export function edgeLabelOnScreen(renderer: LabelRenderer, edge: string, source: string, target: string, measure: MeasureText): EdgeLabelShape | null {
  const d = renderer.getEdgeDisplayData(edge);
  const a = renderer.getNodeDisplayData(source);
  const b = renderer.getNodeDisplayData(target);
  if (!d || !a || !b || source === target || !d.label || d.visibility === "hidden" || a.visibility === "hidden" || b.visibility === "hidden") return null;
  const state = renderer.getEdgeState(edge);
  // sigma draws parallel edges on their parallelPath, with a curvature it spreads them by
  const curved = d.path === "curved" || ((state.parallelCount ?? 1) > 1 && d.parallelPath === "curved");
  const position = d.labelPosition === "below" || d.labelPosition === "over" ? d.labelPosition : "above";
  return edgeLabelShape({
    source: renderer.framedGraphToViewport(a),
    target: renderer.framedGraphToViewport(b),
    sourceRadius: renderer.scaleSize(a.size),
    targetRadius: renderer.scaleSize(b.size),
    curvature: curved ? Number((d as { curvature?: unknown }).curvature) || 0 : 0,
    thickness: renderer.scaleSize(d.size),
    textWidth: measure(d.label, EDGE_LABEL_FONT),
    fontSize: EDGE_LABEL_SIZE,
    margin: EDGE_LABEL_MARGIN,
    position,
  });
}

/**
 * The edge labels sigma would draw now, ignoring collisions, most important first: the kept
 * ones (selected, hovered, focused), then relations, then participations' role labels, each in
 * the graph's order.
 *
 * @param measure - text widths (canvasTextMeasurer in a page).
 */
export function edgeLabelCandidates(renderer: LabelRenderer, measure: MeasureText): LabelCandidate[] {
  const graphState = renderer.getGraphState();
  const relations: LabelCandidate[] = [];
  const roles: LabelCandidate[] = [];
  renderer.getGraph().forEachEdge((id, attributes, source, target) => {
    const d = renderer.getEdgeDisplayData(id);
    if (!d) return;
    const state = renderer.getEdgeState(id);
    // a label hidden by its collisions still competes (else it would come back and go, frame by frame)
    const shown = d.labelVisibility !== "hidden" || (state.labelCovered && labelWanted(state, graphState));
    if (!shown) return;
    const shape = edgeLabelOnScreen(renderer, id, source, target, measure);
    if (!shape) return;
    const candidate = { id, shape, kept: labelKept(state, graphState) };
    ((attributes as { type?: unknown }).type === "participation" ? roles : relations).push(candidate);
  });
  return [...relations, ...roles];
}
