/**
 * Edge thickness from a GEXF edge's `weight`: the weights of a file, whatever their range
 * (0.1–1, 1–31, counts in thousands), scaled linearly onto a readable range of screen pixels.
 * Pure: unit-tested in Node.
 */
import { InvalidArgumentError } from "../../graph/errors.ts";

export interface EdgeWidthOptions {
  /** Thickness in screen pixels of the lightest edge. */
  readonly minWidth: number;
  /** Thickness in screen pixels of the heaviest edge. */
  readonly maxWidth: number;
  /** Thickness when every edge weighs the same (or none has a usable weight). */
  readonly uniformWidth: number;
}

export const DEFAULT_EDGE_WIDTH_OPTIONS: EdgeWidthOptions = Object.freeze({ minWidth: 1, maxWidth: 8, uniformWidth: 2 });

/**
 * `options` over the defaults, checked.
 *
 * @param options - overrides of DEFAULT_EDGE_WIDTH_OPTIONS.
 * @throws {InvalidArgumentError} for an unknown option, a width that is not a positive finite
 *   number, or a minWidth over maxWidth.
 */
export function resolveEdgeWidthOptions(options: Partial<EdgeWidthOptions> = {}): EdgeWidthOptions {
  const FN = "resolveEdgeWidthOptions";
  for (const key of Object.keys(options)) {
    if (!(key in DEFAULT_EDGE_WIDTH_OPTIONS)) throw new InvalidArgumentError(FN, key, `unknown option (known: ${Object.keys(DEFAULT_EDGE_WIDTH_OPTIONS).join(", ")})`);
  }
  const o = { ...DEFAULT_EDGE_WIDTH_OPTIONS, ...options };
  for (const key of ["minWidth", "maxWidth", "uniformWidth"] as const) {
    if (!(Number.isFinite(o[key]) && o[key] > 0)) throw new InvalidArgumentError(FN, key, `must be a positive number, got ${o[key]}`);
  }
  if (o.minWidth > o.maxWidth) throw new InvalidArgumentError(FN, "minWidth", `must not be over maxWidth (${o.minWidth} > ${o.maxWidth})`);
  return o;
}

/**
 * Thickness in screen pixels of each edge, from its weight: the lightest finite weight gets
 * `minWidth`, the heaviest `maxWidth`, linearly between. An edge without a weight weighs 1 (the
 * GEXF default); a weight that is not finite counts as the lightest.
 *
 * @param weights - one per edge (undefined: no weight in the file).
 * @param options - see EdgeWidthOptions.
 * @throws {InvalidArgumentError} for invalid options (see resolveEdgeWidthOptions).
 */
export function edgeWidths(weights: readonly (number | undefined)[], options: Partial<EdgeWidthOptions> = {}): number[] {
  const o = resolveEdgeWidthOptions(options);
  const w = weights.map((x) => (x === undefined ? 1 : x));
  const finite = w.filter((x) => Number.isFinite(x));
  if (finite.length === 0) return w.map(() => o.uniformWidth);
  let min = Infinity;
  let max = -Infinity;
  for (const x of finite) {
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (max === min) return w.map(() => o.uniformWidth);
  return w.map((x) => (Number.isFinite(x) ? o.minWidth + ((x - min) / (max - min)) * (o.maxWidth - o.minWidth) : o.minWidth));
}
