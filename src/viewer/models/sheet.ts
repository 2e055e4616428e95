/**
 * The phone's sheet under the graph, as a model: its tabs, and the tab a new selection opens
 * given what caused it. No DOM (panels/sheet.ts draws it).
 */
import type { Cause } from "../state/app-state.ts";
import type { Selection } from "../state/types.ts";

/** The tabs of the phone's sheet: a selection's details, the article, the filters and lists. */
export type SheetTab = "details" | "article" | "lists";

/** Every tab, in the order the tab bar shows them. */
export const SHEET_TABS: readonly SheetTab[] = ["details", "article", "lists"];

/**
 * The tab the sheet shows after `selection` changed, coming from `origin`, while `current` is
 * shown: a claim, entity or event picked anywhere but in the article opens its details; a
 * sentence picked in the article, or found by the search, shows the article; clearing the
 * selection or a change of filters keeps the current tab.
 */
export function sheetTabFor(selection: Selection, origin: Cause, current: SheetTab): SheetTab {
  if (selection === null || origin === "filters" || origin === "load") return current;
  if (origin === "article" || (origin === "search" && selection.type === "sentence")) return "article";
  return "details";
}
