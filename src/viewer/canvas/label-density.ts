/**
 * The label density control of a plain graph, as sigma 4.0.4's label grid settings: the canvas is
 * cut into square cells of `labelGridCellSize` screen pixels, and each cell draws the labels of
 * its `labelDensity` biggest nodes (at camera ratio 1; more when zoomed in), so that the most
 * important labels (the biggest nodes: the file's sizes, the degree, or the size-by attribute)
 * are drawn first and the rest are left out where they would crowd. The selected, focused and
 * hovered nodes keep their labels whatever the level. Pure: unit-tested in Node.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";

/** The sigma settings one level sets. */
export interface LabelGridSettings {
  readonly labelDensity: number;
  readonly labelGridCellSize: number;
  readonly labelRenderedSizeThreshold: number;
}

/** One step of the control: its name and its sigma settings. */
export interface LabelDensityLevel extends LabelGridSettings {
  readonly name: string;
}

/**
 * The levels, fewest labels first: one label per 300, 160, 90 and 50 px cell, then every label.
 * (Sigma draws at least one label per cell at camera ratio 1, so cells, not `labelDensity`, set the
 * lower levels; the last level raises `labelDensity` past any cell's count.)
 */
export const LABEL_DENSITY_LEVELS: readonly LabelDensityLevel[] = Object.freeze([
  { name: "fewest", labelDensity: 1, labelGridCellSize: 300, labelRenderedSizeThreshold: 0 },
  { name: "few", labelDensity: 1, labelGridCellSize: 160, labelRenderedSizeThreshold: 0 },
  { name: "some", labelDensity: 1, labelGridCellSize: 90, labelRenderedSizeThreshold: 0 },
  { name: "many", labelDensity: 1, labelGridCellSize: 50, labelRenderedSizeThreshold: 0 },
  { name: "all", labelDensity: 1e6, labelGridCellSize: 100, labelRenderedSizeThreshold: 0 },
]);

/** The level a plain graph opens at ("some"). */
export const DEFAULT_LABEL_DENSITY = 2;

/**
 * The sigma settings of level `level` (0: fewest … LABEL_DENSITY_LEVELS.length − 1: all).
 *
 * @param level - an index into LABEL_DENSITY_LEVELS.
 * @throws {InvalidArgumentError} for a level that is not an integer within the levels.
 */
export function labelGridSettings(level: number): LabelGridSettings {
  const l = LABEL_DENSITY_LEVELS[level];
  if (!Number.isInteger(level) || !l) throw new InvalidArgumentError("labelGridSettings", "level", `must be an integer from 0 to ${LABEL_DENSITY_LEVELS.length - 1}, got ${level}`);
  return { labelDensity: l.labelDensity, labelGridCellSize: l.labelGridCellSize, labelRenderedSizeThreshold: l.labelRenderedSizeThreshold };
}

/**
 * Which labels the grid would draw for `nodes` (screen positions and sizes) at camera ratio 1 and
 * `settings`: in each cell, the biggest nodes first (ties: by key), `ceil(labelDensity)` of them.
 * The same rule as sigma's LabelGrid, written here so that the ranking is tested without WebGL.
 *
 * @param nodes - each node's key, screen position (px) and size (px).
 * @param settings - see labelGridSettings.
 */
export function labelsByImportance(nodes: readonly { key: string; x: number; y: number; size: number }[], settings: LabelGridSettings): string[] {
  const cells = new Map<string, { key: string; size: number }[]>();
  const c = settings.labelGridCellSize;
  for (const n of nodes) {
    if (n.size < settings.labelRenderedSizeThreshold) continue;
    const id = `${Math.floor(n.x / c)},${Math.floor(n.y / c)}`;
    const cell = cells.get(id) ?? [];
    cell.push(n);
    cells.set(id, cell);
  }
  const per = Math.ceil(settings.labelDensity);
  const out: string[] = [];
  for (const cell of cells.values()) {
    cell.sort((a, b) => b.size - a.size || (a.key > b.key ? 1 : -1));
    for (const n of cell.slice(0, per)) out.push(n.key);
  }
  return out;
}
