/**
 * Decisions of the phone layout, from sizes only (no DOM): when a screen counts as narrow (graph
 * above a sheet with tabs) and what sigma fits to the canvas there; which tab of the sheet a new
 * selection opens is the sheet's model (models/sheet.ts). viewer.css uses the same breakpoint
 * (`NARROW_SCREEN`).
 */

/** Widest viewport (CSS px) drawn as a phone: the graph above a sheet (see viewer.css). */
export const NARROW_SCREEN = 760;

/** Widest canvas (CSS px) on which sigma frames the nodes only, not their labels. */
export const NARROW_CANVAS = 600;

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
