/**
 * Everything the panels and the canvas derive from (story, view state), computed once per
 * change: visible relations and entities, what the selection lights up, search hits.
 */
import type { Story } from "../graph/model.ts";
import { focusOf, type Focus } from "./state/focus.ts";
import { searchEntities, visibleEntityIds, visibleRelationIds, type SearchHit } from "./state/filters.ts";
import type { ViewState } from "./state/types.ts";

export interface Derived {
  readonly story: Story;
  readonly visibleRelations: ReadonlySet<string>;
  readonly visibleEntities: ReadonlySet<string>;
  readonly focus: Focus;
  readonly searchHits: readonly SearchHit[];
}

/** Derive what to show for `state` in `story`. */
export function derive(story: Story, state: ViewState): Derived {
  const visibleRelations = visibleRelationIds(story, state.filters);
  return {
    story,
    visibleRelations,
    visibleEntities: visibleEntityIds(story, visibleRelations),
    focus: focusOf(story, state.selection),
    searchHits: searchEntities(story, state.filters.search),
  };
}
