/**
 * A colour's channels as `#rrggbb` text, the inverse of the GEXF reader's parseHexColor
 * (src/graph/gexf/color.ts): how the viewer writes a file's `viz:color` and a scale's mixed
 * colours for sigma. Its own file so that both plain-graph.ts and attribute-scale.ts (which
 * plain-graph.ts imports) can use it without an import cycle.
 */
import type { GexfColor } from "../../graph/gexf/untyped.ts";

/**
 * `#rrggbb` of a colour's channels, each rounded and clamped to 0–255 (alpha is dropped).
 *
 * @param c - the channels, as a GEXF `viz:color` gives them.
 * @example hexColor({ r: 0, g: 114, b: 300 }) // "#0072ff"
 */
export function hexColor(c: GexfColor): string {
  const h = (n: number) => Math.max(0, Math.min(255, Math.round(n))).toString(16).padStart(2, "0");
  return `#${h(c.r)}${h(c.g)}${h(c.b)}`;
}
