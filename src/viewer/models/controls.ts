/**
 * The plain graph controls' view model: the graph and its columns (what the controls offer), its
 * look (what they are set to) and how many nodes and edges the look's filters leave. No DOM.
 */
import type { GraphLook } from "../state/app-state.ts";
import type { GraphDocument } from "../state/document.ts";
import type { GraphDerived } from "./graph-derive.ts";

export interface ControlsModel {
  readonly document: GraphDocument;
  readonly look: GraphLook;
  readonly shown: { readonly nodes: number; readonly edges: number };
}

/** The controls of a plain graph's state. */
export function controlsModel(document: GraphDocument, look: GraphLook, d: GraphDerived): ControlsModel {
  return { document, look, shown: { nodes: d.shown.nodes.size, edges: d.shown.edges.size } };
}
