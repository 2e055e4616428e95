/**
 * What the panels and the canvas derive from a plain graph's state, computed once per change:
 * the nodes and edges its look's filters leave, what the selection lights up, the search hits.
 * The story's counterpart is derive.ts. No DOM, no sigma.
 */
import type { UntypedNode } from "../../graph/gexf/untyped.ts";
import type { GraphLook } from "../state/app-state.ts";
import type { GraphDocument } from "../state/document.ts";
import type { ViewState } from "../state/types.ts";
import { plainVisibility } from "../plain/plain-filters.ts";
import { plainFocus, searchPlainNodes } from "../plain/plain-graph.ts";

export interface GraphDerived {
  readonly document: GraphDocument;
  /** Nodes and edges the look's filters leave. */
  readonly shown: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  /** Nodes and edges the selection lights up. */
  readonly focus: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  /** Nodes whose label matches the search, best first. */
  readonly hits: readonly UntypedNode[];
}

/** The last filtering (a selection or a search keeps the same filter object). */
let lastShown: { document: GraphDocument; filter: GraphLook["filter"]; shown: GraphDerived["shown"] } | null = null;

/** Derive what to show of the plain graph `document` for `view` and `look`. */
export function deriveGraph(document: GraphDocument, view: ViewState, look: GraphLook): GraphDerived {
  if (lastShown?.document !== document || lastShown.filter !== look.filter) {
    lastShown = { document, filter: look.filter, shown: plainVisibility(document.graph, document.degrees, document.columns, look.filter) };
  }
  return {
    document,
    shown: lastShown.shown,
    focus: plainFocus(document.graph, view.selection),
    hits: searchPlainNodes(document.graph, view.filters.search),
  };
}
