/**
 * `#rgb` / `#rrggbb` colour text as channels: what the GEXF reader accepts in `viz:color hex`, and
 * what the viewer reads back from its canvas's colours for the GEXF export.
 */

/**
 * The channels of `#rgb` or `#rrggbb` (the `#` may be left out), or null for any other text.
 *
 * @example parseHexColor("#0072b2") // { r: 0, g: 114, b: 178 }
 */
export function parseHexColor(text: string): { r: number; g: number; b: number } | null {
  const m = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.exec(text.trim());
  if (!m) return null;
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join("") : m[1]!;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16)) as [number, number, number];
  return { r, g, b };
}
