/**
 * The canvas's view model: which nodes and edges show, what the selection lights up and the
 * search matches (what GraphView.apply takes), and, for a plain graph, the colours of its nodes and
 * edges, the nodes' sizes and the label density its look asks for. No DOM, no sigma.
 */
import type { GraphViewState } from "../canvas/graph-view.ts";
import type { Derived } from "../derive.ts";
import { EMPTY_FOCUS } from "../state/focus.ts";
import type { AppState } from "../state/app-state.ts";
import type { GraphDocument } from "../state/document.ts";
import { plainLook, type PlainLook } from "../plain/plain-graph.ts";
import type { GraphDerived } from "./graph-derive.ts";

/** A plain graph's look (plainLook: node colours and sizes in `graph.nodes` order, edge colours in `graph.edges` order) and its label density. */
export interface NodeLook extends PlainLook {
  /** A level of LABEL_DENSITY_LEVELS. */
  readonly labelLevel: number;
}

export interface CanvasModel {
  readonly apply: GraphViewState;
  /** The plain graph's node look (the same object while the look's colour, size and labels stay). */
  readonly look: NodeLook | null;
}

/**
 * Each plain graph's last node look, with the look settings it was made for. Per document (a
 * WeakMap: gone with its document), so that deriving another document does not throw away this
 * one's look, and the same settings give the same object (the canvas repaints only a new one).
 */
const lastLooks = new WeakMap<GraphDocument, { readonly colorBy: string; readonly sizeBy: string; readonly labelLevel: number; readonly look: NodeLook }>();

function nodeLook(document: GraphDocument, colorBy: string, sizeBy: string, labelLevel: number): NodeLook {
  const l = lastLooks.get(document);
  if (l && l.colorBy === colorBy && l.sizeBy === sizeBy && l.labelLevel === labelLevel) return l.look;
  const look = { ...plainLook(document.graph, document.columns, colorBy, sizeBy), labelLevel };
  lastLooks.set(document, { colorBy, sizeBy, labelLevel, look });
  return look;
}

/** The canvas model of a story's state. */
export function storyCanvasModel(state: AppState, d: Derived): CanvasModel {
  return {
    apply: { visibleNodes: d.visibleNodes, visibleEdges: d.visibleEdges, focus: d.focus, selection: state.view.selection, matches: new Set(d.searchHits.map((h) => h.entity.id)) },
    look: null,
  };
}

/** The canvas model of a plain graph's state. */
export function graphCanvasModel(state: AppState, d: GraphDerived): CanvasModel {
  return {
    apply: {
      visibleNodes: d.shown.nodes,
      visibleEdges: d.shown.edges,
      focus: { ...EMPTY_FOCUS, nodes: d.focus.nodes, edges: d.focus.edges },
      selection: state.view.selection,
      matches: new Set(d.hits.map((n) => n.id)),
    },
    look: nodeLook(d.document, state.look.colorBy, state.look.sizeBy, state.look.labelLevel),
  };
}
