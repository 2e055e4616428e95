/**
 * The search box's view model: the query, the matching entities (or a plain graph's nodes) with
 * their colour and the name that matched, and the sentences whose words or quotes' glosses match.
 * No DOM, no sigma.
 */
import type { Derived } from "../derive.ts";
import type { TextHit } from "../state/text-search.ts";
import { entityColor } from "../styles.ts";
import { fileNodeColor } from "../plain/plain-graph.ts";
import type { GraphDerived } from "./graph-derive.ts";

/** One entity (or node) found. */
export interface SearchItem {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  /** The name that matched (an alias, or the label). */
  readonly matched: string;
}

export interface SearchModel {
  readonly query: string;
  readonly hits: readonly SearchItem[];
  readonly textHits: readonly TextHit[];
}

/** The search of a story's state. */
export function storySearchModel(query: string, d: Derived): SearchModel {
  return { query, hits: d.searchHits.map((h) => ({ id: h.entity.id, label: h.entity.label, color: entityColor(h.entity.kind), matched: h.matched })), textHits: d.textHits };
}

/** The search of a plain graph's state: nodes by label, no article to search. */
export function graphSearchModel(query: string, d: GraphDerived): SearchModel {
  return { query, hits: d.hits.map((n) => ({ id: n.id, label: n.label, color: fileNodeColor(n), matched: n.label })), textHits: [] };
}
