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

/**
 * Each plain graph's last filtering, with the filter it was made for (a selection or a search
 * keeps the same filter object, so they reuse it). Per document (a WeakMap: gone with its
 * document), so that deriving another document does not throw away this one's.
 */
const lastShown = new WeakMap<GraphDocument, { readonly filter: GraphLook["filter"]; readonly shown: GraphDerived["shown"] }>();

/** What `filter` leaves of `document`: the last result while the filter object stays the same. */
function shownOf(document: GraphDocument, filter: GraphLook["filter"]): GraphDerived["shown"] {
  const last = lastShown.get(document);
  if (last?.filter === filter) return last.shown;
  const shown = plainVisibility(document.graph, document.degrees, document.columns, filter);
  lastShown.set(document, { filter, shown });
  return shown;
}

/** Derive what to show of the plain graph `document` for `view` and `look`. */
export function deriveGraph(document: GraphDocument, view: ViewState, look: GraphLook): GraphDerived {
  return {
    document,
    shown: shownOf(document, look.filter),
    focus: plainFocus(document.graph, view.selection),
    hits: searchPlainNodes(document.graph, view.filters.search),
  };
}
