/**
 * The view models of a story's filters panel (the filters set, the story whose kinds, sources and
 * timeline they offer, and how many undated claims there are and show) and of the empty-state
 * note (how many claims the filters leave of how many). No DOM, no sigma.
 */
import type { Story } from "../../graph/model.ts";
import type { Derived } from "../derive.ts";
import type { Filters } from "../state/types.ts";
import { storyView } from "../state/story-view.ts";

export interface FiltersModel {
  readonly story: Story;
  readonly filters: Filters;
  /** Claims without a time: in all, and among those shown. */
  readonly undated: { readonly total: number; readonly shown: number };
}

export interface EmptyModel {
  /** Claims (relations and events) the filters show. */
  readonly shown: number;
  /** Claims in all (0 for a plain graph: it has no claim filters). */
  readonly total: number;
}

const undatedCache = new WeakMap<Story, readonly string[]>();

/** The ids of `story`'s claims without a time (cached per story). */
function undatedClaims(story: Story): readonly string[] {
  let ids = undatedCache.get(story);
  if (!ids) undatedCache.set(story, (ids = storyView(story).claims.filter((c) => !c.period).map((c) => c.id)));
  return ids;
}

/** The filters panel of `story` with the view state's filters. */
export function filtersModel(story: Story, filters: Filters, d: Derived): FiltersModel {
  const undated = undatedClaims(story);
  let shown = 0;
  for (const id of undated) if (d.visibleClaims.has(id)) shown++;
  return { story, filters, undated: { total: undated.length, shown } };
}

/** The empty-state note of a story: claims shown of claims in all. */
export function emptyModel(story: Story, d: Derived): EmptyModel {
  return { shown: d.visibleClaims.size, total: story.relations.length + story.events.length };
}
