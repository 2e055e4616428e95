/**
 * Everything the panels and the canvas derive from (story, view state), computed once per
 * change: visible claims, nodes and edges, what the selection lights up, search hits (entities,
 * and sentences of the article or of the quotes' glosses).
 */
import type { Story } from "../graph/model.ts";
import { focusOf, type Focus } from "./state/focus.ts";
import { searchEntities, visibility, type SearchHit } from "./state/filters.ts";
import type { ViewState } from "./state/types.ts";
import { searchText, type TextHit } from "./state/text-search.ts";

export interface Derived {
  readonly story: Story;
  /** Claims (relations and events) the filters show. */
  readonly visibleClaims: ReadonlySet<string>;
  /** Nodes (entities and events) shown. */
  readonly visibleNodes: ReadonlySet<string>;
  /** Edges (relations and participations) shown. */
  readonly visibleEdges: ReadonlySet<string>;
  readonly focus: Focus;
  readonly searchHits: readonly SearchHit[];
  /** Sentences whose words or quotes' glosses match the search. */
  readonly textHits: readonly TextHit[];
}

/** The last text search (a selection or a filter change derives again with the same query). */
let lastText: { story: Story; query: string; hits: readonly TextHit[] } | null = null;
const textHitsOf = (story: Story, query: string): readonly TextHit[] => {
  if (lastText?.story !== story || lastText.query !== query) lastText = { story, query, hits: searchText(story, query) };
  return lastText.hits;
};

/** Derive what to show for `state` in `story`. */
export function derive(story: Story, state: ViewState): Derived {
  const v = visibility(story, state.filters);
  return {
    story,
    visibleClaims: v.claims,
    visibleNodes: v.nodes,
    visibleEdges: v.edges,
    focus: focusOf(story, state.selection),
    searchHits: searchEntities(story, state.filters.search),
    textHits: textHitsOf(story, state.filters.search),
  };
}
