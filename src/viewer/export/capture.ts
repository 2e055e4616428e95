/**
 * What sigma has on screen, as a `FigureModel` (figure.ts): every visible node and edge at its
 * viewport position with the colour, size and label sigma gives it now (selection, dimming and
 * the labels it chose to draw included), so that the PNG and SVG exports show the view the user
 * sees rather than a re-rendering of the data.
 */
import type { Attributes } from "graphology-types";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { pairKey } from "../canvas/bundle-clearance.ts";
import { PARALLEL_SPREAD } from "../styles.ts";
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
    source(edge: string): string;
    target(edge: string): string;
  };
  getDimensions(): { width: number; height: number };
  getNodeDisplayedLabels(): Set<string>;
  getEdgeDisplayedLabels(): Set<string>;
  getNodeDisplayData(id: string): NodeDisplayData | undefined;
  getEdgeDisplayData(id: string): EdgeDisplayData | undefined;
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
}

const SIDES = new Set(["right", "left", "above", "below"]);

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
  // sigma bends parallel edges apart (parallelPath "curved"): the same spread, by pair
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((id, _a, s, t) => {
    const key = pairKey(s, t);
    const list = pairs.get(key);
    if (list) list.push(id);
    else pairs.set(key, [id]);
  });
  const bend = new Map<string, number>();
  for (const list of pairs.values()) {
    if (list.length < 2) continue;
    list.forEach((id, i) => {
      const offset = (i - (list.length - 1) / 2) * PARALLEL_SPREAD;
      // the pair's canonical direction decides the side: an edge the other way bends to the same side
      const s = graph.source(id);
      const t = graph.target(id);
      bend.set(id, s < t ? offset : -offset);
    });
  }
  const edges: FigureEdge[] = [];
  graph.forEachEdge((id, attrs, s, t) => {
    const d = renderer.getEdgeDisplayData(id);
    const a = at.get(s);
    const b = at.get(t);
    if (!d || d.visibility === "hidden" || !a || !b) return;
    const own = (attrs as { path?: string; curvature?: number }).path === "curved" ? Number((attrs as { curvature?: number }).curvature) || 0 : 0;
    edges.push({
      x1: a.x,
      y1: a.y,
      x2: b.x,
      y2: b.y,
      size: renderer.scaleSize(d.size),
      color: d.color,
      curvature: bend.get(id) ?? own,
      label: edgeLabels.has(id) && d.label ? d.label : null,
      labelSize: (d as { labelSize?: number }).labelSize ?? 12,
      head: d.head === "arrow" ? b.r : null,
      dashed: Number((attrs as { gap?: number }).gap) > 0,
    });
  });
  return { width, height, title: caption.title, source: caption.source, legend: caption.legend, nodes, edges };
}
