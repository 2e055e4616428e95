/**
 * What sigma has on screen, as a `FigureModel` (figure.ts): every visible node and edge at its
 * viewport position with the colour, size and label sigma gives it now (selection, dimming and
 * the labels it chose to draw included), so that the PNG and SVG exports show the view the user
 * sees rather than a re-rendering of the data. The bends too: a bundle's spread is the one sigma
 * computed (the `curvature` it writes into the edge's display data), not worked out again here.
 */
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { FigureEdge, FigureLegendEntry, FigureModel, FigureNode } from "./figure.ts";

/** The words around the captured view. */
export interface FigureCaption {
  readonly title: string;
  readonly source: string | null;
  readonly legend: readonly FigureLegendEntry[];
}

/** The part of a sigma renderer the capture reads (any sigma instance has it, whatever its attribute types). */
export interface CapturedRenderer {
  getGraph(): {
    forEachNode(callback: (id: string) => void): void;
    forEachEdge(callback: (id: string, attributes: Attributes, source: string, target: string) => void): void;
  };
  getDimensions(): { width: number; height: number };
  getNodeDisplayedLabels(): Set<string>;
  getEdgeDisplayedLabels(): Set<string>;
  getNodeDisplayData(id: string): NodeDisplayData | undefined;
  getEdgeDisplayData(id: string): CapturedEdgeData | undefined;
  /** The edge's state: `parallelCount`, the edges of its bundle (sigma's edge group index). */
  getEdgeState(id: string): { parallelCount: number };
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
}

/** An edge's display data with the path variables of our edge program (graph-view.ts): `curvature`, of pathCurved. */
export type CapturedEdgeData = EdgeDisplayData & { curvature?: number; labelSize?: number };

const SIDES = new Set(["right", "left", "above", "below"]);

/**
 * The bend sigma draws an edge with: its `curvature` when the path drawn is `curved`, else 0.
 * An edge of a bundle (`parallelCount` over 1) is drawn with its `parallelPath`, and sigma writes
 * the bundle's spread into its `curvature` (applyEdgeSpread: the edges ordered one way first,
 * then the other, the others' sign flipped), so the figure reads it rather than computing it again.
 */
function drawnCurvature(d: CapturedEdgeData, parallelCount: number): number {
  const path = parallelCount > 1 ? d.parallelPath || d.path : d.path;
  return path === "curved" ? Number(d.curvature) || 0 : 0;
}

/**
 * Capture the current view of `renderer`.
 *
 * @param renderer - the viewer's sigma instance, after a render.
 * @param caption - title, source line and legend of the figure.
 */
export function captureFigure(renderer: CapturedRenderer, caption: FigureCaption): FigureModel {
  const graph = renderer.getGraph();
  const { width, height } = renderer.getDimensions();
  const nodeLabels = renderer.getNodeDisplayedLabels();
  const edgeLabels = renderer.getEdgeDisplayedLabels();
  const at = new Map<string, { x: number; y: number; r: number }>();
  const nodes: FigureNode[] = [];
  graph.forEachNode((id) => {
    const d = renderer.getNodeDisplayData(id);
    if (!d || d.visibility === "hidden") return;
    const p = renderer.framedGraphToViewport(d);
    const r = renderer.scaleSize(d.size);
    at.set(id, { x: p.x, y: p.y, r });
    nodes.push({
      x: p.x,
      y: p.y,
      size: r,
      color: d.color,
      shape: d.shape === "diamond" ? "diamond" : "circle",
      label: nodeLabels.has(id) && d.label ? d.label : null,
      labelSize: d.labelSize ?? 14,
      labelColor: d.labelColor || "#111827",
      labelPosition: SIDES.has(String(d.labelPosition)) ? (d.labelPosition as FigureNode["labelPosition"]) : "right",
    });
  });
  const edges: FigureEdge[] = [];
  graph.forEachEdge((id, attrs, s, t) => {
    const d = renderer.getEdgeDisplayData(id);
    const a = at.get(s);
    const b = at.get(t);
    if (!d || d.visibility === "hidden" || !a || !b) return;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      size: renderer.scaleSize(d.size),
      color: d.color,
      curvature: drawnCurvature(d, renderer.getEdgeState(id).parallelCount),
      label: edgeLabels.has(id) && d.label ? d.label : null,
      labelSize: d.labelSize ?? 12,
      head: d.head === "arrow" ? b.r : null,
      dashed: Number((attrs as { gap?: number }).gap) > 0,
    });
  });
  return { width, height, title: caption.title, source: caption.source, legend: caption.legend, nodes, edges };
}
