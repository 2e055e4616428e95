/**
 * Everything the panels and the canvas derive from (story, view state), computed once per
 * change: visible claims, nodes and edges, what the selection lights up, search hits.
 */
import type { Story } from "../graph/model.ts";
import { focusOf, type Focus } from "./state/focus.ts";
import { searchEntities, visibility, type SearchHit } from "./state/filters.ts";
import type { ViewState } from "./state/types.ts";

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
}

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
  };
}
