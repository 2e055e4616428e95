/**
 * Decisions of the phone layout, from sizes and selections only (no DOM): when a screen counts as
 * narrow (graph above a sheet with tabs), what sigma fits to the canvas there, and which tab of
 * the sheet a new selection opens. viewer.css uses the same breakpoint (`NARROW_SCREEN`).
 */
import type { Selection } from "./state/types.ts";

/** Widest viewport (CSS px) drawn as a phone: the graph above a sheet (see viewer.css). */
export const NARROW_SCREEN = 760;

/** Widest canvas (CSS px) on which sigma frames the nodes only, not their labels. */
export const NARROW_CANVAS = 600;

/** The tabs of the phone's sheet: a selection's details, the article, the filters and lists. */
export type SheetTab = "details" | "article" | "lists";

/** Every tab, in the order the tab bar shows them. */
export const SHEET_TABS: readonly SheetTab[] = ["details", "article", "lists"];

/** Where a selection came from (the viewer's dispatch origins). */
export type SelectionOrigin = "graph" | "article" | "list" | "details" | "search" | "hash" | "filters" | "load";

/** True when a viewport `width` CSS px wide gets the phone layout. */
export function isNarrowScreen(width: number): boolean {
  return width <= NARROW_SCREEN;
}

/** True when a canvas `width` px wide (0: not laid out yet) is a phone's. */
export function isNarrowCanvas(width: number): boolean {
  return width > 0 && width <= NARROW_CANVAS;
}

/**
 * What sigma's camera frames on a canvas `width` px wide: the nodes with their labels on a wide
 * canvas; the nodes only on a narrow one, where labels as wide as the canvas would shrink the
 * graph to a clump (labels then overflow the stage padding rather than the graph shrinking).
 */
export function rescaleContentFor(width: number): "labels" | "nodes" {
  return isNarrowCanvas(width) ? "nodes" : "labels";
}

/**
 * The tab the sheet shows after `selection` changed, coming from `origin`, while `current` is
 * shown: a claim, entity or event picked anywhere but in the article opens its details; a
 * sentence picked in the article, or found by the search, shows the article; clearing the
 * selection or a change of filters keeps the current tab.
 */
export function sheetTabFor(selection: Selection, origin: SelectionOrigin, current: SheetTab): SheetTab {
  if (selection === null || origin === "filters" || origin === "load") return current;
  if (origin === "article" || (origin === "search" && selection.type === "sentence")) return "article";
  return "details";
}
